//! Human-readable goldens, next to the journal hashes of `tests/golden.rs`: a summer's summary
//! (`run --json`) and the same summer explained in French and in English (`run --explain`). A
//! change of the model, of the scores or of the wording shows here as a diff a person can read.
//!
//! After a deliberate change: `cargo insta review` (or `INSTA_UPDATE=always cargo test --test
//! snapshots`), then look at the diff before committing the new `tests/snapshots/*.snap`.

use std::process::Command;

fn cjs(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_cjs")).args(args).output().expect("cjs runs");
    assert!(out.status.success(), "cjs {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn a_summer_summary() {
    let json = cjs(&["run", "quintin-2013", "--seed", "1", "--policy", "adaptive", "--json"]);
    let value: serde_json::Value = serde_json::from_str(&json).expect("run --json is JSON");
    // One field a line, so that a change reads as a diff of the fields that moved.
    insta::assert_snapshot!(serde_json::to_string_pretty(&value).expect("prints"));
}

/// A summer told decision by decision, as `run --explain` prints it.
fn explained(scenario: &str, seed: &str, policy: &str, lang: &str) -> String {
    cjs(&["run", scenario, "--seed", seed, "--policy", policy, "--explain", "--lang", lang])
}

#[test]
fn a_summer_explained_in_english() {
    insta::assert_snapshot!(explained("quintin-2013", "1", "adaptive", "en"));
}

#[test]
fn a_summer_explained_in_french() {
    insta::assert_snapshot!(explained("quintin-2013", "1", "adaptive", "fr"));
}

#[test]
fn a_delegated_summer_explained() {
    // Another posture, another scenario: a fragile group left alone.
    insta::assert_snapshot!(explained("tutorial", "7", "delegating", "en"));
}
