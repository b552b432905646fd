//! The season: week and calendar, money, reputation, team mood, PEC gauges, and the town with
//! the cooperants (drawn by `town` in the space the panels leave free).

use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

use super::{Screen, UiCtx, focus_if_none, root};
use crate::game::i18n::{t, ta};
use crate::game::state::Action;
use crate::game::theme;
use crate::game::view::{DecisionRow, SeasonView};

/// The part of the window left to the town, in logical pixels.
#[derive(Resource, Debug, Clone, Copy, Default)]
pub struct TownRect(pub Option<Rect>);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<TownRect>()
        .add_systems(EguiPrimaryContextPass, ui.run_if(in_state(Screen::Season)).in_set(super::Panels))
        .add_systems(OnExit(Screen::Season), |mut r: ResMut<TownRect>| r.0 = None);
}

fn ui(mut cx: UiCtx, mut town: ResMut<TownRect>) {
    let Some(play) = &cx.game.play else { return };
    let view = SeasonView::of(play, cx.settings.lang, None);
    let Some(mut root) = root(&mut cx) else {
        return;
    };
    let (act, free) = show(&mut root, &view);
    let zoom = root.ctx().zoom_factor();
    town.0 = Some(Rect::new(free.min.x * zoom, free.min.y * zoom, free.max.x * zoom, free.max.y * zoom));
    cx.actions.push(act);
}

const LEFT_W: f32 = 300.0;
const RIGHT_W: f32 = 270.0;

/// The season screen's panels around the town; returns the action and the rect left free.
pub fn show(root: &mut egui::Ui, v: &SeasonView) -> (Option<Action>, egui::Rect) {
    let mut act = None;
    // The side panels narrow at large text (egui's zoom), so the town keeps some room.
    let w = root.available_width();
    let (left_w, right_w) = ((w * 0.3).min(LEFT_W), (w * 0.27).min(RIGHT_W));
    let bottom = egui::Panel::bottom("next").show(root, |ui| {
        ui.add_space(4.0);
        act = next_bar(ui, v);
        ui.add_space(4.0);
    });
    egui::Panel::left("scores").exact_size(left_w).show(root, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| scores(ui, v));
    });
    egui::Panel::right("team").exact_size(right_w).show(root, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            team(ui, v);
            ui.separator();
            rewind_list(ui, &v.decisions, v.lang, &mut act);
        });
    });
    if v.welcome {
        // The tutorial's welcome, in the town's place before its first decision.
        egui::CentralPanel::default().show(root, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| welcome(ui, v.lang));
        });
    }
    // The side panels have exact widths; their responses can be wider than what they paint.
    let whole = root.max_rect();
    let top = root.available_rect_before_wrap().min.y;
    let free = egui::Rect::from_min_max(
        egui::pos2(whole.min.x + left_w, top),
        egui::pos2(whole.max.x - right_w, bottom.response.rect.min.y),
    );
    (act, free)
}

/// The bar under the town: the next decision to open, or the debrief at the end.
fn next_bar(ui: &mut egui::Ui, v: &SeasonView) -> Option<Action> {
    let lang = v.lang;
    let mut act = None;
    ui.horizontal_wrapped(|ui| match &v.next {
        Some(next) => {
            ui.label(egui::RichText::new(ta(lang, "season-next", &[("title", next)])).size(18.0).strong());
            let label = t(lang, if v.next_is_event { "season-open-event" } else { "season-open-assembly" });
            let b = theme::primary(ui, &label);
            focus_if_none(ui, &b);
            if b.clicked() {
                act = Some(Action::GoToDecision);
            }
        }
        None => {
            let b = theme::primary(ui, &t(lang, "season-debrief"));
            focus_if_none(ui, &b);
            if b.clicked() {
                act = Some(Action::GoToDecision);
            }
        }
    });
    act
}

/// The left panel: the week, the PEC gauges, the money and the group's state.
fn scores(ui: &mut egui::Ui, v: &SeasonView) {
    let lang = v.lang;
    ui.heading(&v.coop);
    ui.label(ta(lang, "season-week", &[("week", &v.week.to_string()), ("weeks", &v.weeks.to_string())]));
    calendar(ui, v.week, v.weeks);
    ui.separator();
    ui.label(egui::RichText::new(t(lang, "season-pec")).strong());
    theme::gauge(ui, "V", v.v, theme::comp_color(0), lang);
    theme::gauge(ui, "S", v.s, theme::comp_color(1), lang);
    theme::gauge(ui, "A", v.a, theme::comp_color(2), lang);
    ui.label(
        egui::RichText::new(ta(
            lang,
            "season-spheres",
            &[
                ("b", &format!("{:.0}", v.spheres[0])),
                ("s", &format!("{:.0}", v.spheres[1])),
                ("w", &format!("{:.0}", v.spheres[2])),
            ],
        ))
        .small(),
    );
    ui.label(
        egui::RichText::new(ta(lang, "season-pec-total", &[("pec", &crate::words::decimal(v.pec, 1, lang))])).strong(),
    );
    ui.separator();
    egui::Grid::new("money").num_columns(2).show(ui, |ui| {
        ui.label(t(lang, "season-cash"));
        ui.label(egui::RichText::new(&v.cash).strong());
        ui.end_row();
        ui.label(t(lang, "season-sales"));
        ui.label(&v.sales);
        ui.end_row();
        ui.label(t(lang, "season-reputation"));
        ui.label(format!("{:.0}\u{a0}%", v.reputation));
        ui.end_row();
        ui.label(t(lang, "season-mood"));
        ui.label(format!("{:.0}\u{a0}%", v.mood));
        ui.end_row();
        if let Some(r) = v.readiness {
            ui.label(t(lang, "season-readiness"));
            ui.label(format!("{r:.0}\u{a0}%"));
            ui.end_row();
        }
        ui.label(t(lang, "season-stage"));
        ui.label(&v.stage);
        ui.end_row();
    });
    if let Some(c) = &v.crisis {
        ui.label(
            egui::RichText::new(ta(lang, "season-crisis", &[("why", c)]))
                .strong()
                .color(egui::Color32::from_rgb(180, 40, 0)),
        );
    }
}

/// The right panel's team: each cooperant's motivation, who is away, who may leave.
fn team(ui: &mut egui::Ui, v: &SeasonView) {
    let lang = v.lang;
    ui.label(egui::RichText::new(t(lang, "season-team")).strong());
    for (i, m) in v.members.iter().enumerate() {
        let risk = v.at_risk.contains(&i);
        ui.horizontal(|ui| {
            let name = if !m.active {
                egui::RichText::new(&m.name).strikethrough()
            } else if m.absent {
                egui::RichText::new(&m.name).italics().weak()
            } else {
                egui::RichText::new(&m.name)
            };
            let r = ui.add_sized([80.0, 18.0], egui::Label::new(name));
            if m.absent {
                r.on_hover_text(t(lang, "season-absent"));
            }
            ui.add(
                egui::ProgressBar::new((m.motivation / 100.0) as f32)
                    .desired_width(90.0)
                    .fill(theme::OKABE_ITO[2])
                    // Black on the bluish green: legible (6:1), where the default grey
                    // text was not.
                    .text(egui::RichText::new(format!("{:.0}", m.motivation)).strong().color(egui::Color32::BLACK)),
            )
            .on_hover_text(ta(
                lang,
                "season-member-hover",
                &[("fatigue", &format!("{:.0}", m.fatigue)), ("hours", &format!("{:.0}", m.hours))],
            ));
            if risk {
                ui.label(egui::RichText::new("!").strong().color(theme::WARNING))
                    .on_hover_text(t(lang, "season-at-risk"));
            }
        });
    }
}

/// The tutorial's welcome.
fn welcome(ui: &mut egui::Ui, lang: crate::text::Lang) {
    ui.heading(t(lang, "welcome-title"));
    for key in ["welcome-cjs", "welcome-postures", "welcome-pec", "welcome-reading"] {
        ui.label(egui::RichText::new(t(lang, key)).size(17.0));
        ui.add_space(4.0);
    }
}

/// The weeks of the summer as a strip of boxes, the current one filled.
fn calendar(ui: &mut egui::Ui, week: u8, weeks: u8) {
    let n = f32::from(weeks) + 1.0;
    let w = (ui.available_width() / n).min(30.0);
    let (rect, _) = ui.allocate_exact_size(egui::vec2(w * n, 22.0), egui::Sense::hover());
    let p = ui.painter();
    for i in 0..=weeks {
        let r = egui::Rect::from_min_size(rect.min + egui::vec2(w * f32::from(i), 0.0), egui::vec2(w - 3.0, 20.0));
        let fill = if i < week {
            egui::Color32::from_rgb(170, 200, 150)
        } else if i == week {
            theme::OKABE_ITO[0]
        } else {
            egui::Color32::from_rgb(235, 235, 225)
        };
        p.rect_filled(r, 3.0, fill);
        p.text(
            r.center(),
            egui::Align2::CENTER_CENTER,
            i.to_string(),
            egui::FontId::proportional(12.0),
            egui::Color32::BLACK,
        );
    }
}

/// The decisions taken so far, each with a button to replay the summer up to it and choose again.
pub fn rewind_list(ui: &mut egui::Ui, rows: &[DecisionRow], lang: crate::text::Lang, act: &mut Option<Action>) {
    egui::CollapsingHeader::new(t(lang, "rewind-title")).show(ui, |ui| {
        ui.label(egui::RichText::new(t(lang, "rewind-help")).small());
        for (k, r) in rows.iter().enumerate() {
            ui.horizontal_wrapped(|ui| {
                if ui.small_button(t(lang, "rewind-short")).on_hover_text(t(lang, "rewind-button")).clicked() {
                    *act = Some(Action::Rewind(k));
                }
                ui.label(
                    egui::RichText::new(ta(
                        lang,
                        "rewind-row",
                        &[("week", &r.week.to_string()), ("title", &r.title), ("result", &r.result)],
                    ))
                    .small(),
                );
            });
        }
    });
}
