//! The room: pupils and trainees vote from their own phones over the local network.
//!
//! Its parts, each in its own file, and no Bevy anywhere:
//! - `state.rs` — the room itself (seats, tokens, votes on the decision due), pure logic that
//!   answers requests and refuses bad ones with a status and a bilingual reason;
//! - `engine.rs` — `Host`, the open room as the owner of the `Season` holds it: the server
//!   runs on its own thread and sends its messages on a bounded channel; the owner answers
//!   them with `Host::pump` and tells the room of each settled decision. `serve` is the loop of
//!   `cjs room`, which settles a decision when every seat held by a phone has voted (or the
//!   wait is over); the game holds the same `Host` in a resource and pumps it from its systems
//!   (`game/room.rs`);
//! - `msg.rs` — the messages between the server and the season's owner, and how it answers them;
//! - `wire.rs` — the bodies the phones and the projector post, as they come over the wire;
//!   `limits.rs` — the room's bounds, which the engine thread is opened with and the server keeps;
//! - `server.rs` — axum's router served by hyper on tokio: it only carries messages between the
//!   phones and the engine thread, and adds what belongs to the transport (deadlines, body
//!   limit, per-address rate limit, push-stream caps, the facilitator's token for the
//!   projector's data, server-sent events); `listener.rs` caps the connections in all and per
//!   address. The pages it serves are in `pages.rs`.
//!
//! `cjs room` is in `src/cli/room.rs`. The HTTP contract is in `docs/room.md`.

pub mod engine;
pub mod limits;
pub mod listener;
pub mod msg;
pub mod names;
pub mod pages;
pub mod server;
pub mod state;
mod wire;

pub use engine::{
    Config, Host, Limits, Opened, Outcome, Pumped, RoomError, Stopped, new_summer, posture_poll, serve, stop_on_signals,
};
pub use state::{Control, Refusal, valid_code, valid_host_name};
