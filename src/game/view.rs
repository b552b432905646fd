//! View models: what each screen shows, read from the engine's state and journal and put into
//! words with `words::explain` and the game's texts. Nothing here changes the season.

use crate::decision::{Kind, Posture, Procedure};
use crate::save::{Mode, Summer};
use crate::sim::World;
use crate::sim::journal::Ev;
use crate::text::Lang;
use crate::words::digest::Digest;
use crate::words::explain;

use super::i18n::{t, ta};
pub use super::state::PollView;
use super::state::{Meeting, Play, Stage};
pub use super::why::{Misread, Worst};

pub use super::i18n::{money, option_words};

/// A scenario on the title screen.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioRow {
    pub title: String,
    pub pitch: String,
    pub level: String,
    pub weeks: u8,
    pub cooperants: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TitleView {
    pub lang: Lang,
    pub scenarios: Vec<ScenarioRow>,
    pub notice: Option<String>,
    /// The trainer's "guided" setting.
    pub guided: bool,
    /// The trainee's practice mode.
    pub practice: bool,
}

impl TitleView {
    pub fn of(scenarios: &[crate::scenario::Loaded], lang: Lang, notice: Option<String>) -> Self {
        TitleView {
            lang,
            notice,
            guided: false,
            practice: false,
            scenarios: scenarios
                .iter()
                .map(|l| {
                    let s = &l.scenario;
                    ScenarioRow {
                        title: s.title.get(lang).to_string(),
                        pitch: s.pitch.get(lang).to_string(),
                        level: s.level.word(lang).to_string(),
                        weeks: s.calendar.weeks,
                        cooperants: s.cooperants.iter().map(|c| c.name.clone()).collect(),
                    }
                })
                .collect(),
        }
    }
}

/// A cooperant as the team panel and the town show it.
#[derive(Debug, Clone, PartialEq)]
pub struct MemberRow {
    pub name: String,
    pub active: bool,
    pub absent: bool,
    /// 0–100.
    pub motivation: f64,
    pub fatigue: f64,
    pub hours: f64,
}

/// A past decision, for the journal and the rewind list.
#[derive(Debug, Clone, PartialEq)]
pub struct DecisionRow {
    pub week: u8,
    pub title: String,
    pub posture: String,
    pub result: String,
    pub by: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SeasonView {
    pub lang: Lang,
    pub coop: String,
    pub scenario: String,
    pub week: u8,
    pub weeks: u8,
    pub cash: String,
    pub sales: String,
    pub reputation: f64,
    pub mood: f64,
    pub stage: String,
    pub crisis: Option<String>,
    /// Shown only in the tutorial or with the guided setting on.
    pub readiness: Option<f64>,
    pub v: f64,
    pub s: f64,
    pub a: f64,
    pub pec: f64,
    pub spheres: [f64; 3],
    pub members: Vec<MemberRow>,
    /// The decision due, if any.
    pub next: Option<String>,
    pub next_is_event: bool,
    pub decisions: Vec<DecisionRow>,
    pub mode: Mode,
    pub notice: Option<String>,
    /// The tutorial's welcome, before its first decision.
    pub welcome: bool,
    /// The members at risk of leaving (`why::at_risk`), by their rank in the team.
    pub at_risk: Vec<usize>,
}

pub fn coop_name(play: &Play, lang: Lang) -> String {
    let (w, s) = (&play.summer.world, &play.summer.season);
    s.coop()
        .name
        .and_then(|i| w.scenario.coop_names.get(i as usize).cloned())
        .unwrap_or_else(|| t(lang, "coop-unnamed"))
}

/// The decisions taken so far, in order, with their result in words.
pub fn decisions(play: &Play, digest: &Digest, lang: Lang) -> Vec<DecisionRow> {
    let w = &play.summer.world;
    digest
        .decisions
        .iter()
        .map(|r| {
            let result = play
                .item(r.d)
                .map(|item| option_words(item, r.chosen, w, lang))
                .unwrap_or_else(|| ta(lang, "decision-option", &[("n", &(r.chosen + 1).to_string())]));
            let result = if r.voters > 0 { format!("{result} ({}/{})", r.votes_for, r.voters) } else { result };
            DecisionRow {
                week: r.week,
                title: r.kind.map(|k| explain::kind(k, w, lang)).unwrap_or_default(),
                posture: r.posture.map(|p| explain::posture(p, lang)).unwrap_or_default(),
                result,
                by: explain::decider(r.by, lang),
            }
        })
        .collect()
}

impl SeasonView {
    pub fn of(play: &Play, lang: Lang, notice: Option<String>) -> Self {
        let w = &play.summer.world;
        let s = &play.summer.season;
        let members: Vec<MemberRow> = s
            .members()
            .iter()
            .enumerate()
            .map(|(i, m)| MemberRow {
                name: explain::member(w, i as u8),
                active: m.active,
                absent: m.absent,
                motivation: m.motivation * 100.0,
                fatigue: m.fatigue * 100.0,
                hours: f64::from(m.minutes) / 60.0,
            })
            .collect();
        let pending = s.pending();
        SeasonView {
            lang,
            coop: coop_name(play, lang),
            scenario: w.scenario.title.get(lang).to_string(),
            week: s.week(),
            weeks: w.weeks,
            cash: money(s.ledger().cash(), w, lang),
            sales: money(s.ledger().sales(), w, lang),
            reputation: s.market().reputation * 100.0,
            mood: s.commitment() * 100.0,
            stage: explain::stage(s.group().stage, lang),
            crisis: s.group().crisis.map(|c| explain::crisis(c, w, lang)),
            readiness: play.shows_readiness().then(|| s.readiness() * 100.0),
            v: s.scores().vision(),
            s: s.scores().support(),
            a: s.scores().autonomy(),
            pec: s.scores().pec(w.scenario.pec_weights),
            spheres: [
                s.scores().sphere(crate::scenario::Sphere::Business),
                s.scores().sphere(crate::scenario::Sphere::Associative),
                s.scores().sphere(crate::scenario::Sphere::Work),
            ],
            members,
            next: pending.map(|i| explain::kind(i.kind, w, lang)),
            next_is_event: pending.is_some_and(|i| matches!(i.kind, Kind::Event(_))),
            decisions: decisions(play, &Digest::of(s), lang),
            mode: play.summer.save.mode,
            notice,
            welcome: w.scenario.level == crate::scenario::Level::Tutorial && play.summer.save.inputs.is_empty(),
            at_risk: super::why::at_risk_members(play),
        }
    }
}

/// One line of the debate, as it was spoken.
#[derive(Debug, Clone, PartialEq)]
pub struct DebateLine {
    pub member: u8,
    pub name: String,
    pub text: String,
    pub option: u8,
}

/// How a cooperant's proposal is put, as the table shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Say {
    OffTopic,
    HalfFormed,
    WellArgued,
    /// Everybody wants a say: one of many voices.
    Lively,
}

/// What one cooperant shows at the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SeatMark {
    /// Speaks, and how.
    pub says: Option<Say>,
    /// Turns to the animateurs: « what should we do? ».
    pub asks: bool,
    /// Stays silent, looks away.
    pub silent: bool,
    /// Yawns, came in late.
    pub tired: bool,
    pub absent: bool,
    /// At odds with this member.
    pub at_odds: Option<u8>,
    /// Left the coop: an empty chair.
    pub gone: bool,
}

/// The tone of the group after the week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Gloomy,
    Upbeat,
}

/// The cooperants around the table as the cues of the decision show them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TableMarks {
    pub seats: Vec<SeatMark>,
    pub side_talk: bool,
    pub tone: Option<Tone>,
}

impl TableMarks {
    /// The marks of the table, from the cues alone (and who is still in the coop): never from
    /// the readiness or the need, which this function cannot see. A `Silent { quiet }` cue
    /// names no one: the table shows the `quiet` least assertive cooperants present who say
    /// nothing else, as the engine draws silence from the quiet ones (`cues.rs`); assertiveness
    /// is a trait of the scenario's cooperant, not the group's hidden state.
    pub fn of(cues: &[crate::sim::season::Cue], w: &World, active: &[bool]) -> TableMarks {
        use crate::sim::season::Cue;
        let n = w.scenario.cooperants.len();
        let mut seats: Vec<SeatMark> = (0..n)
            .map(|m| SeatMark { gone: !active.get(m).copied().unwrap_or(false), ..SeatMark::default() })
            .collect();
        let mut t = TableMarks::default();
        let mut quiet = 0u8;
        let mut lively = false;
        for &c in cues {
            let mut at = |m: u8, f: &mut dyn FnMut(&mut SeatMark)| {
                if let Some(s) = seats.get_mut(m as usize) {
                    f(s);
                }
            };
            match c {
                Cue::Silent { quiet: q } => quiet = q,
                Cue::Lively => lively = true,
                Cue::OffTopic { member } => at(member, &mut |s| s.says = Some(Say::OffTopic)),
                Cue::HalfFormed { member } => at(member, &mut |s| s.says = Some(Say::HalfFormed)),
                Cue::WellArgued { member } => at(member, &mut |s| s.says = Some(Say::WellArgued)),
                Cue::AsksAnimateurs { member } => at(member, &mut |s| s.asks = true),
                Cue::SideTalk => t.side_talk = true,
                Cue::Tired { member } => at(member, &mut |s| s.tired = true),
                Cue::AtOdds { a, b } => {
                    at(a, &mut |s| s.at_odds = Some(b));
                    at(b, &mut |s| s.at_odds = Some(a));
                }
                Cue::Absent { member } => at(member, &mut |s| s.absent = true),
                Cue::Gloomy => t.tone = Some(Tone::Gloomy),
                Cue::Upbeat => t.tone = Some(Tone::Upbeat),
                // Told in the list of cues beside the table.
                Cue::AtRisk { .. }
                | Cue::Unfair { .. }
                | Cue::Tension
                | Cue::Despondent
                | Cue::MoneyWorry
                | Cue::Aftermath { .. }
                | Cue::Prepared { .. }
                | Cue::Unprepared => {}
            }
        }
        let present = |s: &SeatMark| !s.gone && !s.absent;
        // Who may be the silent ones: present, and not already heard (speaking, asking, or
        // trading barbs).
        let calm = |s: &SeatMark| present(s) && s.says.is_none() && !s.asks && s.at_odds.is_none();
        if quiet > 0 {
            let mut calm: Vec<usize> = (0..n).filter(|&m| calm(&seats[m])).collect();
            let assert = |m: usize| w.members.get(m).map_or(1.0, |x| x.assertiveness);
            calm.sort_by(|&a, &b| assert(a).total_cmp(&assert(b)).then(a.cmp(&b)));
            for m in calm.into_iter().take(quiet as usize) {
                seats[m].silent = true;
            }
        }
        if lively {
            for s in seats.iter_mut().filter(|s| present(s) && s.says.is_none() && !s.silent) {
                s.says = Some(Say::Lively);
            }
        }
        t.seats = seats;
        t
    }

    /// What seat `m` shows, in words (the figure's accessible label and tooltip).
    pub fn describe(&self, m: usize, names: &[String], lang: Lang) -> String {
        let Some(s) = self.seats.get(m) else { return String::new() };
        let name = names.get(m).cloned().unwrap_or_default();
        let mut parts = Vec::new();
        if s.gone {
            parts.push(t(lang, "table-mark-gone"));
        }
        if s.absent {
            parts.push(t(lang, "table-mark-absent"));
        }
        if let Some(say) = s.says {
            parts.push(t(
                lang,
                match say {
                    Say::OffTopic => "table-mark-off-topic",
                    Say::HalfFormed => "table-mark-half-formed",
                    Say::WellArgued => "table-mark-well-argued",
                    Say::Lively => "table-mark-speaks",
                },
            ));
        }
        if s.asks {
            parts.push(t(lang, "table-mark-asks"));
        }
        if s.silent {
            parts.push(t(lang, "table-mark-silent"));
        }
        if s.tired {
            parts.push(t(lang, "table-mark-tired"));
        }
        if let Some(o) = s.at_odds {
            parts.push(ta(
                lang,
                "table-mark-at-odds",
                &[("name", &names.get(o as usize).cloned().unwrap_or_default())],
            ));
        }
        if parts.is_empty() { name } else { ta(lang, "table-mark", &[("name", &name), ("marks", &parts.join(", "))]) }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct DecisionView {
    pub lang: Lang,
    pub week: u8,
    pub title: String,
    pub is_event: bool,
    /// The event's story.
    pub story: Option<String>,
    pub sphere: String,
    pub options: Vec<String>,
    pub postures: Vec<(Posture, String, String)>,
    /// What the group shows at this decision, in words.
    pub cues: Vec<String>,
    /// The readiness and the crisis: only in the tutorial or with the guided setting on; with
    /// the readiness, the willingness, and whether the need map reads the group as not willing
    /// (under `need_map::WILLING_FROM`, model 8 on).
    pub readiness: Option<(f64, f64, bool)>,
    pub crisis: Option<String>,
    /// The true reading of the group (its need), guided display only.
    pub need: Option<String>,
    /// The guided setting is on (the tutorial shows the need without it: no "guided mode").
    pub guided: bool,
    /// After the result, in the tutorial (or guided): what the group needed, the posture taken
    /// and why each score moved with this decision.
    pub explained: Vec<String>,
    /// After the result: « you read X, the group was Y ».
    pub reading: Option<String>,
    /// After the result, outside the tutorial and the guided setting (which explain it with
    /// the scores): how the posture fitted the group.
    pub fit: Option<String>,
    /// Practice mode (or the tutorial), before the posture is chosen: what the group is (the
    /// true reading), which the assembly says only once the trainee has stated and checked a
    /// reading. `None` otherwise.
    pub practice: Option<crate::decision::Reading>,
    /// After a reading that missed: which cues pointed where.
    pub pointing: Vec<String>,
    /// Who the people named in the story or the options are, when they do not sit at the
    /// table: the animateurs.
    pub cast: Vec<String>,
    pub mode: Mode,
    pub stage: Stage,
    pub paused: bool,
    /// The player at the keyboard (hot seat).
    pub seat: Option<(u8, String)>,
    /// Ballots cast on the decision due (keyboard and phones).
    pub voted: usize,
    /// Ballots expected: the players' seats still in the coop (keyboard and phones).
    pub expected: usize,
    pub seats: usize,
    /// What the cooperants around the table show: from the cues only.
    pub table: TableMarks,
    /// A room is open (animateur mode: the room can be polled on the posture).
    pub room: bool,
    /// The room's posture poll of this decision, if asked.
    pub poll: Option<PollView>,
    /// After the result: the debate, the votes, the result in words.
    pub debate: Vec<DebateLine>,
    pub votes: Vec<(u8, String, u8)>,
    pub result: Option<String>,
    pub names: Vec<String>,
    pub notice: Option<String>,
}

/// What the journal says of the decision just settled: its debate, the ballots, the result and
/// the trainee's reading in words, and the cues the group showed.
#[derive(Debug, Default)]
struct Told {
    debate: Vec<DebateLine>,
    votes: Vec<(u8, String, u8)>,
    result: Option<String>,
    reading: Option<String>,
    /// What the group was, when the trainee's reading missed it.
    misread: Option<crate::decision::Reading>,
    cues: Vec<crate::sim::season::Cue>,
}

impl Told {
    fn of(play: &Play, st: super::state::Settled, item: &crate::decision::Item, lang: Lang) -> Told {
        let (w, s) = (&play.summer.world, &play.summer.season);
        let (mut debate, mut votes, mut result, mut reading, mut raw) =
            (Vec::new(), Vec::new(), None, None, Vec::new());
        let mut misread = None;
        for e in &s.journal()[st.journal_from..] {
            match &e.ev {
                Ev::Posture { d, posture, option } if *d == st.d => {
                    let mut text = ta(lang, "debate-posture", &[("posture", &explain::posture(*posture, lang))]);
                    if let Some(o) = option {
                        text.push_str(" — ");
                        text.push_str(&option_words(item, *o, w, lang));
                    }
                    debate.push(DebateLine {
                        member: u8::MAX,
                        name: t(lang, "animateurs"),
                        text,
                        option: option.unwrap_or(u8::MAX),
                    });
                }
                Ev::Proposal { d, member, option } if *d == st.d => {
                    debate.push(DebateLine {
                        member: *member,
                        name: explain::member(w, *member),
                        text: ta(lang, "debate-proposes", &[("option", &option_words(item, *option, w, lang))]),
                        option: *option,
                    });
                }
                Ev::Argument { d, member, option, aim } if *d == st.d => {
                    let because =
                        aim.map(|a| ta(lang, "debate-because", &[("aim", &explain::aim(a, lang))])).unwrap_or_default();
                    debate.push(DebateLine {
                        member: *member,
                        name: explain::member(w, *member),
                        text: ta(
                            lang,
                            "debate-argues",
                            &[("option", &option_words(item, *option, w, lang)), ("because", &because)],
                        ),
                        option: *option,
                    });
                }
                Ev::Cue { d, cue } if *d == st.d => raw.push(*cue),
                Ev::Reading { d, read, was } if *d == st.d => {
                    misread = (read != was).then_some(*was);
                    reading = Some(ta(
                        lang,
                        "reading-result",
                        &[("read", &explain::reading(*read, lang)), ("was", &explain::reading(*was, lang))],
                    ));
                }
                Ev::Vote { d, member, option } if *d == st.d => {
                    votes.push((*member, explain::member(w, *member), *option));
                }
                Ev::Decided { d, option, by, procedure, votes_for, voters, rounds } if *d == st.d => {
                    let option = option_words(item, *option, w, lang);
                    let by = explain::decider(*by, lang);
                    let share = if *voters > 0 { *votes_for as f64 / *voters as f64 } else { 0.0 };
                    let (votes_for, voters, rounds) = (votes_for.to_string(), voters.to_string(), rounds.to_string());
                    let mut args: Vec<(&str, &str)> = vec![("option", &option), ("by", &by)];
                    let how = procedure.map(|p| explain::procedure(p, lang)).unwrap_or_default();
                    // A consensus not reached in its rounds fell back to a majority vote: it
                    // is not a consensus of 4 votes of 11.
                    let key = match procedure {
                        // Imposed by the animateurs: nobody voted.
                        None => "decision-result-imposed",
                        Some(Procedure::Consensus) if share < w.params.consensus_threshold => {
                            "decision-result-no-consensus"
                        }
                        Some(_) => "decision-result",
                    };
                    if key != "decision-result-imposed" {
                        args.extend([
                            ("how", how.as_str()),
                            ("for", &votes_for),
                            ("voters", &voters),
                            ("rounds", &rounds),
                        ]);
                    }
                    result = Some(ta(lang, key, &args));
                }
                _ => {}
            }
        }
        Told { debate, votes, result, reading, misread, cues: raw }
    }
}

impl DecisionView {
    /// The decision due, or (when settled) the one just settled, rebuilt from the journal.
    pub fn of(
        play: &Play,
        meeting: &Meeting,
        item: &crate::decision::Item,
        lang: Lang,
        notice: Option<String>,
    ) -> Self {
        let Summer { world: w, save, season: s } = &play.summer;
        let story = match item.kind {
            Kind::Event(e) => w.scenario.events.get(e as usize).map(|e| e.text.get(lang).to_string()),
            _ => None,
        };
        let seat = match meeting.stage {
            Stage::Handoff(i) | Stage::Ballot(i) => save.seats.get(i).map(|&m| (m, explain::member(w, m))),
            _ => None,
        };
        let Told { debate, votes, result, reading, misread, cues: mut raw } = match (&meeting.stage, meeting.settled) {
            (Stage::Settled, Some(st)) => Told::of(play, st, item, lang),
            _ => Told::default(),
        };
        if meeting.stage != Stage::Settled {
            raw = s.cues(w);
        }
        let cues: Vec<String> = raw.iter().map(|&c| explain::cue(c, w, lang)).collect();
        // The roster as it was when the decision was taken: who left in the week that followed
        // still sat at the table then.
        let mut active: Vec<bool> = s.members().iter().map(|m| m.active).collect();
        let mut explained = Vec::new();
        let (mut fit, mut pointing) = (None, Vec::new());
        if let (Stage::Settled, Some(st)) = (&meeting.stage, meeting.settled) {
            for e in &s.journal()[st.journal_from..] {
                if let Ev::Left { member } = e.ev
                    && let Some(a) = active.get_mut(member as usize)
                {
                    *a = true;
                }
            }
            if play.shows_readiness() {
                explained = super::why::explain_decision(play, st, item, lang);
            } else {
                fit = super::why::fit(play, st.d, lang);
            }
            if let Some(was) = misread {
                pointing = super::why::cues_pointing(&raw, was, w, lang);
                pointing.extend(super::why::unwilling(play, st.d, item.sphere, lang));
            }
        }
        let table = TableMarks::of(&raw, w, &active);
        let guided = play.shows_readiness();
        let options: Vec<String> = (0..item.options.len() as u8).map(|o| option_words(item, o, w, lang)).collect();
        let cast = super::why::cast(w, &format!("{} {}", story.as_deref().unwrap_or(""), options.join(" ")), lang);
        DecisionView {
            lang,
            week: s.week(),
            title: explain::kind(item.kind, w, lang),
            is_event: matches!(item.kind, Kind::Event(_)),
            story,
            sphere: explain::sphere(item.sphere, lang),
            options,
            cast,
            postures: Posture::ALL
                .iter()
                .map(|&p| (p, explain::posture(p, lang), explain::posture_help(p, lang)))
                .collect(),
            cues,
            readiness: guided.then(|| (s.readiness() * 100.0, s.willingness() * 100.0, s.unwilling(w))),
            crisis: if guided { s.group().crisis.map(|c| explain::crisis(c, w, lang)) } else { None },
            need: if guided && meeting.stage != Stage::Settled {
                s.reading(w).map(|r| explain::reading(r, lang))
            } else {
                None
            },
            reading,
            practice: if play.practises() && save.mode == Mode::Animateur && meeting.stage == Stage::Choose {
                s.reading(w)
            } else {
                None
            },
            fit,
            pointing,
            guided: save.guided,
            explained,
            mode: save.mode,
            stage: meeting.stage.clone(),
            paused: meeting.paused,
            seat,
            voted: meeting.votes.len(),
            expected: save.seats.iter().filter(|&&m| active.get(m as usize).copied().unwrap_or(false)).count(),
            seats: save.seats.len(),
            table,
            room: meeting.room,
            poll: meeting.poll.clone(),
            debate,
            votes,
            result,
            names: (0..w.scenario.cooperants.len() as u8).map(|m| explain::member(w, m)).collect(),
            notice,
        }
    }
}

/// A week as the summary shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct WeekLine {
    pub week: u8,
    pub sales: String,
    pub costs: String,
    pub cash: String,
    pub contracts: u32,
    pub lost: u32,
    pub reputation: f64,
    pub motivation: f64,
    pub crisis: bool,
}

/// A change of score with its reason in words.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    pub week: u8,
    pub comp: usize,
    pub delta: i32,
    pub text: String,
}

fn evidence_of(play: &Play, digest: &Digest, from: usize, lang: Lang) -> Vec<Evidence> {
    digest
        .moves_from(from)
        .map(|m| {
            // The question decided, or the objective judged (its name: « Objective missed —
            // « Pay each of us » », not « —  »).
            let what = explain::about(m.cause, |d| digest.kind_of(d), &play.summer.world, lang);
            Evidence {
                week: m.week,
                comp: m.comp.part(),
                delta: m.delta,
                text: explain::evidence(m.comp, m.delta, m.rule, m.cause, &what, lang),
            }
        })
        .collect()
}

/// The score changes of one rule on one component, summed.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleTotal {
    pub comp: usize,
    pub rule: String,
    pub count: usize,
    /// Hundredths of a point.
    pub total: i32,
}

/// What each rule moved, in order of size: a week reads at a glance, not as a wall of lines.
/// Moves are summed by the words of their rule (a rule whose words change with the sign of the
/// move, as good and poor work, gives two rows).
fn by_rule(digest: &Digest, from: usize, lang: Lang) -> Vec<RuleTotal> {
    let sums = Digest::sum_by(digest.moves_from(from), |m| (m.comp.part(), explain::rule(m.rule, m.up(), lang)));
    let mut rows: Vec<RuleTotal> = sums
        .into_iter()
        .map(|x| RuleTotal {
            comp: x.first.comp.part(),
            rule: explain::rule(x.first.rule, x.first.up(), lang),
            count: x.count as usize,
            total: x.total,
        })
        .collect();
    rows.sort_by(|a, b| {
        (std::cmp::Reverse(a.total.abs()), a.comp, &a.rule).cmp(&(std::cmp::Reverse(b.total.abs()), b.comp, &b.rule))
    });
    rows
}

#[derive(Debug, Clone, PartialEq)]
pub struct SummaryView {
    pub lang: Lang,
    pub weeks: Vec<WeekLine>,
    pub happenings: Vec<String>,
    /// The three things to remember: every departure, crises and conflicts first, then the
    /// other happenings, then the largest moves of score (`why::highlights`).
    pub highlights: Vec<String>,
    /// The members at risk of leaving (`why::at_risk`), said before anyone leaves.
    pub at_risk: Vec<String>,
    /// Why reputation fell and why a week's work was poorly done, from the journal.
    pub why: Vec<String>,
    pub by_rule: Vec<RuleTotal>,
    pub evidence: Vec<Evidence>,
    pub over: bool,
}

impl SummaryView {
    pub fn of(play: &Play, journal_from: usize, weeks_from: usize, lang: Lang) -> Self {
        let w = &play.summer.world;
        let from = journal_from.min(play.summer.season.journal().len());
        let happened = super::why::happenings(play, from, lang);
        let digest = Digest::of(&play.summer.season);
        let by_rule = by_rule(&digest, from, lang);
        let comps = ["V", "S", "A"];
        let moves: Vec<String> = by_rule
            .iter()
            .map(|r| {
                let total = crate::words::points(r.total, lang);
                ta(lang, "summary-highlight-rule", &[("rule", &r.rule), ("comp", comps[r.comp]), ("total", &total)])
            })
            .collect();
        let at_risk = if play.summer.season.is_over() { Vec::new() } else { super::why::at_risk(play, lang) };
        let highlights = super::why::highlights(&happened, &[], &moves, 3);
        let weeks_from = weeks_from.min(play.summer.season.weeks().len());
        let mut why: Vec<String> = super::why::reputation_fell(play, from, weeks_from, lang).into_iter().collect();
        why.extend(super::why::work_poorly_done(play, from, weeks_from, lang));
        let all = play.summer.season.weeks();
        SummaryView {
            lang,
            // Each week's own sales and costs: the engine's records are running totals.
            weeks: all[weeks_from..]
                .iter()
                .enumerate()
                .map(|(k, r)| {
                    let prev = (weeks_from + k).checked_sub(1).and_then(|i| all.get(i));
                    let (sales0, costs0) =
                        prev.map_or((Default::default(), Default::default()), |p| (p.sales, p.costs));
                    WeekLine {
                        week: r.week,
                        sales: money(r.sales - sales0, w, lang),
                        costs: money(r.costs - costs0, w, lang),
                        cash: money(r.cash, w, lang),
                        contracts: r.contracts,
                        lost: r.lost,
                        reputation: r.reputation * 100.0,
                        motivation: r.motivation * 100.0,
                        crisis: r.crisis,
                    }
                })
                .collect(),
            happenings: happened.into_iter().map(|h| h.text).collect(),
            highlights,
            at_risk,
            why,
            by_rule,
            evidence: evidence_of(play, &digest, from, lang),
            over: play.summer.season.is_over(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct DebriefView {
    pub lang: Lang,
    pub coop: String,
    /// (week, V, S, A, PEC).
    pub scores: Vec<[f64; 5]>,
    /// (week, cash) — for the chart only; the texts use exact money.
    pub cash: Vec<[f64; 2]>,
    pub finals: [f64; 4],
    pub revenue: String,
    pub cash_end: String,
    pub pay: String,
    pub evidence: Vec<Evidence>,
    pub decisions: Vec<DecisionRow>,
    /// The trainee's diagnosis, apart from PEC: (readings that matched, readings stated).
    pub diagnosis: (u16, u16),
    /// The decisions whose reading missed, with what the group showed.
    pub misread: Vec<Misread>,
    /// The readings of readiness, counted by what the group was (rows: not ready, partly
    /// ready, ready) and what was read (columns, in the same order).
    pub confusion: [[u16; 3]; 3],
    /// Crises: (caught, missed, seen where there was none).
    pub crises: (u16, u16, u16),
    /// The kinds of cue that pointed to what the group was at the decisions misread, the most
    /// frequent first, in words (at most `digest::MISSED_MOST`).
    pub missed_most: Vec<String>,
    /// The worst misreading, to replay (`Digest::worst_misread`); `None` when none missed.
    pub worst: Option<Worst>,
    pub report: String,
    pub notice: Option<String>,
    /// The members who left the coop during the summer, and how many it had at the start.
    pub left: Vec<String>,
    pub members: usize,
    /// The trainee's summers of this scenario, from the history file (`game::history`), the
    /// oldest first; empty when there is no history.
    pub past: Vec<super::history::PastRow>,
}

impl DebriefView {
    pub fn of(play: &Play, lang: Lang, report: String, notice: Option<String>) -> Self {
        let w = &play.summer.world;
        let s = &play.summer.season;
        use rust_decimal::prelude::ToPrimitive;
        let summary = play.summer.summary();
        let digest = Digest::of(s);
        let (confusion, crises) = super::why::confusion(&digest);
        DebriefView {
            lang,
            coop: coop_name(play, lang),
            scores: s.weeks().iter().map(|r| [f64::from(r.week), r.v, r.s, r.a, r.pec]).collect(),
            cash: s.weeks().iter().map(|r| [f64::from(r.week), r.cash.to_f64().unwrap_or(0.0)]).collect(),
            finals: [
                s.scores().vision(),
                s.scores().support(),
                s.scores().autonomy(),
                s.scores().pec(w.scenario.pec_weights),
            ],
            revenue: money(s.ledger().sales(), w, lang),
            cash_end: money(s.ledger().cash(), w, lang),
            pay: money(summary.finance.pay_per_member, w, lang),
            evidence: evidence_of(play, &digest, 0, lang),
            decisions: decisions(play, &digest, lang),
            diagnosis: (summary.readings_matched, summary.readings),
            misread: super::why::misreads(play, &digest, lang),
            confusion,
            crises,
            missed_most: digest
                .missed_most(crate::words::digest::MISSED_MOST)
                .iter()
                .map(|m| explain::missed(m, lang))
                .collect(),
            worst: digest.worst_misread().map(|r| Worst {
                d: r.d,
                week: r.week,
                title: digest.kind_of(r.d).map(|k| explain::kind(k, w, lang)).unwrap_or_default(),
                read: explain::reading(r.read, lang),
                was: explain::reading(r.was, lang),
            }),
            report,
            notice,
            left: s
                .journal()
                .iter()
                .filter_map(|e| match e.ev {
                    Ev::Left { member } => Some(explain::member(w, member)),
                    _ => None,
                })
                .collect(),
            members: s.members().len(),
            past: Vec::new(),
        }
    }
}
