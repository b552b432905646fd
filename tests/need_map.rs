//! The need map is derived from the simulated world, not set by hand: deriving it again from
//! the shipped scenarios (and, for the bands their groups do not reach, the same scenarios
//! played by less and more experienced groups) gives the map stored in `src/scoring/need_map.rs`, and its bands compose
//! (the rounds of the derivation end on a map that judging every band again leaves as it is). After a change of
//! the world: `cargo run --release --no-default-features --example need_map -- --write`.

use cjs::policy::derive;
use cjs::scenario::shipped;
use cjs::scoring::need_map::{self, BANDS, CELLS};
use cjs::sim::World;

#[test]
// 200 seeds of every shipped scenario and its varied groups: about 15 s in a release build, many
// minutes in a debug one. CI runs it in its release step (`.ci/run`).
#[cfg_attr(debug_assertions, ignore = "slow in a debug build: run with --release")]
fn the_stored_need_map_is_the_one_the_simulated_world_gives() {
    let worlds: Vec<World> = shipped::all().iter().map(World::new).collect();
    let derivation = derive::derive(&worlds, &derive::varied(), need_map::SEEDS);
    assert!(
        derivation.converged,
        "the derivation still changes the map after {} rounds: the bands do not compose",
        derivation.rounds.len()
    );
    let tally = derivation.tally();
    assert_eq!(
        derivation.map,
        need_map::MAP,
        "the need map stored differs from the one derived: run `cargo run --release --no-default-features \
         --example need_map -- --write`"
    );
    // The map rests on summers in every sphere outside a crisis.
    for s in 0..3 {
        let n = (0..CELLS).map(|b| tally.summers[s][b][0]).max().unwrap_or(0);
        assert!(n >= derive::MIN_SUMMERS, "sphere {s}: {n} summers in its most visited band");
    }
}

#[test]
fn the_map_asks_more_help_of_a_group_less_ready_outside_a_crisis() {
    // A finding of the derivation, checked on the stored map: in each sphere, willing or not,
    // the band of least readiness needs at least as much help as the band of most.
    let last = BANDS.len() - 1;
    for (s, row) in need_map::MAP.iter().enumerate() {
        assert!(row[0][0] >= row[last][0], "sphere {s}, willing: {row:?}");
        assert!(row[BANDS.len()][0] >= row[BANDS.len() + last][0], "sphere {s}, not willing: {row:?}");
    }
}

#[test]
fn a_need_of_the_half_of_a_group_not_willing_is_told_apart_with_what_a_willing_group_needed() {
    // What the result screen says after a misread (`game::why::unwilling`): where the two halves
    // of today's map differ, a need of the unwilling half is named with the willing half's; a
    // need the willing half gives too, or any need of a model whose map has one half, is not.
    use cjs::scenario::Sphere;
    let mut differ = 0;
    for sphere in Sphere::ALL {
        let row = &need_map::MAP[sphere.index()];
        for (b, &from) in BANDS.iter().enumerate() {
            let readiness = from + 0.001;
            let (willing, unwilling) = (row[b][0], row[b + BANDS.len()][0]);
            let model = cjs::base::params::MODEL;
            assert_eq!(need_map::unwilling_need(model, sphere, readiness, false, willing), None);
            assert_eq!(need_map::unwilling_need(7, sphere, readiness, false, unwilling), None);
            if willing != unwilling {
                differ += 1;
                let told = need_map::unwilling_need(model, sphere, readiness, false, unwilling);
                assert_eq!(told, Some(willing), "{sphere:?} from {from}");
            }
            // With a crisis open, that may not call for help (one the animateurs brought
            // about): a need the willing half gives in a crisis or out of one is not told apart.
            let (in_crisis, out) = (row[b][1], row[b][0]);
            for need in [in_crisis, out] {
                assert_eq!(need_map::unwilling_need(model, sphere, readiness, true, need), None, "{sphere:?} {from}");
            }
        }
    }
    assert!(differ > 0, "the halves of the map are the same: nothing to tell apart");
}
