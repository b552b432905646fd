//! The debrief document in three formats, built from a journal file and its replay: HTML (one
//! self-contained file with inline SVG charts, printable on A4, two summers side by side),
//! Markdown (the same content, charts as tables) and CSV (one row per week, decision and
//! cooperant, and one for the whole summer; columns documented in `docs/report.md`).
//!
//! Everything shown is read from the journal and the replayed season, so the report is exactly
//! what happened; every text that comes from a scenario is escaped, since scenarios are written
//! by others.

use std::fmt::Write;

use rust_decimal::Decimal;

use super::charts::{self, Marker, Panel, Series, YAxis, esc, palette};
use super::explain;
use super::words::{self, K, w as word};
use crate::decision::{Decider, Item, Kind, Posture, Procedure};
use crate::save::{JournalFile, Mode};
use crate::scenario::{Currency, Locale, Sphere};
use crate::scoring::{Cause, Comp, Rule};
use crate::sim::journal::Ev;
use crate::sim::ledger::{Account, TxKind};
use crate::sim::{Season, World, to_f64};
use crate::text::{Lang, money};
use crate::tr;

// ---------------------------------------------------------------------------------------------
// The model: what the report says, gathered once from the journal, then written in each format.

/// One decision of the summer.
struct DecRow {
    d: u16,
    week: u8,
    question: String,
    sphere: Sphere,
    need: u8,
    crisis: bool,
    posture: Option<Posture>,
    /// The option the animateurs decided or suggested.
    proposed: Option<String>,
    chosen: String,
    by: Decider,
    procedure: Option<Procedure>,
    votes_for: u8,
    voters: u8,
    rounds: u8,
    proposals: u32,
}

impl DecRow {
    /// -1 too little help, 0 fitted, 1 too much.
    fn fit(&self) -> i8 {
        match self.posture {
            Some(p) => (p.level() as i16 - self.need as i16).signum() as i8,
            None => 0,
        }
    }
}

struct Moment {
    week: u8,
    what: String,
    detail: String,
    note: String,
}

struct EvRow {
    week: u8,
    comp: Comp,
    delta: i32,
    after: i32,
    rule: Rule,
    sentence: String,
}

struct MemberRow {
    name: String,
    minutes: u32,
    paid: Decimal,
    surplus: Decimal,
    active: bool,
}

struct Model<'a> {
    jf: &'a JournalFile,
    w: &'a World,
    season: &'a Season,
    lang: Lang,
    cur: Currency,
    loc: Locale,
    decisions: Vec<DecRow>,
    moments: Vec<Moment>,
    evidence: Vec<EvRow>,
    members: Vec<MemberRow>,
    /// Starting V, S, A.
    start: [f64; 3],
    fund_in: Decimal,
    fund_repaid: Decimal,
    written_off: Decimal,
    coop_name: Option<String>,
    chair: Option<String>,
    plan: Option<String>,
    /// Decisions per sphere (business, associative, work) and decider (group, comité, animateurs).
    who: [[u32; 3]; 3],
}

/// The agenda items of the summer, by decision rank, rebuilt by replaying the inputs (the journal
/// keeps indices; the options' words need the items).
fn items(jf: &JournalFile, w: &World) -> Vec<Item> {
    let mut s = Season::new(w, jf.save.seed);
    let mut out = Vec::with_capacity(jf.save.inputs.len());
    for input in &jf.save.inputs {
        let Some(item) = s.pending().cloned() else { break };
        out.push(item);
        if s.decide(w, input).is_err() {
            break;
        }
    }
    out
}

fn sphere_ix(s: Sphere) -> usize {
    s.index()
}

fn decider_ix(d: Decider) -> usize {
    match d {
        Decider::Group => 0,
        Decider::Comite => 1,
        Decider::Animateurs => 2,
    }
}

impl<'a> Model<'a> {
    fn new(jf: &'a JournalFile, w: &'a World, season: &'a Season, lang: Lang) -> Model<'a> {
        let sc = &w.scenario;
        let items = items(jf, w);
        let item_of = |d: u16| items.iter().find(|i| i.id == d);
        let j = &season.journal;
        let mut decisions = Vec::new();
        let mut who = [[0u32; 3]; 3];
        let (mut coop_name, mut chair, mut plan) = (None, None, None);
        let mut opened: Option<(u16, Kind, u8, bool)> = None;
        let mut posture: Option<(Posture, Option<u8>)> = None;
        let mut proposals = 0u32;
        for e in j {
            match &e.ev {
                Ev::Opened { d, kind, need, crisis, .. } => {
                    opened = Some((*d, *kind, *need, *crisis));
                    posture = None;
                    proposals = 0;
                }
                Ev::Posture { posture: p, option, .. } => posture = Some((*p, *option)),
                Ev::Proposal { .. } => proposals += 1,
                Ev::Decided { d, option, by, procedure, votes_for, voters, rounds } => {
                    let (kind, need, crisis) = match opened {
                        Some((od, k, n, c)) if od == *d => (Some(k), n, c),
                        _ => (None, 0, false),
                    };
                    let item = item_of(*d);
                    let label =
                        |o: u8| item.map(|it| explain::option(it, o, w, lang)).unwrap_or_else(|| format!("#{o}"));
                    let sphere = item.map(|i| i.sphere).unwrap_or(Sphere::Associative);
                    let chosen = label(*option);
                    match kind {
                        Some(Kind::Name) => coop_name = Some(chosen.clone()),
                        Some(Kind::Board) => chair = Some(chosen.clone()),
                        Some(Kind::Surplus) => plan = Some(chosen.clone()),
                        _ => {}
                    }
                    who[sphere_ix(sphere)][decider_ix(*by)] += 1;
                    decisions.push(DecRow {
                        d: *d,
                        week: e.week,
                        question: kind.map(|k| explain::kind(k, w, lang)).unwrap_or_default(),
                        sphere,
                        need,
                        crisis,
                        posture: posture.map(|p| p.0),
                        proposed: posture.and_then(|p| p.1).map(label),
                        chosen,
                        by: *by,
                        procedure: *procedure,
                        votes_for: *votes_for,
                        voters: *voters,
                        rounds: *rounds,
                        proposals,
                    });
                }
                _ => {}
            }
        }
        let what_of = |d: u16| {
            decisions.iter().find(|r| r.d == d).map(|r| format!("{} → {}", r.question, r.chosen)).unwrap_or_default()
        };
        let name = |m: u8| sc.cooperants.get(m as usize).map(|c| c.name.clone()).unwrap_or_else(|| format!("#{m}"));
        let colon = words::colon(lang);
        let mut moments = Vec::new();
        let mut evidence = Vec::new();
        let mut start = [0.0; 3];
        let mut start_a = [0i32; 3];
        let (mut fund_in, mut fund_repaid, mut written_off) = (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
        for e in j {
            let wk = e.week;
            let mut moment =
                |what: String, detail: String, note: String| moments.push(Moment { week: wk, what, detail, note });
            match &e.ev {
                Ev::WeekStarted { rain_days } if *rain_days >= 3 => moment(
                    tr!(
                        "Semaine pluvieuse : {} jours de pluie sur 5",
                        "A rainy week: {} days of rain out of 5",
                        rain_days
                    )
                    .get(lang)
                    .to_string(),
                    String::new(),
                    String::new(),
                ),
                Ev::EventFired { event } => {
                    if let Some(ev) = sc.events.get(*event as usize) {
                        moment(
                            format!("{}{colon}{}", word(lang, K::Event), ev.title.get(lang)),
                            ev.text.get(lang).to_string(),
                            ev.trainer_note.get(lang).to_string(),
                        )
                    }
                }
                Ev::Crisis { on: true, cause } => moment(
                    format!(
                        "{}{colon}{}",
                        word(lang, K::Crisis),
                        cause.map(|c| explain::crisis(c, w, lang)).unwrap_or_default()
                    ),
                    String::new(),
                    String::new(),
                ),
                Ev::Crisis { on: false, .. } => moment(
                    tr!("Fin de la crise", "The crisis is over").get(lang).to_string(),
                    String::new(),
                    String::new(),
                ),
                Ev::StageChanged { stage } => moment(
                    format!("{}{colon}{}", word(lang, K::StageWord), explain::stage(*stage, lang)),
                    String::new(),
                    String::new(),
                ),
                Ev::Conflict { a, b } => moment(
                    tr!("Conflit entre {} et {}", "Conflict between {} and {}", name(*a), name(*b))
                        .get(lang)
                        .to_string(),
                    String::new(),
                    String::new(),
                ),
                Ev::Left { member } => moment(
                    tr!("{} quitte la coop", "{} leaves the coop", name(*member)).get(lang).to_string(),
                    String::new(),
                    String::new(),
                ),
                Ev::Tx { kind, amount, .. } => match kind {
                    TxKind::FundReceived => fund_in += *amount,
                    TxKind::FundRepaid => fund_repaid += *amount,
                    TxKind::WriteOff => written_off += *amount,
                    _ => {}
                },
                Ev::Score { comp, delta, after, rule, cause } => {
                    if *rule == Rule::Start {
                        match comp {
                            Comp::V => start[0] = *after as f64 / 100.0,
                            Comp::S => start[1] = *after as f64 / 100.0,
                            Comp::A(sp) => start_a[sp.index()] = *after,
                        }
                    }
                    let what = match cause {
                        Cause::Decision(d) => what_of(*d),
                        Cause::Objective(o) => explain::objective(*o, w, lang),
                        _ => String::new(),
                    };
                    evidence.push(EvRow {
                        week: wk,
                        comp: *comp,
                        delta: *delta,
                        after: *after,
                        rule: *rule,
                        sentence: explain::evidence(*comp, *delta, *rule, *cause, &what, lang),
                    });
                }
                _ => {}
            }
        }
        start[2] = start_a.iter().sum::<i32>() as f64 / 300.0;
        let members = sc
            .cooperants
            .iter()
            .zip(&season.members)
            .map(|(c, m)| MemberRow {
                name: c.name.clone(),
                minutes: m.minutes,
                paid: m.paid,
                surplus: m.surplus,
                active: m.active,
            })
            .collect();
        Model {
            jf,
            w,
            season,
            lang,
            cur: sc.currency,
            loc: sc.locale,
            decisions,
            moments,
            evidence,
            members,
            start,
            fund_in,
            fund_repaid,
            written_off,
            coop_name,
            chair,
            plan,
            who,
        }
    }

    fn t(&self, k: K) -> &'static str {
        word(self.lang, k)
    }

    fn money(&self, d: Decimal) -> String {
        money(d, self.cur, self.loc)
    }

    fn num(&self, x: f64, dp: usize) -> String {
        words::num(x, dp, self.loc)
    }

    fn title(&self) -> &str {
        self.w.scenario.title.get(self.lang)
    }

    fn date(&self, week: u8) -> String {
        words::week_date(&self.w.scenario.calendar.start, week, self.loc, self.lang)
    }

    fn week_label(&self, week: u8) -> String {
        format!("{}{}", self.t(K::WeekShort), week)
    }

    fn minutes(&self) -> u64 {
        self.season.members.iter().map(|m| m.minutes as u64).sum()
    }

    fn member_pay(&self) -> Decimal {
        self.season.member_pay()
    }

    fn pay_per_youth(&self) -> Decimal {
        (self.member_pay() / Decimal::from(self.w.members.len().max(1))).round_dp(2)
    }

    fn pay_per_hour(&self) -> Option<Decimal> {
        let m = self.minutes();
        (m > 0).then(|| (self.member_pay() * Decimal::from(60) / Decimal::from(m)).round_dp(2))
    }

    fn contracts(&self) -> u32 {
        self.season.weeks.iter().map(|w| w.contracts).sum()
    }

    fn lost(&self) -> u32 {
        self.season.weeks.iter().map(|w| w.lost).sum()
    }

    fn policy(&self) -> String {
        let s = &self.jf.save;
        match &s.policy {
            Some(p) => p.clone(),
            None => self.t(K::Players).to_string(),
        }
    }

    fn mode(&self) -> &'static str {
        match self.jf.save.mode {
            Mode::Animateur => self.t(K::ModeAnimateur),
            Mode::Cooperative => self.t(K::ModeCooperative),
        }
    }

    fn sphere_name(&self, s: Sphere) -> &'static str {
        match s {
            Sphere::Business => self.t(K::Business),
            Sphere::Associative => self.t(K::Associative),
            Sphere::Work => self.t(K::Work),
        }
    }

    fn fit_word(&self, r: &DecRow) -> &'static str {
        match r.fit() {
            0 => self.t(K::FitOk),
            1 => self.t(K::FitMore),
            _ => self.t(K::FitLess),
        }
    }

    fn posture_word(&self, r: &DecRow) -> String {
        let p = r.posture.map(|p| explain::posture(p, self.lang)).unwrap_or_default();
        match &r.proposed {
            Some(o) => format!("{p}{}{o}", words::colon(self.lang)),
            None => p,
        }
    }

    fn need_word(&self, r: &DecRow) -> String {
        explain::posture(Posture::from_level(r.need), self.lang)
    }

    fn vote_word(&self, r: &DecRow) -> String {
        if r.voters == 0 {
            "—".into()
        } else {
            let rounds = if r.rounds > 1 { format!(", {} {}", r.rounds, self.t(K::Rounds)) } else { String::new() };
            format!("{}/{} {}{rounds}", r.votes_for, r.voters, self.t(K::VotesFor))
        }
    }

    fn procedure_word(&self, r: &DecRow) -> String {
        r.procedure.map(|p| explain::procedure(p, self.lang)).unwrap_or_else(|| "—".into())
    }

    fn comp_word(&self, c: Comp) -> String {
        explain::comp(c, self.lang)
    }

    /// What the evidence of a rule is called in the by-rule summary.
    fn rule_word(&self, r: Rule, delta_sign: i32) -> String {
        let s = explain::evidence(Comp::V, delta_sign, r, Cause::Start, "", self.lang);
        let cut = format!("{}{}", words::colon(self.lang).trim_start(), explain::comp(Comp::V, self.lang));
        s.rfind(&cut).map(|i| s[..i].trim_end().to_string()).unwrap_or(s)
    }

    /// The surplus parts: (label, amount).
    fn surplus_parts(&self) -> Vec<(&'static str, Decimal)> {
        let l = &self.season.ledger;
        vec![
            (self.t(K::ToMembers), l.balance(Account::SurplusMembers)),
            (self.t(K::Reserve), l.balance(Account::SurplusReserve)),
            (self.t(K::Donation), l.balance(Account::SurplusDonation)),
            (self.t(K::Activity), l.balance(Account::SurplusActivity)),
        ]
    }

    /// What the closing settled before splitting the surplus: the starting fund repaid to the
    /// comité local, the unpaid invoices written off.
    fn before_split(&self) -> Vec<(&'static str, Decimal)> {
        let mut v = Vec::new();
        if !self.fund_repaid.is_zero() {
            v.push((self.t(K::FundRepaid), self.fund_repaid));
        }
        if !self.written_off.is_zero() {
            v.push((self.t(K::WrittenOff), self.written_off));
        }
        v
    }

    /// The key figures of the end of the summer, in a CJS's terms: (label, value).
    fn figures(&self) -> Vec<(&'static str, String)> {
        let l = &self.season.ledger;
        let mut v = vec![
            (self.t(K::Revenue), self.money(l.sales())),
            (self.t(K::Contracts), self.contracts().to_string()),
            (self.t(K::HoursWorked), words::hours(self.minutes(), self.loc)),
            (self.t(K::PayPerYouth), self.money(self.pay_per_youth())),
        ];
        if let Some(h) = self.pay_per_hour() {
            v.push((self.t(K::PayPerHour), self.money(h)));
        }
        v.extend([
            (self.t(K::MemberPay), self.money(self.member_pay())),
            (self.t(K::Costs), self.money(l.costs())),
            (self.t(K::Surplus), self.money(self.season.surplus())),
            (self.t(K::CashEnd), self.money(l.cash())),
            (self.t(K::LostRequests), self.lost().to_string()),
            (self.t(K::MembersEnd), format!("{} / {}", self.season.active_members(), self.season.members.len())),
        ]);
        v
    }

    /// Indicators of how the group did, each with the component it speaks to.
    fn indicators(&self) -> Vec<(String, String, &'static str)> {
        let n = self.decisions.len();
        let fit = self.decisions.iter().filter(|r| r.fit() == 0).count();
        let more = self.decisions.iter().filter(|r| r.fit() > 0).count();
        let less = self.decisions.iter().filter(|r| r.fit() < 0).count();
        let crisis: Vec<&DecRow> = self.decisions.iter().filter(|r| r.crisis).collect();
        let crisis_fit = crisis.iter().filter(|r| r.fit() == 0).count();
        let by = |d: Decider| self.decisions.iter().filter(|r| r.by == d).count();
        let rule = |r: Rule| self.evidence.iter().filter(|e| e.rule == r && e.delta != 0).count();
        let (vf, vt) = self
            .decisions
            .iter()
            .filter(|r| r.voters > 0)
            .fold((0u32, 0u32), |(a, b), r| (a + r.votes_for as u32, b + r.voters as u32));
        let pct =
            |a: usize, b: usize| if b == 0 { "—".to_string() } else { format!("{} / {} ({} %)", a, b, a * 100 / b) };
        let l = self.lang;
        let (v, s, a) = (self.t(K::Vision), self.t(K::Support), self.t(K::Autonomy));
        vec![
            (
                tr!("Postures ajustées au besoin du groupe", "Postures that fitted the group's need").get(l).into(),
                pct(fit, n),
                s,
            ),
            (tr!("Plus d'aide que nécessaire", "More help than needed").get(l).into(), more.to_string(), s),
            (tr!("Moins d'aide que nécessaire", "Less help than needed").get(l).into(), less.to_string(), s),
            (
                tr!("Décisions prises en crise, posture ajustée", "Decisions taken in a crisis, posture fitted")
                    .get(l)
                    .into(),
                pct(crisis_fit, crisis.len()),
                s,
            ),
            (
                tr!("Décisions prises par le groupe (assemblée)", "Decisions taken by the group (assembly)")
                    .get(l)
                    .into(),
                pct(by(Decider::Group), n),
                a,
            ),
            (
                tr!("Décisions prises par un comité", "Decisions taken by a comité").get(l).into(),
                pct(by(Decider::Comite), n),
                a,
            ),
            (
                tr!("Décisions prises par les animateurs", "Decisions taken by the animateurs").get(l).into(),
                pct(by(Decider::Animateurs), n),
                a,
            ),
            (
                tr!(
                    "Décidé à la place du groupe alors qu'il le pouvait",
                    "Decided in the group's place when it could have"
                )
                .get(l)
                .into(),
                rule(Rule::DecidedForGroup).to_string(),
                a,
            ),
            (
                tr!("Propositions de membres retenues", "Members' own proposals adopted").get(l).into(),
                rule(Rule::OwnProposal).to_string(),
                a,
            ),
            (
                tr!("Objectifs fixés par le groupe", "Objectives set by the group").get(l).into(),
                rule(Rule::ObjectiveSet).to_string(),
                v,
            ),
            (
                tr!("Décisions cohérentes avec les objectifs", "Decisions consistent with the objectives")
                    .get(l)
                    .into(),
                rule(Rule::Consistent).to_string(),
                v,
            ),
            (
                tr!(
                    "Voix pour l'option retenue, sur l'ensemble des votes",
                    "Votes for the option chosen, over all votes"
                )
                .get(l)
                .into(),
                pct(vf as usize, vt as usize),
                v,
            ),
        ]
    }

    /// Each objective the group set: its label, what it measures, where it stood at the review
    /// and at the end (measure / target — verdict), and whether it was reached.
    fn objectives(&self) -> Vec<[String; 5]> {
        let mut rows: Vec<(u8, [String; 5])> = Vec::new();
        let l = self.lang;
        let verdict = |ok: bool, fr_yes: &str, en_yes: &str, fr_no: &str, en_no: &str| -> String {
            match (l, ok) {
                (Lang::Fr, true) => fr_yes.into(),
                (Lang::En, true) => en_yes.into(),
                (Lang::Fr, false) => fr_no.into(),
                (Lang::En, false) => en_no.into(),
            }
        };
        for e in &self.season.journal {
            let (o, value, target, cell, text) = match e.ev {
                Ev::ObjectiveReviewed { objective, value, target, on_track } => {
                    (objective, value, target, 2, verdict(on_track, "en bonne voie", "on track", "en retard", "behind"))
                }
                Ev::ObjectiveJudged { objective, value, target, reached } => {
                    (objective, value, target, 3, verdict(reached, "atteint", "reached", "manqué", "missed"))
                }
                _ => continue,
            };
            let (what, v, goal) = explain::measure_parts(o, value, target, self.w, l);
            let row = match rows.iter_mut().find(|r| r.0 == o) {
                Some(r) => r,
                None => {
                    let label = explain::objective(o, self.w, l);
                    rows.push((o, [label, what, String::new(), String::new(), String::new()]));
                    rows.last_mut().expect("just pushed")
                }
            };
            row.1[cell] = format!("{v} / {goal} — {text}");
            if cell == 3 {
                row.1[4] = text;
            }
        }
        rows.into_iter().map(|r| r.1).collect()
    }

    /// Evidence summed by component and rule: (component, rule words, times, total hundredths).
    fn by_rule(&self) -> Vec<(Comp, String, u32, i32)> {
        let mut out: Vec<(Comp, Rule, bool, u32, i32)> = Vec::new();
        for e in &self.evidence {
            let pos = e.delta >= 0;
            if let Some(x) =
                out.iter_mut().find(|x| x.0 == e.comp && x.1 == e.rule && (x.1 != Rule::Convergence || x.2 == pos))
            {
                x.3 += 1;
                x.4 += e.delta;
            } else {
                out.push((e.comp, e.rule, pos, 1, e.delta));
            }
        }
        let order = |c: Comp| match c {
            Comp::V => 0,
            Comp::S => 1,
            Comp::A(s) => 2 + s.index(),
        };
        out.sort_by_key(|x| order(x.0));
        out.into_iter().map(|(c, r, pos, n, t)| (c, self.rule_word(r, if pos { 1 } else { -1 }), n, t)).collect()
    }

    fn final_of(&self, c: Comp) -> i32 {
        self.season.scores.get(c)
    }

    /// Columns of the score chart: start, each week, and the closing if the summer is over.
    fn score_columns(&self) -> (Vec<String>, [Vec<f64>; 3], Vec<bool>) {
        let mut labels = vec![self.t(K::Start).to_string()];
        let mut vals = [vec![self.start[0]], vec![self.start[1]], vec![self.start[2]]];
        let mut shade = vec![false];
        for r in &self.season.weeks {
            labels.push(self.week_label(r.week));
            vals[0].push(r.v);
            vals[1].push(r.s);
            vals[2].push(r.a);
            shade.push(r.crisis);
        }
        if self.season.over {
            let s = &self.season.scores;
            labels.push(self.t(K::Closing).to_string());
            vals[0].push(s.vision());
            vals[1].push(s.support());
            vals[2].push(s.autonomy());
            shade.push(false);
        }
        (labels, vals, shade)
    }

    /// Columns of the money chart: (sales, costs, cash) at the start, each week, the closing.
    fn money_columns(&self) -> Vec<(Decimal, Decimal, Decimal)> {
        let mut v = vec![(Decimal::ZERO, Decimal::ZERO, self.fund_in)];
        v.extend(self.season.weeks.iter().map(|r| (r.sales, r.costs, r.cash)));
        if self.season.over {
            let l = &self.season.ledger;
            v.push((l.sales(), l.costs(), l.cash()));
        }
        v
    }
}

// ---------------------------------------------------------------------------------------------
// HTML

/// Scales shared by the reports compared, so that their charts can be read against each other.
struct Scale {
    money_lo: f64,
    money_hi: f64,
    hours_hi: f64,
    pay_hi: f64,
    who_hi: u32,
}

impl Scale {
    fn of(models: &[Model]) -> Scale {
        let mut s = Scale { money_lo: 0.0, money_hi: 1.0, hours_hi: 1.0, pay_hi: 1.0, who_hi: 1 };
        for m in models {
            for (a, b, c) in m.money_columns() {
                for x in [a, b, c] {
                    s.money_lo = s.money_lo.min(to_f64(x));
                    s.money_hi = s.money_hi.max(to_f64(x));
                }
            }
            for r in &m.members {
                s.hours_hi = s.hours_hi.max(r.minutes as f64 / 60.0);
                s.pay_hi = s.pay_hi.max(to_f64(r.paid + r.surplus));
            }
            for sp in m.who {
                s.who_hi = s.who_hi.max(sp.iter().sum());
            }
        }
        s
    }
}

const CSS: &str = r#"
:root { --ink:#1a1a1a; --muted:#555; --line:#d0d0d0; --band:#f4f4f4; --v:#0072B2; --s:#E69F00; --a:#009E73; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px 32px; color: var(--ink); background: #fff;
  font: 15px/1.45 system-ui, "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 22px; margin: 0 0 6px; }
h3 { font-size: 18px; margin: 26px 0 8px; padding-bottom: 3px; border-bottom: 2px solid var(--ink); }
h4 { font-size: 15px; margin: 14px 0 6px; }
p { margin: 4px 0 8px; }
.meta { color: var(--muted); font-size: 13px; }
.pitch { font-style: italic; max-width: 62em; }
.runs.two { display: grid; grid-template-columns: 1fr 1fr; gap: 28px; }
.runs.two .run { min-width: 0; font-size: 13px; }
.cards { display: flex; flex-wrap: wrap; gap: 10px; margin: 8px 0; }
.card { border: 1px solid var(--line); border-left: 6px solid var(--ink); border-radius: 4px; padding: 6px 12px; min-width: 120px; }
.card b { display: block; font-size: 24px; }
.card.v { border-left-color: var(--v); } .card.s { border-left-color: var(--s); } .card.a { border-left-color: var(--a); }
.card small { color: var(--muted); display: block; }
dl.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 6px 14px; margin: 8px 0; }
dl.figures div { border-bottom: 1px solid var(--line); padding: 3px 0; }
dl.figures dt { color: var(--muted); font-size: 12px; }
dl.figures dd { margin: 0; font-size: 18px; font-weight: 600; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
.runs.two .charts { grid-template-columns: 1fr; }
figure { margin: 0; break-inside: avoid; }
svg.chart { width: 100%; height: auto; display: block; border: 1px solid var(--line); border-radius: 4px; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 6px 0 10px; }
th, td { border-bottom: 1px solid var(--line); padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: var(--band); }
td.n, th.n { text-align: right; white-space: nowrap; }
td.d { white-space: nowrap; }
tr.crisis td { background: #fbf3e4; }
.fit-0 { color: #006e50; } .fit-1 { color: #a04400; font-weight: 600; } .fit--1 { color: #7a3c62; font-weight: 600; }
.note { color: var(--muted); font-size: 13px; }
.note::before { content: "✎ "; }
ul.goals li { margin: 3px 0; }
details summary { cursor: pointer; color: var(--muted); }
.bench { border-left: 4px solid var(--line); padding-left: 8px; color: var(--muted); font-size: 13px; }
footer { margin-top: 28px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 6px; }
@media (max-width: 900px) { .charts, .runs.two { grid-template-columns: 1fr; } }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { padding: 0; font-size: 10pt; }
  .runs.two { display: block; }
  .runs.two .run + .run { break-before: page; }
  .charts { grid-template-columns: 1fr 1fr; }
  h3 { break-after: avoid; }
  tr, figure, .card, dl.figures div { break-inside: avoid; }
  thead { display: table-header-group; }
  .scroll { overflow: visible; }
  details > summary { display: none; }
  a { color: inherit; text-decoration: none; }
}
"#;

fn cell(out: &mut String, tag: &str, class: &str, text: &str) {
    if class.is_empty() {
        let _ = write!(out, "<{tag}>{}</{tag}>", esc(text));
    } else {
        let _ = write!(out, "<{tag} class=\"{class}\">{}</{tag}>", esc(text));
    }
}

fn head_row(out: &mut String, cols: &[(&str, bool)]) {
    out.push_str("<thead><tr>");
    for (c, num) in cols {
        cell(out, "th", if *num { "n" } else { "" }, c);
    }
    out.push_str("</tr></thead>");
}

fn html_run(out: &mut String, m: &Model, k: usize, scale: &Scale, compared: bool) {
    let sc = &m.w.scenario;
    let lang = m.lang;
    let id = |s: &str| format!("r{k}-{s}");
    let c = words::colon(lang);
    let _ = write!(out, "<section class=\"run\" id=\"{}\" lang=\"{}\">", id("run"), lang.code());
    if compared {
        let _ = write!(
            out,
            "<header><h2>{} — {} · {} {}</h2>",
            esc(m.title()),
            esc(&m.policy()),
            esc(m.t(K::Seed)),
            m.jf.save.seed
        );
    } else {
        let _ = write!(out, "<header><h2>{}</h2>", esc(m.title()));
    }
    let _ = write!(
        out,
        "<p class=\"meta\">{} <code>{}</code> · {} {} · {}{c}{} · {}{c}{} · {}{c}{} · {} {}</p>",
        esc(m.t(K::Scenario)),
        esc(&sc.id),
        esc(m.t(K::Seed)),
        m.jf.save.seed,
        esc(m.t(K::Policy)),
        esc(&m.policy()),
        esc(m.t(K::Mode)),
        esc(m.mode()),
        esc(m.t(K::Territory)),
        esc(&sc.territory.name),
        esc(tr!("{} semaines à partir du", "{} weeks from", m.w.weeks).get(lang)),
        esc(&m.date(1)),
    );
    let _ = write!(out, "<p class=\"pitch\">{}</p></header>", esc(sc.pitch.get(lang)));

    // PEC.
    let s = &m.season.scores;
    let _ = write!(out, "<h3>{} — PEC = V + S + A</h3><div class=\"cards\">", esc(m.t(K::Pec)));
    let _ = write!(out, "<div class=\"card\"><small>PEC</small><b>{}</b></div>", esc(&m.num(s.pec(sc.pec_weights), 1)));
    for (class, key, v, extra) in [
        ("v", K::Vision, s.vision(), String::new()),
        ("s", K::Support, s.support(), String::new()),
        (
            "a",
            K::Autonomy,
            s.autonomy(),
            Sphere::ALL
                .iter()
                .map(|sp| format!("{} {}", m.sphere_name(*sp), m.num(s.sphere(*sp), 1)))
                .collect::<Vec<_>>()
                .join(" · "),
        ),
    ] {
        let _ = write!(
            out,
            "<div class=\"card {class}\"><small>{} ({})</small><b>{}</b>{}</div>",
            esc(m.t(key)),
            class.to_uppercase(),
            esc(&m.num(v, 1)),
            if extra.is_empty() { String::new() } else { format!("<small>{}</small>", esc(&extra)) }
        );
    }
    out.push_str("</div>");

    // The end of the summer.
    let _ = write!(out, "<h3>{}</h3><dl class=\"figures\">", esc(m.t(K::EndOfSummer)));
    for (l, v) in m.figures() {
        let _ = write!(out, "<div><dt>{}</dt><dd>{}</dd></div>", esc(l), esc(&v));
    }
    out.push_str("</dl>");
    let mut facts: Vec<(&str, String)> = Vec::new();
    if let Some(n) = &m.coop_name {
        facts.push((m.t(K::CoopName), n.clone()));
    }
    if let Some(n) = &m.chair {
        facts.push((m.t(K::BoardChair), n.clone()));
    }
    if let Some(p) = &m.plan {
        facts.push((m.t(K::SurplusPlan), p.clone()));
    }
    if !facts.is_empty() {
        out.push_str("<p>");
        let parts: Vec<String> = facts.iter().map(|(l, v)| format!("{}{c}<b>{}</b>", esc(l), esc(v))).collect();
        out.push_str(&parts.join(" · "));
        out.push_str("</p>");
    }
    let _ = write!(out, "<h4>{}</h4><table class=\"surplus\">", esc(m.t(K::SurplusWent)));
    head_row(out, &[(m.t(K::Outcome), false), (m.t(K::Amount), true)]);
    out.push_str("<tbody>");
    for (l, a) in m.surplus_parts() {
        out.push_str("<tr>");
        cell(out, "td", "", l);
        cell(out, "td", "n", &m.money(a));
        out.push_str("</tr>");
    }
    let _ = write!(
        out,
        "<tr><th>{}</th><th class=\"n\">{}</th></tr></tbody></table>",
        esc(m.t(K::Surplus)),
        esc(&m.money(m.season.surplus()))
    );
    let before = m.before_split();
    if !before.is_empty() {
        let parts: Vec<String> =
            before.iter().map(|(l, a)| format!("{}{c}<b>{}</b>", esc(l), esc(&m.money(*a)))).collect();
        let _ = write!(out, "<p>{}</p>", parts.join(" · "));
    }
    let _ =
        write!(out, "<p class=\"bench\">{} — {}</p>", esc(m.t(K::Benchmark)), esc(words::benchmark(sc.country, lang)));

    // Charts.
    let _ = write!(out, "<h3>{}</h3><div class=\"charts\">", esc(m.t(K::Charts)));
    let (labels, vals, shade) = m.score_columns();
    let loc = m.loc;
    let fmt_pts = |v: f64| words::num(v, 0, loc);
    let [v, s_, a] = vals;
    let series = vec![
        Series {
            name: format!("V — {}", m.t(K::Vision)),
            color: palette::BLUE,
            dash: "",
            marker: Marker::Circle,
            values: v,
        },
        Series {
            name: format!("S — {}", m.t(K::Support)),
            color: palette::ORANGE,
            dash: "7 4",
            marker: Marker::Square,
            values: s_,
        },
        Series {
            name: format!("A — {}", m.t(K::Autonomy)),
            color: palette::GREEN,
            dash: "2 3",
            marker: Marker::Triangle,
            values: a,
        },
    ];
    out.push_str("<figure>");
    out.push_str(&charts::line(
        &id("scores"),
        m.t(K::ChartScores),
        m.t(K::Week),
        &labels,
        &YAxis { title: m.t(K::Points).to_string(), min: 0.0, max: 100.0, fmt: &fmt_pts },
        &series,
        &shade,
        m.t(K::InCrisis),
    ));
    out.push_str("</figure>");

    let cols = m.money_columns();
    let (cur, loc) = (m.cur, m.loc);
    let fmt_money = move |v: f64| words::money_whole(Decimal::from_f64_retain(v).unwrap_or_default(), cur, loc);
    let pick = |f: fn(&(Decimal, Decimal, Decimal)) -> Decimal| cols.iter().map(|c| to_f64(f(c))).collect::<Vec<f64>>();
    let mut mlabels: Vec<String> = labels.clone();
    mlabels.truncate(cols.len());
    let series = vec![
        Series {
            name: m.t(K::Revenue).to_string(),
            color: palette::BLUE,
            dash: "",
            marker: Marker::Circle,
            values: pick(|c| c.0),
        },
        Series {
            name: m.t(K::Costs).to_string(),
            color: palette::VERMILLION,
            dash: "7 4",
            marker: Marker::Square,
            values: pick(|c| c.1),
        },
        Series {
            name: m.t(K::Cash).to_string(),
            color: palette::BLACK,
            dash: "2 3",
            marker: Marker::Diamond,
            values: pick(|c| c.2),
        },
    ];
    out.push_str("<figure>");
    out.push_str(&charts::line(
        &id("money"),
        m.t(K::ChartMoney),
        m.t(K::Week),
        &mlabels,
        &YAxis {
            title: format!("{} ({})", m.t(K::Amount), currency_symbol(cur)),
            min: scale.money_lo,
            max: scale.money_hi,
            fmt: &fmt_money,
        },
        &series,
        &[],
        "",
    ));
    out.push_str("</figure>");

    let names: Vec<String> = m.members.iter().map(|r| r.name.clone()).collect();
    let struck: Vec<bool> = m.members.iter().map(|r| !r.active).collect();
    let fmt_h = |v: f64| format!("{}\u{a0}h", words::num(v, 0, loc));
    let panels = [
        Panel {
            title: m.t(K::Hours).to_string(),
            color: palette::SKY,
            values: m.members.iter().map(|r| r.minutes as f64 / 60.0).collect(),
            labels: m.members.iter().map(|r| words::hours(r.minutes as u64, loc)).collect(),
            max: scale.hours_hi,
            fmt: &fmt_h,
        },
        Panel {
            title: m.t(K::PayTotal).to_string(),
            color: palette::ORANGE,
            values: m.members.iter().map(|r| to_f64(r.paid + r.surplus)).collect(),
            labels: m.members.iter().map(|r| m.money(r.paid + r.surplus)).collect(),
            max: scale.pay_hi,
            fmt: &fmt_money,
        },
    ];
    out.push_str("<figure>");
    out.push_str(&charts::hbars(&id("members"), m.t(K::ChartMembers), &names, &panels, &struck, m.t(K::LeftCoop)));
    out.push_str("</figure>");

    let cats: Vec<String> = Sphere::ALL.iter().map(|s| m.sphere_name(*s).to_string()).collect();
    let parts = [
        (m.t(K::Group).to_string(), palette::GREEN),
        (m.t(K::Comite).to_string(), palette::SKY),
        (explain::decider(Decider::Animateurs, lang), palette::VERMILLION),
    ];
    let values: Vec<Vec<u32>> = m.who.iter().map(|r| r.to_vec()).collect();
    out.push_str("<figure>");
    out.push_str(&charts::stacked(
        &id("who"),
        m.t(K::ChartWho),
        m.t(K::DecisionsAxis),
        &cats,
        &parts,
        &values,
        scale.who_hi,
    ));
    out.push_str("</figure></div>");

    // Learning goals and how the group did.
    let _ = write!(out, "<h3>{}</h3><ul class=\"goals\">", esc(m.t(K::Goals)));
    for g in &sc.learning_goals {
        let _ = write!(out, "<li>{}</li>", esc(g.get(lang)));
    }
    let _ = write!(out, "</ul><h4>{}</h4><table class=\"indicators\">", esc(m.t(K::HowDid)));
    head_row(out, &[(m.t(K::Indicator), false), (m.t(K::Value), true), (m.t(K::Component), false)]);
    out.push_str("<tbody>");
    for (l, v, c) in m.indicators() {
        out.push_str("<tr>");
        cell(out, "td", "", &l);
        cell(out, "td", "n", &v);
        cell(out, "td", "", c);
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
    let objectives = m.objectives();
    if !objectives.is_empty() {
        let _ = write!(out, "<h4>{}</h4><table class=\"indicators\">", esc(m.t(K::Objectives)));
        head_row(
            out,
            &[(m.t(K::Objective), false), (m.t(K::Measures), false), (m.t(K::AtReview), true), (m.t(K::AtEnd), true)],
        );
        out.push_str("<tbody>");
        for r in &objectives {
            out.push_str("<tr>");
            cell(out, "td", "", &r[0]);
            cell(out, "td", "", &r[1]);
            cell(out, "td", "n", &r[2]);
            cell(out, "td", "n", &r[3]);
            out.push_str("</tr>");
        }
        out.push_str("</tbody></table>");
    }
    if !sc.trainer_notes.is_empty() {
        let _ = write!(out, "<h4>{}</h4><ul>", esc(m.t(K::TrainerNotes)));
        for n in &sc.trainer_notes {
            let _ = write!(out, "<li>{}</li>", esc(n.get(lang)));
        }
        out.push_str("</ul>");
    }

    // Key moments.
    let _ = write!(out, "<h3>{}</h3><div class=\"scroll\"><table class=\"moments\">", esc(m.t(K::Moments)));
    head_row(out, &[(m.t(K::Week), true), (m.t(K::Date), false), ("", false)]);
    out.push_str("<tbody>");
    for mo in &m.moments {
        out.push_str("<tr>");
        cell(out, "td", "n", &mo.week.to_string());
        cell(out, "td", "d", &m.date(mo.week));
        let _ = write!(out, "<td><b>{}</b>", esc(&mo.what));
        if !mo.detail.is_empty() {
            let _ = write!(out, "<br>{}", esc(&mo.detail));
        }
        if !mo.note.is_empty() {
            let _ = write!(out, "<div class=\"note\">{}</div>", esc(&mo.note));
        }
        out.push_str("</td></tr>");
    }
    out.push_str("</tbody></table></div>");

    // Decisions.
    let _ = write!(
        out,
        "<h3>{}</h3><p class=\"meta\">{}</p><div class=\"scroll\"><table class=\"decisions\">",
        esc(m.t(K::Decisions)),
        esc(m.t(K::DecisionsIntro))
    );
    head_row(
        out,
        &[
            (m.t(K::Number), true),
            (m.t(K::Week), true),
            (m.t(K::Question), false),
            (m.t(K::Need), false),
            (m.t(K::Posture), false),
            (m.t(K::Chosen), false),
            (m.t(K::DecidedBy), false),
            (m.t(K::Procedure), false),
            (m.t(K::Vote), false),
            (m.t(K::Proposals), true),
        ],
    );
    out.push_str("<tbody>");
    for r in &m.decisions {
        let _ = write!(out, "<tr data-d=\"{}\"{}>", r.d, if r.crisis { " class=\"crisis\"" } else { "" });
        cell(out, "td", "n", &(r.d + 1).to_string());
        cell(out, "td", "n", &r.week.to_string());
        let _ = write!(
            out,
            "<td>{}<br><small class=\"meta\">{}</small></td>",
            esc(&r.question),
            esc(m.sphere_name(r.sphere))
        );
        let need = if r.crisis { format!("{} ({})", m.need_word(r), m.t(K::InCrisis)) } else { m.need_word(r) };
        cell(out, "td", "", &need);
        let _ = write!(
            out,
            "<td>{}<br><small class=\"fit-{}\">{}</small></td>",
            esc(&m.posture_word(r)),
            r.fit(),
            esc(m.fit_word(r))
        );
        cell(out, "td", "", &r.chosen);
        cell(out, "td", "", &explain::decider(r.by, lang));
        cell(out, "td", "", &m.procedure_word(r));
        cell(out, "td", "", &m.vote_word(r));
        cell(out, "td", "n", &r.proposals.to_string());
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");

    // Evidence.
    let _ = write!(
        out,
        "<h3>{}</h3><p class=\"meta\">{}</p><h4>{}</h4><table class=\"by-rule\">",
        esc(m.t(K::Evidence)),
        esc(m.t(K::EvidenceIntro)),
        esc(m.t(K::EvidenceByRule))
    );
    head_row(out, &[(m.t(K::Component), false), (m.t(K::Rule), false), (m.t(K::Times), true), (m.t(K::Total), true)]);
    out.push_str("<tbody>");
    let by_rule = m.by_rule();
    let mut last: Option<Comp> = None;
    for (c, r, n, t) in &by_rule {
        if let Some(lc) = last
            && lc != *c
        {
            html_comp_total(out, m, lc);
        }
        last = Some(*c);
        out.push_str("<tr>");
        cell(out, "td", "", &m.comp_word(*c));
        cell(out, "td", "", r);
        cell(out, "td", "n", &n.to_string());
        cell(out, "td", "n", &words::delta(*t, loc));
        out.push_str("</tr>");
    }
    if let Some(lc) = last {
        html_comp_total(out, m, lc);
    }
    out.push_str("</tbody></table>");
    let _ = write!(
        out,
        "<details open><summary>{} ({})</summary><div class=\"scroll\"><table class=\"evidence\">",
        esc(m.t(K::Why)),
        m.evidence.len()
    );
    head_row(out, &[(m.t(K::Week), true), (m.t(K::Why), false), (m.t(K::After), true)]);
    out.push_str("<tbody>");
    for e in &m.evidence {
        out.push_str("<tr>");
        cell(out, "td", "n", &e.week.to_string());
        cell(out, "td", "", &e.sentence);
        cell(out, "td", "n", &m.num(e.after as f64 / 100.0, 2));
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div></details>");

    // Cooperants.
    let _ = write!(out, "<h3>{}</h3><table class=\"members\">", esc(m.t(K::Cooperants)));
    head_row(
        out,
        &[
            (m.t(K::Name), false),
            (m.t(K::Hours), true),
            (m.t(K::PaySummer), true),
            (m.t(K::PaySurplus), true),
            (m.t(K::PayTotal), true),
        ],
    );
    out.push_str("<tbody>");
    for r in &m.members {
        out.push_str("<tr>");
        let name = if r.active { r.name.clone() } else { format!("{} ({})", r.name, m.t(K::LeftCoop)) };
        cell(out, "td", "", &name);
        cell(out, "td", "n", &words::hours(r.minutes as u64, loc));
        cell(out, "td", "n", &m.money(r.paid));
        cell(out, "td", "n", &m.money(r.surplus));
        cell(out, "td", "n", &m.money(r.paid + r.surplus));
        out.push_str("</tr>");
    }
    let paid: Decimal = m.members.iter().map(|r| r.paid).sum();
    let surplus: Decimal = m.members.iter().map(|r| r.surplus).sum();
    let _ = write!(
        out,
        "<tr><th>{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th></tr></tbody></table>",
        esc(m.t(K::Total)),
        esc(&words::hours(m.minutes(), loc)),
        esc(&m.money(paid)),
        esc(&m.money(surplus)),
        esc(&m.money(m.member_pay()))
    );

    // Week by week.
    let _ = write!(out, "<h3>{}</h3><div class=\"scroll\"><table class=\"weeks\">", esc(m.t(K::WeeksTable)));
    head_row(
        out,
        &[
            (m.t(K::Week), true),
            (m.t(K::Date), false),
            ("V", true),
            ("S", true),
            ("A", true),
            (m.t(K::Sales), true),
            (m.t(K::Costs), true),
            (m.t(K::Cash), true),
            (m.t(K::Contracts), true),
            (m.t(K::Lost), true),
            (m.t(K::Hours), true),
            (m.t(K::Crisis), false),
        ],
    );
    out.push_str("<tbody>");
    for r in &m.season.weeks {
        let _ = write!(out, "<tr{}>", if r.crisis { " class=\"crisis\"" } else { "" });
        cell(out, "td", "n", &r.week.to_string());
        cell(out, "td", "d", &m.date(r.week));
        for x in [r.v, r.s, r.a] {
            cell(out, "td", "n", &m.num(x, 1));
        }
        for x in [r.sales, r.costs, r.cash] {
            cell(out, "td", "n", &m.money(x));
        }
        cell(out, "td", "n", &r.contracts.to_string());
        cell(out, "td", "n", &r.lost.to_string());
        cell(out, "td", "n", &words::hours(r.minutes as u64, loc));
        cell(out, "td", "", if r.crisis { m.t(K::Yes) } else { "" });
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
    let _ = write!(
        out,
        "<footer>{} {} · {} {}</footer></section>",
        esc(m.t(K::Generated)),
        esc(tr!("Empreinte du scénario :", "Scenario hash:").get(lang)),
        esc(&m.jf.save.scenario_hash.chars().take(16).collect::<String>()),
        esc(tr!("· {} décisions", "· {} decisions", m.decisions.len()).get(lang)),
    );
}

fn html_comp_total(out: &mut String, m: &Model, c: Comp) {
    let _ = write!(
        out,
        "<tr><th colspan=\"3\">{} — {}</th><th class=\"n\">{}</th></tr>",
        esc(&m.comp_word(c)),
        esc(m.t(K::Total)),
        esc(&m.num(m.final_of(c) as f64 / 100.0, 2))
    );
}

fn currency_symbol(c: Currency) -> &'static str {
    match c {
        Currency::EUR => "€",
        Currency::CAD => "$",
    }
}

/// One self-contained HTML page: one summer, or two side by side.
pub fn html(runs: &[(&JournalFile, &World, &Season)], lang: Lang) -> String {
    let models: Vec<Model> = runs.iter().map(|(jf, w, s)| Model::new(jf, w, s, lang)).collect();
    let scale = Scale::of(&models);
    let mut out = String::with_capacity(256 * 1024);
    let title = match models.as_slice() {
        [_] => word(lang, K::Report).to_string(),
        _ => word(lang, K::Compare).to_string(),
    };
    let page_title = match models.as_slice() {
        [one] => format!("{} — {}", title, one.title()),
        _ => title.clone(),
    };
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title><style>{}</style></head><body>",
        lang.code(),
        esc(&page_title),
        CSS
    );
    let _ = write!(out, "<h1>{}</h1>", esc(&title));
    if models.len() > 1 {
        html_compare(&mut out, &models);
    }
    let _ = write!(out, "<div class=\"runs{}\">", if models.len() > 1 { " two" } else { "" });
    for (k, m) in models.iter().enumerate() {
        html_run(&mut out, m, k, &scale, models.len() > 1);
    }
    out.push_str("</div></body></html>\n");
    out
}

/// The side-by-side table of the summers compared.
fn html_compare(out: &mut String, models: &[Model]) {
    let m0 = &models[0];
    let _ = write!(
        out,
        "<p class=\"meta\">{}</p><table class=\"compare\"><thead><tr><th></th>",
        esc(m0.t(K::CompareIntro))
    );
    for (k, m) in models.iter().enumerate() {
        let _ = write!(
            out,
            "<th class=\"n\"><a href=\"#r{k}-run\">{}</a><br><small>{} · {} {}</small></th>",
            esc(m.title()),
            esc(&m.policy()),
            esc(m.t(K::Seed)),
            m.jf.save.seed
        );
    }
    out.push_str("</tr></thead><tbody>");
    let mut row = |label: &str, vals: Vec<String>| {
        out.push_str("<tr>");
        cell(out, "th", "", label);
        for v in vals {
            cell(out, "td", "n", &v);
        }
        out.push_str("</tr>");
    };
    row("PEC", models.iter().map(|m| m.num(m.season.scores.pec(m.w.scenario.pec_weights), 1)).collect());
    row(&format!("V — {}", m0.t(K::Vision)), models.iter().map(|m| m.num(m.season.scores.vision(), 1)).collect());
    row(&format!("S — {}", m0.t(K::Support)), models.iter().map(|m| m.num(m.season.scores.support(), 1)).collect());
    row(&format!("A — {}", m0.t(K::Autonomy)), models.iter().map(|m| m.num(m.season.scores.autonomy(), 1)).collect());
    for (k, _) in m0.figures().iter().enumerate() {
        let label = m0.figures()[k].0;
        row(label, models.iter().map(|m| m.figures().get(k).map(|f| f.1.clone()).unwrap_or_default()).collect());
    }
    for (i, d) in [Decider::Group, Decider::Comite, Decider::Animateurs].iter().enumerate() {
        row(
            &format!("{}{}{}", m0.t(K::DecidedByLong), words::colon(m0.lang), explain::decider(*d, m0.lang)),
            models.iter().map(|m| m.who.iter().map(|s| s[i]).sum::<u32>().to_string()).collect(),
        );
    }
    out.push_str("</tbody></table>");
}

// ---------------------------------------------------------------------------------------------
// Markdown

/// Escapes text from a scenario for Markdown: no HTML, no links or emphasis, no broken tables.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '&' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            c if (c as u32) < 0x20 => {}
            c => out.push(c),
        }
    }
    out
}

/// A table cell starting with this is written in bold.
const BOLD: char = '\u{1}';

fn md_table(out: &mut String, head: &[(&str, bool)], rows: &[Vec<String>]) {
    out.push('|');
    for (h, _) in head {
        let _ = write!(out, " {} |", md(h));
    }
    out.push_str("\n|");
    for (_, num) in head {
        out.push_str(if *num { " ---: |" } else { " --- |" });
    }
    out.push('\n');
    for r in rows {
        out.push('|');
        for c in r {
            let cell = match c.strip_prefix(BOLD) {
                Some(b) => format!("**{}**", md(b)),
                None => md(c),
            };
            let _ = write!(out, " {} |", if c.is_empty() { " ".to_string() } else { cell });
        }
        out.push('\n');
    }
    out.push('\n');
}

pub fn markdown(jf: &JournalFile, w: &World, season: &Season, lang: Lang) -> String {
    let m = Model::new(jf, w, season, lang);
    let sc = &w.scenario;
    let loc = m.loc;
    let c = words::colon(lang);
    let mut out = String::new();
    let _ = writeln!(out, "# {} — {}\n", md(m.t(K::Report)), md(m.title()));
    let _ = writeln!(
        out,
        "{} `{}` · {} {} · {}{c}{} · {}{c}{} · {}{c}{} · {} {}\n",
        md(m.t(K::Scenario)),
        sc.id.replace('`', ""),
        md(m.t(K::Seed)),
        jf.save.seed,
        md(m.t(K::Policy)),
        md(&m.policy()),
        md(m.t(K::Mode)),
        md(m.mode()),
        md(m.t(K::Territory)),
        md(&sc.territory.name),
        md(tr!("{} semaines à partir du", "{} weeks from", w.weeks).get(lang)),
        md(&m.date(1)),
    );
    let _ = writeln!(out, "*{}*\n", md(sc.pitch.get(lang)));

    let s = &season.scores;
    let _ = writeln!(out, "## {} — PEC = V + S + A\n", md(m.t(K::Pec)));
    md_table(
        &mut out,
        &[(m.t(K::Component), false), (m.t(K::Value), true)],
        &[
            vec!["PEC".into(), m.num(s.pec(sc.pec_weights), 1)],
            vec![format!("V — {}", m.t(K::Vision)), m.num(s.vision(), 1)],
            vec![format!("S — {}", m.t(K::Support)), m.num(s.support(), 1)],
            vec![format!("A — {}", m.t(K::Autonomy)), m.num(s.autonomy(), 1)],
            vec![format!("A — {}", m.t(K::Business)), m.num(s.sphere(Sphere::Business), 1)],
            vec![format!("A — {}", m.t(K::Associative)), m.num(s.sphere(Sphere::Associative), 1)],
            vec![format!("A — {}", m.t(K::Work)), m.num(s.sphere(Sphere::Work), 1)],
        ],
    );

    let _ = writeln!(out, "## {}\n", md(m.t(K::EndOfSummer)));
    let rows: Vec<Vec<String>> = m.figures().into_iter().map(|(l, v)| vec![l.to_string(), v]).collect();
    md_table(&mut out, &[("", false), (m.t(K::Value), true)], &rows);
    for (l, v) in [(K::CoopName, &m.coop_name), (K::BoardChair, &m.chair), (K::SurplusPlan, &m.plan)] {
        if let Some(v) = v {
            let _ = writeln!(out, "- {}{c}**{}**", md(m.t(l)), md(v));
        }
    }
    out.push('\n');
    let _ = writeln!(out, "### {}\n", md(m.t(K::SurplusWent)));
    let mut rows: Vec<Vec<String>> =
        m.surplus_parts().into_iter().map(|(l, a)| vec![l.to_string(), m.money(a)]).collect();
    rows.push(vec![format!("{BOLD}{}", m.t(K::Surplus)), format!("{BOLD}{}", m.money(season.surplus()))]);
    md_table(&mut out, &[(m.t(K::Outcome), false), (m.t(K::Amount), true)], &rows);
    for (l, a) in m.before_split() {
        let _ = writeln!(out, "- {}{c}**{}**", md(l), md(&m.money(a)));
    }
    out.push('\n');
    let _ = writeln!(out, "> {} — {}\n", md(m.t(K::Benchmark)), md(words::benchmark(sc.country, lang)));

    // Charts as tables.
    let _ = writeln!(out, "## {}\n", md(m.t(K::Charts)));
    let _ = writeln!(out, "### {}\n", md(m.t(K::ChartScores)));
    let (labels, vals, shade) = m.score_columns();
    let rows: Vec<Vec<String>> = labels
        .iter()
        .enumerate()
        .map(|(i, l)| {
            vec![
                l.clone(),
                m.num(vals[0][i], 1),
                m.num(vals[1][i], 1),
                m.num(vals[2][i], 1),
                if shade[i] { m.t(K::Yes).into() } else { String::new() },
            ]
        })
        .collect();
    md_table(&mut out, &[(m.t(K::Week), false), ("V", true), ("S", true), ("A", true), (m.t(K::Crisis), false)], &rows);
    let _ = writeln!(out, "### {}\n", md(m.t(K::ChartMoney)));
    let rows: Vec<Vec<String>> = m
        .money_columns()
        .iter()
        .zip(&labels)
        .map(|(c, l)| vec![l.clone(), m.money(c.0), m.money(c.1), m.money(c.2)])
        .collect();
    md_table(
        &mut out,
        &[(m.t(K::Week), false), (m.t(K::Revenue), true), (m.t(K::Costs), true), (m.t(K::Cash), true)],
        &rows,
    );
    let _ = writeln!(out, "### {}\n", md(m.t(K::ChartMembers)));
    let mut rows: Vec<Vec<String>> = m
        .members
        .iter()
        .map(|r| {
            let name = if r.active { r.name.clone() } else { format!("{} ({})", r.name, m.t(K::LeftCoop)) };
            vec![
                name,
                words::hours(r.minutes as u64, loc),
                m.money(r.paid),
                m.money(r.surplus),
                m.money(r.paid + r.surplus),
            ]
        })
        .collect();
    let paid: Decimal = m.members.iter().map(|r| r.paid).sum();
    let surplus: Decimal = m.members.iter().map(|r| r.surplus).sum();
    rows.push(vec![
        m.t(K::Total).into(),
        words::hours(m.minutes(), loc),
        m.money(paid),
        m.money(surplus),
        m.money(m.member_pay()),
    ]);
    md_table(
        &mut out,
        &[
            (m.t(K::Name), false),
            (m.t(K::Hours), true),
            (m.t(K::PaySummer), true),
            (m.t(K::PaySurplus), true),
            (m.t(K::PayTotal), true),
        ],
        &rows,
    );
    let _ = writeln!(out, "### {}\n", md(m.t(K::ChartWho)));
    let anim = explain::decider(Decider::Animateurs, lang);
    let rows: Vec<Vec<String>> = Sphere::ALL
        .iter()
        .map(|sp| {
            let r = m.who[sp.index()];
            vec![m.sphere_name(*sp).into(), r[0].to_string(), r[1].to_string(), r[2].to_string()]
        })
        .collect();
    md_table(
        &mut out,
        &[(m.t(K::Sphere), false), (m.t(K::Group), true), (m.t(K::Comite), true), (anim.as_str(), true)],
        &rows,
    );

    let _ = writeln!(out, "## {}\n", md(m.t(K::Goals)));
    for g in &sc.learning_goals {
        let _ = writeln!(out, "- {}", md(g.get(lang)));
    }
    let _ = writeln!(out, "\n### {}\n", md(m.t(K::HowDid)));
    let rows: Vec<Vec<String>> = m.indicators().into_iter().map(|(l, v, c)| vec![l, v, c.into()]).collect();
    md_table(&mut out, &[(m.t(K::Indicator), false), (m.t(K::Value), true), (m.t(K::Component), false)], &rows);
    let objectives = m.objectives();
    if !objectives.is_empty() {
        let _ = writeln!(out, "### {}\n", md(m.t(K::Objectives)));
        let rows: Vec<Vec<String>> = objectives.iter().map(|r| r[..4].to_vec()).collect();
        md_table(
            &mut out,
            &[(m.t(K::Objective), false), (m.t(K::Measures), false), (m.t(K::AtReview), true), (m.t(K::AtEnd), true)],
            &rows,
        );
    }
    if !sc.trainer_notes.is_empty() {
        let _ = writeln!(out, "### {}\n", md(m.t(K::TrainerNotes)));
        for n in &sc.trainer_notes {
            let _ = writeln!(out, "- {}", md(n.get(lang)));
        }
        out.push('\n');
    }

    let _ = writeln!(out, "## {}\n", md(m.t(K::Moments)));
    for mo in &m.moments {
        let _ = write!(out, "- **{} {} ({})** — {}", md(m.t(K::Week)), mo.week, md(&m.date(mo.week)), md(&mo.what));
        if !mo.detail.is_empty() {
            let _ = write!(out, "{c}{}", md(&mo.detail));
        }
        if !mo.note.is_empty() {
            let _ = write!(out, "  \n  *{}{c}{}*", md(m.t(K::Note)), md(&mo.note));
        }
        out.push('\n');
    }
    out.push('\n');

    let _ = writeln!(out, "## {}\n\n{}\n", md(m.t(K::Decisions)), md(m.t(K::DecisionsIntro)));
    let rows: Vec<Vec<String>> = m
        .decisions
        .iter()
        .map(|r| {
            let need = if r.crisis { format!("{} ({})", m.need_word(r), m.t(K::InCrisis)) } else { m.need_word(r) };
            vec![
                (r.d + 1).to_string(),
                r.week.to_string(),
                format!("{} ({})", r.question, m.sphere_name(r.sphere)),
                need,
                format!("{} — {}", m.posture_word(r), m.fit_word(r)),
                r.chosen.clone(),
                explain::decider(r.by, lang),
                m.procedure_word(r),
                m.vote_word(r),
                r.proposals.to_string(),
            ]
        })
        .collect();
    md_table(
        &mut out,
        &[
            (m.t(K::Number), true),
            (m.t(K::Week), true),
            (m.t(K::Question), false),
            (m.t(K::Need), false),
            (m.t(K::Posture), false),
            (m.t(K::Chosen), false),
            (m.t(K::DecidedBy), false),
            (m.t(K::Procedure), false),
            (m.t(K::Vote), false),
            (m.t(K::Proposals), true),
        ],
        &rows,
    );

    let _ = writeln!(
        out,
        "## {}\n\n{}\n\n### {}\n",
        md(m.t(K::Evidence)),
        md(m.t(K::EvidenceIntro)),
        md(m.t(K::EvidenceByRule))
    );
    let by_rule = m.by_rule();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut last: Option<Comp> = None;
    let total_row = |c: Comp| {
        vec![
            format!("{BOLD}{}", m.comp_word(c)),
            format!("{BOLD}{}", m.t(K::Total)),
            String::new(),
            format!("{BOLD}{}", m.num(m.final_of(c) as f64 / 100.0, 2)),
        ]
    };
    for (c, r, n, t) in &by_rule {
        if let Some(lc) = last
            && lc != *c
        {
            rows.push(total_row(lc));
        }
        last = Some(*c);
        rows.push(vec![m.comp_word(*c), r.clone(), n.to_string(), words::delta(*t, loc)]);
    }
    if let Some(lc) = last {
        rows.push(total_row(lc));
    }
    md_table(
        &mut out,
        &[(m.t(K::Component), false), (m.t(K::Rule), false), (m.t(K::Times), true), (m.t(K::Total), true)],
        &rows,
    );
    let _ = writeln!(out, "### {}\n", md(m.t(K::Why)));
    let rows: Vec<Vec<String>> = m
        .evidence
        .iter()
        .map(|e| vec![e.week.to_string(), e.sentence.clone(), m.num(e.after as f64 / 100.0, 2)])
        .collect();
    md_table(&mut out, &[(m.t(K::Week), true), (m.t(K::Why), false), (m.t(K::After), true)], &rows);

    let _ = writeln!(out, "## {}\n", md(m.t(K::WeeksTable)));
    let rows: Vec<Vec<String>> = season
        .weeks
        .iter()
        .map(|r| {
            vec![
                r.week.to_string(),
                m.date(r.week),
                m.money(r.sales),
                m.money(r.costs),
                m.money(r.cash),
                r.contracts.to_string(),
                r.lost.to_string(),
                words::hours(r.minutes as u64, loc),
                m.num(r.reputation * 100.0, 0),
                m.num(r.motivation * 100.0, 0),
                m.num(r.readiness * 100.0, 0),
            ]
        })
        .collect();
    md_table(
        &mut out,
        &[
            (m.t(K::Week), true),
            (m.t(K::Date), false),
            (m.t(K::Sales), true),
            (m.t(K::Costs), true),
            (m.t(K::Cash), true),
            (m.t(K::Contracts), true),
            (m.t(K::Lost), true),
            (m.t(K::Hours), true),
            (m.t(K::Reputation), true),
            (m.t(K::Motivation), true),
            (m.t(K::Readiness), true),
        ],
        &rows,
    );
    let _ = writeln!(out, "---\n\n*{}*", md(m.t(K::Generated)));
    out
}

// ---------------------------------------------------------------------------------------------
// CSV

/// The CSV columns, (French, English); documented in `docs/report.md`.
pub const CSV_COLUMNS: &[(&str, &str)] = &[
    ("type", "record"),
    ("semaine", "week"),
    ("date", "date"),
    ("décision", "decision"),
    ("question", "question"),
    ("sphère", "sphere"),
    ("besoin", "need"),
    ("en_crise", "in_crisis"),
    ("posture", "posture"),
    ("option_animateurs", "animateurs_option"),
    ("décidé", "decided"),
    ("décidé_par", "decided_by"),
    ("procédure", "procedure"),
    ("voix_pour", "votes_for"),
    ("votants", "voters"),
    ("tours", "rounds"),
    ("propositions", "proposals"),
    ("v", "v"),
    ("s", "s"),
    ("a", "a"),
    ("a_entreprise", "a_business"),
    ("a_associative", "a_associative"),
    ("a_travail", "a_work"),
    ("pec", "pec"),
    ("ventes", "sales"),
    ("coûts", "costs"),
    ("trésorerie", "cash"),
    ("contrats", "contracts"),
    ("perdues", "lost"),
    ("heures", "hours"),
    ("réputation", "reputation"),
    ("motivation", "motivation"),
    ("maturité", "readiness"),
    ("coopérant", "cooperant"),
    ("paie_été", "pay_summer"),
    ("part_surplus", "pay_surplus"),
    ("paie_totale", "pay_total"),
    ("surplus", "surplus"),
    ("paie_par_jeune", "pay_per_youth"),
    ("objectif", "objective"),
    ("mesure", "measure"),
    ("bilan_mi_été", "at_review"),
    ("fin_été", "at_end"),
    ("atteint", "reached"),
];

/// The record types of the first column, (French, English).
pub const CSV_RECORDS: [(&str, &str); 5] = [
    ("semaine", "week"),
    ("décision", "decision"),
    ("coopérant", "cooperant"),
    ("été", "summer"),
    ("objectif", "objective"),
];

/// A CSV field: quoted when needed (RFC 4180), and text that a spreadsheet would take for a
/// formula (`=`, `+`, `-`, `@`) gets a leading `'`.
fn csv_text(s: &str) -> String {
    let s: String = s.chars().map(|c| if c == '\r' || c == '\n' { ' ' } else { c }).collect();
    let s = if s.starts_with(['=', '+', '-', '@', '\t']) { format!("'{s}") } else { s };
    if s.contains([',', '"', ';']) || s.starts_with(' ') || s.ends_with(' ') {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn csv_money(d: Decimal) -> String {
    format!("{:.2}", d.round_dp(2))
}

fn csv_num(x: f64, dp: usize) -> String {
    let s = format!("{:.*}", dp, x);
    if s.starts_with('-') && s.trim_start_matches(['-', '0', '.']).is_empty() { s[1..].to_string() } else { s }
}

pub fn csv(jf: &JournalFile, w: &World, season: &Season, lang: Lang) -> String {
    let m = Model::new(jf, w, season, lang);
    let n = CSV_COLUMNS.len();
    let col = |name: &str| CSV_COLUMNS.iter().position(|c| c.1 == name).unwrap_or(0);
    let pick = |p: (&'static str, &'static str)| match lang {
        Lang::Fr => p.0,
        Lang::En => p.1,
    };
    // A UTF-8 byte order mark, so that spreadsheets read the accents right.
    let mut out = String::from("\u{feff}");
    out.push_str(&CSV_COLUMNS.iter().map(|c| pick(*c)).collect::<Vec<_>>().join(","));
    out.push_str("\r\n");
    let mut emit = |cells: Vec<(&str, String)>| {
        let mut row = vec![String::new(); n];
        for (k, v) in cells {
            row[col(k)] = v;
        }
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    };
    let start = &w.scenario.calendar.start;
    let iso = |wk: u8| words::week_iso(start, wk).unwrap_or_default();
    for r in &season.weeks {
        emit(vec![
            ("record", pick(CSV_RECORDS[0]).into()),
            ("week", r.week.to_string()),
            ("date", iso(r.week)),
            ("in_crisis", if r.crisis { "1" } else { "0" }.into()),
            ("v", csv_num(r.v, 2)),
            ("s", csv_num(r.s, 2)),
            ("a", csv_num(r.a, 2)),
            ("a_business", csv_num(r.spheres[0], 2)),
            ("a_associative", csv_num(r.spheres[1], 2)),
            ("a_work", csv_num(r.spheres[2], 2)),
            ("pec", csv_num(r.pec, 2)),
            ("sales", csv_money(r.sales)),
            ("costs", csv_money(r.costs)),
            ("cash", csv_money(r.cash)),
            ("contracts", r.contracts.to_string()),
            ("lost", r.lost.to_string()),
            ("hours", words::hours_dec(r.minutes as u64).to_string()),
            ("reputation", csv_num(r.reputation * 100.0, 1)),
            ("motivation", csv_num(r.motivation * 100.0, 1)),
            ("readiness", csv_num(r.readiness * 100.0, 1)),
        ]);
    }
    for r in &m.decisions {
        emit(vec![
            ("record", pick(CSV_RECORDS[1]).into()),
            ("week", r.week.to_string()),
            ("date", iso(r.week)),
            ("decision", (r.d + 1).to_string()),
            ("question", csv_text(&r.question)),
            ("sphere", csv_text(m.sphere_name(r.sphere))),
            ("need", csv_text(&m.need_word(r))),
            ("in_crisis", if r.crisis { "1" } else { "0" }.into()),
            ("posture", csv_text(&r.posture.map(|p| explain::posture(p, lang)).unwrap_or_default())),
            ("animateurs_option", csv_text(r.proposed.as_deref().unwrap_or(""))),
            ("decided", csv_text(&r.chosen)),
            ("decided_by", csv_text(&explain::decider(r.by, lang))),
            ("procedure", csv_text(&r.procedure.map(|p| explain::procedure(p, lang)).unwrap_or_default())),
            ("votes_for", r.votes_for.to_string()),
            ("voters", r.voters.to_string()),
            ("rounds", r.rounds.to_string()),
            ("proposals", r.proposals.to_string()),
        ]);
    }
    for r in &m.members {
        emit(vec![
            ("record", pick(CSV_RECORDS[2]).into()),
            ("hours", words::hours_dec(r.minutes as u64).to_string()),
            ("cooperant", csv_text(&r.name)),
            ("pay_summer", csv_money(r.paid)),
            ("pay_surplus", csv_money(r.surplus)),
            ("pay_total", csv_money(r.paid + r.surplus)),
        ]);
    }
    let s = &season.scores;
    let l = &season.ledger;
    emit(vec![
        ("record", pick(CSV_RECORDS[3]).into()),
        ("week", w.weeks.to_string()),
        ("date", iso(1)),
        ("decision", m.decisions.len().to_string()),
        ("v", csv_num(s.vision(), 2)),
        ("s", csv_num(s.support(), 2)),
        ("a", csv_num(s.autonomy(), 2)),
        ("a_business", csv_num(s.sphere(Sphere::Business), 2)),
        ("a_associative", csv_num(s.sphere(Sphere::Associative), 2)),
        ("a_work", csv_num(s.sphere(Sphere::Work), 2)),
        ("pec", csv_num(s.pec(w.scenario.pec_weights), 2)),
        ("sales", csv_money(l.sales())),
        ("costs", csv_money(l.costs())),
        ("cash", csv_money(l.cash())),
        ("contracts", m.contracts().to_string()),
        ("lost", m.lost().to_string()),
        ("hours", words::hours_dec(m.minutes()).to_string()),
        ("pay_total", csv_money(m.member_pay())),
        ("surplus", csv_money(season.surplus())),
        ("pay_per_youth", csv_money(m.pay_per_youth())),
    ]);
    let reached = match lang {
        Lang::Fr => "atteint",
        Lang::En => "reached",
    };
    for r in m.objectives() {
        emit(vec![
            ("record", pick(CSV_RECORDS[4]).into()),
            ("objective", csv_text(&r[0])),
            ("measure", csv_text(&r[1])),
            ("at_review", csv_text(&r[2])),
            ("at_end", csv_text(&r[3])),
            ("reached", if r[4] == reached { "1" } else { "0" }.into()),
        ]);
    }
    out
}
