//! Scenario loading and validation on arbitrary bytes: never a panic, every error names the
//! file and points inside the text. A scenario that loads is also played for a whole season,
//! since `cjs run FILE` would.
#![no_main]

use cjs::policy::{Policy, play};
use cjs::scenario::load_str;
use cjs::sim::World;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    match load_str("fuzz.ron", src) {
        Ok(loaded) => {
            let w = World::new(&loaded);
            let (season, _) = play(&w, 1, Policy::Random);
            assert!(season.ledger().balances_to_zero());
        }
        Err(diags) => {
            assert!(!diags.is_empty());
            let lines: Vec<&str> = src.split('\n').collect();
            for d in diags {
                assert_eq!(d.file, "fuzz.ron");
                // A position points inside the text (or just after its last character).
                if let (Some(line), Some(col)) = (d.line, d.col) {
                    assert!(line >= 1 && line <= lines.len(), "{d}");
                    assert!(col >= 1 && col <= lines[line - 1].chars().count() + 1, "{d}");
                }
            }
        }
    }
});
