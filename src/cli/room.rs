//! `cjs room SCENARIO --port N [--host ADDR] [--code CODE] [--seed S] [--policy P] [--wait SECONDS]
//! [--rate N] [--poll] [--journal OUT]`: a room without the game, in cooperative mode. A policy holds
//! the animateurs' seat, phones hold cooperant seats. The first line of standard output is
//! `URL CODE`; the command exits 0 once the summer is over (after writing the journal).

use std::io::Write;
use std::net::IpAddr;
use std::path::Path;
use std::time::Duration;

use clap::{Arg, ArgMatches, Command};

use super::args::{host_arg, policy_arg, port_arg, seed_arg};
use super::{Exit, h, readable};
use crate::policy::Policy;
use crate::room::{Config, Limits, Opened, serve, valid_code};
use crate::save::{JournalFile, Mode, Save, Summary, write_json};
use crate::scenario::resolve;
use crate::sim::World;
use crate::text::Lang;
use crate::tr;

/// The subcommand's definition, with its help in the language of the command line.
pub fn command(lang: Lang) -> Command {
    Command::new("room")
        .about(h(lang, "cli-open-a-room-phones-vote-over"))
        .arg(Arg::new("scenario").value_name("SCENARIO").required(true).help(h(lang, "cli-path-of-a-ron-file-or")))
        .arg(port_arg(lang).required(true))
        .arg(host_arg(lang, crate::i18n::key("cli-address-to-listen-on-127-0")).default_value("127.0.0.1"))
        .arg(Arg::new("code").long("code").value_name("CODE").help(h(lang, "cli-the-rooms-code-6-characters-default")))
        .arg(seed_arg(lang).value_name("S").default_value("1"))
        .arg(policy_arg(lang))
        .arg(
            Arg::new("wait")
                .long("wait")
                .value_name("SECONDS")
                .value_parser(clap::value_parser!(u64).range(1..=86_400))
                .help(h(lang, "cli-settle-a-decision-after-this-delay")),
        )
        .arg(
            Arg::new("rate")
                .long("rate")
                .value_name("N")
                .default_value("10")
                .value_parser(clap::value_parser!(u32).range(1..=100_000))
                .help(h(lang, "cli-requests-per-second-allowed-from-one")),
        )
        .arg(
            Arg::new("poll")
                .long("poll")
                .action(clap::ArgAction::SetTrue)
                .help(h(lang, "cli-at-each-decision-ask-the-phones")),
        )
        .arg(
            Arg::new("journal")
                .long("journal")
                .value_name("OUT")
                .help(h(lang, "cli-write-the-summers-journal-json-as")),
        )
}

/// Runs `cjs room`.
pub fn run(m: &ArgMatches, lang: Lang) -> Exit {
    let arg = m.get_one::<String>("scenario").cloned().unwrap_or_default();
    let loaded = match resolve(&arg) {
        Ok(l) => l,
        Err(d) => return Exit::Input(d.iter().map(|d| d.render(lang)).collect()),
    };
    let code = m.get_one::<String>("code").cloned();
    if let Some(c) = &code
        && valid_code(c).is_none()
    {
        return Exit::Input(vec![
            tr!("cli-code-expects-6-characters-among-az", c = format!("{}", c)).get(lang).to_string(),
        ]);
    }
    // A journal that cannot be written is found out now, not after a whole class has played.
    if let Some(out) = m.get_one::<String>("journal") {
        let dir = match Path::new(out).parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => std::path::PathBuf::from("."),
        };
        if !dir.is_dir() {
            return Exit::Input(vec![
                tr!(
                    "cli-journal-the-folder-does-not-exist",
                    out = format!("{}", out),
                    dir = format!("{}", dir.display())
                )
                .get(lang)
                .to_string(),
            ]);
        }
    }
    let rate = m.get_one::<u32>("rate").copied().unwrap_or(10);
    let cfg = Config {
        host: m.get_one::<IpAddr>("host").copied().unwrap_or(IpAddr::from([127, 0, 0, 1])),
        port: m.get_one::<u16>("port").copied().unwrap_or(0),
        code,
        seed: m.get_one::<u64>("seed").copied().unwrap_or(1),
        policy: m.get_one::<String>("policy").and_then(|p| Policy::parse(p)).unwrap_or(Policy::Adaptive),
        wait: m.get_one::<u64>("wait").map(|&s| Duration::from_secs(s)),
        linger: Duration::from_secs(2),
        seats: true,
        poll: m.get_flag("poll"),
        limits: Limits { rate_per_sec: rate, rate_burst: rate.saturating_mul(3), ..Limits::default() },
    };
    let w = World::new(&loaded);
    let announce = |o: &Opened| {
        let mut out = std::io::stdout().lock();
        // The first line is for programs: the address, then the code.
        let _ = writeln!(out, "{} {}", o.url, o.code);
        let _ = writeln!(
            out,
            "{}",
            tr!(
                "cli-on-the-phones-same-wi-fi",
                url = format!("{}", o.url),
                code = format!("{}", o.code),
                url2 = format!("{}", o.url),
                admin = format!("{}", o.admin)
            )
            .get(lang)
        );
        let _ = out.flush();
    };
    let outcome = match serve(w.clone(), cfg, announce) {
        Ok(o) => o,
        Err(e) => return Exit::Fail(e.text().get(lang).to_string()),
    };
    let policy = outcome.policy.name();
    if let Some(out) = m.get_one::<String>("journal") {
        let save = Save::new(&w, outcome.seed, Mode::Cooperative, Some(policy), outcome.seats, outcome.inputs);
        let mut jf = JournalFile::new(save, &outcome.season, &w);
        jf.polls = outcome.polls;
        if let Err(e) = write_json(Path::new(out), &jf) {
            return Exit::Fail(format!("{out}: {} ({e})", h(lang, "cli-cannot-write")));
        }
    }
    let summary = Summary::of(&outcome.season, &w, policy);
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(readable(&summary, &w, lang).as_bytes());
    let _ = out.flush();
    Exit::Ok
}
