//! Determinism goldens: the hash of the journal of every shipped scenario, for three seeds and
//! two policies, is checked in (`tests/golden/journals.txt`). The same inputs must give the same
//! bytes on every machine and in debug and release builds (CI runs this test in both).
//! After a deliberate change of the model: `UPDATE_GOLDENS=1 cargo test --test golden`.
//! `tests/golden/journals-model3.txt` holds the hashes model 3 gave as first played (written by
//! the program of save version 4, adaptive, random and reader): a world of model 3
//! (`World::of_model`, how files of version 4 replay) must still give them, and is never
//! updated. `tests/golden/journals-model4.txt` holds model 4's the same way (the program of
//! save version 5, before model 5), `tests/golden/journals-model5.txt` model 5's (the program
//! of save version 6, before model 6), `tests/golden/journals-model6.txt` model 6's (save
//! version 7, before model 7) and `tests/golden/journals-model7.txt` model 7's (save version 8,
//! before model 8).

use cjs::policy::{Policy, play};
use cjs::scenario::shipped;
use cjs::sim::World;
use sha2::{Digest, Sha256};

const FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/journals.txt");
const MODEL_3: &str = include_str!("golden/journals-model3.txt");
const MODEL_4: &str = include_str!("golden/journals-model4.txt");
const MODEL_5: &str = include_str!("golden/journals-model5.txt");
const MODEL_6: &str = include_str!("golden/journals-model6.txt");
const MODEL_7: &str = include_str!("golden/journals-model7.txt");

fn current() -> String {
    hashes(cjs::base::params::MODEL, &[Policy::Adaptive, Policy::Random])
}

/// The hash of each shipped scenario's journal under `model`, by policy and seed.
fn hashes(model: u8, policies: &[Policy]) -> String {
    let mut out = String::new();
    for loaded in shipped::all() {
        let w = World::of_model(&loaded, model);
        for &policy in policies {
            for seed in [1u64, 42, 2026] {
                let (season, _) = play(&w, seed, policy);
                let bytes = serde_json::to_vec(season.journal()).expect("serialises");
                let hash: String = Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect();
                out.push_str(&format!("{} {} {} {}\n", w.scenario.id, policy.name(), seed, hash));
            }
        }
    }
    out
}

#[test]
fn journals_match_the_checked_in_hashes() {
    let now = current();
    if std::env::var_os("UPDATE_GOLDENS").is_some() {
        std::fs::create_dir_all(std::path::Path::new(FILE).parent().unwrap()).unwrap();
        std::fs::write(FILE, &now).unwrap();
        return;
    }
    let want = std::fs::read_to_string(FILE).expect("tests/golden/journals.txt exists (UPDATE_GOLDENS=1 to create it)");
    let diff: Vec<String> =
        now.lines().zip(want.lines()).filter(|(a, b)| a != b).map(|(a, b)| format!("now  {a}\nwant {b}")).collect();
    assert!(diff.is_empty() && now.lines().count() == want.lines().count(), "journals changed:\n{}", diff.join("\n"));
}

#[test]
fn model_3_plays_the_summers_it_played_when_first_released() {
    assert_eq!(hashes(3, &[Policy::Adaptive, Policy::Random, Policy::Reader]), MODEL_3);
}

#[test]
fn model_4_plays_the_summers_it_played_when_first_released() {
    assert_eq!(hashes(4, &[Policy::Adaptive, Policy::Random, Policy::Reader]), MODEL_4);
}

#[test]
fn model_5_plays_the_summers_it_played_when_first_released() {
    assert_eq!(hashes(5, &[Policy::Adaptive, Policy::Random, Policy::Reader]), MODEL_5);
}

#[test]
fn model_6_plays_the_summers_it_played_when_first_released() {
    assert_eq!(hashes(6, &[Policy::Adaptive, Policy::Random, Policy::Reader]), MODEL_6);
}

#[test]
fn model_7_plays_the_summers_it_played_when_first_released() {
    assert_eq!(hashes(7, &[Policy::Adaptive, Policy::Random, Policy::Reader]), MODEL_7);
}

#[test]
fn a_save_resumed_mid_season_gives_the_same_journal_hash() {
    use cjs::save::{Mode, Save};
    for loaded in shipped::all() {
        let w = World::new(&loaded);
        let (full, inputs) = play(&w, 42, Policy::Random);
        let save = Save::new(&w, 42, Mode::Animateur, Some("random"), vec![], inputs[..inputs.len() / 2].to_vec());
        let json = serde_json::to_string(&save).unwrap();
        let mut resumed = serde_json::from_str::<Save>(&json).unwrap().replay("mid.json").unwrap().season;
        for input in &inputs[inputs.len() / 2..] {
            resumed.decide(&w, input).unwrap();
        }
        assert_eq!(
            Sha256::digest(serde_json::to_vec(resumed.journal()).unwrap()),
            Sha256::digest(serde_json::to_vec(full.journal()).unwrap())
        );
    }
}
