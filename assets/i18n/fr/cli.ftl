# Un été en coop — the command line: help texts and messages (French). Read by src/i18n.rs.

# src/cli/args.rs
cli-commands = Commandes
cli-print-this-help = afficher cette aide
cli-print-the-version = afficher la version
cli-random-seed = graine du hasard
cli-the-animateurs-policy = politique des animateurs
cli-scenario-help = chemin d'un fichier .ron ou identifiant d'un scénario livré
cli-print-a-json-object = écrire un objet JSON
cli-print-a-json-array = écrire un tableau JSON
cli-about = Un été en coop : simulateur et jeu de formation des animateurs de Coopératives Jeunesse de Services
cli-lang-help = langue des messages (par défaut : celle du système)
cli-play-about = ouvrir le jeu (par défaut)
cli-play-mode = mode de jeu
cli-resume-a-save = reprendre une sauvegarde
cli-autoplay-help = une politique joue seule (démonstration, captures d'écran)
cli-play-room-help = ouvrir une salle : les téléphones votent les options (mode coopératif) ou répondent au sondage des postures (mode animateur) ; voir docs/room.md
cli-port-help = port TCP de la salle (0 : un port libre) ; obligatoire, sauf avec --resume (le port qu'avait la salle)
cli-play-host-help = adresse d'écoute de la salle (par défaut 0.0.0.0 : le Wi-Fi de la classe)
cli-list-the-shipped-scenarios = lister les scénarios livrés
cli-validate-scenario-files = valider des fichiers de scénario
cli-ron-files = fichiers .ron
cli-run-about = jouer un été avec une politique et en donner le bilan
cli-run-journal-help = écrire le journal de l'été (JSON)
cli-explain-help = raconter l'été décision par décision, avec la raison de chaque variation des scores
cli-batch-about = jouer de nombreux étés et résumer les résultats
cli-batch-seeds-help = graines, par exemple 1..100
cli-csv-help = une ligne par graine dans un fichier CSV
cli-threads-help = nombre de fils (par défaut : tous les cœurs)
cli-compare-about = toutes les politiques côte à côte sur de nombreux étés
cli-compare-seeds-help = graines, par exemple 1..200
cli-report-about = faire le bilan d'un journal, ou de plusieurs (le bilan de la classe) : HTML, Markdown ou CSV
cli-report-journal-help = fichier écrit par `cjs run --journal`, `cjs room --journal` ou par le jeu ; plusieurs : le bilan de la classe
cli-report-out-help = FICHIER.html, .md ou .csv
cli-report-compare-help = un second journal à mettre côte à côte (HTML seulement)

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
cli-cannot-write-stdout = écriture impossible sur la sortie standard

# src/cli/room.rs
cli-room-about = ouvrir une salle : les téléphones votent sur le réseau local (mode coopératif, sans le jeu)
cli-room-host-help = adresse d'écoute : 127.0.0.1 (cette machine seulement), l'adresse de la machine sur le Wi-Fi, ou 0.0.0.0 (toutes)
cli-room-code-help = code de la salle, 6 caractères (par défaut : tiré au hasard)
cli-room-wait-help = régler une décision après ce délai même si des sièges n'ont pas voté (leurs agents votent) ; par défaut : attendre chaque siège tenu par un téléphone
cli-room-rate-help = requêtes par seconde permises à une adresse (rafales : 3 fois plus)
cli-room-poll-help = à chaque décision, demander aux téléphones quelle posture ils prendraient (le sondage conseille, la politique décide)
cli-room-journal-help = écrire le journal de l'été (JSON, comme `cjs run --journal`)
cli-cannot-write = écriture impossible

# src/cli/scenarios.rs
cli-weeks = semaines
cli-level = niveau
cli-title = titre
cli-valid = valide

# src/cli/batch.rs
cli-seeds-expects-range = --seeds attend A..B avec A ≤ B, trouvé `{ $s }`
cli-seeds-too-many = --seeds : au plus { $max_seeds } étés à la fois, `{ $s }` en demande { $a }
cli-seed-out-of-range = --seeds : une graine est un nombre entier de 0 à { $max }, trouvé `{ $s }`
cli-compare-too-many-summers = --seeds : au plus { $max_seeds } étés en tout, `{ $s }` pour { $policies } politiques en demande { $n }
cli-threads-out-of-range = --threads attend un nombre de 1 à { $max_threads }, trouvé `{ $s }`
cli-batch-interrupted = interrompu (Ctrl-C) : { $out } n'a pas été écrit, et rien n'est resté derrière
cli-summers-policy = { $title } — { $runs ->
    [one] { $runs } été
   *[other] { $runs } étés
}, politique « { $policy } »{"\u000A"}
cli-seeds-to-every-policy = { $title } — { $one ->
    [yes] graine { $from }
   *[no] graines { $from } à { $to }
}, chaque politique{"\u000A"}

# src/cli/mod.rs
cli-would-overwrite-input = { $output } : { $flag } écrirait par-dessus le fichier lu `{ $input }` : choisissez un autre fichier

# src/cli/play.rs
cli-no-display = impossible d'ouvrir la fenêtre du jeu : aucun écran graphique (DISPLAY ou WAYLAND_DISPLAY). Sans écran, lancez-le sous Xvfb (voir README) ou utilisez `cjs run`.
cli-built-without-game = ce programme a été construit sans le jeu (option `game`) : utilisez `cjs run` ou reconstruisez avec `cargo build --release`

# src/cli/report.rs
cli-compare-needs-html = --compare met deux étés côte à côte dans un rapport HTML : `{ $out }` n'est pas un .html
cli-compare-another-scenario = { $other } est un été du scénario `{ $theirs }` : --compare met côte à côte deux étés du même scénario, `{ $ours }`
cli-compare-another-version = { $other } est un été d'une autre version du scénario `{ $ours }` (son texte diffère) : --compare met côte à côte deux étés d'une même version
cli-out-bad-extension = --out doit finir par .html, .md ou .csv : `{ $out }`

# src/cli/room.rs
cli-code-invalid = --code attend 6 caractères parmi A–Z (sans I ni O) et 2–9, trouvé `{ $c }`
cli-host-name-expects = --host-name `{ $name }` : un nom d'hôte attendu, fait de lettres, chiffres, traits d'union et points (par exemple salle-b.local)
cli-host-name-help = un nom par lequel les téléphones peuvent ouvrir la salle en plus de son adresse (par exemple salle-b.local, le nom de l'ordinateur connu du DNS ou du mDNS du réseau) ; répétable. Tout autre nom est refusé, pour qu'un autre site ne puisse pas joindre la salle par un nom à lui
cli-room-how-to-join = Sur les téléphones (même Wi-Fi) : ouvrir { $url } et taper le code { $code }. Au projecteur, avec les commandes de l'animation (gardez ce lien pour vous) : { $url2 }projector#{ $admin }
cli-room-resumed-paused = La salle est en pause : les élèves reprennent leur siège par leur prénom, puis reprenez-la au projecteur (« Reprendre »).
cli-room-resume-help = rouvrir la salle sur l'été inachevé de ce journal (écrit par une salle arrêtée par un signal ou par l'animation), à la décision atteinte, à la même adresse avec le même code et les mêmes réglages (les options données disent autre chose) ; le journal est ensuite réécrit à sa place sauf si --journal dit où
cli-resume-not-unfinished = --resume { $path } : attend le journal d'un été inachevé en mode coopératif (écrit par `cjs room`)
cli-resume-bad-room = --resume { $path } : le champ room.{ $field } du journal n'est pas valide ({ $value }) : corrigez-le, ou retirez le « room » du journal pour ouvrir la salle sur un nouveau port avec un nouveau code
cli-room-port-taken = attention : le port { $port }, où la salle était ouverte avant son arrêt, est pris par un autre programme : la salle s'ouvre sur { $url } à la place, avec le même code ; les téléphones doivent ouvrir cette nouvelle adresse
cli-room-journal-in-use = { $opt } { $path } : une autre salle de cette machine écrit ce journal en ce moment (le même journal repris deux fois ?) : arrêtez-la d'abord, ou donnez un autre journal (--journal)
cli-room-journal-host-gone = L'adresse vient du journal { $path }, où la salle était ouverte avant son arrêt : cette machine ne l'a plus (un autre Wi-Fi, une nouvelle adresse). Donnez --host (--host 0.0.0.0 : toutes les interfaces) pour ouvrir la salle ailleurs.
cli-room-no-network-address = attention : la salle écoute sur toutes les interfaces mais cette machine n'a pas d'autre adresse réseau que 127.0.0.1 : les téléphones ne peuvent pas la joindre (rejoignez le Wi-Fi ou activez le partage de connexion, puis rouvrez la salle)
cli-room-all-interfaces = attention : la salle est ouverte sur toutes les interfaces de cette machine ; les téléphones peuvent ouvrir l'une de : { $all }
cli-room-stopped-journal-written = La salle s'est arrêtée avant la fin de l'été ({ $d ->
    [one] { $d } décision prise
   *[other] { $d } décisions prises
}) : le journal de l'été jusqu'ici est dans { $out } (marqué inachevé). `cjs report` le lit ; `cjs room --resume { $out }` reprend là.
cli-room-journal-kept = Après chaque décision, le journal de l'été jusque-là est écrit dans { $out } : si la salle s'arrête sans prévenir (ordinateur éteint, batterie vide), `cjs room --resume { $out }` la rouvre là.
cli-room-journal-not-kept = Le journal de l'été jusque-là ne peut pas être écrit dans { $out } ({ $why }) : si la salle s'arrête sans prévenir, ce qui a été joué sera perdu.

# src/cli/run.rs
cli-pec-vision-support-autonomy = PEC { $total } = Vision { $v } + Soutien { $s } + Autonomie { $a }
cli-pec-weighted = PEC { $total } = { $v } × Vision { $v2 } + { $s } × Soutien { $s2 } + { $a } × Autonomie { $a2 }
cli-seed-policy = { $title } — graine { $seed }, politique « { $policy } »
cli-run-autonomy-spheres = {"  "}Autonomie par sphère : vie d'entreprise { $business } ; vie associative { $associative } ; travail { $work }
cli-run-money = Chiffre d'affaires { $revenue } ; coûts { $costs } ; surplus réparti { $surplus } ; caisse finale { $cash_end }
cli-pay-per-cooperant = Paie par coopérant : { $pay_per_member }
cli-run-work = { $contracts ->
    [one] { $contracts } contrat
   *[other] { $contracts } contrats
}, { $hours } { $hours_n ->
    [one] heure travaillée
   *[other] heures travaillées
}, { $members_end } coopérants sur { $count } jusqu'au bout
cli-run-objectives = Objectifs atteints : { $objectives_reached } sur { $objectives_set } ; plaintes de clients : { $complaints } ; disputes : { $conflicts }
cli-run-decisions = Décisions : { $total } — prises par le groupe { $by_group } (dont comités { $by_comite }), par les animateurs { $by_animateurs }

# Clap's heading before the usage line, and the progress bar of `batch` and `compare`.
cli-usage = Utilisation :
cli-progress = { $bar } { $pos }/{ $len } étés — reste { $eta }

# Clap's usage errors, in French (in English, clap's own sentence is shown).
cli-usage-missing-argument = argument obligatoire manquant
cli-usage-invalid-value = valeur invalide
cli-usage-unknown-option = option inconnue
cli-usage-number-of-values = nombre de valeurs incorrect
cli-usage-conflict = options incompatibles
cli-usage-repeated = option donnée plus d'une fois
cli-usage-value-missing = valeur manquante
cli-usage-unexpected-argument = argument en trop
cli-usage-invalid = ligne de commande invalide
cli-usage-allowed = {" "}(valeurs permises : { $values })
cli-usage-value-for = `{ $value }` pour { $arg }{ $allowed }
cli-usage-help = Aide : cjs --help
cli-usage-did-you-mean = vouliez-vous dire { $what } ?
cli-usage-help-of = Aide : cjs { $command } --help
cli-help-possible-values = [valeurs possibles :{" "}
cli-help-default = [par défaut :{" "}
cli-help-command = COMMANDE

cli-set-help = change un paramètre du modèle pour cette exécution (répétable), par exemple learning=0 ; les noms et les plages sont dans docs/scenario-format.md
cli-set-expects-name-value = --set attend NOM=VALEUR, reçu « { $arg } »
cli-set-unknown-parameter = --set : aucun paramètre du modèle ne s'appelle « { $name } » (les paramètres sont listés dans docs/scenario-format.md)
cli-set-out-of-range = --set { $name } : « { $value } » n'est pas un nombre dans la plage du paramètre, { $range }
cli-set-with-journal = --set et --journal ne vont pas ensemble : un journal rejoue son été à partir du seul scénario, et les paramètres donnés en ligne de commande n'y sont pas
# src/cli/report.rs : le bilan de la classe
cli-report-names-help = avec plusieurs journaux : nommer chaque été par son fichier, pas A, B, C… (l'exemplaire du formateur)
cli-class-compare-one-journal = --compare met deux étés côte à côte et prend un journal ; plusieurs journaux font le bilan de la classe, sans --compare
cli-names-needs-a-class = --names désigne les étés du bilan de la classe par le nom de leur fichier : il prend plusieurs journaux
cli-class-duplicate-journal = { $copy } est une copie de { $first } : l'été est compté une fois
cli-class-one-summer = les journaux donnés sont des copies d'un seul été, { $first } : le bilan de la classe compare deux étés ou plus (`cjs report { $first } --out FICHIER` fait le bilan de celui-là)
cli-class-another-scenario = un été du scénario `{ $theirs }`, pas de `{ $class }` comme le reste de la classe
cli-class-another-version = un été d'une autre version du scénario `{ $class }` (son texte diffère de celui du reste de la classe)
cli-more-errors = … et { $count ->
    [one] { $count } autre erreur
   *[other] { $count } autres erreurs
} (corrigez d'abord celles-ci)
