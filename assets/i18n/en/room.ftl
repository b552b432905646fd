# Un été en coop — messages of room (English). Read by src/i18n.rs.

# src/room/engine.rs
room-invalid-code = invalid room code `{ $c }`: 6 characters among A–Z (no I or O) and 2–9
room-cannot-bind = cannot open the room on { $a } ({ $e }): port already taken, or an address this machine does not have?
room-no-randomness = no system randomness for the secrets ({ $e })
room-cannot-start-the-server = cannot start the server ({ $e })
room-stopped-early = the room stopped before the summer ended
room-secret-failed = the server could not draw a secret
room-unknown-facilitator-token = unknown facilitator token
room-busy = the room is busy: try again in a moment
room-the-room-is-closed = the room is closed

# src/room/server.rs
room-flood = too many requests from this address: slow down
room-invalid-json = the request is not valid JSON
room-json-wrong-fields = a field of the request is missing or of the wrong type
room-request-too-large = request too large
room-method-not-allowed = this address of the room is not asked with this HTTP method
room-request-too-slow = request too slow: the room answers requests sent at once
room-bad-origin = a request from another site: the room takes requests from its own pages only
room-bad-host = open the room by the address it printed (http://ADDRESS:PORT/) or a name given with --host-name, not by another name
room-unreadable-request-body = unreadable request body
room-language-fr-or-en = language: "fr" or "en"
room-bad-action = action: lock, unlock, pause, resume, reveal, free (with member), remove (with phone), rename (with phone and name) or end
room-too-many-streams = too many open streams: poll the state instead
room-no-such-address = no such address

# src/room/state.rs
room-bad-token = unknown token: join the room with its code
room-bad-code = that is not the room's code
room-join-locked = the room is locked: ask the facilitator to open it
room-name-length = a first name of 1 to { $name_max } characters, without control characters
room-name-bad-character = a first name of letters, digits, spaces, hyphens, apostrophes and dots only ({ $c } is not one: no control, invisible, direction or symbol character)
room-name-bad-spacing = a first name needs a letter, and single spaces between words
room-name-mixed-alphabets = a first name written in one alphabet: Latin, Greek or Cyrillic letters, not a mix (they look alike)
room-name-of-a-cooperant = that is the name of one of the coop's cooperants: choose your own first name
room-name-of-a-label = that is what the projector writes on a seat: choose your own first name
room-address-too-many-phones = too many phones joined from this address ({ $n }): ask the facilitator
room-no-such-phone = no such phone in the room
room-full = the room is full ({ $max_phones } phones): share a phone
room-nothing-left-to-vote = the summer is over: nothing left to vote on
room-decision-stale = that decision is no longer on the agenda (decision { $id } is)
room-follower-cannot-vote = this phone follows the summer without a seat: it does not vote
room-seat-left = your cooperant left the coop: you follow the rest of the summer
room-no-such-option = this decision has options 0 to { $last }
room-seat-already-voted = this seat already voted on this decision
room-no-such-seat = no phone holds that seat
room-decided-by-votes-of = { $opt } — decided by { $who } ({ $votes_for } votes of { $voters })
room-decided-by = { $opt } — decided by { $who }
room-the-summer-is-over = The summer is over

# The words of the phone page (src/room/phone.html), given to its script as T.en;
# { $a }, { $n }... are filled by the script.
phone-join = Join the room
phone-help = The code is on the projector.
phone-code = Room code
phone-name = Your first name
phone-go = Join
phone-seat = Your seat:{" "}
phone-follower = You follow the summer (every seat is taken): share a neighbour's vote.
phone-left = {" "}left the coop: you follow the rest.
phone-week = Week { $a } of { $b }
phone-dec = Decision no. { $n }
phone-voted = Vote recorded. It stays secret until the result.
phone-choose = Tap an option to vote.
phone-wait = You do not vote on this decision.
phone-count = { $a } of { $b } seat(s) have voted
phone-secs = {" "}— { $s } s left
phone-prev = Last decision
phone-over = The summer is over
phone-pec = PEC { $p } (Vision { $v }, Support { $s }, Autonomy { $a }). Pay per cooperant: { $m }.
phone-offline = Connection lost: trying again…
phone-back = The room has reopened: taking your seat back…
phone-paused = {" "}— paused: time to talk
phone-name_needed = Enter a 6-character code and your first name.
phone-busy = Please wait…
phone-joinfailed = The room did not answer: check the Wi-Fi, then tap Join again.

# The words of the projector page (src/room/projector.html), given to its script as T.en;
# { $a }, { $n }... are filled by the script.
projector-join = On your phone, same Wi-Fi: open
projector-code = then type the code
projector-prev = Last decision
projector-dec = Decision no. { $n }
projector-count = { $a } of { $b } seat(s) have voted
projector-secs = {" "}— { $s } s left
projector-secret = We see who voted, never how.
projector-seats = The coop's seats (● connected)
projector-freeseat = free seat
projector-followers = Following the summer:{" "}
projector-week = Week { $a } of { $b }{" "}
projector-over = The summer is over
projector-left = left the coop
projector-lock = Lock the room
projector-unlock = Reopen the room
projector-pause = Pause
projector-resume = Resume
projector-reveal = Reveal now
projector-free = free
projector-paused = {" "}— paused
projector-pec = PEC { $p } (Vision { $v }, Support { $s }, Autonomy { $a }) — pay per cooperant { $m }
projector-needtoken = Open the projector's link as the room printed it (the second line, ending in /projector#…): the code, the QR code and the names are shown only with it.
projector-stale = This link is of an earlier opening of the room: it was stopped and opened again with a new link. Open the projector's link as the room printed it this time (the second line, ending in /projector#…).
projector-remove = remove
projector-rename = rename
projector-renameask = New first name for this phone:
projector-end = End now and save
projector-endsure = End the summer now? The journal of the summer so far is written, and the room closes.
# Added with the room's polls (phone).
phone-noseats = The animateurs decide: follow the summer and answer their polls.
phone-poll = The room's poll — it advises, the animateurs decide
phone-polled = Answer recorded. The projector shows the spread, never who chose what.
phone-pollask = Tap what you would do in the animateurs' place.
phone-pollcues = What the group shows:
# Added with the room's polls (projector).
projector-poll = The room's poll: { $a } answer(s) from { $b } phone(s) — it advises, the animateurs decide

# src/room/engine.rs
room-poll-question = What would you do in the animateurs' place?

# src/room/state.rs
room-no-poll-is-open = no poll is open
room-poll-stale = that poll is closed (poll { $id } is open)
room-poll-no-such-option = this poll has options 0 to { $saturating_sub }
room-poll-already-answered = this phone already answered this poll
room-en = { $k }{ $i } en
room-help = help
room-what-would-you-do = What would you do?
room-q = Q
