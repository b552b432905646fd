//! The command line: `cjs play | scenarios | check | run | batch | report | room`. Help and messages in
//! French and English (`--lang`, else the environment's locale). Exit codes: 0 ok, 2 bad input
//! or usage, 1 anything else.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::{Arg, ArgAction, ArgMatches, Command};

use crate::policy::{Policy, play};
use crate::report::{Summary, batch};
use crate::save::{JournalFile, Mode, Save, write_atomic, write_json};
use crate::scenario::{Diagnostic, Loaded, load_file, shipped};
use crate::sim::World;
use crate::text::{Lang, Text, money};
use crate::tr;

/// How a command ended.
pub enum Exit {
    Ok,
    /// Bad input or usage (exit 2).
    Input(Vec<String>),
    /// Anything else (exit 1).
    Fail(String),
}

fn h(lang: Lang, fr: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}

/// The language asked on the command line, else the environment's.
pub fn lang_of(args: &[String]) -> Lang {
    let mut it = args.iter();
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
    localize(command_en_fr(lang), lang).disable_version_flag(true).arg(
        Arg::new("version").short('V').long("version").action(ArgAction::Version).help(h(
            lang,
            "afficher la version",
            "print the version",
        )),
    )
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
                    Arg::new("threads").long("threads").value_name("N").value_parser(clap::value_parser!(usize)).help(
                        l("nombre de fils (par défaut : tous les cœurs)", "number of threads (default: all cores)"),
                    ),
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

/// Runs the command line; returns the process exit code.
pub fn main_with(args: Vec<String>) -> i32 {
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
                let detail = e.kind().as_str().map(|_| e.to_string()).unwrap_or_else(|| e.to_string());
                let detail = detail.lines().next().unwrap_or("").trim_start_matches("error: ").to_string();
                eprintln!("erreur : {what} — {detail}\nAide : cjs --help");
            } else {
                let _ = e.print();
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
                let _ = writeln!(err, "{l}");
            }
            2
        }
        Exit::Fail(msg) => {
            let _ = writeln!(std::io::stderr().lock(), "{}{msg}", h(lang, "erreur : ", "error: "));
            1
        }
    }
}

fn diags(d: Vec<Diagnostic>, lang: Lang) -> Exit {
    Exit::Input(d.iter().map(|d| d.render(lang)).collect())
}

/// A scenario by path, or by the id of a shipped one.
pub fn resolve(arg: &str) -> Result<Loaded, Vec<Diagnostic>> {
    let path = Path::new(arg);
    if path.exists() {
        return load_file(path);
    }
    if let Some(r) = shipped::by_id(arg) {
        return r;
    }
    Err(vec![Diagnostic::new(
        arg,
        tr!(
            "ni fichier ni scénario livré de ce nom (voir `cjs scenarios`)",
            "neither a file nor a shipped scenario of that name (see `cjs scenarios`)"
        ),
    )])
}

fn write_out(path: &str, bytes: &[u8], lang: Lang) -> Result<(), Exit> {
    write_atomic(Path::new(path), bytes)
        .map_err(|e| Exit::Fail(format!("{path}: {} ({e})", h(lang, "écriture impossible", "cannot write"))))
}

fn print(s: &str) -> Exit {
    let mut out = std::io::stdout().lock();
    // A closed pipe (`cjs ... | head`) is not an error of ours.
    let _ = out.write_all(s.as_bytes());
    let _ = out.flush();
    Exit::Ok
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
            load: get("load").map(PathBuf::from),
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
    for f in m.get_many::<String>("files").into_iter().flatten() {
        match load_file(Path::new(f)) {
            Ok(l) => ok.push_str(&format!("{f}: {} ({})\n", h(lang, "valide", "valid"), l.scenario.title.get(lang))),
            Err(d) => errors.extend(d.iter().map(|d| d.render(lang))),
        }
    }
    print(&ok);
    if errors.is_empty() { Exit::Ok } else { Exit::Input(errors) }
}

fn run_cmd(m: &ArgMatches, lang: Lang) -> Exit {
    let arg = m.get_one::<String>("scenario").cloned().unwrap_or_default();
    let loaded = match resolve(&arg) {
        Ok(l) => l,
        Err(d) => return diags(d, lang),
    };
    let seed = m.get_one::<u64>("seed").copied().unwrap_or(1);
    let policy = m.get_one::<String>("policy").and_then(|p| Policy::parse(p)).unwrap_or(Policy::Adaptive);
    let w = World::new(&loaded);
    let (season, inputs) = play(&w, seed, policy);
    if let Some(out) = m.get_one::<String>("journal") {
        let save = Save::new(&w, seed, Mode::Animateur, Some(policy.name()), Vec::new(), inputs);
        let jf = JournalFile::new(save, &season, &w);
        if let Err(e) = write_json(Path::new(out), &jf) {
            return Exit::Fail(format!("{out}: {} ({e})", h(lang, "écriture impossible", "cannot write")));
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

/// The summary of one summer, for people.
pub fn readable(s: &Summary, w: &World, lang: Lang) -> String {
    let sc = &w.scenario;
    let cur = |d| money(d, sc.currency, sc.locale);
    let f = &s.finance;
    let lines: Vec<Text> = vec![
        tr!("{} — graine {}, politique « {} »", "{} — seed {}, policy \"{}\"", sc.title.get(lang), s.seed, s.policy),
        tr!(
            "PEC {:.1} = Vision {:.1} + Soutien {:.1} + Autonomie {:.1}",
            "PEC {:.1} = Vision {:.1} + Support {:.1} + Autonomy {:.1}",
            s.pec.total,
            s.pec.v,
            s.pec.s,
            s.pec.a
        ),
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

fn parse_seeds(s: &str) -> Option<(u64, u64)> {
    let (a, b) = s.split_once("..")?;
    let a: u64 = a.trim().parse().ok()?;
    let b = b.trim().trim_start_matches('=');
    let b: u64 = b.parse().ok()?;
    (a <= b && b - a < 10_000_000).then_some((a, b))
}

fn batch_cmd(m: &ArgMatches, lang: Lang) -> Exit {
    let arg = m.get_one::<String>("scenario").cloned().unwrap_or_default();
    let loaded = match resolve(&arg) {
        Ok(l) => l,
        Err(d) => return diags(d, lang),
    };
    let seeds = m.get_one::<String>("seeds").cloned().unwrap_or_default();
    let Some((from, to)) = parse_seeds(&seeds) else {
        return Exit::Input(vec![
            tr!("--seeds attend A..B avec A ≤ B, trouvé `{}`", "--seeds expects A..B with A ≤ B, found `{}`", seeds)
                .get(lang)
                .to_string(),
        ]);
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
    let runs = match m.get_one::<usize>("threads") {
        Some(&t) => match rayon::ThreadPoolBuilder::new().num_threads(t.max(1)).build() {
            Ok(pool) => pool.install(|| batch::run(&w, from, to, policy, &tick)),
            Err(e) => return Exit::Fail(e.to_string()),
        },
        None => batch::run(&w, from, to, policy, &tick),
    };
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    if let Some(out) = m.get_one::<String>("csv")
        && let Err(e) = write_out(out, batch::csv(&runs).as_bytes(), lang)
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
    let journal = m.get_one::<String>("journal").cloned().unwrap_or_default();
    let out = m.get_one::<String>("out").cloned().unwrap_or_default();
    let compare = m.get_one::<String>("compare").cloned();
    // Reads a journal and checks that replaying its decisions gives the same summer.
    let open = |journal: &str| -> Result<(JournalFile, World, crate::sim::Season), Exit> {
        let jf: JournalFile = crate::save::read_json(Path::new(journal)).map_err(|d| diags(d, lang))?;
        let (w, season) = jf.save.replay(journal).map_err(|d| diags(d, lang))?;
        if season.journal != jf.entries {
            return Err(Exit::Input(vec![
                tr!(
                    "{} : le journal ne correspond pas à la rejouée de ses décisions (fichier modifié ?)",
                    "{}: the journal does not match the replay of its decisions (was the file edited?)",
                    journal
                )
                .get(lang)
                .to_string(),
            ]));
        }
        Ok((jf, w, season))
    };
    let (jf, w, season) = match open(&journal) {
        Ok(x) => x,
        Err(e) => return e,
    };
    let ext = Path::new(&out).extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    if compare.is_some() && !matches!(ext.as_str(), "html" | "htm") {
        return Exit::Input(vec![
            tr!(
                "--compare met deux étés côte à côte dans un rapport HTML : `{}` n'est pas un .html",
                "--compare puts two summers side by side in an HTML report: `{}` is not an .html",
                out
            )
            .get(lang)
            .to_string(),
        ]);
    }
    let other = match compare.as_deref().map(open) {
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
                    out
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
    let arg = m.get_one::<String>("scenario").cloned().unwrap_or_default();
    let loaded = match resolve(&arg) {
        Ok(l) => l,
        Err(d) => return diags(d, lang),
    };
    let seeds = m.get_one::<String>("seeds").cloned().unwrap_or_default();
    let Some((from, to)) = parse_seeds(&seeds) else {
        return Exit::Input(vec![
            tr!("--seeds attend A..B avec A ≤ B, trouvé `{}`", "--seeds expects A..B with A ≤ B, found `{}`", seeds)
                .get(lang)
                .to_string(),
        ]);
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
