//! The details of ron's and serde_json's errors in French. Their messages are English only
//! ("invalid value", "EOF while parsing", "expected struct"): `--lang fr` must be French to
//! the end, so the known forms are translated here, and the words of any other message are,
//! with the phrases of the catalogue `assets/i18n/{en,fr}/serde.ftl`.
//! Names from the file (in backticks or double quotes) are left as written.

use std::sync::OnceLock;

use crate::i18n;
use crate::text::Lang;

/// English phrases of serde, ron and serde_json messages and their French: the messages of
/// `assets/i18n/{en,fr}/serde.ftl`, in the order of the file (a phrase before the shorter ones it
/// holds, so that it is translated before the words it holds).
fn phrases() -> &'static [(String, String)] {
    static PHRASES: OnceLock<Vec<(String, String)>> = OnceLock::new();
    PHRASES.get_or_init(|| {
        i18n::keys(Lang::En)
            .into_iter()
            .filter(|k| k.starts_with("serde-"))
            .map(|k| (i18n::tr(Lang::En, k), i18n::tr(Lang::Fr, k)))
            .collect()
    })
}

/// The French of an English message of serde, ron or serde_json: known phrases, outside the
/// parts quoted from the file.
pub fn fr(en: &str) -> String {
    let mut out = String::with_capacity(en.len() + 16);
    // Split into quoted parts (kept) and the rest (translated).
    let mut rest = en;
    while !rest.is_empty() {
        let quote = rest.find(['`', '"']);
        let (plain, tail) = rest.split_at(quote.unwrap_or(rest.len()));
        out.push_str(&translate(plain));
        if tail.is_empty() {
            break;
        }
        let q = tail.as_bytes()[0] as char;
        match tail[1..].find(q) {
            Some(end) => {
                out.push_str(&tail[..end + 2]);
                rest = &tail[end + 2..];
            }
            None => {
                out.push_str(tail);
                break;
            }
        }
    }
    out
}

/// A message of serde, ron or serde_json in `lang`: as it is in English, [`fr`] in French.
pub fn in_lang(lang: Lang, en: &str) -> String {
    match lang {
        Lang::Fr => fr(en),
        Lang::En => en.to_string(),
    }
}

/// Replaces the phrases of [`phrases`], whole words only, leftmost and longest first.
fn translate(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    let mut i = 0;
    'outer: while i < s.len() {
        let at_word_start = i == 0 || !s[..i].chars().next_back().is_some_and(|c| c.is_alphanumeric());
        if at_word_start {
            for (en, fr) in phrases() {
                if let Some(after) = s[i..].strip_prefix(en)
                    && !after.chars().next().is_some_and(|c| c.is_alphanumeric())
                {
                    out.push_str(fr);
                    i += en.len();
                    continue 'outer;
                }
            }
        }
        let c = s[i..].chars().next().unwrap_or(' ');
        // French puts a space before a colon.
        if c == ':' && s[i + 1..].starts_with(' ') && !out.ends_with(' ') {
            out.push(' ');
        }
        out.push(c);
        i += c.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{fr, phrases};

    /// The table as it was written in this file before it moved to the catalogues.
    const OLD_PHRASES: &[(&str, &str)] = &[
        ("EOF while parsing a value", "fin du fichier inattendue : une valeur manque"),
        ("EOF while parsing a list", "fin du fichier inattendue : une liste `[` n'est pas refermée"),
        ("EOF while parsing an object", "fin du fichier inattendue : un objet `{` n'est pas refermé"),
        ("EOF while parsing a string", "fin du fichier inattendue : un texte n'est pas refermé"),
        ("EOF while parsing", "fin du fichier inattendue"),
        ("control character (\\u0000-\\u001F) found while parsing a string", "caractère de contrôle dans un texte"),
        ("lone leading surrogate in hex escape", "demi-caractère UTF-16 isolé dans un échappement"),
        ("unexpected end of hex escape", "échappement hexadécimal incomplet"),
        ("invalid unicode code point", "point de code Unicode invalide"),
        ("recursion limit exceeded", "imbrication trop profonde"),
        ("key must be a string", "une clé doit être un texte entre guillemets"),
        ("trailing characters", "texte en trop après la fin"),
        ("trailing comma", "virgule en trop"),
        ("expected ident", "attendu `true`, `false` ou `null`"),
        ("expected value", "valeur attendue"),
        ("number out of range", "nombre hors des bornes permises"),
        ("invalid number", "nombre invalide"),
        ("invalid escape", "échappement invalide"),
        ("data did not match any variant of untagged enum", "aucune forme permise ne correspond"),
        ("there are no fields", "aucun champ n'est permis"),
        ("there are no variants", "aucune valeur n'est permise"),
        ("a decimal number like 12.50", "un nombre décimal comme 12.50"),
        ("a decimal number of at most 28 digits", "un nombre décimal d'au plus 28 chiffres"),
        ("expected one of", "attendu l'un de"),
        ("unknown variant", "valeur inconnue"),
        ("unknown field", "champ inconnu"),
        ("missing field", "champ manquant"),
        ("duplicate field", "champ écrit deux fois :"),
        ("invalid type", "type invalide"),
        ("invalid value", "valeur invalide"),
        ("invalid length", "longueur invalide"),
        ("the unsigned integer", "l'entier"),
        ("the signed integer", "l'entier"),
        ("unsigned integer", "entier positif"),
        ("signed integer", "entier"),
        ("floating point", "nombre à virgule"),
        ("a borrowed string", "un texte"),
        ("a string", "un texte"),
        ("a sequence", "une liste"),
        ("a map", "un dictionnaire"),
        ("a boolean", "un booléen"),
        ("a tuple of size", "un n-uplet de taille"),
        ("an array of length", "une liste de longueur"),
        ("tuple of", "n-uplet de"),
        ("elements", "éléments"),
        ("variant identifier", "nom de valeur"),
        ("field identifier", "nom de champ"),
        ("unit value", "valeur vide `()`"),
        ("unit variant", "valeur sans contenu"),
        ("newtype variant", "valeur avec contenu"),
        ("tuple variant", "valeur n-uplet"),
        ("struct variant", "valeur structure"),
        ("newtype struct", "structure"),
        ("Option value", "valeur optionnelle"),
        ("byte array", "suite d'octets"),
        ("struct", "structure"),
        ("sequence", "liste"),
        ("boolean", "booléen"),
        ("integer", "entier"),
        ("character", "caractère"),
        ("string", "texte"),
        ("expected", "attendu"),
        ("found", "trouvé"),
        ("while parsing", "en lisant"),
        ("at line", "ligne"),
        ("column", "colonne"),
        ("with", "à"),
        ("or", "ou"),
        ("an", "un"),
        ("a", "un"),
    ];

    #[test]
    fn the_catalogues_hold_the_table_pair_by_pair() {
        let read: Vec<(&str, &str)> = phrases().iter().map(|(en, fr)| (en.as_str(), fr.as_str())).collect();
        assert_eq!(read, OLD_PHRASES);
        for (en, fr_) in OLD_PHRASES {
            assert_eq!(fr(en), *fr_, "{en}");
        }
    }

    #[test]
    fn serde_details_in_french() {
        assert_eq!(
            fr("EOF while parsing a value at line 1 column 0"),
            "fin du fichier inattendue : une valeur manque ligne 1 colonne 0"
        );
        assert_eq!(fr("invalid type: string \"x\", expected u64"), "type invalide : texte \"x\", attendu u64");
        assert_eq!(
            fr("unknown field `cheat`, expected one of `format`, `version`"),
            "champ inconnu `cheat`, attendu l'un de `format`, `version`"
        );
        assert_eq!(
            fr("expected a decimal number like 12.50, found `NaN`"),
            "attendu un nombre décimal comme 12.50, trouvé `NaN`"
        );
        // A journal's JSON of the wrong shape (a list where an object is due).
        assert_eq!(
            fr("invalid length 0, expected struct JournalFile with 9 elements"),
            "longueur invalide 0, attendu structure JournalFile à 9 éléments"
        );
        // A word that merely starts like a phrase is left alone; quoted names are kept.
        assert_eq!(fr("`a string` around"), "`a string` around");
    }
}
