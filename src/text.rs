//! Languages and bilingual texts: everything a person reads exists in French and English.

use serde::{Deserialize, Serialize};

/// The language a person reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    /// Parses `fr`, `en`, or a locale such as `fr_CA.UTF-8`.
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        if s.starts_with("fr") {
            Some(Lang::Fr)
        } else if s.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The language of the environment, read as gettext reads it: `LANGUAGE` first (a list in
    /// order of preference, such as `de:en`, of which the first language we have is taken), then
    /// the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set. French when none of them names
    /// French or English, as when the locale is `C` or `POSIX`, or a language we do not have.
    /// As in gettext, a locale set to `C` or `POSIX` turns `LANGUAGE` off.
    pub fn from_env() -> Lang {
        Lang::from_vars(|name| std::env::var(name).ok())
    }

    /// [`Lang::from_env`] over any source of variables (for tests).
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Lang {
        let set = |name: &str| var(name).filter(|v| !v.trim().is_empty());
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().find_map(set);
        let c_locale = |v: &str| v == "C" || v == "POSIX" || v.starts_with("C.");
        if locale.as_deref().is_some_and(c_locale) {
            return Lang::default();
        }
        if let Some(list) = set("LANGUAGE") {
            return list.split(':').find_map(Lang::parse).unwrap_or_default();
        }
        locale.as_deref().and_then(Lang::parse).unwrap_or_default()
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }
}

/// A text in both languages, as written in scenarios.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub fr: String,
    pub en: String,
}

impl Text {
    pub fn new(fr: impl Into<String>, en: impl Into<String>) -> Text {
        Text { fr: fr.into(), en: en.into() }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }
}

/// A message of the catalogues in both languages, as a [`Text`] that a diagnostic carries until
/// it is shown: `tr!("input-no-cooperant", m = format!("{}", m))` (see `crate::i18n`).
#[macro_export]
macro_rules! tr {
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::text($key, &[$((stringify!($name), $crate::i18n::FluentValue::from($value))),*])
    };
}

/// The longest run of a message without a space, in characters, and the longest message, that a
/// diagnostic (or a refusal quoting a file) shows whole: a parser's message quotes what it found, which in a broken or hostile
/// file may be a whole line of a megabyte. A longer run keeps its first `RUN_KEPT` characters,
/// a longer message its first `MESSAGE_KEPT`, each followed by « … ».
const RUN_SHOWN: usize = 80;
const RUN_KEPT: usize = 60;
const MESSAGE_SHOWN: usize = 1000;
const MESSAGE_KEPT: usize = 960;

/// The message with its over-long runs and its length cut (`RUN_SHOWN`, `MESSAGE_SHOWN`).
pub fn shorten(message: &str) -> String {
    let mut out = String::with_capacity(message.len().min(4 * MESSAGE_SHOWN));
    for (k, run) in message.split(' ').enumerate() {
        if k > 0 {
            out.push(' ');
        }
        if run.chars().count() > RUN_SHOWN {
            out.extend(run.chars().take(RUN_KEPT));
            out.push('…');
        } else {
            out.push_str(run);
        }
    }
    if out.chars().count() > MESSAGE_SHOWN {
        out = out.chars().take(MESSAGE_KEPT).chain(['…']).collect();
    }
    out
}

/// A direction override, embedding or isolate (U+202A–U+202E, U+2066–U+2069): it reorders what
/// follows it. Right-to-left text needs none of them (its marks, U+200E, U+200F and U+061C, are
/// another matter).
pub fn overrides_direction(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Makes text safe to print on a terminal. Scenario titles, names, quoted values in messages
/// and file names come from files: a control character (ESC, CR, BEL, the C1 range) would let a
/// file clear the screen or print a fake "valid" over its own error, and a bidirectional
/// override would reorder what is shown. Each is written as a visible escape, `\u{1b}`. Line
/// breaks and tabs are kept, unless `one_line` (a diagnostic is one line: a line break in a
/// quoted value must not start a line that looks like another message).
pub fn for_terminal(s: &str, one_line: bool) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| {
        (c.is_control() && (one_line || (c != '\n' && c != '\t')))
            || matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}')
            || overrides_direction(c)
    };
    if !s.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if unsafe_char(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The locale a reader reads amounts, numbers and dates in: English the English way
/// (`$200.00`, `Jul 8, 2013`), French the scenario's French way (`200,00 $` in Québec,
/// `200,00 €` in France; fr-FR for a scenario written the English way).
pub fn reader_locale(scenario: crate::base::locale::Locale, lang: Lang) -> crate::base::locale::Locale {
    use crate::base::locale::Locale;
    match (lang, scenario) {
        (Lang::En, _) => Locale::En,
        (Lang::Fr, Locale::En) => Locale::FrFr,
        (Lang::Fr, l) => l,
    }
}

/// Writes an amount the way the scenario's locale does: `1 234,50 €` (fr-FR), `1 234,50 $`
/// (fr-CA), `$1,234.50` or `€1,234.50` (en).
pub fn money(
    amount: rust_decimal::Decimal,
    currency: crate::base::locale::Currency,
    locale: crate::base::locale::Locale,
) -> String {
    use crate::base::locale::{Currency, Locale};
    let a = amount.round_dp(2);
    let neg = a.is_sign_negative() && !a.is_zero();
    let s = format!("{:.2}", a.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, "00"));
    let sep = if locale == Locale::En { ',' } else { '\u{202f}' };
    let mut grouped = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(sep);
        }
        grouped.push(ch);
    }
    let sym = match currency {
        Currency::EUR => "€",
        Currency::CAD => "$",
    };
    let sign = if neg { "−" } else { "" };
    match locale {
        Locale::En => format!("{sign}{sym}{grouped}.{frac}"),
        _ => format!("{sign}{grouped},{frac}\u{a0}{sym}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::locale::{Currency, Locale};

    #[test]
    fn control_characters_are_shown_not_obeyed() {
        assert_eq!(for_terminal("Quintin 2013", false), "Quintin 2013");
        assert_eq!(for_terminal("a\x1b[2J\rvalid\u{7}", false), "a\\u{1b}[2J\\u{d}valid\\u{7}");
        assert_eq!(for_terminal("\u{9b}31m \u{202e}txt", false), "\\u{9b}31m \\u{202e}txt");
        assert_eq!(for_terminal("two\nlines\tok", false), "two\nlines\tok");
        assert_eq!(for_terminal("one\nline", true), "one\\u{a}line");
        assert_eq!(for_terminal("Maëlle à l'été — ok", true), "Maëlle à l'été — ok");
    }

    fn env(vars: &[(&str, &str)]) -> Lang {
        Lang::from_vars(|name| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string()))
    }

    #[test]
    fn the_environment_is_read_as_gettext_reads_it() {
        assert_eq!(env(&[]), Lang::Fr, "nothing set: French");
        assert_eq!(env(&[("LANG", "en_GB.UTF-8")]), Lang::En);
        assert_eq!(env(&[("LANG", "fr_CA.UTF-8")]), Lang::Fr);
        assert_eq!(env(&[("LANG", "de_DE.UTF-8")]), Lang::Fr, "a language we do not have: French, not English");
        assert_eq!(env(&[("LANG", "C.UTF-8")]), Lang::Fr);
        // LANGUAGE comes first, and is a list.
        assert_eq!(env(&[("LANGUAGE", "en"), ("LC_ALL", "fr_FR.UTF-8")]), Lang::En);
        assert_eq!(env(&[("LANGUAGE", "de:en:fr"), ("LANG", "fr_FR.UTF-8")]), Lang::En);
        assert_eq!(env(&[("LANGUAGE", "de"), ("LANG", "en_US.UTF-8")]), Lang::Fr);
        assert_eq!(env(&[("LANGUAGE", ""), ("LANG", "en_US.UTF-8")]), Lang::En, "an empty variable is unset");
        // LC_ALL over LC_MESSAGES over LANG.
        assert_eq!(env(&[("LC_ALL", "en_US"), ("LC_MESSAGES", "fr_FR"), ("LANG", "fr_FR")]), Lang::En);
        assert_eq!(env(&[("LC_MESSAGES", "en_US"), ("LANG", "fr_FR")]), Lang::En);
        // A C locale turns LANGUAGE off, as in gettext.
        assert_eq!(env(&[("LANGUAGE", "en"), ("LC_ALL", "C")]), Lang::Fr);
        assert_eq!(env(&[("LANGUAGE", "en"), ("LANG", "POSIX")]), Lang::Fr);
    }

    #[test]
    fn an_amount_reads_the_readers_way() {
        let d: rust_decimal::Decimal = "200".parse().unwrap();
        let read = |lang, l| money(d, Currency::CAD, reader_locale(l, lang));
        assert_eq!(read(Lang::En, Locale::FrCa), "$200.00");
        assert_eq!(read(Lang::Fr, Locale::FrCa), "200,00\u{a0}$");
        assert_eq!(read(Lang::Fr, Locale::En), "200,00\u{a0}$");
        assert_eq!(money(d, Currency::EUR, reader_locale(Locale::FrFr, Lang::En)), "€200.00");
        assert_eq!(money(d, Currency::EUR, reader_locale(Locale::FrFr, Lang::Fr)), "200,00\u{a0}€");
    }

    #[test]
    fn money_in_each_locale() {
        let d: rust_decimal::Decimal = "1234.5".parse().unwrap();
        assert_eq!(money(d, Currency::EUR, Locale::FrFr), "1\u{202f}234,50\u{a0}€");
        assert_eq!(money(d, Currency::CAD, Locale::FrCa), "1\u{202f}234,50\u{a0}$");
        assert_eq!(money(d, Currency::CAD, Locale::En), "$1,234.50");
        assert_eq!(money(-d, Currency::EUR, Locale::En), "−€1,234.50");
        assert_eq!(money("12".parse().unwrap(), Currency::EUR, Locale::FrFr), "12,00\u{a0}€");
    }
}
