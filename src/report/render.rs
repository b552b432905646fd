//! The debrief document in three formats, built from a summer (a journal read back and
//! replayed, or the summer the game plays) and the room's poll beside it: HTML (one
//! self-contained file with inline SVG charts, printable on A4, two summers side by side),
//! Markdown (the same content, charts as tables) and CSV (one row per week, decision and
//! cooperant, and one for the whole summer; columns documented in `docs/report.md`).
//!
//! Everything shown is read from the summer's save and replayed season, so the report is exactly
//! what happened. The steps: `model.rs` gathers what the report says about a summer;
//! `sections.rs` makes it a document that knows no format (`document.rs`); `html.rs` and
//! `markdown.rs` write the document, `csv.rs` writes the model's records. Every text that comes
//! from a scenario is escaped by the writer of its format, since scenarios are written by others.

use super::model::Model;
use super::{csv as csv_report, html as html_page, markdown as md_page, sections};
use crate::text::Lang;

pub use super::class::letter;
pub use super::class_page::{CLASS_CSV_COLUMNS, CLASS_CSV_RECORDS};
pub use super::csv::{CSV_COLUMNS, CSV_RECORDS, column};
pub use super::model::Played;

/// The formats of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Html,
    Markdown,
    Csv,
}

/// The class debrief of many summers of one scenario (the caller checks that they are), each
/// labelled by `labels`, in the order given.
pub fn class(runs: &[Played], labels: Vec<String>, lang: Lang, format: Format) -> String {
    let models: Vec<Model> = runs.iter().map(|&p| Model::new(p, lang)).collect();
    if models.is_empty() {
        return String::new();
    }
    let c = super::class::Class::new(models, labels, lang);
    match format {
        Format::Html => html_page::page(&super::class_page::page(&c)),
        Format::Markdown => super::class_page::page(&c).runs.first().map(md_page::run).unwrap_or_default(),
        Format::Csv => super::class_page::csv(&c),
    }
}

/// One self-contained HTML page: one summer, or two side by side.
pub fn html(runs: &[Played], lang: Lang) -> String {
    let models: Vec<Model> = runs.iter().map(|&p| Model::new(p, lang)).collect();
    html_page::page(&sections::page(&models, lang))
}

/// The report of one summer in Markdown.
pub fn markdown<'a>(run: impl Into<Played<'a>>, lang: Lang) -> String {
    let models = [Model::new(run.into(), lang)];
    let page = sections::page(&models, lang);
    page.runs.first().map(md_page::run).unwrap_or_default()
}

/// The report of one summer in CSV.
pub fn csv<'a>(run: impl Into<Played<'a>>, lang: Lang) -> String {
    csv_report::report(&Model::new(run.into(), lang))
}

#[cfg(test)]
mod tests {
    use super::super::document::{Block, Table};
    use super::*;
    use crate::policy::Policy;
    use crate::save::Summer;
    use crate::sim::World;

    /// A summer of the reference scenario, played by the policy that reads the group (so that
    /// every section, the diagnosis too, has something in it).
    fn summer() -> Summer {
        let src = include_str!("../../scenarios/quintin-2013.ron");
        let loaded = crate::scenario::load_str("quintin-2013.ron", src).expect("the scenario loads");
        Summer::played_by(World::new(&loaded), 3, Policy::Reader)
    }

    /// Every table of the document, in order: the HTML page and the Markdown both carry each of
    /// them, written by one function per format from the one table built in `sections.rs`.
    #[test]
    fn markdown_and_html_carry_the_same_tables() {
        let summer = summer();
        for lang in [Lang::Fr, Lang::En] {
            let models = [Model::new((&summer).into(), lang)];
            let page = sections::page(&models, lang);
            let run = &page.runs[0];
            let tables: Vec<&Table> = run
                .blocks
                .iter()
                .filter_map(|b| match b {
                    Block::Table(t) | Block::Fold { table: t, .. } => Some(t),
                    _ => None,
                })
                .collect();
            assert!(tables.len() >= 8, "the tables of the report: {}", tables.len());
            let html = html(&[(&summer).into()], lang);
            let md = markdown(&summer, lang);
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
            // No other table in the HTML but the moments; in the Markdown, the charts', the
            // score cards' and the key figures' as tables.
            assert_eq!(html.matches("<table").count(), tables.len() + 1);
            let charted = run
                .blocks
                .iter()
                .map(|b| match b {
                    Block::Charts(list) => list.iter().filter(|c| c.table.is_some()).count(),
                    Block::Cards { .. } | Block::Figures { .. } => 1,
                    _ => 0,
                })
                .sum::<usize>();
            let md_tables = md.lines().filter(|l| l.starts_with("| ---") || l.starts_with("| ---:")).count();
            assert_eq!(md_tables, tables.len() + charted);
        }
    }
}
