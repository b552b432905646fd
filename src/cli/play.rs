//! `cjs play`: opens the game, or says plainly why it cannot.

use clap::ArgMatches;

use super::Exit;
#[cfg(feature = "game")]
use super::{args::file_arg, diags};
#[cfg(feature = "game")]
use crate::policy::Policy;
#[cfg(feature = "game")]
use crate::save::Mode;
#[cfg(feature = "game")]
use crate::scenario::resolve;
use crate::text::Lang;
use crate::tr;

pub(super) fn play_cmd(m: Option<&ArgMatches>, lang: Lang) -> Exit {
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
            history: None,
        };
        let save = opts.load.clone().unwrap_or_else(|| std::path::PathBuf::from(crate::game::DEFAULT_SAVE));
        let opts = crate::game::Options { history: Some(crate::game::history_beside(&save)), ..opts };
        if let Some(s) = &opts.scenario
            && let Err(d) = resolve(s)
        {
            return diags(d, lang);
        }
        let no_window = tr!("cli-no-display");
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
        let _ = m;
        Exit::Fail(tr!("cli-built-without-game").get(lang).to_string())
    }
}
