//! Reading a scenario file: size cap, UTF-8, no extensions, RON with a recursion limit, then
//! validation. Every failure becomes a [`Diagnostic`] naming the file and, where the input has
//! them, the line and column.

use std::fmt;
use std::io::Read;
use std::path::Path;

use ron::error::Error as RonError;
use sha2::{Digest, Sha256};

use super::Scenario;
use super::locate::first_token;
use super::serde_fr::in_lang;
use crate::i18n::text_each;
use crate::text::{Lang, Text};
use crate::tr;

/// Largest scenario file accepted, in bytes. A summer with 30 cooperants and 40 events is under
/// 100 KB; anything much larger is not a scenario.
pub const MAX_BYTES: u64 = 1024 * 1024;

/// Deepest nesting accepted by the parser (the schema needs fewer than 10 levels).
pub const MAX_DEPTH: usize = 64;

/// An error in an input file, located as precisely as the input allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    pub line: Option<usize>,
    pub col: Option<usize>,
    pub message: Text,
}

impl Diagnostic {
    pub fn new(file: &str, message: Text) -> Diagnostic {
        Diagnostic { file: file.to_string(), line: None, col: None, message }
    }

    pub fn at(file: &str, (line, col): (usize, usize), message: Text) -> Diagnostic {
        Diagnostic { file: file.to_string(), line: Some(line), col: Some(col), message }
    }

    pub fn render(&self, lang: Lang) -> String {
        let message = crate::text::shorten(self.message.get(lang));
        // An empty name (`cjs check ""`) is shown as such, not as nothing before the colon.
        let file = if self.file.is_empty() { "\"\"" } else { self.file.as_str() };
        match (self.line, self.col) {
            (Some(l), Some(c)) => format!("{file}:{l}:{c}: {message}"),
            _ => format!("{file}: {message}"),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

/// A scenario that parsed and validated, with its source text and hash.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub scenario: Scenario,
    pub source: String,
    /// SHA-256 of the source bytes, in hex: names this exact version of the scenario.
    pub hash: String,
}

/// Reads, parses and validates a scenario file.
pub fn load_file(path: &Path) -> Result<Loaded, Vec<Diagnostic>> {
    let name = path.display().to_string();
    let src = read_capped(path, &name)?;
    load_str(&name, &src)
}

/// Reads a text file of at most [`MAX_BYTES`], refusing directories, huge and non-UTF-8 files.
pub fn read_capped(path: &Path, name: &str) -> Result<String, Vec<Diagnostic>> {
    read_capped_to(path, name, MAX_BYTES)
}

/// Reads a text file of at most `max` bytes.
pub fn read_capped_to(path: &Path, name: &str, max: u64) -> Result<String, Vec<Diagnostic>> {
    let one = |t: Text| vec![Diagnostic::new(name, t)];
    // Opening a FIFO blocks until someone writes to it, and a device may never end: only
    // regular files are opened (folders get their own message below).
    if let Ok(meta) = std::fs::metadata(path)
        && !meta.is_file()
        && !meta.is_dir()
    {
        return Err(one(tr!("scenario-not-a-regular-file")));
    }
    let file = std::fs::File::open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => one(tr!("scenario-file-not-found")),
        std::io::ErrorKind::PermissionDenied => one(tr!("scenario-permission-denied")),
        _ if is_link_loop(&e) => one(tr!("scenario-symlink-loop")),
        _ => one(tr!("scenario-cannot-read", e = format!("{}", e))),
    })?;
    let meta = file.metadata().map_err(|e| one(tr!("scenario-cannot-read", e = format!("{}", e))))?;
    if meta.is_dir() {
        return Err(one(tr!("scenario-is-a-folder")));
    }
    if meta.len() > max {
        return Err(one(tr!("scenario-file-too-large", count = format!("{}", meta.len()), max = format!("{}", max))));
    }
    let mut bytes = Vec::new();
    file.take(max + 1).read_to_end(&mut bytes).map_err(|e| one(tr!("scenario-cannot-read", e = format!("{}", e))))?;
    if bytes.len() as u64 > max {
        return Err(one(tr!("scenario-file-grew-too-large", max = format!("{}", max))));
    }
    // A byte order mark (written by some Windows editors) is not part of the text.
    let bytes = match bytes.strip_prefix("\u{feff}".as_bytes()) {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let text = std::str::from_utf8(valid).unwrap_or("");
        let line = text.matches('\n').count() + 1;
        let col = text.rsplit('\n').next().map(|l| l.chars().count()).unwrap_or(0) + 1;
        vec![Diagnostic::at(name, (line, col), tr!("scenario-not-utf8"))]
    })
}

/// ELOOP: a symbolic link that leads back to itself (std has no stable `ErrorKind` for it).
fn is_link_loop(e: &std::io::Error) -> bool {
    const ELOOP: i32 = if cfg!(any(target_os = "macos", target_os = "ios", target_os = "freebsd")) { 62 } else { 40 };
    cfg!(unix) && e.raw_os_error() == Some(ELOOP)
}

/// Parses and validates a scenario from its text; `name` is used in the messages.
pub fn load_str(name: &str, src: &str) -> Result<Loaded, Vec<Diagnostic>> {
    let errors = match checked(name, src) {
        Ok(loaded) => return Ok(loaded),
        Err(e) => e,
    };
    // The lines of an old Mac file end with a carriage return alone, which the parser does not
    // count as a line end: every error was on line 1, and a `//` comment ran to the end of the
    // file (« the file is empty »). Only a file with no line feed at all is one (elsewhere a
    // carriage return alone is a character of a text, quoted as it is): it is read with line
    // feeds, so that it loads, or each error is on the line an editor shows.
    if !src.contains('\r') || src.contains('\n') {
        return Err(errors);
    }
    checked(name, &src.replace('\r', "\n"))
}

fn checked(name: &str, src: &str) -> Result<Loaded, Vec<Diagnostic>> {
    let scenario = parse(name, src)?;
    let errors = super::validate::validate(&scenario, src, name);
    if !errors.is_empty() {
        return Err(errors);
    }
    let hash = hex(&Sha256::digest(src.as_bytes()));
    Ok(Loaded { scenario, source: src.to_string(), hash })
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Parses without validating (for tools that want the syntax only).
pub fn parse(name: &str, src: &str) -> Result<Scenario, Vec<Diagnostic>> {
    parse_ron(name, src, tr!("scenario-a-scenario-id-title"))
}

/// Parses any RON document of ours with the same guards: not empty, no extensions, limited depth.
pub fn parse_ron<T: serde::de::DeserializeOwned>(name: &str, src: &str, what: Text) -> Result<T, Vec<Diagnostic>> {
    let start = first_token(src);
    if start >= src.len() {
        let empty = text_each("scenario-empty-file", |lang| vec![("what", what.get(lang).into())]);
        return Err(vec![Diagnostic::new(name, empty)]);
    }
    if src[start..].starts_with('#') {
        let at = line_col(src, start);
        return Err(vec![Diagnostic::at(name, at, tr!("scenario-ron-extensions-refused"))]);
    }
    let options = ron::Options::default().with_recursion_limit(MAX_DEPTH);
    options.from_str::<T>(src).map_err(|e| {
        let pos = (e.span.start.line.max(1), e.span.start.col.max(1));
        let mut message = ron_message(&e.code);
        if decimal_comma_near(src, pos) {
            let said = message;
            message = crate::i18n::each(|lang| {
                format!("{} ({})", said.get(lang), crate::i18n::tr(lang, "scenario-decimal-comma"))
            });
        }
        vec![Diagnostic::at(name, pos, message)]
    })
}

/// The longest list of names, in characters, an unknown field's message shows whole: a longer one
/// (the model's parameters, 230) would be cut by `text::shorten`, maybe before the name
/// meant, so the message names the nearest ones instead.
const NAMES_SHOWN: usize = 600;

/// The allowed names nearest to a mistyped one (`worth_trus`: `worth_trust`), at most three, by
/// edit distance, none further than a third of the name's length (at least 2).
fn nearest<'a>(found: &str, expected: &[&'a str]) -> Option<Vec<&'a str>> {
    let most = (found.chars().count() / 3).max(2);
    let mut near: Vec<(usize, &str)> =
        expected.iter().map(|&e| (strsim::levenshtein(found, e), e)).filter(|&(d, _)| d <= most).collect();
    near.sort();
    let near: Vec<&str> = near.into_iter().take(3).map(|(_, e)| e).collect();
    (!near.is_empty()).then_some(near)
}

/// Whether a number is written with a decimal comma (`12,00`) just before or at `(line, col)`
/// (1-based, in characters): the parser then stops there with a message about something else.
fn decimal_comma_near(src: &str, (line, col): (usize, usize)) -> bool {
    let Some(text) = src.lines().nth(line - 1) else { return false };
    let chars: Vec<char> = text.chars().collect();
    let at = (col - 1).min(chars.len());
    let from = at.saturating_sub(4);
    let to = (at + 3).min(chars.len());
    chars[from..to].windows(3).any(|w| w[0].is_ascii_digit() && w[1] == ',' && w[2].is_ascii_digit())
}

pub fn line_col(src: &str, offset: usize) -> (usize, usize) {
    let before = &src[..offset.min(src.len())];
    (before.matches('\n').count() + 1, before.rsplit('\n').next().map(|l| l.chars().count()).unwrap_or(0) + 1)
}

/// The parser's error in both languages.
fn ron_message(e: &RonError) -> Text {
    use RonError as E;
    let list = |v: &[&str]| v.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>().join(", ");
    match e {
        E::Eof => tr!("scenario-unexpected-eof"),
        E::ExpectedArray => tr!("scenario-expected-a-list"),
        E::ExpectedArrayEnd => tr!("scenario-expected-list-end"),
        E::ExpectedBoolean => tr!("scenario-expected-true-or-false"),
        E::ExpectedComma => tr!("scenario-expected-a-comma"),
        E::ExpectedInteger => tr!("scenario-expected-a-whole-number"),
        E::ExpectedFloat => tr!("scenario-expected-a-number"),
        E::ExpectedString => tr!("scenario-expected-string"),
        E::ExpectedStringEnd => tr!("scenario-unterminated-string"),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => {
            tr!("scenario-expected-field-value")
        }
        E::ExpectedStructLikeEnd => tr!("scenario-expected-to-close"),
        E::ExpectedMapColon => tr!("scenario-expected-after-the-name"),
        E::ExpectedIdentifier => tr!("scenario-expected-identifier"),
        E::IntegerOutOfBounds => tr!("scenario-number-out-of-bounds"),
        E::UnclosedBlockComment => tr!("scenario-unclosed-comment"),
        E::UnexpectedChar(c) => tr!("scenario-unexpected-character", char = format!("{}", c.escape_debug())),
        E::TrailingCharacters => {
            tr!("scenario-trailing-text")
        }
        E::ExceededRecursionLimit => {
            tr!("scenario-nesting-too-deep", max_depth = format!("{}", MAX_DEPTH))
        }
        E::NoSuchStructField { expected, found, .. } if list(expected).chars().count() > NAMES_SHOWN => {
            let count = expected.len().to_string();
            match nearest(found, expected) {
                Some(near) => {
                    tr!("scenario-unknown-field-near", found = format!("{found}"), near = list(&near), count = count)
                }
                None => tr!("scenario-unknown-field-many", found = format!("{found}"), count = count),
            }
        }
        E::NoSuchStructField { expected, found, .. } => {
            tr!("scenario-unknown-field", found = format!("{}", found), expected = format!("{}", list(expected)))
        }
        E::MissingStructField { field, .. } => tr!("scenario-missing-field", field = format!("{}", field)),
        E::DuplicateStructField { field, .. } => tr!("scenario-field-written-twice", field = format!("{}", field)),
        E::NoSuchEnumVariant { expected, found, .. } => {
            tr!("scenario-unknown-value", found = format!("{}", found), expected = format!("{}", list(expected)))
        }
        E::InvalidValueForType { expected, found } => text_each("scenario-expected-found", |lang| {
            vec![("expected", in_lang(lang, expected).into()), ("found", in_lang(lang, found).into())]
        }),
        E::ExpectedDifferentLength { expected, found } => text_each("scenario-expected-found-elements", |lang| {
            vec![("expected", in_lang(lang, expected).into()), ("found", found.to_string().into())]
        }),
        // The format never names a record (the type's name, `Text`, means nothing to a writer).
        E::ExpectedDifferentStructName { found, .. } => {
            tr!("scenario-expected-a-struct-named", found = format!("{}", found))
        }
        E::ExpectedUnit => tr!("scenario-expected"),
        E::ExpectedOption => tr!("scenario-expected-some-or-none"),
        E::ExpectedMap => tr!("scenario-expected-a-map"),
        E::ExpectedMapEnd => tr!("scenario-expected-to-close-2"),
        E::UnclosedLineComment => tr!("scenario-unclosed-comment-2"),
        E::InvalidIntegerDigit { digit, base } => {
            tr!(
                "scenario-invalid-digit-in-base",
                char = format!("{}", digit.escape_debug()),
                base = format!("{}", base)
            )
        }
        E::InvalidEscape(what) => match *what {
            "Unknown escape character" => tr!("scenario-escape-unknown"),
            "Not a valid byte-escaped Unicode character" => tr!("scenario-escape-not-utf8"),
            "Not a valid Unicode-escaped character" => tr!("scenario-escape-no-such-character"),
            "Non-hex digit found" => tr!("scenario-escape-not-hex"),
            "Missing { in Unicode escape" => tr!("scenario-escape-no-brace"),
            "No } at the end of Unicode escape" | "Expected 1-6 digits, got 0 digits in Unicode escape" => {
                tr!("scenario-escape-digits")
            }
            _ => text_each("scenario-invalid-escape", |lang| vec![("what", in_lang(lang, what).into())]),
        },
        // ron reads `00` after a comma as a name it cannot take (`12,00`): say what it is.
        E::SuggestRawIdentifier(found) => tr!("scenario-not-a-name", found = format!("{found}")),
        E::Message(m) => text_each("scenario-parser-message", |lang| vec![("message", in_lang(lang, m).into())]),
        other => {
            let en = other.to_string();
            text_each("scenario-invalid-ron-syntax", |lang| vec![("message", in_lang(lang, &en).into())])
        }
    }
}
