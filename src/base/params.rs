//! Every constant of the model, in one documented place.
//!
//! Each parameter has a default, a range, a unit and a meaning. A scenario may override any of
//! them in its `params: (...)` section (see `docs/scenario-format.md`); `cjs check` refuses values
//! outside the range. Money never appears here: amounts belong to the scenario itself.

use serde::{Deserialize, Serialize};

use crate::base::dec::{self, Dec};

/// A parameter's description, for validation and documentation.
#[derive(Debug, Clone, Copy)]
pub struct ParamInfo {
    pub name: &'static str,
    pub default: f64,
    pub min: f64,
    pub max: f64,
    pub unit: &'static str,
    pub doc: &'static str,
}

impl ParamInfo {
    /// A switch: its unit is « 0 or 1 », and no value between means anything.
    pub fn is_switch(&self) -> bool {
        self.unit == "0 or 1"
    }

    /// Whether `x` is a value the parameter takes: within its range, and 0 or 1 for a switch.
    pub fn allows(&self, x: f64) -> bool {
        x.is_finite() && (self.min..=self.max).contains(&x) && (!self.is_switch() || x == 0.0 || x == 1.0)
    }

    /// The catalogue's message that names its unit in each language (`param-unit-…`: the
    /// unit's words in lower case, each run of other characters a hyphen; « 0–1 per decision »
    /// is `param-unit-0-1-per-decision`).
    pub fn unit_key(&self) -> String {
        let mut key = String::from("param-unit");
        let mut gap = true;
        for c in self.unit.chars() {
            if c.is_ascii_alphanumeric() {
                if gap {
                    key.push('-');
                }
                key.push(c.to_ascii_lowercase());
                gap = false;
            } else {
                gap = true;
            }
        }
        key
    }

    /// The values it takes, as said in a refusal in either language: `0 – 1`, or `{0, 1}` for a
    /// switch.
    pub fn range(&self) -> String {
        if self.is_switch() { "{0, 1}".to_string() } else { format!("{} – {}", self.min, self.max) }
    }
}

macro_rules! params {
    ($( $(#[doc = $doc:literal])+ $name:ident : $default:expr, $min:expr, $max:expr, $unit:literal; )*) => {
        /// The model's constants, after the scenario's overrides.
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        pub struct Params { $( $(#[doc = $doc])+ pub $name: f64, )* }

        impl Default for Params {
            fn default() -> Self { Params { $( $name: $default, )* } }
        }

        /// The overrides a scenario writes: each field optional, written as a bare decimal.
        #[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct ParamsOverride {
            $( #[serde(default, deserialize_with = "dec::some", serialize_with = "dec::write_some", skip_serializing_if = "Option::is_none")]
               pub $name: Option<Dec>, )*
        }

        impl Params {
            /// The table of all parameters, in declaration order.
            pub const TABLE: &'static [ParamInfo] = &[
                $( ParamInfo { name: stringify!($name), default: $default, min: $min, max: $max, unit: $unit,
                               doc: concat!($($doc, " "),+) }, )*
            ];

            /// The defaults with a scenario's overrides applied.
            pub fn with(o: &ParamsOverride) -> Params {
                Params::of_model(o, MODEL)
            }

            /// The defaults of a model (`MODEL`, or an earlier one whose files still replay:
            /// see `MODEL_5`, `MODEL_4`, `MODEL_3` and `MODEL_2`) with a scenario's overrides applied.
            pub fn of_model(o: &ParamsOverride, model: u8) -> Params {
                let mut p = Params::default();
                if model < 6 {
                    for &(name, v) in MODEL_5 {
                        p.set(name, v);
                    }
                }
                if model < 5 {
                    for &(name, v) in MODEL_4 {
                        p.set(name, v);
                    }
                }
                if model < 4 {
                    for &(name, v) in MODEL_3 {
                        p.set(name, v);
                    }
                }
                if model < 3 {
                    for &(name, v) in MODEL_2 {
                        p.set(name, v);
                    }
                }
                $( if let Some(v) = o.$name { p.$name = v.to_f64(); } )*
                p
            }

            /// Sets a parameter by name; false when there is none of that name.
            pub fn set(&mut self, name: &str, v: f64) -> bool {
                match name {
                    $( stringify!($name) => { self.$name = v; true } )*
                    _ => false,
                }
            }
        }

        impl ParamsOverride {
            /// The overrides present, by name, for validation.
            pub fn entries(&self) -> Vec<(&'static str, Dec)> {
                let mut v = Vec::new();
                $( if let Some(x) = self.$name { v.push((stringify!($name), x)); } )*
                v
            }
        }
    };
}

/// The model the engine plays: 8, model 3 (the world that rewards fitting the posture,
/// `docs/pec-model.md`) whose readiness weighs the members' initiative, with stronger
/// misconceptions and competence felt (model 4), whose dependency is learnt sphere by sphere
/// (model 5), and whose agreed surplus rule weighs fairness: under a rule with a part in equal
/// shares, the members who work most lose heart (model 6, `rule_fairness`), and whose need map
/// is derived on 200 seeds of each shipped scenario (model 7: the same world and parameters;
/// `need_map::MAP` through `need_map::of_model`, and `reader`'s `policy::GUIDE`), and whose need
/// map tells a willing group from one that is not (model 8: the same world and parameters, the
/// map derived on groups varied in willingness too, `need_map::WILLING_FROM`). Summers recorded
/// under model 7 (files of version 8) replay with the map of then (`need_map::MAP_MODEL_7`);
/// under model 6 (files of version 7), with the map and guide of then; under model 5 (files of version 6), with the
/// values of `MODEL_5` too; under
/// model 4 (files of version 5), with the values of `MODEL_4`; under model 3 as first played
/// (files of version 4), with those of `MODEL_4` and `MODEL_3`; under model 2 (files of
/// versions 2 and 3), with those and then `MODEL_2`.
pub const MODEL: u8 = 8;

/// The parameters whose default differs under model 5 (files of version 6), with their value
/// then: a journal or a save of version 6 replays the very summer it recorded.
pub const MODEL_5: &[(&str, f64)] = &[("rule_fairness", 0.0), ("cue_unfair", 0.0)];

/// The parameters whose default differs under model 4 (files of version 5), with their value
/// then: a journal or a save of version 5 replays the very summer it recorded.
pub const MODEL_4: &[(&str, f64)] = &[("dependency_by_sphere", 0.0)];

/// The parameters whose default differs under model 3 as first played (files of version 4),
/// with their value then: a journal or a save of version 4 replays the very summer it recorded.
///
/// Every name here, in `MODEL_4` and in `MODEL_2` is a parameter of the table
/// (`tests/params_doc.rs`).
pub const MODEL_3: &[(&str, f64)] =
    &[("readiness_initiative", 0.0), ("misconception", 0.45), ("competence_felt", 0.1), ("cue_preparation", 0.1)];

/// The parameters whose default differs under model 2, with their model-2 value: each
/// mechanism added by model 3 has a value that leaves the summer as model 2 played it, bit for
/// bit (a factor of 1, a weight of 0), so that a journal or a save of an earlier version
/// replays the very summer it recorded.
pub const MODEL_2: &[(&str, f64)] = &[
    ("competence_gain_suggested", 0.015),
    ("misconception", 0.0),
    ("zone_of_learning", 0.0),
    ("dependency_when_able", 0.0),
    ("coaching_hears", 0.0),
    ("business_competence_pays", 0.0),
    ("work_competence_pays", 0.0),
    ("associative_competence_pays", 0.0),
    ("overhelp_motivation_loss", 0.0),
    ("low_price_doubt", 0.0),
    ("rejected_suggestion_trust", 0.0),
    ("score_the_suggestion", 0.0),
    ("derived_need", 0.0),
    ("demand_scale", 1.0),
    ("objective_fit_bonus", 0.15),
    ("autonomy_capacity", 0.0),
    ("competence_felt", 0.0),
    ("facilitation_draws_out", 0.0),
    ("overhelp_facilitated_share", 0.0),
    ("price_sensitivity_scale", 1.3),
    ("surplus_rule_early", 0.0),
    ("coherent_cues", 0.0),
    ("cue_at_risk", 0.0),
    ("cue_crisis_shows", 0.0),
    ("cue_crisis_false", 0.0),
    ("cue_preparation", 0.0),
    ("cue_form_spread", 2.0),
];

params! {
    // ---- market ----
    /// Multiplies every segment's base demand (jobs asked per week).
    demand_scale: 0.9, 0.0, 10.0, "factor";
    /// Reputation at the start of the summer.
    reputation_start: 0.5, 0.0, 1.0, "0–1";
    /// How much reputation moves demand: demand × (1 + w × (reputation − 0.5)).
    reputation_weight: 0.8, 0.0, 2.0, "factor";
    /// How fast reputation moves toward the quality of the jobs done, per week.
    reputation_rate: 0.3, 0.0, 1.0, "0–1 per week";
    /// Reputation lost for each client turned away for lack of hands.
    decline_reputation_loss: 0.005, 0.0, 0.1, "0–1 per job";
    /// Extra demand from door-to-door flyers (promotion level 1).
    promotion_flyers_boost: 0.15, 0.0, 2.0, "share of demand";
    /// Extra demand from an article or ad in the local press (promotion level 2).
    promotion_press_boost: 0.30, 0.0, 2.0, "share of demand";
    /// Multiplies every segment's price sensitivity (a market more or less sensitive to prices).
    /// Model 3 takes a scenario's `price_sensitivity` as the format describes it (1: 10 % dearer,
    /// about 9 % fewer requests); model 2 made every market 1.3 times as sensitive, so that the
    /// lowest price won nearly everywhere.
    price_sensitivity_scale: 1.0, 0.0, 5.0, "factor on every segment's elasticity";
    // ---- work ----
    /// Fatigue gained by a week worked at full availability.
    fatigue_gain: 0.35, 0.0, 1.0, "0–1 per week";
    /// Fatigue recovered each week.
    fatigue_recovery: 0.22, 0.0, 1.0, "0–1 per week";
    /// How much fatigue lowers the quality of work (at full fatigue).
    fatigue_quality_penalty: 0.5, 0.0, 1.0, "share of quality";
    /// How much motivation adds to the quality of work.
    motivation_quality_weight: 0.4, 0.0, 1.0, "share of quality";
    /// Base weekly chance of an unplanned absence; a cooperant's chance is this × 1.5 ×
    /// (1 − reliability) × (1.2 − motivation).
    absence_chance: 0.12, 0.0, 1.0, "probability per week";
    /// Chance of being late to a job for the least reliable cooperant.
    lateness_chance: 0.25, 0.0, 1.0, "probability per job";
    /// Quality lost by a late start.
    lateness_quality_penalty: 0.15, 0.0, 1.0, "share of quality";
    /// Extra hours accepted in a push week (schedule decision), as a share of availability.
    push_extra_hours: 0.25, 0.0, 1.0, "share of availability";
    // ---- group life ----
    /// Weekly chance of a conflict between two cooperants, before fatigue and frustration.
    conflict_chance: 0.10, 0.0, 1.0, "probability per week";
    /// Conflict level that makes a crisis.
    crisis_conflict: 0.6, 0.0, 1.0, "0–1";
    /// Average motivation under which the group is in crisis.
    crisis_motivation: 0.35, 0.0, 1.0, "0–1";
    /// Readiness under which the group needs coaching (suggestions) rather than facilitation.
    need_coaching_below: 0.1, 0.0, 1.0, "readiness 0–1";
    /// Readiness under which the group needs facilitation rather than room to decide alone.
    need_facilitation_below: 0.38, 0.0, 1.0, "readiness 0–1";
    /// Competence gained by the group, in the decision's sphere, from a decision it took with
    /// facilitation (times the learning kept, see `learning_quality_floor`, `dependency_learning`).
    competence_gain_facilitated: 0.035, 0.0, 0.5, "0–1 per decision";
    /// Competence gained by the group, in the decision's sphere, from a decision it took alone.
    competence_gain_alone: 0.03, 0.0, 0.5, "0–1 per decision";
    /// Competence gained, in the decision's sphere, from a decision suggested by the animateurs.
    competence_gain_suggested: 0.035, 0.0, 0.5, "0–1 per decision";
    /// Competence gained in the work sphere each week of work (times 0.5 + the week's quality).
    competence_gain_week: 0.02, 0.0, 0.5, "0–1 per week";
    /// Motivation lost by every cooperant when the animateurs decide in the group's place; times
    /// (0.5 + the cooperant's initiative) × the group's competence in the sphere / 0.4 (at most 2):
    /// a competent group resents it, a lost one hardly minds.
    decided_for_motivation_loss: 0.02, 0.0, 0.5, "0–1 per decision";
    /// Motivation lost by a cooperant whose side lost a vote.
    overruled_motivation_loss: 0.02, 0.0, 0.5, "0–1 per decision";
    /// Trust of every cooperant in the animateurs at the start of the summer.
    trust_start: 0.6, 0.0, 1.0, "0–1";
    /// Skill gained in a kind of work by each job done in it.
    skill_gain_per_job: 0.01, 0.0, 0.2, "0–1 per job";
    /// Conflict level added by a quarrel between two cooperants who get on perfectly (more
    /// when they are less sociable: up to this plus `conflict_unsociable`).
    conflict_base: 0.25, 0.0, 1.0, "0–1";
    /// Extra conflict level of a quarrel between two cooperants of no sociability.
    conflict_unsociable: 0.3, 0.0, 1.0, "0–1";
    /// Motivation under which a cooperant leaves the coop (while more than three remain).
    quit_motivation: 0.12, 0.0, 1.0, "0–1";
    // ---- deliberation ----
    /// Group competence from which everyone speaks even without facilitation.
    open_floor_competence: 0.6, 0.0, 1.0, "competence 0–1";
    /// Initiative from which a cooperant who speaks puts a proposal.
    proposal_initiative: 0.6, 0.0, 1.0, "0–1";
    /// Noise in how a cooperant judges an option, for a group of no competence.
    judgement_noise: 0.5, 0.0, 2.0, "utility";
    /// Share of the judgement noise left however competent the group (it never judges perfectly).
    judgement_noise_floor: 0.05, 0.0, 1.0, "share";
    /// Share of the judgement noise left when the animateurs lead the debate (facilitate).
    facilitated_noise: 0.6, 0.0, 1.0, "share";
    /// Weight in the debate of what a member of no assertiveness says (plus the assertiveness).
    voice_base: 0.5, 0.0, 2.0, "weight";
    /// How much the least sociable member listens in a debate nobody leads (1 for the most
    /// sociable, and for everyone when the animateurs facilitate).
    listen_base: 0.5, 0.0, 1.0, "share";
    /// How far a cooperant's care for each aim may differ from its traits' leaning, in a given
    /// summer (drawn once per season).
    aim_spread: 0.25, 0.0, 1.0, "0–1";
    /// Weight of the aims a cooperant cares for in how it likes an option (against merit 0–1).
    aim_weight: 0.6, 0.0, 3.0, "utility";
    /// Pull of the opinions heard in one round of debate.
    influence: 0.15, 0.0, 2.0, "utility";
    /// Pull of an option suggested by the animateurs, times the group's trust in them.
    suggestion_pull: 0.5, 0.0, 2.0, "utility";
    /// Share of agreement that ends a consensus procedure.
    consensus_threshold: 0.75, 0.5, 1.0, "share of voters";
    /// Rounds of debate before a consensus falls back to a majority vote.
    consensus_rounds: 3.0, 1.0, 10.0, "rounds";
    /// Assertiveness under which a cooperant speaks only when the debate is facilitated.
    quiet_threshold: 0.4, 0.0, 1.0, "0–1";
    // ---- consequences of the animateurs' posture (model 2) ----
    /// Share of the starting competence a group brings to business life (prices, clients).
    competence_start_business: 0.85, 0.0, 2.0, "factor";
    /// Share of the starting competence a group brings to its work (skills it already has).
    competence_start_work: 1.1, 0.0, 2.0, "factor";
    /// Share of a decision's learning kept when the group adopted its worst option (all of it
    /// when it adopted its best): a group learns from decisions it carries through well.
    learning_quality_floor: 0.3, 0.0, 1.0, "share";
    /// Dependency gained by the group each time the animateurs decide in its place.
    dependency_decide: 0.10, 0.0, 1.0, "0–1 per decision";
    /// Dependency gained by the group each time it is given a suggestion.
    dependency_suggest: 0.05, 0.0, 1.0, "0–1 per decision";
    /// Dependency lost each time the group settles a question without a suggestion (half when
    /// the animateurs facilitated).
    dependency_relief: 0.04, 0.0, 1.0, "0–1 per decision";
    /// Extra initiative a cooperant needs to put a proposal, at full dependency.
    dependency_proposal: 0.35, 0.0, 1.0, "0–1";
    /// Share of the learning lost at full dependency (a group that waits to be told learns slowly).
    dependency_learning: 0.6, 0.0, 1.0, "share";
    /// Conflict added by a divided vote (all against one) in a group of no competence in the
    /// decision's sphere; times (1 − agreement) × (1 − competence).
    debate_conflict: 0.25, 0.0, 1.0, "0–1 per decision";
    /// Share of that conflict left when the debate was facilitated (every voice heard, reframed).
    facilitated_conflict_share: 0.3, 0.0, 1.0, "share";
    /// Motivation lost by every member when the group, unready in the decision's sphere and
    /// left on its own, lands on its worst option; times (1 − quality) × (1 − competence).
    struggle_motivation_loss: 0.08, 0.0, 0.5, "0–1 per decision";
    /// Share of that loss when the debate was facilitated.
    facilitated_struggle_share: 0.4, 0.0, 1.0, "share";
    /// Trust lost in the animateurs when they decide for a group that could have: times the
    /// group's competence in the sphere.
    decided_for_trust_loss: 0.05, 0.0, 0.5, "0–1 per decision";
    /// Weight of the latest decision in the recent share of decisions imposed by the animateurs.
    imposed_rate: 0.25, 0.0, 1.0, "0–1";
    /// Competence in the sphere at which being decided for costs the full motivation loss (twice
    /// this, twice the loss).
    resentment_competence: 0.4, 0.01, 1.0, "competence 0–1";
    /// Trust gained in the animateurs by a suggestion the group found sound, per quality point
    /// above one half (lost below).
    trust_suggestion: 0.02, 0.0, 0.5, "0–1 per decision";
    /// Trust lost by a group left alone to fail: times (1 − quality) × (1 − competence).
    trust_left_alone: 0.02, 0.0, 0.5, "0–1 per decision";
    /// Trust gained by a facilitated debate.
    trust_facilitated: 0.005, 0.0, 0.5, "0–1 per decision";
    /// Motivation gained by a member whose own proposal the group adopted.
    own_proposal_motivation: 0.03, 0.0, 0.5, "0–1 per decision";
    /// Motivation gained by a quiet member heard thanks to facilitation.
    facilitated_quiet_motivation: 0.01, 0.0, 0.5, "0–1 per decision";
    /// Share of the conflict a facilitated debate calms.
    facilitated_calm: 0.15, 0.0, 1.0, "share";
    /// Each week, motivation drifts toward its resting level by this share of the gap.
    motivation_drift: 0.02, 0.0, 1.0, "share per week";
    /// Motivation's resting level.
    motivation_rest: 0.6, 0.0, 1.0, "0–1";
    /// Motivation gained in a week worked at full availability.
    motivation_work: 0.03, 0.0, 0.5, "0–1 per week";
    /// Motivation lost in a week at full fatigue.
    motivation_fatigue: 0.06, 0.0, 0.5, "0–1 per week";
    /// Motivation lost in a week of full conflict.
    motivation_conflict: 0.04, 0.0, 0.5, "0–1 per week";
    /// Share of the group's conflict left from one week to the next.
    conflict_persistence: 0.7, 0.0, 1.0, "share per week";
    /// Motivation lost by the two cooperants of a quarrel.
    quarrel_motivation_loss: 0.05, 0.0, 0.5, "0–1";
    /// Motivation lost by a quiet member who was not heard in a debate the group held without
    /// facilitation; times (1 − the group's competence in the sphere).
    unheard_motivation_loss: 0.02, 0.0, 0.5, "0–1 per decision";
    /// How much the team's outreach (its commitment × the share of members still there) moves
    /// demand: demand × (1 + w × (outreach − 0.5)). Cooperants find their own clients, door to door.
    prospecting_weight: 0.6, 0.0, 2.0, "factor";
    /// Motivation lost by the most committed members (initiative above `proposal_initiative`)
    /// when the animateurs suggest to a competent group; times its competence in the sphere.
    helped_initiative_loss: 0.02, 0.0, 0.5, "0–1 per decision";
    /// Share of the quality of work lost when the work is organised by the worst options (the
    /// week's schedule and the sharing rule).
    disorganisation_penalty: 0.3, 0.0, 1.0, "share of quality";
    /// Weight of the latest work decision in how well the work is organised.
    organisation_rate: 0.5, 0.0, 1.0, "0–1";
    /// Quality of a job under which the client complains.
    complaint_below: 0.45, 0.0, 1.0, "quality 0–1";
    /// Reputation lost by a complaint.
    complaint_reputation_loss: 0.03, 0.0, 0.5, "0–1 per complaint";
    /// Chance that a client who complains does not pay.
    complaint_unpaid_chance: 0.5, 0.0, 1.0, "probability";
    /// Motivation lost in a week by a member who worked none while the others worked (times
    /// the shortfall from the team's average hours).
    idle_motivation_loss: 0.05, 0.0, 0.5, "0–1 per week";
    /// Share of the recent decisions imposed by the animateurs above which a crisis of
    /// motivation or conflict is their doing (and does not call for more of it).
    imposed_crisis_share: 0.5, 0.0, 1.0, "share of decisions";
    /// Reputation gained (lost) per week by prices below (above) the reference, for a segment
    /// of price sensitivity 1, per 10 % of price: clients talk about good value and dear prices.
    price_reputation: 0.03, 0.0, 0.2, "0–1 per week";
    /// Share of an objective's target left when the group lowers it at the mid-summer review;
    /// an objective reached with a lowered target counts this share of one reached in full.
    review_lowered_target: 0.75, 0.1, 1.0, "share";
    /// Motivation moved at the closing by how well the surplus plan serves what each member cares for.
    surplus_motivation: 0.5, 0.0, 1.0, "0–1";
    /// Reputation gained at the closing by a surplus given to a local cause (times its share).
    surplus_donation_reputation: 0.2, 0.0, 1.0, "0–1";
    /// 1: the surplus rule is agreed at the opening assembly, with the objectives, and lives
    /// through the summer (below); the closing assembly's split honours or breaks it. 0: the
    /// split is the summer's last decision and nothing before it.
    surplus_rule_early: 1.0, 0.0, 1.0, "0 or 1";
    /// Motivation each week from the agreed rule, per member: w × (how well the rule serves
    /// the member's aims − 0.45), as `surplus_motivation` weighs the split itself.
    rule_felt: 0.02, 0.0, 0.2, "0–1 per week";
    /// Motivation lost each week, under an agreed rule with a part in equal shares, by each
    /// member who has worked more than the group's mean this summer: w × that part × how far
    /// above the mean (1 = twice the mean). Paid as much as those who work least, the most
    /// hard-working lose heart (model 6; 0 under model 5).
    rule_fairness: 0.005, 0.0, 0.1, "0–1 per week";
    /// Merit added at the closing split to the plan the group agreed on (honouring one's word).
    rule_honoured_merit: 0.3, 0.0, 1.0, "0–1";
    /// Trust lost by every member when the closing split breaks the agreed rule.
    rule_broken_trust: 0.15, 0.0, 1.0, "0–1";
    /// Motivation lost, when the split breaks the agreed rule, by each member the rule served
    /// better than the split: w × the difference.
    rule_broken_motivation: 0.5, 0.0, 1.0, "0–1";
    // ---- model 3: the world rewards fitting the posture (docs/pec-model.md) ----
    /// A factor on every competence the group gains (decisions and weeks): 0 freezes learning
    /// (`--set learning=0`), to measure what readiness is worth.
    learning: 1.0, 0.0, 5.0, "factor";
    /// Novices err together: the pull of a decision's misconception (« cheaper always brings
    /// more clients », « no promotion saves money », « volunteers is fairer », « more hours,
    /// more money ») on every member alike, for a group of no competence in the decision's
    /// sphere; times (1 − competence). A vote does not cancel it; a suggestion corrects it.
    misconception: 0.6, 0.0, 2.0, "utility";
    /// Share of the misconception a suggestion corrects at full trust (times the member's trust):
    /// coaching explains why.
    suggestion_correction: 1.0, 0.0, 1.0, "share";
    /// Share of the learning that depends on how the help fits the group's competence (a zone of
    /// proximal development): suggestions teach a novice group most, facilitation a middling
    /// one, stepping back an able one. 0: every posture teaches at its own rate whatever the group.
    zone_of_learning: 1.0, 0.0, 1.0, "share";
    /// Competence in the sphere at which a suggestion teaches most.
    learn_best_suggested: 0.15, 0.0, 1.0, "competence 0–1";
    /// Competence in the sphere at which a facilitated debate teaches most.
    learn_best_facilitated: 0.4, 0.0, 1.0, "competence 0–1";
    /// Competence in the sphere at which deciding alone teaches most.
    learn_best_alone: 0.7, 0.0, 1.0, "competence 0–1";
    /// How far from its best competence a posture still teaches (the width of the zone; at this
    /// distance it teaches 37 % of its best).
    learn_zone_width: 0.2, 0.01, 1.0, "competence 0–1";
    /// Share of the dependency a suggestion or a decision adds that depends on the group's
    /// competence: being told what it could already do makes a group dependent (twice the
    /// dependency at competence 2 × `resentment_competence`), a novice group told what it could
    /// not do hardly so. 0: the same whatever the group.
    dependency_when_able: 1.0, 0.0, 1.0, "share";
    /// 1: a suggestion hears the group (coaching is high task and high relationship: every
    /// voice is heard, as when facilitated); 0: the floor stays with the assertive.
    coaching_hears: 1.0, 0.0, 1.0, "0 or 1";
    /// Demand moved by the group's competence in business life (quotes, follow-up, pricing):
    /// demand × (1 + w × (competence − `competence_reference`)).
    business_competence_pays: 0.6, 0.0, 3.0, "factor";
    /// Quality of the work moved by the group's competence at work (organisation):
    /// quality × (1 + w × (competence − `competence_reference`)).
    work_competence_pays: 0.4, 0.0, 3.0, "factor";
    /// Conflict calmed by the group's competence in associative life (shorter, calmer
    /// meetings): the conflict left each week × (1 − w × (competence − `competence_reference`)).
    associative_competence_pays: 0.5, 0.0, 1.0, "factor";
    /// Competence at which readiness neither pays nor costs in the world.
    competence_reference: 0.35, 0.0, 1.0, "competence 0–1";
    /// Motivation rests on feeling able (self-determination): each week every member's motivation
    /// moves by w × (the group's mean competence − `competence_reference`). A group that grows
    /// able keeps heart; one that stays out of its depth wears.
    competence_felt: 0.2, 0.0, 1.0, "0–1 per week";
    /// Motivation lost by a capable member (times initiative × the group's competence in the
    /// sphere, squared) each time the animateurs decide or suggest: over-structure costs a
    /// ready group its most capable members first.
    overhelp_motivation_loss: 0.12, 0.0, 1.0, "0–1 per decision";
    /// Some clients read a low price as low quality: share of a segment's demand lost per 100 %
    /// of discount, times (1 − the segment's price sensitivity, at least 0).
    low_price_doubt: 0.8, 0.0, 5.0, "share per 100 %";
    /// Facilitation draws out what the group already knows: the share of the judgement noise it
    /// removes shrinks with the group's lack of competence in the sphere (at no competence, it
    /// removes this much less of it). 0: it removes the same whatever the group.
    facilitation_draws_out: 1.0, 0.0, 1.0, "share";
    /// Share of `overhelp_motivation_loss` a capable member feels when the animateurs lead the
    /// debate of a group that could hold it alone.
    overhelp_facilitated_share: 0.3, 0.0, 1.0, "share";
    /// Merit an informed animateur adds to an option that serves the group's objectives when
    /// choosing what to suggest or decide (a policy's pick, `Item::best_for`); 0: the best merit,
    /// the objectives breaking ties only.
    objective_fit_bonus: 0.0, 0.0, 1.0, "merit 0–1";
    /// Trust lost in the animateurs when the group rejects their suggestion.
    rejected_suggestion_trust: 0.03, 0.0, 0.5, "0–1 per decision";
    /// 1: Support judges a suggestion by the option suggested, and Autonomy counts a rejected
    /// suggestion as a suggestion; 0: both read the option adopted (a suggestion the group
    /// rejects then scores as its own decision).
    score_the_suggestion: 1.0, 0.0, 1.0, "0 or 1";
    /// 1: the need is read from the need map derived from the simulated world
    /// (`scoring::need_map`, `docs/pec-model.md`); 0: from `need_coaching_below` and
    /// `need_facilitation_below`.
    derived_need: 1.0, 0.0, 1.0, "0 or 1";
    /// Readiness is competence × willingness (situational leadership: able, and willing and
    /// confident): willingness is the mean, over the active members, of motivation × (initiative
    /// / `readiness_initiative_reference`) to this power. 0: the mean motivation alone (the commitment); the more, the less a
    /// group of little initiative counts as ready at equal competence and heart.
    readiness_initiative: 0.5, 0.0, 3.0, "power";
    /// The initiative at which a member's heart counts as it is in the group's willingness
    /// (more initiative, more; less, less).
    readiness_initiative_reference: 0.5, 0.05, 1.0, "initiative 0–1";
    /// Dependency is learnt sphere by sphere (situational leadership: a group may be ready for
    /// its schedules and not yet for its prices): being told in one sphere makes the group wait
    /// to be told there, not elsewhere. 1: each sphere's own dependency slows the learning,
    /// holds back the proposals and lowers the capacity Autonomy reads in that sphere; 0: one
    /// dependency for the whole group (model 4).
    dependency_by_sphere: 1.0, 0.0, 1.0, "0 or 1";
    // ---- cues: what the group shows at a decision (the trainee reads them) ----
    /// Noise on every signal a cue comes from: the same state can show different cues.
    cue_noise: 0.15, 0.0, 1.0, "0–1";
    /// Willingness (the commitment weighed by the members' initiative, `readiness_initiative`)
    /// above which everybody wants a say (when few stay silent).
    cue_lively_commitment: 0.65, 0.0, 1.0, "willingness 0–1";
    /// Competence in the sphere (through noise) under which a proposal is off the topic.
    cue_off_topic_below: 0.25, 0.0, 1.0, "competence 0–1";
    /// Competence in the sphere (through noise) under which a proposal is half-formed.
    cue_half_formed_below: 0.5, 0.0, 1.0, "competence 0–1";
    /// Quality of the week's work at which the tone after it is neutral.
    cue_tone_quality: 0.55, 0.0, 1.0, "quality 0–1";
    /// How much a crisis darkens the tone.
    cue_tone_crisis: 0.3, 0.0, 1.0, "0–1";
    /// Chance that a member turns to the animateurs (« what should we do? ») in a group of no
    /// competence in the sphere; times (1 − competence) × (0.5 + dependency).
    cue_asks: 0.9, 0.0, 1.0, "probability";
    /// Chance of side talk at the back in a group of no willingness; times (1 − willingness).
    cue_side_talk: 0.8, 0.0, 1.0, "probability";
    /// Chance of yawns and late arrivals at full fatigue.
    cue_tired: 0.9, 0.0, 1.0, "probability";
    /// Chance that two members show they are at odds, per point of conflict.
    cue_at_odds: 1.5, 0.0, 5.0, "probability per conflict";
    /// 1: the cues agree with the table (model 3): a member missing from the week is missing
    /// from its assembly too (neither speaks nor votes, unless fewer than two would be left),
    /// every missing member is cued, and the other cues name only members present; 0: model
    /// 2's cues, where a member cued missing could still speak and vote.
    coherent_cues: 1.0, 0.0, 1.0, "0 or 1";
    /// Chance that the least motivated member present says they may stop coming, when their
    /// motivation is under `cue_at_risk_below` (before anyone leaves). 0: never.
    cue_at_risk: 0.8, 0.0, 1.0, "probability";
    /// Motivation under which a member may say they may stop coming (members quit under
    /// `quit_motivation`).
    cue_at_risk_below: 0.25, 0.0, 1.0, "motivation 0–1";
    /// Chance that, under an agreed rule with a part in equal shares, the member present who
    /// has worked most this summer says the rule pays them as those who work least, when they
    /// have worked `cue_unfair_above` times the mean or more (model 6). 0: never.
    cue_unfair: 0.3, 0.0, 1.0, "probability";
    /// How many times the mean of the minutes worked this summer a member must have worked to
    /// say the agreed rule is unfair to them.
    cue_unfair_above: 1.5, 1.0, 5.0, "times the mean";
    /// Chance that a crisis of the group shows in a cue of its own: raised voices (conflict),
    /// despondency (motivation), worry about the pay (cash). 0: a crisis shows only in the tone.
    cue_crisis_shows: 0.85, 0.0, 1.0, "probability";
    /// Chance that the same cue shows outside a crisis (a false alarm), times how close the
    /// group is to that crisis (its conflict, its lack of commitment).
    cue_crisis_false: 0.02, 0.0, 1.0, "probability";
    /// How far the group prepared the question between meetings shows its readiness in the
    /// decision's sphere (competence × willingness), seen through noise of ± this much: above
    /// `cue_prepared_above`, the member of most initiative present looked into it beforehand;
    /// under `cue_unprepared_below`, nobody did. 0: no such cue (model 2).
    cue_preparation: 0.05, 0.0, 1.0, "readiness 0–1";
    /// Readiness (seen through the noise) above which a member comes to the meeting prepared.
    cue_prepared_above: 0.4, 0.0, 1.0, "readiness 0–1";
    /// Readiness (seen through the noise) under which nobody has prepared the question.
    cue_unprepared_below: 0.2, 0.0, 1.0, "readiness 0–1";
    // ---- scoring: each component is a weighted mean of the evidence, on 0–100 ----
    /// Vision at the start of the summer.
    vision_start: 15.0, 0.0, 100.0, "points";
    /// Weight of the starting Vision among the evidence (in decisions).
    vision_prior: 2.0, 0.0, 50.0, "weight";
    /// Support at the start of the summer.
    support_start: 50.0, 0.0, 100.0, "points";
    /// Weight of the starting Support among the evidence (in decisions).
    support_prior: 1.0, 0.0, 50.0, "weight";
    /// Autonomy of each sphere at the start of the summer.
    autonomy_start: 10.0, 0.0, 100.0, "points";
    /// Weight of the starting Autonomy of a sphere among its evidence (in decisions).
    autonomy_prior: 2.0, 0.0, 50.0, "weight";
    /// Weight of an objective the group sets; its value is 1 when the debate was facilitated,
    /// ¾ when the group was left alone, ½ when the animateurs suggested it, 0 when they imposed
    /// it; times (0.5 + 0.5 × the share of agreement).
    vision_objective: 3.0, 0.0, 50.0, "weight";
    /// Weight of a decision that serves one of the objectives the group set (value 1).
    vision_consistency: 0.5, 0.0, 20.0, "weight";
    /// Weight of a debate's convergence (value: share of agreement × share of members heard).
    vision_convergence: 1.0, 0.0, 20.0, "weight";
    /// Weight of a decision the animateurs imposed (value: 0.3 × the share who agreed anyway).
    vision_overruled: 1.0, 0.0, 20.0, "weight";
    /// Weight of each objective reviewed at mid-summer (value 1 on track, 0 behind).
    vision_review: 1.0, 0.0, 20.0, "weight";
    /// Weight of each objective judged at the end (value 1 reached by the group's own means,
    /// less when its decisions were imposed; 0 missed).
    vision_result: 3.0, 0.0, 50.0, "weight";
    /// Weight of the surplus split in Vision (value: the share of the surplus that goes to
    /// what the group's objectives aim at).
    vision_surplus: 2.0, 0.0, 50.0, "weight";
    /// Weight of a decision's fit in Support, times the decision's stakes (2 for prices, the
    /// surplus and a crisis, ½ for a week's schedule…).
    support_fit: 1.0, 0.0, 20.0, "weight";
    /// Fit of a posture one level away from what the group needed (0 two levels away, 1 when
    /// it fits); times (1 − w + w × the quality of the option adopted), w = `support_quality`.
    support_misfit: 0.4, 0.0, 1.0, "0–1";
    /// Share of a decision's Support that depends on the quality of the option adopted: help
    /// that fits leads to sound decisions.
    support_quality: 0.2, 0.0, 1.0, "share";
    /// Value of a decision the group took itself, in its sphere's Autonomy; times
    /// (`autonomy_quality_floor` + the rest × the quality of the option adopted).
    autonomy_group_decision: 0.8, 0.0, 1.0, "0–1";
    /// Extra value when the option adopted was one of the members' own proposals.
    autonomy_own_proposal: 0.2, 0.0, 1.0, "0–1";
    /// Share of a group decision's value lost when the animateurs led the debate (facilitated).
    autonomy_overhelp: 0.15, 0.0, 1.0, "share";
    /// Share of a group decision's Autonomy value that depends on the group's capacity in the
    /// sphere (competence × (1 − dependency)): a decision is the group's own as far as it could
    /// carry it. 0: who decided is all that counts.
    autonomy_capacity: 0.7, 0.0, 1.0, "share";
    /// Capacity at which a group decision counts in full.
    autonomy_capacity_full: 0.5, 0.05, 1.0, "capacity 0–1";
    /// Weight of a decision the animateurs imposed in its sphere's Autonomy (value 0).
    autonomy_decided_for: 1.0, 0.0, 20.0, "weight";
    /// Value of a decision where the group followed the animateurs' suggestion.
    autonomy_suggested: 0.35, 0.0, 1.0, "0–1";
    /// Share of a decision's Autonomy value kept when the option adopted was the worst.
    autonomy_quality_floor: 0.4, 0.0, 1.0, "share";
    /// Weight of a week of work in the work sphere's Autonomy (value: quality 0.4 → 0, 0.8 → 1).
    autonomy_good_week: 0.5, 0.0, 20.0, "weight";
    /// Quality of a week's work worth nothing in Autonomy (value 0); twice it is worth 1.
    good_week_quality: 0.4, 0.05, 1.0, "quality 0–1";
    /// Share of an objective's Vision value when the group set it on the animateurs'
    /// suggestion (1 when they led the debate, 0 when they imposed it).
    objective_suggested: 0.5, 0.0, 1.0, "share";
    /// Share of an objective's Vision value when the group set it alone, unhelped.
    objective_alone: 0.75, 0.0, 1.0, "share";
    /// Value in Vision of a decision the animateurs imposed, per share of members who agreed anyway.
    overruled_agreement: 0.3, 0.0, 1.0, "0–1";
    /// Stakes in Support of a coop's name and of a week's schedule.
    stakes_minor: 0.5, 0.0, 10.0, "weight";
    /// Stakes of the board and of the promotion.
    stakes_ordinary: 1.0, 0.0, 10.0, "weight";
    /// Stakes of the rules the group lives by: procedure, objectives, sharing, the review, events.
    stakes_rules: 1.5, 0.0, 10.0, "weight";
    /// Stakes of money: prices and the surplus.
    stakes_money: 2.0, 0.0, 10.0, "weight";
    /// Stakes added to any decision taken in a crisis.
    stakes_crisis: 1.0, 0.0, 10.0, "weight";

    // How each option of the agenda is judged: its merit (0–1), the quality of the decision
    // that adopts it. Options whose worth is computed (prices, promotion, an event's choices)
    // are ranked between `merit_worst` and `merit_worst + merit_spread`.
    /// Merit of each proposed name of the coop (all alike).
    merit_name: 0.5, 0.0, 1.0, "0–1";
    /// Merit of deciding by majority.
    merit_majority: 0.65, 0.0, 1.0, "0–1";
    /// Merit of deciding by consensus.
    merit_consensus: 0.75, 0.0, 1.0, "0–1";
    /// Merit of delegating business and work to comités.
    merit_delegation: 0.6, 0.0, 1.0, "0–1";
    /// Merit of each objective the scenario proposes.
    merit_objective: 0.6, 0.0, 1.0, "0–1";
    /// Merit of sharing the jobs by rotation.
    merit_rotation: 0.7, 0.0, 1.0, "0–1";
    /// Merit of sharing the jobs among volunteers.
    merit_volunteers: 0.55, 0.0, 1.0, "0–1";
    /// Merit of sharing the jobs by skill.
    merit_by_skill: 0.75, 0.0, 1.0, "0–1";
    /// Merit of giving the jobs to those who earned least so far.
    merit_least_earned: 0.7, 0.0, 1.0, "0–1";
    /// Merit of a normal week.
    merit_normal_week: 0.65, 0.0, 1.0, "0–1";
    /// Merit of a pushed week with no excess demand and no fatigue.
    merit_push_base: 0.35, 0.0, 1.0, "0–1";
    /// Merit a pushed week gains per unit of excess demand (demand over capacity − 1, 0–1).
    merit_push_demand: 0.6, 0.0, 2.0, "per unit";
    /// Merit a pushed week loses per unit of the group's fatigue.
    merit_push_fatigue: 0.6, 0.0, 2.0, "per unit";
    /// Merit of a lighter week with no fatigue.
    merit_lighter_base: 0.2, 0.0, 1.0, "0–1";
    /// Merit a lighter week gains per unit of the group's fatigue.
    merit_lighter_fatigue: 0.9, 0.0, 2.0, "per unit";
    /// Merit of a surplus plan before its shares are weighed.
    merit_plan_base: 0.5, 0.0, 1.0, "0–1";
    /// Merit a surplus plan gains when all of it is paid by hours worked.
    merit_plan_hours: 0.2, 0.0, 1.0, "0–1";
    /// Merit a surplus plan gains with a reserve and a donation of 20 % or more.
    merit_plan_reserve: 0.15, 0.0, 1.0, "0–1";
    /// At the review, merit of keeping the targets when every objective is on track.
    merit_keep_targets: 0.7, 0.0, 1.0, "0–1";
    /// Merit keeping the targets loses when every objective is behind (in proportion).
    merit_keep_targets_behind: 0.3, 0.0, 1.0, "0–1";
    /// At the review, merit of lowering the targets when every objective is on track.
    merit_lower_targets: 0.4, 0.0, 1.0, "0–1";
    /// Merit lowering the targets gains when every objective is behind (in proportion).
    merit_lower_targets_behind: 0.4, 0.0, 1.0, "0–1";
    /// Lowest merit of a computed option (weeks, plans); the ceiling wins if they cross.
    merit_floor: 0.05, 0.0, 1.0, "0–1";
    /// Highest merit of a computed option.
    merit_ceiling: 0.95, 0.0, 1.0, "0–1";
    /// Merit of the worst of options ranked by their worth.
    merit_worst: 0.3, 0.0, 1.0, "0–1";
    /// Merit of the best of options ranked by their worth, above the worst.
    merit_spread: 0.6, 0.0, 1.0, "0–1";
    /// Worth of an event's effect on reputation, in weeks of sales per unit.
    worth_reputation: 4.0, 0.0, 20.0, "weeks of sales";
    /// Worth of an effect on motivation, in weeks of sales per unit.
    worth_motivation: 4.0, 0.0, 20.0, "weeks of sales";
    /// Worth of an effect on cohesion, in weeks of sales per unit.
    worth_cohesion: 3.0, 0.0, 20.0, "weeks of sales";
    /// Cost of an effect on fatigue, in weeks of sales per unit.
    worth_fatigue: 2.0, 0.0, 20.0, "weeks of sales";
    /// Worth of an effect on trust in the animateurs, in weeks of sales per unit.
    worth_trust: 1.5, 0.0, 20.0, "weeks of sales";
    /// Worth of a change of demand, in weeks of sales per unit of factor and week.
    worth_demand: 0.3, 0.0, 5.0, "weeks of sales";
    /// Cost of a service out of use, in weeks of sales per week.
    worth_unavailable: 0.2, 0.0, 5.0, "weeks of sales";
    /// Cost of a whole group leaving (a member leaving: this divided by the members).
    worth_leaves: 4.0, 0.0, 20.0, "weeks of sales";
    /// Worth of an option that ends the crisis its event opened (the `Resolve` effect, §6.3).
    worth_resolve: 0.5, 0.0, 5.0, "weeks of sales";

    // The group's starting point and its week.
    /// Starting competence of a group of 13-year-olds with no skill.
    competence_start: 0.15, 0.0, 1.0, "0–1";
    /// Starting competence added by the members' mean age (0 at 13, 1 at 27).
    competence_start_age: 0.15, 0.0, 1.0, "0–1";
    /// Starting competence added by the members' mean best skill.
    competence_start_skill: 0.1, 0.0, 1.0, "0–1";
    /// Highest starting competence in any sphere.
    competence_start_max: 0.6, 0.0, 1.0, "0–1";
    /// The organisation of the work at the start, before any decision on it.
    organisation_start: 0.6, 0.0, 1.0, "0–1";
    /// Conflict at which the group is storming.
    storming_conflict: 0.3, 0.0, 1.0, "0–1";
    /// Hours worked in a lighter week, as a share of the members' availability.
    lighter_hours: 0.7, 0.0, 1.0, "share";
    /// Share of the members' hours the market can count on (travel, breaks), when weighing demand.
    capacity_usable: 0.9, 0.1, 1.0, "share";
    /// Motivation above which a member is never absent by choice.
    absence_motivation: 1.2, 0.0, 2.0, "motivation";
    /// Scale of the absence chance (times `absence_chance`, unreliability and low motivation).
    absence_scale: 1.5, 0.0, 5.0, "factor";
    /// Quality of a job done by a member with no skill for it (before fatigue and motivation).
    quality_base: 0.35, 0.0, 1.0, "0–1";
    /// Quality added by the member's skill for the job.
    quality_skill: 0.65, 0.0, 1.0, "0–1";
    /// Noise on a job's quality (±).
    quality_noise: 0.05, 0.0, 0.5, "0–1";

    // The cues' formulas (see also `cue_*` above).
    /// Share of the quiet members who stay silent in a group with no willingness and no competence.
    cue_silent_base: 1.2, 0.0, 2.0, "share";
    /// Share of the quiet who speak up per unit of competence in the decision's sphere.
    cue_silent_competence: 0.5, 0.0, 2.0, "share";
    /// Spread of the count of silent members (times `cue_noise`).
    cue_silent_spread: 4.0, 0.0, 10.0, "members";
    /// Spread of how well a proposal is put (times `cue_noise`).
    cue_form_spread: 1.0, 0.0, 10.0, "factor";
    /// Chance factor of « what should we do? » in a group not used to being told.
    cue_asks_base: 0.5, 0.0, 2.0, "factor";
    /// Chance of side talk taken off its signal (only a group with little commitment shows it).
    cue_side_talk_floor: 0.2, 0.0, 1.0, "probability";
    /// How far below zero the week's tone must be to show gloom.
    cue_gloomy_below: 0.1, 0.0, 1.0, "tone";
    /// How far above zero the week's tone must be to show good spirits.
    cue_upbeat_above: 0.15, 0.0, 1.0, "tone";
}

impl Params {
    /// A parameter's line of the table (its default, range, unit and doc), by name.
    pub fn info(name: &str) -> Option<&'static ParamInfo> {
        Params::TABLE.iter().find(|i| i.name == name)
    }

    /// Whether the group's need is read from the need map derived from the world (model 3,
    /// `derived_need` 1) rather than from the thresholds of model 2.
    pub fn uses_need_map(&self) -> bool {
        self.derived_need >= 0.5
    }
}
