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
    use bevy_egui::EguiPreUpdateSet;
    app.insert_resource(WinitSettings { focused_mode: IDLE, unfocused_mode: IDLE })
        .add_systems(Last, pace)
        .add_systems(
            PreUpdate,
            drop_unchanged_modifiers.after(EguiPreUpdateSet::ProcessInput).before(EguiPreUpdateSet::BeginPass),
        );
    if std::env::var_os("CJS_LOG_FRAMES").is_some() {
        app.add_systems(Last, log_frames);
    }
}

/// bevy_egui 0.42 tells egui the modifier keys every frame (`ModifiersChanged`, even when they
/// did not change); egui takes any event as a reason to draw the next frame, and bevy_egui then
/// asks Bevy for it: the game would draw forever. Only a change of the modifiers goes on (egui
/// keeps the last ones it was told).
fn drop_unchanged_modifiers(
    mut inputs: Query<&mut bevy_egui::EguiInput>,
    mut last: Local<Option<bevy_egui::egui::Modifiers>>,
) {
    for mut input in &mut inputs {
        input.0.events.retain(|e| match e {
            bevy_egui::egui::Event::ModifiersChanged(m) if *last == Some(*m) => false,
            bevy_egui::egui::Event::ModifiersChanged(m) => {
                *last = Some(*m);
                true
            }
            _ => true,
        });
    }
}

/// `CJS_LOG_FRAMES=1`: logs, every 10 s, how many frames were drawn and how many asked for
/// (to check that the game is idle when nothing changes).
fn log_frames(
    time: Res<Time<Real>>,
    mut redraws: MessageReader<bevy::window::RequestRedraw>,
    mut count: Local<(u32, u32, f32)>,
    mut contexts: bevy_egui::EguiContexts,
) {
    if count.2 >= 9.9
        && let Ok(ctx) = contexts.ctx_mut()
    {
        debug!("egui asks to repaint because: {:?}", ctx.repaint_causes());
    }
    count.0 += 1;
    count.1 += redraws.read().count() as u32;
    count.2 += time.delta_secs();
    if count.2 >= 10.0 {
        info!("{} frames in {:.1} s, {} asked for", count.0, count.2, count.1);
        *count = (0, 0, 0.0);
    }
}

fn pace(
    mut settings: ResMut<WinitSettings>,
    auto: Res<Autoplay>,
    hosted: Option<Res<Hosted>>,
    game: Res<super::state::Game>,
) {
    // The autoplay has nothing to do once the summer is over (the debrief waits for a person).
    let playing = auto.policy.is_some() && game.play.as_ref().is_none_or(|p| !p.summer.season.is_over());
    let want = mode(playing, super::capture::dir().is_some(), hosted.is_some());
    if settings.focused_mode != want || settings.unfocused_mode != want {
        settings.focused_mode = want;
        settings.unfocused_mode = want;
    }
}
