//! The season engine: one summer of a CJS as a pure, deterministic function of
//! (scenario, seed, decisions). No IO, no clock, no hash-map iteration.
pub mod journal;
pub mod ledger;
pub mod money;
pub mod season;
pub mod world;

pub use season::Season;
pub use world::World;

pub(crate) fn to_f64(d: rust_decimal::Decimal) -> f64 {
    use rust_decimal::prelude::ToPrimitive;
    d.to_f64().unwrap_or(0.0)
}
