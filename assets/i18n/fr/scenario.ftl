# Un été en coop — messages of scenario (French). Read by src/i18n.rs.

# src/scenario/validate.rs
scenario-the-french-text-is-empty = le texte français est vide
scenario-the-english-text-is-empty = le texte anglais est vide
scenario-the-name-is-invisible-it-has = le nom `{ $shown }` est invisible : il n'a que des espaces ou des caractères sans largeur
scenario-an-amount-has-at-most-two = un montant a au plus deux décimales (les centimes), trouvé { $d }
scenario-amount-far-too-large-for-a = montant démesuré pour une CJS : { $d }
scenario-invalid-id-lowercase-letters-digits-or = identifiant invalide `{ $id }` : lettres minuscules, chiffres, `-` ou `_`
scenario-duplicate-id = identifiant `{ $id }` en double
scenario-invalid-id-lowercase-letters-digits-and = identifiant invalide `{ $id }` : lettres minuscules, chiffres et `-`
scenario-invalid-date-expected-yyyy-mm-dd = date invalide `{ $start }` : attendu AAAA-MM-JJ
scenario-the-territorys-name-is-empty = le nom du territoire est vide
scenario-empty-coop-name = nom de coop vide
scenario-a-coop-needs-3-to-30 = il faut de 3 à 30 coopérants, trouvé { $count }
scenario-empty-name = nom vide
scenario-the-name-is-already-taken = le nom `{ $name }` est déjà pris
scenario-skill-written-twice = compétence { $skill } écrite deux fois
scenario-a-cjs-has-one-or-two = il faut un ou deux animateurs, trouvé { $count }
scenario-hours-per-unit-must-be-above = heures par unité entre 0 et 12, trouvé { $hours_per_unit }
scenario-units-min-max-with-1-min = unités (min, max) avec 1 ≤ min ≤ max ≤ 200, trouvé ({ $min }, { $max })
scenario-base-demand-must-be-0-to = demande de base entre 0 et 100 contrats par semaine, trouvé { $base_demand }
scenario-price-sensitivity-must-be-between-0 = sensibilité au prix entre 0 et 5, trouvé { $price_sensitivity }
scenario-unknown-service = service inconnu `{ $id }`
scenario-payment-shares-on-time-late-unpaid = les parts de paiement (à temps, en retard, impayé) doivent faire 100, trouvé { $unpaid }
scenario-the-menu-needs-at-least-two = il faut au moins deux objectifs au menu, trouvé { $count }
scenario-an-assembly-weighs-at-most-options = une assemblée pèse au plus { $most } options : au plus { $most } objectifs au menu, trouvé { $count }
scenario-an-assembly-weighs-at-most-options-2 = une assemblée pèse au plus { $most } options : au plus { $most } partages possibles, trouvé { $count }
scenario-unknown-segment = segment inconnu `{ $segment }`
scenario-the-parts-of-a-split-must = les parts d'un partage doivent faire 100, trouvé { $sum }
scenario-give-at-least-two-ways-to = il faut au moins deux partages possibles (ou aucun pour ceux par défaut)
scenario-an-event-offers-2-to-6 = un événement offre de 2 à 6 choix, trouvé { $count }
scenario-unknown-service-2 = service inconnu `{ $service }`
scenario-unknown-cooperant = coopérant inconnu `{ $name }`
scenario-parameter-must-be-between-and-found = le paramètre `{ $name }` doit être entre { $min } et { $max } ({ $unit }), trouvé { $v }
scenario-at-least-one-weight-must-be = au moins un poids doit être positif

# src/scenario/validate.rs: sentences about a value, named by one of the nouns below
scenario-must-be-between = { $what } doit être entre { $min } et { $max }, trouvé { $v }
scenario-at-most-items = au plus { $max } { $what }, trouvé { $len }
scenario-must-be-positive = { $what } doit être positif, trouvé { $d }
scenario-cannot-be-negative = { $what } ne peut pas être négatif, trouvé { $d }
scenario-at-least-one-item = il faut au moins un élément : { $what }

# src/scenario/validate.rs: the values and lists these sentences name
scenario-what-services = services
scenario-what-client-segments = segments de clientèle
scenario-what-services-asked-by-a-segment = services demandés par un segment
scenario-what-season-values = valeurs de saison
scenario-what-events = événements
scenario-what-effects-per-choice = effets par choix
scenario-what-aims-per-objective = visées par objectif
scenario-what-away-weeks = semaines d'absence
scenario-what-coop-names = noms de coop
scenario-what-learning-goals = objectifs pédagogiques
scenario-what-trainer-notes = notes pour le formateur
scenario-what-the-number-of-weeks = le nombre de semaines
scenario-what-the-travel-time = le temps de trajet
scenario-what-age = l'âge
# the traits, as the file names them (in both languages)
scenario-what-assertiveness = assertiveness
scenario-what-reliability = reliability
scenario-what-initiative = initiative
scenario-what-sociability = sociability
scenario-what-a-skill = une compétence
scenario-what-availability-hours-a-week = la disponibilité (heures par semaine)
scenario-what-motivation = la motivation
scenario-what-an-away-week = une semaine d'absence
scenario-what-the-starting-fund = le fonds de départ
scenario-what-the-coops-share = la part gardée par la coop (%)
scenario-what-material-cost = le coût du matériel
scenario-what-price = le prix
scenario-what-the-services-asked = les services demandés
scenario-what-a-season-percentage = un pourcentage de saison
scenario-what-the-payment-delay = le délai de paiement
scenario-what-the-cost-of-flyers = le coût des tracts
scenario-what-the-cost-of-the-press = le coût de la presse
scenario-what-the-objectives-aims = les visées de l'objectif
scenario-what-the-target-amount = le montant visé
scenario-what-the-target-number-of-contracts = le nombre de contrats visé
scenario-what-the-target-percent = le pourcentage visé
scenario-what-the-target-number-of-kinds-of-work = le nombre de métiers visé
scenario-what-the-week = la semaine
scenario-what-the-chance = la probabilité (%)
scenario-what-a-threshold = un seuil (%)
scenario-what-an-effect-points = un effet (points)
scenario-what-the-percent = le pourcentage
scenario-what-the-duration-weeks = la durée (semaines)
scenario-what-the-units = les unités
scenario-what-the-chance-of-rain = la probabilité de pluie (%)
scenario-what-a-weight = un poids

# src/scenario/load.rs
scenario-this-is-not-a-regular-file = ce n'est pas un fichier ordinaire
scenario-file-not-found = fichier introuvable
scenario-permission-denied = lecture refusée (permissions)
scenario-cannot-read-a-loop-of-symbolic = lecture impossible : boucle de liens symboliques
scenario-cannot-read = lecture impossible : { $e }
scenario-this-is-a-folder-not-a = c'est un dossier, pas un fichier de scénario
scenario-file-too-large-bytes-at-most = fichier trop gros ({ $count } octets) : au plus { $max } octets acceptés
scenario-file-too-large-at-most-bytes = fichier trop gros : au plus { $max } octets acceptés
scenario-the-file-is-not-utf-8 = le fichier n'est pas du texte UTF-8 (octet invalide)
scenario-a-scenario-id-title = un scénario `( id: ..., title: ..., ... )`
scenario-ron-attributes-and-extensions-enable-are = les attributs et extensions RON (`#![enable(...)]`) ne sont pas acceptés : écrivez le document sans eux
scenario-unexpected-end-of-file-a-bracket = fin du fichier inattendue : une parenthèse ou un crochet n'est pas refermé
scenario-expected-a-list = attendu une liste `[ ... ]`
scenario-expected-to-close-the-list = attendu `]` pour fermer la liste
scenario-expected-true-or-false = attendu `true` ou `false`
scenario-expected-a-comma = attendu une virgule
scenario-expected-a-whole-number = attendu un nombre entier
scenario-expected-a-number = attendu un nombre
scenario-expected-a-text-in-double-quotes = attendu un texte entre guillemets
scenario-unterminated-text-the-closing-double-quote = texte non terminé : il manque le guillemet fermant
scenario-expected-field-value = attendu `( champ: valeur, ... )`
scenario-expected-to-close = attendu `)` pour fermer
scenario-expected-after-the-name = attendu `:` après le nom
scenario-expected-a-field-or-variant-name = attendu un nom de champ ou de variante
scenario-number-out-of-the-allowed-bounds = nombre hors des bornes permises
scenario-unclosed-comment = commentaire `/*` non refermé
scenario-unexpected-character = caractère inattendu `{ $char }`
scenario-extra-text-after-the-end-of = texte en trop après la fin du scénario
scenario-nesting-too-deep-more-than-levels = imbrication trop profonde (plus de { $max_depth } niveaux)
scenario-unknown-field-expected-one-of = champ inconnu `{ $found }` : attendu l'un de { $expected }
scenario-missing-field = champ obligatoire manquant : `{ $field }`
scenario-field-written-twice = champ `{ $field }` écrit deux fois
scenario-unknown-value-expected-one-of = valeur inconnue `{ $found }` : attendu l'une de { $expected }
scenario-expected-a-struct-named = attendu `{ $expected }( … )`, trouvé `{ $found }`
scenario-expected = attendu `()`
scenario-expected-some-or-none = attendu `Some(...)` ou `None`
scenario-expected-a-map = attendu un dictionnaire `{"{"} ... {"}"}`
scenario-expected-to-close-2 = attendu `{"}"}` pour fermer
scenario-unclosed-comment-2 = commentaire `//` non terminé
scenario-invalid-digit-in-base = chiffre `{ $char }` invalide en base { $base }
scenario-the-file-is-empty-expected = le fichier est vide : attendu { $what }
scenario-expected-found = attendu { $expected }, trouvé { $found }
scenario-expected-found-elements = attendu { $expected }, trouvé { $found } éléments
scenario-invalid-escape-in-a-text = échappement invalide dans un texte : { $what }
scenario-parser-message = { $message }
scenario-invalid-ron-syntax = syntaxe RON invalide : { $message }

# src/scenario/find.rs
scenario-neither-a-file-nor-a-shipped = ni fichier ni scénario livré de ce nom (voir `cjs scenarios`)

# src/scenario/mod.rs: a scenario's level, as `cjs scenarios` and the title screen show it
level-tutorial = tutoriel
level-beginner = débutant
level-intermediate = intermédiaire
level-advanced = avancé
