//! The need map: which posture fits a group, by sphere, by band of readiness in that sphere
//! (competence × willingness), by whether the group is willing (model 8, `WILLING_FROM`) and by
//! crisis. It is not an axiom of the score: it is **derived
//! from the simulated world** (`policy::derive`), as the posture whose decision gives the group
//! the best outcome (members kept, revenue, objectives reached, competence: never the score),
//! over the shipped scenarios, each band judged with the map itself everywhere else (rounds of
//! coordinate ascent until the map no longer changes). A band the shipped groups do not reach
//! is judged on the same scenarios played by less and more experienced groups (`VARIED`), and
//! by less willing ones (`LESS_WILLING`), rather than borrowed from the nearest band reached. `cargo run --release --no-default-features
//! --example need_map -- --write` derives it again and writes the table below;
//! `tests/need_map.rs` fails when the stored map and the derived one disagree, or when the rounds
//! do not settle.

use super::Need;
use crate::scenario::Sphere;

/// The seeds of each shipped scenario the stored map is derived from.
pub const SEEDS: u64 = 200;

/// The groups each shipped scenario is also played by to judge the bands its own group does
/// not reach: two less experienced ones and a more experienced one (`competence_start` moved by
/// each amount; `policy::derive::varied`). The least experienced since model 4: the groups at
/// − 0.08 reached associative life below a readiness of 0.1 too seldom to judge it.
pub const VARIED: [f64; 3] = [-0.16, -0.08, 0.15];

/// The factor on the members' motivation and initiative of the less willing groups that judge
/// the cells the shipped groups reach too seldom, with those of `VARIED`: each shipped group and
/// each of `VARIED` is played by a less willing one too (`policy::derive::varied`). The shipped
/// groups start with a willingness of 0.68–0.70; less willing, 0.44–0.45, under `WILLING_FROM`
/// as the shyest untuned groups (0.33–0.49). Set once, not tuned (model 8).
pub const LESS_WILLING: f64 = 0.75;

/// The lower bound of each band of readiness; the last band is open above. Model 5 splits the
/// band from 0.1 to 0.2 in two: its halves call for different help (`docs/pec-model.md`).
pub const BANDS: [f64; 7] = [0.0, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5];

/// The willingness (`Season::willingness`) from which a group counts as willing: situational
/// leadership's R2 and R4, against R1 and R3. More willing than not; not derived (model 8).
pub const WILLING_FROM: f64 = 0.5;

/// The cells of state of a sphere: the bands of readiness of a willing group, then those of a
/// group not willing (`cell`).
pub const CELLS: usize = 2 * BANDS.len();

/// The need, indexed by sphere (`Sphere::index`), cell (`cell`) and crisis (0 outside a crisis,
/// 1 in one that calls for help).
pub type Map = [[[Need; 2]; CELLS]; 3];

/// A map of the bands of readiness alone, willing or not (the maps of models 3 to 7): `both`
/// makes it a `Map` whose two halves are the same.
pub type Bands = [[[Need; 2]; BANDS.len()]; 3];

/// The band of a readiness.
pub fn band(readiness: f64) -> usize {
    BANDS.iter().rposition(|&b| readiness >= b).unwrap_or(0)
}

/// The cell of a readiness and a willingness: its band, in the half of the willing or not.
pub fn cell(readiness: f64, willingness: f64) -> usize {
    band(readiness) + if willingness < WILLING_FROM { BANDS.len() } else { 0 }
}

/// Whether a cell is of the half of a group not willing.
pub fn unwilling(cell: usize) -> bool {
    cell >= BANDS.len()
}

/// A map whose halves are the same: the willingness does not count.
pub const fn both(bands: &Bands) -> Map {
    let mut map = [[[Need::Facilitation; 2]; CELLS]; 3];
    let mut s = 0;
    while s < 3 {
        let mut b = 0;
        while b < BANDS.len() {
            map[s][b] = bands[s][b];
            map[s][b + BANDS.len()] = bands[s][b];
            b += 1;
        }
        s += 1;
    }
    map
}

/// The help a group needs by a map.
pub fn need_under(map: &Map, sphere: Sphere, readiness: f64, willingness: f64, crisis: bool) -> Need {
    map[sphere.index()][cell(readiness, willingness)][crisis as usize]
}

/// The map of the engine's model `model`: `MAP` for `base::params::MODEL`; for model 7 (files of
/// version 8), models 5 and 6 (files of versions 6 and 7), model 4 (version 5), model 3 as first played (version 4) and model 2 (versions 2 and 3, whose
/// scenarios may set `derived_need` 1), the map derived then.
pub fn of_model(model: u8) -> &'static Map {
    match model {
        ..=3 => &MAP_MODEL_3,
        4 => &MAP_MODEL_4,
        5 | 6 => &MAP_MODEL_6,
        7 => &MAP_MODEL_7,
        _ => &MAP,
    }
}

/// Whether the map of `model` tells a willing group from one that is not: its two halves differ
/// (model 8 on; the maps of models 3 to 7 have two equal halves, `both`).
pub fn tells_willingness(model: u8) -> bool {
    of_model(model).iter().any(|row| row[..BANDS.len()] != row[BANDS.len()..])
}

/// Whether the need recorded for a decision (`need`, at `readiness`, with a crisis open or
/// not) came from the half of a group not willing, and the help a willing group would have
/// needed then. A crisis open may or may not call for help (one the animateurs brought about
/// does not: `Season::need`), so with one open both are weighed: the need is told apart only
/// when the willing half gives it in neither, and the unwilling half in one of them.
pub fn unwilling_need(model: u8, sphere: Sphere, readiness: f64, crisis: bool, need: Need) -> Option<Need> {
    if !tells_willingness(model) {
        return None;
    }
    let at = |willingness, c| need_under(of_model(model), sphere, readiness, willingness, c);
    let calls: &[bool] = if crisis { &[false, true] } else { &[false] };
    if calls.iter().any(|&c| at(1.0, c) == need) {
        return None;
    }
    calls.iter().find(|&&c| at(0.0, c) == need).map(|&c| at(1.0, c))
}

// BEGIN GENERATED: the need map (example `need_map`)
/// The stored map: by cell (a band of readiness, of a group willing or not), [outside a crisis, in a crisis].
pub const MAP: Map = [
    // business life
    [
        [Need::Coaching, Need::Facilitation],     // willing, readiness ≥ 0
        [Need::Coaching, Need::Coaching],         // willing, readiness ≥ 0.1
        [Need::Facilitation, Need::Facilitation], // willing, readiness ≥ 0.15
        [Need::Facilitation, Need::Facilitation], // willing, readiness ≥ 0.2
        [Need::Facilitation, Need::Facilitation], // willing, readiness ≥ 0.3
        [Need::Facilitation, Need::Facilitation], // willing, readiness ≥ 0.4
        [Need::Room, Need::Facilitation],         // willing, readiness ≥ 0.5
        [Need::Coaching, Need::Facilitation],     // not willing, readiness ≥ 0
        [Need::Facilitation, Need::Facilitation], // not willing, readiness ≥ 0.1
        [Need::Facilitation, Need::Facilitation], // not willing, readiness ≥ 0.15
        [Need::Facilitation, Need::Facilitation], // not willing, readiness ≥ 0.2
        [Need::Facilitation, Need::Facilitation], // not willing, readiness ≥ 0.3
        [Need::Facilitation, Need::Facilitation], // not willing, readiness ≥ 0.4
        [Need::Facilitation, Need::Facilitation], // not willing, readiness ≥ 0.5
    ],
    // associative life
    [
        [Need::Coaching, Need::Facilitation],     // willing, readiness ≥ 0
        [Need::Coaching, Need::Facilitation],     // willing, readiness ≥ 0.1
        [Need::Facilitation, Need::Facilitation], // willing, readiness ≥ 0.15
        [Need::Facilitation, Need::Facilitation], // willing, readiness ≥ 0.2
        [Need::Facilitation, Need::Facilitation], // willing, readiness ≥ 0.3
        [Need::Facilitation, Need::Room],         // willing, readiness ≥ 0.4
        [Need::Room, Need::Room],                 // willing, readiness ≥ 0.5
        [Need::Coaching, Need::Facilitation],     // not willing, readiness ≥ 0
        [Need::Facilitation, Need::Facilitation], // not willing, readiness ≥ 0.1
        [Need::Facilitation, Need::Facilitation], // not willing, readiness ≥ 0.15
        [Need::Facilitation, Need::Facilitation], // not willing, readiness ≥ 0.2
        [Need::Facilitation, Need::Facilitation], // not willing, readiness ≥ 0.3
        [Need::Facilitation, Need::Facilitation], // not willing, readiness ≥ 0.4
        [Need::Facilitation, Need::Facilitation], // not willing, readiness ≥ 0.5
    ],
    // work
    [
        [Need::Coaching, Need::Facilitation],     // willing, readiness ≥ 0
        [Need::Coaching, Need::Facilitation],     // willing, readiness ≥ 0.1
        [Need::Coaching, Need::Facilitation],     // willing, readiness ≥ 0.15
        [Need::Facilitation, Need::Facilitation], // willing, readiness ≥ 0.2
        [Need::Facilitation, Need::Facilitation], // willing, readiness ≥ 0.3
        [Need::Room, Need::Room],                 // willing, readiness ≥ 0.4
        [Need::Room, Need::Facilitation],         // willing, readiness ≥ 0.5
        [Need::Coaching, Need::Facilitation],     // not willing, readiness ≥ 0
        [Need::Coaching, Need::Facilitation],     // not willing, readiness ≥ 0.1
        [Need::Coaching, Need::Facilitation],     // not willing, readiness ≥ 0.15
        [Need::Facilitation, Need::Facilitation], // not willing, readiness ≥ 0.2
        [Need::Room, Need::Room],                 // not willing, readiness ≥ 0.3
        [Need::Room, Need::Room],                 // not willing, readiness ≥ 0.4
        [Need::Room, Need::Room],                 // not willing, readiness ≥ 0.5
    ],
];
// END GENERATED

/// The map model 7 was played with (files of version 8): derived then over the bands of
/// readiness alone. Kept as it was; not derived again.
pub const MAP_MODEL_7: Map = both(&[
    // business life
    [
        [Need::Coaching, Need::Facilitation],     // readiness ≥ 0
        [Need::Coaching, Need::Coaching],         // readiness ≥ 0.1
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.15
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.2
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.3
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.4
        [Need::Room, Need::Facilitation],         // readiness ≥ 0.5
    ],
    // associative life
    [
        [Need::Coaching, Need::Facilitation],     // readiness ≥ 0
        [Need::Coaching, Need::Facilitation],     // readiness ≥ 0.1
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.15
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.2
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.3
        [Need::Facilitation, Need::Room],         // readiness ≥ 0.4
        [Need::Room, Need::Room],                 // readiness ≥ 0.5
    ],
    // work
    [
        [Need::Coaching, Need::Facilitation],     // readiness ≥ 0
        [Need::Coaching, Need::Facilitation],     // readiness ≥ 0.1
        [Need::Coaching, Need::Facilitation],     // readiness ≥ 0.15
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.2
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.3
        [Need::Room, Need::Room],                 // readiness ≥ 0.4
        [Need::Room, Need::Facilitation],         // readiness ≥ 0.5
    ],
]);

/// The map models 5 and 6 were played with (files of versions 6 and 7): derived then on 60
/// seeds of each shipped scenario. Kept as it was; not derived again.
pub const MAP_MODEL_6: Map = both(&[
    // business life
    [
        [Need::Coaching, Need::Facilitation],     // readiness ≥ 0
        [Need::Facilitation, Need::Coaching],     // readiness ≥ 0.1
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.15
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.2
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.3
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.4
        [Need::Room, Need::Facilitation],         // readiness ≥ 0.5
    ],
    // associative life
    [
        [Need::Coaching, Need::Facilitation],     // readiness ≥ 0
        [Need::Coaching, Need::Facilitation],     // readiness ≥ 0.1
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.15
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.2
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.3
        [Need::Room, Need::Room],                 // readiness ≥ 0.4
        [Need::Room, Need::Room],                 // readiness ≥ 0.5
    ],
    // work
    [
        [Need::Coaching, Need::Facilitation],     // readiness ≥ 0
        [Need::Coaching, Need::Facilitation],     // readiness ≥ 0.1
        [Need::Coaching, Need::Facilitation],     // readiness ≥ 0.15
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.2
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.3
        [Need::Room, Need::Facilitation],         // readiness ≥ 0.4
        [Need::Room, Need::Room],                 // readiness ≥ 0.5
    ],
]);

/// The map model 4 was played with (files of version 5): derived then, over bands of 0.1 (the
/// band from 0.1 to 0.2 is written here as its two halves) and with one dependency for the
/// whole group. Kept as it was; not derived again.
pub const MAP_MODEL_4: Map = both(&[
    // business life
    [
        [Need::Coaching, Need::Coaching],         // readiness ≥ 0.0
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.1
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.15
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.2
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.3
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.4
        [Need::Room, Need::Facilitation],         // readiness ≥ 0.5
    ],
    // associative life
    [
        [Need::Coaching, Need::Facilitation],     // readiness ≥ 0.0
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.1
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.15
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.2
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.3
        [Need::Room, Need::Room],                 // readiness ≥ 0.4
        [Need::Room, Need::Room],                 // readiness ≥ 0.5
    ],
    // work
    [
        [Need::Coaching, Need::Facilitation],     // readiness ≥ 0.0
        [Need::Coaching, Need::Facilitation],     // readiness ≥ 0.1
        [Need::Coaching, Need::Facilitation],     // readiness ≥ 0.15
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.2
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.3
        [Need::Room, Need::Facilitation],         // readiness ≥ 0.4
        [Need::Room, Need::Room],                 // readiness ≥ 0.5
    ],
]);

/// The map model 3 was first played with (derived then, with `readiness_initiative` 0,
/// `misconception` 0.45 and `competence_felt` 0.1): a journal or a save of version 4 replays
/// with it. Kept as it was; not derived again.
pub const MAP_MODEL_3: Map = both(&[
    // business life
    [
        [Need::Coaching, Need::Facilitation],     // readiness ≥ 0.0
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.1
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.15
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.2
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.3
        [Need::Room, Need::Facilitation],         // readiness ≥ 0.4
        [Need::Room, Need::Facilitation],         // readiness ≥ 0.5
    ],
    // associative life
    [
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.0
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.1
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.15
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.2
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.3
        [Need::Room, Need::Facilitation],         // readiness ≥ 0.4
        [Need::Room, Need::Facilitation],         // readiness ≥ 0.5
    ],
    // work
    [
        [Need::Coaching, Need::Facilitation],     // readiness ≥ 0.0
        [Need::Coaching, Need::Facilitation],     // readiness ≥ 0.1
        [Need::Coaching, Need::Facilitation],     // readiness ≥ 0.15
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.2
        [Need::Facilitation, Need::Facilitation], // readiness ≥ 0.3
        [Need::Room, Need::Facilitation],         // readiness ≥ 0.4
        [Need::Room, Need::Facilitation],         // readiness ≥ 0.5
    ],
]);
