//! Hostile scenario files never hurt: `cjs check` answers every one with exit code 2 and a clear
//! message that names the file (with `line:col` wherever the input has them), never panics and
//! prints nothing on stdout for a bad file.
//!
//! The corpus lives in `tests/hostile/` (one defect per file; the semantic cases are
//! `valid/minimal.ron` with one change). Inputs too big to commit are generated here.

use std::path::{Path, PathBuf};
use std::process::Command;

use cjs::scenario::load::MAX_BYTES;
use cjs::scenario::{Comite, Dec, Scenario, load_str};

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile")
}

/// A file given to `cjs check`: the folder it is run from, and the name passed on the command line.
struct Case {
    dir: PathBuf,
    name: String,
}

/// A file of the committed corpus.
fn file(name: &str) -> Case {
    Case { dir: corpus_dir(), name: name.to_string() }
}

/// A file generated for the test (too big to commit, or built from another).
fn generated(name: &str, bytes: &[u8]) -> Case {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("hostile");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(name), bytes).unwrap();
    Case { dir, name: name.to_string() }
}

/// The minimal valid scenario that the semantic cases change.
fn minimal() -> String {
    std::fs::read_to_string(corpus_dir().join("valid/minimal.ron")).unwrap()
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn cjs(dir: &Path, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_cjs"))
        .current_dir(dir)
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("LANGUAGE")
        .output()
        .expect("cjs runs");
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Checks that `cjs --lang en check <case>` refuses the file: exit 2, nothing on stdout, no
/// panic, every line of stderr starts with the file's name, and the first one is `expected`
/// after the name: `"15:29: age must be …"` (with position) or `"file not found"` (without).
/// Returns the failure instead of panicking, so that a table of cases reports all of them.
fn try_check(case: &Case, expected: &str) -> Result<(), String> {
    let r = cjs(&case.dir, &["--lang", "en", "check", &case.name]);
    let name = &case.name;
    let want = if expected.starts_with(|c: char| c.is_ascii_digit()) {
        format!("{name}:{expected}")
    } else {
        format!("{name}: {expected}")
    };
    let mut problems = Vec::new();
    if r.code != Some(2) {
        problems.push(format!("exit code {:?}, expected 2", r.code));
    }
    if r.stderr.contains("panicked") || r.stderr.contains("stack overflow") {
        problems.push("it panicked".to_string());
    }
    if !r.stdout.is_empty() {
        problems.push(format!("stdout is not empty: {:?}", r.stdout));
    }
    let lines: Vec<&str> = r.stderr.lines().collect();
    if lines.is_empty() {
        problems.push("no message".to_string());
    }
    for l in &lines {
        if !l.starts_with(&format!("{name}:")) {
            problems.push(format!("a line does not start with the file name: {l:?}"));
        }
    }
    if !lines.first().is_some_and(|l| l.starts_with(&want)) {
        problems.push(format!("first line is not {want:?}"));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{name}: {}\n  stderr: {}", problems.join("; "), r.stderr.trim_end().replace('\n', "\n          ")))
    }
}

fn check(case: Case, expected: &str) {
    if let Err(e) = try_check(&case, expected) {
        panic!("{e}");
    }
}

/// The committed corpus: every file of `tests/hostile/` and the message it must get.
const CORPUS: &[(&str, &str)] = &[
    // Encoding, emptiness, extensions.
    ("empty.ron", "the file is empty: expected a scenario"),
    ("whitespace-only.ron", "the file is empty: expected a scenario"),
    ("not-utf8.ron", "2:13: the file is not UTF-8 text"),
    ("utf16-bom.ron", "1:1: the file is not UTF-8 text"),
    // A byte order mark is skipped (positions count from after it); a second one is not text.
    ("utf8-bom.ron", "2:8: expected a text in double quotes"),
    ("utf8-bom-twice.ron", "1:1: expected `( field: value, ... )`"),
    ("nul-byte.ron", "3:12: expected `( field: value, ... )`"),
    ("garbage.bin", "1:1: the file is not UTF-8 text"),
    ("garbage-ascii.ron", "1:1: expected `( field: value, ... )`"),
    ("extension-implicit-some.ron", "1:1: RON attributes and extensions (`#![enable(...)]`) are not accepted"),
    ("extension-after-comment.ron", "2:3: RON attributes and extensions (`#![enable(...)]`) are not accepted"),
    // Syntax.
    ("unterminated-string.ron", "2:9: unterminated text: the closing double quote is missing"),
    ("unterminated-comment.ron", "3:7: unclosed `/*` comment"),
    ("unclosed-paren.ron", "3:41: expected a comma"),
    ("trailing-text.ron", "42:2: extra text after the end of the scenario"),
    ("map-instead-of-struct.ron", "1:1: expected `( field: value, ... )`"),
    ("just-a-number.ron", "1:1: expected `( field: value, ... )`"),
    ("deep-lists.ron", "18:59: nesting too deep (more than 64 levels)"),
    // Types and fields.
    ("wrong-type-id.ron", "3:8: expected a text in double quotes"),
    ("wrong-type-weeks.ron", "10:43: expected a whole number"),
    ("wrong-type-bool.ron", "18:48: expected `true` or `false`"),
    ("wrong-variant.ron", "6:12: unknown value `Expert`: expected one of `Tutorial`, `Beginner`"),
    ("duplicate-field.ron", "7:5: field `level` written twice"),
    ("unknown-field.ron", "7:5: unknown field `colour`: expected one of `id`, `title`"),
    ("unknown-nested-field.ron", "11:46: unknown field `population`: expected one of `name`, `kind`"),
    // A misspelt field inside an effect or a trigger is refused too, not silently dropped.
    ("unknown-effect-field.ron", "38:113: unknown field `wekes`: expected one of `service`, `weeks`"),
    ("unknown-trigger-field.ron", "32:73: unknown field `chanse`: expected one of `condition`, `from_week`, `chance`"),
    ("missing-field.ron", "41:1: missing field `currency`"),
    ("integer-as-float.ron", "10:45: expected a comma"),
    // Numbers that overflow or are not exact decimals.
    ("u8-overflow-age.ron", "13:31: number out of the allowed bounds"),
    ("negative-u8.ron", "14:30: number out of the allowed bounds"),
    ("integer-huge.ron", "10:44: number out of the allowed bounds"),
    ("i8-overflow-effect.ron", "37:80: number out of the allowed bounds"),
    (
        "decimal-40-digits.ron",
        "18:72: expected a decimal number of at most 28 digits, found `1234567890123456789012345678901234567890…`",
    ),
    ("decimal-nan.ron", "18:32: expected a decimal number like 12.50, found `NaN`"),
    ("decimal-inf.ron", "20:171: expected a decimal number like 12.50, found `inf`"),
    ("decimal-neg-inf.ron", "20:149: expected a decimal number like 12.50, found `-inf`"),
    ("decimal-1e400.ron", "23:90: expected a decimal number like 12.50, found `1e400`"),
    ("decimal-exponent.ron", "18:32: expected a decimal number like 12.50, found `4e2`"),
    ("decimal-hex.ron", "18:34: expected a decimal number like 12.50, found `0x190`"),
    ("decimal-as-string.ron", "18:37: expected a decimal number like 12.50, found `\"400.00\"`"),
    // Validation beyond syntax.
    ("negative-price.ron", "20:168: price must be positive, found -3.00"),
    ("zero-price.ron", "20:168: price must be positive, found 0.00"),
    ("money-three-decimals.ron", "20:168: an amount has at most two decimals (cents), found 12.505"),
    ("money-far-too-large.ron", "18:29: amount far too large for a CJS: 99999999999.00"),
    ("event-unknown-service.ron", "38:93: unknown service `window-cleaning`"),
    ("segment-unknown-service.ron", "23:135: unknown service `babysitting`"),
    ("escape-in-quoted-value.ron", "23:125: unknown service `\\u{1b}[2J\\u{1b}[H\\u{d}check: valid\\u{7}`"),
    ("duplicate-service-id.ron", "21:14: duplicate id `garden`"),
    ("age-too-young.ron", "13:31: age must be between 13 and 27, found 12"),
    ("age-too-old.ron", "15:29: age must be between 13 and 27, found 28"),
    ("payment-shares-not-100.ron", "23:145: payment shares (on time, late, unpaid) must sum to 100, found 110"),
    ("payment-shares-overflow.ron", "23:145: payment shares (on time, late, unpaid) must sum to 100, found 765"),
    ("weeks-out-of-range.ron", "10:44: the number of weeks must be between 2 and 16, found 0"),
    ("event-week-after-end.ron", "32:22: the week must be between 1 and 4, found 9"),
    ("bad-date.ron", "10:23: invalid date `2013-02-30`: expected YYYY-MM-DD"),
    ("empty-services.ron", "19:15: at least one item is needed: services"),
    ("empty-english-title.ron", "4:29: the English text is empty"),
    // Names: seen, and compared as people read them.
    ("invisible-name.ron", "14:16: the name `\\u{200b}` is invisible: it has only spaces or zero-width characters"),
    ("bidi-override-name.ron", "15:16: the name `\\u{202e}\\u{20}\\u{2066}` is invisible"),
    // "Maëlle" with a combining diaeresis (NFD) is the "Maëlle" of line 13 (NFC).
    ("same-name-nfc-nfd.ron", "14:16: the name `Mae\u{308}lle` is already taken"),
];

#[test]
fn every_file_of_the_corpus_is_refused_with_a_clear_message() {
    let failures: Vec<String> =
        CORPUS.iter().filter_map(|(name, expected)| try_check(&file(name), expected).err()).collect();
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), CORPUS.len(), failures.join("\n"));
}

#[test]
fn the_corpus_table_lists_every_file() {
    let mut on_disk: Vec<String> = std::fs::read_dir(corpus_dir())
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = CORPUS.iter().map(|(n, _)| n.to_string()).collect();
    listed.sort();
    assert_eq!(on_disk, listed);
}

#[test]
fn the_base_of_the_semantic_cases_is_valid() {
    let r = cjs(&corpus_dir(), &["--lang", "en", "check", "valid/minimal.ron"]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.stdout, "valid/minimal.ron: valid (Base)\n");
}

#[test]
fn a_menu_longer_than_an_assembly_can_weigh_is_refused() {
    // Nine objectives (an assembly weighs at most eight options): said, not silently cut.
    let extra: String =
        (3..=9).map(|i| format!("(id: \"o{i}\", label: (fr: \"O{i}\", en: \"O{i}\"), aims: [Fun]),\n")).collect();
    let text = minimal().replacen("    objectives: [\n", &format!("    objectives: [\n{extra}"), 1);
    check(
        generated("nine-objectives.ron", text.as_bytes()),
        "25:17: an assembly weighs at most 8 options: at most 8 objectives on the menu, found 9",
    );
}

#[test]
fn a_summer_of_no_weeks_is_said_once_not_at_every_week_named() {
    // Quintin (eight weeks, members away and events in given weeks) with a summer of 0 weeks:
    // one message, at the calendar; the weeks named elsewhere are not refused against a range
    // "between 1 and 0".
    let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/quintin-2013.ron")).unwrap();
    let text = src.replacen("weeks: 8)", "weeks: 0)", 1);
    let case = generated("quintin-no-weeks.ron", text.as_bytes());
    let r = cjs(&case.dir, &["--lang", "en", "check", &case.name]);
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    check(case, "23:44: the number of weeks must be between 2 and 16, found 0");
}

#[test]
fn a_negative_price_names_the_file_line_and_column() {
    // The example of the issue, checked on its own so that its wording cannot drift.
    check(file("negative-price.ron"), "20:168: price must be positive, found -3.00");
    let src = std::fs::read_to_string(corpus_dir().join("negative-price.ron")).unwrap();
    let line = src.lines().nth(19).unwrap();
    let col: usize = 168;
    assert!(line.chars().skip(col - 1).collect::<String>().starts_with("-3.00"), "line:col points at the price");
}

#[test]
fn two_hundred_kilobytes_of_parentheses_is_too_deep_not_a_stack_overflow() {
    check(generated("parens.ron", "(".repeat(200_000).as_bytes()), "1:2: expected a field or variant name");
    // Where any value is accepted (an amount is read raw), the depth limit is what stops it.
    let deep = minimal().replace("starting_fund: 400.00", &format!("starting_fund: {}", "(".repeat(200_000)));
    check(generated("parens-in-amount.ron", deep.as_bytes()), "18:59: nesting too deep (more than 64 levels)");
    let deep = minimal()
        .replace("starting_fund: 400.00", &format!("starting_fund: {}{}", "[".repeat(100_000), "]".repeat(100_000)));
    check(generated("lists-in-amount.ron", deep.as_bytes()), "18:59: nesting too deep (more than 64 levels)");
    let deep = minimal().replace("starting_fund: 400.00", &format!("starting_fund: {}", "{\"a\":".repeat(50_000)));
    check(generated("maps-in-amount.ron", deep.as_bytes()), "18:179: nesting too deep (more than 64 levels)");
}

#[test]
fn a_file_over_one_mebibyte_is_refused_before_reading() {
    let mut big = minimal().into_bytes();
    big.resize(MAX_BYTES as usize + 1, b' ');
    check(generated("huge.ron", &big), "file too large (1048577 bytes): at most 1048576 bytes accepted");
    // The limit itself is accepted: the cap is not off by one.
    big.truncate(MAX_BYTES as usize);
    let case = generated("just-under.ron", &big);
    let r = cjs(&case.dir, &["--lang", "en", "check", &case.name]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
}

#[test]
fn a_folder_or_a_missing_file_is_named() {
    check(file("valid"), "this is a folder, not a scenario file");
    check(file("no-such-file.ron"), "file not found");
    let r = cjs(&corpus_dir(), &["--lang", "en", "check", ""]);
    assert!(r.stderr.starts_with("\"\": file not found"), "{}", r.stderr);
}

#[test]
fn a_folder_named_like_a_shipped_scenario_does_not_hide_it_and_an_empty_name_is_shown() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("shadow");
    std::fs::create_dir_all(dir.join("tutorial")).unwrap();
    let r = cjs(&dir, &["--lang", "en", "run", "tutorial"]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(r.stdout.starts_with("Tutorial"), "{}", r.stdout);
    let r = cjs(&dir, &["--lang", "en", "run", ""]);
    assert_eq!(r.code, Some(2));
    assert!(r.stderr.starts_with("\"\": neither a file nor a shipped scenario"), "{}", r.stderr);
}

#[cfg(unix)]
#[test]
fn devices_fifos_and_symlink_loops_are_refused_without_hanging() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("hostile");
    std::fs::create_dir_all(&dir).unwrap();
    let at = |name: &str| Case { dir: dir.clone(), name: name.into() };
    check(at("/dev/zero"), "this is not a regular file");
    check(at("/dev/null"), "this is not a regular file");
    // Opening a FIFO blocks until a writer comes: it must be refused before being opened.
    let fifo = dir.join("fifo.ron");
    let _ = std::fs::remove_file(&fifo);
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    check(at("fifo.ron"), "this is not a regular file");
    let link = dir.join("loop.ron");
    let _ = std::fs::remove_file(&link);
    std::os::unix::fs::symlink("loop.ron", &link).unwrap();
    check(at("loop.ron"), "cannot read: a loop of symbolic links");
}

#[test]
fn an_old_mac_files_errors_are_on_the_lines_an_editor_shows() {
    // Lines ended by a carriage return alone: the parser counts none, so every error was on
    // line 1. Each error is where it is with line feeds: line 13 for Maëlle's age.
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("hostile");
    for (name, text) in
        [("age", minimal().replacen("age: 17", "age: 12", 1)), ("syntax", minimal().replacen("age: 17", "age 17", 1))]
    {
        let lf = generated(&format!("lf-{name}.ron"), text.as_bytes());
        let cr = generated(&format!("cr-{name}.ron"), text.replace('\n', "\r").as_bytes());
        let (a, b) = (cjs(&dir, &["--lang", "en", "check", &lf.name]), cjs(&dir, &["--lang", "en", "check", &cr.name]));
        assert_eq!((a.code, b.code), (Some(2), Some(2)));
        assert!(a.stderr.starts_with(&format!("{}:13:", lf.name)), "{}", a.stderr);
        assert_eq!(
            a.stderr.replace(&lf.name, "F"),
            b.stderr.replace(&cr.name, "F"),
            "the same errors at the same places"
        );
    }
    // And a good one loads, though its first `//` comment ran to the end of the file.
    let good = generated("cr-good.ron", minimal().replace('\n', "\r").as_bytes());
    let r = cjs(&dir, &["--lang", "en", "check", &good.name]);
    assert_eq!((r.code, r.stdout.as_str()), (Some(0), "cr-good.ron: valid (Base)\n"), "{}", r.stderr);
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let r = cjs(&corpus_dir(), &["--lang", "en", "check", "valid/minimal-with-bom.ron"]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.stdout, "valid/minimal-with-bom.ron: valid (Base)\n");
}

#[test]
fn every_bad_file_is_listed_and_good_ones_still_reported() {
    let r = cjs(&corpus_dir(), &["--lang", "en", "check", "valid/minimal.ron", "negative-price.ron", "empty.ron"]);
    assert_eq!(r.code, Some(2));
    assert_eq!(r.stdout, "valid/minimal.ron: valid (Base)\n");
    assert!(r.stderr.contains("negative-price.ron:20:168: price must be positive"));
    assert!(r.stderr.contains("empty.ron: the file is empty"));
    assert!(!r.stderr.contains("valid/minimal.ron"));
}

#[test]
fn a_file_of_thousands_of_errors_shows_the_first_hundred_and_how_many_more() {
    // 30 cooperants of 8 errors each (age, four traits, availability, motivation, a skill), in
    // 40 copies of the list's line: 240 errors, and the rest said in one line.
    let bad = "(name: \"X\", age: 99, traits: (assertiveness: 200, reliability: 200, initiative: 200, sociability: 200), availability: 99, motivation: 200, skills: [(Gardening, 200)]),";
    let many: String = (0..30).map(|k| bad.replace("\"X\"", &format!("\"X{k}\""))).collect::<Vec<_>>().join("\n");
    let text = minimal().replacen("cooperants: [", &format!("cooperants: [\n{many}"), 1);
    let case = generated("many-errors.ron", text.as_bytes());
    for (lang, more) in
        [("en", "more errors (correct these first)"), ("fr", "autres erreurs (corrigez d'abord celles-ci)")]
    {
        let r = cjs(&case.dir, &["--lang", lang, "check", &case.name]);
        assert_eq!(r.code, Some(2));
        let lines: Vec<&str> = r.stderr.lines().collect();
        assert_eq!(lines.len(), 101, "{lang}: {}", r.stderr);
        assert!(lines[100].starts_with("many-errors.ron: … ") && lines[100].ends_with(more), "{}", lines[100]);
    }
}

#[test]
fn messages_come_in_french_and_english_and_both_name_the_file() {
    for (name, fr, en) in [
        (
            "negative-price.ron",
            "negative-price.ron:20:168: le prix doit être positif, trouvé -3.00",
            "negative-price.ron:20:168: price must be positive, found -3.00",
        ),
        ("empty.ron", "empty.ron: le fichier est vide", "empty.ron: the file is empty"),
        (
            "unknown-field.ron",
            "unknown-field.ron:7:5: champ inconnu `colour`",
            "unknown-field.ron:7:5: unknown field `colour`",
        ),
    ] {
        let f = cjs(&corpus_dir(), &["--lang", "fr", "check", name]);
        let e = cjs(&corpus_dir(), &["--lang", "en", "check", name]);
        assert_eq!((f.code, e.code), (Some(2), Some(2)));
        assert_ne!(f.stderr, e.stderr);
        assert!(f.stderr.starts_with(fr), "{}", f.stderr);
        assert!(e.stderr.starts_with(en), "{}", e.stderr);
    }
}

/// A value through RON and back: parse, write pretty, parse again.
fn ron_round_trip<T>(text: &str) -> (T, String, T)
where
    T: serde::de::DeserializeOwned + serde::Serialize,
{
    let first: T = ron::from_str(text).unwrap();
    let written = ron::ser::to_string_pretty(&first, ron::ser::PrettyConfig::default()).unwrap();
    let second: T = ron::from_str(&written).unwrap();
    (first, written, second)
}

#[test]
fn money_survives_a_round_trip_to_the_cent() {
    for text in ["12.50", "12345678.91", "0.01", "-3.00", "400", "0.10"] {
        let (a, written, b): (Dec, _, Dec) = ron_round_trip(text);
        // `Decimal` compares values (12.5 == 12.50): compare the digits and the scale too.
        assert_eq!(a.to_string(), text);
        assert_eq!(written, text);
        assert_eq!(b.to_string(), text);
        assert_eq!(a, b);
        assert_eq!(a.0.scale(), b.0.scale());
    }
    let (a, written, b): (Comite, _, Comite) = ron_round_trip("(starting_fund: 12345678.91, repay_fund: true)");
    assert_eq!(a, b);
    assert!(written.contains("12345678.91"), "{written}");
    assert_eq!(b.starting_fund.to_string(), "12345678.91");
}

#[test]
fn the_shipped_scenarios_round_trip_and_stay_valid() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root.join("scenarios"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    assert!(paths.iter().any(|p| p.ends_with("quintin-2013.ron")));
    paths.push(root.join("tests/hostile/valid/minimal.ron"));
    for path in paths {
        let src = std::fs::read_to_string(&path).unwrap();
        let loaded = load_str("in.ron", &src).unwrap();
        let written = ron::ser::to_string_pretty(&loaded.scenario, ron::ser::PrettyConfig::default()).unwrap();
        let again = load_str("out.ron", &written)
            .unwrap_or_else(|d| panic!("{}: written form invalid: {:?}", path.display(), d));
        assert_eq!(loaded.scenario, again.scenario);
        // Equal as values, and every amount keeps its written scale.
        let reparsed: Scenario = ron::from_str(&written).unwrap();
        assert_eq!(
            format!("{:?}", loaded.scenario),
            format!("{reparsed:?}"),
            "the debug form (which shows the scale of each amount) differs"
        );
    }
}

#[test]
fn escapes_from_a_file_reach_the_terminal_as_visible_text() {
    // The committed case: a service id that clears the screen and prints a fake verdict.
    check(file("escape-in-quoted-value.ron"), "23:125: unknown service `\\u{1b}[2J\\u{1b}[H\\u{d}check: valid\\u{7}`");
    // A scenario whose title and names hold escapes, a C1 control, a bidi override and a line
    // break: refused, located (a reader would not see them, or they change what is seen), and
    // neither `check` nor `run` (nor `run --explain`) lets one through to the terminal.
    let text = minimal()
        .replace(
            "title: (fr: \"Base\", en: \"Base\")",
            "title: (fr: \"B\u{1b}[31m\", en: \"B\u{1b}]0;pwned\u{7}\\n\u{9b}2J\u{202e}\")",
        )
        .replace("name: \"Yann\"", "name: \"Y\u{1b}[8m\r\"");
    let case = generated("escapes.ron", text.as_bytes());
    for args in [
        vec!["--lang", "en", "check", "escapes.ron"],
        vec!["--lang", "fr", "check", "escapes.ron"],
        vec!["--lang", "en", "run", "escapes.ron", "--explain"],
        vec!["--lang", "fr", "run", "escapes.ron", "--explain"],
    ] {
        let r = cjs(&case.dir, &args);
        assert_eq!(r.code, Some(2), "{args:?}: {}", r.stderr);
        let all = format!("{}{}", r.stdout, r.stderr);
        for bad in ['\u{1b}', '\r', '\u{7}', '\u{9b}', '\u{202e}'] {
            assert!(!all.contains(bad), "{args:?} printed {bad:?}: {all:?}");
        }
        assert!(r.stderr.contains("escapes.ron:4:17: ") && r.stderr.contains("\\u{1b}"), "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains("escapes.ron:14:16: "), "{args:?}: the name is refused too: {}", r.stderr);
    }
    // A file name is shown the same way, in the messages of the program and of clap.
    let r = cjs(&case.dir, &["--lang", "en", "check", "no\u{1b}[2Jsuch.ron"]);
    assert_eq!(r.stderr, "no\\u{1b}[2Jsuch.ron: file not found\n");
    // clap drops whole ANSI sequences itself; a lone CR or BEL in an argument it quotes is shown.
    for lang in ["en", "fr"] {
        let r = cjs(&case.dir, &["--lang", lang, "run", "escapes.ron", "--seed", "x\ry\u{7}"]);
        assert_eq!(r.code, Some(2));
        assert!(!r.stderr.contains(['\r', '\u{7}']) && r.stderr.contains("x\\u{d}y"), "{}", r.stderr);
    }
}

#[test]
fn absurd_thread_and_seed_counts_are_refused_with_the_cap() {
    let dir = corpus_dir();
    for (args, expected) in [
        (
            vec!["--lang", "en", "batch", "valid/minimal.ron", "--seeds", "1..3", "--threads", "99999999999"],
            "--threads expects a number from 1 to 256, found `99999999999`\n",
        ),
        (
            vec!["--lang", "fr", "batch", "valid/minimal.ron", "--seeds", "1..3", "--threads", "0"],
            "--threads attend un nombre de 1 à 256, trouvé `0`\n",
        ),
        (
            vec!["--lang", "en", "batch", "valid/minimal.ron", "--seeds", "1..3", "--threads=-4"],
            "--threads expects a number from 1 to 256, found `-4`\n",
        ),
        (
            vec!["--lang", "en", "batch", "valid/minimal.ron", "--seeds", "1..20000000"],
            "--seeds: at most 10000000 summers at once, `1..20000000` asks for 20000000\n",
        ),
        (
            vec!["--lang", "fr", "batch", "valid/minimal.ron", "--seeds", "0..18446744073709551615"],
            "--seeds : au plus 10000000 étés à la fois, `0..18446744073709551615` en demande 18446744073709551616\n",
        ),
        // `compare` plays every policy: the cap is on the summers in all.
        (
            vec!["--lang", "en", "compare", "valid/minimal.ron", "--seeds", "1..10000000"],
            "--seeds: at most 10000000 summers in all, `1..10000000` for POLICIES policies asks for TOTAL\n",
        ),
        // No seed: above 2^64 − 1.
        (
            vec!["--lang", "fr", "batch", "valid/minimal.ron", "--seeds", "1..18446744073709551616"],
            "--seeds : une graine est un nombre entier de 0 à 18446744073709551615, trouvé `1..18446744073709551616`\n",
        ),
        // Not the cap: the order is what is wrong.
        (
            vec!["--lang", "en", "batch", "valid/minimal.ron", "--seeds", "9..2"],
            "--seeds expects A..B with A ≤ B, found `9..2`\n",
        ),
    ] {
        let policies = cjs::policy::Policy::all().len();
        let expected =
            expected.replace("POLICIES", &policies.to_string()).replace("TOTAL", &(10_000_000 * policies).to_string());
        let r = cjs(&dir, &args);
        assert_eq!((r.code, r.stdout.as_str(), r.stderr.as_str()), (Some(2), "", expected.as_str()), "{args:?}");
    }
    // Within the caps, it runs.
    let r = cjs(&dir, &["--lang", "en", "batch", "valid/minimal.ron", "--seeds", "1..3", "--threads", "256", "--json"]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(r.stdout.contains("\"pec\""));
}

/// `cjs ARGS` in `dir` with its standard output sent to `stdout`.
fn cjs_to(dir: &Path, args: &[&str], stdout: std::process::Stdio) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_cjs")).current_dir(dir).args(args).stdout(stdout).output().expect("cjs runs")
}

#[cfg(target_os = "linux")]
#[test]
fn output_to_a_full_disk_fails_and_a_closed_pipe_does_not() {
    let dir = corpus_dir();
    let commands: [&[&str]; 5] = [
        &["--lang", "en", "run", "valid/minimal.ron", "--json"],
        &["--lang", "en", "run", "valid/minimal.ron", "--explain"],
        &["--lang", "en", "batch", "valid/minimal.ron", "--seeds", "1..3", "--json"],
        &["--lang", "en", "check", "valid/minimal.ron"],
        &["--lang", "en", "scenarios"],
    ];
    for args in commands {
        let full = std::fs::File::options().write(true).open("/dev/full").unwrap();
        let out = cjs_to(&dir, args, full.into());
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(err.starts_with("error: cannot write to the standard output (no space left on the disk)"), "{err}");
    }
    let full = std::fs::File::options().write(true).open("/dev/full").unwrap();
    let out = cjs_to(&dir, &["--lang", "fr", "run", "valid/minimal.ron", "--json"], full.into());
    // In French to the end (the system's words were English).
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("erreur : écriture impossible sur la sortie standard (disque plein)"), "{err}");
    // A reader that has gone (`| head`): quiet, exit 0.
    for args in commands {
        let mut child = Command::new(env!("CARGO_BIN_EXE_cjs"))
            .current_dir(&dir)
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{args:?}");
    }
}

#[cfg(unix)]
#[test]
fn files_are_named_as_the_system_names_them() {
    use std::ffi::{OsStr, OsString};
    use std::os::unix::ffi::OsStrExt;
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("os-names");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let cjs_os = |args: &[&OsStr]| {
        let out = Command::new(env!("CARGO_BIN_EXE_cjs")).current_dir(&dir).arg("--lang").arg("en").args(args).output();
        let out = out.expect("cjs runs");
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let latin1 = |s: &[u8]| OsString::from(OsStr::from_bytes(s));
    // "scénario.ron" written in Latin-1: not UTF-8, but a file all the same.
    let scenario = latin1(b"sc\xe9nario.ron");
    std::fs::write(dir.join(&scenario), minimal()).unwrap();
    let (code, out, err) = cjs_os(&[OsStr::new("check"), &scenario]);
    assert_eq!((code, out.as_str()), (Some(0), "sc\u{fffd}nario.ron: valid (Base)\n"), "{err}");
    let journal = latin1(b"\xe9t\xe9.json");
    let (code, _, err) = cjs_os(&[OsStr::new("run"), &scenario, OsStr::new("--journal"), &journal]);
    assert_eq!(code, Some(0), "{err}");
    assert!(dir.join(&journal).is_file());
    let report = latin1(b"bilan-\xe9t\xe9.md");
    let (code, _, err) = cjs_os(&[OsStr::new("report"), &journal, OsStr::new("--out"), &report]);
    assert_eq!(code, Some(0), "{err}");
    assert!(dir.join(&report).is_file());
    let csv = latin1(b"graines-\xe9t\xe9.csv");
    let args = [OsStr::new("batch"), &scenario, OsStr::new("--seeds"), OsStr::new("1..2"), OsStr::new("--csv"), &csv];
    let (code, _, err) = cjs_os(&args);
    assert_eq!(code, Some(0), "{err}");
    assert!(dir.join(&csv).is_file());

    // A symbolic link loop: the same message from `run` as from `check`.
    std::os::unix::fs::symlink("loop.ron", dir.join("loop.ron")).unwrap();
    for cmd in ["check", "run", "batch"] {
        let mut args = vec![OsStr::new(cmd), OsStr::new("loop.ron")];
        if cmd == "batch" {
            args.extend([OsStr::new("--seeds"), OsStr::new("1..2")]);
        }
        let (code, _, err) = cjs_os(&args);
        assert_eq!((code, err.as_str()), (Some(2), "loop.ron: cannot read: a loop of symbolic links\n"), "{cmd}");
    }
    let (_, _, err) = cjs_os(&[OsStr::new("report"), OsStr::new("loop.ron"), OsStr::new("--out"), OsStr::new("r.md")]);
    assert_eq!(err, "loop.ron: cannot read: a loop of symbolic links\n");

    // A folder given as a journal or as an output says it is a folder.
    std::fs::create_dir(dir.join("folder")).unwrap();
    let (code, _, err) = cjs_os(&[OsStr::new("report"), OsStr::new("folder"), OsStr::new("--out"), OsStr::new("r.md")]);
    assert_eq!((code, err.as_str()), (Some(2), "folder: this is a folder, not a save or a journal\n"));
    let (code, _, err) = cjs_os(&[OsStr::new("run"), &scenario, OsStr::new("--journal"), OsStr::new("folder")]);
    assert_eq!((code, err.as_str()), (Some(2), "--journal folder: this is a folder, not a file\n"));
    let (code, _, err) = cjs_os(&[OsStr::new("report"), &journal, OsStr::new("--out"), OsStr::new("folder/")]);
    assert_eq!(code, Some(2), "{err}");
}

#[test]
fn money_has_two_decimals_and_weighted_pec_shows_its_weights() {
    // An amount written with seven decimals, and weights other than 1/1/1.
    let text = minimal().replace("starting_fund: 400.00", "starting_fund: 400.0000000").replacen(
        "    events: [",
        "    pec_weights: (v: 2, s: 1, a: 0),\n    events: [",
        1,
    );
    let case = generated("seven-decimals.ron", text.as_bytes());
    let r = cjs(&case.dir, &["--lang", "en", "run", "seven-decimals.ron", "--json"]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    for k in ["revenue", "costs", "surplus", "cash_end", "pay_per_member"] {
        let amount = v["finance"][k].as_str().unwrap();
        let (_, decimals) = amount.split_once('.').unwrap_or((amount, ""));
        assert_eq!(decimals.len(), 2, "{k}: {amount}");
    }
    let pec = &v["pec"];
    let (total, vision, support) =
        (pec["total"].as_f64().unwrap(), pec["v"].as_f64().unwrap(), pec["s"].as_f64().unwrap());
    assert!((total - (2.0 * vision + support)).abs() < 0.02, "{pec}");
    for (lang, line) in [
        ("en", format!("PEC {total:.1} = 2 × Vision {vision:.1} + 1 × Support {support:.1} + 0 × Autonomy ")),
        // French writes its decimals with a comma.
        (
            "fr",
            format!("PEC {total:.1} = 2 × Vision {vision:.1} + 1 × Soutien {support:.1} + 0 × Autonomie ")
                .replace('.', ","),
        ),
    ] {
        let r = cjs(&case.dir, &["--lang", lang, "run", "seven-decimals.ron", "--explain"]);
        assert_eq!(r.code, Some(0), "{}", r.stderr);
        assert!(r.stdout.contains(&line), "{lang}: {line:?} not in\n{}", r.stdout);
        assert!(!r.stdout.contains("0000"), "an amount with more than two decimals:\n{}", r.stdout);
    }
    // With the default weights the line stays the plain sum.
    let r = cjs(&corpus_dir(), &["--lang", "en", "run", "valid/minimal.ron"]);
    assert!(r.stdout.contains("= Vision ") && !r.stdout.contains(" × "), "{}", r.stdout);
}

/// English words that a French message must not hold (outside what it quotes from the file).
fn english_words(message: &str) -> Vec<String> {
    const ENGLISH: &[&str] = &[
        "expected",
        "found",
        "invalid",
        "while",
        "parsing",
        "struct",
        "unknown",
        "missing",
        "field",
        "value",
        "number",
        "the",
        "at",
        "line",
        "column",
        "of",
        "an",
        "is",
        "not",
        "string",
        "integer",
        "sequence",
        "map",
        "identifier",
        "variant",
        "character",
        "unexpected",
        "trailing",
        "characters",
        "bounds",
        "file",
        "cannot",
        "must",
        "found",
        "eof",
        "syntax",
        "but",
    ];
    // Drop what is quoted (names and values from the file) and the file name in front.
    let mut plain = String::new();
    let mut quoted = false;
    for c in message.split_once(": ").map_or(message, |(_, m)| m).chars() {
        if c == '`' {
            quoted = !quoted;
        } else if !quoted {
            plain.push(c);
        }
    }
    // Whatever the case: a sentence of the parser begins with a capital ("Expected …").
    plain
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| ENGLISH.contains(&w.to_lowercase().as_str()))
        .map(str::to_string)
        .collect()
}

#[test]
fn french_messages_are_french_to_the_end() {
    let mut failures = Vec::new();
    for (name, _) in CORPUS {
        let r = cjs(&corpus_dir(), &["--lang", "fr", "check", name]);
        for line in r.stderr.lines() {
            let words = english_words(line);
            if !words.is_empty() {
                failures.push(format!("{line}  ← {words:?}"));
            }
        }
    }
    // Saves and journals that are not what they should be (serde_json's messages).
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("french");
    std::fs::create_dir_all(&dir).unwrap();
    for (name, text) in [
        ("eof.json", "{\"format\": "),
        ("list.json", "[1, 2"),
        ("type.json", "{\"format\": 12}"),
        ("unknown.json", "{\"x\": 1}"),
        ("trailing.json", "{} {}"),
        ("garbage.json", "nope"),
    ] {
        std::fs::write(dir.join(name), text).unwrap();
        let r = cjs(&dir, &["--lang", "fr", "report", name, "--out", "r.md"]);
        assert_eq!(r.code, Some(2));
        let words = english_words(r.stderr.trim_end());
        if !words.is_empty() || r.stderr.is_empty() {
            failures.push(format!("{}  ← {words:?}", r.stderr.trim_end()));
        }
    }
    // A file that is some other RON document (the parser's "Expected struct … but found …").
    for (name, text) in [("other.ron", "Saison(weeks: 8)"), ("word.ron", "not ron at all")] {
        std::fs::write(dir.join(name), text).unwrap();
        let r = cjs(&dir, &["--lang", "fr", "check", name]);
        assert_eq!(r.code, Some(2));
        let words = english_words(r.stderr.trim_end());
        if !words.is_empty() || r.stderr.is_empty() {
            failures.push(format!("{}  ← {words:?}", r.stderr.trim_end()));
        }
    }
    // The command line's own errors (clap's sentences are English).
    for args in [
        vec!["--lang", "fr", "run", "valid/minimal.ron", "--seed", "x"],
        vec!["--lang", "fr", "run", "valid/minimal.ron", "--policy", "boss"],
        vec!["--lang", "fr", "run"],
        vec!["--lang", "fr", "runn"],
        vec!["--lang", "fr", "run", "valid/minimal.ron", "--bogus"],
    ] {
        let r = cjs(&corpus_dir(), &args);
        assert_eq!(r.code, Some(2));
        let first = r.stderr.lines().next().unwrap_or("").to_string();
        let words = english_words(&first.replace("erreur : ", "x: "));
        if !words.is_empty() || !first.starts_with("erreur : ") {
            failures.push(format!("{first}  ← {words:?}"));
        }
    }
    assert!(failures.is_empty(), "English in French messages:\n{}", failures.join("\n"));
}

#[test]
fn lists_longer_than_the_limits_are_refused_where_they_are() {
    let base = minimal();
    let segment = "        (id: \"residents\", name: (fr: \"Particuliers\", en: \"Residents\"), base_demand: 4.0, price_sensitivity: 1.4, services: [\"garden\"], payment: (on_time: 85, late: 12, unpaid: 3, delay_weeks: 2)),\n";
    assert!(base.contains(segment));
    // 13 client segments (at most 12).
    let many: String = (0..13).map(|i| segment.replace("\"residents\"", &format!("\"s{i}\""))).collect();
    let text = base.replace(segment, &many);
    check(generated("thirteen-segments.ron", text.as_bytes()), "22:15: at most 12 client segments, found 13");
    // A segment asking for 13 services, and a season curve of 17 weeks.
    let asked = ["\"garden\""; 13].join(", ");
    let season = ["100"; 17].join(", ");
    let text =
        base.replace("services: [\"garden\"], payment", &format!("services: [{asked}], season: [{season}], payment"));
    let case = generated("segment-too-long.ron", text.as_bytes());
    check(case, "23:124: at most 12 services asked by a segment, found 13");
    // A unit of a few seconds' work: a job of no whole minute could never be done (every client
    // turned away), so the file is refused where it says so.
    let text = base.replace("hours_per_unit: 1, units: (2, 5)", "hours_per_unit: 0.004, units: (2, 5)");
    assert_ne!(text, base);
    check(
        generated("seconds-of-work.ron", text.as_bytes()),
        "20:112: hours per unit must be from 0.01 (36 seconds) to 12, found 0.004",
    );
    let r = cjs(
        &Path::new(env!("CARGO_TARGET_TMPDIR")).join("hostile"),
        &["--lang", "fr", "check", "segment-too-long.ron"],
    );
    assert!(
        r.stderr.contains("segment-too-long.ron:23:124: au plus 12 services demandés par un segment, trouvé 13"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("au plus 16 valeurs de saison, trouvé 17"), "{}", r.stderr);
    // 41 events (at most 40).
    let start = base.find("        (\n            id: \"mower\"").unwrap();
    let end = base.find("    ],\n)").unwrap();
    let event = &base[start..end];
    let events: String = (0..41).map(|i| event.replace("\"mower\"", &format!("\"e{i}\""))).collect();
    let text = format!("{}{}{}", &base[..start], events, &base[end..]);
    check(generated("forty-one-events.ron", text.as_bytes()), "29:13: at most 40 events, found 41");
    // A choice with 9 effects (at most 8).
    let text = base.replace("effects: [Cash(-120.00)]", &format!("effects: [{}]", ["Cash(-1.00)"; 9].join(", ")));
    check(generated("nine-effects.ron", text.as_bytes()), "37:67: at most 8 effects per choice, found 9");
}

#[test]
fn set_overrides_a_parameter_for_the_run_and_refuses_a_bad_one_by_name_and_range() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let revenue = |extra: &[&str]| {
        let mut args =
            vec!["--lang", "en", "batch", "quintin-2013", "--seeds", "1..20", "--policy", "adaptive", "--json"];
        args.extend_from_slice(extra);
        let r = cjs(dir, &args);
        assert_eq!(r.code, Some(0), "{:?}: {}", extra, r.stderr);
        let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
        v["revenue"]["mean"].as_f64().expect("mean revenue")
    };
    let plain = revenue(&[]);
    // Learning frozen, and a market that no longer answers prices (a parameter the world works
    // out once, for the usual price levels): each moves the summers it plays.
    assert_ne!(revenue(&["--set", "learning=0"]), plain, "--set learning=0 changed nothing");
    assert_ne!(
        revenue(&["--set", "price_sensitivity_scale=0"]),
        plain,
        "--set price_sensitivity_scale=0 changed nothing"
    );
    // A switch takes 0 or 1 (0.5 would act as 1 without a word), and a value is written as in a
    // scenario file, without an exponent.
    for (arg, said) in [
        ("learnin=0", "learnin"),
        ("learning=7", "0 – 5"),
        ("learning=nan", "learning"),
        ("learning", "NAME=VALUE"),
        ("derived_need=0.5", "{0, 1}"),
        ("learning=1e-1", "0 – 5"),
    ] {
        let r = cjs(dir, &["--lang", "en", "run", "quintin-2013", "--set", arg]);
        assert_eq!(r.code, Some(2), "--set {arg}: {}", r.stderr);
        assert!(r.stdout.is_empty(), "--set {arg}: something written: {}", r.stdout);
        assert!(r.stderr.contains(said), "--set {arg}: the message does not say {said:?}: {}", r.stderr);
    }
}

#[test]
fn a_french_usage_slip_is_named_for_what_it_is() {
    // Clap files three slips under the kinds of others: an option given twice (a conflict), an
    // option left without its value (an empty invalid value), a word where no argument goes (an
    // unknown argument). In French each is said as what it is, naming what was typed.
    let dir = corpus_dir();
    for (args, said) in [
        (
            vec!["--lang", "fr", "run", "valid/minimal.ron", "--json", "--json"],
            "option donnée plus d'une fois : --json",
        ),
        (vec!["--lang", "fr", "run", "valid/minimal.ron", "--seed"], "valeur manquante : --seed"),
        (vec!["--lang", "fr", "run", "valid/minimal.ron", "encore"], "argument en trop : `encore`"),
        (vec!["--lang", "fr", "run", "valid/minimal.ron", "--graine", "3"], "option inconnue : `--graine`"),
        // What was meant, both options of a conflict, and the help of the command.
        (
            vec!["--lang", "fr", "run", "valid/minimal.ron", "--jsn"],
            "(vouliez-vous dire --json ?)\nAide : cjs run --help",
        ),
        (
            vec!["--lang", "fr", "run", "valid/minimal.ron", "--json", "--explain"],
            "options incompatibles : --json, --explain",
        ),
        // A negative seed is a value refused, not an unknown option `-1`.
        (vec!["--lang", "fr", "run", "valid/minimal.ron", "--seed", "-1"], "valeur invalide"),
    ] {
        let r = cjs(&dir, &args);
        assert_eq!(r.code, Some(2), "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains(said), "{args:?}: {}", r.stderr);
    }
    // A slip said to a standard error that cannot be written: exit 2 all the same, no panic.
    for lang in ["fr", "en"] {
        let full = std::fs::OpenOptions::new().write(true).open("/dev/null").unwrap();
        let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap_or(full);
        let st = Command::new(env!("CARGO_BIN_EXE_cjs"))
            .current_dir(&dir)
            .args(["--lang", lang, "run", "valid/minimal.ron", "--policy", "bogus"])
            .stderr(full)
            .status()
            .unwrap();
        assert_eq!(st.code(), Some(2), "{lang}");
    }
}

#[test]
fn french_help_is_french_to_its_brackets() {
    // Clap's own notes ([possible values: …], [default: …]) and the usage's [COMMAND] are said
    // in French; the English help keeps clap's words. Help written to a full disk is an error.
    let dir = corpus_dir();
    for args in
        [vec!["--lang", "fr", "--help"], vec!["--lang", "fr", "run", "--help"], vec!["--lang", "fr", "batch", "--help"]]
    {
        let r = cjs(&dir, &args);
        assert_eq!(r.code, Some(0), "{args:?}: {}", r.stderr);
        for english in ["[possible values", "[default:", "[COMMAND]"] {
            assert!(!r.stdout.contains(english), "{args:?}: {english} in\n{}", r.stdout);
        }
        assert!(r.stdout.contains("[valeurs possibles : fr, en]"), "{args:?}:\n{}", r.stdout);
    }
    let r = cjs(&dir, &["--lang", "fr", "run", "--help"]);
    assert!(r.stdout.contains("graine du hasard [par défaut : 1]"), "{}", r.stdout);
    let r = cjs(&dir, &["--lang", "en", "run", "--help"]);
    assert!(r.stdout.contains("[default: 1]") && r.stdout.contains("[possible values: fr, en]"), "{}", r.stdout);
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full");
    if let Ok(full) = full {
        let st =
            Command::new(env!("CARGO_BIN_EXE_cjs")).args(["--lang", "en", "--help"]).stdout(full).status().unwrap();
        assert_eq!(st.code(), Some(1));
    }
}

#[test]
fn a_line_of_a_megabyte_is_quoted_short_in_the_message() {
    // A parser's message quotes what it found: a file of one long word would otherwise be printed
    // whole on the terminal. The message keeps the place and the start of the word.
    let case = generated("one-long-word.ron", "x".repeat(1_000_000).as_bytes());
    check(case, "1:1: expected");
    let r =
        cjs(&Path::new(env!("CARGO_TARGET_TMPDIR")).join("hostile"), &["--lang", "en", "check", "one-long-word.ron"]);
    assert!(r.stderr.len() < 1000, "{} bytes of message", r.stderr.len());
    assert!(r.stderr.contains(&format!("{}…", "x".repeat(59))), "{}", r.stderr);
}

#[test]
fn a_name_or_a_text_with_a_character_no_one_sees_is_refused_where_it_is() {
    // « Yann » with a zero-width space looks like a second « Yann »; a right-to-left override
    // inside a name reverses it in every report; a NUL in a title breaks a spreadsheet's CSV;
    // a title of one override shows nothing. Each is refused at its place, naming the character.
    let cases = [
        ("zero-width-in-name.ron", ("\"Enzo\"", "\"Yann\u{200b}\""), "15:16: holds the character \\u{200b}"),
        ("override-in-name.ron", ("\"Enzo\"", "\"En\u{202e}zo\""), "15:16: holds the character \\u{202e}"),
        ("nul-in-name.ron", ("\"Enzo\"", "\"En\u{0}zo\""), "15:16: holds the character \\u{0}"),
        ("nul-in-title.ron", ("en: \"Base\"", "en: \"Ba\u{0}se\""), "4:29: holds the character \\u{0}"),
        ("override-title.ron", ("en: \"Base\"", "en: \"\u{202e}\""), "4:29: the English text is empty"),
        // « Yann » and « Yann  » would show as two people of one name.
        ("space-after-name.ron", ("\"Yann\"", "\"Yann \""), "14:16: the name `Yann ` starts or ends with a space"),
        ("nbsp-after-name.ron", ("\"Yann\"", "\"Yann\u{a0}\""), "14:16: the name `Yann\\u{a0}` starts or ends"),
        (
            "coop-name-twice.ron",
            (
                "territory: (name: \"Quintin\", kind: Town),",
                "territory: (name: \"Quintin\", kind: Town),\n    coop_names: [\"Coop'Été\", \"Coop'Été\"],",
            ),
            "12:30: the coop name `Coop'Été` is already in the list",
        ),
    ];
    for (name, (from, to), expected) in cases {
        let text = minimal().replacen(from, to, 1);
        assert_ne!(text, minimal(), "{name}");
        check(generated(name, text.as_bytes()), expected);
    }
    // A switch of the model set half-way in a file acts as 1 without a word: refused, saying so.
    let half = format!(
        "{},\n    params: (derived_need: 0.5),\n)\n",
        minimal().trim_end().trim_end_matches(')').trim_end().trim_end_matches(',')
    );
    let case = generated("half-a-switch.ron", half.as_bytes());
    let r = cjs(&case.dir, &["--lang", "en", "check", &case.name]);
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(r.stderr.contains("parameter `derived_need`") && r.stderr.contains("0 or 1"), "{}", r.stderr);
    // In French, the unit in French too.
    let r = cjs(&case.dir, &["--lang", "fr", "check", &case.name]);
    assert!(r.stderr.contains("paramètre `derived_need`") && r.stderr.contains("(0 ou 1)"), "{}", r.stderr);
    // A line break in an event's text (also a raw one with a Windows line end), and the joiners
    // some scripts write names with, are kept.
    let fine = minimal()
        .replacen("\"Enzo\"", "\"Ena\u{200d}zo\"", 1)
        .replacen("en: \"The mower\"", "en: \"The\\nmower\"", 1)
        .replacen("fr: \"La tondeuse\"", "fr: \"La\r\ntondeuse\"", 1);
    assert!(fine.contains("La\r\ntondeuse"));
    let case = generated("joiner-and-line-break.ron", fine.as_bytes());
    let r = cjs(&case.dir, &["--lang", "en", "check", &case.name]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
}

#[test]
fn a_decimal_comma_a_bad_escape_and_a_mistyped_parameter_are_said_plainly_in_both_languages() {
    // The slips a French writer makes most, found by an outside trainer: ron's own words were
    // English (« Found invalid std identifier "00", try the raw identifier `r#00` instead »), or
    // French word by word (« Unknown escape caractère »), or a list of 230 names cut before the
    // one meant.
    let with_params = |p: &str| {
        format!(
            "{},\n    params: ({p}),\n)\n",
            minimal().trim_end().trim_end_matches(')').trim_end().trim_end_matches(',')
        )
    };
    let cases = [
        (
            "comma-price.ron",
            minimal().replacen("reference_price: 12.00", "reference_price: 12,00", 1),
            ("un nombre décimal s'écrit avec un point", "`00` n'est pas un nom"),
            ("a decimal number is written with a point", "`00` is not a name"),
        ),
        (
            "comma-cash.ron",
            minimal().replacen("Cash(-120.00)", "Cash(-120,00)", 1),
            ("un nombre décimal s'écrit avec un point", "attendu `)`"),
            ("a decimal number is written with a point", "expected `)`"),
        ),
        (
            "bad-escape.ron",
            minimal().replacen("\"Yann\"", "\"Ya\\qnn\"", 1),
            ("échappement inconnu", "écrivez `\\\\`"),
            ("unknown escape", "write `\\\\`"),
        ),
        (
            "byte-escape.ron",
            minimal().replacen("\"Yann\"", "\"Ya\\xffnn\"", 1),
            ("doivent former un caractère UTF-8", "`\\xc3\\xa9` est `é`"),
            ("must make up a UTF-8 character", "`\\xc3\\xa9` is `é`"),
        ),
        (
            "param-typo.ron",
            with_params("worth_trus: 1.0"),
            ("vouliez-vous dire `worth_trust`", "docs/scenario-format.md"),
            ("did you mean `worth_trust`", "docs/scenario-format.md"),
        ),
    ];
    for (name, text, fr, en) in cases {
        assert_ne!(text, minimal(), "{name}");
        let case = generated(name, text.as_bytes());
        for (lang, (a, b)) in [("fr", fr), ("en", en)] {
            let r = cjs(&case.dir, &["--lang", lang, "check", &case.name]);
            assert_eq!(r.code, Some(2), "{name}: {}", r.stderr);
            assert!(r.stderr.starts_with(&format!("{name}:")), "{}", r.stderr);
            assert!(r.stderr.contains(a) && r.stderr.contains(b), "{name} ({lang}): {}", r.stderr);
            for english in ["Found", "identifier", "Unknown", "character", "instead"] {
                assert!(lang == "en" || !r.stderr.contains(english), "{name}: English in French: {}", r.stderr);
            }
        }
    }
}
