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

/// Where a cue points, by the reading guide's weights (`policy::weigh`,
/// `docs/reading-the-group.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Towards {
    /// A group not ready (silence, an idea off the topic, "what should we do?", …).
    NotReady,
    /// A ready group (a proposal with figures, someone who prepared, …).
    Ready,
    /// A crisis (barbs, a gloomy mood, raised voices, …).
    Crisis,
    /// No crisis (an upbeat mood).
    Calm,
}

impl Towards {
    /// Where `cue` points; `None` for a cue that says nothing of the reading (a member
    /// missing, one who may stop coming). A hint of crisis counts before any weight of
    /// readiness, as the reading guide weighs them.
    pub fn of(cue: Cue) -> Option<Towards> {
        let (ready, crisis) = crate::policy::weigh(&[cue]);
        if crisis > 0 {
            Some(Towards::Crisis)
        } else if crisis < 0 {
            Some(Towards::Calm)
        } else if ready < 0.0 {
            Some(Towards::NotReady)
        } else if ready > 0.0 {
            Some(Towards::Ready)
        } else {
            None
        }
    }

    /// Whether a cue pointing this way pointed to what the group was and `read` missed: a
    /// level less ready or readier than read, a crisis not seen, or calm where a crisis was
    /// read.
    pub fn to_what_was_missed(self, read: Reading, was: Reading) -> bool {
        match self {
            Towards::NotReady => (was.ready as u8) < (read.ready as u8),
            Towards::Ready => (was.ready as u8) > (read.ready as u8),
            Towards::Crisis => was.crisis && !read.crisis,
            Towards::Calm => !was.crisis && read.crisis,
        }
    }
}

/// How many kinds of cue the debriefs (the game's and the report) list as missed most.
pub const MISSED_MOST: usize = 3;

/// A kind of cue that pointed to what the group was at decisions the trainee misread: the
/// first such cue (its kind is what counts, whoever it names), where it points, and at how
/// many misread decisions it showed so.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Missed {
    pub cue: Cue,
    pub towards: Towards,
    pub decisions: u16,
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
    /// The kinds of cue that pointed to what the group was at the misread decisions, the most
    /// frequent first (ties in the order they first showed).
    pub missed: Vec<Missed>,
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
        out.missed = missed_cues(&out.readings);
        out
    }

    /// The worst misreading of the summer: the reading furthest from what the group was (not
    /// ready read as ready or the reverse, before a level missed by one step, before a crisis
    /// alone missed; a level missed with the crisis too before the level alone), the earliest
    /// of equals. `None` when every reading matched.
    pub fn worst_misread(&self) -> Option<&Read> {
        let gap = |r: &Read| ((r.read.ready as i8 - r.was.ready as i8).unsigned_abs(), r.read.crisis != r.was.crisis);
        let mut worst: Option<&Read> = None;
        for r in self.readings.iter().filter(|r| !r.matched()) {
            if worst.is_none_or(|w| gap(r) > gap(w)) {
                worst = Some(r);
            }
        }
        worst
    }

    /// The kinds of cue that pointed to what the group was at misread decisions, counted once a
    /// decision, the most frequent first.
    pub fn missed_most(&self, n: usize) -> &[Missed] {
        &self.missed[..n.min(self.missed.len())]
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

/// Per kind of cue, at how many misread decisions it showed pointing to what the group was.
fn missed_cues(readings: &[Read]) -> Vec<Missed> {
    let mut out: Vec<Missed> = Vec::new();
    for r in readings.iter().filter(|r| !r.matched()) {
        let mut counted: Vec<std::mem::Discriminant<Cue>> = Vec::new();
        for &cue in &r.cues {
            let kind = std::mem::discriminant(&cue);
            let Some(towards) = Towards::of(cue) else { continue };
            if !towards.to_what_was_missed(r.read, r.was) || counted.contains(&kind) {
                continue;
            }
            counted.push(kind);
            match out.iter_mut().find(|m| std::mem::discriminant(&m.cue) == kind) {
                Some(m) => m.decisions = m.decisions.saturating_add(1),
                None => out.push(Missed { cue, towards, decisions: 1 }),
            }
        }
    }
    // A stable sort: equals keep the order they first showed in.
    out.sort_by_key(|m| std::cmp::Reverse(m.decisions));
    out
}
