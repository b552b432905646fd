# Un été en coop — textes du jeu (français).
# Syntaxe : Fluent (projectfluent.org), lu par src/i18n.rs ; voir docs/architecture.md.

app-title = Un été en coop
app-tagline = Accompagner une Coopérative Jeunesse de Services, le temps d'un été
coop-unnamed = La coop (sans nom encore)
animateurs = Les animateurs
week-short = Sem.
continue = Continuer

bar-place = { $coop } — semaine { $week } / { $weeks }
bar-lang = English
bar-scale = Texte { $pct } %
bar-contrast = Contraste élevé
bar-save = Sauvegarder
bar-load = Charger
bar-leave = Accueil
key-escape = Échap
leave-kept = Quitter cet été pour l'accueil ? Il est gardé tel quel dans { $path } : chargez ce fichier pour le reprendre.
leave-unsaved = Quitter cet été pour l'accueil ? Ce qui n'est pas sauvegardé (F5) sera perdu.
leave-no = Continuer l'été
leave-yes = Revenir à l'accueil

title-language = Langue :
title-scenario = Scénario :
title-scenario-row = { $title } — niveau { $level }, { $weeks } semaines
title-mode = Mode :
mode-animateur = Animateur·rice
mode-cooperative = Coopérative
mode-animateur-help = Vous tenez le siège des animateurs : à chaque décision, vous choisissez votre posture (décider, suggérer, faciliter, se retirer).
mode-cooperative-help = Les joueurs tiennent des sièges de coopérant·es et votent à bulletin secret, chacun·e à son tour au clavier ; une politique tient le siège des animateurs.
title-seats = Sièges tenus par des joueurs :
title-seed = Graine :
title-seed-help = (même graine et mêmes choix, même été)
title-start = Commencer l'été
title-load = Charger une sauvegarde :
title-load-button = Charger
title-keys = Clavier : Tab pour se déplacer, Entrée pour valider, 1–4 pour les postures, P pause, F2 langue, F5 sauvegarder, F9 charger, F7/F8 taille du texte, F10 contraste, Échap retour à l'accueil (après confirmation).

season-week = Semaine { $week } sur { $weeks }
season-pec = Prise en charge (PEC)
season-spheres = Autonomie : entreprise { $b } · associative { $s } · travail { $w }
season-pec-total = PEC : { $pec }
season-cash = Caisse
season-sales = Ventes
season-reputation = Réputation
season-mood = Moral de l'équipe
season-readiness = Maturité du groupe
season-stage = Étape du groupe
season-crisis = Crise : { $why }
season-team = L'équipe (motivation)
season-member-hover = Fatigue { $fatigue } % · { $hours } h travaillées
season-absent = absent·e
season-next = À l'ordre du jour : { $title }
season-open-assembly = Ouvrir l'assemblée
season-open-event = Voir l'événement
season-debrief = Bilan de l'été

rewind-title = Décisions (rejouer)
rewind-help = « Rejouer » refait l'été jusqu'à cette décision pour faire un autre choix.
rewind-short = Rejouer
rewind-button = Revenir à cette décision et choisir autrement

assembly-heading = Assemblée
event-heading = Événement
decision-where = { $kind } · semaine { $week } · { $sphere }
decision-group = Maturité du groupe : { $readiness } % (envie : { $willingness } %)
decision-group-unwilling = Maturité du groupe : { $readiness } % (envie : { $willingness } %, sous { $bar } % : un groupe sans envie)
decision-options = Les options :
decision-pick-option = L'option que vous décidez ou suggérez :
decision-choose-posture = Choisissez une posture
decision-choose-option = Choisissez une option
decision-confirm = Valider : { $posture }
decision-option = option { $n }
decision-result = Retenu : { $option } — par { $by } ({ $how }, { $for } voix sur { $voters })
decision-result-imposed = Retenu : { $option } — par { $by } (sans vote)
decision-result-no-consensus = Retenu : { $option } — par { $by } (pas de consensus après { $rounds } tours : vote à la majorité, { $for } voix sur { $voters })
posture-title = Votre posture d'animateur·rice (touches 1 à 4) :

pause-button = Pause pour discuter (P)
pause-title = Pause : on en discute dans la salle
pause-help = Le jeu attend. Reprenez quand le groupe est prêt.
pause-resume = Reprendre

handoff-title = Passez le clavier à { $name }
handoff-help = Les autres détournent les yeux : le vote est secret.
handoff-ready = Je suis { $name }, je suis prêt·e
ballot-title = { $name }, votre vote secret
ballot-help = Personne ne verra les votes avant que tout le monde ait voté.
allvoted-title = Les { $n } votes sont faits
allvoted-help = Révélez le résultat quand la salle est prête.
allvoted-waiting = { $cast } votes sur { $expected } : on attend les téléphones
allvoted-waiting-help = Le résultat se révèle de lui-même quand chaque téléphone a voté. Révéler maintenant règle la décision avec les bulletins déposés ; les agents votent pour les autres sièges.
reveal = Révéler le résultat

debate-title = Le débat
debate-posture = posture « { $posture } »
debate-proposes = propose « { $option } »
debate-argues = défend « { $option } »{ $because }
debate-because = , pour { $aim }
debate-none = Personne n'a pris la parole.
votes-title = Les votes
table-help = Autour de la table : la couleur de chaque jeton est l'option votée.
table-mark = { $name } : { $marks }
table-mark-speaks = parle
table-mark-well-argued = argumente, chiffres à l'appui
table-mark-half-formed = lance une idée à moitié formée
table-mark-off-topic = part hors sujet
table-mark-asks = se tourne vers l'animation
table-mark-silent = se tait, regarde ailleurs
table-mark-tired = bâille, arrivé·e en retard
table-mark-absent = absent·e (chaise vide)
table-mark-gone = a quitté la coop
table-mark-at-odds = en désaccord avec { $name }
table-side-talk = Des apartés au fond de la salle.
table-tone-gloomy = L'ambiance est morose (table sombre).
table-tone-upbeat = L'ambiance est bonne.
table-legend = Bulle : parle (+ argumenté, … idée floue, ~ hors sujet) · ? se tourne vers vous · pâle, tête tournée : se tait · zZ : bâille · trait rouge : en désaccord · chaise vide : absent·e.

summary-week = Semaine { $week } : ce qui s'est passé
summary-weeks = Semaines { $a } à { $b } : ce qui s'est passé
summary-assembly = Ce que l'assemblée a changé
summary-happened = Les faits marquants
summary-why = Pourquoi les scores ont bougé
summary-no-change = Aucun score n'a bougé.
summary-to-debrief = Voir le bilan
col-week = Semaine
col-sales = Ventes (semaine)
col-costs = Coûts (semaine)
col-cash = Caisse (fin de semaine)
col-contracts = Contrats
col-lost = Perdus
col-reputation = Réputation
col-mood = Moral

happened-event = Événement : { $title }
happened-stage = Le groupe passe à l'étape : { $stage }
happened-crisis = Le groupe entre en crise : { $why }
happened-crisis-over = La crise est passée.
happened-left = { $name } quitte la coop.
happened-conflict = Conflit entre { $a } et { $b }.
happened-absent = { $name } est absent·e.

debrief-title = Bilan de l'été — { $coop }
debrief-money = Ventes { $revenue } · caisse finale { $cash } · paie par membre { $pay }
debrief-export = Exporter le rapport (HTML)
debrief-export-where = Chaque export écrit un nouveau rapport, jamais par-dessus un précédent : { $path }
debrief-new = Nouvelle partie
debrief-scores-chart = V, S, A et PEC au fil des semaines
debrief-cash-chart = La caisse au fil des semaines
debrief-evidence = Pourquoi chaque score a bougé
debrief-journal = Journal des décisions
comp-v = Vision : { $n } changements, total { $total }
comp-s = Soutien : { $n } changements, total { $total }
comp-a = Autonomie : { $n } changements, total { $total }

notice-saved = Sauvegardé dans { $path }
notice-save-failed = Échec de l'écriture : { $why }
notice-autosave-failed = L'été n'a pas pu être gardé dans { $path } après cette décision : { $why }. Sauvegardez-le avec F5.
notice-loaded = Sauvegarde chargée : { $path }
notice-load-failed = Impossible de charger la sauvegarde ({ $why }). La partie continue.
notice-rewound = Retour à la décision { $n } : choisissez autrement.
notice-retry = Retour à la décision { $n }, celle que vous avez lue le plus loin du groupe : relisez-le, puis choisissez.
notice-exported = Rapport écrit dans { $path }

# The room: phones vote (issue 15, `game::room`).
title-room = Ouvrir une salle : les joueurs votent ou répondent depuis leur téléphone
title-room-help = Le jeu ouvre une salle sur le Wi-Fi de la classe et affiche son adresse, son code et un QR code. Un téléphone qui rejoint prend un siège de coopérant·e libre ; les sièges sans téléphone se jouent comme avant.
room-title = Salle ouverte
room-join = Sur le même Wi-Fi, ouvrez :
room-code = Code :
room-phones = Téléphones : { $n } (dont { $seats } avec un siège)
room-no-phone = Aucun téléphone pour l'instant : scannez le QR code.
room-phone-seat = { $name } : siège de { $seat }
room-phone-follows = { $name } (suit l'été)
room-away = (déconnecté)
room-voted = a voté
room-waiting = n'a pas voté
room-free = libérer
room-free-help = Ce téléphone suit l'été sans voter ; le siège est libre pour un autre téléphone.
room-tally = Bulletins des téléphones : { $cast } sur { $expected } (qui a voté, jamais quoi)
room-lock = Verrouiller la salle
room-unlock = Rouvrir la salle
room-locked = Salle verrouillée : aucun nouveau téléphone ne peut entrer.
room-pause = Pause
room-resume = Reprendre
room-reveal = Révéler le résultat
room-failed = La salle n'a pas pu s'ouvrir : { $why }
room-poll = Sondage sur la posture : { $n } réponse(s) sur { $phones } téléphone(s)
title-room-help-animateur = Le jeu ouvre une salle sur le Wi-Fi de la classe (adresse, code, QR code). En mode animateur, les téléphones ne votent pas les points : à chaque décision, vous pouvez demander à la salle « que feriez-vous ? » et voir la répartition avant de choisir la posture.
poll-ask = Demander à la salle : que feriez-vous ?
poll-ask-help = Les téléphones reçoivent les quatre postures ; vous voyez combien choisissent chacune, jamais qui. Le sondage conseille, vous décidez.
poll-open = La salle répond : { $n } réponse(s) sur { $phones } téléphone(s) — elle conseille, vous décidez
poll-closed = La salle avait répondu ({ $n } sur { $phones }) :
poll-count = { $posture } : { $n }

cues-title = Ce que montre le groupe :
title-guided = Mode guidé (montre la maturité du groupe et son besoin)
title-guided-help = Pour le formateur : sans lui, hors tutoriel, le stagiaire lit le groupe à ses indices.
title-practice = Mode entraînement (dit aussitôt si chaque lecture correspond au groupe)
title-practice-help = Pour le stagiaire : donnez une lecture, vérifiez-la, puis choisissez la posture. Toujours actif dans le tutoriel.
reading-title = Votre lecture du groupe (facultative) :
reading-not-ready = Pas prêt
reading-partly = En partie prêt
reading-ready = Prêt
reading-crisis = En crise
reading-keys = Touches : 7 pas prêt · 8 en partie prêt · 9 prêt · 0 en crise oui/non · 1–4 posture
practice-check = Vérifier ma lecture
practice-help = Mode entraînement : une lecture vérifiée reçoit sa réponse aussitôt et reste telle quelle pour le bilan.
practice-right = Juste : le groupe est { $was }.
practice-level = Le niveau ne va pas : vous lisez « { $read } », le groupe est { $was }.
practice-crisis = Le niveau est juste, la crise non : vous lisez « { $read } », le groupe est { $was }.
practice-both = Ni le niveau ni la crise : vous lisez « { $read } », le groupe est { $was }.
reading-result = Vous avez lu « { $read } », le groupe était « { $was } »
fit-right = « { $taken } » convenait à ce groupe ({ $group }).
fit-too-much = « { $taken } » était plus d'aide que ce groupe n'en demandait ({ $group }) : « { $need } » aurait convenu.
fit-too-little = « { $taken } » était moins d'aide que ce groupe n'en demandait ({ $group }) : « { $need } » aurait convenu.
cues-towards-not-ready = Vers un groupe pas prêt : { $cues }
cues-towards-ready = Vers un groupe prêt : { $cues }
cues-towards-crisis = Vers une crise : { $cues }
cues-unwilling = Ce groupe avait peu d'envie (moins de { $bar } %) : un tel groupe avait besoin ici de « { $need } », là où un groupe de même maturité qui a envie aurait eu besoin de « { $other } ». Des membres qui se taisent et des apartés disent peu d'envie ; une salle où tout le monde veut parler, beaucoup.
cues-partly = Un groupe en partie prêt montre des signes dans les deux sens, ou peu de signes : quelques signes d'un côté n'en font pas un groupe pas prêt, ni prêt.
reading-cues = { $reading } ; les indices étaient : { $cues }
debrief-diagnosis = Diagnostic : votre lecture du groupe (à part du PEC)
debrief-diagnosis-none = Aucune lecture du groupe n'a été donnée cet été.
debrief-diagnosis-score = Lectures justes : { $matched } sur { $n } ({ $share } %)
debrief-misread = Les lectures manquées ({ $n })
debrief-confusion-corner = le groupe était (lignes), vous avez lu (colonnes)
debrief-confusion-read = lu « { $level } »
debrief-confusion-was = était « { $level } »
debrief-tendency-readier = Vous avez eu tendance à lire le groupe plus prêt qu'il n'était (plus prêt : { $readier }, moins prêt : { $less }).
debrief-tendency-less-ready = Vous avez eu tendance à lire le groupe moins prêt qu'il n'était (moins prêt : { $less }, plus prêt : { $readier }).
debrief-tendency-even = Vous avez lu le groupe plus prêt qu'il n'était aussi souvent que moins prêt (plus prêt : { $readier }, moins prêt : { $less }).
debrief-crises-read = Crises : { $caught } vues, { $missed } manquées, { $alarms } vues là où il n'y en avait pas.
debrief-missed-most = Les signes que vous avez le plus manqués (aux décisions mal lues, ils montraient ce qu'était le groupe) :
debrief-missed-none = Aux décisions mal lues, aucun signe ne montrait ce qu'était le groupe.
debrief-worst = Rejouer votre lecture la plus éloignée : semaine { $week } · { $title }
debrief-worst-help = Vous avez lu « { $read } », le groupe était « { $was } ». L'été est rejoué jusqu'à cette décision, pour la relire et choisir à nouveau.
debrief-misread-row = Semaine { $week } · { $title } — vous avez lu « { $read } », le groupe était « { $was } » ; les indices étaient : { $cues }
summary-highlights = À retenir :
summary-rule-total = { $rule } : { $comp } { $total } ({ $n } fois)
summary-show-all = Tout le détail (L)
summary-hide-all = Masquer le détail (L)
summary-all = Chaque changement de score :
decision-need = Besoin du groupe (mode guidé) : { $reading }

# Lines of the lists of past decisions and of the debate.
debrief-journal-row = { week-short } { $week } · { $title } — { $posture } : { $result } ({ $by })
rewind-row = { week-short } { $week } · { $title } → { $result }
debate-speaker = { $name } :
summary-highlight-rule = { $rule } : { $comp } { $total }
# Between the items of a list written in a sentence (the cues).
list-separator = {" ; "}

# Ce qui s'est passé et pourquoi (game::why) : départs d'abord, membres sur le départ, réputation, travail.
at-risk = { $name } : motivation { $motivation } % (un membre part sous { $threshold } %)
summary-at-risk = Risque de départ (motivation proche du seuil où un membre quitte la coop) :
summary-why-happened = Pourquoi :
why-reputation = La réputation est tombée de { $from } % à { $to } % : { $reasons }.
why-rep-complaints = { $n ->
    [one] un client s'est plaint d'un travail mal fait
   *[other] { $n } clients se sont plaints de travaux mal faits
}
why-rep-unpaid = { $n ->
    [one] {" "}(un n'a pas payé)
   *[other] {" "}({ $n } n'ont pas payé)
}
why-rep-turned-away = { $n ->
    [one] une demande refusée : personne n'était libre
   *[other] { $n } demandes refusées : personne n'était libre
}
why-rep-quality = les travaux faits valaient { $quality } % en moyenne, et la réputation suit la qualité du travail
why-rep-other = les clients jugent les prix et le travail de la semaine
why-work = Semaine { $week } : le travail a été mal fait (qualité { $quality } % ; une bonne semaine, c'est { $good } % ou plus) : { $reasons }.
why-work-late = { $n ->
    [one] un membre est arrivé en retard
   *[other] { $n } membres sont arrivés en retard
}
why-work-tired = l'équipe est fatiguée (fatigue { $fatigue } %)
why-work-motivation = la motivation est basse ({ $motivation } %)
why-work-skills = la qualité suit aussi la compétence de chacun et la façon dont les décisions organisent le travail
debrief-left = { $n ->
    [one] { $n } membre sur { $members } a quitté la coop : { $names }
   *[other] { $n } membres sur { $members } ont quitté la coop : { $names }
}

# Ses propres étés précédents (game::history).
history-title = Vos étés de ce scénario ({ $n })
history-help = Gardés sur cet ordinateur, à côté des sauvegardes. Chaque été joué jusqu'au bout est ajouté une fois.
history-col-summer = Été
history-col-seed = Graine
history-col-diagnosis = Lectures justes
history-col-fit = Posture ajustée au besoin
history-this-summer = { $n } (celui-ci)
history-need-row = le groupe avait besoin de « { $need } » : { $taken }
history-postures = Postures selon le besoin (cet été) : { $rows }
history-clear = Effacer l'historique de ce scénario
notice-history-cleared = Historique de « { $scenario } » effacé.

# Le tutoriel : un accueil, et chaque décision expliquée une fois prise.
decision-need-tutorial = Besoin du groupe (montré dans le tutoriel) : { $reading }
tutorial-explained = Pourquoi (le tutoriel explique chaque décision) :
guided-explained = Pourquoi (le mode guidé explique chaque décision) :
tutorial-fit = Le groupe avait besoin de « { $need } », vous avez choisi « { $taken } » : l'aide répondait à son besoin.
tutorial-misfit = Le groupe avait besoin de « { $need } », vous avez choisi « { $taken } » : l'aide ne répondait pas à son besoin.
tutorial-no-move = Aucun score n'a bougé avec cette décision.
welcome-title = Bienvenue dans le tutoriel
welcome-cjs = Une Coopérative Jeunesse de Services (CJS) est une coopérative que des jeunes font vivre le temps d'un été : ils vendent des services (jardinage, peinture, garde d'enfants…) au quartier et décident ensemble en assemblée. Vous êtes leurs animateurs : vous les accompagnez, vous ne dirigez pas la coop.
welcome-postures = À chaque décision vous choisissez une posture : Décider (vous tranchez à leur place), Suggérer (vous proposez une option, ils décident), Faciliter (vous questionnez, reformulez, donnez la parole à chacun ; ils décident), Se retirer (ils décident seuls).
welcome-pec = Le score est la PEC, la prise en charge du groupe : PEC = V + S + A. V, la vision commune : des objectifs partagés que les décisions suivent. S, le soutien : votre aide répond à ce dont le groupe a besoin (beaucoup quand il débute ou est en crise, peu quand il se débrouille). A, l'autonomie : les décisions, propositions et le travail que le groupe prend en charge lui-même.
welcome-reading = Lisez le groupe avant de choisir : qui parle, qui se tait, qui se tourne vers vous, qui bâille ou se dispute. La table et la liste « Ce que montre le groupe » donnent ces indices. Dans ce tutoriel, la maturité et le besoin du groupe sont aussi affichés, et chaque décision est expliquée une fois prise.
season-at-risk = Risque de départ : motivation proche du seuil où un membre quitte la coop.
# Qui sont les personnes nommées dans un imprévu, quand elles ne sont pas à la table.
cast-animateur = { $name } fait partie des animateurs : votre place.
