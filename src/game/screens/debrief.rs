//! The debrief: V, S, A, PEC and money over the weeks as charts, the evidence behind each score,
//! the decision journal with a way back to any decision, and the export of the report.

use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};
use egui_plot::{Line, Plot, PlotPoints};

use super::{Screen, UiCtx, root};
use crate::game::i18n::{t, ta};
use crate::game::state::Action;
use crate::game::theme;
use crate::game::view::DebriefView;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, ui.run_if(in_state(Screen::Debrief)).in_set(super::Panels));
}

fn ui(mut cx: UiCtx, past: Res<crate::game::history::Past>) {
    let Some(play) = &cx.game.play else { return };
    let report = cx.game.report_where();
    let mut view = DebriefView::of(play, cx.settings.lang, report, None);
    if past.path.is_some() {
        view.past = crate::game::history::rows(&past, &play.summer.world.scenario.id, past.recorded.as_deref());
    }
    let Some(mut root) = root(&mut cx) else {
        return;
    };
    let act = show(&mut root, &view);
    cx.actions.push(act);
}

/// The trainee's reading of the group, scored apart from PEC, and the readings that missed.
fn diagnosis(ui: &mut egui::Ui, v: &DebriefView, act: &mut Option<Action>) {
    let lang = v.lang;
    ui.separator();
    ui.label(egui::RichText::new(t(lang, "debrief-diagnosis")).strong());
    let (matched, n) = v.diagnosis;
    if n == 0 {
        ui.label(t(lang, "debrief-diagnosis-none"));
        return;
    }
    let share = format!("{:.0}", 100.0 * f64::from(matched) / f64::from(n));
    ui.label(
        egui::RichText::new(ta(
            lang,
            "debrief-diagnosis-score",
            &[("matched", &matched.to_string()), ("n", &n.to_string()), ("share", &share)],
        ))
        .size(18.0),
    );
    confusion(ui, v);
    missed(ui, v, act);
    egui::CollapsingHeader::new(ta(lang, "debrief-misread", &[("n", &v.misread.len().to_string())]))
        .id_salt("misread")
        .default_open(true)
        .show(ui, |ui| {
            for m in &v.misread {
                ui.label(ta(
                    lang,
                    "debrief-misread-row",
                    &[
                        ("week", &m.week.to_string()),
                        ("title", &m.title),
                        ("read", &m.read),
                        ("was", &m.was),
                        ("cues", &m.cues.join(&t(lang, "list-separator"))),
                    ],
                ));
            }
        });
}

/// The kinds of cue missed most (they pointed to what the group was at the decisions misread),
/// and a button to replay the worst misreading.
fn missed(ui: &mut egui::Ui, v: &DebriefView, act: &mut Option<Action>) {
    let lang = v.lang;
    let Some(worst) = &v.worst else { return };
    if v.missed_most.is_empty() {
        ui.label(t(lang, "debrief-missed-none"));
    } else {
        ui.label(egui::RichText::new(t(lang, "debrief-missed-most")).strong());
        for line in &v.missed_most {
            ui.label(format!("• {line}"));
        }
    }
    let help = ta(lang, "debrief-worst-help", &[("read", &worst.read), ("was", &worst.was)]);
    let label = ta(lang, "debrief-worst", &[("week", &worst.week.to_string()), ("title", &worst.title)]);
    if ui.button(label).on_hover_text(help.as_str()).clicked() {
        *act = Some(Action::Retry(usize::from(worst.d)));
    }
    ui.label(egui::RichText::new(help).small());
}

/// The readings as a small table (what the group was, what was read), the tendency of the
/// misreadings, and the crises caught and missed.
fn confusion(ui: &mut egui::Ui, v: &DebriefView) {
    let lang = v.lang;
    let levels = ["reading-not-ready", "reading-partly", "reading-ready"];
    egui::Grid::new("confusion").striped(true).show(ui, |ui| {
        ui.label(egui::RichText::new(t(lang, "debrief-confusion-corner")).small());
        for l in levels {
            ui.label(egui::RichText::new(ta(lang, "debrief-confusion-read", &[("level", &t(lang, l))])).strong());
        }
        ui.end_row();
        for (was, row) in levels.iter().zip(v.confusion) {
            ui.label(egui::RichText::new(ta(lang, "debrief-confusion-was", &[("level", &t(lang, was))])).strong());
            for n in row {
                ui.label(n.to_string());
            }
            ui.end_row();
        }
    });
    // Read readier than it was (above the diagonal), or less ready (below it).
    let c = &v.confusion;
    let readier = c[0][1] + c[0][2] + c[1][2];
    let less = c[1][0] + c[2][0] + c[2][1];
    let key = match readier.cmp(&less) {
        std::cmp::Ordering::Greater => "debrief-tendency-readier",
        std::cmp::Ordering::Less => "debrief-tendency-less-ready",
        std::cmp::Ordering::Equal => "debrief-tendency-even",
    };
    if readier + less > 0 {
        ui.label(ta(lang, key, &[("readier", &readier.to_string()), ("less", &less.to_string())]));
    }
    let (caught, missed, alarms) = v.crises;
    ui.label(ta(
        lang,
        "debrief-crises-read",
        &[("caught", &caught.to_string()), ("missed", &missed.to_string()), ("alarms", &alarms.to_string())],
    ));
}

pub fn show(root: &mut egui::Ui, v: &DebriefView) -> Option<Action> {
    let mut act = None;
    let side = (root.available_width() * 0.33).clamp(180.0, 420.0);
    egui::Panel::right("journal").exact_size(side).show(root, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| act = journal(ui, v));
    });
    egui::CentralPanel::default().show(root, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            act = headline(ui, v).or(act.take());
            // The trainee's reading and progress first, the curves after.
            diagnosis(ui, v, &mut act);
            history(ui, v, &mut act);
            ui.separator();
            charts(ui, v);
            ui.separator();
            evidence(ui, v);
        });
    });
    act
}

/// The journal of the summer's decisions, each with its button to go back to it.
fn journal(ui: &mut egui::Ui, v: &DebriefView) -> Option<Action> {
    let lang = v.lang;
    let mut act = None;
    ui.label(egui::RichText::new(t(lang, "debrief-journal")).strong());
    ui.label(egui::RichText::new(t(lang, "rewind-help")).small());
    for (k, r) in v.decisions.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            if ui.small_button(t(lang, "rewind-short")).on_hover_text(t(lang, "rewind-button")).clicked() {
                act = Some(Action::Rewind(k));
            }
            ui.label(
                egui::RichText::new(ta(
                    lang,
                    "debrief-journal-row",
                    &[
                        ("week", &r.week.to_string()),
                        ("title", &r.title),
                        ("posture", &r.posture),
                        ("result", &r.result),
                        ("by", &r.by),
                    ],
                ))
                .small(),
            );
        });
    }
    act
}

/// The summer in a few lines: who left, the final scores, the money, and the export.
fn headline(ui: &mut egui::Ui, v: &DebriefView) -> Option<Action> {
    let lang = v.lang;
    let mut act = None;
    ui.heading(ta(lang, "debrief-title", &[("coop", &v.coop)]));
    // Who left, first: "7 of 11 left" is the summer's headline when it happens.
    if !v.left.is_empty() {
        ui.label(
            egui::RichText::new(crate::i18n::tr_args(
                lang,
                "debrief-left",
                &[
                    ("n", crate::i18n::FluentValue::from(v.left.len())),
                    ("members", crate::i18n::FluentValue::from(v.members)),
                    ("names", crate::i18n::FluentValue::from(v.left.join(", "))),
                ],
            ))
            .size(18.0)
            .strong()
            .color(theme::WARNING),
        );
    }
    ui.horizontal_wrapped(|ui| {
        for (i, name) in SCORES.iter().enumerate() {
            let text = egui::RichText::new(format!("{name}\u{a0}{}", crate::words::decimal(v.finals[i], 1, v.lang)))
                .size(22.0)
                .strong()
                .color(if i < 3 { theme::comp_color(i) } else { ui.visuals().text_color() });
            ui.label(text);
            ui.add_space(12.0);
        }
    });
    ui.label(ta(lang, "debrief-money", &[("revenue", &v.revenue), ("cash", &v.cash_end), ("pay", &v.pay)]));
    ui.horizontal_wrapped(|ui| {
        // The export never takes the focus by itself: Enter must not write a report
        // the trainee did not ask for.
        if theme::primary(ui, &t(lang, "debrief-export")).clicked() {
            act = Some(Action::Export);
        }
        if ui.button(t(lang, "debrief-new")).clicked() {
            act = Some(Action::ToTitle);
        }
    });
    ui.label(egui::RichText::new(ta(lang, "debrief-export-where", &[("path", &v.report)])).small());
    act
}

/// The scores and the cash, week by week.
fn charts(ui: &mut egui::Ui, v: &DebriefView) {
    let lang = v.lang;
    ui.label(egui::RichText::new(t(lang, "debrief-scores-chart")).strong());
    let names = SCORES;
    legend(ui);
    Plot::new("scores")
        .height(190.0)
        .include_y(0.0)
        .include_y(100.0)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .show(ui, |plot| {
            for (i, name) in names.iter().enumerate() {
                let pts: Vec<[f64; 2]> = v.scores.iter().map(|r| [r[0], r[i + 1]]).collect();
                plot.line(Line::new(*name, PlotPoints::from(pts)).color(score_color(i)).width(if i == 3 {
                    1.5
                } else {
                    2.5
                }));
            }
        });
    ui.label(egui::RichText::new(t(lang, "debrief-cash-chart")).strong());
    Plot::new("cash").height(140.0).include_y(0.0).allow_drag(false).allow_zoom(false).allow_scroll(false).show(
        ui,
        |plot| {
            plot.line(
                Line::new(t(lang, "col-cash"), PlotPoints::from(v.cash.clone())).color(theme::comp_color(3)).width(2.5),
            );
        },
    );
}

/// The scores charted, in the order of their colours (`score_color`).
const SCORES: [&str; 4] = ["V", "S", "A", "PEC"];

/// The colour of V, S, A (the components' colours) and PEC (dark grey) in the charts.
fn score_color(i: usize) -> egui::Color32 {
    if i < 3 { theme::comp_color(i) } else { egui::Color32::from_gray(60) }
}

/// The key of the score charts, on a line above the chart: inside it, the key covered the
/// last weeks' lines.
fn legend(ui: &mut egui::Ui) {
    ui.horizontal(|ui| {
        for (i, name) in SCORES.iter().enumerate() {
            ui.label(egui::RichText::new(format!("— {name}")).color(score_color(i)).strong());
        }
    });
}

/// The evidence behind each component, week by week.
fn evidence(ui: &mut egui::Ui, v: &DebriefView) {
    let lang = v.lang;
    ui.label(egui::RichText::new(t(lang, "debrief-evidence")).strong());
    for (i, key) in ["comp-v", "comp-s", "comp-a"].iter().enumerate() {
        let items: Vec<_> = v.evidence.iter().filter(|e| e.comp == i).collect();
        let total: i32 = items.iter().map(|e| e.delta).sum();
        egui::CollapsingHeader::new(ta(
            lang,
            key,
            &[("n", &items.len().to_string()), ("total", &crate::words::points(total, lang))],
        ))
        .id_salt(key)
        .show(ui, |ui| {
            for e in items {
                ui.horizontal_wrapped(|ui| {
                    ui.label(format!("{} {} ·", t(lang, "week-short"), e.week));
                    super::summary::evidence_line(ui, e);
                });
            }
        });
    }
}

/// The trainee's summers of this scenario (the history file): a chart of PEC, V, S and A from
/// one summer to the next, a table with the diagnosis and the postures that fitted the need,
/// and a button to clear them.
fn history(ui: &mut egui::Ui, v: &DebriefView, act: &mut Option<Action>) {
    let lang = v.lang;
    if v.past.is_empty() {
        return;
    }
    ui.separator();
    egui::CollapsingHeader::new(
        egui::RichText::new(ta(lang, "history-title", &[("n", &v.past.len().to_string())])).strong(),
    )
    .id_salt("history")
    .default_open(true)
    .show(ui, |ui| {
        ui.label(egui::RichText::new(t(lang, "history-help")).small());
        if v.past.len() >= 2 {
            legend(ui);
            Plot::new("history-chart")
                .height(150.0)
                .include_y(0.0)
                .include_y(100.0)
                .include_x(0.5)
                .include_x(v.past.len() as f64 + 0.5)
                .allow_drag(false)
                .allow_zoom(false)
                .allow_scroll(false)
                .show(ui, |plot| {
                    for (i, name) in SCORES.iter().enumerate() {
                        let pts: Vec<[f64; 2]> = v
                            .past
                            .iter()
                            .enumerate()
                            .map(|(k, r)| [k as f64 + 1.0, [r.v, r.s, r.a, r.pec][i]])
                            .collect();
                        plot.line(Line::new(*name, PlotPoints::from(pts)).color(score_color(i)).width(2.0));
                    }
                });
        }
        egui::ScrollArea::horizontal().id_salt("history-scroll").show(ui, |ui| history_table(ui, v));
        if let Some(last) = v.past.last() {
            ui.label(egui::RichText::new(postures_by_need(last, lang)).small());
        }
        if ui.button(t(lang, "history-clear")).clicked() {
            *act = Some(Action::ClearHistory);
        }
    });
}

/// One row a summer: its seed, PEC, V, S, A, the diagnosis and the postures that fitted.
fn history_table(ui: &mut egui::Ui, v: &DebriefView) {
    let lang = v.lang;
    egui::Grid::new("history-table").striped(true).show(ui, |ui| {
        for h in ["history-col-summer", "history-col-seed"] {
            ui.label(egui::RichText::new(t(lang, h)).strong());
        }
        for h in ["PEC", "V", "S", "A"] {
            ui.label(egui::RichText::new(h).strong());
        }
        for h in ["history-col-diagnosis", "history-col-fit"] {
            ui.label(egui::RichText::new(t(lang, h)).strong());
        }
        ui.end_row();
        for (k, r) in v.past.iter().enumerate() {
            let n = (k + 1).to_string();
            ui.label(if r.current { ta(lang, "history-this-summer", &[("n", &n)]) } else { n });
            ui.label(r.seed.to_string());
            for x in [r.pec, r.v, r.s, r.a] {
                ui.label(crate::words::decimal(x, 1, lang));
            }
            let (m, n) = r.diagnosis;
            ui.label(if n == 0 { "—".to_string() } else { format!("{m}/{n}") });
            let (fit, all) = r.fit();
            ui.label(format!("{fit}/{all}")).on_hover_text(postures_by_need(r, lang));
            ui.end_row();
        }
    });
}

/// The postures taken by the posture the group needed, in words.
fn postures_by_need(r: &crate::game::history::PastRow, lang: crate::text::Lang) -> String {
    use crate::decision::Posture;
    use crate::words::explain::posture;
    let rows: Vec<String> = Posture::ALL
        .iter()
        .enumerate()
        .filter(|(i, _)| r.postures[*i].iter().any(|&n| n > 0))
        .map(|(i, need)| {
            let taken: Vec<String> = Posture::ALL
                .iter()
                .enumerate()
                .filter(|(j, _)| r.postures[i][*j] > 0)
                .map(|(j, p)| format!("{} ×{}", posture(*p, lang), r.postures[i][j]))
                .collect();
            ta(lang, "history-need-row", &[("need", &posture(*need, lang)), ("taken", &taken.join(", "))])
        })
        .collect();
    ta(lang, "history-postures", &[("rows", &rows.join(&t(lang, "list-separator")))])
}
