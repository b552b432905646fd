//! Un été en coop: the engine of a summer of a Coopérative Jeunesse de Services.
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
