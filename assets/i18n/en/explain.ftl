# Un été en coop — the words for what the engine records (postures, rules, who decides...) and
# the summer told decision by decision (English). Read by src/i18n.rs, used by
# src/report/explain.rs.

## The animateurs' postures

posture-decide = Decide
posture-suggest = Suggest
posture-facilitate = Facilitate
posture-step-back = Step back
posture-decide-help = The animateurs settle it in the group's place.
posture-suggest-help = The animateurs put forward an option; the group decides.
posture-facilitate-help = Ask, reframe, inform, give everyone the floor; the group decides.
posture-step-back-help = Let the group decide on its own.

## Spheres of autonomy and the score's components

sphere-business = business life
sphere-associative = associative life
sphere-work = work
comp-vision = Vision
comp-support = Support
comp-autonomy = Autonomy ({ $sphere })

## The group's stages and crises

stage-forming = forming
stage-storming = storming
stage-norming = norming
stage-performing = performing
stage-adjourning = adjourning
crisis-conflict = conflict in the group
crisis-motivation = motivation is low
crisis-cash = cash in the red

## Who decides, and how

decider-group = the group
decider-comite = a committee
decider-animateurs = the animateurs
procedure-majority = majority vote
procedure-consensus = consensus
procedure-delegation = delegation to the committees

## What the group aims at

aim-income = earning our pay
aim-community = serving the neighbourhood
aim-learning = learning
aim-solidarity = fairness among us
aim-quality = work well done
aim-continuity = next year's CJS
aim-fun = a good summer together

## The questions on the agenda

kind-name = The coop's name
kind-procedure = How do we decide?
kind-board = Electing the chair of the board
kind-objective = An objective for our summer
kind-prices = Our prices
kind-sharing = How jobs are shared
kind-promotion = Promoting the coop
kind-schedule = This week's schedule
kind-surplus = Splitting the surplus
kind-review = The mid-summer review of our objectives

## The options

option-price-reference = The territory's reference prices
option-price-below = { $pct }% below the reference prices
option-price-above = { $pct }% above the reference prices
option-sharing-rotation = In turn
option-sharing-volunteers = Volunteers first
option-sharing-by-skill = By skill
option-sharing-least-earned = Those who worked least first
option-promotion-none = No promotion this time
option-promotion-flyers = Door-to-door flyers ({ $cost })
option-promotion-press = An ad in the local press ({ $cost })
option-schedule-normal = Normal hours
option-schedule-push = Push: more hours for more contracts
option-schedule-lighter = A lighter week to rest
option-targets-keep = Keep our objectives as they are
option-targets-lower = Lower the targets of the objectives that are behind

## Objectives and their measure

target-pay = pay per member
target-surplus = surplus
target-contracts = contracts
target-fair-hours = hours of the least busy / mean
target-everyone-stays = members still in
target-reputation = reputation
target-motivation = motivation
target-trades = kinds of work each did
percent = { $value } %
measure = “{ $objective }”: { $what } { $value }, for a target of { $target }

## What the group shows

cue-silent = { $quiet ->
    [one] { $quiet } member says nothing
   *[other] { $quiet } members say nothing
}
cue-lively = Everybody wants a say
cue-off-topic = { $name } makes a proposal off the topic
cue-half-formed = { $name } floats a half-formed idea
cue-well-argued = { $name } argues a proposal, with figures
cue-asks-animateurs = { $name } turns to you: "what should we do?"
cue-side-talk = Side talk at the back
cue-tired = { $name } yawns, came in late
cue-at-odds = { $a } and { $b } trade barbs
cue-absent = { $name } is missing
cue-gloomy = The mood is gloomy after the week
cue-upbeat = The mood is upbeat after the week
cue-at-risk = { $name } says they may stop coming
cue-unfair = { $name } protests: “I work far more than some, for the same share”
cue-tension = Voices are raised: the tension is palpable
cue-despondent = Several say it is no use going on
cue-money-worry = Everyone asks whether there will be any pay
cue-aftermath = Everyone keeps coming back to “{ $event }”
cue-prepared = { $name } looked into it before the meeting
cue-unprepared = Nobody has looked at the question since last time

## Kinds of cue (the list of the cues missed most)

cue-kind-silent = Members saying nothing
cue-kind-lively = Everybody wanting a say
cue-kind-off-topic = A proposal off the topic
cue-kind-half-formed = A half-formed idea
cue-kind-well-argued = A proposal argued with figures
cue-kind-asks-animateurs = “What should we do?” put to the animateurs
cue-kind-side-talk = Side talk at the back
cue-kind-tired = Yawns, late arrivals
cue-kind-at-odds = Two members trading barbs
cue-kind-absent = A member missing
cue-kind-gloomy = A gloomy mood after the week
cue-kind-upbeat = An upbeat mood after the week
cue-kind-at-risk = A member who may stop coming
cue-kind-unfair = A hard worker who finds the rule unfair
cue-kind-tension = Raised voices, palpable tension
cue-kind-despondent = “It is no use going on”
cue-kind-money-worry = “Will there be any pay?”
cue-kind-aftermath = Everyone coming back to an event
cue-kind-prepared = A member who looked into it before the meeting
cue-kind-unprepared = Nobody having looked at the question since last time
cue-towards-not-ready = it pointed to a group not ready
cue-towards-ready = it pointed to a ready group
cue-towards-crisis = it pointed to a crisis
cue-towards-calm = it said there was no crisis
cue-missed = { $cue }: { $n ->
    [one] one misread decision
   *[other] { $n } misread decisions
}, where { $towards }

## Reading the group

ready-not = not ready
ready-partly = partly ready
ready-ready = ready
reading-in-crisis = in crisis
reading-not-in-crisis = not in crisis

## Why a score moved: "reason: component ±points — about what"

evidence = { $why }{ $colon }{ $comp } { $points }{ $about }
evidence-about = {" "}— “{ $what }”
evidence-week = {" "}— week { $week }
rule-start = Starting value
rule-objective-set = The group set itself an objective
rule-objective-imposed = The animateurs imposed the objective: it is not the group's own
rule-consistent = The decision serves the group's objectives
rule-convergence-up = Opinions converged through discussion
rule-convergence-down = Few voices heard or opinions split: no shared view
rule-overruled = The animateurs settled it against members' views
rule-posture-fits = The posture met the group's need
rule-too-much-help = More help than the group needed
rule-too-little-help = Less help than the group needed
rule-group-decided = The group decided itself
rule-group-decided-with-help = The group decided, in a debate the animateurs led
rule-own-proposal = The group adopted one of its members' proposals
rule-decided-for-group = The animateurs decided in the group's place
rule-followed-suggestion = The group followed the animateurs' suggestion
rule-good-work-up = A week of work well done
rule-good-work-down = A week of work poorly done
rule-objective-on-track = At the mid-summer review, the objective is on track
rule-objective-behind = At the mid-summer review, the objective is behind
rule-objective-reached = Objective reached
rule-objective-reached-lowered = Objective reached, but with the target lowered at the review
rule-objective-missed = Objective missed
rule-surplus-identity = The surplus split says what the coop stands for (its objectives)

## The summer told (cjs run --explain, the game's debrief)

story-week = Week { $week }
story-need = the group's need: { $need }
story-in-crisis = {" "}(in crisis)
story-posture = Posture:
story-quoted = “{ $text }”
story-crisis = Crisis:
story-stage = Group stage:
story-left = { $name } leaves the coop
story-reading = Reading: { $read } — the group was: { $was }{ $mark }
story-on-track = on track
story-behind = behind
story-targets-lowered = The group lowers the targets that are behind
story-reached = reached
story-missed = missed
story-complaint = A client complains ({ $who }): a job badly done
story-complaint-unpaid = A client complains ({ $who }): a job badly done, unpaid

## The built-in ways to split the surplus (a scenario that gives none)

plan-by-hours = All to the members, by hours worked
plan-equal = All to the members, in equal shares
plan-mixed = Half by hours, half in equal shares
plan-solidarity = 80% to the members by hours, 10% for next year's CJS, 10% to a local cause
plan-together = 70% to the members by hours, 20% for a group activity, 10% for next year's CJS

story-misled-cheaper = The group chose it because “cheaper always brings more clients” (a misconception novices share)
story-misled-promotion = The group chose it because “no promotion saves money” (a misconception novices share)
story-misled-volunteers = The group chose it because “whoever wants to is fairer” (a misconception novices share)
story-misled-hours = The group chose it because “more hours, more money” (a misconception novices share)
story-rule-broken = The split breaks the rule agreed at the start, “{ $rule }”: the members trust the group less, and those the rule served better lose heart
