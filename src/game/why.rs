//! What happened and why, in words, read from what the engine already wrote (its journal, its
//! week records and the members' state): the week's highlights ranked so that a departure, a
//! crisis or a conflict is never hidden behind "X is away"; the members at risk of leaving,
//! before they leave; why reputation fell; why a week's work was poorly done. Nothing here
//! computes a rule of the model: it counts and names what the engine recorded.

use crate::i18n::{FluentValue, tr_args};
use crate::scoring::Cause;
use crate::sim::World;
use crate::sim::journal::{Ev, Lost};
use crate::text::Lang;
use crate::words::digest::Digest;
use crate::words::explain;

use super::i18n::{t, ta};
use super::state::Play;

/// A happening of the weeks just played and how much it matters (0 first).
#[derive(Debug, Clone, PartialEq)]
pub struct Happening {
    pub rank: u8,
    pub text: String,
}

/// What happened in the journal from `from`, in the order it happened, each with its rank:
/// departures, then crises, then conflicts, then events and stages, then the rest.
pub fn happenings(play: &Play, from: usize, lang: Lang) -> Vec<Happening> {
    let w = &play.summer.world;
    play.summer.season.journal()[from.min(play.summer.season.journal().len())..]
        .iter()
        .filter_map(|e| {
            let (rank, text) = match &e.ev {
                Ev::Left { member } => {
                    (0, ta(lang, "happened-left", &[("name", &explain::member(&play.summer.world, *member))]))
                }
                Ev::Crisis { on: true, cause } => (
                    1,
                    ta(
                        lang,
                        "happened-crisis",
                        &[("why", &cause.map(|c| crate::words::explain::crisis(c, w, lang)).unwrap_or_default())],
                    ),
                ),
                Ev::Conflict { a, b } => (
                    2,
                    ta(
                        lang,
                        "happened-conflict",
                        &[
                            ("a", &explain::member(&play.summer.world, *a)),
                            ("b", &explain::member(&play.summer.world, *b)),
                        ],
                    ),
                ),
                Ev::EventFired { event } => (
                    4,
                    w.scenario
                        .events
                        .get(*event as usize)
                        .map(|ev| ta(lang, "happened-event", &[("title", ev.title.get(lang))]))?,
                ),
                Ev::StageChanged { stage } => {
                    (5, ta(lang, "happened-stage", &[("stage", &crate::words::explain::stage(*stage, lang))]))
                }
                Ev::Crisis { on: false, .. } => (6, t(lang, "happened-crisis-over")),
                Ev::Absent { member } => {
                    (7, ta(lang, "happened-absent", &[("name", &explain::member(&play.summer.world, *member))]))
                }
                _ => return None,
            };
            Some(Happening { rank, text })
        })
        .collect()
}

/// The highlights: every departure, then the most important happenings up to `n` lines in all,
/// then `then` (the largest moves of score) to fill them.
pub fn highlights(happened: &[Happening], at_risk: &[String], then: &[String], n: usize) -> Vec<String> {
    let mut ranked: Vec<&Happening> = happened.iter().collect();
    // Stable: within a rank, in the order it happened.
    ranked.sort_by_key(|h| h.rank);
    let departures = ranked.iter().filter(|h| h.rank == 0).count();
    let n = n.max(departures);
    let mut out: Vec<String> = Vec::new();
    for h in ranked.iter().filter(|h| h.rank < 3) {
        out.push(h.text.clone());
    }
    out.extend(at_risk.iter().cloned());
    for h in ranked.iter().filter(|h| h.rank >= 3) {
        out.push(h.text.clone());
    }
    out.extend(then.iter().cloned());
    out.truncate(n);
    out
}

/// The members still in the coop whose motivation is under `cue_at_risk_below` (members leave
/// under `quit_motivation`, while more than three remain), most at risk first: one line each.
pub fn at_risk(play: &Play, lang: Lang) -> Vec<String> {
    let threshold = play.summer.world.params.quit_motivation;
    at_risk_members(play)
        .into_iter()
        .map(|i| {
            let m = play.summer.season.members()[i].motivation;
            ta(
                lang,
                "at-risk",
                &[
                    ("name", &explain::member(&play.summer.world, i as u8)),
                    ("motivation", &format!("{:.0}", m * 100.0)),
                    ("threshold", &format!("{:.0}", threshold * 100.0)),
                ],
            )
        })
        .collect()
}

/// The ranks of the members at risk of leaving, most at risk first (see `at_risk`).
pub fn at_risk_members(play: &Play) -> Vec<usize> {
    let members = play.summer.season.members();
    let active = members.iter().filter(|m| m.active).count();
    if active <= 3 {
        return Vec::new();
    }
    let mut risky: Vec<(usize, f64)> = members
        .iter()
        .enumerate()
        .filter(|(_, m)| m.active && m.motivation < play.summer.world.params.cue_at_risk_below)
        .map(|(i, m)| (i, m.motivation))
        .collect();
    risky.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
    risky.into_iter().map(|(i, _)| i).collect()
}

fn count(lang: Lang, key: &str, n: u32) -> String {
    tr_args(lang, key, &[("n", FluentValue::from(n))])
}

/// Why reputation fell over the weeks `weeks_from..` (the journal from `from`): the complaints,
/// the clients turned away and the quality of the jobs done, as the engine recorded them.
/// `None` when it did not fall.
pub fn reputation_fell(play: &Play, from: usize, weeks_from: usize, lang: Lang) -> Option<String> {
    let weeks = play.summer.season.weeks();
    let span = weeks.get(weeks_from..).filter(|s| !s.is_empty())?;
    let before = match weeks_from.checked_sub(1).and_then(|i| weeks.get(i)) {
        Some(r) => r.reputation,
        None => play.summer.world.params.reputation_start,
    };
    let after = span.last()?.reputation;
    if after >= before - 0.005 {
        return None;
    }
    let (mut complaints, mut unpaid, mut turned_away) = (0u32, 0u32, 0u32);
    for e in &play.summer.season.journal()[from.min(play.summer.season.journal().len())..] {
        match e.ev {
            Ev::Complaint { unpaid: u, .. } => {
                complaints += 1;
                unpaid += u32::from(u);
            }
            Ev::Lost { why: Lost::NoHands, count: c, .. } => turned_away += u32::from(c),
            _ => {}
        }
    }
    let mut reasons = Vec::new();
    if complaints > 0 {
        let mut s = count(lang, "why-rep-complaints", complaints);
        if unpaid > 0 {
            s.push_str(&count(lang, "why-rep-unpaid", unpaid));
        }
        reasons.push(s);
    }
    if turned_away > 0 {
        reasons.push(count(lang, "why-rep-turned-away", turned_away));
    }
    let worked: Vec<f64> = span.iter().filter(|r| r.contracts > 0).map(|r| r.quality).collect();
    if !worked.is_empty() {
        let q = worked.iter().sum::<f64>() / worked.len() as f64;
        if q < before {
            reasons.push(ta(lang, "why-rep-quality", &[("quality", &format!("{:.0}", q * 100.0))]));
        }
    }
    if reasons.is_empty() {
        reasons.push(t(lang, "why-rep-other"));
    }
    Some(ta(
        lang,
        "why-reputation",
        &[
            ("from", &format!("{:.0}", before * 100.0)),
            ("to", &format!("{:.0}", after * 100.0)),
            ("reasons", &reasons.join(&t(lang, "list-separator"))),
        ],
    ))
}

/// Why the work of a week was poorly done, for each week from `weeks_from` whose work lowered
/// the work sphere's autonomy ("a week of work poorly done"): the quality of the jobs, who came
/// late, the team's fatigue and motivation that week, the complaints.
pub fn work_poorly_done(play: &Play, from: usize, weeks_from: usize, lang: Lang) -> Vec<String> {
    let journal = &play.summer.season.journal()[from.min(play.summer.season.journal().len())..];
    let good = play.summer.world.params.good_week_quality;
    let mut out = Vec::new();
    for r in play.summer.season.weeks().iter().skip(weeks_from) {
        let poor = journal.iter().any(|e| {
            matches!(e.ev, Ev::Score { rule: crate::scoring::Rule::GoodWork, delta, cause: crate::scoring::Cause::Week(wk), .. }
                if delta < 0 && wk == r.week)
        });
        if !poor {
            continue;
        }
        let of_week = journal.iter().filter(|e| e.week == r.week);
        let (mut late, mut complaints) = (0u32, 0u32);
        let (mut fatigue, mut motivation) = (None, None);
        for e in of_week {
            match e.ev {
                Ev::Worked { late: true, .. } => late += 1,
                Ev::Complaint { .. } => complaints += 1,
                Ev::WeekClosed { fatigue: f, motivation: m, .. } => {
                    fatigue = Some(f64::from(f));
                    motivation = Some(f64::from(m));
                }
                _ => {}
            }
        }
        let mut reasons = Vec::new();
        if late > 0 {
            reasons.push(count(lang, "why-work-late", late));
        }
        if let Some(f) = fatigue.filter(|f| *f >= 0.4) {
            reasons.push(ta(lang, "why-work-tired", &[("fatigue", &format!("{:.0}", f * 100.0))]));
        }
        if let Some(m) = motivation.filter(|m| *m < 0.5) {
            reasons.push(ta(lang, "why-work-motivation", &[("motivation", &format!("{:.0}", m * 100.0))]));
        }
        if complaints > 0 {
            reasons.push(count(lang, "why-rep-complaints", complaints));
        }
        reasons.push(t(lang, "why-work-skills"));
        out.push(ta(
            lang,
            "why-work",
            &[
                ("week", &r.week.to_string()),
                ("quality", &format!("{:.0}", r.quality * 100.0)),
                ("good", &format!("{:.0}", good * 100.0)),
                ("reasons", &reasons.join(&t(lang, "list-separator"))),
            ],
        ));
    }
    out
}

/// Whether `text` names `name` as a word (« Claire » in « Claire calls him », not in
/// « Claires »).
fn names(text: &str, name: &str) -> bool {
    if name.is_empty() {
        return false;
    }
    text.match_indices(name).any(|(i, _)| {
        let before = text[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after = text[i + name.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        before && after
    })
}

/// Who the people named in `text` are, when they are not cooperants (those sit at the table):
/// the scenario's animateurs (the comité local's members are organisations, named in full).
pub fn cast(w: &World, text: &str, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    for a in &w.scenario.animateurs {
        if names(text, &a.name) {
            out.push(ta(lang, "cast-animateur", &[("name", &a.name)]));
        }
    }
    out
}

/// How the posture taken fitted the group, said at once on the result screen: « Suggest was
/// more help than this group needed (partly ready, not in crisis): Facilitate fitted ». From
/// the journal (`Ev::Opened`'s need and crisis, `Ev::Posture`); readiness is shown only once
/// the posture is chosen.
pub fn fit(play: &Play, d: u16, lang: Lang) -> Option<String> {
    let (mut opened, mut taken) = (None, None);
    for e in play.summer.season.journal() {
        match &e.ev {
            Ev::Opened { d: od, need, crisis, .. } if *od == d => opened = Some((*need, *crisis)),
            Ev::Posture { d: pd, posture, .. } if *pd == d => taken = Some(*posture),
            _ => {}
        }
    }
    let ((need, crisis), taken) = (opened?, taken?);
    let group = explain::reading(crate::decision::Reading { ready: need.ready(), crisis }, lang);
    let fitting = need.fitting();
    let key = match taken.level().cmp(&fitting.level()) {
        std::cmp::Ordering::Equal => "fit-right",
        std::cmp::Ordering::Greater => "fit-too-much",
        std::cmp::Ordering::Less => "fit-too-little",
    };
    Some(ta(
        lang,
        key,
        &[("taken", &explain::posture(taken, lang)), ("need", &explain::posture(fitting, lang)), ("group", &group)],
    ))
}

/// Practice mode's answer to a reading as soon as it is stated: whether it matched the group,
/// its level and its crisis, and what the group is (the true reading, `Season::reading`).
pub fn practice_answer(read: crate::decision::Reading, was: crate::decision::Reading, lang: Lang) -> String {
    let key = match (read.ready == was.ready, read.crisis == was.crisis) {
        (true, true) => "practice-right",
        (false, true) => "practice-level",
        (true, false) => "practice-crisis",
        (false, false) => "practice-both",
    };
    ta(lang, key, &[("read", &explain::reading(read, lang)), ("was", &explain::reading(was, lang))])
}

/// After a reading that missed what the group was at decision `d`: when its need came from the
/// map's half of a group not willing (model 8), a line that says so, and what a willing group of
/// the same readiness would have needed (the cues show the heart through who speaks: members
/// silent, side talk, a lively room). The readiness is the journal's (`Ev::Opened`, kept in single precision).
pub fn unwilling(play: &Play, d: u16, sphere: crate::scenario::Sphere, lang: Lang) -> Option<String> {
    let (need, readiness, crisis) = play.summer.season.journal().iter().find_map(|e| match e.ev {
        Ev::Opened { d: od, need, readiness, crisis, .. } if od == d => Some((need, readiness, crisis)),
        _ => None,
    })?;
    let w = &play.summer.world;
    if !w.params.uses_need_map() {
        return None;
    }
    let other = crate::scoring::need_map::unwilling_need(w.model, sphere, readiness as f64, crisis, need)?;
    let bar = format!("{:.0}", 100.0 * crate::scoring::need_map::WILLING_FROM);
    let (need, other) = (explain::posture(need.fitting(), lang), explain::posture(other.fitting(), lang));
    Some(ta(lang, "cues-unwilling", &[("bar", &bar), ("need", &need), ("other", &other)]))
}

/// After a reading that missed what the group `was`, which of the decision's cues pointed where,
/// by the reading guide's weights (`words::digest::Towards`, `docs/reading-the-group.md`): towards
/// a group not ready, a ready one, a crisis. No cue points to a group partly ready, the middle
/// level: when the group was, a last line says how it shows (signs both ways, or few).
pub fn cues_pointing(
    cues: &[crate::sim::season::Cue],
    was: crate::decision::Reading,
    w: &crate::sim::World,
    lang: Lang,
) -> Vec<String> {
    use crate::words::digest::Towards;
    let mut towards: [Vec<String>; 3] = Default::default();
    for &c in cues {
        let side = match Towards::of(c) {
            Some(Towards::NotReady) => 0,
            Some(Towards::Ready) => 1,
            Some(Towards::Crisis) => 2,
            // An upbeat mood only speaks against a crisis: not listed as pointing anywhere.
            Some(Towards::Calm) | None => continue,
        };
        towards[side].push(explain::cue(c, w, lang));
    }
    let keys = ["cues-towards-not-ready", "cues-towards-ready", "cues-towards-crisis"];
    let mut lines: Vec<String> = keys
        .iter()
        .zip(towards)
        .filter(|(_, list)| !list.is_empty())
        .map(|(key, list)| ta(lang, key, &[("cues", &list.join(&t(lang, "list-separator")))]))
        .collect();
    if was.ready == crate::decision::Ready::Partly {
        lines.push(t(lang, "cues-partly"));
    }
    lines
}

/// The tutorial's word after a decision: what the group needed, what the animateurs did, and
/// why each score moved with it, from the journal (`Ev::Opened`'s need, `Ev::Posture`, the
/// score entries caused by this decision).
pub fn explain_decision(
    play: &Play,
    st: super::state::Settled,
    item: &crate::decision::Item,
    lang: Lang,
) -> Vec<String> {
    let w = &play.summer.world;
    let mut out = Vec::new();
    let mut need = None;
    let mut taken = None;
    let mut moves = Vec::new();
    for e in play.summer.season.journal() {
        match &e.ev {
            Ev::Opened { d, need: n, .. } if *d == st.d => need = Some(n.fitting()),
            Ev::Posture { d, posture, .. } if *d == st.d => taken = Some(*posture),
            Ev::Score { comp, delta, rule, cause: cause @ Cause::Decision(d), .. } if *d == st.d => {
                let what = explain::kind(item.kind, w, lang);
                moves.push(explain::evidence(*comp, *delta, *rule, *cause, &what, lang));
            }
            _ => {}
        }
    }
    if let (Some(need), Some(taken)) = (need, taken) {
        let key = if need == taken { "tutorial-fit" } else { "tutorial-misfit" };
        out.push(ta(lang, key, &[("need", &explain::posture(need, lang)), ("taken", &explain::posture(taken, lang))]));
    }
    if moves.is_empty() {
        out.push(t(lang, "tutorial-no-move"));
    }
    out.extend(moves);
    out
}

/// A decision where the trainee's reading missed what the group was.
#[derive(Debug, Clone, PartialEq)]
pub struct Misread {
    pub week: u8,
    pub title: String,
    pub read: String,
    pub was: String,
    pub cues: Vec<String>,
}

/// The misreading furthest from what the group was: the decision to replay.
#[derive(Debug, Clone, PartialEq)]
pub struct Worst {
    /// The decision's rank, which is the number of inputs before it (`Action::Retry`).
    pub d: u16,
    pub week: u8,
    pub title: String,
    pub read: String,
    pub was: String,
}

/// The readings of readiness by what the group was and what was read, and the crises caught,
/// missed and seen where there was none.
pub fn confusion(digest: &Digest) -> ([[u16; 3]; 3], (u16, u16, u16)) {
    let (mut table, mut crises) = ([[0u16; 3]; 3], (0u16, 0u16, 0u16));
    for r in &digest.readings {
        let cell = &mut table[r.was.ready as usize][r.read.ready as usize];
        *cell = cell.saturating_add(1);
        match (r.was.crisis, r.read.crisis) {
            (true, true) => crises.0 = crises.0.saturating_add(1),
            (true, false) => crises.1 = crises.1.saturating_add(1),
            (false, true) => crises.2 = crises.2.saturating_add(1),
            (false, false) => {}
        }
    }
    (table, crises)
}

/// The readings that missed, with the cues of their decision.
pub fn misreads(play: &Play, digest: &Digest, lang: Lang) -> Vec<Misread> {
    let w = &play.summer.world;
    digest
        .readings
        .iter()
        .filter(|r| !r.matched())
        .map(|r| Misread {
            week: r.week,
            title: digest.kind_of(r.d).map(|k| explain::kind(k, w, lang)).unwrap_or_default(),
            read: explain::reading(r.read, lang),
            was: explain::reading(r.was, lang),
            cues: r.cues.iter().map(|&c| explain::cue(c, w, lang)).collect(),
        })
        .collect()
}
