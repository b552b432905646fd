//! A scenario compiled for the engine: indices instead of names, numbers ready to compute with.
//! Built once per scenario and shared by every season played on it.

use rust_decimal::Decimal;

use crate::base::params::Params;
use crate::scenario::validate::name_key;
use crate::scenario::{self, Aim, Condition, Effect, Loaded, Scenario, Skill, Sphere, SurplusPlan, Target, Trigger};
use crate::text::Text;
use crate::tr;

#[derive(Debug, Clone)]
pub struct MemberDef {
    pub assertiveness: f64,
    pub reliability: f64,
    pub initiative: f64,
    pub sociability: f64,
    pub skills: [f64; Skill::ALL.len()],
    pub availability: f64,
    pub motivation: f64,
    /// Bit `w` set: away in week `w`.
    pub away: u32,
    /// How much the cooperant cares for each aim, from the traits.
    pub aims: [f64; Aim::ALL.len()],
}

#[derive(Debug, Clone)]
pub struct ServiceDef {
    pub skill: usize,
    pub units: (u16, u16),
    pub material: Decimal,
    pub reference: Decimal,
    pub outdoor: bool,
    /// The same numbers as floats, for the estimates that judge options (never for money).
    pub reference_f: f64,
    pub material_f: f64,
    /// Minutes of one contract of average size, travel included.
    pub mean_minutes: f64,
    /// Minutes of work in one unit.
    pub unit_minutes: f64,
    /// The price of one unit at each of the price levels the assembly can choose, to the cent.
    pub prices: [Decimal; PRICE_LEVELS.len()],
}

/// The reference price changed by `pct` percent, to the cent.
pub fn price_at(reference: Decimal, pct: i8) -> Decimal {
    (reference * (Decimal::ONE_HUNDRED + Decimal::from(pct)) / Decimal::ONE_HUNDRED).round_dp(2)
}

#[derive(Debug, Clone)]
pub struct SegmentDef {
    pub base: f64,
    pub elasticity: f64,
    pub services: Vec<usize>,
    pub season: Vec<f64>,
    pub on_time: f64,
    pub late: f64,
    pub delay: u8,
    /// (price / reference)^(−sensitivity) at each of the price levels the assembly can choose.
    pub price_factor: [f64; PRICE_LEVELS.len()],
}

/// The price levels the assembly chooses among, in percent of the reference prices.
pub const PRICE_LEVELS: [i8; 5] = [-20, -10, 0, 10, 20];

/// The rank of a price level in `PRICE_LEVELS` (the levels whose figures are computed once).
fn level_rank(pct: i8) -> Option<usize> {
    PRICE_LEVELS.iter().position(|&l| l == pct)
}

/// How demand answers a price level: (1 + level/100)^(−elasticity).
pub fn price_factor(elasticity: f64, level: i8) -> f64 {
    libm::pow(1.0 + level as f64 / 100.0, -elasticity)
}

impl ServiceDef {
    /// The price of one unit at `pct` percent from the reference price, to the cent.
    pub fn price(&self, pct: i8) -> Decimal {
        level_rank(pct).map_or_else(|| price_at(self.reference, pct), |i| self.prices[i])
    }
}

impl SegmentDef {
    /// How demand answers the price level `pct` (`scale`: the model's price sensitivity scale).
    pub fn price_factor(&self, pct: i8, scale: f64) -> f64 {
        level_rank(pct).map_or_else(|| price_factor(self.elasticity * scale, pct), |i| self.price_factor[i])
    }

    pub fn season_factor(&self, week: u8) -> f64 {
        if self.season.is_empty() {
            return 1.0;
        }
        let i = (week.max(1) as usize - 1).min(self.season.len() - 1);
        self.season[i]
    }
}

/// An effect with names resolved to indices.
#[derive(Debug, Clone, PartialEq)]
pub enum Fx {
    Cash(Decimal),
    Reputation(f64),
    Motivation(f64),
    Cohesion(f64),
    Fatigue(f64),
    Trust(f64),
    Demand { segment: usize, factor: f64, weeks: u8 },
    Competitor { share: f64, weeks: u8 },
    Unavailable { service: usize, weeks: u8 },
    Contract { service: usize, segment: usize, units: u16, price: Decimal },
    Leaves(usize),
    Resolve,
}

#[derive(Debug, Clone)]
pub struct EventDef {
    pub trigger: Trigger,
    pub sphere: Sphere,
    pub crisis: bool,
    pub choices: Vec<(u8, Vec<Fx>)>,
}

#[derive(Debug, Clone)]
pub struct World {
    pub scenario: Scenario,
    pub source: String,
    pub hash: String,
    pub params: Params,
    /// The model the summers of this world are played by (`base::params::MODEL`, or 7 to 2 to
    /// replay an earlier version's file).
    pub model: u8,
    pub weeks: u8,
    pub members: Vec<MemberDef>,
    pub services: Vec<ServiceDef>,
    pub segments: Vec<SegmentDef>,
    pub events: Vec<EventDef>,
    pub objective_aims: Vec<u8>,
    /// Each objective's target: the scenario's, or the default of its first aim.
    pub targets: Vec<Target>,
    pub surplus_plans: Vec<SurplusPlan>,
    pub fund: Decimal,
    /// Share of each paid invoice the coop keeps, when the cooperants are paid as invoices are
    /// paid; `None` when they are paid at the end.
    pub coop_share: Option<Decimal>,
    pub rain: f64,
}

pub fn aim_mask(aims: &[Aim]) -> u8 {
    aims.iter().fold(0, |m, a| m | 1 << (*a as u8))
}

fn pct(v: u8) -> f64 {
    v as f64 / 100.0
}

/// The built-in ways to split the surplus, when a scenario gives none.
pub fn default_surplus_plans() -> Vec<SurplusPlan> {
    let plan = |id: &str, label: Text, parts: [u8; 5]| SurplusPlan {
        id: id.into(),
        label,
        by_hours: parts[0],
        equal: parts[1],
        reserve: parts[2],
        donation: parts[3],
        activity: parts[4],
    };
    vec![
        plan("by-hours", tr!("plan-by-hours"), [100, 0, 0, 0, 0]),
        plan("equal", tr!("plan-equal"), [0, 100, 0, 0, 0]),
        plan("mixed", tr!("plan-mixed"), [50, 50, 0, 0, 0]),
        plan("solidarity", tr!("plan-solidarity"), [80, 0, 10, 10, 0]),
        plan("together", tr!("plan-together"), [70, 0, 10, 0, 20]),
    ]
}

impl MemberDef {
    /// A cooperant as the engine computes with it: what each cares for follows from the traits.
    fn of(c: &scenario::Cooperant) -> MemberDef {
        let t = c.traits;
        let (a, r, i, so) = (pct(t.assertiveness), pct(t.reliability), pct(t.initiative), pct(t.sociability));
        let mut skills = [0.15; Skill::ALL.len()];
        for (k, v) in &c.skills {
            skills[k.index()] = pct(*v);
        }
        let mut aims = [0.0; Aim::ALL.len()];
        aims[Aim::Income as usize] = 0.3 + 0.4 * a + 0.2 * (1.0 - so);
        aims[Aim::Community as usize] = 0.2 + 0.6 * so;
        aims[Aim::Learning as usize] = 0.2 + 0.5 * i;
        aims[Aim::Solidarity as usize] = 0.2 + 0.4 * so + 0.2 * r;
        aims[Aim::Quality as usize] = 0.2 + 0.6 * r;
        aims[Aim::Continuity as usize] = 0.1 + 0.3 * r + 0.2 * i;
        aims[Aim::Fun as usize] = 0.3 + 0.4 * so - 0.2 * r;
        MemberDef {
            assertiveness: a,
            reliability: r,
            initiative: i,
            sociability: so,
            skills,
            availability: c.availability as f64,
            motivation: pct(c.motivation),
            away: c.away_weeks.iter().fold(0u32, |m, w| m | 1 << (*w).min(31)),
            aims,
        }
    }
}

impl ServiceDef {
    fn of(v: &scenario::Service, s: &Scenario) -> ServiceDef {
        ServiceDef {
            reference_f: v.reference_price.to_f64(),
            material_f: v.material_cost.to_f64(),
            unit_minutes: v.hours_per_unit.to_f64() * 60.0,
            mean_minutes: (v.units.0 as f64 + v.units.1 as f64) / 2.0 * v.hours_per_unit.to_f64() * 60.0
                + s.territory.travel_minutes as f64,
            skill: v.skill.index(),
            units: v.units,
            material: v.material_cost.0,
            reference: v.reference_price.0,
            outdoor: v.outdoor,
            prices: PRICE_LEVELS.map(|l| price_at(v.reference_price.0, l)),
        }
    }
}

impl SegmentDef {
    fn of(g: &scenario::Segment, s: &Scenario, params: &Params) -> SegmentDef {
        SegmentDef {
            base: g.base_demand.to_f64(),
            elasticity: g.price_sensitivity.to_f64(),
            services: g.services.iter().map(|id| service_index(s, id)).collect(),
            season: g.season.iter().map(|&v| v as f64 / 100.0).collect(),
            on_time: pct(g.payment.on_time),
            late: pct(g.payment.late),
            delay: g.payment.delay_weeks,
            price_factor: PRICE_LEVELS
                .map(|l| price_factor(g.price_sensitivity.to_f64() * params.price_sensitivity_scale, l)),
        }
    }
}

impl EventDef {
    fn of(e: &scenario::Event, s: &Scenario) -> EventDef {
        EventDef {
            trigger: e.trigger.clone(),
            sphere: e.sphere,
            crisis: e.crisis,
            choices: e
                .choices
                .iter()
                .map(|c| (aim_mask(&c.aims), c.effects.iter().map(|f| Fx::of(f, s)).collect()))
                .collect(),
        }
    }
}

impl Fx {
    /// An effect with indices instead of names, and shares instead of percents.
    fn of(f: &Effect, s: &Scenario) -> Fx {
        match f {
            Effect::Cash(d) => Fx::Cash(d.0),
            Effect::Reputation(v) => Fx::Reputation(*v as f64 / 100.0),
            Effect::Motivation(v) => Fx::Motivation(*v as f64 / 100.0),
            Effect::Cohesion(v) => Fx::Cohesion(*v as f64 / 100.0),
            Effect::Fatigue(v) => Fx::Fatigue(*v as f64 / 100.0),
            Effect::Trust(v) => Fx::Trust(*v as f64 / 100.0),
            Effect::Demand { segment, percent, weeks } => {
                Fx::Demand { segment: segment_index(s, segment), factor: 1.0 + *percent as f64 / 100.0, weeks: *weeks }
            }
            Effect::Competitor { percent, weeks } => Fx::Competitor { share: *percent as f64 / 100.0, weeks: *weeks },
            Effect::ServiceUnavailable { service, weeks } => {
                Fx::Unavailable { service: service_index(s, service), weeks: *weeks }
            }
            Effect::Contract { service, segment, units, price } => Fx::Contract {
                service: service_index(s, service),
                segment: segment_index(s, segment),
                units: *units,
                price: price.0,
            },
            Effect::Leaves(name) => Fx::Leaves(
                // Compared as validation does (NFC).
                s.cooperants.iter().position(|c| name_key(&c.name) == name_key(name)).unwrap_or(0),
            ),
            Effect::Resolve => Fx::Resolve,
        }
    }
}

fn service_index(s: &Scenario, id: &str) -> usize {
    s.services.iter().position(|x| x.id == id).unwrap_or(0)
}

fn segment_index(s: &Scenario, id: &str) -> usize {
    s.segments.iter().position(|x| x.id == id).unwrap_or(0)
}

/// Each objective's target: the scenario's, else the default for its first aim.
fn targets(s: &Scenario) -> Vec<Target> {
    // The mean reference price of an hour of work, for the default targets.
    let hourly = s
        .services
        .iter()
        .filter_map(|v| v.reference_price.0.checked_div(v.hours_per_unit.0))
        .try_fold(Decimal::ZERO, |a, x| a.checked_add(x))
        .and_then(|sum| sum.checked_div(Decimal::from(s.services.len().max(1))))
        .unwrap_or_default();
    s.objectives
        .iter()
        .map(|o| {
            o.target.clone().unwrap_or_else(|| {
                Target::for_aim(
                    o.aims.first().copied().unwrap_or(Aim::Fun),
                    s.calendar.weeks,
                    hourly,
                    s.cooperants.len(),
                )
            })
        })
        .collect()
}

impl World {
    /// Compiles a validated scenario.
    pub fn new(loaded: &Loaded) -> World {
        World::of_model(loaded, crate::base::params::MODEL)
    }

    /// Compiles a validated scenario for a model of the engine: `MODEL`, model 7 (journals and
    /// saves of version 8), model 6 (version 7), model 5 (version 6), model 4 (version 5), model 3 as first played
    /// (version 4) or model 2 (versions 2 and 3; `save::model_of`).
    pub fn of_model(loaded: &Loaded, model: u8) -> World {
        World::with_params(loaded, model, Params::of_model(&loaded.scenario.params, model))
    }

    /// Compiles a validated scenario with these parameters (the scenario's, changed by the
    /// command line's `--set`): what the world works out once from them (the price factors of
    /// the usual levels) follows them.
    pub fn with_params(loaded: &Loaded, model: u8, params: Params) -> World {
        let s = &loaded.scenario;
        let members = s.cooperants.iter().map(MemberDef::of).collect();
        let services = s.services.iter().map(|v| ServiceDef::of(v, s)).collect();
        let segments = s.segments.iter().map(|g| SegmentDef::of(g, s, &params)).collect();
        let events = s.events.iter().map(|e| EventDef::of(e, s)).collect();
        let targets = targets(s);
        World {
            params,
            model,
            targets,
            weeks: s.calendar.weeks,
            members,
            services,
            segments,
            events,
            objective_aims: s.objectives.iter().map(|o| aim_mask(&o.aims)).collect(),
            surplus_plans: if s.surplus_plans.is_empty() { default_surplus_plans() } else { s.surplus_plans.clone() },
            fund: s.comite.starting_fund.0,
            coop_share: match s.pay {
                scenario::Pay::AtEnd => None,
                scenario::Pay::AsInvoicesArePaid { coop_share } => {
                    Some(Decimal::from(coop_share) / Decimal::ONE_HUNDRED)
                }
            },
            rain: pct(s.weather.rain_chance),
            scenario: s.clone(),
            source: loaded.source.clone(),
            hash: loaded.hash.clone(),
        }
    }

    pub fn condition_holds(&self, c: &Condition, view: &ConditionView) -> bool {
        match c {
            Condition::Always => true,
            Condition::CashBelow(d) => view.cash < d.0,
            Condition::ReputationBelow(v) => view.reputation < pct(*v),
            Condition::MotivationBelow(v) => view.motivation < pct(*v),
            Condition::ConflictAbove(v) => view.conflict > pct(*v),
            Condition::RainyWeek => view.rainy,
        }
    }
}

/// What event conditions look at.
pub struct ConditionView {
    pub cash: Decimal,
    pub reputation: f64,
    pub motivation: f64,
    pub conflict: f64,
    pub rainy: bool,
}
