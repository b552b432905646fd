//! The sections of the report, in reading order: the one place that says what the report
//! shows. Each section is built once from the model of a summer as blocks of a format-neutral
//! document (`document.rs`); the HTML and Markdown writers only set them. A new section is a
//! new function here, called from `run`.

use rust_decimal::Decimal;

use super::charts::{self, Marker, Panel, Series, YAxis, palette};
use super::document::{Block, Card, Cell, Chart, Moment, Page, Row, Run, Span, Style, Table};
use super::model::{DecRow, Model};
use super::words::{self, K, w as word};
use crate::decision::Decider;
use crate::scenario::{Currency, Sphere};
use crate::scoring::Comp;
use crate::sim::to_f64;
use crate::text::Lang;
use crate::tr;
use crate::words::explain;

/// Scales shared by the summers compared, so that their charts can be read against each other.
struct Scale {
    money_lo: f64,
    money_hi: f64,
    hours_hi: f64,
    pay_hi: f64,
    who_hi: u32,
}

impl Scale {
    fn of(models: &[Model]) -> Scale {
        let mut s = Scale { money_lo: 0.0, money_hi: 1.0, hours_hi: 1.0, pay_hi: 1.0, who_hi: 1 };
        for m in models {
            for (a, b, c) in m.money_columns() {
                for x in [a, b, c] {
                    s.money_lo = s.money_lo.min(to_f64(x));
                    s.money_hi = s.money_hi.max(to_f64(x));
                }
            }
            for r in &m.members {
                s.hours_hi = s.hours_hi.max(r.minutes as f64 / 60.0);
                s.pay_hi = s.pay_hi.max(to_f64(r.paid + r.surplus));
            }
            for sp in m.who {
                s.who_hi = s.who_hi.max(sp.iter().sum());
            }
        }
        s
    }
}

/// The report of one or more summers (more than one: compared side by side).
pub(super) fn page(models: &[Model], lang: Lang) -> Page {
    let scale = Scale::of(models);
    let compared = models.len() > 1;
    let heading = word(lang, if compared { K::Compare } else { K::Report }).to_string();
    let title = match models {
        [one] => format!("{} — {}", heading, one.title()),
        _ => heading.clone(),
    };
    let compare = if compared { compare(models) } else { Vec::new() };
    let runs = models.iter().enumerate().map(|(k, m)| run(m, k, &scale, compared)).collect();
    Page { heading, title, compare, runs }
}

/// The report of one summer: its header, then every section in reading order.
fn run(m: &Model, k: usize, scale: &Scale, compared: bool) -> Run {
    let sc = &m.w.scenario;
    let lang = m.lang;
    let c = words::colon(lang);
    let title = if compared {
        format!("{} — {} · {} {}", m.title(), m.policy(), m.t(K::Seed), m.save.seed)
    } else {
        m.title().to_string()
    };
    let meta = vec![
        Span::Text(format!("{} ", m.t(K::Scenario))),
        Span::Code(sc.id.clone()),
        Span::Text(format!(
            " · {} {} · {}{c}{} · {}{c}{} · {}{c}{} · {} {}",
            m.t(K::Seed),
            m.save.seed,
            m.t(K::Policy),
            m.policy(),
            m.t(K::Mode),
            m.mode(),
            m.t(K::Territory),
            sc.territory.name,
            tr!("report-weeks-from", weeks = format!("{}", m.w.weeks)).get(lang),
            m.date(1),
        )),
    ];
    let mut blocks = Vec::new();
    pec(&mut blocks, m);
    end_of_summer(&mut blocks, m);
    charts(&mut blocks, m, k, scale);
    goals(&mut blocks, m);
    moments(&mut blocks, m);
    decisions(&mut blocks, m);
    room(&mut blocks, m);
    evidence(&mut blocks, m);
    cooperants(&mut blocks, m);
    weeks(&mut blocks, m);
    let footer = format!(
        "{} {} {} {}",
        m.t(K::Generated),
        tr!("report-scenario-hash").get(lang),
        m.save.scenario_hash.chars().take(16).collect::<String>(),
        tr!("report-decisions-2", count = format!("{}", m.decisions.len())).get(lang),
    );
    Run {
        anchor: format!("r{k}-run"),
        lang: lang.code(),
        doc_title: format!("{} — {}", m.t(K::Report), m.title()),
        title,
        meta,
        pitch: sc.pitch.get(lang).to_string(),
        blocks,
        footer,
    }
}

fn heading(level: u8, text: impl Into<String>) -> Block {
    Block::Heading { level, text: text.into() }
}

fn para(style: Style, text: impl Into<String>) -> Block {
    Block::Para { style, spans: vec![Span::Text(text.into())] }
}

/// The formula of the score with the scenario's weights: `PEC = V + S + A`, or, weighted,
/// `PEC = 2 × V + S + 2 × A`.
fn pec_formula(w: crate::scenario::PecWeights) -> String {
    let term = |k: u8, x: &str| if k == 1 { x.to_string() } else { format!("{k} × {x}") };
    format!("PEC = {} + {} + {}", term(w.v, "V"), term(w.s, "S"), term(w.a, "A"))
}

/// Taking charge: PEC = V + S + A (with the scenario's weights), and A by sphere.
fn pec(out: &mut Vec<Block>, m: &Model) {
    let sc = &m.w.scenario;
    let s = &m.season.scores();
    out.push(heading(1, format!("{} — {}", m.t(K::Pec), pec_formula(sc.pec_weights))));
    let card = |class, name: K, short, v: f64| Card {
        class,
        name: m.t(name).to_string(),
        short,
        value: m.num(v, 1),
        parts: Vec::new(),
    };
    let mut a = card("a", K::Autonomy, "A", s.autonomy());
    a.parts = Sphere::ALL.iter().map(|sp| (m.sphere_name(*sp).to_string(), m.num(s.sphere(*sp), 1))).collect();
    out.push(Block::Cards {
        head: (m.t(K::Component).to_string(), m.t(K::Value).to_string()),
        cards: vec![
            Card {
                class: "",
                name: String::new(),
                short: "PEC",
                value: m.num(s.pec(sc.pec_weights), 1),
                parts: vec![],
            },
            card("v", K::Vision, "V", s.vision()),
            card("s", K::Support, "S", s.support()),
            a,
        ],
    });
}

/// The end of the summer in a CJS's terms, what the surplus went to, and the benchmark.
fn end_of_summer(out: &mut Vec<Block>, m: &Model) {
    let c = words::colon(m.lang);
    out.push(heading(1, m.t(K::EndOfSummer)));
    out.push(Block::Figures {
        value_head: m.t(K::Value).to_string(),
        items: m.figures().into_iter().map(|(l, v)| (l.to_string(), v)).collect(),
    });
    let facts = [(K::CoopName, &m.coop_name), (K::BoardChair, &m.chair), (K::SurplusPlan, &m.plan)]
        .into_iter()
        .filter_map(|(l, v)| v.as_ref().map(|v| (format!("{}{c}", m.t(l)), v.clone())))
        .collect();
    out.push(Block::Facts(facts));
    out.push(heading(2, m.t(K::SurplusWent)));
    let mut rows: Vec<Row> =
        m.surplus_parts().into_iter().map(|(l, a)| Row::of(vec![Cell::text(l), Cell::num(m.money(a))])).collect();
    rows.push(Row::total(vec![Cell::text(m.t(K::Surplus)), Cell::num(m.money(m.season.surplus()))]));
    out.push(Block::Table(Table::new("surplus", &[(m.t(K::Outcome), false), (m.t(K::Amount), true)], rows)));
    out.push(Block::Facts(m.before_split().into_iter().map(|(l, a)| (format!("{l}{c}"), m.money(a))).collect()));
    let bench = format!("{} — {}", m.t(K::Benchmark), words::benchmark(m.w.scenario.country, m.lang));
    out.push(para(Style::Aside, bench));
}

fn currency_symbol(c: Currency) -> &'static str {
    match c {
        Currency::EUR => "€",
        Currency::CAD => "$",
    }
}

/// The four charts: scores, money, hours and pay per cooperant, who decided.
fn charts(out: &mut Vec<Block>, m: &Model, k: usize, scale: &Scale) {
    let id = |s: &str| format!("r{k}-{s}");
    out.push(heading(1, m.t(K::Charts)));
    let (labels, vals, shade) = m.score_columns();
    let list = vec![
        scores_chart(m, &id("scores"), &labels, vals, &shade),
        money_chart(m, &id("money"), &labels, scale),
        members_chart(m, &id("members"), scale),
        who_chart(m, &id("who"), scale),
    ];
    out.push(Block::Charts(list));
}

/// V, S and A week by week, the weeks in crisis shaded.
fn scores_chart(m: &Model, id: &str, labels: &[String], vals: [Vec<f64>; 3], shade: &[bool]) -> Chart {
    let loc = m.loc;
    let rows = labels
        .iter()
        .enumerate()
        .map(|(i, l)| {
            Row::of(vec![
                Cell::text(l.clone()),
                Cell::num(m.num(vals[0][i], 1)),
                Cell::num(m.num(vals[1][i], 1)),
                Cell::num(m.num(vals[2][i], 1)),
                Cell::text(if shade[i] { m.t(K::Yes) } else { "" }),
            ])
        })
        .collect();
    let table =
        Table::new("", &[(m.t(K::Week), false), ("V", true), ("S", true), ("A", true), (m.t(K::Crisis), false)], rows);
    let fmt_pts = |v: f64| words::num(v, 0, loc);
    let [v, s, a] = vals;
    let series = [
        (format!("V — {}", m.t(K::Vision)), palette::BLUE, "", Marker::Circle, v),
        (format!("S — {}", m.t(K::Support)), palette::ORANGE, "7 4", Marker::Square, s),
        (format!("A — {}", m.t(K::Autonomy)), palette::GREEN, "2 3", Marker::Triangle, a),
    ]
    .map(|(name, color, dash, marker, values)| Series { name, color, dash, marker, values });
    let svg = charts::line(
        id,
        m.t(K::ChartScores),
        m.t(K::Week),
        labels,
        &YAxis { title: m.t(K::Points).to_string(), min: 0.0, max: 100.0, fmt: &fmt_pts },
        &series,
        shade,
        m.t(K::InCrisis),
    );
    Chart { title: m.t(K::ChartScores).to_string(), svg, table: Some(table) }
}

/// Revenue, costs and cash week by week.
fn money_chart(m: &Model, id: &str, labels: &[String], scale: &Scale) -> Chart {
    let loc = m.loc;
    let cols = m.money_columns();
    let rows = cols
        .iter()
        .zip(labels)
        .map(|(c, l)| {
            Row::of(vec![
                Cell::text(l.clone()),
                Cell::num(m.money(c.0)),
                Cell::num(m.money(c.1)),
                Cell::num(m.money(c.2)),
            ])
        })
        .collect();
    let table = Table::new(
        "",
        &[(m.t(K::Week), false), (m.t(K::Revenue), true), (m.t(K::Costs), true), (m.t(K::Cash), true)],
        rows,
    );
    let cur = m.cur;
    let fmt_money = move |v: f64| words::money_whole(Decimal::from_f64_retain(v).unwrap_or_default(), cur, loc);
    let pick = |f: fn(&(Decimal, Decimal, Decimal)) -> Decimal| cols.iter().map(|c| to_f64(f(c))).collect::<Vec<f64>>();
    let mut mlabels: Vec<String> = labels.to_vec();
    mlabels.truncate(cols.len());
    let series = [
        (m.t(K::Revenue), palette::BLUE, "", Marker::Circle, pick(|c| c.0)),
        (m.t(K::Costs), palette::VERMILLION, "7 4", Marker::Square, pick(|c| c.1)),
        (m.t(K::Cash), palette::BLACK, "2 3", Marker::Diamond, pick(|c| c.2)),
    ]
    .map(|(name, color, dash, marker, values)| Series { name: name.to_string(), color, dash, marker, values });
    let svg = charts::line(
        id,
        m.t(K::ChartMoney),
        m.t(K::Week),
        &mlabels,
        &YAxis {
            title: format!("{} ({})", m.t(K::Amount), currency_symbol(cur)),
            min: scale.money_lo,
            max: scale.money_hi,
            fmt: &fmt_money,
        },
        &series,
        &[],
        "",
    );
    Chart { title: m.t(K::ChartMoney).to_string(), svg, table: Some(table) }
}

/// Hours and pay per cooperant: the numbers are the table of the cooperants.
fn members_chart(m: &Model, id: &str, scale: &Scale) -> Chart {
    let loc = m.loc;
    let cur = m.cur;
    let fmt_money = move |v: f64| words::money_whole(Decimal::from_f64_retain(v).unwrap_or_default(), cur, loc);
    let names: Vec<String> = m.members.iter().map(|r| r.name.clone()).collect();
    let struck: Vec<bool> = m.members.iter().map(|r| !r.active).collect();
    let fmt_h = |v: f64| format!("{}\u{a0}h", words::num(v, 0, loc));
    let panels = [
        Panel {
            title: m.t(K::Hours).to_string(),
            color: palette::SKY,
            values: m.members.iter().map(|r| r.minutes as f64 / 60.0).collect(),
            labels: m.members.iter().map(|r| words::hours(r.minutes as u64, loc)).collect(),
            max: scale.hours_hi,
            fmt: &fmt_h,
        },
        Panel {
            title: m.t(K::PayTotal).to_string(),
            color: palette::ORANGE,
            values: m.members.iter().map(|r| to_f64(r.paid + r.surplus)).collect(),
            labels: m.members.iter().map(|r| m.money(r.paid + r.surplus)).collect(),
            max: scale.pay_hi,
            fmt: &fmt_money,
        },
    ];
    let svg = charts::hbars(id, m.t(K::ChartMembers), &names, &panels, &struck, m.t(K::LeftCoop));
    Chart { title: m.t(K::ChartMembers).to_string(), svg, table: None }
}

/// Who decided, sphere by sphere.
fn who_chart(m: &Model, id: &str, scale: &Scale) -> Chart {
    let lang = m.lang;
    let anim = explain::decider(Decider::Animateurs, lang);
    let rows = Sphere::ALL
        .iter()
        .map(|sp| {
            let r = m.who[sp.index()];
            let mut cells = vec![Cell::text(m.sphere_name(*sp))];
            cells.extend(r.iter().map(|n| Cell::num(n.to_string())));
            Row::of(cells)
        })
        .collect();
    let table = Table::new(
        "",
        &[(m.t(K::Sphere), false), (m.t(K::Group), true), (m.t(K::Comite), true), (anim.as_str(), true)],
        rows,
    );
    let cats: Vec<String> = Sphere::ALL.iter().map(|s| m.sphere_name(*s).to_string()).collect();
    let parts = [
        (m.t(K::Group).to_string(), palette::GREEN),
        (m.t(K::Comite).to_string(), palette::SKY),
        (anim, palette::VERMILLION),
    ];
    let values: Vec<Vec<u32>> = m.who.iter().map(|r| r.to_vec()).collect();
    let svg = charts::stacked(id, m.t(K::ChartWho), m.t(K::DecisionsAxis), &cats, &parts, &values, scale.who_hi);
    Chart { title: m.t(K::ChartWho).to_string(), svg, table: Some(table) }
}

/// The scenario's learning goals, how the group did, its objectives, the trainee's diagnosis
/// and the notes for the trainer.
fn goals(out: &mut Vec<Block>, m: &Model) {
    let sc = &m.w.scenario;
    let lang = m.lang;
    out.push(heading(1, m.t(K::Goals)));
    out.push(Block::List {
        class: "goals",
        items: sc.learning_goals.iter().map(|g| g.get(lang).to_string()).collect(),
    });
    out.push(heading(2, m.t(K::HowDid)));
    let rows =
        m.indicators().into_iter().map(|(l, v, c)| Row::of(vec![Cell::text(l), Cell::num(v), Cell::text(c)])).collect();
    let head = [(m.t(K::Indicator), false), (m.t(K::Value), true), (m.t(K::Component), false)];
    out.push(Block::Table(Table::new("indicators", &head, rows)));
    let objectives = m.objectives();
    if !objectives.is_empty() {
        out.push(heading(2, m.t(K::Objectives)));
        let rows = objectives
            .into_iter()
            .map(|[o, what, review, end, _]| {
                Row::of(vec![Cell::text(o), Cell::text(what), Cell::num(review), Cell::num(end)])
            })
            .collect();
        let head =
            [(m.t(K::Objective), false), (m.t(K::Measures), false), (m.t(K::AtReview), true), (m.t(K::AtEnd), true)];
        out.push(Block::Table(Table::new("indicators", &head, rows)));
    }
    if let Some(line) = m.diagnosis_line() {
        out.push(heading(2, m.t(K::Diagnosis)));
        out.push(para(Style::Plain, line));
        let missed = m.missed_most();
        if !missed.is_empty() {
            out.push(para(Style::Plain, m.t(K::CuesMissedMost).to_string()));
            out.push(Block::List { class: "missed", items: missed });
        }
        let misread = m.misread();
        if !misread.is_empty() {
            let rows = misread.into_iter().map(|r| Row::of(r.into_iter().map(Cell::text).collect())).collect();
            let head = [K::Week, K::Question, K::YouRead, K::GroupWas, K::Cues].map(|k| (m.t(k), false));
            out.push(Block::Table(Table::new("indicators", &head, rows)));
        }
    }
    if !sc.trainer_notes.is_empty() {
        out.push(heading(2, m.t(K::TrainerNotes)));
        out.push(Block::List { class: "", items: sc.trainer_notes.iter().map(|n| n.get(lang).to_string()).collect() });
    }
}

/// The key moments: events, crises, stages, conflicts, departures, rainy weeks.
fn moments(out: &mut Vec<Block>, m: &Model) {
    out.push(heading(1, m.t(K::Moments)));
    out.push(Block::Timeline {
        week_head: m.t(K::Week).to_string(),
        date_head: m.t(K::Date).to_string(),
        note_label: m.t(K::Note).to_string(),
        colon: words::colon(m.lang),
        items: m
            .moments
            .iter()
            .map(|mo| Moment {
                week: mo.week,
                date: m.date(mo.week),
                what: mo.what.clone(),
                detail: mo.detail.clone(),
                note: mo.note.clone(),
            })
            .collect(),
    });
}

fn decision_row(m: &Model, r: &DecRow) -> Row {
    let need = if r.crisis { format!("{} ({})", m.need_word(r), m.t(K::InCrisis)) } else { m.need_word(r) };
    let cells = vec![
        Cell::num((r.d + 1).to_string()),
        Cell::num(r.week.to_string()),
        Cell::text(r.question.clone()).sub(m.sphere_name(r.sphere), "meta"),
        Cell::text(need),
        Cell::text(m.posture_word(r)).sub(m.fit_word(r), format!("fit-{}", r.fit())),
        Cell::text(r.chosen.clone()),
        Cell::text(explain::decider(r.by, m.lang)),
        Cell::text(m.procedure_word(r)),
        Cell::text(m.vote_word(r)),
        Cell::num(r.proposals.to_string()),
    ];
    Row { cells, crisis: r.crisis, decision: Some(r.d), total: false }
}

/// Every decision: the need, the posture and its fit, what was decided, by whom and how.
fn decisions(out: &mut Vec<Block>, m: &Model) {
    out.push(heading(1, m.t(K::Decisions)));
    out.push(para(Style::Meta, m.t(K::DecisionsIntro)));
    let head = [
        (K::Number, true),
        (K::Week, true),
        (K::Question, false),
        (K::Need, false),
        (K::Posture, false),
        (K::Chosen, false),
        (K::DecidedBy, false),
        (K::Procedure, false),
        (K::Vote, false),
        (K::Proposals, true),
    ]
    .map(|(k, num)| (m.t(k), num));
    let rows = m.decisions.iter().map(|r| decision_row(m, r)).collect();
    out.push(Block::Table(Table::new("decisions", &head, rows).wide()));
}

/// A room's summer (`cjs room`): decision by decision, the answers to the posture poll and the
/// ballots of the phones, beside the animateurs' posture and what was decided. Only for a
/// journal with a poll or with seats held by phones.
fn room(out: &mut Vec<Block>, m: &Model) {
    let lang = m.lang;
    if m.polls.is_empty() && m.save.seats.is_empty() {
        return;
    }
    out.push(heading(1, crate::i18n::tr(lang, "report-room-heading")));
    out.push(para(Style::Meta, crate::i18n::tr(lang, "report-room-intro")));
    let rows = m
        .decisions
        .iter()
        .map(|r| {
            let poll = m.polls.iter().find(|p| p.d == r.d).map_or_else(
                || "—".to_string(),
                |p| {
                    crate::decision::Posture::ALL
                        .iter()
                        .zip(p.answers)
                        .map(|(q, n)| format!("{} {n}", explain::posture(*q, lang)))
                        .collect::<Vec<_>>()
                        .join(" · ")
                },
            );
            let item = m.season.settled().get(r.d as usize);
            let mut ballots: Vec<(u8, u32)> = Vec::new();
            for e in m.season.journal() {
                if let crate::sim::journal::Ev::Vote { d, member, option } = e.ev
                    && d == r.d
                    && m.save.seats.contains(&member)
                {
                    match ballots.iter_mut().find(|b| b.0 == option) {
                        Some(b) => b.1 += 1,
                        None => ballots.push((option, 1)),
                    }
                }
            }
            ballots.sort_unstable();
            let ballots: Vec<String> = ballots
                .iter()
                .map(|(o, n)| {
                    let label = item.map(|it| explain::option(it, *o, m.w, lang)).unwrap_or_else(|| format!("#{o}"));
                    format!("{label} {n}")
                })
                .collect();
            Row::of(vec![
                Cell::num((r.d + 1).to_string()),
                Cell::num(r.week.to_string()),
                Cell::text(r.question.clone()),
                Cell::text(poll),
                Cell::text(m.posture_word(r)),
                Cell::text(if ballots.is_empty() { "—".to_string() } else { ballots.join(" · ") }),
                Cell::text(r.chosen.clone()),
            ])
        })
        .collect();
    let (poll_head, ballots_head) =
        (crate::i18n::tr(lang, "report-room-poll"), crate::i18n::tr(lang, "report-room-ballots"));
    let head = [
        (m.t(K::Number), true),
        (m.t(K::Week), true),
        (m.t(K::Question), false),
        (poll_head.as_str(), false),
        (m.t(K::Posture), false),
        (ballots_head.as_str(), false),
        (m.t(K::Chosen), false),
    ];
    out.push(Block::Table(Table::new("room", &head, rows).wide()));
}

/// Why the scores moved: the evidence by component and rule with each total, then each change.
fn evidence(out: &mut Vec<Block>, m: &Model) {
    out.push(heading(1, m.t(K::Evidence)));
    out.push(para(Style::Meta, m.t(K::EvidenceIntro)));
    out.push(heading(2, m.t(K::EvidenceByRule)));
    let total = |c: Comp| {
        Row::total(vec![
            Cell::text(format!("{} — {}", m.comp_word(c), m.t(K::Total))).spanning(3),
            Cell::num(m.num(m.final_of(c) as f64 / 100.0, 2)),
        ])
    };
    let mut rows = Vec::new();
    let mut last: Option<Comp> = None;
    for (c, r, n, t) in m.by_rule() {
        if let Some(lc) = last
            && lc != c
        {
            rows.push(total(lc));
        }
        last = Some(c);
        rows.push(Row::of(vec![
            Cell::text(m.comp_word(c)),
            Cell::text(r),
            Cell::num(n.to_string()),
            Cell::num(words::delta(t, m.loc)),
        ]));
    }
    rows.extend(last.map(total));
    let head = [(m.t(K::Component), false), (m.t(K::Rule), false), (m.t(K::Times), true), (m.t(K::Total), true)];
    out.push(Block::Table(Table::new("by-rule", &head, rows)));
    let rows = m
        .evidence
        .iter()
        .map(|e| {
            Row::of(vec![
                Cell::num(e.week.to_string()),
                Cell::text(e.sentence.clone()),
                Cell::num(m.num(e.after as f64 / 100.0, 2)),
            ])
        })
        .collect();
    let head = [(m.t(K::Week), true), (m.t(K::Why), false), (m.t(K::After), true)];
    out.push(Block::Fold { summary: m.t(K::Why).to_string(), table: Table::new("evidence", &head, rows).wide() });
}

/// The cooperants: hours, pay during the summer, share of the surplus, total.
fn cooperants(out: &mut Vec<Block>, m: &Model) {
    let loc = m.loc;
    out.push(heading(1, m.t(K::Cooperants)));
    let mut rows: Vec<Row> = m
        .members
        .iter()
        .map(|r| {
            let name = if r.active { r.name.clone() } else { format!("{} ({})", r.name, m.t(K::LeftCoop)) };
            Row::of(vec![
                Cell::text(name),
                Cell::num(words::hours(r.minutes as u64, loc)),
                Cell::num(m.money(r.paid)),
                Cell::num(m.money(r.surplus)),
                Cell::num(m.money(r.paid + r.surplus)),
            ])
        })
        .collect();
    let paid: Decimal = m.members.iter().map(|r| r.paid).sum();
    let surplus: Decimal = m.members.iter().map(|r| r.surplus).sum();
    rows.push(Row::total(vec![
        Cell::text(m.t(K::Total)),
        Cell::num(words::hours(m.minutes(), loc)),
        Cell::num(m.money(paid)),
        Cell::num(m.money(surplus)),
        Cell::num(m.money(m.member_pay())),
    ]));
    let head = [
        (m.t(K::Name), false),
        (m.t(K::Hours), true),
        (m.t(K::PaySummer), true),
        (m.t(K::PaySurplus), true),
        (m.t(K::PayTotal), true),
    ];
    out.push(Block::Table(Table::new("members", &head, rows)));
}

/// Week by week: scores, money, contracts, hours, the group's state, crises.
fn weeks(out: &mut Vec<Block>, m: &Model) {
    let loc = m.loc;
    out.push(heading(1, m.t(K::WeeksTable)));
    let rows = m
        .season
        .weeks()
        .iter()
        .map(|r| {
            let mut cells = vec![Cell::num(r.week.to_string()), Cell::date(m.date(r.week))];
            cells.extend([r.v, r.s, r.a].map(|x| Cell::num(m.num(x, 1))));
            cells.extend([r.sales, r.costs, r.cash].map(|x| Cell::num(m.money(x))));
            cells.extend([
                Cell::num(r.contracts.to_string()),
                Cell::num(r.lost.to_string()),
                Cell::num(words::hours(r.minutes as u64, loc)),
            ]);
            cells.extend([r.reputation, r.motivation, r.readiness].map(|x| Cell::num(m.num(x * 100.0, 0))));
            cells.push(Cell::text(if r.crisis { m.t(K::Yes) } else { "" }));
            Row { crisis: r.crisis, ..Row::of(cells) }
        })
        .collect();
    let head = [
        (m.t(K::Week), true),
        (m.t(K::Date), false),
        ("V", true),
        ("S", true),
        ("A", true),
        (m.t(K::Sales), true),
        (m.t(K::Costs), true),
        (m.t(K::Cash), true),
        (m.t(K::Contracts), true),
        (m.t(K::Lost), true),
        (m.t(K::Hours), true),
        (m.t(K::Reputation), true),
        (m.t(K::Motivation), true),
        (m.t(K::Readiness), true),
        (m.t(K::Crisis), false),
    ];
    out.push(Block::Table(Table::new("weeks", &head, rows).wide()));
}

/// The key figures of the summers compared, side by side.
fn compare(models: &[Model]) -> Vec<Block> {
    let Some(m0) = models.first() else { return Vec::new() };
    let mut head = vec![Cell::text("")];
    for (k, m) in models.iter().enumerate() {
        let mut cell = Cell::num(m.title()).sub(format!("{} · {} {}", m.policy(), m.t(K::Seed), m.save.seed), "");
        cell.link = Some(format!("#r{k}-run"));
        head.push(cell);
    }
    let row = |label: String, vals: Vec<String>| {
        let mut cells = vec![Cell::text(label).head()];
        cells.extend(vals.into_iter().map(Cell::num));
        Row::of(cells)
    };
    let mut rows = vec![
        row("PEC".into(), models.iter().map(|m| m.num(m.season.scores().pec(m.w.scenario.pec_weights), 1)).collect()),
        row(format!("V — {}", m0.t(K::Vision)), models.iter().map(|m| m.num(m.season.scores().vision(), 1)).collect()),
        row(
            format!("S — {}", m0.t(K::Support)),
            models.iter().map(|m| m.num(m.season.scores().support(), 1)).collect(),
        ),
        row(
            format!("A — {}", m0.t(K::Autonomy)),
            models.iter().map(|m| m.num(m.season.scores().autonomy(), 1)).collect(),
        ),
    ];
    let figures: Vec<Vec<(&str, String)>> = models.iter().map(|m| m.figures()).collect();
    for (k, (label, _)) in figures[0].iter().enumerate() {
        rows.push(row(
            label.to_string(),
            figures.iter().map(|f| f.get(k).map(|f| f.1.clone()).unwrap_or_default()).collect(),
        ));
    }
    for (i, d) in [Decider::Group, Decider::Comite, Decider::Animateurs].iter().enumerate() {
        rows.push(row(
            format!("{}{}{}", m0.t(K::DecidedByLong), words::colon(m0.lang), explain::decider(*d, m0.lang)),
            models.iter().map(|m| m.who.iter().map(|s| s[i]).sum::<u32>().to_string()).collect(),
        ));
    }
    vec![para(Style::Meta, m0.t(K::CompareIntro)), Block::Table(Table { class: "compare", wide: false, head, rows })]
}

#[cfg(test)]
mod tests {
    use super::pec_formula;
    use crate::scenario::PecWeights;

    #[test]
    fn the_heading_says_the_weights_the_score_is_counted_with() {
        assert_eq!(pec_formula(PecWeights::default()), "PEC = V + S + A");
        assert_eq!(pec_formula(PecWeights { v: 2, s: 1, a: 10 }), "PEC = 2 × V + S + 10 × A");
    }
}
