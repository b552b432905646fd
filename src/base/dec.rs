//! Exact decimal numbers in RON.
//!
//! A bare `12.50` in RON is read by serde as an `f64`, which loses digits and scale. `Dec` reads
//! the raw text of the value instead (through `ron::value::RawValue`) and parses it as a
//! `Decimal`, so `12.50` stays `12.50` and `12345678.91` keeps every cent. Non-finite values
//! (`inf`, `NaN`), exponents and strings are refused with a message saying what was expected.

use std::fmt;
use std::str::FromStr;

use ron::value::RawValue;
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

/// An exact decimal number read from a scenario (money, hours, rates).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Dec(pub Decimal);

impl Dec {
    pub fn parse(text: &str) -> Result<Dec, String> {
        let t = text.trim();
        let plain = !t.is_empty()
            && t.bytes()
                .enumerate()
                .all(|(i, b)| b.is_ascii_digit() || b == b'.' || (i == 0 && (b == b'-' || b == b'+')))
            && t.bytes().any(|b| b.is_ascii_digit())
            && t.bytes().filter(|&b| b == b'.').count() <= 1;
        if !plain {
            return Err(format!("a decimal number like 12.50, found `{}`", shorten(t)));
        }
        let t = t.strip_prefix('+').unwrap_or(t);
        Decimal::from_str_exact(t)
            .map(Dec)
            .map_err(|_| format!("a decimal number of at most 28 digits, found `{}`", shorten(t)))
    }

    pub fn to_f64(self) -> f64 {
        use rust_decimal::prelude::ToPrimitive;
        self.0.to_f64().unwrap_or(0.0)
    }
}

fn shorten(t: &str) -> String {
    if t.chars().count() > 40 { format!("{}…", t.chars().take(40).collect::<String>()) } else { t.to_string() }
}

impl fmt::Display for Dec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl From<Decimal> for Dec {
    fn from(d: Decimal) -> Dec {
        Dec(d)
    }
}

impl FromStr for Dec {
    type Err = String;
    fn from_str(s: &str) -> Result<Dec, String> {
        Dec::parse(s)
    }
}

impl<'de> Deserialize<'de> for Dec {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Dec, D::Error> {
        let raw: Box<RawValue> = Box::<RawValue>::deserialize(d)?;
        Dec::parse(raw.trim().get_ron()).map_err(|e| de::Error::custom(format!("expected {e}")))
    }
}

impl Serialize for Dec {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let raw = RawValue::from_boxed_ron(self.0.to_string().into_boxed_str()).map_err(serde::ser::Error::custom)?;
        raw.serialize(s)
    }
}

/// For `#[serde(default, deserialize_with = "dec::some")]` fields: written bare, `None` when absent.
pub fn some<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Dec>, D::Error> {
    Dec::deserialize(d).map(Some)
}

/// The counterpart of [`some`] for writing.
pub fn write_some<S: Serializer>(v: &Option<Dec>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(d) => d.serialize(s),
        None => s.serialize_unit(),
    }
}
