//! The game's state around the engine: the summer being played (a `save::Summer`: its world,
//! its save with the inputs given so far, its season), the assembly in progress; and the one
//! place where player actions become engine calls (`Summer::decide`, replay for load and
//! rewind, saves and the report export).

use std::path::{Path, PathBuf};

use bevy::prelude::*;

use crate::decision::{Input, Item, Posture};
use crate::policy::{Policy, Seat};
use crate::save::{Mode, Save, Summer, load_save, write_json};
use crate::scenario::Loaded;
use crate::sim::World;
use crate::sim::season::InputError;
use crate::text::Lang;

use super::Screen;
use super::i18n::{t, ta};

/// A choice of a player, from a panel, a key or the autoplay.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    SetLang(Lang),
    SetScale(f32),
    ToggleContrast,
    /// The trainer's "guided" setting (title screen).
    SetGuided(bool),
    /// The trainee's practice mode (title screen): each reading stated is answered at once.
    SetPractice(bool),
    /// Start a new summer.
    Start {
        scenario: usize,
        mode: Mode,
        seed: u64,
        seats: Vec<u8>,
    },
    /// From the season screen to the decision due.
    GoToDecision,
    /// The animateurs' input (animateur mode).
    Decide(Input),
    /// The hot seat: the player at the keyboard is ready.
    SeatReady,
    /// A player's secret vote (cooperative mode).
    Vote(u8, u8),
    /// The facilitator reveals the result.
    Reveal,
    /// Pause for discussion, or resume.
    TogglePause,
    /// Animateur mode with a room open: ask the phones "what would you do?" (a poll on the
    /// posture that advises and decides nothing).
    AskRoom,
    /// Leave the result of a decision.
    Continue,
    /// Leave the week summary.
    CloseSummary,
    Save,
    Load(PathBuf),
    /// Replay the first k inputs.
    Rewind(usize),
    /// Replay the first k inputs and open decision k at once (the debrief's worst misreading),
    /// to read the group again and choose.
    Retry(usize),
    Export,
    /// Forget the earlier summers of this scenario (the debrief's history).
    ClearHistory,
    /// The top bar's « Accueil » or Escape during a summer: ask whether to leave it for the title.
    AskToLeave,
    /// The question answered « no »: the summer goes on.
    Stay,
    ToTitle,
}

/// The queue of actions of this frame, applied in `GameSet::Step`.
#[derive(Resource, Default, Debug)]
pub struct Actions(pub Vec<Action>);

impl Actions {
    pub fn push(&mut self, a: Option<Action>) {
        if let Some(a) = a {
            self.0.push(a);
        }
    }
}

/// Settings a room needs: language, text scale, contrast.
#[derive(Resource, Debug, Clone)]
pub struct Settings {
    pub lang: Lang,
    /// 1.0–2.5.
    pub scale: f32,
    pub high_contrast: bool,
    /// The trainer's "guided" setting: the game shows the group's readiness and need.
    pub guided: bool,
    /// The trainee's practice mode: a reading, once stated, is answered at once.
    pub practice: bool,
}

/// What the game tells the room (`game::room`) of the summer, as it happens: the room learns
/// of a settled decision, a summer opened afresh or a pause from these messages only.
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ToRoom {
    /// Decision `d` settled.
    Settled(u16),
    /// A summer was started, loaded or rewound: the room starts over on it.
    Opened,
    /// The game window paused (`true`) or resumed the assembly.
    Paused(bool),
}

/// The summer being played, and the policy that plays the animateurs' seat.
pub struct Play {
    /// Its world, its save (the seed, the mode, the seats players hold, the inputs so far, the
    /// guided and practice settings) and its season.
    pub summer: Summer,
    /// The policy in the animateurs' seat (cooperative mode) or at the keyboard (autoplay).
    /// The save names it in cooperative mode only.
    pub policy: Policy,
}

impl Play {
    /// A new summer of `world` from `seed`, nothing decided yet.
    pub fn new(world: World, seed: u64, mode: Mode, policy: Policy, seats: Vec<u8>) -> Play {
        let save = Save::new(&world, seed, mode, Play::saved_policy(mode, policy), seats, Vec::new());
        Play::replay(world, save, policy)
    }

    /// The policy a save names: the one in the animateurs' seat in cooperative mode; none in
    /// animateur mode, where the players hold that seat (even when a policy autoplays).
    pub fn saved_policy(mode: Mode, policy: Policy) -> Option<&'static str> {
        (mode == Mode::Cooperative).then_some(policy.name())
    }

    /// The summer of `save` replayed on `world` (a rewind, a summer given by its inputs), drawn
    /// as the save's version says; stops at the first input the engine refuses and keeps the
    /// inputs before it.
    pub fn replay(world: World, save: Save, policy: Policy) -> Play {
        Play { summer: Summer::of(world, save).0, policy }
    }

    /// Whether the screens show the group's readiness and need: only in the tutorial or with
    /// the guided setting on; otherwise the trainee reads the group from its cues.
    pub fn shows_readiness(&self) -> bool {
        self.summer.save.guided || self.summer.world.scenario.level == crate::scenario::Level::Tutorial
    }

    /// Whether a reading, once stated, is answered at once (before the posture is chosen):
    /// in practice mode, and always in the tutorial.
    pub fn practises(&self) -> bool {
        self.summer.save.practice || self.summer.world.scenario.level == crate::scenario::Level::Tutorial
    }

    /// The item settled with rank `d`.
    pub fn item(&self, d: u16) -> Option<&Item> {
        self.summer.season.settled().iter().find(|i| i.id == d)
    }

    /// A fresh season with the first `k` inputs replayed: a branch from a past decision.
    pub fn rewind(&mut self, k: usize) {
        let mut save = self.summer.save.clone();
        save.inputs.truncate(k);
        *self = Play::replay(self.summer.world.clone(), save, self.policy);
    }

    /// The animateurs' input from the policy (cooperative mode and autoplay). The seat is made
    /// anew from the seed and the number of decisions, as `policy::play` holds it then: a
    /// rewind or a load gives the same, and an autoplayed summer is the one `cjs run` plays.
    pub fn policy_input(&self) -> Option<Input> {
        Seat::after(self.policy, &self.summer.season).choose(&self.summer.season, &self.summer.world)
    }
}

/// Where the assembly in progress stands.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Stage {
    /// The animateurs choose a posture (animateur mode).
    #[default]
    Choose,
    /// Pass the keyboard to the player holding seat `i` of `Play::seats`.
    Handoff(usize),
    /// Seat `i` votes in secret.
    Ballot(usize),
    /// All have voted; the facilitator reveals when the room is ready.
    AllVoted,
    /// The decision is settled: its debate and result are shown.
    Settled,
}

/// The assembly in progress, and what the last decision changed.
#[derive(Resource, Debug, Default)]
pub struct Meeting {
    pub stage: Stage,
    pub paused: bool,
    pub votes: Vec<(u8, u8)>,
    /// Seats held by phones in an open room (`game::room`): they vote from the phone, not at
    /// the keyboard.
    pub phones: Vec<u8>,
    /// A room is open (`game::room` keeps it up to date).
    pub room: bool,
    /// The animateurs asked the room for its posture poll; the room opens it next frame.
    pub ask_poll: bool,
    /// The room's posture poll of the decision due (or just settled), as the room counted it.
    pub poll: Option<PollView>,
    /// The last settled decision's rank, where its journal starts and the weeks before it.
    pub settled: Option<Settled>,
    /// Since when the week summary reads the journal and the week records.
    pub summary: Option<Settled>,
}

/// The room's posture poll as the assembly shows it: how many phones chose each posture
/// (`Posture::ALL` order), never who.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PollView {
    /// Still open (the animateurs have not chosen yet).
    pub open: bool,
    pub counts: Vec<usize>,
    pub answered: usize,
    pub phones: usize,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settled {
    pub d: u16,
    pub journal_from: usize,
    pub weeks_from: usize,
}

/// The game's state: the settings, the summer being played (none on the title screen), where
/// saves go, and a message for the player.
#[derive(Resource)]
pub struct Game {
    pub play: Option<Play>,
    pub save_path: PathBuf,
    pub notice: Option<String>,
    /// Start-up options from the command line.
    pub opts: super::Options,
    /// The report last exported, if any.
    pub exported: Option<PathBuf>,
    /// The player asked to forget this scenario's earlier summers: `game::history` does it after
    /// the actions of the frame are applied.
    pub clear_history: bool,
    /// Where the summer is written after each decision (`un-ete-en-coop.autosave.json` beside the
    /// history, so beside the save), so that a window closed or a machine gone off loses no
    /// decision: `cjs play --load` that file goes on. `None` where no history is kept (tests).
    pub autosave: Option<PathBuf>,
    /// The player asked to leave the summer for the title: the top bar asks to confirm.
    pub leaving: bool,
    /// The file that holds the summer in play as it stands: the save loaded or written (F5), or
    /// the autosave after a decision; none after a start or a rewind, until one of those.
    pub kept: Option<PathBuf>,
}

impl Game {
    /// Where the report of the summer being played goes: beside the save, named after the
    /// scenario, the seed and the time, so that two exports never overwrite each other
    /// (`…-quintin-2013-seed7-2026-12-06-1723.html`, then `…-2.html` within the same minute).
    pub fn report_path(&self, now: std::time::SystemTime) -> PathBuf {
        let Some(play) = &self.play else {
            return self.save_path.with_extension("html");
        };
        let stem = self.save_path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let stem = stem.trim_end_matches(".json").trim_end_matches(".save");
        let base = format!("{stem}-{}-seed{}-{}", play.summer.world.scenario.id, play.summer.save.seed, stamp(now));
        (1..10_000u32)
            .map(|k| {
                let name = if k == 1 { format!("{base}.html") } else { format!("{base}-{k}.html") };
                self.save_path.with_file_name(name)
            })
            .find(|p| !p.exists() && !p.with_extension("journal.json").exists())
            .unwrap_or_else(|| self.save_path.with_file_name(format!("{base}.html")))
    }

    /// What the debrief says of where the report goes: the folder and the form of the name.
    pub fn report_where(&self) -> String {
        let folder = match self.save_path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.display().to_string(),
            _ => ".".into(),
        };
        let name = self.report_path(std::time::UNIX_EPOCH);
        let name = name.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let name = name.replace("1970-01-01-0000", "…");
        format!("{folder}/{name}")
    }
}

/// The date and time (UTC) in a file name: `2026-12-06-1723`.
pub fn stamp(t: std::time::SystemTime) -> String {
    let secs = t.duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let (days, rest) = ((secs / 86_400) as i64, secs % 86_400);
    // Days to a civil date (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}-{:02}{:02}", rest / 3600, rest % 3600 / 60)
}

pub fn plugin(opts: super::Options) -> impl Fn(&mut App) {
    move |app: &mut App| {
        let save_path = opts.load.clone().unwrap_or_else(|| PathBuf::from(super::DEFAULT_SAVE));
        app.insert_resource(Settings {
            lang: opts.lang,
            scale: 1.0,
            high_contrast: false,
            guided: false,
            practice: false,
        })
        .insert_resource(Game {
            play: None,
            save_path,
            notice: None,
            opts: opts.clone(),
            exported: None,
            clear_history: false,
            autosave: opts.history.as_deref().map(super::autosave_beside),
            leaving: false,
            kept: None,
        })
        .init_resource::<Actions>()
        .init_resource::<Meeting>()
        .add_message::<ToRoom>()
        .add_systems(Startup, start_from_options)
        .add_systems(Update, apply_actions.in_set(super::GameSet::Step));
    }
}

/// `cjs play --load SAVE` opens the save; a scenario given on the command line stays the title's
/// choice.
fn start_from_options(
    mut game: ResMut<Game>,
    mut meeting: ResMut<Meeting>,
    settings: Res<Settings>,
    mut next: ResMut<NextState<Screen>>,
) {
    if let Some(path) = game.opts.load.clone() {
        load_into(&mut game, &mut meeting, &path, settings.lang, &mut next);
    }
}

/// The shipped scenarios plus the one named on the command line, if it is a file: first, or in
/// the place of the shipped scenario of the same id (a trainer's edited copy of a shipped
/// scenario is the one played, not the original).
pub fn scenarios(opts: &super::Options) -> Vec<Loaded> {
    let mut all = crate::scenario::shipped::all();
    if let Some(arg) = &opts.scenario
        && let Ok(l) = crate::scenario::resolve(arg)
    {
        match all.iter().position(|x| x.scenario.id == l.scenario.id) {
            Some(i) => all[i] = l,
            None => all.insert(0, l),
        }
    }
    all
}

/// Opens the save at `path`; whether it could.
fn load_into(game: &mut Game, meeting: &mut Meeting, path: &Path, lang: Lang, next: &mut NextState<Screen>) -> bool {
    match load_save(path) {
        Ok(mut summer) => {
            let policy = summer.save.policy.as_deref().and_then(Policy::parse).unwrap_or(Policy::Adaptive);
            // A policy's summer of `cjs run` is the players' once loaded (animateur mode), and
            // an unknown name is saved as the one that plays.
            summer.save.policy = Play::saved_policy(summer.save.mode, policy).map(str::to_string);
            game.play = Some(Play { summer, policy });
            game.kept = Some(path.to_path_buf());
            game.leaving = false;
            game.save_path = path.to_path_buf();
            game.notice = Some(ta(lang, "notice-loaded", &[("path", &path.display().to_string())]));
            *meeting = Meeting::default();
            next.set(after_decision(game));
            true
        }
        Err(diags) => {
            let what: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
            game.notice = Some(ta(lang, "notice-load-failed", &[("why", &what.join(&t(lang, "list-separator")))]));
            false
        }
    }
}

/// Where the game goes when no result is on screen.
fn after_decision(game: &Game) -> Screen {
    match &game.play {
        None => Screen::Title,
        Some(p) if p.summer.season.is_over() => Screen::Debrief,
        Some(_) => Screen::Season,
    }
}

/// The first stage of an assembly in the current mode.
fn first_stage(play: &Play, phones: &[u8]) -> Stage {
    match play.summer.save.mode {
        Mode::Animateur => Stage::Choose,
        Mode::Cooperative => next_seat(play, phones, 0).map_or(Stage::AllVoted, Stage::Handoff),
    }
}

/// The next seat from `i` held by an active cooperant and played at the keyboard (not by a
/// phone of the room).
pub fn next_seat(play: &Play, phones: &[u8], i: usize) -> Option<usize> {
    (i..play.summer.save.seats.len()).find(|&k| {
        !phones.contains(&play.summer.save.seats[k])
            && play.summer.season.members().get(play.summer.save.seats[k] as usize).is_some_and(|m| m.active)
    })
}

/// Settles the decision due with `input`; records what the result screen and the week summary
/// must read.
fn settle(play: &mut Play, meeting: &mut Meeting, input: Input) -> Result<u16, InputError> {
    let Some(d) = play.summer.season.pending().map(|item| item.id) else {
        return Err(InputError::Over);
    };
    let mark =
        Settled { d, journal_from: play.summer.season.journal().len(), weeks_from: play.summer.season.weeks().len() };
    play.summer.decide(input)?;
    meeting.settled = Some(mark);
    if meeting.summary.is_none() {
        meeting.summary = Some(mark);
    }
    meeting.stage = Stage::Settled;
    meeting.votes.clear();
    meeting.paused = false;
    Ok(mark.d)
}

/// Writes the summer being played to `path` (F5's save, or the autosave after a decision);
/// written, that file holds it as it stands (`Game::kept`).
fn write_summer(game: &mut Game, path: &Path) -> std::io::Result<()> {
    let Some(play) = &game.play else { return Ok(()) };
    write_json(path, &play.summer.save)?;
    game.kept = Some(path.to_path_buf());
    Ok(())
}

/// Writes the save of the summer being played; says where, or why not.
fn save_now(game: &mut Game, lang: Lang) {
    if game.play.is_none() {
        return;
    }
    let path = game.save_path.clone();
    game.notice = Some(match write_summer(game, &path) {
        Ok(()) => ta(lang, "notice-saved", &[("path", &path.display().to_string())]),
        Err(e) => ta(lang, "notice-save-failed", &[("why", crate::save::write_error(&e).get(lang))]),
    });
}

/// Exports the report of the summer being played, with its journal beside it.
fn export(game: &mut Game, lang: Lang) {
    let Some(play) = &game.play else { return };
    let jf = play.summer.journal_file();
    let html = crate::report::render::html(&[(&play.summer).into()], lang);
    let path = game.report_path(std::time::SystemTime::now());
    let journal = path.with_extension("journal.json");
    let r = crate::save::write_atomic(&path, html.as_bytes()).and_then(|()| write_json(&journal, &jf));
    game.notice = Some(match r {
        Ok(()) => {
            let n = ta(lang, "notice-exported", &[("path", &path.display().to_string())]);
            game.exported = Some(path);
            n
        }
        Err(e) => ta(lang, "notice-save-failed", &[("why", crate::save::write_error(&e).get(lang))]),
    });
}

/// After a settled decision: the week summary if a week closed or the summer ended, else the
/// next item of the same assembly.
fn continue_after(game: &Game, meeting: &mut Meeting, next: &mut NextState<Screen>) {
    if meeting.stage != Stage::Settled {
        return;
    }
    let Some(play) = &game.play else { return };
    let s = meeting.settled.expect("a settled decision");
    // A new week closed, or the summer ended: the week summary first.
    if play.summer.season.weeks().len() > s.weeks_from || play.summer.season.is_over() {
        next.set(Screen::Summary);
    } else if let Some(item) = play.summer.season.pending() {
        // Another item of the same assembly.
        meeting.stage = first_stage(play, &meeting.phones);
        meeting.settled = None;
        meeting.poll = None;
        meeting.ask_poll = false;
        next.set(if matches!(item.kind, crate::decision::Kind::Event(_)) { Screen::Event } else { Screen::Assembly });
    }
}

/// From the season screen to the decision due (the debrief once the summer is over).
fn go_to_decision(game: &Game, meeting: &mut Meeting, next: &mut NextState<Screen>) {
    let Some(play) = &game.play else { return };
    let Some(item) = play.summer.season.pending() else {
        next.set(Screen::Debrief);
        return;
    };
    meeting.stage = first_stage(play, &meeting.phones);
    meeting.votes.clear();
    meeting.settled = None;
    meeting.summary = None;
    meeting.poll = None;
    meeting.ask_poll = false;
    next.set(if matches!(item.kind, crate::decision::Kind::Event(_)) { Screen::Event } else { Screen::Assembly });
}

/// Settles the decision due with `input` and tells the room; or says why the engine refused it.
fn settle_and_tell(game: &mut Game, meeting: &mut Meeting, input: Input, lang: Lang, room: &mut MessageWriter<ToRoom>) {
    let Some(play) = &mut game.play else { return };
    match settle(play, meeting, input) {
        Ok(d) => {
            room.write(ToRoom::Settled(d));
            // The file that held the summer before this decision no longer does.
            game.kept = None;
            if let Some(path) = game.autosave.clone()
                && let Err(e) = write_summer(game, &path)
            {
                let why = crate::save::write_error(&e);
                game.notice = Some(ta(
                    lang,
                    "notice-autosave-failed",
                    &[("path", &path.display().to_string()), ("why", why.get(lang))],
                ));
            }
        }
        Err(e) => game.notice = Some(e.text().get(lang).to_string()),
    }
}

pub fn apply_actions(
    mut actions: ResMut<Actions>,
    mut game: ResMut<Game>,
    mut meeting: ResMut<Meeting>,
    mut settings: ResMut<Settings>,
    mut next: ResMut<NextState<Screen>>,
    mut room: MessageWriter<ToRoom>,
) {
    let lang = settings.lang;
    let was_paused = meeting.paused;
    for action in std::mem::take(&mut actions.0) {
        match action {
            Action::SetLang(l) => settings.lang = l,
            Action::SetScale(s) => settings.scale = s.clamp(1.0, 2.5),
            Action::ToggleContrast => settings.high_contrast = !settings.high_contrast,
            Action::SetGuided(on) => settings.guided = on,
            Action::SetPractice(on) => settings.practice = on,
            Action::Start { scenario, mode, seed, seats } => {
                let all = scenarios(&game.opts);
                let Some(loaded) = all.get(scenario) else {
                    continue;
                };
                let policy = game.opts.autoplay.unwrap_or(Policy::Adaptive);
                let mut play = Play::new(World::new(loaded), seed, mode, policy, seats);
                play.summer.save.guided = settings.guided;
                play.summer.save.practice = settings.practice;
                game.play = Some(play);
                game.kept = None;
                game.leaving = false;
                *meeting = Meeting::default();
                game.notice = None;
                next.set(Screen::Season);
                room.write(ToRoom::Opened);
            }
            Action::GoToDecision => go_to_decision(&game, &mut meeting, &mut next),
            Action::Decide(input) => {
                if meeting.stage == Stage::Choose && !meeting.paused {
                    settle_and_tell(&mut game, &mut meeting, input, lang, &mut room);
                }
            }
            Action::SeatReady => {
                if let Stage::Handoff(i) = meeting.stage {
                    meeting.stage = Stage::Ballot(i);
                }
            }
            Action::Vote(member, option) => {
                let Some(play) = &game.play else { continue };
                let Stage::Ballot(i) = meeting.stage else {
                    continue;
                };
                if play.summer.save.seats.get(i) != Some(&member) {
                    continue;
                }
                meeting.votes.retain(|v| v.0 != member);
                meeting.votes.push((member, option));
                meeting.stage = next_seat(play, &meeting.phones, i + 1).map_or(Stage::AllVoted, Stage::Handoff);
            }
            Action::Reveal => {
                if meeting.stage != Stage::AllVoted {
                    continue;
                }
                let Some(mut input) = game.play.as_ref().and_then(Play::policy_input) else {
                    continue;
                };
                input.votes = meeting.votes.clone();
                settle_and_tell(&mut game, &mut meeting, input, lang, &mut room);
            }
            Action::TogglePause => meeting.paused = !meeting.paused,
            Action::AskRoom => {
                if meeting.room && meeting.stage == Stage::Choose && meeting.poll.is_none() {
                    meeting.ask_poll = true;
                }
            }
            Action::Continue => continue_after(&game, &mut meeting, &mut next),
            Action::CloseSummary => {
                meeting.summary = None;
                meeting.settled = None;
                meeting.stage = Stage::Choose;
                next.set(after_decision(&game));
            }
            Action::Save => save_now(&mut game, lang),
            Action::Load(path) => {
                if load_into(&mut game, &mut meeting, &path, lang, &mut next) {
                    room.write(ToRoom::Opened);
                }
            }
            Action::Rewind(k) => {
                let Some(play) = &mut game.play else { continue };
                play.rewind(k);
                // The files hold the summer as it went before: kept again at the next decision.
                game.kept = None;
                game.leaving = false;
                *meeting = Meeting::default();
                game.notice = Some(ta(lang, "notice-rewound", &[("n", &(k + 1).to_string())]));
                next.set(Screen::Season);
                room.write(ToRoom::Opened);
            }
            Action::Retry(k) => {
                let Some(play) = &mut game.play else { continue };
                play.rewind(k);
                // The files hold the summer as it went before: kept again at the next decision.
                game.kept = None;
                game.leaving = false;
                *meeting = Meeting::default();
                game.notice = Some(ta(lang, "notice-retry", &[("n", &(k + 1).to_string())]));
                go_to_decision(&game, &mut meeting, &mut next);
                room.write(ToRoom::Opened);
            }
            Action::Export => export(&mut game, lang),
            Action::ClearHistory => game.clear_history = true,
            Action::AskToLeave => game.leaving = game.play.is_some(),
            Action::Stay => game.leaving = false,
            Action::ToTitle => {
                game.leaving = false;
                // The summer's notices (loaded, saved…) are not the title's.
                game.notice = None;
                game.play = None;
                *meeting = Meeting::default();
                next.set(Screen::Title);
            }
        }
    }
    if meeting.paused != was_paused {
        room.write(ToRoom::Paused(meeting.paused));
    }
}

/// The posture a number key stands for: 1 decide … 4 step back.
pub fn posture_key(n: usize) -> Option<Posture> {
    Posture::ALL.get(n.checked_sub(1)?).copied()
}
