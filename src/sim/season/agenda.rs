//! The agenda: what each week's assembly has to decide, and the options of each question,
//! judged against the state of the coop.

use super::*;
use crate::base::params::Params;
use crate::decision::Options;

impl Season {
    /// Opens a week's assembly: weather, events, and the agenda.
    pub(super) fn open_week(&mut self, w: &World) {
        let wk = self.week;
        if wk == 0 {
            if w.scenario.coop_names.len() >= 2 {
                self.push(w, Kind::Name);
            }
            self.push(w, Kind::Procedure);
            self.push(w, Kind::Board);
            self.push(w, Kind::Objective);
            // The surplus rule agreed with the objectives, to live by all summer (model 3).
            if w.params.surplus_rule_early > 0.5 {
                self.push(w, Kind::Surplus);
            }
            self.push(w, Kind::Prices);
            self.push(w, Kind::Sharing);
            return;
        }
        let rain = (0..5).filter(|_| self.rng.market.chance(w.rain)).count() as u8;
        self.market.rain_days = rain;
        self.log(Ev::WeekStarted { rain_days: rain });
        if let Some((_, until)) = self.group.event_crisis
            && until < wk
        {
            self.group.event_crisis = None;
            self.update_crisis(w);
        }
        let view = self.condition_view();
        for (i, e) in w.events.iter().enumerate() {
            if self.fired[i] {
                continue;
            }
            let fire = match &e.trigger {
                Trigger::Week(n) => *n == wk,
                Trigger::When { condition, from_week, chance } => {
                    wk >= *from_week
                        && w.condition_holds(condition, &view)
                        && self.rng.events.chance(*chance as f64 / 100.0)
                }
            };
            if fire {
                self.fired[i] = true;
                self.log(Ev::EventFired { event: i as u16 });
                if e.crisis {
                    self.group.event_crisis = Some((i as u16, wk));
                    self.update_crisis(w);
                }
                self.push(w, Kind::Event(i as u16));
            }
        }
        if wk == 1 || wk % 3 == 1 {
            self.push(w, Kind::Promotion);
        }
        if wk.is_multiple_of(3) {
            self.push(w, Kind::Prices);
        }
        if wk == w.weeks / 2 + 1 {
            self.push(w, Kind::Sharing);
            if !self.coop.objectives.is_empty() {
                self.push(w, Kind::Review);
            }
        }
        self.push(w, Kind::Schedule);
    }

    pub(super) fn end_of_assembly(&mut self, w: &World) {
        if self.closing {
            self.log(Ev::SeasonClosed);
            self.over = true;
            return;
        }
        if self.week > 0 {
            self.run_week(w);
        }
        if self.week >= w.weeks {
            self.closing = true;
            self.push(w, Kind::Surplus);
        } else {
            self.week += 1;
            self.open_week(w);
        }
    }

    /// Adds an item to the agenda with its options judged against the current state.
    pub(super) fn push(&mut self, w: &World, kind: Kind) {
        // On the stack: an assembly weighs at most `MAX_OPTIONS` options (validated; the lists
        // of a scenario are cut there all the same).
        let options = match kind {
            Kind::Name => self.name_options(w),
            Kind::Procedure => self.procedure_options(w),
            Kind::Board => self.board_options(w),
            Kind::Objective => self.objective_options(w),
            Kind::Prices => self.price_options(w),
            Kind::Sharing => self.sharing_options(w),
            Kind::Promotion => self.promotion_options(w),
            Kind::Schedule => self.schedule_options(w),
            Kind::Event(e) => self.event_options(w, e),
            Kind::Surplus => self.surplus_options(w),
            Kind::Review => self.review_options(w),
        };
        let sphere = match kind {
            Kind::Event(e) => w.events[e as usize].sphere,
            k => k.sphere(Sphere::Associative),
        };
        let id = self.decisions + self.agenda.len() as u16;
        self.agenda.push(Item { id, kind, sphere, options });
    }

    /// The names proposed for the coop.
    fn name_options(&self, w: &World) -> Options {
        let p = &w.params;
        (0..w.scenario.coop_names.len().min(6))
            .map(|i| Opt { choice: Choice::Name(i as u8), aims: 0, merit: p.merit_name })
            .take(MAX_OPTIONS)
            .collect()
    }

    /// The procedures the group can settle its decisions by.
    fn procedure_options(&self, w: &World) -> Options {
        let p = &w.params;
        Options::from_iter([
            Opt { choice: Choice::Procedure(Procedure::Majority), aims: 0, merit: p.merit_majority },
            Opt {
                choice: Choice::Procedure(Procedure::Consensus),
                aims: aim(Aim::Solidarity),
                merit: p.merit_consensus,
            },
            Opt {
                choice: Choice::Procedure(Procedure::Delegation),
                aims: aim(Aim::Quality),
                merit: p.merit_delegation,
            },
        ])
    }

    /// The candidates to the comité: the five active members of most initiative.
    fn board_options(&self, w: &World) -> Options {
        let mut c: Vec<(u8, f64)> = w
            .members
            .iter()
            .enumerate()
            .filter(|(i, _)| self.members[*i].active)
            .map(|(i, m)| (i as u8, (m.initiative + m.reliability + m.sociability) / 3.0))
            .collect();
        c.sort_by(|a, b| {
            w.members[b.0 as usize].initiative.total_cmp(&w.members[a.0 as usize].initiative).then(a.0.cmp(&b.0))
        });
        c.truncate(5);
        c.sort_by_key(|x| x.0);
        c.into_iter().map(|(i, m)| Opt { choice: Choice::Candidate(i), aims: 0, merit: m }).take(MAX_OPTIONS).collect()
    }

    /// The objectives the group has not set yet.
    fn objective_options(&self, w: &World) -> Options {
        let p = &w.params;
        w.objective_aims
            .iter()
            .enumerate()
            .filter(|(i, _)| !self.coop.objectives.contains(&(*i as u8)))
            .take(MAX_OPTIONS)
            .map(|(i, a)| Opt { choice: Choice::Objective(i as u8), aims: *a, merit: p.merit_objective })
            .collect()
    }

    /// The price levels, each judged by the sales it should bring.
    fn price_options(&self, w: &World) -> Options {
        let p = &w.params;
        let mut m = self.expected_sales_of(w, PRICE_LEVELS.map(|l| (l, self.coop.promotion)), 1.0);
        to_merits(&mut m, p);
        PRICE_LEVELS
            .iter()
            .zip(m)
            .map(|(&l, merit)| {
                let aims = if l < 0 {
                    aim(Aim::Community)
                } else if l > 0 {
                    aim(Aim::Income)
                } else {
                    aim(Aim::Quality)
                };
                Opt { choice: Choice::Price(l), aims, merit }
            })
            .take(MAX_OPTIONS)
            .collect()
    }

    /// The rules for sharing the work.
    fn sharing_options(&self, w: &World) -> Options {
        let p = &w.params;
        Options::from_iter([
            Opt {
                choice: Choice::Sharing(SharingRule::Rotation),
                aims: aim(Aim::Learning) | aim(Aim::Solidarity),
                merit: p.merit_rotation,
            },
            Opt { choice: Choice::Sharing(SharingRule::Volunteers), aims: aim(Aim::Fun), merit: p.merit_volunteers },
            Opt {
                choice: Choice::Sharing(SharingRule::BySkill),
                aims: aim(Aim::Quality) | aim(Aim::Income),
                merit: p.merit_by_skill,
            },
            Opt {
                choice: Choice::Sharing(SharingRule::LeastEarnedFirst),
                aims: aim(Aim::Solidarity),
                merit: p.merit_least_earned,
            },
        ])
    }

    /// The levels of promotion, each judged by the sales it should bring less its cost.
    fn promotion_options(&self, w: &World) -> Options {
        let p = &w.params;
        let costs = [0.0, w.scenario.promotion.flyers_cost.to_f64(), w.scenario.promotion.press_cost.to_f64()];
        let mut m = self.expected_sales_of(w, [0, 1, 2].map(|l| (self.coop.price_pct, l)), 3.0);
        for (v, c) in m.iter_mut().zip(costs) {
            *v -= c;
        }
        to_merits(&mut m, p);
        let aims = [aim(Aim::Continuity), aim(Aim::Community), aim(Aim::Income)];
        (0..3u8)
            .map(|l| Opt { choice: Choice::Promotion(l), aims: aims[l as usize], merit: m[l as usize] })
            .take(MAX_OPTIONS)
            .collect()
    }

    /// The week's schedule, judged against the demand and the group's fatigue.
    fn schedule_options(&self, w: &World) -> Options {
        let p = &w.params;
        let fatigue = self.avg(|m| m.fatigue);
        let demand = self.demand_minutes(w, self.coop.price_pct, self.coop.promotion);
        let capacity = self.capacity_minutes(w, 1.0).max(1.0);
        let excess = (demand / capacity - 1.0).clamp(0.0, 1.0);
        Options::from_iter([
            Opt { choice: Choice::Schedule(Schedule::Normal), aims: aim(Aim::Quality), merit: p.merit_normal_week },
            Opt {
                choice: Choice::Schedule(Schedule::Push),
                aims: aim(Aim::Income),
                merit: (p.merit_push_base + p.merit_push_demand * excess - p.merit_push_fatigue * fatigue)
                    .max(p.merit_floor)
                    .min(p.merit_ceiling),
            },
            Opt {
                choice: Choice::Schedule(Schedule::Lighter),
                aims: aim(Aim::Fun) | aim(Aim::Solidarity),
                merit: (p.merit_lighter_base + p.merit_lighter_fatigue * fatigue)
                    .max(p.merit_floor)
                    .min(p.merit_ceiling),
            },
        ])
    }

    /// An event's choices, each judged by the worth of its effects.
    fn event_options(&self, w: &World, e: u16) -> Options {
        let p = &w.params;
        let ev = &w.events[e as usize];
        let weekly = self.typical_week_sales(w);
        let mut m: Vec<f64> = ev
            .choices
            .iter()
            .map(|(_, fx)| fx.iter().map(|f| fx_value(f, weekly, self.members.len(), p)).sum())
            .collect();
        to_merits(&mut m, p);
        ev.choices
            .iter()
            .enumerate()
            .map(|(i, (a, _))| Opt { choice: Choice::EventChoice(i as u8), aims: *a, merit: m[i] })
            .take(MAX_OPTIONS)
            .collect()
    }

    /// The plans for sharing the surplus.
    fn surplus_options(&self, w: &World) -> Options {
        let p = &w.params;
        w.surplus_plans
            .iter()
            .enumerate()
            .map(|(i, sp)| {
                let mut a = 0;
                for (share, x) in [
                    (sp.by_hours, Aim::Income),
                    (sp.equal, Aim::Solidarity),
                    (sp.reserve, Aim::Continuity),
                    (sp.donation, Aim::Community),
                    (sp.activity, Aim::Fun),
                ] {
                    if share >= 10 {
                        a |= aim(x);
                    }
                }
                let merit = p.merit_plan_base
                    + p.merit_plan_hours * (sp.by_hours as f64 / 100.0)
                    + p.merit_plan_reserve * ((sp.reserve + sp.donation) as f64 / 20.0).min(1.0);
                // At the close, keeping to the rule agreed in June is worth something.
                let honoured =
                    if self.closing && self.coop.rule == Some(i as u8) { p.rule_honoured_merit } else { 0.0 };
                Opt { choice: Choice::Plan(i as u8), aims: a, merit: (merit.min(p.merit_ceiling) + honoured).min(1.0) }
            })
            .take(MAX_OPTIONS)
            .collect()
    }

    /// Keeping or lowering the targets at the mid-summer review.
    fn review_options(&self, w: &World) -> Options {
        let p = &w.params;
        // Lowering the targets of the objectives behind is the better choice the more of
        // them are behind (a target out of reach discourages); keeping them when on track.
        let behind = self.coop.objectives.iter().filter(|&&o| !self.on_track(w, o)).count() as f64
            / self.coop.objectives.len().max(1) as f64;
        Options::from_iter([
            Opt {
                choice: Choice::AdjustTargets(false),
                aims: aim(Aim::Quality),
                merit: p.merit_keep_targets - p.merit_keep_targets_behind * behind,
            },
            Opt {
                choice: Choice::AdjustTargets(true),
                aims: aim(Aim::Fun) | aim(Aim::Solidarity),
                merit: p.merit_lower_targets + p.merit_lower_targets_behind * behind,
            },
        ])
    }
}

/// Values (expected sales, an effect's worth...) turned into merits from `merit_worst` (the
/// worst) to `merit_worst + merit_spread` (the best); halfway each when they are all alike.
pub(super) fn to_merits(vals: &mut [f64], p: &Params) {
    let (lo, hi) = vals.iter().fold((f64::MAX, f64::MIN), |(l, h), &v| (l.min(v), h.max(v)));
    for v in vals.iter_mut() {
        // 1e-9: values this close are equal (sums of floats), not a model number.
        *v = if hi - lo < 1e-9 {
            p.merit_worst + p.merit_spread / 2.0
        } else {
            p.merit_worst + p.merit_spread * (*v - lo) / (hi - lo)
        };
    }
}

/// A rough value of an effect, in weeks of sales, for judging an event's choices.
pub(super) fn fx_value(f: &Fx, weekly: f64, members: usize, p: &Params) -> f64 {
    match f {
        Fx::Cash(d) => crate::sim::to_f64(*d) / weekly,
        Fx::Reputation(v) => p.worth_reputation * v,
        Fx::Motivation(v) => p.worth_motivation * v,
        Fx::Cohesion(v) => p.worth_cohesion * v,
        Fx::Fatigue(v) => -p.worth_fatigue * v,
        Fx::Trust(v) => p.worth_trust * v,
        Fx::Demand { factor, weeks, .. } => (factor - 1.0) * *weeks as f64 * p.worth_demand,
        Fx::Competitor { share, weeks } => -share * *weeks as f64,
        Fx::Unavailable { weeks, .. } => -p.worth_unavailable * *weeks as f64,
        Fx::Contract { units, price, .. } => *units as f64 * crate::sim::to_f64(*price) / weekly,
        Fx::Leaves(_) => -p.worth_leaves / members.max(1) as f64,
        Fx::Resolve => p.worth_resolve,
    }
}
