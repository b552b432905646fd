//! The room's HTTP server (axum's router, served by hyper on tokio). It carries messages to the
//! engine thread and back, and keeps to itself what belongs to the transport: the body limit, a
//! per-address rate limit with bounded memory, caps on open connections and push streams (in all
//! and per address), deadlines to read a request's head and to answer it, and the pages.

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::IpAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::SyncSender;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::rejection::BytesRejection;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::middleware::{self, Next};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Json, Router};
use serde_json::Value;
use tokio::net::TcpListener;
use tokio::sync::{Semaphore, oneshot, watch};

use super::limits::Limits;
pub use super::listener::Peer;
use super::listener::{Capped, Watch};
use super::msg::{Feeds, Msg, Versions, closed, send};
use super::pages;
use super::state::{Refusal, Streams, TOKEN_BYTES};
use super::wire::{ControlBody, JoinBody, PollBody, VoteBody};
use crate::text::Lang;
use crate::tr;

/// What every handler shares.
pub struct Shared {
    tx: SyncSender<Msg>,
    versions: Feeds,
    limiter: Mutex<Limiter>,
    streams: AtomicUsize,
    /// Open push streams per address.
    streams_by_addr: Mutex<HashMap<IpAddr, usize>>,
    limits: Limits,
    url: String,
    code: String,
    /// The facilitator's token: the projector's data and the QR code are given only with it.
    admin: String,
    qr: String,
    /// Names the phones may reach the room by besides its addresses (`--host-name`), lower case.
    names: Vec<String>,
    /// This opening of the room, drawn at random and sent with every answer (`X-Room-Opening`):
    /// a phone whose token is refused by another opening than the one it joined knows the room
    /// was stopped and opened again (`cjs room --resume`), not that it was removed, and joins
    /// again by itself.
    opening: HeaderValue,
}

impl Shared {
    pub fn new(
        tx: SyncSender<Msg>,
        versions: Feeds,
        limits: Limits,
        url: &str,
        code: &str,
        admin: &str,
        names: &[String],
    ) -> Arc<Shared> {
        Arc::new(Shared {
            tx,
            versions,
            limiter: Mutex::new(Limiter::new(limits)),
            streams: AtomicUsize::new(0),
            streams_by_addr: Mutex::new(HashMap::new()),
            limits,
            url: url.to_string(),
            code: code.to_string(),
            admin: admin.to_string(),
            qr: pages::qr_svg(&format!("{url}?code={code}")),
            names: names.iter().map(|n| n.to_ascii_lowercase()).collect(),
            opening: opening_id(),
        })
    }
}

/// A new opening's id: 16 random hexadecimal digits, else (no system randomness) the time in
/// nanoseconds and the process, which tell two openings apart as well. Not a secret.
fn opening_id() -> HeaderValue {
    let id = super::state::random_token().map(|t| t[..16].to_string()).unwrap_or_else(|_| {
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        format!("{nanos:x}-{:x}", std::process::id())
    });
    HeaderValue::from_str(&id).unwrap_or(HeaderValue::from_static("0"))
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

/// Serves until the engine thread is done (it drops the sender of `versions`). Each connection
/// is served by hyper with a timer: a request's head must arrive whole within `head_secs` of
/// the connection's opening (or of the previous answer), however slowly its bytes trickle, and
/// a connection buffers at most 16 KiB of a head.
pub async fn run(listener: TcpListener, shared: Arc<Shared>) -> std::io::Result<()> {
    let mut done = shared.versions.all.clone();
    let max = shared.limits.max_connections.max(1);
    let permits = Arc::new(Semaphore::new(max));
    let mut capped = Capped::new(
        listener,
        permits.clone(),
        Duration::from_secs(shared.limits.idle_secs.max(1)),
        shared.limits.per_address_connections.max(1),
    );
    let head = Duration::from_millis(shared.limits.head_millis.max(100));
    let app = router(shared);
    let (closing, close) = watch::channel(false);
    loop {
        tokio::select! {
            (stream, addr) = capped.accept() => {
                let app = app.clone();
                let mut close = close.clone();
                tokio::spawn(async move {
                    let ip = addr.ip();
                    let watch = stream.watch();
                    let svc = hyper::service::service_fn(move |mut req: hyper::Request<hyper::body::Incoming>| {
                        req.extensions_mut().insert(ConnectInfo(Peer(ip)));
                        req.extensions_mut().insert(watch.clone());
                        let mut app = app.clone();
                        async move { tower_service::Service::call(&mut app, req).await }
                    });
                    let mut builder = hyper::server::conn::http1::Builder::new();
                    builder.timer(hyper_util::rt::TokioTimer::new()).header_read_timeout(head).max_buf_size(16 * 1024);
                    let conn = builder.serve_connection(hyper_util::rt::TokioIo::new(stream), svc);
                    let mut conn = std::pin::pin!(conn);
                    tokio::select! {
                        _ = conn.as_mut() => {}
                        _ = async { let _ = close.wait_for(|c| *c).await; } => {
                            conn.as_mut().graceful_shutdown();
                            let _ = conn.await;
                        }
                    }
                });
            }
            r = done.changed() => {
                if r.is_err() {
                    break;
                }
            }
        }
    }
    // Graceful: answers in flight are finished; but a client that keeps its connection open
    // does not hold the room open more than two seconds after the end.
    let _ = closing.send(true);
    drop(capped);
    let end = tokio::time::Instant::now() + Duration::from_secs(2);
    while permits.available_permits() < max && tokio::time::Instant::now() < end {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    Ok(())
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
        .method_not_allowed_fallback(bad_method)
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(limit))
        .layer(middleware::from_fn_with_state(shared.clone(), rate_limit))
        .layer(middleware::map_response_with_state(shared.clone(), framing))
        .with_state(shared)
}

/// The room is reached by its address (an IP, as it prints it), as `localhost`, or by a name
/// the facilitator gave (`--host-name`): a page of another site that reaches it through a name
/// of its own (DNS rebinding) is refused.
fn address_host(h: &HeaderMap, names: &[String]) -> bool {
    let Some(host) = h.get(header::HOST) else { return true };
    let Ok(host) = host.to_str() else { return false };
    if let Some(rest) = host.strip_prefix('[') {
        // [IPv6]:port
        return rest.split(']').next().is_some_and(|a| a.parse::<std::net::Ipv6Addr>().is_ok());
    }
    let name = match host.rsplit_once(':') {
        Some((n, port)) if port.bytes().all(|b| b.is_ascii_digit()) => n,
        _ => host,
    };
    name.parse::<std::net::Ipv4Addr>().is_ok()
        || name.eq_ignore_ascii_case("localhost")
        || names.iter().any(|n| n.eq_ignore_ascii_case(name.strip_suffix('.').unwrap_or(name)))
}

/// A request that changes the room must come from the room's own pages: a browser names the
/// page's site in `Origin`, which must then be the address the request was sent to (`Host`).
/// Requests without `Origin` (the phones' scripts on older browsers, programs, tests) pass.
fn same_origin(h: &HeaderMap) -> bool {
    let Some(origin) = h.get(header::ORIGIN) else { return true };
    let host = h.get(header::HOST).and_then(|v| v.to_str().ok()).unwrap_or("");
    let origin = origin.to_str().unwrap_or("");
    let authority = origin.strip_prefix("http://").or_else(|| origin.strip_prefix("https://")).unwrap_or("");
    !authority.is_empty() && authority.eq_ignore_ascii_case(host)
}

/// No page of the room may be framed by another site; every answer says which opening of the
/// room gave it (`Shared::opening`).
async fn framing(State(sh): State<Arc<Shared>>, mut r: Response) -> Response {
    let h = r.headers_mut();
    h.insert("x-room-opening", sh.opening.clone());
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static("frame-ancestors 'none'"));
    r
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

/// The rate limit, then a deadline to read the request's body and answer it: a body sent a
/// byte at a time cannot hold a connection (the push stream's answer is its first event, sent at
/// once; the stream itself runs after).
async fn rate_limit(State(sh): State<Arc<Shared>>, req: Request, next: Next) -> Response {
    if !address_host(req.headers(), &sh.names) {
        return refuse(&Refusal::new(421, "bad_host", tr!("room-bad-host")));
    }
    if !same_origin(req.headers()) && req.method() != axum::http::Method::GET {
        return refuse(&Refusal::new(403, "bad_origin", tr!("room-bad-origin")));
    }
    let ip = req.extensions().get::<ConnectInfo<Peer>>().map(|c| c.0.0);
    if let Some(ip) = ip {
        let ok = sh.limiter.lock().map(|mut l| l.allow(ip, Instant::now())).unwrap_or(true);
        if !ok {
            return refuse(&Refusal::new(429, "flood", tr!("room-flood")));
        }
    }
    // A body declared over the limit is refused now, not after waiting for bytes that may
    // never come (the deadline's 408), nor after reading them.
    let declared = req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.trim().parse::<u64>().ok());
    if declared.is_some_and(|n| n > sh.limits.max_body as u64) {
        let mut r = refuse(&Refusal::new(413, "too_large", tr!("room-request-too-large")));
        r.headers_mut().insert(header::CONNECTION, HeaderValue::from_static("close"));
        return r;
    }
    let deadline = Duration::from_millis(sh.limits.answer_millis.max(100));
    match tokio::time::timeout(deadline, next.run(req)).await {
        Ok(r) => r,
        Err(_) => {
            let mut r = refuse(&Refusal::new(408, "too_slow", tr!("room-request-too-slow")));
            r.headers_mut().insert(header::CONNECTION, HeaderValue::from_static("close"));
            r
        }
    }
}

/// Asks the engine thread and waits for its answer.
async fn ask<T>(sh: &Shared, make: impl FnOnce(oneshot::Sender<T>) -> Msg) -> Result<T, Refusal> {
    let (tx, rx) = oneshot::channel();
    send(&sh.tx, make(tx))?;
    rx.await.map_err(|_| closed())
}

/// A body that is not JSON, or not the JSON expected. serde's detail ("EOF while parsing a
/// value at line 1 column 8") is English: only the English reason carries it.
fn bad_json(e: serde_json::Error) -> Refusal {
    let mut text = match e.classify() {
        serde_json::error::Category::Data => tr!("room-json-wrong-fields"),
        _ => tr!("room-invalid-json"),
    };
    text.en = format!("{} ({e})", text.en);
    Refusal::new(400, "bad_json", text)
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

/// The seat token from `Authorization: Bearer TOKEN`. Only the push stream also reads it from
/// `?token=` (browsers open streams without headers): a token in any other address would end up
/// in histories and logs. A malformed token is refused without asking the engine.
fn token_of(headers: &HeaderMap) -> Result<String, Refusal> {
    let t = headers
        .get(header::AUTHORIZATION)
        .and_then(|h| h.to_str().ok())
        .and_then(|h| h.strip_prefix("Bearer "))
        .map(|t| t.trim().to_string())
        .ok_or_else(Refusal::bad_token)?;
    well_formed(t)
}

fn well_formed(t: String) -> Result<String, Refusal> {
    if t.len() == TOKEN_BYTES * 2 && t.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(t.to_ascii_lowercase())
    } else {
        Err(Refusal::bad_token())
    }
}

/// The push stream's token: the header, or `?token=`.
fn stream_token(headers: &HeaderMap, uri: &Uri) -> Result<String, Refusal> {
    match query(uri, "token") {
        Some(t) if !headers.contains_key(header::AUTHORIZATION) => well_formed(t),
        _ => token_of(headers),
    }
}

/// The facilitator's token, checked here: the projector's data and the QR code (which carry the
/// join code and the pupils' names) are for the projector only.
fn is_admin(sh: &Shared, token: &str) -> bool {
    // Compared whole, byte by byte, without stopping at the first difference.
    token.len() == sh.admin.len() && token.bytes().zip(sh.admin.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
}

fn admin_of(sh: &Shared, headers: &HeaderMap) -> Result<(), Refusal> {
    match token_of(headers) {
        Ok(t) if is_admin(sh, &t) => Ok(()),
        _ => Err(bad_admin()),
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

/// A join is applied by the engine thread, then stands only if its answer is delivered: the
/// connection tells (`Watch`) whether its peer was still there to read it, and a join whose
/// answer was lost is undone at once (its place and seat come back).
async fn join(
    State(sh): State<Arc<Shared>>,
    ConnectInfo(Peer(ip)): ConnectInfo<Peer>,
    watch: Option<Extension<Arc<Watch>>>,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let addr = Some(ip);
    let r = async {
        let body = body_bytes(body)?;
        let j: JoinBody = serde_json::from_slice(&body).map_err(bad_json)?;
        let lang = match j.lang.as_deref() {
            None | Some("fr") => Lang::Fr,
            Some("en") => Lang::En,
            Some(_) => return Err(bad_lang()),
        };
        let (v, mut undo) = ask(&sh, |reply| Msg::Join { code: j.code, name: j.name, lang, addr, reply }).await??;
        undo.wake(sh.tx.clone());
        match watch {
            Some(Extension(watch)) => watch.expect(Box::new(move |delivered| {
                if delivered {
                    undo.delivered();
                }
            })),
            // Served without a connection of ours (no one to tell): the join stands.
            None => undo.delivered(),
        }
        Ok(v)
    };
    answer(r.await)
}

async fn state(State(sh): State<Arc<Shared>>, headers: HeaderMap, uri: Uri) -> Response {
    let r = async {
        let token = token_of(&headers)?;
        let lang = lang_param(&uri)?;
        ask(&sh, |reply| Msg::State { token, lang, reply }).await?
    };
    answer(r.await)
}

async fn vote(State(sh): State<Arc<Shared>>, headers: HeaderMap, body: Result<Bytes, BytesRejection>) -> Response {
    let r = async {
        let (token, v): (_, VoteBody) = token_and_body(&headers, body, |e| e)?;
        ask(&sh, |reply| Msg::Vote { token, decision: v.decision, option: v.option, reply }).await?
    };
    answer(r.await)
}

/// An answer to the poll open: one per phone and poll, seat or follower.
async fn poll(State(sh): State<Arc<Shared>>, headers: HeaderMap, body: Result<Bytes, BytesRejection>) -> Response {
    let r = async {
        let (token, p): (_, PollBody) = token_and_body(&headers, body, |e| e)?;
        ask(&sh, |reply| Msg::Poll { token, poll: p.poll, option: p.option, reply }).await?
    };
    answer(r.await)
}

/// The facilitator's controls; the admin token is checked by the engine thread.
async fn control(State(sh): State<Arc<Shared>>, headers: HeaderMap, body: Result<Bytes, BytesRejection>) -> Response {
    let r = async {
        let (token, c): (_, ControlBody) = token_and_body(&headers, body, |_| bad_admin())?;
        if c.action == "rename" {
            let (Some(phone), Some(name)) = (c.phone, c.name) else {
                return Err(Refusal::new(400, "bad_action", tr!("room-bad-action")));
            };
            return ask(&sh, |reply| Msg::Rename { token, phone, name, reply }).await?;
        }
        let control = super::state::Control::parse_with(&c.action, c.member, c.phone)
            .ok_or_else(|| Refusal::new(400, "bad_action", tr!("room-bad-action")))?;
        ask(&sh, |reply| Msg::Control { token, control, reply }).await?
    };
    answer(r.await)
}

/// A phone's (or the facilitator's) request with a JSON body, checked in this order: the body's
/// size, the token (`bad_token` turns its refusal into the caller's), then the JSON.
fn token_and_body<B: serde::de::DeserializeOwned>(
    headers: &HeaderMap,
    body: Result<Bytes, BytesRejection>,
    bad_token: impl FnOnce(Refusal) -> Refusal,
) -> Result<(String, B), Refusal> {
    let body = body_bytes(body)?;
    let token = token_of(headers).map_err(bad_token)?;
    let parsed = serde_json::from_slice(&body).map_err(bad_json)?;
    Ok((token, parsed))
}

fn bad_admin() -> Refusal {
    Refusal::new(401, "bad_admin", tr!("room-unknown-facilitator-token"))
}

async fn projector(State(sh): State<Arc<Shared>>, headers: HeaderMap, uri: Uri) -> Response {
    let r = async {
        admin_of(&sh, &headers)?;
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

/// Counts an open push stream (all of them, its address's, and the phone's) until it closes.
struct StreamGuard {
    shared: Arc<Shared>,
    phone: Option<Arc<Streams>>,
    ip: Option<IpAddr>,
}

impl Drop for StreamGuard {
    fn drop(&mut self) {
        self.shared.streams.fetch_sub(1, Ordering::Relaxed);
        if let Some(p) = &self.phone {
            p.open.fetch_sub(1, Ordering::Relaxed);
        }
        if let Some(ip) = self.ip {
            let mut m = self.shared.streams_by_addr.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            if let Some(n) = m.get_mut(&ip) {
                *n -= 1;
                if *n == 0 {
                    m.remove(&ip);
                }
            }
        }
    }
}

fn too_many_streams() -> Refusal {
    Refusal::new(503, "too_many_streams", tr!("room-too-many-streams"))
}

/// The push channel: server-sent events named `decision` (a new item, or the end) and `room`
/// (a join or a vote). They carry version numbers only; clients re-read what they show. A
/// stream needs a phone's token or the facilitator's; one address holds a few at most, and so
/// does one phone's token from any addresses; a removed phone's streams end at the next event
/// (its removal is one).
async fn events(
    State(sh): State<Arc<Shared>>,
    ConnectInfo(Peer(peer)): ConnectInfo<Peer>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let token = match stream_token(&headers, &uri) {
        Ok(t) => t,
        Err(e) => return refuse(&e),
    };
    let phone = if is_admin(&sh, &token) {
        None
    } else {
        match ask(&sh, |reply| Msg::Stream { token, reply }).await {
            Ok(Ok(p)) => Some(p),
            Ok(Err(e)) | Err(e) => return refuse(&e),
        }
    };
    // One phone's token opens as many streams as one address: used from many addresses, it
    // cannot take the room's.
    if let Some(p) = &phone
        && p.open.load(Ordering::Relaxed) >= sh.limits.per_address_streams.max(1)
    {
        return refuse(&too_many_streams());
    }
    let ip = Some(peer);
    if let Some(ip) = ip {
        let mut m = sh.streams_by_addr.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let n = m.entry(ip).or_insert(0);
        if *n >= sh.limits.per_address_streams.max(1) {
            return refuse(&too_many_streams());
        }
        *n += 1;
    }
    if let Some(p) = &phone {
        p.open.fetch_add(1, Ordering::Relaxed);
    }
    let only_decisions = phone.is_some();
    let over = sh.streams.fetch_add(1, Ordering::Relaxed) >= sh.limits.max_streams;
    let guard = StreamGuard { shared: sh.clone(), phone, ip };
    if over {
        drop(guard);
        return refuse(&too_many_streams());
    }
    // Every stream hears of new decisions at once. The projector hears of every vote and join
    // at once too; a phone at most once a second (the latest change then), so that the ballots
    // of a class do not wake every phone's stream each time.
    let rx = sh.versions.all.clone();
    let room_every = if only_decisions { Duration::from_secs(1) } else { Duration::ZERO };
    let start = (rx, guard, None::<Versions>, None::<tokio::time::Instant>);
    let stream = futures_util::stream::unfold(start, move |(mut rx, guard, last, last_room)| async move {
        if last.is_some() && rx.changed().await.is_err() {
            // The engine is done: the stream ends and the connection can close.
            return None;
        }
        let mut v = *rx.borrow_and_update();
        if let (Some(l), Some(at)) = (last, last_room)
            && l.decision == v.decision
        {
            let until = at + room_every;
            loop {
                tokio::select! {
                    _ = tokio::time::sleep_until(until) => break,
                    changed = rx.changed() => {
                        if changed.is_err() {
                            return None;
                        }
                        v = *rx.borrow_and_update();
                        if v.decision != l.decision {
                            break;
                        }
                    }
                }
            }
        }
        if guard.phone.as_ref().is_some_and(|p| p.gone.load(Ordering::Relaxed)) {
            // The facilitator removed this phone: its streams end with its token.
            return None;
        }
        let room = matches!(last, Some(l) if l.decision == v.decision);
        let last_room = if room { Some(tokio::time::Instant::now()) } else { last_room };
        let data = format!(r#"{{"decision":{},"over":{},"version":{}}}"#, v.current, v.over, v.decision + v.room);
        let event = Event::default().event(if room { "room" } else { "decision" }).data(data);
        Some((Ok::<Event, Infallible>(event), (rx, guard, Some(v), last_room)))
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

async fn qr(State(sh): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    if let Err(e) = admin_of(&sh, &headers) {
        return refuse(&e);
    }
    let mut r = Response::new(Body::from(sh.qr.clone()));
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("image/svg+xml"));
    r.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

async fn not_found() -> Response {
    refuse(&Refusal::new(404, "not_found", tr!("room-no-such-address")))
}

/// An address of the room asked with another method (`GET /api/vote`, `PUT /api/join`).
async fn bad_method() -> Response {
    refuse(&Refusal::new(405, "bad_method", tr!("room-method-not-allowed")))
}

#[cfg(test)]
#[path = "server_tests.rs"]
mod tests;
