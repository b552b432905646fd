//! The room's state, tested alone (no network, no clock: `now` is passed).

use unicode_normalization::UnicodeNormalization;

use super::*;
use crate::policy::{Policy, Seat};
use crate::scenario::shipped;

fn world() -> World {
    let loaded = shipped::all().into_iter().next().expect("a shipped scenario");
    World::new(&loaded)
}

#[test]
fn codes_and_tokens_are_random_and_well_formed() {
    let a = random_code().unwrap();
    assert_eq!(valid_code(&a.to_lowercase()), Some(a.clone()));
    assert_eq!(valid_code("ABC12"), None, "too short");
    assert_eq!(valid_code("ABCDE0"), None, "0 is not in the alphabet");
    let t1 = random_token().unwrap();
    let t2 = random_token().unwrap();
    assert_eq!(t1.len(), 32);
    assert_ne!(t1, t2);
}

#[test]
fn seats_then_followers_one_vote_per_seat() {
    let w = world();
    let season = Season::new(&w, 1);
    let n = w.members.len();
    let now = Instant::now();
    let mut room = Room::new("ABCDEF".into(), n, 100);
    let err = room.join("ZZZZZZ", "Léa", &season, Lang::Fr, "t".into(), now).unwrap_err();
    assert_eq!(err.status, 401);
    let err = room.join("abcdef", "", &season, Lang::Fr, "t".into(), now).unwrap_err();
    assert_eq!(err.status, 400);
    for i in 0..n + 2 {
        let j = room.join("abcdef", &format!("P{i}"), &season, Lang::Fr, format!("tok{i}"), now).unwrap();
        assert_eq!(j.member, (i < n).then_some(i as u8), "phone {i}");
    }
    assert_eq!(room.phone("nope"), Err(Refusal::bad_token()));
    let d = season.pending().unwrap().id as u64;
    assert_eq!(room.vote(0, d, 0, &season), Ok(()));
    assert_eq!(room.vote(0, d, 1, &season).unwrap_err().error, "already_voted");
    assert_eq!(room.vote(1, d + 1, 0, &season).unwrap_err().error, "stale");
    assert_eq!(room.vote(1, d, 99, &season).unwrap_err().status, 400);
    assert_eq!(room.vote(n, d, 0, &season).unwrap_err().status, 403, "a follower does not vote");
    assert_eq!(room.tally(&season), (1, n));
    assert!(!room.all_voted(&season));
    for i in 1..n {
        room.vote(i, d, 0, &season).unwrap();
    }
    assert!(room.all_voted(&season));
    let votes = room.take_votes();
    assert_eq!(votes.len(), n);
    assert!(votes.windows(2).all(|p| p[0].0 < p[1].0), "votes in member order");
    assert_eq!(room.tally(&season), (0, n));
    assert_eq!(room.phone(room.token(2)), Ok(2));
}

#[test]
fn the_facilitator_locks_pauses_reveals_and_frees_a_seat() {
    let w = world();
    let season = Season::new(&w, 1);
    let now = Instant::now();
    let mut room = Room::new("ABCDEF".into(), w.members.len(), 100);
    room.join("ABCDEF", "A", &season, Lang::Fr, "a".into(), now).unwrap();
    room.control(Control::Lock, &season, now).unwrap();
    assert_eq!(room.join("ABCDEF", "B", &season, Lang::Fr, "b".into(), now).unwrap_err().error, "locked");
    room.control(Control::Unlock, &season, now).unwrap();
    assert_eq!(room.join("ABCDEF", "B", &season, Lang::Fr, "b".into(), now).unwrap().member, Some(1));
    // Paused: nothing settles by itself, the wait's time left is kept.
    room.deadline = Some(now + Duration::from_secs(60));
    room.control(Control::Pause, &season, now).unwrap();
    let d = season.pending().unwrap().id as u64;
    room.vote(0, d, 0, &season).unwrap();
    room.vote(1, d, 1, &season).unwrap();
    assert!(room.all_voted(&season) && !room.due(&season, now + Duration::from_secs(120)));
    let later = now + Duration::from_secs(500);
    room.control(Control::Resume, &season, later).unwrap();
    assert_eq!(room.deadline, Some(later + Duration::from_secs(60)));
    assert!(room.due(&season, later), "all voted, no longer paused");
    room.take_votes();
    assert!(!room.due(&season, later));
    room.control(Control::Reveal, &season, later).unwrap();
    assert!(room.due(&season, later), "revealed");
    room.take_votes();
    assert!(!room.reveal, "a reveal settles one decision");
    // Freeing a seat: its phone follows, the next phone takes the seat.
    assert_eq!(room.control(Control::Free(5), &season, now).unwrap_err().status, 400);
    room.control(Control::Free(1), &season, now).unwrap();
    assert_eq!(room.vote(1, d, 0, &season).unwrap_err().error, "follower");
    assert_eq!(room.join("ABCDEF", "C", &season, Lang::Fr, "c".into(), now).unwrap().member, Some(1));
    assert_eq!(room.held(), vec![0, 1]);
    assert_eq!(Control::parse("free", Some(3)), Some(Control::Free(3)));
    assert_eq!(Control::parse("free", None), None);
    assert_eq!(Control::parse("explode", None), None);
    // Numbers too large for any seat or phone name none, as the docs' codes say.
    let too_big = Control::parse("free", Some(256)).expect("a free with a member");
    assert_eq!(room.control(too_big, &season, now).unwrap_err().error, "no_such_seat");
    let too_big = Control::parse_with("remove", None, Some(1 << 32)).expect("a remove with a phone");
    assert_eq!(room.control(too_big, &season, now).unwrap_err().error, "no_such_phone");
}

#[test]
fn a_poll_counts_one_answer_per_phone_seat_or_follower_and_refuses_stale_ones() {
    let w = world();
    let season = Season::new(&w, 1);
    let n = w.members.len();
    let now = Instant::now();
    let mut room = Room::new("ABCDEF".into(), n, 100);
    for i in 0..n + 3 {
        room.join("ABCDEF", &format!("P{i}"), &season, Lang::Fr, format!("tok{i}"), now).unwrap();
    }
    assert_eq!(room.answer(0, 1, 0).unwrap_err().error, "no_poll");
    let four = |k: &str| {
        (0..4).map(|i| (tr!("room-en", k = format!("{}", k), i = format!("{}", i)), tr!("room-help"))).collect()
    };
    let id = room.open_poll(tr!("room-what-would-you-do"), four("p"));
    assert_eq!(room.answer(0, id, 2), Ok(()));
    assert_eq!(room.answer(0, id, 1).unwrap_err().error, "already_voted", "once per phone");
    assert_eq!(room.answer(n + 2, id, 2), Ok(()), "a follower answers too");
    assert_eq!(room.answer(1, id, 4).unwrap_err().status, 400);
    assert_eq!(room.answer(1, id + 1, 0).unwrap_err().error, "stale");
    assert_eq!(room.answer(1, id, 3), Ok(()));
    assert_eq!(room.poll().unwrap().spread(), vec![0, 0, 2, 1]);
    // The phone sees its own answer; the projector the spread, never who.
    let mine = room.state(n + 2, Some(Lang::En), &season, &w, now);
    assert_eq!(mine["poll"]["voted"], json!(true));
    assert_eq!(mine["poll"]["answer"], json!(2));
    assert_eq!(mine["poll"]["options"][3]["label"], json!("p3 en"));
    assert!(mine["poll"]["options"][0].get("count").is_none(), "a phone does not see the spread");
    // Before answering, the phone sees what the group shows at this decision, in its language:
    // the cues the game's table shows, never a readiness.
    for (lang, phone) in [(Lang::En, n + 2), (Lang::Fr, 0)] {
        let shown = room.state(phone, Some(lang), &season, &w, now)["poll"]["cues"].clone();
        let cues: Vec<String> = season.cues(&w).into_iter().map(|c| explain::cue(c, &w, lang)).collect();
        assert!(!cues.is_empty(), "the first decision shows something of the group");
        assert_eq!(shown, json!(cues));
    }
    let proj = room.projector(&season, &w, Lang::Fr, now);
    assert_eq!(proj["poll"]["answered"], json!(3));
    let counts: Vec<u64> = (0..4).map(|i| proj["poll"]["options"][i]["count"].as_u64().unwrap()).collect();
    assert_eq!(counts, vec![0, 0, 2, 1]);
    assert!(!proj.to_string().contains("\"answer\""));
    // A new poll: the old one is stale, every phone answers afresh; a ballot was not touched.
    let closed = room.close_poll().unwrap();
    assert_eq!(closed.answered(), 3);
    assert_eq!(room.state(0, None, &season, &w, now)["poll"], Value::Null);
    let id2 = room.open_poll(tr!("room-q"), four("q"));
    assert!(id2 > id);
    assert_eq!(room.answer(0, id, 1).unwrap_err().error, "stale");
    assert_eq!(room.answer(0, id2, 1), Ok(()));
    assert!(room.votes().is_empty(), "a poll is not a vote");
}

#[test]
fn state_never_shows_another_seat_s_ballot_or_token() {
    let w = world();
    let mut season = Season::new(&w, 3);
    let now = Instant::now();
    let mut room = Room::new("ABCDEF".into(), w.members.len(), 100);
    room.join("ABCDEF", "A", &season, Lang::En, "secret-a".into(), now).unwrap();
    room.join("ABCDEF", "B", &season, Lang::Fr, "secret-b".into(), now).unwrap();
    let d = season.pending().unwrap().id as u64;
    room.vote(0, d, 1, &season).unwrap();
    let a = room.state(0, None, &season, &w, now);
    let b = room.state(1, None, &season, &w, now);
    assert_eq!(a["voted"], json!(true));
    assert_eq!(a["vote"], json!(1));
    assert_eq!(b["voted"], json!(false));
    assert_eq!(b["vote"], Value::Null);
    assert_eq!(a["lang"], json!("en"));
    let proj = room.projector(&season, &w, Lang::Fr, now).to_string();
    assert!(!proj.contains("secret-a") && !b.to_string().contains("secret-a"));
    assert!(!proj.contains("\"vote\""), "the projector says who voted, never how");
    // The summer goes on; the room's view follows.
    let mut seat = Seat::new(Policy::Adaptive, 3);
    let mut input = seat.choose(&season, &w).unwrap();
    input.votes = room.take_votes();
    season.decide(&w, &input).unwrap();
    let a = room.state(0, Some(Lang::Fr), &season, &w, now);
    assert_eq!(a["voted"], json!(false));
    assert_eq!(a["decision"], json!(d + 1));
    assert_eq!(a["lang"], json!("fr"));
}

#[test]
fn names_that_would_spoof_the_projector_are_refused_with_their_rule() {
    for ok in ["Camille", "Maëlle", "Jean-Éric", "O'Neil", "Zoé 2", "李小龍", "Ана"] {
        assert!(check_name(ok).is_ok(), "{ok}");
    }
    // "Mae\u{0308}lle" and "Maëlle" are one name once in NFC.
    assert_eq!(check_name("Mae\u{0308}lle").unwrap(), "Maëlle");
    for bad in [
        "",
        "   ",
        "Lou\u{202e}olleH",
        "Ali\u{2066}ce",
        "\u{200b}",
        "Hu\u{200d}go",
        "Léa\u{2028}Paul",
        "Hugo ✓",
        "Hugo\u{feff}",
        "a\tb",
        "Noé  Paul",
        "...",
        &"W".repeat(25),
        // Letters that show nothing: the Hangul fillers.
        "\u{3164}",
        "\u{FFA0}",
        "\u{115F}\u{1160}",
        "Lou\u{3164}",
        // A Cyrillic « а » or a Greek « ο » among Latin letters.
        "M\u{0430}ëlle",
        "C\u{0430}mille",
        "Hug\u{03BF}",
    ] {
        let e = check_name(bad).unwrap_err();
        assert_eq!((e.status, e.error), (400, "bad_name"), "{bad:?}");
        assert!(!e.text.fr.is_empty() && !e.text.en.is_empty());
    }
    assert!(check_name(&"W".repeat(24)).is_ok(), "24 characters is the limit");
    // A full-width letter is that letter: « Ｃamille » is Camille.
    assert_eq!(check_name("\u{FF23}amille").unwrap(), "Camille");
}

/// A first name has a letter: digits alone, in any script, are refused with that rule.
#[test]
fn a_first_name_needs_a_letter_not_only_digits() {
    for bad in ["12", "\u{661}\u{662}", "\u{663}\u{664}", "\u{2460}", "1.2", "3-4", "0 7"] {
        let e = check_name(bad).unwrap_err();
        assert_eq!((e.status, e.error), (400, "bad_name"), "{bad:?}");
        assert!(e.text.en.contains("needs a letter") && e.text.fr.contains("lettre"), "{bad:?}: {:?}", e.text);
    }
    for ok in ["Zoé 2", "Louis 14", "李小龍", "Ана", "A"] {
        assert!(check_name(ok).is_ok(), "{ok}");
    }
}

#[test]
fn a_name_is_unique_and_a_cooperant_s_name_is_only_for_that_seat() {
    let w = world();
    let season = Season::new(&w, 1);
    let now = Instant::now();
    let mut room = Room::new("ABCDEF".into(), w.members.len(), 100);
    room.cooperants = w.scenario.cooperants.iter().map(|c| c.name.clone()).collect();
    room.join("ABCDEF", "Camille", &season, Lang::Fr, "a".into(), now).unwrap();
    room.join("ABCDEF", "camille", &season, Lang::Fr, "b".into(), now).unwrap();
    room.join("ABCDEF", "Camille", &season, Lang::Fr, "c".into(), now).unwrap();
    let names: Vec<&str> = room.phones().iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Camille", "camille 2", "Camille 3"]);
    // The fourth phone takes seat 3: only that cooperant's name is allowed to it.
    let third = w.scenario.cooperants[3].name.clone();
    let first = w.scenario.cooperants[0].name.clone();
    let e = room.join("ABCDEF", &first, &season, Lang::Fr, "d".into(), now).unwrap_err();
    assert_eq!(e.error, "bad_name");
    assert_eq!(room.join("ABCDEF", &third, &season, Lang::Fr, "d".into(), now).unwrap().member, Some(3));
    // The facilitator renames: the same rules.
    assert_eq!(room.rename(1, "Hugo").unwrap(), "Hugo");
    assert_eq!(room.rename(2, "hugo").unwrap(), "hugo 2");
    assert_eq!(room.rename(0, "Hugo ✓").unwrap_err().error, "bad_name");
    assert_eq!(room.rename(0, &third).unwrap_err().error, "bad_name", "another cooperant's name");
    assert_eq!(room.rename(0, &first).unwrap(), first, "its own cooperant's name");
    assert_eq!(room.rename(9, "Zoé").unwrap_err().error, "no_such_phone");
    assert_eq!(room.phones()[1].name, "Hugo");
}

/// Two pupils of one first name were "Nina" and "Nina 2" when the room stopped: in the resumed
/// room each types "Nina" again and takes back a seat of theirs, in the order they join, rather
/// than a new seat while the old one stays empty.
#[test]
fn two_pupils_of_one_first_name_both_take_their_seats_back() {
    let w = world();
    let season = Season::new(&w, 1);
    let now = Instant::now();
    let mut before = Room::new("ABCDEF".into(), w.members.len(), 100);
    for (i, n) in ["Filler", "Nina", "Nina", "Max"].iter().enumerate() {
        before.join("ABCDEF", n, &season, Lang::Fr, format!("b{i}"), now).unwrap();
    }
    let names = before.seat_names();
    let expected: Vec<(u8, String)> =
        [(0, "Filler"), (1, "Nina"), (2, "Nina 2"), (3, "Max")].iter().map(|&(m, n)| (m, n.to_string())).collect();
    assert_eq!(names, expected, "the journal's names");
    let mut room = Room::new("ABCDEF".into(), w.members.len(), 100);
    room.reserved = names.clone();
    for (i, (n, seat)) in [("Max", 3), ("Nina", 1), ("Nina", 2), ("Filler", 0)].into_iter().enumerate() {
        let j = room.join("ABCDEF", n, &season, Lang::Fr, format!("r{i}"), now).unwrap();
        assert_eq!(j.member, Some(seat), "{n} (phone {i}) takes back seat {seat}");
    }
    assert_eq!(room.seat_names(), names, "each seat back with its pupil, none left empty");
}

#[test]
fn one_address_joins_a_few_phones_and_a_removed_phone_gives_its_place_and_seat_back() {
    let w = world();
    let season = Season::new(&w, 1);
    let now = Instant::now();
    let mut room = Room::new("ABCDEF".into(), w.members.len(), 5);
    room.per_address_phones = 2;
    let a: IpAddr = "10.0.0.1".parse().unwrap();
    let b: IpAddr = "10.0.0.2".parse().unwrap();
    let join = |room: &mut Room, ip: IpAddr, i: usize| {
        room.join_from(Some(ip), "ABCDEF", &format!("P{i}"), &season, Lang::Fr, format!("t{i}"), now)
    };
    assert!(join(&mut room, a, 0).is_ok() && join(&mut room, a, 1).is_ok());
    assert_eq!(join(&mut room, a, 2).unwrap_err().error, "address_full");
    assert_eq!(join(&mut room, b, 3).unwrap().member, Some(2), "another address gets a seat");
    for i in 0..3 {
        room.touch(i, now);
    }
    let d = season.pending().unwrap().id as u64;
    room.vote(0, d, 1, &season).unwrap();
    // Removed: token void, ballot withdrawn, seat and place back (for its address too).
    room.control(Control::Remove(0), &season, now).unwrap();
    assert_eq!(room.phone("t0"), Err(Refusal::bad_token()));
    assert!(room.votes().is_empty());
    assert_eq!(room.control(Control::Remove(0), &season, now).unwrap_err().error, "no_such_phone");
    assert_eq!(join(&mut room, a, 4).unwrap().member, Some(0), "its seat comes back");
    assert_eq!(room.live(), 3);
    assert!(!room.projector(&season, &w, Lang::Fr, now).to_string().contains("\"P0\""));
    assert_eq!(room.held(), vec![0, 1, 2], "a seat that voted stays in the save's seats");
    assert_eq!(Control::parse_with("remove", None, Some(7)), Some(Control::Remove(7)));
    assert_eq!(Control::parse_with("end", None, None), Some(Control::End));
}

#[test]
fn a_phone_that_never_came_back_with_its_token_is_not_waited_for_and_is_swept() {
    let w = world();
    let season = Season::new(&w, 1);
    let now = Instant::now();
    let mut room = Room::new("ABCDEF".into(), w.members.len(), 100);
    room.join("ABCDEF", "Ghost", &season, Lang::Fr, "g".into(), now).unwrap();
    room.join("ABCDEF", "Real", &season, Lang::Fr, "r".into(), now).unwrap();
    room.touch(1, now);
    let d = season.pending().unwrap().id as u64;
    room.vote(1, d, 0, &season).unwrap();
    assert_eq!(room.tally(&season), (1, 2), "the ghost's seat is waited for a while");
    assert!(!room.sweep(now + Duration::from_secs(5)), "not yet");
    assert!(room.sweep(now + GHOST_AFTER));
    assert_eq!(room.tally(&season), (1, 1), "then not");
    assert!(room.all_voted(&season));
    assert_eq!(room.phone("g"), Err(Refusal::bad_token()));
    assert_eq!(room.live(), 1);
    assert_eq!(room.join("ABCDEF", "New", &season, Lang::Fr, "n".into(), now).unwrap().member, Some(0));
    assert_eq!(room.held(), vec![0, 1], "the ghost never held a seat in the save");
}

#[test]
fn the_summary_at_the_end_writes_money_the_phone_s_way() {
    // The scenario's currency, written the English way to an English phone ($1,234.50,
    // €1,234.50) and the French way to a French one (1 234,50 €).
    let w = world();
    let mut season = Season::new(&w, 2);
    let now = Instant::now();
    let mut room = Room::new("ABCDEF".into(), w.members.len(), 100);
    room.join("ABCDEF", "A", &season, Lang::En, "secret-a".into(), now).unwrap();
    let mut seat = Seat::new(Policy::Adaptive, 2);
    while let Some(input) = seat.choose(&season, &w) {
        season.decide(&w, &input).unwrap();
    }
    let en = room.state(0, Some(Lang::En), &season, &w, now);
    let fr = room.state(0, Some(Lang::Fr), &season, &w, now);
    let (en, fr) = (en["summary"]["revenue"].as_str().unwrap(), fr["summary"]["revenue"].as_str().unwrap());
    let decimal_mark = |s: &str| s.trim_end_matches(|c: char| !c.is_ascii_digit()).chars().rev().nth(2);
    assert_eq!(decimal_mark(en), Some('.'), "{en}");
    assert_eq!(decimal_mark(fr), Some(','), "{fr}");
}

/// A name written with combining marks, as Devanagari writes names, is a name; a pile of
/// accents on one letter, or a mark with no letter under it, is not.
#[test]
fn a_name_may_carry_the_marks_of_its_script_but_not_a_pile_of_them() {
    for ok in ["\u{92a}\u{94d}\u{930}\u{93f}\u{92f}\u{93e}", "i\u{307}", "Zoé"] {
        assert!(check_name(ok).is_ok(), "{ok}");
    }
    for bad in ["a\u{301}\u{302}\u{303}\u{304}\u{306}", "\u{301}a", "Lou \u{301}"] {
        assert_eq!(check_name(bad).unwrap_err().error, "bad_name", "{bad:?}");
    }
}

/// What the projector writes on a seat, and a near copy of a cooperant's name, would pass for
/// them on the projector: refused.
#[test]
fn a_name_that_passes_for_a_seat_label_or_for_a_cooperant_is_refused() {
    for bad in ["siège libre", "Siege-Libre", "free seat", "Free Seat.", "a quitté la coop", "left the coop"] {
        let e = check_name(bad).unwrap_err();
        assert_eq!(e.error, "bad_name", "{bad:?}");
        assert!(e.text.en.contains("projector") && e.text.fr.contains("projecteur"), "{bad:?}: {:?}", e.text);
    }
    let w = world();
    let season = Season::new(&w, 1);
    let now = Instant::now();
    let mut room = Room::new("ABCDEF".into(), w.members.len(), 100);
    room.cooperants = w.scenario.cooperants.iter().map(|c| c.name.clone()).collect();
    // The first phone takes seat 0; another cooperant's name, without its accent or with a dot,
    // is refused to it, its own cooperant's name written so is not.
    let other = w.scenario.cooperants[3].name.clone();
    let own = w.scenario.cooperants[0].name.clone();
    let strip = |s: &str| -> String { s.nfd().filter(|c| c.is_ascii()).collect() };
    for near in [strip(&other), format!("{other}."), other.to_uppercase()] {
        let e = room.join("ABCDEF", &near, &season, Lang::Fr, "a".into(), now).unwrap_err();
        assert_eq!(e.error, "bad_name", "{near:?} passes for {other}");
    }
    assert_eq!(room.join("ABCDEF", &strip(&own), &season, Lang::Fr, "a".into(), now).unwrap().member, Some(0));
}
