//! How well the `reader` policy (a trainer's rules of thumb over the cues, `policy::read`)
//! reads the group: for each level of readiness the group was at (its need: Suggest or Decide →
//! not ready, Facilitate → partly, Step back → ready), the share of decisions read right; and
//! for crises, the share caught and the share of the decisions called a crisis that were one.
//! Also the journal's coherence: cues naming a member who is missing yet speaks or votes in that
//! decision, or a member who left.
//!
//! `cargo run --release --no-default-features --example reading -- scenarios tests/heldout`
//! (env `SEEDS`, default 40).
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
    let (mut caught, mut missed, mut alarms, mut incoherent) = (0u32, 0u32, 0u32, 0u32);
    for dir in dirs {
        let mut paths: Vec<_> = std::fs::read_dir(&dir).expect("a folder").map(|e| e.expect("entry").path()).collect();
        paths.sort();
        for p in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "ron")) {
            let l = cjs::scenario::load_file(p).expect("a valid scenario");
            let w = World::new(&l);
            let mut t = [[0u32; 3]; 3];
            for seed in 1..=seeds {
                let (s, _) = play(&w, seed, Policy::Reader);
                let mut missing: Vec<(u16, u8)> = Vec::new();
                let mut left: Vec<u8> = Vec::new();
                for e in s.journal() {
                    match e.ev {
                        Ev::Reading { read, was, .. } => {
                            t[was.ready as usize][read.ready as usize] += 1;
                            match (was.crisis, read.crisis) {
                                (true, true) => caught += 1,
                                (true, false) => missed += 1,
                                (false, true) => alarms += 1,
                                _ => {}
                            }
                        }
                        Ev::Cue { d, cue } => {
                            if let Cue::Absent { member } = cue {
                                missing.push((d, member));
                            }
                            let named: &[u8] = &match cue {
                                Cue::OffTopic { member }
                                | Cue::HalfFormed { member }
                                | Cue::WellArgued { member }
                                | Cue::AsksAnimateurs { member }
                                | Cue::Tired { member }
                                | Cue::Absent { member }
                                | Cue::AtRisk { member } => vec![member],
                                Cue::AtOdds { a, b } => vec![a, b],
                                _ => vec![],
                            };
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
    println!(
        "crises caught {:.1} % ({caught} of {}), called a crisis and one {:.1} % ({caught} of {})",
        100.0 * caught as f64 / (caught + missed).max(1) as f64,
        caught + missed,
        100.0 * caught as f64 / (caught + alarms).max(1) as f64,
        caught + alarms
    );
    println!("cues or voices that contradict the table: {incoherent}");
}
