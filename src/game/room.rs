//! The room in the game (issue 15): phones on the classroom's Wi-Fi hold cooperant seats and
//! vote; the game window is the projector.
//!
//! Nothing is served until a room is wanted (`cjs play --room`, or the title's box) and a
//! cooperative summer is being played; the room closes when the summer does (back to the
//! title) or with the game. The server (`room::Host`) only carries messages: this module's
//! systems pump it once a frame, in `GameSet::Input`, on the thread that owns the `Season`, each
//! with one job (a new ballot box, the pause, the phones' requests, their seats, their ballots,
//! the poll, the projector's view; the room opened or closed last), and turn what the phones
//! did into the game's own state:
//! - a seat held by a phone is skipped by the hot seat (`Meeting::phones`), and its ballot joins
//!   `Meeting::votes`, so the facilitator's reveal (`Action::Reveal`) settles the decision with
//!   it exactly as with a vote cast at the keyboard; seats without a phone are played as
//!   before (hot seat, or the agents);
//! - a settled decision (or a load, a rewind) opens a new ballot box on the phones: the game
//!   tells the room so (`state::ToRoom`), as it tells it of a pause at the game window;
//! - pause and reveal are the game's own (`Meeting::paused`, `Action::Reveal`), kept in step
//!   with the room's, whether the facilitator uses the game window or the projector page.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use bevy::prelude::*;

use super::i18n::ta;
use super::state::{Action, Actions, Game, Meeting, PollView, Settings, Stage, ToRoom, next_seat};
use crate::room::{Config, Control, Host};
use crate::save::Mode;

/// Where `cjs play --room [--host ADDR] [--port N]` listens: every interface (the phones are on
/// the classroom's Wi-Fi) and any free port unless told; `None` without `--room`.
pub fn addr(room: bool, host: Option<IpAddr>, port: Option<u16>) -> Option<SocketAddr> {
    (room || host.is_some() || port.is_some())
        .then(|| SocketAddr::new(host.unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED)), port.unwrap_or(0)))
}

/// Whether a room is wanted, and where it listens.
#[derive(Resource, Debug, Clone, PartialEq)]
pub struct RoomWanted {
    pub on: bool,
    pub addr: SocketAddr,
}

/// The open room. `Host` is `Send` but not `Sync` (its channel's receiver): it sits in a mutex
/// taken only through `get_mut`, never locked.
#[derive(Resource)]
pub struct Hosted {
    host: Mutex<Host>,
    /// The pause last agreed between the game and the room.
    paused: bool,
    /// The mode of the summer the room was opened for (seats in cooperative mode; none, and
    /// the posture poll, in animateur mode).
    mode: Mode,
    /// What the projector shows.
    pub view: RoomView,
}

impl Hosted {
    pub fn host(&mut self) -> &mut Host {
        self.host.get_mut().unwrap_or_else(PoisonError::into_inner)
    }
}

/// The projector's view of the room, refreshed each frame.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RoomView {
    /// What phones open: `http://ADDRESS:PORT/`.
    pub url: String,
    pub code: String,
    /// The QR code of `url` with the code, row by row (`true`: dark), `qr_width` modules a row.
    pub qr: Vec<bool>,
    pub qr_width: usize,
    pub phones: Vec<PhoneRow>,
    /// (ballots cast, seats held by phones) on the decision due.
    pub tally: (usize, usize),
    /// The posture poll open: (answers, phones).
    pub poll: Option<(usize, usize)>,
    pub locked: bool,
    pub paused: bool,
}

/// A phone as the projector lists it: never its ballot, only whether it voted.
#[derive(Debug, Clone, PartialEq)]
pub struct PhoneRow {
    pub name: String,
    /// The seat it holds: (member, cooperant's name).
    pub seat: Option<(u8, String)>,
    pub connected: bool,
    pub voted: bool,
}

/// What the projector panel asks of the room (lock, unlock, free a seat).
#[derive(Resource, Debug, Default)]
pub struct RoomAsks(pub Vec<Control>);

pub fn plugin(addr: Option<SocketAddr>) -> impl Fn(&mut App) {
    move |app: &mut App| {
        let wanted =
            RoomWanted { on: addr.is_some(), addr: addr.unwrap_or_else(|| self::addr(true, None, None).unwrap()) };
        app.insert_resource(wanted).init_resource::<RoomAsks>().add_systems(
            Update,
            (
                follow_title,
                (new_ballot_box, keep_pause, answer_phones, seat_phones, gather_ballots, poll, refresh_view)
                    .chain()
                    .run_if(in_use),
                open_or_close,
            )
                .chain()
                .in_set(super::GameSet::Input),
        );
    }
}

/// The QR code's modules for `url` with the code (`?code=`, which the phone's page fills in),
/// as the projector page draws it.
fn qr(url: &str, code: &str) -> (Vec<bool>, usize) {
    match qrcode::QrCode::new(format!("{url}?code={code}").as_bytes()) {
        Ok(q) => {
            let w = q.width();
            (q.to_colors().into_iter().map(|c| c == qrcode::Color::Dark).collect(), w)
        }
        Err(_) => (Vec::new(), 0),
    }
}

/// The title's box says whether the next summer opens a room.
fn follow_title(
    mut wanted: ResMut<RoomWanted>,
    form: Option<Res<super::screens::title::TitleForm>>,
    screen: Res<State<super::Screen>>,
) {
    if *screen.get() == super::Screen::Title
        && let Some(f) = form
        && wanted.on != f.room
    {
        wanted.on = f.room;
    }
}

/// Whether the room open serves the summer being played: wanted still, and opened for the
/// mode of this summer. The systems that keep the game and the room in step run only then.
fn in_use(wanted: Res<RoomWanted>, hosted: Option<Res<Hosted>>, game: Res<Game>) -> bool {
    let mode = game.play.as_ref().map(|p| p.summer.save.mode);
    hosted.is_some_and(|h| wanted.on && mode == Some(h.mode))
}

/// Opens the room when a summer wants one, and closes it when the summer is over for the room
/// (back to the title, or a save of the other mode loaded): dropping the host closes the port;
/// a new one opens on the next frame if still wanted. Last of the room's systems, so that a
/// room opened or closed is first served on the next frame.
fn open_or_close(
    mut commands: Commands,
    mut wanted: ResMut<RoomWanted>,
    hosted: Option<Res<Hosted>>,
    mut game: ResMut<Game>,
    mut meeting: ResMut<Meeting>,
    settings: Res<Settings>,
) {
    let mode = game.play.as_ref().map(|p| p.summer.save.mode);
    if let Some(hosted) = hosted {
        if !(wanted.on && mode == Some(hosted.mode)) {
            commands.remove_resource::<Hosted>();
            meeting.room = false;
        }
        return;
    }
    meeting.room = false;
    let Some(play) = game.play.as_ref().filter(|_| wanted.on) else { return };
    let mut cfg = Config::new(wanted.addr.port());
    cfg.host = wanted.addr.ip();
    cfg.seed = play.summer.save.seed;
    cfg.policy = play.policy;
    // Phones hold cooperant seats in cooperative mode only; in animateur mode they all follow
    // and answer the posture poll.
    cfg.seats = play.summer.save.mode == Mode::Cooperative;
    match Host::open(&cfg, &play.summer.world, &play.summer.season) {
        Ok(host) => {
            let o = &host.opened;
            info!("room open at {} (code {}); projector page: {}projector#{}", o.url, o.code, o.url, o.admin);
            let (qr, qr_width) = qr(&o.url, &o.code);
            let view = RoomView { url: o.url.clone(), code: o.code.clone(), qr, qr_width, ..RoomView::default() };
            commands.insert_resource(Hosted {
                host: Mutex::new(host),
                paused: false,
                mode: play.summer.save.mode,
                view,
            });
        }
        Err(e) => {
            // Said once; the title's box opens another try.
            game.notice = Some(ta(settings.lang, "room-failed", &[("why", e.text().get(settings.lang))]));
            wanted.on = false;
        }
    }
}

/// A decision settled, or the summer was opened afresh (`ToRoom`): a new ballot box on the
/// phones, and the posture poll, if any, closed (its spread stays on the result). A room just
/// opened was opened on the summer as it is: what was told before is not for it.
fn new_ballot_box(
    mut hosted: ResMut<Hosted>,
    game: Res<Game>,
    mut meeting: ResMut<Meeting>,
    mut told: MessageReader<ToRoom>,
) {
    let Some(play) = &game.play else { return };
    meeting.room = true;
    let fresh = hosted.is_added();
    let mut settled = None;
    let mut anew = false;
    for m in told.read() {
        match *m {
            ToRoom::Settled(d) if settled.is_none() => settled = Some(d),
            // More than one decision at once: the room starts over on the summer as it is.
            ToRoom::Settled(_) | ToRoom::Opened => anew = true,
            ToRoom::Paused(_) => {}
        }
    }
    if fresh || (settled.is_none() && !anew) {
        return;
    }
    let host = hosted.host();
    host.room.take_votes();
    if host.close_poll().is_some()
        && let Some(p) = &mut meeting.poll
    {
        p.open = false;
    }
    match settled.and_then(|d| play.item(d)) {
        Some(item) if !anew => host.settled(&play.summer.world, &play.summer.season, item),
        _ => host.reset(&play.summer.season),
    }
}

/// The pause, whoever changed it last: the game window (`ToRoom::Paused`) or the projector page;
/// and the projector panel's controls (lock, unlock, free a seat).
fn keep_pause(
    mut hosted: ResMut<Hosted>,
    game: Res<Game>,
    mut meeting: ResMut<Meeting>,
    mut asks: ResMut<RoomAsks>,
    mut told: MessageReader<ToRoom>,
) {
    let Some(play) = &game.play else { return };
    // A room just opened is paused with the assembly, whatever was told before it opened.
    let fresh = hosted.is_added();
    let hosted = &mut *hosted;
    let host = hosted.host.get_mut().unwrap_or_else(PoisonError::into_inner);
    let told_pause = told.read().filter_map(|m| if let ToRoom::Paused(p) = *m { Some(p) } else { None }).last();
    let game_paused = if fresh { meeting.paused.then_some(true) } else { told_pause };
    let room_paused = host.room.paused.is_some();
    if let Some(p) = game_paused.filter(|&p| p != hosted.paused) {
        let c = if p { Control::Pause } else { Control::Resume };
        let _ = host.control(c, &play.summer.season);
        hosted.paused = p;
    } else if room_paused != hosted.paused {
        meeting.paused = room_paused;
        hosted.paused = room_paused;
    }
    for c in asks.0.drain(..) {
        let _ = host.control(c, &play.summer.season);
    }
}

/// The phones' requests waiting, answered in order (a bounded number a frame).
fn answer_phones(mut hosted: ResMut<Hosted>, game: Res<Game>) {
    let Some(play) = &game.play else { return };
    let host = hosted.host();
    for _ in 0..512 {
        match host.pump(&play.summer.world, &play.summer.season, Duration::ZERO) {
            crate::room::Pumped::Answered(_) => {}
            _ => break,
        }
    }
}

/// Seats held by phones: skipped by the hot seat, counted as players' seats in the save.
fn seat_phones(mut hosted: ResMut<Hosted>, mut game: ResMut<Game>, mut meeting: ResMut<Meeting>) {
    let Some(play) = game.play.as_mut() else { return };
    let host = hosted.host();
    let season = &play.summer.season;
    meeting.phones = host
        .room
        .phones()
        .iter()
        .filter_map(|p| p.member)
        .filter(|&m| season.members().get(m as usize).is_some_and(|x| x.active))
        .collect();
    meeting.phones.sort_unstable();
    for &m in &meeting.phones {
        if let Err(at) = play.summer.save.seats.binary_search(&m) {
            play.summer.save.seats.insert(at, m);
        }
    }
    // A phone took the seat whose turn it is at the keyboard: the next seat's turn.
    if let Stage::Handoff(i) | Stage::Ballot(i) = meeting.stage
        && play.summer.save.seats.get(i).is_some_and(|m| meeting.phones.contains(m))
    {
        meeting.stage = next_seat(play, &meeting.phones, i).map_or(Stage::AllVoted, Stage::Handoff);
    }
}

/// The phones' ballots join the keyboard's, for the reveal. The reveal asked from the projector
/// page; or, as `cjs room` does, the decision settles by itself once every seat held by a
/// phone has voted (after the keyboard's seats: the stage says they are done), unless the
/// facilitator paused for a discussion.
fn gather_ballots(
    mut hosted: ResMut<Hosted>,
    game: Res<Game>,
    mut meeting: ResMut<Meeting>,
    mut actions: ResMut<Actions>,
) {
    let Some(play) = &game.play else { return };
    let host = hosted.host();
    let season = &play.summer.season;
    if meeting.stage != Stage::Settled && season.pending().is_some() {
        let mut changed = false;
        for &(m, o) in host.room.votes() {
            if !meeting.votes.iter().any(|v| v.0 == m) {
                meeting.votes.push((m, o));
                changed = true;
            }
        }
        if changed {
            meeting.votes.sort_unstable();
        }
    }
    if meeting.stage == Stage::AllVoted && (host.room.reveal || (!meeting.paused && host.room.all_voted(season))) {
        host.room.reveal = false;
        actions.0.push(Action::Reveal);
    }
}

/// The posture poll (animateur mode): opened when the animateurs ask, counted as it comes.
fn poll(mut hosted: ResMut<Hosted>, game: Res<Game>, mut meeting: ResMut<Meeting>) {
    let Some(play) = game.play.as_ref().filter(|p| p.summer.save.mode == Mode::Animateur) else { return };
    let host = hosted.host();
    if meeting.ask_poll {
        meeting.ask_poll = false;
        if meeting.stage == Stage::Choose && play.summer.season.pending().is_some() && host.room.poll().is_none() {
            let (question, options) = crate::room::posture_poll();
            host.open_poll(question, options);
        }
    }
    if let Some(p) = host.room.poll() {
        meeting.poll =
            Some(PollView { open: true, counts: p.spread(), answered: p.answered(), phones: host.room.live() });
    }
}

/// What the projector shows of the room.
fn refresh_view(mut hosted: ResMut<Hosted>, game: Res<Game>) {
    let Some(play) = &game.play else { return };
    let hosted = &mut *hosted;
    let host = hosted.host.get_mut().unwrap_or_else(PoisonError::into_inner);
    let now = Instant::now();
    let voted = host.room.votes();
    let v = &mut hosted.view;
    v.phones = host
        .room
        .phones()
        .iter()
        .filter(|p| !p.removed)
        .map(|p| PhoneRow {
            name: p.name.clone(),
            seat: p.member.map(|m| (m, crate::words::explain::member(&play.summer.world, m))),
            connected: p.connected(now),
            voted: p.member.is_some_and(|m| voted.iter().any(|x| x.0 == m)),
        })
        .collect();
    v.tally = host.room.tally(&play.summer.season);
    v.poll = host.room.poll().map(|p| (p.answered(), host.room.live()));
    v.locked = host.room.locked;
    v.paused = host.room.paused.is_some();
}
