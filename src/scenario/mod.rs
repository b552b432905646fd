//! The scenario format: the serde types of a summer written in RON, its loading and validation.
//!
//! Every type refuses unknown fields, the variants with named fields of an enum too (serde
//! ignores them otherwise, so each such enum says `deny_unknown_fields` as the structs do);
//! money and rates are exact decimals ([`Dec`]); lists replace maps wherever a duplicate key
//! could be silently merged. `docs/scenario-format.md` documents each field for trainers.

pub mod find;
pub mod load;
pub mod locate;
pub mod serde_fr;
pub mod shipped;
pub mod validate;

use serde::{Deserialize, Serialize};

pub use crate::base::dec::Dec;
pub use crate::base::locale::{Currency, Locale};
pub use crate::base::params::ParamsOverride;
use crate::text::Lang;
pub use crate::text::Text;
pub use find::{resolve, resolve_os};
pub use load::{Diagnostic, Loaded, load_file, load_str};

/// One summer of a CJS, as a trainer writes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Short identifier, lowercase letters, digits and `-` (`quintin-2013`).
    pub id: String,
    pub title: Text,
    pub pitch: Text,
    pub level: Level,
    #[serde(default)]
    pub learning_goals: Vec<Text>,
    #[serde(default)]
    pub trainer_notes: Vec<Text>,
    pub country: Country,
    pub currency: Currency,
    pub locale: Locale,
    pub calendar: Calendar,
    pub territory: Territory,
    #[serde(default)]
    pub coop_names: Vec<String>,
    pub cooperants: Vec<Cooperant>,
    pub animateurs: Vec<Animateur>,
    pub comite: Comite,
    #[serde(default)]
    pub pay: Pay,
    pub services: Vec<Service>,
    pub segments: Vec<Segment>,
    #[serde(default)]
    pub promotion: Promotion,
    pub objectives: Vec<Objective>,
    #[serde(default)]
    pub surplus_plans: Vec<SurplusPlan>,
    #[serde(default)]
    pub events: Vec<Event>,
    #[serde(default)]
    pub weather: Weather,
    #[serde(default)]
    pub params: ParamsOverride,
    #[serde(default)]
    pub pec_weights: PecWeights,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Level {
    Tutorial,
    Beginner,
    Intermediate,
    Advanced,
}

impl Level {
    /// The level's word, as `cjs scenarios` and the title screen show it.
    pub fn word(self, lang: Lang) -> &'static str {
        crate::i18n::tr_static(
            lang,
            match self {
                Level::Tutorial => "level-tutorial",
                Level::Beginner => "level-beginner",
                Level::Intermediate => "level-intermediate",
                Level::Advanced => "level-advanced",
            },
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Country {
    Canada,
    France,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Calendar {
    /// First day of the first working week, `YYYY-MM-DD`.
    pub start: String,
    /// Working weeks after the formation week (week 0): 2–16.
    pub weeks: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Territory {
    pub name: String,
    pub kind: TerritoryKind,
    #[serde(default)]
    pub description: Text,
    /// Average travel time to a job, in minutes (rural territories are far apart).
    #[serde(default)]
    pub travel_minutes: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TerritoryKind {
    Village,
    Town,
    City,
    Neighbourhood,
}

/// The kinds of work a service needs and a cooperant is good at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Skill {
    Gardening,
    Painting,
    Cleaning,
    Moving,
    Care,
    Computing,
    Animation,
    Retail,
    Sales,
}

impl Skill {
    pub const ALL: [Skill; 9] = [
        Skill::Gardening,
        Skill::Painting,
        Skill::Cleaning,
        Skill::Moving,
        Skill::Care,
        Skill::Computing,
        Skill::Animation,
        Skill::Retail,
        Skill::Sales,
    ];
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Personality, each 0–100.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Traits {
    /// Speaks up and defends an opinion.
    pub assertiveness: u8,
    /// Comes on time, does what was promised.
    pub reliability: u8,
    /// Proposes ideas, volunteers.
    pub initiative: u8,
    /// Gets on with others, listens.
    pub sociability: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cooperant {
    pub name: String,
    /// 13–27 (CJS 14–17, CJM 18–25).
    pub age: u8,
    pub traits: Traits,
    /// Skill levels 0–100, each kind at most once: `[(Gardening, 70), (Painting, 40)]`.
    #[serde(default)]
    pub skills: Vec<(Skill, u8)>,
    /// Hours a week the cooperant can work (0–40).
    pub availability: u8,
    /// Starting motivation, 0–100.
    pub motivation: u8,
    /// Weeks of planned absence (holidays), 1-based.
    #[serde(default)]
    pub away_weeks: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Animateur {
    pub name: String,
    pub profile: Profile,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Profile {
    /// Business profile (often from the CAE or an economic partner).
    Economic,
    /// Youth-work profile (popular education).
    YouthWork,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comite {
    /// Who sits on the comité local (organisations, people).
    #[serde(default)]
    pub members: Vec<String>,
    /// Money lent or given at the start, in the scenario's currency.
    pub starting_fund: Dec,
    /// Whether the fund must be repaid from the surplus at the end.
    pub repay_fund: bool,
}

/// When the cooperants are paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Pay {
    /// Everything at the end, when the assembly splits the surplus (the usual CJS way).
    #[default]
    AtEnd,
    /// As each invoice is paid: the job's price less its material, less `coop_share` percent
    /// kept for the coop's common costs, to those who did the job in proportion to their hours.
    AsInvoicesArePaid { coop_share: u8 },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: String,
    pub name: Text,
    pub skill: Skill,
    /// How the price is counted: per hour or per job.
    pub unit: Unit,
    /// Hours of work in one unit (per-hour services: 1).
    pub hours_per_unit: Dec,
    /// Smallest and largest number of units in one contract.
    pub units: (u16, u16),
    /// Cost of material per unit, in the currency.
    pub material_cost: Dec,
    /// The usual price per unit on this territory, in the currency.
    pub reference_price: Dec,
    /// Outdoor jobs are cancelled by rain.
    pub outdoor: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Unit {
    Hour,
    Job,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Segment {
    pub id: String,
    pub name: Text,
    /// Expected contracts asked per week at the reference price and average reputation.
    pub base_demand: Dec,
    /// Price elasticity: demand × (price / reference)^(−sensitivity). 0–5.
    pub price_sensitivity: Dec,
    /// The services this segment asks for (ids), equally often.
    pub services: Vec<String>,
    /// Demand per week in percent of base (week 1 first); the last value holds after. Empty: 100.
    #[serde(default)]
    pub season: Vec<u16>,
    pub payment: Payment,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Payment {
    /// Percent of invoices paid the week of the job.
    pub on_time: u8,
    /// Percent paid late, `delay_weeks` later.
    pub late: u8,
    /// Percent never paid.
    pub unpaid: u8,
    pub delay_weeks: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Promotion {
    /// Cost of a round of door-to-door flyers, paid each time the assembly chooses them (the
    /// effect lasts until the next promotion decision, three weeks later).
    pub flyers_cost: Dec,
    /// Cost of an ad in the local press, paid each time it is chosen (same duration).
    pub press_cost: Dec,
}

impl Default for Promotion {
    fn default() -> Self {
        Promotion {
            flyers_cost: Dec(rust_decimal::Decimal::new(2000, 2)),
            press_cost: Dec(rust_decimal::Decimal::new(6000, 2)),
        }
    }
}

/// What a choice or an objective aims at; decisions are judged consistent with the objectives
/// through these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Aim {
    /// Earn well for the members.
    Income,
    /// Serve the neighbourhood, residents and local causes.
    Community,
    /// Learn, try every role.
    Learning,
    /// Fairness and mutual help inside the group.
    Solidarity,
    /// Good work, reputation.
    Quality,
    /// Leave something for next year's CJS.
    Continuity,
    /// A good summer together.
    Fun,
}

impl Aim {
    pub const ALL: [Aim; 7] =
        [Aim::Income, Aim::Community, Aim::Learning, Aim::Solidarity, Aim::Quality, Aim::Continuity, Aim::Fun];
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    pub id: String,
    pub label: Text,
    pub aims: Vec<Aim>,
    /// What the objective measures and the mark to reach, judged at the mid-summer review and
    /// at the end. Optional: without it, the target follows the objective's first aim (see
    /// [`Target::for_aim`] and `docs/scenario-format.md`).
    #[serde(
        default,
        deserialize_with = "some_target",
        serialize_with = "write_target",
        skip_serializing_if = "Option::is_none"
    )]
    pub target: Option<Target>,
}

/// `target: PayPerMember(220.00)` is written bare, without `Some(…)`.
fn some_target<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Target>, D::Error> {
    Target::deserialize(d).map(Some)
}

fn write_target<S: serde::Serializer>(v: &Option<Target>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(t) => t.serialize(s),
        None => s.serialize_unit(),
    }
}

/// A measurable target of an objective: its results are judged « non seulement par leur
/// résultat, mais également par les moyens » (the CJS pedagogy).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Target {
    /// Pay per cooperant for the summer (pay and surplus) of at least this amount.
    PayPerMember(Dec),
    /// At least this many contracts done over the summer.
    Contracts(u16),
    /// At least this many contracts done for one client segment (by its id).
    SegmentContracts { segment: String, count: u16 },
    /// Everyone still in the coop worked at least this percent of the team's mean hours.
    FairHours(u8),
    /// No cooperant left the coop.
    EveryoneStays,
    /// A reputation of at least this percent at the end.
    Reputation(u8),
    /// A mean motivation of the team of at least this percent at the end.
    Motivation(u8),
    /// A surplus of at least this amount at the closing.
    Surplus(Dec),
    /// Everyone still in the coop worked in at least this many kinds of work.
    Trades(u8),
}

impl Target {
    /// The target of an objective that names none, from its first aim (documented in
    /// `docs/scenario-format.md`). Amounts follow the scenario's own prices, so that the default
    /// holds in any currency: `hourly` is the mean reference price of an hour of work.
    pub fn for_aim(aim: Aim, weeks: u8, hourly: rust_decimal::Decimal, members: usize) -> Target {
        match aim {
            // About the real figures: 16 hours of pay for the summer (France 2016: €200–250).
            Aim::Income => Target::PayPerMember(Dec(hourly.checked_mul(16.into()).unwrap_or(hourly).round_dp(2))),
            Aim::Community => Target::Contracts(10 * weeks as u16),
            Aim::Learning => Target::Trades(2),
            Aim::Solidarity => Target::FairHours(50),
            Aim::Quality => Target::Reputation(60),
            Aim::Continuity => {
                Target::Surplus(Dec(hourly.checked_mul((members as u64).into()).unwrap_or(hourly).round_dp(2)))
            }
            Aim::Fun => Target::Motivation(55),
        }
    }
}

/// A way to split the surplus at the end, in percent (the five parts sum to 100).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SurplusPlan {
    pub id: String,
    pub label: Text,
    /// To the members in proportion to their hours.
    #[serde(default)]
    pub by_hours: u8,
    /// To the members in equal shares.
    #[serde(default)]
    pub equal: u8,
    /// Kept as a reserve or gift for next year's CJS.
    #[serde(default)]
    pub reserve: u8,
    /// Given to a local cause.
    #[serde(default)]
    pub donation: u8,
    /// Spent on a group activity.
    #[serde(default)]
    pub activity: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    pub trigger: Trigger,
    pub title: Text,
    pub text: Text,
    /// The sphere of autonomy the answer belongs to.
    pub sphere: Sphere,
    /// Whether the event throws the group into a crisis until it is answered.
    #[serde(default)]
    pub crisis: bool,
    /// What the trainer may discuss with the room at this event.
    #[serde(default)]
    pub trainer_note: Text,
    pub choices: Vec<Choice>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Trigger {
    /// At the assembly of this week (1-based).
    Week(u8),
    /// At the first assembly from `from_week` on where the condition holds, with `chance` percent.
    When { condition: Condition, from_week: u8, chance: u8 },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Condition {
    Always,
    CashBelow(Dec),
    ReputationBelow(u8),
    MotivationBelow(u8),
    ConflictAbove(u8),
    RainyWeek,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Sphere {
    /// Vie d'entreprise: services, prices, clients, money.
    Business,
    /// Vie associative: assemblies, board, comités, procedures, surplus.
    Associative,
    /// Travail: tasks, schedules, quality.
    Work,
}

impl Sphere {
    pub const ALL: [Sphere; 3] = [Sphere::Business, Sphere::Associative, Sphere::Work];
    pub fn index(self) -> usize {
        self as usize
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub label: Text,
    #[serde(default)]
    pub aims: Vec<Aim>,
    #[serde(default)]
    pub effects: Vec<Effect>,
}

/// What a choice does. Amounts in points are on 0–100 scales.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Effect {
    /// Money in (positive) or out (negative), in the currency.
    Cash(Dec),
    Reputation(i8),
    Motivation(i8),
    Cohesion(i8),
    Fatigue(i8),
    /// Trust of the cooperants in the animateurs.
    Trust(i8),
    /// Demand of a segment changed by a percent for some weeks.
    Demand {
        segment: String,
        percent: i16,
        weeks: u8,
    },
    /// A competitor takes a percent of all demand for some weeks.
    Competitor {
        percent: u8,
        weeks: u8,
    },
    /// A service cannot be sold for some weeks (a broken or stolen tool).
    ServiceUnavailable {
        service: String,
        weeks: u8,
    },
    /// A contract accepted now: the service, units, price per unit, paid by the segment.
    Contract {
        service: String,
        segment: String,
        units: u16,
        price: Dec,
    },
    /// A cooperant leaves the coop.
    Leaves(String),
    /// The crisis the event opened is resolved.
    Resolve,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Weather {
    /// Chance of rain on a working day, percent.
    pub rain_chance: u8,
}

impl Default for Weather {
    fn default() -> Self {
        Weather { rain_chance: 20 }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PecWeights {
    pub v: u8,
    pub s: u8,
    pub a: u8,
}

impl Default for PecWeights {
    fn default() -> Self {
        PecWeights { v: 1, s: 1, a: 1 }
    }
}
