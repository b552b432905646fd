//! Screenshots for the docs: with `CJS_SCREENSHOTS=DIR` in the environment the game writes one
//! PNG per screen the first time it shows it (`title.png`, `season.png`, `assembly.png`,
//! `assembly-result.png`, `event.png`, `summary.png`, `debrief.png`, and in cooperative mode
//! `handoff.png`, `ballot.png`, `all-voted.png`; with a room in animateur mode `assembly-poll.png`
//! once three phones have answered the posture poll; `assembly-practice.png` once a reading is
//! checked in practice mode), holding the autoplay while it does, and quits
//! after the debrief (or, with `CJS_SCREENSHOTS_ONLY=a,b`, once those are taken).
//! `CJS_SCREENSHOTS_SCALE=2.5` takes them at that text scale.
//! `scripts/screenshots.sh` runs it under Xvfb.

use std::collections::BTreeSet;
use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};

use super::Screen;
use super::autoplay::Hold;
use super::state::{Meeting, Stage};

pub fn dir() -> Option<PathBuf> {
    std::env::var_os("CJS_SCREENSHOTS").map(PathBuf::from)
}

#[derive(Resource, Debug, Default)]
struct Capture {
    dir: Option<PathBuf>,
    /// `CJS_SCREENSHOTS_ONLY=a,b`: only these shots; quit when all are taken.
    only: Option<Vec<String>>,
    done: BTreeSet<&'static str>,
    /// `CJS_SCREENSHOTS_FROM=D`: the assembly and event shots from the decision of rank D on
    /// (a group with a few weeks behind it shows more cues).
    from: u16,
    /// The shot being taken: name, seconds on screen, frames on screen, taken.
    current: Option<(&'static str, f32, u32, bool)>,
}

pub fn plugin(app: &mut App) {
    let dir = dir();
    if let Some(d) = &dir {
        let _ = std::fs::create_dir_all(d);
    }
    let only = std::env::var("CJS_SCREENSHOTS_ONLY").ok().map(|s| s.split(',').map(|x| x.trim().to_string()).collect());
    let from = std::env::var("CJS_SCREENSHOTS_FROM").ok().and_then(|w| w.trim().parse().ok()).unwrap_or(0);
    app.insert_resource(Capture { dir, only, from, ..default() })
        .add_systems(Startup, scale)
        .add_systems(Update, shoot.in_set(super::GameSet::Present));
}

/// `CJS_SCREENSHOTS_SCALE=1.75`: the text scale of the shots (1–2.5, as F7/F8 set it), to see
/// that no screen is clipped at projector sizes.
fn scale(mut settings: ResMut<super::state::Settings>) {
    if let Some(s) = std::env::var("CJS_SCREENSHOTS_SCALE").ok().and_then(|s| s.trim().parse::<f32>().ok()) {
        settings.scale = s.clamp(1.0, 2.5);
    }
}

fn shot_name(
    screen: Screen,
    meeting: &Meeting,
    checked: bool,
    week: u8,
    decision: u16,
    from: u16,
) -> Option<&'static str> {
    if matches!(screen, Screen::Assembly | Screen::Event) && decision < from {
        return None;
    }
    Some(match (screen, &meeting.stage) {
        (Screen::Title, _) => "title",
        // Mid-summer, when the cooperants are out at work.
        (Screen::Season, _) if week >= 3 => "season",
        // The room's posture poll with three answers or more (animateur mode, a room open).
        (Screen::Assembly, Stage::Choose) if meeting.poll.as_ref().is_some_and(|p| p.answered >= 3) => "assembly-poll",
        // Practice mode's answer to the reading just checked.
        (Screen::Assembly | Screen::Event, Stage::Choose) if checked => "assembly-practice",
        (Screen::Assembly, Stage::Choose) => "assembly",
        (Screen::Assembly, Stage::Settled) => "assembly-result",
        (Screen::Event, Stage::Choose | Stage::Handoff(_)) => "event",
        (Screen::Event, Stage::Settled) => "event-result",
        (Screen::Assembly, Stage::Handoff(_)) => "handoff",
        (Screen::Assembly, Stage::Ballot(_)) => "ballot",
        (Screen::Assembly, Stage::AllVoted) => "all-voted",
        (Screen::Summary, _) => "summary",
        (Screen::Debrief, _) => "debrief",
        _ => return None,
    })
}

#[allow(clippy::too_many_arguments)]
fn shoot(
    mut commands: Commands,
    mut cap: ResMut<Capture>,
    mut hold: ResMut<Hold>,
    time: Res<Time<Real>>,
    screen: Res<State<Screen>>,
    meeting: Res<Meeting>,
    game: Res<super::state::Game>,
    form: Option<Res<super::screens::assembly::Form>>,
    mut exit: MessageWriter<AppExit>,
) {
    let Some(dir) = cap.dir.clone() else { return };
    let week = game.play.as_ref().map_or(0, |p| p.summer.season.week());
    // The rank of the decision on screen: the one just settled, or the one due.
    let decision = match (&meeting.stage, meeting.settled) {
        (Stage::Settled, Some(s)) => s.d,
        _ => game.play.as_ref().and_then(|p| p.summer.season.pending()).map_or(0, |i| i.id),
    };
    let checked = form.is_some_and(|f| f.checked);
    let name = shot_name(*screen.get(), &meeting, checked, week, decision, cap.from)
        .filter(|n| cap.only.as_ref().is_none_or(|only| only.iter().any(|o| o == n)));
    let cap = &mut *cap;
    match (&mut cap.current, name) {
        (None, Some(n)) if !cap.done.contains(n) => {
            cap.current = Some((n, 0.0, 0, false));
            hold.0 = true;
        }
        (Some((n, secs, frames, taken)), _) => {
            *secs += time.delta_secs();
            *frames += 1;
            if !*taken && *secs > 1.5 && *frames > 10 {
                commands.spawn(Screenshot::primary_window()).observe(save_to_disk(dir.join(format!("{n}.png"))));
                *taken = true;
                *secs = 0.0;
            } else if *taken && *secs > 1.0 && *frames > 20 {
                let n = *n;
                cap.done.insert(n);
                cap.current = None;
                hold.0 = false;
                let all_taken =
                    cap.only.as_ref().is_some_and(|only| only.iter().all(|o| cap.done.contains(o.as_str())));
                if n == "debrief" || all_taken {
                    exit.write(AppExit::Success);
                }
            }
        }
        _ => {}
    }
}
