//! The commands, their arguments and their help, in the language of the command line.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Arg, ArgAction, ArgMatches, Command};

use super::h;
use crate::policy::Policy;
use crate::text::Lang;

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

/// `--seed N`, the seed of the summer's random streams.
pub(super) fn seed_arg(lang: Lang) -> Arg {
    Arg::new("seed").long("seed").value_name("N").value_parser(clap::value_parser!(u64)).help(h(
        lang,
        "graine du hasard",
        "random seed",
    ))
}

/// `--policy P`, who holds the animateurs' seat (`adaptive` by default).
pub(super) fn policy_arg(lang: Lang) -> Arg {
    Arg::new("policy")
        .long("policy")
        .value_name("P")
        .default_value("adaptive")
        .value_parser(Policy::ALL.map(|p| p.name()))
        .help(h(lang, "politique des animateurs", "the animateurs' policy"))
}

/// A file argument, as the system named it.
pub(super) fn file_arg(m: &ArgMatches, k: &str) -> Option<PathBuf> {
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
    let policy = || policy_arg(lang);
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
                .arg(seed_arg(lang))
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
                .arg(seed_arg(lang).default_value("1"))
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
    let cmd = cmd.subcommand(super::room::command(lang));
    cmd
}
