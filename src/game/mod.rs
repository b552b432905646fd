//! The Bevy front-end (feature `game`).

use std::path::PathBuf;

use crate::policy::Policy;
use crate::save::Mode;
use crate::text::Lang;

/// How the game starts, from the command line.
#[derive(Debug, Clone)]
pub struct Options {
    pub lang: Lang,
    pub scenario: Option<String>,
    pub mode: Mode,
    pub seed: Option<u64>,
    pub load: Option<PathBuf>,
    pub autoplay: Option<Policy>,
}

/// Opens the game window and runs until it is closed.
pub fn run(opts: Options) {
    let _ = opts;
}
