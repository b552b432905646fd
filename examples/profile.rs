//! Plays many seasons of the reference scenario: a workload for profilers (callgrind, perf).
use cjs::policy::{Policy, play};
use cjs::scenario::load_str;
use cjs::sim::World;

fn main() {
    let n: u64 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(1000);
    let w = World::new(&load_str("quintin-2013.ron", include_str!("../scenarios/quintin-2013.ron")).expect("valid"));
    let mut total = 0usize;
    for seed in 0..n {
        total += play(&w, seed, Policy::Adaptive).0.journal.len();
    }
    println!("{n} seasons, {total} journal entries");
}
