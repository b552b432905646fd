//! The report in Markdown: the same document as the HTML page, charts given as their tables.
//! Every text is escaped, so that a scenario's text cannot bring HTML, links, emphasis or a
//! broken table into it.

use std::fmt::Write;

use super::document::{Block, Cell, Row, Run, Span, Style, Table};

/// Escapes text for Markdown: no HTML, no links or emphasis, no broken tables.
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

/// One summer in Markdown.
pub fn run(r: &Run) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", md(&r.doc_title));
    let _ = writeln!(out, "{}\n", spans(&r.meta));
    let _ = writeln!(out, "*{}*\n", md(&r.pitch));
    for b in &r.blocks {
        block(&mut out, b);
    }
    let _ = writeln!(out, "---\n\n*{}*", md(&r.footer));
    out
}

fn spans(list: &[Span]) -> String {
    list.iter()
        .map(|s| match s {
            Span::Text(t) => md(t),
            Span::Code(t) => format!("`{}`", t.replace(['`', '\n', '\r'], "")),
        })
        .collect()
}

fn heading(out: &mut String, level: u8, text: &str) {
    let _ = writeln!(out, "{} {}\n", "#".repeat(level.clamp(1, 4) as usize + 1), md(text));
}

fn block(out: &mut String, b: &Block) {
    match b {
        Block::Heading { level, text } => heading(out, *level, text),
        Block::Para { style: Style::ChartNote, .. } => {}
        Block::Para { style, spans: s } => {
            let quote = if *style == Style::Aside { "> " } else { "" };
            let _ = writeln!(out, "{quote}{}\n", spans(s));
        }
        Block::List { items, .. } => {
            for i in items {
                let _ = writeln!(out, "- {}", md(i));
            }
            out.push('\n');
        }
        Block::Facts(items) => {
            for (l, v) in items {
                let _ = writeln!(out, "- {}**{}**", md(l), md(v));
            }
            out.push('\n');
        }
        Block::Cards { head, cards } => {
            let mut rows = Vec::new();
            for c in cards {
                let label = if c.name.is_empty() { c.short.to_string() } else { format!("{} — {}", c.short, c.name) };
                rows.push(Row::of(vec![Cell::text(label), Cell::num(c.value.clone())]));
                for (n, v) in &c.parts {
                    rows.push(Row::of(vec![Cell::text(format!("{} — {n}", c.short)), Cell::num(v.clone())]));
                }
            }
            table(out, &Table::new("", &[(&head.0, false), (&head.1, true)], rows));
        }
        Block::Figures { value_head, items } => {
            let rows = items.iter().map(|(l, v)| Row::of(vec![Cell::text(l.clone()), Cell::num(v.clone())])).collect();
            table(out, &Table::new("", &[("", false), (value_head, true)], rows));
        }
        Block::Table(t) => table(out, t),
        Block::Fold { summary, table: t } => {
            heading(out, 2, summary);
            table(out, t);
        }
        Block::Timeline { week_head, note_label, colon, items, .. } => {
            for m in items {
                let _ = write!(out, "- **{} {} ({})** — {}", md(week_head), m.week, md(&m.date), md(&m.what));
                if !m.detail.is_empty() {
                    let _ = write!(out, "{colon}{}", md(&m.detail));
                }
                if !m.note.is_empty() {
                    let _ = write!(out, "  \n  *{}{colon}{}*", md(note_label), md(&m.note));
                }
                out.push('\n');
            }
            out.push('\n');
        }
        Block::Anchor(_) => {}
        Block::Charts(list) => {
            for c in list {
                if let Some(t) = &c.table {
                    heading(out, 2, &c.title);
                    table(out, t);
                }
            }
        }
    }
}

/// A cell's text: its second line in brackets, bold in a total row, and as many empty cells
/// after it as it spans columns.
fn cell(c: &Cell, total: bool) -> Vec<String> {
    let mut text = md(&c.text);
    if let Some((sub, _)) = &c.sub {
        text = format!("{text} ({})", md(sub));
    }
    if total && !text.is_empty() {
        text = format!("**{text}**");
    }
    let mut out = vec![text];
    out.resize(c.span.max(1) as usize, String::new());
    out
}

pub(super) fn table(out: &mut String, t: &Table) {
    out.push('|');
    for h in &t.head {
        let _ = write!(out, " {} |", md(&h.text));
    }
    out.push_str("\n|");
    for h in &t.head {
        out.push_str(if h.num { " ---: |" } else { " --- |" });
    }
    out.push('\n');
    for r in &t.rows {
        out.push('|');
        for c in r.cells.iter().flat_map(|c| cell(c, r.total)) {
            let _ = write!(out, " {} |", if c.is_empty() { " " } else { &c });
        }
        out.push('\n');
    }
    out.push('\n');
}
