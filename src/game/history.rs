//! One's own earlier summers, in the game: the history file beside the saves
//! (`save::history`), loaded when the game starts, a summer recorded when it ends, shown by the
//! debrief (PEC, V, S, A, the diagnosis, the postures by need, a chart of the progress) with a
//! button to clear the scenario's summers. A history that cannot be read is set aside by
//! `save::history::load_history` and the game says so; one that cannot even be set aside is
//! never written over.

use std::path::PathBuf;

use bevy::prelude::*;

use super::i18n::ta;
use super::state::{Game, Settings};
use crate::save::history::{History, Note, PastSummer, load_history, note_text, save_history};
use crate::text::Lang;

/// The history of this game: where it lives and what it holds.
#[derive(Resource, Debug)]
pub struct Past {
    pub path: Option<PathBuf>,
    pub history: History,
    /// `false` when the file could be neither read nor set aside: it is then left alone.
    pub writable: bool,
    /// The summer last recorded (`PastSummer::id_of`), so that it is recorded once, and summed
    /// up once, not at every frame while its debrief is shown.
    pub recorded: Option<String>,
}

/// A summer as the debrief's table shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct PastRow {
    pub seed: u64,
    pub pec: f64,
    pub v: f64,
    pub s: f64,
    pub a: f64,
    /// Readings that matched, readings stated.
    pub diagnosis: (u16, u16),
    /// The postures taken by the posture the group needed: `[need][taken]`, in the order of
    /// `Posture::ALL`.
    pub postures: [[u16; 4]; 4],
    /// This is the summer on screen.
    pub current: bool,
}

impl PastRow {
    pub fn of(s: &PastSummer, current: bool) -> PastRow {
        PastRow {
            seed: s.seed,
            pec: s.pec,
            v: s.v,
            s: s.s,
            a: s.a,
            diagnosis: (s.readings_matched, s.readings),
            postures: s.postures,
            current,
        }
    }

    /// Decisions whose posture was the one the group needed, and decisions.
    pub fn fit(&self) -> (u16, u16) {
        let fit = (0..4).map(|i| self.postures[i][i]).sum();
        let all = self.postures.iter().flatten().sum();
        (fit, all)
    }
}

/// The rows of a scenario's summers, the one of `current` marked.
pub fn rows(past: &Past, scenario_id: &str, current: Option<&str>) -> Vec<PastRow> {
    past.history.of_scenario(scenario_id).map(|s| PastRow::of(s, Some(s.id.as_str()) == current)).collect()
}

pub fn plugin(path: Option<PathBuf>) -> impl Fn(&mut App) {
    move |app: &mut App| {
        app.insert_resource(Past { path: path.clone(), history: History::default(), writable: false, recorded: None })
            .add_systems(Startup, load)
            .add_systems(
                Update,
                (clear_asked, record).chain().in_set(super::GameSet::Step).after(super::state::apply_actions),
            );
    }
}

/// Reads the history when the game starts; a file set aside, or one that cannot be read nor
/// set aside, is said in the notice.
fn load(mut past: ResMut<Past>, mut game: ResMut<Game>, settings: Res<Settings>) {
    let Some(path) = past.path.clone() else { return };
    let lang = settings.lang;
    match load_history(&path) {
        Ok((h, note)) => {
            past.history = h;
            past.writable = true;
            if let Some(said) = note_text(&path, &note) {
                warn!("{}", said.get(Lang::En));
                game.notice = Some(said.get(lang).to_string());
            }
            if let Note::SetAside { .. } = note {
                // A new history begins now, so that the next start finds a readable file.
                let _ = save_history(&path, &past.history);
            }
        }
        Err(why) => {
            warn!("{}", why.get(Lang::En));
            game.notice = Some(why.get(lang).to_string());
        }
    }
}

/// Records the summer once it is over (once; a replay of the same summer counts once).
fn record(mut past: ResMut<Past>, mut game: ResMut<Game>, settings: Res<Settings>) {
    let Some(play) = &game.play else { return };
    if !play.summer.season.is_over() || past.path.is_none() {
        return;
    }
    let id = PastSummer::id_of(&play.summer.save);
    if past.recorded.as_deref() == Some(id.as_str()) {
        return;
    }
    past.recorded = Some(id);
    let summer = PastSummer::of(&play.summer);
    if !past.history.record(summer) || !past.writable {
        return;
    }
    write(&mut past, &mut game, settings.lang);
}

/// Writes the history; a failure is said.
pub fn write(past: &mut Past, game: &mut Game, lang: Lang) {
    let Some(path) = past.path.clone() else { return };
    if !past.writable {
        return;
    }
    if let Err(e) = save_history(&path, &past.history) {
        game.notice = Some(ta(lang, "notice-save-failed", &[("why", crate::save::write_error(&e).get(lang))]));
    }
}

/// Clears the scenario's summers when the player asked it (`Action::ClearHistory`).
fn clear_asked(mut past: ResMut<Past>, mut game: ResMut<Game>, settings: Res<Settings>) {
    if std::mem::take(&mut game.clear_history) {
        clear(&mut past, &mut game, settings.lang);
    }
}

/// Clears the summers of the scenario being played (the debrief's button).
pub fn clear(past: &mut Past, game: &mut Game, lang: Lang) {
    let Some(play) = &game.play else { return };
    let id = play.summer.world.scenario.id.clone();
    let title = play.summer.world.scenario.title.get(lang).to_string();
    past.history.clear(Some(&id));
    if past.path.is_some() {
        game.notice = Some(ta(lang, "notice-history-cleared", &[("scenario", &title)]));
    }
    write(past, game, lang);
}
