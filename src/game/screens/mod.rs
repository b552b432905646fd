//! The screens, one plugin each, and what they share: the top bar (settings, save and load) and
//! the keys that work everywhere.
//!
//! Keys: Tab / Shift+Tab move the focus, Enter or Space presses, F2 language, F5 save, F9 load,
//! F7 / F8 text smaller / larger, F10 high contrast, Escape asks to leave the summer for the
//! title (and, asked, takes the question back); in an assembly 1–4 choose a posture and P
//! pauses for discussion.

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use super::i18n::{t, ta};
use super::state::{Action, Actions, Game, Meeting, Settings};
use crate::text::Lang;

pub mod assembly;
pub mod debrief;
pub mod event;
pub mod room;
pub mod season;
pub mod summary;
pub mod title;

#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    #[default]
    Title,
    Season,
    Assembly,
    Event,
    Summary,
    Debrief,
}

/// The states, for headless and windowed apps alike.
pub fn core_plugin(app: &mut App) {
    app.init_state::<Screen>();
}

/// The screens' UI systems, in egui's pass.
#[derive(SystemSet, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Panels;

/// The panels (needs `EguiPlugin`).
pub fn ui_plugin(app: &mut App) {
    app.add_plugins((title::plugin, season::plugin, assembly::plugin, event::plugin, summary::plugin, debrief::plugin))
        .add_systems(bevy_egui::EguiPrimaryContextPass, apply_in_pass.after(Panels));
}

/// A key or a click answered in the frame it came: what the panels asked for is applied at
/// once, and egui runs its pass again (`request_discard`: the first pass is not shown), so the
/// frame drawn already shows the result. Applied in `Update` instead, it would show a frame
/// later, and a frame is costly under software rendering (docs/performance.md). A change of
/// screen is left to the next frame (the state changes between frames), as before.
fn apply_in_pass(world: &mut World) {
    if world.resource::<Actions>().0.is_empty() {
        return;
    }
    if let Err(e) = world.run_system_cached(super::state::apply_actions) {
        warn!("actions not applied in the pass: {e}");
        return;
    }
    if !matches!(world.resource::<NextState<Screen>>(), NextState::Unchanged) {
        return;
    }
    let mut contexts = world.query_filtered::<&mut bevy_egui::EguiContext, With<bevy_egui::PrimaryEguiContext>>();
    for mut ctx in contexts.iter_mut(world) {
        ctx.get_mut().request_discard("an action was applied");
    }
}

/// What every screen's UI system needs.
#[derive(SystemParam)]
pub struct UiCtx<'w, 's> {
    pub contexts: EguiContexts<'w, 's>,
    pub game: Res<'w, Game>,
    pub settings: Res<'w, Settings>,
    pub meeting: Res<'w, Meeting>,
    pub actions: ResMut<'w, Actions>,
}

/// The top bar's view.
#[derive(Debug, Clone, PartialEq)]
pub struct BarView {
    pub lang: Lang,
    pub place: String,
    pub scale: f32,
    pub high_contrast: bool,
    pub can_save: bool,
    pub notice: Option<String>,
    /// The question « leave this summer? » is open: the file that holds the summer as it stands
    /// (`Game::kept`), if one does.
    pub leaving: Option<Option<String>>,
}

impl BarView {
    pub fn of(game: &Game, settings: &Settings) -> BarView {
        let place = match &game.play {
            Some(p) => ta(
                settings.lang,
                "bar-place",
                &[
                    ("coop", &super::view::coop_name(p, settings.lang)),
                    ("week", &p.summer.season.week().to_string()),
                    ("weeks", &p.summer.world.weeks.to_string()),
                ],
            ),
            None => String::new(),
        };
        BarView {
            lang: settings.lang,
            place,
            scale: settings.scale,
            high_contrast: settings.high_contrast,
            can_save: game.play.is_some(),
            notice: game.notice.clone(),
            leaving: game
                .play
                .as_ref()
                .filter(|_| game.leaving)
                .map(|_| game.kept.as_ref().map(|k| k.display().to_string())),
        }
    }
}

/// The top bar: title, where we are, settings, save and load; also the global keys.
pub fn bar(ui: &mut egui::Ui, v: &BarView, save_path: &std::path::Path) -> Option<Action> {
    let lang = v.lang;
    let mut act = None;
    // While the question « leave this summer? » is open it holds the keyboard: the screen
    // behind it (drawn after the bar) and the bar's own keys see only what answers it.
    if v.leaving.is_some() {
        use egui::Key;
        ui.input_mut(|i| {
            i.events.retain(|e| match e {
                egui::Event::Key { key, .. } => matches!(key, Key::Escape | Key::Tab | Key::Enter | Key::Space),
                egui::Event::Text(_) => false,
                _ => true,
            })
        });
    }
    // Above 175 % the bar keeps the size it has at 175 %: at 250 % its buttons took three rows
    // (a third of a 720-pixel screen) from the assembly, the result and the debrief.
    if v.scale > 1.75 {
        let k = 1.75 / v.scale;
        for font in ui.style_mut().text_styles.values_mut() {
            font.size *= k;
        }
        ui.spacing_mut().button_padding *= k;
        ui.spacing_mut().item_spacing *= k;
    }
    ui.horizontal_wrapped(|ui| {
        // At projector sizes the bar stays compact: the title as plain strong text.
        if v.scale > 1.5 {
            ui.label(egui::RichText::new(t(lang, "app-title")).strong());
        } else {
            ui.heading(t(lang, "app-title"));
        }
        if !v.place.is_empty() {
            ui.separator();
            ui.label(egui::RichText::new(&v.place).strong());
        }
        ui.separator();
        let other = match lang {
            Lang::Fr => Lang::En,
            Lang::En => Lang::Fr,
        };
        if ui.button(t(lang, "bar-lang")).on_hover_text("F2").clicked() {
            act = Some(Action::SetLang(other));
        }
        ui.label(ta(lang, "bar-scale", &[("pct", &format!("{:.0}", v.scale * 100.0))]));
        if ui.button("A−").on_hover_text("F7").clicked() {
            act = Some(Action::SetScale(v.scale - 0.25));
        }
        if ui.button("A+").on_hover_text("F8").clicked() {
            act = Some(Action::SetScale(v.scale + 0.25));
        }
        if ui.selectable_label(v.high_contrast, t(lang, "bar-contrast")).on_hover_text("F10").clicked() {
            act = Some(Action::ToggleContrast);
        }
        ui.separator();
        if v.can_save && ui.button(t(lang, "bar-save")).on_hover_text("F5").clicked() {
            act = Some(Action::Save);
        }
        if ui.button(t(lang, "bar-load")).on_hover_text("F9").clicked() {
            act = Some(Action::Load(save_path.to_path_buf()));
        }
        if v.can_save
            && v.leaving.is_none()
            && ui.button(t(lang, "bar-leave")).on_hover_text(t(lang, "key-escape")).clicked()
        {
            act = Some(Action::AskToLeave);
        }
    });
    if let Some(kept) = &v.leaving {
        ui.horizontal_wrapped(|ui| {
            let question = match kept {
                Some(path) => ta(lang, "leave-kept", &[("path", path)]),
                None => t(lang, "leave-unsaved"),
            };
            ui.label(egui::RichText::new(question).strong());
            let stay = ui.button(t(lang, "leave-no"));
            let leave = ui.button(t(lang, "leave-yes"));
            // The question holds the focus (on going on, unless Tab moved it to leaving): Enter
            // does not press a button of the screen behind it.
            if !stay.has_focus() && !leave.has_focus() {
                stay.request_focus();
            }
            if stay.clicked() {
                act = Some(Action::Stay);
            }
            if leave.clicked() {
                act = Some(Action::ToTitle);
            }
        });
    }
    if let Some(n) = &v.notice {
        ui.label(egui::RichText::new(n).italics());
    }
    let keys = ui.input(|i| {
        (
            i.key_pressed(egui::Key::F2),
            i.key_pressed(egui::Key::F5),
            i.key_pressed(egui::Key::F7),
            i.key_pressed(egui::Key::F8),
            i.key_pressed(egui::Key::F9),
            i.key_pressed(egui::Key::F10),
        )
    });
    // Escape asks to leave the summer, and, asked, takes the question back.
    if v.can_save && ui.input(|i| i.key_pressed(egui::Key::Escape)) {
        act = Some(if v.leaving.is_some() { Action::Stay } else { Action::AskToLeave });
    }
    match keys {
        (true, ..) => {
            act = Some(Action::SetLang(match lang {
                Lang::Fr => Lang::En,
                Lang::En => Lang::Fr,
            }))
        }
        (_, true, ..) if v.can_save => act = Some(Action::Save),
        (_, _, true, ..) => act = Some(Action::SetScale(v.scale - 0.25)),
        (_, _, _, true, ..) => act = Some(Action::SetScale(v.scale + 0.25)),
        (_, _, _, _, true, _) => act = Some(Action::Load(save_path.to_path_buf())),
        (.., true) => act = Some(Action::ToggleContrast),
        _ => {}
    }
    act
}

/// The screen's root `Ui` (egui 0.36 panels are shown inside a `Ui`), with the top bar shown.
pub fn root(cx: &mut UiCtx) -> Option<egui::Ui> {
    let ctx = cx.contexts.ctx_mut().ok()?.clone();
    let mut root = egui::Ui::new(
        ctx.clone(),
        "screen".into(),
        egui::UiBuilder::new().layer_id(egui::LayerId::background()).max_rect(ctx.viewport_rect()),
    );
    let view = BarView::of(&cx.game, &cx.settings);
    let path = cx.game.save_path.clone();
    let act = egui::Panel::top("bar").show(&mut root, |ui| bar(ui, &view, &path)).inner;
    cx.actions.push(act);
    Some(root)
}

/// Puts the keyboard focus on a screen's main button when nothing has it, so Enter goes on.
pub fn focus_if_none(ui: &egui::Ui, r: &egui::Response) {
    if ui.memory(|m| m.focused().is_none()) {
        r.request_focus();
    }
}
