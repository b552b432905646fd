//! The engine's words: what a person reads of an entry of the journal, a rule, a cue, a posture
//! (`explain`). They sit below the report, the room and the game, which all speak of the same
//! summer with them.
pub mod digest;
pub mod explain;

use crate::base::locale::Locale;
use crate::i18n::tr_static;
use crate::text::Lang;

/// The colon as the language writes it (`Vision : 12`, `Vision: 12`).
pub fn colon(lang: Lang) -> &'static str {
    tr_static(lang, "colon")
}

/// A number with `dp` decimals, written the locale's way (`74,47` or `74.47`), with a true minus
/// sign and no `-0`.
pub fn num(x: f64, dp: usize, locale: Locale) -> String {
    let s = format!("{:.*}", dp, x);
    let s = if s.starts_with('-') && s.trim_start_matches(['-', '0', '.']).is_empty() { s[1..].to_string() } else { s };
    let s = s.replace('-', "−");
    if locale != Locale::En { s.replace('.', ",") } else { s }
}

/// A signed change of score in points from hundredths (`+2,50`, `−1,00`).
pub fn delta(hundredths: i32, locale: Locale) -> String {
    let sign = if hundredths >= 0 { "+" } else { "−" };
    format!("{sign}{}", num(hundredths.unsigned_abs() as f64 / 100.0, 2, locale))
}

/// A signed change of score from hundredths as the language `lang` writes it.
pub fn points(hundredths: i32, lang: Lang) -> String {
    delta(hundredths, crate::text::reader_locale(Locale::En, lang))
}

/// A number with `dp` decimals as the language `lang` writes it (a decimal comma in French).
pub fn decimal(x: f64, dp: usize, lang: Lang) -> String {
    num(x, dp, crate::text::reader_locale(Locale::En, lang))
}
