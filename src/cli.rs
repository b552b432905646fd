//! The command line: `cjs play | scenarios | check | run | batch | report | room`. Help and messages in
//! French and English (`--lang`, else the environment's locale). Exit codes: 0 ok, 2 bad input
//! or usage, 1 anything else.

use std::ffi::{OsStr, OsString};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::{Arg, ArgAction, ArgMatches, Command};

use crate::policy::{Policy, play};
use crate::report::{Summary, batch};
use crate::save::{JournalFile, Mode, Save, write_atomic, write_error, write_json};
use crate::scenario::{Diagnostic, Loaded, load_file, shipped};
use crate::sim::World;
use crate::text::{Lang, Text, for_terminal, money};
use crate::tr;

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

fn h(lang: Lang, fr: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
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

/// Clap's own words (headings, the help and version flags) in the chosen language.
fn localize(cmd: Command, lang: Lang) -> Command {
    let l = |fr, en| h(lang, fr, en);
    let cmd = cmd
        .help_template(l(
            "{about-with-newline}\nUtilisation : {usage}\n\n{all-args}{after-help}",
            "{about-with-newline}\nUsage: {usage}\n\n{all-args}{after-help}",
        ))
        .subcommand_help_heading(l("Commandes", "Commands"))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(l("afficher cette aide", "print this help")),
        );
    cmd.mut_subcommands(|sc| localize(sc, lang))
}

pub fn command(lang: Lang) -> Command {
    localize(os_file_args(command_en_fr(lang)), lang).disable_version_flag(true).arg(
        Arg::new("version").short('V').long("version").action(ArgAction::Version).help(h(
            lang,
            "afficher la version",
            "print the version",
        )),
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

/// A file argument, as the system named it.
fn file_arg(m: &ArgMatches, k: &str) -> Option<PathBuf> {
    m.get_one::<OsString>(k).map(PathBuf::from)
}

fn command_en_fr(lang: Lang) -> Command {
    let l = |fr, en| h(lang, fr, en);
    let scenario = || {
        Arg::new("scenario").value_name("SCENARIO").help(l(
            "chemin d'un fichier .ron ou identifiant d'un scénario livré",
            "path of a .ron file or id of a shipped scenario",
        ))
    };
    let policy = || {
        Arg::new("policy")
            .long("policy")
            .value_name("P")
            .default_value("adaptive")
            .value_parser(Policy::ALL.map(|p| p.name()))
            .help(l("politique des animateurs", "the animateurs' policy"))
    };
    let json = || {
        Arg::new("json").long("json").action(ArgAction::SetTrue).help(l("écrire un objet JSON", "print a JSON object"))
    };
    let cmd = Command::new("cjs")
        .about(l(
            "Un été en coop : simulateur et jeu de formation des animateurs de Coopératives Jeunesse de Services",
            "Un été en coop: a training game and simulator for animateurs of youth service cooperatives (CJS)",
        ))
        .version(env!("CARGO_PKG_VERSION"))
        .disable_help_subcommand(true)
        .arg(Arg::new("lang").long("lang").global(true).value_name("fr|en").value_parser(["fr", "en"]).help(l(
            "langue des messages (par défaut : celle du système)",
            "language of the messages (default: the system's)",
        )))
        .subcommand(
            Command::new("play")
                .about(l("ouvrir le jeu (par défaut)", "open the game (the default)"))
                .arg(scenario())
                .arg(
                    Arg::new("mode")
                        .long("mode")
                        .value_parser(["animateur", "cooperative"])
                        .help(l("mode de jeu", "play mode")),
                )
                .arg(
                    Arg::new("seed")
                        .long("seed")
                        .value_name("N")
                        .value_parser(clap::value_parser!(u64))
                        .help(l("graine du hasard", "random seed")),
                )
                .arg(
                    Arg::new("load")
                        .long("load")
                        .value_name("SAVE")
                        .help(l("reprendre une sauvegarde", "resume a save")),
                )
                .arg(
                    Arg::new("autoplay")
                        .long("autoplay")
                        .value_name("P")
                        .value_parser(Policy::ALL.map(|p| p.name()))
                        .help(l(
                            "une politique joue seule (démonstration, captures d'écran)",
                            "a policy plays by itself (demos, screenshots)",
                        )),
                )
                .arg(Arg::new("room").long("room").action(clap::ArgAction::SetTrue).help(l(
                    "ouvrir une salle : les téléphones votent (mode coopératif, voir docs/room.md)",
                    "open a room: phones vote (cooperative mode, see docs/room.md)",
                )))
                .arg(
                    Arg::new("port")
                        .long("port")
                        .value_name("N")
                        .value_parser(clap::value_parser!(u16))
                        .help(l("port TCP de la salle (0 : un port libre)", "the room's TCP port (0: any free port)")),
                )
                .arg(
                    Arg::new("host")
                        .long("host")
                        .value_name("ADDR")
                        .value_parser(clap::value_parser!(std::net::IpAddr))
                        .help(l(
                            "adresse d'écoute de la salle (par défaut 0.0.0.0 : le Wi-Fi de la classe)",
                            "the room's address to listen on (default 0.0.0.0: the classroom's Wi-Fi)",
                        )),
                ),
        )
        .subcommand(
            Command::new("scenarios").about(l("lister les scénarios livrés", "list the shipped scenarios")).arg(json()),
        )
        .subcommand(Command::new("check").about(l("valider des fichiers de scénario", "validate scenario files")).arg(
            Arg::new("files").value_name("FILE").num_args(1..).required(true).help(l("fichiers .ron", ".ron files")),
        ))
        .subcommand(
            Command::new("run")
                .about(l(
                    "jouer un été avec une politique et en donner le bilan",
                    "play one summer with a policy and print its outcome",
                ))
                .arg(scenario().required(true))
                .arg(
                    Arg::new("seed")
                        .long("seed")
                        .value_name("N")
                        .default_value("1")
                        .value_parser(clap::value_parser!(u64))
                        .help(l("graine du hasard", "random seed")),
                )
                .arg(policy())
                .arg(
                    Arg::new("journal")
                        .long("journal")
                        .value_name("OUT")
                        .help(l("écrire le journal de l'été (JSON)", "write the summer's journal (JSON)")),
                )
                .arg(Arg::new("explain").long("explain").action(ArgAction::SetTrue).help(l(
                    "raconter l'été décision par décision, avec la raison de chaque variation des scores",
                    "tell the summer decision by decision, with why each score moved",
                )))
                .arg(json()),
        )
        .subcommand(
            Command::new("batch")
                .about(l(
                    "jouer de nombreux étés et résumer les résultats",
                    "play many summers and summarise the results",
                ))
                .arg(scenario().required(true))
                .arg(
                    Arg::new("seeds")
                        .long("seeds")
                        .value_name("A..B")
                        .required(true)
                        .help(l("graines, par exemple 1..100", "seeds, e.g. 1..100")),
                )
                .arg(policy())
                .arg(
                    Arg::new("csv")
                        .long("csv")
                        .value_name("OUT")
                        .help(l("une ligne par graine dans un fichier CSV", "one row per seed in a CSV file")),
                )
                .arg(
                    Arg::new("threads").long("threads").value_name("N").help(l(
                        "nombre de fils (par défaut : tous les cœurs)",
                        "number of threads (default: all cores)",
                    )),
                )
                .arg(json()),
        )
        .subcommand(
            Command::new("compare")
                .about(l(
                    "toutes les politiques côte à côte sur de nombreux étés",
                    "every policy side by side over many summers",
                ))
                .arg(scenario().required(true))
                .arg(
                    Arg::new("seeds")
                        .long("seeds")
                        .value_name("A..B")
                        .required(true)
                        .help(l("graines, par exemple 1..200", "seeds, e.g. 1..200")),
                )
                .arg(json()),
        )
        .subcommand(
            Command::new("report")
                .about(l(
                    "faire le bilan d'un journal : HTML, Markdown ou CSV",
                    "make the debrief of a journal: HTML, Markdown or CSV",
                ))
                .arg(Arg::new("journal").value_name("JOURNAL").required(true).help(l(
                    "fichier écrit par `cjs run --journal` ou par le jeu",
                    "file written by `cjs run --journal` or by the game",
                )))
                .arg(
                    Arg::new("out")
                        .long("out")
                        .value_name("FILE")
                        .required(true)
                        .help(l("FICHIER.html, .md ou .csv", "FILE.html, .md or .csv")),
                )
                .arg(Arg::new("compare").long("compare").value_name("OTHER").help(l(
                    "un second journal à mettre côte à côte (HTML seulement)",
                    "a second journal to put side by side (HTML only)",
                ))),
        );
    #[cfg(feature = "room")]
    let cmd = cmd.subcommand(crate::room::cli::command(lang));
    cmd
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
                let _ = e.print();
                return 0;
            }
            if lang == Lang::Fr {
                use clap::error::ErrorKind as K;
                let what = match e.kind() {
                    K::MissingRequiredArgument => "argument obligatoire manquant",
                    K::InvalidValue | K::ValueValidation => "valeur invalide",
                    K::UnknownArgument => "option inconnue",
                    K::InvalidSubcommand => "commande inconnue",
                    K::TooManyValues | K::TooFewValues | K::WrongNumberOfValues => "nombre de valeurs incorrect",
                    K::ArgumentConflict => "options incompatibles",
                    _ => "ligne de commande invalide",
                };
                // The detail from clap's context, in French (clap's own sentence is English).
                use clap::error::ContextKind as C;
                let ctx = |k| e.get(k).map(|v| v.to_string()).unwrap_or_default();
                let detail = match e.kind() {
                    K::InvalidValue | K::ValueValidation => {
                        let allowed = ctx(C::ValidValue);
                        let allowed =
                            if allowed.is_empty() { allowed } else { format!(" (valeurs permises : {allowed})") };
                        format!("`{}` pour {}{allowed}", ctx(C::InvalidValue), ctx(C::InvalidArg))
                    }
                    K::UnknownArgument => format!("`{}`", ctx(C::InvalidArg)),
                    K::InvalidSubcommand => format!("`{}`", ctx(C::InvalidSubcommand)),
                    _ => ctx(C::InvalidArg),
                };
                let line =
                    if detail.is_empty() { format!("erreur : {what}") } else { format!("erreur : {what} : {detail}") };
                eprintln!("{}", for_terminal(&format!("{line}\nAide : cjs --help"), false));
            } else {
                // Plain text, not `e.print()`: an argument it quotes may hold escapes.
                eprint!("{}", for_terminal(&e.to_string(), false));
            }
            return 2;
        }
    };
    let result = match m.subcommand() {
        None => play_cmd(None, lang),
        Some(("play", sm)) => play_cmd(Some(sm), lang),
        Some(("scenarios", sm)) => scenarios_cmd(sm, lang),
        Some(("check", sm)) => check_cmd(sm, lang),
        Some(("run", sm)) => run_cmd(sm, lang),
        Some(("batch", sm)) => batch_cmd(sm, lang),
        Some(("report", sm)) => report_cmd(sm, lang),
        Some(("compare", sm)) => compare_cmd(sm, lang),
        #[cfg(feature = "room")]
        Some(("room", sm)) => crate::room::cli::run(sm, lang),
        Some(_) => Exit::Input(vec![h(lang, "commande inconnue", "unknown command").into()]),
    };
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
            let _ = writeln!(std::io::stderr().lock(), "{}{msg}", h(lang, "erreur : ", "error: "));
            1
        }
        Exit::Write(e) => {
            let what = h(lang, "écriture impossible sur la sortie standard", "cannot write to the standard output");
            let _ = writeln!(std::io::stderr().lock(), "{}{what} ({e})", h(lang, "erreur : ", "error: "));
            1
        }
    }
}

fn diags(d: Vec<Diagnostic>, lang: Lang) -> Exit {
    Exit::Input(d.iter().map(|d| d.render(lang)).collect())
}

/// A scenario by path, or by the id of a shipped one.
pub fn resolve(arg: &str) -> Result<Loaded, Vec<Diagnostic>> {
    resolve_os(OsStr::new(arg))
}

/// A scenario by path (as the system names it), or by the id of a shipped one.
pub fn resolve_os(arg: &OsStr) -> Result<Loaded, Vec<Diagnostic>> {
    let path = Path::new(arg);
    // Anything of that name in the folder is the file meant, even a link that cannot be
    // followed: it gets the same message as in `cjs check` (a loop, a dangling link).
    if std::fs::symlink_metadata(path).is_ok() {
        return load_file(path);
    }
    if let Some(r) = arg.to_str().and_then(shipped::by_id) {
        return r;
    }
    Err(vec![Diagnostic::new(
        &arg.to_string_lossy(),
        tr!(
            "ni fichier ni scénario livré de ce nom (voir `cjs scenarios`)",
            "neither a file nor a shipped scenario of that name (see `cjs scenarios`)"
        ),
    )])
}

fn write_out(path: &Path, bytes: &[u8], lang: Lang) -> Result<(), Exit> {
    write_atomic(path, bytes).map_err(|e| Exit::Fail(format!("{}: {}", path.display(), write_error(&e).get(lang))))
}

/// Refuses an output that is one of the inputs (`run s.ron --journal s.ron`, or the same file
/// by another path): writing it would destroy what was just read.
fn refuse_overwrite(input: &Path, output: &Path, flag: &str, lang: Lang) -> Result<(), Exit> {
    if crate::save::same_file(input, output) {
        return Err(Exit::Input(vec![
            tr!(
                "{} : {} écrirait par-dessus le fichier lu `{}` : choisissez un autre fichier",
                "{}: {} would overwrite the file it reads, `{}`: choose another file",
                output.display(),
                flag,
                input.display()
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

fn play_cmd(m: Option<&ArgMatches>, lang: Lang) -> Exit {
    #[cfg(feature = "game")]
    {
        let get = |k: &str| m.and_then(|m| m.get_one::<String>(k).cloned());
        let opts = crate::game::Options {
            lang,
            scenario: get("scenario"),
            mode: match get("mode").as_deref() {
                Some("cooperative") => Mode::Cooperative,
                // Phones hold cooperant seats: `--room` alone means the cooperative mode.
                None if m.is_some_and(|m| m.get_flag("room")) => Mode::Cooperative,
                _ => Mode::Animateur,
            },
            seed: m.and_then(|m| m.get_one::<u64>("seed").copied()),
            load: m.and_then(|m| file_arg(m, "load")),
            autoplay: get("autoplay").and_then(|p| Policy::parse(&p)),
            room: crate::game::room::addr(
                m.is_some_and(|m| m.get_flag("room")),
                m.and_then(|m| m.get_one::<std::net::IpAddr>("host").copied()),
                m.and_then(|m| m.get_one::<u16>("port").copied()),
            ),
        };
        if let Some(s) = &opts.scenario
            && let Err(d) = resolve(s)
        {
            return diags(d, lang);
        }
        let no_window = tr!(
            "impossible d'ouvrir la fenêtre du jeu : aucun écran graphique (DISPLAY ou WAYLAND_DISPLAY). Sans écran, lancez-le sous Xvfb (voir README) ou utilisez `cjs run`.",
            "cannot open the game window: no graphical display (DISPLAY or WAYLAND_DISPLAY). Without a screen, run it under Xvfb (see README) or use `cjs run`."
        );
        if cfg!(target_os = "linux")
            && std::env::var_os("DISPLAY").is_none()
            && std::env::var_os("WAYLAND_DISPLAY").is_none()
        {
            return Exit::Fail(no_window.get(lang).to_string());
        }
        // A display that cannot be opened makes the windowing layer panic: say it plainly.
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let result = std::panic::catch_unwind(|| crate::game::run(opts));
        std::panic::set_hook(hook);
        match result {
            Ok(()) => Exit::Ok,
            Err(e) => {
                let why = e
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                Exit::Fail(format!("{} ({why})", no_window.get(lang)))
            }
        }
    }
    #[cfg(not(feature = "game"))]
    {
        let _ = (m, PathBuf::new(), Mode::Animateur);
        Exit::Fail(
            tr!(
                "ce programme a été construit sans le jeu (option `game`) : utilisez `cjs run` ou reconstruisez avec `cargo build --release`",
                "this program was built without the game (feature `game`): use `cjs run` or rebuild with `cargo build --release`"
            )
            .get(lang)
            .to_string(),
        )
    }
}

fn scenarios_cmd(m: &ArgMatches, lang: Lang) -> Exit {
    let all = shipped::all();
    if m.get_flag("json") {
        let rows: Vec<serde_json::Value> = all
            .iter()
            .map(|l| {
                let s = &l.scenario;
                serde_json::json!({"id": s.id, "title": s.title.get(lang), "weeks": s.calendar.weeks, "level": format!("{:?}", s.level).to_lowercase(), "cooperants": s.cooperants.len(), "currency": s.currency})
            })
            .collect();
        return print(&format!("{}\n", serde_json::Value::Array(rows)));
    }
    let mut out = String::new();
    out.push_str(&format!(
        "{:<24} {:<7} {:<13} {}\n",
        "id",
        h(lang, "semaines", "weeks"),
        h(lang, "niveau", "level"),
        h(lang, "titre", "title")
    ));
    for l in &all {
        let s = &l.scenario;
        out.push_str(&format!(
            "{:<24} {:<7} {:<13} {}\n",
            s.id,
            s.calendar.weeks,
            level(s.level, lang),
            s.title.get(lang)
        ));
    }
    print(&out)
}

pub fn level(l: crate::scenario::Level, lang: Lang) -> &'static str {
    use crate::scenario::Level::*;
    match l {
        Tutorial => h(lang, "tutoriel", "tutorial"),
        Beginner => h(lang, "débutant", "beginner"),
        Intermediate => h(lang, "intermédiaire", "intermediate"),
        Advanced => h(lang, "avancé", "advanced"),
    }
}

fn check_cmd(m: &ArgMatches, lang: Lang) -> Exit {
    let mut errors = Vec::new();
    let mut ok = String::new();
    for f in m.get_many::<OsString>("files").into_iter().flatten() {
        let f = Path::new(f);
        match load_file(f) {
            // One line per file, whatever the title holds.
            Ok(l) => ok.push_str(&format!(
                "{}\n",
                for_terminal(
                    &format!("{}: {} ({})", f.display(), h(lang, "valide", "valid"), l.scenario.title.get(lang)),
                    true
                )
            )),
            Err(d) => errors.extend(d.iter().map(|d| d.render(lang))),
        }
    }
    if let failed @ Exit::Write(_) = print(&ok) {
        return failed;
    }
    if errors.is_empty() { Exit::Ok } else { Exit::Input(errors) }
}

fn run_cmd(m: &ArgMatches, lang: Lang) -> Exit {
    let arg = file_arg(m, "scenario").unwrap_or_default();
    let loaded = match resolve_os(arg.as_os_str()) {
        Ok(l) => l,
        Err(d) => return diags(d, lang),
    };
    if let Some(out) = file_arg(m, "journal")
        && let Err(e) = refuse_overwrite(&arg, &out, "--journal", lang)
    {
        return e;
    }
    let seed = m.get_one::<u64>("seed").copied().unwrap_or(1);
    let policy = m.get_one::<String>("policy").and_then(|p| Policy::parse(p)).unwrap_or(Policy::Adaptive);
    let w = World::new(&loaded);
    let (season, inputs) = play(&w, seed, policy);
    if let Some(out) = file_arg(m, "journal") {
        let save = Save::new(&w, seed, Mode::Animateur, Some(policy.name()), Vec::new(), inputs);
        let jf = JournalFile::new(save, &season, &w);
        if let Err(e) = write_json(&out, &jf) {
            return Exit::Fail(format!("{}: {}", out.display(), write_error(&e).get(lang)));
        }
    }
    let summary = Summary::of(&season, &w, policy.name());
    if m.get_flag("json") {
        return print(&format!("{}\n", serde_json::to_string(&summary).unwrap_or_default()));
    }
    let mut text = readable(&summary, &w, lang);
    if m.get_flag("explain") {
        text.push_str(&crate::report::explain::story(&season, &w, lang));
    }
    print(&text)
}

/// "PEC = V + S + A", with the scenario's weights when they are not all 1 (else the line would
/// be a false sum: "PEC 666.8 = Vision 66.7 + Support 100.0 + Autonomy 40.6").
fn pec_line(s: &Summary, w: crate::scenario::PecWeights) -> Text {
    if (w.v, w.s, w.a) == (1, 1, 1) {
        return tr!(
            "PEC {:.1} = Vision {:.1} + Soutien {:.1} + Autonomie {:.1}",
            "PEC {:.1} = Vision {:.1} + Support {:.1} + Autonomy {:.1}",
            s.pec.total,
            s.pec.v,
            s.pec.s,
            s.pec.a
        );
    }
    tr!(
        "PEC {:.1} = {} × Vision {:.1} + {} × Soutien {:.1} + {} × Autonomie {:.1}",
        "PEC {:.1} = {} × Vision {:.1} + {} × Support {:.1} + {} × Autonomy {:.1}",
        s.pec.total,
        w.v,
        s.pec.v,
        w.s,
        s.pec.s,
        w.a,
        s.pec.a
    )
}

/// The summary of one summer, for people.
pub fn readable(s: &Summary, w: &World, lang: Lang) -> String {
    let sc = &w.scenario;
    let cur = |d| money(d, sc.currency, sc.locale);
    let f = &s.finance;
    let lines: Vec<Text> = vec![
        tr!("{} — graine {}, politique « {} »", "{} — seed {}, policy \"{}\"", sc.title.get(lang), s.seed, s.policy),
        pec_line(s, sc.pec_weights),
        tr!(
            "  Autonomie par sphère : vie d'entreprise {:.1}, vie associative {:.1}, travail {:.1}",
            "  Autonomy by sphere: business life {:.1}, associative life {:.1}, work {:.1}",
            s.autonomy_spheres.business,
            s.autonomy_spheres.associative,
            s.autonomy_spheres.work
        ),
        tr!(
            "Chiffre d'affaires {} ; coûts {} ; surplus réparti {} ; caisse finale {}",
            "Revenue {}; costs {}; surplus allocated {}; cash at the end {}",
            cur(f.revenue),
            cur(f.costs),
            cur(f.surplus),
            cur(f.cash_end)
        ),
        tr!("Paie par coopérant : {}", "Pay per cooperant: {}", cur(f.pay_per_member)),
        tr!(
            "{} contrats, {} heures travaillées, {} coopérants sur {} jusqu'au bout",
            "{} contracts, {} hours worked, {} of {} cooperants to the end",
            s.contracts,
            s.hours,
            s.members_end,
            sc.cooperants.len()
        ),
        tr!(
            "Objectifs atteints : {} sur {} ; plaintes de clients : {} ; disputes : {}",
            "Objectives reached: {} of {}; client complaints: {}; quarrels: {}",
            s.objectives_reached,
            s.objectives_set,
            s.complaints,
            s.conflicts
        ),
        tr!(
            "Décisions : {} — prises par le groupe {} (dont comités {}), par les animateurs {}",
            "Decisions: {} — taken by the group {} (comités {}), by the animateurs {}",
            s.decisions.total,
            s.decisions.by_group,
            s.decisions.by_comite,
            s.decisions.by_animateurs
        ),
    ];
    lines.iter().map(|t| format!("{}\n", t.get(lang))).collect()
}

/// Most summers in one batch: ten million take about ten minutes on 2 cores.
pub const MAX_SEEDS: u64 = 10_000_000;
/// Most threads for a batch: more than this is a typo, and each thread costs memory.
pub const MAX_THREADS: usize = 256;

fn parse_seeds(s: &str) -> Result<(u64, u64), Text> {
    let form = || tr!("--seeds attend A..B avec A ≤ B, trouvé `{}`", "--seeds expects A..B with A ≤ B, found `{}`", s);
    let (a, b) = s.split_once("..").ok_or_else(form)?;
    let a: u64 = a.trim().parse().map_err(|_| form())?;
    let b = b.trim().trim_start_matches('=');
    let b: u64 = b.parse().map_err(|_| form())?;
    if a > b {
        return Err(form());
    }
    if b - a >= MAX_SEEDS {
        return Err(tr!(
            "--seeds : au plus {} étés dans un lot, `{}` en demande {}",
            "--seeds: at most {} summers in one batch, `{}` asks for {}",
            MAX_SEEDS,
            s,
            u128::from(b - a) + 1
        ));
    }
    Ok((a, b))
}

fn parse_threads(s: &str) -> Result<usize, Text> {
    match s.trim().parse::<usize>() {
        Ok(n) if (1..=MAX_THREADS).contains(&n) => Ok(n),
        _ => Err(tr!(
            "--threads attend un nombre de 1 à {}, trouvé `{}`",
            "--threads expects a number from 1 to {}, found `{}`",
            MAX_THREADS,
            s
        )),
    }
}

fn batch_cmd(m: &ArgMatches, lang: Lang) -> Exit {
    let arg = file_arg(m, "scenario").unwrap_or_default();
    let loaded = match resolve_os(arg.as_os_str()) {
        Ok(l) => l,
        Err(d) => return diags(d, lang),
    };
    if let Some(out) = file_arg(m, "csv")
        && let Err(e) = refuse_overwrite(&arg, &out, "--csv", lang)
    {
        return e;
    }
    let seeds = m.get_one::<String>("seeds").cloned().unwrap_or_default();
    let (from, to) = match parse_seeds(&seeds) {
        Ok(r) => r,
        Err(t) => return Exit::Input(vec![t.get(lang).to_string()]),
    };
    let threads = match m.get_one::<String>("threads").map(|t| parse_threads(t)) {
        Some(Err(t)) => return Exit::Input(vec![t.get(lang).to_string()]),
        Some(Ok(n)) => Some(n),
        None => None,
    };
    let policy = m.get_one::<String>("policy").and_then(|p| Policy::parse(p)).unwrap_or(Policy::Adaptive);
    let w = World::new(&loaded);
    let n = to - from + 1;
    let bar = if std::io::stderr().is_terminal() && n >= 2000 {
        let b = indicatif::ProgressBar::new(n);
        b.set_style(
            indicatif::ProgressStyle::with_template(h(
                lang,
                "{bar:40} {pos}/{len} étés — reste {eta}",
                "{bar:40} {pos}/{len} summers — {eta} left",
            ))
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        Some(b)
    } else {
        None
    };
    let tick = || {
        if let Some(b) = &bar {
            b.inc(1);
        }
    };
    let runs = match threads {
        Some(t) => match rayon::ThreadPoolBuilder::new().num_threads(t).build() {
            Ok(pool) => pool.install(|| batch::run(&w, from, to, policy, &tick)),
            Err(e) => return Exit::Fail(e.to_string()),
        },
        None => batch::run(&w, from, to, policy, &tick),
    };
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    if let Some(out) = file_arg(m, "csv")
        && let Err(e) = write_out(&out, batch::csv(&runs).as_bytes(), lang)
    {
        return e;
    }
    let sum = batch::summarize(&w, policy, from, to, &runs);
    if m.get_flag("json") {
        return print(&format!("{}\n", serde_json::to_string(&sum).unwrap_or_default()));
    }
    let mut out = tr!(
        "{} — {} étés, politique « {} »\n",
        "{} — {} summers, policy \"{}\"\n",
        w.scenario.title.get(lang),
        sum.runs,
        sum.policy
    )
    .get(lang)
    .to_string();
    out.push_str(&format!(
        "{:<16} {:>9} {:>8} {:>9} {:>9} {:>9}\n",
        "",
        h(lang, "moyenne", "mean"),
        h(lang, "écart", "sd"),
        "p10",
        "p50",
        "p90"
    ));
    for (name, st) in [
        ("PEC", sum.pec),
        ("Vision", sum.v),
        (h(lang, "Soutien", "Support"), sum.s),
        (h(lang, "Autonomie", "Autonomy"), sum.a),
        (h(lang, "Chiffre d'aff.", "Revenue"), sum.revenue),
        (h(lang, "Paie/membre", "Pay/member"), sum.pay_per_member),
    ] {
        out.push_str(&format!(
            "{:<16} {:>9.2} {:>8.2} {:>9.2} {:>9.2} {:>9.2}\n",
            name, st.mean, st.sd, st.p10, st.p50, st.p90
        ));
    }
    print(&out)
}

fn report_cmd(m: &ArgMatches, lang: Lang) -> Exit {
    let journal = file_arg(m, "journal").unwrap_or_default();
    let out = file_arg(m, "out").unwrap_or_default();
    let compare = file_arg(m, "compare");
    // Reads a journal and checks that replaying its decisions gives the same summer.
    let open = |path: &PathBuf| crate::save::load_journal(path).map_err(|d| diags(d, lang));
    for input in std::iter::once(&journal).chain(compare.as_ref()) {
        if let Err(e) = refuse_overwrite(input, &out, "--out", lang) {
            return e;
        }
    }
    let (jf, w, season) = match open(&journal) {
        Ok(x) => x,
        Err(e) => return e,
    };
    let ext = out.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    if compare.is_some() && !matches!(ext.as_str(), "html" | "htm") {
        return Exit::Input(vec![
            tr!(
                "--compare met deux étés côte à côte dans un rapport HTML : `{}` n'est pas un .html",
                "--compare puts two summers side by side in an HTML report: `{}` is not an .html",
                out.display()
            )
            .get(lang)
            .to_string(),
        ]);
    }
    let other = match compare.as_ref().map(open) {
        Some(Ok(x)) => Some(x),
        Some(Err(e)) => return e,
        None => None,
    };
    let body = match ext.as_str() {
        "md" => crate::report::render::markdown(&jf, &w, &season, lang),
        "csv" => crate::report::render::csv(&jf, &w, &season, lang),
        "html" | "htm" => {
            let mut runs = vec![(&jf, &w, &season)];
            if let Some((jf2, w2, s2)) = &other {
                runs.push((jf2, w2, s2));
            }
            crate::report::render::html(&runs, lang)
        }
        _ => {
            return Exit::Input(vec![
                tr!(
                    "--out doit finir par .html, .md ou .csv : `{}`",
                    "--out must end in .html, .md or .csv: `{}`",
                    out.display()
                )
                .get(lang)
                .to_string(),
            ]);
        }
    };
    match write_out(&out, body.as_bytes(), lang) {
        Ok(()) => Exit::Ok,
        Err(e) => e,
    }
}

/// `cjs compare SCENARIO --seeds A..B [--json]`: every policy side by side.
fn compare_cmd(m: &ArgMatches, lang: Lang) -> Exit {
    let arg = file_arg(m, "scenario").unwrap_or_default();
    let loaded = match resolve_os(arg.as_os_str()) {
        Ok(l) => l,
        Err(d) => return diags(d, lang),
    };
    let seeds = m.get_one::<String>("seeds").cloned().unwrap_or_default();
    let (from, to) = match parse_seeds(&seeds) {
        Ok(r) => r,
        Err(t) => return Exit::Input(vec![t.get(lang).to_string()]),
    };
    let w = World::new(&loaded);
    let n = (to - from + 1).saturating_mul(crate::policy::Policy::ALL.len() as u64);
    // The score-seeker tries every choice at every decision: a comparison takes a while, so a
    // terminal sees its progress.
    let bar = std::io::stderr().is_terminal().then(|| {
        let b = indicatif::ProgressBar::new(n);
        b.set_style(
            indicatif::ProgressStyle::with_template(h(
                lang,
                "{bar:40} {pos}/{len} étés — reste {eta}",
                "{bar:40} {pos}/{len} summers — {eta} left",
            ))
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        b
    });
    let tick = || {
        if let Some(b) = &bar {
            b.inc(1);
        }
    };
    let c = crate::report::compare::run(&w, from, to, &tick);
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    if m.get_flag("json") {
        return print(&format!("{}\n", serde_json::to_string(&c).unwrap_or_default()));
    }
    let mut out = tr!(
        "{} — graines {} à {}, chaque politique\n",
        "{} — seeds {} to {}, every policy\n",
        w.scenario.title.get(lang),
        from,
        to
    )
    .get(lang)
    .to_string();
    out.push_str(&crate::report::compare::table(&c, lang));
    print(&out)
}
