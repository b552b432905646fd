//! `cjs play --autoplay POLICY`: a policy plays the animateurs' seat by itself (and the player
//! seats vote for the informed pick), one move per `delay`, for demos, screenshots and tests.
//! It sends the same actions a player would, so it goes through the game's own systems.

use bevy::prelude::*;

use super::Screen;
use super::state::{Action, Actions, Game, Meeting, Stage};
use crate::policy::Policy;
use crate::save::Mode;

#[derive(Resource, Debug, Clone)]
pub struct Autoplay {
    pub policy: Option<Policy>,
    /// Seconds between two moves.
    pub delay: f32,
    pub waited: f32,
    /// Moves skipped waiting for the room's answers to the posture poll (at most `PATIENCE`).
    pub patience: u8,
}

/// How many moves the autoplay waits for every phone to answer the posture poll.
const PATIENCE: u8 = 10;

/// Set while something (a screenshot) needs the screen to stay as it is.
#[derive(Resource, Debug, Default)]
pub struct Hold(pub bool);

pub fn plugin(policy: Option<Policy>, delay: f32) -> impl Fn(&mut App) {
    move |app: &mut App| {
        app.insert_resource(Autoplay { policy, delay, waited: 0.0, patience: 0 })
            .init_resource::<Hold>()
            .add_systems(Update, step.in_set(super::GameSet::Input));
    }
}

#[allow(clippy::too_many_arguments)]
fn step(
    mut auto: ResMut<Autoplay>,
    hold: Res<Hold>,
    time: Res<Time>,
    screen: Res<State<Screen>>,
    game: Res<Game>,
    meeting: Res<Meeting>,
    mut actions: ResMut<Actions>,
    form: Option<ResMut<super::screens::assembly::Form>>,
) {
    if auto.policy.is_none() || hold.0 {
        return;
    }
    auto.waited += time.delta_secs();
    if auto.waited < auto.delay {
        return;
    }
    auto.waited = 0.0;
    // The room was asked: give the phones a few moves' time to answer.
    let answering = meeting.poll.as_ref().is_some_and(|p| p.open && p.answered < p.phones);
    if answering && auto.patience < PATIENCE {
        auto.patience += 1;
        return;
    }
    auto.patience = 0;
    // Practice mode: the policy's reading is stated and checked first, as a trainee would, so
    // that its answer shows; the posture follows on the next move.
    if let Some(mut form) = form
        && !form.checked
        && let Some(r) = practice_reading(*screen.get(), &game, &meeting)
    {
        form.ready = Some(r.ready);
        form.crisis = r.crisis;
        form.checked = true;
        return;
    }
    actions.push(next_move(*screen.get(), &game, &meeting));
}

/// The reading the policy states at the decision due, when practice mode answers it.
fn practice_reading(screen: Screen, game: &Game, meeting: &Meeting) -> Option<crate::decision::Reading> {
    let play = game.play.as_ref()?;
    let choosing = matches!(screen, Screen::Assembly | Screen::Event) && meeting.stage == Stage::Choose;
    if !choosing || meeting.paused || play.summer.save.mode != Mode::Animateur || !play.practises() {
        return None;
    }
    play.policy_input()?.reading
}

/// What the autoplay does on a screen.
pub fn next_move(screen: Screen, game: &Game, meeting: &Meeting) -> Option<Action> {
    let opts = &game.opts;
    match screen {
        Screen::Title => {
            let all = super::state::scenarios(opts);
            let scenario = opts
                .scenario
                .as_ref()
                .and_then(|id| {
                    let loaded = crate::scenario::resolve(id).ok()?;
                    all.iter().position(|l| l.scenario.id == loaded.scenario.id)
                })
                .unwrap_or(0);
            let seats = match opts.mode {
                Mode::Animateur => Vec::new(),
                Mode::Cooperative => vec![0, 3],
            };
            Some(Action::Start { scenario, mode: opts.mode, seed: opts.seed.unwrap_or(2013), seats })
        }
        Screen::Season => Some(Action::GoToDecision),
        Screen::Assembly | Screen::Event => {
            let play = game.play.as_ref()?;
            if meeting.paused {
                return Some(Action::TogglePause);
            }
            match meeting.stage {
                // With a room open in animateur mode, the room is asked first (a demo shows
                // the poll); the policy's choice follows on the next move.
                Stage::Choose if meeting.room && play.summer.save.mode == Mode::Animateur && meeting.poll.is_none() => {
                    Some(Action::AskRoom)
                }
                Stage::Choose => play.policy_input().map(Action::Decide),
                Stage::Handoff(_) => Some(Action::SeatReady),
                Stage::Ballot(i) => {
                    let item = play.summer.season.pending()?;
                    let pick = item.best_for(play.summer.season.coop().objective_aims, &play.summer.world.params);
                    Some(Action::Vote(*play.summer.save.seats.get(i)?, pick))
                }
                Stage::AllVoted => Some(Action::Reveal),
                Stage::Settled => Some(Action::Continue),
            }
        }
        Screen::Summary => Some(Action::CloseSummary),
        Screen::Debrief => None,
    }
}
