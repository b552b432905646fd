# Un été en coop — game texts (English).
# Syntax: Fluent (projectfluent.org), read by src/i18n.rs; see docs/architecture.md.

app-title = Un été en coop
app-tagline = Supporting a youth service cooperative through one summer
coop-unnamed = The coop (no name yet)
animateurs = The animateurs
week-short = Wk
continue = Continue

bar-place = { $coop } — week { $week } / { $weeks }
bar-lang = Français
bar-scale = Text { $pct }%
bar-contrast = High contrast
bar-save = Save
bar-load = Load
bar-leave = Title screen
key-escape = Esc
leave-kept = Leave this summer for the title screen? It is kept as it stands in { $path }: load that file to go on.
leave-unsaved = Leave this summer for the title screen? What is not saved (F5) is lost.
leave-no = Go on with the summer
leave-yes = Leave for the title screen

title-language = Language:
title-scenario = Scenario:
title-scenario-row = { $title } — level { $level }, { $weeks } weeks
title-mode = Mode:
mode-animateur = Animateur
mode-cooperative = Cooperative
mode-animateur-help = You hold the animateurs' seat: at each decision you choose your posture (decide, suggest, facilitate, step back).
mode-cooperative-help = Players hold cooperant seats and vote by secret ballot, each in turn at the keyboard; a policy holds the animateurs' seat.
title-seats = Seats held by players:
title-seed = Seed:
title-seed-help = (same seed and same choices, same summer)
title-start = Start the summer
title-load = Load a save:
title-load-button = Load
title-keys = Keyboard: Tab to move, Enter to confirm, 1–4 for postures, P pause, F2 language, F5 save, F9 load, F7/F8 text size, F10 contrast, Esc back to this screen (asked first).

season-week = Week { $week } of { $weeks }
season-pec = Taking charge (PEC)
season-spheres = Autonomy: business { $b } · associative { $s } · work { $w }
season-pec-total = PEC: { $pec }
season-cash = Cash
season-sales = Sales
season-reputation = Reputation
season-mood = Team mood
season-readiness = Group readiness
season-stage = Group stage
season-crisis = Crisis: { $why }
season-team = The team (motivation)
season-member-hover = Fatigue { $fatigue }% · { $hours } h worked
season-absent = away
season-next = On the agenda: { $title }
season-open-assembly = Open the assembly
season-open-event = See the event
season-debrief = Summer debrief

rewind-title = Decisions (replay)
rewind-help = “Replay” replays the summer up to that decision so you can choose again.
rewind-short = Replay
rewind-button = Go back to this decision and choose again

assembly-heading = Assembly
event-heading = Event
decision-where = { $kind } · week { $week } · { $sphere }
decision-group = Group readiness: { $readiness }% (willingness: { $willingness }%)
decision-group-unwilling = Group readiness: { $readiness }% (willingness: { $willingness }%, under { $bar }%: a group not willing)
decision-options = The options:
decision-pick-option = The option you decide or suggest:
decision-choose-posture = Choose a posture
decision-choose-option = Choose an option
decision-confirm = Confirm: { $posture }
decision-option = option { $n }
decision-result = Adopted: { $option } — by { $by } ({ $how }, { $for } votes of { $voters })
decision-result-imposed = Adopted: { $option } — by { $by } (no vote)
decision-result-no-consensus = Adopted: { $option } — by { $by } (no consensus after { $rounds } rounds: majority vote, { $for } votes of { $voters })
posture-title = Your posture as animateur (keys 1 to 4):

pause-button = Pause for discussion (P)
pause-title = Paused: discuss it in the room
pause-help = The game waits. Resume when the group is ready.
pause-resume = Resume

handoff-title = Pass the keyboard to { $name }
handoff-help = Everyone else looks away: the vote is secret.
handoff-ready = I am { $name }, I'm ready
ballot-title = { $name }, your secret vote
ballot-help = Nobody sees the votes until everyone has voted.
allvoted-title = All { $n } votes are in
allvoted-help = Reveal the result when the room is ready.
allvoted-waiting = { $cast } of { $expected } votes are in: waiting for the phones
allvoted-waiting-help = The result reveals itself once every phone has voted. Revealing now settles the decision with the ballots cast; the agents vote for the other seats.
reveal = Reveal the result

debate-title = The debate
debate-posture = posture “{ $posture }”
debate-proposes = proposes “{ $option }”
debate-argues = argues for “{ $option }”{ $because }
debate-because = , for { $aim }
debate-none = Nobody spoke.
votes-title = The votes
table-help = Around the table: each token's colour is the option voted for.
table-mark = { $name }: { $marks }
table-mark-speaks = speaks
table-mark-well-argued = argues, with figures
table-mark-half-formed = floats a half-formed idea
table-mark-off-topic = goes off topic
table-mark-asks = turns to the animateurs
table-mark-silent = stays silent, looks away
table-mark-tired = yawns, came in late
table-mark-absent = absent (empty chair)
table-mark-gone = left the coop
table-mark-at-odds = at odds with { $name }
table-side-talk = Side talk at the back.
table-tone-gloomy = The mood is gloomy (a dark table).
table-tone-upbeat = The mood is upbeat.
table-legend = Bubble: speaks (+ argued, … half-formed, ~ off topic) · ? turns to you · pale, head turned: silent · zZ: yawns · red line: at odds · empty chair: absent.

summary-week = Week { $week }: what happened
summary-weeks = Weeks { $a } to { $b }: what happened
summary-assembly = What the assembly changed
summary-happened = Highlights
summary-why = Why the scores moved
summary-no-change = No score moved.
summary-to-debrief = See the debrief
col-week = Week
col-sales = Sales (week)
col-costs = Costs (week)
col-cash = Cash (end of week)
col-contracts = Contracts
col-lost = Lost
col-reputation = Reputation
col-mood = Mood

happened-event = Event: { $title }
happened-stage = The group moves to the stage: { $stage }
happened-crisis = The group is in crisis: { $why }
happened-crisis-over = The crisis is over.
happened-left = { $name } leaves the coop.
happened-conflict = Conflict between { $a } and { $b }.
happened-absent = { $name } is away.

debrief-title = Summer debrief — { $coop }
debrief-money = Sales { $revenue } · final cash { $cash } · pay per member { $pay }
debrief-export = Export the report (HTML)
debrief-export-where = Each export writes a new report, never over an earlier one: { $path }
debrief-new = New game
debrief-scores-chart = V, S, A and PEC over the weeks
debrief-cash-chart = Cash over the weeks
debrief-evidence = Why each score moved
debrief-journal = Decision journal
comp-v = Vision: { $n } changes, total { $total }
comp-s = Support: { $n } changes, total { $total }
comp-a = Autonomy: { $n } changes, total { $total }

notice-saved = Saved to { $path }
notice-save-failed = Could not write: { $why }
notice-autosave-failed = The summer could not be kept in { $path } after this decision: { $why }. Save it with F5.
notice-loaded = Save loaded: { $path }
notice-load-failed = Could not load the save ({ $why }). The game goes on.
notice-rewound = Back to decision { $n }: choose again.
notice-retry = Back to decision { $n }, the one you misread furthest: read the group again, then choose.
notice-exported = Report written to { $path }

# The room: phones vote (issue 15, `game::room`).
title-room = Open a room: players vote or answer from their phones
title-room-help = The game opens a room on the classroom's Wi-Fi and shows its address, its code and a QR code. A phone that joins takes a free cooperant seat; seats without a phone are played as before.
room-title = Room open
room-join = On the same Wi-Fi, open:
room-code = Code:
room-phones = Phones: { $n } ({ $seats } with a seat)
room-no-phone = No phone yet: scan the QR code.
room-phone-seat = { $name }: { $seat }'s seat
room-phone-follows = { $name } (follows the summer)
room-away = (disconnected)
room-voted = voted
room-waiting = has not voted
room-free = free
room-free-help = This phone follows the summer without voting; the seat is free for another phone.
room-tally = Phones' ballots: { $cast } of { $expected } (who voted, never how)
room-lock = Lock the room
room-unlock = Reopen the room
room-locked = Room locked: no new phone can come in.
room-pause = Pause
room-resume = Resume
room-reveal = Reveal the result
room-failed = The room could not open: { $why }
room-poll = Posture poll: { $n } answer(s) from { $phones } phone(s)
title-room-help-animateur = The game opens a room on the classroom's Wi-Fi (address, code, QR code). In animateur mode the phones do not vote on the items: at each decision you can ask the room “what would you do?” and see the spread before you choose the posture.
poll-ask = Ask the room: what would you do?
poll-ask-help = The phones get the four postures; you see how many choose each, never who. The poll advises, you decide.
poll-open = The room answers: { $n } answer(s) from { $phones } phone(s) — it advises, you decide
poll-closed = The room had answered ({ $n } of { $phones }):
poll-count = { $posture }: { $n }

cues-title = What the group shows:
title-guided = Guided mode (shows the group's readiness and need)
title-guided-help = For the trainer: without it, outside the tutorial, the trainee reads the group from its cues.
title-practice = Practice mode (says at once whether each reading matched the group)
title-practice-help = For the trainee: state a reading, check it, then choose the posture. Always on in the tutorial.
reading-title = Your reading of the group (optional):
reading-not-ready = Not ready
reading-partly = Partly ready
reading-ready = Ready
reading-crisis = In crisis
reading-keys = Keys: 7 not ready · 8 partly ready · 9 ready · 0 in crisis yes/no · 1–4 posture
practice-check = Check my reading
practice-help = Practice mode: a reading checked is answered at once, and stays as it was for the debrief.
practice-right = Right: the group is { $was }.
practice-level = The level misses: you read “{ $read }”, the group is { $was }.
practice-crisis = The level is right, the crisis is not: you read “{ $read }”, the group is { $was }.
practice-both = Neither the level nor the crisis: you read “{ $read }”, the group is { $was }.
reading-result = You read “{ $read }”, the group was “{ $was }”
fit-right = “{ $taken }” fitted this group ({ $group }).
fit-too-much = “{ $taken }” was more help than this group needed ({ $group }): “{ $need }” would have fitted.
fit-too-little = “{ $taken }” was less help than this group needed ({ $group }): “{ $need }” would have fitted.
cues-towards-not-ready = Pointing to a group not ready: { $cues }
cues-towards-ready = Pointing to a ready group: { $cues }
cues-towards-crisis = Pointing to a crisis: { $cues }
cues-unwilling = This group had little heart for it (willingness under { $bar }%): such a group needed “{ $need }” here, where a willing group of the same readiness would have needed “{ $other }”. Members who say nothing and side talk show little heart; a room where everybody wants a say, much.
cues-partly = A group partly ready shows signs both ways, or few signs: a few signs on one side do not make it a group not ready, nor a ready one.
reading-cues = { $reading }; the cues were: { $cues }
debrief-diagnosis = Diagnosis: your reading of the group (apart from PEC)
debrief-diagnosis-none = No reading of the group was stated this summer.
debrief-diagnosis-score = Readings that matched: { $matched } of { $n } ({ $share }%)
debrief-misread = The misread decisions ({ $n })
debrief-confusion-corner = the group was (rows), you read (columns)
debrief-confusion-read = read “{ $level }”
debrief-confusion-was = was “{ $level }”
debrief-tendency-readier = You tended to read the group readier than it was (readier: { $readier }, less ready: { $less }).
debrief-tendency-less-ready = You tended to read the group less ready than it was (less ready: { $less }, readier: { $readier }).
debrief-tendency-even = You read the group readier than it was as often as less ready (readier: { $readier }, less ready: { $less }).
debrief-crises-read = Crises: { $caught } seen, { $missed } missed, { $alarms } seen where there was none.
debrief-missed-most = The cues you missed most (at your misread decisions they pointed to what the group was):
debrief-missed-none = At your misread decisions, no cue pointed to what the group was.
debrief-worst = Replay your worst misreading: week { $week } · { $title }
debrief-worst-help = You read “{ $read }”, the group was “{ $was }”. The summer is replayed up to that decision, so that you can read it again and choose.
debrief-misread-row = Week { $week } · { $title } — you read “{ $read }”, the group was “{ $was }”; the cues were: { $cues }
summary-highlights = The week at a glance:
summary-rule-total = { $rule }: { $comp } { $total } ({ $n ->
    [one] once
   *[other] { $n } times
})
summary-show-all = The full list (L)
summary-hide-all = Hide the full list (L)
summary-all = Every score change:
decision-need = The group's need (guided mode): { $reading }

# Lines of the lists of past decisions and of the debate.
debrief-journal-row = { week-short } { $week } · { $title } — { $posture }: { $result } ({ $by })
rewind-row = { week-short } { $week } · { $title } → { $result }
debate-speaker = { $name }:
summary-highlight-rule = { $rule }: { $comp } { $total }
# Between the items of a list written in a sentence (the cues).
list-separator = {"; "}

# What happened and why (game::why): departures first, members at risk, reputation, work.
at-risk = { $name }: motivation { $motivation }% (a member leaves under { $threshold }%)
summary-at-risk = At risk of leaving (motivation close to the point where a member leaves):
summary-why-happened = Why:
why-reputation = Reputation fell from { $from }% to { $to }%: { $reasons }.
why-rep-complaints = { $n ->
    [one] one client complained of a job badly done
   *[other] { $n } clients complained of jobs badly done
}
why-rep-unpaid = { $n ->
    [one] {" "}(one did not pay)
   *[other] {" "}({ $n } did not pay)
}
why-rep-turned-away = { $n ->
    [one] one request turned away: nobody was free
   *[other] { $n } requests turned away: nobody was free
}
why-rep-quality = the jobs done were worth { $quality }% on average, and reputation moves toward the quality of the work
why-rep-other = clients read the prices and the work of the week
why-work = Week { $week }: the work was poorly done (quality { $quality }%; a good week is { $good }% or more): { $reasons }.
why-work-late = { $n ->
    [one] one member came late
   *[other] { $n } members came late
}
why-work-tired = the team is tired (fatigue { $fatigue }%)
why-work-motivation = motivation is low ({ $motivation }%)
why-work-skills = the quality also follows each one's skill and how well the decisions organise the work
debrief-left = { $n ->
    [one] { $n } of { $members } members left the coop: { $names }
   *[other] { $n } of { $members } members left the coop: { $names }
}

# One's own earlier summers (game::history).
history-title = Your summers of this scenario ({ $n })
history-help = Kept on this computer, beside the saves. Each summer played to its end is added once.
history-col-summer = Summer
history-col-seed = Seed
history-col-diagnosis = Readings matched
history-col-fit = Posture fitted the need
history-this-summer = { $n } (this one)
history-need-row = the group needed “{ $need }”: { $taken }
history-postures = Postures by need (this summer): { $rows }
history-clear = Clear the history of this scenario
notice-history-cleared = History of “{ $scenario }” cleared.

# The tutorial: a welcome, and each decision explained once it is taken.
decision-need-tutorial = The group's need (shown in the tutorial): { $reading }
tutorial-explained = Why (the tutorial explains each decision):
guided-explained = Why (guided mode explains each decision):
tutorial-fit = The group needed “{ $need }”, and you chose “{ $taken }”: the help fitted its need.
tutorial-misfit = The group needed “{ $need }”, and you chose “{ $taken }”: the help did not fit its need.
tutorial-no-move = No score moved with this decision.
welcome-title = Welcome to the tutorial
welcome-cjs = A Coopérative Jeunesse de Services (CJS) is a cooperative run for one summer by teenagers: they sell services (gardening, painting, babysitting…) to the neighbourhood, and decide together in assembly. You are their animateurs: you support them, you do not run the coop.
welcome-postures = At each decision you choose a posture: Decide (you settle it in their place), Suggest (you put forward an option, they decide), Facilitate (you ask, reframe, give everyone the floor; they decide), Step back (they decide alone).
welcome-pec = The score is PEC, the group's taking charge: PEC = V + S + A. V, shared vision: common objectives that the decisions follow. S, support: your help fits what the group needs (much when it is new or in crisis, little when it copes). A, autonomy: the decisions, proposals and work the group takes on itself.
welcome-reading = Read the group before choosing: who speaks, who stays silent, who turns to you, who yawns or argues. The table and the list “What the group shows” give these cues. In this tutorial the group's readiness and need are also shown, and each decision is explained once it is taken.
season-at-risk = At risk of leaving: motivation close to the point where a member leaves.
# Who the people named in an event are, when they do not sit at the table.
cast-animateur = { $name } is one of the animateurs: your seat.
