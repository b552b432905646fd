# Un été en coop — messages of scenario (French). Read by src/i18n.rs.

# src/scenario/validate.rs
scenario-empty-french = le texte français est vide
scenario-empty-english = le texte anglais est vide
scenario-invisible-name = le nom `{ $shown }` est invisible : il n'a que des espaces ou des caractères sans largeur
scenario-amount-too-precise = un montant a au plus deux décimales (les centimes), trouvé { $d }
scenario-amount-too-large = montant démesuré pour une CJS : { $d }
scenario-invalid-item-id = identifiant invalide `{ $id }` : lettres minuscules, chiffres, `-` ou `_`
scenario-duplicate-id = identifiant `{ $id }` en double
scenario-invalid-scenario-id = identifiant invalide `{ $id }` : lettres minuscules, chiffres et `-`
scenario-invalid-date = date invalide `{ $start }` : attendu AAAA-MM-JJ
scenario-empty-territory-name = le nom du territoire est vide
scenario-empty-coop-name = nom de coop vide
scenario-members-out-of-range = il faut de 3 à 30 coopérants, trouvé { $count }
scenario-empty-name = nom vide
scenario-name-taken = le nom `{ $name }` est déjà pris
scenario-skill-written-twice = compétence { $skill } écrite deux fois
scenario-animateurs-out-of-range = il faut un ou deux animateurs, trouvé { $count }
scenario-hours-out-of-range = heures par unité de 0,01 (36 secondes) à 12, trouvé { $hours_per_unit }
scenario-units-out-of-range = unités (min, max) avec 1 ≤ min ≤ max ≤ 200, trouvé ({ $min }, { $max })
scenario-demand-out-of-range = demande de base entre 0 et 100 contrats par semaine, trouvé { $base_demand }
scenario-sensitivity-out-of-range = sensibilité au prix entre 0 et 5, trouvé { $price_sensitivity }
scenario-unknown-service = service inconnu `{ $id }`
scenario-payment-shares-sum = les parts de paiement (à temps, en retard, impayé) doivent faire 100, trouvé { $unpaid }
scenario-too-few-objectives = il faut au moins deux objectifs au menu, trouvé { $count }
scenario-too-many-objectives = une assemblée pèse au plus { $most } options : au plus { $most } objectifs au menu, trouvé { $count }
scenario-too-many-splits = une assemblée pèse au plus { $most } options : au plus { $most } partages possibles, trouvé { $count }
scenario-unknown-segment = segment inconnu `{ $segment }`
scenario-split-parts-sum = les parts d'un partage doivent faire 100, trouvé { $sum }
scenario-too-few-splits = il faut au moins deux partages possibles (ou aucun pour ceux par défaut)
scenario-choices-out-of-range = un événement offre de 2 à 6 choix, trouvé { $count }
scenario-unknown-service-2 = service inconnu `{ $service }`
scenario-unknown-cooperant = coopérant inconnu `{ $name }`
scenario-parameter-out-of-range = le paramètre `{ $name }` doit être entre { $min } et { $max } ({ $unit }), trouvé { $v }
scenario-pec-weights-all-zero = au moins un poids doit être positif

# src/scenario/validate.rs: sentences about a value, named by one of the nouns below
scenario-must-be-between = { $what } doit être entre { $min } et { $max }, trouvé { $v }
scenario-at-most-items = au plus { $max } { $what }, trouvé { $len }
scenario-must-be-positive = { $what } doit être positif, trouvé { $d }
scenario-cannot-be-negative = { $what } ne peut pas être négatif, trouvé { $d }
scenario-at-least-one-item = il faut au moins un élément : { $what }

# src/scenario/validate.rs: the values and lists these sentences name
scenario-what-services = services
scenario-what-client-segments = segments de clientèle
scenario-what-segment-services = services demandés par un segment
scenario-what-season-values = valeurs de saison
scenario-what-events = événements
scenario-what-effects-per-choice = effets par choix
scenario-what-aims-per-objective = visées par objectif
scenario-what-away-weeks = semaines d'absence
scenario-what-coop-names = noms de coop
scenario-what-learning-goals = objectifs pédagogiques
scenario-what-trainer-notes = notes pour le formateur
scenario-what-weeks = le nombre de semaines
scenario-what-the-travel-time = le temps de trajet
scenario-what-age = l'âge
# the traits, as the file names them (in both languages)
scenario-what-assertiveness = assertiveness
scenario-what-reliability = reliability
scenario-what-initiative = initiative
scenario-what-sociability = sociability
scenario-what-a-skill = une compétence
scenario-what-availability = la disponibilité (heures par semaine)
scenario-what-motivation = la motivation
scenario-what-an-away-week = une semaine d'absence
scenario-what-the-starting-fund = le fonds de départ
scenario-what-the-coops-share = la part gardée par la coop (%)
scenario-what-material-cost = le coût du matériel
scenario-what-price = le prix
scenario-what-the-services-asked = les services demandés
scenario-what-a-season-percentage = un pourcentage de saison
scenario-what-the-payment-delay = le délai de paiement
scenario-what-flyers-cost = le coût des tracts
scenario-what-press-cost = le coût de la presse
scenario-what-the-objectives-aims = les visées de l'objectif
scenario-what-the-target-amount = le montant visé
scenario-what-target-contracts = le nombre de contrats visé
scenario-what-the-target-percent = le pourcentage visé
scenario-what-target-work-kinds = le nombre de métiers visé
scenario-what-the-week = la semaine
scenario-what-the-chance = la probabilité (%)
scenario-what-a-threshold = un seuil (%)
scenario-what-an-effect-points = un effet (points)
scenario-what-the-percent = le pourcentage
scenario-what-the-duration-weeks = la durée (semaines)
scenario-what-the-units = les unités
scenario-what-rain-chance = la probabilité de pluie (%)
scenario-what-a-weight = un poids

# src/scenario/load.rs
scenario-not-a-regular-file = ce n'est pas un fichier ordinaire
scenario-file-not-found = fichier introuvable
scenario-permission-denied = lecture refusée (permissions)
scenario-symlink-loop = lecture impossible : boucle de liens symboliques
scenario-cannot-read = lecture impossible : { $e }
scenario-is-a-folder = c'est un dossier, pas un fichier de scénario
scenario-file-too-large = fichier trop gros ({ $count } octets) : au plus { $max } octets acceptés
scenario-file-grew-too-large = fichier trop gros : au plus { $max } octets acceptés
scenario-not-utf8 = le fichier n'est pas du texte UTF-8 (octet invalide)
scenario-a-scenario-id-title = un scénario `( id: ..., title: ..., ... )`
scenario-ron-extensions-refused = les attributs et extensions RON (`#![enable(...)]`) ne sont pas acceptés : écrivez le document sans eux
scenario-unexpected-eof = fin du fichier inattendue : une parenthèse ou un crochet n'est pas refermé
scenario-expected-a-list = attendu une liste `[ ... ]`
scenario-expected-list-end = attendu `]` pour fermer la liste
scenario-expected-true-or-false = attendu `true` ou `false`
scenario-expected-a-comma = attendu une virgule
scenario-expected-a-whole-number = attendu un nombre entier
scenario-expected-a-number = attendu un nombre
scenario-expected-string = attendu un texte entre guillemets
scenario-unterminated-string = texte non terminé : il manque le guillemet fermant
scenario-expected-field-value = attendu `( champ: valeur, ... )`
scenario-expected-to-close = attendu `)` pour fermer
scenario-expected-after-the-name = attendu `:` après le nom
scenario-expected-identifier = attendu un nom de champ ou de variante
scenario-number-out-of-bounds = nombre hors des bornes permises
scenario-unclosed-comment = commentaire `/*` non refermé
scenario-unexpected-character = caractère inattendu `{ $char }`
scenario-trailing-text = texte en trop après la fin du scénario
scenario-nesting-too-deep = imbrication trop profonde (plus de { $max_depth } niveaux)
scenario-unknown-field = champ inconnu `{ $found }` : attendu l'un de { $expected }
scenario-missing-field = champ obligatoire manquant : `{ $field }`
scenario-field-written-twice = champ `{ $field }` écrit deux fois
scenario-unknown-value = valeur inconnue `{ $found }` : attendu l'une de { $expected }
scenario-expected-a-struct-named = attendu `{ $expected }( … )`, trouvé `{ $found }`
scenario-expected = attendu `()`
scenario-expected-some-or-none = attendu `Some(...)` ou `None`
scenario-expected-a-map = attendu un dictionnaire `{"{"} ... {"}"}`
scenario-expected-to-close-2 = attendu `{"}"}` pour fermer
scenario-unclosed-comment-2 = commentaire `//` non terminé
scenario-invalid-digit-in-base = chiffre `{ $char }` invalide en base { $base }
scenario-empty-file = le fichier est vide : attendu { $what }
scenario-expected-found = attendu { $expected }, trouvé { $found }
scenario-expected-found-elements = attendu { $expected }, trouvé { $found } éléments
scenario-invalid-escape = échappement invalide dans un texte : { $what }
scenario-parser-message = { $message }
scenario-invalid-ron-syntax = syntaxe RON invalide : { $message }

# src/scenario/find.rs
scenario-no-such-scenario = ni fichier ni scénario livré de ce nom (voir `cjs scenarios`)

# src/scenario/mod.rs: a scenario's level, as `cjs scenarios` and the title screen show it
level-tutorial = tutoriel
level-beginner = débutant
level-intermediate = intermédiaire
level-advanced = avancé
