//! The room's life: open (bind), answer, settle decisions, close.
//!
//! The `Season`, the animateurs' policy and the `Room` live on one thread, the owner's, which
//! takes the server's messages one at a time from a bounded channel (`Host::pump`) and
//! answers each on its own one-shot channel. The server never sees the season: it only
//! carries messages, so the rules of the room (one vote per seat and decision, stale
//! decisions, seats) are applied in one place and in one order.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use unicode_normalization::UnicodeNormalization;

pub use super::limits::Limits;
use super::msg::{Change, Feed, Lost, Msg, Versions, handle};
use super::state::{Control, Refusal, Room, random_code, random_token, valid_code};
use crate::policy::{Policy, Seat};
use crate::save::{Mode, Save, Summer};
use crate::sim::{Season, World};
use crate::text::Text;
use crate::tr;

/// How to open a room.
#[derive(Debug, Clone)]
pub struct Config {
    /// The address to bind: 127.0.0.1 (this machine only), a LAN address, or 0.0.0.0.
    pub host: IpAddr,
    /// 0: any free port (the one taken is in `Opened`).
    pub port: u16,
    /// When `port` is taken by another program, open on any free port instead of failing (a
    /// resumed room tries the port it had, `cjs room --resume`).
    pub port_or_any: bool,
    /// The join code; a random one when `None`.
    pub code: Option<String>,
    pub seed: u64,
    /// Who holds the animateurs' seat.
    pub policy: Policy,
    /// A decision settles after this long even if some seats have not voted; `None`: wait for
    /// every seat held by a phone.
    pub wait: Option<Duration>,
    /// How long the room stays open once the summer is over, so that phones read the end.
    pub linger: Duration,
    /// Phones take cooperant seats (cooperative mode). Without seats, every phone follows the
    /// summer and answers the polls (the game's animateur mode).
    pub seats: bool,
    /// `cjs room --poll`: at each decision every phone is asked which posture it would take
    /// (`posture_poll`); the poll advises, the policy still decides.
    pub poll: bool,
    pub limits: Limits,
    /// Seats kept for the pupils who held them before the room was stopped (`--resume`), as
    /// (member, first name): a phone joining with that name takes that seat; other phones take
    /// the other seats first.
    pub reserved: Vec<(u8, String)>,
    /// Names the phones may open the room by, besides its addresses (`--host-name`, e.g. the
    /// laptop's `salle-b.local`): any other name in `Host` is refused (DNS rebinding).
    pub host_names: Vec<String>,
}

impl Config {
    pub fn new(port: u16) -> Config {
        Config {
            host: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port,
            port_or_any: false,
            code: None,
            seed: 1,
            policy: Policy::Adaptive,
            wait: None,
            linger: Duration::from_secs(2),
            seats: true,
            poll: false,
            limits: Limits::default(),
            reserved: Vec::new(),
            host_names: Vec::new(),
        }
    }
}

/// The room once open: where phones find it.
#[derive(Debug, Clone)]
pub struct Opened {
    pub addr: SocketAddr,
    /// What phones open: `http://HOST:PORT/`.
    pub url: String,
    pub code: String,
    /// The facilitator's secret: the projector page shows the controls when opened as
    /// `URL/projector#TOKEN` (the part after `#` never leaves the browser but in the header).
    pub admin: String,
    /// Bound to every interface (`0.0.0.0`): every non-loopback IPv4 address of the machine
    /// with the port, the one in `url` first (empty when the machine has none).
    pub others: Vec<SocketAddr>,
}

/// The summer the room played, to be journaled like `cjs run`'s.
#[derive(Debug)]
pub struct Outcome {
    /// The summer the room played: its world, its save (seed, the policy, the seats phones
    /// held, the inputs) and its season.
    pub summer: Summer,
    /// The answers to the posture poll, decision by decision (`--poll`), for the journal.
    pub polls: Vec<crate::save::PollCount>,
    /// Why the room stopped before the end of the summer (a signal, the facilitator's "end
    /// now"), if it did: the journal is then that of the summer so far.
    pub stopped: Option<Stopped>,
    /// Who held which seat when the room closed, as (member, first name).
    pub names: Vec<(u8, String)>,
}

/// Why a room stopped before the summer was over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stopped {
    /// SIGTERM, SIGINT or SIGHUP (a closed terminal, Ctrl-C, a shutdown).
    Signal,
    /// The facilitator's "end now".
    Facilitator,
}

static STOP: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

#[cfg(unix)]
extern "C" fn on_signal(_: libc::c_int) {
    // Only an atomic store: what a signal handler may do.
    STOP.store(true, std::sync::atomic::Ordering::SeqCst);
}

/// From now on SIGTERM, SIGINT and SIGHUP (on Unix), or Ctrl-C (elsewhere: Windows), do not
/// kill the process: they ask `serve` to stop at once, so that the journal of the summer so far
/// is written (`cjs room`). Off Unix, closing the console window or shutting the machine down
/// still ends the room without its journal (Windows gives a process no time to write it).
pub fn stop_on_signals() {
    #[cfg(unix)]
    for sig in [libc::SIGTERM, libc::SIGINT, libc::SIGHUP] {
        // SAFETY: the handler only stores to an atomic, which is async-signal-safe.
        unsafe {
            libc::signal(sig, on_signal as *const () as libc::sighandler_t);
        }
    }
    #[cfg(not(unix))]
    {
        // tokio's Ctrl-C listener, on a small thread of its own with a one-thread runtime: the
        // first Ctrl-C asks the room to stop, as a signal does on Unix (the handler stays
        // installed, so a second one does not kill the room while it writes the journal).
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build();
        if let Ok(rt) = rt {
            let _ = std::thread::Builder::new().name("room-ctrl-c".into()).spawn(move || {
                rt.block_on(async {
                    if tokio::signal::ctrl_c().await.is_ok() {
                        STOP.store(true, std::sync::atomic::Ordering::SeqCst);
                    }
                    // Keep listening: later Ctrl-Cs are taken too, not left to end the process.
                    while tokio::signal::ctrl_c().await.is_ok() {}
                });
            });
        }
    }
}

fn stop_requested() -> bool {
    STOP.load(std::sync::atomic::Ordering::SeqCst)
}

#[derive(Debug)]
pub enum RoomError {
    BadCode(String),
    Bind(SocketAddr, std::io::Error),
    Random(String),
    Runtime(std::io::Error),
    /// The engine thread stopped before the summer was over.
    Engine,
}

impl RoomError {
    pub fn text(&self) -> Text {
        match self {
            RoomError::BadCode(c) => tr!("room-invalid-code", c = format!("{}", c)),
            RoomError::Bind(a, e) => {
                tr!("room-cannot-bind", a = format!("{}", a), e = format!("{}", e))
            }
            RoomError::Random(e) => {
                tr!("room-no-randomness", e = format!("{}", e))
            }
            RoomError::Runtime(e) => tr!("room-cannot-start-the-server", e = format!("{}", e)),
            RoomError::Engine => {
                tr!("room-stopped-early")
            }
        }
    }
}

/// The posture poll: "what would you do?", with the four postures (`Posture::ALL`, from the
/// most directive) and what each means, in both languages.
pub fn posture_poll() -> (Text, Vec<(Text, Text)>) {
    use crate::decision::Posture;
    use crate::i18n;
    use crate::words::explain;
    let question = tr!("room-poll-question");
    let options = Posture::ALL
        .iter()
        .map(|&p| (i18n::each(|l| explain::posture(p, l)), i18n::each(|l| explain::posture_help(p, l))))
        .collect();
    (question, options)
}

/// The machine's IPv4 addresses other than loopback, from the system's list of interfaces
/// (a hotspot with no default route has one, and no route to ask for).
pub fn machine_ipv4s() -> Vec<Ipv4Addr> {
    let mut v = Vec::new();
    #[cfg(unix)]
    {
        let mut head: *mut libc::ifaddrs = std::ptr::null_mut();
        // SAFETY: getifaddrs fills a list that we only read, then free once with freeifaddrs.
        unsafe {
            if libc::getifaddrs(&mut head) == 0 {
                let mut cur = head;
                while !cur.is_null() {
                    let a = (*cur).ifa_addr;
                    if !a.is_null() && i32::from((*a).sa_family) == libc::AF_INET {
                        let sin = &*(a as *const libc::sockaddr_in);
                        let ip = Ipv4Addr::from(u32::from_be(sin.sin_addr.s_addr));
                        if !ip.is_loopback() && !ip.is_unspecified() && !v.contains(&ip) {
                            v.push(ip);
                        }
                    }
                    cur = (*cur).ifa_next;
                }
                libc::freeifaddrs(head);
            }
        }
    }
    v
}

/// The address phones should open: the one bound, or, bound to every interface, this
/// machine's address on the local network: the one the default route goes through if there is
/// one (connecting a UDP socket sends no packet), else the first of the machine's addresses,
/// else loopback. Also every address of the machine, that one first.
fn public_ips(bound: SocketAddr) -> (IpAddr, Vec<Ipv4Addr>) {
    if !bound.ip().is_unspecified() {
        return (bound.ip(), Vec::new());
    }
    let mut all = machine_ipv4s();
    let routed = std::net::UdpSocket::bind("0.0.0.0:0")
        .and_then(|s| s.connect("192.0.2.1:9").and_then(|_| s.local_addr()))
        .ok()
        .and_then(|a| match a.ip() {
            IpAddr::V4(ip) if !ip.is_loopback() && !ip.is_unspecified() => Some(ip),
            _ => None,
        });
    if let Some(r) = routed {
        all.retain(|&a| a != r);
        all.insert(0, r);
    }
    let first = all.first().map_or(IpAddr::V4(Ipv4Addr::LOCALHOST), |&a| IpAddr::V4(a));
    (first, all)
}

/// Binds `addr` with a listen queue of 1024: the default (128) overflows when a whole class
/// reconnects at once (measured: 200 phones on a new decision lost SYNs and waited 1 s).
fn listen(addr: SocketAddr) -> std::io::Result<tokio::net::TcpListener> {
    let sock = if addr.is_ipv4() { tokio::net::TcpSocket::new_v4()? } else { tokio::net::TcpSocket::new_v6()? };
    // Reopening a room right after one closed must not wait for the old sockets to expire.
    sock.set_reuseaddr(true)?;
    sock.bind(addr)?;
    sock.listen(1024)
}

/// An open room. The HTTP server runs on its own thread, with its own tokio runtime (two
/// workers); whoever owns the season — the loop of `cjs room`, or the game's systems (the host in
/// a resource, `game/room.rs`) — holds the `Host` and answers the server's messages with `pump`,
/// so the server never touches the season. Dropping the host closes the port.
pub struct Host {
    pub opened: Opened,
    pub room: Room,
    admin: String,
    rx: Option<Receiver<Msg>>,
    versions: Option<Feed>,
    v: Versions,
    server: Option<std::thread::JoinHandle<std::io::Result<()>>>,
    /// Joins whose answer was lost, undone at the next `pump`.
    lost: Lost,
    /// Requests taken from the channel, not answered yet (`next`).
    backlog: std::collections::VecDeque<Msg>,
}

/// Requests looked at together to answer the ones that change the room first.
const BACKLOG: usize = 256;

/// What `Host::pump` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pumped {
    /// Nothing came within the wait.
    Idle,
    /// A request was answered; `true` if it changed the room (a join, a ballot).
    Answered(bool),
    /// The server is gone.
    Closed,
}

impl Host {
    /// Binds the address asked and starts the server; returns once it listens.
    pub fn open(cfg: &Config, w: &World, season: &Season) -> Result<Host, RoomError> {
        let code = match &cfg.code {
            Some(c) => valid_code(c).ok_or_else(|| RoomError::BadCode(c.clone()))?,
            None => random_code().map_err(|e| RoomError::Random(e.to_string()))?,
        };
        let admin = random_token().map_err(|e| RoomError::Random(e.to_string()))?;
        let (tx, rx) = std::sync::mpsc::sync_channel::<Msg>(cfg.limits.queue);
        let v = Versions { current: season.pending().map_or(0, |i| i.id as u64), ..Versions::default() };
        let (vtx, vrx) = Feed::new(v);
        let (otx, orx) = std::sync::mpsc::channel::<Result<Opened, RoomError>>();
        let want = SocketAddr::new(cfg.host, cfg.port);
        let any = SocketAddr::new(cfg.host, 0);
        let or_any = cfg.port_or_any && cfg.port != 0;
        let limits = cfg.limits;
        let server_code = code.clone();
        let server_admin = admin.clone();
        let names = cfg.host_names.clone();
        let server = std::thread::Builder::new()
            .name("room-server".into())
            .spawn(move || -> std::io::Result<()> {
                // Two workers are plenty for a classroom (requests take microseconds).
                let rt = match tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(2)
                    .max_blocking_threads(1)
                    .thread_name("room-http")
                    .enable_io()
                    .enable_time()
                    .build()
                {
                    Ok(rt) => rt,
                    Err(e) => {
                        let _ = otx.send(Err(RoomError::Runtime(e)));
                        return Ok(());
                    }
                };
                let bound = rt.block_on(async {
                    match listen(want) {
                        Err(e) if or_any && e.kind() == std::io::ErrorKind::AddrInUse => listen(any),
                        other => other,
                    }
                });
                let listener = match bound {
                    Ok(l) => l,
                    Err(e) => {
                        let _ = otx.send(Err(RoomError::Bind(want, e)));
                        return Ok(());
                    }
                };
                let addr = listener.local_addr()?;
                let (ip, all) = public_ips(addr);
                let url = format!("http://{}/", SocketAddr::new(ip, addr.port()));
                let others = all.into_iter().map(|a| SocketAddr::new(IpAddr::V4(a), addr.port())).collect();
                let shared = super::server::Shared::new(tx, vrx, limits, &url, &server_code, &server_admin, &names);
                let _ = otx.send(Ok(Opened { addr, url, code: server_code, admin: server_admin, others }));
                let served = rt.block_on(super::server::run(listener, shared));
                // Connections still open a second after the end are closed with the runtime.
                rt.shutdown_timeout(Duration::from_secs(1));
                served
            })
            .map_err(RoomError::Runtime)?;
        let opened = match orx.recv() {
            Ok(Ok(o)) => o,
            Ok(Err(e)) => {
                let _ = server.join();
                return Err(e);
            }
            Err(_) => {
                let _ = server.join();
                return Err(RoomError::Engine);
            }
        };
        let mut room = Room::new(code, if cfg.seats { w.members.len() } else { 0 }, cfg.limits.max_phones);
        room.per_address_phones = cfg.limits.per_address_phones.max(1);
        room.cooperants = w.scenario.cooperants.iter().map(|c| c.name.nfc().collect()).collect();
        // One name a seat, on a seat of this scenario (a journal edited by hand may say more).
        for (m, n) in &cfg.reserved {
            if usize::from(*m) < w.members.len() && !room.reserved.iter().any(|(r, _)| r == m) {
                room.reserved.push((*m, n.clone()));
            }
        }
        if opens_paused(cfg) {
            room.paused = Some(None);
        }
        Ok(Host {
            opened,
            room,
            admin,
            rx: Some(rx),
            versions: Some(vtx),
            v,
            server: Some(server),
            lost: Lost::default(),
            backlog: Default::default(),
        })
    }

    /// Answers at most one request, waiting for it at most `wait` (zero: only if one is
    /// already there). One at a time, so that the owner can settle a decision as soon as a
    /// ballot completes it, before the next request is read.
    pub fn pump(&mut self, w: &World, season: &Season, wait: Duration) -> Pumped {
        if self.rx.is_none() {
            return Pumped::Closed;
        }
        // Ghost phones (their join's answer was lost) give their place and seat back: at once
        // when the server knows the answer was not delivered, else after `GHOST_AFTER`.
        let swept = self.room.sweep(Instant::now());
        if self.undo_lost() || swept {
            self.v.room += 1;
            self.publish();
        }
        let msg = match self.next(wait) {
            Ok(m) => m,
            Err(RecvTimeoutError::Timeout) => return Pumped::Idle,
            Err(RecvTimeoutError::Disconnected) => return Pumped::Closed,
        };
        let mut change = handle(msg, w, season, &mut self.room, &self.admin, &self.lost);
        if self.undo_lost() && change == Change::None {
            change = Change::Room;
        }
        match change {
            Change::None => {}
            Change::Room => self.v.room += 1,
            // Every phone re-reads its state (paused, resumed): the same push as a new decision.
            Change::All => self.v.decision += 1,
        }
        if change != Change::None {
            self.publish();
        }
        Pumped::Answered(change != Change::None)
    }

    /// The next request: a ballot, a join, a poll answer or a control before the reads queued
    /// ahead of it. When a decision opens, a whole class re-reads its state at once; a ballot
    /// cast meanwhile is answered first rather than after them all (the requests waiting here
    /// are all unanswered, so none was seen to come before another).
    fn next(&mut self, wait: Duration) -> Result<Msg, RecvTimeoutError> {
        let Some(rx) = &self.rx else { return Err(RecvTimeoutError::Disconnected) };
        while self.backlog.len() < BACKLOG {
            match rx.try_recv() {
                Ok(m) => self.backlog.push_back(m),
                Err(_) => break,
            }
        }
        if let Some(i) = self.backlog.iter().position(Msg::changes) {
            return self.backlog.remove(i).ok_or(RecvTimeoutError::Timeout);
        }
        match self.backlog.pop_front() {
            Some(m) => Ok(m),
            None => rx.recv_timeout(wait),
        }
    }

    /// Undoes the joins whose answer was lost; true if any phone left.
    fn undo_lost(&mut self) -> bool {
        let lost = std::mem::take(&mut *self.lost.lock().unwrap_or_else(std::sync::PoisonError::into_inner));
        let mut any = false;
        for t in &lost {
            // Every one, not only until the first.
            any |= self.room.unjoin(t);
        }
        any
    }

    /// Tells the room that `item` was just settled: its result for the phones, a new ballot
    /// box, and a push to every phone.
    pub fn settled(&mut self, w: &World, season: &Season, item: &crate::decision::Item) {
        self.room.previous = Room::result_of(season, w, item);
        self.v.decision += 1;
        self.v.current = season.pending().map_or(season.decisions() as u64, |i| i.id as u64);
        self.v.over = season.is_over();
        self.publish();
    }

    /// The summer was replayed (a load, a rewind, a new summer in the game): a new ballot box,
    /// no previous result, and a push to every phone.
    pub fn reset(&mut self, season: &Season) {
        self.room.take_votes();
        self.room.previous = None;
        self.v.decision += 1;
        self.v.current = season.pending().map_or(season.decisions() as u64, |i| i.id as u64);
        self.v.over = season.is_over();
        self.publish();
    }

    /// A facilitator's control from the owner's side (the game's projector), pushed to the
    /// phones like one from the projector page.
    pub fn control(&mut self, c: Control, season: &Season) -> Result<(), Refusal> {
        self.room.control(c, season, Instant::now())?;
        match c {
            Control::Pause | Control::Resume | Control::Free(_) | Control::Remove(_) => self.v.decision += 1,
            _ => self.v.room += 1,
        }
        self.publish();
        Ok(())
    }

    /// Opens a poll on every phone ("what would you do?"): it advises, the owner decides.
    /// Every phone re-reads its state. Its id.
    pub fn open_poll(&mut self, question: Text, options: Vec<(Text, Text)>) -> u64 {
        let id = self.room.open_poll(question, options);
        self.v.decision += 1;
        self.publish();
        id
    }

    /// Closes the poll open, if any; every phone re-reads its state.
    pub fn close_poll(&mut self) -> Option<super::state::Poll> {
        let p = self.room.close_poll()?;
        self.v.decision += 1;
        self.publish();
        Some(p)
    }

    fn publish(&self) {
        if let Some(feed) = &self.versions {
            feed.publish(self.v);
        }
    }

    /// Closes the port: the push streams end, requests still waiting are refused (503), and
    /// the server thread is joined.
    pub fn close(mut self) -> Result<(), RoomError> {
        self.shutdown()
    }

    fn shutdown(&mut self) -> Result<(), RoomError> {
        self.versions = None;
        // Requests not answered yet get "closed" instead of keeping the server waiting.
        self.rx = None;
        self.backlog.clear();
        match self.server.take().map(|t| t.join()) {
            Some(Ok(Err(e))) => Err(RoomError::Runtime(e)),
            Some(Err(_)) => Err(RoomError::Engine),
            _ => Ok(()),
        }
    }
}

impl Drop for Host {
    fn drop(&mut self) {
        let _ = self.shutdown();
    }
}

/// The summer a new room plays: its season, and a save in cooperative mode naming the policy
/// (the seats phones held are written into it once the room closes).
pub fn new_summer(w: World, seed: u64, policy: Policy) -> Summer {
    let save = Save::new(&w, seed, Mode::Cooperative, Some(policy.name()), Vec::new(), Vec::new());
    let season = Season::new(&w, seed);
    Summer { world: w, save, season }
}

/// `cjs room`: opens the room, calls `on_open` once it listens, plays `summer` with the phones'
/// ballots, and closes the port once the summer is over and the linger has passed. Blocks the
/// calling thread, which owns the season. A signal (after `stop_on_signals`) or the
/// facilitator's "end now" stops it at once, with the summer so far (`Outcome::stopped`). The
/// summer is a new one (`new_summer`) or one already under way (`cjs room --resume`: the
/// journal's, replayed with the generator of its version, which it goes on drawing from and is
/// saved as of): the room opens at the decision it had reached. After each decision settled,
/// `kept` is told the summer so far, as the room would stop with it now: `cjs room` writes it
/// to disk, so that a room that dies without a signal (killed, out of battery while the lid is
/// closed) loses nothing settled.
pub fn serve(
    mut summer: Summer,
    cfg: Config,
    on_open: impl FnOnce(&Opened),
    mut kept: impl FnMut(&Outcome),
) -> Result<Outcome, RoomError> {
    // The policy's seat as an uninterrupted room would hold it now.
    let mut seat = Seat::after(cfg.policy, &summer.season);
    let mut host = Host::open(&cfg, &summer.world, &summer.season)?;
    on_open(&host.opened);
    new_wait(&mut host, &cfg);
    // The posture poll of the decision due, when asked for: it advises, the policy decides. It
    // is closed once that decision is settled, and its answers kept for the journal.
    let mut polls = Vec::new();
    let ask = |host: &mut Host, season: &Season, polls: &mut Vec<crate::save::PollCount>| {
        if let Some(p) = host.close_poll()
            && let Some(d) = season.settled().len().checked_sub(1)
        {
            let mut answers = [0u32; 4];
            for (a, n) in answers.iter_mut().zip(p.spread()) {
                *a = u32::try_from(n).unwrap_or(u32::MAX);
            }
            polls.push(crate::save::PollCount { d: u16::try_from(d).unwrap_or(u16::MAX), answers });
        }
        if cfg.poll && !season.is_over() {
            let (question, options) = posture_poll();
            host.open_poll(question, options);
        }
    };
    ask(&mut host, &summer.season, &mut polls);
    let mut closing_at: Option<Instant> = None;
    let mut stopped = None;
    loop {
        let now = Instant::now();
        if stop_requested() {
            stopped = Some(Stopped::Signal);
        } else if host.room.end && !summer.season.is_over() {
            stopped = Some(Stopped::Facilitator);
        }
        if stopped.is_some() {
            break;
        }
        if summer.season.is_over() {
            let end = *closing_at.get_or_insert(now + cfg.linger);
            if now >= end {
                break;
            }
        } else if host.room.due(&summer.season, now) {
            settle(&mut summer, &mut seat, &mut host);
            ask(&mut host, &summer.season, &mut polls);
            if !summer.season.is_over() {
                let mut so_far = summer.clone();
                so_far.save.seats = held_seats(&host, &summer);
                let names = seat_names(&host);
                kept(&Outcome { summer: so_far, polls: polls.clone(), stopped: Some(Stopped::Signal), names });
            }
            new_wait(&mut host, &cfg);
            continue;
        }
        let until = [host.room.deadline.filter(|_| !summer.season.is_over()), closing_at].into_iter().flatten().min();
        // A signal is seen within a quarter of a second; ghosts are swept at least every second.
        let timeout = until
            .map_or(Duration::from_millis(250), |t| t.saturating_duration_since(now))
            .min(Duration::from_millis(250));
        if host.pump(&summer.world, &summer.season, timeout) == Pumped::Closed {
            break;
        }
    }
    summer.save.seats = held_seats(&host, &summer);
    let names = seat_names(&host);
    host.close()?;
    if !summer.season.is_over() && stopped.is_none() {
        return Err(RoomError::Engine);
    }
    Ok(Outcome { summer, polls, stopped, names })
}

/// The seats phones held: before a `--resume` (the journal's) and in this room.
fn held_seats(host: &Host, summer: &Summer) -> Vec<u8> {
    let mut held = host.room.held();
    held.extend(&summer.save.seats);
    held.sort_unstable();
    held.dedup();
    held
}

/// Whether a room opens paused: resumed from a journal that names its pupils, so that the
/// decision due waits for the class to take its seats back, rather than settling on the first
/// ballot back, until the facilitator resumes it (the projector's « Resume »).
pub fn opens_paused(cfg: &Config) -> bool {
    !cfg.reserved.is_empty()
}

/// The wait of the decision due (`Config::wait`): running, or kept whole for when the
/// facilitator resumes a paused room.
fn new_wait(host: &mut Host, cfg: &Config) {
    match &mut host.room.paused {
        Some(left) => *left = cfg.wait,
        None => host.room.deadline = cfg.wait.map(|d| Instant::now() + d),
    }
}

/// Who holds which seat, for the journal: the phones of this room, and on the seats none of
/// them holds, the pupils of the resumed journal (`--resume`) who have not come back yet, so
/// that a room stopped again still gives each pupil's seat back by name.
fn seat_names(host: &Host) -> Vec<(u8, String)> {
    let mut names = host.room.seat_names();
    for (m, n) in &host.room.reserved {
        if !names.iter().any(|(h, _)| h == m) {
            names.push((*m, n.clone()));
        }
    }
    names.sort_by_key(|(m, _)| *m);
    names
}

/// Settles the decision due: the policy's posture, the phones' ballots as `Input.votes`.
fn settle(summer: &mut Summer, seat: &mut Seat, host: &mut Host) {
    let Some(item) = summer.season.pending().cloned() else { return };
    let Some(mut input) = seat.choose(&summer.season, &summer.world) else { return };
    input.votes = host.room.take_votes();
    if summer.decide(input.clone()).is_err() {
        // Ballots are checked as they come in, so this does not happen; were it to, the
        // decision is still taken, by the agents, rather than leave the room stuck.
        input.votes.clear();
        if summer.decide(input).is_err() {
            return;
        }
    }
    host.settled(&summer.world, &summer.season, &item);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bound_to_every_interface_the_room_announces_the_machine_s_own_addresses() {
        let all = machine_ipv4s();
        assert!(all.iter().all(|a| !a.is_loopback() && !a.is_unspecified()));
        let (ip, listed) = public_ips("0.0.0.0:8080".parse().unwrap());
        match ip {
            // No network address (a machine with only loopback): said on standard error.
            IpAddr::V4(a) if a.is_loopback() => assert!(listed.is_empty() && all.is_empty()),
            // Else one of the machine's, first in the list, and the list is the machine's.
            IpAddr::V4(a) => {
                assert_eq!(listed.first(), Some(&a));
                let (mut x, mut y) = (listed.clone(), all.clone());
                x.sort();
                y.sort();
                if !all.contains(&a) {
                    // The routed address is not in the interfaces' list (a tunnel): kept first.
                    y.push(a);
                    y.sort();
                }
                assert_eq!(x, y);
            }
            IpAddr::V6(_) => panic!("an IPv4 address is announced"),
        }
        // Bound to one address: that one, and no list.
        let (ip, listed) = public_ips("127.0.0.1:8080".parse().unwrap());
        assert_eq!((ip, listed.len()), (IpAddr::V4(Ipv4Addr::LOCALHOST), 0));
    }
}
