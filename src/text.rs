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

    /// The language of the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`); French when unknown,
    /// since most users speak French.
    pub fn from_env() -> Lang {
        for var in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
            if let Ok(v) = std::env::var(var)
                && !v.is_empty()
                && v != "C"
                && v != "POSIX"
                && !v.starts_with("C.")
            {
                return Lang::parse(&v).unwrap_or(Lang::En);
            }
        }
        Lang::Fr
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

/// Builds a [`Text`] from two format strings sharing the same arguments.
#[macro_export]
macro_rules! tr {
    ($fr:literal, $en:literal $(, $arg:expr)* $(,)?) => {
        $crate::text::Text { fr: format!($fr $(, $arg)*), en: format!($en $(, $arg)*) }
    };
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
            || matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
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
