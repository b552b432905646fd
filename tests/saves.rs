//! Saves under faults: a process killed while it saves never leaves a broken save behind, and a
//! damaged, foreign or tampered save is refused with a message naming the file, never a panic.
//!
//! The writer killed here is this very test binary, run again as a child on the ignored test
//! `save_writer_child` (it does nothing unless `CJS_SAVE_WRITER_DIR` is set): no extra binary,
//! no hidden command in `cjs`.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use cjs::decision::Input;
use cjs::policy::{Policy, play};
use cjs::save::{MAX_BYTES, Mode, Save, load_save, write_atomic, write_json};
use cjs::scenario::load_str;
use cjs::sim::World;

const WRITER_DIR: &str = "CJS_SAVE_WRITER_DIR";
const SAVE: &str = "save.json";

fn quintin_source() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/quintin-2013.ron")).unwrap()
}

/// The shipped scenario with a long comment, so that each save is about 400 KB and takes a
/// while to write: the kills then fall inside the write, not between two.
fn big_source() -> String {
    let mut s = quintin_source();
    s.push_str("\n// ");
    s.push_str(&"padding ".repeat(50_000));
    s.push('\n');
    s
}

fn world(src: &str) -> World {
    World::new(&load_str("quintin-2013.ron", src).unwrap())
}

/// The inputs of a whole summer played with seed `seed`.
fn summer(w: &World, seed: u64) -> Vec<Input> {
    play(w, seed, Policy::Random).1
}

/// The save number `n`: seed `n`, and the first `n % (len + 1)` inputs of its summer, so that
/// saves differ in size and in how far they got.
fn nth_save(w: &World, n: u64) -> Save {
    let inputs = summer(w, n);
    let k = (n % (inputs.len() as u64 + 1)) as usize;
    Save::new(w, n, Mode::Animateur, None, Vec::new(), inputs[..k].to_vec())
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The saves the child cycles through: the summers of seeds 1 to 6, cut at different points,
/// already serialized so that the child's loop does nothing but write.
fn cycle(w: &World) -> Vec<(Save, Vec<u8>)> {
    (1..=6)
        .map(|n| {
            let save = nth_save(w, n);
            let bytes = serde_json::to_vec(&save).unwrap();
            (save, bytes)
        })
        .collect()
}

/// The child: writes the saves of `cycle` in turn, printing the number of each write once it
/// is done, until killed.
#[test]
#[ignore = "child process of previous_save_survives_being_killed_while_saving"]
fn save_writer_child() {
    let Some(dir) = std::env::var_os(WRITER_DIR) else {
        return;
    };
    let path = Path::new(&dir).join(SAVE);
    let saves = cycle(&world(&big_source()));
    for i in 0.. {
        write_atomic(&path, &saves[i % saves.len()].1).unwrap();
        println!("{i}");
    }
}

/// A small deterministic generator for the kill delays (xorshift).
fn next(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

#[test]
fn previous_save_survives_being_killed_while_saving() {
    let dir = scratch("kill");
    let path = dir.join(SAVE);
    let saves = cycle(&world(&big_source()));
    write_atomic(&path, &saves[0].1).unwrap();

    // At least 40 kills, and on until 10 of them fell inside a write (a fast disk leaves a
    // small window), but never more than 400.
    let mut rng = 0x2013_0701_u64;
    let (mut kills, mut caught_mid_write, mut writes) = (0, 0, 0);
    let start = Instant::now();
    while kills < 40 || (caught_mid_write < 10 && kills < 400) {
        kills += 1;
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "save_writer_child", "--ignored", "--nocapture", "--test-threads=1"])
            .env(WRITER_DIR, &dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Wait until the child has written once, then kill it at a random moment.
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        while out.read_line(&mut line).unwrap() > 0 && line.trim().parse::<usize>().is_err() {
            line.clear();
        }
        std::thread::sleep(Duration::from_micros(next(&mut rng) % 20_000));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        // The last write the child finished (and printed).
        let mut last: usize = line.trim().parse().expect("the child wrote at least once");
        for l in out.lines() {
            if let Ok(i) = l.unwrap().trim().parse() {
                last = i;
            }
        }
        writes += last + 1;

        let (save, _, season) =
            load_save(&path).unwrap_or_else(|d| panic!("kill {kills}: the save is broken: {}", d[0]));
        // The last save finished, or the next one if the kill fell between its rename and the
        // print: never anything older, never a mix.
        let done = &saves[last % saves.len()].0;
        let next_one = &saves[(last + 1) % saves.len()].0;
        assert!(save == *done || save == *next_one, "kill {kills}: the save is not the last one written");
        assert!(season.ledger.balances_to_zero());

        // A temporary file left behind means the kill fell inside a write.
        for e in std::fs::read_dir(&dir).unwrap() {
            let e = e.unwrap();
            if e.file_name().to_string_lossy().ends_with(".tmp") {
                caught_mid_write += 1;
                std::fs::remove_file(e.path()).unwrap();
            }
        }
    }
    eprintln!("{kills} kills in {:?}: {caught_mid_write} during a write, {writes} saves written", start.elapsed());
    assert!(caught_mid_write > 0, "no kill fell inside a write: the test did not test anything");
}

#[test]
fn a_failed_write_keeps_the_previous_save() {
    let dir = scratch("failed-write");
    let path = dir.join(SAVE);
    let w = world(&quintin_source());
    let good = nth_save(&w, 5);
    write_json(&path, &good).unwrap();
    // Writing into a folder that does not exist fails and touches nothing else.
    assert!(write_atomic(&dir.join("nowhere/save.json"), b"{}").is_err());
    // Writing over a folder fails, and leaves no temporary file behind.
    std::fs::create_dir(dir.join("a-folder")).unwrap();
    assert!(write_atomic(&dir.join("a-folder"), b"{}").is_err());
    let names: Vec<String> =
        std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert!(!names.iter().any(|n| n.ends_with(".tmp")), "{names:?}");
    assert_eq!(load_save(&path).unwrap().0, good);
}

// ---------- damaged, foreign and tampered saves ----------

fn good_save_json() -> (Save, String) {
    let w = world(&quintin_source());
    let save = Save::new(&w, 3, Mode::Animateur, None, Vec::new(), summer(&w, 3));
    let json = serde_json::to_string_pretty(&save).unwrap();
    (save, json)
}

/// Loads `bytes` as a save named `name` and returns the first message (English), checking that
/// it was refused and that the message names the file.
fn refused(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    refused_path(&path)
}

fn refused_path(path: &Path) -> String {
    match load_save(path) {
        Ok(_) => panic!("{} was accepted", path.display()),
        Err(d) => {
            assert!(!d.is_empty());
            let msg = d[0].to_string();
            assert!(msg.starts_with(&path.display().to_string()), "the message does not name the file: {msg}");
            msg
        }
    }
}

fn edit(json: &str, f: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let mut v: serde_json::Value = serde_json::from_str(json).unwrap();
    f(&mut v);
    serde_json::to_vec(&v).unwrap()
}

#[test]
fn a_good_save_loads_and_replays() {
    let dir = scratch("good");
    let (save, json) = good_save_json();
    let path = dir.join(SAVE);
    std::fs::write(&path, &json).unwrap();
    let (back, _, season) = load_save(&path).unwrap();
    assert_eq!(back, save);
    assert!(season.is_over());
}

#[test]
fn a_truncated_or_damaged_save_is_refused_clearly() {
    let dir = scratch("damaged");
    let (_, json) = good_save_json();
    let bytes = json.as_bytes();
    // Every cut: a save written by something that died without our atomic write.
    let cuts: Vec<usize> = (0..bytes.len()).step_by(37).chain(bytes.len() - 64..bytes.len()).collect();
    for cut in cuts {
        let msg = refused(&dir, "cut.json", &bytes[..cut]);
        assert!(msg.contains(":") && !msg.contains("panicked"), "cut at {cut}: {msg}");
    }
    // Bit flips anywhere: refused with a message, or still a valid save (a flipped digit of the
    // seed is another valid save), never a panic.
    let mut rng = 0x5eed_u64;
    for _ in 0..300 {
        let mut b = bytes.to_vec();
        let i = (next(&mut rng) % b.len() as u64) as usize;
        b[i] ^= 1 << (next(&mut rng) % 8);
        let path = dir.join("flip.json");
        std::fs::write(&path, &b).unwrap();
        if let Err(d) = load_save(&path) {
            assert!(d[0].to_string().starts_with(&path.display().to_string()));
        }
    }
    assert!(refused(&dir, "empty.json", b"").contains("unreadable file, or of another format"));
    assert!(refused(&dir, "garbage.json", &[0xff, 0xfe, 0, 1, 2]).contains("not UTF-8"));
    assert!(
        refused(&dir, "nested.json", "[".repeat(100_000).as_bytes()).contains("unreadable file, or of another format")
    );
    let nested = json.replacen("\"inputs\": [", &format!("\"inputs\": {}", "[".repeat(100_000)), 1);
    assert!(refused(&dir, "nested-inputs.json", nested.as_bytes()).contains("unreadable file"));
}

#[test]
fn a_file_of_another_format_is_refused_clearly() {
    let dir = scratch("foreign");
    let (_, json) = good_save_json();
    // A scenario given where a save is expected.
    let msg = refused(&dir, "scenario.json", quintin_source().as_bytes());
    assert!(msg.contains(":1:1: unreadable file, or of another format"), "{msg}");
    // A journal (it holds a save, but is not one).
    let journal = format!("{{\"format\": \"cjs-journal\", \"version\": 2, \"save\": {json}}}");
    assert!(refused(&dir, "journal.json", journal.as_bytes()).contains("of another format"));
    // Other JSON.
    assert!(refused(&dir, "list.json", b"[1, 2, 3]").contains("of another format"));
    assert!(refused(&dir, "null.json", b"null").contains("of another format"));
    let unknown = edit(&json, |v| v["cheat"] = 1.into());
    assert!(refused(&dir, "unknown.json", &unknown).contains("unknown field `cheat`"));
    let wrong = edit(&json, |v| v["seed"] = (-1).into());
    assert!(refused(&dir, "seed.json", &wrong).contains("of another format"));
    // Our format's name, another format or version.
    let other = edit(&json, |v| v["format"] = "cjs-journal".into());
    assert!(refused(&dir, "format.json", &other).contains("not a save of this version (format cjs-journal v2)"));
    let newer = edit(&json, |v| v["version"] = 3.into());
    assert!(refused(&dir, "version.json", &newer).contains("not a save of this version (format cjs-save v3)"));
    // A save of the first model: its decisions would replay another summer.
    let older = edit(&json, |v| v["version"] = 1.into());
    assert!(refused(&dir, "older.json", &older).contains("a save of an earlier version of the model (v1)"));
    // A folder, a missing file, a file over the cap (sparse: nothing is written).
    assert!(refused_path(&dir).contains("this is a folder"));
    assert!(refused_path(&dir.join("missing.json")).contains("file not found"));
    let huge = dir.join("huge.json");
    std::fs::File::create(&huge).unwrap().set_len(MAX_BYTES + 1).unwrap();
    assert!(refused_path(&huge).contains("file too large"));
}

#[test]
fn a_tampered_save_is_refused_clearly() {
    let dir = scratch("tampered");
    let (save, json) = good_save_json();
    let altered = "the save's scenario was altered (hash differs)";
    let hash = edit(&json, |v| v["scenario_hash"] = "0".repeat(64).into());
    assert!(refused(&dir, "hash.json", &hash).contains(altered));
    // The scenario edited (a cheaper price) but the hash kept.
    let cheaper = save.scenario_source.replacen("reference_price: 12.00", "reference_price: 1.00", 1);
    assert_ne!(cheaper, save.scenario_source);
    let source = edit(&json, |v| v["scenario_source"] = cheaper.into());
    assert!(refused(&dir, "source.json", &source).contains(altered));
    let id = edit(&json, |v| v["scenario_id"] = "another".into());
    assert!(refused(&dir, "id.json", &id).contains(altered));
    // A scenario that is no longer valid: its own error, located in the save's scenario.
    let broken = save.scenario_source.replacen("reference_price: 12.00", "reference_price: -3.00", 1);
    let invalid = edit(&json, |v| v["scenario_source"] = broken.into());
    let msg = refused(&dir, "invalid.json", &invalid);
    assert!(msg.contains("invalid.json (scenario):"), "{msg}");
    assert!(msg.contains("price must be positive, found -3.00"), "{msg}");
    // Decisions that do not fit the summer.
    let option = edit(&json, |v| v["inputs"][0]["option"] = 99.into());
    assert!(refused(&dir, "option.json", &option).contains("decision 1 of the save is invalid: no option 99"));
    // The reason is in the reader's language too, not only the sentence around it.
    let path = dir.join("option.json");
    let Err(d) = load_save(&path) else { panic!("accepted") };
    let fr = d[0].render(cjs::text::Lang::Fr);
    assert!(fr.contains("décision 1 invalide dans la sauvegarde : cette décision n'a pas d'option 99"), "{fr}");
    let posture = edit(&json, |v| v["inputs"][0]["posture"] = "Shout".into());
    assert!(refused(&dir, "posture.json", &posture).contains("unknown variant `Shout`"));
    let member = edit(&json, |v| v["inputs"][2]["votes"] = serde_json::json!([[200, 0]]));
    assert!(refused(&dir, "member.json", &member).contains("decision 3 of the save is invalid: no cooperant 200"));
    let n = save.inputs.len();
    let extra = edit(&json, |v| {
        let first = v["inputs"][0].clone();
        v["inputs"].as_array_mut().unwrap().push(first);
    });
    assert!(
        refused(&dir, "extra.json", &extra)
            .contains(&format!("decision {} of the save is invalid: the summer is over", n + 1))
    );
}
