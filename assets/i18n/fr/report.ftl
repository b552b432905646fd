# Un été en coop — the report's words: headings, column names, sentences (French).
# Read by src/i18n.rs; report::words::K names each message (K::Revenue is report-revenue).

report-report = Bilan de l'été
report-compare = Deux étés côte à côte
report-compare-intro = Deux étés mis côte à côte pour en discuter en groupe, pas pour classer des joueurs.
report-scenario = Scénario
report-seed = Graine
report-policy = Animateurs
report-mode = Mode
report-players = joueurs
report-mode-animateur = animateur
report-mode-cooperative = coopérative
report-summer = Été
report-territory = Territoire
report-end-of-summer = La fin de l'été
report-revenue = Chiffre d'affaires
report-costs = Coûts
report-contracts = Contrats
report-lost-requests = Demandes perdues
report-hours-worked = Heures travaillées
report-pay-per-youth = Paie par jeune
report-pay-per-hour = Paie par heure travaillée
report-member-pay = Paie versée aux coopérants
report-surplus = Surplus réparti
report-surplus-went = Où est allé le surplus
report-to-members = aux coopérants
report-reserve = réserve pour la CJS de l'an prochain
report-donation = don à une cause locale
report-activity = activité de groupe
report-fund-repaid = Fonds de démarrage remboursé au comité local
report-written-off = Factures impayées passées en perte
report-cash-end = Caisse finale
report-members-end = Coopérants jusqu'au bout
report-coop-name = Nom de la coop
report-board-chair = Présidence du CA
report-surplus-plan = Partage du surplus choisi
report-benchmark = Repère
report-pec = Prise en charge
report-vision = Vision commune
report-support = Soutien
report-autonomy = Autonomie
report-charts = L'été en graphiques
report-chart-scores = Vision (V), Soutien (S) et Autonomie (A) au fil des semaines
report-chart-money = Chiffre d'affaires et coûts cumulés, trésorerie
report-chart-members = Heures et paie par coopérant
report-chart-who = Qui a décidé, par sphère d'autonomie
report-week = Semaine
report-week-short = S
report-start = début
report-closing = clôture
report-points = points (0–100)
report-amount = Montant
report-hours = Heures
report-pay = Paie
report-decisions = Les décisions
report-decisions-axis = Nombre de décisions
report-decisions-intro = Pour chaque décision : ce dont le groupe avait besoin, la posture des animateurs, ce qui a été décidé, par qui, comment, et le vote.
report-number = N°
report-question = Question
report-sphere = Sphère
report-need = Posture adaptée au groupe
report-posture = Posture
report-animateurs = les animateurs
report-chosen = Décidé
report-decided-by = Par
report-decided-by-long = Décisions prises par
report-procedure = Procédure
report-vote = Vote
report-fit = Ajustement
report-fit-ok = posture ajustée
report-fit-more = trop d'aide
report-fit-less = trop peu d'aide
report-crisis = Crise
report-in-crisis = en crise
report-moments = Les moments clés
report-evidence = Pourquoi les scores ont bougé
report-evidence-intro = Chaque variation de V, S et A est notée avec sa cause ; les scores finaux sont exactement la somme de ces variations.
report-evidence-by-rule = Par règle
report-component = Composante
report-rule = Règle
report-times = Fois
report-total = Total
report-change = Variation
report-after = Après
report-why = Pourquoi
report-goals = Les objectifs pédagogiques du scénario
report-how-did = Comment s'en est sorti le groupe
report-objectives = Les objectifs du groupe, jugés par leur résultat et par les moyens
report-objective = Objectif
report-diagnosis = Le diagnostic : la lecture du groupe avant chaque posture
report-you-read = Lecture
report-group-was = Le groupe était
report-cues = Ce que montrait le groupe
report-cues-missed-most = Les signes manqués le plus (aux décisions mal lues, ils montraient ce qu'était le groupe) :
report-measures = Mesure
report-at-review = Au bilan de mi-été
report-at-end = À la fin de l'été
report-indicator = Indicateur
report-value = Valeur
report-trainer-notes = Pistes pour le formateur
report-cooperants = Les coopérants
report-name = Nom
report-pay-summer = Paie pendant l'été
report-pay-surplus = Part du surplus
report-pay-total = Paie totale
report-left-coop = a quitté la coop
report-group = le groupe (assemblée)
report-comite = un comité
report-weeks-table = Semaine par semaine
report-sales = Ventes cumulées
report-cash = Trésorerie
report-reputation = Réputation
report-motivation = Motivation
report-readiness = Maturité du groupe
report-event = Événement
report-stage-word = Étape du groupe
report-note = Note pour le formateur
report-generated = Construit à partir du journal de l'été : tout ce qui est écrit ici s'y trouve.
report-record = type
report-date = Date
report-proposals = Propositions
report-rounds = tours
report-votes-for = pour
report-voters = votants
report-lost = Perdues
report-business = Vie d'entreprise
report-associative = Vie associative
report-work = Travail
report-yes = oui
report-no = non
report-legend = Légende
report-outcome = Résultat

# What real CJS earned, to set the summer against (figures from the network, see DOMAIN).
report-benchmark-france = En France (2016) : environ 4 500 € de chiffre d'affaires (HT) par CJS et 200 à 250 € nets par jeune pour l'été.
report-benchmark-canada = Au Québec (2015) : environ 3 900 $ de chiffre d'affaires par CJS et environ 320 $ par coopérant pour l'été.

# The colon as the language writes it, spaces included (`Vision : 12`).
colon = {" : "}

# The short name of a month (1 to 12), in the dates of the report.
report-month-short = { $month ->
    [1] janv.
    [2] févr.
    [3] mars
    [4] avr.
    [5] mai
    [6] juin
    [7] juil.
    [8] août
    [9] sept.
    [10] oct.
    [11] nov.
   *[12] déc.
}

# The columns of `cjs compare` (short: a table in a terminal).
compare-policy = politique
compare-pec = PEC
compare-v = V
compare-s = S
compare-a = A
compare-v-plus-a = V+A
compare-revenue = CA (méd.)
compare-pay = paie (méd.)
compare-members = membres
compare-objectives = objectifs

# src/report/model.rs
report-rainy-week = Semaine pluvieuse : { $rain_days } jours de pluie sur 5
report-the-crisis-is-over = Fin de la crise
report-conflict-between-and = Conflit entre { $a } et { $b }
report-leaves-the-coop = { $member } quitte la coop
report-unfair-rule = La règle convenue au départ partage une part du surplus à égalité : qui a le plus travaillé en touche autant que qui a le moins travaillé, et se décourage.
report-measure-posture-fit = Postures ajustées au besoin du groupe
report-more-help-than-needed = Plus d'aide que nécessaire
report-less-help-than-needed = Moins d'aide que nécessaire
report-measure-crisis-fit = Décisions prises en crise, posture ajustée
report-measure-by-group = Décisions prises par le groupe (assemblée)
report-measure-by-comite = Décisions prises par un comité
report-measure-by-animateurs = Décisions prises par les animateurs
report-measure-decided-for-group = Décidé à la place du groupe alors qu'il le pouvait
report-members-own-proposals-adopted = Propositions de membres retenues
report-measure-objectives-set = Objectifs fixés par le groupe
report-measure-consistent = Décisions cohérentes avec les objectifs
report-measure-votes-for-chosen = Voix pour l'option retenue, sur l'ensemble des votes
report-readings-matched = Lectures justes : { $all } — par sphère : { $by } — en crise : { $crisis }

# src/report/sections.rs
report-weeks-from = { $weeks } semaines à partir du
report-scenario-hash = Empreinte du scénario :
report-decisions-2 = · { $count } décisions

## The CSV export: its columns and record types (a contract: the English names are the fields;
## docs/report.md lists them).
csv-column-record = type
csv-column-week = semaine
csv-column-date = date
csv-column-decision = décision
csv-column-question = question
csv-column-sphere = sphère
csv-column-need = besoin
csv-column-in_crisis = en_crise
csv-column-posture = posture
csv-column-animateurs_option = option_animateurs
csv-column-decided = décidé
csv-column-decided_by = décidé_par
csv-column-procedure = procédure
csv-column-votes_for = voix_pour
csv-column-voters = votants
csv-column-rounds = tours
csv-column-proposals = propositions
csv-column-v = v
csv-column-s = s
csv-column-a = a
csv-column-a_business = a_entreprise
csv-column-a_associative = a_associative
csv-column-a_work = a_travail
csv-column-pec = pec
csv-column-sales = ventes
csv-column-costs = coûts
csv-column-cash = trésorerie
csv-column-contracts = contrats
csv-column-lost = perdues
csv-column-hours = heures
csv-column-reputation = réputation
csv-column-motivation = motivation
csv-column-readiness = maturité
csv-column-cooperant = coopérant
csv-column-pay_summer = paie_été
csv-column-pay_surplus = part_surplus
csv-column-pay_total = paie_totale
csv-column-surplus = surplus
csv-column-pay_per_youth = paie_par_jeune
csv-column-objective = objectif
csv-column-measure = mesure
csv-column-at_review = bilan_mi_été
csv-column-at_end = fin_été
csv-column-reached = atteint
csv-column-read = lu
csv-column-was = réel
csv-column-cues = indices
csv-column-matched = juste
csv-record-week = semaine
csv-record-decision = décision
csv-record-cooperant = coopérant
csv-record-summer = été
csv-record-objective = objectif
csv-record-reading = lecture

# Le bilan de la classe (src/report/class_page.rs)
class-heading = Le bilan de la classe
class-no-posture = aucune posture
class-decision-title = Semaine { $week } — { $question } ({ $summers } étés sur { $class })
class-one-seed = une graine ({ $seed }) : chaque groupe a vécu le même été
class-several-seeds = { $n } graines différentes ({ $seeds }) : les groupes ont vécu des étés différents, le même ordre du jour pour l'essentiel
class-summers-count = { $n ->
    [one] { $n } été
   *[other] { $n } étés
}
class-unfinished-count = { $n ->
    [one] { $n } inachevé
   *[other] { $n } inachevés
}
class-split-heading = Là où la classe s'est partagée
class-split-none = La classe a pris la même posture à chaque décision que ses étés avaient en commun.
class-split-intro = Les décisions où les postures prises ont le plus varié, puis celles où la suite a le plus différé d'une posture à l'autre : les sujets de la discussion. Demandez à chaque groupe pourquoi il a pris sa posture, et ce qu'il a vu du groupe.
class-split-why-postures = { $pct } % n'ont pas pris la posture la plus fréquente
class-split-why-outcome = la variation de la PEC a différé de { $gap } points entre postures
class-postures-taken = Postures prises
class-group-needed = Le groupe avait besoin de
class-what-followed = Variation de la PEC après chaque posture (moyenne)
class-followed-explained = La suite d'une posture (ici et dans le tableau de chaque décision, plus bas) : dans la semaine de la décision et la suivante, la variation de la PEC et les ventes par été (moyennes), les départs, les conflits et les plaintes (totaux sur les étés qui l'ont prise ; un été arrêté avant la fin de la semaine suivante n'y compte pas, et « — » quand aucun ne l'a atteinte). Une autre décision des mêmes semaines y compte aussi : c'est un indice, pas une preuve.
class-spread-heading = Les étés côte à côte
class-spread-chart-note = Chaque été est un point, marqué de sa lettre ; la boîte contient la moitié centrale de la classe, le trait qui la coupe est la médiane.
class-split-rank = N°
class-spread-intro = Les étés sont dans l'ordre donné, jamais classés.
class-strip-members = Membres à la fin
class-strip-readings = Lectures justes
class-spread-chart = La dispersion de la classe
class-unfinished-summer = été inachevé
class-unfinished-at = inachevé (semaine { $week })
class-summer = Été
class-readings-matched = Lectures justes
class-decisions-heading = Les décisions que les étés ont eues en commun
class-decisions-intro = Le même point de l'ordre du jour la même semaine, rencontré par au moins deux étés : les postures prises à côté de ce dont le groupe avait besoin à ce moment (qui peut différer d'un été à l'autre), les lectures données, ce qui a été décidé et la suite de chaque posture.
class-reading-count = { $read } ×{ $n } ({ $ok ->
    [one] { $ok } juste
   *[other] { $ok } justes
})
class-split-mark = là où la classe s'est partagée, n° { $n }
class-readings-stated = Lectures données
class-poll = Sondage des postures de la salle
class-votes = Bulletins des téléphones
class-summers = Étés
class-needed-it = Groupes qui en avaient besoin
class-pec-change = Variation PEC
class-left = Départs
class-conflicts = Conflits
class-complaints = Plaintes
class-sales-after = Ventes
class-csv-column-record = type
class-csv-column-summer = été
class-csv-column-seed = graine
class-csv-column-policy = politique
class-csv-column-finished = fini
class-csv-column-pec = pec
class-csv-column-v = v
class-csv-column-s = s
class-csv-column-a = a
class-csv-column-revenue = chiffre_affaires
class-csv-column-pay_per_youth = paie_par_jeune
class-csv-column-members_end = membres_fin
class-csv-column-members = membres
class-csv-column-readings_stated = lectures
class-csv-column-readings_matched = lectures_justes
class-csv-column-decision = décision
class-csv-column-week = semaine
class-csv-column-question = question
class-csv-column-sphere = sphère
class-csv-column-summers = étés
class-csv-column-dissent = désaccord
class-csv-column-pec_gap = écart_pec
class-csv-column-split = partage
class-csv-column-posture = posture
class-csv-column-option = option
class-csv-column-read = lu
class-csv-column-count = nombre
class-csv-column-needed = besoin
class-csv-column-matched = justes
class-csv-column-left = départs
class-csv-column-conflicts = conflits
class-csv-column-complaints = plaintes
class-csv-column-sales = ventes
class-csv-column-pec_change = variation_pec
class-csv-column-who = qui
class-csv-record-summer = été
class-csv-record-decision = décision
class-csv-record-posture = posture
class-csv-record-reading = lecture
class-csv-record-decided = décidé
class-csv-record-poll = sondage
class-csv-record-vote = vote

# L'été d'une salle dans le bilan d'un journal (src/report/sections.rs)
report-room-heading = La salle : sondage et bulletins
report-room-intro = Décision par décision, ce que les téléphones ont répondu au sondage sur la posture (ce qu'ils auraient fait à la place de l'animation : il conseille, l'animation a décidé), à côté de la posture prise, et les bulletins des sièges tenus par les téléphones.
report-room-poll = Sondage sur la posture (téléphones)
report-room-ballots = Bulletins des téléphones
