//! The week summary: what happened in the weeks just played and why the scores moved (the
//! journal's score entries, each with its reason in words).

use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

use super::{Screen, UiCtx, focus_if_none, root};
use crate::game::i18n::{t, ta};
use crate::game::state::Action;
use crate::game::theme;
use crate::game::view::{Evidence, SummaryView};
use crate::i18n::{FluentValue, tr_args};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, ui.run_if(in_state(Screen::Summary)).in_set(super::Panels));
}

fn ui(mut cx: UiCtx) {
    let Some(play) = &cx.game.play else { return };
    let Some(mark) = cx.meeting.summary else {
        return;
    };
    let view = SummaryView::of(play, mark.journal_from, mark.weeks_from, cx.settings.lang);
    let Some(mut root) = root(&mut cx) else {
        return;
    };
    let act = egui::CentralPanel::default().show(&mut root, |ui| panel(ui, &view)).inner;
    cx.actions.push(act);
}

/// One reason a score moved, coloured by its component and signed.
pub fn evidence_line(ui: &mut egui::Ui, e: &Evidence) {
    ui.horizontal_wrapped(|ui| {
        let (r, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
        ui.painter().rect_filled(r, 2.0, theme::comp_color(e.comp));
        ui.label(&e.text);
    });
}

pub fn panel(ui: &mut egui::Ui, v: &SummaryView) -> Option<Action> {
    let lang = v.lang;
    let mut act = None;
    let title = match (v.weeks.first(), v.weeks.last()) {
        (Some(a), Some(b)) if a.week != b.week => {
            ta(lang, "summary-weeks", &[("a", &a.week.to_string()), ("b", &b.week.to_string())])
        }
        (Some(a), _) => ta(lang, "summary-week", &[("week", &a.week.to_string())]),
        _ => t(lang, "summary-assembly"),
    };
    ui.heading(title);
    let b = theme::primary(ui, &t(lang, if v.over { "summary-to-debrief" } else { "continue" }));
    focus_if_none(ui, &b);
    if b.clicked() {
        act = Some(Action::CloseSummary);
    }
    egui::ScrollArea::vertical().show(ui, |ui| {
        if !v.weeks.is_empty() {
            // Eight columns: at 250 % text they scroll sideways rather than being cut off.
            egui::ScrollArea::horizontal().id_salt("weeks-scroll").show(ui, |ui| {
                egui::Grid::new("weeks").striped(true).show(ui, |ui| {
                    for h in [
                        "col-week",
                        "col-sales",
                        "col-costs",
                        "col-cash",
                        "col-contracts",
                        "col-lost",
                        "col-reputation",
                        "col-mood",
                    ] {
                        ui.label(egui::RichText::new(t(lang, h)).strong());
                    }
                    ui.end_row();
                    for w in &v.weeks {
                        ui.label(w.week.to_string());
                        ui.label(&w.sales);
                        ui.label(&w.costs);
                        ui.label(&w.cash);
                        ui.label(w.contracts.to_string());
                        ui.label(w.lost.to_string());
                        ui.label(format!("{:.0}\u{a0}%", w.reputation));
                        ui.label(format!("{:.0}\u{a0}%{}", w.motivation, if w.crisis { " !" } else { "" }));
                        ui.end_row();
                    }
                });
            });
        }
        if !v.highlights.is_empty() {
            ui.separator();
            ui.label(egui::RichText::new(t(lang, "summary-highlights")).strong());
            for h in &v.highlights {
                ui.label(egui::RichText::new(format!("• {h}")).size(17.0));
            }
        }
        if !v.at_risk.is_empty() {
            ui.separator();
            ui.label(egui::RichText::new(t(lang, "summary-at-risk")).strong().color(theme::WARNING));
            for r in &v.at_risk {
                ui.label(egui::RichText::new(format!("• {r}")).color(theme::WARNING));
            }
        }
        if !v.why.is_empty() {
            ui.separator();
            ui.label(egui::RichText::new(t(lang, "summary-why-happened")).strong());
            for r in &v.why {
                ui.label(format!("• {r}"));
            }
        }
        ui.separator();
        ui.label(egui::RichText::new(t(lang, "summary-why")).strong());
        if v.by_rule.is_empty() {
            ui.label(t(lang, "summary-no-change"));
        }
        for r in &v.by_rule {
            ui.horizontal_wrapped(|ui| {
                let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
                ui.painter().rect_filled(rect, 2.0, theme::comp_color(r.comp));
                // The count as a number, so that the message picks its plural.
                ui.label(tr_args(
                    lang,
                    "summary-rule-total",
                    &[
                        ("rule", FluentValue::from(r.rule.as_str())),
                        ("comp", FluentValue::from(["V", "S", "A"][r.comp])),
                        ("total", FluentValue::from(crate::words::points(r.total, lang))),
                        ("n", FluentValue::from(r.count)),
                    ],
                ));
            });
        }
        // The full list, one key away (L), kept in egui's memory: it is a view choice only.
        let id = egui::Id::new("summary-full-list");
        let mut full = ui.data(|d| d.get_temp::<bool>(id)).unwrap_or(false);
        ui.add_space(6.0);
        let b = ui.button(t(lang, if full { "summary-hide-all" } else { "summary-show-all" })).on_hover_text("L");
        let key = ui.input(|i| i.key_pressed(egui::Key::L) && !i.modifiers.any()) && theme::letter_keys_free(ui.ctx());
        if b.clicked() || key {
            full = !full;
            ui.data_mut(|d| d.insert_temp(id, full));
        }
        if full {
            if !v.happenings.is_empty() {
                ui.label(egui::RichText::new(t(lang, "summary-happened")).strong());
                for h in &v.happenings {
                    ui.label(format!("• {h}"));
                }
            }
            ui.label(egui::RichText::new(t(lang, "summary-all")).strong());
            for e in &v.evidence {
                evidence_line(ui, e);
            }
        }
    });
    act
}
