//! When the game draws: only when something changes. A trainer's laptop projecting for a
//! morning must not run hot: under software rendering, a frame drawn 60 times a second for
//! nothing burnt 1.4 cores on the title screen. So the window updates in Bevy's reactive mode
//! (`WinitSettings`, as `WinitSettings::desktop_app` does): on a key, the mouse over the window,
//! a resize, or a `RequestRedraw`. What moves asks for its frames while it moves: the town's
//! walkers (`town::walk`), egui's own animations and the vote revealed token by token (egui's
//! repaint requests, which bevy_egui turns into `RequestRedraw`). What comes from outside the
//! window wakes it on a timer instead: the autoplay keeps its pace, the screenshots their
//! frames, and an open room is pumped every `ROOM_WAKE` (a phone's vote shows within it).

use std::time::Duration;

use bevy::prelude::*;
use bevy::winit::{UpdateMode, WinitSettings};

use super::autoplay::Autoplay;
use super::room::Hosted;

/// Nothing to do: the window wakes on its own events only (a safety tick every 5 s, as
/// `desktop_app` has; device events, such as the mouse moving over another window, do not wake
/// it).
pub const IDLE: UpdateMode = UpdateMode::Reactive {
    wait: Duration::from_secs(5),
    react_to_device_events: false,
    react_to_user_events: true,
    react_to_window_events: true,
};

/// How often an open room is pumped: a phone's ballot reaches the projector within this.
pub const ROOM_WAKE: Duration = Duration::from_millis(100);

/// How often the autoplay and the screenshots are woken.
pub const AUTOPLAY_WAKE: Duration = Duration::from_millis(50);

/// The update mode the game needs now.
pub fn mode(autoplay: bool, capture: bool, room: bool) -> UpdateMode {
    let wake = |wait| UpdateMode::Reactive {
        wait,
        react_to_device_events: false,
        react_to_user_events: true,
        react_to_window_events: true,
    };
    if autoplay || capture {
        wake(AUTOPLAY_WAKE)
    } else if room {
        wake(ROOM_WAKE)
    } else {
        IDLE
    }
}

pub fn plugin(app: &mut App) {
    app.insert_resource(WinitSettings { focused_mode: IDLE, unfocused_mode: IDLE }).add_systems(Last, pace);
}

fn pace(
    mut settings: ResMut<WinitSettings>,
    auto: Res<Autoplay>,
    hosted: Option<Res<Hosted>>,
    game: Res<super::state::Game>,
) {
    // The autoplay has nothing to do once the summer is over (the debrief waits for a person).
    let playing = auto.policy.is_some() && game.play.as_ref().is_none_or(|p| !p.season.is_over());
    let want = mode(playing, super::capture::dir().is_some(), hosted.is_some());
    if settings.focused_mode != want || settings.unfocused_mode != want {
        settings.focused_mode = want;
        settings.unfocused_mode = want;
    }
}
