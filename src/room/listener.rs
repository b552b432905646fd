//! The room's listener: a cap on open connections in all and per address, and an idle timeout
//! on each connection. `server::run` serves what it accepts.

use std::collections::HashMap;
use std::net::IpAddr;
use std::pin::Pin;
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
}

impl CappedStream {
    fn new(stream: TcpStream, idle: Duration, permit: OwnedSemaphorePermit, slot: Slot) -> CappedStream {
        let deadline = Box::pin(tokio::time::sleep(idle));
        CappedStream { stream, idle, deadline, _permit: permit, _slot: slot }
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
        let before = buf.filled().len();
        let r = Pin::new(&mut this.stream).poll_read(cx, buf);
        if matches!(r, Poll::Ready(Ok(()))) && buf.filled().len() > before {
            this.active();
        }
        r
    }
}

impl AsyncWrite for CappedStream {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<std::io::Result<usize>> {
        let this = self.get_mut();
        let r = Pin::new(&mut this.stream).poll_write(cx, buf);
        if matches!(r, Poll::Ready(Ok(n)) if n > 0) {
            this.active();
        }
        r
    }
    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.stream).poll_flush(cx)
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
