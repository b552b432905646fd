//! Every policy side by side on one scenario: the table a trainer uses to calibrate a scenario
//! (`cjs compare`), and the figures the model's claims are tested on.

use std::collections::BTreeMap;

use serde::Serialize;

use super::batch;
use crate::policy::Policy;
use crate::sim::World;
use crate::text::Lang;

/// One policy's figures over the seeds (the same as `batch` gives).
pub type Row = batch::Figures;

/// The `cjs compare --json` object.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub scenario: String,
    pub seeds: (u64, u64),
    /// By policy name, in alphabetical order.
    pub policies: BTreeMap<String, Row>,
}

/// Plays seeds `from..=to` with every policy (`tick` after each summer).
pub fn run(w: &World, from: u64, to: u64, tick: &(dyn Fn() + Sync)) -> Comparison {
    let policies =
        Policy::all().iter().map(|&p| (p.name().to_string(), batch::figures(w, from, to, p, tick))).collect();
    Comparison { scenario: w.scenario.id.clone(), seeds: (from, to), policies }
}

/// The table, one policy a line (means; the median for money), in the reader's language.
pub fn table(c: &Comparison, lang: Lang) -> String {
    let head = [
        // i18n keys
        "compare-policy",
        "compare-pec",
        "compare-v",
        "compare-s",
        "compare-a",
        "compare-v-plus-a",
        "compare-revenue",
        "compare-pay",
        "compare-members",
        "compare-objectives",
    ]
    .map(|key| crate::i18n::tr(lang, key));
    // The policy column is as wide as its longest name or heading (`facilitate-crisis`).
    let width =
        Policy::all().iter().map(|p| p.name().chars().count()).chain([head[0].chars().count()]).max().unwrap_or(0);
    // Decimals written the language's way (a comma in French).
    let locale = crate::text::reader_locale(crate::base::locale::Locale::En, lang);
    let mut out = format!(
        "{:<width$} {:>7} {:>6} {:>6} {:>6} {:>7} {:>15} {:>12} {:>8} {:>10}\n",
        head[0], head[1], head[2], head[3], head[4], head[5], head[6], head[7], head[8], head[9]
    );
    for p in Policy::all().iter().copied() {
        let Some(r) = c.policies.get(p.name()) else { continue };
        let n = |x: f64, dp: usize| crate::report::words::num(x, dp, locale);
        let figures = format!(
            "{:>7} {:>6} {:>6} {:>6} {:>7} {:>15} {:>12} {:>8} {:>10}",
            n(r.pec.mean, 1),
            n(r.v.mean, 1),
            n(r.s.mean, 1),
            n(r.a.mean, 1),
            n(r.v.mean + r.a.mean, 1),
            n(r.revenue.p50, 0),
            n(r.pay_per_member.p50, 0),
            n(r.members_end.mean, 1),
            n(r.objectives_reached.mean, 2)
        );
        out.push_str(&format!("{:<width$} {figures}\n", p.name()));
    }
    out
}
