//! The engine's words: what a person reads of an entry of the journal, a rule, a cue, a posture
//! (`explain`). They sit below the report, the room and the game, which all speak of the same
//! summer with them.
pub mod digest;
pub mod explain;

use crate::i18n::tr_static;
use crate::text::Lang;

/// The colon as the language writes it (`Vision : 12`, `Vision: 12`).
pub fn colon(lang: Lang) -> &'static str {
    tr_static(lang, "colon")
}
