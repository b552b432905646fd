//! Load on a room: N phones, each from its own loopback address (127.0.1.1, 127.0.1.2, …),
//! follow a whole summer through the push channel; on each new decision every phone re-reads
//! its state and the seated ones vote. Prints the latencies (p50, p99, max) of votes and state
//! reads, and the room's peak memory (VmHWM of its process, read from /proc just before it
//! closes). Run by `scripts/room-load.sh`; not a test: figures, no pass or fail.
//!
//! Usage: room_load URL CODE PHONES ROOM_PID

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

thread_local! {
    /// One small runtime per phone's thread, only to bind a connection to the phone's own
    /// address: built once, not for every request (it would weigh on the 2 cores the room shares).
    static RT: Option<tokio::runtime::Runtime> = tokio::runtime::Builder::new_current_thread().enable_io().build().ok();
}

fn connect(src: Ipv4Addr, to: SocketAddr) -> std::io::Result<TcpStream> {
    RT.with(|rt| match rt {
        Some(rt) => connect_with(rt, src, to),
        None => Err(std::io::Error::other("no runtime")),
    })
}

fn connect_with(rt: &tokio::runtime::Runtime, src: Ipv4Addr, to: SocketAddr) -> std::io::Result<TcpStream> {
    let s = rt.block_on(async {
        let sock = tokio::net::TcpSocket::new_v4()?;
        sock.bind(SocketAddr::new(src.into(), 0))?;
        sock.connect(to).await
    })?;
    let s = s.into_std()?;
    s.set_nonblocking(false)?;
    s.set_read_timeout(Some(Duration::from_secs(60)))?;
    Ok(s)
}

fn http(src: Ipv4Addr, to: SocketAddr, method: &str, path: &str, token: Option<&str>, body: &str) -> (u16, Value) {
    let Ok(mut s) = connect(src, to) else { return (0, Value::Null) };
    let auth = token.map(|t| format!("Authorization: Bearer {t}\r\n")).unwrap_or_default();
    let req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {to}\r\nConnection: close\r\n{auth}Content-Length: {}\r\n\r\n{body}",
        body.len()
    );
    if s.write_all(req.as_bytes()).is_err() {
        return (0, Value::Null);
    }
    let mut resp = String::new();
    let _ = s.read_to_string(&mut resp);
    let status = resp.split(' ').nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    let json = resp.split_once("\r\n\r\n").and_then(|(_, b)| serde_json::from_str(b).ok()).unwrap_or(Value::Null);
    (status, json)
}

fn pct(v: &mut [f64], p: f64) -> f64 {
    if v.is_empty() {
        return f64::NAN;
    }
    v.sort_by(|a, b| a.total_cmp(b));
    v[((v.len() - 1) as f64 * p).round() as usize]
}

fn vm(pid: &str, key: &str) -> Option<u64> {
    let s = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    s.lines().find(|l| l.starts_with(key))?.split_whitespace().nth(1)?.parse().ok()
}

#[derive(Default)]
struct Figures {
    vote_ms: Vec<f64>,
    state_ms: Vec<f64>,
    refused: Vec<u16>,
    decisions: u64,
    peak_kib: u64,
    threads: u64,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 5 {
        eprintln!("usage: room_load URL CODE PHONES ROOM_PID");
        std::process::exit(2);
    }
    let to: SocketAddr = args[1].trim_start_matches("http://").trim_end_matches('/').parse().expect("URL");
    let code = args[2].clone();
    let n: usize = args[3].parse().expect("PHONES");
    let pid = args[4].clone();
    let figures = Arc::new(Mutex::new(Figures::default()));
    let start = Instant::now();
    let phones: Vec<_> = (0..n)
        .map(|i| {
            let src = Ipv4Addr::new(127, 0, 1 + (i / 250) as u8, 1 + (i % 250) as u8);
            let b = json!({"code": code, "name": format!("Phone {i}"), "lang": if i % 2 == 0 { "fr" } else { "en" }});
            let (st, body) = http(src, to, "POST", "/api/join", None, &b.to_string());
            assert_eq!(st, 200, "join {i}: {body}");
            (src, body["token"].as_str().unwrap_or_default().to_string())
        })
        .collect();
    let joined = start.elapsed();
    let handles: Vec<_> = phones
        .into_iter()
        .enumerate()
        .map(|(i, (src, token))| {
            let figures = figures.clone();
            let pid = pid.clone();
            std::thread::spawn(move || {
                let mut stream = connect(src, to).expect("push stream");
                write!(stream, "GET /api/events?token={token} HTTP/1.1\r\nHost: {to}\r\n\r\n").unwrap();
                let mut voted_on = None;
                for line in BufReader::new(stream).lines() {
                    let Ok(line) = line else { break };
                    if line != "event: decision" {
                        continue;
                    }
                    let t = Instant::now();
                    let (st, s) = http(src, to, "GET", "/api/state", Some(&token), "");
                    let state_ms = t.elapsed().as_secs_f64() * 1e3;
                    let mut f = figures.lock().unwrap();
                    if st != 200 {
                        f.refused.push(st);
                        continue;
                    }
                    f.state_ms.push(state_ms);
                    drop(f);
                    if s["over"] == json!(true) {
                        if i == 0 {
                            let mut f = figures.lock().unwrap();
                            f.decisions = s["decision"].as_u64().unwrap_or(0);
                            f.peak_kib = vm(&pid, "VmHWM:").unwrap_or(0);
                            f.threads = vm(&pid, "Threads:").unwrap_or(0);
                        }
                        break;
                    }
                    let d = s["decision"].as_u64().unwrap_or(0);
                    if s["can_vote"] == json!(true) && s["voted"] == json!(false) && voted_on != Some(d) {
                        let n_opt = s["options"].as_array().map_or(1, |o| o.len().max(1)) as u64;
                        let body = json!({"decision": d, "option": (i as u64 + d) % n_opt}).to_string();
                        let t = Instant::now();
                        let (st, _) = http(src, to, "POST", "/api/vote", Some(&token), &body);
                        let ms = t.elapsed().as_secs_f64() * 1e3;
                        let mut f = figures.lock().unwrap();
                        if st == 200 {
                            f.vote_ms.push(ms);
                            voted_on = Some(d);
                        } else {
                            f.refused.push(st);
                        }
                    }
                }
            })
        })
        .collect();
    for h in handles {
        let _ = h.join();
    }
    let wall = start.elapsed();
    let mut f = figures.lock().unwrap();
    let votes = f.vote_ms.len();
    let states = f.state_ms.len();
    let (v50, v99, vmax) = (pct(&mut f.vote_ms, 0.5), pct(&mut f.vote_ms, 0.99), pct(&mut f.vote_ms, 1.0));
    let (s50, s99, smax) = (pct(&mut f.state_ms, 0.5), pct(&mut f.state_ms, 0.99), pct(&mut f.state_ms, 1.0));
    println!(
        "phones {n}, joined in {:.2} s; summer over in {:.2} s, {} decisions",
        joined.as_secs_f64(),
        wall.as_secs_f64(),
        f.decisions
    );
    println!("votes {votes}: p50 {v50:.2} ms, p99 {v99:.2} ms, max {vmax:.2} ms");
    println!("state reads {states}: p50 {s50:.2} ms, p99 {s99:.2} ms, max {smax:.2} ms");
    println!("refused {} ({:?})", f.refused.len(), f.refused.iter().take(10).collect::<Vec<_>>());
    println!("room process: peak memory (VmHWM) {:.1} MiB, {} threads", f.peak_kib as f64 / 1024.0, f.threads);
}
