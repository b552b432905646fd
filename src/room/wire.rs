//! The bodies the phones and the projector send (`POST /api/join`, `/api/vote`, `/api/poll`, `/api/control`), as
//! they come over the wire; `docs/room.md` is their contract. The answers are the JSON of
//! `state.rs` and the refusals of `Refusal`.

use serde::Deserialize;

#[derive(Deserialize)]
pub(super) struct JoinBody {
    pub(super) code: String,
    pub(super) name: String,
    #[serde(default)]
    pub(super) lang: Option<String>,
}

#[derive(Deserialize)]
pub(super) struct VoteBody {
    pub(super) decision: u64,
    pub(super) option: u64,
}

#[derive(Deserialize)]
pub(super) struct PollBody {
    pub(super) poll: u64,
    pub(super) option: u64,
}

#[derive(Deserialize)]
pub(super) struct ControlBody {
    pub(super) action: String,
    #[serde(default)]
    pub(super) member: Option<u64>,
    #[serde(default)]
    pub(super) phone: Option<u64>,
    #[serde(default)]
    pub(super) name: Option<String>,
}
