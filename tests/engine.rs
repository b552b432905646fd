//! The season engine, as a trainer would check it.

mod common;

use cjs::decision::{Choice, Input, Posture, Schedule, SharingRule};
use cjs::policy::{Policy, play};
use cjs::save::{Mode, Save};
use cjs::scenario::{Event, Sphere, Text, Trigger};
use cjs::sim::journal::{Ev, Lost};
use cjs::sim::ledger::TxKind;
use cjs::sim::{Season, World};
use common::*;
use rust_decimal::Decimal;

fn residents_contracts(s: &Season) -> usize {
    s.journal().iter().filter(|e| matches!(e.ev, Ev::Contract { segment: 0, .. })).count()
}

#[test]
fn raising_prices_loses_price_sensitive_clients() {
    let w = World::new(&reference());
    let at = |level: i8| -> usize {
        (1..=40)
            .map(|seed| {
                let s = play_with(&w, seed, Policy::Adaptive, |s| {
                    decide_where(s, |c| matches!(c, Choice::Price(_)))
                        .and(decide_where(s, |c| *c == Choice::Price(level)))
                });
                residents_contracts(&s)
            })
            .sum()
    };
    let (low, high) = (at(-20), at(20));
    // Residents have a price sensitivity of 1.4: +20 % against −20 % is about (1.2/0.8)^−1.4 ≈ 0.57.
    assert!((high as f64) < 0.75 * low as f64, "residents' contracts at −20 %: {low}, at +20 %: {high}");
}

#[test]
fn a_rainy_week_cancels_outdoor_work() {
    let count = |w: &World| {
        let mut rain = 0;
        let mut outdoor_done = 0;
        let mut indoor_done = 0;
        for seed in 1..=10 {
            let (s, _) = play(w, seed, Policy::Adaptive);
            for e in s.journal() {
                match e.ev {
                    Ev::Lost { why: Lost::Rain, count, .. } => rain += count as u32,
                    Ev::Contract { service, .. } if w.services[service as usize].outdoor => outdoor_done += 1,
                    Ev::Contract { .. } => indoor_done += 1,
                    _ => {}
                }
            }
        }
        (rain, outdoor_done, indoor_done)
    };
    let wet = variant(|s| s.weather.rain_chance = 100);
    let dry = variant(|s| s.weather.rain_chance = 0);
    let (rain_w, outdoor_w, indoor_w) = count(&wet);
    let (rain_d, outdoor_d, indoor_d) = count(&dry);
    assert!(rain_w > 100, "every outdoor job is cancelled when it rains all week: {rain_w}");
    // Event contracts (the festival) are promised and still done; market jobs outdoors are not.
    assert!(outdoor_w <= 10, "outdoor jobs done in a summer of rain: {outdoor_w}");
    assert_eq!(rain_d, 0);
    assert!(outdoor_d > 100);
    assert!(indoor_w > 0 && indoor_d > 0, "indoor work goes on");
}

fn mean_quality(w: &World, over: impl Fn(&Season) -> Option<Input> + Copy) -> f64 {
    let mut sum = 0.0;
    let mut n = 0.0;
    for seed in 1..=20 {
        let s = play_with(w, seed, Policy::Adaptive, over);
        for e in s.journal() {
            if let Ev::Worked { minutes, quality, .. } = e.ev {
                sum += quality as f64 * minutes as f64;
                n += minutes as f64;
            }
        }
    }
    sum / n
}

#[test]
fn a_tired_team_does_worse_work() {
    let rested = variant(|s| s.params.fatigue_gain = Some("0".parse().unwrap()));
    let tired = variant(|s| {
        s.params.fatigue_gain = Some("1".parse().unwrap());
        s.params.fatigue_recovery = Some("0".parse().unwrap());
    });
    let push = |s: &Season| decide_where(s, |c| *c == Choice::Schedule(Schedule::Push));
    let q_rested = mean_quality(&rested, push);
    let q_tired = mean_quality(&tired, push);
    assert!(q_tired < q_rested - 0.05, "quality rested {q_rested:.3}, tired {q_tired:.3}");
}

/// The surplus parts paid out at the closing, read from the journal alone.
fn surplus_in_journal(s: &Season) -> Decimal {
    s.journal()
        .iter()
        .filter_map(|e| match e.ev {
            Ev::Tx {
                kind:
                    TxKind::SurplusMembers | TxKind::SurplusReserve | TxKind::SurplusDonation | TxKind::SurplusActivity,
                amount,
                ..
            } => Some(amount),
            _ => None,
        })
        .sum()
}

#[test]
fn the_surplus_split_adds_up_to_the_cent() {
    let w = World::new(&reference());
    for seed in 1..=30 {
        for policy in [Policy::Adaptive, Policy::Random] {
            let (s, _) = play(&w, seed, policy);
            let parts = surplus_in_journal(&s);
            assert_eq!(parts, s.surplus(), "seed {seed}");
            let members: Decimal = s.members().iter().map(|m| m.surplus).sum();
            let to_members: Decimal = s
                .journal()
                .iter()
                .filter_map(|e| match e.ev {
                    Ev::Tx { kind: TxKind::SurplusMembers, amount, .. } => Some(amount),
                    _ => None,
                })
                .sum();
            assert_eq!(members, to_members);
            // After the closing, no cash is left but the reserve.
            assert!(s.ledger().cash() >= Decimal::ZERO);
            assert!(s.ledger().balances_to_zero());
        }
    }
}

#[test]
fn the_ledger_balances_every_week_and_cash_matches_the_transactions() {
    let w = World::new(&reference());
    for seed in 1..=10 {
        let mut s = Season::new(&w, seed);
        let mut seat = cjs::policy::Seat::new(Policy::Random, seed);
        while let Some(input) = seat.choose(&s, &w) {
            s.decide(&w, &input).unwrap();
            assert!(s.ledger().balances_to_zero());
            // Every account recomputed from the journal's transactions alone.
            let mut books = cjs::sim::ledger::Ledger::default();
            for e in s.journal() {
                if let Ev::Tx { amount, debit, credit, .. } = e.ev {
                    books.post(debit, credit, amount);
                }
            }
            assert_eq!(&books, s.ledger(), "seed {seed} week {}", s.week());
        }
    }
}

#[test]
fn directive_leaves_far_fewer_decisions_to_the_group_than_delegating() {
    let w = World::new(&reference());
    let (d, _) = play(&w, 5, Policy::Directive);
    let (g, _) = play(&w, 5, Policy::Delegating);
    let by_group = |s: &Season| s.by()[0] + s.by()[1];
    assert_eq!(by_group(&d), 0);
    assert_eq!(by_group(&g), g.decisions());
    assert!(g.decisions() > 20);
}

#[test]
fn the_same_seed_gives_the_same_journal_bytes_and_another_seed_another_summer() {
    let w = World::new(&reference());
    for policy in [Policy::Adaptive, Policy::Random] {
        let (a, _) = play(&w, 42, policy);
        let (b, _) = play(&w, 42, policy);
        assert_eq!(serde_json::to_vec(a.journal()).unwrap(), serde_json::to_vec(b.journal()).unwrap());
        assert_eq!(a, b);
        let (c, _) = play(&w, 43, policy);
        assert_ne!(serde_json::to_vec(a.journal()).unwrap(), serde_json::to_vec(c.journal()).unwrap());
    }
}

#[test]
fn two_runs_with_one_seed_stay_equal_step_by_step() {
    let w = World::new(&reference());
    let mut a = Season::new(&w, 9);
    let mut b = Season::new(&w, 9);
    let mut seat = cjs::policy::Seat::new(Policy::Random, 9);
    while let Some(input) = seat.choose(&a, &w) {
        a.decide(&w, &input).unwrap();
        b.decide(&w, &input).unwrap();
        assert_eq!(a, b);
    }
    assert!(a.is_over());
}

#[test]
fn a_save_replays_to_the_same_season() {
    let w = World::new(&reference());
    let (full, inputs) = play(&w, 11, Policy::Random);
    for cut in [0, 5, inputs.len() / 2, inputs.len()] {
        let save = Save::new(&w, 11, Mode::Animateur, Some("random"), vec![], inputs[..cut].to_vec());
        let json = serde_json::to_string(&save).unwrap();
        let back: Save = serde_json::from_str(&json).unwrap();
        let mut s = back.replay("save.json").unwrap().season;
        for input in &inputs[cut..] {
            s.decide(&w, input).unwrap();
        }
        assert_eq!(s, full, "resumed after {cut} decisions");
    }
}

#[test]
fn drawing_more_for_events_does_not_shift_the_market() {
    // An event examined every week from week 1 (the events' stream draws its chance each week)
    // that rarely fires (1 %): as long as the same events fire in both summers the group lives
    // the same summer, so the market must draw the same weather and the same contracts (client,
    // service, size, price) for every seed. Were the parts of the engine to share one stream,
    // each extra draw would shift the market from week 1. (The extra draws may change when a
    // scenario's other chance events fire: they share the events' stream.)
    let base = World::new(&reference());
    let with_chance = |chance: u8| {
        variant(move |s| {
            s.events.push(Event {
                id: "maybe".into(),
                trigger: Trigger::When { condition: cjs::scenario::Condition::Always, from_week: 1, chance },
                title: Text::new("Un café", "A coffee"),
                text: Text::new("On prend un café.", "We have a coffee."),
                sphere: Sphere::Associative,
                crisis: false,
                trainer_note: Text::default(),
                choices: vec![
                    cjs::scenario::Choice { label: Text::new("Oui", "Yes"), aims: vec![], effects: vec![] },
                    cjs::scenario::Choice { label: Text::new("Non", "No"), aims: vec![], effects: vec![] },
                ],
            })
        })
    };
    let event = base.events.len() as u16;
    // The market's draws, up to the week the extra event fires (then the group answers it).
    let market = |w: &World, seed: u64, policy: Policy, until: u8| {
        let (s, _) = play(w, seed, policy);
        s.journal()
            .iter()
            .filter(|e| e.week < until)
            .filter_map(|e| match e.ev {
                Ev::Contract { segment, service, units, amount, .. } => {
                    Some((e.week, segment, service, units, amount, 0))
                }
                Ev::WeekStarted { rain_days } => Some((e.week, 0, 0, 0, Decimal::ZERO, rain_days)),
                _ => None,
            })
            .collect::<Vec<_>>()
    };
    let rare = with_chance(1);
    let mut weeks_compared = 0;
    for seed in 1..=8 {
        for policy in [Policy::Directive, Policy::Adaptive] {
            let fired = |w: &World| {
                let (s, _) = play(w, seed, policy);
                let weeks = s.week();
                let fired: Vec<(u8, u16)> = s
                    .journal()
                    .iter()
                    .filter_map(|e| match e.ev {
                        Ev::EventFired { event } => Some((e.week, event)),
                        _ => None,
                    })
                    .collect();
                (fired, weeks)
            };
            let ((a, weeks), (b, _)) = (fired(&base), fired(&rare));
            // The first week whose events differ.
            let fired = a
                .iter()
                .zip(&b)
                .find(|(x, y)| x != y)
                .map_or_else(|| a.get(b.len()).or(b.get(a.len())).map_or(u8::MAX, |e| e.0), |(x, y)| x.0.min(y.0));
            weeks_compared += fired.min(weeks) as u32;
            assert_eq!(
                market(&base, seed, policy, fired),
                market(&rare, seed, policy, fired),
                "seed {seed}, {}",
                policy.name()
            );
        }
    }
    assert!(weeks_compared >= 60, "the comparison covers more than half the weeks: {weeks_compared}");
    // The trigger is examined: at chance 100 the event fires in week 1.
    let (s, _) = play(&with_chance(100), 1, Policy::Adaptive);
    assert!(s.journal().iter().any(|e| e.week == 1 && e.ev == Ev::EventFired { event }));
}

#[test]
fn invalid_inputs_are_refused_and_change_nothing() {
    let w = World::new(&reference());
    let mut s = Season::new(&w, 1);
    let before = s.clone();
    assert!(s.decide(&w, &Input::posture(Posture::Decide, None)).is_err());
    assert!(s.decide(&w, &Input::posture(Posture::Facilitate, Some(99))).is_err());
    assert!(
        s.decide(&w, &Input { posture: Posture::StepBack, option: None, votes: vec![(200, 0)], reading: None })
            .is_err()
    );
    assert_eq!(s, before);
    let (mut over, _) = play(&w, 1, Policy::Adaptive);
    assert!(over.decide(&w, &Input::posture(Posture::StepBack, None)).is_err());
}

#[test]
fn players_votes_count_in_cooperative_mode() {
    let w = World::new(&reference());
    // Every cooperant seat held by players votes for the last option of the first decision.
    let mut s = Season::new(&w, 2);
    let item = s.pending().unwrap().clone();
    let last = item.options.len() as u8 - 1;
    let votes = (0..w.members.len() as u8).map(|m| (m, last)).collect();
    s.decide(&w, &Input { posture: Posture::StepBack, option: None, votes, reading: None }).unwrap();
    let chosen = s.journal().iter().find_map(|e| match e.ev {
        Ev::Decided { d, option, .. } if d == item.id => Some(option),
        _ => None,
    });
    assert_eq!(chosen, Some(last));
}

#[test]
fn scenarios_at_the_edges_of_the_valid_ranges_play_to_the_end() {
    use cjs::scenario::{Dec, Pay, PecWeights, Scenario};
    let dec = |s: &str| Dec(s.parse().unwrap());
    type Edit = Box<dyn Fn(&mut Scenario)>;
    let edits: Vec<(&str, Edit)> = vec![
        (
            "nobody available",
            Box::new(|s| {
                for c in &mut s.cooperants {
                    c.availability = 0;
                    c.motivation = 0;
                }
            }),
        ),
        (
            "no demand",
            Box::new(move |s| {
                for g in &mut s.segments {
                    g.base_demand = dec("0");
                }
            }),
        ),
        (
            "flood in the rain",
            Box::new(move |s| {
                s.calendar.weeks = 16;
                s.weather.rain_chance = 100;
                for g in &mut s.segments {
                    g.base_demand = dec("100");
                    g.price_sensitivity = dec("5");
                }
            }),
        ),
        (
            "three members, two weeks",
            Box::new(|s| {
                s.cooperants.truncate(3);
                s.cooperants.iter_mut().for_each(|c| c.away_weeks.clear());
                s.calendar.weeks = 2;
                s.events.clear();
                s.pec_weights = PecWeights { v: 0, s: 0, a: 1 };
            }),
        ),
        (
            "losing money on every job",
            Box::new(move |s| {
                s.comite.starting_fund = dec("0");
                for v in &mut s.services {
                    v.material_cost = dec("500");
                    v.reference_price = dec("0.01");
                }
                s.pay = Pay::AsInvoicesArePaid { coop_share: 0 };
            }),
        ),
    ];
    for (name, edit) in edits {
        let w = variant(|s| edit(s));
        for policy in Policy::all().iter().copied() {
            for seed in 1..=10 {
                let (s, _) = play(&w, seed, policy);
                assert!(s.is_over(), "{name}: {policy:?} seed {seed}");
                assert!(s.ledger().balances_to_zero(), "{name}: {policy:?} seed {seed}");
                assert_eq!(s.surplus(), surplus_in_journal(&s));
            }
        }
    }
}

/// The sharing rule forced at every sharing decision, the rest as adaptive plays it.
fn shared(w: &World, seed: u64, rule: SharingRule) -> Season {
    play_with(w, seed, Policy::Adaptive, |s| decide_where(s, |c| *c == Choice::Sharing(rule)))
}

#[test]
fn sharing_jobs_by_skill_leaves_the_idle_unhappy_and_rotation_spreads_the_trades() {
    let w = World::new(&reference());
    let (mut idle_skill, mut idle_turn, mut trades_skill, mut trades_turn) = (0.0, 0.0, 0.0, 0.0);
    for seed in 1..=30 {
        for (rule, idle, trades) in [
            (SharingRule::BySkill, &mut idle_skill, &mut trades_skill),
            (SharingRule::Rotation, &mut idle_turn, &mut trades_turn),
        ] {
            let s = shared(&w, seed, rule);
            // The third of the team who worked least, and how they feel at the end.
            let mut by_hours: Vec<_> = s.members().iter().collect();
            by_hours.sort_by_key(|m| m.minutes);
            let least = &by_hours[..by_hours.len() / 3];
            *idle += least.iter().map(|m| m.motivation).sum::<f64>() / least.len() as f64;
            *trades += s.members().iter().map(|m| m.trades.count_ones() as f64).sum::<f64>() / s.members().len() as f64;
        }
    }
    assert!(
        idle_skill < idle_turn,
        "the least busy are less content by skill ({idle_skill}) than in turn ({idle_turn})"
    );
    assert!(trades_turn > trades_skill, "rotation spreads the trades: {trades_turn} against {trades_skill}");
}

#[test]
fn readiness_grows_by_practice_in_its_own_sphere() {
    let w = World::new(&reference());
    for seed in 1..=10 {
        // The animateurs decide business questions and leave the others to the group.
        let s = play_with(&w, seed, Policy::Facilitative, |s| {
            let item = s.pending()?;
            (item.sphere == Sphere::Business)
                .then(|| Input::posture(Posture::Decide, Some(item.best_for(0, &w.params))))
        });
        let start = Season::new(&w, seed);
        let grown = |sp: Sphere| s.group().competence[sp.index()] - start.group().competence[sp.index()];
        assert!(
            grown(Sphere::Associative) > grown(Sphere::Business) + 0.05,
            "seed {seed}: associative {} business {}",
            grown(Sphere::Associative),
            grown(Sphere::Business)
        );
    }
}

#[test]
fn the_cues_follow_the_hidden_state_and_looking_at_them_changes_nothing() {
    let w = World::new(&reference());
    let (mut asked, mut not_asked) = (Vec::new(), Vec::new());
    let mut differ = 0;
    for seed in 1..=40 {
        let mut s = Season::new(&w, seed);
        let mut seat = cjs::policy::Seat::new(Policy::Facilitative, seed);
        let (plain, _) = play(&w, seed, Policy::Facilitative);
        while let Some(input) = seat.choose(&s, &w) {
            let cues = s.cues(&w);
            let r = s.readiness();
            if cues.iter().any(|c| matches!(c, cjs::sim::season::Cue::AsksAnimateurs { .. })) {
                asked.push(r);
            } else {
                not_asked.push(r);
            }
            if seed > 1 && s.decisions() == 3 && cues != play_cues_at(&w, seed - 1, 3) {
                differ += 1;
            }
            s.decide(&w, &input).unwrap();
        }
        // Looking at the cues before each decision leaves the summer as it was.
        assert_eq!(s.journal(), plain.journal(), "seed {seed}");
    }
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len().max(1) as f64;
    assert!(
        mean(&asked) < mean(&not_asked),
        "a group that turns to the animateurs is less ready: {} against {}",
        mean(&asked),
        mean(&not_asked)
    );
    assert!(differ > 20, "the same moment of another summer shows other cues: {differ} of 39");
}

/// The cues shown at decision `d` of a summer played with facilitation.
fn play_cues_at(w: &World, seed: u64, d: u16) -> Vec<cjs::sim::season::Cue> {
    let mut s = Season::new(w, seed);
    while s.decisions() < d {
        s.decide(w, &Input::posture(Posture::Facilitate, None)).unwrap();
    }
    s.cues(w)
}

#[test]
fn a_seat_made_anew_at_each_decision_plays_the_summer_of_play() {
    // The game asks its policy for one decision at a time (`Seat::after`): every policy,
    // `random` included, must give the inputs `play` (`cjs run`) gives for the same seed.
    let w = World::new(&reference());
    for policy in Policy::all().iter().copied() {
        for seed in [1u64, 7] {
            let (want, inputs) = play(&w, seed, policy);
            let mut season = Season::new(&w, seed);
            let mut made = Vec::new();
            while let Some(input) = cjs::policy::Seat::after(policy, &season).choose(&season, &w) {
                season.decide(&w, &input).unwrap();
                made.push(input);
            }
            assert_eq!(made, inputs, "{} seed {seed}", policy.name());
            assert_eq!(season, want, "{} seed {seed}", policy.name());
        }
    }
}

#[test]
fn the_commitment_kept_between_decisions_is_the_one_the_members_give_now() {
    // The season keeps the group's commitment (mean motivation of the active members) until a
    // member changes. After every decision, and a whole week or closing after it, it must be
    // the mean worked out afresh from the members as they are: a kept value gone stale would
    // show here (and move every later cue, need and crisis).
    for loaded in all_scenarios().into_iter().chain(heldout_scenarios()) {
        let w = World::new(&loaded);
        for policy in [Policy::Adaptive, Policy::Delegating, Policy::Random] {
            let mut season = Season::new(&w, 5);
            let mut seat = cjs::policy::Seat::new(policy, 5);
            let mut checked = 0;
            loop {
                let (sum, n) =
                    season.members().iter().filter(|m| m.active).fold((0.0, 0), |(s, n), m| (s + m.motivation, n + 1));
                let fresh = if n == 0 { 0.0 } else { sum / n as f64 };
                assert_eq!(
                    season.commitment().to_bits(),
                    fresh.to_bits(),
                    "{} {} after {checked} decisions",
                    w.scenario.id,
                    policy.name()
                );
                checked += 1;
                let Some(input) = seat.choose(&season, &w) else { break };
                season.decide(&w, &input).unwrap();
            }
            assert!(checked > 10 && season.is_over(), "{} {}: {checked} decisions", w.scenario.id, policy.name());
        }
    }
}

#[test]
fn the_cues_agree_with_the_table() {
    // Over every scenario (shipped and held out) and every policy: a member cued missing
    // neither proposes, argues nor votes in that decision, and a member who left is named by
    // no cue after leaving.
    use cjs::sim::season::Cue;
    for l in all_scenarios().into_iter().chain(heldout_scenarios()) {
        let w = World::new(&l);
        for policy in cjs::policy::Policy::all().iter().copied() {
            for seed in 1..=3 {
                let (s, _) = cjs::policy::play(&w, seed, policy);
                let (mut missing, mut left) = (Vec::new(), Vec::new());
                for e in s.journal() {
                    let whose = format!("{} {} seed {seed}", w.scenario.id, policy.name());
                    match e.ev {
                        Ev::Cue { d, cue } => {
                            let named = cue.members();
                            assert!(
                                !named.iter().any(|m| left.contains(m)),
                                "{whose}: {cue:?} names a member who left"
                            );
                            if let Cue::Absent { member } = cue {
                                missing.push((d, member));
                            }
                        }
                        Ev::Proposal { d, member, .. }
                        | Ev::Argument { d, member, .. }
                        | Ev::Vote { d, member, .. } => {
                            assert!(
                                !missing.contains(&(d, member)),
                                "{whose}: member {member} cued missing takes part in decision {d}"
                            );
                        }
                        Ev::Left { member } => left.push(member),
                        _ => {}
                    }
                }
            }
        }
    }
}
