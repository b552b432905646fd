//! The report's model: what the report says about one summer, gathered once from the summer
//! (its world, its save and its replayed season) and what a room wrote beside it. The sections of the document (`sections.rs`) are built from it,
//! and the CSV (`csv.rs`) writes its records from it.

use rust_decimal::Decimal;

use super::words::{self, K, w as word};
use crate::decision::{Decider, Kind, Posture, Procedure, Reading};
use crate::save::{Journal, Mode, PollCount, Save, Summer};
use crate::scenario::{Currency, Locale, Sphere};
use crate::scoring::{Cause, Comp, Need, Rule};
use crate::sim::journal::Ev;
use crate::sim::ledger::{Account, TxKind};
use crate::sim::{Season, World};
use crate::text::{Lang, money};
use crate::tr;
use crate::words::digest::{Decision, Digest};
use crate::words::explain;

/// One decision of the summer.
pub(super) struct DecRow {
    pub(super) d: u16,
    pub(super) week: u8,
    /// The kind of item on the agenda (`None` for a decision whose opening the journal lacks).
    pub(super) kind: Option<Kind>,
    pub(super) question: String,
    pub(super) sphere: Sphere,
    pub(super) need: Need,
    pub(super) crisis: bool,
    pub(super) posture: Option<Posture>,
    /// The option the animateurs decided or suggested.
    pub(super) proposed: Option<String>,
    pub(super) chosen: String,
    pub(super) by: Decider,
    pub(super) procedure: Option<Procedure>,
    pub(super) votes_for: u8,
    pub(super) voters: u8,
    pub(super) rounds: u8,
    pub(super) proposals: u32,
}

impl DecRow {
    /// -1 too little help, 0 fitted, 1 too much.
    pub(super) fn fit(&self) -> i8 {
        match self.posture {
            Some(p) => (p.level() as i16 - self.need.level() as i16).signum() as i8,
            None => 0,
        }
    }
}

pub(super) struct Moment {
    pub(super) week: u8,
    pub(super) what: String,
    pub(super) detail: String,
    pub(super) note: String,
}

pub(super) struct EvRow {
    pub(super) week: u8,
    pub(super) delta: i32,
    pub(super) after: i32,
    pub(super) rule: Rule,
    pub(super) sentence: String,
}

pub(super) struct MemberRow {
    pub(super) name: String,
    pub(super) minutes: u32,
    pub(super) paid: Decimal,
    pub(super) surplus: Decimal,
    pub(super) active: bool,
}

/// What a report is made of: one summer, and the room's posture poll when it had one (a
/// journal's). A summer played in the game, or a journal read back, each gives one.
#[derive(Debug, Clone, Copy)]
pub struct Played<'a> {
    pub summer: &'a Summer,
    pub polls: &'a [PollCount],
}

impl<'a> From<&'a Summer> for Played<'a> {
    fn from(summer: &'a Summer) -> Played<'a> {
        Played { summer, polls: &[] }
    }
}

impl<'a> From<&'a Journal> for Played<'a> {
    fn from(j: &'a Journal) -> Played<'a> {
        Played { summer: &j.summer, polls: &j.polls }
    }
}

pub(super) struct Model<'a> {
    /// The summer's save: its seed, mode, policy and seats.
    pub(super) save: &'a Save,
    /// The room's posture poll, decision by decision (empty without a room).
    pub(super) polls: &'a [PollCount],
    pub(super) w: &'a World,
    pub(super) season: &'a Season,
    pub(super) lang: Lang,
    pub(super) cur: Currency,
    pub(super) loc: Locale,
    pub(super) decisions: Vec<DecRow>,
    pub(super) moments: Vec<Moment>,
    pub(super) evidence: Vec<EvRow>,
    pub(super) members: Vec<MemberRow>,
    /// The journal folded once: the decisions, readings and moves of score the rows are made of.
    pub(super) digest: Digest,
    /// Starting V, S, A.
    pub(super) start: [f64; 3],
    pub(super) fund_in: Decimal,
    pub(super) fund_repaid: Decimal,
    pub(super) written_off: Decimal,
    pub(super) coop_name: Option<String>,
    pub(super) chair: Option<String>,
    pub(super) plan: Option<String>,
    /// Decisions per sphere (business, associative, work) and decider (group, comité, animateurs).
    pub(super) who: [[u32; 3]; 3],
}

pub(super) fn sphere_ix(s: Sphere) -> usize {
    s.index()
}

pub(super) fn decider_ix(d: Decider) -> usize {
    match d {
        Decider::Group => 0,
        Decider::Comite => 1,
        Decider::Animateurs => 2,
    }
}

impl DecRow {
    fn of(r: &Decision, season: &Season, w: &World, lang: Lang) -> DecRow {
        let item = season.settled().get(r.d as usize);
        let label = |o: u8| item.map(|it| explain::option(it, o, w, lang)).unwrap_or_else(|| format!("#{o}"));
        DecRow {
            d: r.d,
            week: r.week,
            kind: r.kind,
            question: r.kind.map(|k| explain::kind(k, w, lang)).unwrap_or_default(),
            sphere: r.sphere.unwrap_or(Sphere::Associative),
            need: r.need,
            crisis: r.crisis,
            posture: r.posture,
            proposed: r.proposed.map(label),
            chosen: label(r.chosen),
            by: r.by,
            procedure: r.procedure,
            votes_for: r.votes_for,
            voters: r.voters,
            rounds: r.rounds,
            proposals: r.proposals,
        }
    }
}

/// What happened in the summer worth a line of the report (rain, events, crises, stages,
/// conflicts, departures, a rule broken, a misconception, a hard worker who finds the rule unfair), and the starting fund received, the
/// fund repaid and the invoices written off.
fn moments(season: &Season, w: &World, lang: Lang, decisions: &[DecRow]) -> (Vec<Moment>, [Decimal; 3]) {
    let sc = &w.scenario;
    let what_of = |d: u16| {
        decisions.iter().find(|r| r.d == d).map(|r| format!("{} → {}", r.question, r.chosen)).unwrap_or_default()
    };
    let name = |m: u8| explain::member(w, m);
    let colon = words::colon(lang);
    let mut moments = Vec::new();
    let (mut fund_in, mut fund_repaid, mut written_off) = (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
    // The members who have said the agreed rule was unfair to them (told once each).
    let mut said_unfair: Vec<u8> = Vec::new();
    for e in season.journal() {
        let wk = e.week;
        let mut moment =
            |what: String, detail: String, note: String| moments.push(Moment { week: wk, what, detail, note });
        match &e.ev {
            Ev::WeekStarted { rain_days } if *rain_days >= 3 => moment(
                tr!("report-rainy-week", rain_days = format!("{}", rain_days)).get(lang).to_string(),
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
            Ev::Crisis { on: false, .. } => {
                moment(tr!("report-the-crisis-is-over").get(lang).to_string(), String::new(), String::new())
            }
            Ev::StageChanged { stage } => moment(
                format!("{}{colon}{}", word(lang, K::StageWord), explain::stage(*stage, lang)),
                String::new(),
                String::new(),
            ),
            Ev::Conflict { a, b } => moment(
                tr!("report-conflict-between-and", a = format!("{}", name(*a)), b = format!("{}", name(*b)))
                    .get(lang)
                    .to_string(),
                String::new(),
                String::new(),
            ),
            Ev::Left { member } => moment(
                tr!("report-leaves-the-coop", member = format!("{}", name(*member))).get(lang).to_string(),
                String::new(),
                String::new(),
            ),
            // The split broke the rule agreed in June (model 3): trust and heart lost.
            Ev::RuleBroken { plan } => moment(explain::rule_broken(*plan, w, lang), String::new(), String::new()),
            // A hard worker finds the rule in equal shares unfair (model 6): the first time each says so.
            Ev::Cue { cue: cue @ crate::sim::journal::Cue::Unfair { member }, .. } if !said_unfair.contains(member) => {
                said_unfair.push(*member);
                moment(explain::cue(*cue, w, lang), tr!("report-unfair-rule").get(lang).to_string(), String::new())
            }
            // A novice group fell for a shared misconception (model 3): a moment to discuss.
            Ev::Misled { d, belief } => moment(
                format!("{}{colon}{}", what_of(*d), explain::belief(*belief, lang)),
                String::new(),
                String::new(),
            ),
            Ev::Tx { kind, amount, .. } => match kind {
                TxKind::FundReceived => fund_in += *amount,
                TxKind::FundRepaid => fund_repaid += *amount,
                TxKind::WriteOff => written_off += *amount,
                _ => {}
            },
            _ => {}
        }
    }
    (moments, [fund_in, fund_repaid, written_off])
}

/// Each change of score in words, and the starting V, S and A.
fn evidence(digest: &Digest, decisions: &[DecRow], w: &World, lang: Lang) -> (Vec<EvRow>, [f64; 3]) {
    let what_of = |d: u16| {
        decisions.iter().find(|r| r.d == d).map(|r| format!("{} → {}", r.question, r.chosen)).unwrap_or_default()
    };
    let mut evidence = Vec::new();
    let mut start = [0.0; 3];
    let mut start_a = [0i32; 3];
    for m in &digest.moves {
        if m.rule == Rule::Start {
            match m.comp {
                Comp::V => start[0] = m.after as f64 / 100.0,
                Comp::S => start[1] = m.after as f64 / 100.0,
                Comp::A(sp) => start_a[sp.index()] = m.after,
            }
        }
        let what = match m.cause {
            Cause::Decision(d) => what_of(d),
            Cause::Objective(o) => explain::objective(o, w, lang),
            _ => String::new(),
        };
        evidence.push(EvRow {
            week: m.week,
            delta: m.delta,
            after: m.after,
            rule: m.rule,
            sentence: explain::evidence(m.comp, m.delta, m.rule, m.cause, &what, lang),
        });
    }
    start[2] = start_a.iter().sum::<i32>() as f64 / 300.0;
    (evidence, start)
}

impl<'a> Model<'a> {
    pub(super) fn new(played: Played<'a>, lang: Lang) -> Model<'a> {
        let (w, season) = (&played.summer.world, &played.summer.season);
        let sc = &w.scenario;
        let digest = Digest::of(season);
        let decisions: Vec<DecRow> = digest.decisions.iter().map(|r| DecRow::of(r, season, w, lang)).collect();
        let mut who = [[0u32; 3]; 3];
        let (mut coop_name, mut chair, mut plan) = (None, None, None);
        for r in &decisions {
            match r.kind {
                Some(Kind::Name) => coop_name = Some(r.chosen.clone()),
                Some(Kind::Board) => chair = Some(r.chosen.clone()),
                Some(Kind::Surplus) => plan = Some(r.chosen.clone()),
                _ => {}
            }
            who[sphere_ix(r.sphere)][decider_ix(r.by)] += 1;
        }
        let (moments, [fund_in, fund_repaid, written_off]) = moments(season, w, lang, &decisions);
        let (evidence, start) = evidence(&digest, &decisions, w, lang);
        let members = sc
            .cooperants
            .iter()
            .zip(season.members())
            .map(|(c, m)| MemberRow {
                name: c.name.clone(),
                minutes: m.minutes,
                paid: m.paid,
                surplus: m.surplus,
                active: m.active,
            })
            .collect();
        Model {
            save: &played.summer.save,
            polls: played.polls,
            w,
            season,
            lang,
            cur: sc.currency,
            loc: crate::text::reader_locale(sc.locale, lang),
            decisions,
            moments,
            evidence,
            members,
            digest,
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

    pub(super) fn t(&self, k: K) -> &'static str {
        word(self.lang, k)
    }

    pub(super) fn money(&self, d: Decimal) -> String {
        money(d, self.cur, self.loc)
    }

    pub(super) fn num(&self, x: f64, dp: usize) -> String {
        words::num(x, dp, self.loc)
    }

    pub(super) fn title(&self) -> &str {
        self.w.scenario.title.get(self.lang)
    }

    pub(super) fn date(&self, week: u8) -> String {
        words::week_date(&self.w.scenario.calendar.start, week, self.loc, self.lang)
    }

    pub(super) fn week_label(&self, week: u8) -> String {
        format!("{}{}", self.t(K::WeekShort), week)
    }

    pub(super) fn minutes(&self) -> u64 {
        self.season.members().iter().map(|m| m.minutes as u64).sum()
    }

    pub(super) fn member_pay(&self) -> Decimal {
        self.season.member_pay()
    }

    pub(super) fn pay_per_youth(&self) -> Decimal {
        (self.member_pay() / Decimal::from(self.w.members.len().max(1))).round_dp(2)
    }

    pub(super) fn pay_per_hour(&self) -> Option<Decimal> {
        let m = self.minutes();
        (m > 0).then(|| (self.member_pay() * Decimal::from(60) / Decimal::from(m)).round_dp(2))
    }

    pub(super) fn contracts(&self) -> u32 {
        self.season.weeks().iter().map(|w| w.contracts).sum()
    }

    pub(super) fn lost(&self) -> u32 {
        self.season.weeks().iter().map(|w| w.lost).sum()
    }

    pub(super) fn policy(&self) -> String {
        match &self.save.policy {
            Some(p) => p.clone(),
            None => self.t(K::Players).to_string(),
        }
    }

    pub(super) fn mode(&self) -> &'static str {
        match self.save.mode {
            Mode::Animateur => self.t(K::ModeAnimateur),
            Mode::Cooperative => self.t(K::ModeCooperative),
        }
    }

    pub(super) fn sphere_name(&self, s: Sphere) -> &'static str {
        match s {
            Sphere::Business => self.t(K::Business),
            Sphere::Associative => self.t(K::Associative),
            Sphere::Work => self.t(K::Work),
        }
    }

    pub(super) fn fit_word(&self, r: &DecRow) -> &'static str {
        match r.fit() {
            0 => self.t(K::FitOk),
            1 => self.t(K::FitMore),
            _ => self.t(K::FitLess),
        }
    }

    pub(super) fn posture_word(&self, r: &DecRow) -> String {
        let p = r.posture.map(|p| explain::posture(p, self.lang)).unwrap_or_default();
        match &r.proposed {
            Some(o) => format!("{p}{}{o}", words::colon(self.lang)),
            None => p,
        }
    }

    pub(super) fn need_word(&self, r: &DecRow) -> String {
        explain::posture(r.need.fitting(), self.lang)
    }

    pub(super) fn vote_word(&self, r: &DecRow) -> String {
        if r.voters == 0 {
            "—".into()
        } else {
            let rounds = if r.rounds > 1 { format!(", {} {}", r.rounds, self.t(K::Rounds)) } else { String::new() };
            format!("{}/{} {}{rounds}", r.votes_for, r.voters, self.t(K::VotesFor))
        }
    }

    pub(super) fn procedure_word(&self, r: &DecRow) -> String {
        r.procedure.map(|p| explain::procedure(p, self.lang)).unwrap_or_else(|| "—".into())
    }

    pub(super) fn comp_word(&self, c: Comp) -> String {
        explain::comp(c, self.lang)
    }

    /// The surplus parts: (label, amount).
    pub(super) fn surplus_parts(&self) -> Vec<(&'static str, Decimal)> {
        let l = &self.season.ledger();
        vec![
            (self.t(K::ToMembers), l.balance(Account::SurplusMembers)),
            (self.t(K::Reserve), l.balance(Account::SurplusReserve)),
            (self.t(K::Donation), l.balance(Account::SurplusDonation)),
            (self.t(K::Activity), l.balance(Account::SurplusActivity)),
        ]
    }

    /// What the closing settled before splitting the surplus: the starting fund repaid to the
    /// comité local, the unpaid invoices written off.
    pub(super) fn before_split(&self) -> Vec<(&'static str, Decimal)> {
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
    pub(super) fn figures(&self) -> Vec<(&'static str, String)> {
        let l = &self.season.ledger();
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
            (self.t(K::MembersEnd), format!("{} / {}", self.season.active_members(), self.season.members().len())),
        ]);
        v
    }

    /// Indicators of how the group did, each with the component it speaks to.
    pub(super) fn indicators(&self) -> Vec<(String, String, &'static str)> {
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
            (tr!("report-measure-posture-fit").get(l).into(), pct(fit, n), s),
            (tr!("report-more-help-than-needed").get(l).into(), more.to_string(), s),
            (tr!("report-less-help-than-needed").get(l).into(), less.to_string(), s),
            (tr!("report-measure-crisis-fit").get(l).into(), pct(crisis_fit, crisis.len()), s),
            (tr!("report-measure-by-group").get(l).into(), pct(by(Decider::Group), n), a),
            (tr!("report-measure-by-comite").get(l).into(), pct(by(Decider::Comite), n), a),
            (tr!("report-measure-by-animateurs").get(l).into(), pct(by(Decider::Animateurs), n), a),
            (tr!("report-measure-decided-for-group").get(l).into(), rule(Rule::DecidedForGroup).to_string(), a),
            (tr!("report-members-own-proposals-adopted").get(l).into(), rule(Rule::OwnProposal).to_string(), a),
            (tr!("report-measure-objectives-set").get(l).into(), rule(Rule::ObjectiveSet).to_string(), v),
            (tr!("report-measure-consistent").get(l).into(), rule(Rule::Consistent).to_string(), v),
            (tr!("report-measure-votes-for-chosen").get(l).into(), pct(vf as usize, vt as usize), v),
        ]
    }

    /// Each objective the group set: its label, what it measures, where it stood at the review
    /// and at the end (measure / target — verdict), and whether it was reached.
    pub(super) fn objectives(&self) -> Vec<[String; 5]> {
        let mut rows: Vec<(u8, [String; 5])> = Vec::new();
        let l = self.lang;
        let verdict = |ok: bool, yes: &str, no: &str| crate::i18n::tr(l, if ok { yes } else { no });
        for e in self.season.journal() {
            // i18n keys
            let (o, value, target, cell, text) = match e.ev {
                Ev::ObjectiveReviewed { objective, value, target, on_track } => {
                    (objective, value, target, 2, verdict(on_track, "story-on-track", "story-behind"))
                }
                Ev::ObjectiveJudged { objective, value, target, reached } => {
                    (objective, value, target, 3, verdict(reached, "story-reached", "story-missed"))
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

    /// The trainee's readings, decision by decision: (week, question, sphere, read, was, the
    /// cues shown). Empty when no reading was stated (cooperative mode, policies but `reader`).
    pub(super) fn readings(&self) -> Vec<(u8, String, Sphere, Reading, Reading, String)> {
        self.digest
            .readings
            .iter()
            .map(|r| {
                let row = self.decisions.iter().find(|x| x.d == r.d);
                let (question, sphere) =
                    row.map(|x| (x.question.clone(), x.sphere)).unwrap_or((String::new(), Sphere::Associative));
                let cues: Vec<String> = r.cues.iter().map(|&c| explain::cue(c, self.w, self.lang)).collect();
                (r.week, question, sphere, r.read, r.was, cues.join(" · "))
            })
            .collect()
    }

    /// The diagnosis in one line: readings that matched, overall, by sphere and in crises.
    pub(super) fn diagnosis_line(&self) -> Option<String> {
        let r = self.readings();
        if r.is_empty() {
            return None;
        }
        let share = |rows: Vec<&(u8, String, Sphere, Reading, Reading, String)>| {
            let ok = rows.iter().filter(|x| x.3 == x.4).count();
            if rows.is_empty() {
                "—".to_string()
            } else {
                format!("{ok}/{} ({} %)", rows.len(), ok * 100 / rows.len())
            }
        };
        let all = share(r.iter().collect());
        let by: Vec<String> = Sphere::ALL
            .iter()
            .map(|&sp| format!("{} {}", self.sphere_name(sp), share(r.iter().filter(|x| x.2 == sp).collect())))
            .collect();
        let crisis = share(r.iter().filter(|x| x.4.crisis).collect());
        Some(
            tr!(
                "report-readings-matched",
                all = format!("{}", all),
                by = format!("{}", by.join(", ")),
                crisis = format!("{}", crisis)
            )
            .get(self.lang)
            .to_string(),
        )
    }

    /// The kinds of cue missed most, in words: those that pointed to what the group was at the
    /// decisions misread, the most frequent first (`Digest::missed_most`).
    pub(super) fn missed_most(&self) -> Vec<String> {
        self.digest
            .missed_most(crate::words::digest::MISSED_MOST)
            .iter()
            .map(|m| explain::missed(m, self.lang))
            .collect()
    }

    /// The decisions the trainee misread: (week, question, read, was, cues).
    pub(super) fn misread(&self) -> Vec<[String; 5]> {
        self.readings()
            .into_iter()
            .filter(|x| x.3 != x.4)
            .map(|(wk, q, _, read, was, cues)| {
                [self.week_label(wk), q, explain::reading(read, self.lang), explain::reading(was, self.lang), cues]
            })
            .collect()
    }

    /// Evidence summed by component and rule: (component, rule words, times, total hundredths).
    /// The two faces of convergence are summed apart; any other rule's moves are summed together
    /// and named by the first one's sign.
    pub(super) fn by_rule(&self) -> Vec<(Comp, String, u32, i32)> {
        let mut out = Digest::sum_by(&self.digest.moves, |m| (m.comp, m.rule, m.rule == Rule::Convergence && m.up()));
        out.sort_by_key(|x| x.first.comp.index());
        out.into_iter()
            .map(|x| (x.first.comp, explain::rule(x.first.rule, x.first.up(), self.lang), x.count, x.total))
            .collect()
    }

    pub(super) fn final_of(&self, c: Comp) -> i32 {
        self.season.scores().get(c)
    }

    /// Columns of the score chart: start, each week, and the closing if the summer is over.
    pub(super) fn score_columns(&self) -> (Vec<String>, [Vec<f64>; 3], Vec<bool>) {
        let mut labels = vec![self.t(K::Start).to_string()];
        let mut vals = [vec![self.start[0]], vec![self.start[1]], vec![self.start[2]]];
        let mut shade = vec![false];
        for r in self.season.weeks() {
            labels.push(self.week_label(r.week));
            vals[0].push(r.v);
            vals[1].push(r.s);
            vals[2].push(r.a);
            shade.push(r.crisis);
        }
        if self.season.over() {
            let s = &self.season.scores();
            labels.push(self.t(K::Closing).to_string());
            vals[0].push(s.vision());
            vals[1].push(s.support());
            vals[2].push(s.autonomy());
            shade.push(false);
        }
        (labels, vals, shade)
    }

    /// Columns of the money chart: (sales, costs, cash) at the start, each week, the closing.
    pub(super) fn money_columns(&self) -> Vec<(Decimal, Decimal, Decimal)> {
        let mut v = vec![(Decimal::ZERO, Decimal::ZERO, self.fund_in)];
        v.extend(self.season.weeks().iter().map(|r| (r.sales, r.costs, r.cash)));
        if self.season.over() {
            let l = &self.season.ledger();
            v.push((l.sales(), l.costs(), l.cash()));
        }
        v
    }
}
