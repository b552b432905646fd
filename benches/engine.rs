//! Benchmarks of the engine: one season, a batch, loading and checking a scenario.
//! Run with `cargo bench --no-default-features`; figures in docs/performance.md.

use std::hint::black_box;

use cjs::policy::{Policy, play};
use cjs::report::batch;
use cjs::scenario::load_str;
use cjs::sim::World;
use criterion::{Criterion, criterion_group, criterion_main};

const REFERENCE: &str = include_str!("../scenarios/quintin-2013.ron");

fn season(c: &mut Criterion) {
    let w = World::new(&load_str("quintin-2013.ron", REFERENCE).expect("valid"));
    let mut seed = 0u64;
    c.bench_function("season", |b| {
        b.iter(|| {
            seed += 1;
            black_box(play(&w, seed, Policy::Adaptive))
        })
    });
}

fn batch_1000(c: &mut Criterion) {
    let w = World::new(&load_str("quintin-2013.ron", REFERENCE).expect("valid"));
    let one = rayon::ThreadPoolBuilder::new().num_threads(1).build().expect("pool");
    let mut g = c.benchmark_group("batch");
    g.sample_size(10);
    g.bench_function("1000 seasons, 1 thread", |b| {
        b.iter(|| one.install(|| black_box(batch::run(&w, 1, 1000, Policy::Adaptive, &|| {}))))
    });
    g.bench_function("1000 seasons, all cores", |b| {
        b.iter(|| black_box(batch::run(&w, 1, 1000, Policy::Adaptive, &|| {})))
    });
    g.finish();
}

fn check(c: &mut Criterion) {
    c.bench_function("check reference scenario", |b| {
        b.iter(|| black_box(load_str("quintin-2013.ron", black_box(REFERENCE)).is_ok()))
    });
}

criterion_group!(benches, season, batch_1000, check);
criterion_main!(benches);
