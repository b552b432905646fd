//! The room on the projector (the game window): where phones go (address, join code, QR code),
//! the phones and their seats, who has voted on the decision due (never how), and the
//! facilitator's controls (lock, pause, reveal, free a seat). A window of its own over every
//! screen but the title, shown while a room is open (`game::room`).

use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

use super::{Screen, UiCtx};
use crate::game::i18n::{t, ta};
use crate::game::room::{Hosted, RoomAsks, RoomView};
use crate::game::state::{Action, Stage};
use crate::room::Control;
use crate::text::Lang;

pub fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        ui.run_if(resource_exists::<Hosted>).run_if(not(in_state(Screen::Title))).in_set(super::Panels),
    );
}

fn ui(mut cx: UiCtx, hosted: Res<Hosted>, mut asks: ResMut<RoomAsks>) {
    let lang = cx.settings.lang;
    let stage = cx.meeting.stage.clone();
    let paused = cx.meeting.paused;
    let Ok(ctx) = cx.contexts.ctx_mut() else { return };
    let ctx = ctx.clone();
    let mut out = (None, None);
    egui::Window::new(t(lang, "room-title"))
        .id(egui::Id::new("room-projector"))
        .anchor(egui::Align2::RIGHT_TOP, egui::vec2(-8.0, 56.0))
        .resizable(false)
        .default_width(300.0)
        .show(&ctx, |ui| {
            out = panel(ui, &hosted.view, lang, &stage, paused);
        });
    cx.actions.push(out.0);
    if let Some(c) = out.1 {
        asks.0.push(c);
    }
}

/// The QR code, painted module by module (black on white, with a quiet zone of 2 modules).
fn qr(ui: &mut egui::Ui, v: &RoomView, side: f32) {
    if v.qr_width == 0 {
        return;
    }
    let n = v.qr_width as f32 + 4.0;
    let m = (side / n).floor().max(1.0);
    let (rect, _) = ui.allocate_exact_size(egui::vec2(m * n, m * n), egui::Sense::hover());
    let p = ui.painter_at(rect);
    p.rect_filled(rect, 0.0, egui::Color32::WHITE);
    for (k, dark) in v.qr.iter().enumerate() {
        if *dark {
            let (x, y) = ((k % v.qr_width) as f32 + 2.0, (k / v.qr_width) as f32 + 2.0);
            let r = egui::Rect::from_min_size(rect.min + egui::vec2(x * m, y * m), egui::vec2(m, m));
            p.rect_filled(r, 0.0, egui::Color32::BLACK);
        }
    }
}

/// The panel: returns an action of the game (pause, reveal) or a control of the room.
pub fn panel(
    ui: &mut egui::Ui,
    v: &RoomView,
    lang: Lang,
    stage: &Stage,
    paused: bool,
) -> (Option<Action>, Option<Control>) {
    let (mut act, mut ctl) = (None, None);
    ui.label(t(lang, "room-join"));
    ui.label(egui::RichText::new(&v.url).monospace().size(20.0).strong());
    ui.horizontal(|ui| {
        ui.label(t(lang, "room-code"));
        ui.label(egui::RichText::new(&v.code).monospace().size(30.0).strong());
    });
    qr(ui, v, 200.0);
    ui.separator();
    let held = v.phones.iter().filter(|p| p.seat.is_some()).count();
    ui.label(
        egui::RichText::new(ta(
            lang,
            "room-phones",
            &[("n", &v.phones.len().to_string()), ("seats", &held.to_string())],
        ))
        .strong(),
    );
    if v.phones.is_empty() {
        ui.label(egui::RichText::new(t(lang, "room-no-phone")).italics());
    }
    egui::ScrollArea::vertical().max_height(160.0).show(ui, |ui| {
        for p in &v.phones {
            ui.horizontal(|ui| {
                let seat = match &p.seat {
                    Some((_, name)) => ta(lang, "room-phone-seat", &[("name", &p.name), ("seat", name)]),
                    None => ta(lang, "room-phone-follows", &[("name", &p.name)]),
                };
                let seat = if p.connected { seat } else { format!("{seat} {}", t(lang, "room-away")) };
                ui.label(seat);
                if p.seat.is_some() {
                    let (mark, key) = if p.voted { ("✔", "room-voted") } else { ("…", "room-waiting") };
                    ui.label(egui::RichText::new(format!("{mark} {}", t(lang, key))).strong());
                }
                if let Some((m, _)) = p.seat
                    && ui.small_button(t(lang, "room-free")).on_hover_text(t(lang, "room-free-help")).clicked()
                {
                    ctl = Some(Control::Free(m));
                }
            });
        }
    });
    if v.tally.1 > 0 {
        ui.label(ta(lang, "room-tally", &[("cast", &v.tally.0.to_string()), ("expected", &v.tally.1.to_string())]));
    }
    if let Some((answered, phones)) = v.poll {
        ui.label(ta(lang, "room-poll", &[("n", &answered.to_string()), ("phones", &phones.to_string())]));
    }
    ui.separator();
    ui.horizontal_wrapped(|ui| {
        let lock = if v.locked { "room-unlock" } else { "room-lock" };
        if ui.button(t(lang, lock)).clicked() {
            ctl = Some(if v.locked { Control::Unlock } else { Control::Lock });
        }
        if ui.button(t(lang, if paused { "room-resume" } else { "room-pause" })).clicked() {
            act = Some(Action::TogglePause);
        }
        if ui.add_enabled(*stage == Stage::AllVoted, egui::Button::new(t(lang, "room-reveal"))).clicked() {
            act = Some(Action::Reveal);
        }
    });
    if v.locked {
        ui.label(egui::RichText::new(t(lang, "room-locked")).italics());
    }
    (act, ctl)
}
