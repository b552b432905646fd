//! The first names phones give: what a name may hold, and when two names are one or look alike
//! on the projector.

use unicode_normalization::UnicodeNormalization;

use crate::text::{Lang, Text};
use crate::tr;

/// The longest name a phone may give, in characters.
pub const NAME_MAX: usize = 24;

/// Why a name is refused, each rule in its own words (`bad_name`): a name is shown on the
/// projector, so it must not reorder, hide or fake what is around it.
pub fn check_name(name: &str) -> Result<String, Text> {
    // NFKC: a full-width or compatibility form of a letter is that letter (« Ｃamille » is
    // Camille, then numbered like any other Camille).
    let name: String = name.trim_matches(' ').nfkc().collect();
    let n = name.chars().count();
    if n == 0 || n > NAME_MAX {
        return Err(tr!("room-name-length", name_max = format!("{}", NAME_MAX)));
    }
    // Letters (with their accents), digits, single spaces, hyphens, apostrophes and dots: no
    // control, no bidirectional override or isolate, no zero-width or invisible character, no
    // line separator, no symbol such as ✓.
    // The Hangul fillers are letters that show nothing (`shows_nothing`, as in scenario files).
    let allowed = |c: char| {
        (c.is_alphanumeric() && !crate::scenario::validate::shows_nothing(c))
            || matches!(c, ' ' | '-' | '\'' | '’' | '.')
    };
    // Scripts such as Devanagari write a name with combining marks (the virama of « प्रिया »):
    // a mark is allowed after a letter, at most `MARKS_MAX` in a row (no pile of accents).
    let (mut marks, mut after_letter) = (0, false);
    for c in name.chars() {
        if unicode_normalization::char::is_combining_mark(c) && !crate::scenario::validate::shows_nothing(c) {
            marks += 1;
            if after_letter && marks <= MARKS_MAX {
                continue;
            }
        } else if allowed(c) {
            (marks, after_letter) = (0, c.is_alphabetic());
            continue;
        }
        return Err(tr!("room-name-bad-character", c = format!("U+{:04X}", c as u32)));
    }
    // What the projector writes on a seat (« siège libre », « left the coop »), in either language
    // and however written, is no one's name.
    for key in ["projector-freeseat", "projector-left"] {
        if [Lang::Fr, Lang::En].iter().any(|&l| looks_like(&name, &crate::i18n::tr_args(l, key, &[]))) {
            return Err(tr!("room-name-of-a-label"));
        }
    }
    // Latin, Greek and Cyrillic share letters that look alike (a Cyrillic « а » in « Mаëlle »):
    // a name writes its letters in one of them only, so that it cannot pass for another's.
    let alphabet = |c: char| match c as u32 {
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => Some(0),
        0x370..=0x3FF | 0x1F00..=0x1FFF => Some(1),
        0x400..=0x52F => Some(2),
        _ => None,
    };
    let mut alphabets = name.chars().filter_map(alphabet);
    if let Some(first) = alphabets.next()
        && alphabets.any(|a| a != first)
    {
        return Err(tr!("room-name-mixed-alphabets"));
    }
    // A letter, not only digits ("12", the Arabic-Indic « ١٢ », « ① » once in NFKC): a first name
    // reads as one on the projector.
    if name.contains("  ") || !name.chars().any(char::is_alphabetic) {
        return Err(tr!("room-name-bad-spacing"));
    }
    Ok(name)
}

/// Two names are one if they differ only by case (after NFC).
pub(super) fn same_name(a: &str, b: &str) -> bool {
    a.to_lowercase() == b.to_lowercase()
}

/// The most combining marks a name may write in a row after a letter (`check_name`).
const MARKS_MAX: usize = 3;

/// Two names look alike on the projector if they differ only by case, accents, spaces, hyphens,
/// apostrophes and dots (« Theo » and « Théo », « Camille. » and « Camille »).
pub(super) fn looks_like(a: &str, b: &str) -> bool {
    let skeleton = |s: &str| -> String {
        s.nfd()
            .filter(|&c| {
                !unicode_normalization::char::is_combining_mark(c) && !matches!(c, ' ' | '-' | '\'' | '’' | '.')
            })
            .flat_map(char::to_lowercase)
            .collect()
    };
    skeleton(a) == skeleton(b)
}
