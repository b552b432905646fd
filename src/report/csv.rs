//! The report as CSV: one row per week, decision, cooperant, objective and reading, and one for
//! the whole summer; columns documented in `docs/report.md`. Written by the `csv` crate (RFC
//! 4180 quoting, CRLF line ends) behind a UTF-8 byte order mark, so that spreadsheets read the
//! accents right.
//!
//! A row is a `Record`: its fields are the columns, in order, so a column cannot be mistyped (it
//! would not compile), and a test checks that they are the columns of `CSV_COLUMNS`.

use rust_decimal::Decimal;
use serde::Serialize;

use super::model::Model;
use super::words;
use crate::scenario::Sphere;
use crate::text::Lang;
use crate::words::explain;

/// The CSV columns, by their English names (the fields of `Record`); the name in the header
/// is the catalogue's `csv-column-NAME` in the report's language. Documented in
/// `docs/report.md`.
pub const CSV_COLUMNS: &[&str] = &[
    "record",
    "week",
    "date",
    "decision",
    "question",
    "sphere",
    "need",
    "in_crisis",
    "posture",
    "animateurs_option",
    "decided",
    "decided_by",
    "procedure",
    "votes_for",
    "voters",
    "rounds",
    "proposals",
    "v",
    "s",
    "a",
    "a_business",
    "a_associative",
    "a_work",
    "pec",
    "sales",
    "costs",
    "cash",
    "contracts",
    "lost",
    "hours",
    "reputation",
    "motivation",
    "readiness",
    "cooperant",
    "pay_summer",
    "pay_surplus",
    "pay_total",
    "surplus",
    "pay_per_youth",
    "objective",
    "measure",
    "at_review",
    "at_end",
    "reached",
    "read",
    "was",
    "cues",
    "matched",
];

/// The record types of the first column, by their English names; each reads as the
/// catalogue's `csv-record-NAME`.
pub const CSV_RECORDS: [&str; 6] = ["week", "decision", "cooperant", "summer", "objective", "reading"];

/// A column's name in the header in `lang`.
pub fn column_name(lang: Lang, english: &str) -> String {
    crate::i18n::tr(lang, &format!("csv-column-{english}"))
}

/// The column of a name, French or English; `None` for a name that is not a column.
pub fn column(name: &str) -> Option<usize> {
    CSV_COLUMNS.iter().position(|&c| c == name || column_name(Lang::Fr, c) == name)
}

/// One row: a field per column of `CSV_COLUMNS`, named by its English name, in the same order.
#[derive(Serialize, Default)]
struct Record {
    record: String,
    week: String,
    date: String,
    decision: String,
    question: String,
    sphere: String,
    need: String,
    in_crisis: String,
    posture: String,
    animateurs_option: String,
    decided: String,
    decided_by: String,
    procedure: String,
    votes_for: String,
    voters: String,
    rounds: String,
    proposals: String,
    v: String,
    s: String,
    a: String,
    a_business: String,
    a_associative: String,
    a_work: String,
    pec: String,
    sales: String,
    costs: String,
    cash: String,
    contracts: String,
    lost: String,
    hours: String,
    reputation: String,
    motivation: String,
    readiness: String,
    cooperant: String,
    pay_summer: String,
    pay_surplus: String,
    pay_total: String,
    surplus: String,
    pay_per_youth: String,
    objective: String,
    measure: String,
    at_review: String,
    at_end: String,
    reached: String,
    read: String,
    was: String,
    cues: String,
    matched: String,
}

/// Text as a spreadsheet must take it: on one line, and text that a spreadsheet would take for
/// a formula (`=`, `+`, `-`, `@`) gets a leading `'`. The quoting is the CSV writer's.
pub(super) fn text(s: &str) -> String {
    let s: String = s.chars().map(|c| if c == '\r' || c == '\n' { ' ' } else { c }).collect();
    if s.starts_with(['=', '+', '-', '@', '\t']) { format!("'{s}") } else { s }
}

pub(super) fn money(d: Decimal) -> String {
    format!("{:.2}", d.round_dp(2))
}

pub(super) fn num(x: f64, dp: usize) -> String {
    let s = format!("{:.*}", dp, x);
    if s.starts_with('-') && s.trim_start_matches(['-', '0', '.']).is_empty() { s[1..].to_string() } else { s }
}

fn flag(b: bool) -> String {
    if b { "1" } else { "0" }.into()
}

/// A record type's name in `lang`.
fn pick(lang: Lang, english: &str) -> String {
    crate::i18n::tr(lang, &format!("csv-record-{english}"))
}

/// The rows of the report, in order: weeks, decisions, cooperants, the summer, objectives,
/// readings.
fn records(m: &Model) -> Vec<Record> {
    let (w, season, lang) = (m.w, m.season, m.lang);
    let start = &w.scenario.calendar.start;
    let iso = |wk: u8| words::week_iso(start, wk).unwrap_or_default();
    let mut out = Vec::new();
    for r in season.weeks() {
        out.push(Record {
            record: pick(lang, CSV_RECORDS[0]),
            week: r.week.to_string(),
            date: iso(r.week),
            in_crisis: flag(r.crisis),
            v: num(r.v, 2),
            s: num(r.s, 2),
            a: num(r.a, 2),
            a_business: num(r.spheres[0], 2),
            a_associative: num(r.spheres[1], 2),
            a_work: num(r.spheres[2], 2),
            pec: num(r.pec, 2),
            sales: money(r.sales),
            costs: money(r.costs),
            cash: money(r.cash),
            contracts: r.contracts.to_string(),
            lost: r.lost.to_string(),
            hours: words::hours_dec(r.minutes as u64).to_string(),
            reputation: num(r.reputation * 100.0, 1),
            motivation: num(r.motivation * 100.0, 1),
            readiness: num(r.readiness * 100.0, 1),
            ..Record::default()
        });
    }
    for r in &m.decisions {
        out.push(Record {
            record: pick(lang, CSV_RECORDS[1]),
            week: r.week.to_string(),
            date: iso(r.week),
            decision: (r.d + 1).to_string(),
            question: text(&r.question),
            sphere: text(m.sphere_name(r.sphere)),
            need: text(&m.need_word(r)),
            in_crisis: flag(r.crisis),
            posture: text(&r.posture.map(|p| explain::posture(p, lang)).unwrap_or_default()),
            animateurs_option: text(r.proposed.as_deref().unwrap_or("")),
            decided: text(&r.chosen),
            decided_by: text(&explain::decider(r.by, lang)),
            procedure: text(&r.procedure.map(|p| explain::procedure(p, lang)).unwrap_or_default()),
            votes_for: r.votes_for.to_string(),
            voters: r.voters.to_string(),
            rounds: r.rounds.to_string(),
            proposals: r.proposals.to_string(),
            ..Record::default()
        });
    }
    for r in &m.members {
        out.push(Record {
            record: pick(lang, CSV_RECORDS[2]),
            hours: words::hours_dec(r.minutes as u64).to_string(),
            cooperant: text(&r.name),
            pay_summer: money(r.paid),
            pay_surplus: money(r.surplus),
            pay_total: money(r.paid + r.surplus),
            ..Record::default()
        });
    }
    let s = &season.scores();
    let l = &season.ledger();
    out.push(Record {
        record: pick(lang, CSV_RECORDS[3]),
        week: w.weeks.to_string(),
        date: iso(1),
        decision: m.decisions.len().to_string(),
        v: num(s.vision(), 2),
        s: num(s.support(), 2),
        a: num(s.autonomy(), 2),
        a_business: num(s.sphere(Sphere::Business), 2),
        a_associative: num(s.sphere(Sphere::Associative), 2),
        a_work: num(s.sphere(Sphere::Work), 2),
        pec: num(s.pec(w.scenario.pec_weights), 2),
        sales: money(l.sales()),
        costs: money(l.costs()),
        cash: money(l.cash()),
        contracts: m.contracts().to_string(),
        lost: m.lost().to_string(),
        hours: words::hours_dec(m.minutes()).to_string(),
        pay_total: money(m.member_pay()),
        surplus: money(season.surplus()),
        pay_per_youth: money(m.pay_per_youth()),
        ..Record::default()
    });
    let reached = crate::i18n::tr(lang, "story-reached");
    for r in m.objectives() {
        out.push(Record {
            record: pick(lang, CSV_RECORDS[4]),
            objective: text(&r[0]),
            measure: text(&r[1]),
            at_review: text(&r[2]),
            at_end: text(&r[3]),
            reached: flag(r[4] == reached),
            ..Record::default()
        });
    }
    for (wk, q, _, read, was, cues) in m.readings() {
        out.push(Record {
            record: pick(lang, CSV_RECORDS[5]),
            week: wk.to_string(),
            question: text(&q),
            read: text(&explain::reading(read, lang)),
            was: text(&explain::reading(was, lang)),
            cues: text(&cues),
            matched: flag(read == was),
            ..Record::default()
        });
    }
    out
}

/// Writes the rows under a header in the report's language.
fn write(records: &[Record], lang: Lang) -> Result<String, csv::Error> {
    let mut w = csv::WriterBuilder::new().has_headers(false).terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    w.write_record(CSV_COLUMNS.iter().map(|c| column_name(lang, c)))?;
    for r in records {
        w.serialize(r)?;
    }
    let bytes = w.into_inner().map_err(|e| csv::Error::from(e.into_error()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The CSV of one summer.
pub(super) fn report(m: &Model) -> String {
    // A UTF-8 byte order mark, so that spreadsheets read the accents right.
    let mut out = String::from("\u{feff}");
    // Writing to memory fails only on a record of the wrong length, which `Record` rules out.
    out.push_str(&write(&records(m), m.lang).unwrap_or_default());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fields_of_a_record_are_the_columns_in_order() {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.serialize(Record::default()).expect("writes");
        let text = String::from_utf8(w.into_inner().expect("flushes")).expect("UTF-8");
        let header: Vec<&str> = text.lines().next().expect("a header").split(',').collect();
        assert_eq!(header, CSV_COLUMNS);
        // Every column and record type is named in both languages, the English name being
        // the field's (the catalogue cannot rename a column of the contract by mistake).
        for c in CSV_COLUMNS {
            assert_eq!(column_name(Lang::En, c), *c);
            let fr = column_name(Lang::Fr, c);
            assert!(!fr.is_empty() && !fr.starts_with("csv-"), "{c}: {fr}");
        }
        for r in CSV_RECORDS {
            assert_eq!(pick(Lang::En, r), r);
            assert!(!pick(Lang::Fr, r).starts_with("csv-"), "{r}");
        }
    }

    #[test]
    fn a_wrong_column_name_is_no_column() {
        assert_eq!(column("cooperant"), Some(33));
        assert_eq!(column("coopérant"), Some(33));
        assert_eq!(column("record"), Some(0));
        for wrong in ["cooprant", "Cooperant", "", "pay total", "type "] {
            assert_eq!(column(wrong), None, "{wrong:?} is not a column");
        }
    }

    #[test]
    fn text_that_looks_like_a_formula_stays_text() {
        assert_eq!(text("=1+1"), "'=1+1");
        assert_eq!(text("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(text("two\nlines"), "two lines");
        assert_eq!(text("plain"), "plain");
    }
}
