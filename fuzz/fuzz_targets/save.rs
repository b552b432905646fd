//! Save loading on arbitrary bytes: JSON → `Save` → replay. Never a panic. Each save is replayed
//! twice: as written, and with its scenario hash set to the real one, so that mutated scenarios
//! and inputs get past the hash check and reach the engine.
#![no_main]

use cjs::save::Save;
use libfuzzer_sys::fuzz_target;
use sha2::{Digest, Sha256};

fuzz_target!(|data: &[u8]| {
    let Ok(save) = serde_json::from_slice::<Save>(data) else {
        return;
    };
    match save.replay("fuzz.json") {
        Ok(summer) => assert!(summer.season.ledger().balances_to_zero()),
        Err(diags) => assert!(diags.iter().all(|d| d.file.starts_with("fuzz.json"))),
    }
    let mut fixed = save;
    fixed.scenario_hash = cjs::scenario::load::hex(&Sha256::digest(fixed.scenario_source.as_bytes()));
    if let Ok(summer) = fixed.replay("fuzz.json") {
        assert!(summer.season.ledger().balances_to_zero());
    }
});
