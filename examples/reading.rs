//! How well the `reader` policy (a trainer's rules of thumb over the cues, `policy::read`)
//! reads the group: for each level of readiness the group was at (its need: Suggest or Decide →
//! not ready, Facilitate → partly, Step back → ready), the share of decisions read right; and
//! for crises, the share caught and the share of the decisions called a crisis that were one.
//! Also the journal's coherence: cues naming a member who is missing yet speaks or votes in that
//! decision, or a member who left.
//!
//! `cargo run --release --no-default-features --example reading -- scenarios tests/heldout`
//! (env `SEEDS`, default 40; env `PARAMS="name=value,…"` tries parameters without touching the
//! scenario files).
use cjs::decision::Ready;
use cjs::policy::{Policy, play};
use cjs::sim::World;
use cjs::sim::journal::Ev;
use cjs::sim::season::Cue;

fn main() {
    let seeds: u64 = std::env::var("SEEDS").ok().and_then(|s| s.parse().ok()).unwrap_or(40);
    let dirs: Vec<String> = std::env::args().skip(1).collect();
    let dirs = if dirs.is_empty() { vec!["scenarios".to_string()] } else { dirs };
    // [was][read] counts; crisis (caught, missed, false alarms).
    let mut table = [[0u32; 3]; 3];
    // The same, over the work's decisions alone (where the cues decide the reading).
    let mut work = [[0u32; 3]; 3];
    let (mut caught, mut missed, mut alarms, mut incoherent) = (0u32, 0u32, 0u32, 0u32);
    // Misses and false alarms, without and with a crisis cue of its own among the cues.
    let (mut missed_shown, mut alarm_shown) = ([0u32; 2], [0u32; 2]);
    // The weights' sums of the work's decisions, by the level the group was at.
    let mut sums: [Vec<f64>; 3] = Default::default();
    for dir in dirs {
        let mut paths: Vec<_> = std::fs::read_dir(&dir).expect("a folder").map(|e| e.expect("entry").path()).collect();
        paths.sort();
        for p in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "ron")) {
            let l = cjs::scenario::load_file(p).expect("a valid scenario");
            let w = with_params(&l);
            let mut t = [[0u32; 3]; 3];
            for seed in 1..=seeds {
                let (s, _) = play(&w, seed, Policy::Reader);
                let mut missing: Vec<(u16, u8)> = Vec::new();
                let mut left: Vec<u8> = Vec::new();
                let mut cues: Vec<Cue> = Vec::new();
                for e in s.journal() {
                    if let Ev::Opened { .. } = e.ev {
                        cues.clear();
                    }
                    match e.ev {
                        Ev::Reading { d, read, was } => {
                            if s.settled().get(d as usize).is_some_and(|i| i.sphere == cjs::scenario::Sphere::Work) {
                                sums[was.ready as usize].push(cjs::policy::Guide::of(w.model).weigh(&cues).0);
                                work[was.ready as usize][read.ready as usize] += 1;
                            }
                            t[was.ready as usize][read.ready as usize] += 1;
                            let shown = cues.iter().any(|c| {
                                matches!(c, Cue::Tension | Cue::Despondent | Cue::MoneyWorry | Cue::Aftermath { .. })
                            });
                            match (was.crisis, read.crisis) {
                                (true, true) => caught += 1,
                                (true, false) => {
                                    missed += 1;
                                    missed_shown[shown as usize] += 1;
                                }
                                (false, true) => {
                                    alarms += 1;
                                    alarm_shown[shown as usize] += 1;
                                }
                                _ => {}
                            }
                        }
                        Ev::Cue { d, cue } => {
                            cues.push(cue);
                            if let Cue::Absent { member } = cue {
                                missing.push((d, member));
                            }
                            let named = cue.members();
                            incoherent += named.iter().filter(|m| left.contains(m)).count() as u32;
                        }
                        Ev::Proposal { d, member, .. }
                        | Ev::Argument { d, member, .. }
                        | Ev::Vote { d, member, .. } => {
                            incoherent += missing.contains(&(d, member)) as u32;
                        }
                        Ev::Left { member } => left.push(member),
                        _ => {}
                    }
                }
            }
            let right = |k: usize| t[k][k] as f64 / t[k].iter().sum::<u32>().max(1) as f64;
            println!(
                "{:24} not ready {:5.1} % of {:5}, partly {:5.1} % of {:5}, ready {:5.1} % of {:5}",
                w.scenario.id,
                100.0 * right(Ready::NotReady as usize),
                t[0].iter().sum::<u32>(),
                100.0 * right(Ready::Partly as usize),
                t[1].iter().sum::<u32>(),
                100.0 * right(Ready::Ready as usize),
                t[2].iter().sum::<u32>()
            );
            for (a, b) in table.iter_mut().zip(t) {
                for (x, y) in a.iter_mut().zip(b) {
                    *x += y;
                }
            }
        }
    }
    let right = |k: usize| table[k][k] as f64 / table[k].iter().sum::<u32>().max(1) as f64;
    println!("pooled: read / was (rows: was not ready, partly, ready; columns: read the same)");
    for row in table {
        println!("  {row:?}");
    }
    println!(
        "right: not ready {:.1} %, partly {:.1} %, ready {:.1} %",
        100.0 * right(0),
        100.0 * right(1),
        100.0 * right(2)
    );
    let right_work = |k: usize| work[k][k] as f64 / work[k].iter().sum::<u32>().max(1) as f64;
    println!(
        "work's decisions alone {work:?}: not ready {:.1} %, partly {:.1} %, ready {:.1} %",
        100.0 * right_work(0),
        100.0 * right_work(1),
        100.0 * right_work(2)
    );
    println!(
        "crises caught {:.1} % ({caught} of {}), called a crisis and one {:.1} % ({caught} of {})",
        100.0 * caught as f64 / (caught + missed).max(1) as f64,
        caught + missed,
        100.0 * caught as f64 / (caught + alarms).max(1) as f64,
        caught + alarms
    );
    println!(
        "crises missed without a crisis cue {}, with one {}; false alarms without {}, with {}",
        missed_shown[0], missed_shown[1], alarm_shown[0], alarm_shown[1]
    );
    println!("cues or voices that contradict the table: {incoherent}");
    for (k, mut v) in sums.into_iter().enumerate() {
        v.sort_by(f64::total_cmp);
        let q = |f: f64| v.get(((v.len() as f64 - 1.0) * f) as usize).copied().unwrap_or(f64::NAN);
        println!(
            "work decisions, was {k}: {} — weights p10 {:.2} p25 {:.2} p50 {:.2} p75 {:.2} p90 {:.2}",
            v.len(),
            q(0.1),
            q(0.25),
            q(0.5),
            q(0.75),
            q(0.9)
        );
    }
}

/// The scenario's world, with the parameters of env `PARAMS` changed.
fn with_params(l: &cjs::scenario::Loaded) -> World {
    let w = World::new(l);
    let Ok(list) = std::env::var("PARAMS") else { return w };
    let mut params = w.params.clone();
    for pair in list.split(',').filter(|x| !x.is_empty()) {
        let (name, value) = pair.split_once('=').expect("name=value");
        assert!(params.set(name.trim(), value.trim().parse().expect("a number")), "no parameter {name}");
    }
    World::with_params(l, w.model, params)
}
