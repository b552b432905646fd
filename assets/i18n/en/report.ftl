# Un été en coop — the report's words: headings, column names, sentences (English).
# Read by src/i18n.rs; report::words::K names each message (K::Revenue is report-revenue).

report-report = Debrief of the summer
report-compare = Two summers side by side
report-compare-intro = Two summers side by side, to discuss as a group, not to rank players.
report-scenario = Scenario
report-seed = Seed
report-policy = Animateurs
report-mode = Mode
report-players = players
report-mode-animateur = animateur
report-mode-cooperative = cooperative
report-summer = Summer
report-territory = Territory
report-end-of-summer = The end of the summer
report-revenue = Revenue
report-costs = Costs
report-contracts = Contracts
report-lost-requests = Requests lost
report-hours-worked = Hours worked
report-pay-per-youth = Pay per youth
report-pay-per-hour = Pay per hour worked
report-member-pay = Pay to the cooperants
report-surplus = Surplus allocated
report-surplus-went = What the surplus went to
report-to-members = to the cooperants
report-reserve = reserve for next year's CJS
report-donation = donation to a local cause
report-activity = group activity
report-fund-repaid = Starting fund repaid to the local committee (comité local)
report-written-off = Unpaid invoices written off
report-cash-end = Cash at the end
report-members-end = Cooperants to the end
report-coop-name = The coop's name
report-board-chair = Chair of the board
report-surplus-plan = Surplus split chosen
report-benchmark = Benchmark
report-pec = Taking charge
report-vision = Shared vision
report-support = Support
report-autonomy = Autonomy
report-charts = The summer in charts
report-chart-scores = Vision (V), Support (S) and Autonomy (A) over the weeks
report-chart-money = Cumulative revenue and costs, cash
report-chart-members = Hours and pay per cooperant
report-chart-who = Who decided, per sphere of autonomy
report-week = Week
report-week-short = W
report-start = start
report-closing = closing
report-points = points (0–100)
report-amount = Amount
report-hours = Hours
report-pay = Pay
report-decisions = The decisions
report-decisions-axis = Number of decisions
report-decisions-intro = For each decision: what the group needed, the animateurs' posture, what was decided, by whom, how, and the vote.
report-number = No.
report-question = Question
report-sphere = Sphere
report-need = Posture the group needed
report-posture = Posture
report-animateurs = the animateurs
report-chosen = Decided
report-decided-by = By
report-decided-by-long = Decisions taken by
report-procedure = Procedure
report-vote = Vote
report-fit = Fit
report-fit-ok = posture fitted
report-fit-more = too much help
report-fit-less = too little help
report-crisis = Crisis
report-in-crisis = in crisis
report-moments = The key moments
report-evidence = Why the scores moved
report-evidence-intro = Every change of V, S and A is recorded with its cause; the final scores are exactly the sum of these changes.
report-evidence-by-rule = By rule
report-component = Component
report-rule = Rule
report-times = Times
report-total = Total
report-change = Change
report-after = After
report-why = Why
report-goals = The scenario's learning goals
report-how-did = How the group did
report-objectives = The group's objectives, judged by their result and by the means
report-objective = Objective
report-diagnosis = The diagnosis: reading the group before each posture
report-you-read = You read
report-group-was = The group was
report-cues = What the group showed
report-cues-missed-most = The cues missed most (at the misread decisions they pointed to what the group was):
report-measures = Measure
report-at-review = At the mid-summer review
report-at-end = At the end of the summer
report-indicator = Indicator
report-value = Value
report-trainer-notes = Notes for the trainer
report-cooperants = The cooperants
report-name = Name
report-pay-summer = Pay during the summer
report-pay-surplus = Share of the surplus
report-pay-total = Total pay
report-left-coop = left the coop
report-group = the group (assembly)
report-comite = a committee
report-weeks-table = Week by week
report-sales = Cumulative sales
report-cash = Cash
report-reputation = Reputation
report-motivation = Motivation
report-readiness = Group readiness
report-event = Event
report-stage-word = Group stage
report-note = Note for the trainer
report-generated = Built from the summer's journal: everything written here is in it.
report-record = record
report-date = Date
report-proposals = Proposals
report-rounds = rounds
report-votes-for = for
report-voters = voters
report-lost = Lost
report-business = Business life
report-associative = Associative life
report-work = Work
report-yes = yes
report-no = no
report-legend = Legend
report-outcome = Outcome

# What real CJS earned, to set the summer against (figures from the network, see DOMAIN).
report-benchmark-france = In France (2016): about €4,500 of revenue (excl. tax) per CJS and €200–250 net pay per youth for the summer.
report-benchmark-canada = In Québec (2015): about $3,900 of revenue per CJS and about $320 per cooperant for the summer.

# The colon as the language writes it, spaces included (`Vision: 12`).
colon = {": "}

# The short name of a month (1 to 12), in the dates of the report.
report-month-short = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}

# The columns of `cjs compare` (short: a table in a terminal).
compare-policy = policy
compare-pec = PEC
compare-v = V
compare-s = S
compare-a = A
compare-v-plus-a = V+A
compare-revenue = revenue (med.)
compare-pay = pay (med.)
compare-members = members
compare-objectives = objectives

# src/report/model.rs
report-rainy-week = A rainy week: { $rain_days } days of rain out of 5
report-the-crisis-is-over = The crisis is over
report-conflict-between-and = Conflict between { $a } and { $b }
report-leaves-the-coop = { $member } leaves the coop
report-unfair-rule = The rule agreed at the opening shares part of the surplus equally: whoever worked most gets as much of that part as whoever worked least, and loses heart.
report-measure-posture-fit = Postures that fitted the group's need
report-more-help-than-needed = More help than needed
report-less-help-than-needed = Less help than needed
report-measure-crisis-fit = Decisions taken in a crisis, posture fitted
report-measure-by-group = Decisions taken by the group (assembly)
report-measure-by-comite = Decisions taken by a committee
report-measure-by-animateurs = Decisions taken by the animateurs
report-measure-decided-for-group = Decided in the group's place when it could have
report-members-own-proposals-adopted = Members' own proposals adopted
report-measure-objectives-set = Objectives set by the group
report-measure-consistent = Decisions consistent with the objectives
report-measure-votes-for-chosen = Votes for the option chosen, over all votes
report-readings-matched = Readings that matched: { $all } — by sphere: { $by } — in a crisis: { $crisis }

# src/report/sections.rs
report-weeks-from = { $weeks } weeks from
report-scenario-hash = Scenario hash:
report-decisions-2 = · { $count } decisions

## The CSV export: its columns and record types (a contract: the English names are the fields;
## docs/report.md lists them).
csv-column-record = record
csv-column-week = week
csv-column-date = date
csv-column-decision = decision
csv-column-question = question
csv-column-sphere = sphere
csv-column-need = need
csv-column-in_crisis = in_crisis
csv-column-posture = posture
csv-column-animateurs_option = animateurs_option
csv-column-decided = decided
csv-column-decided_by = decided_by
csv-column-procedure = procedure
csv-column-votes_for = votes_for
csv-column-voters = voters
csv-column-rounds = rounds
csv-column-proposals = proposals
csv-column-v = v
csv-column-s = s
csv-column-a = a
csv-column-a_business = a_business
csv-column-a_associative = a_associative
csv-column-a_work = a_work
csv-column-pec = pec
csv-column-sales = sales
csv-column-costs = costs
csv-column-cash = cash
csv-column-contracts = contracts
csv-column-lost = lost
csv-column-hours = hours
csv-column-reputation = reputation
csv-column-motivation = motivation
csv-column-readiness = readiness
csv-column-cooperant = cooperant
csv-column-pay_summer = pay_summer
csv-column-pay_surplus = pay_surplus
csv-column-pay_total = pay_total
csv-column-surplus = surplus
csv-column-pay_per_youth = pay_per_youth
csv-column-objective = objective
csv-column-measure = measure
csv-column-at_review = at_review
csv-column-at_end = at_end
csv-column-reached = reached
csv-column-read = read
csv-column-was = was
csv-column-cues = cues
csv-column-matched = matched
csv-record-week = week
csv-record-decision = decision
csv-record-cooperant = cooperant
csv-record-summer = summer
csv-record-objective = objective
csv-record-reading = reading

# The class debrief (src/report/class_page.rs)
class-heading = The class debrief
class-no-posture = no posture
class-decision-title = Week { $week } — { $question } ({ $summers } summers of { $class })
class-one-seed = one seed ({ $seed }): every group met the same summer
class-several-seeds = { $n } different seeds ({ $seeds }): the groups met different summers, the same agenda mostly
class-summers-count = { $n ->
    [one] { $n } summer
   *[other] { $n } summers
}
class-unfinished-count = { $n ->
    [one] { $n } unfinished
   *[other] { $n } unfinished
}
class-split-heading = Where the class split
class-split-none = The class took the same posture at every decision its summers had in common.
class-split-intro = The decisions where the postures taken varied most, then those where what followed differed most between postures: the topics of the discussion. Ask each group why it took its posture, and what it saw of the group.
class-split-why-postures = { $pct } % did not take the most common posture
class-split-why-outcome = the change of PEC differed by { $gap } points between postures
class-postures-taken = Postures taken
class-group-needed = The group needed
class-what-followed = Change of PEC after each posture (mean)
class-followed-explained = What followed a posture (here and in each decision's table below): in the week of the decision and the next, the change of PEC and the sales per summer (means), the members who left, the conflicts and the complaints (totals over the summers that took it; a summer stopped before the end of the next week is left out, and « — » where none reached it). Another decision of the same weeks counts in it too: it is a clue, not a proof.
class-spread-heading = The summers, side by side
class-spread-chart-note = Each summer is a dot, labelled by its letter; the box holds the middle half of the class, the line in it is the median.
class-split-rank = No.
class-spread-intro = Summers are in the order given, never ranked.
class-strip-members = Members at end
class-strip-readings = Readings right
class-spread-chart = The spread of the class
class-unfinished-summer = unfinished summer
class-unfinished-at = unfinished (week { $week })
class-summer = Summer
class-readings-matched = Readings that matched
class-decisions-heading = The decisions the summers had in common
class-decisions-intro = The same item in the same week, met by at least two summers: the postures taken beside what the group needed at that moment (which can differ from one summer to the next), the readings stated, what was decided and what followed each posture.
class-reading-count = { $read } ×{ $n } ({ $ok } matched)
class-split-mark = where the class split, no. { $n }
class-readings-stated = Readings stated
class-poll = Posture poll of the room
class-votes = Ballots of the phones
class-summers = Summers
class-needed-it = Groups that needed it
class-pec-change = PEC change
class-left = Left
class-conflicts = Conflicts
class-complaints = Complaints
class-sales-after = Sales
class-csv-column-record = record
class-csv-column-summer = summer
class-csv-column-seed = seed
class-csv-column-policy = policy
class-csv-column-finished = finished
class-csv-column-pec = pec
class-csv-column-v = v
class-csv-column-s = s
class-csv-column-a = a
class-csv-column-revenue = revenue
class-csv-column-pay_per_youth = pay_per_youth
class-csv-column-members_end = members_end
class-csv-column-members = members
class-csv-column-readings_stated = readings_stated
class-csv-column-readings_matched = readings_matched
class-csv-column-decision = decision
class-csv-column-week = week
class-csv-column-question = question
class-csv-column-sphere = sphere
class-csv-column-summers = summers
class-csv-column-dissent = dissent
class-csv-column-pec_gap = pec_gap
class-csv-column-split = split
class-csv-column-posture = posture
class-csv-column-option = option
class-csv-column-read = read
class-csv-column-count = count
class-csv-column-needed = needed
class-csv-column-matched = matched
class-csv-column-left = left
class-csv-column-conflicts = conflicts
class-csv-column-complaints = complaints
class-csv-column-sales = sales
class-csv-column-pec_change = pec_change
class-csv-column-who = who
class-csv-record-summer = summer
class-csv-record-decision = decision
class-csv-record-posture = posture
class-csv-record-reading = reading
class-csv-record-decided = decided
class-csv-record-poll = poll
class-csv-record-vote = vote

# A room's summer in the report of one journal (src/report/sections.rs)
report-room-heading = The room: poll and ballots
report-room-intro = Decision by decision, what the phones answered to the posture poll (what they would have done in the animateurs' place: it advises, the animateurs decided), beside the posture taken, and the ballots of the seats the phones held.
report-room-poll = Posture poll (phones)
report-room-ballots = Ballots of the phones
