# Un été en coop — messages of save (French). Read by src/i18n.rs.

# src/save.rs
save-animateur-mode-with-seats = en mode animateur, aucun joueur ne tient un siège de coopérant, trouvé { $seats }
save-cooperative-mode-bad-seats = en mode coopératif, une politique tient le siège des animateurs, et ce fichier n'en nomme aucune
save-seat-out-of-range = siège { $s } : la coop a { $n } coopérants (sièges 0 à { $last })
save-seat-written-twice = siège { $s } écrit deux fois
save-vote-of-unheld-seat = décision { $i } : vote du coopérant { $m }, que ne tient aucun joueur
save-decision-cooperant-votes-twice = décision { $i } : le coopérant { $m } vote deux fois (un bulletin par siège et par décision)
save-earlier-model-version = sauvegarde d'une version antérieure du modèle (v{ $version }) : ses décisions rejoueraient un autre été ; commencez une nouvelle partie
save-wrong-format = ce n'est pas une sauvegarde de cette version (format { $format } v{ $version })
save-scenario-altered = le scénario de la sauvegarde a été modifié (empreinte différente)
save-invalid-decision = décision { $i } invalide dans la sauvegarde : { $why }
save-source-is-a-folder = c'est un dossier, pas une sauvegarde ni un journal
save-unreadable = fichier illisible ou d'un autre format : { $why }
save-journal-unknown-field = champ inconnu `{ $field }` : ce journal n'est pas de cette version ou a été modifié
save-journal-stray-poll = un sondage de la décision { $d }, que l'été n'a pas ou qui vient deux fois ou dans le désordre : ce journal a été modifié
save-journal-wrong-format = ce n'est pas un journal de cette version (format { $jf } v{ $version })
save-unknown-policy = politique inconnue « { $p } » : attendu l'une de { $all }
save-journal-policy-mismatch = le journal dit que les animateurs suivaient la politique « { $name } », mais ses décisions ne sont pas les siennes (fichier modifié ?)
save-entries = les entrées
save-weeks = les semaines
save-summary = le résumé
save-unfinished = la mention « unfinished » (l'été est fini)
save-journal-replay-mismatch = le journal ne correspond pas à ce que donnent ses décisions rejouées ({ $part }) : fichier modifié ?
save-journal-is-run-output = c'est ce qu'affiche `cjs run --json`, pas un journal : `cjs run SCÉNARIO --journal FICHIER` écrit le journal d'un été
save-target-is-a-folder = c'est un dossier, pas un fichier
save-target-read-only = le fichier est en lecture seule : il n'est pas remplacé
save-target-not-a-file = ce n'est pas un fichier ordinaire
save-target-no-name = ce chemin ne nomme pas un fichier
save-folder-not-found = dossier introuvable
save-permission-denied = écriture refusée (permissions)
save-disk-full = disque plein
save-read-only-file-system = disque en lecture seule
save-path-not-a-folder = un élément du chemin n'est pas un dossier
save-cannot-write = écriture impossible
save-write-error = { $what } ({ $error })

# src/sim/season/mod.rs
input-summer-over = l'été est fini : aucune décision n'est attendue
input-no-such-option = cette décision n'a pas d'option { $o }
input-option-needed = décider ou suggérer demande une option
input-no-cooperant = pas de coopérant { $m }

# src/save/history.rs : ses propres étés précédents
save-history-of-another-version = un historique d'un autre format ou d'une autre version ({ $format } v{ $version })
save-history-unreadable = illisible : { $why }
save-history-set-aside = l'historique des étés précédents { $file } n'a pas pu être lu ({ $why }) : il a été mis de côté sous le nom { $to }, et un nouvel historique commence
save-history-left-as-is = l'historique des étés précédents { $file } ne peut être ni lu ni mis de côté ({ $why }) : il est laissé tel quel et rien n'est enregistré
