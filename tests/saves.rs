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
use cjs::save::{MAX_BYTES, Mode, Save, Summer, load_save, write_atomic, write_json};
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

        let Summer { save, season, .. } =
            load_save(&path).unwrap_or_else(|d| panic!("kill {kills}: the save is broken: {}", d[0]));
        // The last save finished, or the next one if the kill fell between its rename and the
        // print: never anything older, never a mix.
        let done = &saves[last % saves.len()].0;
        let next_one = &saves[(last + 1) % saves.len()].0;
        assert!(save == *done || save == *next_one, "kill {kills}: the save is not the last one written");
        assert!(season.ledger().balances_to_zero());

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
    assert_eq!(load_save(&path).unwrap().save, good);
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
    let back = load_save(&path).unwrap();
    assert_eq!(back.save, save);
    assert!(back.season.is_over());
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
    assert!(refused(&dir, "format.json", &other).contains("not a save of this version (format cjs-journal v9)"));
    let newer = edit(&json, |v| v["version"] = 10.into());
    assert!(refused(&dir, "version.json", &newer).contains("not a save of this version (format cjs-save v10)"));
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

// ---------- writes that leave other writers and files alone ----------

/// `cjs ARGS` run in `dir`, in English; returns (exit code, stdout, stderr).
fn cjs_in(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_cjs"))
        .current_dir(dir)
        .args(["--lang", "en"])
        .args(args)
        .output()
        .expect("cjs runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn temporaries(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect()
}

#[test]
fn four_runs_writing_the_same_journal_at_once_all_succeed() {
    let dir = scratch("concurrent");
    // Several rounds, so that the writes do overlap at least once on a busy machine.
    for round in 0..5 {
        let children: Vec<_> = (1..=4)
            .map(|seed| {
                Command::new(env!("CARGO_BIN_EXE_cjs"))
                    .current_dir(&dir)
                    .args(["--lang", "en", "run", "quintin-2013", "--seed", &seed.to_string(), "--journal", "out.json"])
                    .stdout(Stdio::null())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for c in children {
            let out = c.wait_with_output().unwrap();
            assert_eq!(out.status.code(), Some(0), "round {round}: {}", String::from_utf8_lossy(&out.stderr));
        }
        // The journal is one of the four, whole.
        let (code, _, err) = cjs_in(&dir, &["report", "out.json", "--out", "out.md"]);
        assert_eq!(code, Some(0), "round {round}: {err}");
        assert_eq!(temporaries(&dir), Vec::<String>::new());
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_writer_leaves_the_files_of_others_alone() {
    use std::time::SystemTime;
    let dir = scratch("neighbours");
    let put = |name: &str, text: &str, age_secs: u64| {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        let f = std::fs::File::options().write(true).open(&p).unwrap();
        f.set_modified(SystemTime::now() - Duration::from_secs(age_secs)).unwrap();
    };
    // A PID above Linux's largest (2^22) never runs.
    let dead = "999999999";
    put("x.json.bak", "the user's backup", 0);
    put(".x.json.mine.tmp", "the user's own temporary file", 3600);
    // Another writer of x.json.bak, dead an hour ago: not ours to clean.
    put(&format!(".x.json.bak.cjs-{dead}-abcdef.tmp"), "bak writer", 3600);
    // A writer of x.json that is still running (this test): never touched.
    put(&format!(".x.json.cjs-{}-Abc123.tmp", std::process::id()), "live writer", 3600);
    // A writer of x.json that died a moment ago (or runs where /proc does not show it): kept.
    put(&format!(".x.json.cjs-{dead}-recent.tmp"), "recent", 5);
    // A writer of x.json that died an hour ago: its temporary file is ours to remove.
    put(&format!(".x.json.cjs-{dead}-stale1.tmp"), "stale", 3600);

    write_atomic(&dir.join("x.json"), b"{}").unwrap();

    let mut left: Vec<String> =
        std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    left.sort();
    let mut want = vec![
        format!(".x.json.bak.cjs-{dead}-abcdef.tmp"),
        format!(".x.json.cjs-{}-Abc123.tmp", std::process::id()),
        format!(".x.json.cjs-{dead}-recent.tmp"),
        ".x.json.mine.tmp".to_string(),
        "x.json".to_string(),
        "x.json.bak".to_string(),
    ];
    want.sort();
    assert_eq!(left, want);
    assert_eq!(std::fs::read_to_string(dir.join("x.json.bak")).unwrap(), "the user's backup");
    assert_eq!(std::fs::read_to_string(dir.join(".x.json.mine.tmp")).unwrap(), "the user's own temporary file");
}

#[cfg(unix)]
#[test]
fn a_read_only_journal_is_refused_not_replaced() {
    use std::os::unix::fs::PermissionsExt;
    let dir = scratch("read-only");
    let path = dir.join("out.json");
    std::fs::write(&path, "kept").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let (code, out, err) = cjs_in(&dir, &["run", "quintin-2013", "--journal", "out.json"]);
    // Found out before the summer is played, as a usage error naming the option.
    assert_eq!(code, Some(2), "{err}");
    assert_eq!(out, "");
    assert_eq!(err, "--journal out.json: the file is read-only: it is not replaced\n");
    assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o444);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "kept");
    let fr = Command::new(env!("CARGO_BIN_EXE_cjs"))
        .current_dir(&dir)
        .args(["--lang", "fr", "run", "quintin-2013", "--journal", "out.json"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&fr.stderr),
        "--journal out.json: le fichier est en lecture seule : il n'est pas remplacé\n"
    );
    assert_eq!(temporaries(&dir), Vec::<String>::new());
}

#[cfg(unix)]
#[test]
fn a_replaced_file_keeps_its_mode_and_a_link_keeps_pointing_at_it() {
    use std::os::unix::fs::PermissionsExt;
    let dir = scratch("mode");
    let path = dir.join("save.json");
    std::fs::write(&path, "old").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    write_atomic(&path, b"new").unwrap();
    assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o640);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
    // Written through a symbolic link: the file it points at is replaced, the link stays.
    std::os::unix::fs::symlink("save.json", dir.join("link.json")).unwrap();
    write_atomic(&dir.join("link.json"), b"through the link").unwrap();
    assert!(std::fs::symlink_metadata(dir.join("link.json")).unwrap().file_type().is_symlink());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "through the link");
}

#[cfg(unix)]
#[test]
fn a_journal_over_its_own_scenario_is_refused() {
    let dir = scratch("same-file");
    let scenario = dir.join("s.ron");
    std::fs::write(&scenario, quintin_source()).unwrap();
    std::fs::create_dir(dir.join("sub")).unwrap();
    std::os::unix::fs::symlink("s.ron", dir.join("link.ron")).unwrap();
    std::fs::hard_link(&scenario, dir.join("hard.ron")).unwrap();
    for out in ["s.ron", "./s.ron", "sub/../s.ron", "link.ron", "hard.ron"] {
        let (code, stdout, err) = cjs_in(&dir, &["run", "s.ron", "--journal", out]);
        assert_eq!(code, Some(2), "--journal {out}: {err}");
        assert_eq!(stdout, "");
        assert!(err.contains("--journal would overwrite the file it reads, `s.ron`"), "{err}");
    }
    assert_eq!(std::fs::read_to_string(&scenario).unwrap(), quintin_source());
    let (code, _, err) = cjs_in(&dir, &["batch", "s.ron", "--seeds", "1..2", "--csv", "link.ron"]);
    assert_eq!(code, Some(2), "{err}");
    assert_eq!(std::fs::read_to_string(&scenario).unwrap(), quintin_source());
}

// ---------- journals checked whole by `cjs report` ----------

#[test]
fn an_edited_journal_is_refused_by_report() {
    let dir = scratch("edited-journal");
    // Every policy's journal is read back (none is refused for being what `run` wrote).
    for p in Policy::all().iter().copied() {
        let name = format!("{}.json", p.name());
        let (code, _, err) =
            cjs_in(&dir, &["run", "quintin-2013", "--seed", "3", "--policy", p.name(), "--journal", &name]);
        assert_eq!(code, Some(0), "{err}");
        let (code, _, err) = cjs_in(&dir, &["report", &name, "--out", "r.md"]);
        assert_eq!(code, Some(0), "{}: {err}", p.name());
    }
    let json = std::fs::read_to_string(dir.join("adaptive.json")).unwrap();
    let refused = |label: &str, bytes: Vec<u8>, expected: &str| {
        std::fs::write(dir.join("edited.json"), bytes).unwrap();
        let (code, out, err) = cjs_in(&dir, &["report", "edited.json", "--out", "r.md"]);
        assert_eq!((code, out.as_str()), (Some(2), ""), "{label}: {err}");
        assert!(err.starts_with("edited.json:") && err.contains(expected), "{label}: {err}");
    };
    let edited = |f: &dyn Fn(&mut serde_json::Value)| edit(&json, f);
    // The policy's name, in both places where a report shows it: the adaptive decisions are not
    // directive's.
    refused(
        "policy",
        edited(&|v| {
            v["save"]["policy"] = "directive".into();
            v["summary"]["policy"] = "directive".into();
        }),
        "the journal says the animateurs followed the policy \"directive\", but its decisions are not that policy's",
    );
    refused(
        "summary's policy",
        edited(&|v| v["summary"]["policy"] = "directive".into()),
        "the journal does not match the replay of its decisions (summary)",
    );
    refused(
        "unknown policy",
        edited(&|v| v["save"]["policy"] = "boss".into()),
        "unknown policy \"boss\": expected one of directive, coaching",
    );
    refused(
        "seat 250",
        edited(&|v| {
            v["save"]["mode"] = "cooperative".into();
            v["save"]["seats"] = serde_json::json!([250]);
        }),
        "seat 250: the coop has 13 cooperants (seats 0 to 12)",
    );
    refused(
        "seats in animateur mode",
        edited(&|v| v["save"]["seats"] = serde_json::json!([1])),
        "in animateur mode no player holds a cooperant seat, found [1]",
    );
    refused(
        "cooperative without a policy",
        edited(&|v| {
            v["save"]["mode"] = "cooperative".into();
            v["save"]["policy"] = serde_json::Value::Null;
        }),
        "in cooperative mode a policy holds the animateurs' seat, and this file names none",
    );
    // A room no phone took a seat in writes a journal in cooperative mode with no seat held: the
    // policy played the animateurs and every cooperant was played by the simulation. It reports.
    std::fs::write(dir.join("room.json"), edited(&|v| v["save"]["mode"] = "cooperative".into())).unwrap();
    let (code, _, err) = cjs_in(&dir, &["report", "room.json", "--out", "room.md"]);
    assert_eq!(code, Some(0), "a room no phone joined: {err}");
    // Optional fields written out at their defaults, as a hand would: read as absent.
    let spelt = edited(&|v| {
        v["unfinished"] = false.into();
        v["polls"] = serde_json::json!([]);
        v["names"] = serde_json::json!([]);
    });
    std::fs::write(dir.join("spelt.json"), spelt).unwrap();
    let (code, _, err) = cjs_in(&dir, &["report", "spelt.json", "--out", "spelt.md"]);
    assert_eq!(code, Some(0), "defaults written out: {err}");
    refused(
        "format",
        edited(&|v| v["format"] = "cjs-other".into()),
        "not a journal of this version (format cjs-other v9)",
    );
    refused(
        "top-level field",
        edited(&|v| v["cheat"] = 1.into()),
        ":1:8: unreadable file, or of another format: unknown field `cheat`",
    );
    refused(
        "nested field",
        edited(&|v| v["weeks"][2]["bonus"] = 5.into()),
        "unknown field `weeks[2].bonus`: this journal is not of this version, or was edited",
    );
    refused(
        "summary's field",
        edited(&|v| v["summary"]["finance"]["tip"] = "9.99".into()),
        "unknown field `summary.finance.tip`",
    );
    refused(
        "a week",
        edited(&|v| v["weeks"][1] = v["weeks"][2].clone()),
        "the journal does not match the replay of its decisions (weeks)",
    );
    // In French too.
    std::fs::write(dir.join("edited.json"), edited(&|v| v["weeks"][2]["bonus"] = 5.into())).unwrap();
    let fr = Command::new(env!("CARGO_BIN_EXE_cjs"))
        .current_dir(&dir)
        .args(["--lang", "fr", "report", "edited.json", "--out", "r.md"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&fr.stderr).contains("champ inconnu `weeks[2].bonus`"),
        "{}",
        String::from_utf8_lossy(&fr.stderr)
    );
}

#[test]
fn journals_of_the_game_are_read_back_whole() {
    use cjs::policy::Seat;
    let dir = scratch("game-journals");
    let w = world(&quintin_source());
    // Cooperative mode: the policy holds the animateurs' seat, players hold seats 0 and 1.
    let mut season = cjs::sim::Season::new(&w, 11);
    let mut inputs = Vec::new();
    while let Some(input) = Seat::new(Policy::Adaptive, 99).choose(&season, &w) {
        season.decide(&w, &input).unwrap();
        inputs.push(input);
    }
    let save = Save::new(&w, 11, Mode::Cooperative, Some("adaptive"), vec![0, 1], inputs);
    write_json(&dir.join("coop.json"), &Summer { world: w.clone(), save, season }.journal_file()).unwrap();
    cjs::save::load_journal(&dir.join("coop.json")).unwrap_or_else(|d| panic!("{}", d[0]));
    // Animateur mode played by people: no policy to check, the rest is.
    let inputs = summer(&w, 12);
    let summer = Save::new(&w, 12, Mode::Animateur, None, Vec::new(), inputs).replay("x").unwrap();
    write_json(&dir.join("players.json"), &summer.journal_file()).unwrap();
    let journal = cjs::save::load_journal(&dir.join("players.json")).unwrap_or_else(|d| panic!("{}", d[0]));
    assert_eq!(journal.summer.summary().policy, "players");
    assert_eq!(journal.file().summary.policy, "players");
}

/// A journal written by the version before this one (version 2, its summer drawn by ChaCha8):
/// `cjs run tutorial --seed 5 --policy random --journal …`.
const V2_JOURNAL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/v2-journal-tutorial-seed5-random.json");

#[test]
fn a_journal_and_a_save_of_version_2_replay_the_summer_they_recorded() {
    use cjs::base::rng::Generator;
    // The journal is checked whole against the replay of its decisions (entries, weeks,
    // summary): it loads only if the replay draws what the file recorded.
    let journal = cjs::save::load_journal(Path::new(V2_JOURNAL)).expect("a journal of version 2 loads");
    let jf = journal.file();
    assert_eq!((jf.version, jf.save.version), (2, 2));
    assert_eq!(journal.summer.season.generator(), Generator::ChaCha8);
    assert_eq!(format!("{:.1}", jf.summary.pec.total), "138.0", "the PEC `cjs run` printed then");
    // Its save alone loads too, and a game resumed from it saves it again as version 2.
    let dir = scratch("v2");
    let save_path = dir.join("v2-save.json");
    write_json(&save_path, &jf.save).unwrap();
    let Summer { save, season, .. } = load_save(&save_path).expect("a save of version 2 loads");
    assert_eq!((save.version, season.generator()), (2, Generator::ChaCha8));
    assert_eq!(season.journal(), jf.entries.as_slice());
    assert_eq!(cjs::save::version_of(season.generator(), 2), 2);
    // The same decisions drawn by this version's generator are another summer: the journal,
    // relabelled version 3, no longer matches its replay.
    let text = std::fs::read_to_string(V2_JOURNAL).unwrap();
    let relabelled = edit(&text, |v| {
        v["version"] = 3.into();
        v["save"]["version"] = 3.into();
    });
    let path = dir.join("relabelled.json");
    std::fs::write(&path, relabelled).unwrap();
    let err = cjs::save::load_journal(&path).expect_err("another summer");
    let msg = err.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n");
    // (Here the seat's own draws differ first: `random` would not have made these decisions.)
    assert!(
        ["does not match the replay", "is invalid", "its decisions are not that policy's"]
            .iter()
            .any(|m| msg.contains(m)),
        "{msg}"
    );
}

/// A journal of `model`'s summer of `scenario` (adaptive, `seed`) is written as `version`,
/// loads and replays that very summer under that model; today's model plays another summer
/// of the same seed; and relabelled as the next version, the journal is refused.
fn replays_under_its_model(scenario: &str, seed: u64, model: u8, version: u32) {
    replays_under_its_model_by(scenario, seed, model, version, Policy::Adaptive);
}

/// As `replays_under_its_model`, the summer played by `policy` (`reader` reads with the guide of
/// the file's model, and its readings are checked on loading).
fn replays_under_its_model_by(scenario: &str, seed: u64, model: u8, version: u32, policy: Policy) {
    let loaded = cjs::scenario::shipped::by_id(scenario).unwrap().unwrap();
    let then = World::of_model(&loaded, model);
    let (season, inputs) = cjs::policy::play(&then, seed, policy);
    let save = Save::new(&then, seed, Mode::Animateur, Some(policy.name()), Vec::new(), inputs);
    assert_eq!(save.version, version);
    let dir = scratch(&format!("v{version}"));
    let path = dir.join(format!("v{version}.json"));
    write_json(&path, &Summer { world: then, save, season: season.clone() }.journal_file()).unwrap();
    let replayed = cjs::save::load_journal(&path).unwrap_or_else(|d| panic!("{}", d[0])).summer;
    assert_eq!((replayed.save.version, replayed.world.model), (version, model));
    assert_eq!(replayed.season.journal(), season.journal());
    let now = World::new(&loaded);
    assert_eq!(now.model, cjs::base::params::MODEL);
    assert_ne!(cjs::policy::play(&now, seed, policy).0.journal(), season.journal());
    let text = std::fs::read_to_string(&path).unwrap();
    let relabelled = edit(&text, |v| {
        v["version"] = (version + 1).into();
        v["save"]["version"] = (version + 1).into();
    });
    std::fs::write(&path, relabelled).unwrap();
    assert!(
        cjs::save::load_journal(&path).is_err(),
        "a summer of model {model} relabelled as version {} is refused",
        version + 1
    );
}

#[test]
fn a_journal_of_version_3_replays_under_model_2_and_not_under_model_3() {
    // Version 3 recorded summers of model 2 drawn by xoshiro256++: such a journal still loads
    // (its summer replayed under model 2), and relabelled as version 4 (model 3) it is another
    // summer, refused.
    replays_under_its_model("quintin-2013", 5, 2, 3);
}

#[test]
fn a_journal_of_version_4_replays_under_model_3_as_first_played() {
    // Version 4 recorded summers of model 3 before its readiness weighed the members'
    // initiative (`base::params::MODEL_3`, `need_map::MAP_MODEL_3`): such a journal still loads,
    // its summer replayed as it was played, and relabelled as version 5 it is another summer,
    // refused.
    replays_under_its_model("rennes-maurepas-2013", 7, 3, 4);
}

#[test]
fn a_journal_of_version_5_replays_under_model_4() {
    // Version 5 recorded summers of model 4, whose dependency was one for the whole group
    // (`base::params::MODEL_4`, `need_map::MAP_MODEL_4`, `policy::GUIDE_MODEL_4`): such a
    // journal still loads, its summer replayed as it was played, and relabelled as version 6
    // it is another summer, refused.
    replays_under_its_model("quimper-2013", 11, 4, 5);
}

#[test]
fn a_journal_of_version_6_replays_under_model_5() {
    // Version 6 recorded summers of model 5, whose agreed rule had no weight of fairness
    // (`base::params::MODEL_5`): such a journal still loads, its summer replayed as it was
    // played, and relabelled as version 7 it is another summer, refused.
    replays_under_its_model("quebec-hull-1988", 13, 5, 6);
}

#[test]
fn a_journal_of_version_7_replays_under_model_6() {
    // Version 7 recorded summers of model 6, whose need map was derived on 60 seeds and whose
    // `reader` weighed a silent or lively room 0.1 (`need_map::MAP_MODEL_6`,
    // `policy::GUIDE_MODEL_5`): such a journal still loads, its summer replayed as it was played,
    // and relabelled as version 8 it is another summer, refused.
    replays_under_its_model("quimper-2013", 17, 6, 7);
    // The same with `reader`, whose guide weighed a silent or lively room 0.1 then.
    replays_under_its_model_by("quimper-2013", 17, 6, 7, Policy::Reader);
}

#[test]
fn a_journal_of_version_8_replays_under_model_7() {
    // Version 8 recorded summers of model 7, whose need map did not tell a willing group from
    // one that is not (`need_map::MAP_MODEL_7`): such a journal still loads, its summer replayed
    // as it was played, and relabelled as version 9 it is another summer, refused. The shipped
    // groups stay willing almost all summer; Quimper's, seed 16, played by `reader`, falls under
    // a willingness of 0.5 at three decisions, where the need recorded differs.
    replays_under_its_model_by("quimper-2013", 16, 7, 8, Policy::Reader);
}

/// Ctrl-C during a long `cjs batch --csv`: the summers stop, nothing is written in place of the
/// CSV, and the file being written is removed (a signal used to leave it behind, megabytes of
/// it); the command says so and exits 1.
#[test]
fn ctrl_c_during_a_batch_leaves_no_file_behind() {
    let dir = scratch("batch-sigint");
    let mut child = Command::new(env!("CARGO_BIN_EXE_cjs"))
        .current_dir(&dir)
        .args(["--lang", "en", "batch", "quintin-2013", "--seeds", "1..5000000", "--csv", "out.csv"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("cjs runs");
    // Once the temporary file holds rows: the batch is well under way.
    let start = std::time::Instant::now();
    let growing = || {
        std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(Result::ok)
            .any(|e| e.file_name().to_string_lossy().ends_with(".tmp") && e.metadata().is_ok_and(|m| m.len() > 10_000))
    };
    while !growing() {
        assert!(start.elapsed() < std::time::Duration::from_secs(60), "the batch writes its rows");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert!(Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap().success());
    let end = std::time::Instant::now() + std::time::Duration::from_secs(30);
    let status = loop {
        if let Some(st) = child.try_wait().unwrap() {
            break st;
        }
        assert!(std::time::Instant::now() < end, "the batch stops soon after Ctrl-C");
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
    assert_eq!(status.code(), Some(1), "{err}");
    assert!(err.contains("interrupted") && err.contains("out.csv"), "{err}");
    assert!(temporaries(&dir).is_empty(), "left behind: {:?}", temporaries(&dir));
    assert!(!dir.join("out.csv").exists());
    let _ = std::fs::remove_dir_all(&dir);
}
