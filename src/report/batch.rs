//! Many seasons of one scenario and policy: each seed played independently, in parallel, and
//! gathered in seed order, so the results are the same whatever the number of threads.

use rust_decimal::prelude::ToPrimitive;
use serde::Serialize;

use crate::policy::{Policy, play};
use crate::save::Summary;
use crate::sim::World;

/// mean, standard deviation and percentiles of one measure.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Stats {
    pub mean: f64,
    pub sd: f64,
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
}

impl Stats {
    pub fn of(values: &[f64]) -> Stats {
        if values.is_empty() {
            return Stats { mean: 0.0, sd: 0.0, p10: 0.0, p50: 0.0, p90: 0.0 };
        }
        let n = values.len() as f64;
        let mean = values.iter().sum::<f64>() / n;
        let var = values.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / n;
        let mut sorted = values.to_vec();
        sorted.sort_by(f64::total_cmp);
        // Nearest-rank percentiles.
        let pct = |p: f64| sorted[(((p * n).ceil() as usize).max(1) - 1).min(sorted.len() - 1)];
        let r = |x: f64| (x * 100.0).round() / 100.0;
        Stats { mean: r(mean), sd: r(var.sqrt()), p10: r(pct(0.10)), p50: r(pct(0.50)), p90: r(pct(0.90)) }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BatchSummary {
    pub scenario: String,
    pub policy: String,
    pub seeds: (u64, u64),
    pub runs: usize,
    /// Written at the top level of `batch --json`, as each policy's object of `compare --json`.
    #[serde(flatten)]
    pub figures: Figures,
}

/// A policy's figures over many summers: what `batch` and each row of `compare` give.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figures {
    pub pec: Stats,
    pub v: Stats,
    pub s: Stats,
    pub a: Stats,
    pub revenue: Stats,
    pub pay_per_member: Stats,
    pub members_end: Stats,
    pub objectives_reached: Stats,
}

impl Figures {
    pub fn of(runs: &[Summary]) -> Figures {
        let col = |f: &dyn Fn(&Summary) -> f64| Stats::of(&runs.iter().map(f).collect::<Vec<_>>());
        Figures {
            pec: col(&|r| r.pec.total),
            v: col(&|r| r.pec.v),
            s: col(&|r| r.pec.s),
            a: col(&|r| r.pec.a),
            revenue: col(&|r| r.finance.revenue.to_f64().unwrap_or(0.0)),
            pay_per_member: col(&|r| r.finance.pay_per_member.to_f64().unwrap_or(0.0)),
            members_end: col(&|r| r.members_end as f64),
            objectives_reached: col(&|r| r.objectives_reached as f64),
        }
    }
}

/// Plays seeds `from..=to` (on the current rayon pool); `tick` is called after each season.
pub fn run(w: &World, from: u64, to: u64, policy: Policy, tick: &(dyn Fn() + Sync)) -> Vec<Summary> {
    use rayon::prelude::*;
    (from..=to)
        .into_par_iter()
        .map(|seed| {
            let (season, _) = play(w, seed, policy);
            tick();
            Summary::of(&season, w, policy.name())
        })
        .collect()
}

pub fn summarize(w: &World, policy: Policy, from: u64, to: u64, runs: &[Summary]) -> BatchSummary {
    BatchSummary {
        scenario: w.scenario.id.clone(),
        policy: policy.name().into(),
        seeds: (from, to),
        runs: runs.len(),
        figures: Figures::of(runs),
    }
}

/// One row per seed.
pub fn csv(runs: &[Summary]) -> String {
    let mut out = String::from(
        "seed,policy,pec,v,s,a,business,associative,work,revenue,costs,surplus,cash_end,pay_per_member,decisions,by_group,by_animateurs,contracts,hours\n",
    );
    for r in runs {
        out.push_str(&format!(
            "{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n",
            r.seed,
            r.policy,
            r.pec.total,
            r.pec.v,
            r.pec.s,
            r.pec.a,
            r.autonomy_spheres.business,
            r.autonomy_spheres.associative,
            r.autonomy_spheres.work,
            r.finance.revenue,
            r.finance.costs,
            r.finance.surplus,
            r.finance.cash_end,
            r.finance.pay_per_member,
            r.decisions.total,
            r.decisions.by_group,
            r.decisions.by_animateurs,
            r.contracts,
            r.hours
        ));
    }
    out
}
