//! Calibration bench for the model's claims: for each scenario of the folders given (default
//! `scenarios`), plays seeds 1..=N (env `SEEDS`, default 100) with every policy and a few probes
//! (imposing the best or the worst option, prices held at ±20 %), and prints the figures the
//! claims of `docs/pec-model.md` are about. Parameters can be overridden for a trial with
//! `PARAMS="name=value,name=value"` (the scenario files are not touched).
//!
//! `cargo run --release --no-default-features --example tune -- scenarios tests/heldout`
use cjs::decision::{Choice, Input, Kind, Posture};
use cjs::policy::{Policy, Seat, play};
use cjs::save::Summary;
use cjs::sim::{Season, World};
use rust_decimal::prelude::ToPrimitive;

fn drive(w: &World, seed: u64, mut f: impl FnMut(&Season, &World, &mut Seat) -> Input) -> Season {
    let mut s = Season::new(w, seed);
    let mut seat = Seat::new(Policy::Adaptive, seed);
    while s.pending().is_some() {
        let input = f(&s, w, &mut seat);
        if s.decide(w, &input).is_err() {
            break;
        }
    }
    s
}

fn num(d: rust_decimal::Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0)
}

#[derive(Default, Clone, Copy)]
struct M {
    pec: f64,
    v: f64,
    s: f64,
    a: f64,
    rev: f64,
    pay: f64,
    members: f64,
    obj: f64,
    complaints: f64,
}

fn mean(w: &World, seeds: u64, mut run: impl FnMut(u64) -> Season) -> (M, Vec<f64>, Vec<f64>) {
    let mut m = M::default();
    let mut revs = Vec::new();
    let mut pays = Vec::new();
    for seed in 1..=seeds {
        let s = run(seed);
        let sm = Summary::of(&s, w, "x");
        let k = seeds as f64;
        m.pec += sm.pec.total / k;
        m.v += sm.pec.v / k;
        m.s += sm.pec.s / k;
        m.a += sm.pec.a / k;
        m.rev += num(sm.finance.revenue) / k;
        m.pay += num(sm.finance.pay_per_member) / k;
        m.members += sm.members_end as f64 / k;
        m.obj += sm.objectives_reached as f64 / k;
        m.complaints += sm.complaints as f64 / k;
        revs.push(num(sm.finance.revenue));
        pays.push(num(sm.finance.pay_per_member));
    }
    revs.sort_by(f64::total_cmp);
    pays.sort_by(f64::total_cmp);
    (m, revs, pays)
}

fn median(v: &[f64]) -> f64 {
    v[v.len() / 2]
}

fn main() {
    let mut dirs: Vec<String> = std::env::args().skip(1).collect();
    if dirs.is_empty() {
        dirs.push("scenarios".into());
    }
    let seeds: u64 = std::env::var("SEEDS").ok().and_then(|s| s.parse().ok()).unwrap_or(100);
    let overrides = std::env::var("PARAMS").unwrap_or_default();
    let mut paths = Vec::new();
    for d in &dirs {
        for e in std::fs::read_dir(d).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|e| e == "ron") {
                paths.push(p);
            }
        }
    }
    paths.sort();
    let mut fails = 0;
    for p in paths {
        let Ok(l) = cjs::scenario::load_file(&p) else {
            println!("{}: invalid", p.display());
            continue;
        };
        let mut w = World::new(&l);
        for kv in overrides.split(',').filter(|s| !s.is_empty()) {
            let (k, v) = kv.split_once('=').unwrap();
            let v: f64 = v.parse().unwrap();
            set(&mut w.params, k, v);
        }
        println!("{}", w.scenario.id);
        let mut res = std::collections::BTreeMap::new();
        for pol in Policy::all().iter().copied() {
            let (m, revs, pays) = mean(&w, seeds, |seed| play(&w, seed, pol).0);
            println!(
                "  {:13} pec {:6.1} v {:5.1} s {:5.1} a {:5.1} v+a {:5.1} rev {:6.0} (p50 {:6.0}) pay {:4.0} (p50 {:4.0}) members {:4.1} obj {:.2} compl {:4.1}",
                pol.name(),
                m.pec,
                m.v,
                m.s,
                m.a,
                m.v + m.a,
                m.rev,
                median(&revs),
                m.pay,
                median(&pays),
                m.members,
                m.obj,
                m.complaints
            );
            res.insert(pol, (m, median(&revs), median(&pays)));
        }
        // Probes: imposing the best or the worst option everywhere; prices held at ±20 %.
        let impose = |worst: bool| {
            mean(&w, seeds, |seed| {
                drive(&w, seed, |s, _, _| {
                    let item = s.pending().unwrap();
                    let mut o = 0u8;
                    for k in 0..item.options.len() as u8 {
                        let (q, qo) = (item.quality(k), item.quality(o));
                        if (worst && q < qo) || (!worst && q > qo) {
                            o = k;
                        }
                    }
                    Input::posture(Posture::Decide, Some(o))
                })
            })
            .0
        };
        let (best, worst) = (impose(false), impose(true));
        let price = |pct: i8| {
            median(
                &mean(&w, seeds, |seed| {
                    drive(&w, seed, |s, w, seat| {
                        let item = s.pending().unwrap();
                        if item.kind == Kind::Prices {
                            let o = item.options.iter().position(|o| o.choice == Choice::Price(pct)).unwrap_or(0);
                            return Input::posture(Posture::Decide, Some(o as u8));
                        }
                        seat.choose(s, w).unwrap()
                    })
                })
                .1,
            )
        };
        let (lo, mid, hi) = (price(-20), price(0), price(20));
        let a = res[&Policy::Adaptive].0;
        let best_fixed_va = Policy::FIXED.iter().map(|p| res[p].0.v + res[p].0.a).fold(f64::MIN, f64::max);
        let others_pec = Policy::all()
            .iter()
            .filter(|p| !matches!(p, Policy::Adaptive | Policy::Greedy))
            .map(|p| res[p].0.pec)
            .fold(f64::MIN, f64::max);
        let g = res[&Policy::Greedy].0;
        let d = res[&Policy::Directive].0;
        let del = res[&Policy::Delegating].0;
        let checks = [
            ("adaptive best PEC", a.pec > others_pec),
            ("V+A >= 95% best fixed", a.v + a.a >= 0.95 * best_fixed_va),
            ("greedy <= 105%", g.pec <= 1.05 * a.pec),
            ("directive lowest A", Policy::all().iter().all(|p| *p == Policy::Directive || res[p].0.a > d.a)),
            ("directive rev/members <= adaptive", d.rev <= a.rev && d.members <= a.members),
            ("delegating costs 10%", del.members <= 0.9 * a.members || del.rev <= 0.9 * a.rev),
            ("worst < best imposed", worst.pec < best.pec),
            ("prices move 10%", (lo / mid - 1.0).abs() >= 0.1 || (hi / mid - 1.0).abs() >= 0.1),
        ];
        println!(
            "  imposed best {:.1} ({:.1}/{:.1}/{:.1} m {:.1}) worst {:.1} ({:.1}/{:.1}/{:.1} m {:.1}); price -20 {:.0} 0 {:.0} +20 {:.0}; V+A adaptive {:.1} best fixed {:.1}",
            best.pec,
            best.v,
            best.s,
            best.a,
            best.members,
            worst.pec,
            worst.v,
            worst.s,
            worst.a,
            worst.members,
            lo,
            mid,
            hi,
            a.v + a.a,
            best_fixed_va
        );
        for (name, ok) in checks {
            if !ok {
                fails += 1;
                println!("  FAIL {name}");
            }
        }
    }
    println!("fails {fails}");
}

fn set(p: &mut cjs::base::params::Params, k: &str, v: f64) {
    let json = serde_json::to_value(&*p).unwrap();
    let mut map = json.as_object().unwrap().clone();
    assert!(map.contains_key(k), "no parameter {k}");
    map.insert(k.into(), serde_json::json!(v));
    *p = serde_json::from_value(serde_json::Value::Object(map)).unwrap();
}
