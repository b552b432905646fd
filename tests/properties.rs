//! Property tests: money splits add up to the cent; any sequence of valid decisions keeps the
//! books balanced and never panics; any scenario changed within the documented ranges still
//! validates, round-trips through RON and plays a whole summer.
//!
//! Case counts are kept small so that the file runs in a few seconds; raise `PROPTEST_CASES` to
//! search longer.

use std::path::Path;

use proptest::prelude::*;
use rust_decimal::Decimal;

use cjs::base::params::{Params, ParamsOverride};
use cjs::decision::{Input, Posture};
use cjs::policy::{Policy, play};
use cjs::save::{Mode, Save};
use cjs::scenario::{Dec, Loaded, Scenario, Trigger, load_str};
use cjs::sim::money::split;
use cjs::sim::{Season, World};

/// Every shipped scenario, and the minimal one of the hostile corpus.
fn scenario_files() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<_> = std::fs::read_dir(root.join("scenarios"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    paths.sort();
    paths.push(root.join("tests/hostile/valid/minimal.ron"));
    paths.into_iter().map(|p| (p.display().to_string(), std::fs::read_to_string(&p).unwrap())).collect()
}

fn loaded(i: usize) -> Loaded {
    let files = scenario_files();
    let (name, src) = &files[i % files.len()];
    load_str(name, src).unwrap()
}

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(cases),
        ..ProptestConfig::default()
    }
}

// ---------- money ----------

proptest! {
    #![proptest_config(config(5000))]

    /// Any amount (usual ones, and any number of cents up to the 96 bits of a `Decimal`, i.e.
    /// about 7.9 × 10²⁶, written with 2–28 decimals and rounded to the cent first), any `u64`
    /// weights (zeros included): the parts sum to the total, each is within a cent of its exact
    /// share, a zero weight gets nothing, and every part has the total's sign. (Beyond 2⁹⁶ cents a
    /// `Decimal` cannot hold the cents of a part, so no split can be exact there.)
    #[test]
    fn money_splits_add_up_to_the_cent(
        total in prop_oneof![
            (any::<i64>(), 0u32..=4).prop_map(|(v, s)| Decimal::new(v / 100, s)),
            (any::<i128>(), 2u32..=28).prop_map(|(m, s)| {
                Decimal::from_i128_with_scale(m % ((1i128 << 96) - 1), s)
            }),
        ],
        weights in prop::collection::vec(prop_oneof![Just(0u64), 0u64..1000, any::<u64>()], 0..12),
    ) {
        let parts = split(total, &weights);
        prop_assert_eq!(parts.len(), weights.len());
        if weights.is_empty() {
            return Ok(());
        }
        let whole = total.round_dp(2);
        prop_assert_eq!(parts.iter().sum::<Decimal>(), whole);
        let sum: u128 = weights.iter().map(|&w| w as u128).sum();
        for (p, &w) in parts.iter().zip(&weights) {
            prop_assert!(p.scale() <= 2);
            prop_assert!(p.is_zero() || p.is_sign_negative() == whole.is_sign_negative());
            // |part − total·w/sum| < 1 cent, in integer cents to stay exact (where the product
            // fits in 128 bits).
            if let Some(low) = cents(whole).unsigned_abs().checked_mul(w as u128).and_then(|x| x.checked_div(sum)) {
                let got = cents(*p).unsigned_abs();
                prop_assert!(got == low || got == low + 1, "part {} of weight {} / {}", p, w, sum);
            } else if sum > 0 && w == 0 {
                prop_assert!(p.is_zero());
            }
        }
    }
}

/// An amount of at most two decimals as a whole number of cents.
fn cents(d: Decimal) -> i128 {
    d.mantissa() * 10i128.pow(2 - d.scale().min(2))
}

// ---------- decisions ----------

/// One step of a player: a posture, and numbers turned into an option and votes valid for the
/// decision due (whatever it turns out to be).
#[derive(Debug, Clone)]
struct Step {
    posture: usize,
    option: u8,
    give_option: bool,
    votes: Vec<(u8, u8)>,
}

fn step() -> impl Strategy<Value = Step> {
    (0usize..4, any::<u8>(), any::<bool>(), prop::collection::vec((any::<u8>(), any::<u8>()), 0..4))
        .prop_map(|(posture, option, give_option, votes)| Step { posture, option, give_option, votes })
}

fn input_for(season: &Season, s: &Step) -> Option<Input> {
    let item = season.pending()?;
    let n = item.options.len() as u8;
    let posture = Posture::ALL[s.posture];
    let option = (posture.needs_option() || s.give_option).then(|| s.option % n.max(1));
    let members = season.members().len() as u8;
    let mut votes: Vec<(u8, u8)> = Vec::new();
    for &(m, o) in &s.votes {
        let m = m % members.max(1);
        if !votes.iter().any(|&(mm, _)| mm == m) {
            votes.push((m, o % n.max(1)));
        }
    }
    Some(Input { posture, option, votes, reading: None })
}

proptest! {
    #![proptest_config(config(256))]

    /// Random postures, options and votes, each valid for the decision due: the engine accepts
    /// every one, never panics, keeps the books balanced after each, and the summer ends. A save
    /// of the inputs replays to the same season.
    #[test]
    fn random_valid_decisions_keep_the_books_balanced(
        which in 0usize..64,
        seed in any::<u64>(),
        steps in prop::collection::vec(step(), 64),
    ) {
        let l = loaded(which);
        let w = World::new(&l);
        let mut season = Season::new(&w, seed);
        prop_assert!(season.ledger().balances_to_zero());
        let mut inputs = Vec::new();
        for s in steps.iter().cycle().take(400) {
            let Some(input) = input_for(&season, s) else { break };
            season.decide(&w, &input).map_err(|e| TestCaseError::fail(format!("{input:?}: {e}")))?;
            prop_assert!(season.ledger().balances_to_zero(), "books unbalanced after {:?}", input);
            inputs.push(input);
        }
        prop_assert!(season.is_over(), "the summer did not end after {} decisions", inputs.len());
        let save = Save::new(&w, seed, Mode::Animateur, None, Vec::new(), inputs);
        let json = serde_json::to_string(&save).unwrap();
        let back: Save = serde_json::from_str(&json).unwrap();
        let replayed = back.replay("prop.json").unwrap().season;
        prop_assert!(replayed == season, "the replay of the save differs");
    }
}

// ---------- scenarios ----------

/// Changes within the documented ranges, drawn as raw numbers and fitted to each scenario.
#[derive(Debug, Clone)]
struct Mutation {
    weeks: u8,
    ages: Vec<u8>,
    traits: Vec<[u8; 4]>,
    availability: Vec<u8>,
    motivation: Vec<u8>,
    skills: Vec<u8>,
    cents: Vec<i64>,
    scales: Vec<u32>,
    demand: Vec<(u32, u32)>,
    shares: Vec<(u8, u8, u8)>,
    season: Vec<u16>,
    rain: u8,
    travel: u16,
    pec: (u8, u8, u8),
    params: Vec<(usize, u16)>,
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let v8 = |max: u8| prop::collection::vec(0..=max, 32);
    (
        (
            2u8..=16,
            prop::collection::vec(13u8..=27, 32),
            prop::collection::vec(prop::array::uniform4(0u8..=100), 32),
            v8(40),
            v8(100),
            v8(100),
        ),
        (
            prop::collection::vec(1i64..=100_000_000, 16),
            prop::collection::vec(0u32..=2, 16),
            prop::collection::vec((0u32..=100, 0u32..=500), 8),
            prop::collection::vec((0u8..=100, 0u8..=100, 0u8..=8), 8),
            prop::collection::vec(0u16..=500, 16),
        ),
        (
            0u8..=100,
            0u16..=120,
            (0u8..=10, 0u8..=10, 1u8..=10),
            prop::collection::vec((any::<usize>(), 0u16..=1000), 0..6),
        ),
    )
        .prop_map(
            |(
                (weeks, ages, traits, availability, motivation, skills),
                (cents, scales, demand, shares, season),
                (rain, travel, pec, params),
            )| Mutation {
                weeks,
                ages,
                traits,
                availability,
                motivation,
                skills,
                cents,
                scales,
                demand,
                shares,
                season,
                rain,
                travel,
                pec,
                params,
            },
        )
}

/// An amount of `cents` written with `scale` decimals (12 → "12", "12.0" or "12.00" worth 12).
fn amount(cents: i64, scale: u32) -> Dec {
    let whole = Decimal::new(cents, 2).round_dp(scale);
    let mut d = whole;
    d.rescale(scale);
    Dec(d)
}

fn apply(s: &mut Scenario, m: &Mutation) {
    // The weeks must cover every week the scenario names.
    let mut needed = 2u8;
    for c in &s.cooperants {
        needed = needed.max(c.away_weeks.iter().copied().max().unwrap_or(0));
    }
    for e in &s.events {
        needed = needed.max(match e.trigger {
            Trigger::Week(w) => w,
            Trigger::When { from_week, .. } => from_week,
        });
    }
    s.calendar.weeks = m.weeks.max(needed);
    for (i, c) in s.cooperants.iter_mut().enumerate() {
        let k = i % 32;
        c.age = m.ages[k];
        let t = m.traits[k];
        c.traits.assertiveness = t[0];
        c.traits.reliability = t[1];
        c.traits.initiative = t[2];
        c.traits.sociability = t[3];
        c.availability = m.availability[k];
        c.motivation = m.motivation[k];
        for (j, sk) in c.skills.iter_mut().enumerate() {
            sk.1 = m.skills[(k + j) % 32];
        }
    }
    let mut n = 0;
    let mut next_amount = |min_cents: i64| {
        n += 1;
        amount(m.cents[n % 16].max(min_cents) % 1_000_000_000, m.scales[n % 16])
    };
    s.comite.starting_fund = next_amount(0);
    for v in &mut s.services {
        v.reference_price = next_amount(1);
        if v.reference_price.0.is_zero() {
            v.reference_price = Dec(Decimal::new(1, 0));
        }
        // Material costs a fraction of a price.
        v.material_cost = Dec((next_amount(0).0 / Decimal::ONE_HUNDRED).round_dp(2));
    }
    for (i, g) in s.segments.iter_mut().enumerate() {
        let (d, p) = m.demand[i % 8];
        g.base_demand = Dec(Decimal::new(d as i64, 0));
        g.price_sensitivity = Dec(Decimal::new(p as i64, 2));
        let (a, b, delay) = m.shares[i % 8];
        let on_time = a;
        let late = b.min(100 - on_time);
        g.payment.on_time = on_time;
        g.payment.late = late;
        g.payment.unpaid = 100 - on_time - late;
        g.payment.delay_weeks = delay;
        for (j, x) in g.season.iter_mut().enumerate() {
            *x = m.season[(i + j) % 16];
        }
    }
    s.promotion.flyers_cost = next_amount(0);
    s.promotion.press_cost = next_amount(0);
    s.weather.rain_chance = m.rain;
    s.territory.travel_minutes = m.travel;
    s.pec_weights.v = m.pec.0;
    s.pec_weights.s = m.pec.1;
    s.pec_weights.a = m.pec.2;
    // Model parameters: any of the table, anywhere in its range, with two decimals (a switch 0
    // or 1).
    let mut text = String::from("(");
    for &(i, t) in &m.params {
        let info = Params::TABLE[i % Params::TABLE.len()];
        let x = info.min + (info.max - info.min) * t as f64 / 1000.0;
        let mut d = Decimal::from_f64_retain(x).unwrap().round_dp(2);
        if d.to_string().parse::<f64>().unwrap() > info.max {
            d -= Decimal::new(1, 2);
        }
        if d.to_string().parse::<f64>().unwrap() < info.min {
            d += Decimal::new(1, 2);
        }
        // A switch takes 0 or 1 (`ParamInfo::allows`).
        if info.is_switch() {
            d = Decimal::from(u8::from(t >= 500));
        }
        text.push_str(&format!("{}: {d},", info.name));
    }
    text.push(')');
    // A parameter drawn twice would be a duplicate field: keep the first.
    let mut seen = std::collections::BTreeSet::new();
    let dedup: Vec<&str> = text
        .trim_matches(['(', ')'])
        .split(',')
        .filter(|kv| !kv.is_empty() && seen.insert(kv.split(':').next().unwrap().to_string()))
        .collect();
    s.params = ron::from_str::<ParamsOverride>(&format!("({})", dedup.join(","))).unwrap();
}

proptest! {
    #![proptest_config(config(256))]

    /// A scenario changed within the ranges of docs/scenario-format.md still validates, comes
    /// back equal (amounts with their scale) from RON, and plays a whole summer with balanced
    /// books.
    #[test]
    fn scenarios_changed_within_range_validate_and_round_trip(
        which in 0usize..64,
        m in mutation(),
        seed in any::<u64>(),
        policy in 0usize..Policy::all().len(),
    ) {
        let mut s = loaded(which).scenario;
        apply(&mut s, &m);
        let text = ron::ser::to_string_pretty(&s, ron::ser::PrettyConfig::default()).unwrap();
        let back = load_str("mutated.ron", &text).map_err(|d| {
            TestCaseError::fail(d.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n"))
        })?;
        prop_assert_eq!(&back.scenario, &s);
        prop_assert_eq!(format!("{:?}", back.scenario), format!("{s:?}"));
        let again = ron::ser::to_string_pretty(&back.scenario, ron::ser::PrettyConfig::default()).unwrap();
        prop_assert_eq!(&again, &text);
        let w = World::new(&back);
        let (season, _) = play(&w, seed, Policy::all()[policy]);
        prop_assert!(season.is_over());
        prop_assert!(season.ledger().balances_to_zero());
    }
}
