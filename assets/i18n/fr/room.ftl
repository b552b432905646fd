# Un été en coop — messages of room (French). Read by src/i18n.rs.

# src/room/engine.rs
room-invalid-room-code-6-characters-among = code de salle invalide `{ $c }` : 6 caractères parmi A–Z (sans I ni O) et 2–9
room-cannot-open-the-room-on-port = impossible d'ouvrir la salle sur { $a } ({ $e }) : port déjà pris ou adresse absente de cette machine ?
room-no-system-randomness-for-the-secrets = pas de hasard du système pour les secrets ({ $e })
room-cannot-start-the-server = serveur impossible à démarrer ({ $e })
room-the-room-stopped-before-the-summer = la salle s'est arrêtée avant la fin de l'été
room-the-server-could-not-draw-a = le serveur n'a pas pu tirer de secret
room-unknown-facilitator-token = jeton d'animation inconnu
room-the-room-is-busy-try-again = la salle est très sollicitée : réessayez dans un instant
room-the-room-is-closed = la salle est fermée

# src/room/server.rs
room-too-many-requests-from-this-address = trop de requêtes depuis cette adresse : patientez
room-invalid-json = JSON invalide : { $e }
room-request-too-large = requête trop grosse
room-request-too-slow = requête trop lente : la salle répond aux requêtes envoyées d'un coup
room-a-request-from-another-site = requête venue d'un autre site : la salle ne prend que celles de ses propres pages
room-open-the-room-by-its-address = ouvrez la salle par l'adresse qu'elle a affichée (http://ADRESSE:PORT/) ou un nom donné par --host-name, pas par un autre nom
room-unreadable-request-body = corps de requête illisible
room-language-fr-or-en = langue : « fr » ou « en »
room-action-lock-unlock-pause-resume-reveal = action : lock, unlock, pause, resume, reveal, free (avec member), remove (avec phone), rename (avec phone et name) ou end
room-too-many-open-streams-poll-the = trop de flux ouverts : l'état se relit sans eux
room-no-such-address = adresse inconnue

# src/room/state.rs
room-unknown-token-join-the-room-with = jeton inconnu : rejoignez la salle avec son code
room-that-is-not-the-rooms-code = ce n'est pas le code de la salle
room-the-room-is-locked-ask-the = la salle est verrouillée : demandez à l'animateur·rice de l'ouvrir
room-a-first-name-of-1-to = un prénom de 1 à { $name_max } caractères, sans caractère de contrôle
room-a-name-of-letters-digits-spaces = un prénom de lettres, chiffres, espaces, traits d'union, apostrophes et points seulement ({ $c } n'en est pas : ni caractère de contrôle, ni invisible, ni de direction, ni symbole)
room-a-name-with-letters-and-single-spaces = un prénom a au moins une lettre, et une seule espace entre deux mots
room-that-is-a-cooperants-name-choose = c'est le nom d'un·e coopérant·e de la coop : choisissez votre propre prénom
room-too-many-phones-from-this-address = trop de téléphones ont rejoint depuis cette adresse ({ $n }) : demandez à l'animation
room-no-such-phone-in-the-room = aucun téléphone de ce numéro dans la salle
room-the-room-is-full-phones-share = la salle est pleine ({ $max_phones } téléphones) : partagez un téléphone
room-the-summer-is-over-nothing-left = l'été est fini : plus rien à voter
room-that-decision-is-no-longer-on = cette décision n'est plus à l'ordre du jour (c'est maintenant la décision { $id })
room-this-phone-follows-the-summer-without = ce téléphone suit l'été sans siège : il ne vote pas
room-your-cooperant-left-the-coop-you = votre coopérant·e a quitté la coop : vous suivez la suite de l'été
room-this-decision-has-options-0-to = cette décision a les options 0 à { $last }
room-this-seat-already-voted-on-this = ce siège a déjà voté sur cette décision
room-no-phone-holds-that-seat = aucun téléphone ne tient ce siège
room-decided-by-votes-of = { $opt } — décidé par { $who } ({ $votes_for } voix sur { $voters })
room-decided-by = { $opt } — décidé par { $who }
room-the-summer-is-over = L'été est fini

# The words of the phone page (src/room/phone.html), given to its script as T.fr;
# { $a }, { $n }... are filled by the script.
phone-join = Rejoindre la salle
phone-help = Le code est affiché au projecteur.
phone-code = Code de la salle
phone-name = Votre prénom
phone-go = Rejoindre
phone-seat = Votre siège :{" "}
phone-follower = Vous suivez l'été (tous les sièges sont pris) : partagez le vote d'un voisin.
phone-left = {" "}a quitté la coop : vous suivez la suite.
phone-week = Semaine { $a } sur { $b }
phone-dec = Décision n° { $n }
phone-voted = Vote enregistré. Il reste secret jusqu'au résultat.
phone-choose = Touchez une option pour voter.
phone-wait = Vous ne votez pas sur cette décision.
phone-count = { $a } siège(s) sur { $b } ont voté
phone-secs = {" "}— encore { $s } s
phone-prev = Dernière décision
phone-over = L'été est fini
phone-pec = PEC { $p } (Vision { $v }, Soutien { $s }, Autonomie { $a }). Paie par coopérant : { $m }.
phone-offline = Connexion perdue : nouvel essai…
phone-paused = {" "}— pause : on en discute
phone-name_needed = Entrez un code de 6 caractères et votre prénom.
phone-busy = Patientez…
phone-joinfailed = La salle n'a pas répondu : vérifiez le Wi-Fi, puis touchez Rejoindre à nouveau.

# The words of the projector page (src/room/projector.html), given to its script as T.fr;
# { $a }, { $n }... are filled by the script.
projector-join = Sur votre téléphone, même Wi-Fi : ouvrez
projector-code = puis tapez le code
projector-prev = Dernière décision
projector-dec = Décision n° { $n }
projector-count = { $a } siège(s) sur { $b } ont voté
projector-secs = {" "}— encore { $s } s
projector-secret = On voit qui a voté, jamais pour quoi.
projector-seats = Les sièges de la coop (● connecté)
projector-freeseat = siège libre
projector-followers = Suivent l'été :{" "}
projector-week = Semaine { $a } sur { $b }{" "}
projector-over = L'été est fini
projector-left = a quitté la coop
projector-lock = Verrouiller la salle
projector-unlock = Rouvrir la salle
projector-pause = Pause
projector-resume = Reprendre
projector-reveal = Dévoiler maintenant
projector-free = libérer
projector-paused = {" "}— pause
projector-pec = PEC { $p } (Vision { $v }, Soutien { $s }, Autonomie { $a }) — paie par coopérant { $m }
projector-needtoken = Ouvrez le lien du projecteur tel que la salle l'a affiché (la deuxième ligne, qui finit par /projector#…) : le code, le QR code et les prénoms ne s'affichent qu'avec lui.
projector-remove = retirer
projector-rename = renommer
projector-renameask = Nouveau prénom pour ce téléphone :
projector-end = Finir maintenant et enregistrer
projector-endsure = Finir l'été maintenant ? Le journal de l'été jusqu'ici est écrit, et la salle ferme.
# Added with the room's polls (phone).
phone-noseats = Les animateurs décident : suivez l'été et répondez à leurs sondages.
phone-poll = Sondage de la salle — il conseille, l'animation décide
phone-polled = Réponse enregistrée. Le projecteur montre la répartition, jamais qui a choisi quoi.
phone-pollask = Touchez ce que vous feriez à la place de l'animation.
phone-pollcues = Ce que le groupe montre :
# Added with the room's polls (projector).
projector-poll = Sondage de la salle : { $a } réponse(s) sur { $b } téléphone(s) — il conseille, l'animation décide

# src/room/engine.rs
room-what-would-you-do-in-the = Que feriez-vous à la place de l'animation ?

# src/room/state.rs
room-no-poll-is-open = aucun sondage n'est ouvert
room-that-poll-is-closed-poll-is = ce sondage est clos (c'est maintenant le sondage { $id })
room-this-poll-has-options-0-to = ce sondage a les options 0 à { $saturating_sub }
room-this-phone-already-answered-this-poll = ce téléphone a déjà répondu à ce sondage
room-en = { $k }{ $i } fr
room-help = aide
room-what-would-you-do = Que feriez-vous ?
room-q = Q
