//! The room over loopback: 60 phones play a whole summer through `cjs room`, every legitimate
//! vote is counted once, every bad request is refused with its code, and the journal the room
//! writes is the one the engine gives for the same votes passed through `Input.votes`.
//!
//! Talks only to 127.0.0.x; each phone has its own loopback address (127.0.0.10, .11, …), as
//! phones on a Wi-Fi have theirs. Every wait has a deadline, and the room stops by itself
//! when the summer is over.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use cjs::base::rng::Generator;
use cjs::decision::Input;
use cjs::policy::{Policy, Seat};
use cjs::save::{JournalFile, Mode, Save, Summer};
use cjs::sim::{Season, World};
use serde_json::{Value, json};

const CODE: &str = "CJSETE";
const SEED: u64 = 5;

/// A connection from `src` (a loopback address) to the room.
fn connect(src: Ipv4Addr, to: SocketAddr) -> TcpStream {
    let rt = tokio::runtime::Builder::new_current_thread().enable_io().build().unwrap();
    let s = rt
        .block_on(async {
            let sock = tokio::net::TcpSocket::new_v4()?;
            sock.bind(SocketAddr::new(src.into(), 0))?;
            sock.connect(to).await
        })
        .unwrap();
    let s = s.into_std().unwrap();
    s.set_nonblocking(false).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    s
}

/// One HTTP/1.1 request; returns the status and the JSON body (Null when not JSON).
fn http(src: Ipv4Addr, to: SocketAddr, method: &str, path: &str, token: Option<&str>, body: &[u8]) -> (u16, Value) {
    let mut s = connect(src, to);
    let auth = token.map(|t| format!("Authorization: Bearer {t}\r\n")).unwrap_or_default();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {to}\r\nConnection: close\r\nContent-Type: application/json\r\n{auth}Content-Length: {}\r\n\r\n",
        body.len()
    );
    s.write_all(head.as_bytes()).unwrap();
    // A body over the limit may be refused before it is all sent: the answer still comes.
    let _ = s.write_all(body);
    let mut resp = Vec::new();
    let _ = s.read_to_end(&mut resp);
    let text = String::from_utf8_lossy(&resp);
    let status = text.split(' ').nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    let json = text.split_once("\r\n\r\n").and_then(|(_, b)| serde_json::from_str(b).ok()).unwrap_or(Value::Null);
    (status, json)
}

struct Room {
    child: Child,
    addr: SocketAddr,
    first_line: String,
    /// The facilitator's token, from the projector's address on the second line.
    admin: String,
}

impl Drop for Room {
    fn drop(&mut self) {
        // A failed test must not leave its room open.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn open_room(args: &[&str]) -> Room {
    let mut all = vec!["room", "quintin-2013", "--port", "0"];
    all.extend(args);
    open(&all, None)
}

/// `cjs ARGS…` as a room: from folder `cwd` if given, standard error into `cwd/stderr.txt`.
fn open(args: &[&str], cwd: Option<&std::path::Path>) -> Room {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cjs"));
    cmd.args(args).args(["--lang", "en"]).stdout(Stdio::piped());
    match cwd {
        Some(d) => {
            cmd.current_dir(d).stderr(std::fs::File::create(d.join("stderr.txt")).unwrap());
        }
        None => {
            // A room keeps the summer so far in its folder after each decision (no --journal:
            // `cjs-room-….json`): not in the project's.
            let here = std::env::temp_dir().join(format!("cjs-room-cwd-{}", std::process::id()));
            std::fs::create_dir_all(&here).unwrap();
            cmd.current_dir(here).stderr(Stdio::inherit());
        }
    }
    let mut child = cmd.spawn().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut lines = BufReader::new(stdout).lines();
        for _ in 0..2 {
            if let Some(Ok(l)) = lines.next() {
                let _ = tx.send(l);
            }
        }
        // Keep reading so that the room never blocks on a full pipe.
        for _ in lines.map_while(Result::ok) {}
    });
    let first_line = rx.recv_timeout(Duration::from_secs(30)).expect("the room prints its address");
    let second = rx.recv_timeout(Duration::from_secs(30)).expect("and a line for people");
    let admin = second.split("projector#").nth(1).unwrap_or("").chars().take(32).collect();
    let url = first_line.split(' ').next().unwrap();
    let hostport = url.trim_start_matches("http://").trim_end_matches('/');
    let addr: SocketAddr = hostport.parse().expect("URL then code on the first line");
    Room { child, addr, first_line, admin }
}

/// The facilitator resumes the room (a resumed room whose journal names its pupils opens
/// paused, so that the class takes its seats back before anything settles).
fn resume_play(room: &Room) {
    let (st, b) = http(
        Ipv4Addr::new(127, 0, 0, 250),
        room.addr,
        "POST",
        "/api/control",
        Some(&room.admin),
        br#"{"action":"resume"}"#,
    );
    assert_eq!(st, 200, "{b}");
}

fn wait_exit(room: &mut Room, secs: u64) -> Option<i32> {
    let end = Instant::now() + Duration::from_secs(secs);
    while Instant::now() < end {
        if let Ok(Some(st)) = room.child.try_wait() {
            return st.code();
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    None
}

struct Phone {
    src: Ipv4Addr,
    token: String,
    member: Option<u8>,
}

#[test]
fn sixty_phones_play_a_whole_summer_and_the_journal_is_the_engine_s() {
    let dir = std::env::temp_dir().join(format!("cjs-room-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let journal = dir.join("room.json");
    // A high rate limit here: 60 phones vote as fast as the loopback goes. The flood is the
    // next test's, at the default rate.
    let mut room = open_room(&[
        "--code",
        CODE,
        "--seed",
        &SEED.to_string(),
        "--rate",
        "100000",
        "--journal",
        journal.to_str().unwrap(),
    ]);
    assert!(room.first_line.ends_with(&format!(" {CODE}")), "address then code: {}", room.first_line);
    let to = room.addr;
    let loaded = cjs::scenario::resolve("quintin-2013").unwrap();
    let w = World::new(&loaded);
    let seats = w.members.len();

    // A wrong code is refused; 60 phones join: one per seat, the others follow.
    let src = |i: usize| Ipv4Addr::new(127, 0, 0, 10 + i as u8);
    let (st, body) = http(src(0), to, "POST", "/api/join", None, br#"{"code":"ABCDEF","name":"X","lang":"fr"}"#);
    assert_eq!((st, body["error"].as_str()), (401, Some("bad_code")));
    let mut phones = Vec::new();
    for i in 0..60 {
        let lang = if i % 2 == 0 { "fr" } else { "en" };
        let b = json!({"code": CODE.to_lowercase(), "name": format!("Élève {i}"), "lang": lang}).to_string();
        let (st, body) = http(src(i), to, "POST", "/api/join", None, b.as_bytes());
        assert_eq!(st, 200, "{body}");
        let token = body["token"].as_str().unwrap().to_string();
        assert_eq!(token.len(), 32);
        assert!(phones.iter().all(|p: &Phone| p.token != token), "a token is never given twice");
        // As the phone page does: it reads its state with its token at once.
        assert_eq!(http(src(i), to, "GET", "/api/state", Some(&token), b"").0, 200);
        phones.push(Phone { src: src(i), token, member: body["member"].as_u64().map(|m| m as u8) });
    }
    let seated: Vec<usize> = (0..60).filter(|&i| phones[i].member.is_some()).collect();
    assert_eq!(seated.len(), seats, "every seat taken, the rest follow");
    assert!(phones[seats..].iter().all(|p| p.member.is_none()));

    // One phone listens to the push channel for the whole summer.
    let listener = {
        let token = phones[0].token.clone();
        let src = phones[0].src;
        std::thread::spawn(move || {
            let mut s = connect(src, to);
            s.set_read_timeout(Some(Duration::from_secs(120))).unwrap();
            write!(s, "GET /api/events?token={token} HTTP/1.1\r\nHost: {to}\r\n\r\n").unwrap();
            let mut decisions = 0;
            let mut saw_over = false;
            for line in BufReader::new(s).lines() {
                let Ok(line) = line else { break };
                decisions += usize::from(line == "event: decision");
                saw_over |= line.contains("\"over\":true");
                if saw_over {
                    break;
                }
            }
            (decisions, saw_over)
        })
    };

    let mut votes_given: Vec<Vec<(u8, u8)>> = Vec::new();
    let mut refused = std::collections::BTreeMap::<&str, usize>::new();
    let mut expect = |got: (u16, Value), status: u16, error: &'static str| {
        assert_eq!((got.0, got.1["error"].as_str()), (status, Some(error)), "{}", got.1);
        assert!(got.1["fr"].as_str().is_some_and(|s| !s.is_empty()), "a reason in French");
        assert!(got.1["en"].as_str().is_some_and(|s| !s.is_empty()), "and in English");
        *refused.entry(error).or_default() += 1;
    };
    let start = Instant::now();
    loop {
        assert!(start.elapsed() < Duration::from_secs(120), "a summer takes seconds");
        let p0 = &phones[seated[0]];
        let (st, state) = http(p0.src, to, "GET", "/api/state", Some(&p0.token), b"");
        assert_eq!(st, 200);
        if state["over"] == json!(true) {
            break;
        }
        let d = state["decision"].as_u64().unwrap();
        assert_eq!(d as usize, votes_given.len(), "decisions come in order, none skipped");
        let n_opt = state["options"].as_array().unwrap().len() as u64;
        assert!(n_opt >= 2 && state["title"].as_str().is_some_and(|t| !t.is_empty()));
        let voters: Vec<usize> = seated
            .iter()
            .copied()
            .filter(|&i| {
                let p = &phones[i];
                let (st, s) = http(p.src, to, "GET", "/api/state", Some(&p.token), b"");
                assert_eq!(st, 200);
                assert_eq!(s["decision"].as_u64(), Some(d));
                assert_eq!(s["voted"], json!(false));
                s["can_vote"] == json!(true)
            })
            .collect();
        let mut given = Vec::new();
        for (k, &i) in voters.iter().enumerate() {
            let p = &phones[i];
            let m = p.member.unwrap();
            let option = (m as u64 + d) % n_opt;
            let last = k + 1 == voters.len();
            if last {
                // Before the last ballot settles the decision: every kind of bad request.
                let first = &phones[voters[0]];
                let fm = first.member.unwrap();
                let again = json!({"decision": d, "option": 0}).to_string();
                expect(
                    http(first.src, to, "POST", "/api/vote", Some(&first.token), again.as_bytes()),
                    409,
                    "already_voted",
                );
                // Sleep and reconnect: the kept token still holds the seat and its ballot.
                let (st, s) = http(first.src, to, "GET", "/api/state?lang=fr", Some(&first.token), b"");
                assert_eq!(
                    (st, s["voted"].clone(), s["vote"].as_u64()),
                    (200, json!(true), Some((fm as u64 + d) % n_opt))
                );
                let wrong = "0123456789abcdef0123456789abcdef";
                expect(http(p.src, to, "POST", "/api/vote", Some(wrong), again.as_bytes()), 401, "bad_token");
                expect(http(p.src, to, "POST", "/api/vote", Some("not-a-token"), again.as_bytes()), 401, "bad_token");
                expect(http(p.src, to, "POST", "/api/vote", None, again.as_bytes()), 401, "bad_token");
                if d > 0 {
                    let stale = json!({"decision": d - 1, "option": 0}).to_string();
                    expect(http(p.src, to, "POST", "/api/vote", Some(&p.token), stale.as_bytes()), 409, "stale");
                }
                let future = json!({"decision": d + 1, "option": 0}).to_string();
                expect(http(p.src, to, "POST", "/api/vote", Some(&p.token), future.as_bytes()), 409, "stale");
                let out_of_range = json!({"decision": d, "option": n_opt}).to_string();
                expect(
                    http(p.src, to, "POST", "/api/vote", Some(&p.token), out_of_range.as_bytes()),
                    400,
                    "no_such_option",
                );
                for bad in [&b"{\"decision\": 1,"[..], b"[]", b"{\"decision\":-1,\"option\":0}", b"\xff\xfe"] {
                    expect(http(p.src, to, "POST", "/api/vote", Some(&p.token), bad), 400, "bad_json");
                }
                let big = vec![b' '; 64 * 1024];
                expect(http(p.src, to, "POST", "/api/vote", Some(&p.token), &big), 413, "too_large");
                let follower = &phones[59];
                expect(
                    http(follower.src, to, "POST", "/api/vote", Some(&follower.token), again.as_bytes()),
                    403,
                    "follower",
                );
                // None of it counted.
                let (_, s) = http(p.src, to, "GET", "/api/state", Some(&p.token), b"");
                assert_eq!(s["voted"], json!(false));
                assert_eq!(s["votes"]["cast"].as_u64(), Some(k as u64));
            }
            let b = json!({"decision": d, "option": option}).to_string();
            let (st, body) = http(p.src, to, "POST", "/api/vote", Some(&p.token), b.as_bytes());
            assert_eq!(st, 200, "{body}");
            given.push((m, option as u8));
        }
        given.sort_unstable();
        votes_given.push(given);
    }
    // The end, then the room closes by itself.
    let code = wait_exit(&mut room, 30);
    assert_eq!(code, Some(0), "exit 0 once the summer is over");
    let (events, saw_over) = listener.join().unwrap();
    assert!(saw_over, "the push channel announced the end");
    assert!(events >= 2, "pushes on new decisions ({events})");
    for e in ["already_voted", "bad_token", "stale", "no_such_option", "bad_json", "too_large", "follower"] {
        assert!(refused.get(e).copied().unwrap_or(0) > 0, "{e} was exercised");
    }

    // The same votes through `Input.votes`, directly on the engine.
    let mut season = Season::new(&w, SEED);
    let mut seat = Seat::new(Policy::Adaptive, SEED);
    let mut inputs: Vec<Input> = Vec::new();
    for given in &votes_given {
        let mut input = seat.choose(&season, &w).unwrap();
        input.votes = given.clone();
        season.decide(&w, &input).unwrap();
        inputs.push(input);
    }
    assert!(season.is_over());
    let held: Vec<u8> = (0..seats as u8).collect();
    let save = Save::new(&w, SEED, Mode::Cooperative, Some("adaptive"), held, inputs);
    let expected = Summer { world: w.clone(), save, season: season.clone() }.journal_file();
    let bytes = std::fs::read(&journal).unwrap();
    let got: JournalFile = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(got.save.inputs.len(), votes_given.len(), "one input per decision");
    for (i, (input, given)) in got.save.inputs.iter().zip(&votes_given).enumerate() {
        assert_eq!(&input.votes, given, "decision {i}: every legitimate vote counted once, no other");
    }
    assert!(got.entries == expected.entries, "the room's journal is the engine's for the same votes");
    assert_eq!(got.save, expected.save, "same scenario, seed, mode, policy, seats and inputs");
    assert_eq!(got.weeks.len(), expected.weeks.len());
    // The whole file, byte for byte, as `cjs run --journal` would write it for these inputs.
    assert!(bytes == serde_json::to_vec(&expected).unwrap(), "the journal file, byte for byte");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_flood_from_one_address_is_refused_and_other_phones_still_vote() {
    let mut room = open_room(&["--code", CODE, "--wait", "2"]);
    let to = room.addr;
    let flooder = Ipv4Addr::new(127, 0, 0, 2);
    let phone = Ipv4Addr::new(127, 0, 0, 3);
    let mut counts = std::collections::BTreeMap::new();
    for _ in 0..120 {
        let (st, _) = http(flooder, to, "GET", "/api/state", Some("0123456789abcdef0123456789abcdef"), b"");
        *counts.entry(st).or_insert(0) += 1;
    }
    assert!(counts.get(&429).copied().unwrap_or(0) >= 60, "the flood is cut: {counts:?}");
    assert!(counts.get(&401).copied().unwrap_or(0) >= 1, "before it, the bad token was refused: {counts:?}");
    let (st, body) = http(flooder, to, "GET", "/api/state", None, b"");
    assert_eq!((st, body["error"].as_str()), (429, Some("flood")));
    assert!(body["fr"].is_string() && body["en"].is_string());
    // Another address is not affected.
    let b = json!({"code": CODE, "name": "Lou", "lang": "xx"}).to_string();
    assert_eq!(http(phone, to, "POST", "/api/join", None, b.as_bytes()).0, 400, "an unknown language");
    let b = json!({"code": CODE, "name": "", "lang": "fr"}).to_string();
    assert_eq!(http(phone, to, "POST", "/api/join", None, b.as_bytes()).0, 400, "an empty name");
    let b = json!({"code": CODE, "name": "Lou", "lang": "fr"}).to_string();
    let (st, body) = http(phone, to, "POST", "/api/join", None, b.as_bytes());
    assert_eq!(st, 200);
    let token = body["token"].as_str().unwrap().to_string();
    // The wait may settle a decision between reading it and voting on it: then the vote is
    // stale (409) and the phone votes on the next one, as a real phone would.
    let mut d = None;
    for _ in 0..5 {
        let (st, s) = http(phone, to, "GET", "/api/state", Some(&token), b"");
        assert_eq!(st, 200);
        let now = s["decision"].as_u64().unwrap();
        let v = json!({"decision": now, "option": 0}).to_string();
        match http(phone, to, "POST", "/api/vote", Some(&token), v.as_bytes()) {
            (200, _) => {
                d = Some(now);
                break;
            }
            (st, body) => assert_eq!((st, body["error"].as_str()), (409, Some("stale"))),
        }
    }
    let d = d.expect("a vote went through");
    // The only seated phone voted: the next decision is on the agenda at once.
    let (_, s) = http(phone, to, "GET", "/api/state", Some(&token), b"");
    assert!(s["decision"].as_u64().unwrap() > d);
    // With --wait 2, a decision nobody votes on settles by itself.
    std::thread::sleep(Duration::from_millis(4500));
    let (_, s) = http(phone, to, "GET", "/api/state", Some(&token), b"");
    assert!(s["decision"].as_u64().unwrap() >= d + 2, "the wait settled it: {s}");
    // Bytes that are not HTTP, and a header far too long: the connection is dropped or
    // refused, and the room answers the next request as before.
    for junk in [&b"\x00\x01\x02 not http at all\r\n\r\n"[..], &[b'A'; 600_000][..]] {
        let mut s = connect(Ipv4Addr::new(127, 0, 0, 5), to);
        let _ = s.write_all(junk);
        let mut out = Vec::new();
        let _ = s.read_to_end(&mut out);
        assert!(!String::from_utf8_lossy(&out).starts_with("HTTP/1.1 200"));
    }
    let (st, _) = http(phone, to, "GET", "/api/state", Some(&token), b"");
    assert_eq!(st, 200, "still serving after garbage");
    // The pages are served, small, and need nothing from elsewhere.
    let mut s = connect(phone, to);
    write!(s, "GET / HTTP/1.1\r\nHost: {to}\r\nConnection: close\r\n\r\n").unwrap();
    let mut page = String::new();
    let _ = s.read_to_string(&mut page);
    assert!(page.starts_with("HTTP/1.1 200") && page.contains("/api/join"));
    let (st, p) = http(phone, to, "GET", "/api/projector", None, b"");
    assert_eq!((st, p["error"].as_str()), (401, Some("bad_admin")), "the code is for the projector only");
    let (st, p) = http(phone, to, "GET", "/api/projector", Some(&room.admin), b"");
    assert_eq!(st, 200);
    assert_eq!(p["code"], json!(CODE));
    assert!(!p.to_string().contains(&token), "no phone's secret on the projector");
    assert_eq!(wait_exit(&mut room, 0), None, "still open: the summer is not over");
}

#[test]
fn bad_arguments_exit_2_and_a_taken_port_exits_1() {
    let run = |args: &[&str]| Command::new(env!("CARGO_BIN_EXE_cjs")).args(args).output().unwrap().status.code();
    assert_eq!(run(&["room", "quintin-2013", "--port", "70000"]), Some(2));
    assert_eq!(run(&["room", "quintin-2013", "--port", "x"]), Some(2));
    assert_eq!(run(&["room", "quintin-2013", "--port", "0", "--code", "AB"]), Some(2));
    assert_eq!(run(&["room", "quintin-2013", "--port", "0", "--code", "ABCDE0"]), Some(2));
    assert_eq!(run(&["room", "no-such-scenario", "--port", "0"]), Some(2));
    assert_eq!(run(&["room", "quintin-2013"]), Some(2), "--port is required");
    // A resumed room plays on with its journal's seed and policy: another is refused.
    assert_eq!(run(&["room", "--resume", "j.json", "--seed", "3"]), Some(2));
    assert_eq!(run(&["room", "--resume", "j.json", "--policy", "directive"]), Some(2));
    let nowhere = std::env::temp_dir().join("cjs-no-such-folder-for-rooms/j.json");
    assert_eq!(
        run(&["room", "quintin-2013", "--port", "0", "--journal", nowhere.to_str().unwrap()]),
        Some(2),
        "a journal that cannot be written is refused before the room opens"
    );
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    assert_eq!(run(&["room", "quintin-2013", "--port", &port]), Some(1));
}

/// `--host-name NAME` (repeatable): the phones may open the room by that name (the laptop's
/// `salle-b.local`) as by its address; any other name is still refused (421 `bad_host`), and a
/// name that is not a host name is refused with exit 2 before the room opens.
#[test]
fn a_name_the_facilitator_gives_reaches_the_room_and_no_other() {
    let (code, out, err) = run_briefly(&["room", "quintin-2013", "--port", "0", "--host-name", "salle b"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(out.is_empty() && err.contains("--host-name `salle b`"), "{err}");
    let room = open_room(&["--code", CODE, "--host-name", "salle-b.local", "--host-name", "CJS-Room"]);
    let to = room.addr;
    let with_host = |host: String| {
        let mut s = connect(Ipv4Addr::new(127, 0, 0, 3), to);
        let b = json!({"code": CODE, "name": "Lou", "lang": "en"}).to_string();
        write!(
            s,
            "POST /api/join HTTP/1.1\r\nHost: {host}\r\nOrigin: http://{host}\r\nConnection: close\r\nContent-Length: {}\r\n\r\n{b}",
            b.len()
        )
        .unwrap();
        let mut resp = String::new();
        let _ = s.read_to_string(&mut resp);
        resp
    };
    let port = to.port();
    let ok = with_host(format!("salle-b.local:{port}"));
    assert!(ok.starts_with("HTTP/1.1 200") && ok.contains("\"token\""), "the name given: {ok}");
    let ok = with_host(format!("cjs-room:{port}"));
    assert!(ok.starts_with("HTTP/1.1 200"), "each name given, in any case: {ok}");
    for other in [format!("evil.example:{port}"), format!("salle-b.local.evil.example:{port}"), "salle-b".into()] {
        let refused = with_host(other.clone());
        assert!(refused.starts_with("HTTP/1.1 421") && refused.contains("bad_host"), "{other}: {refused}");
    }
}

/// The seam a game uses: it keeps the season on its own thread and pumps the room's requests
/// without blocking (as a frame would), settling when it chooses.
#[test]
fn a_host_pumped_frame_by_frame_serves_phones_and_closes_its_port() {
    use cjs::room::{Config, Host, Pumped};
    let loaded = cjs::scenario::resolve("quintin-2013").unwrap();
    let w = World::new(&loaded);
    let mut season = Season::new(&w, 9);
    let mut seat = Seat::new(Policy::Facilitative, 9);
    let mut cfg = Config::new(0);
    cfg.code = Some(CODE.into());
    let mut host = Host::open(&cfg, &w, &season).unwrap();
    let to = host.opened.addr;
    assert!(host.opened.url.starts_with("http://127.0.0.1:"));
    let phone = std::thread::spawn(move || {
        let src = Ipv4Addr::new(127, 0, 0, 4);
        let b = json!({"code": CODE, "name": "Noé", "lang": "en"}).to_string();
        let (_, j) = http(src, to, "POST", "/api/join", None, b.as_bytes());
        let token = j["token"].as_str().unwrap().to_string();
        let v = json!({"decision": 0, "option": 1}).to_string();
        let voted = http(src, to, "POST", "/api/vote", Some(&token), v.as_bytes()).0;
        (j["member"].as_u64(), voted)
    });
    let start = Instant::now();
    while !host.room.all_voted(&season) {
        assert!(start.elapsed() < Duration::from_secs(20));
        // One frame: answer what is there, never wait.
        while let Pumped::Answered(_) = host.pump(&w, &season, Duration::ZERO) {}
        std::thread::sleep(Duration::from_millis(5));
    }
    let item = season.pending().cloned().unwrap();
    let mut input = seat.choose(&season, &w).unwrap();
    input.votes = host.room.take_votes();
    assert_eq!(input.votes, vec![(0, 1)]);
    season.decide(&w, &input).unwrap();
    host.settled(&w, &season, &item);
    assert_eq!(phone.join().unwrap(), (Some(0), 200));
    host.close().unwrap();
    assert!(std::net::TcpStream::connect(to).is_err(), "the port is closed with the room");
}

#[test]
fn the_facilitator_locks_pauses_reveals_and_frees_a_seat_from_the_projector() {
    let room = open_room(&["--code", CODE, "--wait", "2"]);
    let to = room.addr;
    let admin = room.admin.clone();
    assert_eq!(admin.len(), 32, "the projector's address carries the facilitator's token");
    let (a, b, c) = (Ipv4Addr::new(127, 0, 0, 6), Ipv4Addr::new(127, 0, 0, 7), Ipv4Addr::new(127, 0, 0, 8));
    let ctl = |action: &str, token: &str| {
        let body = json!({"action": action, "member": 1}).to_string();
        http(a, to, "POST", "/api/control", Some(token), body.as_bytes())
    };
    let join = |src: Ipv4Addr, name: &str| {
        let b = json!({"code": CODE, "name": name, "lang": "fr"}).to_string();
        http(src, to, "POST", "/api/join", None, b.as_bytes())
    };
    let state = |src: Ipv4Addr, token: &str| http(src, to, "GET", "/api/state", Some(token), b"").1;
    let (_, ja) = join(a, "Ana");
    let ta = ja["token"].as_str().unwrap().to_string();
    // A phone's token is not the facilitator's.
    let (st, body) = ctl("lock", &ta);
    assert_eq!((st, body["error"].as_str()), (401, Some("bad_admin")));
    assert_eq!(ctl("explode", &admin).0, 400);
    assert_eq!(ctl("lock", &admin).0, 200);
    let (st, body) = join(b, "Bo");
    assert_eq!((st, body["error"].as_str()), (403, Some("locked")));
    assert_eq!(ctl("unlock", &admin).0, 200);
    let (st, jb) = join(b, "Bo");
    assert_eq!((st, jb["member"].as_u64()), (200, Some(1)));
    let tb = jb["token"].as_str().unwrap().to_string();
    // Paused: neither the wait nor a full ballot settles the decision.
    assert_eq!(ctl("pause", &admin).0, 200);
    let d = state(a, &ta)["decision"].as_u64().unwrap();
    for (src, t) in [(a, &ta), (b, &tb)] {
        let v = json!({"decision": d, "option": 0}).to_string();
        assert_eq!(http(src, to, "POST", "/api/vote", Some(t), v.as_bytes()).0, 200);
    }
    std::thread::sleep(Duration::from_millis(2600));
    let s = state(a, &ta);
    assert_eq!((s["decision"].as_u64(), s["paused"].clone()), (Some(d), json!(true)));
    // Resumed: the full ballot settles at once.
    assert_eq!(ctl("resume", &admin).0, 200);
    let s = state(a, &ta);
    assert_eq!(s["decision"].as_u64(), Some(d + 1));
    // Revealed: settled now, nobody having voted (the agents vote for the seats).
    assert_eq!(ctl("pause", &admin).0, 200);
    assert_eq!(ctl("reveal", &admin).0, 200);
    assert_eq!(state(a, &ta)["decision"].as_u64(), Some(d + 2));
    // Freed: Bo follows, the seat goes to the next phone.
    assert_eq!(ctl("free", &admin).0, 200);
    assert_eq!(state(b, &tb)["follower"], json!(true));
    let (_, jc) = join(c, "Cy");
    assert_eq!(jc["member"].as_u64(), Some(1));
    let (st, _) = http(c, to, "GET", "/api/projector", None, b"");
    assert_eq!(st, 401, "the projector's data need the facilitator's token");
    let (_, p) = http(c, to, "GET", "/api/projector", Some(&admin), b"");
    assert!(!p.to_string().contains(&admin), "the facilitator's token is never shown");
}

/// The posture poll: every phone answers once, seat or follower; an old poll, a bad token, a
/// malformed body or an option out of range are refused; the projector shows the spread,
/// never who chose what; the poll decides nothing.
#[test]
fn the_room_answers_a_poll_once_per_phone_and_the_projector_shows_the_spread() {
    use cjs::room::{Config, Host, Pumped};
    use cjs::text::Text;
    let loaded = cjs::scenario::resolve("quintin-2013").unwrap();
    let w = World::new(&loaded);
    let season = Season::new(&w, 4);
    let mut cfg = Config::new(0);
    cfg.code = Some(CODE.into());
    let mut host = Host::open(&cfg, &w, &season).unwrap();
    let to = host.opened.addr;
    let options: Vec<(Text, Text)> = ["Décider", "Suggérer", "Animer", "Se retirer"]
        .iter()
        .map(|o| (Text { fr: o.to_string(), en: format!("{o} (en)") }, Text { fr: "aide".into(), en: "help".into() }))
        .collect();
    let question = Text { fr: "Que feriez-vous ?".into(), en: "What would you do?".into() };
    let id = host.open_poll(question.clone(), options.clone());
    // Two more phones than seats: the last two follow, and answer the poll all the same.
    let phones = w.members.len() + 2;
    let admin = host.opened.admin.clone();
    let job = std::thread::spawn(move || {
        let mut tokens = Vec::new();
        for i in 0..phones {
            let src = Ipv4Addr::new(127, 0, 1, 10 + i as u8);
            let b = json!({"code": CODE, "name": format!("P{i}"), "lang": "en"}).to_string();
            let (st, j) = http(src, to, "POST", "/api/join", None, b.as_bytes());
            assert_eq!(st, 200, "{j}");
            let token = j["token"].as_str().unwrap().to_string();
            let (_, s) = http(src, to, "GET", "/api/state", Some(&token), b"");
            assert_eq!(s["poll"]["id"].as_u64(), Some(id), "the phone sees the poll: {s}");
            assert_eq!(s["poll"]["voted"], json!(false));
            assert_eq!(s["poll"]["options"][1]["label"], json!("Suggérer (en)"));
            let a = json!({"poll": id, "option": i % 3}).to_string();
            assert_eq!(http(src, to, "POST", "/api/poll", Some(&token), a.as_bytes()).0, 200);
            tokens.push((src, token, j["follower"].as_bool().unwrap()));
        }
        let (src, token, _) = tokens.last().unwrap().clone();
        let refused = |body: &str, tok: &str| {
            let (st, j) = http(src, to, "POST", "/api/poll", Some(tok), body.as_bytes());
            (st, j["error"].as_str().unwrap_or("").to_string())
        };
        let again = json!({"poll": id, "option": 3}).to_string();
        let stale = json!({"poll": id + 7, "option": 0}).to_string();
        let out_of_range = json!({"poll": id, "option": 4}).to_string();
        let bad_token = "0123456789abcdef0123456789abcdef";
        let answers = [
            refused(&again, &token),
            refused(&stale, &token),
            refused(&out_of_range, &token),
            refused(r#"{"poll": "#, &token),
            refused(&again, bad_token),
        ];
        let (_, s) = http(src, to, "GET", "/api/state", Some(&token), b"");
        let (_, p) = http(src, to, "GET", "/api/projector?lang=en", Some(&admin), b"");
        (tokens, answers, s, p)
    });
    let start = Instant::now();
    while !job.is_finished() {
        assert!(start.elapsed() < Duration::from_secs(60), "the phones got no answer");
        while let Pumped::Answered(_) = host.pump(&w, &season, Duration::ZERO) {}
        std::thread::sleep(Duration::from_millis(2));
    }
    let (tokens, answers, mine, proj) = job.join().unwrap();
    assert!(tokens.iter().filter(|t| t.2).count() == 2, "two followers took part");
    assert_eq!(
        answers,
        [
            (409, "already_voted".to_string()),
            (409, "stale".to_string()),
            (400, "no_such_option".to_string()),
            (400, "bad_json".to_string()),
            (401, "bad_token".to_string()),
        ]
    );
    // Counted once per phone: option i % 3 for phone i.
    let mut want = [0usize; 4];
    for i in 0..phones {
        want[i % 3] += 1;
    }
    assert_eq!(host.room.poll().unwrap().spread(), want.to_vec());
    assert_eq!(mine["poll"]["answer"].as_u64(), Some(((phones - 1) % 3) as u64), "a phone sees its own answer");
    let counts: Vec<usize> = (0..4).map(|i| proj["poll"]["options"][i]["count"].as_u64().unwrap() as usize).collect();
    assert_eq!(counts, want.to_vec(), "the projector shows the spread");
    assert_eq!(proj["poll"]["answered"].as_u64(), Some(phones as u64));
    for (_, token, _) in &tokens {
        assert!(!proj.to_string().contains(token.as_str()));
    }
    assert!(host.room.votes().is_empty(), "the poll cast no ballot");
    // Closed: the phones read no poll, and an answer to it is refused.
    let closed = host.close_poll().unwrap();
    assert_eq!(closed.answered(), phones);
    assert!(host.room.poll().is_none());
    let id2 = host.open_poll(question, options);
    assert!(id2 > id, "a poll's id is never reused");
    host.close().unwrap();
}

/// `cjs room --poll`: every decision opens a posture poll; a phone answers it and votes on the
/// item all the same; the next decision opens a new poll.
#[test]
fn cjs_room_with_poll_asks_the_posture_at_each_decision() {
    let room = open_room(&["--code", CODE, "--poll"]);
    let to = room.addr;
    let src = Ipv4Addr::new(127, 0, 0, 9);
    let b = json!({"code": CODE, "name": "Ana", "lang": "fr"}).to_string();
    let (_, j) = http(src, to, "POST", "/api/join", None, b.as_bytes());
    let token = j["token"].as_str().unwrap().to_string();
    let (_, s) = http(src, to, "GET", "/api/state", Some(&token), b"");
    let id = s["poll"]["id"].as_u64().expect("a poll is open");
    assert_eq!(s["poll"]["options"].as_array().map(Vec::len), Some(4), "the four postures: {s}");
    let a = json!({"poll": id, "option": 3}).to_string();
    assert_eq!(http(src, to, "POST", "/api/poll", Some(&token), a.as_bytes()).0, 200);
    let (_, p) = http(src, to, "GET", "/api/projector", Some(&room.admin), b"");
    assert_eq!(p["poll"]["options"][3]["count"], json!(1));
    // The only seated phone votes: the decision settles, and the next one has a new poll.
    let v = json!({"decision": s["decision"], "option": 0}).to_string();
    assert_eq!(http(src, to, "POST", "/api/vote", Some(&token), v.as_bytes()).0, 200);
    let (_, s2) = http(src, to, "GET", "/api/state", Some(&token), b"");
    assert_ne!(s2["decision"], s["decision"]);
    assert!(s2["poll"]["id"].as_u64() > Some(id), "{s2}");
    assert_eq!(s2["poll"]["voted"], json!(false));
    assert_eq!(http(src, to, "POST", "/api/poll", Some(&token), a.as_bytes()).1["error"], json!("stale"));
}

/// `cjs room --poll --journal`: the journal keeps the poll's answers, decision by decision, and
/// `cjs report` of that journal shows them beside the phones' ballots.
#[test]
fn the_room_s_journal_keeps_the_poll_and_the_report_shows_it() {
    let dir = std::env::temp_dir().join(format!("cjs-room-poll-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let journal = dir.join("room.json");
    let mut room = open_room(&["--code", CODE, "--poll", "--rate", "100000", "--journal", journal.to_str().unwrap()]);
    let to = room.addr;
    let src = Ipv4Addr::new(127, 0, 0, 11);
    let b = json!({"code": CODE, "name": "Ana", "lang": "fr"}).to_string();
    let (_, j) = http(src, to, "POST", "/api/join", None, b.as_bytes());
    let token = j["token"].as_str().unwrap().to_string();
    // The only seated phone answers each poll (decide, suggest, facilitate, step back in turn)
    // and votes: each decision settles at once.
    let mut answered = Vec::new();
    let start = Instant::now();
    loop {
        assert!(start.elapsed() < Duration::from_secs(120), "a summer takes seconds");
        let (_, s) = http(src, to, "GET", "/api/state", Some(&token), b"");
        if s["over"] == json!(true) {
            break;
        }
        let Some(id) = s["poll"]["id"].as_u64() else { continue };
        let option = answered.len() % 4;
        let a = json!({"poll": id, "option": option}).to_string();
        assert_eq!(http(src, to, "POST", "/api/poll", Some(&token), a.as_bytes()).0, 200);
        answered.push(option);
        let v = json!({"decision": s["decision"], "option": 0}).to_string();
        assert_eq!(http(src, to, "POST", "/api/vote", Some(&token), v.as_bytes()).0, 200);
    }
    assert_eq!(wait_exit(&mut room, 30), Some(0), "the room closes once the summer is over");
    let jf: JournalFile = serde_json::from_slice(&std::fs::read(&journal).unwrap()).unwrap();
    assert_eq!(jf.polls.len(), jf.save.inputs.len(), "a poll per decision");
    assert_eq!(answered.len(), jf.polls.len());
    for (k, (p, option)) in jf.polls.iter().zip(&answered).enumerate() {
        let mut want = [0u32; 4];
        want[*option] = 1;
        assert_eq!((p.d as usize, p.answers), (k, want), "decision {k}: the phone's answer");
    }
    let out = dir.join("room.html");
    let st = Command::new(env!("CARGO_BIN_EXE_cjs"))
        .args(["report", journal.to_str().unwrap(), "--out", out.to_str().unwrap(), "--lang", "en"])
        .output()
        .unwrap();
    assert!(st.status.success(), "{}", String::from_utf8_lossy(&st.stderr));
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("The room: poll and ballots"));
    assert!(html.contains("Decide 1 · Suggest 0 · Facilitate 0 · Step back 0"), "the first poll");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A folder of this test's own, empty.
fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("cjs-room-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn join_as(src: Ipv4Addr, to: SocketAddr, name: &str) -> (u16, Value) {
    let b = json!({"code": CODE, "name": name, "lang": "en"}).to_string();
    http(src, to, "POST", "/api/join", None, b.as_bytes())
}

/// The resident memory of process `pid`, in KiB.
fn rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// 1,030 connections from one address, each sending a 12 KB header line first and then a
/// header line every half second (each byte well within the idle timeout): a phone from
/// another address still joins and votes within 2 s, and the room stays under 64 MiB.
#[test]
fn slow_connections_from_one_address_do_not_keep_the_class_out() {
    let room = open_room(&["--code", CODE]);
    let to = room.addr;
    let (ready_tx, ready_rx) = mpsc::channel();
    let (stop_tx, stop_rx) = mpsc::channel::<()>();
    let attacker = std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread().enable_io().build().unwrap();
        let mut conns = Vec::new();
        let pad = "a".repeat(12_000);
        for _ in 0..1030 {
            let s = rt.block_on(async {
                let sock = tokio::net::TcpSocket::new_v4()?;
                sock.bind(SocketAddr::new(Ipv4Addr::new(127, 0, 0, 2).into(), 0))?;
                sock.connect(to).await
            });
            let Ok(s) = s else { continue };
            let mut s = s.into_std().unwrap();
            let _ = s.write(format!("GET / HTTP/1.1\r\nHost: {to}\r\nX-Pad: {pad}\r\n").as_bytes());
            conns.push(s);
        }
        let _ = ready_tx.send(conns.len());
        let end = Instant::now() + Duration::from_secs(15);
        while Instant::now() < end && stop_rx.try_recv().is_err() {
            for c in &mut conns {
                let _ = c.write(b"X-Slow: 1\r\n");
            }
            std::thread::sleep(Duration::from_millis(500));
        }
    });
    let opened = ready_rx.recv_timeout(Duration::from_secs(30)).expect("the attack is under way");
    assert!(opened >= 1024, "the connections were opened: {opened}");
    std::thread::sleep(Duration::from_millis(700));
    let phone = Ipv4Addr::new(127, 0, 0, 3);
    let start = Instant::now();
    let (st, j) = join_as(phone, to, "Lou");
    assert_eq!(st, 200, "{j}");
    let token = j["token"].as_str().unwrap().to_string();
    let (st, s) = http(phone, to, "GET", "/api/state", Some(&token), b"");
    assert_eq!(st, 200);
    let v = json!({"decision": s["decision"], "option": 0}).to_string();
    assert_eq!(http(phone, to, "POST", "/api/vote", Some(&token), v.as_bytes()).0, 200);
    let took = start.elapsed();
    let rss = rss_kib(room.child.id());
    let _ = stop_tx.send(());
    attacker.join().unwrap();
    eprintln!("under 1,030 slow connections: joined and voted in {took:?}; room {} KiB", rss);
    assert!(took <= Duration::from_secs(2), "joined and voted in {took:?}");
    assert!(rss > 0 && rss <= 64 * 1024, "the room holds {rss} KiB");
}

/// 300 joins from one address take a few places, not every seat; a pupil from another
/// address still gets a seat; a phone the facilitator removes gives its place back.
#[test]
fn one_address_cannot_fill_the_room_and_the_facilitator_removes_a_phone() {
    let room = open_room(&["--code", CODE]);
    let to = room.addr;
    let squatter = Ipv4Addr::new(127, 0, 0, 2);
    let mut counts = std::collections::BTreeMap::<String, usize>::new();
    let mut joined = 0;
    for i in 0..300 {
        let (st, body) = join_as(squatter, to, &format!("S{i}"));
        if st == 200 {
            joined += 1;
        } else {
            *counts.entry(body["error"].as_str().unwrap_or("?").to_string()).or_default() += 1;
        }
        if st == 429 {
            std::thread::sleep(Duration::from_millis(20));
        }
    }
    assert_eq!(joined, 4, "four phones from one address at most: {counts:?}");
    assert!(counts.get("address_full").copied().unwrap_or(0) > 0, "{counts:?}");
    let pupil = Ipv4Addr::new(127, 0, 0, 3);
    let (st, j) = join_as(pupil, to, "Camille");
    assert_eq!((st, j["member"].as_u64()), (200, Some(4)), "the next seat: {j}");
    // The facilitator removes the squatter's first phone: its seat and its place come back.
    let (_, p) = http(pupil, to, "GET", "/api/projector", Some(&room.admin), b"");
    let id = p["seats"][0]["id"].as_u64().expect("seat 0 held");
    let body = json!({"action": "remove", "phone": id}).to_string();
    assert_eq!(http(pupil, to, "POST", "/api/control", Some(&room.admin), body.as_bytes()).0, 200);
    let (_, p) = http(pupil, to, "GET", "/api/projector", Some(&room.admin), b"");
    assert_eq!(p["seats"][0]["phone"], Value::Null, "the seat is free: {p}");
    let (st, j) = join_as(Ipv4Addr::new(127, 0, 0, 4), to, "Noa");
    assert_eq!((st, j["member"].as_u64()), (200, Some(0)), "and taken by the next phone");
    // The facilitator renames a phone; a name against the rules is refused.
    let (_, p) = http(pupil, to, "GET", "/api/projector", Some(&room.admin), b"");
    let id = p["seats"][0]["id"].clone();
    let body = json!({"action": "rename", "phone": id, "name": "Lou\u{202e}"}).to_string();
    let (st, b) = http(pupil, to, "POST", "/api/control", Some(&room.admin), body.as_bytes());
    assert_eq!((st, b["error"].as_str()), (400, Some("bad_name")));
    let body = json!({"action": "rename", "phone": id, "name": "Noa B."}).to_string();
    assert_eq!(http(pupil, to, "POST", "/api/control", Some(&room.admin), body.as_bytes()).0, 200);
    let (_, p) = http(pupil, to, "GET", "/api/projector", Some(&room.admin), b"");
    assert_eq!(p["seats"][0]["phone"], json!("Noa B."));
}

/// A join whose answer cannot reach its phone is undone at once: its client closed the
/// connection right after sending it (the answer finds nobody there), or closed it with the
/// answer unread (the connection is reset). Their places and seats come back within a second,
/// not after the 10 s of the sweep (`GHOST_AFTER`): a real phone then takes the first seat,
/// and its ballot alone settles the decision (the room does not wait for the ghosts).
#[test]
fn joins_whose_connection_is_gone_are_undone_at_once() {
    let room = open_room(&["--code", CODE]);
    let to = room.addr;
    let send_join = |i: usize| {
        let mut s = connect(Ipv4Addr::new(127, 0, 2, 1 + (i / 4) as u8), to);
        let b = json!({"code": CODE, "name": format!("G{i}"), "lang": "en"}).to_string();
        write!(s, "POST /api/join HTTP/1.1\r\nHost: {to}\r\nContent-Length: {}\r\n\r\n{b}", b.len()).unwrap();
        s
    };
    // Closed right after sending.
    for i in 0..40 {
        drop(send_join(i));
    }
    // Answered, the answer left unread, then closed.
    let unread: Vec<TcpStream> = (40..100).map(send_join).collect();
    for s in &unread {
        let mut head = [0u8; 12];
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        let n = s.peek(&mut head).unwrap_or(0);
        assert_eq!(&head[..n], b"HTTP/1.1 200", "joined, and the answer arrived");
    }
    std::thread::sleep(Duration::from_millis(200));
    let (_, p) = http(Ipv4Addr::new(127, 0, 0, 3), to, "GET", "/api/projector", Some(&room.admin), b"");
    let held = |p: &Value| {
        p["seats"].as_array().unwrap().iter().filter(|s| !s["phone"].is_null()).count()
            + p["followers"].as_array().unwrap().len()
    };
    assert!(held(&p) >= 13, "the answered joins hold their seats while their connections are open: {p}");
    let start = Instant::now();
    drop(unread);
    let phone = Ipv4Addr::new(127, 0, 0, 3);
    loop {
        let (_, p) = http(phone, to, "GET", "/api/projector", Some(&room.admin), b"");
        if held(&p) == 0 {
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(2), "lost joins still held after {:?}: {p}", start.elapsed());
        std::thread::sleep(Duration::from_millis(100));
    }
    eprintln!("lost joins given back after {:?}", start.elapsed());
    let (st, j) = join_as(phone, to, "Real");
    assert_eq!((st, j["member"].as_u64()), (200, Some(0)), "the first seat is free again: {j}");
    let token = j["token"].as_str().unwrap().to_string();
    let (_, s) = http(phone, to, "GET", "/api/state", Some(&token), b"");
    let d = s["decision"].as_u64().unwrap();
    assert_eq!(s["votes"]["expected"], json!(1), "the room waits for one seat: {s}");
    let v = json!({"decision": d, "option": 0}).to_string();
    assert_eq!(http(phone, to, "POST", "/api/vote", Some(&token), v.as_bytes()).0, 200);
    let (_, s) = http(phone, to, "GET", "/api/state", Some(&token), b"");
    assert_eq!(s["decision"].as_u64(), Some(d + 1), "the only real seat voted: settled at once");
}

/// Runs `cjs ARGS…` for at most 10 s (a room that opened by mistake is killed).
fn run_briefly(args: &[&str]) -> (Option<i32>, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_cjs"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let end = Instant::now() + Duration::from_secs(10);
    let code = loop {
        if let Ok(Some(st)) = child.try_wait() {
            break st.code();
        }
        if Instant::now() > end {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut out = String::new();
    let mut err = String::new();
    let _ = child.stdout.take().unwrap().read_to_string(&mut out);
    let _ = child.stderr.take().unwrap().read_to_string(&mut err);
    (code, out, err)
}

#[test]
fn a_journal_that_cannot_be_written_is_refused_before_the_room_opens() {
    let dir = scratch("badjournal");
    let ro = dir.join("read-only.json");
    std::fs::write(&ro, b"{}").unwrap();
    let mut perm = std::fs::metadata(&ro).unwrap().permissions();
    perm.set_readonly(true);
    std::fs::set_permissions(&ro, perm).unwrap();
    let folder = dir.to_str().unwrap().to_string();
    let slash = format!("{}/x.json/", dir.display());
    let missing = format!("{}/no-such-folder/x.json", dir.display());
    for bad in [ro.to_str().unwrap(), &folder, "", ".", &slash, "/dev/full", &missing] {
        let (code, out, err) = run_briefly(&["room", "quintin-2013", "--port", "0", "--journal", bad]);
        assert_eq!(code, Some(2), "--journal {bad:?}: {err}");
        assert!(out.is_empty(), "refused before the first line: {out}");
        assert!(err.contains(&format!("--journal {bad}")), "the message names it: {err}");
        // Not the scratch file the room tried to create there, which the user never named.
        assert!(!err.contains(".cjs-check-"), "{err}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Plays the decision due from `phone`: reads the state, votes `d % options`. The decision it
/// voted on, or None once the summer is over.
fn play_one(phone: Ipv4Addr, to: SocketAddr, token: &str) -> Option<(u64, u8)> {
    let (st, s) = http(phone, to, "GET", "/api/state", Some(token), b"");
    assert_eq!(st, 200, "{s}");
    if s["over"] == json!(true) {
        return None;
    }
    let d = s["decision"].as_u64().unwrap();
    let n = s["options"].as_array().unwrap().len() as u64;
    let v = json!({"decision": d, "option": d % n}).to_string();
    let (st, b) = http(phone, to, "POST", "/api/vote", Some(token), v.as_bytes());
    assert_eq!(st, 200, "{b}");
    Some((d, (d % n) as u8))
}

fn wait_for_exit(room: &mut Room) -> Option<i32> {
    wait_exit(room, 20)
}

/// A room of quintin-2013 (seed `SEED`) writing its journal to `class.json` in a scratch folder
/// named `name`: the folder, the journal's path, the room.
fn journaled_room(name: &str) -> (std::path::PathBuf, std::path::PathBuf, Room) {
    let dir = scratch(name);
    let journal = dir.join("class.json");
    let seed = SEED.to_string();
    let j = journal.to_str().unwrap();
    let args =
        ["room", "quintin-2013", "--port", "0", "--code", CODE, "--seed", &seed, "--rate", "1000", "--journal", j];
    let room = open(&args, Some(&dir));
    (dir, journal, room)
}

/// SIGTERM, SIGINT or SIGHUP mid-summer: the room writes the journal of the summer so far
/// (marked unfinished), says where, and exits 0; `cjs report` reads it; `cjs room --resume`
/// goes on to the end, the very end of an uninterrupted room given the same ballots.
#[test]
fn a_signal_mid_summer_keeps_the_session_and_resume_finishes_it() {
    let (dir, journal, mut room) = journaled_room("signal");
    let j = journal.to_str().unwrap();
    let phone = Ipv4Addr::new(127, 0, 0, 3);
    let (_, jn) = join_as(phone, room.addr, "Lou");
    assert_eq!(jn["member"].as_u64(), Some(0));
    let token = jn["token"].as_str().unwrap().to_string();
    let mut ballots = Vec::new();
    for _ in 0..3 {
        ballots.push(play_one(phone, room.addr, &token).unwrap());
    }
    let st = Command::new("kill").args(["-TERM", &room.child.id().to_string()]).status().unwrap();
    assert!(st.success());
    assert_eq!(wait_for_exit(&mut room), Some(0), "a signal ends the room with exit 0");
    let said = std::fs::read_to_string(dir.join("stderr.txt")).unwrap();
    assert!(said.contains(j), "it says where the journal is: {said}");
    let got: Value = serde_json::from_slice(&std::fs::read(&journal).unwrap()).unwrap();
    assert_eq!(got["unfinished"], json!(true));
    assert_eq!(got["save"]["inputs"].as_array().unwrap().len(), 3);
    let report = dir.join("class.md");
    let (code, _, err) = run_briefly(&["report", j, "--out", report.to_str().unwrap()]);
    assert_eq!(code, Some(0), "cjs report reads an unfinished journal: {err}");
    // Resumed: the rest of the summer, written over the same journal.
    let mut room = open(&["room", "--resume", j, "--port", "0", "--code", CODE, "--rate", "1000"], Some(&dir));
    assert_eq!(got["names"], json!([[0, "Lou"]]), "who held which seat, for the resume");
    // Another pupil first: not Lou's seat, kept for Lou; the facilitator then removes that phone.
    let other = Ipv4Addr::new(127, 0, 0, 4);
    let (_, jo) = join_as(other, room.addr, "Noa");
    assert_eq!(jo["member"].as_u64(), Some(1), "Lou's seat is kept for Lou");
    let (_, p) = http(other, room.addr, "GET", "/api/projector", Some(&room.admin), b"");
    let body = json!({"action": "remove", "phone": p["seats"][1]["id"]}).to_string();
    assert_eq!(http(other, room.addr, "POST", "/api/control", Some(&room.admin), body.as_bytes()).0, 200);
    let (_, jn) = join_as(phone, room.addr, "Lou");
    assert_eq!(jn["member"].as_u64(), Some(0), "Lou takes the seat back by name");
    let token = jn["token"].as_str().unwrap().to_string();
    resume_play(&room);
    let start = Instant::now();
    while let Some(b) = play_one(phone, room.addr, &token) {
        assert!(start.elapsed() < Duration::from_secs(60));
        ballots.push(b);
    }
    assert_eq!(wait_for_exit(&mut room), Some(0));
    // The same ballots on the engine, uninterrupted.
    let loaded = cjs::scenario::resolve("quintin-2013").unwrap();
    let w = World::new(&loaded);
    for (i, &(d, _)) in ballots.iter().enumerate() {
        assert_eq!(d as usize, i, "decisions in order, none skipped");
    }
    let (season, _, inputs) = cooperative_summer(&w, Generator::default(), ballots.len());
    assert!(season.is_over());
    let save = Save::new(&w, SEED, Mode::Cooperative, Some("adaptive"), vec![0], inputs);
    let expected = Summer { world: w.clone(), save, season: season.clone() }.journal_file();
    let bytes = std::fs::read(&journal).unwrap();
    assert!(bytes == serde_json::to_vec(&expected).unwrap(), "the resumed summer ends as an uninterrupted one");
    let _ = std::fs::remove_dir_all(&dir);
}

/// The ballots of a summer of `w` drawn by `generator`, member 0 voting option `d % n` at
/// decision `d` (as `play_one` does), the policy's seat drawing from the same generator: the
/// summer after `ballots` decisions, and its inputs.
fn cooperative_summer(w: &World, generator: Generator, ballots: usize) -> (Season, Seat, Vec<Input>) {
    let mut season = Season::drawn_by(w, SEED, generator);
    let mut seat = Seat::drawn_by(Policy::Adaptive, SEED, generator);
    let mut inputs = Vec::new();
    for d in 0..ballots {
        let n = season.pending().unwrap().options.len();
        let mut input = seat.choose(&season, w).unwrap();
        input.votes = vec![(0, (d % n) as u8)];
        season.decide(w, &input).unwrap();
        inputs.push(input);
    }
    (season, seat, inputs)
}

/// A room stopped under an earlier version of the engine (a version-2 journal: model 2, the
/// ChaCha8 generator) goes on as it was drawn when resumed, and its journal stays of version 2:
/// the end is that of the same summer played uninterrupted.
#[test]
fn a_journal_of_an_earlier_version_resumes_as_it_was_drawn() {
    let dir = scratch("resume-v2");
    let journal = dir.join("old.json");
    let j = journal.to_str().unwrap();
    let loaded = cjs::scenario::resolve("quintin-2013").unwrap();
    let w = World::of_model(&loaded, 2);
    let (season, _, inputs) = cooperative_summer(&w, Generator::ChaCha8, 3);
    let mut save = Save::new(&w, SEED, Mode::Cooperative, Some("adaptive"), vec![0], inputs);
    save.version = 2;
    let mut file = Summer { world: w.clone(), save, season }.journal_file();
    assert_eq!(file.version, 2);
    file.unfinished = true;
    file.names = vec![(0, "Lou".to_string())];
    std::fs::write(&journal, serde_json::to_vec(&file).unwrap()).unwrap();

    let mut room = open(&["room", "--resume", j, "--port", "0", "--code", CODE, "--rate", "1000"], Some(&dir));
    let phone = Ipv4Addr::new(127, 0, 0, 5);
    let (_, jn) = join_as(phone, room.addr, "Lou");
    assert_eq!(jn["member"].as_u64(), Some(0), "Lou takes the seat back by name");
    let token = jn["token"].as_str().unwrap().to_string();
    let (_, first) = http(phone, room.addr, "GET", "/api/state", Some(&token), b"");
    assert_eq!(first["decision"].as_u64(), Some(3), "the room opens at the decision the journal had reached");
    // Paused until the facilitator resumes it: Lou's ballot alone settles nothing.
    let (_, p) = http(phone, room.addr, "GET", "/api/projector", Some(&room.admin), b"");
    assert_eq!(p["paused"], json!(true), "a resumed room opens paused: {p}");
    resume_play(&room);
    let start = Instant::now();
    let mut played = 3;
    while let Some((d, _)) = play_one(phone, room.addr, &token) {
        assert!(start.elapsed() < Duration::from_secs(60));
        assert_eq!(d as usize, played, "decisions in order, none skipped");
        played += 1;
    }
    assert_eq!(wait_for_exit(&mut room), Some(0));

    let (season, _, inputs) = cooperative_summer(&w, Generator::ChaCha8, played);
    assert!(season.is_over());
    let mut save = Save::new(&w, SEED, Mode::Cooperative, Some("adaptive"), vec![0], inputs);
    save.version = 2;
    let expected = Summer { world: w.clone(), save, season }.journal_file();
    let got: JournalFile = serde_json::from_slice(&std::fs::read(&journal).unwrap()).unwrap();
    assert_eq!(got.version, 2, "the resumed journal stays of its version");
    assert!(got == expected, "the resumed summer ends as the same summer played uninterrupted");
    let (code, _, err) = run_briefly(&["report", j, "--out", dir.join("old.md").to_str().unwrap()]);
    assert_eq!(code, Some(0), "cjs report reads it: {err}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A scenario's title comes from its file: the summary a room prints at the end of its summer
/// shows an escape sequence in it as text, as `cjs run` does, and never sends it to the terminal.
#[test]
fn a_room_refuses_a_file_whose_title_holds_escapes_and_shows_them_as_text() {
    let dir = scratch("escapes");
    let minimal =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/hostile/valid/minimal.ron")).unwrap();
    let text = minimal.replace(
        "title: (fr: \"Base\", en: \"Base\")",
        "title: (fr: \"B\u{1b}[31m\", en: \"B\u{1b}]0;pwned\u{7}\u{9b}2J\u{202e}\")",
    );
    assert_ne!(text, minimal, "the title was replaced");
    std::fs::write(dir.join("escapes.ron"), text).unwrap();
    // Such a title is refused where it is (a reader would not see its characters, or they change
    // what is seen), before the room opens; the refusal shows them as text.
    let out = Command::new(env!("CARGO_BIN_EXE_cjs"))
        .current_dir(&dir)
        .args(["--lang", "en", "room", "escapes.ron", "--port", "0", "--code", CODE])
        .output()
        .unwrap();
    let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("escapes.ron:4:") && stderr.contains("\\u{1b}"), "{stderr}");
    for bad in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}'] {
        assert!(!stdout.contains(bad) && !stderr.contains(bad), "printed {bad:?}: {stdout:?} {stderr:?}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// SIGINT and SIGHUP too; without `--journal` the summer so far goes to a new file in the
/// current folder, named on standard error. The facilitator's "end now" does the same.
#[test]
fn sigint_sighup_and_end_now_write_the_summer_so_far() {
    for how in ["-INT", "-HUP", "end"] {
        let dir = scratch(&format!("stop{how}"));
        let mut room = open(&["room", "quintin-2013", "--port", "0", "--code", CODE], Some(&dir));
        let phone = Ipv4Addr::new(127, 0, 0, 3);
        let (_, jn) = join_as(phone, room.addr, "Lou");
        let token = jn["token"].as_str().unwrap().to_string();
        play_one(phone, room.addr, &token).unwrap();
        if how == "end" {
            let (st, _) = http(phone, room.addr, "POST", "/api/control", Some(&token), br#"{"action":"end"}"#);
            assert_eq!(st, 401, "a phone cannot end the summer");
            let (st, b) = http(phone, room.addr, "POST", "/api/control", Some(&room.admin), br#"{"action":"end"}"#);
            assert_eq!(st, 200, "{b}");
        } else {
            assert!(Command::new("kill").args([how, &room.child.id().to_string()]).status().unwrap().success());
        }
        assert_eq!(wait_for_exit(&mut room), Some(0), "{how}");
        let written: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().ends_with(".json"))
            .collect();
        assert_eq!(written.len(), 1, "{how}: one journal");
        let name = written[0].file_name().to_string_lossy().into_owned();
        let said = std::fs::read_to_string(dir.join("stderr.txt")).unwrap();
        assert!(said.contains(&name), "{how}: named on standard error: {said}");
        let got: Value = serde_json::from_slice(&std::fs::read(written[0].path()).unwrap()).unwrap();
        assert_eq!((got["unfinished"].clone(), got["save"]["inputs"].as_array().map(Vec::len)), (json!(true), Some(1)));
        let _ = std::fs::remove_dir_all(&dir);
    }
}

/// A journal where one seat votes twice on one decision is refused, the decision named.
#[test]
fn a_journal_where_a_seat_votes_twice_is_refused_where_it_happens() {
    let dir = scratch("twice");
    let loaded = cjs::scenario::resolve("quintin-2013").unwrap();
    let w = World::new(&loaded);
    let mut season = Season::new(&w, SEED);
    let mut seat = Seat::new(Policy::Adaptive, SEED);
    let mut inputs = Vec::new();
    for k in 0..3 {
        let mut input = seat.choose(&season, &w).unwrap();
        input.votes = if k == 1 { vec![(0, 0), (0, 0)] } else { vec![(0, 0)] };
        if season.decide(&w, &input).is_err() {
            // The engine itself refuses it: nothing more to check here.
            return;
        }
        inputs.push(input);
    }
    let save = Save::new(&w, SEED, Mode::Cooperative, Some("adaptive"), vec![0], inputs);
    let jf = Summer { world: w.clone(), save, season: season.clone() }.journal_file();
    let path = dir.join("twice.json");
    std::fs::write(&path, serde_json::to_vec(&jf).unwrap()).unwrap();
    let out = dir.join("r.md");
    let (code, _, err) =
        run_briefly(&["report", path.to_str().unwrap(), "--out", out.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("decision 2") && err.contains("twice"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A room killed without a signal (SIGKILL: a crash, a battery run down with the lid closed)
/// has nothing to write at the end: the journal of the summer so far was written after each
/// decision, and `--resume` reopens the room at the decision reached. A summer played to its
/// end with no journal asked for leaves no file behind.
#[test]
fn a_room_killed_without_warning_keeps_every_decision_settled() {
    let (dir, journal, mut room) = journaled_room("killed");
    let j = journal.to_str().unwrap();
    let phone = Ipv4Addr::new(127, 0, 0, 5);
    let (_, jn) = join_as(phone, room.addr, "Lou");
    let token = jn["token"].as_str().unwrap().to_string();
    for _ in 0..3 {
        play_one(phone, room.addr, &token).unwrap();
    }
    // The third decision settles a moment after its last ballot: its journal follows.
    let inputs = || -> usize {
        std::fs::read(&journal)
            .ok()
            .and_then(|b| serde_json::from_slice::<Value>(&b).ok())
            .map_or(0, |v| v["save"]["inputs"].as_array().map_or(0, Vec::len))
    };
    let start = Instant::now();
    while inputs() < 3 {
        assert!(start.elapsed() < Duration::from_secs(20), "the journal follows each decision");
        std::thread::sleep(Duration::from_millis(50));
    }
    let said = std::fs::read_to_string(dir.join("stderr.txt")).unwrap();
    assert!(said.contains("After each decision") && said.contains(j), "it says where: {said}");
    assert!(Command::new("kill").args(["-KILL", &room.child.id().to_string()]).status().unwrap().success());
    let _ = wait_exit(&mut room, 10);
    let got: Value = serde_json::from_slice(&std::fs::read(&journal).unwrap()).unwrap();
    assert_eq!(got["unfinished"], json!(true));
    assert_eq!(got["save"]["inputs"].as_array().unwrap().len(), 3);
    assert_eq!(got["names"], json!([[0, "Lou"]]), "who held which seat, for the resume");
    let (code, _, err) = run_briefly(&["report", j, "--out", dir.join("so-far.md").to_str().unwrap()]);
    assert_eq!(code, Some(0), "cjs report reads it: {err}");
    let room = open(&["room", "--resume", j, "--port", "0", "--code", CODE, "--rate", "1000"], Some(&dir));
    let (_, jn) = join_as(phone, room.addr, "Lou");
    assert_eq!(jn["member"].as_u64(), Some(0), "Lou takes the seat back by name");
    let (_, state) = http(phone, room.addr, "GET", "/api/state", jn["token"].as_str(), b"");
    assert_eq!(state["decision"].as_u64(), Some(3), "the room reopens at the decision reached");
    drop(room);
    // No phone: the agents play each decision after a second's wait, the whole summer, and the
    // file kept on the way (no --journal asked for) is removed at the end.
    let quiet = dir.join("quiet");
    std::fs::create_dir_all(&quiet).unwrap();
    let mut room = open(&["room", "quintin-2013", "--port", "0", "--rate", "1000", "--wait", "1"], Some(&quiet));
    let said = |d: &std::path::Path| std::fs::read_to_string(d.join("stderr.txt")).unwrap_or_default();
    let start = Instant::now();
    while !said(&quiet).contains("cjs-room-") {
        assert!(start.elapsed() < Duration::from_secs(20), "it says where it keeps the summer so far");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(wait_exit(&mut room, 90), Some(0));
    let left: Vec<_> = std::fs::read_dir(&quiet).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(left.iter().all(|n| n == "stderr.txt"), "files left behind: {left:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// The number of decisions in the journal at `path` (0 while it is not there).
fn decisions_in(path: &std::path::Path) -> usize {
    std::fs::read(path)
        .ok()
        .and_then(|b| serde_json::from_slice::<Value>(&b).ok())
        .map_or(0, |v| v["save"]["inputs"].as_array().map_or(0, Vec::len))
}

/// A resumed room stopped again before every pupil came back (a signal with nobody back; killed
/// after a decision with only one pupil back) still names, in its journal, who held which seat:
/// at the next `--resume` each pupil takes their seat back by name, and a newcomer does not get
/// it.
#[test]
fn a_resumed_room_stopped_again_keeps_the_seats_of_pupils_not_back_yet() {
    let (dir, journal, mut room) = journaled_room("again");
    let j = journal.to_str().unwrap();
    let pupils = [
        ("Alice", Ipv4Addr::new(127, 0, 1, 1)),
        ("Bruno", Ipv4Addr::new(127, 0, 1, 2)),
        ("Zoé", Ipv4Addr::new(127, 0, 1, 3)),
    ];
    let mut tokens = Vec::new();
    for (i, (name, src)) in pupils.iter().enumerate() {
        let (_, jn) = join_as(*src, room.addr, name);
        assert_eq!(jn["member"].as_u64(), Some(i as u64), "{name}: {jn}");
        tokens.push(jn["token"].as_str().unwrap().to_string());
    }
    for ((_, src), token) in pupils.iter().zip(&tokens) {
        play_one(*src, room.addr, token).unwrap();
    }
    let wait_decisions = |n: usize| {
        let start = Instant::now();
        while decisions_in(&journal) < n {
            assert!(start.elapsed() < Duration::from_secs(20), "the journal follows each decision");
            std::thread::sleep(Duration::from_millis(50));
        }
    };
    wait_decisions(1);
    assert!(Command::new("kill").args(["-KILL", &room.child.id().to_string()]).status().unwrap().success());
    let _ = wait_exit(&mut room, 10);
    let names =
        || -> Value { serde_json::from_slice::<Value>(&std::fs::read(&journal).unwrap()).unwrap()["names"].clone() };
    let all = json!([[0, "Alice"], [1, "Bruno"], [2, "Zoé"]]);
    assert_eq!(names(), all);
    let resume = ["room", "--resume", j, "--port", "0", "--code", CODE, "--rate", "1000"];
    // Resumed, nobody back yet, stopped by a signal.
    let mut room = open(&resume, Some(&dir));
    assert!(Command::new("kill").args(["-TERM", &room.child.id().to_string()]).status().unwrap().success());
    assert_eq!(wait_for_exit(&mut room), Some(0));
    assert_eq!(names(), all, "a signal with nobody back yet keeps every pupil's seat");
    // Resumed, only Bruno back: he votes, the decision settles, the room is killed.
    let mut room = open(&resume, Some(&dir));
    let (_, jn) = join_as(pupils[1].1, room.addr, "Bruno");
    assert_eq!(jn["member"].as_u64(), Some(1), "Bruno takes his seat back: {jn}");
    resume_play(&room);
    play_one(pupils[1].1, room.addr, jn["token"].as_str().unwrap()).unwrap();
    wait_decisions(2);
    assert!(Command::new("kill").args(["-KILL", &room.child.id().to_string()]).status().unwrap().success());
    let _ = wait_exit(&mut room, 10);
    assert_eq!(names(), all, "Alice and Zoé, not back yet, keep their seats beside Bruno");
    // Resumed again: a newcomer first takes another seat; Alice and Zoé take theirs back.
    let room = open(&resume, Some(&dir));
    let (_, jn) = join_as(Ipv4Addr::new(127, 0, 1, 9), room.addr, "Zed");
    assert_eq!(jn["member"].as_u64(), Some(3), "a newcomer does not take a kept seat: {jn}");
    let (_, jn) = join_as(pupils[0].1, room.addr, "Alice");
    assert_eq!(jn["member"].as_u64(), Some(0), "Alice takes her seat back: {jn}");
    let (_, jn) = join_as(pupils[2].1, room.addr, "Zoé");
    assert_eq!(jn["member"].as_u64(), Some(2), "Zoé takes her seat back: {jn}");
    drop(room);
    let _ = std::fs::remove_dir_all(&dir);
}

/// A phone's push stream, opened from `src` with its token: the answer's head, and the stream
/// to read its events from.
fn stream(src: Ipv4Addr, to: SocketAddr, token: &str) -> (String, TcpStream) {
    use std::io::{Read, Write};
    let mut s = connect(src, to);
    write!(s, "GET /api/events HTTP/1.1\r\nHost: {to}\r\nAuthorization: Bearer {token}\r\n\r\n").unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") && s.read(&mut byte).unwrap_or(0) == 1 {
        head.push(byte[0]);
    }
    (String::from_utf8_lossy(&head).into_owned(), s)
}

/// One phone's token, used from many addresses, opens no more push streams than one address
/// may (4): it cannot take the room's 700 from the other phones and the projector. And the
/// streams of a phone the facilitator removes end with its token.
#[test]
fn one_token_holds_a_few_streams_and_a_removed_phone_s_streams_end() {
    use std::io::Read;
    let room = open_room(&["--code", CODE]);
    let to = room.addr;
    let (_, j) = join_as(Ipv4Addr::new(127, 0, 0, 2), to, "Lou");
    let token = j["token"].as_str().unwrap().to_string();
    let mut open = Vec::new();
    for i in 0..4 {
        let (head, s) = stream(Ipv4Addr::new(127, 0, 3, i + 1), to, &token);
        assert!(head.starts_with("HTTP/1.1 200"), "stream {i}: {head}");
        open.push(s);
    }
    let (head, _) = stream(Ipv4Addr::new(127, 0, 3, 9), to, &token);
    assert!(head.starts_with("HTTP/1.1 503"), "a fifth from a fifth address: {head}");
    // Another phone still opens its own.
    let (_, k) = join_as(Ipv4Addr::new(127, 0, 0, 4), to, "Noa");
    let (head, _other) = stream(Ipv4Addr::new(127, 0, 0, 4), to, k["token"].as_str().unwrap());
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    // Removed: each of its streams ends (its last chunk comes), within seconds.
    let (_, p) = http(Ipv4Addr::new(127, 0, 0, 4), to, "GET", "/api/projector", Some(&room.admin), b"");
    let body = json!({"action": "remove", "phone": p["seats"][0]["id"]}).to_string();
    assert_eq!(
        http(Ipv4Addr::new(127, 0, 0, 4), to, "POST", "/api/control", Some(&room.admin), body.as_bytes()).0,
        200
    );
    for (i, mut s) in open.into_iter().enumerate() {
        let start = Instant::now();
        let mut rest = Vec::new();
        let mut buf = [0u8; 512];
        while !rest.ends_with(b"\r\n0\r\n\r\n") && start.elapsed() < Duration::from_secs(4) {
            match s.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => rest.extend_from_slice(&buf[..n]),
            }
        }
        assert!(rest.ends_with(b"\r\n0\r\n\r\n"), "stream {i} ends: {:?}", String::from_utf8_lossy(&rest));
    }
}

/// A room stopped mid-summer opens again where it was (`--resume` without `--port` or
/// `--code`): the same port and code, so that the phones' address and QR code still lead to it,
/// and its settings (here `--poll`); the poll's answers before the stop stay in the journal. A
/// port taken since: another one, said on standard error, the code the same. A journal whose
/// `room` was edited into a bad code: refused, the field named.
#[test]
fn a_resumed_room_opens_where_it_was_and_keeps_the_poll_so_far() {
    let dir = scratch("place");
    let journal = dir.join("class.json");
    let j = journal.to_str().unwrap();
    let seed = SEED.to_string();
    let args = ["room", "quintin-2013", "--port", "0", "--code", CODE, "--seed", &seed, "--rate", "1000"];
    let mut room = open(&[&args[..], &["--poll", "--journal", j]].concat(), Some(&dir));
    let phone = Ipv4Addr::new(127, 0, 0, 3);
    let answer = |to: SocketAddr, token: &str, option: u8| {
        let (_, s) = http(phone, to, "GET", "/api/state", Some(token), b"");
        let a = json!({"poll": s["poll"]["id"], "option": option}).to_string();
        assert_eq!(http(phone, to, "POST", "/api/poll", Some(token), a.as_bytes()).0, 200, "{s}");
    };
    let (_, jn) = join_as(phone, room.addr, "Lou");
    let token = jn["token"].as_str().unwrap().to_string();
    answer(room.addr, &token, 1);
    play_one(phone, room.addr, &token).unwrap();
    assert!(Command::new("kill").args(["-TERM", &room.child.id().to_string()]).status().unwrap().success());
    assert_eq!(wait_for_exit(&mut room), Some(0));
    let got: Value = serde_json::from_slice(&std::fs::read(&journal).unwrap()).unwrap();
    let place = &got["room"];
    assert_eq!(place["port"], json!(room.addr.port()), "{place}");
    assert_eq!((&place["code"], &place["host"], &place["poll"]), (&json!(CODE), &json!("127.0.0.1"), &json!(true)));
    assert_eq!(got["polls"], json!([{"d": 0, "answers": [0, 1, 0, 0]}]));

    let mut again = open(&["room", "--resume", j], Some(&dir));
    assert_eq!(again.addr, room.addr, "the same address");
    assert!(again.first_line.ends_with(CODE), "the same code: {}", again.first_line);
    assert_eq!(http(phone, again.addr, "GET", "/api/state", Some(&token), b"").0, 401, "a new room's tokens");
    let (_, jn) = join_as(phone, again.addr, "Lou");
    assert_eq!(jn["member"].as_u64(), Some(0), "Lou's seat back by name");
    let token = jn["token"].as_str().unwrap().to_string();
    answer(again.addr, &token, 2);
    // The same journal resumed a second time while this room writes it: refused, not a second
    // room whose stop would undo this one's decisions.
    let (code, out, err) = run_briefly(&["room", "--resume", j, "--lang", "en"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(out.is_empty() && err.contains("another room") && err.contains(&format!("--resume {j}")), "{err}");
    resume_play(&again);
    play_one(phone, again.addr, &token).unwrap();
    assert!(Command::new("kill").args(["-TERM", &again.child.id().to_string()]).status().unwrap().success());
    assert_eq!(wait_for_exit(&mut again), Some(0));
    let got: Value = serde_json::from_slice(&std::fs::read(&journal).unwrap()).unwrap();
    assert_eq!(got["polls"], json!([{"d": 0, "answers": [0, 1, 0, 0]}, {"d": 1, "answers": [0, 0, 1, 0]}]));
    assert_eq!(got["room"], *place, "and again where it was");

    // The port taken by another program meanwhile: the room opens on another, with its code.
    let blocker = std::net::TcpListener::bind(room.addr).unwrap();
    let mut moved = open(&["room", "--resume", j], Some(&dir));
    assert_ne!(moved.addr.port(), room.addr.port());
    assert!(moved.first_line.ends_with(CODE), "{}", moved.first_line);
    let warned = |port: u16| {
        let said = std::fs::read_to_string(dir.join("stderr.txt")).unwrap_or_default();
        said.contains(&format!("port {port}")) && said.contains(&format!("http://{}/", moved.addr))
    };
    let end = Instant::now() + Duration::from_secs(10);
    while !warned(room.addr.port()) && Instant::now() < end {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(warned(room.addr.port()), "{}", std::fs::read_to_string(dir.join("stderr.txt")).unwrap_or_default());
    let _ = moved.child.kill();
    let _ = moved.child.wait();
    drop(blocker);

    // A `room` edited by hand into what the command line refuses.
    let mut edited = got.clone();
    edited["room"]["code"] = json!("CJSET0");
    std::fs::write(&journal, serde_json::to_vec(&edited).unwrap()).unwrap();
    let (code, out, err) = run_briefly(&["room", "--resume", j, "--lang", "en"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(out.is_empty() && err.contains("room.code") && err.contains("CJSET0"), "{err}");
    // A megabyte-long code is quoted as a diagnostic quotes a word: its first 60 characters.
    edited["room"]["code"] = json!("C".repeat(1 << 20));
    std::fs::write(&journal, serde_json::to_vec(&edited).unwrap()).unwrap();
    let (code, _, err) = run_briefly(&["room", "--resume", j, "--lang", "en"]);
    assert_eq!(code, Some(2), "{}", &err[..err.len().min(300)]);
    assert!(err.contains(&format!("{}…", "C".repeat(60))) && err.len() < 1000, "{} bytes", err.len());
    let _ = std::fs::remove_dir_all(&dir);
}
