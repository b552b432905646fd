//! `cjs room SCENARIO --port N [--host ADDR] [--host-name NAME]... [--code CODE] [--seed S] [--policy P] [--wait SECONDS]
//! [--rate N] [--poll] [--journal OUT]`, or `cjs room --resume JOURNAL [--port N] ...`: a room
//! without the game, in cooperative mode. A policy holds the animateurs' seat, phones hold
//! cooperant seats. The first line of standard output is `URL CODE`; the command exits 0 once
//! the summer is over (after writing the journal), or once stopped by a signal or by the
//! facilitator (after writing the journal of the summer so far, marked unfinished).

use std::io::Write;
use std::net::IpAddr;
use std::path::Path;
use std::time::Duration;

use clap::ArgMatches;

use super::{Exit, print, readable};
use crate::policy::Policy;
use crate::room::{Config, Limits, Opened, valid_code, valid_host_name};
use crate::save::{Journal, Mode, PollCount, RoomPlace, Summer, write_error, write_json};
use crate::scenario::resolve;
use crate::sim::World;
use crate::text::Lang;
use crate::tr;

/// What the room plays: a new summer of a scenario, or the rest of an unfinished one.
struct Start {
    /// A resumed journal's summer (replayed with its own generator), or a new one.
    summer: Summer,
    policy: Policy,
    /// Who held the seats before the room was stopped (a resumed journal's), to give them back by name.
    names: Vec<(u8, String)>,
    /// The posture poll's answers before the room was stopped, kept in the journal it writes.
    polls: Vec<PollCount>,
    /// Where and how the stopped room was open (checked), to open it again there.
    place: Option<RoomPlace>,
}

/// Reads the journal given to `--resume`: a cooperative summer, not over.
fn resume_from(path: &str, lang: Lang) -> Result<Start, Exit> {
    let journal = crate::save::load_journal(Path::new(path)).map_err(|d| super::diags(d, lang))?;
    let summer = journal.summer;
    if summer.save.mode != Mode::Cooperative || summer.season.is_over() {
        return Err(Exit::Input(vec![tr!("cli-resume-not-unfinished", path = path.to_string()).get(lang).to_string()]));
    }
    let policy = summer.save.policy.as_deref().and_then(Policy::parse).unwrap_or(Policy::Adaptive);
    let place = match journal.room {
        Some(p) => Some(checked_place(p).map_err(|(field, value)| {
            Exit::Input(vec![
                tr!("cli-resume-bad-room", path = path.to_string(), field = field.to_string(), value = value)
                    .get(lang)
                    .to_string(),
            ])
        })?),
        None => None,
    };
    Ok(Start { summer, policy, names: journal.names, polls: journal.polls, place })
}

/// A journal's `room` checked as the command line's options are (a journal is a file anyone can
/// edit): the place with its code and host names written the room's way, or the first field
/// that is wrong and its value.
fn checked_place(p: RoomPlace) -> Result<RoomPlace, (&'static str, String)> {
    // A value quoted as a diagnostic quotes it (a word of a hostile file may be a megabyte long).
    let quoted = crate::text::shorten;
    let code = valid_code(&p.code).ok_or_else(|| ("code", quoted(&p.code)))?;
    let mut host_names = Vec::with_capacity(p.host_names.len());
    for n in &p.host_names {
        host_names.push(valid_host_name(n).ok_or_else(|| ("host_names", quoted(n)))?);
    }
    if let Some(w) = p.wait.filter(|w| !super::args::WAIT_SECONDS.contains(w)) {
        return Err(("wait", w.to_string()));
    }
    if !super::args::RATE.contains(&i64::from(p.rate)) {
        return Err(("rate", p.rate.to_string()));
    }
    Ok(RoomPlace { code, host_names, ..p })
}

/// The lock a room holds on its journal while it writes it: the operating system's lock on a
/// file beside it, `.NAME.cjs-lock` (released when the process ends, even killed; the file is
/// removed when the room closes).
struct JournalLock {
    path: std::path::PathBuf,
    _file: std::fs::File,
}

impl JournalLock {
    /// The lock on `journal`'s, `Err` when another process holds it; `None` where the folder or
    /// its file system takes no lock (the room then goes on as without one).
    fn take(journal: &Path) -> Result<Option<JournalLock>, ()> {
        let Some(name) = journal.file_name() else { return Ok(None) };
        let path = journal.with_file_name(format!(".{}.cjs-lock", name.to_string_lossy()));
        let Ok(file) = std::fs::OpenOptions::new().create(true).truncate(false).write(true).open(&path) else {
            return Ok(None);
        };
        match file.try_lock() {
            Ok(()) => Ok(Some(JournalLock { path, _file: file })),
            Err(std::fs::TryLockError::WouldBlock) => Err(()),
            Err(std::fs::TryLockError::Error(_)) => Ok(None),
        }
    }
}

impl Drop for JournalLock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Where the journal of a stopped room goes when no `--journal` was given: a new file in the
/// current folder, else in the temporary folder.
fn fallback_journal() -> std::path::PathBuf {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let name = format!("cjs-room-{secs}-{}.json", std::process::id());
    let here = std::path::PathBuf::from(&name);
    if crate::save::check_writable(&here).is_ok() { here } else { std::env::temp_dir().join(name) }
}

/// What the room plays: the rest of the journal given to `--resume`, or a new summer of the
/// scenario given.
fn start_of(m: &ArgMatches, resume: Option<&str>, lang: Lang) -> Result<Start, Exit> {
    if let Some(path) = resume {
        return resume_from(path, lang);
    }
    let arg = m.get_one::<String>("scenario").cloned().unwrap_or_default();
    let loaded = resolve(&arg).map_err(|d| Exit::Input(super::rendered(&d, lang)))?;
    let seed = m.get_one::<u64>("seed").copied().unwrap_or(1);
    let policy = m.get_one::<String>("policy").and_then(|p| Policy::parse(p)).unwrap_or(Policy::Adaptive);
    Ok(Start {
        summer: crate::room::new_summer(World::new(&loaded), seed, policy),
        policy,
        names: Vec::new(),
        polls: Vec::new(),
        place: None,
    })
}

/// The room's settings, and its `--rate`. A resumed room opens again where it was (the journal's
/// address, port and code, its settings), so that the phones find it where they left it; an
/// option given says otherwise.
fn config_of(m: &ArgMatches, start: &Start, code: Option<String>, host_names: Vec<String>) -> (Config, u32) {
    let given = |id: &str| m.value_source(id) == Some(clap::parser::ValueSource::CommandLine);
    let was = start.place.as_ref();
    let rate = if given("rate") { None } else { was.map(|p| p.rate) }
        .unwrap_or_else(|| m.get_one::<u32>("rate").copied().unwrap_or(10));
    let port = m.get_one::<u16>("port").copied();
    let cfg = Config {
        host: if given("host") { None } else { was.map(|p| p.host) }
            .unwrap_or_else(|| m.get_one::<IpAddr>("host").copied().unwrap_or(IpAddr::from([127, 0, 0, 1]))),
        port: port.or(was.map(|p| p.port)).unwrap_or(0),
        // The port it had may have been taken since: then any free port (`cli-room-port-taken`).
        port_or_any: port.is_none(),
        code: code.or(was.map(|p| p.code.clone())),
        seed: start.summer.save.seed,
        policy: start.policy,
        wait: m.get_one::<u64>("wait").copied().or(was.and_then(|p| p.wait)).map(Duration::from_secs),
        linger: Duration::from_secs(2),
        seats: true,
        poll: m.get_flag("poll") || was.is_some_and(|p| p.poll),
        limits: Limits::for_rate(rate),
        reserved: start.names.clone(),
        host_names: if host_names.is_empty() {
            was.map(|p| p.host_names.clone()).unwrap_or_default()
        } else {
            host_names
        },
    };
    (cfg, rate)
}

/// Runs `cjs room`.
pub fn run(m: &ArgMatches, lang: Lang) -> Exit {
    let code = m.get_one::<String>("code").cloned();
    if let Some(c) = &code
        && valid_code(c).is_none()
    {
        return Exit::Input(vec![tr!("cli-code-invalid", c = format!("{}", c)).get(lang).to_string()]);
    }
    let mut host_names = Vec::new();
    for n in m.get_many::<String>("host-name").into_iter().flatten() {
        match valid_host_name(n) {
            Some(n) => host_names.push(n),
            None => return Exit::Input(vec![tr!("cli-host-name-expects", name = n.clone()).get(lang).to_string()]),
        }
    }
    let resume = m.get_one::<String>("resume").cloned();
    let start = match start_of(m, resume.as_deref(), lang) {
        Ok(s) => s,
        Err(e) => return e,
    };
    // A resumed room writes its journal over the one it resumed, unless told otherwise.
    let journal = m.get_one::<String>("journal").cloned().or(resume.clone());
    // A journal that cannot be written is found out now, not after a whole class has played:
    // the file is proven writable (its folder takes a new file) before the room opens.
    if let Some(out) = &journal
        && let Err(e) = crate::save::check_writable(Path::new(out))
    {
        return Exit::Input(vec![format!("--journal {out}: {}", write_error(&e).get(lang))]);
    }
    // One room writes a journal at a time (two resumes of one journal at once: the last to stop
    // would undo the other's decisions without a word).
    let _lock = match journal.as_deref().map(|j| JournalLock::take(Path::new(j))) {
        Some(Err(())) => {
            // Named as the user gave it: `--journal`, or the journal resumed.
            let opt = if m.contains_id("journal") { "--journal" } else { "--resume" };
            let path = journal.clone().unwrap_or_default();
            let said = tr!("cli-room-journal-in-use", opt = opt.to_string(), path = path);
            return Exit::Input(vec![said.get(lang).to_string()]);
        }
        Some(Ok(lock)) => lock,
        None => None,
    };
    let (cfg, rate) = config_of(m, &start, code, host_names);
    // What the journal of a stopped room says of it, once open.
    let place = std::cell::OnceCell::new();
    let settings = |o: &Opened| RoomPlace {
        host: cfg.host,
        port: o.addr.port(),
        code: o.code.clone(),
        host_names: cfg.host_names.clone(),
        wait: cfg.wait.map(|w| w.as_secs()),
        rate,
        poll: cfg.poll,
    };
    let bound = cfg.host;
    let paused = crate::room::engine::opens_paused(&cfg);
    // Where a resumed room was open, when it should open there again.
    let moved_from = start.place.as_ref().filter(|p| cfg.port_or_any && p.port != 0).map(|p| p.port);
    let announce = |o: &Opened| {
        let _ = place.set(settings(o));
        let mut out = std::io::stdout().lock();
        // The first line is for programs: the address, then the code.
        let _ = writeln!(out, "{} {}", o.url, o.code);
        let _ = writeln!(
            out,
            "{}",
            tr!(
                "cli-room-how-to-join",
                url = format!("{}", o.url),
                code = format!("{}", o.code),
                url2 = format!("{}", o.url),
                admin = format!("{}", o.admin)
            )
            .get(lang)
        );
        if paused {
            let _ = writeln!(out, "{}", tr!("cli-room-resumed-paused").get(lang));
        }
        let _ = out.flush();
        // Warnings on standard error: the output keeps its contract.
        let mut err = std::io::stderr().lock();
        if let Some(old) = moved_from.filter(|&p| p != o.addr.port()) {
            let said = tr!("cli-room-port-taken", port = old.to_string(), url = format!("{}", o.url));
            let _ = writeln!(err, "{}", said.get(lang));
        }
        if bound.is_unspecified() {
            if o.others.is_empty() {
                let _ = writeln!(err, "{}", tr!("cli-room-no-network-address").get(lang));
            } else {
                let all: Vec<String> = o.others.iter().map(|a| format!("http://{a}/")).collect();
                let _ = writeln!(err, "{}", tr!("cli-room-all-interfaces", all = all.join(" ")).get(lang));
            }
        }
    };
    crate::room::stop_on_signals();
    // After each decision, the summer so far is written where its journal goes (the file asked
    // for, else the file a stopped room writes): a room that dies without a signal (killed, a
    // battery run down with the lid closed) leaves an unfinished journal to `--resume`.
    let kept_at = journal.as_ref().map_or_else(fallback_journal, std::path::PathBuf::from);
    let mut told_kept = false;
    let keep = |o: &crate::room::Outcome| {
        let told = Journal {
            summer: o.summer.clone(),
            polls: [start.polls.as_slice(), &o.polls].concat(),
            unfinished: true,
            names: o.names.clone(),
            room: place.get().cloned(),
        };
        let written = write_json(&kept_at, &told.file());
        if !told_kept {
            told_kept = true;
            let said = match &written {
                Ok(()) => tr!("cli-room-journal-kept", out = kept_at.display().to_string()),
                Err(e) => tr!(
                    "cli-room-journal-not-kept",
                    out = kept_at.display().to_string(),
                    why = write_error(e).get(lang).to_string()
                ),
            };
            let _ = writeln!(std::io::stderr().lock(), "{}", crate::text::for_terminal(said.get(lang), false));
        }
    };
    let start_place = start.place.clone();
    let mut outcome = match crate::room::serve(start.summer, cfg.clone(), announce, keep) {
        Ok(o) => o,
        Err(e) => return not_opened(&e, start_place.as_ref(), resume.as_deref(), lang),
    };
    // The poll's answers before the stop come first.
    outcome.polls = [start.polls, outcome.polls].concat();
    let ended = outcome.stopped.is_none();
    let out = journal_and_say(outcome, place.into_inner(), journal.as_deref(), &kept_at, lang);
    // A summer played to its end with no journal asked for: the file kept on the way is not
    // wanted.
    if ended && journal.is_none() {
        let _ = std::fs::remove_file(&kept_at);
    }
    out
}

/// The room could not open: why, and, when the address a resumed room had is no longer this
/// machine's (a laptop given another address by the Wi-Fi since), where it came from and how to
/// open the room elsewhere.
fn not_opened(e: &crate::room::RoomError, was: Option<&RoomPlace>, resume: Option<&str>, lang: Lang) -> Exit {
    let mut said = e.text().get(lang).to_string();
    if let (crate::room::RoomError::Bind(a, why), Some(was), Some(path)) = (e, was, resume)
        && why.kind() == std::io::ErrorKind::AddrNotAvailable
        && a.ip() == was.host
    {
        said = format!("{said} {}", tr!("cli-room-journal-host-gone", path = path.to_string()).get(lang));
    }
    Exit::Fail(said)
}

/// Once the room closed: the journal written (where asked, or in `fallback` when the room
/// stopped early), then what the summer came to, or where its journal is.
fn journal_and_say(
    outcome: crate::room::Outcome,
    place: Option<RoomPlace>,
    journal: Option<&str>,
    fallback: &std::path::Path,
    lang: Lang,
) -> Exit {
    let summer = outcome.summer;
    let unfinished = outcome.stopped.is_some();
    // Only an unfinished summer's journal names who held the seats (to give them back) and where
    // the room was open.
    let names = if unfinished { outcome.names } else { Vec::new() };
    let room = place.filter(|_| unfinished);
    let told = Journal { summer, polls: outcome.polls, unfinished, names, room };
    let out = match (journal, outcome.stopped) {
        (Some(j), _) => Some(std::path::PathBuf::from(j)),
        (None, Some(_)) => Some(fallback.to_path_buf()),
        (None, None) => None,
    };
    if let Some(out) = &out
        && let Err(e) = write_json(out, &told.file())
    {
        return Exit::Fail(format!("{}: {}", out.display(), write_error(&e).get(lang)));
    }
    let summer = &told.summer;
    if let (Some(out), true) = (&out, unfinished) {
        let mut err = std::io::stderr().lock();
        let said =
            tr!("cli-room-stopped-journal-written", out = out.display().to_string(), d = summer.season.decisions());
        let _ = writeln!(err, "{}", crate::text::for_terminal(said.get(lang), false));
        return Exit::Ok;
    }
    // The scenario's title comes from its file: printed as `cjs run` prints it.
    print(&readable(&summer.summary(), &summer.world, lang))
}
