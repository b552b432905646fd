//! One summer, as one value. A `Season` advances only through [`Season::decide`]: each call
//! settles the decision on top of the agenda and runs the weeks until the next decision is due
//! (assembly → market → work → accounts → group life), or until the summer is over.

mod accounts;
mod agenda;
mod assembly;
mod cues;
mod group;
mod market;
mod objectives;
mod work;

pub use super::journal::Cue;
pub use cues::MAX_CUES;
use market::Request;
use work::WeekWork;

use arrayvec::ArrayVec;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::journal::{CrisisCause, Entry, Ev, Lost, Stage};
use super::ledger::{Account, Ledger, TxKind};
use super::money::{split, times};
use super::world::{ConditionView, Fx, PRICE_LEVELS, World};
use crate::base::rng::{Generator, Mean, Streams};
use crate::decision::{
    self, Choice, Debate, Decider, Input, Item, Kind, MAX_OPTIONS, MAX_VOICES, Opt, Posture, Procedure, Reading,
    Schedule, SharingRule, Voice,
};
use crate::scenario::{Aim, Sphere, Target, Trigger};
use crate::scoring::{self, Cause, Comp, DecisionFacts, Evidence, Need, Rule, Scores};
use crate::text::Text;
use crate::tr;
use std::sync::atomic::{AtomicU64, Ordering};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Member {
    pub active: bool,
    pub motivation: f64,
    pub fatigue: f64,
    pub trust: f64,
    pub skills: [f64; 9],
    /// Minutes worked over the summer.
    pub minutes: u32,
    /// Pay received during the summer.
    pub paid: Decimal,
    /// Pay from the surplus at the end.
    pub surplus: Decimal,
    pub absent: bool,
    pub minutes_left: u32,
    /// How much the cooperant cares for each aim this summer: the traits' leaning, plus what
    /// this summer brings (drawn once per season, so that two summers of one group differ).
    pub aims: [f64; 7],
    /// The kinds of work done this summer (bit per `Skill`).
    pub trades: u16,
    /// How much the member's heart counts in the group's willingness: (initiative /
    /// `readiness_initiative_reference`)^`readiness_initiative`, a trait of the member, fixed
    /// for the summer.
    pub confidence: f64,
}

/// The cooperants of a summer. Their commitment (the mean motivation of the active ones) and
/// willingness (the same weighed by each one's confidence) are asked several times at each
/// decision and change far less often, so they are kept until a member changes: every change
/// goes through `edit`, which forgets them.
#[derive(Debug)]
pub(super) struct Members {
    list: Vec<Member>,
    /// The commitment's bits, or `UNKNOWN`. An atomic rather than a `Cell`, so that a season
    /// stays `Sync` (the game keeps one in a resource); read and written relaxed, by one
    /// thread at a time.
    commitment: AtomicU64,
    /// The willingness's bits, or `UNKNOWN`, kept the same way.
    willingness: AtomicU64,
}

/// No mean kept (a NaN no mean of motivations in 0..=1 gives; were it ever the mean, it would
/// only be worked out again each time).
const UNKNOWN: u64 = u64::MAX;

impl Members {
    fn new(list: Vec<Member>) -> Members {
        Members { list, commitment: AtomicU64::new(UNKNOWN), willingness: AtomicU64::new(UNKNOWN) }
    }

    /// The members, to change them.
    pub(super) fn edit(&mut self) -> &mut [Member] {
        *self.commitment.get_mut() = UNKNOWN;
        *self.willingness.get_mut() = UNKNOWN;
        &mut self.list
    }

    /// Average motivation of the active members.
    fn commitment(&self) -> f64 {
        self.kept_mean(&self.commitment, |m| m.motivation)
    }

    /// The mean over the active members of motivation × confidence.
    fn willingness(&self) -> f64 {
        self.kept_mean(&self.willingness, |m| m.motivation * m.confidence)
    }

    /// The mean of `f` over the active members, kept in `slot` until a member changes.
    fn kept_mean(&self, slot: &AtomicU64, f: impl Fn(&Member) -> f64) -> f64 {
        let kept = slot.load(Ordering::Relaxed);
        if kept != UNKNOWN {
            return f64::from_bits(kept);
        }
        let (sum, n) = self.list.iter().filter(|m| m.active).fold((0.0, 0), |(s, n), m| (s + f(m), n + 1));
        let c = if n == 0 { 0.0 } else { sum / n as f64 };
        slot.store(c.to_bits(), Ordering::Relaxed);
        c
    }
}

impl std::ops::Deref for Members {
    type Target = [Member];
    fn deref(&self) -> &[Member] {
        &self.list
    }
}

impl Clone for Members {
    fn clone(&self) -> Members {
        Members {
            list: self.list.clone(),
            commitment: AtomicU64::new(self.commitment.load(Ordering::Relaxed)),
            willingness: AtomicU64::new(self.willingness.load(Ordering::Relaxed)),
        }
    }
}

impl PartialEq for Members {
    fn eq(&self, other: &Members) -> bool {
        self.list == other.list
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// Competence in each sphere (business life, associative life, work), grown by practice in it.
    pub competence: [f64; 3],
    /// How used the group is to being told what to do, 0–1, all spheres together.
    pub dependency: f64,
    /// The same in each sphere (`Sphere::index`), moved only by the decisions of that sphere:
    /// what counts there under `dependency_by_sphere` (model 5).
    #[serde(default)]
    pub dependency_in: [f64; 3],
    /// How well the work is organised, 0–1: the quality of the latest work decisions.
    pub organisation: f64,
    /// The two cooperants of the latest quarrel.
    pub last_quarrel: Option<(u8, u8)>,
    /// Recent share of decisions imposed by the animateurs (a moving average).
    pub imposed: f64,
    /// The current crisis of motivation or conflict came after decisions imposed by the
    /// animateurs: it does not call for more of them.
    pub crisis_imposed: bool,
    pub conflict: f64,
    pub stage: Stage,
    pub crisis: Option<CrisisCause>,
    /// Events whose crisis lasts until answered or until the week after.
    pub event_crisis: Option<(u16, u8)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Coop {
    pub name: Option<u8>,
    pub procedure: Procedure,
    pub board: Vec<u8>,
    pub comites: Vec<u8>,
    pub objectives: Vec<u8>,
    pub objective_aims: u8,
    /// Prices in percent of the reference prices.
    pub price_pct: i8,
    pub sharing: SharingRule,
    pub schedule: Schedule,
    pub promotion: u8,
    pub rotation: u8,
    /// The surplus rule agreed at the opening assembly (model 3), if any.
    pub rule: Option<u8>,
    pub plan: Option<u8>,
    /// Objectives whose target the group lowered at the review (bit per objective).
    pub lowered: u16,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Market {
    pub reputation: f64,
    pub rain_days: u8,
    pub competitor: f64,
    pub competitor_until: u8,
    pub demand: Vec<(u8, f64, u8)>,
    pub unavailable: Vec<(u8, u8)>,
    /// Contracts won through events, done at the next work phase.
    pub extra: Vec<(u8, u8, u16, Decimal)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Invoice {
    pub amount: Decimal,
    pub material: Decimal,
    pub due: u8,
    pub unpaid: bool,
    pub settled: bool,
    /// Who did the job: `Season::shares[workers.0 .. workers.0 + workers.1]`, (member, minutes).
    pub workers: (u32, u8),
}

/// What the charts and the week summary show.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WeekRecord {
    pub week: u8,
    pub v: f64,
    pub s: f64,
    pub a: f64,
    pub spheres: [f64; 3],
    pub pec: f64,
    pub sales: Decimal,
    pub costs: Decimal,
    pub cash: Decimal,
    pub contracts: u32,
    pub lost: u32,
    pub minutes: u32,
    pub quality: f64,
    pub reputation: f64,
    pub motivation: f64,
    pub readiness: f64,
    pub crisis: bool,
}

/// Why an input was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    Over,
    NoSuchOption(u8),
    OptionNeeded,
    NoSuchMember(u8),
}

impl InputError {
    /// What was wrong with the input, in French and English.
    pub fn text(&self) -> Text {
        match self {
            InputError::Over => {
                tr!("input-summer-over")
            }
            InputError::NoSuchOption(o) => {
                tr!("input-no-such-option", o = format!("{}", o))
            }
            InputError::OptionNeeded => {
                tr!("input-option-needed")
            }
            InputError::NoSuchMember(m) => tr!("input-no-cooperant", m = format!("{}", m)),
        }
    }
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text().en)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Season {
    seed: u64,
    week: u8,
    closing: bool,
    over: bool,
    agenda: Vec<Item>,
    decisions: u16,
    members: Members,
    group: Group,
    coop: Coop,
    market: Market,
    ledger: Ledger,
    invoices: Vec<Invoice>,
    /// Every invoice before this one is paid or will never be (until the closing writes it off).
    invoices_open_from: usize,
    /// The minutes each cooperant put into each invoiced job, one run of entries per invoice.
    shares: Vec<(u8, u32)>,
    scores: Scores,
    fired: Vec<bool>,
    weeks: Vec<WeekRecord>,
    /// Decisions taken by the group, a comité or the animateurs.
    by: [u16; 3],
    /// Every decision settled so far, with its options, in order (`settled[d]` is decision `d`).
    settled: Vec<Item>,
    journal: Vec<Entry>,
    /// Contracts done for each client segment.
    served: Vec<u32>,
    /// Clients who complained of a job badly done.
    complaints: u32,
    /// Each objective set, judged at the end: (objective, reached).
    results: Vec<(u8, bool)>,
    rng: Streams,
}

fn aim(a: Aim) -> u8 {
    1 << a as u8
}

impl Season {
    /// Week 0: the group forms; the comité local's fund comes in; the first assembly opens.
    pub fn new(w: &World, seed: u64) -> Season {
        Season::drawn_by(w, seed, Generator::default())
    }

    /// A summer drawn by `generator`: the default one, or the one a journal or a save of an
    /// earlier version recorded its summer with.
    pub fn drawn_by(w: &World, seed: u64, generator: Generator) -> Season {
        let p = &w.params;
        let mut streams = Streams::new(generator, seed);
        let members: Vec<Member> = w
            .members
            .iter()
            .map(|m| Member {
                aims: m.aims.map(|a| (a + streams.agents.noise(p.aim_spread)).max(0.0)),
                active: true,
                motivation: m.motivation,
                fatigue: 0.0,
                trust: p.trust_start,
                skills: m.skills,
                minutes: 0,
                paid: Decimal::ZERO,
                surplus: Decimal::ZERO,
                absent: false,
                minutes_left: 0,
                trades: 0,
                confidence: (m.initiative / p.readiness_initiative_reference).powf(p.readiness_initiative),
            })
            .collect();
        // A group starts with the competence of its oldest and most skilled members.
        let n = w.members.len().max(1) as f64;
        let age: f64 = w.scenario.cooperants.iter().map(|c| (c.age as f64 - 13.0) / 14.0).sum::<f64>() / n;
        let skill: f64 = w.members.iter().map(|m| m.skills.iter().cloned().fold(0.0, f64::max)).sum::<f64>() / n;
        let mut s = Season {
            seed,
            week: 0,
            closing: false,
            over: false,
            agenda: Vec::with_capacity(8),
            decisions: 0,
            members: Members::new(members),
            group: {
                let base = p.competence_start + p.competence_start_age * age + p.competence_start_skill * skill;
                let mut competence = [base; 3];
                competence[Sphere::Business.index()] *= p.competence_start_business;
                competence[Sphere::Work.index()] *= p.competence_start_work;
                Group {
                    competence: competence.map(|c| c.min(p.competence_start_max).max(0.0)),
                    dependency: 0.0,
                    dependency_in: [0.0; 3],
                    organisation: p.organisation_start,
                    imposed: 0.0,
                    last_quarrel: None,
                    crisis_imposed: false,
                    conflict: 0.0,
                    stage: Stage::Forming,
                    crisis: None,
                    event_crisis: None,
                }
            },
            coop: Coop {
                name: None,
                procedure: Procedure::Majority,
                board: Vec::new(),
                comites: Vec::new(),
                objectives: Vec::new(),
                objective_aims: 0,
                price_pct: 0,
                sharing: SharingRule::Rotation,
                schedule: Schedule::Normal,
                promotion: 0,
                rotation: 0,
                plan: None,
                rule: None,
                lowered: 0,
            },
            market: Market {
                reputation: p.reputation_start,
                rain_days: 0,
                competitor: 0.0,
                competitor_until: 0,
                demand: Vec::new(),
                unavailable: Vec::new(),
                extra: Vec::new(),
            },
            ledger: Ledger::default(),
            // Room for a busy summer from the start (about 130 contracts and 200 shares in the
            // reference one), instead of growing a step at a time.
            invoices: Vec::with_capacity(256),
            invoices_open_from: 0,
            shares: Vec::with_capacity(512),
            scores: Scores::new(),
            fired: vec![false; w.events.len()],
            weeks: Vec::with_capacity(w.weeks as usize + 1),
            by: [0; 3],
            settled: Vec::with_capacity(48),
            journal: Vec::with_capacity(2048),
            served: vec![0; w.segments.len()],
            complaints: 0,
            results: Vec::new(),
            rng: streams,
        };
        s.log(Ev::Founded { fund: w.fund, members: w.members.len() as u8 });
        if !w.fund.is_zero() {
            let credit = if w.scenario.comite.repay_fund { Account::Fund } else { Account::Grants };
            s.tx(Account::Cash, credit, w.fund, TxKind::FundReceived, None);
        }
        for (comp, start, prior) in [
            (Comp::V, p.vision_start, p.vision_prior),
            (Comp::S, p.support_start, p.support_prior),
            (Comp::A(Sphere::Business), p.autonomy_start, p.autonomy_prior),
            (Comp::A(Sphere::Associative), p.autonomy_start, p.autonomy_prior),
            (Comp::A(Sphere::Work), p.autonomy_start, p.autonomy_prior),
        ] {
            // A prior of no weight still sets the starting value (until the first evidence).
            let e = Evidence { comp, value: start / 100.0, weight: prior.max(1e-9), rule: Rule::Start };
            s.score(e, Cause::Start);
        }
        s.log(Ev::StageChanged { stage: Stage::Forming });
        s.open_week(w);
        s
    }

    /// The decision due now, if any.
    pub fn pending(&self) -> Option<&Item> {
        self.agenda.first()
    }

    pub fn is_over(&self) -> bool {
        self.over
    }

    /// The group's readiness for the decision due (its competence in that decision's sphere ×
    /// its willingness); for the whole group when no decision is due.
    pub fn readiness(&self) -> f64 {
        match self.pending() {
            Some(item) => self.readiness_in(item.sphere),
            None => Sphere::ALL.iter().map(|&s| self.readiness_in(s)).sum::<f64>() / 3.0,
        }
    }

    /// Readiness in one sphere: competence in it × willingness.
    pub fn readiness_in(&self, sphere: Sphere) -> f64 {
        self.group.competence[sphere.index()] * self.willingness()
    }

    /// The group's willingness: the mean over the active members of motivation × (initiative /
    /// `readiness_initiative_reference`)^`readiness_initiative` (`Member::confidence`); the
    /// commitment when the power is 0.
    pub fn willingness(&self) -> f64 {
        // At most 1, as readiness is (a group all of great initiative and heart is willing).
        self.members.willingness().min(1.0)
    }

    /// Whether the need map counts the group as not willing now (`need_map::WILLING_FROM`):
    /// only where the need comes from a map whose halves differ (model 8 on).
    pub fn unwilling(&self, w: &World) -> bool {
        w.params.uses_need_map()
            && scoring::need_map::tells_willingness(w.model)
            && self.willingness() < scoring::need_map::WILLING_FROM
    }

    /// The surplus plan the group agreed on at the opening assembly, if it has (model 3).
    pub fn agreed_rule<'w>(&self, w: &'w World) -> Option<&'w crate::scenario::SurplusPlan> {
        self.coop.rule.and_then(|r| w.surplus_plans.get(r as usize))
    }

    /// The mean of the minutes the active members have worked this summer (0 with none): the
    /// measure a rule in equal shares is felt against (`rule_fairness`, the cue `Unfair`).
    pub fn mean_minutes_worked(&self) -> f64 {
        let (sum, n) =
            self.members.iter().filter(|m| m.active).fold((0.0, 0usize), |(s, n), m| (s + m.minutes as f64, n + 1));
        if n > 0 { sum / n as f64 } else { 0.0 }
    }

    /// Average motivation of the active members.
    pub fn commitment(&self) -> f64 {
        self.members.commitment()
    }

    pub fn in_crisis(&self) -> bool {
        self.group.crisis.is_some() || self.group.event_crisis.is_some()
    }

    /// In a crisis that calls for more help: not one the animateurs brought about by imposing
    /// decisions (more imposing would not mend it).
    fn crisis_calls_for_help(&self) -> bool {
        self.group.event_crisis.is_some() || (self.group.crisis.is_some() && !self.group.crisis_imposed)
    }

    /// The help the group needs for the decision due: from its readiness in the decision's
    /// sphere and the crisis (room when none is due).
    pub fn need(&self, w: &World) -> Need {
        match self.pending() {
            Some(item) => self.need_in(w, item.sphere),
            None => Need::Room,
        }
    }

    /// The true reading of the group for the decision due: how ready it is in the decision's
    /// sphere, and whether a crisis calls for more help (what a trainee tries to read).
    pub fn reading(&self, w: &World) -> Option<Reading> {
        self.pending().map(|item| self.reading_in(w, item.sphere))
    }

    fn reading_in(&self, w: &World, sphere: Sphere) -> Reading {
        let base = self.need_of(w, sphere, false);
        Reading { ready: base.ready(), crisis: self.crisis_calls_for_help() }
    }

    /// The help the group needs for a decision of one sphere.
    fn need_in(&self, w: &World, sphere: Sphere) -> Need {
        self.need_of(w, sphere, self.crisis_calls_for_help())
    }

    /// The help a group of this readiness in `sphere` needs, in a crisis or not: by the need
    /// map derived from the world (model 3), or by the thresholds of model 2.
    fn need_of(&self, w: &World, sphere: Sphere, crisis: bool) -> Need {
        let p = &w.params;
        let readiness = self.readiness_in(sphere);
        if p.uses_need_map() {
            let map = scoring::need_map::of_model(w.model);
            scoring::need_map::need_under(map, sphere, readiness, self.willingness(), crisis)
        } else {
            scoring::need(readiness, crisis, (p.need_coaching_below, p.need_facilitation_below))
        }
    }

    pub fn active_members(&self) -> usize {
        self.members.iter().filter(|m| m.active).count()
    }

    /// All pay to the members so far (during the summer and from the surplus).
    pub fn member_pay(&self) -> Decimal {
        self.members.iter().map(|m| m.paid + m.surplus).sum()
    }

    /// Settles the decision due with the seats' input, then runs the summer on to the next
    /// decision or to its end.
    pub fn decide(&mut self, w: &World, input: &Input) -> Result<(), InputError> {
        let Some(item) = self.agenda.first() else {
            return Err(InputError::Over);
        };
        let n = item.options.len() as u8;
        if let Some(o) = input.option
            && o >= n
        {
            return Err(InputError::NoSuchOption(o));
        }
        if input.posture.needs_option() && input.option.is_none() {
            return Err(InputError::OptionNeeded);
        }
        for &(m, o) in &input.votes {
            if m as usize >= self.members.len() {
                return Err(InputError::NoSuchMember(m));
            }
            if o >= n {
                return Err(InputError::NoSuchOption(o));
            }
        }
        let item = self.agenda.remove(0);
        self.settle(w, &item, input);
        self.settled.push(item);
        while self.agenda.is_empty() && !self.over {
            self.end_of_assembly(w);
        }
        Ok(())
    }

    fn log(&mut self, ev: Ev) {
        self.journal.push(Entry { week: self.week, ev });
    }

    fn tx(&mut self, debit: Account, credit: Account, amount: Decimal, kind: TxKind, member: Option<u8>) {
        if amount.is_zero() {
            return;
        }
        self.ledger.post(debit, credit, amount);
        self.log(Ev::Tx { kind, amount, debit, credit, member });
    }

    fn score(&mut self, e: Evidence, cause: Cause) {
        let delta = self.scores.add(e);
        // Logged even when the score does not move: the rule applied, and the debrief says so.
        let after = self.scores.get(e.comp);
        self.log(Ev::Score { comp: e.comp, delta, after, rule: e.rule, cause });
    }

    fn condition_view(&self) -> ConditionView {
        ConditionView {
            cash: self.ledger.cash(),
            reputation: self.market.reputation,
            motivation: self.commitment(),
            conflict: self.group.conflict,
            rainy: self.market.rain_days >= 3,
        }
    }

    fn avg(&self, f: impl Fn(&Member) -> f64) -> f64 {
        let (s, n) = self.members.iter().filter(|m| m.active).fold((0.0, 0), |(s, n), m| (s + f(m), n + 1));
        if n == 0 { 0.0 } else { s / n as f64 }
    }
}

/// Read access to the state of a summer: a season changes only through [`Season::decide`].
impl Season {
    /// The seed of the summer.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// The generator this summer draws from (`Season::drawn_by`).
    pub fn generator(&self) -> Generator {
        self.rng.market.generator()
    }

    /// The current week (0: the founding assembly).
    pub fn week(&self) -> u8 {
        self.week
    }

    /// The closing assembly is under way.
    pub fn closing(&self) -> bool {
        self.closing
    }

    /// The summer is over.
    pub fn over(&self) -> bool {
        self.over
    }

    /// The decisions still due at this assembly.
    pub fn agenda(&self) -> &[Item] {
        &self.agenda
    }

    /// Decisions settled so far.
    pub fn decisions(&self) -> u16 {
        self.decisions
    }

    /// The cooperants, in the scenario's order.
    pub fn members(&self) -> &[Member] {
        &self.members
    }

    /// The group as a whole: competence, dependency, conflict, stage, crisis.
    pub fn group(&self) -> &Group {
        &self.group
    }

    /// What the group decided: name, procedure, board, objectives, prices, sharing…
    pub fn coop(&self) -> &Coop {
        &self.coop
    }

    /// Reputation, weather and what moves demand.
    pub fn market(&self) -> &Market {
        &self.market
    }

    /// The books.
    pub fn ledger(&self) -> &Ledger {
        &self.ledger
    }

    /// Every invoice of the summer.
    pub fn invoices(&self) -> &[Invoice] {
        &self.invoices
    }

    /// Every invoice before this one is paid or will never be.
    pub fn invoices_open_from(&self) -> usize {
        self.invoices_open_from
    }

    /// The minutes each cooperant put into each invoiced job.
    pub fn shares(&self) -> &[(u8, u32)] {
        &self.shares
    }

    /// The PEC scores and their evidence.
    pub fn scores(&self) -> &Scores {
        &self.scores
    }

    /// Which scripted events have fired.
    pub fn fired(&self) -> &[bool] {
        &self.fired
    }

    /// One record per week worked.
    pub fn weeks(&self) -> &[WeekRecord] {
        &self.weeks
    }

    /// Decisions taken by the group, a comité or the animateurs.
    pub fn by(&self) -> [u16; 3] {
        self.by
    }

    /// Every decision settled so far, with its options, in order.
    pub fn settled(&self) -> &[Item] {
        &self.settled
    }

    /// Every event of the summer, with its cause.
    pub fn journal(&self) -> &[Entry] {
        &self.journal
    }

    /// Contracts done for each client segment.
    pub fn served(&self) -> &[u32] {
        &self.served
    }

    /// Clients who complained of a job badly done.
    pub fn complaints(&self) -> u32 {
        self.complaints
    }

    /// Each objective set, judged at the end: (objective, reached).
    pub fn results(&self) -> &[(u8, bool)] {
        &self.results
    }
}

impl Group {
    /// How used the group is to being told what to do in the sphere `sphere` (by
    /// `Sphere::index`): its own dependency there under `dependency_by_sphere`, else the group's.
    pub fn dependency_of(&self, p: &crate::base::params::Params, sphere: usize) -> f64 {
        if p.dependency_by_sphere >= 0.5 { self.dependency_in[sphere] } else { self.dependency }
    }
}
