//! The commands, their arguments and their help, in the language of the command line.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Arg, ArgAction, ArgMatches, Command};

use super::h;
use crate::base::params::Params;
use crate::policy::Policy;
use crate::scenario::Loaded;
use crate::sim::World;
use crate::text::{Lang, Text, for_terminal};
use crate::tr;

/// Clap's own words (headings, the help and version flags) in the chosen language.
fn localize(cmd: Command, lang: Lang) -> Command {
    let cmd = cmd
        .help_template(format!(
            "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            h(lang, "cli-usage")
        ))
        .subcommand_help_heading(h(lang, "cli-commands"))
        .subcommand_value_name(h(lang, "cli-help-command"))
        .disable_help_flag(true)
        .arg(Arg::new("help").short('h').long("help").action(ArgAction::Help).help(h(lang, "cli-print-this-help")));
    cmd.mut_subcommands(|sc| localize(sc, lang))
}

pub fn command(lang: Lang) -> Command {
    localize(os_file_args(command_en_fr(lang)), lang).disable_version_flag(true).arg(
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version)
            .help(h(lang, "cli-print-the-version")),
    )
}

/// Arguments that name files are taken as the system gives them (`OsString`, not converted
/// lossily), so that a file name that is not UTF-8 still names its file.
fn os_file_args(cmd: Command) -> Command {
    let os = |a: Arg| a.value_parser(clap::value_parser!(OsString));
    cmd.mut_subcommand("check", |c| c.mut_arg("files", os))
        .mut_subcommand("run", |c| c.mut_arg("scenario", os).mut_arg("journal", os))
        .mut_subcommand("batch", |c| c.mut_arg("scenario", os).mut_arg("csv", os))
        .mut_subcommand("compare", |c| c.mut_arg("scenario", os))
        .mut_subcommand("report", |c| c.mut_arg("journal", os).mut_arg("out", os).mut_arg("compare", os))
        .mut_subcommand("play", |c| c.mut_arg("load", os))
}

/// The room's `--wait`, in seconds, and `--rate`, in requests per second: the values the command
/// line takes, and a resumed journal's `room` too.
#[cfg(feature = "room")]
pub(super) const WAIT_SECONDS: std::ops::RangeInclusive<u64> = 1..=86_400;
#[cfg(feature = "room")]
pub(super) const RATE: std::ops::RangeInclusive<i64> = 1..=100_000;

/// `--seed N`, the seed of the summer's random streams.
pub(super) fn seed_arg(lang: Lang) -> Arg {
    Arg::new("seed")
        .long("seed")
        .value_name("N")
        .value_parser(clap::value_parser!(u64))
        // `--seed -1` is a value refused as such, not an unknown option `-1`.
        .allow_negative_numbers(true)
        .help(h(lang, "cli-random-seed"))
}

/// `--port N`, the room's TCP port (0: any free port).
pub(super) fn port_arg(lang: Lang) -> Arg {
    Arg::new("port").long("port").value_name("N").value_parser(clap::value_parser!(u16)).help(h(lang, "cli-port-help"))
}

/// `--host ADDR`, the address the room listens on; `help` says its default.
pub(super) fn host_arg(lang: Lang, help: &'static str) -> Arg {
    Arg::new("host")
        .long("host")
        .value_name("ADDR")
        .value_parser(clap::value_parser!(std::net::IpAddr))
        .help(h(lang, help))
}

/// `--set NAME=VALUE`, repeatable: overrides one model parameter for this run.
fn set_arg(lang: Lang) -> Arg {
    Arg::new("set").long("set").value_name("NAME=VALUE").action(ArgAction::Append).help(h(lang, "cli-set-help"))
}

/// The world of a scenario with the command line's `--set NAME=VALUE` overrides, each checked
/// against the parameter table (`base::params`): an unknown name or a value out of its range is
/// refused, naming the parameter and its range.
pub(super) fn world_with_sets(loaded: &Loaded, m: &ArgMatches) -> Result<World, Text> {
    let mut params = Params::of_model(&loaded.scenario.params, crate::base::params::MODEL);
    for arg in m.get_many::<String>("set").into_iter().flatten() {
        let shown = for_terminal(arg, true).into_owned();
        let Some((name, value)) = arg.split_once('=') else {
            return Err(tr!("cli-set-expects-name-value", arg = shown));
        };
        let name = name.trim();
        let Some(info) = Params::info(name) else {
            return Err(tr!("cli-set-unknown-parameter", name = for_terminal(name, true).into_owned()));
        };
        let range = info.range();
        // Written as in a scenario file: digits, a sign, a decimal point (no exponent).
        let plain = value.trim().chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+'));
        let v = value.trim().parse::<f64>().ok().filter(|&v| plain && info.allows(v));
        let Some(v) = v else {
            return Err(tr!(
                "cli-set-out-of-range",
                name = info.name,
                value = for_terminal(value.trim(), true).into_owned(),
                range = range
            ));
        };
        params.set(info.name, v);
    }
    Ok(World::with_params(loaded, crate::base::params::MODEL, params))
}

/// `--seeds A..B`, required; `help` gives an example range.
fn seeds_arg(lang: Lang, help: &'static str) -> Arg {
    Arg::new("seeds").long("seeds").value_name("A..B").required(true).help(h(lang, help))
}

/// `--policy P`, who holds the animateurs' seat (`adaptive` by default).
pub(super) fn policy_arg(lang: Lang) -> Arg {
    Arg::new("policy")
        .long("policy")
        .value_name("P")
        .default_value("adaptive")
        .value_parser(clap::builder::PossibleValuesParser::new(Policy::all().iter().map(|p| p.name())))
        .help(h(lang, "cli-the-animateurs-policy"))
}

/// A file argument, as the system named it.
pub(super) fn file_arg(m: &ArgMatches, k: &str) -> Option<PathBuf> {
    m.get_one::<OsString>(k).map(PathBuf::from)
}

fn command_en_fr(lang: Lang) -> Command {
    let scenario = || Arg::new("scenario").value_name("SCENARIO").help(h(lang, "cli-scenario-help"));
    let policy = || policy_arg(lang);
    let json = || Arg::new("json").long("json").action(ArgAction::SetTrue).help(h(lang, "cli-print-a-json-object"));
    let cmd = Command::new("cjs")
        .about(h(lang, "cli-about"))
        .version(env!("CARGO_PKG_VERSION"))
        .disable_help_subcommand(true)
        .arg(
            Arg::new("lang")
                .long("lang")
                .global(true)
                .value_name("fr|en")
                .value_parser(["fr", "en"])
                .help(h(lang, "cli-lang-help")),
        )
        .subcommand(play_command(lang))
        .subcommand(
            Command::new("scenarios")
                .about(h(lang, "cli-list-the-shipped-scenarios"))
                .arg(Arg::new("json").long("json").action(ArgAction::SetTrue).help(h(lang, "cli-print-a-json-array"))),
        )
        .subcommand(
            Command::new("check")
                .about(h(lang, "cli-validate-scenario-files"))
                .arg(Arg::new("files").value_name("FILE").num_args(1..).required(true).help(h(lang, "cli-ron-files"))),
        )
        .subcommand(
            Command::new("run")
                .about(h(lang, "cli-run-about"))
                .arg(scenario().required(true))
                .arg(seed_arg(lang).default_value("1"))
                .arg(policy())
                .arg(Arg::new("journal").long("journal").value_name("OUT").help(h(lang, "cli-run-journal-help")))
                .arg(
                    Arg::new("explain")
                        .long("explain")
                        .action(ArgAction::SetTrue)
                        .conflicts_with("json")
                        .help(h(lang, "cli-explain-help")),
                )
                .arg(json())
                .arg(set_arg(lang)),
        )
        .subcommand(
            Command::new("batch")
                .about(h(lang, "cli-batch-about"))
                .arg(scenario().required(true))
                .arg(seeds_arg(lang, crate::i18n::key("cli-batch-seeds-help")))
                .arg(policy())
                .arg(Arg::new("csv").long("csv").value_name("OUT").help(h(lang, "cli-csv-help")))
                .arg(
                    Arg::new("threads")
                        .long("threads")
                        .value_name("N")
                        .allow_negative_numbers(true)
                        .help(h(lang, "cli-threads-help")),
                )
                .arg(json())
                .arg(set_arg(lang)),
        )
        .subcommand(
            Command::new("compare")
                .about(h(lang, "cli-compare-about"))
                .arg(scenario().required(true))
                .arg(seeds_arg(lang, crate::i18n::key("cli-compare-seeds-help")))
                .arg(json())
                .arg(set_arg(lang)),
        )
        .subcommand(report_command(lang));
    #[cfg(feature = "room")]
    let cmd = cmd.subcommand(room_command(lang));
    cmd
}

/// `cjs play` (`cli/play.rs` runs it).
fn play_command(lang: Lang) -> Command {
    let scenario = Arg::new("scenario").value_name("SCENARIO").help(h(lang, "cli-scenario-help"));
    Command::new("play")
        .about(h(lang, "cli-play-about"))
        .arg(scenario)
        .arg(Arg::new("mode").long("mode").value_parser(["animateur", "cooperative"]).help(h(lang, "cli-play-mode")))
        .arg(seed_arg(lang))
        .arg(Arg::new("load").long("load").value_name("SAVE").help(h(lang, "cli-resume-a-save")))
        .arg(
            Arg::new("autoplay")
                .long("autoplay")
                .value_name("P")
                .value_parser(clap::builder::PossibleValuesParser::new(Policy::all().iter().map(|p| p.name())))
                .help(h(lang, "cli-autoplay-help")),
        )
        .arg(Arg::new("room").long("room").action(clap::ArgAction::SetTrue).help(h(lang, "cli-play-room-help")))
        .arg(port_arg(lang))
        .arg(host_arg(lang, crate::i18n::key("cli-play-host-help")))
}

/// `cjs report` (`cli/report.rs` runs it).
fn report_command(lang: Lang) -> Command {
    Command::new("report")
        .about(h(lang, "cli-report-about"))
        .arg(
            Arg::new("journal")
                .value_name("JOURNAL")
                .required(true)
                .num_args(1..)
                .help(h(lang, "cli-report-journal-help")),
        )
        .arg(Arg::new("out").long("out").value_name("FILE").required(true).help(h(lang, "cli-report-out-help")))
        .arg(Arg::new("compare").long("compare").value_name("OTHER").help(h(lang, "cli-report-compare-help")))
        .arg(Arg::new("names").long("names").action(ArgAction::SetTrue).help(h(lang, "cli-report-names-help")))
}

/// `cjs room` (`cli/room.rs` runs it).
#[cfg(feature = "room")]
fn room_command(lang: Lang) -> Command {
    Command::new("room")
        .about(h(lang, "cli-room-about"))
        .arg(
            Arg::new("scenario")
                .value_name("SCENARIO")
                .required_unless_present("resume")
                .conflicts_with("resume")
                .help(h(lang, "cli-scenario-help")),
        )
        .arg(port_arg(lang).required_unless_present("resume"))
        .arg(host_arg(lang, crate::i18n::key("cli-room-host-help")).default_value("127.0.0.1"))
        .arg(
            Arg::new("host-name")
                .long("host-name")
                .value_name("NAME")
                .action(clap::ArgAction::Append)
                .help(h(lang, "cli-host-name-help")),
        )
        .arg(Arg::new("code").long("code").value_name("CODE").help(h(lang, "cli-room-code-help")))
        // A resumed room plays on with the journal's seed and policy: another is refused, not
        // ignored.
        .arg(seed_arg(lang).value_name("S").default_value("1").conflicts_with("resume"))
        .arg(policy_arg(lang).conflicts_with("resume"))
        .arg(
            Arg::new("wait")
                .long("wait")
                .value_name("SECONDS")
                .value_parser(clap::value_parser!(u64).range(WAIT_SECONDS))
                .help(h(lang, "cli-room-wait-help")),
        )
        .arg(
            Arg::new("rate")
                .long("rate")
                .value_name("N")
                .default_value("10")
                .value_parser(clap::value_parser!(u32).range(RATE))
                .help(h(lang, "cli-room-rate-help")),
        )
        .arg(Arg::new("poll").long("poll").action(clap::ArgAction::SetTrue).help(h(lang, "cli-room-poll-help")))
        .arg(Arg::new("journal").long("journal").value_name("OUT").help(h(lang, "cli-room-journal-help")))
        .arg(Arg::new("resume").long("resume").value_name("JOURNAL").help(h(lang, "cli-room-resume-help")))
}
