# Un été en coop — messages of save (French). Read by src/i18n.rs.

# src/save.rs
save-in-animateur-mode-no-player-holds = en mode animateur, aucun joueur ne tient un siège de coopérant, trouvé { $seats }
save-in-cooperative-mode-a-policy-holds = en mode coopérative, une politique tient le siège des animateurs et des joueurs des sièges de coopérants
save-seat-the-coop-has-cooperants-seats = siège { $s } : la coop a { $n } coopérants (sièges 0 à { $last })
save-seat-written-twice = siège { $s } écrit deux fois
save-decision-a-vote-of-cooperant-whose = décision { $i } : vote du coopérant { $m }, que ne tient aucun joueur
save-decision-cooperant-votes-twice = décision { $i } : le coopérant { $m } vote deux fois (un bulletin par siège et par décision)
save-a-save-of-an-earlier-version = sauvegarde d'une version antérieure du modèle (v{ $version }) : ses décisions rejoueraient un autre été ; commencez une nouvelle partie
save-not-a-save-of-this-version = ce n'est pas une sauvegarde de cette version (format { $format } v{ $version })
save-the-saves-scenario-was-altered-hash = le scénario de la sauvegarde a été modifié (empreinte différente)
save-decision-of-the-save-is-invalid = décision { $i } invalide dans la sauvegarde : { $why }
save-this-is-a-folder-not-a = c'est un dossier, pas une sauvegarde ni un journal
save-unreadable-file-or-of-another-format = fichier illisible ou d'un autre format : { $why }
save-unknown-field-this-journal-is-not = champ inconnu `{ $field }` : ce journal n'est pas de cette version ou a été modifié
save-a-poll-of-decision-that-the = un sondage de la décision { $d }, que l'été n'a pas ou qui vient deux fois ou dans le désordre : ce journal a été modifié
save-not-a-journal-of-this-version = ce n'est pas un journal de cette version (format { $jf } v{ $version })
save-unknown-policy-expected-one-of = politique inconnue « { $p } » : attendu l'une de { $all }
save-the-journal-says-the-animateurs-followed = le journal dit que les animateurs suivaient la politique « { $name } », mais ses décisions ne sont pas les siennes (fichier modifié ?)
save-entries = les entrées
save-weeks = les semaines
save-summary = le résumé
save-unfinished = la mention « unfinished » (l'été est fini)
save-the-journal-does-not-match-the-replay = le journal ne correspond pas à la rejouée de ses décisions ({ $part }) : fichier modifié ?
save-this-is-a-folder-not-a-2 = c'est un dossier, pas un fichier
save-the-file-is-read-only-it = le fichier est en lecture seule : il n'est pas remplacé
save-this-is-not-a-regular-file = ce n'est pas un fichier ordinaire
save-this-path-does-not-name-a = ce chemin ne nomme pas un fichier
save-folder-not-found = dossier introuvable
save-permission-denied = écriture refusée (permissions)
save-no-space-left-on-the-disk = disque plein
save-read-only-file-system = disque en lecture seule
save-a-part-of-the-path-is = un élément du chemin n'est pas un dossier
save-cannot-write = écriture impossible
save-write-error = { $what } ({ $error })

# src/sim/season/mod.rs
input-the-summer-is-over-no-decision = l'été est fini : aucune décision n'est attendue
input-no-option-in-this-decision = cette décision n'a pas d'option { $o }
input-deciding-or-suggesting-needs-an-option = décider ou suggérer demande une option
input-no-cooperant = pas de coopérant { $m }

# src/save/history.rs : ses propres étés précédents
save-history-of-another-version = un historique d'un autre format ou d'une autre version ({ $format } v{ $version })
save-history-unreadable = illisible : { $why }
save-history-set-aside = l'historique des étés précédents { $file } n'a pas pu être lu ({ $why }) : il a été mis de côté sous le nom { $to }, et un nouvel historique commence
save-history-cannot-be-set-aside = l'historique des étés précédents { $file } ne peut être ni lu ni mis de côté ({ $why }) : il est laissé tel quel et rien n'est enregistré
