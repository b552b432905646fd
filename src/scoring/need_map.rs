//! The need map: which posture fits a group, by sphere, by band of readiness in that sphere
//! (competence × commitment) and by crisis. It is not an axiom of the score: it is **derived
//! from the simulated world** (`policy::derive`), as the posture whose decision gives the group
//! the best outcome (members kept, revenue, objectives reached, competence: never the score),
//! over the shipped scenarios. `cargo run --release --no-default-features --example need_map --
//! --write` derives it again and writes the table below; `tests/need_map.rs` fails when the
//! stored map and the derived one disagree.

use crate::scenario::Sphere;

/// The seeds of each shipped scenario the stored map is derived from.
pub const SEEDS: u64 = 60;

/// The lower bound of each band of readiness; the last band is open above.
pub const BANDS: [f64; 6] = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5];

/// Levels on the posture scale (3 decide, 2 suggest, 1 facilitate, 0 step back), indexed by
/// sphere (`Sphere::index`), band and crisis (0 outside a crisis, 1 in one that calls for help).
pub type Levels = [[[u8; 2]; BANDS.len()]; 3];

/// The band of a readiness.
pub fn band(readiness: f64) -> usize {
    BANDS.iter().rposition(|&b| readiness >= b).unwrap_or(0)
}

/// The help a group needs by the stored map.
pub fn need(sphere: Sphere, readiness: f64, crisis: bool) -> u8 {
    MAP[sphere.index()][band(readiness)][crisis as usize]
}

// BEGIN GENERATED: the need map (example `need_map`)
/// The stored map.
pub const MAP: Levels = [
    // business life
    [[1, 1], [1, 1], [1, 1], [1, 1], [1, 1], [1, 1]],
    // associative life
    [[1, 1], [1, 1], [1, 1], [1, 1], [1, 1], [1, 1]],
    // work
    [[2, 1], [2, 1], [1, 1], [1, 1], [0, 1], [0, 1]],
];
// END GENERATED
