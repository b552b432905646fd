//! The messages between the server and the thread that owns the season (`engine::Host`), and
//! how that thread answers them (`handle`): each request carries its one-shot reply channel; a
//! join's answer carries what undoes it unless it is delivered (`Unjoin`); what changed goes
//! back to the push channel's two feeds (`Feed`).

use std::net::IpAddr;
use std::sync::Arc;
use std::sync::mpsc::SyncSender;
use std::time::Instant;

use serde_json::{Value, json};
use tokio::sync::{oneshot, watch};

use super::state::{Control, Refusal, Room, random_token};
use crate::sim::{Season, World};
use crate::text::Lang;
use crate::tr;

/// What the push channel tells: something changed. Phones re-read their state on a new
/// decision; the projector also on a vote or a join. No content, so no secret, travels on it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Versions {
    pub decision: u64,
    pub room: u64,
    pub current: u64,
    pub over: bool,
}

/// What the push channel is fed from: every change (the server's streams tell the projector of
/// each at once, and a phone of votes and joins at most once a second). Dropped, every stream
/// ends.
pub struct Feed {
    all: watch::Sender<Versions>,
}

/// The receiving end of a `Feed`, for the server.
#[derive(Clone)]
pub struct Feeds {
    pub all: watch::Receiver<Versions>,
}

impl Feed {
    pub fn new(v: Versions) -> (Feed, Feeds) {
        let (all, all_rx) = watch::channel(v);
        (Feed { all }, Feeds { all: all_rx })
    }

    pub fn publish(&self, v: Versions) {
        self.all.send_replace(v);
    }
}

type Reply<T> = oneshot::Sender<T>;

/// Tokens of joins whose answer was lost, for the engine thread to undo.
pub type Lost = Arc<std::sync::Mutex<Vec<String>>>;

/// A join applied before its answer is known delivered. Dropped without `delivered`, it undoes
/// the join (the phone's place and seat come back at once, and the room no longer waits for
/// that seat), wherever it is dropped: in the engine's reply to a request whose connection was
/// cut, in the server, or with the connection that could not write it.
pub struct Unjoin {
    token: Option<String>,
    lost: Lost,
    /// Wakes the engine thread once the join is to be undone (set by the server).
    wake: Option<SyncSender<Msg>>,
}

impl Unjoin {
    pub(crate) fn new(token: String, lost: Lost) -> Unjoin {
        Unjoin { token: Some(token), lost, wake: None }
    }

    /// The engine thread is told at once when the join is undone.
    pub fn wake(&mut self, tx: SyncSender<Msg>) {
        self.wake = Some(tx);
    }

    /// The answer reached the phone: the join stands.
    pub fn delivered(mut self) {
        self.token = None;
    }
}

impl Drop for Unjoin {
    fn drop(&mut self) {
        let Some(t) = self.token.take() else { return };
        self.lost.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push(t);
        if let Some(tx) = &self.wake {
            // A full queue is woken by what fills it.
            let _ = tx.try_send(Msg::Wake);
        }
    }
}

impl std::fmt::Debug for Unjoin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Unjoin")
    }
}

/// A request for the engine thread.
pub enum Msg {
    Join {
        code: String,
        name: String,
        lang: Lang,
        /// The address it came from (the per-address cap).
        addr: Option<IpAddr>,
        /// The answer, and what undoes the join unless it is delivered.
        reply: Reply<Result<(Value, Unjoin), Refusal>>,
    },
    State {
        token: String,
        lang: Option<Lang>,
        reply: Reply<Result<Value, Refusal>>,
    },
    Vote {
        token: String,
        decision: u64,
        option: u64,
        reply: Reply<Result<Value, Refusal>>,
    },
    /// A phone's answer to the poll open.
    Poll {
        token: String,
        poll: u64,
        option: u64,
        reply: Reply<Result<Value, Refusal>>,
    },
    Projector {
        lang: Lang,
        reply: Reply<Value>,
    },
    /// The facilitator renames a phone (by its id on the projector), with the admin token.
    Rename {
        token: String,
        phone: u64,
        name: String,
        reply: Reply<Result<Value, Refusal>>,
    },
    /// A facilitator's control, with the admin token.
    Control {
        token: String,
        control: Control,
        reply: Reply<Result<Value, Refusal>>,
    },
    /// A phone opens a push stream: its counter of open streams.
    Stream {
        token: String,
        reply: Reply<Result<Arc<super::state::Streams>, Refusal>>,
    },
    /// Joins were lost (`Unjoin`): undo them now.
    Wake,
}

impl Msg {
    /// A request that changes the room (answered before reads waiting with it).
    pub(crate) fn changes(&self) -> bool {
        !matches!(self, Msg::State { .. } | Msg::Projector { .. } | Msg::Stream { .. })
    }
}

/// What a request changed, for the push channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Change {
    None,
    /// The projector's view (a join, a ballot).
    Room,
    /// Every phone's view (the facilitator paused or resumed).
    All,
}

/// Answers one request; says what it changed (for the push channel).
pub(crate) fn handle(msg: Msg, w: &World, season: &Season, room: &mut Room, admin: &str, lost: &Lost) -> Change {
    let room_if = |ok: bool| if ok { Change::Room } else { Change::None };
    let now = Instant::now();
    // A phone that gave up waiting (its connection cut while the game was busy) is not joined,
    // and its ballot or answer is not counted: it will ask again, and would otherwise hold two
    // seats or vote for a request it saw refused.
    let gone = match &msg {
        Msg::Join { reply, .. } => reply.is_closed(),
        Msg::Vote { reply, .. } | Msg::Poll { reply, .. } => reply.is_closed(),
        Msg::Control { reply, .. } | Msg::Rename { reply, .. } => reply.is_closed(),
        _ => false,
    };
    if gone {
        return Change::None;
    }
    match msg {
        Msg::Join { code, name, lang, addr, reply } => {
            let token = match random_token() {
                Ok(t) => t,
                Err(_) => {
                    let _ = reply.send(Err(Refusal::new(503, "no_randomness", tr!("room-secret-failed"))));
                    return Change::None;
                }
            };
            let r = room.join_from(addr, &code, &name, season, lang, token, now).map(|j| {
                let seat = j.member.map(|m| crate::words::explain::member(w, m));
                let v = json!({"token": &j.token, "seat": seat, "member": j.member, "follower": j.member.is_none(), "lang": lang.code()});
                (v, Unjoin::new(j.token, lost.clone()))
            });
            let changed = room_if(r.is_ok());
            // Its request gone meanwhile: the answer is dropped here, and with it the join.
            let _ = reply.send(r);
            changed
        }
        Msg::State { token, lang, reply } => {
            let r = room.phone(&token).map(|i| {
                room.touch(i, now);
                room.state(i, lang, season, w, now)
            });
            let _ = reply.send(r);
            Change::None
        }
        Msg::Vote { token, decision, option, reply } => {
            let r = room.phone(&token).and_then(|i| {
                room.touch(i, now);
                room.vote(i, decision, option, season)
            });
            let changed = room_if(r.is_ok());
            let _ = reply.send(r.map(|()| json!({"ok": true, "decision": decision, "option": option})));
            changed
        }
        Msg::Poll { token, poll, option, reply } => {
            let r = room.phone(&token).and_then(|i| {
                room.touch(i, now);
                room.answer(i, poll, option)
            });
            let changed = room_if(r.is_ok());
            let _ = reply.send(r.map(|()| json!({"ok": true, "poll": poll, "option": option})));
            changed
        }
        Msg::Projector { lang, reply } => {
            let _ = reply.send(room.projector(season, w, lang, now));
            Change::None
        }
        Msg::Control { token, control, reply } => {
            let r = if token == admin {
                room.control(control, season, now)
            } else {
                Err(Refusal::new(401, "bad_admin", tr!("room-unknown-facilitator-token")))
            };
            let changed = match (&r, control) {
                (Err(_), _) => Change::None,
                (Ok(()), Control::Pause | Control::Resume | Control::Free(_) | Control::Remove(_)) => Change::All,
                (Ok(()), _) => Change::Room,
            };
            let _ = reply.send(r.map(|()| json!({"ok": true, "locked": room.locked, "paused": room.paused.is_some()})));
            changed
        }
        Msg::Rename { token, phone, name, reply } => {
            let r = if token == admin {
                room.rename(phone, &name)
            } else {
                Err(Refusal::new(401, "bad_admin", tr!("room-unknown-facilitator-token")))
            };
            let changed = room_if(r.is_ok());
            let _ = reply.send(r.map(|n| json!({"ok": true, "phone": phone, "name": n})));
            if changed == Change::Room { Change::All } else { Change::None }
        }
        Msg::Stream { token, reply } => {
            let r = room.phone(&token).and_then(|i| room.streams_of(i).ok_or_else(Refusal::bad_token));
            let changed = room_if(r.is_ok());
            let _ = reply.send(r);
            changed
        }
        Msg::Wake => Change::None,
    }
}

/// Sends `msg` to the engine thread without waiting for room in its queue.
pub(crate) fn send(tx: &SyncSender<Msg>, msg: Msg) -> Result<(), Refusal> {
    use std::sync::mpsc::TrySendError;
    tx.try_send(msg).map_err(|e| match e {
        TrySendError::Full(_) => Refusal::new(503, "busy", tr!("room-busy")),
        TrySendError::Disconnected(_) => closed(),
    })
}

pub(crate) fn closed() -> Refusal {
    Refusal::new(503, "closed", tr!("room-the-room-is-closed"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phone_that_gave_up_waiting_is_not_joined() {
        let loaded = crate::scenario::shipped::all().into_iter().next().expect("a shipped scenario");
        let w = World::new(&loaded);
        let season = Season::new(&w, 1);
        let mut room = Room::new("ABCDEF".into(), w.members.len(), 100);
        let lost = Lost::default();
        let join = |room: &mut Room, keep: bool| {
            let (reply, rx) = oneshot::channel();
            let waiting = keep.then_some(rx);
            let msg = Msg::Join { code: "ABCDEF".into(), name: "Camille".into(), lang: Lang::Fr, addr: None, reply };
            let change = handle(msg, &w, &season, room, "admin", &lost);
            let answered =
                waiting.map(|mut rx| rx.try_recv().expect("answered").map(|(_, undo)| undo.delivered()).is_ok());
            (change, answered)
        };
        // The request's connection was cut: the receiver is gone.
        assert_eq!(join(&mut room, false).0, Change::None);
        assert_eq!(room.phones().len(), 0);
        // Asked again, and waited for: joined once.
        assert_eq!(join(&mut room, true), (Change::Room, Some(true)));
        assert_eq!(room.phones().len(), 1);
        assert!(lost.lock().unwrap().is_empty(), "its answer delivered: the join stands");
    }

    #[test]
    fn a_join_whose_answer_is_dropped_undelivered_is_undone_and_a_delivered_one_stands() {
        let loaded = crate::scenario::shipped::all().into_iter().next().expect("a shipped scenario");
        let w = World::new(&loaded);
        let season = Season::new(&w, 1);
        let mut room = Room::new("ABCDEF".into(), w.members.len(), 100);
        let lost = Lost::default();
        let join = |room: &mut Room, name: &str| {
            let (reply, mut rx) = oneshot::channel();
            let msg = Msg::Join { code: "ABCDEF".into(), name: name.into(), lang: Lang::Fr, addr: None, reply };
            assert_eq!(handle(msg, &w, &season, room, "admin", &lost), Change::Room);
            rx.try_recv().expect("answered").expect("joined")
        };
        let (a, undo_a) = join(&mut room, "Camille");
        let (_b, undo_b) = join(&mut room, "Lou");
        undo_b.delivered();
        // The connection could not deliver the first answer: dropped, the join is undone.
        drop(undo_a);
        let tokens = std::mem::take(&mut *lost.lock().unwrap());
        assert_eq!(tokens, vec![a["token"].as_str().unwrap().to_string()]);
        assert!(tokens.iter().all(|t| room.unjoin(t)));
        assert_eq!(room.phone(a["token"].as_str().unwrap()).unwrap_err().error, "bad_token");
        let (c, undo_c) = join(&mut room, "Noa");
        undo_c.delivered();
        assert_eq!(c["member"], a["member"], "its seat came back at once, to the next phone");
    }
}
