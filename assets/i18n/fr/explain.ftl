# Un été en coop — les mots de ce que le moteur enregistre (postures, règles, qui décide...) et
# l'été raconté décision par décision (français). Lu par src/i18n.rs, utilisé par
# src/report/explain.rs.

## Postures des animateurs

posture-decide = Décider
posture-suggest = Suggérer
posture-facilitate = Faciliter
posture-step-back = Se retirer
posture-decide-help = Les animateurs tranchent à la place du groupe.
posture-suggest-help = Les animateurs proposent une option ; le groupe décide.
posture-facilitate-help = Questionner, reformuler, informer, donner la parole à chacun ; le groupe décide.
posture-step-back-help = Laisser le groupe décider seul.

## Sphères d'autonomie et composantes du score

sphere-business = vie d'entreprise
sphere-associative = vie associative
sphere-work = travail
comp-vision = Vision
comp-support = Soutien
comp-autonomy = Autonomie ({ $sphere })

## Étapes du groupe et crises

stage-forming = formation
stage-storming = tensions
stage-norming = normalisation
stage-performing = efficacité
stage-adjourning = dissolution
crisis-conflict = conflit dans le groupe
crisis-motivation = motivation en berne
crisis-cash = caisse dans le rouge

## Qui décide, et comment

decider-group = le groupe
decider-comite = un comité
decider-animateurs = les animateurs
procedure-majority = vote à la majorité
procedure-consensus = recherche du consensus
procedure-delegation = délégation aux comités

## Ce que le groupe vise

aim-income = gagner notre vie
aim-community = rendre service au quartier
aim-learning = apprendre
aim-solidarity = l'équité entre nous
aim-quality = le travail bien fait
aim-continuity = la CJS de l'an prochain
aim-fun = passer un bon été ensemble

## Les questions à l'ordre du jour

kind-name = Le nom de la coop
kind-procedure = Comment décidons-nous ?
kind-board = Élection à la présidence du conseil d'administration
kind-objective = Un objectif pour notre été
kind-prices = Nos prix
kind-sharing = Le partage des chantiers
kind-promotion = La promotion de la coop
kind-schedule = L'horaire de la semaine
kind-surplus = Le partage du surplus
kind-review = Le bilan de mi-été de nos objectifs

## Les options

option-price-reference = Les prix de référence du territoire
option-price-below = { $pct } % sous les prix de référence
option-price-above = { $pct } % au-dessus des prix de référence
option-sharing-rotation = À tour de rôle
option-sharing-volunteers = Les volontaires d'abord
option-sharing-by-skill = Selon les compétences
option-sharing-least-earned = Ceux qui ont le moins travaillé d'abord
option-promotion-none = Pas de promotion cette fois
option-promotion-flyers = Tracts en porte-à-porte ({ $cost })
option-promotion-press = Annonce dans la presse locale ({ $cost })
option-schedule-normal = Horaire normal
option-schedule-push = On pousse : plus d'heures pour plus de contrats
option-schedule-lighter = Semaine allégée pour souffler
option-targets-keep = Garder nos objectifs tels quels
option-targets-lower = Revoir à la baisse les cibles des objectifs en retard

## Les objectifs et leur mesure

target-pay = paie par membre
target-surplus = surplus
target-contracts = contrats
target-fair-hours = heures du moins occupé / moyenne
target-everyone-stays = membres restés
target-reputation = réputation
target-motivation = motivation
target-trades = métiers pratiqués par chacun
percent = { $value } %
measure = « { $objective } » : { $what } { $value }, pour une cible de { $target }

## Ce que montre le groupe

cue-silent = { $quiet ->
    [one] { $quiet } membre ne dit rien
   *[other] { $quiet } membres ne disent rien
}
cue-lively = Tout le monde veut parler
cue-off-topic = { $name } fait une proposition hors sujet
cue-half-formed = { $name } lance une idée à moitié formée
cue-well-argued = { $name } argumente sa proposition, chiffres à l'appui
cue-asks-animateurs = { $name } se tourne vers vous : « qu'est-ce qu'on doit faire ? »
cue-side-talk = Des apartés au fond de la salle
cue-tired = { $name } bâille, arrivé(e) en retard
cue-at-odds = { $a } et { $b } se lancent des piques
cue-absent = { $name } n'est pas là
cue-gloomy = L'ambiance est morose après la semaine
cue-upbeat = L'ambiance est bonne après la semaine
cue-at-risk = { $name } dit qu'il ou elle va peut-être arrêter de venir
cue-unfair = { $name } proteste : « je travaille bien plus que d'autres, pour la même part »
cue-tension = Le ton monte : la tension est palpable
cue-despondent = Plusieurs disent que ça ne sert à rien de continuer
cue-money-worry = Tout le monde demande s'il y aura une paie
cue-aftermath = Tout le monde revient sur « { $event } »
cue-prepared = { $name } s'est renseigné·e avant la réunion
cue-unprepared = Personne n'a regardé la question depuis la dernière fois

## Les sortes de signes (la liste des signes manqués le plus)

cue-kind-silent = Des membres qui ne disent rien
cue-kind-lively = Tout le monde qui veut parler
cue-kind-off-topic = Une proposition hors sujet
cue-kind-half-formed = Une idée à moitié formée
cue-kind-well-argued = Une proposition argumentée, chiffres à l'appui
cue-kind-asks-animateurs = « Qu'est-ce qu'on doit faire ? » adressé aux animateurs
cue-kind-side-talk = Des apartés au fond
cue-kind-tired = Des bâillements, des retards
cue-kind-at-odds = Deux membres qui se lancent des piques
cue-kind-absent = Un membre absent
cue-kind-gloomy = Une ambiance morose après la semaine
cue-kind-upbeat = Une ambiance enjouée après la semaine
cue-kind-at-risk = Un membre qui va peut-être arrêter de venir
cue-kind-unfair = Un membre qui travaille beaucoup et trouve la règle injuste
cue-kind-tension = Le ton qui monte, une tension palpable
cue-kind-despondent = « Ça ne sert à rien de continuer »
cue-kind-money-worry = « Est-ce qu'il y aura une paie ? »
cue-kind-aftermath = Tout le monde qui revient sur un événement
cue-kind-prepared = Un membre qui s'est renseigné avant la réunion
cue-kind-unprepared = Personne qui n'a regardé la question depuis la dernière fois
cue-towards-not-ready = il montrait un groupe pas prêt
cue-towards-ready = il montrait un groupe prêt
cue-towards-crisis = il montrait une crise
cue-towards-calm = il montrait qu'il n'y avait pas de crise
cue-missed = { $cue } : { $n ->
    [one] une décision mal lue
   *[other] { $n } décisions mal lues
}, où { $towards }

## La lecture du groupe

ready-not = pas prêt
ready-partly = en partie prêt
ready-ready = prêt
reading-in-crisis = en crise
reading-not-in-crisis = pas en crise

## Pourquoi un score a bougé : « raison : composante ±points — à propos de quoi »

evidence = { $why }{ $colon }{ $comp } { $points }{ $about }
evidence-about = {" "}— « { $what } »
evidence-week = {" "}— semaine { $week }
rule-start = Valeur de départ
rule-objective-set = Le groupe s'est donné un objectif
rule-objective-imposed = Les animateurs ont imposé l'objectif : ce n'est pas celui du groupe
rule-consistent = La décision sert les objectifs du groupe
rule-convergence-up = Les avis ont convergé par la discussion
rule-convergence-down = Peu de voix entendues ou avis partagés : pas de vision commune
rule-overruled = Les animateurs ont tranché contre l'avis de membres
rule-posture-fits = La posture répondait au besoin du groupe
rule-too-much-help = Plus d'aide que le groupe n'en avait besoin
rule-too-little-help = Moins d'aide que le groupe n'en avait besoin
rule-group-decided = Le groupe a décidé lui-même
rule-group-decided-with-help = Le groupe a décidé, dans un débat mené par les animateurs
rule-own-proposal = Le groupe a retenu la proposition d'un de ses membres
rule-decided-for-group = Les animateurs ont décidé à la place du groupe
rule-followed-suggestion = Le groupe a suivi la suggestion des animateurs
rule-good-work-up = Une semaine de travail bien fait
rule-good-work-down = Une semaine de travail mal fait
rule-objective-on-track = Au bilan de mi-été, l'objectif est en bonne voie
rule-objective-behind = Au bilan de mi-été, l'objectif est en retard
rule-objective-reached = Objectif atteint
rule-objective-reached-lowered = Objectif atteint, mais avec la cible revue à la baisse
rule-objective-missed = Objectif manqué
rule-surplus-identity = Le partage du surplus dit ce que la coop défend (ses objectifs)

## L'été raconté (cjs run --explain, le bilan du jeu)

story-week = Semaine { $week }
story-need = besoin du groupe : { $need }
story-in-crisis = {" "}(en crise)
story-posture = Posture :
story-quoted = « { $text } »
story-crisis = Crise :
story-stage = Étape du groupe :
story-left = { $name } quitte la coop
story-reading = Lecture : { $read } — le groupe était : { $was }{ $mark }
story-on-track = en bonne voie
story-behind = en retard
story-targets-lowered = Le groupe revoit à la baisse les cibles en retard
story-reached = atteint
story-missed = manqué
story-complaint = Plainte d'un client ({ $who }) : travail mal fait
story-complaint-unpaid = Plainte d'un client ({ $who }) : travail mal fait, il ne paie pas

## Les partages du surplus par défaut (quand un scénario n'en donne pas)

plan-by-hours = Tout aux membres, selon les heures travaillées
plan-equal = Tout aux membres, à parts égales
plan-mixed = Moitié selon les heures, moitié à parts égales
plan-solidarity = 80 % aux membres selon les heures, 10 % pour la CJS de l'an prochain, 10 % à une cause locale
plan-together = 70 % aux membres selon les heures, 20 % pour une activité de groupe, 10 % pour la CJS de l'an prochain

story-misled-cheaper = Le groupe l'a choisi parce que « moins cher, c'est toujours plus de clients » (une idée reçue des débutants)
story-misled-promotion = Le groupe l'a choisi parce que « pas de publicité, c'est de l'argent économisé » (une idée reçue des débutants)
story-misled-volunteers = Le groupe l'a choisi parce que « au volontariat, c'est plus juste » (une idée reçue des débutants)
story-misled-hours = Le groupe l'a choisi parce que « plus d'heures, plus d'argent » (une idée reçue des débutants)
story-rule-broken = Le partage rompt la règle convenue au départ, « { $rule } » : les membres font moins confiance au groupe, et ceux que la règle servait mieux perdent courage
