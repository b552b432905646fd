//! The Bevy front-end (feature `game`).
//!
//! Layout (see `docs/game.md`): [`state`] holds the engine's values and turns player
//! [`Action`](state::Action)s into engine calls; [`view`] turns engine state into view models;
//! [`screens`] has one plugin per screen whose panels are plain functions returning actions;
//! [`theme`] holds colours, sizes and text scale; [`i18n`] the Fluent texts; [`town`] the town
//! and its cooperants drawn with Bevy 2D; [`autoplay`] lets a policy play; [`capture`] writes
//! screenshots. The game never computes a rule of the model: it only calls `Season::decide`.

use std::path::PathBuf;

use bevy::prelude::*;

use crate::policy::Policy;
use crate::save::Mode;
use crate::text::Lang;

pub mod autoplay;
pub mod capture;
pub mod history;
pub mod i18n;
pub mod pace;
pub mod room;
pub mod screens;
pub mod state;
pub mod theme;
pub mod town;
pub mod view;
pub mod why;

pub use screens::Screen;

/// How the game starts, from the command line.
#[derive(Debug, Clone)]
pub struct Options {
    pub lang: Lang,
    pub scenario: Option<String>,
    pub mode: Mode,
    pub seed: Option<u64>,
    pub load: Option<PathBuf>,
    pub autoplay: Option<Policy>,
    /// `--room`: open a room for phones there (cooperative mode); the title can also open one.
    pub room: Option<std::net::SocketAddr>,
    /// The history of one's own summers (`game::history`); `None`: none kept (tests).
    pub history: Option<PathBuf>,
}

/// The save when none is named (`cjs play` with no `--load`): in the folder the game runs from.
pub const DEFAULT_SAVE: &str = "un-ete-en-coop.save.json";

/// The history file beside a save: `un-ete-en-coop.history.json` in the save's folder.
pub fn history_beside(save: &std::path::Path) -> PathBuf {
    save.with_file_name("un-ete-en-coop.history.json")
}

/// The summer kept after each decision (`state::Game::autosave`) beside a file of the save's
/// folder (the save, or the history beside it): `un-ete-en-coop.autosave.json`.
pub fn autosave_beside(file: &std::path::Path) -> PathBuf {
    file.with_file_name("un-ete-en-coop.autosave.json")
}

/// The order of the game's own work in `Update`: read input → step the engine → present.
#[derive(SystemSet, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GameSet {
    /// Autoplay and other sources of actions.
    Input,
    /// Actions are applied to the engine.
    Step,
    /// Screens and drawings are updated from the engine.
    Present,
}

/// Everything but rendering: states, the game's resources and the systems that apply actions.
/// Headless tests add it to `MinimalPlugins` + `StatesPlugin`.
pub struct CorePlugin {
    pub opts: Options,
    /// Seconds between two autoplay moves (0 in tests).
    pub autoplay_delay: f32,
}

impl Plugin for CorePlugin {
    fn build(&self, app: &mut App) {
        app.configure_sets(Update, (GameSet::Input, GameSet::Step, GameSet::Present).chain());
        app.add_plugins((
            screens::core_plugin,
            state::plugin(self.opts.clone()),
            autoplay::plugin(self.opts.autoplay, self.autoplay_delay),
            room::plugin(self.opts.room),
            history::plugin(self.opts.history.clone()),
        ));
    }
}

/// When the process started, to log the time to an interactive title.
#[derive(Resource)]
pub struct Launched(pub std::time::Instant);

/// Opens the game window and runs until it is closed.
pub fn run(opts: Options) {
    let launched = Launched(std::time::Instant::now());
    let mut app = App::new();
    app.insert_resource(launched);
    app.add_plugins(
        DefaultPlugins
            .set(WindowPlugin {
                primary_window: Some(Window {
                    title: "Un été en coop".into(),
                    resolution: bevy::window::WindowResolution::new(1280, 720),
                    ..default()
                }),
                ..default()
            })
            .set(bevy::log::LogPlugin { filter: "warn,cjs=info,wgpu=error,naga=warn".into(), ..default() }),
    );
    app.add_plugins(bevy_egui::EguiPlugin::default());
    app.insert_resource(ClearColor(theme::BACKGROUND));
    let delay = if capture::dir().is_some() { 0.6 } else { 1.5 };
    app.add_plugins(CorePlugin { opts, autoplay_delay: delay });
    app.add_plugins((
        theme::plugin,
        screens::ui_plugin,
        screens::room::plugin,
        town::plugin,
        capture::plugin,
        pace::plugin,
    ));
    app.run();
}
