# Un été en coop — messages of room (French). Read by src/i18n.rs.

# src/room/engine.rs
room-invalid-code = code de salle invalide `{ $c }` : 6 caractères parmi A–Z (sans I ni O) et 2–9
room-cannot-bind = impossible d'ouvrir la salle sur { $a } ({ $e }) : port déjà pris ou adresse absente de cette machine ?
room-no-randomness = pas de hasard du système pour les secrets ({ $e })
room-cannot-start-the-server = serveur impossible à démarrer ({ $e })
room-stopped-early = la salle s'est arrêtée avant la fin de l'été
room-secret-failed = le serveur n'a pas pu tirer de secret
room-unknown-facilitator-token = jeton d'animation inconnu
room-busy = la salle est très sollicitée : réessayez dans un instant
room-the-room-is-closed = la salle est fermée

# src/room/server.rs
room-flood = trop de requêtes depuis cette adresse : patientez
room-invalid-json = la requête n'est pas du JSON valide
room-json-wrong-fields = un champ de la requête manque ou n'a pas le bon type
room-request-too-large = requête trop grosse
room-method-not-allowed = cette adresse de la salle ne se demande pas avec cette méthode HTTP
room-request-too-slow = requête trop lente : la salle répond aux requêtes envoyées d'un coup
room-bad-origin = requête venue d'un autre site : la salle ne prend que celles de ses propres pages
room-bad-host = ouvrez la salle par l'adresse qu'elle a affichée (http://ADRESSE:PORT/) ou un nom donné par --host-name, pas par un autre nom
room-unreadable-request-body = corps de requête illisible
room-language-fr-or-en = langue : « fr » ou « en »
room-bad-action = action : lock, unlock, pause, resume, reveal, free (avec member), remove (avec phone), rename (avec phone et name) ou end
room-too-many-streams = trop de flux ouverts : l'état se relit sans eux
room-no-such-address = adresse inconnue

# src/room/state.rs
room-bad-token = jeton inconnu : rejoignez la salle avec son code
room-bad-code = ce n'est pas le code de la salle
room-join-locked = la salle est verrouillée : demandez à l'animateur·rice de l'ouvrir
room-name-length = un prénom de 1 à { $name_max } caractères, sans caractère de contrôle
room-name-bad-character = un prénom de lettres, chiffres, espaces, traits d'union, apostrophes et points seulement ({ $c } n'en est pas : ni caractère de contrôle, ni invisible, ni de direction, ni symbole)
room-name-bad-spacing = un prénom a au moins une lettre, et une seule espace entre deux mots
room-name-mixed-alphabets = un prénom écrit dans un seul alphabet : lettres latines, grecques ou cyrilliques, pas un mélange (elles se ressemblent)
room-name-of-a-cooperant = c'est le nom d'un·e coopérant·e de la coop : choisissez votre propre prénom
room-name-of-a-label = c'est ce que le projecteur écrit sur un siège : choisissez votre propre prénom
room-address-too-many-phones = trop de téléphones ont rejoint depuis cette adresse ({ $n }) : demandez à l'animation
room-no-such-phone = aucun téléphone de ce numéro dans la salle
room-full = la salle est pleine ({ $max_phones } téléphones) : partagez un téléphone
room-nothing-left-to-vote = l'été est fini : plus rien à voter
room-decision-stale = cette décision n'est plus à l'ordre du jour (c'est maintenant la décision { $id })
room-follower-cannot-vote = ce téléphone suit l'été sans siège : il ne vote pas
room-seat-left = votre coopérant·e a quitté la coop : vous suivez la suite de l'été
room-no-such-option = cette décision a les options 0 à { $last }
room-seat-already-voted = ce siège a déjà voté sur cette décision
room-no-such-seat = aucun téléphone ne tient ce siège
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
phone-pec = PEC { $p } (Vision { $v } ; Soutien { $s } ; Autonomie { $a }). Paie par coopérant : { $m }.
phone-offline = Connexion perdue : nouvel essai…
phone-back = La salle a rouvert : vous reprenez votre siège…
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
projector-pec = PEC { $p } (Vision { $v } ; Soutien { $s } ; Autonomie { $a }) — paie par coopérant { $m }
projector-needtoken = Ouvrez le lien du projecteur tel que la salle l'a affiché (la deuxième ligne, qui finit par /projector#…) : le code, le QR code et les prénoms ne s'affichent qu'avec lui.
projector-stale = Ce lien est celui d'une ouverture précédente de la salle : elle a été arrêtée puis rouverte avec un nouveau lien. Ouvrez le lien du projecteur tel que la salle l'a affiché cette fois (la deuxième ligne, qui finit par /projector#…).
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
room-poll-question = Que feriez-vous à la place de l'animation ?

# src/room/state.rs
room-no-poll-is-open = aucun sondage n'est ouvert
room-poll-stale = ce sondage est clos (c'est maintenant le sondage { $id })
room-poll-no-such-option = ce sondage a les options 0 à { $saturating_sub }
room-poll-already-answered = ce téléphone a déjà répondu à ce sondage
room-en = { $k }{ $i } fr
room-help = aide
room-what-would-you-do = Que feriez-vous ?
room-q = Q
