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

/// Counts per address, each count held by a [`Slot`] until dropped.
type PerAddr = Arc<Mutex<HashMap<IpAddr, usize>>>;

/// One place of an address under its cap, given back when dropped.
pub struct Slot {
    map: PerAddr,
    ip: IpAddr,
}

impl Slot {
    /// Takes a place for `ip` if it has fewer than `cap`.
    fn take(map: &PerAddr, ip: IpAddr, cap: usize) -> Option<Slot> {
        let mut m = map.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let n = m.entry(ip).or_insert(0);
        if *n >= cap {
            return None;
        }
        *n += 1;
        Some(Slot { map: map.clone(), ip })
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut m = self.map.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(n) = m.get_mut(&self.ip) {
            *n -= 1;
            if *n == 0 {
                m.remove(&self.ip);
            }
        }
    }
}

/// A listener that holds at most `max_connections` connections open: the next one is
/// accepted only when one closes, so memory stays bounded under a connection flood. One address
/// holds at most `per_address` of them: a connection beyond is closed as soon as accepted, so
/// that one machine cannot take every place.
pub struct Capped {
    inner: TcpListener,
    permits: Arc<Semaphore>,
    idle: Duration,
    by_addr: PerAddr,
    per_address: usize,
}

/// A connection holding its place under the cap until dropped. A connection on which nothing
/// is read or written for `idle` is closed, so that idle or half-sent requests cannot keep
/// the places (a push stream writes a keep-alive every 15 s, well within).
pub struct CappedStream {
    stream: TcpStream,
    idle: Duration,
    deadline: Pin<Box<tokio::time::Sleep>>,
    _permit: OwnedSemaphorePermit,
    _slot: Slot,
    watch: Arc<Watch>,
}

impl CappedStream {
    fn new(stream: TcpStream, idle: Duration, permit: OwnedSemaphorePermit, slot: Slot) -> CappedStream {
        let deadline = Box::pin(tokio::time::sleep(idle));
        CappedStream { stream, idle, deadline, _permit: permit, _slot: slot, watch: Arc::default() }
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
        let next = tokio::time::Instant::now() + self.idle;
        self.deadline.as_mut().reset(next);
    }
}

fn timed_out() -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::TimedOut, "idle connection")
}

impl AsyncRead for CappedStream {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<std::io::Result<()>> {
        let this = self.get_mut();
        if this.deadline.as_mut().poll(cx).is_ready() {
            return Poll::Ready(Err(timed_out()));
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
        Capped { inner, permits, idle, by_addr: Arc::new(Mutex::new(HashMap::new())), per_address }
    }

    /// The next connection, once there is a place for it (and for its address).
    pub async fn accept(&mut self) -> (CappedStream, std::net::SocketAddr) {
        loop {
            // The semaphore is never closed, so acquiring only waits.
            let Ok(permit) = self.permits.clone().acquire_owned().await else {
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            };
            match self.inner.accept().await {
                Ok((stream, addr)) => {
                    // Over its address's cap: closed at once (dropped), the place kept for others.
                    let Some(slot) = Slot::take(&self.by_addr, addr.ip(), self.per_address) else {
                        continue;
                    };
                    let _ = stream.set_nodelay(true);
                    return (CappedStream::new(stream, self.idle, permit, slot), addr);
                }
                // Out of file descriptors or a connection reset before accept: wait a little
                // instead of spinning.
                Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
            }
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
            let by_addr: PerAddr = Arc::new(Mutex::new(HashMap::new()));
            let mut capped = Capped {
                inner,
                permits: permits.clone(),
                idle: Duration::from_millis(200),
                by_addr: by_addr.clone(),
                per_address: 4,
            };
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
            let mut capped = Capped {
                inner,
                permits: permits.clone(),
                idle: Duration::from_secs(30),
                by_addr: Arc::new(Mutex::new(HashMap::new())),
                per_address: 3,
            };
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
}
