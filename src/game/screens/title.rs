//! Title: language, scenario (with its pitch and level), mode and seats, seed; start or load.

use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

use super::{Screen, UiCtx, focus_if_none, root};
use crate::game::i18n::{t, ta};
use crate::game::state::{Action, scenarios};
use crate::game::theme;
use crate::game::view::TitleView;
use crate::save::Mode;
use crate::scenario::Loaded;
use crate::text::Lang;

/// What the player is filling in on the title screen.
#[derive(Resource, Debug, Clone, PartialEq)]
pub struct TitleForm {
    pub scenario: usize,
    pub mode: Mode,
    pub seed: String,
    /// Cooperants held by players (cooperative mode).
    pub seats: Vec<u8>,
    pub load: String,
    /// Open a room: phones vote (cooperative mode) or answer the posture poll (animateur
    /// mode); `game::room`.
    pub room: bool,
}

impl TitleForm {
    pub fn new(opts: &crate::game::Options) -> TitleForm {
        TitleForm {
            scenario: 0,
            mode: opts.mode,
            seed: opts.seed.unwrap_or(2013).to_string(),
            seats: vec![0, 3],
            load: opts.load.as_ref().map_or_else(
                || {
                    let save = std::path::Path::new(crate::game::DEFAULT_SAVE);
                    // The summer kept after each decision (`Game::autosave`, beside the history)
                    // when it is newer than the save: after a window closed without F5, *Load*
                    // goes on where the summer was left.
                    let kept = opts.history.as_deref().map(crate::game::autosave_beside);
                    kept.map_or_else(|| save.to_path_buf(), |k| latest(save, &k)).display().to_string()
                },
                |p| p.display().to_string(),
            ),
            room: opts.room.is_some(),
        }
    }

    /// The start action this form stands for.
    pub fn start(&self) -> Action {
        Action::Start {
            scenario: self.scenario,
            mode: self.mode,
            seed: self.seed.trim().parse().unwrap_or(2013),
            seats: if self.mode == Mode::Cooperative { self.seats.clone() } else { Vec::new() },
        }
    }
}

/// Of a save and the summer kept after each decision, the one written last (the save when
/// neither or only it exists).
pub fn latest(save: &std::path::Path, kept: &std::path::Path) -> std::path::PathBuf {
    let written = |p: &std::path::Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    match (written(save), written(kept)) {
        (Some(s), Some(k)) if k > s => kept.to_path_buf(),
        (None, Some(_)) => kept.to_path_buf(),
        _ => save.to_path_buf(),
    }
}

/// The scenarios offered, loaded once.
#[derive(Resource)]
pub struct Offered(pub Vec<Loaded>);

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Title), setup)
        .add_systems(EguiPrimaryContextPass, ui.run_if(in_state(Screen::Title)).in_set(super::Panels));
}

fn setup(mut commands: Commands, game: Res<crate::game::state::Game>) {
    let offered = scenarios(&game.opts);
    let mut form = TitleForm::new(&game.opts);
    form.scenario = first_choice(&offered, game.opts.scenario.as_deref());
    commands.insert_resource(form);
    commands.insert_resource(Offered(offered));
}

/// The scenario selected when the title opens: the one named on the command line, else the
/// tutorial, so that a newcomer meets it first.
pub fn first_choice(offered: &[Loaded], named: Option<&str>) -> usize {
    let by = |id: &str| offered.iter().position(|l| l.scenario.id == id);
    named
        .and_then(|n| by(n).or_else(|| crate::scenario::resolve(n).ok().and_then(|l| by(&l.scenario.id))))
        .or_else(|| offered.iter().position(|l| l.scenario.level == crate::scenario::Level::Tutorial))
        .unwrap_or(0)
}

fn ui(
    mut cx: UiCtx,
    form: Option<ResMut<TitleForm>>,
    offered: Option<Res<Offered>>,
    launched: Option<Res<crate::game::Launched>>,
    mut logged: Local<bool>,
) {
    let (Some(mut form), Some(offered)) = (form, offered) else {
        return;
    };
    if !*logged && let Some(l) = launched {
        info!("title interactive {} ms after launch", l.0.elapsed().as_millis());
        *logged = true;
    }
    let mut view = TitleView::of(&offered.0, cx.settings.lang, cx.game.notice.clone());
    view.guided = cx.settings.guided;
    view.practice = cx.settings.practice;
    let Some(mut root) = root(&mut cx) else {
        return;
    };
    let act = egui::CentralPanel::default().show(&mut root, |ui| panel(ui, &view, &mut form)).inner;
    cx.actions.push(act);
}

/// The title panel.
pub fn panel(ui: &mut egui::Ui, v: &TitleView, form: &mut TitleForm) -> Option<Action> {
    let lang = v.lang;
    let mut act = None;
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.vertical_centered(|ui| {
            ui.label(egui::RichText::new(t(lang, "app-title")).size(40.0).strong());
            ui.label(egui::RichText::new(t(lang, "app-tagline")).size(18.0));
        });
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new(t(lang, "title-language")).strong());
            if ui.radio(lang == Lang::Fr, "Français").clicked() {
                act = Some(Action::SetLang(Lang::Fr));
            }
            if ui.radio(lang == Lang::En, "English").clicked() {
                act = Some(Action::SetLang(Lang::En));
            }
        });
        ui.separator();
        ui.label(egui::RichText::new(t(lang, "title-scenario")).strong());
        for (i, s) in v.scenarios.iter().enumerate() {
            let text = ta(
                lang,
                "title-scenario-row",
                &[("title", &s.title), ("level", &s.level), ("weeks", &s.weeks.to_string())],
            );
            if ui.radio(form.scenario == i, text).clicked() {
                form.scenario = i;
            }
        }
        if let Some(s) = v.scenarios.get(form.scenario) {
            ui.label(egui::RichText::new(&s.pitch).italics());
        }
        ui.separator();
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new(t(lang, "title-mode")).strong());
            ui.radio_value(&mut form.mode, Mode::Animateur, t(lang, "mode-animateur"));
            ui.radio_value(&mut form.mode, Mode::Cooperative, t(lang, "mode-cooperative"));
        });
        ui.label(t(
            lang,
            match form.mode {
                Mode::Animateur => "mode-animateur-help",
                Mode::Cooperative => "mode-cooperative-help",
            },
        ));
        if form.mode == Mode::Cooperative
            && let Some(s) = v.scenarios.get(form.scenario)
        {
            ui.label(t(lang, "title-seats"));
            ui.horizontal_wrapped(|ui| {
                for (m, name) in s.cooperants.iter().enumerate() {
                    let m = m as u8;
                    let mut on = form.seats.contains(&m);
                    if ui.checkbox(&mut on, name).changed() {
                        if on {
                            form.seats.push(m);
                            form.seats.sort_unstable();
                        } else {
                            form.seats.retain(|x| *x != m);
                        }
                    }
                }
            });
        }
        ui.checkbox(&mut form.room, t(lang, "title-room")).on_hover_text(t(
            lang,
            match form.mode {
                Mode::Animateur => "title-room-help-animateur",
                Mode::Cooperative => "title-room-help",
            },
        ));
        let mut guided = v.guided;
        if ui.checkbox(&mut guided, t(lang, "title-guided")).changed() {
            act = Some(Action::SetGuided(guided));
        }
        ui.label(egui::RichText::new(t(lang, "title-guided-help")).small());
        let mut practice = v.practice;
        if ui.checkbox(&mut practice, t(lang, "title-practice")).changed() {
            act = Some(Action::SetPractice(practice));
        }
        ui.label(egui::RichText::new(t(lang, "title-practice-help")).small());
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new(t(lang, "title-seed")).strong());
            ui.add(egui::TextEdit::singleline(&mut form.seed).desired_width(120.0));
            ui.label(t(lang, "title-seed-help"));
        });
        ui.add_space(10.0);
        let start = theme::primary(ui, &t(lang, "title-start"));
        focus_if_none(ui, &start);
        if start.clicked() {
            act = Some(form.start());
        }
        ui.add_space(10.0);
        ui.separator();
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new(t(lang, "title-load")).strong());
            ui.add(egui::TextEdit::singleline(&mut form.load).desired_width(320.0));
            if ui.button(t(lang, "title-load-button")).clicked() {
                act = Some(Action::Load(form.load.trim().into()));
            }
        });
        if let Some(n) = &v.notice {
            ui.label(egui::RichText::new(n).color(egui::Color32::from_rgb(170, 40, 0)));
        }
        ui.add_space(6.0);
        ui.label(egui::RichText::new(t(lang, "title-keys")).small());
    });
    act
}
