//! Prints, for each scenario and policy, the mean scores and how split the votes are.
use cjs::policy::{Policy, play};
use cjs::report::Summary;
use cjs::sim::World;
use cjs::sim::journal::Ev;

fn main() {
    let dir = std::env::args().nth(1).unwrap_or("scenarios".into());
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    paths.sort();
    for p in paths {
        let Ok(l) = cjs::scenario::load_file(&p) else {
            println!("{}: invalid", p.display());
            continue;
        };
        let w = World::new(&l);
        println!("{}", w.scenario.id);
        for pol in Policy::ALL {
            let n = 100;
            let mut acc = [0.0f64; 8];
            for seed in 1..=n {
                let (s, _) = play(&w, seed, pol);
                let sm = Summary::of(&s, &w, pol.name());
                let (mut agree, mut dec, mut crisis) = (0.0, 0.0, 0.0);
                for e in &s.journal {
                    match e.ev {
                        Ev::Decided { votes_for, voters, .. } if voters > 0 => {
                            agree += votes_for as f64 / voters as f64;
                            dec += 1.0;
                        }
                        Ev::Opened { crisis: true, .. } => crisis += 1.0,
                        _ => {}
                    }
                }
                let v = [
                    sm.pec.total,
                    sm.pec.v,
                    sm.pec.s,
                    sm.pec.a,
                    sm.finance.revenue.to_string().parse().unwrap(),
                    sm.finance.pay_per_member.to_string().parse().unwrap(),
                    if dec > 0.0 { agree / dec } else { 0.0 },
                    crisis,
                ];
                for (a, x) in acc.iter_mut().zip(v) {
                    *a += x / n as f64;
                }
            }
            println!(
                "  {:13} pec {:6.1} v {:5.1} s {:5.1} a {:5.1} rev {:7.0} pay {:5.0} agree {:.2} crisis-dec {:.1}",
                pol.name(),
                acc[0],
                acc[1],
                acc[2],
                acc[3],
                acc[4],
                acc[5],
                acc[6],
                acc[7]
            );
        }
    }
}
