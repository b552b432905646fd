//! The PEC model: taking charge = shared Vision + Support + Autonomy.
//!
//! Each component is a score on 0–100, kept in hundredths of a point so that the evidence adds
//! up exactly: every change is journaled with its cause and the rule that applied, and the final
//! scores are the starting values plus the sum of the changes. Autonomy is the mean of its three
//! spheres (business life, associative life, work). The rules are documented in
//! `docs/pec-model.md`; their constants live in `sim::params`.

use serde::{Deserialize, Serialize};

use crate::decision::Posture;
use crate::scenario::{PecWeights, Sphere};

/// A component of the PEC.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Comp {
    V,
    S,
    A(Sphere),
}

/// The rule that moved a score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Rule {
    /// The starting value of the component.
    Start,
    /// The group set an objective itself (or with a suggestion; none when imposed).
    ObjectiveSet,
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
    /// The group took the decision, with more help than it needed.
    GroupDecidedWithHelp,
    /// The group adopted one of its members' own proposals.
    OwnProposal,
    /// The animateurs decided what the group could have decided.
    DecidedForGroup,
    /// The group followed the animateurs' suggestion.
    FollowedSuggestion,
    /// A week of good work done by the team.
    GoodWork,
}

/// What a score change answers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Cause {
    Start,
    /// The decision with this rank in the season.
    Decision(u16),
    /// The work of a week.
    Week(u8),
}

/// Largest score, in hundredths.
pub const MAX: i32 = 10_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scores {
    /// Hundredths of a point, 0–10000.
    pub v: i32,
    pub s: i32,
    pub a: [i32; 3],
}

impl Scores {
    pub fn get(&self, c: Comp) -> i32 {
        match c {
            Comp::V => self.v,
            Comp::S => self.s,
            Comp::A(sp) => self.a[sp.index()],
        }
    }

    fn slot(&mut self, c: Comp) -> &mut i32 {
        match c {
            Comp::V => &mut self.v,
            Comp::S => &mut self.s,
            Comp::A(sp) => &mut self.a[sp.index()],
        }
    }

    /// Adds `points` (clamped to 0–100) and returns the change applied, in hundredths.
    pub fn add(&mut self, c: Comp, points: f64) -> i32 {
        let slot = self.slot(c);
        let want = (points * 100.0).round() as i32;
        let after = (*slot + want).clamp(0, MAX);
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

/// The help the group needs, on the posture scale: 3 (a decision taken for it) down to 0 (room
/// to decide alone). A new, unready group needs coaching; as its readiness (competence ×
/// commitment) grows it needs facilitation, then room; a crisis calls for one step more help.
/// This is situational leadership (telling, selling, participating, delegating) applied to the
/// CJS principle that the animateurs never decide what the group can decide.
pub fn need(readiness: f64, crisis: bool, thresholds: (f64, f64)) -> u8 {
    let base = if readiness < thresholds.0 {
        2
    } else if readiness < thresholds.1 {
        1
    } else {
        0
    };
    if crisis { base + 1 } else { base }
}

/// The posture that fits a need.
pub fn fitting(need: u8) -> Posture {
    Posture::from_level(need)
}
