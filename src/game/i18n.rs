//! The game's own texts, in Fluent files under `assets/i18n/{fr,en}/game.ftl`, built into the
//! binary. We read the subset of Fluent we use: `key = value` messages, `#` comments, indented
//! continuation lines and `{ $variable }` placeholders. Texts from scenarios and from the engine's
//! explanations come with both languages already (`Text`, `report::explain`).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::text::Lang;

pub const FR: &str = include_str!("../../assets/i18n/fr/game.ftl");
pub const EN: &str = include_str!("../../assets/i18n/en/game.ftl");

/// Parses the Fluent subset into (key, value), in file order.
pub fn parse(src: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in src.lines() {
        if line.trim_start().starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if line.starts_with(' ') || line.starts_with('\t') {
            if let Some(last) = out.last_mut() {
                if !last.1.is_empty() {
                    last.1.push('\n');
                }
                last.1.push_str(line.trim());
            }
            continue;
        }
        if let Some((k, v)) = line.split_once('=') {
            out.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    out
}

fn table(lang: Lang) -> &'static BTreeMap<String, String> {
    static FR_T: OnceLock<BTreeMap<String, String>> = OnceLock::new();
    static EN_T: OnceLock<BTreeMap<String, String>> = OnceLock::new();
    match lang {
        Lang::Fr => FR_T.get_or_init(|| parse(FR).into_iter().collect()),
        Lang::En => EN_T.get_or_init(|| parse(EN).into_iter().collect()),
    }
}

/// The text of `key`; the key itself if it is missing (a test forbids that).
pub fn t(lang: Lang, key: &str) -> String {
    table(lang).get(key).cloned().unwrap_or_else(|| key.to_string())
}

/// The text of `key` with its `{ $name }` placeholders filled.
pub fn ta(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
    let mut s = t(lang, key);
    for (name, value) in args {
        s = s.replace(&format!("{{ ${name} }}"), value).replace(&format!("{{${name}}}"), value);
    }
    s
}

/// Keys of a language, for the test that both languages have every key.
pub fn keys(lang: Lang) -> Vec<String> {
    table(lang).keys().cloned().collect()
}
