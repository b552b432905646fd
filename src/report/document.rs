//! The report as a document that knows no format: headings, paragraphs, lists, tables and
//! charts. `sections.rs` builds it from the model of each summer; `html.rs` and `markdown.rs`
//! write it, each in its own way, so that a table is made once and shows the same in both.
//!
//! Text in a document is plain text, as read from the scenario and the journal: the writers
//! escape it for their format.

/// The whole report: one summer, or two side by side (HTML only).
pub struct Page {
    /// The page's heading ("The report of the summer", "Two summers side by side").
    pub heading: String,
    /// The title of the browser tab.
    pub title: String,
    /// What compares the summers, when there are two.
    pub compare: Vec<Block>,
    pub runs: Vec<Run>,
}

/// The report of one summer.
pub struct Run {
    /// The anchor of the run in the page (`r0-run`).
    pub anchor: String,
    /// The language code of the run (`fr`, `en`).
    pub lang: &'static str,
    /// The document title of a single report (Markdown: "Report — title").
    pub doc_title: String,
    /// The heading of the run in the HTML page: the scenario's title (with the policy and seed
    /// when two summers are compared).
    pub title: String,
    pub meta: Vec<Span>,
    pub pitch: String,
    pub blocks: Vec<Block>,
    pub footer: String,
}

/// A piece of a paragraph.
#[derive(Debug, Clone, PartialEq)]
pub enum Span {
    Text(String),
    Code(String),
}

/// How a paragraph is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// An introduction to a section, in a quieter tone.
    Meta,
    Plain,
    /// A reference to compare with (the network's benchmark).
    Aside,
    /// How to read the chart that follows, in a quieter tone: on a page only (a Markdown file has
    /// the chart's table, not the chart).
    ChartNote,
}

/// A block of a run, in reading order.
#[derive(Debug, Clone)]
pub enum Block {
    /// A section (level 1) or a part of one (level 2).
    Heading {
        level: u8,
        text: String,
    },
    Para {
        style: Style,
        spans: Vec<Span>,
    },
    /// A list; its class is for the style sheet (`goals`).
    List {
        class: &'static str,
        items: Vec<String>,
    },
    /// Labelled values that stand out, one after the other: (label with its colon, value).
    Facts(Vec<(String, String)>),
    /// The score cards, and the heads of their columns when they are set as a table.
    Cards {
        head: (String, String),
        cards: Vec<Card>,
    },
    /// The key figures: (label, value).
    Figures {
        value_head: String,
        items: Vec<(String, String)>,
    },
    Table(Table),
    /// A table that the reader can fold away (HTML), headed by its summary and row count.
    Fold {
        summary: String,
        table: Table,
    },
    /// The dated moments of the summer.
    Timeline {
        week_head: String,
        date_head: String,
        note_label: String,
        colon: &'static str,
        items: Vec<Moment>,
    },
    Charts(Vec<Chart>),
    /// A place in the page a link can lead to (HTML: an anchor; Markdown: nothing).
    Anchor(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    /// `v`, `s`, `a`, or empty for the PEC.
    pub class: &'static str,
    /// The component's name ("Vision"), empty for the PEC.
    pub name: String,
    /// Its letter ("V", "PEC").
    pub short: &'static str,
    pub value: String,
    /// The parts of the value: (name, value).
    pub parts: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Moment {
    pub week: u8,
    pub date: String,
    pub what: String,
    pub detail: String,
    pub note: String,
}

/// A chart: drawn in HTML (SVG markup made by `charts.rs`), shown as its table in Markdown. A
/// chart without a table has its numbers in a table of the run already.
#[derive(Debug, Clone)]
pub struct Chart {
    pub title: String,
    pub svg: maud::Markup,
    pub table: Option<Table>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// What the table holds, for the style sheet (`decisions`, `weeks`).
    pub class: &'static str,
    /// A table too wide for the page scrolls on its own.
    pub wide: bool,
    pub head: Vec<Cell>,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Row {
    pub cells: Vec<Cell>,
    /// A row of a week or decision in crisis.
    pub crisis: bool,
    /// The decision this row is about (its rank).
    pub decision: Option<u16>,
    /// A total: set apart.
    pub total: bool,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cell {
    pub text: String,
    /// A number, set to the right.
    pub num: bool,
    /// A second line in smaller type, with the class it is styled by (`meta`, `fit-1`).
    pub sub: Option<(String, String)>,
    /// How many columns the cell spans.
    pub span: u8,
    /// A link inside the page.
    pub link: Option<String>,
    /// A date, kept on one line.
    pub date: bool,
    /// A heading cell in a row (the label of a row).
    pub head: bool,
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Cell {
        Cell { text: s.into(), span: 1, ..Cell::default() }
    }

    pub fn num(s: impl Into<String>) -> Cell {
        Cell { num: true, ..Cell::text(s) }
    }

    pub fn date(s: impl Into<String>) -> Cell {
        Cell { date: true, ..Cell::text(s) }
    }

    pub fn sub(mut self, s: impl Into<String>, class: impl Into<String>) -> Cell {
        self.sub = Some((s.into(), class.into()));
        self
    }

    pub fn spanning(mut self, n: u8) -> Cell {
        self.span = n.max(1);
        self
    }

    pub fn head(mut self) -> Cell {
        self.head = true;
        self
    }
}

impl Row {
    pub fn of(cells: Vec<Cell>) -> Row {
        Row { cells, ..Row::default() }
    }

    pub fn total(cells: Vec<Cell>) -> Row {
        Row { total: true, ..Row::of(cells) }
    }
}

impl Table {
    /// A table whose head is `(label, is a number)`.
    pub fn new(class: &'static str, head: &[(&str, bool)], rows: Vec<Row>) -> Table {
        let head = head.iter().map(|(l, num)| if *num { Cell::num(*l) } else { Cell::text(*l) }).collect();
        Table { class, wide: false, head, rows }
    }

    pub fn wide(mut self) -> Table {
        self.wide = true;
        self
    }
}
