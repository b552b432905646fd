//! The journal: every decision, proposal, argument, vote, posture, event, transaction and change
//! of state, with its cause. Entries are small and carry indices into the scenario; the texts a
//! person reads are made from them in either language (see `words::explain`).

use arrayvec::ArrayVec;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::ledger::{Account, TxKind};
use crate::decision::{Belief, Decider, Kind, Posture, Procedure, Reading};
use crate::scoring::{Cause, Comp, Need, Rule};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub week: u8,
    #[serde(flatten)]
    pub ev: Ev,
}

/// Why a client's request was not done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lost {
    /// Nobody free to do it.
    NoHands,
    /// Outdoor work cancelled by rain.
    Rain,
    /// The service could not be sold (a broken tool...).
    Unavailable,
}

/// The group's stage of development (Tuckman).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Stage {
    Forming,
    Storming,
    Norming,
    Performing,
    Adjourning,
}

/// What threw the group into a crisis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CrisisCause {
    Conflict,
    Motivation,
    Cash,
    Event(u16),
}

fn one() -> u16 {
    1
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum Ev {
    Founded {
        fund: Decimal,
        members: u8,
    },
    WeekStarted {
        rain_days: u8,
    },
    EventFired {
        event: u16,
    },
    Opened {
        d: u16,
        kind: Kind,
        need: Need,
        readiness: f32,
        crisis: bool,
    },
    /// What the group showed at the decision, before the posture.
    Cue {
        d: u16,
        cue: Cue,
    },
    /// The trainee's reading of the group, and what it really was.
    Reading {
        d: u16,
        read: Reading,
        was: Reading,
    },
    Posture {
        d: u16,
        posture: Posture,
        option: Option<u8>,
    },
    Proposal {
        d: u16,
        member: u8,
        option: u8,
    },
    Argument {
        d: u16,
        member: u8,
        option: u8,
        aim: Option<u8>,
    },
    Vote {
        d: u16,
        member: u8,
        option: u8,
    },
    /// The group adopted the option its misconception drew it to, when a better one was on the
    /// table (model 3).
    Misled {
        d: u16,
        belief: Belief,
    },
    /// The closing split broke the surplus rule the group agreed in June (model 3).
    RuleBroken {
        plan: u8,
    },
    Decided {
        d: u16,
        option: u8,
        by: Decider,
        procedure: Option<Procedure>,
        votes_for: u8,
        voters: u8,
        rounds: u8,
    },
    Contract {
        segment: u8,
        service: u8,
        units: u16,
        amount: Decimal,
        quality: f32,
    },
    /// Client requests of a segment for a service not done this week, and why (one entry per
    /// segment, service and reason each week, so that a busy market keeps the journal small).
    Lost {
        segment: u8,
        service: u8,
        why: Lost,
        #[serde(default = "one")]
        count: u16,
    },
    /// A client complained of a job badly done.
    Complaint {
        segment: u8,
        service: u8,
        unpaid: bool,
    },
    /// At the mid-summer review, where an objective stands against its target.
    ObjectiveReviewed {
        objective: u8,
        value: Decimal,
        target: Decimal,
        on_track: bool,
    },
    /// The group lowered the targets of the objectives behind.
    TargetsAdjusted,
    /// At the end, an objective reached or missed.
    ObjectiveJudged {
        objective: u8,
        value: Decimal,
        target: Decimal,
        reached: bool,
    },
    Worked {
        member: u8,
        minutes: u32,
        quality: f32,
        late: bool,
    },
    Absent {
        member: u8,
    },
    /// Money moved from `credit` to `debit`.
    Tx {
        kind: TxKind,
        amount: Decimal,
        debit: Account,
        credit: Account,
        member: Option<u8>,
    },
    Conflict {
        a: u8,
        b: u8,
    },
    Left {
        member: u8,
    },
    StageChanged {
        stage: Stage,
    },
    Crisis {
        on: bool,
        cause: Option<CrisisCause>,
    },
    WeekClosed {
        reputation: f32,
        motivation: f32,
        fatigue: f32,
        readiness: f32,
        conflict: f32,
    },
    Score {
        comp: Comp,
        delta: i32,
        after: i32,
        rule: Rule,
        cause: Cause,
    },
    SeasonClosed,
}

/// One thing the group shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Cue {
    /// Few speak: this many members stay silent.
    Silent { quiet: u8 },
    /// Everybody wants a say.
    Lively,
    /// A proposal off the topic.
    OffTopic { member: u8 },
    /// A half-formed proposal.
    HalfFormed { member: u8 },
    /// A proposal well argued, with figures.
    WellArgued { member: u8 },
    /// A member turns to the animateurs: « what should we do? ».
    AsksAnimateurs { member: u8 },
    /// Side talk at the back.
    SideTalk,
    /// Yawns and late arrivals.
    Tired { member: u8 },
    /// Two members at odds.
    AtOdds { a: u8, b: u8 },
    /// A member is missing.
    Absent { member: u8 },
    /// A gloomy tone after a bad week.
    Gloomy,
    /// An upbeat tone after a good week.
    Upbeat,
    /// A member says they may stop coming (their motivation is low: at risk of leaving).
    AtRisk { member: u8 },
    /// Raised voices, the tension palpable (a crisis of conflict shows so).
    Tension,
    /// Several say it is no use going on (a crisis of motivation shows so).
    Despondent,
    /// Everyone asks whether there will be any pay (a crisis of cash shows so).
    MoneyWorry,
    /// Everyone keeps coming back to what happened (a crisis a scripted event brought shows so,
    /// in the decisions after it).
    Aftermath { event: u16 },
    /// A member looked into the question before the meeting (a group ready in the sphere).
    Prepared { member: u8 },
    /// Nobody has looked at the question since the last meeting (a group not ready in it).
    Unprepared,
    /// A member who works far more than the others says the agreed rule pays them as much as
    /// those who work least (a rule with a part in equal shares: `rule_fairness`, model 6).
    Unfair { member: u8 },
}

impl Cue {
    /// The members a cue names (none, one, or the two at odds).
    pub fn members(self) -> ArrayVec<u8, 2> {
        let mut out = ArrayVec::new();
        match self {
            Cue::OffTopic { member }
            | Cue::HalfFormed { member }
            | Cue::WellArgued { member }
            | Cue::AsksAnimateurs { member }
            | Cue::Tired { member }
            | Cue::Absent { member }
            | Cue::AtRisk { member }
            | Cue::Prepared { member }
            | Cue::Unfair { member } => out.push(member),
            Cue::AtOdds { a, b } => out.extend([a, b]),
            Cue::Silent { .. }
            | Cue::Lively
            | Cue::SideTalk
            | Cue::Gloomy
            | Cue::Upbeat
            | Cue::Tension
            | Cue::Despondent
            | Cue::MoneyWorry
            | Cue::Aftermath { .. }
            | Cue::Unprepared => {}
        }
        out
    }
}
