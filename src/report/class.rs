//! The class debrief: what many summers of one scenario say together (a class on a training
//! day, each trainee or small group one summer). Gathered once from the report's model of each
//! summer (`model.rs`), never from the engine's state: the spread of the end figures, and for
//! every decision the summers had in common the postures taken, the readings stated, what the
//! group needed and what followed each posture; then the decisions where the class split, which
//! open the discussion. `class_page.rs` makes it a document and a CSV.
//!
//! Entries of the journal this module does not know are passed over, as the report does.

use rust_decimal::Decimal;

use super::model::Model;
use crate::decision::{Kind, Posture, Reading};
use crate::save::Mode;
use crate::scenario::Sphere;
use crate::scoring::Scores;
use crate::sim::journal::Ev;
use crate::sim::to_f64;
use crate::text::Lang;
use crate::words::explain;

/// How many decisions the "moments where the class split" list, at most, for each reason.
const SPLIT_TOP: usize = 3;

/// The index of a posture in `Posture::ALL` (decide, suggest, facilitate, step back).
pub(super) fn posture_ix(p: Posture) -> usize {
    Posture::ALL.iter().position(|&q| q == p).unwrap_or(0)
}

/// The end of one summer, in the figures the class is spread on.
pub(super) struct Figures {
    pub(super) pec: f64,
    pub(super) v: f64,
    pub(super) s: f64,
    pub(super) a: f64,
    pub(super) revenue: Decimal,
    pub(super) pay_per_youth: Decimal,
    pub(super) members_end: u32,
    pub(super) members: u32,
    /// Readings that matched, of those stated (none stated: `None`).
    pub(super) readings: Option<(u32, u32)>,
    pub(super) finished: bool,
    /// The last week played.
    pub(super) week: u8,
}

/// What followed a posture, added over the summers that took it: in the week of the decision
/// and the next.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Followed {
    pub(super) summers: u32,
    pub(super) left: u32,
    pub(super) conflicts: u32,
    pub(super) complaints: u32,
    /// Sales invoiced in those weeks.
    pub(super) sales: Decimal,
    /// The change of PEC from before the decision to the end of the next week, in points.
    pub(super) pec_change: f64,
}

impl Followed {
    fn add(&mut self, o: &Followed) {
        self.summers += o.summers;
        self.left += o.left;
        self.conflicts += o.conflicts;
        self.complaints += o.complaints;
        self.sales += o.sales;
        self.pec_change += o.pec_change;
    }

    /// The mean change of PEC; none where no summer reached the end of the window.
    pub(super) fn mean_pec_change(&self) -> Option<f64> {
        (self.summers > 0).then(|| self.pec_change / self.summers as f64)
    }

    pub(super) fn mean_sales(&self) -> Option<Decimal> {
        (self.summers > 0).then(|| (self.sales / Decimal::from(self.summers)).round_dp(2))
    }
}

/// One decision the summers had in common: the same item, the same week.
pub(super) struct Shared {
    pub(super) week: u8,
    pub(super) kind: Option<Kind>,
    /// The same item met again the same week: 0 the first time.
    pub(super) nth: usize,
    pub(super) question: String,
    pub(super) sphere: Sphere,
    /// The summers (their index) that met it, in the order given.
    pub(super) summers: Vec<usize>,
    /// The postures taken, in the order of `Posture::ALL`; no posture recorded in the last.
    pub(super) postures: [u32; 5],
    /// The posture the group needed, in the order of `Posture::ALL`.
    pub(super) needs: [u32; 4],
    /// Each summer's posture (index of `Posture::ALL`, 4: none), in the order of `summers`.
    pub(super) taken: Vec<usize>,
    /// Readings stated: (reading, times, times it matched), in order of first appearance.
    pub(super) readings: Vec<(Reading, u32, u32)>,
    /// What followed each posture.
    pub(super) followed: [Followed; 5],
    /// Options decided: (label, times), in order of first appearance.
    pub(super) decided: Vec<(String, u32)>,
    /// Ballots of the seats players held: (label, votes), in order of first appearance.
    pub(super) votes: Vec<(String, u32)>,
    /// The room's posture poll, in the order of `Posture::ALL` (none: no poll).
    pub(super) poll: Option<[u32; 4]>,
    /// The share of the summers that did not take the most common posture (0: all agreed).
    pub(super) dissent: f64,
    /// The widest gap of the mean change of PEC between two postures taken, in points.
    pub(super) gap: f64,
}

impl Shared {
    fn new(week: u8, kind: Option<Kind>, nth: usize, question: String, sphere: Sphere) -> Shared {
        Shared {
            week,
            kind,
            nth,
            question,
            sphere,
            summers: Vec::new(),
            postures: [0; 5],
            needs: [0; 4],
            taken: Vec::new(),
            readings: Vec::new(),
            followed: Default::default(),
            decided: Vec::new(),
            votes: Vec::new(),
            poll: None,
            dissent: 0.0,
            gap: 0.0,
        }
    }

    /// How many summers did not take the most common posture.
    pub(super) fn away(&self) -> u32 {
        self.summers.len() as u32 - self.postures.iter().copied().max().unwrap_or(0)
    }

    /// The postures taken by at least one summer.
    pub(super) fn distinct(&self) -> usize {
        self.postures.iter().filter(|&&n| n > 0).count()
    }
}

/// Why a decision is among the moments where the class split.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum SplitWhy {
    /// The postures varied most.
    Postures,
    /// What followed differed most between the postures.
    Outcome,
}

/// The class: its summers, their labels, and what they had in common.
pub(super) struct Class<'a> {
    pub(super) lang: Lang,
    pub(super) models: Vec<Model<'a>>,
    pub(super) labels: Vec<String>,
    pub(super) figures: Vec<Figures>,
    /// The decisions met by at least two summers, in the order of the summer that met most.
    pub(super) shared: Vec<Shared>,
    /// The moments where the class split: (index in `shared`, why), postures first.
    pub(super) split: Vec<(usize, SplitWhy)>,
}

/// Anonymous labels: A, B, … Z, AA, AB, …
pub fn letter(i: usize) -> String {
    let mut n = i;
    let mut out = Vec::new();
    loop {
        out.push((b'A' + (n % 26) as u8) as char);
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    out.iter().rev().collect()
}

/// The PEC at the end of `week`: its week's record; after the last week of a summer that ended,
/// the closing; before the first week, the start; at the end of the formation week (week 0, which
/// has no record), from the journal's changes of score up to then.
fn pec_at(m: &Model, week: i32) -> f64 {
    let weights = m.w.scenario.pec_weights;
    let weeks = m.season.weeks();
    if m.season.over() && weeks.last().is_none_or(|l| i32::from(l.week) < week) {
        return m.season.scores().pec(weights);
    }
    if let Some(r) = weeks.iter().rev().find(|r| i32::from(r.week) <= week) {
        return r.pec;
    }
    if week < 0 {
        // Before the formation week: the scores the summer started with.
        return weights.v as f64 * m.start[0] + weights.s as f64 * m.start[1] + weights.a as f64 * m.start[2];
    }
    let mut scores = Scores::new();
    for mv in m.digest.moves.iter().take_while(|mv| i32::from(mv.week) <= week) {
        scores.set(mv.comp, mv.after);
    }
    scores.pec(weights)
}

/// The sales invoiced since the start, at the end of `week`.
fn sales_at(m: &Model, week: i32) -> Decimal {
    m.season.weeks().iter().rev().find(|r| i32::from(r.week) <= week).map_or(Decimal::ZERO, |r| r.sales)
}

/// What followed decision `d` of week `week` in one summer: its week and the next. Nothing for a
/// summer stopped before the end of the next week: its window is shorter than the others'.
fn followed(m: &Model, d: u16, week: u8) -> Followed {
    let last = week.saturating_add(1);
    if !m.season.over() && m.season.weeks().last().is_none_or(|r| r.week < last) {
        return Followed::default();
    }
    let mut f = Followed { summers: 1, ..Followed::default() };
    let mut after = false;
    for e in m.season.journal() {
        if !after {
            after = matches!(e.ev, Ev::Decided { d: x, .. } if x == d);
            continue;
        }
        if e.week > last {
            break;
        }
        match e.ev {
            Ev::Left { .. } => f.left += 1,
            Ev::Conflict { .. } => f.conflicts += 1,
            Ev::Complaint { .. } => f.complaints += 1,
            _ => {}
        }
    }
    let (before, end) = (i32::from(week) - 1, i32::from(last));
    f.sales = sales_at(m, end) - sales_at(m, before);
    f.pec_change = pec_at(m, end) - pec_at(m, before);
    f
}

fn bump(list: &mut Vec<(String, u32)>, label: String, n: u32) {
    match list.iter_mut().find(|x| x.0 == label) {
        Some(x) => x.1 += n,
        None => list.push((label, n)),
    }
}

fn figures(m: &Model) -> Figures {
    let s = m.season.scores();
    let readings = &m.digest.readings;
    let matched = readings.iter().filter(|r| r.matched()).count() as u32;
    Figures {
        pec: s.pec(m.w.scenario.pec_weights),
        v: s.vision(),
        s: s.support(),
        a: s.autonomy(),
        revenue: m.season.ledger().sales(),
        pay_per_youth: m.pay_per_youth(),
        members_end: m.season.active_members() as u32,
        members: m.season.members().len() as u32,
        readings: (!readings.is_empty()).then_some((matched, readings.len() as u32)),
        finished: m.season.over(),
        week: m.season.weeks().last().map_or(0, |r| r.week),
    }
}

impl<'a> Class<'a> {
    /// The class of `models` (one scenario), labelled `labels` in the same order.
    pub(super) fn new(models: Vec<Model<'a>>, labels: Vec<String>, lang: Lang) -> Class<'a> {
        let figures = models.iter().map(figures).collect();
        // Every decision of every summer, keyed by (week, kind, how many of that key before).
        let mut shared: Vec<Shared> = Vec::new();
        for (i, m) in models.iter().enumerate() {
            let mut seen: Vec<(u8, Option<Kind>)> = Vec::new();
            let polls = m.polls;
            let seats = &m.save.seats;
            let room = m.save.mode == Mode::Cooperative;
            for r in &m.decisions {
                let key = (r.week, r.kind);
                let nth = seen.iter().filter(|k| **k == key).count();
                seen.push(key);
                let at = match shared.iter().position(|s| (s.week, s.kind, s.nth) == (r.week, r.kind, nth)) {
                    Some(at) => at,
                    None => {
                        shared.push(Shared::new(r.week, r.kind, nth, r.question.clone(), r.sphere));
                        shared.len() - 1
                    }
                };
                let s = &mut shared[at];
                s.summers.push(i);
                let p = r.posture.map_or(4, posture_ix);
                s.postures[p] += 1;
                s.taken.push(p);
                s.needs[posture_ix(r.need.fitting())] += 1;
                for x in m.digest.readings.iter().filter(|x| x.d == r.d) {
                    match s.readings.iter_mut().find(|y| y.0 == x.read) {
                        Some(y) => {
                            y.1 += 1;
                            y.2 += u32::from(x.matched());
                        }
                        None => s.readings.push((x.read, 1, u32::from(x.matched()))),
                    }
                }
                s.followed[p].add(&followed(m, r.d, r.week));
                bump(&mut s.decided, r.chosen.clone(), 1);
                if room {
                    let item = m.season.settled().get(r.d as usize);
                    for e in m.season.journal() {
                        if let Ev::Vote { d, member, option } = e.ev
                            && d == r.d
                            && seats.contains(&member)
                        {
                            let label = item.map(|it| explain::option(it, option, m.w, lang)).unwrap_or_default();
                            bump(&mut s.votes, label, 1);
                        }
                    }
                }
                if let Some(poll) = polls.iter().find(|p| p.d == r.d) {
                    let into = s.poll.get_or_insert([0; 4]);
                    for (a, b) in into.iter_mut().zip(poll.answers) {
                        *a += b;
                    }
                }
            }
        }
        // Only what at least two summers met is shared; in the order of the first summer's
        // agenda, then what the others added, by week.
        shared.retain(|s| s.summers.len() >= 2);
        shared.sort_by_key(|s| s.week);
        for s in &mut shared {
            let n = s.summers.len() as f64;
            let top = *s.postures.iter().max().unwrap_or(&0) as f64;
            s.dissent = 1.0 - top / n;
            let means: Vec<f64> = s.followed.iter().filter_map(Followed::mean_pec_change).collect();
            let hi = means.iter().cloned().fold(f64::MIN, f64::max);
            let lo = means.iter().cloned().fold(f64::MAX, f64::min);
            s.gap = if means.len() >= 2 { hi - lo } else { 0.0 };
        }
        let split = split(&shared);
        Class { lang, models, labels, figures, shared, split }
    }

    /// Whether the summers were drawn from different seeds.
    pub(super) fn seeds(&self) -> Vec<u64> {
        let mut seeds: Vec<u64> = self.models.iter().map(|m| m.save.seed).collect();
        seeds.sort_unstable();
        seeds.dedup();
        seeds
    }
}

/// The moments where the class split: the decisions whose postures varied most, then those
/// whose outcome differed most between postures (each at most `SPLIT_TOP`, none twice).
fn split(shared: &[Shared]) -> Vec<(usize, SplitWhy)> {
    let mut by_postures: Vec<usize> = (0..shared.len()).filter(|&i| shared[i].distinct() >= 2).collect();
    // Most varied first: the most summers away from the most common posture, then the largest
    // share of them, then more postures taken, then the earlier decision.
    by_postures.sort_by(|&a, &b| {
        let (x, y) = (&shared[a], &shared[b]);
        y.away()
            .cmp(&x.away())
            .then(y.dissent.total_cmp(&x.dissent))
            .then(y.distinct().cmp(&x.distinct()))
            .then(a.cmp(&b))
    });
    let mut out: Vec<(usize, SplitWhy)> =
        by_postures.into_iter().take(SPLIT_TOP).map(|i| (i, SplitWhy::Postures)).collect();
    let mut by_outcome: Vec<usize> =
        (0..shared.len()).filter(|&i| shared[i].gap > 0.0 && !out.iter().any(|o| o.0 == i)).collect();
    by_outcome.sort_by(|&a, &b| shared[b].gap.total_cmp(&shared[a].gap).then(a.cmp(&b)));
    // One per week, and none in a week already listed by its postures: the decisions of a week
    // share its window of what followed, so a second one would repeat the first's figures
    // (three decisions of the formation week, one gap).
    let mut weeks: Vec<u8> = out.iter().map(|&(i, _)| shared[i].week).collect();
    by_outcome.retain(|&i| {
        let new = !weeks.contains(&shared[i].week);
        weeks.push(shared[i].week);
        new
    });
    out.extend(by_outcome.into_iter().take(SPLIT_TOP).map(|i| (i, SplitWhy::Outcome)));
    out
}

/// Quartiles of a list (min, first quartile, median, third quartile, max); `None` if empty.
pub(super) fn quartiles(values: &[f64]) -> Option<[f64; 5]> {
    let mut v: Vec<f64> = values.iter().copied().filter(|x| x.is_finite()).collect();
    if v.is_empty() {
        return None;
    }
    v.sort_by(f64::total_cmp);
    let q = |p: f64| {
        let at = p * (v.len() - 1) as f64;
        let (lo, hi) = (at.floor() as usize, at.ceil() as usize);
        v[lo] + (v[hi] - v[lo]) * (at - lo as f64)
    };
    Some([v[0], q(0.25), q(0.5), q(0.75), v[v.len() - 1]])
}

/// A figure of every summer, as a float (for the charts and their scale).
pub(super) fn money_f(d: Decimal) -> f64 {
    to_f64(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_run_past_z() {
        let l: Vec<String> = [0, 1, 25, 26, 27, 51, 52].iter().map(|&i| letter(i)).collect();
        assert_eq!(l, ["A", "B", "Z", "AA", "AB", "AZ", "BA"]);
    }

    #[test]
    fn the_outcome_splits_are_one_per_week() {
        // Six decisions all taken alike (no split by postures), whose gaps of what followed are
        // 50, 49, 48 (week 0), 30 (week 2), 20 and 10 (week 3): the page lists 50, 30 and 20.
        let shared: Vec<Shared> = [(0, 50.0), (0, 49.0), (0, 48.0), (2, 30.0), (3, 20.0), (3, 10.0)]
            .iter()
            .enumerate()
            .map(|(k, &(week, gap))| {
                let mut s = Shared::new(week, None, k, format!("q{k}"), Sphere::Work);
                s.postures[2] = 3;
                s.gap = gap;
                s
            })
            .collect();
        let got: Vec<usize> = split(&shared).into_iter().map(|(i, _)| i).collect();
        assert_eq!(got, [0, 3, 4]);
    }

    #[test]
    fn quartiles_of_a_few_values() {
        assert_eq!(quartiles(&[3.0, 1.0, 2.0]), Some([1.0, 1.5, 2.0, 2.5, 3.0]));
        assert_eq!(quartiles(&[]), None);
    }
}
