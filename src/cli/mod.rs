//! The command line: `cjs play | scenarios | check | run | batch | compare | report | room`. Help
//! and messages in French and English (`--lang`, else the environment's locale). Exit codes: 0
//! ok, 2 bad input or usage, 1 anything else.
//!
//! `args.rs` defines the commands and their help; one file a command group runs them:
//! `play.rs`, `scenarios.rs` (`scenarios`, `check`), `run.rs`, `batch.rs` (`batch`, `compare`),
//! `report.rs` and `room.rs`. This file parses the command line, sends it to its command and
//! turns how it ended into the exit code.

mod args;
mod batch;
mod play;
mod report;
#[cfg(feature = "room")]
mod room;
mod run;
mod scenarios;

use std::ffi::{OsStr, OsString};
use std::io::Write;
use std::path::Path;

use crate::save::{write_atomic, write_error};
use crate::scenario::Diagnostic;
use crate::text::{Lang, for_terminal};
use crate::tr;
pub use args::command;
pub use batch::{MAX_SEEDS, MAX_THREADS};
pub use run::readable;

/// How a command ended.
pub enum Exit {
    Ok,
    /// Bad input or usage (exit 2).
    Input(Vec<String>),
    /// Anything else (exit 1).
    Fail(String),
    /// The standard output could not be written (exit 1): a full disk, a closed terminal.
    Write(std::io::Error),
}

/// A help text or word of the command line, from `assets/i18n/{fr,en}/cli.ftl` (clap keeps
/// `&'static str`s: `tr_static` formats each message once).
fn h(lang: Lang, key: &'static str) -> &'static str {
    crate::i18n::tr_static(lang, key)
}

/// The language asked on the command line, else the environment's.
pub fn lang_of<S: AsRef<OsStr>>(args: &[S]) -> Lang {
    let mut it = args.iter().map(|a| a.as_ref().to_str().unwrap_or(""));
    while let Some(a) = it.next() {
        if let Some(v) = a.strip_prefix("--lang=") {
            return Lang::parse(v).unwrap_or_else(Lang::from_env);
        }
        if a == "--lang"
            && let Some(v) = it.next()
        {
            return Lang::parse(v).unwrap_or_else(Lang::from_env);
        }
    }
    Lang::from_env()
}

/// Runs the command line; returns the process exit code. Takes the arguments as the system gives
/// them (`std::env::args_os()`), or strings.
pub fn main_with<I, T>(args: I) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString>,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let lang = lang_of(&args);
    let m = match command(lang).try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) => {
            if !e.use_stderr() {
                // Help and version. Clap writes two bracketed notes in English, with no setting
                // to change them: said in French when French is asked.
                let text = e.render().to_string();
                let text = match lang {
                    Lang::Fr => text
                        .replace("[possible values: ", h(lang, "cli-help-possible-values"))
                        .replace("[default: ", h(lang, "cli-help-default")),
                    Lang::En => text,
                };
                return exit_code(print(&text), lang);
            }
            if lang == Lang::Fr {
                use clap::error::ContextKind as C;
                use clap::error::ErrorKind as K;
                let ctx = |k| e.get(k).map(|v| v.to_string()).unwrap_or_default();
                // Clap names three slips by the kinds of others: an option given twice (a
                // conflict with itself), an option left without its value (an invalid empty
                // value), and a word where no argument is expected (an unknown argument).
                let invalid = ctx(C::InvalidArg);
                let repeated = e.kind() == K::ArgumentConflict && ctx(C::PriorArg) == invalid;
                let no_value = matches!(e.kind(), K::InvalidValue) && ctx(C::InvalidValue).is_empty();
                let not_an_option = e.kind() == K::UnknownArgument && !invalid.starts_with('-');
                let what = h(
                    lang,
                    match e.kind() {
                        _ if repeated => "cli-usage-repeated",
                        _ if no_value => "cli-usage-value-missing",
                        _ if not_an_option => "cli-usage-unexpected-argument",
                        K::MissingRequiredArgument => "cli-usage-missing-argument",
                        K::InvalidValue | K::ValueValidation => "cli-usage-invalid-value",
                        K::UnknownArgument => "cli-usage-unknown-option",
                        K::InvalidSubcommand => "cli-unknown-command",
                        K::TooManyValues | K::TooFewValues | K::WrongNumberOfValues => "cli-usage-number-of-values",
                        K::ArgumentConflict => "cli-usage-conflict",
                        _ => "cli-usage-invalid",
                    },
                );
                // The detail from clap's context, in French (clap's own sentence is English).
                let detail = match e.kind() {
                    _ if no_value => invalid.clone(),
                    K::InvalidValue | K::ValueValidation => {
                        let allowed = ctx(C::ValidValue);
                        let allowed = if allowed.is_empty() {
                            allowed
                        } else {
                            crate::i18n::tr_args(lang, "cli-usage-allowed", &[("values", allowed.into())])
                        };
                        let args = [("value", ctx(C::InvalidValue)), ("arg", ctx(C::InvalidArg)), ("allowed", allowed)];
                        crate::i18n::tr_args(lang, "cli-usage-value-for", &args.map(|(k, v)| (k, v.into())))
                    }
                    K::UnknownArgument => format!("`{}`", ctx(C::InvalidArg)),
                    K::InvalidSubcommand => format!("`{}`", ctx(C::InvalidSubcommand)),
                    K::ArgumentConflict if !repeated => format!("{}, {}", ctx(C::InvalidArg), ctx(C::PriorArg)),
                    _ => ctx(C::InvalidArg),
                };
                let line = if detail.is_empty() {
                    format!("{}{what}", h(lang, "cli-error"))
                } else {
                    format!("{}{what}{}{detail}", h(lang, "cli-error"), crate::report::words::colon(lang))
                };
                // Clap's suggestion of what was meant (`--jsn`: `--json`).
                let line = match e.get(C::SuggestedArg).or_else(|| e.get(C::SuggestedSubcommand)) {
                    Some(s) => format!(
                        "{line} ({})",
                        crate::i18n::tr_args(lang, "cli-usage-did-you-mean", &[("what", s.to_string().into())])
                    ),
                    None => line,
                };
                // The help of the command the slip is in.
                let words: Vec<&str> = args.iter().skip(1).filter_map(|a| a.to_str()).collect();
                let first = words
                    .iter()
                    .enumerate()
                    .find(|&(k, w)| !w.starts_with('-') && (k == 0 || words[k - 1] != "--lang"))
                    .map(|(_, w)| *w);
                let sub = first.filter(|w| command(lang).find_subcommand(w).is_some());
                let help = match sub {
                    Some(sub) => {
                        crate::i18n::tr_args(lang, "cli-usage-help-of", &[("command", sub.to_string().into())])
                    }
                    None => h(lang, "cli-usage-help").to_string(),
                };
                let _ = writeln!(std::io::stderr().lock(), "{}", for_terminal(&format!("{line}\n{help}"), false));
            } else {
                // Plain text, not `e.print()`: an argument it quotes may hold escapes. Nor
                // `eprint!`, which panics when standard error cannot be written (`2>/dev/full`).
                let _ = write!(std::io::stderr().lock(), "{}", for_terminal(&e.to_string(), false));
            }
            return 2;
        }
    };
    let result = match m.subcommand() {
        None => play::play_cmd(None, lang),
        Some(("play", sm)) => play::play_cmd(Some(sm), lang),
        Some(("scenarios", sm)) => scenarios::scenarios_cmd(sm, lang),
        Some(("check", sm)) => scenarios::check_cmd(sm, lang),
        Some(("run", sm)) => run::run_cmd(sm, lang),
        Some(("batch", sm)) => batch::batch_cmd(sm, lang),
        Some(("report", sm)) => report::report_cmd(sm, lang),
        Some(("compare", sm)) => batch::compare_cmd(sm, lang),
        #[cfg(feature = "room")]
        Some(("room", sm)) => room::run(sm, lang),
        Some(_) => Exit::Input(vec![h(lang, "cli-unknown-command").into()]),
    };
    exit_code(result, lang)
}

/// Says how a command ended, on stderr, and gives the process exit code.
fn exit_code(result: Exit, lang: Lang) -> i32 {
    match result {
        Exit::Ok => 0,
        Exit::Input(lines) => {
            let mut err = std::io::stderr().lock();
            for l in lines {
                let _ = writeln!(err, "{}", for_terminal(&l, true));
            }
            2
        }
        Exit::Fail(msg) => {
            let msg = for_terminal(&msg, true);
            let _ = writeln!(std::io::stderr().lock(), "{}{msg}", h(lang, "cli-error"));
            1
        }
        Exit::Write(e) => {
            // The system's reason in the reader's language where its kind is known (a full disk).
            let why = crate::save::write_error(&e);
            let what = h(lang, "cli-cannot-write-stdout");
            let _ = writeln!(std::io::stderr().lock(), "{}{what} ({})", h(lang, "cli-error"), why.get(lang));
            1
        }
    }
}

fn diags(d: Vec<Diagnostic>, lang: Lang) -> Exit {
    Exit::Input(rendered(&d, lang))
}

/// The most diagnostics of one file shown: a broken file of a mebibyte can hold tens of
/// thousands, which no one reads on a terminal.
const DIAGNOSTICS_SHOWN: usize = 100;

/// Diagnostics of one file as lines, the first `DIAGNOSTICS_SHOWN`, then how many more.
fn rendered(d: &[Diagnostic], lang: Lang) -> Vec<String> {
    let mut lines: Vec<String> = d.iter().take(DIAGNOSTICS_SHOWN).map(|d| d.render(lang)).collect();
    if let Some(first) = d.first().filter(|_| d.len() > DIAGNOSTICS_SHOWN) {
        let more = (d.len() - DIAGNOSTICS_SHOWN) as u64;
        lines.push(format!(
            "{}: {}",
            first.file,
            crate::i18n::tr_args(lang, "cli-more-errors", &[("count", more.into())])
        ));
    }
    lines
}

fn write_out(path: &Path, bytes: &[u8], lang: Lang) -> Result<(), Exit> {
    write_atomic(path, bytes).map_err(|e| Exit::Fail(format!("{}: {}", path.display(), write_error(&e).get(lang))))
}

/// Refuses, before any work, an output that cannot take a file (a missing folder, a folder, a
/// read-only file…: `save::check_writable`), as a usage error naming the option, as the room
/// refuses its journal: the summers are not played for a file that cannot be written.
fn refuse_unwritable(output: &Path, flag: &str, lang: Lang) -> Result<(), Exit> {
    crate::save::check_writable(output)
        .map_err(|e| Exit::Input(vec![format!("{flag} {}: {}", output.display(), write_error(&e).get(lang))]))
}

/// Refuses an output that is one of the inputs (`run s.ron --journal s.ron`, or the same file
/// by another path): writing it would destroy what was just read.
fn refuse_overwrite(input: &Path, output: &Path, flag: &str, lang: Lang) -> Result<(), Exit> {
    if crate::save::same_file(input, output) {
        return Err(Exit::Input(vec![
            tr!(
                "cli-would-overwrite-input",
                output = format!("{}", output.display()),
                flag = format!("{}", flag),
                input = format!("{}", input.display())
            )
            .get(lang)
            .to_string(),
        ]));
    }
    Ok(())
}

/// Prints on stdout. A failed write (`> /dev/full`) is an error: the output the user asked for
/// is not there. A closed pipe (`cjs ... | head`) is not: the reader has all it wanted.
fn print(s: &str) -> Exit {
    let mut out = std::io::stdout().lock();
    match out.write_all(for_terminal(s, false).as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Exit::Ok,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Exit::Ok,
        Err(e) => Exit::Write(e),
    }
}
