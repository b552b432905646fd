//! Where each value of a RON document stands, so that errors found after parsing (a price out of
//! range, a service that does not exist) can name the line and column.
//!
//! serde forgets positions once a value is parsed; this small scanner walks the same text again
//! and records, for each path such as `cooperants[3].traits.initiative`, the byte offset where its
//! value starts. It runs only on documents that ron already accepted, and never recurses deeper
//! than [`MAX_DEPTH`].

use std::collections::BTreeMap;

const MAX_DEPTH: usize = 256;

/// The positions of the values of one document.
#[derive(Debug, Default, Clone)]
pub struct Locations {
    offsets: BTreeMap<String, usize>,
    line_starts: Vec<usize>,
    src_len: usize,
}

impl Locations {
    pub fn index(src: &str) -> Locations {
        let mut line_starts = vec![0];
        line_starts.extend(src.match_indices('\n').map(|(i, _)| i + 1));
        let mut s = Scanner { src: src.as_bytes(), pos: 0, out: BTreeMap::new() };
        s.skip_trivia();
        // Inner attributes such as `#![enable(..)]` are refused before this runs.
        s.value(String::new(), 0);
        Locations { offsets: s.out, line_starts, src_len: src.len() }
    }

    /// Line and column (1-based, column in characters) of the value at `path`, or of its nearest
    /// enclosing value that was found.
    pub fn find(&self, path: &str, src: &str) -> (usize, usize) {
        let mut p = path;
        loop {
            if let Some(&off) = self.offsets.get(p) {
                return self.line_col(off, src);
            }
            match p.rfind(['.', '[']) {
                Some(i) => p = &p[..i],
                None => return self.line_col(self.offsets.get("").copied().unwrap_or(0), src),
            }
        }
    }

    pub fn line_col(&self, offset: usize, src: &str) -> (usize, usize) {
        let offset = offset.min(self.src_len);
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line];
        let col = src.get(start..offset).map(|t| t.chars().count()).unwrap_or(0) + 1;
        (line + 1, col)
    }
}

pub(crate) struct Scanner<'a> {
    src: &'a [u8],
    pos: usize,
    out: BTreeMap<String, usize>,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    pub(crate) fn skip_trivia(&mut self) {
        loop {
            match self.peek() {
                Some(c) if c.is_ascii_whitespace() => self.pos += 1,
                Some(b'/') if self.src.get(self.pos + 1) == Some(&b'/') => {
                    while let Some(c) = self.peek() {
                        self.pos += 1;
                        if c == b'\n' {
                            break;
                        }
                    }
                }
                Some(b'/') if self.src.get(self.pos + 1) == Some(&b'*') => {
                    self.pos += 2;
                    let mut depth = 1usize;
                    while depth > 0 && self.pos < self.src.len() {
                        if self.src[self.pos..].starts_with(b"/*") {
                            depth += 1;
                            self.pos += 2;
                        } else if self.src[self.pos..].starts_with(b"*/") {
                            depth -= 1;
                            self.pos += 2;
                        } else {
                            self.pos += 1;
                        }
                    }
                }
                _ => return,
            }
        }
    }

    fn is_ident_start(c: u8) -> bool {
        c.is_ascii_alphabetic() || c == b'_'
    }

    fn is_ident(c: u8) -> bool {
        c.is_ascii_alphanumeric() || c == b'_'
    }

    /// An identifier (or raw identifier `r#x`) at the cursor, consumed.
    fn ident(&mut self) -> Option<&str> {
        let start = self.pos;
        let mut p = self.pos;
        if self.src[p..].starts_with(b"r#") && self.src.get(p + 2).is_some_and(|&c| Self::is_ident_start(c)) {
            p += 2;
        } else if !self.src.get(p).is_some_and(|&c| Self::is_ident_start(c)) {
            return None;
        }
        while self.src.get(p).is_some_and(|&c| Self::is_ident(c)) {
            p += 1;
        }
        self.pos = p;
        std::str::from_utf8(&self.src[start..p]).ok()
    }

    fn at_raw_or_byte_string(&self) -> bool {
        let s = &self.src[self.pos..];
        ["r\"", "r#\"", "r##", "b\"", "b'", "br\"", "br#"].iter().any(|p| s.starts_with(p.as_bytes()))
    }

    fn string(&mut self) {
        // Raw strings: r"..." r#"..."# (and byte variants).
        let mut p = self.pos;
        if self.src.get(p) == Some(&b'b') {
            p += 1;
        }
        if self.src.get(p) == Some(&b'r') {
            p += 1;
            let mut hashes = 0;
            while self.src.get(p) == Some(&b'#') {
                hashes += 1;
                p += 1;
            }
            p += 1; // opening quote
            loop {
                match self.src.get(p) {
                    None => break,
                    Some(b'"') if self.src[p + 1..].iter().take(hashes).filter(|&&c| c == b'#').count() == hashes => {
                        p += 1 + hashes;
                        break;
                    }
                    _ => p += 1,
                }
            }
            self.pos = p;
            return;
        }
        let quote = self.src.get(p).copied().unwrap_or(b'"');
        p += 1;
        while let Some(&c) = self.src.get(p) {
            p += 1;
            if c == b'\\' {
                p += 1;
            } else if c == quote {
                break;
            }
        }
        self.pos = p.min(self.src.len());
    }

    fn value(&mut self, path: String, depth: usize) {
        self.skip_trivia();
        self.out.entry(path.clone()).or_insert(self.pos);
        if depth > MAX_DEPTH {
            return;
        }
        match self.peek() {
            None => {}
            Some(b'(') => self.paren(&path, depth),
            Some(b'[') => self.seq(&path, depth, b']'),
            Some(b'{') => self.map(&path, depth),
            Some(b'"') | Some(b'\'') => self.string(),
            Some(_) if self.at_raw_or_byte_string() => self.string(),
            Some(c) if Self::is_ident_start(c) => {
                let _ = self.ident();
                self.skip_trivia();
                if self.peek() == Some(b'(') {
                    self.paren(&path, depth);
                }
            }
            Some(_) => {
                // A number or another literal: up to the next delimiter.
                while let Some(c) = self.peek() {
                    if matches!(c, b',' | b')' | b']' | b'}' | b':') || c.is_ascii_whitespace() {
                        break;
                    }
                    self.pos += 1;
                }
            }
        }
    }

    fn paren(&mut self, path: &str, depth: usize) {
        self.pos += 1; // (
        self.skip_trivia();
        // A struct if it starts with `ident :`.
        let save = self.pos;
        let is_struct = self.ident().is_some() && {
            self.skip_trivia();
            self.peek() == Some(b':')
        };
        self.pos = save;
        if !is_struct {
            self.seq(path, depth, b')');
            return;
        }
        loop {
            self.skip_trivia();
            if matches!(self.peek(), None | Some(b')')) {
                self.pos += 1;
                return;
            }
            let Some(name) = self.ident().map(str::to_string) else {
                self.pos += 1;
                continue;
            };
            self.skip_trivia();
            if self.peek() == Some(b':') {
                self.pos += 1;
            }
            let child = if path.is_empty() { name } else { format!("{path}.{name}") };
            self.value(child, depth + 1);
            self.skip_trivia();
            if self.peek() == Some(b',') {
                self.pos += 1;
            }
        }
    }

    fn seq(&mut self, path: &str, depth: usize, close: u8) {
        if close == b']' {
            self.pos += 1;
        }
        let mut i = 0usize;
        loop {
            self.skip_trivia();
            match self.peek() {
                None => return,
                Some(c) if c == close => {
                    self.pos += 1;
                    return;
                }
                _ => {}
            }
            let before = self.pos;
            self.value(format!("{path}[{i}]"), depth + 1);
            i += 1;
            self.skip_trivia();
            if self.peek() == Some(b',') {
                self.pos += 1;
            } else if self.pos == before {
                self.pos += 1; // never stall on an unexpected byte
            }
        }
    }

    fn map(&mut self, path: &str, depth: usize) {
        self.pos += 1;
        loop {
            self.skip_trivia();
            match self.peek() {
                None => return,
                Some(b'}') => {
                    self.pos += 1;
                    return;
                }
                _ => {}
            }
            let key_start = self.pos;
            self.value(format!("{path}{{}}"), depth + 1);
            let key = String::from_utf8_lossy(&self.src[key_start..self.pos]).trim().trim_matches('"').to_string();
            self.skip_trivia();
            if self.peek() == Some(b':') {
                self.pos += 1;
            }
            self.value(format!("{path}[{key}]"), depth + 1);
            self.skip_trivia();
            if self.peek() == Some(b',') || self.pos == key_start {
                self.pos += 1;
            }
        }
    }
}

/// Byte offset of the first thing in `src` that is neither whitespace nor a comment.
pub fn first_token(src: &str) -> usize {
    let mut s = Scanner { src: src.as_bytes(), pos: 0, out: BTreeMap::new() };
    s.skip_trivia();
    s.pos
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_fields_and_items() {
        let src = "(\n  a: 1,\n  list: [\n    (name: \"x\", age: 3),\n    (name: \"y)\", age: 40),\n  ],\n  // c\n  t: (1, 2),\n)";
        let l = Locations::index(src);
        assert_eq!(l.find("a", src), (2, 6));
        assert_eq!(l.find("list[1].age", src), (5, 23));
        assert_eq!(l.find("list[1].name", src), (5, 12));
        assert_eq!(l.find("t[1]", src), (8, 10));
        // A missing path falls back to its parent.
        assert_eq!(l.find("list[1].nothing", src), (5, 5));
    }
}
