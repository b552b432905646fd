//! The room's HTTP server, tested over loopback connections.

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

/// A room's server alone (no engine): requests that need the engine are answered 503.
fn server(limits: Limits) -> (tokio::runtime::Runtime, std::net::SocketAddr, super::super::msg::Feed) {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    let (tx, _rx) = std::sync::mpsc::sync_channel(4);
    let (vtx, vrx) = super::super::msg::Feed::new(Versions::default());
    let admin = "0123456789abcdef0123456789abcdef";
    let names = ["laptop.local".to_string()];
    let shared = Shared::new(tx, vrx, limits, "http://127.0.0.1:1/", "ABCDEF", admin, &names);
    let listener = rt.block_on(TcpListener::bind("127.0.0.1:0")).unwrap();
    let addr = listener.local_addr().unwrap();
    rt.spawn(run(listener, shared));
    (rt, addr, vtx)
}

/// Sends `head` then one more byte every 100 ms; how long until the room closed the
/// connection (or answered), and what it answered.
fn trickle(addr: std::net::SocketAddr, head: &[u8]) -> (Duration, String) {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_millis(100))).unwrap();
    let start = Instant::now();
    s.write_all(head).unwrap();
    let mut got = Vec::new();
    while start.elapsed() < Duration::from_secs(8) {
        let mut buf = [0u8; 512];
        match s.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => got.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock || e.kind() == std::io::ErrorKind::TimedOut => {}
            Err(_) => break,
        }
        if s.write_all(b"X").is_err() {
            break;
        }
    }
    (start.elapsed(), String::from_utf8_lossy(&got).into_owned())
}

#[test]
fn a_request_head_or_body_sent_a_byte_at_a_time_is_cut_at_its_deadline() {
    let limits = Limits { head_millis: 600, answer_millis: 600, ..Limits::default() };
    let (_rt, addr, _v) = server(limits);
    // Each byte comes well within the idle timeout (30 s), never the whole head.
    let (took, _) = trickle(addr, b"GET /api/state HTTP/1.1\r\nX-Slow: ");
    assert!(took < Duration::from_secs(3), "the head's deadline closed it: {took:?}");
    // A whole head, then a body that never ends.
    let (took, answer) =
        trickle(addr, b"POST /api/join HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n{\"code\":");
    assert!(took < Duration::from_secs(3), "the body's deadline closed it: {took:?}");
    assert!(answer.starts_with("HTTP/1.1 408") && answer.contains("too_slow"), "{answer}");
}

#[test]
fn machines_that_hold_every_connection_do_not_keep_a_phone_out() {
    use std::io::{Read, Write};
    // Ten machines open eight connections each and send nothing: 80 for 64 places. A phone
    // from an eleventh address is served at once, in place of one of theirs, long before
    // any of them would be closed for sending nothing (10 s for a head, 30 s idle).
    let limits = Limits { max_connections: 64, per_address_connections: 8, ..Limits::default() };
    let (_rt, addr, _v) = server(limits);
    let dial = tokio::runtime::Builder::new_current_thread().enable_io().build().unwrap();
    let from = |last: u8| {
        let s = dial
            .block_on(async {
                let sock = tokio::net::TcpSocket::new_v4()?;
                sock.bind(std::net::SocketAddr::from(([127, 0, 1, last], 0)))?;
                sock.connect(addr).await
            })
            .unwrap()
            .into_std()
            .unwrap();
        s.set_nonblocking(false).unwrap();
        s
    };
    let mut idle = Vec::new();
    for machine in 1..=10 {
        for _ in 0..8 {
            idle.push(from(machine));
        }
    }
    std::thread::sleep(Duration::from_millis(300));
    let start = Instant::now();
    let mut s = from(100);
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    write!(s, "GET / HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").unwrap();
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    assert!(out.starts_with("HTTP/1.1 200"), "{out}");
    assert!(start.elapsed() < Duration::from_secs(3), "served in {:?}", start.elapsed());
}

#[test]
fn the_projector_s_data_the_qr_code_and_streams_need_a_token() {
    use std::io::{Read, Write};
    let (_rt, addr, _v) = server(Limits::default());
    let get = |path: &str, auth: Option<&str>| {
        let mut s = std::net::TcpStream::connect(addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        let auth = auth.map(|t| format!("Authorization: Bearer {t}\r\n")).unwrap_or_default();
        write!(s, "GET {path} HTTP/1.1\r\nHost: {addr}\r\n{auth}Connection: close\r\n\r\n").unwrap();
        let mut out = String::new();
        let _ = s.read_to_string(&mut out);
        out
    };
    let admin = "0123456789abcdef0123456789abcdef";
    let other = "ffffffffffffffffffffffffffffffff";
    for path in ["/api/projector", "/qr.svg"] {
        assert!(get(path, None).starts_with("HTTP/1.1 401"), "{path} without a token");
        assert!(get(path, Some(other)).starts_with("HTTP/1.1 401"), "{path} with a phone's token");
    }
    let qr = get("/qr.svg", Some(admin));
    assert!(qr.starts_with("HTTP/1.1 200") && qr.contains("<svg"), "{qr}");
    assert!(get("/api/events", None).starts_with("HTTP/1.1 401"), "an anonymous stream");
    // Tokens only in the header, but for the stream.
    assert!(get(&format!("/api/state?token={other}"), None).starts_with("HTTP/1.1 401"));
    let page = get("/", None);
    assert!(page.to_ascii_lowercase().contains("x-frame-options: deny"), "{page}");
    assert!(page.contains("frame-ancestors 'none'"));
}

#[test]
fn the_room_is_reached_by_its_address_not_by_another_site_s_name() {
    let host = |v: &'static str| {
        let mut h = HeaderMap::new();
        h.insert(header::HOST, HeaderValue::from_static(v));
        address_host(&h, &["laptop.local".to_string()])
    };
    let named = ["laptop.local:8080", "Laptop.Local", "laptop.local.:8080"];
    for ok in ["192.168.1.20:8080", "127.0.0.1", "[::1]:8080", "localhost:8080", "LOCALHOST"].into_iter().chain(named) {
        assert!(host(ok), "{ok}");
    }
    let others = ["laptop.local.evil.example", "laptop", "laptop.localx:8080"];
    for bad in ["evil.example", "evil.example:8080", "192.168.1.20.evil.example", "room", "[nope]:80"]
        .into_iter()
        .chain(others)
    {
        assert!(!host(bad), "{bad}");
    }
    assert!(address_host(&HeaderMap::new(), &[]), "no Host (HTTP/1.0)");
    use std::io::{Read, Write};
    let (_rt, addr, _v) = server(Limits::default());
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    write!(s, "GET / HTTP/1.1\r\nHost: rebound.evil.example:{}\r\nConnection: close\r\n\r\n", addr.port()).unwrap();
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    assert!(out.starts_with("HTTP/1.1 421") && out.contains("bad_host"), "{out}");
}

#[test]
fn a_post_from_another_site_is_refused() {
    let mut h = HeaderMap::new();
    assert!(same_origin(&h), "no Origin: a program or an older browser");
    h.insert(header::HOST, HeaderValue::from_static("192.168.1.20:8080"));
    h.insert(header::ORIGIN, HeaderValue::from_static("http://192.168.1.20:8080"));
    assert!(same_origin(&h), "the room's own page");
    h.insert(header::ORIGIN, HeaderValue::from_static("http://evil.example"));
    assert!(!same_origin(&h));
    h.insert(header::ORIGIN, HeaderValue::from_static("null"));
    assert!(!same_origin(&h), "a sandboxed or file page");
    let (_rt, addr, _v) = server(Limits::default());
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let body = r#"{"code":"ABCDEF","name":"Eve"}"#;
    write!(
        s,
        "POST /api/join HTTP/1.1\r\nHost: {addr}\r\nOrigin: http://evil.example\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    assert!(out.starts_with("HTTP/1.1 403") && out.contains("bad_origin"), "{out}");
}

/// `POST /api/join` with `body` (and `Content-Length: length`, the body's own when `None`):
/// the answer, whole.
fn post_join(addr: std::net::SocketAddr, body: &str, length: Option<u64>) -> String {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
    let length = length.unwrap_or(body.len() as u64);
    write!(s, "POST /api/join HTTP/1.1\r\nHost: {addr}\r\nContent-Length: {length}\r\nConnection: close\r\n\r\n{body}")
        .unwrap();
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    out
}

/// The refusal's `{error, fr, en}`, from a whole answer.
fn refusal_of(answer: &str) -> Value {
    answer.split_once("\r\n\r\n").and_then(|(_, b)| serde_json::from_str(b).ok()).unwrap_or(Value::Null)
}

#[test]
fn a_body_that_is_not_json_is_refused_in_french_without_serde_s_english() {
    let (_rt, addr, _v) = server(Limits::default());
    for (body, fr, en) in [
        (r#"{"code":"#, "n'est pas du JSON valide", "not valid JSON"),
        (r#"{"code":"ABCDEF"}"#, "un champ de la requête manque", "a field of the request is missing"),
        (r#"{"code":"ABCDEF","name":7}"#, "n'a pas le bon type", "of the wrong type"),
    ] {
        let answer = post_join(addr, body, None);
        assert!(answer.starts_with("HTTP/1.1 400"), "{body}: {answer}");
        let r = refusal_of(&answer);
        assert_eq!(r["error"], "bad_json", "{body}: {answer}");
        let (said_fr, said_en) = (r["fr"].as_str().unwrap_or(""), r["en"].as_str().unwrap_or(""));
        assert!(said_fr.contains(fr), "{body}: {said_fr}");
        for english in ["EOF", "line", "column", "missing field", "invalid type", "expected"] {
            assert!(!said_fr.contains(english), "{body}: English in the French reason: {said_fr}");
        }
        assert!(said_en.contains(en), "{body}: {said_en}");
    }
}

#[test]
fn a_body_declared_over_the_limit_is_refused_at_once() {
    let (_rt, addr, _v) = server(Limits::default());
    for length in [2049, 99_999_999_999] {
        let start = Instant::now();
        // The head only: the body it declares never comes.
        let answer = post_join(addr, "", Some(length));
        assert!(start.elapsed() < Duration::from_secs(2), "{length}: answered in {:?}", start.elapsed());
        assert!(answer.starts_with("HTTP/1.1 413"), "{length}: {answer}");
        let r = refusal_of(&answer);
        assert_eq!(r["error"], "too_large", "{length}: {answer}");
        assert!(r["fr"].as_str().is_some_and(|t| !t.is_empty()) && r["en"].as_str().is_some_and(|t| !t.is_empty()));
    }
    // At the limit, the body is read and answered on its content (here 503: no engine).
    let body = format!(r#"{{"code":"ZZZZZZ","name":"{}"}}"#, "x".repeat(2048 - 27));
    assert_eq!(body.len(), 2048);
    let answer = post_join(addr, &body, None);
    assert!(!answer.starts_with("HTTP/1.1 413"), "{answer}");
}

#[test]
fn a_wrong_method_is_refused_with_its_reasons() {
    use std::io::{Read, Write};
    let (_rt, addr, _v) = server(Limits::default());
    for (method, path) in [("GET", "/api/vote"), ("PUT", "/api/join"), ("DELETE", "/api/state")] {
        let mut s = std::net::TcpStream::connect(addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        write!(s, "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            .unwrap();
        let mut answer = String::new();
        let _ = s.read_to_string(&mut answer);
        assert!(answer.starts_with("HTTP/1.1 405"), "{method} {path}: {answer}");
        let r = refusal_of(&answer);
        assert_eq!(r["error"], "bad_method", "{method} {path}: {answer}");
        assert!(r["fr"].as_str().is_some_and(|t| t.contains("méthode")), "{answer}");
        assert!(r["en"].as_str().is_some_and(|t| t.contains("method")), "{answer}");
        assert!(answer.to_ascii_lowercase().contains("\r\nallow: "), "the methods it takes: {answer}");
    }
}

#[test]
fn an_address_holds_a_few_push_streams_at_most() {
    use std::io::{Read, Write};
    let limits = Limits { per_address_streams: 2, ..Limits::default() };
    let (_rt, addr, _v) = server(limits);
    let admin = "0123456789abcdef0123456789abcdef";
    let open = || {
        let mut s = std::net::TcpStream::connect(addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        write!(s, "GET /api/events?token={admin} HTTP/1.1\r\nHost: {addr}\r\n\r\n").unwrap();
        let mut buf = [0u8; 1024];
        std::thread::sleep(Duration::from_millis(100));
        let n = s.read(&mut buf).unwrap_or(0);
        (s, String::from_utf8_lossy(&buf[..n]).into_owned())
    };
    let (_a, ra) = open();
    let (_b, rb) = open();
    let (_c, rc) = open();
    assert!(ra.starts_with("HTTP/1.1 200") && rb.starts_with("HTTP/1.1 200"), "{ra} {rb}");
    assert!(rc.starts_with("HTTP/1.1 503") && rc.contains("too_many_streams"), "{rc}");
    drop(_a);
    std::thread::sleep(Duration::from_millis(300));
    let (_d, rd) = open();
    assert!(rd.starts_with("HTTP/1.1 200"), "a closed stream gives its place back: {rd}");
}

#[test]
fn tokens_are_read_from_the_header_and_only_the_stream_s_from_the_query() {
    let t = "0123456789abcdef0123456789abcdef";
    let mut h = HeaderMap::new();
    h.insert(header::AUTHORIZATION, HeaderValue::from_str(&format!("Bearer {t}")).unwrap());
    assert_eq!(token_of(&h).unwrap(), t);
    assert_eq!(token_of(&HeaderMap::new()).unwrap_err().status, 401);
    let u: Uri = format!("/api/events?token={t}").parse().unwrap();
    assert_eq!(stream_token(&HeaderMap::new(), &u).unwrap(), t);
    let u: Uri = "/api/events?token=xyz".parse().unwrap();
    assert_eq!(stream_token(&HeaderMap::new(), &u).unwrap_err().status, 401);
    let u: Uri = "/api/state?lang=de".parse().unwrap();
    assert_eq!(lang_param(&u).unwrap_err().status, 400);
}

/// Every answer, a page or a refusal, names the opening of the room that gave it; another
/// opening (a room resumed) names another, so that a phone tells a room reopened from its own
/// removal.
#[test]
fn every_answer_names_its_opening_and_a_new_opening_another() {
    use std::io::{Read, Write};
    let opening = |addr: std::net::SocketAddr, path: &str| {
        let mut s = std::net::TcpStream::connect(addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        write!(s, "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").unwrap();
        let mut out = String::new();
        let _ = s.read_to_string(&mut out);
        let line =
            out.lines().find_map(|l| l.to_ascii_lowercase().strip_prefix("x-room-opening: ").map(str::to_string));
        line.unwrap_or_else(|| panic!("no opening in {out}"))
    };
    let (_rt, a, _v) = server(Limits::default());
    let first = opening(a, "/");
    assert!(first.len() == 16 && first.bytes().all(|b| b.is_ascii_hexdigit()), "{first}");
    assert_eq!(opening(a, "/api/state"), first, "a refusal (no token) names the same opening");
    let (_rt2, b, _v2) = server(Limits::default());
    assert_ne!(opening(b, "/"), first);
}
