# Un été en coop — the command line: help texts and messages (French). Read by src/i18n.rs.

# src/cli/args.rs
cli-commands = Commandes
cli-print-this-help = afficher cette aide
cli-print-the-version = afficher la version
cli-random-seed = graine du hasard
cli-the-animateurs-policy = politique des animateurs
cli-path-of-a-ron-file-or = chemin d'un fichier .ron ou identifiant d'un scénario livré
cli-print-a-json-object = écrire un objet JSON
cli-about = Un été en coop : simulateur et jeu de formation des animateurs de Coopératives Jeunesse de Services
cli-language-of-the-messages-default-the = langue des messages (par défaut : celle du système)
cli-open-the-game-the-default = ouvrir le jeu (par défaut)
cli-play-mode = mode de jeu
cli-resume-a-save = reprendre une sauvegarde
cli-a-policy-plays-by-itself-demos = une politique joue seule (démonstration, captures d'écran)
cli-open-a-room-phones-vote-cooperative = ouvrir une salle : les téléphones votent les options (mode coopératif) ou répondent au sondage des postures (mode animateur) ; voir docs/room.md
cli-the-rooms-tcp-port-0-any = port TCP de la salle (0 : un port libre)
cli-the-rooms-address-to-listen-on = adresse d'écoute de la salle (par défaut 0.0.0.0 : le Wi-Fi de la classe)
cli-list-the-shipped-scenarios = lister les scénarios livrés
cli-validate-scenario-files = valider des fichiers de scénario
cli-ron-files = fichiers .ron
cli-play-one-summer-with-a-policy = jouer un été avec une politique et en donner le bilan
cli-write-the-summers-journal-json = écrire le journal de l'été (JSON)
cli-tell-the-summer-decision-by-decision = raconter l'été décision par décision, avec la raison de chaque variation des scores
cli-play-many-summers-and-summarise-the = jouer de nombreux étés et résumer les résultats
cli-seeds-e-g-1-100 = graines, par exemple 1..100
cli-one-row-per-seed-in-a = une ligne par graine dans un fichier CSV
cli-number-of-threads-default-all-cores = nombre de fils (par défaut : tous les cœurs)
cli-every-policy-side-by-side-over = toutes les politiques côte à côte sur de nombreux étés
cli-seeds-e-g-1-200 = graines, par exemple 1..200
cli-make-the-debrief-of-a-journal = faire le bilan d'un journal, ou de plusieurs (le bilan de la classe) : HTML, Markdown ou CSV
cli-file-written-by-cjs-run-journal = fichier écrit par `cjs run --journal`, `cjs room --journal` ou par le jeu ; plusieurs : le bilan de la classe
cli-file-html-md-or-csv = FICHIER.html, .md ou .csv
cli-a-second-journal-to-put-side = un second journal à mettre côte à côte (HTML seulement)

# src/cli/batch.rs
cli-mean = moyenne
cli-sd = écart
cli-support = Soutien
cli-autonomy = Autonomie
cli-revenue = Chiffre d'aff.
cli-pay-member = Paie/membre

# src/cli/mod.rs
cli-unknown-command = commande inconnue
cli-error = erreur :{" "}
cli-cannot-write-to-the-standard-output = écriture impossible sur la sortie standard

# src/cli/room.rs
cli-open-a-room-phones-vote-over = ouvrir une salle : les téléphones votent sur le réseau local (mode coopératif, sans le jeu)
cli-address-to-listen-on-127-0 = adresse d'écoute : 127.0.0.1 (cette machine seulement), l'adresse de la machine sur le Wi-Fi, ou 0.0.0.0 (toutes)
cli-the-rooms-code-6-characters-default = code de la salle, 6 caractères (par défaut : tiré au hasard)
cli-settle-a-decision-after-this-delay = régler une décision après ce délai même si des sièges n'ont pas voté (leurs agents votent) ; par défaut : attendre chaque siège tenu par un téléphone
cli-requests-per-second-allowed-from-one = requêtes par seconde permises à une adresse (rafales : 3 fois plus)
cli-at-each-decision-ask-the-phones = à chaque décision, demander aux téléphones quelle posture ils prendraient (le sondage conseille, la politique décide)
cli-write-the-summers-journal-json-as = écrire le journal de l'été (JSON, comme `cjs run --journal`)
cli-cannot-write = écriture impossible

# src/cli/scenarios.rs
cli-weeks = semaines
cli-level = niveau
cli-title = titre
cli-valid = valide

# src/cli/batch.rs
cli-seeds-expects-a-b-with-a = --seeds attend A..B avec A ≤ B, trouvé `{ $s }`
cli-seeds-at-most-summers-in-one = --seeds : au plus { $max_seeds } étés dans un lot, `{ $s }` en demande { $a }
cli-compare-at-most-summers-in-all = --seeds : au plus { $max_seeds } étés en tout, `{ $s }` pour { $policies } politiques en demande { $n }
cli-threads-expects-a-number-from-1 = --threads attend un nombre de 1 à { $max_threads }, trouvé `{ $s }`
cli-summers-policy = { $title } — { $runs } étés, politique « { $policy } »{"\u000A"}
cli-seeds-to-every-policy = { $title } — graines { $from } à { $to }, chaque politique{"\u000A"}

# src/cli/mod.rs
cli-would-overwrite-the-file-it-reads = { $output } : { $flag } écrirait par-dessus le fichier lu `{ $input }` : choisissez un autre fichier

# src/cli/play.rs
cli-cannot-open-the-game-window-no = impossible d'ouvrir la fenêtre du jeu : aucun écran graphique (DISPLAY ou WAYLAND_DISPLAY). Sans écran, lancez-le sous Xvfb (voir README) ou utilisez `cjs run`.
cli-this-program-was-built-without-the = ce programme a été construit sans le jeu (option `game`) : utilisez `cjs run` ou reconstruisez avec `cargo build --release`

# src/cli/report.rs
cli-compare-puts-two-summers-side-by = --compare met deux étés côte à côte dans un rapport HTML : `{ $out }` n'est pas un .html
cli-out-must-end-in-html-md = --out doit finir par .html, .md ou .csv : `{ $out }`

# src/cli/room.rs
cli-code-expects-6-characters-among-az = --code attend 6 caractères parmi A–Z (sans I ni O) et 2–9, trouvé `{ $c }`
cli-host-name-expects = --host-name `{ $name }` : un nom d'hôte attendu, fait de lettres, chiffres, traits d'union et points (par exemple salle-b.local)
cli-host-name-help = un nom par lequel les téléphones peuvent ouvrir la salle en plus de son adresse (par exemple salle-b.local, le nom de l'ordinateur connu du DNS ou du mDNS du réseau) ; répétable. Tout autre nom est refusé, pour qu'un autre site ne puisse pas joindre la salle par un nom à lui
cli-journal-the-folder-does-not-exist = --journal { $out } : le dossier { $dir } n'existe pas
cli-on-the-phones-same-wi-fi = Sur les téléphones (même Wi-Fi) : ouvrir { $url } et taper le code { $code }. Au projecteur, avec les commandes de l'animation (gardez ce lien pour vous) : { $url2 }projector#{ $admin }
cli-reopen-the-room-on-an-unfinished = rouvrir la salle sur l'été inachevé de ce journal (écrit par une salle arrêtée par un signal ou par l'animation), à la décision atteinte ; le journal est ensuite réécrit à sa place sauf si --journal dit où
cli-resume-expects-the-journal-of-an = --resume { $path } : attend le journal d'un été inachevé en mode coopératif (écrit par `cjs room`)
cli-room-no-network-address = attention : la salle écoute sur toutes les interfaces mais cette machine n'a pas d'autre adresse réseau que 127.0.0.1 : les téléphones ne peuvent pas la joindre (rejoignez le Wi-Fi ou activez le partage de connexion, puis rouvrez la salle)
cli-room-open-on-every-interface = attention : la salle est ouverte sur toutes les interfaces de cette machine ; les téléphones peuvent ouvrir l'une de : { $all }
cli-room-stopped-journal-written = La salle s'est arrêtée avant la fin de l'été ({ $d } décisions prises) : le journal de l'été jusqu'ici est dans { $out } (marqué inachevé). `cjs report` le lit ; `cjs room --resume { $out }` reprend là.

# src/cli/run.rs
cli-pec-vision-support-autonomy = PEC { $total } = Vision { $v } + Soutien { $s } + Autonomie { $a }
cli-pec-vision-support-autonomy-2 = PEC { $total } = { $v } × Vision { $v2 } + { $s } × Soutien { $s2 } + { $a } × Autonomie { $a2 }
cli-seed-policy = { $title } — graine { $seed }, politique « { $policy } »
cli-autonomy-by-sphere-business-life-associative = {"  "}Autonomie par sphère : vie d'entreprise { $business }, vie associative { $associative }, travail { $work }
cli-revenue-costs-surplus-allocated-cash-at = Chiffre d'affaires { $revenue } ; coûts { $costs } ; surplus réparti { $surplus } ; caisse finale { $cash_end }
cli-pay-per-cooperant = Paie par coopérant : { $pay_per_member }
cli-contracts-hours-worked-of-cooperants-to = { $contracts } contrats, { $hours } heures travaillées, { $members_end } coopérants sur { $count } jusqu'au bout
cli-objectives-reached-of-client-complaints-quarrels = Objectifs atteints : { $objectives_reached } sur { $objectives_set } ; plaintes de clients : { $complaints } ; disputes : { $conflicts }
cli-decisions-taken-by-the-group-comites = Décisions : { $total } — prises par le groupe { $by_group } (dont comités { $by_comite }), par les animateurs { $by_animateurs }

# Clap's heading before the usage line, and the progress bar of `batch` and `compare`.
cli-usage = Utilisation :
cli-progress = { $bar } { $pos }/{ $len } étés — reste { $eta }

# Clap's usage errors, in French (in English, clap's own sentence is shown).
cli-usage-missing-argument = argument obligatoire manquant
cli-usage-invalid-value = valeur invalide
cli-usage-unknown-option = option inconnue
cli-usage-number-of-values = nombre de valeurs incorrect
cli-usage-conflict = options incompatibles
cli-usage-invalid = ligne de commande invalide
cli-usage-allowed = {" "}(valeurs permises : { $values })
cli-usage-value-for = `{ $value }` pour { $arg }{ $allowed }
cli-usage-help = Aide : cjs --help

cli-set-help = change un paramètre du modèle pour cette exécution (répétable), par exemple learning=0 ; les noms et les plages sont dans docs/scenario-format.md
cli-set-expects-name-value = --set attend NOM=VALEUR, reçu « { $arg } »
cli-set-unknown-parameter = --set : aucun paramètre du modèle ne s'appelle « { $name } » (les paramètres sont listés dans docs/scenario-format.md)
cli-set-out-of-range = --set { $name } : « { $value } » n'est pas un nombre dans la plage du paramètre, { $range }
cli-set-with-journal = --set et --journal ne vont pas ensemble : un journal rejoue son été à partir du seul scénario, et les paramètres donnés en ligne de commande n'y sont pas
# src/cli/report.rs : le bilan de la classe
cli-class-names-each-summer-by-its = avec plusieurs journaux : nommer chaque été par son fichier, pas A, B, C… (l'exemplaire du formateur)
cli-class-compare-takes-one-journal = --compare met deux étés côte à côte et prend un journal ; plusieurs journaux font le bilan de la classe, sans --compare
cli-class-a-copy-counted-once = { $copy } est une copie de { $first } : l'été est compté une fois
cli-class-another-scenario = un été du scénario `{ $theirs }`, pas de `{ $class }` comme le reste de la classe
cli-class-another-version = un été d'une autre version du scénario `{ $class }` (son texte diffère de celui du reste de la classe)
