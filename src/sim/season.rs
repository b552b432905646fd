//! One summer, as one value. A `Season` advances only through [`Season::decide`]: each call
//! settles the decision on top of the agenda and runs the weeks until the next decision is due
//! (assembly → market → work → accounts → group life), or until the summer is over.

use arrayvec::ArrayVec;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::journal::{CrisisCause, Entry, Ev, Lost, Stage};
use super::ledger::{Account, Ledger, TxKind};
use super::money::{split, times};
use super::rng::{Mean, Streams};
use super::world::{ConditionView, Fx, PRICE_LEVELS, World};
use crate::decision::{
    self, Choice, Debate, Decider, Input, Item, Kind, MAX_OPTIONS, MAX_VOICES, Opt, Posture, Procedure, Schedule,
    SharingRule, Voice,
};
use crate::scenario::{Aim, Sphere, Target, Trigger};
use crate::scoring::{self, Cause, Comp, DecisionFacts, Evidence, Rule, Scores};
use crate::text::Text;
use crate::tr;

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
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// Competence in each sphere (business life, associative life, work), grown by practice in it.
    pub competence: [f64; 3],
    /// How used the group is to being told what to do, 0–1.
    pub dependency: f64,
    /// How well the work is organised, 0–1: the quality of the latest work decisions.
    pub organisation: f64,
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
                tr!("l'été est fini : aucune décision n'est attendue", "the summer is over: no decision is due")
            }
            InputError::NoSuchOption(o) => {
                tr!("cette décision n'a pas d'option {}", "no option {} in this decision", o)
            }
            InputError::OptionNeeded => {
                tr!("décider ou suggérer demande une option", "deciding or suggesting needs an option")
            }
            InputError::NoSuchMember(m) => tr!("pas de coopérant {}", "no cooperant {}", m),
        }
    }
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text().en)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Season {
    pub seed: u64,
    pub week: u8,
    pub closing: bool,
    pub over: bool,
    pub agenda: Vec<Item>,
    pub decisions: u16,
    pub members: Vec<Member>,
    pub group: Group,
    pub coop: Coop,
    pub market: Market,
    pub ledger: Ledger,
    pub invoices: Vec<Invoice>,
    /// Every invoice before this one is paid or will never be (until the closing writes it off).
    pub invoices_open_from: usize,
    /// The minutes each cooperant put into each invoiced job, one run of entries per invoice.
    pub shares: Vec<(u8, u32)>,
    pub scores: Scores,
    pub fired: Vec<bool>,
    pub weeks: Vec<WeekRecord>,
    /// Decisions taken by the group, a comité or the animateurs.
    pub by: [u16; 3],
    /// Every decision settled so far, with its options, in order (`settled[d]` is decision `d`).
    pub settled: Vec<Item>,
    pub journal: Vec<Entry>,
    /// Contracts done for each client segment.
    pub served: Vec<u32>,
    /// Clients who complained of a job badly done.
    pub complaints: u32,
    /// Each objective set, judged at the end: (objective, reached).
    pub results: Vec<(u8, bool)>,
    rng: Streams,
}

fn aim(a: Aim) -> u8 {
    1 << a as u8
}

impl Season {
    /// Week 0: the group forms; the comité local's fund comes in; the first assembly opens.
    pub fn new(w: &World, seed: u64) -> Season {
        let p = &w.params;
        let mut streams = Streams::new(seed);
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
            agenda: Vec::new(),
            decisions: 0,
            members,
            group: {
                let base = 0.15 + 0.15 * age + 0.1 * skill;
                let mut competence = [base; 3];
                competence[Sphere::Business.index()] *= p.competence_start_business;
                competence[Sphere::Work.index()] *= p.competence_start_work;
                Group {
                    competence: competence.map(|c| c.clamp(0.0, 0.6)),
                    dependency: 0.0,
                    organisation: 0.6,
                    imposed: 0.0,
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
            invoices: Vec::new(),
            invoices_open_from: 0,
            shares: Vec::new(),
            scores: Scores::new(),
            fired: vec![false; w.events.len()],
            weeks: Vec::new(),
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

    // ---------- queries ----------

    /// The decision due now, if any.
    pub fn pending(&self) -> Option<&Item> {
        self.agenda.first()
    }

    pub fn is_over(&self) -> bool {
        self.over
    }

    /// The group's readiness for the decision due (its competence in that decision's sphere ×
    /// its commitment); for the whole group when no decision is due.
    pub fn readiness(&self) -> f64 {
        match self.pending() {
            Some(item) => self.readiness_in(item.sphere),
            None => Sphere::ALL.iter().map(|&s| self.readiness_in(s)).sum::<f64>() / 3.0,
        }
    }

    /// Readiness in one sphere: competence in it × commitment.
    pub fn readiness_in(&self, sphere: Sphere) -> f64 {
        self.group.competence[sphere.index()] * self.commitment()
    }

    /// Average motivation of the active members.
    pub fn commitment(&self) -> f64 {
        let (sum, n) = self.members.iter().filter(|m| m.active).fold((0.0, 0), |(s, n), m| (s + m.motivation, n + 1));
        if n == 0 { 0.0 } else { sum / n as f64 }
    }

    pub fn in_crisis(&self) -> bool {
        self.group.crisis.is_some() || self.group.event_crisis.is_some()
    }

    /// In a crisis that calls for more help: not one the animateurs brought about by imposing
    /// decisions (more imposing would not mend it).
    fn crisis_calls_for_help(&self) -> bool {
        self.group.event_crisis.is_some() || (self.group.crisis.is_some() && !self.group.crisis_imposed)
    }

    /// The help the group needs for the decision due, on the posture scale (3 decide … 0 step
    /// back): from its readiness in the decision's sphere and the crisis.
    pub fn need(&self, w: &World) -> u8 {
        match self.pending() {
            Some(item) => self.need_in(w, item.sphere),
            None => 0,
        }
    }

    /// The help the group needs for a decision of one sphere.
    fn need_in(&self, w: &World, sphere: Sphere) -> u8 {
        scoring::need(
            self.readiness_in(sphere),
            self.crisis_calls_for_help(),
            (w.params.need_coaching_below, w.params.need_facilitation_below),
        )
    }

    pub fn active_members(&self) -> usize {
        self.members.iter().filter(|m| m.active).count()
    }

    /// All pay to the members so far (during the summer and from the surplus).
    pub fn member_pay(&self) -> Decimal {
        self.members.iter().map(|m| m.paid + m.surplus).sum()
    }

    // ---------- the one way forward ----------

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

    // ---------- internals ----------

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

    /// Opens a week's assembly: weather, events, and the agenda.
    fn open_week(&mut self, w: &World) {
        let wk = self.week;
        if wk == 0 {
            if w.scenario.coop_names.len() >= 2 {
                self.push(w, Kind::Name);
            }
            self.push(w, Kind::Procedure);
            self.push(w, Kind::Board);
            self.push(w, Kind::Objective);
            self.push(w, Kind::Prices);
            self.push(w, Kind::Sharing);
            return;
        }
        let rain = (0..5).filter(|_| self.rng.market.chance(w.rain)).count() as u8;
        self.market.rain_days = rain;
        self.log(Ev::WeekStarted { rain_days: rain });
        if let Some((_, until)) = self.group.event_crisis
            && until < wk
        {
            self.group.event_crisis = None;
            self.update_crisis(w);
        }
        let view = self.condition_view();
        for (i, e) in w.events.iter().enumerate() {
            if self.fired[i] {
                continue;
            }
            let fire = match &e.trigger {
                Trigger::Week(n) => *n == wk,
                Trigger::When { condition, from_week, chance } => {
                    wk >= *from_week
                        && w.condition_holds(condition, &view)
                        && self.rng.events.chance(*chance as f64 / 100.0)
                }
            };
            if fire {
                self.fired[i] = true;
                self.log(Ev::EventFired { event: i as u16 });
                if e.crisis {
                    self.group.event_crisis = Some((i as u16, wk));
                    self.update_crisis(w);
                }
                self.push(w, Kind::Event(i as u16));
            }
        }
        if wk == 1 || wk % 3 == 1 {
            self.push(w, Kind::Promotion);
        }
        if wk.is_multiple_of(3) {
            self.push(w, Kind::Prices);
        }
        if wk == w.weeks / 2 + 1 {
            self.push(w, Kind::Sharing);
            if !self.coop.objectives.is_empty() {
                self.push(w, Kind::Review);
            }
        }
        self.push(w, Kind::Schedule);
    }

    fn end_of_assembly(&mut self, w: &World) {
        if self.closing {
            self.log(Ev::SeasonClosed);
            self.over = true;
            return;
        }
        if self.week > 0 {
            self.run_week(w);
        }
        if self.week >= w.weeks {
            self.closing = true;
            self.push(w, Kind::Surplus);
        } else {
            self.week += 1;
            self.open_week(w);
        }
    }

    /// Adds an item to the agenda with its options judged against the current state.
    fn push(&mut self, w: &World, kind: Kind) {
        let options: Vec<Opt> = match kind {
            Kind::Name => (0..w.scenario.coop_names.len().min(6))
                .map(|i| Opt { choice: Choice::Name(i as u8), aims: 0, merit: 0.5 })
                .collect(),
            Kind::Procedure => vec![
                Opt { choice: Choice::Procedure(Procedure::Majority), aims: 0, merit: 0.65 },
                Opt { choice: Choice::Procedure(Procedure::Consensus), aims: aim(Aim::Solidarity), merit: 0.75 },
                Opt { choice: Choice::Procedure(Procedure::Delegation), aims: aim(Aim::Quality), merit: 0.6 },
            ],
            Kind::Board => {
                let mut c: Vec<(u8, f64)> = w
                    .members
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| self.members[*i].active)
                    .map(|(i, m)| (i as u8, (m.initiative + m.reliability + m.sociability) / 3.0))
                    .collect();
                c.sort_by(|a, b| {
                    w.members[b.0 as usize]
                        .initiative
                        .total_cmp(&w.members[a.0 as usize].initiative)
                        .then(a.0.cmp(&b.0))
                });
                c.truncate(5);
                c.sort_by_key(|x| x.0);
                c.into_iter().map(|(i, m)| Opt { choice: Choice::Candidate(i), aims: 0, merit: m }).collect()
            }
            Kind::Objective => w
                .objective_aims
                .iter()
                .enumerate()
                .filter(|(i, _)| !self.coop.objectives.contains(&(*i as u8)))
                .take(MAX_OPTIONS)
                .map(|(i, a)| Opt { choice: Choice::Objective(i as u8), aims: *a, merit: 0.6 })
                .collect(),
            Kind::Prices => {
                let mut m = self.expected_sales_of(w, PRICE_LEVELS.map(|l| (l, self.coop.promotion)), 1.0);
                to_merits(&mut m);
                PRICE_LEVELS
                    .iter()
                    .zip(m)
                    .map(|(&l, merit)| {
                        let aims = if l < 0 {
                            aim(Aim::Community)
                        } else if l > 0 {
                            aim(Aim::Income)
                        } else {
                            aim(Aim::Quality)
                        };
                        Opt { choice: Choice::Price(l), aims, merit }
                    })
                    .collect()
            }
            Kind::Sharing => vec![
                Opt {
                    choice: Choice::Sharing(SharingRule::Rotation),
                    aims: aim(Aim::Learning) | aim(Aim::Solidarity),
                    merit: 0.7,
                },
                Opt { choice: Choice::Sharing(SharingRule::Volunteers), aims: aim(Aim::Fun), merit: 0.55 },
                Opt {
                    choice: Choice::Sharing(SharingRule::BySkill),
                    aims: aim(Aim::Quality) | aim(Aim::Income),
                    merit: 0.75,
                },
                Opt { choice: Choice::Sharing(SharingRule::LeastEarnedFirst), aims: aim(Aim::Solidarity), merit: 0.7 },
            ],
            Kind::Promotion => {
                let costs = [0.0, w.scenario.promotion.flyers_cost.to_f64(), w.scenario.promotion.press_cost.to_f64()];
                let mut m = self.expected_sales_of(w, [0, 1, 2].map(|l| (self.coop.price_pct, l)), 3.0);
                for (v, c) in m.iter_mut().zip(costs) {
                    *v -= c;
                }
                to_merits(&mut m);
                let aims = [aim(Aim::Continuity), aim(Aim::Community), aim(Aim::Income)];
                (0..3u8)
                    .map(|l| Opt { choice: Choice::Promotion(l), aims: aims[l as usize], merit: m[l as usize] })
                    .collect()
            }
            Kind::Schedule => {
                let fatigue = self.avg(|m| m.fatigue);
                let demand = self.demand_minutes(w, self.coop.price_pct, self.coop.promotion);
                let capacity = self.capacity_minutes(w, 1.0).max(1.0);
                let excess = (demand / capacity - 1.0).clamp(0.0, 1.0);
                vec![
                    Opt { choice: Choice::Schedule(Schedule::Normal), aims: aim(Aim::Quality), merit: 0.65 },
                    Opt {
                        choice: Choice::Schedule(Schedule::Push),
                        aims: aim(Aim::Income),
                        merit: (0.35 + 0.6 * excess - 0.6 * fatigue).clamp(0.05, 0.95),
                    },
                    Opt {
                        choice: Choice::Schedule(Schedule::Lighter),
                        aims: aim(Aim::Fun) | aim(Aim::Solidarity),
                        merit: (0.2 + 0.9 * fatigue).clamp(0.05, 0.95),
                    },
                ]
            }
            Kind::Event(e) => {
                let ev = &w.events[e as usize];
                let weekly = self.typical_week_sales(w);
                let mut m: Vec<f64> = ev
                    .choices
                    .iter()
                    .map(|(_, fx)| fx.iter().map(|f| fx_value(f, weekly, self.members.len())).sum())
                    .collect();
                to_merits(&mut m);
                ev.choices
                    .iter()
                    .enumerate()
                    .map(|(i, (a, _))| Opt { choice: Choice::EventChoice(i as u8), aims: *a, merit: m[i] })
                    .collect()
            }
            Kind::Surplus => w
                .surplus_plans
                .iter()
                .enumerate()
                .map(|(i, sp)| {
                    let mut a = 0;
                    for (share, x) in [
                        (sp.by_hours, Aim::Income),
                        (sp.equal, Aim::Solidarity),
                        (sp.reserve, Aim::Continuity),
                        (sp.donation, Aim::Community),
                        (sp.activity, Aim::Fun),
                    ] {
                        if share >= 10 {
                            a |= aim(x);
                        }
                    }
                    let merit = 0.5
                        + 0.2 * (sp.by_hours as f64 / 100.0)
                        + 0.15 * ((sp.reserve + sp.donation) as f64 / 20.0).min(1.0);
                    Opt { choice: Choice::Plan(i as u8), aims: a, merit: merit.min(0.95) }
                })
                .collect(),
            Kind::Review => {
                // Lowering the targets of the objectives behind is the better choice the more of
                // them are behind (a target out of reach discourages); keeping them when on track.
                let behind = self.coop.objectives.iter().filter(|&&o| !self.on_track(w, o)).count() as f64
                    / self.coop.objectives.len().max(1) as f64;
                vec![
                    Opt { choice: Choice::AdjustTargets(false), aims: aim(Aim::Quality), merit: 0.7 - 0.3 * behind },
                    Opt {
                        choice: Choice::AdjustTargets(true),
                        aims: aim(Aim::Fun) | aim(Aim::Solidarity),
                        merit: 0.4 + 0.4 * behind,
                    },
                ]
            }
        };
        let sphere = match kind {
            Kind::Event(e) => w.events[e as usize].sphere,
            k => k.sphere(Sphere::Associative),
        };
        let id = self.decisions + self.agenda.len() as u16;
        self.agenda.push(Item { id, kind, sphere, options });
    }

    fn avg(&self, f: impl Fn(&Member) -> f64) -> f64 {
        let (s, n) = self.members.iter().filter(|m| m.active).fold((0.0, 0), |(s, n), m| (s + f(m), n + 1));
        if n == 0 { 0.0 } else { s / n as f64 }
    }

    /// Whether a service can be sold this week (a broken tool...).
    fn service_open(&self, service: usize) -> bool {
        !self.market.unavailable.iter().any(|&(s, until)| s as usize == service && until >= self.week.max(1))
    }

    /// Expected contracts in the coming week of one segment for each of its services (when the
    /// service is open: see `service_open`).
    fn segment_lambda(&self, w: &World, seg: usize, pct: i8, promotion: u8) -> f64 {
        self.segment_demand(w, seg).lambda(w, seg, pct, promotion)
    }

    /// What moves one segment's demand this week besides price and promotion.
    fn segment_demand(&self, w: &World, seg: usize) -> SegmentDemand {
        let p = &w.params;
        let g = &w.segments[seg];
        SegmentDemand {
            base: g.base * p.demand_scale * g.season_factor(self.week.max(1)) / g.services.len().max(1) as f64,
            reputation: (1.0 + p.reputation_weight * (self.market.reputation - 0.5)).max(0.1),
            competitor: 1.0 - if self.market.competitor_until >= self.week { self.market.competitor } else { 0.0 },
            outreach: {
                let present = self.active_members() as f64 / self.members.len().max(1) as f64;
                (1.0 + p.prospecting_weight * (self.commitment() * present - 0.5)).max(0.1)
            },
            events: self
                .market
                .demand
                .iter()
                .filter(|&&(s, _, until)| s as usize == seg && until >= self.week)
                .map(|&(_, f, _)| f)
                .product(),
        }
    }

    fn mean_minutes(&self, w: &World, service: usize) -> f64 {
        w.services[service].mean_minutes
    }

    fn demand_minutes(&self, w: &World, pct: i8, promotion: u8) -> f64 {
        let mut total = 0.0;
        for (g, seg) in w.segments.iter().enumerate() {
            let l = self.segment_lambda(w, g, pct, promotion);
            for &sv in &seg.services {
                total += if self.service_open(sv) { l } else { 0.0 } * self.mean_minutes(w, sv);
            }
        }
        total
    }

    fn capacity_minutes(&self, w: &World, factor: f64) -> f64 {
        self.members
            .iter()
            .zip(&w.members)
            .filter(|(m, _)| m.active)
            .map(|(_, d)| d.availability * 60.0 * factor * 0.9)
            .sum()
    }

    /// Expected sales over `weeks` at a price level and promotion, limited by the team's hands.
    fn expected_sales(&self, w: &World, pct: i8, promotion: u8, weeks: f64) -> f64 {
        self.expected_sales_of(w, [(pct, promotion)], weeks)[0]
    }

    /// `expected_sales` for several (price level, promotion) at once: what does not depend on
    /// them is worked out once.
    fn expected_sales_of<const N: usize>(&self, w: &World, cases: [(i8, u8); N], weeks: f64) -> [f64; N] {
        let mut minutes = [0.0; N];
        let mut value = [0.0; N];
        for (g, seg) in w.segments.iter().enumerate() {
            let demand = self.segment_demand(w, g);
            let lambdas = cases.map(|(pct, promotion)| demand.lambda(w, g, pct, promotion));
            for &sv in &seg.services {
                let open = self.service_open(sv);
                let s = &w.services[sv];
                let units = (s.units.0 as f64 + s.units.1 as f64) / 2.0;
                for (k, &(pct, _)) in cases.iter().enumerate() {
                    let l = if open { lambdas[k] } else { 0.0 };
                    minutes[k] += l * self.mean_minutes(w, sv);
                    value[k] += l * units * (s.reference_f * (1.0 + pct as f64 / 100.0) - s.material_f);
                }
            }
        }
        let cap = self.capacity_minutes(w, 1.0);
        std::array::from_fn(|k| {
            let served = if minutes[k] > cap && minutes[k] > 0.0 { cap / minutes[k] } else { 1.0 };
            value[k] * served * weeks
        })
    }

    fn typical_week_sales(&self, w: &World) -> f64 {
        self.expected_sales(w, self.coop.price_pct, 0, 1.0).max(1.0)
    }

    /// The active members as the debate hears them (at most `MAX_VOICES`, as validation allows).
    fn voices(&self, w: &World, voices: &mut ArrayVec<Voice, MAX_VOICES>) {
        // Members are at most 30 (validated): one bit each.
        let comite = self.coop.comites.iter().fold(0u64, |m, &c| m | 1u64.checked_shl(c as u32).unwrap_or(0));
        voices.clear();
        for (i, (m, d)) in self.members.iter().zip(&w.members).enumerate() {
            if !m.active {
                continue;
            }
            let voice = Voice {
                member: i as u8,
                assertiveness: d.assertiveness,
                initiative: d.initiative,
                sociability: d.sociability,
                trust: m.trust,
                on_comite: comite & 1u64.checked_shl(i as u32).unwrap_or(0) != 0,
                aims: m.aims,
            };
            if voices.try_push(voice).is_err() {
                break;
            }
        }
    }

    fn update_crisis(&mut self, w: &World) {
        let p = &w.params;
        // A group that lost heart, fell out or ran out of cash while the animateurs imposed most
        // of its decisions: the crisis is their doing, and more imposing would not mend it.
        self.group.crisis_imposed = self.group.imposed >= p.imposed_crisis_share;
        let cause = if let Some((e, _)) = self.group.event_crisis {
            Some(CrisisCause::Event(e))
        } else if self.group.conflict >= p.crisis_conflict {
            Some(CrisisCause::Conflict)
        } else if self.week > 0 && self.commitment() < p.crisis_motivation {
            Some(CrisisCause::Motivation)
        } else if self.ledger.cash() < Decimal::ZERO {
            Some(CrisisCause::Cash)
        } else {
            None
        };
        if cause.is_some() != self.group.crisis.is_some() || (cause.is_some() && cause != self.group.crisis) {
            // A group that lost heart or fell out after decisions were imposed on it: the crisis
            // is the animateurs' doing.
            self.group.crisis = cause;
            self.log(Ev::Crisis { on: cause.is_some(), cause });
        }
    }

    /// The debate, the decision, its effects and its scores.
    fn settle(&mut self, w: &World, item: &Item, input: &Input) {
        let p = &w.params;
        let d = item.id;
        self.decisions += 1;
        let need = self.need_in(w, item.sphere);
        let crisis = self.in_crisis();
        let sp = item.sphere.index();
        let competence = self.group.competence[sp];
        let readiness = self.readiness_in(item.sphere) as f32;
        self.log(Ev::Opened { d, kind: item.kind, need, readiness, crisis });
        self.log(Ev::Posture { d, posture: input.posture, option: input.option });
        let mut voices = ArrayVec::new();
        self.voices(w, &mut voices);
        let debate = Debate {
            voices: &voices,
            competence,
            dependency: self.group.dependency,
            procedure: self.coop.procedure,
            params: p,
        };
        let out = decision::settle(item, input, &debate, &mut self.rng.agents);
        for &(member, option) in &out.proposals {
            self.log(Ev::Proposal { d, member, option });
        }
        for &(member, option, a) in &out.arguments {
            self.log(Ev::Argument { d, member, option, aim: (a != 255).then_some(a) });
        }
        for &(member, option) in &out.votes {
            self.log(Ev::Vote { d, member, option });
        }
        let by = out.by.unwrap_or(Decider::Group);
        let votes_for = out.votes.iter().filter(|v| v.1 == out.option).count() as u8;
        self.log(Ev::Decided {
            d,
            option: out.option,
            by,
            procedure: out.procedure,
            votes_for,
            voters: out.votes.len() as u8,
            rounds: out.rounds,
        });
        self.by[by as usize] += 1;
        let quality = item.quality(out.option);
        self.answer(w, item, input, &out, &voices, quality);

        let consistent =
            self.coop.objective_aims != 0 && item.options[out.option as usize].aims & self.coop.objective_aims != 0;
        let facts = DecisionFacts {
            kind: item.kind,
            sphere: item.sphere,
            posture: input.posture,
            option: input.option,
            adopted: out.option,
            by,
            need,
            crisis,
            quality,
            agreement: out.final_agreement,
            heard: out.heard,
            own_proposal: out.own_proposal,
            consistent,
        };
        if item.kind == Kind::Review {
            self.review(w, d);
        }
        self.apply(w, item, &out);
        for e in scoring::decision_evidence(&facts, p) {
            self.score(e, Cause::Decision(d));
        }
        self.update_crisis(w);
    }

    /// How the group answers the animateurs' posture and its own decision: what it learns, how
    /// used it gets to being told, its motivation, trust and quarrels. These are the model's
    /// consequences of help that fits, too little help and too much (see `docs/pec-model.md`).
    fn answer(&mut self, w: &World, item: &Item, input: &Input, out: &decision::Outcome, voices: &[Voice], q: f64) {
        let p = &w.params;
        let sp = item.sphere.index();
        let c = self.group.competence[sp];
        let decided_for = out.by == Some(Decider::Animateurs);
        let facilitated = input.posture == Posture::Facilitate;
        let g = &mut self.group;

        // Learning by practice, in the decision's sphere: more from decisions carried through well,
        // less for a group used to being told.
        let gain = match input.posture {
            Posture::Decide => 0.0,
            Posture::Suggest => p.competence_gain_suggested,
            Posture::Facilitate => p.competence_gain_facilitated,
            Posture::StepBack => p.competence_gain_alone,
        };
        let kept = (p.learning_quality_floor + (1.0 - p.learning_quality_floor) * q)
            * (1.0 - p.dependency_learning * g.dependency);
        g.competence[sp] = (g.competence[sp] + gain * kept).min(1.0);
        // Dependency: grows when the animateurs decide or suggest, fades when the group settles
        // questions on its own.
        let dep = match input.posture {
            Posture::Decide => p.dependency_decide,
            Posture::Suggest => p.dependency_suggest,
            Posture::Facilitate => -p.dependency_relief / 2.0,
            Posture::StepBack => -p.dependency_relief,
        };
        g.dependency = (g.dependency + dep).clamp(0.0, 1.0);
        g.imposed = 0.75 * g.imposed + 0.25 * if decided_for { 1.0 } else { 0.0 };
        if matches!(item.kind, Kind::Sharing | Kind::Schedule) {
            g.organisation += p.organisation_rate * (q - g.organisation);
        }

        if decided_for {
            // A competent group resents being decided for (the most committed most); a lost one
            // hardly minds.
            let resent = (c / 0.4).min(2.0);
            for (m, d) in self.members.iter_mut().zip(&w.members).filter(|(m, _)| m.active) {
                m.motivation = (m.motivation - p.decided_for_motivation_loss * (0.5 + d.initiative) * resent).max(0.0);
                m.trust = (m.trust - p.decided_for_trust_loss * c).max(0.0);
            }
            return;
        }
        // The group debated and decided.
        let divided = 1.0 - out.final_agreement;
        let damp = if facilitated { p.facilitated_conflict_share } else { 1.0 };
        self.group.conflict = (self.group.conflict + p.debate_conflict * divided * (1.0 - c) * damp).min(1.0);
        for m in out.overruled.iter() {
            let mm = &mut self.members[*m as usize];
            mm.motivation = (mm.motivation - p.overruled_motivation_loss).max(0.0);
        }
        if !facilitated && c < p.open_floor_competence {
            // The quiet who could not get a word in, in a debate nobody opened to them (a
            // player's seat always speaks).
            for v in voices.iter().filter(|v| v.assertiveness < p.quiet_threshold) {
                if !input.votes.iter().any(|x| x.0 == v.member) {
                    let mm = &mut self.members[v.member as usize];
                    mm.motivation = (mm.motivation - p.unheard_motivation_loss * (1.0 - c)).max(0.0);
                }
            }
        }
        // A group out of its depth that lands on a poor option loses heart.
        let struggle = p.struggle_motivation_loss
            * (1.0 - q)
            * (1.0 - c)
            * if input.posture == Posture::StepBack { 1.0 } else { p.facilitated_struggle_share };
        let suggested = input.posture == Posture::Suggest;
        for (m, d) in self.members.iter_mut().zip(&w.members).filter(|(m, _)| m.active) {
            m.motivation -= struggle;
            if suggested && d.initiative >= p.proposal_initiative {
                // The most committed feel the animateurs do not trust the group with it.
                m.motivation -= p.helped_initiative_loss * c;
            }
            m.motivation = m.motivation.clamp(0.0, 1.0);
            // Trust follows the help: a good suggestion earns it, being left alone to fail wears it.
            m.trust += match input.posture {
                Posture::Suggest => 0.02 * (q - 0.5),
                Posture::StepBack => -0.02 * (1.0 - q) * (1.0 - c),
                _ => 0.005,
            };
            m.trust = m.trust.clamp(0.0, 1.0);
        }
        if out.own_proposal {
            for &(m, o) in &out.proposals {
                if o == out.option {
                    let mm = &mut self.members[m as usize];
                    mm.motivation = (mm.motivation + 0.03).min(1.0);
                }
            }
        }
        if facilitated {
            for v in voices.iter().filter(|v| v.assertiveness < p.quiet_threshold) {
                let mm = &mut self.members[v.member as usize];
                mm.motivation = (mm.motivation + 0.01).min(1.0);
            }
            self.group.conflict = (self.group.conflict * 0.85).max(0.0);
        }
    }

    /// What the chosen option changes.
    fn apply(&mut self, w: &World, item: &Item, out: &decision::Outcome) {
        let opt = item.options[out.option as usize];
        match opt.choice {
            Choice::Name(i) => self.coop.name = Some(i),
            Choice::Procedure(pr) => self.coop.procedure = pr,
            Choice::Candidate(c) => {
                // The board: the elected and the two next in votes; the comités: the board and
                // the most committed volunteers.
                let mut tally: Vec<(u32, u8)> = item
                    .options
                    .iter()
                    .enumerate()
                    .map(|(k, o)| {
                        (
                            out.votes.iter().filter(|v| v.1 as usize == k).count() as u32,
                            if let Choice::Candidate(m) = o.choice { m } else { 0 },
                        )
                    })
                    .collect();
                tally.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
                let mut board = vec![c];
                board.extend(tally.iter().map(|t| t.1).filter(|&m| m != c).take(2));
                let mut comites = board.clone();
                let mut rest: Vec<(u8, f64)> = w
                    .members
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| !board.contains(&(*i as u8)) && self.members[*i].active)
                    .map(|(i, m)| (i as u8, m.initiative + m.reliability))
                    .collect();
                rest.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
                comites.extend(rest.iter().take(3).map(|r| r.0));
                comites.sort();
                self.coop.board = board;
                self.coop.comites = comites;
            }
            Choice::Objective(o) => {
                self.coop.objectives.push(o);
                self.coop.objective_aims |= w.objective_aims[o as usize];
                // The second objective is chosen among those left.
                if self.coop.objectives.len() < 2 && w.objective_aims.len() > 1 {
                    self.push(w, Kind::Objective);
                    let second = self.agenda.pop().expect("just pushed");
                    self.agenda.insert(0, second);
                    for (k, it) in self.agenda.iter_mut().enumerate() {
                        it.id = self.decisions + k as u16;
                    }
                }
            }
            Choice::Price(l) => self.coop.price_pct = l,
            Choice::Sharing(r) => self.coop.sharing = r,
            Choice::Promotion(l) => {
                self.coop.promotion = l;
                let cost = match l {
                    1 => w.scenario.promotion.flyers_cost.0,
                    2 => w.scenario.promotion.press_cost.0,
                    _ => Decimal::ZERO,
                };
                self.tx(Account::Promotion, Account::Cash, cost, TxKind::Promotion, None);
            }
            Choice::Schedule(s) => self.coop.schedule = s,
            Choice::EventChoice(c) => {
                let Kind::Event(e) = item.kind else { return };
                for f in &w.events[e as usize].choices[c as usize].1 {
                    self.effect(e, f);
                }
            }
            Choice::Plan(pl) => {
                self.coop.plan = Some(pl);
                self.close_books(w, pl);
                self.after_the_split(w, pl);
                self.judge_objectives(w);
            }
            Choice::AdjustTargets(lower) => {
                if lower {
                    for &o in &self.coop.objectives.clone() {
                        if !self.on_track(w, o) {
                            self.coop.lowered |= 1 << o.min(15);
                        }
                    }
                    self.log(Ev::TargetsAdjusted);
                }
            }
        }
    }

    fn effect(&mut self, event: u16, f: &Fx) {
        let wk = self.week;
        let active = |s: &mut Self, g: &dyn Fn(&mut Member)| {
            for m in s.members.iter_mut().filter(|m| m.active) {
                g(m);
            }
        };
        match *f {
            Fx::Cash(d) => {
                if d > Decimal::ZERO {
                    self.tx(Account::Cash, Account::Grants, d, TxKind::EventCash, None);
                } else {
                    self.tx(Account::OtherCosts, Account::Cash, -d, TxKind::EventCash, None);
                }
            }
            Fx::Reputation(v) => self.market.reputation = (self.market.reputation + v).clamp(0.0, 1.0),
            Fx::Motivation(v) => active(self, &|m| m.motivation = (m.motivation + v).clamp(0.0, 1.0)),
            Fx::Cohesion(v) => self.group.conflict = (self.group.conflict - v).clamp(0.0, 1.0),
            Fx::Fatigue(v) => active(self, &|m| m.fatigue = (m.fatigue + v).clamp(0.0, 1.0)),
            Fx::Trust(v) => active(self, &|m| m.trust = (m.trust + v).clamp(0.0, 1.0)),
            Fx::Demand { segment, factor, weeks } => {
                self.market.demand.push((segment as u8, factor.max(0.0), wk + weeks - 1))
            }
            Fx::Competitor { share, weeks } => {
                self.market.competitor = share;
                self.market.competitor_until = wk + weeks - 1;
            }
            Fx::Unavailable { service, weeks } => self.market.unavailable.push((service as u8, wk + weeks - 1)),
            Fx::Contract { service, segment, units, price } => {
                self.market.extra.push((service as u8, segment as u8, units, price))
            }
            Fx::Leaves(m) => {
                if self.members[m].active && self.active_members() > 2 {
                    self.members[m].active = false;
                    self.log(Ev::Left { member: m as u8 });
                }
            }
            Fx::Resolve => {
                if self.group.event_crisis.is_some_and(|(e, _)| e == event) {
                    self.group.event_crisis = None;
                }
            }
        }
    }

    /// Where an objective stands: its measure and its target (lowered if the group adjusted
    /// it). During the summer, the measures that add up over the weeks are projected to its end.
    pub fn objective_status(&self, w: &World, o: u8) -> (Decimal, Decimal) {
        let Some(target) = w.targets.get(o as usize) else {
            return (Decimal::ZERO, Decimal::ZERO);
        };
        let elapsed = self.week.max(1).min(w.weeks.max(1));
        let project = |v: Decimal| -> Decimal {
            if self.over || self.closing {
                v
            } else {
                v.checked_mul(Decimal::from(w.weeks.max(1)))
                    .and_then(|x| x.checked_div(Decimal::from(elapsed)))
                    .unwrap_or(v)
            }
        };
        let n = Decimal::from(w.members.len().max(1));
        let earned = if self.over || self.closing {
            self.member_pay()
        } else {
            (self.ledger.sales() - self.ledger.costs()).max(Decimal::ZERO)
        };
        let pct = |x: f64| Decimal::from_f64_retain((x * 100.0).clamp(0.0, 100.0)).unwrap_or_default().round_dp(1);
        let active = || self.members.iter().filter(|m| m.active);
        let (value, goal) = match target {
            Target::PayPerMember(d) => (project(earned / n).round_dp(2), d.0),
            Target::Surplus(d) => {
                let v = if self.over || self.closing { self.surplus() } else { project(earned) };
                (v.round_dp(2), d.0)
            }
            Target::Contracts(c) => (project(Decimal::from(self.served.iter().sum::<u32>())).round_dp(0), (*c).into()),
            Target::SegmentContracts { segment, count } => {
                let g = w.scenario.segments.iter().position(|x| &x.id == segment).unwrap_or(usize::MAX);
                (project(Decimal::from(self.served.get(g).copied().unwrap_or(0))).round_dp(0), (*count).into())
            }
            Target::FairHours(x) => {
                let (sum, k, least) = active()
                    .fold((0u64, 0u64, u32::MAX), |(s, k, l), m| (s + m.minutes as u64, k + 1, l.min(m.minutes)));
                let mean = if k == 0 { 0.0 } else { sum as f64 / k as f64 };
                let v = if mean <= 0.0 { 0.0 } else { least as f64 / mean };
                (pct(v), (*x).into())
            }
            Target::EveryoneStays => (Decimal::from(self.active_members()), Decimal::from(w.members.len())),
            Target::Reputation(x) => (pct(self.market.reputation), (*x).into()),
            Target::Motivation(x) => (pct(self.commitment()), (*x).into()),
            Target::Trades(x) => {
                (Decimal::from(active().map(|m| m.trades.count_ones()).min().unwrap_or(0)), (*x).into())
            }
        };
        let lowered = self.coop.lowered & (1 << o.min(15)) != 0;
        let goal = if lowered {
            let f = Decimal::from_f64_retain(w.params.review_lowered_target).unwrap_or(Decimal::ONE);
            (goal * f).round_dp(2)
        } else {
            goal
        };
        (value, goal)
    }

    /// The objective is on track (or reached).
    pub fn on_track(&self, w: &World, o: u8) -> bool {
        let (v, t) = self.objective_status(w, o);
        v >= t
    }

    /// The mid-summer review: where each objective stands.
    fn review(&mut self, w: &World, d: u16) {
        for o in self.coop.objectives.clone() {
            let (value, target) = self.objective_status(w, o);
            let on_track = value >= target;
            self.log(Ev::ObjectiveReviewed { objective: o, value, target, on_track });
            self.score(scoring::review_evidence(on_track, &w.params), Cause::Decision(d));
        }
    }

    /// The end: each objective reached or missed, and by what means.
    fn judge_objectives(&mut self, w: &World) {
        let means = (self.by[0] + self.by[1]) as f64 / self.decisions.max(1) as f64;
        for o in self.coop.objectives.clone() {
            let (value, target) = self.objective_status(w, o);
            let reached = value >= target;
            self.log(Ev::ObjectiveJudged { objective: o, value, target, reached });
            self.results.push((o, reached));
            let lowered = self.coop.lowered & (1 << o.min(15)) != 0;
            let mut e = scoring::result_evidence(reached, means, &w.params);
            if lowered {
                e.value *= w.params.review_lowered_target;
            }
            self.score(e, Cause::Objective(o));
        }
    }

    /// After the surplus is split: each member is more or less content with the plan as it
    /// serves what they care for; a gift to a local cause is noticed.
    fn after_the_split(&mut self, w: &World, plan: u8) {
        let p = &w.params;
        let Some(sp) = w.surplus_plans.get(plan as usize) else { return };
        let parts = [
            (sp.by_hours, Aim::Income),
            (sp.equal, Aim::Solidarity),
            (sp.reserve, Aim::Continuity),
            (sp.donation, Aim::Community),
            (sp.activity, Aim::Fun),
        ];
        for m in self.members.iter_mut().filter(|m| m.active) {
            let served: f64 = parts.iter().map(|&(share, a)| share as f64 / 100.0 * m.aims[a as usize]).sum();
            m.motivation = (m.motivation + p.surplus_motivation * (served - 0.45)).clamp(0.0, 1.0);
        }
        self.market.reputation =
            (self.market.reputation + p.surplus_donation_reputation * sp.donation as f64 / 100.0).clamp(0.0, 1.0);
        if self.coop.objective_aims != 0 {
            let aligned: f64 = parts
                .iter()
                .filter(|(_, a)| self.coop.objective_aims & aim(*a) != 0)
                .map(|(share, _)| *share as f64 / 100.0)
                .sum();
            let e = scoring::surplus_evidence(aligned, p);
            self.score(e, Cause::Decision(self.decisions.saturating_sub(1)));
        }
    }

    /// Objectives the group set and reached by the end.
    pub fn objectives_reached(&self) -> usize {
        self.results.iter().filter(|r| r.1).count()
    }

    /// Market, work, accounts and group life of the current week.
    fn run_week(&mut self, w: &World) {
        let p = &w.params;
        let wk = self.week;
        let factor = match self.coop.schedule {
            Schedule::Normal => 1.0,
            Schedule::Push => 1.0 + p.push_extra_hours,
            Schedule::Lighter => 0.7,
        };
        // Who works this week.
        for i in 0..self.members.len() {
            let d = &w.members[i];
            let m = &self.members[i];
            if !m.active {
                continue;
            }
            let away = d.away & (1 << wk.min(31)) != 0;
            let absent = !away
                && self.rng.work.chance(p.absence_chance * (1.0 - d.reliability) * (1.2 - m.motivation).max(0.0) * 1.5);
            let m = &mut self.members[i];
            m.absent = away || absent;
            m.minutes_left = if m.absent { 0 } else { (d.availability * 60.0 * factor).round() as u32 };
            if absent {
                self.log(Ev::Absent { member: i as u8 });
            }
        }

        // The market: requests of each segment for each service.
        let mut requests: Vec<(u8, u8, u16, Decimal)> = Vec::with_capacity(32);
        for (g, seg) in w.segments.iter().enumerate() {
            // One mean for all the segment's services (the exponentials computed once).
            let open = Mean::new(self.segment_lambda(w, g, self.coop.price_pct, self.coop.promotion));
            for &sv in &seg.services {
                let unavailable = !self.service_open(sv);
                let n = if unavailable {
                    self.rng.market.poisson(self.lambda_plain(w, g))
                } else {
                    self.rng.market.poisson_of(&open)
                };
                let s = &w.services[sv];
                let (mut unavailable_n, mut rain_n) = (0u16, 0u16);
                for _ in 0..n {
                    let units = self.rng.market.between(s.units.0 as u32, s.units.1 as u32) as u16;
                    if unavailable {
                        unavailable_n = unavailable_n.saturating_add(1);
                        continue;
                    }
                    if s.outdoor && self.rng.market.chance(self.market.rain_days as f64 / 5.0) {
                        rain_n = rain_n.saturating_add(1);
                        continue;
                    }
                    requests.push((g as u8, sv as u8, units, w.services[sv].price(self.coop.price_pct)));
                }
                for (why, count) in [(Lost::Unavailable, unavailable_n), (Lost::Rain, rain_n)] {
                    if count > 0 {
                        self.log(Ev::Lost { segment: g as u8, service: sv as u8, why, count });
                    }
                }
            }
        }
        // Contracts won through events come first: they were promised.
        let extra = std::mem::take(&mut self.market.extra);
        for (sv, g, units, price) in extra.into_iter().rev() {
            requests.insert(0, (g, sv, units, price));
        }

        // The work.
        let mut contracts = 0u32;
        let mut lost = 0u32;
        let mut quality_sum = 0.0;
        // Each member's week: minutes worked, quality × minutes, late at least once.
        let mut done: Vec<(u32, f64, bool)> = vec![(0, 0.0, false); self.members.len()];
        // Requests turned away for lack of hands, by (segment, service), journaled once a week.
        let mut no_hands: Vec<(u8, u8, u16)> = Vec::new();
        // Work organised by poor decisions is done worse.
        let organised = 1.0 - p.disorganisation_penalty * (1.0 - self.group.organisation);
        for (g, sv, units, price) in requests {
            let s = &w.services[sv as usize];
            // The travel to the job takes time too (far apart in the countryside); it is not billed.
            let need = (s.unit_minutes * units as f64).round() as u32 + w.scenario.territory.travel_minutes as u32;
            let free: u32 = self.members.iter().map(|m| m.minutes_left).sum();
            if need == 0 || free < need {
                lost += 1;
                self.market.reputation = (self.market.reputation - p.decline_reputation_loss).max(0.0);
                match no_hands.iter_mut().find(|x| x.0 == g && x.1 == sv) {
                    Some(x) => x.2 = x.2.saturating_add(1),
                    None => no_hands.push((g, sv, 1)),
                }
                continue;
            }
            let mut left = need;
            let first = self.shares.len();
            let mut q_sum = 0.0;
            while left > 0 {
                let Some(i) = self.next_worker(w, s.skill) else {
                    break;
                };
                let take = self.members[i].minutes_left.min(left);
                self.members[i].minutes_left -= take;
                left -= take;
                let d = &w.members[i];
                let m = &self.members[i];
                let late = self.rng.work.chance(p.lateness_chance * (1.0 - d.reliability));
                let mut q = (0.35 + 0.65 * m.skills[s.skill])
                    * organised
                    * (1.0 - p.fatigue_quality_penalty * m.fatigue)
                    * ((1.0 - p.motivation_quality_weight) + p.motivation_quality_weight * m.motivation);
                if late {
                    q -= p.lateness_quality_penalty;
                    done[i].2 = true;
                }
                q = (q + self.rng.work.noise(0.05)).clamp(0.0, 1.0);
                q_sum += q * take as f64;
                done[i].0 += take;
                done[i].1 += q * take as f64;
                self.shares.push((i as u8, take));
                let m = &mut self.members[i];
                m.skills[s.skill] = (m.skills[s.skill] + p.skill_gain_per_job).min(1.0);
                m.trades |= 1 << s.skill;
            }
            let quality = q_sum / need as f64;
            quality_sum += quality;
            contracts += 1;
            if let Some(x) = self.served.get_mut(g as usize) {
                *x += 1;
            }
            let amount = times(price, units);
            let material = times(s.material, units);
            self.log(Ev::Contract { segment: g, service: sv, units, amount, quality: quality as f32 });
            self.tx(Account::Receivables, Account::Sales, amount, TxKind::Invoice, None);
            self.tx(Account::Materials, Account::Cash, material, TxKind::Material, None);
            let seg = &w.segments[g as usize];
            let r = self.rng.accounts.unit();
            let (due, mut unpaid) = if r < seg.on_time {
                (wk, false)
            } else if r < seg.on_time + seg.late {
                (wk + seg.delay, false)
            } else {
                (u8::MAX, true)
            };
            if quality < p.complaint_below {
                // A job badly done: the client complains, tells the neighbours, and may not pay.
                self.complaints += 1;
                self.market.reputation = (self.market.reputation - p.complaint_reputation_loss).max(0.0);
                let refuses = self.rng.accounts.chance(p.complaint_unpaid_chance);
                unpaid |= refuses;
                self.log(Ev::Complaint { segment: g, service: sv, unpaid: refuses });
            }
            let workers = (first as u32, (self.shares.len() - first) as u8);
            self.invoices.push(Invoice { amount, material, due, unpaid, settled: false, workers });
        }
        for (segment, service, count) in no_hands {
            self.log(Ev::Lost { segment, service, why: Lost::NoHands, count });
        }
        for (i, &(mins, quality, late)) in done.iter().enumerate() {
            if mins > 0 {
                let q = quality / mins as f64;
                self.members[i].minutes += mins;
                self.log(Ev::Worked { member: i as u8, minutes: mins, quality: q as f32, late });
            }
        }
        let avg_quality = if contracts > 0 { quality_sum / contracts as f64 } else { 0.0 };
        if contracts > 0 {
            self.market.reputation += p.reputation_rate * (avg_quality - self.market.reputation);
            self.market.reputation = self.market.reputation.clamp(0.0, 1.0);
        }

        // The accounts: invoices due are paid.
        self.collect(w, wk);

        // Prices: clients talk about good value and dear prices, the sensitive ones most.
        if !w.segments.is_empty() {
            let sensitivity = w.segments.iter().map(|g| g.elasticity).sum::<f64>() / w.segments.len() as f64;
            let talk = -p.price_reputation * sensitivity * self.coop.price_pct as f64 / 10.0;
            self.market.reputation = (self.market.reputation + talk).clamp(0.0, 1.0);
        }

        // Group life.
        let (worked_sum, working) = self
            .members
            .iter()
            .zip(&done)
            .filter(|(m, _)| m.active && !m.absent)
            .fold((0.0, 0usize), |(s, n), (_, d)| (s + d.0 as f64, n + 1));
        let mean_worked = if working > 0 { worked_sum / working as f64 } else { 0.0 };
        for (i, m) in self.members.iter_mut().enumerate() {
            if !m.active {
                continue;
            }
            let avail = w.members[i].availability.max(1.0) * 60.0;
            m.fatigue = (m.fatigue + p.fatigue_gain * done[i].0 as f64 / avail - p.fatigue_recovery).clamp(0.0, 1.0);
            // Work done well and a fair load keep motivation; exhaustion and idleness wear it.
            let worked = done[i].0 as f64 / avail;
            m.motivation +=
                0.02 * (0.6 - m.motivation) + 0.03 * worked.min(1.0) - 0.06 * m.fatigue - 0.04 * self.group.conflict;
            // Left idle while the others work: the share of the work is not fair.
            if !m.absent && mean_worked > 0.0 {
                m.motivation -= p.idle_motivation_loss * (1.0 - done[i].0 as f64 / mean_worked).max(0.0);
            }
            m.motivation = m.motivation.clamp(0.0, 1.0);
        }
        let work = Sphere::Work.index();
        self.group.competence[work] =
            (self.group.competence[work] + p.competence_gain_week * (0.5 + avg_quality)).min(1.0);
        // Conflicts.
        let fatigue = self.avg(|m| m.fatigue);
        let frustration = 1.0 - self.commitment();
        self.group.conflict *= 0.7;
        if self.rng.agents.chance(p.conflict_chance * (1.0 + 2.0 * fatigue + frustration)) {
            let active: Vec<usize> = (0..self.members.len()).filter(|&i| self.members[i].active).collect();
            if active.len() >= 2 {
                let a = active[self.rng.agents.between(0, active.len() as u32 - 1) as usize];
                let mut b = active[self.rng.agents.between(0, active.len() as u32 - 1) as usize];
                if a == b {
                    b = active[(active.iter().position(|&x| x == a).unwrap_or(0) + 1) % active.len()];
                }
                let so = (w.members[a].sociability + w.members[b].sociability) / 2.0;
                self.group.conflict =
                    (self.group.conflict + p.conflict_base + p.conflict_unsociable * (1.0 - so)).min(1.0);
                for x in [a, b] {
                    self.members[x].motivation = (self.members[x].motivation - 0.05).max(0.0);
                }
                self.log(Ev::Conflict { a: a as u8, b: b as u8 });
            }
        }
        // Who gives up.
        for i in 0..self.members.len() {
            if self.members[i].active && self.members[i].motivation < p.quit_motivation && self.active_members() > 3 {
                self.members[i].active = false;
                self.log(Ev::Left { member: i as u8 });
            }
        }
        self.update_crisis(w);
        let stage = if wk >= w.weeks {
            Stage::Adjourning
        } else if self.group.conflict >= 0.3 || (self.in_crisis() && wk <= w.weeks / 2) {
            Stage::Storming
        } else if self.readiness() >= w.params.need_facilitation_below {
            Stage::Performing
        } else if wk >= 2 {
            Stage::Norming
        } else {
            Stage::Forming
        };
        if stage != self.group.stage {
            self.group.stage = stage;
            self.log(Ev::StageChanged { stage });
        }
        if contracts > 0 {
            self.score(scoring::week_evidence(avg_quality, p), Cause::Week(wk));
        }
        self.log(Ev::WeekClosed {
            reputation: self.market.reputation as f32,
            motivation: self.commitment() as f32,
            fatigue: fatigue as f32,
            readiness: self.readiness() as f32,
            conflict: self.group.conflict as f32,
        });
        self.record_week(w, contracts, lost, done.iter().map(|d| d.0).sum(), avg_quality);
    }

    /// Demand without the price effect (for requests lost to an unavailable service).
    fn lambda_plain(&self, w: &World, seg: usize) -> f64 {
        let g = &w.segments[seg];
        g.base * w.params.demand_scale * g.season_factor(self.week.max(1)) / g.services.len().max(1) as f64
    }

    /// The next cooperant to take a job, by the group's sharing rule.
    /// Nobody is chosen twice for one job: a member chosen either gives all the minutes left
    /// this week (and is no longer free) or finishes the job.
    fn next_worker(&mut self, w: &World, skill: usize) -> Option<usize> {
        let free = |i: usize| self.members[i].active && self.members[i].minutes_left > 0;
        let n = self.members.len();
        match self.coop.sharing {
            SharingRule::Rotation => {
                let start = self.coop.rotation as usize;
                let found = (0..n).map(|k| (start + k) % n).find(|&i| free(i));
                if let Some(i) = found {
                    self.coop.rotation = ((i + 1) % n) as u8;
                }
                found
            }
            // The most willing.
            SharingRule::Volunteers => {
                first_best(n, free, |i| total_order(w.members[i].initiative * self.members[i].motivation))
            }
            // The most skilled, as long as they are not worn out.
            SharingRule::BySkill => first_best(n, free, |i| {
                total_order(self.members[i].skills[skill] * (1.0 - 0.5 * self.members[i].fatigue))
            }),
            // Those who worked least so far.
            SharingRule::LeastEarnedFirst => first_best(n, free, |i| -(self.members[i].minutes as i64)),
        }
    }

    /// Invoices due by `week` are paid (or found unpaid); pay goes out as they come in.
    fn collect(&mut self, w: &World, week: u8) {
        for k in self.invoices_open_from..self.invoices.len() {
            let inv = &self.invoices[k];
            if inv.settled || inv.unpaid || inv.due > week {
                continue;
            }
            let (amount, material, (start, len)) = (inv.amount, inv.material, inv.workers);
            self.invoices[k].settled = true;
            self.tx(Account::Cash, Account::Receivables, amount, TxKind::Payment, None);
            if let Some(share) = w.coop_share {
                let net = ((amount - material).max(Decimal::ZERO) * (Decimal::ONE - share)).round_dp(2);
                let workers = start as usize..start as usize + len as usize;
                let weights: Vec<u64> = self.shares[workers.clone()].iter().map(|x| x.1 as u64).collect();
                for (part, k) in split(net, &weights).into_iter().zip(workers) {
                    let m = self.shares[k].0;
                    self.members[m as usize].paid += part;
                    self.tx(Account::Wages, Account::Cash, part, TxKind::WeeklyPay, Some(m));
                }
            }
        }
        while self.invoices.get(self.invoices_open_from).is_some_and(|i| i.settled || i.unpaid) {
            self.invoices_open_from += 1;
        }
    }

    fn record_week(&mut self, w: &World, contracts: u32, lost: u32, minutes: u32, quality: f64) {
        let s = &self.scores;
        self.weeks.push(WeekRecord {
            week: self.week,
            v: s.vision(),
            s: s.support(),
            a: s.autonomy(),
            spheres: [s.sphere(Sphere::Business), s.sphere(Sphere::Associative), s.sphere(Sphere::Work)],
            pec: s.pec(w.scenario.pec_weights),
            sales: self.ledger.sales(),
            costs: self.ledger.costs(),
            cash: self.ledger.cash(),
            contracts,
            lost,
            minutes,
            quality,
            reputation: self.market.reputation,
            motivation: self.commitment(),
            readiness: self.readiness(),
            crisis: self.in_crisis(),
        });
    }

    /// The closing: late invoices come in, unpaid ones are written off, the fund is repaid, and
    /// the surplus is split by the plan the assembly chose, to the cent.
    fn close_books(&mut self, w: &World, plan: u8) {
        for k in 0..self.invoices.len() {
            if !self.invoices[k].settled && !self.invoices[k].unpaid {
                self.invoices[k].due = self.week;
            }
        }
        self.collect(w, self.week);
        let unpaid: Decimal = self.invoices.iter().filter(|i| i.unpaid && !i.settled).map(|i| i.amount).sum();
        for i in self.invoices.iter_mut().filter(|i| i.unpaid) {
            i.settled = true;
        }
        self.tx(Account::BadDebts, Account::Receivables, unpaid, TxKind::WriteOff, None);
        let owed = -self.ledger.balance(Account::Fund);
        let repay = owed.min(self.ledger.cash().max(Decimal::ZERO));
        self.tx(Account::Fund, Account::Cash, repay, TxKind::FundRepaid, None);
        let surplus = self.ledger.cash().max(Decimal::ZERO);
        let sp = &w.surplus_plans[plan as usize];
        let parts = split(
            surplus,
            &[sp.by_hours as u64, sp.equal as u64, sp.reserve as u64, sp.donation as u64, sp.activity as u64],
        );
        // Members by hours: everyone who worked, even those who left.
        let hours: Vec<u64> = self.members.iter().map(|m| m.minutes as u64).collect();
        let by_hours = split(parts[0], &hours);
        // Equal shares: those still in the coop at the end.
        let equal_w: Vec<u64> = self.members.iter().map(|m| m.active as u64).collect();
        let equal = split(parts[1], &equal_w);
        for i in 0..self.members.len() {
            let amount = by_hours.get(i).copied().unwrap_or_default() + equal.get(i).copied().unwrap_or_default();
            if !amount.is_zero() {
                self.members[i].surplus += amount;
                self.tx(Account::SurplusMembers, Account::Cash, amount, TxKind::SurplusMembers, Some(i as u8));
            }
        }
        // With no member to pay, their part stays as reserve.
        let undistributed = parts[0] + parts[1] - by_hours.iter().sum::<Decimal>() - equal.iter().sum::<Decimal>();
        self.tx(Account::SurplusReserve, Account::Cash, parts[2] + undistributed, TxKind::SurplusReserve, None);
        self.tx(Account::SurplusDonation, Account::Cash, parts[3], TxKind::SurplusDonation, None);
        self.tx(Account::SurplusActivity, Account::Cash, parts[4], TxKind::SurplusActivity, None);
    }

    /// The surplus allocated at the closing (members, reserve, donation, activity).
    pub fn surplus(&self) -> Decimal {
        self.ledger.balance(Account::SurplusMembers)
            + self.ledger.balance(Account::SurplusReserve)
            + self.ledger.balance(Account::SurplusDonation)
            + self.ledger.balance(Account::SurplusActivity)
    }
}

/// Values (expected sales, an effect's worth...) turned into merits from 0.3 (the worst) to 0.9
/// (the best); 0.6 each when they are all alike.
fn to_merits(vals: &mut [f64]) {
    let (lo, hi) = vals.iter().fold((f64::MAX, f64::MIN), |(l, h), &v| (l.min(v), h.max(v)));
    for v in vals.iter_mut() {
        *v = if hi - lo < 1e-9 { 0.6 } else { 0.3 + 0.6 * (*v - lo) / (hi - lo) };
    }
}

/// One segment's demand this week before price and promotion (see `Season::segment_demand`).
struct SegmentDemand {
    base: f64,
    reputation: f64,
    /// The team's own canvassing: its commitment and its numbers.
    outreach: f64,
    competitor: f64,
    events: f64,
}

impl SegmentDemand {
    /// Expected contracts for each of the segment's services at a price level and promotion.
    fn lambda(&self, w: &World, seg: usize, pct: i8, promotion: u8) -> f64 {
        let p = &w.params;
        let g = &w.segments[seg];
        let price_factor = g.price_factor(pct, p.price_sensitivity_scale);
        let promo = 1.0 + [0.0, p.promotion_flyers_boost, p.promotion_press_boost][promotion.min(2) as usize];
        self.base * price_factor * self.reputation * self.outreach * promo * self.competitor * self.events
    }
}

/// The first of `0..n` passing `ok` with the greatest key (the earliest wins a tie).
fn first_best(n: usize, ok: impl Fn(usize) -> bool, key: impl Fn(usize) -> i64) -> Option<usize> {
    let mut best: Option<(usize, i64)> = None;
    for i in 0..n {
        if ok(i) {
            let k = key(i);
            if best.is_none_or(|(_, b)| k > b) {
                best = Some((i, k));
            }
        }
    }
    best.map(|(i, _)| i)
}

/// An integer with the order of `f64::total_cmp`, cheaper to compare in a scan.
fn total_order(x: f64) -> i64 {
    let b = x.to_bits() as i64;
    b ^ (((b >> 63) as u64) >> 1) as i64
}

/// A rough value of an effect, in weeks of sales, for judging an event's choices.
fn fx_value(f: &Fx, weekly: f64, members: usize) -> f64 {
    match f {
        Fx::Cash(d) => super::to_f64(*d) / weekly,
        Fx::Reputation(v) => 4.0 * v,
        Fx::Motivation(v) => 4.0 * v,
        Fx::Cohesion(v) => 3.0 * v,
        Fx::Fatigue(v) => -2.0 * v,
        Fx::Trust(v) => 1.5 * v,
        Fx::Demand { factor, weeks, .. } => (factor - 1.0) * *weeks as f64 * 0.3,
        Fx::Competitor { share, weeks } => -share * *weeks as f64,
        Fx::Unavailable { weeks, .. } => -0.2 * *weeks as f64,
        Fx::Contract { units, price, .. } => *units as f64 * super::to_f64(*price) / weekly,
        Fx::Leaves(_) => -4.0 / members.max(1) as f64,
        Fx::Resolve => 0.5,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_worker_choice_keeps_the_order_of_a_sort_by_key_then_index() {
        // Keys with ties, zeros of both signs and members who cannot work.
        let keys: [f64; 8] = [0.5, 0.9, -0.0, 0.9, 0.0, 0.2, 0.9, 0.1];
        for mask in 0u32..256 {
            let ok = |i: usize| mask & (1 << i) != 0;
            let expected =
                (0..keys.len()).filter(|&i| ok(i)).max_by(|&a, &b| keys[a].total_cmp(&keys[b]).then(b.cmp(&a)));
            assert_eq!(first_best(keys.len(), ok, |i| total_order(keys[i])), expected, "mask {mask:08b}");
            let minutes = [30u32, 10, 10, 0, 45, 0, 60, 10];
            let expected =
                (0..minutes.len()).filter(|&i| ok(i)).min_by(|&a, &b| minutes[a].cmp(&minutes[b]).then(a.cmp(&b)));
            assert_eq!(first_best(minutes.len(), ok, |i| -(minutes[i] as i64)), expected, "mask {mask:08b}");
        }
    }
}
