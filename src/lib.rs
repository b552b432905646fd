//! Un été en coop: the engine of a summer of a Coopérative Jeunesse de Services.
// Functions a person can hold: none over the threshold of `clippy.toml` (CI's clippy denies
// warnings).
#![warn(clippy::too_many_lines)]
pub mod base;
pub mod cli;
pub mod decision;
pub mod i18n;
pub mod policy;
pub mod report;
pub mod save;
pub mod scenario;
pub mod scoring;
pub mod sim;
pub mod text;
pub mod words;

#[cfg(feature = "room")]
pub mod room;

#[cfg(feature = "game")]
pub mod game;
