//! The end of a summer in numbers: the object `cjs run --json` prints.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::scenario::{Currency, Sphere};
use crate::sim::{Season, World};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pec {
    pub v: f64,
    pub s: f64,
    pub a: f64,
    pub total: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Spheres {
    pub business: f64,
    pub associative: f64,
    pub work: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finance {
    pub currency: Currency,
    /// Sales invoiced over the summer.
    pub revenue: Decimal,
    /// Material, promotion, other costs and unpaid invoices.
    pub costs: Decimal,
    /// The surplus the closing assembly allocated.
    pub surplus: Decimal,
    /// Cash left after the closing (the reserve for next year's CJS).
    pub cash_end: Decimal,
    /// Pay to the members (during the summer and from the surplus) per cooperant of the scenario.
    pub pay_per_member: Decimal,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decisions {
    pub total: u16,
    /// Decisions taken by the group (an assembly or a comité).
    pub by_group: u16,
    pub by_comite: u16,
    pub by_animateurs: u16,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub scenario: String,
    pub seed: u64,
    pub policy: String,
    pub weeks: u8,
    pub pec: Pec,
    pub autonomy_spheres: Spheres,
    pub finance: Finance,
    pub decisions: Decisions,
    pub contracts: u32,
    pub hours: Decimal,
    pub members_end: u8,
    /// Objectives the group set, and how many it reached by the end.
    #[serde(default)]
    pub objectives_set: u8,
    #[serde(default)]
    pub objectives_reached: u8,
    /// Clients who complained of a job badly done.
    #[serde(default)]
    pub complaints: u32,
    /// Quarrels between two cooperants over the summer.
    #[serde(default)]
    pub conflicts: u32,
    /// The trainee's readings of the group (animateur mode), and how many matched what it was.
    #[serde(default)]
    pub readings: u16,
    #[serde(default)]
    pub readings_matched: u16,
}

/// An amount to the cent, always written with two decimals: a scenario's `400.0000000` carries
/// its scale through the sums, and `"cash_end": "0.0000000"` is not money.
fn cents(d: Decimal) -> Decimal {
    let mut d = d.round_dp(2);
    d.rescale(2);
    d
}

fn r2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

impl Summary {
    pub fn of(season: &Season, w: &World, policy: &str) -> Summary {
        let s = &season.scores();
        let n = w.members.len().max(1);
        let minutes: u64 = season.members().iter().map(|m| m.minutes as u64).sum();
        let readings = season.journal().iter().fold((0u16, 0u16), |(n, ok), e| match e.ev {
            crate::sim::journal::Ev::Reading { read, was, .. } => (n + 1, ok + (read == was) as u16),
            _ => (n, ok),
        });
        Summary {
            scenario: w.scenario.id.clone(),
            seed: season.seed(),
            policy: policy.to_string(),
            weeks: w.weeks,
            pec: Pec {
                v: r2(s.vision()),
                s: r2(s.support()),
                a: r2(s.autonomy()),
                total: r2(s.pec(w.scenario.pec_weights)),
            },
            autonomy_spheres: Spheres {
                business: r2(s.sphere(Sphere::Business)),
                associative: r2(s.sphere(Sphere::Associative)),
                work: r2(s.sphere(Sphere::Work)),
            },
            finance: Finance {
                currency: w.scenario.currency,
                revenue: cents(season.ledger().sales()),
                costs: cents(season.ledger().costs()),
                surplus: cents(season.surplus()),
                cash_end: cents(season.ledger().cash()),
                pay_per_member: cents(season.member_pay() / Decimal::from(n)),
            },
            decisions: Decisions {
                total: season.decisions(),
                by_group: season.by()[0] + season.by()[1],
                by_comite: season.by()[1],
                by_animateurs: season.by()[2],
            },
            contracts: season.weeks().iter().map(|w| w.contracts).sum(),
            hours: (Decimal::from(minutes) / Decimal::from(60)).round_dp(1),
            members_end: season.active_members() as u8,
            objectives_set: season.coop().objectives.len() as u8,
            objectives_reached: season.objectives_reached() as u8,
            complaints: season.complaints(),
            conflicts: season
                .journal()
                .iter()
                .filter(|e| matches!(e.ev, crate::sim::journal::Ev::Conflict { .. }))
                .count() as u32,
            readings: readings.0,
            readings_matched: readings.1,
        }
    }
}
