//! Plays many seasons of a scenario (the reference one by default): a workload for profilers
//! (callgrind, perf). `cargo run --release --no-default-features --example profile -- N [FILE.ron]`
use cjs::policy::{Policy, play};
use cjs::scenario::load_str;
use cjs::sim::World;

fn main() {
    let mut args = std::env::args().skip(1);
    let n: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(1000);
    let (name, text) = match args.next() {
        Some(path) => {
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
                eprintln!("{path}: {e}");
                std::process::exit(2)
            });
            (path, text)
        }
        None => ("quintin-2013.ron".to_string(), include_str!("../scenarios/quintin-2013.ron").to_string()),
    };
    let scenario = load_str(&name, &text).unwrap_or_else(|errors| {
        eprintln!("{name}: {} error(s); see `cjs check {name}`", errors.len());
        std::process::exit(2)
    });
    let w = World::new(&scenario);
    let mut total = 0usize;
    for seed in 0..n {
        total += play(&w, seed, Policy::Adaptive).0.journal().len();
    }
    println!("{n} seasons of {name}, {total} journal entries");
}
