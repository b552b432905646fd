//! The class debrief as a document (HTML and Markdown, through `document.rs`) and as a CSV: the
//! moments where the class split first, the topics of the discussion; then the spread of the
//! summers (a strip chart and its table); then every decision the summers had in common.
//! Summers are named by their labels only (A, B, C… unless the trainer asked for file names).

use rust_decimal::Decimal;
use serde::Serialize;

use super::charts::{self, Strip};
use super::class::{Class, Shared, SplitWhy, money_f};
use super::csv::{money as csv_money, num as csv_num, text as csv_text};
use super::document::{Block, Cell, Chart, Page, Row, Run, Span, Style, Table};
use super::words::{self, K, w as word};
use crate::decision::Posture;
use crate::i18n::{tr, tr_args};
use crate::scenario::Sphere;
use crate::text::{Lang, money};
use crate::words::explain;

/// A word of the class debrief, from `report.ftl`.
fn t(lang: Lang, key: &str) -> String {
    tr(lang, key)
}

fn heading(level: u8, text: impl Into<String>) -> Block {
    Block::Heading { level, text: text.into() }
}

fn para(style: Style, text: impl Into<String>) -> Block {
    Block::Para { style, spans: vec![Span::Text(text.into())] }
}

/// The name of a posture (index of `Posture::ALL`; 4: none recorded).
fn posture_name(ix: usize, lang: Lang) -> String {
    match Posture::ALL.get(ix) {
        Some(p) => explain::posture(*p, lang),
        None => t(lang, "class-no-posture"),
    }
}

impl Class<'_> {
    fn num(&self, x: f64, dp: usize) -> String {
        words::num(x, dp, self.models[0].loc)
    }

    fn money(&self, d: Decimal) -> String {
        let m = &self.models[0];
        money(d, m.cur, m.loc)
    }

    fn signed(&self, x: f64) -> String {
        let s = self.num(x, 1);
        if x >= 0.05 { format!("+{s}") } else { s }
    }

    /// The labels of the summers `ix` (indices of the class).
    fn who(&self, ix: impl Iterator<Item = usize>) -> String {
        ix.map(|i| self.labels[i].clone()).collect::<Vec<_>>().join(", ")
    }

    /// "décider 3 · faciliter 5": counts, largest first, none left out but zeros.
    fn counts(&self, counts: &[u32], name: impl Fn(usize) -> String) -> String {
        let mut v: Vec<(usize, u32)> = counts.iter().copied().enumerate().filter(|x| x.1 > 0).collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v.into_iter().map(|(i, n)| format!("{} ×{n}", name(i))).collect::<Vec<_>>().join(" · ")
    }

    fn postures_text(&self, s: &Shared) -> String {
        self.counts(&s.postures, |i| posture_name(i, self.lang))
    }

    fn needs_text(&self, s: &Shared) -> String {
        self.counts(&s.needs, |i| posture_name(i, self.lang))
    }

    fn title_of(&self, s: &Shared) -> String {
        tr_args(
            self.lang,
            "class-decision-title",
            &[
                ("week", s.week.into()),
                ("question", s.question.clone().into()),
                ("summers", s.summers.len().into()),
                ("class", self.models.len().into()),
            ],
        )
    }
}

/// The class debrief as a page.
pub(super) fn page(c: &Class) -> Page {
    let lang = c.lang;
    let m0 = &c.models[0];
    let sc = &m0.w.scenario;
    let heading_text = t(lang, "class-heading");
    let seeds = c.seeds();
    let seeds_text = if seeds.len() == 1 {
        tr_args(lang, "class-one-seed", &[("seed", seeds[0].to_string().into())])
    } else {
        tr_args(lang, "class-several-seeds", &[("n", seeds.len().into()), ("seeds", seed_list(&seeds).into())])
    };
    let unfinished = c.figures.iter().filter(|f| !f.finished).count();
    let mut meta_text =
        format!(" · {} · {seeds_text}", tr_args(lang, "class-summers-count", &[("n", c.models.len().into())]));
    if unfinished > 0 {
        meta_text.push_str(&format!(" · {}", tr_args(lang, "class-unfinished-count", &[("n", unfinished.into())])));
    }
    let meta =
        vec![Span::Text(format!("{} ", word(lang, K::Scenario))), Span::Code(sc.id.clone()), Span::Text(meta_text)];
    let mut blocks = Vec::new();
    split(&mut blocks, c);
    summers(&mut blocks, c);
    decisions(&mut blocks, c);
    let footer = format!(
        "{} {} {}",
        word(lang, K::Generated),
        tr(lang, "report-scenario-hash"),
        m0.save.scenario_hash.chars().take(16).collect::<String>()
    );
    let run = Run {
        anchor: "class".into(),
        lang: lang.code(),
        doc_title: format!("{heading_text} — {}", m0.title()),
        title: m0.title().to_string(),
        meta,
        pitch: sc.pitch.get(lang).to_string(),
        blocks,
        footer,
    };
    Page {
        title: format!("{heading_text} — {}", m0.title()),
        heading: heading_text,
        compare: Vec::new(),
        runs: vec![run],
    }
}

/// The moments where the class split, first: the topics of the discussion.
fn split(out: &mut Vec<Block>, c: &Class) {
    let lang = c.lang;
    out.push(heading(1, t(lang, "class-split-heading")));
    if c.split.is_empty() {
        out.push(para(Style::Meta, t(lang, "class-split-none")));
        return;
    }
    out.push(para(Style::Meta, t(lang, "class-split-intro")));
    let rows = c
        .split
        .iter()
        .enumerate()
        .map(|(k, (i, why))| {
            let s = &c.shared[*i];
            let why = match why {
                SplitWhy::Postures => {
                    tr_args(lang, "class-split-why-postures", &[("pct", ((s.dissent * 100.0).round() as u32).into())])
                }
                SplitWhy::Outcome => tr_args(lang, "class-split-why-outcome", &[("gap", c.num(s.gap, 1).into())]),
            };
            let followed: Vec<String> = s
                .followed
                .iter()
                .enumerate()
                .filter_map(|(p, f)| Some(format!("{} {}", posture_name(p, lang), c.signed(f.mean_pec_change()?))))
                .collect();
            let mut row = Row::of(vec![
                Cell::num((k + 1).to_string()),
                Cell::num(s.week.to_string()),
                Cell { link: Some(format!("#class-d{i}")), ..Cell::text(s.question.clone()) }.sub(why, "meta"),
                Cell::text(c.postures_text(s)),
                Cell::text(c.needs_text(s)),
                Cell::text(followed.join(" · ")),
            ]);
            row.decision = Some(*i as u16);
            row
        })
        .collect();
    let head = [
        (&*t(lang, "class-split-rank"), true),
        (word(lang, K::Week), true),
        (word(lang, K::Question), false),
        (&*t(lang, "class-postures-taken"), false),
        (&*t(lang, "class-group-needed"), false),
        (&*t(lang, "class-what-followed"), false),
    ]
    .map(|(l, n)| (l.to_string(), n));
    let head: Vec<(&str, bool)> = head.iter().map(|(l, n)| (l.as_str(), *n)).collect();
    out.push(Block::Table(Table::new("split", &head, rows)));
    out.push(para(Style::Meta, t(lang, "class-followed-explained")));
}

/// The spread of the summers: a strip chart and the table of their figures, in the order given.
fn summers(out: &mut Vec<Block>, c: &Class) {
    let lang = c.lang;
    let m0 = &c.models[0];
    let (cur, loc) = (m0.cur, m0.loc);
    out.push(heading(1, t(lang, "class-spread-heading")));
    out.push(para(Style::ChartNote, t(lang, "class-spread-chart-note")));
    out.push(para(Style::Meta, t(lang, "class-spread-intro")));
    let f = &c.figures;
    let pts = |v: f64| words::num(v, 0, loc);
    let cash = move |v: f64| words::money_whole(Decimal::from_f64_retain(v).unwrap_or_default(), cur, loc);
    let count = |v: f64| format!("{}", v.round() as i64);
    let pct = |v: f64| format!("{} %", v.round() as i64);
    let span = |vals: &[f64]| {
        let lo = vals.iter().copied().fold(f64::MAX, f64::min);
        let hi = vals.iter().copied().fold(f64::MIN, f64::max);
        // An axis of money spans at least 100 (a class whose summers all stopped before any sale
        // would get ticks of a quarter, each shown as « €0 » or « €1 »).
        if lo > hi { (0.0, 100.0) } else { (lo.min(0.0), hi.max(lo.min(0.0) + 100.0)) }
    };
    let scores = |pick: fn(&super::class::Figures) -> f64| f.iter().map(|x| Some(pick(x))).collect::<Vec<_>>();
    let pec_max = {
        let w = m0.w.scenario.pec_weights;
        100.0 * (w.v as f64 + w.s as f64 + w.a as f64)
    };
    let revenue: Vec<f64> = f.iter().map(|x| money_f(x.revenue)).collect();
    let pay: Vec<f64> = f.iter().map(|x| money_f(x.pay_per_youth)).collect();
    let members = f.iter().map(|x| x.members).max().unwrap_or(1) as f64;
    let diag: Vec<Option<f64>> =
        f.iter().map(|x| x.readings.map(|(ok, n)| ok as f64 * 100.0 / n.max(1) as f64)).collect();
    let mut rows = vec![
        Strip { name: "PEC".into(), values: scores(|x| x.pec), min: 0.0, max: pec_max, fmt: &pts },
        Strip { name: "V".into(), values: scores(|x| x.v), min: 0.0, max: 100.0, fmt: &pts },
        Strip { name: "S".into(), values: scores(|x| x.s), min: 0.0, max: 100.0, fmt: &pts },
        Strip { name: "A".into(), values: scores(|x| x.a), min: 0.0, max: 100.0, fmt: &pts },
        Strip {
            name: word(lang, K::Revenue).into(),
            values: revenue.iter().map(|x| Some(*x)).collect(),
            min: span(&revenue).0,
            max: span(&revenue).1,
            fmt: &cash,
        },
        Strip {
            name: word(lang, K::PayPerYouth).into(),
            values: pay.iter().map(|x| Some(*x)).collect(),
            min: span(&pay).0,
            max: span(&pay).1,
            fmt: &cash,
        },
        Strip {
            name: t(lang, "class-strip-members"),
            values: f.iter().map(|x| Some(x.members_end as f64)).collect(),
            min: 0.0,
            max: members,
            fmt: &count,
        },
    ];
    if diag.iter().any(Option::is_some) {
        rows.push(Strip { name: t(lang, "class-strip-readings"), values: diag, min: 0.0, max: 100.0, fmt: &pct });
    }
    let letters: Vec<String> = (0..f.len()).map(super::class::letter).collect();
    let hollow: Vec<bool> = f.iter().map(|x| !x.finished).collect();
    let title = t(lang, "class-spread-chart");
    let svg = charts::strips("class-spread", &title, &letters, &rows, &hollow, &t(lang, "class-unfinished-summer"));
    out.push(Block::Charts(vec![Chart { title, svg, table: None }]));
    // The table of the summers, in the order given: never ranked.
    let rows = c
        .models
        .iter()
        .zip(f)
        .enumerate()
        .map(|(i, (m, x))| {
            let mut label = Cell::text(c.labels[i].clone());
            if c.labels[i] != letters[i] {
                label = label.sub(letters[i].clone(), "meta");
            }
            if !x.finished {
                label = label.sub(tr_args(lang, "class-unfinished-at", &[("week", x.week.into())]), "fit-1");
            }
            Row::of(vec![
                label.head(),
                Cell::num(m.save.seed.to_string()),
                Cell::text(m.policy()),
                Cell::num(c.num(x.pec, 1)),
                Cell::num(c.num(x.v, 1)),
                Cell::num(c.num(x.s, 1)),
                Cell::num(c.num(x.a, 1)),
                Cell::num(c.money(x.revenue)),
                Cell::num(c.money(x.pay_per_youth)),
                Cell::num(format!("{} / {}", x.members_end, x.members)),
                Cell::num(x.readings.map_or("—".into(), |(ok, n)| format!("{ok} / {n}"))),
            ])
        })
        .collect();
    let head = [
        (t(lang, "class-summer"), false),
        (word(lang, K::Seed).to_string(), true),
        (word(lang, K::Policy).to_string(), false),
        ("PEC".into(), true),
        ("V".into(), true),
        ("S".into(), true),
        ("A".into(), true),
        (word(lang, K::Revenue).to_string(), true),
        (word(lang, K::PayPerYouth).to_string(), true),
        (word(lang, K::MembersEnd).to_string(), true),
        (t(lang, "class-readings-matched"), true),
    ];
    let head: Vec<(&str, bool)> = head.iter().map(|(l, n)| (l.as_str(), *n)).collect();
    out.push(Block::Table(Table::new("summers", &head, rows).wide()));
}

/// Every decision the summers had in common: postures, needs, readings, what followed each
/// posture, what was decided; in a room, the poll and the ballots.
fn decisions(out: &mut Vec<Block>, c: &Class) {
    let lang = c.lang;
    let colon = words::colon(lang);
    out.push(heading(1, t(lang, "class-decisions-heading")));
    out.push(para(Style::Meta, t(lang, "class-decisions-intro")));
    for (k, s) in c.shared.iter().enumerate() {
        let mut title = c.title_of(s);
        if let Some(rank) = c.split.iter().position(|x| x.0 == k) {
            title.push_str(&format!(" — {}", tr_args(lang, "class-split-mark", &[("n", (rank + 1).into())])));
        }
        out.push(Block::Anchor(format!("class-d{k}")));
        out.push(heading(2, title));
        let mut facts = vec![(format!("{}{colon}", t(lang, "class-group-needed")), c.needs_text(s))];
        if !s.readings.is_empty() {
            let r: Vec<String> = s
                .readings
                .iter()
                .map(|(read, n, ok)| {
                    tr_args(
                        lang,
                        "class-reading-count",
                        &[("read", explain::reading(*read, lang).into()), ("n", (*n).into()), ("ok", (*ok).into())],
                    )
                })
                .collect();
            facts.push((format!("{}{colon}", t(lang, "class-readings-stated")), r.join(" · ")));
        }
        let decided: Vec<String> = s.decided.iter().map(|(o, n)| format!("{o} ×{n}")).collect();
        facts.push((format!("{}{colon}", word(lang, K::Chosen)), decided.join(" · ")));
        if let Some(poll) = &s.poll {
            facts.push((format!("{}{colon}", t(lang, "class-poll")), c.counts(poll, |i| posture_name(i, lang))));
        }
        if !s.votes.is_empty() {
            let v: Vec<String> = s.votes.iter().map(|(o, n)| format!("{o} ×{n}")).collect();
            facts.push((format!("{}{colon}", t(lang, "class-votes")), v.join(" · ")));
        }
        out.push(Block::Facts(facts));
        let rows = (0..5)
            .filter(|&p| s.postures[p] > 0)
            .map(|p| {
                let f = &s.followed[p];
                let needed = if p < 4 { s.needs[p].to_string() } else { "—".into() };
                let who = s.summers.iter().zip(&s.taken).filter(|(_, q)| **q == p).map(|(i, _)| *i);
                // Not measured where no summer that took it reached the end of the next week.
                let total = |n: u32| if f.summers > 0 { n.to_string() } else { "—".into() };
                Row::of(vec![
                    Cell::text(posture_name(p, lang)).sub(c.who(who), "meta"),
                    Cell::num(s.postures[p].to_string()),
                    Cell::num(needed),
                    Cell::num(f.mean_pec_change().map_or_else(|| "—".into(), |x| c.signed(x))),
                    Cell::num(total(f.left)),
                    Cell::num(total(f.conflicts)),
                    Cell::num(total(f.complaints)),
                    Cell::num(f.mean_sales().map_or_else(|| "—".into(), |x| c.money(x))),
                ])
            })
            .collect();
        let head = [
            (word(lang, K::Posture).to_string(), false),
            (t(lang, "class-summers"), true),
            (t(lang, "class-needed-it"), true),
            (t(lang, "class-pec-change"), true),
            (t(lang, "class-left"), true),
            (t(lang, "class-conflicts"), true),
            (t(lang, "class-complaints"), true),
            (t(lang, "class-sales-after"), true),
        ];
        let head: Vec<(&str, bool)> = head.iter().map(|(l, n)| (l.as_str(), *n)).collect();
        out.push(Block::Table(Table::new("postures", &head, rows)));
    }
}

/// The columns of the class debrief's CSV, by their English names (the fields of `Record`);
/// the header is the catalogue's `class-csv-column-NAME` in the chosen language.
pub const CLASS_CSV_COLUMNS: &[&str] = &[
    "record",
    "summer",
    "seed",
    "policy",
    "finished",
    "pec",
    "v",
    "s",
    "a",
    "revenue",
    "pay_per_youth",
    "members_end",
    "members",
    "readings_stated",
    "readings_matched",
    "decision",
    "week",
    "question",
    "sphere",
    "summers",
    "dissent",
    "pec_gap",
    "split",
    "posture",
    "option",
    "read",
    "count",
    "needed",
    "matched",
    "left",
    "conflicts",
    "complaints",
    "sales",
    "pec_change",
    "who",
];

/// The record types of the first column; each reads as `class-csv-record-NAME`.
pub const CLASS_CSV_RECORDS: [&str; 7] = ["summer", "decision", "posture", "reading", "decided", "poll", "vote"];

#[derive(Serialize, Default)]
struct Record {
    record: String,
    summer: String,
    seed: String,
    policy: String,
    finished: String,
    pec: String,
    v: String,
    s: String,
    a: String,
    revenue: String,
    pay_per_youth: String,
    members_end: String,
    members: String,
    readings_stated: String,
    readings_matched: String,
    decision: String,
    week: String,
    question: String,
    sphere: String,
    summers: String,
    dissent: String,
    pec_gap: String,
    split: String,
    posture: String,
    option: String,
    read: String,
    count: String,
    needed: String,
    matched: String,
    left: String,
    conflicts: String,
    complaints: String,
    sales: String,
    pec_change: String,
    who: String,
}

fn sphere_name(s: Sphere, lang: Lang) -> &'static str {
    word(
        lang,
        match s {
            Sphere::Business => K::Business,
            Sphere::Associative => K::Associative,
            Sphere::Work => K::Work,
        },
    )
}

fn records(c: &Class) -> Vec<Record> {
    let lang = c.lang;
    let kind = |k: &str| tr(lang, &format!("class-csv-record-{k}"));
    let flag = |b: bool| if b { "1" } else { "0" }.to_string();
    let mut out = Vec::new();
    for (i, (m, f)) in c.models.iter().zip(&c.figures).enumerate() {
        out.push(Record {
            record: kind("summer"),
            summer: csv_text(&c.labels[i]),
            seed: m.save.seed.to_string(),
            policy: csv_text(&m.policy()),
            finished: flag(f.finished),
            pec: csv_num(f.pec, 2),
            v: csv_num(f.v, 2),
            s: csv_num(f.s, 2),
            a: csv_num(f.a, 2),
            revenue: csv_money(f.revenue),
            pay_per_youth: csv_money(f.pay_per_youth),
            members_end: f.members_end.to_string(),
            members: f.members.to_string(),
            readings_stated: f.readings.map_or(String::new(), |r| r.1.to_string()),
            readings_matched: f.readings.map_or(String::new(), |r| r.0.to_string()),
            week: f.week.to_string(),
            ..Record::default()
        });
    }
    for (k, s) in c.shared.iter().enumerate() {
        let base = || Record {
            decision: (k + 1).to_string(),
            week: s.week.to_string(),
            question: csv_text(&s.question),
            ..Record::default()
        };
        let split = c.split.iter().position(|x| x.0 == k);
        out.push(Record {
            record: kind("decision"),
            sphere: csv_text(sphere_name(s.sphere, lang)),
            summers: s.summers.len().to_string(),
            dissent: csv_num(s.dissent, 2),
            pec_gap: csv_num(s.gap, 2),
            split: split.map_or(String::new(), |p| (p + 1).to_string()),
            ..base()
        });
        for p in (0..5).filter(|&p| s.postures[p] > 0) {
            let f = &s.followed[p];
            let who = s.summers.iter().zip(&s.taken).filter(|(_, q)| **q == p).map(|(i, _)| *i);
            let total = |n: u32| if f.summers > 0 { n.to_string() } else { String::new() };
            out.push(Record {
                record: kind("posture"),
                posture: csv_text(&posture_name(p, lang)),
                count: s.postures[p].to_string(),
                needed: if p < 4 { s.needs[p].to_string() } else { String::new() },
                left: total(f.left),
                conflicts: total(f.conflicts),
                complaints: total(f.complaints),
                sales: f.mean_sales().map_or_else(String::new, csv_money),
                pec_change: f.mean_pec_change().map_or_else(String::new, |x| csv_num(x, 2)),
                who: csv_text(&c.who(who)),
                ..base()
            });
        }
        for (read, n, ok) in &s.readings {
            out.push(Record {
                record: kind("reading"),
                read: csv_text(&explain::reading(*read, lang)),
                count: n.to_string(),
                matched: ok.to_string(),
                ..base()
            });
        }
        for (o, n) in &s.decided {
            out.push(Record { record: kind("decided"), option: csv_text(o), count: n.to_string(), ..base() });
        }
        if let Some(poll) = &s.poll {
            for (p, n) in poll.iter().enumerate() {
                out.push(Record {
                    record: kind("poll"),
                    posture: csv_text(&posture_name(p, lang)),
                    count: n.to_string(),
                    ..base()
                });
            }
        }
        for (o, n) in &s.votes {
            out.push(Record { record: kind("vote"), option: csv_text(o), count: n.to_string(), ..base() });
        }
    }
    out
}

/// The class debrief in CSV: UTF-8 with a byte order mark, CRLF, as the report's.
pub(super) fn csv(c: &Class) -> String {
    let write = || -> Result<String, csv::Error> {
        let mut w =
            csv::WriterBuilder::new().has_headers(false).terminator(csv::Terminator::CRLF).from_writer(Vec::new());
        w.write_record(CLASS_CSV_COLUMNS.iter().map(|k| tr(c.lang, &format!("class-csv-column-{k}"))))?;
        for r in records(c) {
            w.serialize(r)?;
        }
        let bytes = w.into_inner().map_err(|e| csv::Error::from(e.into_error()))?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    };
    format!("\u{feff}{}", write().unwrap_or_default())
}

/// The seeds of a class, for its heading: each of a few (`1, 2, 3`); of many, the first ones
/// and the last (`1, 2, 3, 4, 5 … 500`), so that a class of hundreds of summers keeps a heading
/// of one line (the number of seeds is said beside it).
fn seed_list(seeds: &[u64]) -> String {
    const SHOWN: usize = 6;
    let each = |s: &[u64]| s.iter().map(u64::to_string).collect::<Vec<_>>().join(", ");
    match seeds {
        s if s.len() <= SHOWN => each(s),
        [.., last] => format!("{} … {last}", each(&seeds[..SHOWN - 1])),
        [] => String::new(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_class_of_many_seeds_names_the_first_and_the_last() {
        assert_eq!(super::seed_list(&[1, 2, 3]), "1, 2, 3");
        assert_eq!(super::seed_list(&[4, 8, 15, 16, 23, 42]), "4, 8, 15, 16, 23, 42");
        let many: Vec<u64> = (1..=500).collect();
        assert_eq!(super::seed_list(&many), "1, 2, 3, 4, 5 … 500");
    }

    use super::super::document::Block;
    use super::super::model::Model;
    use super::super::{html as html_page, markdown as md_page};
    use super::*;
    use crate::policy::Policy;
    use crate::save::Summer;
    use crate::sim::World;

    fn class_of(policies: &[Policy]) -> Vec<Summer> {
        let src = include_str!("../../scenarios/quintin-2013.ron");
        let w = World::new(&crate::scenario::load_str("quintin-2013.ron", src).expect("the scenario loads"));
        policies.iter().map(|&p| Summer::played_by(w.clone(), 2013, p)).collect()
    }

    /// Every table of the class debrief is in the HTML page and in the Markdown, in order.
    #[test]
    fn markdown_and_html_carry_the_same_tables() {
        let runs = class_of(&[Policy::Adaptive, Policy::Directive, Policy::Reader, Policy::Delegating]);
        for lang in [Lang::Fr, Lang::En] {
            let models: Vec<Model> = runs.iter().map(|s| Model::new(s.into(), lang)).collect();
            let labels = (0..models.len()).map(super::super::class::letter).collect();
            let c = Class::new(models, labels, lang);
            let page = page(&c);
            let html = html_page::page(&page);
            let md = md_page::run(&page.runs[0]);
            let tables: Vec<&Table> = page.runs[0]
                .blocks
                .iter()
                .filter_map(|b| match b {
                    Block::Table(t) => Some(t),
                    _ => None,
                })
                .collect();
            assert!(tables.len() >= 3 + c.shared.len().min(1), "{}", tables.len());
            let mut from = (0, 0);
            for t in &tables {
                let h = html_page::table(t).into_string();
                let at =
                    html[from.0..].find(&h).unwrap_or_else(|| panic!("{lang:?}: the HTML has the {} table", t.class));
                from.0 += at + h.len();
                let mut m = String::new();
                md_page::table(&mut m, t);
                let at =
                    md[from.1..].find(&m).unwrap_or_else(|| panic!("{lang:?}: the Markdown has the {} table", t.class));
                from.1 += at + m.len();
            }
            assert_eq!(html.matches("<table").count(), tables.len(), "{lang:?}: no other table in the page");
            assert!(!html.contains("http://") && !html.contains("https://"), "no external reference");
        }
    }

    #[test]
    fn the_fields_of_a_class_record_are_the_columns_in_order() {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.serialize(Record::default()).expect("writes");
        let text = String::from_utf8(w.into_inner().expect("flushes")).expect("UTF-8");
        let header: Vec<&str> = text.lines().next().expect("a header").split(',').collect();
        assert_eq!(header, CLASS_CSV_COLUMNS);
        for lang in [Lang::Fr, Lang::En] {
            for k in CLASS_CSV_COLUMNS {
                let name = tr(lang, &format!("class-csv-column-{k}"));
                assert!(!name.starts_with("class-"), "{lang:?} {k}");
                if lang == Lang::En {
                    assert_eq!(name, *k);
                }
            }
            for k in CLASS_CSV_RECORDS {
                let name = tr(lang, &format!("class-csv-record-{k}"));
                assert!(!name.starts_with("class-"), "{lang:?} {k}");
                if lang == Lang::En {
                    assert_eq!(name, k);
                }
            }
        }
    }
}
