//! Layers that only look down. Each module of `src/` may use the modules below it in `LAYERS`,
//! never one above it: the engine does not know the files it is saved in, a report does not
//! know the command line, and so on. The order is the one `docs/architecture.md` gives (*Layers*).
//! This test reads every `crate::…` path (and `super::…` paths that climb out of a module) in
//! every file of `src/`, comments and `#[cfg(test)]` items left out (test code may use any
//! module, as the tests of `tests/` do), and names each file and import that looks up. It
//! also holds the files of `src/` to 900 lines, and keeps hand-made pairs of French and English
//! out of the code (the program speaks through the catalogues of `i18n`).

use std::path::{Path, PathBuf};

/// The modules of the crate, from the bottom to the top.
const LAYERS: &[&str] = &[
    "base", "text", "i18n", "scenario", "decision", "scoring", "sim", "policy", "save", "words", "report", "room",
    "game", "cli",
];

/// Names at the root of the crate that belong to a module: `tr!` is `text`'s macro.
const ROOT_ITEMS: &[(&str, &str)] = &[("tr", "text")];

/// Files that are the crate itself, above every layer.
const ROOT_FILES: &[&str] = &["lib.rs", "main.rs"];

fn rank(module: &str) -> Option<usize> {
    let module = ROOT_ITEMS.iter().find(|(item, _)| *item == module).map_or(module, |(_, m)| m);
    LAYERS.iter().position(|l| *l == module)
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The module path of a file under `src/`: `save/summary.rs` is `[save, summary]`, `cli/mod.rs`
/// is `[cli]`.
fn module_path(rel: &Path) -> Vec<String> {
    let mut parts: Vec<String> = rel.iter().map(|c| c.to_string_lossy().into_owned()).collect();
    let last = parts.pop().unwrap_or_default();
    if last != "mod.rs" {
        parts.push(last.trim_end_matches(".rs").to_string());
    }
    parts
}

fn ident(s: &str) -> &str {
    let end = s.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(s.len());
    &s[..end]
}

/// The first names of a group `{a, b::c, d::{e, f}}` (the text after the opening brace).
fn group_heads(s: &str) -> Vec<String> {
    let mut heads = Vec::new();
    let mut depth = 0;
    let mut at_start = true;
    for (i, c) in s.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => break,
            '}' => depth -= 1,
            ',' if depth == 0 => at_start = true,
            c if at_start && depth == 0 && (c.is_alphanumeric() || c == '_') => {
                heads.push(ident(&s[i..]).to_string());
                at_start = false;
            }
            _ => {}
        }
    }
    heads
}

/// A path as written, with its group if it has one: `crate::save::{Mode, Save}`.
fn path_text(s: &str) -> String {
    let mut depth = 0;
    for (i, c) in s.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth <= 1 => return s[..=i].to_string(),
            '}' => depth -= 1,
            c if depth == 0 && !(c.is_alphanumeric() || c == '_' || c == ':') => return s[..i].to_string(),
            _ => {}
        }
    }
    s.to_string()
}

/// The lines of code of a file, numbered from 0, comments cut off and `#[cfg(test)]` items
/// (with the attributes after it) left out.
fn code_lines(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    // `#[cfg(test)]` seen, its item not begun yet; then the depth its block closes back to.
    let mut test_pending = false;
    let mut test_until: Option<i32> = None;
    for (n, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        let before = depth;
        depth += code.matches('{').count() as i32 - code.matches('}').count() as i32;
        if let Some(d) = test_until {
            if depth <= d {
                test_until = None;
            }
            continue;
        }
        if code.trim() == "#[cfg(test)]" || (test_pending && code.trim_start().starts_with("#[")) {
            test_pending = true;
            continue;
        }
        if test_pending {
            test_pending = false;
            if depth > before {
                test_until = Some(before);
            }
            continue;
        }
        out.push((n, code));
    }
    out
}

/// Every crate module a file's text names, with the line and the path as written. `module` is
/// the file's own module path, to resolve `super::` chains.
fn imports(text: &str, module: &[String]) -> Vec<(usize, String, String)> {
    let mut found = Vec::new();
    for (n, code) in code_lines(text) {
        let mut from = 0;
        while let Some(at) = code[from..].find("crate::") {
            let start = from + at;
            from = start + "crate::".len();
            let before = code[..start].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
                continue;
            }
            let rest = &code[from..];
            let heads = match rest.strip_prefix('{') {
                Some(group) => group_heads(group),
                None => vec![ident(rest).to_string()],
            };
            let written = path_text(&code[start..]);
            for h in heads.into_iter().filter(|h| !h.is_empty() && h != "self") {
                found.push((n + 1, h, written.clone()));
            }
        }
        // `super::super::x` from deep enough reaches the root of the crate.
        let mut from = 0;
        while let Some(at) = code[from..].find("super::") {
            let start = from + at;
            let mut k = 0;
            let mut rest = &code[start..];
            while let Some(r) = rest.strip_prefix("super::") {
                k += 1;
                rest = r;
            }
            from = code.len() - rest.len();
            if code[..start].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            if k >= module.len() {
                let head = ident(rest).to_string();
                if rank(&head).is_some() {
                    found.push((n + 1, head, code[start..from].to_string() + ident(rest)));
                }
            }
        }
    }
    found
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// `src/` and every Rust file under it (all of them: a check that read too few would pass).
fn src_files() -> (PathBuf, Vec<PathBuf>) {
    let src = src();
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() > 50, "too few files read in {}", src.display());
    (src, files)
}

#[test]
fn no_module_imports_one_above_it() {
    let (src, files) = src_files();
    let mut wrong = Vec::new();
    for file in &files {
        let rel = file.strip_prefix(&src).unwrap();
        if ROOT_FILES.iter().any(|r| rel == Path::new(r)) {
            continue;
        }
        let module = module_path(rel);
        let own = &module[0];
        let Some(own_rank) = rank(own) else {
            wrong.push(format!(
                "src/{}: module `{own}` is in no layer (add it to LAYERS and to docs/architecture.md)",
                rel.display()
            ));
            continue;
        };
        let text = std::fs::read_to_string(file).unwrap();
        for (line, used, written) in imports(&text, &module) {
            match rank(&used) {
                Some(r) if r > own_rank => wrong.push(format!(
                    "src/{}:{line}: `{written}` imports `{used}`, which is above `{own}`",
                    rel.display()
                )),
                Some(_) => {}
                None => wrong
                    .push(format!("src/{}:{line}: `{written}` names `{used}`, which is in no layer", rel.display())),
            }
        }
    }
    assert!(wrong.is_empty(), "layers, from the bottom: {}\n{}", LAYERS.join(" < "), wrong.join("\n"));
}

#[test]
fn every_module_of_the_crate_has_its_layer() {
    let lib = std::fs::read_to_string(src().join("lib.rs")).unwrap();
    let declared: Vec<&str> =
        lib.lines().filter_map(|l| l.trim().strip_prefix("pub mod ")).map(|m| m.trim_end_matches(';')).collect();
    assert!(declared.contains(&"sim") && declared.contains(&"cli"), "modules read from src/lib.rs: {declared:?}");
    for m in &declared {
        assert!(rank(m).is_some(), "src/lib.rs declares `{m}`, which is in no layer: add it to LAYERS");
    }
    for l in LAYERS {
        assert!(declared.contains(l), "LAYERS names `{l}`, which src/lib.rs does not declare");
    }
}

#[test]
fn the_reader_finds_paths_in_groups_and_chains_and_skips_comments() {
    let file = "use crate::{report::explain, save::{Mode, Save}, tr};\n\
                // use crate::cli::Exit;\n\
                let x = crate::game::run(); let y = $crate::text::Text;\n\
                use super::super::room::Host;\n\
                pub(crate) fn f() {}\n";
    let module = vec!["sim".to_string(), "season".to_string()];
    let names: Vec<(usize, String)> = imports(file, &module).into_iter().map(|(l, m, _)| (l, m)).collect();
    let want = [(1, "report"), (1, "save"), (1, "tr"), (3, "game"), (4, "room")];
    assert_eq!(names, want.map(|(l, m)| (l, m.to_string())));
    assert_eq!(imports(file, &module)[0].2, "crate::{report::explain, save::{Mode, Save}, tr}");
    // Test code may use any module, as the tests of tests/ do.
    let tested = "use crate::base::dec;\n#[cfg(test)]\n#[allow(dead_code)]\nmod tests {\n    fn f() {\n        crate::cli::main_with([\"cjs\"]);\n    }\n}\n#[cfg(test)]\nuse crate::game::run;\nuse crate::report::batch;\n";
    let names: Vec<(usize, String)> = imports(tested, &module).into_iter().map(|(l, m, _)| (l, m)).collect();
    assert_eq!(names, [(1, "base".to_string()), (11, "report".to_string())]);
    // From a file one level down, one `super` stays inside its module.
    assert!(imports("use super::room::Host;", &module).is_empty());
    assert_eq!(rank("tr"), rank("text"));
    assert!(rank("base") < rank("scenario") && rank("save") < rank("report") && rank("game") < rank("cli"));
}

/// Most lines in a file of `src/`: past that, a file holds more than one thing to find.
const MAX_LINES: usize = 900;

#[test]
fn no_file_in_src_is_over_900_lines() {
    let (src, files) = src_files();
    let long: Vec<String> = files
        .iter()
        .map(|f| (f, std::fs::read_to_string(f).unwrap().lines().count()))
        .filter(|(_, n)| *n > MAX_LINES)
        .map(|(f, n)| format!("src/{}: {n} lines", f.strip_prefix(&src).unwrap().display()))
        .collect();
    assert!(long.is_empty(), "files over {MAX_LINES} lines (split them by what they hold):\n{}", long.join("\n"));
}

/// Files of `src/` that may write `Text::new(`, each with its reason.
const PAIRS_ALLOWED: &[(&str, &str)] = &[
    ("text.rs", "defines `Text`, whose `new` is for the texts scenarios (and tests) are written with"),
    ("i18n.rs", "makes the `Text` of a message from the catalogues of both languages"),
];

/// Whether a line of code puts a `Text` together by hand: `Text::new(` outside a comment (not
/// `RichText::new(`).
fn builds_a_text(line: &str) -> bool {
    let code = line.split("//").next().unwrap_or("");
    code.match_indices("Text::new(")
        .any(|(at, _)| !code[..at].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_'))
}

/// One way to speak (docs/architecture.md, *Languages*): what the program says in both languages
/// is a message of the catalogues (`tr!`, `i18n::text_each`), never a French and an English
/// string put together by hand with `Text::new(…, …)`. Comments are left out; test code is not.
#[test]
fn no_pair_of_french_and_english_is_built_by_hand() {
    assert!(builds_a_text("    label: Text::new(\"Oui\", \"Yes\"),"));
    assert!(builds_a_text("let t = crate::text::Text::new(fr, en);"));
    assert!(!builds_a_text("ui.label(egui::RichText::new(t(lang, \"app-title\")));"));
    assert!(!builds_a_text("let t = tr!(\"key\"); // not Text::new(a, b)"));
    let (src, files) = src_files();
    let mut found = Vec::new();
    for file in &files {
        let rel = file.strip_prefix(&src).unwrap();
        if PAIRS_ALLOWED.iter().any(|(f, _)| rel == Path::new(f)) {
            continue;
        }
        let text = std::fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate().filter(|(_, l)| builds_a_text(l)) {
            found.push(format!("src/{}:{}: {}", rel.display(), n + 1, line.trim()));
        }
    }
    assert!(
        found.is_empty(),
        "French and English put together by hand (write the sentence in assets/i18n/{{fr,en}}/AREA.ftl and \
         use `tr!` or `i18n::text_each`):\n{}",
        found.join("\n")
    );
}

/// Files of `src/` that may name the report, and how: the room never does (it speaks with
/// `words`, below the report), the game only to export a summer, written in full.
const REPORT_NAMED: &[(&str, Option<&str>)] = &[("room", None), ("game", Some("crate::report::render::"))];

/// The report is above the engine's words (`words::explain`, `words::digest`): the room and the
/// game read a summer through those, not through the report. The room names no `report::` at
/// all, comments included; the game only its export, `crate::report::render::…`.
#[test]
fn the_room_and_the_game_do_not_read_the_report() {
    let (src, files) = src_files();
    let mut found = Vec::new();
    for file in &files {
        let rel = file.strip_prefix(&src).unwrap();
        let top = rel.iter().next().unwrap().to_string_lossy().into_owned();
        let Some((_, allowed)) = REPORT_NAMED.iter().find(|(m, _)| *m == top) else { continue };
        let text = std::fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            for (at, _) in line.match_indices("report::") {
                let ok = allowed.is_some_and(|full| {
                    line[..at + "report::".len()].ends_with("crate::report::")
                        && line[at - "crate::".len()..].starts_with(full)
                });
                if !ok {
                    found.push(format!("src/{}:{}: {}", rel.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "the room and the game speak with `crate::words`, not the report (the game exports with \
         `crate::report::render::…`):\n{}",
        found.join("\n")
    );
}

/// The full paths a path as written stands for: `crate::{a::b, c::{d, e}}` is `crate::a::b`,
/// `crate::c::d` and `crate::c::e`.
fn expand(path: &str) -> Vec<String> {
    let Some(open) = path.find('{') else { return vec![path.to_string()] };
    let head = &path[..open];
    let inner = &path[open + 1..path.rfind('}').unwrap_or(path.len())];
    let mut parts = Vec::new();
    let (mut depth, mut from) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[from..i]);
                from = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[from..]);
    parts
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .flat_map(|p| expand(&format!("{head}{p}")))
        .map(|p| p.trim_end_matches("::self").to_string())
        .collect()
}

/// The file of `src/` a module path lives in, if it is a module of the crate.
fn module_file(src: &Path, module: &[String]) -> Option<PathBuf> {
    let dir: PathBuf = module.iter().collect();
    [src.join(&dir).with_extension("rs"), src.join(&dir).join("mod.rs")].into_iter().find(|p| p.is_file())
}

/// The files of `src/` that a file's code names (`crate::…`, `super::…`, `self::…`), test code
/// and comments left out.
fn files_used(src: &Path, text: &str, module: &[String]) -> Vec<PathBuf> {
    let mut used = Vec::new();
    for (_, code) in code_lines(text) {
        let mut from = 0;
        while from < code.len() {
            let rest = &code[from..];
            let Some(at) = ["crate::", "super::", "self::"].iter().filter_map(|p| rest.find(p)).min() else { break };
            let start = from + at;
            let written = path_text(&code[start..]);
            from = start + written.len().max(1);
            if code[..start]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':' || c == '$')
            {
                continue;
            }
            for path in expand(&written) {
                let mut segs: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
                let mut base: Vec<String> = match segs.first() {
                    Some(&"crate") => Vec::new(),
                    Some(&"self") => module.to_vec(),
                    _ => {
                        let k = segs.iter().take_while(|s| **s == "super").count();
                        module[..module.len().saturating_sub(k)].to_vec()
                    }
                };
                segs.retain(|s| !matches!(*s, "crate" | "self" | "super"));
                let mut file = module_file(src, &base);
                for s in segs {
                    base.push(s.to_string());
                    match module_file(src, &base) {
                        Some(f) => file = Some(f),
                        None => break,
                    }
                }
                if let Some(f) = file {
                    used.push(f);
                }
            }
        }
    }
    used.sort();
    used.dedup();
    used
}

/// Pairs of files that each use the other (a module and its own files left out: a `mod.rs`
/// declares its children, and they may use what it holds).
fn import_loops(src: &Path, files: &[PathBuf]) -> Vec<String> {
    let uses: Vec<(PathBuf, Vec<PathBuf>)> = files
        .iter()
        .filter(|f| !ROOT_FILES.iter().any(|r| f.strip_prefix(src).unwrap() == Path::new(r)))
        .map(|f| {
            let module = module_path(f.strip_prefix(src).unwrap());
            (f.clone(), files_used(src, &std::fs::read_to_string(f).unwrap(), &module))
        })
        .collect();
    let holds = |a: &Path, b: &Path| a.ends_with("mod.rs") && b.starts_with(a.parent().unwrap());
    let mut loops = Vec::new();
    for (a, used) in &uses {
        for b in used.iter().filter(|b| *b != a && !holds(a, b) && !holds(b, a)) {
            let back = uses.iter().find(|(f, _)| f == b).is_some_and(|(_, u)| u.contains(a));
            if back && a < b {
                let rel = |p: &Path| p.strip_prefix(src).unwrap().display().to_string();
                loops.push(format!("src/{} ↔ src/{}", rel(a), rel(b)));
            }
        }
    }
    loops
}

/// No two files use each other: a pair that does is one thing in two files, or two things each
/// of which needs the other; what both need goes into a third file below them.
#[test]
fn no_two_files_use_each_other() {
    let (src, files) = src_files();
    let loops = import_loops(&src, &files);
    assert!(loops.is_empty(), "files that use each other:\n{}", loops.join("\n"));
}

#[test]
fn the_loop_finder_resolves_paths_to_files() {
    assert_eq!(expand("crate::{a::b, c::{d, self}}"), ["crate::a::b", "crate::c::d", "crate::c"]);
    let src = src();
    let module = vec!["game".to_string(), "view".to_string()];
    let used = files_used(
        &src,
        "use super::state::{Meeting, Play};\nlet x = crate::words::explain::member(w, m);\n// crate::cli\n",
        &module,
    );
    let rel: Vec<PathBuf> = used.iter().map(|p| p.strip_prefix(&src).unwrap().to_path_buf()).collect();
    assert_eq!(rel, [PathBuf::from("game/state.rs"), PathBuf::from("words/explain.rs")]);
}
