//! The debrief: V, S, A, PEC and money over the weeks as charts, the evidence behind each score,
//! the decision journal with a way back to any decision, and the export of the report.

use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};
use egui_plot::{Legend, Line, Plot, PlotPoints};

use super::{Screen, UiCtx, focus_if_none, root};
use crate::game::i18n::{t, ta};
use crate::game::state::Action;
use crate::game::theme;
use crate::game::view::DebriefView;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, ui.run_if(in_state(Screen::Debrief)));
}

fn ui(mut cx: UiCtx) {
    let Some(play) = &cx.game.play else { return };
    let report = cx.game.report_path().display().to_string();
    let view = DebriefView::of(play, cx.settings.lang, report, None);
    let Some(mut root) = root(&mut cx) else {
        return;
    };
    let act = show(&mut root, &view);
    cx.actions.push(act);
}

/// The trainee's reading of the group, scored apart from PEC, and the readings that missed.
fn diagnosis(ui: &mut egui::Ui, v: &DebriefView) {
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

pub fn show(root: &mut egui::Ui, v: &DebriefView) -> Option<Action> {
    let lang = v.lang;
    let mut act = None;
    egui::Panel::right("journal").exact_size(420.0).show(root, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
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
        });
    });
    egui::CentralPanel::default().show(root, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.heading(ta(lang, "debrief-title", &[("coop", &v.coop)]));
            ui.horizontal_wrapped(|ui| {
                for (i, name) in ["V", "S", "A", "PEC"].iter().enumerate() {
                    let text = egui::RichText::new(format!("{name} {:.1}", v.finals[i]))
                        .size(22.0)
                        .strong()
                        .color(if i < 3 { theme::comp_color(i) } else { ui.visuals().text_color() });
                    ui.label(text);
                    ui.add_space(12.0);
                }
            });
            ui.label(ta(lang, "debrief-money", &[("revenue", &v.revenue), ("cash", &v.cash_end), ("pay", &v.pay)]));
            ui.horizontal(|ui| {
                let b = theme::primary(ui, &t(lang, "debrief-export"));
                focus_if_none(ui, &b);
                if b.clicked() {
                    act = Some(Action::Export);
                }
                if ui.button(t(lang, "debrief-new")).clicked() {
                    act = Some(Action::ToTitle);
                }
            });
            ui.label(egui::RichText::new(ta(lang, "debrief-export-where", &[("path", &v.report)])).small());
            ui.separator();
            ui.label(egui::RichText::new(t(lang, "debrief-scores-chart")).strong());
            let names = ["V", "S", "A", "PEC"];
            Plot::new("scores")
                .height(190.0)
                .legend(Legend::default())
                .include_y(0.0)
                .include_y(100.0)
                .allow_drag(false)
                .allow_zoom(false)
                .allow_scroll(false)
                .show(ui, |plot| {
                    for (i, name) in names.iter().enumerate() {
                        let pts: Vec<[f64; 2]> = v.scores.iter().map(|r| [r[0], r[i + 1]]).collect();
                        let color = if i < 3 { theme::comp_color(i) } else { egui::Color32::from_gray(60) };
                        plot.line(Line::new(*name, PlotPoints::from(pts)).color(color).width(if i == 3 {
                            1.5
                        } else {
                            2.5
                        }));
                    }
                });
            ui.label(egui::RichText::new(t(lang, "debrief-cash-chart")).strong());
            Plot::new("cash")
                .height(140.0)
                .include_y(0.0)
                .allow_drag(false)
                .allow_zoom(false)
                .allow_scroll(false)
                .show(ui, |plot| {
                    plot.line(
                        Line::new(t(lang, "col-cash"), PlotPoints::from(v.cash.clone()))
                            .color(theme::comp_color(3))
                            .width(2.5),
                    );
                });
            diagnosis(ui, v);
            ui.separator();
            ui.label(egui::RichText::new(t(lang, "debrief-evidence")).strong());
            for (i, key) in ["comp-v", "comp-s", "comp-a"].iter().enumerate() {
                let items: Vec<_> = v.evidence.iter().filter(|e| e.comp == i).collect();
                let total: i32 = items.iter().map(|e| e.delta).sum();
                egui::CollapsingHeader::new(ta(
                    lang,
                    key,
                    &[("n", &items.len().to_string()), ("total", &format!("{:+.2}", f64::from(total) / 100.0))],
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
        });
    });
    act
}
