//! The room's HTTP server (axum on tokio). It carries messages to the engine thread and back,
//! and keeps to itself what belongs to the transport: the body limit, a per-address rate limit
//! with bounded memory, a cap on open connections and push streams, and the pages.

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::IpAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::SyncSender;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::connect_info::Connected;
use axum::extract::rejection::BytesRejection;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::middleware::{self, Next};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::Value;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, oneshot, watch};

use super::engine::{Limits, Msg, Versions, closed, send};
use super::pages;
use super::state::{Refusal, TOKEN_BYTES};
use crate::text::Lang;
use crate::tr;

/// What every handler shares.
pub struct Shared {
    tx: SyncSender<Msg>,
    versions: watch::Receiver<Versions>,
    limiter: Mutex<Limiter>,
    streams: AtomicUsize,
    limits: Limits,
    url: String,
    code: String,
    qr: String,
}

impl Shared {
    pub fn new(
        tx: SyncSender<Msg>,
        versions: watch::Receiver<Versions>,
        limits: Limits,
        url: &str,
        code: &str,
    ) -> Arc<Shared> {
        Arc::new(Shared {
            tx,
            versions,
            limiter: Mutex::new(Limiter::new(limits)),
            streams: AtomicUsize::new(0),
            limits,
            url: url.to_string(),
            code: code.to_string(),
            qr: pages::qr_svg(&format!("{url}?code={code}")),
        })
    }
}

/// A token bucket per address. Memory is bounded: at most `max_addresses` buckets; when full,
/// the buckets of addresses that have been quiet long enough to be full again are forgotten
/// (forgetting them changes nothing), and if none is, a new address waits (429).
struct Limiter {
    buckets: HashMap<IpAddr, (f64, Instant)>,
    rate: f64,
    burst: f64,
    cap: usize,
}

impl Limiter {
    fn new(l: Limits) -> Limiter {
        Limiter {
            buckets: HashMap::new(),
            rate: l.rate_per_sec.max(1) as f64,
            burst: l.rate_burst.max(1) as f64,
            cap: l.max_addresses.max(1),
        }
    }

    fn refill(&self, b: (f64, Instant), now: Instant) -> f64 {
        (b.0 + now.saturating_duration_since(b.1).as_secs_f64() * self.rate).min(self.burst)
    }

    fn allow(&mut self, ip: IpAddr, now: Instant) -> bool {
        if !self.buckets.contains_key(&ip) && self.buckets.len() >= self.cap {
            let (rate, burst) = (self.rate, self.burst);
            self.buckets.retain(|_, b| (b.0 + now.saturating_duration_since(b.1).as_secs_f64() * rate) < burst);
            if self.buckets.len() >= self.cap {
                return false;
            }
        }
        let b = *self.buckets.get(&ip).unwrap_or(&(self.burst, now));
        let tokens = self.refill(b, now);
        let ok = tokens >= 1.0;
        self.buckets.insert(ip, (if ok { tokens - 1.0 } else { tokens }, now));
        ok
    }
}

/// The peer's address, for the rate limit.
#[derive(Debug, Clone, Copy)]
pub struct Peer(pub IpAddr);

impl Connected<axum::serve::IncomingStream<'_, Capped>> for Peer {
    fn connect_info(stream: axum::serve::IncomingStream<'_, Capped>) -> Peer {
        Peer(stream.remote_addr().ip())
    }
}

/// A listener that holds at most `max_connections` connections open: the next one is
/// accepted only when one closes, so memory stays bounded under a connection flood.
pub struct Capped {
    inner: TcpListener,
    permits: Arc<Semaphore>,
    idle: Duration,
}

/// A connection holding its place under the cap until dropped. A connection on which nothing
/// is read or written for `idle` is closed, so that idle or half-sent requests cannot keep
/// the places (a push stream writes a keep-alive every 15 s, well within).
pub struct CappedStream {
    stream: TcpStream,
    idle: Duration,
    deadline: Pin<Box<tokio::time::Sleep>>,
    _permit: OwnedSemaphorePermit,
}

impl CappedStream {
    fn new(stream: TcpStream, idle: Duration, permit: OwnedSemaphorePermit) -> CappedStream {
        let deadline = Box::pin(tokio::time::sleep(idle));
        CappedStream { stream, idle, deadline, _permit: permit }
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

impl axum::serve::Listener for Capped {
    type Io = CappedStream;
    type Addr = std::net::SocketAddr;

    async fn accept(&mut self) -> (CappedStream, std::net::SocketAddr) {
        loop {
            // The semaphore is never closed, so acquiring only waits.
            let Ok(permit) = self.permits.clone().acquire_owned().await else {
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            };
            match self.inner.accept().await {
                Ok((stream, addr)) => {
                    let _ = stream.set_nodelay(true);
                    return (CappedStream::new(stream, self.idle, permit), addr);
                }
                // Out of file descriptors or a connection reset before accept: wait a little
                // instead of spinning.
                Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
            }
        }
    }

    fn local_addr(&self) -> std::io::Result<std::net::SocketAddr> {
        self.inner.local_addr()
    }
}

/// Serves until the engine thread is done (it drops the sender of `versions`).
pub async fn run(listener: TcpListener, shared: Arc<Shared>) -> std::io::Result<()> {
    let mut done = shared.versions.clone();
    let capped = Capped {
        inner: listener,
        permits: Arc::new(Semaphore::new(shared.limits.max_connections.max(1))),
        idle: Duration::from_secs(shared.limits.idle_secs.max(1)),
    };
    let app = router(shared);
    let (stopping, stopped) = oneshot::channel::<()>();
    let served =
        axum::serve(capped, app.into_make_service_with_connect_info::<Peer>()).with_graceful_shutdown(async move {
            while done.changed().await.is_ok() {}
            let _ = stopping.send(());
        });
    // Graceful: answers in flight are finished; but a client that keeps its connection open
    // does not hold the room open more than two seconds after the end.
    tokio::select! {
        r = std::future::IntoFuture::into_future(served) => r,
        _ = async {
            let _ = stopped.await;
            tokio::time::sleep(Duration::from_secs(2)).await;
        } => Ok(()),
    }
}

pub fn router(shared: Arc<Shared>) -> Router {
    let limit = shared.limits.max_body;
    Router::new()
        .route("/", get(phone_page))
        .route("/projector", get(projector_page))
        .route("/qr.svg", get(qr))
        .route("/api/join", post(join))
        .route("/api/state", get(state))
        .route("/api/vote", post(vote))
        .route("/api/poll", post(poll))
        .route("/api/projector", get(projector))
        .route("/api/control", post(control))
        .route("/api/events", get(events))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(limit))
        .layer(middleware::from_fn_with_state(shared.clone(), rate_limit))
        .with_state(shared)
}

fn refuse(r: &Refusal) -> Response {
    let status = StatusCode::from_u16(r.status).unwrap_or(StatusCode::BAD_REQUEST);
    let mut resp = (status, Json(r.json())).into_response();
    if r.status == 429 {
        resp.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
    }
    resp
}

fn answer(r: Result<Value, Refusal>) -> Response {
    match r {
        Ok(v) => {
            let mut resp = Json(v).into_response();
            resp.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            resp
        }
        Err(e) => refuse(&e),
    }
}

async fn rate_limit(State(sh): State<Arc<Shared>>, req: Request, next: Next) -> Response {
    let ip = req.extensions().get::<ConnectInfo<Peer>>().map(|c| c.0.0);
    if let Some(ip) = ip {
        let ok = sh.limiter.lock().map(|mut l| l.allow(ip, Instant::now())).unwrap_or(true);
        if !ok {
            return refuse(&Refusal::new(429, "flood", tr!("room-too-many-requests-from-this-address")));
        }
    }
    next.run(req).await
}

/// Asks the engine thread and waits for its answer.
async fn ask<T>(sh: &Shared, make: impl FnOnce(oneshot::Sender<T>) -> Msg) -> Result<T, Refusal> {
    let (tx, rx) = oneshot::channel();
    send(&sh.tx, make(tx))?;
    rx.await.map_err(|_| closed())
}

fn bad_json(e: impl std::fmt::Display) -> Refusal {
    Refusal::new(400, "bad_json", tr!("room-invalid-json", e = format!("{}", e)))
}

/// The body, refused with 413 when too large and 400 when unreadable.
fn body_bytes(body: Result<Bytes, BytesRejection>) -> Result<Bytes, Refusal> {
    body.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            Refusal::new(413, "too_large", tr!("room-request-too-large"))
        } else {
            Refusal::new(400, "bad_body", tr!("room-unreadable-request-body"))
        }
    })
}

/// The seat token from `Authorization: Bearer TOKEN` (or `?token=` for push streams, which
/// browsers open without headers). A malformed token is refused without asking the engine.
fn token_of(headers: &HeaderMap, uri: &Uri) -> Result<String, Refusal> {
    let from_header = headers
        .get(header::AUTHORIZATION)
        .and_then(|h| h.to_str().ok())
        .and_then(|h| h.strip_prefix("Bearer "))
        .map(|t| t.trim().to_string());
    let t = from_header.or_else(|| query(uri, "token")).ok_or_else(Refusal::bad_token)?;
    if t.len() == TOKEN_BYTES * 2 && t.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(t.to_ascii_lowercase())
    } else {
        Err(Refusal::bad_token())
    }
}

/// One parameter of the query string (only plain values are used: tokens and languages).
fn query(uri: &Uri, key: &str) -> Option<String> {
    uri.query()?.split('&').find_map(|kv| kv.strip_prefix(key)?.strip_prefix('=').map(str::to_string))
}

fn lang_param(uri: &Uri) -> Result<Option<Lang>, Refusal> {
    match query(uri, "lang") {
        None => Ok(None),
        Some(l) => match l.as_str() {
            "fr" => Ok(Some(Lang::Fr)),
            "en" => Ok(Some(Lang::En)),
            _ => Err(bad_lang()),
        },
    }
}

fn bad_lang() -> Refusal {
    Refusal::new(400, "bad_lang", tr!("room-language-fr-or-en"))
}

#[derive(Deserialize)]
struct JoinBody {
    code: String,
    name: String,
    #[serde(default)]
    lang: Option<String>,
}

async fn join(State(sh): State<Arc<Shared>>, body: Result<Bytes, BytesRejection>) -> Response {
    let r = async {
        let body = body_bytes(body)?;
        let j: JoinBody = serde_json::from_slice(&body).map_err(bad_json)?;
        let lang = match j.lang.as_deref() {
            None | Some("fr") => Lang::Fr,
            Some("en") => Lang::En,
            Some(_) => return Err(bad_lang()),
        };
        ask(&sh, |reply| Msg::Join { code: j.code, name: j.name, lang, reply }).await?
    };
    answer(r.await)
}

async fn state(State(sh): State<Arc<Shared>>, headers: HeaderMap, uri: Uri) -> Response {
    let r = async {
        let token = token_of(&headers, &uri)?;
        let lang = lang_param(&uri)?;
        ask(&sh, |reply| Msg::State { token, lang, reply }).await?
    };
    answer(r.await)
}

#[derive(Deserialize)]
struct VoteBody {
    decision: u64,
    option: u64,
}

async fn vote(
    State(sh): State<Arc<Shared>>,
    headers: HeaderMap,
    uri: Uri,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let r = async {
        let (token, v): (_, VoteBody) = token_and_body(&headers, &uri, body, |e| e)?;
        ask(&sh, |reply| Msg::Vote { token, decision: v.decision, option: v.option, reply }).await?
    };
    answer(r.await)
}

#[derive(Deserialize)]
struct PollBody {
    poll: u64,
    option: u64,
}

/// An answer to the poll open: one per phone and poll, seat or follower.
async fn poll(
    State(sh): State<Arc<Shared>>,
    headers: HeaderMap,
    uri: Uri,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let r = async {
        let (token, p): (_, PollBody) = token_and_body(&headers, &uri, body, |e| e)?;
        ask(&sh, |reply| Msg::Poll { token, poll: p.poll, option: p.option, reply }).await?
    };
    answer(r.await)
}

#[derive(Deserialize)]
struct ControlBody {
    action: String,
    #[serde(default)]
    member: Option<u64>,
}

/// The facilitator's controls; the admin token is checked by the engine thread.
async fn control(
    State(sh): State<Arc<Shared>>,
    headers: HeaderMap,
    uri: Uri,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let r = async {
        let (token, c): (_, ControlBody) = token_and_body(&headers, &uri, body, |_| bad_admin())?;
        let control = super::state::Control::parse(&c.action, c.member)
            .ok_or_else(|| Refusal::new(400, "bad_action", tr!("room-action-lock-unlock-pause-resume-reveal")))?;
        ask(&sh, |reply| Msg::Control { token, control, reply }).await?
    };
    answer(r.await)
}

/// A phone's (or the facilitator's) request with a JSON body, checked in this order: the body's
/// size, the token (`bad_token` turns its refusal into the caller's), then the JSON.
fn token_and_body<B: serde::de::DeserializeOwned>(
    headers: &HeaderMap,
    uri: &Uri,
    body: Result<Bytes, BytesRejection>,
    bad_token: impl FnOnce(Refusal) -> Refusal,
) -> Result<(String, B), Refusal> {
    let body = body_bytes(body)?;
    let token = token_of(headers, uri).map_err(bad_token)?;
    let parsed = serde_json::from_slice(&body).map_err(bad_json)?;
    Ok((token, parsed))
}

fn bad_admin() -> Refusal {
    Refusal::new(401, "bad_admin", tr!("room-unknown-facilitator-token"))
}

async fn projector(State(sh): State<Arc<Shared>>, uri: Uri) -> Response {
    let r = async {
        let lang = lang_param(&uri)?.unwrap_or_default();
        let mut v = ask(&sh, |reply| Msg::Projector { lang, reply }).await?;
        if let Some(o) = v.as_object_mut() {
            o.insert("url".into(), Value::String(sh.url.clone()));
            o.insert("join_url".into(), Value::String(format!("{}?code={}", sh.url, sh.code)));
        }
        Ok(v)
    };
    answer(r.await)
}

/// Counts an open push stream (all of them, and the phone's) until it closes.
struct StreamGuard {
    shared: Arc<Shared>,
    phone: Option<Arc<AtomicUsize>>,
}

impl Drop for StreamGuard {
    fn drop(&mut self) {
        self.shared.streams.fetch_sub(1, Ordering::Relaxed);
        if let Some(p) = &self.phone {
            p.fetch_sub(1, Ordering::Relaxed);
        }
    }
}

/// The push channel: server-sent events named `decision` (a new item, or the end) and `room`
/// (a join or a vote). They carry version numbers only; clients re-read what they show.
async fn events(State(sh): State<Arc<Shared>>, headers: HeaderMap, uri: Uri) -> Response {
    let phone = if query(&uri, "token").is_some() || headers.contains_key(header::AUTHORIZATION) {
        let token = match token_of(&headers, &uri) {
            Ok(t) => t,
            Err(e) => return refuse(&e),
        };
        match ask(&sh, |reply| Msg::Stream { token, reply }).await {
            Ok(Ok(p)) => Some(p),
            Ok(Err(e)) | Err(e) => return refuse(&e),
        }
    } else {
        None
    };
    if sh.streams.fetch_add(1, Ordering::Relaxed) >= sh.limits.max_streams {
        sh.streams.fetch_sub(1, Ordering::Relaxed);
        return refuse(&Refusal::new(503, "too_many_streams", tr!("room-too-many-open-streams-poll-the")));
    }
    if let Some(p) = &phone {
        p.fetch_add(1, Ordering::Relaxed);
    }
    let guard = StreamGuard { shared: sh.clone(), phone };
    let rx = sh.versions.clone();
    let stream = futures_util::stream::unfold((rx, guard, None::<Versions>), |(mut rx, guard, last)| async move {
        if last.is_some() && rx.changed().await.is_err() {
            // The engine is done: the stream ends and the connection can close.
            return None;
        }
        let v = *rx.borrow_and_update();
        let name = match last {
            Some(l) if l.decision == v.decision => "room",
            _ => "decision",
        };
        let data = format!(r#"{{"decision":{},"over":{},"version":{}}}"#, v.current, v.over, v.decision + v.room);
        Some((Ok::<Event, Infallible>(Event::default().event(name).data(data)), (rx, guard, Some(v))))
    });
    Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15))).into_response()
}

fn page(html: &'static str) -> Response {
    let mut r = Response::new(Body::from(html));
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    r
}

async fn phone_page() -> Response {
    page(pages::phone())
}

async fn projector_page() -> Response {
    page(pages::projector())
}

async fn qr(State(sh): State<Arc<Shared>>) -> Response {
    let mut r = Response::new(Body::from(sh.qr.clone()));
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("image/svg+xml"));
    r
}

async fn not_found() -> Response {
    refuse(&Refusal::new(404, "not_found", tr!("room-no-such-address")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rate_limit_refuses_a_flood_and_forgets_quiet_addresses() {
        let limits = Limits { rate_per_sec: 10, rate_burst: 5, max_addresses: 2, ..Limits::default() };
        let mut l = Limiter::new(limits);
        let t0 = Instant::now();
        let a: IpAddr = "10.0.0.1".parse().unwrap();
        let b: IpAddr = "10.0.0.2".parse().unwrap();
        let c: IpAddr = "10.0.0.3".parse().unwrap();
        let passed = (0..20).filter(|_| l.allow(a, t0)).count();
        assert_eq!(passed, 5, "a burst of 5, then refused");
        assert!(l.allow(a, t0 + Duration::from_millis(150)), "a token back after 100 ms");
        assert!(l.allow(b, t0));
        assert!(!l.allow(c, t0), "memory full of busy addresses: the new one waits");
        assert!(l.allow(c, t0 + Duration::from_secs(5)), "quiet addresses are forgotten");
        assert!(l.buckets.len() <= 2);
    }

    #[test]
    fn idle_connections_are_closed_and_their_place_freed() {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        rt.block_on(async {
            use axum::serve::Listener;
            let inner = TcpListener::bind("127.0.0.1:0").await.unwrap();
            let addr = inner.local_addr().unwrap();
            let permits = Arc::new(Semaphore::new(1));
            let mut capped = Capped { inner, permits: permits.clone(), idle: Duration::from_millis(200) };
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
        });
    }

    #[test]
    fn tokens_are_read_from_the_header_or_the_query() {
        let t = "0123456789abcdef0123456789abcdef";
        let mut h = HeaderMap::new();
        h.insert(header::AUTHORIZATION, HeaderValue::from_str(&format!("Bearer {t}")).unwrap());
        let u: Uri = "/api/state".parse().unwrap();
        assert_eq!(token_of(&h, &u).unwrap(), t);
        let u: Uri = format!("/api/events?token={t}").parse().unwrap();
        assert_eq!(token_of(&HeaderMap::new(), &u).unwrap(), t);
        let u: Uri = "/api/events?token=xyz".parse().unwrap();
        assert_eq!(token_of(&HeaderMap::new(), &u).unwrap_err().status, 401);
        let u: Uri = "/api/state?lang=de".parse().unwrap();
        assert_eq!(lang_param(&u).unwrap_err().status, 400);
    }
}
