//! The game's texts: messages of `assets/i18n/{fr,en}/game.ftl`, looked up through the crate's
//! one catalogue (`crate::i18n`). Texts from scenarios come with both languages already (`Text`).

use crate::i18n::{FluentValue, tr, tr_args};
use crate::text::Lang;

/// The text of `key`.
pub fn t(lang: Lang, key: &str) -> String {
    tr(lang, key)
}

/// The text of `key` with its `{ $name }` placeholders filled with text.
pub fn ta(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
    let args: Vec<(&str, FluentValue<'_>)> = args.iter().map(|(k, v)| (*k, FluentValue::from(*v))).collect();
    tr_args(lang, key, &args)
}
