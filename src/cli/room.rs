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
use crate::save::{Journal, Mode, Summer, write_error, write_json};
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
}

/// Reads the journal given to `--resume`: a cooperative summer, not over.
fn resume_from(path: &str, lang: Lang) -> Result<Start, Exit> {
    let journal = crate::save::load_journal(Path::new(path)).map_err(|d| super::diags(d, lang))?;
    let summer = journal.summer;
    if summer.save.mode != Mode::Cooperative || summer.season.is_over() {
        return Err(Exit::Input(vec![tr!("cli-resume-not-unfinished", path = path.to_string()).get(lang).to_string()]));
    }
    let policy = summer.save.policy.as_deref().and_then(Policy::parse).unwrap_or(Policy::Adaptive);
    Ok(Start { summer, policy, names: journal.names })
}

/// Where the journal of a stopped room goes when no `--journal` was given: a new file in the
/// current folder, else in the temporary folder.
fn fallback_journal() -> std::path::PathBuf {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let name = format!("cjs-room-{secs}-{}.json", std::process::id());
    let here = std::path::PathBuf::from(&name);
    if crate::save::check_writable(&here).is_ok() { here } else { std::env::temp_dir().join(name) }
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
    let start = match &resume {
        Some(path) => match resume_from(path, lang) {
            Ok(s) => s,
            Err(e) => return e,
        },
        None => {
            let arg = m.get_one::<String>("scenario").cloned().unwrap_or_default();
            match resolve(&arg) {
                Ok(loaded) => {
                    let seed = m.get_one::<u64>("seed").copied().unwrap_or(1);
                    let policy =
                        m.get_one::<String>("policy").and_then(|p| Policy::parse(p)).unwrap_or(Policy::Adaptive);
                    Start {
                        summer: crate::room::new_summer(World::new(&loaded), seed, policy),
                        policy,
                        names: Vec::new(),
                    }
                }
                Err(d) => return Exit::Input(d.iter().map(|d| d.render(lang)).collect()),
            }
        }
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
    let rate = m.get_one::<u32>("rate").copied().unwrap_or(10);
    let cfg = Config {
        host: m.get_one::<IpAddr>("host").copied().unwrap_or(IpAddr::from([127, 0, 0, 1])),
        port: m.get_one::<u16>("port").copied().unwrap_or(0),
        code,
        seed: start.summer.save.seed,
        policy: start.policy,
        wait: m.get_one::<u64>("wait").map(|&s| Duration::from_secs(s)),
        linger: Duration::from_secs(2),
        seats: true,
        poll: m.get_flag("poll"),
        limits: Limits::for_rate(rate),
        reserved: start.names.clone(),
        host_names,
    };
    let bound = cfg.host;
    let paused = crate::room::engine::opens_paused(&cfg);
    let announce = |o: &Opened| {
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
        let told =
            Journal { summer: o.summer.clone(), polls: o.polls.clone(), unfinished: true, names: o.names.clone() };
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
    let outcome = match crate::room::serve(start.summer, cfg, announce, keep) {
        Ok(o) => o,
        Err(e) => return Exit::Fail(e.text().get(lang).to_string()),
    };
    let ended = outcome.stopped.is_none();
    let out = journal_and_say(outcome, journal.as_deref(), &kept_at, lang);
    // A summer played to its end with no journal asked for: the file kept on the way is not
    // wanted.
    if ended && journal.is_none() {
        let _ = std::fs::remove_file(&kept_at);
    }
    out
}

/// Once the room closed: the journal written (where asked, or in `fallback` when the room
/// stopped early), then what the summer came to, or where its journal is.
fn journal_and_say(
    outcome: crate::room::Outcome,
    journal: Option<&str>,
    fallback: &std::path::Path,
    lang: Lang,
) -> Exit {
    let summer = outcome.summer;
    let unfinished = outcome.stopped.is_some();
    // Only an unfinished summer's journal names who held the seats (to give them back).
    let names = if unfinished { outcome.names } else { Vec::new() };
    let told = Journal { summer, polls: outcome.polls, unfinished, names };
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
        let said = tr!(
            "cli-room-stopped-journal-written",
            out = out.display().to_string(),
            d = summer.season.decisions().to_string()
        );
        let _ = writeln!(err, "{}", crate::text::for_terminal(said.get(lang), false));
        return Exit::Ok;
    }
    // The scenario's title comes from its file: printed as `cjs run` prints it.
    print(&readable(&summer.summary(), &summer.world, lang))
}
