//! The one way the program speaks: every text a person reads (the game, the report, the
//! explained summer, the command line's help and messages) is a message of a Fluent catalogue,
//! `assets/i18n/{fr,en}/*.ftl`, one file per area, built into the binary and parsed once.
//!
//! - [`tr`] gives a message without arguments, [`tr_args`] one with `{ $name }` placeholders
//!   (numbers passed as numbers select plural forms: `{ $n -> [one] … *[other] … }`).
//! - [`tr_static`] gives a `&'static str`, for clap's help texts: every message is formatted once,
//!   when its language is first used, and kept for the life of the program.
//! - [`text`] (the `tr!` macro) gives a message in both languages, as a `Text` shown later in a
//!   language chosen then; [`text_each`] does so with arguments worked out in each language (a
//!   noun of the catalogue named by a [`key`], a `Text`, serde's English put in French).
//! - A key missing from a catalogue reads as the key itself rather than failing; the tests at the
//!   bottom of this file check that every key the code uses exists in both languages with the
//!   same placeholders, and that every message formats without error.
//!
//! Texts written in scenarios come with both languages already (`text::Text`).

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;

pub use fluent_bundle::FluentValue;

use crate::text::Lang;

/// The catalogues: (language, file, text). A new area is a new pair of files added here.
pub const FILES: &[(Lang, &str, &str)] = &[
    (Lang::Fr, "fr/game.ftl", include_str!("../assets/i18n/fr/game.ftl")),
    (Lang::En, "en/game.ftl", include_str!("../assets/i18n/en/game.ftl")),
    (Lang::Fr, "fr/report.ftl", include_str!("../assets/i18n/fr/report.ftl")),
    (Lang::En, "en/report.ftl", include_str!("../assets/i18n/en/report.ftl")),
    (Lang::Fr, "fr/explain.ftl", include_str!("../assets/i18n/fr/explain.ftl")),
    (Lang::En, "en/explain.ftl", include_str!("../assets/i18n/en/explain.ftl")),
    (Lang::Fr, "fr/cli.ftl", include_str!("../assets/i18n/fr/cli.ftl")),
    (Lang::En, "en/cli.ftl", include_str!("../assets/i18n/en/cli.ftl")),
    (Lang::Fr, "fr/scenario.ftl", include_str!("../assets/i18n/fr/scenario.ftl")),
    (Lang::En, "en/scenario.ftl", include_str!("../assets/i18n/en/scenario.ftl")),
    (Lang::Fr, "fr/save.ftl", include_str!("../assets/i18n/fr/save.ftl")),
    (Lang::En, "en/save.ftl", include_str!("../assets/i18n/en/save.ftl")),
    (Lang::Fr, "fr/room.ftl", include_str!("../assets/i18n/fr/room.ftl")),
    (Lang::En, "en/room.ftl", include_str!("../assets/i18n/en/room.ftl")),
    (Lang::Fr, "fr/serde.ftl", include_str!("../assets/i18n/fr/serde.ftl")),
    (Lang::En, "en/serde.ftl", include_str!("../assets/i18n/en/serde.ftl")),
];

struct Catalogue {
    bundle: FluentBundle<FluentResource>,
    /// Every message formatted without arguments, in file order of its key.
    plain: HashMap<String, String>,
    /// Keys in file order.
    keys: Vec<String>,
    /// Syntax errors and duplicate keys met while loading (the tests require none).
    errors: Vec<String>,
}

fn catalogue(lang: Lang) -> &'static Catalogue {
    static FR: OnceLock<Catalogue> = OnceLock::new();
    static EN: OnceLock<Catalogue> = OnceLock::new();
    match lang {
        Lang::Fr => FR.get_or_init(|| load(Lang::Fr)),
        Lang::En => EN.get_or_init(|| load(Lang::En)),
    }
}

fn load(lang: Lang) -> Catalogue {
    let id = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks around placeholders would reach terminals, CSV and HTML.
    bundle.set_use_isolating(false);
    let mut keys = Vec::new();
    let mut errors = Vec::new();
    for (l, file, src) in FILES {
        if *l != lang {
            continue;
        }
        let res = FluentResource::try_new(src.to_string()).unwrap_or_else(|(res, errs)| {
            errors.extend(errs.iter().map(|e| format!("{file}: {e:?}")));
            res
        });
        for entry in res.entries() {
            match entry {
                ast::Entry::Message(m) => keys.push(m.id.name.to_string()),
                ast::Entry::Junk { content } => errors.push(format!("{file}: cannot read {content:?}")),
                _ => {}
            }
        }
        if let Err(errs) = bundle.add_resource(res) {
            errors.extend(errs.iter().map(|e| format!("{file}: {e:?}")));
        }
    }
    let mut plain = HashMap::new();
    for key in &keys {
        if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
            let mut errs = Vec::new();
            plain.insert(key.clone(), bundle.format_pattern(pattern, None, &mut errs).into_owned());
        }
    }
    Catalogue { bundle, plain, keys, errors }
}

/// The message `key` in `lang`; the key itself if it is missing (a test forbids that).
pub fn tr(lang: Lang, key: &str) -> String {
    catalogue(lang).plain.get(key).cloned().unwrap_or_else(|| key.to_string())
}

/// The message `key`, borrowed for the life of the program (clap's help texts need it).
pub fn tr_static(lang: Lang, key: &'static str) -> &'static str {
    catalogue(lang).plain.get(key).map(String::as_str).unwrap_or(key)
}

/// The message `key` with its placeholders filled: `tr_args(lang, "week", &[("n", 3.into())])`.
pub fn tr_args(lang: Lang, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let cat = catalogue(lang);
    let Some(pattern) = cat.bundle.get_message(key).and_then(|m| m.value()) else {
        return key.to_string();
    };
    let mut fargs = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fargs.set(*name, value.clone());
    }
    let mut errs = Vec::new();
    cat.bundle.format_pattern(pattern, Some(&fargs), &mut errs).into_owned()
}

/// The message `key` in both languages, for what is shown later in a language chosen then
/// (diagnostics, errors). The `tr!` macro calls it.
pub fn text(key: &str, args: &[(&str, FluentValue<'_>)]) -> crate::text::Text {
    crate::text::Text { fr: tr_args(Lang::Fr, key, args), en: tr_args(Lang::En, key, args) }
}

/// The message `key` in both languages, with arguments worked out in each language: for a
/// placeholder whose value is itself said differently in French and English, such as a noun of
/// the catalogue or a text given in both languages. `args` is called once per language:
/// `text_each("scenario-at-least-one-item", |lang| vec![("what", tr(lang, what).into())])`.
pub fn text_each<'a>(key: &str, args: impl Fn(Lang) -> Vec<(&'a str, FluentValue<'a>)>) -> crate::text::Text {
    each(|lang| tr_args(lang, key, &args(lang)))
}

/// What `say` says in each language, as a `Text`: for words made of the catalogue's messages
/// (`each(|lang| explain::posture(p, lang))`), kept to be shown later in either language.
pub fn each(say: impl Fn(Lang) -> String) -> crate::text::Text {
    crate::text::Text { fr: say(Lang::Fr), en: say(Lang::En) }
}

/// Names a message that is looked up later, in a language not known yet (gettext's `N_`):
/// `key("scenario-what-weeks")` is the key itself, and the tests check that it exists.
pub const fn key(key: &'static str) -> &'static str {
    key
}

/// The keys of a language, in file order.
pub fn keys(lang: Lang) -> Vec<&'static str> {
    catalogue(lang).keys.iter().map(String::as_str).collect()
}

/// What went wrong loading a language's catalogues (empty when all is well).
pub fn load_errors(lang: Lang) -> &'static [String] {
    &catalogue(lang).errors
}

/// The placeholders (`$name`) a message uses, sorted; `None` if the key is missing.
pub fn placeholders(lang: Lang, key: &str) -> Option<Vec<String>> {
    let msg = catalogue(lang).bundle.get_message(key)?;
    let mut out = Vec::new();
    if let Some(p) = msg.value() {
        pattern_vars(p, &mut out);
    }
    out.sort();
    out.dedup();
    Some(out)
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut Vec<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, out: &mut Vec<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut Vec<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => out.push(id.name.to_string()),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for a in &arguments.named {
                inline_vars(&a.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

/// Formats `key` with every placeholder given a sample value (a number, so that plural
/// selectors are exercised) and returns Fluent's errors, for the tests.
pub fn format_errors(lang: Lang, key: &str) -> Vec<String> {
    let cat = catalogue(lang);
    let Some(pattern) = cat.bundle.get_message(key).and_then(|m| m.value()) else {
        return vec![format!("{key}: no such message")];
    };
    let mut args = FluentArgs::new();
    for v in placeholders(lang, key).unwrap_or_default() {
        args.set(v, 2);
    }
    let mut errs = Vec::new();
    cat.bundle.format_pattern(pattern, Some(&args), &mut errs);
    errs.iter().map(|e| format!("{key}: {e:?}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const LANGS: [Lang; 2] = [Lang::Fr, Lang::En];

    #[test]
    fn a_count_given_as_a_number_picks_its_plural() {
        let total = |lang, n: usize| {
            let args = [
                ("rule", FluentValue::from("A week of work well done")),
                ("comp", FluentValue::from("A")),
                ("total", FluentValue::from("+2.56")),
                ("n", FluentValue::from(n)),
            ];
            tr_args(lang, "summary-rule-total", &args)
        };
        assert_eq!(total(Lang::En, 1), "A week of work well done: A +2.56 (once)");
        assert_eq!(total(Lang::En, 3), "A week of work well done: A +2.56 (3 times)");
        assert_eq!(total(Lang::Fr, 1), "A week of work well done : A +2.56 (1 fois)");
    }

    #[test]
    fn catalogues_load_without_errors() {
        for lang in LANGS {
            assert_eq!(load_errors(lang), &[] as &[String], "{lang:?}");
            assert!(keys(lang).len() > 100, "{lang:?} has only {} keys", keys(lang).len());
        }
    }

    #[test]
    fn both_languages_have_the_same_keys_and_placeholders() {
        let fr: std::collections::BTreeSet<_> = keys(Lang::Fr).into_iter().collect();
        let en: std::collections::BTreeSet<_> = keys(Lang::En).into_iter().collect();
        assert_eq!(fr.difference(&en).collect::<Vec<_>>(), Vec::<&&str>::new(), "only in French");
        assert_eq!(en.difference(&fr).collect::<Vec<_>>(), Vec::<&&str>::new(), "only in English");
        for k in &fr {
            assert_eq!(placeholders(Lang::Fr, k), placeholders(Lang::En, k), "placeholders of {k}");
        }
    }

    #[test]
    fn every_message_formats_without_errors() {
        for lang in LANGS {
            let errs: Vec<String> = keys(lang).iter().flat_map(|k| format_errors(lang, k)).collect();
            assert_eq!(errs, Vec::<String>::new(), "{lang:?}");
        }
    }

    #[test]
    fn no_isolation_marks_and_plurals_work() {
        let s = tr_args(Lang::En, "cue-silent", &[("quiet", 1.into())]);
        assert!(!s.contains(['\u{2068}', '\u{2069}']), "{s:?}");
        assert_eq!(s, "1 member says nothing");
        assert_eq!(tr_args(Lang::En, "cue-silent", &[("quiet", 3.into())]), "3 members say nothing");
        assert_eq!(tr_args(Lang::Fr, "cue-silent", &[("quiet", 1.into())]), "1 membre ne dit rien");
        assert_eq!(tr_args(Lang::Fr, "cue-silent", &[("quiet", 2.into())]), "2 membres ne disent rien");
    }

    #[test]
    fn a_missing_key_reads_as_itself() {
        assert_eq!(tr(Lang::Fr, "no-such-key"), "no-such-key");
        assert_eq!(tr_static(Lang::En, "no-such-key"), "no-such-key");
        assert_eq!(tr_args(Lang::En, "no-such-key", &[("n", 1.into())]), "no-such-key");
    }

    /// Every key the code names exists in both languages. The code names a key in the second
    /// argument of a lookup (`tr(lang, "key")`, `tr_args(`, `tr_static(`, the game's `t(` and
    /// `ta(`, the command line's `h(`), where a conditional may choose between literals; in the
    /// first argument of `tr!(`, `text_each(` and `key(`; or in a list or statement that follows
    /// a `// i18n keys` comment (up to its `]` or `;`).
    /// `report::words::K` maps its variants to keys.
    #[test]
    fn every_key_the_code_uses_exists() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        let mut files = Vec::new();
        let mut dirs = vec![std::path::PathBuf::from(root)];
        while let Some(d) = dirs.pop() {
            for e in std::fs::read_dir(&d).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    dirs.push(p);
                } else if p.extension().is_some_and(|x| x == "rs") && !p.ends_with("i18n.rs") {
                    files.push(p);
                }
            }
        }
        let mut used = Vec::new();
        for f in &files {
            let src = std::fs::read_to_string(f).unwrap();
            used.extend(keys_in(&src).into_iter().map(|k| (f.display().to_string(), k)));
        }
        assert!(used.len() > 250, "the scan found only {} keys", used.len());
        for k in crate::report::words::K::ALL {
            used.push(("words::K".into(), k.key().to_string()));
        }
        // Keys made from a name (a `format!` pattern is not a key itself).
        used.retain(|(_, k)| !k.contains('{'));
        for c in crate::report::csv::CSV_COLUMNS {
            used.push(("csv::CSV_COLUMNS".into(), format!("csv-column-{c}")));
        }
        for r in crate::report::csv::CSV_RECORDS {
            used.push(("csv::CSV_RECORDS".into(), format!("csv-record-{r}")));
        }
        for p in crate::base::params::Params::TABLE {
            used.push(("params::Params::TABLE".into(), p.unit_key()));
        }
        let mut missing = Vec::new();
        for (file, key) in &used {
            for lang in LANGS {
                if !catalogue(lang).plain.contains_key(key.as_str()) {
                    missing.push(format!("{file}: {key} ({lang:?})"));
                }
            }
        }
        assert_eq!(missing, Vec::<String>::new());
    }

    /// The string literals of a text, with escapes left as written.
    fn literals(s: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut it = s.chars();
        while let Some(c) = it.next() {
            if c == '"' {
                let mut lit = String::new();
                while let Some(c) = it.next() {
                    match c {
                        '\\' => {
                            lit.push(c);
                            lit.extend(it.next());
                        }
                        '"' => break,
                        c => lit.push(c),
                    }
                }
                out.push(lit);
            }
        }
        out
    }

    /// The arguments of a call whose text starts just after its `(`, split at top-level commas.
    fn arguments(s: &str) -> Vec<&str> {
        let mut args = Vec::new();
        let (mut depth, mut start, mut in_str, mut escaped) = (0i32, 0, false, false);
        for (i, c) in s.char_indices() {
            if in_str {
                match c {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '"' => in_str = false,
                    _ => {}
                }
                continue;
            }
            match c {
                '"' => in_str = true,
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' if depth == 0 => {
                    args.push(s[start..i].trim());
                    return args;
                }
                ')' | ']' | '}' => depth -= 1,
                ',' if depth == 0 => {
                    args.push(s[start..i].trim());
                    start = i + 1;
                }
                _ => {}
            }
        }
        args
    }

    /// The keys named in a source text (see above).
    fn keys_in(src: &str) -> Vec<String> {
        let flat: String = src.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut out = Vec::new();
        for call in ["tr(", "tr_args(", "tr_static(", "t(", "ta(", "h("] {
            let mut from = 0;
            while let Some(i) = flat[from..].find(call) {
                let at = from + i;
                from = at + call.len();
                if flat[..at].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let args = arguments(&flat[from..]);
                let lang_first = args.first().is_some_and(|a| a.ends_with("lang") && !a.contains(['"', '(']));
                if lang_first && let Some(key) = args.get(1) {
                    out.extend(literals(key));
                }
            }
        }
        // `tr!("key", name = value, ...)`, `text_each("key", |lang| ...)`, `key("key")`.
        for call in ["tr!(", "text_each(", "key("] {
            for (at, _) in flat.match_indices(call) {
                if flat[..at].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let args = arguments(&flat[at + call.len()..]);
                let key_first = args.first().is_some_and(|a| a.starts_with('"'));
                if key_first && !args.get(1).is_some_and(|a| a.starts_with('"')) {
                    out.extend(literals(args[0]));
                }
            }
        }
        for marked in flat.split("// i18n keys").skip(1) {
            let end = marked.find([']', ';']).unwrap_or(marked.len());
            let is_key = |l: &String| {
                !l.is_empty() && l.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            };
            out.extend(literals(&marked[..end]).into_iter().filter(is_key));
        }
        out
    }

    #[test]
    fn the_key_scan_finds_what_it_should() {
        let src = "let a = tr(lang, \"one\");\n t(v.lang,\n \"two\"); ta(lang, \"three\", &[(\"x\", 1)]); \
                   tr_args(self.lang, \"four\", &[]); format(lang, \"not-a-key\"); \
                   t(lang, if a { \"five\" } else { \"six\" }); \
                   tr!(\"ten\", n = 1); tr!(\"Un {}\", \"One {}\", 1); \
                   text_each(\"eleven\", |lang| vec![(\"what\", tr(lang, what).into())]); \
                   c.range(p, key(\"twelve\"), 1); name_key(\"no\"); m.key(); \
                   const K: [&str; 2] = [ // i18n keys\n \"seven\", \"Not a key\", \"eight\"]; \"nine\"";
        assert_eq!(
            keys_in(src),
            ["one", "four", "two", "five", "six", "three", "ten", "eleven", "twelve", "seven", "eight"]
        );
    }
}
