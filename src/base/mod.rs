//! What every layer of the engine stands on, and which stands on nothing of the crate: exact
//! decimals (`dec.rs`), the model's constants (`params.rs`), the named random streams
//! (`rng.rs`), and the currency and locale amounts are written in (`locale.rs`). The layers above are listed in `docs/architecture.md`;
//! `tests/layers.rs` checks that each module only imports the ones below it.

pub mod dec;
pub mod locale;
pub mod params;
pub mod rng;
