//! Every constant of the model, in one documented place.
//!
//! Each parameter has a default, a range, a unit and a meaning. A scenario may override any of
//! them in its `params: (...)` section (see `docs/scenario-format.md`); `cjs check` refuses values
//! outside the range. Money never appears here: amounts belong to the scenario itself.

use serde::{Deserialize, Serialize};

use crate::scenario::dec::{self, Dec};

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

macro_rules! params {
    ($( $(#[doc = $doc:literal])+ $name:ident : $default:expr, $min:expr, $max:expr, $unit:literal; )*) => {
        /// The model's constants, after the scenario's overrides.
        #[derive(Debug, Clone, PartialEq, Serialize)]
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
                let mut p = Params::default();
                $( if let Some(v) = o.$name { p.$name = v.to_f64(); } )*
                p
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

params! {
    // ---- market ----
    /// Multiplies every segment's base demand (jobs asked per week).
    demand_scale: 1.0, 0.0, 10.0, "factor";
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
    need_coaching_below: 0.25, 0.0, 1.0, "readiness 0–1";
    /// Readiness under which the group needs facilitation rather than room to decide alone.
    need_facilitation_below: 0.5, 0.0, 1.0, "readiness 0–1";
    /// Competence gained by the group from a decision it took with facilitation.
    competence_gain_facilitated: 0.035, 0.0, 0.5, "0–1 per decision";
    /// Competence gained by the group from a decision it took alone.
    competence_gain_alone: 0.025, 0.0, 0.5, "0–1 per decision";
    /// Competence gained from a decision suggested by the animateurs.
    competence_gain_suggested: 0.015, 0.0, 0.5, "0–1 per decision";
    /// Competence gained each week of work.
    competence_gain_week: 0.02, 0.0, 0.5, "0–1 per week";
    /// Motivation lost by every cooperant when the animateurs decide in the group's place.
    decided_for_motivation_loss: 0.03, 0.0, 0.5, "0–1 per decision";
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
    open_floor_competence: 0.7, 0.0, 1.0, "competence 0–1";
    /// Initiative from which a cooperant who speaks puts a proposal.
    proposal_initiative: 0.6, 0.0, 1.0, "0–1";
    /// Noise in how a cooperant judges an option, for a group of no competence.
    judgement_noise: 0.5, 0.0, 2.0, "utility";
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
    // ---- scoring (points on 0–100 scales) ----
    /// Vision at the start of the summer.
    vision_start: 15.0, 0.0, 100.0, "points";
    /// Support at the start of the summer.
    support_start: 50.0, 0.0, 100.0, "points";
    /// Autonomy of each sphere at the start of the summer.
    autonomy_start: 10.0, 0.0, 100.0, "points";
    /// Vision gained when the group sets an objective: all of it when the debate was facilitated,
    /// three quarters when the group was left alone, half when the animateurs suggested it, none
    /// when they imposed it; times (0.5 + 0.5 × the share of agreement).
    vision_objective: 8.0, 0.0, 50.0, "points";
    /// Vision gained by a decision that serves one of the objectives the group set.
    vision_consistency: 1.0, 0.0, 20.0, "points";
    /// Vision gained by a decision reached by converging opinions: times (share of agreement ×
    /// share of members heard − one half), so a debate where few spoke or many disagree lowers it.
    vision_convergence: 4.0, 0.0, 20.0, "points";
    /// Vision lost when the group's opinion is overruled by the animateurs.
    vision_overruled: 2.0, 0.0, 20.0, "points";
    /// Support gained by a posture that fits the group's need.
    support_fit: 2.5, 0.0, 20.0, "points";
    /// Support lost per level of gap between the posture and the group's need.
    support_misfit: 2.0, 0.0, 20.0, "points";
    /// Autonomy gained in a sphere by a decision the group took itself.
    autonomy_group_decision: 3.0, 0.0, 20.0, "points";
    /// Autonomy gained in a sphere when the group adopted one of its own members' proposals.
    autonomy_own_proposal: 1.5, 0.0, 20.0, "points";
    /// Share of that gain lost per level of help beyond the group's need (the animateurs led a
    /// debate the group could have led: less trust shown).
    autonomy_overhelp: 0.25, 0.0, 1.0, "share per level";
    /// Autonomy lost in a sphere when the animateurs decide although the group could have.
    autonomy_decided_for: 4.0, 0.0, 20.0, "points";
    /// Autonomy gained in a sphere when the group follows a suggestion of the animateurs.
    autonomy_suggested: 0.8, 0.0, 20.0, "points";
    /// Autonomy gained in the work sphere by a week of good work (quality above 0.6).
    autonomy_good_week: 0.8, 0.0, 20.0, "points";
}
