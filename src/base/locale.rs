//! The currency and the locale of a scenario: how its amounts are written (`text::money`).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Currency {
    CAD,
    EUR,
}

/// How money and dates are written: `FrFr` (1 234,50 €), `FrCa` (1 234,50 $), `En` ($1,234.50).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Locale {
    FrFr,
    FrCa,
    En,
}
