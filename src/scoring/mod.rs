//! The PEC model: taking charge = shared Vision + Support + Autonomy.
//!
//! Each component is a score on 0–100: the weighted mean of the evidence gathered over the
//! summer, each piece of evidence a value in 0–1 with a weight, starting from a prior (the
//! starting value, worth a few decisions). A mean never stops listening: the last decision of
//! the summer moves a score as a decision in week 2 does, by its weight over all the evidence.
//! Scores are kept in hundredths of a point so that the journal adds up exactly: every change is
//! journaled with the rule that applied and its cause.
//!
//! This module owns the rules: pure functions from what happened at a decision (its
//! [`DecisionFacts`]), a week or an objective to the evidence it gives. The season only gathers
//! the facts and applies the evidence. The rules are documented in `docs/pec-model.md`, their
//! constants in `base::params`.

pub mod need_map;

use arrayvec::ArrayVec;
use serde::{Deserialize, Serialize};

use crate::base::params::Params;
use crate::decision::{Decider, Kind, Posture, Reading, Ready};
use crate::scenario::{PecWeights, Sphere};

/// A component of the PEC.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Comp {
    V,
    S,
    A(Sphere),
}

impl Comp {
    /// The five scores kept: V, S and the three spheres of A.
    pub const ALL: [Comp; 5] =
        [Comp::V, Comp::S, Comp::A(Sphere::Business), Comp::A(Sphere::Associative), Comp::A(Sphere::Work)];

    /// Its place in `ALL`: V, S, then the spheres of A.
    pub fn index(self) -> usize {
        match self {
            Comp::V => 0,
            Comp::S => 1,
            Comp::A(sp) => 2 + sp.index(),
        }
    }

    /// Its place among V, S and A, the spheres of A taken together.
    pub fn part(self) -> usize {
        self.index().min(2)
    }
}

/// The rule that moved a score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Rule {
    /// The starting value of the component.
    Start,
    /// The group set an objective itself (or with a suggestion).
    ObjectiveSet,
    /// The animateurs imposed an objective: it is not the group's own.
    ObjectiveImposed,
    /// The decision serves the objectives the group set.
    Consistent,
    /// Opinions converged through the debate.
    Convergence,
    /// The group's opinion was overruled by the animateurs.
    Overruled,
    /// The posture fitted what the group needed.
    PostureFits,
    /// More help than the group needed.
    TooMuchHelp,
    /// Less help than the group needed.
    TooLittleHelp,
    /// The group took the decision itself.
    GroupDecided,
    /// The group took the decision, in a debate the animateurs led.
    GroupDecidedWithHelp,
    /// The group adopted one of its members' own proposals.
    OwnProposal,
    /// The animateurs decided in the group's place.
    DecidedForGroup,
    /// The group followed the animateurs' suggestion.
    FollowedSuggestion,
    /// A week of work, judged by its quality.
    GoodWork,
    /// At the mid-summer review, an objective is on track.
    ObjectiveOnTrack,
    /// At the mid-summer review, an objective is behind.
    ObjectiveBehind,
    /// At the end, an objective is reached.
    ObjectiveReached,
    /// At the end, an objective is reached, but only the target the group lowered at the review.
    ObjectiveReachedLowered,
    /// At the end, an objective is missed.
    ObjectiveMissed,
    /// The surplus split as the group's objectives say (or not): what the coop stands for.
    SurplusIdentity,
}

/// What a score change answers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Cause {
    Start,
    /// The decision with this rank in the season.
    Decision(u16),
    /// The work of a week.
    Week(u8),
    /// The objective with this index in the scenario, judged at the end of the summer.
    Objective(u8),
}

/// One piece of evidence: a value in 0–1 and its weight in the component's mean.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Evidence {
    pub comp: Comp,
    pub value: f64,
    pub weight: f64,
    pub rule: Rule,
}

fn ev(comp: Comp, value: f64, weight: f64, rule: Rule) -> Evidence {
    Evidence { comp, value: value.clamp(0.0, 1.0), weight: weight.max(0.0), rule }
}

/// What happened at a decision, as the rules need it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DecisionFacts {
    pub kind: Kind,
    pub sphere: Sphere,
    pub posture: Posture,
    /// The option the animateurs put (decided or suggested).
    pub option: Option<u8>,
    /// How good the option the animateurs put was (decided or suggested; the adopted one's
    /// quality when they put none).
    pub put: f64,
    pub adopted: u8,
    pub by: Decider,
    /// The help the group needed, see [`need`].
    pub need: Need,
    pub crisis: bool,
    /// How good the adopted option was among those on the table: 0 the worst, 1 the best.
    pub quality: f64,
    /// Share of the voters (or members, when imposed) for the adopted option at the end.
    pub agreement: f64,
    /// Share of the members who took part in the debate.
    pub heard: f64,
    /// The adopted option was one of the members' own proposals.
    pub own_proposal: bool,
    /// The adopted option serves one of the objectives the group set.
    pub consistent: bool,
    /// The group's capacity in the decision's sphere: its competence × (1 − its dependency),
    /// before the decision.
    pub capacity: f64,
}

/// How much a decision weighs in Support: what is at stake for the coop.
pub fn stakes(kind: Kind, crisis: bool, p: &Params) -> f64 {
    let base = match kind {
        Kind::Name | Kind::Schedule => p.stakes_minor,
        Kind::Board | Kind::Promotion => p.stakes_ordinary,
        Kind::Procedure | Kind::Objective | Kind::Sharing | Kind::Review | Kind::Event(_) => p.stakes_rules,
        Kind::Prices | Kind::Surplus => p.stakes_money,
    };
    if crisis { base + p.stakes_crisis } else { base }
}

/// The evidence a decision gives, in the order it is applied.
pub fn decision_evidence(f: &DecisionFacts, p: &Params) -> ArrayVec<Evidence, 6> {
    let mut out = ArrayVec::new();
    let imposed = f.by == Decider::Animateurs;

    // Vision: objectives the group gives itself, debates that converge, decisions that follow
    // the objectives; nothing is shared in a decision imposed on the group.
    if f.kind == Kind::Objective {
        let share = match f.posture {
            Posture::Decide => 0.0,
            Posture::Suggest => p.objective_suggested,
            Posture::Facilitate => 1.0,
            Posture::StepBack => p.objective_alone,
        };
        let rule = if imposed { Rule::ObjectiveImposed } else { Rule::ObjectiveSet };
        out.push(ev(Comp::V, share * (0.5 + 0.5 * f.agreement), p.vision_objective, rule));
    } else if f.consistent {
        out.push(ev(Comp::V, 1.0, p.vision_consistency, Rule::Consistent));
    }
    if imposed {
        out.push(ev(Comp::V, p.overruled_agreement * f.agreement, p.vision_overruled, Rule::Overruled));
    } else {
        out.push(ev(Comp::V, f.agreement * f.heard, p.vision_convergence, Rule::Convergence));
    }

    // Support: the help fitted the need, and led to a sound decision.
    let level = f.posture.level();
    let gap = level.abs_diff(f.need.level());
    let fit = match gap {
        0 => 1.0,
        1 => p.support_misfit,
        _ => 0.0,
    };
    let rule = match level.cmp(&f.need.level()) {
        std::cmp::Ordering::Equal => Rule::PostureFits,
        std::cmp::Ordering::Greater => Rule::TooMuchHelp,
        std::cmp::Ordering::Less => Rule::TooLittleHelp,
    };
    // Help that fits leads to sound decisions: what the animateurs impose is judged whole.
    // A suggestion is judged by the option suggested, whatever the group then did with it.
    let judged = p.score_the_suggestion >= 0.5 && f.posture == Posture::Suggest;
    let sound = if imposed {
        f.quality
    } else if judged {
        f.put
    } else {
        1.0 - p.support_quality + p.support_quality * f.quality
    };
    out.push(ev(Comp::S, fit * sound, p.support_fit * stakes(f.kind, f.crisis, p), rule));

    // Autonomy, in the decision's sphere: the group takes charge when it decides, and decides well.
    let a = Comp::A(f.sphere);
    let kept = p.autonomy_quality_floor + (1.0 - p.autonomy_quality_floor) * f.quality;
    if imposed {
        out.push(ev(a, 0.0, p.autonomy_decided_for, Rule::DecidedForGroup));
    } else if f.posture == Posture::Suggest && f.option == Some(f.adopted) {
        out.push(ev(a, p.autonomy_suggested * kept, 1.0, Rule::FollowedSuggestion));
    } else if judged {
        // A suggestion the group turned down is still a debate the animateurs led with an
        // answer: it is not the group taking charge alone.
        out.push(ev(a, p.autonomy_suggested * kept, 1.0, Rule::GroupDecidedWithHelp));
    } else {
        let own = if f.own_proposal { p.autonomy_own_proposal } else { 0.0 };
        // A decision is the group's own as far as it could carry it: its capacity in the sphere.
        let able = (1.0 - p.autonomy_capacity) + p.autonomy_capacity * (f.capacity / p.autonomy_capacity_full).min(1.0);
        let value = (p.autonomy_group_decision + own) * kept * able;
        if f.posture == Posture::Facilitate || f.posture == Posture::Suggest {
            out.push(ev(a, value * (1.0 - p.autonomy_overhelp), 1.0, Rule::GroupDecidedWithHelp));
        } else {
            out.push(ev(a, value, 1.0, if f.own_proposal { Rule::OwnProposal } else { Rule::GroupDecided }));
        }
    }
    out
}

/// The evidence of a week of work: the work sphere's Autonomy follows the quality of the work.
pub fn week_evidence(quality: f64, p: &Params) -> Evidence {
    ev(
        Comp::A(Sphere::Work),
        (quality - p.good_week_quality) / p.good_week_quality,
        p.autonomy_good_week,
        Rule::GoodWork,
    )
}

/// The evidence of an objective reviewed at mid-summer.
pub fn review_evidence(on_track: bool, p: &Params) -> Evidence {
    if on_track {
        ev(Comp::V, 1.0, p.vision_review, Rule::ObjectiveOnTrack)
    } else {
        ev(Comp::V, 0.0, p.vision_review, Rule::ObjectiveBehind)
    }
}

/// The evidence of the surplus split: `alignment` is the share of the surplus that goes to
/// what the group's objectives aim at.
pub fn surplus_evidence(alignment: f64, p: &Params) -> Evidence {
    ev(Comp::V, alignment, p.vision_surplus, Rule::SurplusIdentity)
}

/// The evidence of an objective judged at the end: reached, by the group's own means (`means`:
/// the share of the summer's decisions the group took itself), with its target lowered at the
/// review or not, or missed.
pub fn result_evidence(reached: bool, lowered: bool, means: f64, p: &Params) -> Evidence {
    if reached && lowered {
        ev(Comp::V, (0.5 + 0.5 * means) * p.review_lowered_target, p.vision_result, Rule::ObjectiveReachedLowered)
    } else if reached {
        ev(Comp::V, 0.5 + 0.5 * means, p.vision_result, Rule::ObjectiveReached)
    } else {
        ev(Comp::V, 0.0, p.vision_result, Rule::ObjectiveMissed)
    }
}

/// Largest score, in hundredths.
pub const MAX: i32 = 10_000;

/// The running weighted sum of a component's evidence.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct Tally {
    pub sum: f64,
    pub weight: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Scores {
    /// Hundredths of a point, 0–10000.
    pub v: i32,
    pub s: i32,
    pub a: [i32; 3],
    /// The evidence behind each score, in the order of `Comp::ALL`.
    pub tally: [Tally; 5],
}

impl Default for Scores {
    fn default() -> Self {
        Scores::new()
    }
}

impl Scores {
    pub fn new() -> Scores {
        Scores { v: 0, s: 0, a: [0; 3], tally: [Tally::default(); 5] }
    }

    pub fn get(&self, c: Comp) -> i32 {
        match c {
            Comp::V => self.v,
            Comp::S => self.s,
            Comp::A(sp) => self.a[sp.index()],
        }
    }

    /// Sets a component's score, in hundredths (as a journal's change of score gives it after).
    pub fn set(&mut self, c: Comp, hundredths: i32) {
        *self.slot(c) = hundredths;
    }

    fn slot(&mut self, c: Comp) -> &mut i32 {
        match c {
            Comp::V => &mut self.v,
            Comp::S => &mut self.s,
            Comp::A(sp) => &mut self.a[sp.index()],
        }
    }

    /// Adds a piece of evidence to a component's mean and returns the change of the score, in
    /// hundredths.
    pub fn add(&mut self, e: Evidence) -> i32 {
        let t = &mut self.tally[e.comp.index()];
        t.sum += e.value * e.weight;
        t.weight += e.weight;
        let mean = if t.weight > 0.0 { t.sum / t.weight } else { 0.0 };
        let after = ((mean * MAX as f64).round() as i32).clamp(0, MAX);
        let slot = self.slot(e.comp);
        let applied = after - *slot;
        *slot = after;
        applied
    }

    pub fn vision(&self) -> f64 {
        self.v as f64 / 100.0
    }

    pub fn support(&self) -> f64 {
        self.s as f64 / 100.0
    }

    /// Autonomy: the mean of the three spheres.
    pub fn autonomy(&self) -> f64 {
        self.a.iter().sum::<i32>() as f64 / 300.0
    }

    pub fn sphere(&self, s: Sphere) -> f64 {
        self.a[s.index()] as f64 / 100.0
    }

    /// PEC = wV·V + wS·S + wA·A.
    pub fn pec(&self, w: PecWeights) -> f64 {
        w.v as f64 * self.vision() + w.s as f64 * self.support() + w.a as f64 * self.autonomy()
    }
}

/// The help a group needs at a decision, from the least to the most: room to decide alone,
/// its debate facilitated, coaching (an option suggested), a decision taken for it. Each need
/// has the posture that fits it ([`Need::fitting`]). Written in journals and saves as its level
/// on the posture scale (0 step back … 3 decide), as they always were.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "u8", try_from = "u8")]
pub enum Need {
    /// Room to decide alone: the animateurs step back.
    Room,
    /// Its debate facilitated.
    Facilitation,
    /// An option suggested, then its own decision.
    Coaching,
    /// A decision taken in its place (a crisis it cannot face alone).
    Direction,
}

impl Need {
    pub const ALL: [Need; 4] = [Need::Room, Need::Facilitation, Need::Coaching, Need::Direction];

    /// The posture that fits the need.
    pub fn fitting(self) -> Posture {
        match self {
            Need::Room => Posture::StepBack,
            Need::Facilitation => Posture::Facilitate,
            Need::Coaching => Posture::Suggest,
            Need::Direction => Posture::Decide,
        }
    }

    /// The need a posture fits.
    pub fn fitted_by(p: Posture) -> Need {
        match p {
            Posture::StepBack => Need::Room,
            Posture::Facilitate => Need::Facilitation,
            Posture::Suggest => Need::Coaching,
            Posture::Decide => Need::Direction,
        }
    }

    /// The need on the posture scale (0 step back … 3 decide), to measure a posture against it.
    pub fn level(self) -> u8 {
        self.fitting().level()
    }

    /// One step more help (a crisis that calls for it), at most a decision taken.
    pub fn more(self) -> Need {
        Need::fitted_by(Posture::from_level(self.level() + 1))
    }

    /// One step less help, at least room.
    pub fn less(self) -> Need {
        Need::fitted_by(Posture::from_level(self.level().saturating_sub(1)))
    }

    /// How ready a group of this need is, the crisis set aside (the reading a trainee states).
    pub fn ready(self) -> Ready {
        match self {
            Need::Direction | Need::Coaching => Ready::NotReady,
            Need::Facilitation => Ready::Partly,
            Need::Room => Ready::Ready,
        }
    }

    /// The need a reading of the group implies (`docs/reading-the-group.md`): by how ready it
    /// is; in a crisis, its debate facilitated whatever its readiness, as the need map of model
    /// 3 said (later models' reader takes a crisis cell of the map: `policy::CrisisRule`).
    pub fn of_reading(r: Reading) -> Need {
        if r.crisis {
            return Need::Facilitation;
        }
        match r.ready {
            Ready::NotReady => Need::Coaching,
            Ready::Partly => Need::Facilitation,
            Ready::Ready => Need::Room,
        }
    }
}

impl From<Need> for u8 {
    fn from(n: Need) -> u8 {
        n.level()
    }
}

impl TryFrom<u8> for Need {
    type Error = String;

    fn try_from(l: u8) -> Result<Need, String> {
        match l {
            0..=3 => Ok(Need::fitted_by(Posture::from_level(l))),
            _ => Err(format!("need {l} is not on the posture scale (0 to 3)")),
        }
    }
}

/// The help the group needs: coaching for a new, unready group; as its readiness in the
/// decision's sphere (competence × willingness) grows, facilitation, then room; a crisis calls
/// for one step more help (unless the animateurs caused it by imposing decisions: see
/// `Season`). This is situational leadership (telling, selling, participating, delegating)
/// applied to the CJS principle that the animateurs never decide what the group can decide.
pub fn need(readiness: f64, crisis: bool, thresholds: (f64, f64)) -> Need {
    let base = if readiness < thresholds.0 {
        Need::Coaching
    } else if readiness < thresholds.1 {
        Need::Facilitation
    } else {
        Need::Room
    };
    if crisis { base.more() } else { base }
}
