//! The group's objectives measured against their targets: at the mid-summer review and at
//! the end of the summer.

use super::*;

impl Season {
    /// Where an objective stands: its measure and its target (lowered if the group adjusted
    /// it). During the summer, the measures that add up over the weeks are projected to its end.
    pub fn objective_status(&self, w: &World, o: u8) -> (Decimal, Decimal) {
        let Some(target) = w.targets.get(o as usize) else {
            return (Decimal::ZERO, Decimal::ZERO);
        };
        let elapsed = self.week.max(1).min(w.weeks.max(1));
        let project = |v: Decimal| -> Decimal {
            if self.over || self.closing {
                v
            } else {
                v.checked_mul(Decimal::from(w.weeks.max(1)))
                    .and_then(|x| x.checked_div(Decimal::from(elapsed)))
                    .unwrap_or(v)
            }
        };
        let n = Decimal::from(w.members.len().max(1));
        let earned = if self.over || self.closing {
            self.member_pay()
        } else {
            (self.ledger.sales() - self.ledger.costs()).max(Decimal::ZERO)
        };
        let pct = |x: f64| Decimal::from_f64_retain((x * 100.0).clamp(0.0, 100.0)).unwrap_or_default().round_dp(1);
        let active = || self.members.iter().filter(|m| m.active);
        let (value, goal) = match target {
            Target::PayPerMember(d) => (project(earned / n).round_dp(2), d.0),
            Target::Surplus(d) => {
                let v = if self.over || self.closing { self.surplus() } else { project(earned) };
                (v.round_dp(2), d.0)
            }
            Target::Contracts(c) => (project(Decimal::from(self.served.iter().sum::<u32>())).round_dp(0), (*c).into()),
            Target::SegmentContracts { segment, count } => {
                let g = w.scenario.segments.iter().position(|x| &x.id == segment).unwrap_or(usize::MAX);
                (project(Decimal::from(self.served.get(g).copied().unwrap_or(0))).round_dp(0), (*count).into())
            }
            Target::FairHours(x) => {
                let (sum, k, least) = active()
                    .fold((0u64, 0u64, u32::MAX), |(s, k, l), m| (s + m.minutes as u64, k + 1, l.min(m.minutes)));
                let mean = if k == 0 { 0.0 } else { sum as f64 / k as f64 };
                let v = if mean <= 0.0 { 0.0 } else { least as f64 / mean };
                (pct(v), (*x).into())
            }
            Target::EveryoneStays => (Decimal::from(self.active_members()), Decimal::from(w.members.len())),
            Target::Reputation(x) => (pct(self.market.reputation), (*x).into()),
            Target::Motivation(x) => (pct(self.commitment()), (*x).into()),
            Target::Trades(x) => {
                (Decimal::from(active().map(|m| m.trades.count_ones()).min().unwrap_or(0)), (*x).into())
            }
        };
        let lowered = self.coop.lowered & (1 << o.min(15)) != 0;
        let goal = if lowered {
            let f = Decimal::from_f64_retain(w.params.review_lowered_target).unwrap_or(Decimal::ONE);
            (goal * f).round_dp(2)
        } else {
            goal
        };
        (value, goal)
    }

    /// The objective is on track (or reached).
    pub fn on_track(&self, w: &World, o: u8) -> bool {
        let (v, t) = self.objective_status(w, o);
        v >= t
    }

    /// The mid-summer review: where each objective stands.
    pub(super) fn review(&mut self, w: &World, d: u16) {
        for o in self.coop.objectives.clone() {
            let (value, target) = self.objective_status(w, o);
            let on_track = value >= target;
            self.log(Ev::ObjectiveReviewed { objective: o, value, target, on_track });
            self.score(scoring::review_evidence(on_track, &w.params), Cause::Decision(d));
        }
    }

    /// The end: each objective reached or missed, and by what means.
    pub(super) fn judge_objectives(&mut self, w: &World) {
        let means = (self.by[0] + self.by[1]) as f64 / self.decisions.max(1) as f64;
        for o in self.coop.objectives.clone() {
            let (value, target) = self.objective_status(w, o);
            let reached = value >= target;
            self.log(Ev::ObjectiveJudged { objective: o, value, target, reached });
            self.results.push((o, reached));
            let lowered = self.coop.lowered & (1 << o.min(15)) != 0;
            self.score(scoring::result_evidence(reached, lowered, means, &w.params), Cause::Objective(o));
        }
    }

    /// Objectives the group set and reached by the end.
    pub fn objectives_reached(&self) -> usize {
        self.results.iter().filter(|r| r.1).count()
    }
}
