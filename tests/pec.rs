//! The PEC model, as a trainer would judge it: over many seeds of every scenario in
//! `scenarios/`, the postures that fit the group's needs take it furthest.

mod common;

use std::collections::BTreeMap;

use cjs::policy::{Policy, play};
use cjs::report::{Summary, batch};
use cjs::scenario::Sphere;
use cjs::scoring::{Comp, Rule};
use cjs::sim::World;
use cjs::sim::journal::Ev;
use common::*;

const SEEDS: u64 = 100;

/// Mean PEC, V, S, A of a policy on a scenario over seeds 1..=SEEDS.
fn means(w: &World, policy: Policy) -> [f64; 4] {
    let mut acc = [0.0; 4];
    for seed in 1..=SEEDS {
        let (s, _) = play(w, seed, policy);
        let sum = Summary::of(&s, w, policy.name());
        for (a, v) in acc.iter_mut().zip([sum.pec.total, sum.pec.v, sum.pec.s, sum.pec.a]) {
            *a += v / SEEDS as f64;
        }
    }
    acc
}

#[test]
fn the_postures_that_fit_the_group_take_it_furthest() {
    for loaded in all_scenarios() {
        let w = World::new(&loaded);
        let id = &w.scenario.id;
        let m: BTreeMap<Policy, [f64; 4]> = Policy::ALL.iter().map(|&p| (p, means(&w, p))).collect();
        let report = format!("{id}: {m:?}");
        for p in Policy::ALL {
            if p != Policy::Adaptive {
                assert!(m[&Policy::Adaptive][0] > m[&p][0], "adaptive must have the best PEC; {report}");
            }
            if p != Policy::Directive {
                assert!(m[&Policy::Directive][3] < m[&p][3], "directive must have the lowest Autonomy; {report}");
            }
        }
        assert!(
            m[&Policy::Facilitative][1] > m[&Policy::Directive][1] + 10.0,
            "facilitation builds more Vision; {report}"
        );
    }
}

#[test]
fn delegating_loses_support_whenever_the_group_is_in_crisis() {
    let mut crisis_decisions = 0;
    for loaded in all_scenarios() {
        let w = World::new(&loaded);
        for seed in 1..=30 {
            let (s, _) = play(&w, seed, Policy::Delegating);
            let mut in_crisis = BTreeMap::new();
            for e in &s.journal {
                match e.ev {
                    Ev::Opened { d, crisis, .. } => {
                        in_crisis.insert(d, crisis);
                    }
                    Ev::Score { comp: Comp::S, delta, rule, cause: cjs::scoring::Cause::Decision(d), .. }
                        if in_crisis[&d] =>
                    {
                        crisis_decisions += 1;
                        assert!(
                            delta < 0 || (delta == 0 && e_after(&e.ev) == 0),
                            "{}: seed {seed} decision {d}",
                            w.scenario.id
                        );
                        assert_eq!(rule, Rule::TooLittleHelp);
                    }
                    _ => {}
                }
            }
        }
    }
    assert!(crisis_decisions > 20, "the scenarios bring crises: {crisis_decisions}");
}

fn e_after(ev: &Ev) -> i32 {
    match ev {
        Ev::Score { after, .. } => *after,
        _ => -1,
    }
}

#[test]
fn a_coop_that_always_lets_the_animateurs_decide_loses_autonomy() {
    let w = World::new(&reference());
    let start = w.params.autonomy_start;
    for seed in 1..=20 {
        let (s, _) = play(&w, seed, Policy::Directive);
        for sp in Sphere::ALL {
            assert!(s.scores.sphere(sp) < start, "seed {seed} {sp:?}: {}", s.scores.sphere(sp));
        }
        let decided_for =
            s.journal.iter().filter(|e| matches!(e.ev, Ev::Score { rule: Rule::DecidedForGroup, .. })).count();
        assert!(decided_for > 10, "the rule applied at each decision: {decided_for}");
    }
}

#[test]
fn the_evidence_explains_every_point_of_the_final_scores() {
    for loaded in all_scenarios() {
        let w = World::new(&loaded);
        for policy in Policy::ALL {
            for seed in 1..=5 {
                let (s, _) = play(&w, seed, policy);
                let mut sums: BTreeMap<Comp, i32> = BTreeMap::new();
                for e in &s.journal {
                    if let Ev::Score { comp, delta, after, rule, .. } = e.ev {
                        let total = sums.entry(comp).or_insert(0);
                        // The starting value is journaled as a change from zero.
                        *total += delta;
                        assert_eq!(*total, after, "{comp:?} {rule:?}");
                    }
                }
                assert_eq!(sums[&Comp::V], s.scores.v);
                assert_eq!(sums[&Comp::S], s.scores.s);
                for sp in Sphere::ALL {
                    assert_eq!(sums[&Comp::A(sp)], s.scores.a[sp.index()]);
                }
            }
        }
    }
}

#[test]
fn a_batch_gives_the_same_results_with_one_thread_and_two() {
    let w = World::new(&reference());
    let one = rayon::ThreadPoolBuilder::new().num_threads(1).build().unwrap();
    let two = rayon::ThreadPoolBuilder::new().num_threads(2).build().unwrap();
    let a = one.install(|| batch::run(&w, 1, 200, Policy::Random, &|| {}));
    let b = two.install(|| batch::run(&w, 1, 200, Policy::Random, &|| {}));
    assert_eq!(a, b);
    assert_eq!(batch::csv(&a), batch::csv(&b));
}

#[test]
fn batch_statistics_are_right() {
    let s = batch::Stats::of(&[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0]);
    assert_eq!((s.mean, s.p10, s.p50, s.p90), (5.5, 1.0, 5.0, 9.0));
    assert!((s.sd - 2.87).abs() < 0.01);
}
