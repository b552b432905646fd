//! The report as one self-contained HTML page: inline SVG charts, a style sheet for screen and
//! A4 paper (`report.css`), no script and no network. The page is written with maud templates,
//! as are the charts (`charts.rs`), so every text spliced in is escaped; only the style sheet
//! goes in as it is.

use std::borrow::Cow;

use maud::{DOCTYPE, Markup, PreEscaped, Render, html};

use super::document::{Block, Card, Cell, Page, Row, Run, Span, Style, Table};

/// The style sheet of the page.
const CSS: &str = include_str!("report.css");

/// Text from a scenario or the journal: escaped by maud, control characters made spaces.
pub(super) struct Txt<'a>(pub(super) &'a str);

impl Render for Txt<'_> {
    fn render_to(&self, buffer: &mut String) {
        let control = |c: char| (c as u32) < 0x20 && c != '\n' && c != '\t';
        let text: Cow<str> = if self.0.chars().any(control) {
            self.0.chars().map(|c| if control(c) { ' ' } else { c }).collect()
        } else {
            Cow::Borrowed(self.0)
        };
        text.render_to(buffer);
    }
}

/// The page: one summer, or two side by side.
pub fn page(p: &Page) -> String {
    let two = p.runs.len() > 1;
    let markup = html! {
        (DOCTYPE)
        html lang=(p.runs.first().map_or("fr", |r| r.lang)) {
            head {
                meta charset="utf-8";
                meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (Txt(&p.title)) }
                style { (PreEscaped(CSS)) }
            }
            body {
                h1 { (Txt(&p.heading)) }
                @for b in &p.compare { (block(b)) }
                div.runs.two[two] {
                    @for r in &p.runs { (run(r)) }
                }
            }
        }
    };
    let mut out = markup.into_string();
    out.push('\n');
    out
}

fn run(r: &Run) -> Markup {
    html! {
        section.run id=(r.anchor) lang=(r.lang) {
            header {
                h2 { (Txt(&r.title)) }
                p.meta { @for s in &r.meta { (span(s)) } }
                p.pitch { (Txt(&r.pitch)) }
            }
            @for b in &r.blocks { (block(b)) }
            footer { (Txt(&r.footer)) }
        }
    }
}

fn span(s: &Span) -> Markup {
    html! {
        @match s {
            Span::Text(t) => (Txt(t)),
            Span::Code(t) => code { (Txt(t)) },
        }
    }
}

fn block(b: &Block) -> Markup {
    html! {
        @match b {
            Block::Heading { level, text } => {
                @if *level <= 1 { h3 { (Txt(text)) } } @else { h4 { (Txt(text)) } }
            }
            Block::Para { style, spans } => {
                p class=[para_class(*style)] { @for s in spans { (span(s)) } }
            }
            Block::List { class, items } => {
                ul class=[(!class.is_empty()).then_some(class)] { @for i in items { li { (Txt(i)) } } }
            }
            Block::Facts(items) => {
                @if !items.is_empty() {
                    p {
                        @for (k, (label, value)) in items.iter().enumerate() {
                            @if k > 0 { " · " }
                            (Txt(label)) b { (Txt(value)) }
                        }
                    }
                }
            }
            Block::Cards { cards, .. } => {
                div.cards { @for c in cards { (card(c)) } }
            }
            Block::Figures { items, .. } => {
                dl.figures { @for (l, v) in items { div { dt { (Txt(l)) } dd { (Txt(v)) } } } }
            }
            Block::Table(t) => (table(t)),
            Block::Fold { summary, table: t } => {
                details open {
                    summary { (Txt(summary)) " (" (t.rows.len()) ")" }
                    (table(t))
                }
            }
            Block::Timeline { week_head, date_head, items, .. } => {
                div.scroll {
                    table.moments {
                        thead { tr { th.n { (Txt(week_head)) } th { (Txt(date_head)) } th {} } }
                        tbody {
                            @for m in items {
                                tr {
                                    td.n { (m.week) }
                                    td.d { (Txt(&m.date)) }
                                    td {
                                        b { (Txt(&m.what)) }
                                        @if !m.detail.is_empty() { br; (Txt(&m.detail)) }
                                        @if !m.note.is_empty() { div.note { (Txt(&m.note)) } }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            Block::Anchor(id) => { span.anchor id=(id) {} }
            Block::Charts(list) => {
                div.charts { @for c in list { figure { (c.svg) } } }
            }
        }
    }
}

fn para_class(s: Style) -> Option<&'static str> {
    match s {
        Style::Meta | Style::ChartNote => Some("meta"),
        Style::Plain => None,
        Style::Aside => Some("bench"),
    }
}

fn card(c: &Card) -> Markup {
    let parts: Vec<String> = c.parts.iter().map(|(n, v)| format!("{n} {v}")).collect();
    html! {
        div class={ "card" @if !c.class.is_empty() { " " (c.class) } } {
            small {
                @if c.name.is_empty() { (c.short) } @else { (Txt(&c.name)) " (" (c.short) ")" }
            }
            b { (Txt(&c.value)) }
            @if !parts.is_empty() { small { (Txt(&parts.join(" · "))) } }
        }
    }
}

pub(super) fn table(t: &Table) -> Markup {
    let inner = html! {
        table class=[(!t.class.is_empty()).then_some(t.class)] {
            thead { tr { @for c in &t.head { (cell(c, true)) } } }
            tbody { @for r in &t.rows { (row(r)) } }
        }
    };
    html! {
        @if t.wide { div.scroll { (inner) } } @else { (inner) }
    }
}

fn row(r: &Row) -> Markup {
    html! {
        tr data-d=[r.decision] class=[r.crisis.then_some("crisis")] {
            @for c in &r.cells { (cell(c, r.total)) }
        }
    }
}

fn cell(c: &Cell, head: bool) -> Markup {
    let class = if c.num {
        Some("n")
    } else if c.date {
        Some("d")
    } else {
        None
    };
    let span = (c.span > 1).then_some(c.span);
    let content = html! {
        @match &c.link {
            Some(href) => a href=(href) { (Txt(&c.text)) },
            None => (Txt(&c.text)),
        }
        @if let Some((sub, class)) = &c.sub {
            br;
            small class=[(!class.is_empty()).then_some(class)] { (Txt(sub)) }
        }
    };
    html! {
        @if head || c.head {
            th colspan=[span] class=[class] { (content) }
        } @else {
            td colspan=[span] class=[class] { (content) }
        }
    }
}
