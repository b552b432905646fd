//! The scenario library: every file in `scenarios/` loads and validates, every shipped scenario
//! is complete (bilingual, 12–15 cooperants, at least six events with trainer notes), plays to
//! the end with every policy and balanced books, and is calibrated on the real CJS figures:
//! the median revenue over seeds 1..=100 with the `adaptive` policy lies within ±50 % of the
//! figure of its country, and `directive` and `delegating` give clearly different summers.
//! `docs/scenarios.md` gives the measured figures and the command that reproduces them.

use std::path::{Path, PathBuf};

use rust_decimal::prelude::ToPrimitive;

use cjs::policy::{Policy, play};
use cjs::report::batch::Stats;
use cjs::save::Summary;
use cjs::scenario::shipped::SHIPPED;
use cjs::scenario::{Country, Loaded, Scenario, Text, load_file, load_str};
use cjs::sim::World;

/// Québec 2015: $537,735 of revenue for 139 CJS, about $3,900 per CJS.
const QUEBEC_REVENUE_PER_CJS: f64 = 3_900.0;
/// France 2016: about €4,500 of revenue (excl. tax) per CJS.
const FRANCE_REVENUE_PER_CJS: f64 = 4_500.0;

fn scenario_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    files.sort();
    files
}

fn shipped() -> Vec<Loaded> {
    SHIPPED
        .iter()
        .map(|(name, src)| {
            load_str(name, src).unwrap_or_else(|errors| {
                panic!("{name} does not load:\n{}", errors.iter().map(|e| format!("{e}\n")).collect::<String>())
            })
        })
        .collect()
}

fn revenue_and_autonomy(w: &World, seeds: std::ops::RangeInclusive<u64>, policy: Policy) -> (Vec<f64>, Vec<f64>) {
    seeds
        .map(|seed| {
            let (season, _) = play(w, seed, policy);
            let s = Summary::of(&season, w, policy.name());
            (s.finance.revenue.to_f64().unwrap(), s.pec.a)
        })
        .unzip()
}

#[test]
fn every_file_in_scenarios_loads_and_validates() {
    let files = scenario_files();
    assert!(files.len() >= 6, "expected at least six scenarios, found {}", files.len());
    for path in files {
        match load_file(&path) {
            Ok(loaded) => {
                let stem = path.file_stem().unwrap().to_string_lossy();
                assert_eq!(loaded.scenario.id, stem, "{}: the id must be the file name", path.display());
            }
            Err(errors) => panic!(
                "{} does not validate:\n{}",
                path.display(),
                errors.iter().map(|e| format!("{e}\n")).collect::<String>()
            ),
        }
    }
}

#[test]
fn every_scenario_file_is_shipped_and_quintin_comes_first() {
    assert_eq!(SHIPPED[0].0, "quintin-2013.ron");
    for path in scenario_files() {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let shipped = SHIPPED.iter().find(|(n, _)| *n == name);
        let (_, src) = shipped.unwrap_or_else(|| panic!("{name} is not in scenario::shipped::SHIPPED"));
        assert_eq!(*src, std::fs::read_to_string(&path).unwrap(), "{name}: shipped text differs from the file");
    }
}

fn both(t: &Text) -> bool {
    !t.fr.trim().is_empty() && !t.en.trim().is_empty()
}

#[test]
fn every_shipped_scenario_is_a_complete_summer() {
    for loaded in shipped() {
        let s: &Scenario = &loaded.scenario;
        let id = &s.id;
        assert!((12..=15).contains(&s.cooperants.len()), "{id}: 12 to 15 cooperants, found {}", s.cooperants.len());
        assert!(!s.learning_goals.is_empty() && s.learning_goals.iter().all(both), "{id}: learning goals");
        assert!(!s.trainer_notes.is_empty() && s.trainer_notes.iter().all(both), "{id}: trainer notes");
        assert!(s.events.len() >= 6, "{id}: at least six events, found {}", s.events.len());
        let scripted = s.events.iter().filter(|e| matches!(e.trigger, cjs::scenario::Trigger::Week(_))).count();
        assert!(scripted >= 6, "{id}: at least six scripted events, found {scripted}");
        for e in &s.events {
            assert!(both(&e.trainer_note), "{id}: event {} has no trainer note in both languages", e.id);
            assert!((2..=4).contains(&e.choices.len()), "{id}: event {} offers 2 to 4 choices", e.id);
            // Choices that matter: no two choices of an event with the same effects.
            for (i, a) in e.choices.iter().enumerate() {
                for b in &e.choices[i + 1..] {
                    assert_ne!(a.effects, b.effects, "{id}: event {} has two choices with the same effects", e.id);
                }
            }
        }
        // Distinct personalities: no two cooperants with the same traits.
        for (i, a) in s.cooperants.iter().enumerate() {
            for b in &s.cooperants[i + 1..] {
                assert_ne!(a.traits, b.traits, "{id}: {} and {} have the same traits", a.name, b.name);
            }
        }
    }
}

#[test]
fn every_shipped_scenario_runs_to_the_end_with_every_policy() {
    for loaded in shipped() {
        let w = World::new(&loaded);
        for policy in Policy::all().iter().copied() {
            for seed in 1..=20 {
                let (season, inputs) = play(&w, seed, policy);
                let at = format!("{} seed {seed} policy {}", w.scenario.id, policy.name());
                assert!(season.is_over(), "{at}: the summer did not end");
                assert!(season.pending().is_none(), "{at}: a decision is still due");
                assert!(season.ledger().balances_to_zero(), "{at}: the ledger does not balance");
                assert_eq!(season.weeks().len(), w.weeks as usize, "{at}: weeks played");
                assert_eq!(inputs.len(), season.decisions() as usize, "{at}: inputs and decisions");
            }
        }
    }
}

#[test]
fn shipped_scenarios_are_calibrated_on_the_real_figures() {
    let mut report = String::new();
    let mut failures = Vec::new();
    for loaded in shipped() {
        let w = World::new(&loaded);
        let id = &w.scenario.id;
        let target = match w.scenario.country {
            Country::Canada => QUEBEC_REVENUE_PER_CJS,
            Country::France => FRANCE_REVENUE_PER_CJS,
        };
        let (revenue, _) = revenue_and_autonomy(&w, 1..=100, Policy::Adaptive);
        let median = Stats::of(&revenue).p50;
        let (_, a_directive) = revenue_and_autonomy(&w, 1..=50, Policy::Directive);
        let (_, a_delegating) = revenue_and_autonomy(&w, 1..=50, Policy::Delegating);
        let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
        let (ad, ag) = (mean(&a_directive), mean(&a_delegating));
        report.push_str(&format!(
            "{id}: median revenue {median:.0} (target {target:.0}), autonomy directive {ad:.1} delegating {ag:.1}\n"
        ));
        if !(0.5 * target..=1.5 * target).contains(&median) {
            failures.push(format!("{id}: median revenue {median:.0} outside ±50 % of {target:.0}"));
        }
        if ag - ad < 20.0 {
            failures.push(format!("{id}: directive and delegating too alike in autonomy ({ad:.1} vs {ag:.1})"));
        }
    }
    println!("{report}");
    assert!(failures.is_empty(), "{}\n{report}", failures.join("\n"));
}

/// Every English string of a scenario's source (`en: "…"`), escapes kept.
fn english_strings(src: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = src;
    while let Some(at) = rest.find("en: \"") {
        let body = &rest[at + 5..];
        let mut end = 0;
        let mut escaped = false;
        for (i, c) in body.char_indices() {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => {
                    end = i;
                    break;
                }
                _ => escaped = false,
            }
        }
        out.push(&body[..end]);
        rest = &body[end..];
    }
    out
}

#[test]
fn english_texts_of_shipped_scenarios_say_committee_and_write_amounts_the_english_way() {
    for (name, src) in SHIPPED {
        let english = english_strings(src);
        assert!(english.len() > 50, "{name}: only {} English strings found", english.len());
        for text in english {
            // The Québec vocabulary note names the French word on purpose, translated beside it.
            let text = text.replace("comités (committees)", "");
            assert!(!text.to_lowercase().contains("comité"), "{name}: « comité » in English: {text}");
            // « €12 », never « 12 € ».
            let french_amount = text.char_indices().any(|(i, c)| c.is_ascii_digit() && text[i + 1..].starts_with(" €"));
            assert!(!french_amount, "{name}: an amount written the French way in English: {text}");
        }
    }
}
