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
        Figures::of_figs(&runs.iter().map(Figs::of).collect::<Vec<_>>())
    }

    /// The figures of summers kept as their few numbers (`Figs`).
    pub fn of_figs(runs: &[Figs]) -> Figures {
        let col = |f: &dyn Fn(&Figs) -> f64| Stats::of(&runs.iter().map(f).collect::<Vec<_>>());
        Figures {
            pec: col(&|r| r.pec),
            v: col(&|r| r.v),
            s: col(&|r| r.s),
            a: col(&|r| r.a),
            revenue: col(&|r| r.revenue),
            pay_per_member: col(&|r| r.pay_per_member),
            members_end: col(&|r| r.members_end),
            objectives_reached: col(&|r| r.objectives_reached),
        }
    }
}

/// The few numbers of one summer that `batch` and `compare` report: 64 bytes a summer, so that
/// the 10,000,000 summers `--seeds` allows stay under 1 GiB (whole summaries would take about
/// 3 GB), and the percentiles stay exact.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figs {
    pub pec: f64,
    pub v: f64,
    pub s: f64,
    pub a: f64,
    pub revenue: f64,
    pub pay_per_member: f64,
    pub members_end: f64,
    pub objectives_reached: f64,
}

impl Figs {
    pub fn of(r: &Summary) -> Figs {
        Figs {
            pec: r.pec.total,
            v: r.pec.v,
            s: r.pec.s,
            a: r.pec.a,
            revenue: r.finance.revenue.to_f64().unwrap_or(0.0),
            pay_per_member: r.finance.pay_per_member.to_f64().unwrap_or(0.0),
            members_end: r.members_end as f64,
            objectives_reached: r.objectives_reached as f64,
        }
    }
}

/// Summers played at once (in parallel), then handed on in seed order: what is held at a time.
const CHUNK: u64 = 4096;

/// Plays seeds `from..=to` (on the current rayon pool) a chunk at a time, hands each summer's
/// summary to `each` in seed order (to write its row), and keeps only its `Figs`; `tick` is
/// called after each season. The same whatever the number of threads.
pub fn run_each(
    w: &World,
    from: u64,
    to: u64,
    policy: Policy,
    tick: &(dyn Fn() + Sync),
    each: &mut dyn FnMut(&Summary) -> std::io::Result<()>,
) -> std::io::Result<Vec<Figs>> {
    use rayon::prelude::*;
    let mut figs = Vec::with_capacity(usize::try_from(to.saturating_sub(from).saturating_add(1)).unwrap_or(0));
    let mut start = from;
    while start <= to {
        let end = start.saturating_add(CHUNK - 1).min(to);
        let chunk: Vec<Summary> = (start..=end)
            .into_par_iter()
            .map(|seed| {
                let (season, _) = play(w, seed, policy);
                tick();
                Summary::of(&season, w, policy.name())
            })
            .collect();
        for r in &chunk {
            each(r)?;
            figs.push(Figs::of(r));
        }
        if end == to {
            break;
        }
        start = end + 1;
    }
    Ok(figs)
}

/// The figures of seeds `from..=to` with one policy, keeping only each summer's `Figs`.
pub fn figures(w: &World, from: u64, to: u64, policy: Policy, tick: &(dyn Fn() + Sync)) -> Figures {
    let figs = run_each(w, from, to, policy, tick, &mut |_| Ok(())).unwrap_or_default();
    Figures::of_figs(&figs)
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
    summarize_figs(w, policy, from, to, &runs.iter().map(Figs::of).collect::<Vec<_>>())
}

/// `summarize` from the summers' `Figs`.
pub fn summarize_figs(w: &World, policy: Policy, from: u64, to: u64, runs: &[Figs]) -> BatchSummary {
    BatchSummary {
        scenario: w.scenario.id.clone(),
        policy: policy.name().into(),
        seeds: (from, to),
        runs: runs.len(),
        figures: Figures::of_figs(runs),
    }
}

/// The CSV's first line.
pub const CSV_HEADER: &str = "seed,policy,pec,v,s,a,business,associative,work,revenue,costs,surplus,cash_end,pay_per_member,decisions,by_group,by_animateurs,contracts,hours\n";

/// One row per seed.
pub fn csv(runs: &[Summary]) -> String {
    let mut out = String::from(CSV_HEADER);
    for r in runs {
        out.push_str(&csv_row(r));
    }
    out
}

/// A summer's row of the CSV.
pub fn csv_row(r: &Summary) -> String {
    {
        format!(
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
        )
    }
}
