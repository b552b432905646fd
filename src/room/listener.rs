//! The room's listener: a cap on open connections in all and per address, and an idle timeout
//! on each connection; and what a connection saw of its peer, so that an answer that could not
//! be delivered (a join's) is known at once (`Watch`). `server::run` serves what it accepts.

use std::collections::HashMap;
use std::net::IpAddr;
use std::pin::Pin;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// The peer's address, for the rate limit and the per-address caps (put in each request's
/// extensions by the connection that carries it).
#[derive(Debug, Clone, Copy)]
pub struct Peer(pub IpAddr);

/// Told once whether an answer was delivered: `true` when it was written and the peer then went
/// on (sent its next request, closed cleanly, or the connection was closed by the room), `false`
/// when the peer was gone before it was written, or reset the connection after (a socket
/// closed with unread data is reset: its owner never read the answer).
pub type OnDelivery = Box<dyn FnOnce(bool) + Send>;

/// What one connection knows of its peer, shared with the requests it carries: the answers
/// waiting to be known delivered. Empty almost always (only a join puts one here), so the
/// stream's checks cost an atomic load.
#[derive(Default)]
pub struct Watch {
    pending: Mutex<Vec<Pending>>,
    any: std::sync::atomic::AtomicBool,
}

struct Pending {
    then: OnDelivery,
    /// Bytes were written since it was put here...
    wrote: bool,
    /// ...and flushed: the answer left.
    written: bool,
}

/// What the connection just saw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Seen {
    /// Bytes of a next request: the peer read the answer before it.
    Data,
    /// The peer closed cleanly (or the room closed the connection).
    End,
    /// The peer is gone before the answer was written (seen by a peek before writing it).
    Gone,
    /// A read or a write failed (a reset).
    Broken,
}

impl Watch {
    /// The answer of the request being served: `then` is told whether it was delivered.
    pub fn expect(&self, then: OnDelivery) {
        let mut p = self.pending.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        p.push(Pending { then, wrote: false, written: false });
        self.any.store(true, Ordering::Release);
    }

    fn any(&self) -> bool {
        self.any.load(Ordering::Acquire)
    }

    fn unwritten(&self) -> bool {
        self.any() && self.pending.lock().unwrap_or_else(std::sync::PoisonError::into_inner).iter().any(|p| !p.written)
    }

    fn wrote(&self) {
        if self.any() {
            let mut p = self.pending.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            p.iter_mut().for_each(|p| p.wrote = true);
        }
    }

    fn flushed(&self) {
        if self.any() {
            let mut p = self.pending.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            p.iter_mut().filter(|p| p.wrote).for_each(|p| p.written = true);
        }
    }

    /// Tells the answers concerned what became of them.
    fn seen(&self, what: Seen) {
        if !self.any() {
            return;
        }
        let told: Vec<(OnDelivery, bool)> = {
            let mut p = self.pending.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            let mut told = Vec::new();
            let mut keep = Vec::new();
            for x in p.drain(..) {
                match (what, x.written) {
                    (Seen::Broken, _) => told.push((x.then, false)),
                    (Seen::Data | Seen::End | Seen::Gone, true) => told.push((x.then, true)),
                    (Seen::End | Seen::Gone, false) => told.push((x.then, false)),
                    // A request pipelined before the answer was written: wait for the answer.
                    (Seen::Data, false) => keep.push(x),
                }
            }
            *p = keep;
            self.any.store(!p.is_empty(), Ordering::Release);
            told
        };
        // Outside the lock: the callbacks talk to the engine thread.
        for (then, ok) in told {
            then(ok);
        }
    }
}

/// The open connections of each address, each held by a [`Slot`] until dropped.
type PerAddr = Arc<Mutex<HashMap<IpAddr, Vec<Arc<Conn>>>>>;

/// What the listener knows of one open connection: when it last read or wrote, and whether it
/// was asked to close to make room for a newcomer (`Capped::accept`).
struct Conn {
    /// Milliseconds since the listener opened, at the last byte read or written.
    last: std::sync::atomic::AtomicU64,
    evicted: std::sync::atomic::AtomicBool,
    /// The task that reads or writes the connection, woken to see it was evicted.
    waker: Mutex<Option<std::task::Waker>>,
}

impl Conn {
    fn evict(&self) {
        self.evicted.store(true, Ordering::Release);
        if let Some(w) = self.waker.lock().unwrap_or_else(std::sync::PoisonError::into_inner).take() {
            w.wake();
        }
    }
}

/// One place of an address under its cap, given back when dropped.
pub struct Slot {
    map: PerAddr,
    ip: IpAddr,
    conn: Arc<Conn>,
}

impl Slot {
    /// Takes a place for `ip` if it has fewer than `cap`, active as of `now_ms`.
    fn take(map: &PerAddr, ip: IpAddr, cap: usize, now_ms: u64) -> Option<Slot> {
        let mut m = map.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let list = m.entry(ip).or_default();
        if list.len() >= cap {
            return None;
        }
        let conn = Arc::new(Conn {
            last: std::sync::atomic::AtomicU64::new(now_ms),
            evicted: std::sync::atomic::AtomicBool::new(false),
            waker: Mutex::new(None),
        });
        list.push(conn.clone());
        Some(Slot { map: map.clone(), ip, conn })
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut m = self.map.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(list) = m.get_mut(&self.ip) {
            list.retain(|c| !Arc::ptr_eq(c, &self.conn));
            if list.is_empty() {
                m.remove(&self.ip);
            }
        }
    }
}

/// When every place is taken, the connection to close for a newcomer from `ip`: the one least
/// recently active of the address that holds the most, if that address holds more than `ip`
/// would with the newcomer (fair shares: a machine that opened many connections gives one up to
/// a phone that has none; phones with a few each are never asked to). None when no address
/// holds more than that.
fn victim(map: &PerAddr, ip: IpAddr) -> Option<Arc<Conn>> {
    let m = map.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    // The newcomer's own place is already in its address's list.
    let mine = m.get(&ip).map_or(0, Vec::len);
    let (_, list) = m.iter().filter(|(a, _)| **a != ip).max_by_key(|(a, l)| (l.len(), **a))?;
    if list.len() <= mine {
        return None;
    }
    list.iter().filter(|c| !c.evicted.load(Ordering::Acquire)).min_by_key(|c| c.last.load(Ordering::Relaxed)).cloned()
}

/// A listener that holds at most `max_connections` connections open, so memory stays bounded
/// under a connection flood. One address holds at most `per_address` of them: a connection
/// beyond is closed as soon as accepted, so that one machine cannot take every place. When every
/// place is taken, a newcomer from an address that holds fewer than the others takes the place
/// of the least recently active connection of the address that holds the most (`victim`), so
/// that many machines together cannot keep a phone out either; otherwise it waits for a place.
pub struct Capped {
    inner: TcpListener,
    permits: Arc<Semaphore>,
    idle: Duration,
    by_addr: PerAddr,
    per_address: usize,
    opened: tokio::time::Instant,
    /// A connection accepted that waits for a place, kept here so that it survives the accept
    /// future being dropped (`tokio::select!` drops it whenever another branch is ready).
    waiting: Option<Waiting>,
}

struct Waiting {
    stream: TcpStream,
    addr: std::net::SocketAddr,
    slot: Slot,
    /// A connection was already asked to give its place for this one.
    asked: bool,
    /// When it stops waiting and is closed, so that a connection queued behind it (a phone
    /// behind a machine that holds its share already) is not kept waiting too.
    until: tokio::time::Instant,
}

/// How long a connection accepted waits for a place when none is free and no address holds more
/// than its own would.
const WAIT_FOR_A_PLACE: Duration = Duration::from_millis(200);

/// A connection holding its place under the cap until dropped. A connection on which nothing
/// is read or written for `idle` is closed, so that idle or half-sent requests cannot keep
/// the places (a push stream writes a keep-alive every 15 s, well within).
pub struct CappedStream {
    stream: TcpStream,
    idle: Duration,
    deadline: Pin<Box<tokio::time::Sleep>>,
    _permit: OwnedSemaphorePermit,
    slot: Slot,
    opened: tokio::time::Instant,
    watch: Arc<Watch>,
}

impl CappedStream {
    fn new(
        stream: TcpStream,
        idle: Duration,
        permit: OwnedSemaphorePermit,
        slot: Slot,
        opened: tokio::time::Instant,
    ) -> CappedStream {
        let deadline = Box::pin(tokio::time::sleep(idle));
        CappedStream { stream, idle, deadline, _permit: permit, slot, opened, watch: Arc::default() }
    }

    /// Whether the listener asked this connection to close for a newcomer; if not, the task
    /// polling it is woken when it does.
    fn evicted(&self, cx: &Context<'_>) -> bool {
        let conn = &self.slot.conn;
        if conn.evicted.load(Ordering::Acquire) {
            return true;
        }
        *conn.waker.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = Some(cx.waker().clone());
        // Asked between the first look and the waker's registration: seen now.
        conn.evicted.load(Ordering::Acquire)
    }

    /// How the connection ended: cleanly, or reset. A peer that closed before the answer came
    /// resets the connection when it comes: its reset may follow the end of stream already read.
    fn ended(&self) -> Seen {
        match self.stream.take_error() {
            Ok(None) => Seen::End,
            _ => Seen::Broken,
        }
    }

    /// What this connection sees of its peer, for the requests it carries.
    pub fn watch(&self) -> Arc<Watch> {
        self.watch.clone()
    }

    fn active(&mut self) {
        let now = tokio::time::Instant::now();
        self.deadline.as_mut().reset(now + self.idle);
        let ms = u64::try_from(now.duration_since(self.opened).as_millis()).unwrap_or(u64::MAX);
        self.slot.conn.last.store(ms, Ordering::Relaxed);
    }
}

fn timed_out() -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::TimedOut, "idle connection")
}

fn evicted() -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::ConnectionAborted, "closed for a newcomer")
}

impl AsyncRead for CappedStream {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<std::io::Result<()>> {
        let this = self.get_mut();
        if this.deadline.as_mut().poll(cx).is_ready() {
            return Poll::Ready(Err(timed_out()));
        }
        if this.evicted(cx) {
            return Poll::Ready(Err(evicted()));
        }
        let (before, room) = (buf.filled().len(), buf.remaining() > 0);
        let r = Pin::new(&mut this.stream).poll_read(cx, buf);
        match &r {
            Poll::Ready(Ok(())) if buf.filled().len() > before => {
                this.active();
                this.watch.seen(Seen::Data);
            }
            Poll::Ready(Ok(())) if room => {
                let end = this.ended();
                this.watch.seen(end);
            }
            Poll::Ready(Err(_)) => this.watch.seen(Seen::Broken),
            _ => {}
        }
        r
    }
}

impl Drop for CappedStream {
    fn drop(&mut self) {
        // Closed by the room (idle, the end) or after an error already told: an answer written
        // was delivered as far as anyone can know; one never written was not.
        let end = self.ended();
        self.watch.seen(end);
    }
}

impl AsyncWrite for CappedStream {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<std::io::Result<usize>> {
        let this = self.get_mut();
        if this.evicted(cx) {
            return Poll::Ready(Err(evicted()));
        }
        if this.watch.unwritten() {
            // An answer to know delivered: is the peer still there to read it? A peek sees its
            // close (end of stream) or reset without taking anything hyper would read.
            let mut one = [0u8; 1];
            let mut peek = ReadBuf::new(&mut one);
            match this.stream.poll_peek(cx, &mut peek) {
                Poll::Ready(Ok(0)) => this.watch.seen(Seen::Gone),
                Poll::Ready(Err(_)) => this.watch.seen(Seen::Broken),
                _ => {}
            }
        }
        let r = Pin::new(&mut this.stream).poll_write(cx, buf);
        match &r {
            Poll::Ready(Ok(n)) if *n > 0 => {
                this.active();
                this.watch.wrote();
            }
            Poll::Ready(Err(_)) => this.watch.seen(Seen::Broken),
            _ => {}
        }
        r
    }
    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        let r = Pin::new(&mut self.stream).poll_flush(cx);
        match &r {
            Poll::Ready(Ok(())) => self.watch.flushed(),
            Poll::Ready(Err(_)) => self.watch.seen(Seen::Broken),
            Poll::Pending => {}
        }
        r
    }
    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}

impl Capped {
    /// At most `permits` connections, `per_address` from one address, each closed after `idle`
    /// with nothing read or written.
    pub fn new(inner: TcpListener, permits: Arc<Semaphore>, idle: Duration, per_address: usize) -> Capped {
        let by_addr = Arc::new(Mutex::new(HashMap::new()));
        Capped { inner, permits, idle, by_addr, per_address, opened: tokio::time::Instant::now(), waiting: None }
    }

    /// The next connection, once there is a place for it (and for its address): a free place,
    /// or one given up by the address that holds the most (`victim`). One connection at most is
    /// held accepted while it waits. Cancel-safe: a connection accepted and waiting is kept
    /// for the next call.
    pub async fn accept(&mut self) -> (CappedStream, std::net::SocketAddr) {
        loop {
            if self.waiting.is_none() {
                let (stream, addr) = match self.inner.accept().await {
                    Ok(x) => x,
                    // Out of file descriptors or a connection reset before accept: wait a little
                    // instead of spinning.
                    Err(_) => {
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                };
                let now = u64::try_from(self.opened.elapsed().as_millis()).unwrap_or(u64::MAX);
                // Over its address's cap: closed at once (dropped), no place taken.
                let Some(slot) = Slot::take(&self.by_addr, addr.ip(), self.per_address, now) else {
                    continue;
                };
                let until = tokio::time::Instant::now() + WAIT_FOR_A_PLACE;
                self.waiting = Some(Waiting { stream, addr, slot, asked: false, until });
            }
            let Some(w) = self.waiting.as_mut() else { continue };
            if self.permits.available_permits() == 0 && !w.asked {
                if let Some(v) = victim(&self.by_addr, w.addr.ip()) {
                    v.evict();
                }
                w.asked = true;
            }
            // The semaphore is never closed, so acquiring only waits: for the place an evicted
            // connection gives back as it closes, or any other, until the wait is over.
            let permit = match tokio::time::timeout_at(w.until, self.permits.clone().acquire_owned()).await {
                Ok(Ok(p)) => p,
                Ok(Err(_)) => continue,
                Err(_) => {
                    // Closed (dropped), its address's place given back.
                    self.waiting = None;
                    continue;
                }
            };
            let Some(Waiting { stream, addr, slot, .. }) = self.waiting.take() else { continue };
            let _ = stream.set_nodelay(true);
            return (CappedStream::new(stream, self.idle, permit, slot, self.opened), addr);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    #[test]
    fn idle_connections_are_closed_and_their_place_freed() {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        rt.block_on(async {
            let inner = TcpListener::bind("127.0.0.1:0").await.unwrap();
            let addr = inner.local_addr().unwrap();
            let permits = Arc::new(Semaphore::new(1));
            let mut capped = Capped::new(inner, permits.clone(), Duration::from_millis(200), 4);
            let by_addr = capped.by_addr.clone();
            let _client = TcpStream::connect(addr).await.unwrap();
            let (mut conn, _) = capped.accept().await;
            assert_eq!(permits.available_permits(), 0, "the connection holds the only place");
            let start = Instant::now();
            let mut storage = [0u8; 16];
            let read = std::future::poll_fn(|cx| Pin::new(&mut conn).poll_read(cx, &mut ReadBuf::new(&mut storage)));
            let err = read.await.unwrap_err();
            assert_eq!(err.kind(), std::io::ErrorKind::TimedOut);
            assert!(start.elapsed() < Duration::from_secs(2));
            drop(conn);
            assert_eq!(permits.available_permits(), 1, "its place is free again");
            assert!(by_addr.lock().unwrap().is_empty(), "and its address's");
        });
    }

    #[test]
    fn one_address_holds_at_most_its_share_of_the_connections() {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        rt.block_on(async {
            let inner = TcpListener::bind("127.0.0.1:0").await.unwrap();
            let addr = inner.local_addr().unwrap();
            let permits = Arc::new(Semaphore::new(100));
            let mut capped = Capped::new(inner, permits.clone(), Duration::from_secs(30), 3);
            let mut clients = Vec::new();
            for _ in 0..5 {
                clients.push(TcpStream::connect(addr).await.unwrap());
            }
            let mut held = Vec::new();
            for _ in 0..3 {
                held.push(capped.accept().await.0);
            }
            // The fourth and fifth are closed as soon as accepted; a sixth waits for a place.
            let sixth = tokio::time::timeout(Duration::from_millis(300), capped.accept()).await;
            assert!(sixth.is_err(), "no fourth connection from one address");
            assert_eq!(permits.available_permits(), 97, "the refused ones hold no place");
            held.pop();
            let _c = TcpStream::connect(addr).await.unwrap();
            let again = tokio::time::timeout(Duration::from_secs(2), capped.accept()).await;
            assert!(again.is_ok(), "a place of that address freed: accepted again");
        });
    }

    #[test]
    fn when_every_place_is_taken_a_newcomer_takes_one_from_the_address_that_holds_most() {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        rt.block_on(async {
            let inner = TcpListener::bind("127.0.0.1:0").await.unwrap();
            let addr = inner.local_addr().unwrap();
            let permits = Arc::new(Semaphore::new(4));
            let mut capped = Capped::new(inner, permits.clone(), Duration::from_secs(30), 4);
            let by_addr = capped.by_addr.clone();
            let from = |last: u8| async move {
                let sock = tokio::net::TcpSocket::new_v4().unwrap();
                sock.bind(std::net::SocketAddr::from(([127, 0, 0, last], 0))).unwrap();
                sock.connect(addr).await.unwrap()
            };
            // One machine takes every place with connections that send nothing; each is served
            // (read) by a task, as hyper serves it, which ends when the connection is closed.
            let mut clients = Vec::new();
            let mut served = Vec::new();
            for _ in 0..4 {
                clients.push(from(10).await);
                let (mut conn, _) = capped.accept().await;
                served.push(tokio::spawn(async move {
                    let mut storage = [0u8; 16];
                    let read =
                        std::future::poll_fn(|cx| Pin::new(&mut conn).poll_read(cx, &mut ReadBuf::new(&mut storage)));
                    read.await.map_err(|e| e.kind())
                }));
            }
            assert_eq!(permits.available_permits(), 0);
            // A phone from another address gets in at once, in place of one of them.
            let _phone = from(20).await;
            let (_conn, peer) = tokio::time::timeout(Duration::from_secs(2), capped.accept())
                .await
                .expect("the newcomer is not kept out");
            assert_eq!(peer.ip(), IpAddr::from([127, 0, 0, 20]));
            let mut closed = 0;
            for task in served {
                if let Ok(Ok(Err(kind))) = tokio::time::timeout(Duration::from_millis(200), task).await {
                    assert_eq!(kind, std::io::ErrorKind::ConnectionAborted);
                    closed += 1;
                }
            }
            assert_eq!(closed, 1, "exactly one connection of the machine gave its place");
            let held = |ip: [u8; 4]| by_addr.lock().unwrap().get(&IpAddr::from(ip)).map_or(0, Vec::len);
            assert_eq!(held([127, 0, 0, 10]), 3);
            // A second connection from the phone's address takes a place too (3 against 1), a
            // third waits: the shares are then equal (2 and 2).
            let _second = from(20).await;
            let second = tokio::time::timeout(Duration::from_secs(2), capped.accept()).await;
            assert!(second.is_ok(), "3 against 1: one more place for the phone's address");
            let _third = from(20).await;
            assert!(tokio::time::timeout(Duration::from_millis(300), capped.accept()).await.is_err());
            // It is closed after its wait, its address's place given back.
            tokio::time::sleep(WAIT_FOR_A_PLACE).await;
            assert!(tokio::time::timeout(Duration::from_millis(100), capped.accept()).await.is_err());
            assert_eq!(held([127, 0, 0, 20]), 2);
        });
    }
}
