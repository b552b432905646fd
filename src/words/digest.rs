//! One reading of a summer's journal: its decisions, the trainee's readings of the group and the
//! moves of score, folded once from the entries, without a word. The report, the game and the
//! room read a summer through it and put it into words with `explain`; none of them folds the
//! journal again, and none parses a sentence back.

use crate::decision::{Decider, Kind, Posture, Procedure, Reading};
use crate::scenario::Sphere;
use crate::scoring::{Cause, Comp, Need, Rule};
use crate::sim::Season;
use crate::sim::journal::Ev;
use crate::sim::season::Cue;

/// One decision of the summer, as the journal tells it.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    pub d: u16,
    pub week: u8,
    /// The rank of its `Decided` entry in the journal.
    pub at: usize,
    /// The kind of item on the agenda (`None` for a decision whose opening the journal lacks).
    pub kind: Option<Kind>,
    /// The item's sphere (`None` for an item the season did not settle).
    pub sphere: Option<Sphere>,
    /// The help the group needed (`Need::Room` when the opening is missing).
    pub need: Need,
    pub crisis: bool,
    pub posture: Option<Posture>,
    /// The option the animateurs decided or suggested.
    pub proposed: Option<u8>,
    pub chosen: u8,
    pub by: Decider,
    pub procedure: Option<Procedure>,
    pub votes_for: u8,
    pub voters: u8,
    pub rounds: u8,
    /// The members' proposals put in its debate.
    pub proposals: u32,
}

/// A reading of the group stated by the trainee, with what the group was and the cues shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Read {
    pub week: u8,
    pub d: u16,
    pub read: Reading,
    pub was: Reading,
    /// What the group showed at that decision, in the journal's order.
    pub cues: Vec<Cue>,
}

impl Read {
    pub fn matched(&self) -> bool {
        self.read == self.was
    }
}

/// A change of score, with its rule and cause.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Move {
    /// The rank of its entry in the journal.
    pub at: usize,
    pub week: u8,
    pub comp: Comp,
    /// Hundredths of a point, after clamping.
    pub delta: i32,
    pub after: i32,
    pub rule: Rule,
    pub cause: Cause,
}

impl Move {
    pub fn up(&self) -> bool {
        self.delta >= 0
    }
}

/// The moves of score of one key, summed: the first of them, how many, their total.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sum {
    pub first: Move,
    pub count: u32,
    /// Hundredths of a point.
    pub total: i32,
}

/// A summer's journal, folded once.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Digest {
    pub decisions: Vec<Decision>,
    pub readings: Vec<Read>,
    pub moves: Vec<Move>,
}

impl Digest {
    pub fn of(season: &Season) -> Digest {
        let settled = season.settled();
        let mut out = Digest::default();
        let mut opened: Option<(u16, Kind, Need, bool)> = None;
        let mut posture: Option<(Posture, Option<u8>)> = None;
        let mut proposals = 0u32;
        let mut cues: Vec<Cue> = Vec::new();
        let mut cues_of = u16::MAX;
        for (at, e) in season.journal().iter().enumerate() {
            let week = e.week;
            match &e.ev {
                Ev::Opened { d, kind, need, crisis, .. } => {
                    opened = Some((*d, *kind, *need, *crisis));
                    posture = None;
                    proposals = 0;
                }
                Ev::Cue { d, cue } => {
                    if *d != cues_of {
                        cues.clear();
                        cues_of = *d;
                    }
                    cues.push(*cue);
                }
                Ev::Reading { d, read, was } => {
                    let cues = if cues_of == *d { cues.clone() } else { Vec::new() };
                    out.readings.push(Read { week, d: *d, read: *read, was: *was, cues });
                }
                Ev::Posture { posture: p, option, .. } => posture = Some((*p, *option)),
                Ev::Proposal { .. } => proposals += 1,
                Ev::Decided { d, option, by, procedure, votes_for, voters, rounds } => {
                    let (kind, need, crisis) = match opened {
                        Some((od, k, n, c)) if od == *d => (Some(k), n, c),
                        _ => (None, Need::Room, false),
                    };
                    out.decisions.push(Decision {
                        d: *d,
                        week,
                        at,
                        kind,
                        sphere: settled.get(*d as usize).map(|i| i.sphere),
                        need,
                        crisis,
                        posture: posture.map(|p| p.0),
                        proposed: posture.and_then(|p| p.1),
                        chosen: *option,
                        by: *by,
                        procedure: *procedure,
                        votes_for: *votes_for,
                        voters: *voters,
                        rounds: *rounds,
                        proposals,
                    });
                }
                Ev::Score { comp, delta, after, rule, cause } => out.moves.push(Move {
                    at,
                    week,
                    comp: *comp,
                    delta: *delta,
                    after: *after,
                    rule: *rule,
                    cause: *cause,
                }),
                _ => {}
            }
        }
        out
    }

    /// Decision `d`, if the journal has it decided.
    pub fn decision(&self, d: u16) -> Option<&Decision> {
        self.decisions.iter().find(|r| r.d == d)
    }

    /// The kind of item decision `d` was about, if the journal opened it.
    pub fn kind_of(&self, d: u16) -> Option<Kind> {
        self.decision(d).and_then(|r| r.kind)
    }

    /// The moves of score from journal entry `from` on, but the starting values.
    pub fn moves_from(&self, from: usize) -> impl Iterator<Item = &Move> {
        self.moves.iter().filter(move |m| m.at >= from && m.rule != Rule::Start)
    }

    /// Moves summed by `key`, in the order each key first appears.
    pub fn sum_by<'a, K: PartialEq>(moves: impl IntoIterator<Item = &'a Move>, key: impl Fn(&Move) -> K) -> Vec<Sum> {
        let mut keys: Vec<K> = Vec::new();
        let mut sums: Vec<Sum> = Vec::new();
        for m in moves {
            let k = key(m);
            match keys.iter().position(|x| *x == k) {
                Some(i) => {
                    sums[i].count += 1;
                    sums[i].total += m.delta;
                }
                None => {
                    keys.push(k);
                    sums.push(Sum { first: *m, count: 1, total: m.delta });
                }
            }
        }
        sums
    }
}
