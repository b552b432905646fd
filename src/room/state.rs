//! The room's state: who holds which seat, the secret tokens, the votes on the decision due.
//! Pure logic (no IO, no clock of its own: the engine thread passes `now`), owned by the engine
//! thread. Every request is answered here, or refused with a status and a reason in French and
//! English; a refused request changes nothing.
//!
//! Seats: the n-th phone to join takes the first cooperant of the scenario still active whom no
//! phone holds. Phones beyond the seats join as **followers**: they see the summer, the item
//! and the results but do not vote. We chose that over pairs sharing a seat because a shared
//! seat needs either a shared secret (one phone's token on another) or a rule for two
//! different ballots from one seat; pupils beyond the seats share a phone instead (see
//! `docs/room.md`).

use std::collections::BTreeMap;
use std::net::IpAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::decision::Kind;
use crate::i18n;
use crate::save::Summary;
use crate::sim::{Season, World};
use crate::text::{Lang, Text, money, reader_locale};
use crate::tr;
use crate::words::digest::Digest;
use crate::words::explain;

pub use super::names::NAME_MAX;
use super::names::{looks_like, same_name};

/// Letters and digits of a join code: no 0/O, 1/I, so that it reads aloud and off a projector.
/// 32 symbols, so a random byte maps onto one without bias (`byte % 32`).
pub const CODE_ALPHABET: &[u8; 32] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
pub const CODE_LEN: usize = 6;
/// A seat's token: 128 random bits, written as 32 hexadecimal digits.
pub const TOKEN_BYTES: usize = 16;
/// A phone seen less than this long ago counts as connected, even without a push stream
/// (a browser without `EventSource` polls).
pub const SEEN_FOR: Duration = Duration::from_secs(15);
/// A phone that joined but never came back with its token within this long never received
/// it (its connection dropped with the answer): its place and seat are given back, and the
/// room no longer waits for its seat's ballot. The phone page reads its state at once.
pub const GHOST_AFTER: Duration = Duration::from_secs(10);

/// A name as the room takes it (`names::check_name`), or refused 400 `bad_name` with the rule it
/// breaks: a name is shown on the projector, so it must not reorder, hide or fake what is around it.
pub fn check_name(name: &str) -> Result<String, Refusal> {
    super::names::check_name(name).map_err(|t| Refusal::new(400, "bad_name", t))
}

/// The join code in its canonical form (upper case), if it is one.
pub fn valid_code(s: &str) -> Option<String> {
    let up = s.trim().to_ascii_uppercase();
    (up.len() == CODE_LEN && up.bytes().all(|b| CODE_ALPHABET.contains(&b))).then_some(up)
}

/// A host name the facilitator gives (`--host-name`), in lower case without a final dot, if it
/// is one: labels of letters, digits and inner hyphens, 1 to 63 characters each, 253 in all.
pub fn valid_host_name(s: &str) -> Option<String> {
    let n = s.strip_suffix('.').unwrap_or(s).to_ascii_lowercase();
    let label = |l: &str| {
        (1..=63).contains(&l.len())
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    ((1..=253).contains(&n.len()) && n.split('.').all(label)).then_some(n)
}

/// A fresh join code from the operating system's CSPRNG.
pub fn random_code() -> Result<String, getrandom::Error> {
    let mut b = [0u8; CODE_LEN];
    getrandom::fill(&mut b)?;
    Ok(b.iter().map(|x| CODE_ALPHABET[(x % 32) as usize] as char).collect())
}

/// A fresh seat token from the operating system's CSPRNG.
pub fn random_token() -> Result<String, getrandom::Error> {
    let mut b = [0u8; TOKEN_BYTES];
    getrandom::fill(&mut b)?;
    Ok(b.iter().map(|x| format!("{x:02x}")).collect())
}

/// Why a request was refused: the HTTP status, a stable code for programs, and the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub status: u16,
    pub error: &'static str,
    pub text: Text,
}

impl Refusal {
    pub fn new(status: u16, error: &'static str, text: Text) -> Refusal {
        Refusal { status, error, text }
    }

    /// `{"error": code, "fr": reason, "en": reason}`: the phone shows the reason in its language.
    pub fn json(&self) -> Value {
        json!({"error": self.error, "fr": self.text.fr, "en": self.text.en})
    }

    pub fn bad_token() -> Refusal {
        Refusal::new(401, "bad_token", tr!("room-bad-token"))
    }
}

/// A phone's push streams, shared with the server: how many are open, and whether the phone
/// was removed (its streams then end at their next event).
#[derive(Debug, Default)]
pub struct Streams {
    pub open: AtomicUsize,
    pub gone: std::sync::atomic::AtomicBool,
}

/// A phone in the room.
#[derive(Debug)]
pub struct Phone {
    pub name: String,
    pub lang: Lang,
    /// The cooperant whose seat it holds; `None` for a follower.
    pub member: Option<u8>,
    /// Open push streams of this phone (the server counts them up and down).
    pub streams: Arc<Streams>,
    pub last_seen: Instant,
    /// The address it joined from (for the per-address cap).
    pub addr: Option<IpAddr>,
    /// It came back with its token (read its state, voted, opened its stream): it received it.
    pub confirmed: bool,
    /// The facilitator removed it (or it never received its token): its token is void, its
    /// place and seat are free.
    pub removed: bool,
}

impl Phone {
    pub fn connected(&self, now: Instant) -> bool {
        self.streams.open.load(Ordering::Relaxed) > 0 || now.saturating_duration_since(self.last_seen) < SEEN_FOR
    }
}

/// What a phone receives when it joins.
#[derive(Debug, Clone, PartialEq)]
pub struct Joined {
    pub token: String,
    pub member: Option<u8>,
}

/// The room: phones, seats and the ballots of the decision due.
#[derive(Debug)]
pub struct Room {
    code: String,
    max_phones: usize,
    phones: Vec<Phone>,
    by_token: BTreeMap<String, usize>,
    /// For each cooperant, the phone holding the seat.
    holder: Vec<Option<usize>>,
    /// (member, option) cast by phones on the decision due.
    votes: Vec<(u8, u8)>,
    /// The result of the last decision, in both languages: (title, result).
    pub previous: Option<(Text, Text)>,
    /// When the decision due settles even if some seats have not voted.
    pub deadline: Option<Instant>,
    /// No new phone may join (the facilitator locked the room).
    pub locked: bool,
    /// The facilitator paused the room for a discussion: nothing settles by itself, and the
    /// time left on the wait is kept here.
    pub paused: Option<Option<Duration>>,
    /// The facilitator asked to settle the decision due now.
    pub reveal: bool,
    /// Seats a phone held before the facilitator freed them (for the save's `seats`).
    freed: Vec<u8>,
    /// The poll open now, if any (the posture poll of the animateur mode).
    poll: Option<Poll>,
    /// Phones that may join from one address.
    pub per_address_phones: usize,
    /// The cooperants' names: a phone may take one only for the seat of that cooperant.
    pub cooperants: Vec<String>,
    /// The facilitator asked to end the summer now (the journal of the summer so far is written).
    pub end: bool,
    /// Seats kept for their pupils by name (a resumed room): (member, first name).
    pub reserved: Vec<(u8, String)>,
    /// The id the next poll takes: ids are never reused, so an answer to an old poll is stale.
    next_poll: u64,
}

/// A poll put to every phone, seat or follower: "what would you do?". It advises, it decides
/// nothing; the owner of the room reads its spread and closes it.
#[derive(Debug, Clone, PartialEq)]
pub struct Poll {
    pub id: u64,
    pub question: Text,
    /// Each option's label and a line of help, in both languages.
    pub options: Vec<(Text, Text)>,
    /// Each phone's answer (by phone), one per phone.
    answers: BTreeMap<usize, u8>,
}

impl Poll {
    /// How many phones chose each option, in the options' order.
    pub fn spread(&self) -> Vec<usize> {
        let mut counts = vec![0; self.options.len()];
        for &o in self.answers.values() {
            if let Some(c) = counts.get_mut(o as usize) {
                *c += 1;
            }
        }
        counts
    }

    /// How many phones answered.
    pub fn answered(&self) -> usize {
        self.answers.len()
    }
}

/// What the facilitator may do from the projector.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Control {
    Lock,
    Unlock,
    Pause,
    Resume,
    /// Settle the decision due now; seats without a ballot are left to their agents.
    Reveal,
    /// The phone holding this cooperant's seat follows from now on; the seat is free for the
    /// next phone to join. A ballot it already cast on the decision due stays.
    Free(u8),
    /// The phone (by its `id` on the projector) leaves the room: its token is void, its place
    /// and its seat are free, and a ballot it cast on the decision due is withdrawn.
    Remove(u32),
    /// End the summer now: the room writes the journal of the summer so far and closes.
    End,
}

impl Control {
    /// Reads `{"action": "lock" | "unlock" | "pause" | "resume" | "reveal" | "free" | "remove" |
    /// "end", "member": m, "phone": id}`.
    pub fn parse(action: &str, member: Option<u64>) -> Option<Control> {
        Control::parse_with(action, member, None)
    }

    pub fn parse_with(action: &str, member: Option<u64>, phone: Option<u64>) -> Option<Control> {
        Some(match action {
            "lock" => Control::Lock,
            "unlock" => Control::Unlock,
            "pause" => Control::Pause,
            "resume" => Control::Resume,
            "reveal" => Control::Reveal,
            // A number too large for any seat or phone is no seat or phone (`no_such_seat`,
            // `no_such_phone`), as a smaller one that names none.
            "free" => Control::Free(u8::try_from(member?).unwrap_or(u8::MAX)),
            "remove" => Control::Remove(u32::try_from(phone?).unwrap_or(u32::MAX)),
            "end" => Control::End,
            _ => return None,
        })
    }
}

impl Room {
    pub fn new(code: String, members: usize, max_phones: usize) -> Room {
        Room {
            code,
            max_phones,
            phones: Vec::new(),
            by_token: BTreeMap::new(),
            holder: vec![None; members],
            votes: Vec::new(),
            previous: None,
            deadline: None,
            locked: false,
            paused: None,
            reveal: false,
            freed: Vec::new(),
            poll: None,
            next_poll: 1,
            per_address_phones: usize::MAX,
            cooperants: Vec::new(),
            end: false,
            reserved: Vec::new(),
        }
    }

    /// Opens a poll on every phone (closing the one open, if any); its id.
    pub fn open_poll(&mut self, question: Text, options: Vec<(Text, Text)>) -> u64 {
        let id = self.next_poll;
        self.next_poll += 1;
        self.poll = Some(Poll { id, question, options, answers: BTreeMap::new() });
        id
    }

    /// Closes the poll open, if any; what it was, with its answers.
    pub fn close_poll(&mut self) -> Option<Poll> {
        self.poll.take()
    }

    /// The poll open now.
    pub fn poll(&self) -> Option<&Poll> {
        self.poll.as_ref()
    }

    /// Records the answer of phone `idx` to poll `poll`: one per phone and poll, seat or
    /// follower alike.
    pub fn answer(&mut self, idx: usize, poll: u64, option: u64) -> Result<(), Refusal> {
        let Some(open) = self.poll.as_mut() else {
            return Err(Refusal::new(409, "no_poll", tr!("room-no-poll-is-open")));
        };
        if poll != open.id {
            return Err(Refusal::new(409, "stale", tr!("room-poll-stale", id = format!("{}", open.id))));
        }
        if idx >= self.phones.len() {
            return Err(Refusal::bad_token());
        }
        if option >= open.options.len() as u64 {
            return Err(Refusal::new(
                400,
                "no_such_option",
                tr!("room-poll-no-such-option", saturating_sub = format!("{}", open.options.len().saturating_sub(1))),
            ));
        }
        if open.answers.contains_key(&idx) {
            return Err(Refusal::new(409, "already_voted", tr!("room-poll-already-answered")));
        }
        open.answers.insert(idx, option as u8);
        Ok(())
    }

    /// The poll as phone `idx` sees it (its own answer only), or as the projector sees it
    /// (`None`: the spread, never who chose what).
    fn poll_json(&self, idx: Option<usize>, lang: Lang) -> Value {
        let Some(p) = &self.poll else { return Value::Null };
        let spread = p.spread();
        let options: Vec<Value> = p
            .options
            .iter()
            .enumerate()
            .map(|(i, (label, help))| {
                let mut o = json!({"index": i, "label": label.get(lang), "help": help.get(lang)});
                if idx.is_none() {
                    o["count"] = json!(spread[i]);
                }
                o
            })
            .collect();
        let mut o = json!({"id": p.id, "question": p.question.get(lang), "options": options});
        match idx {
            Some(i) => {
                let mine = p.answers.get(&i).copied();
                o["voted"] = json!(mine.is_some());
                o["answer"] = json!(mine);
            }
            None => {
                o["answered"] = json!(p.answered());
                o["phones"] = json!(self.live());
            }
        }
        o
    }

    pub fn code(&self) -> &str {
        &self.code
    }

    pub fn phones(&self) -> &[Phone] {
        &self.phones
    }

    /// A new phone: checks the code, the name and the language, gives it a seat if one is free.
    pub fn join(
        &mut self,
        code: &str,
        name: &str,
        season: &Season,
        lang: Lang,
        token: String,
        now: Instant,
    ) -> Result<Joined, Refusal> {
        self.join_from(None, code, name, season, lang, token, now)
    }

    /// The facilitator renames phone `idx`: the same rules as a join's name (a name already in
    /// the room gets a number; a cooperant's name only for that cooperant's seat). The new name.
    pub fn rename(&mut self, idx: u64, name: &str) -> Result<String, Refusal> {
        let idx = usize::try_from(idx).ok().filter(|&i| self.phones.get(i).is_some_and(|p| !p.removed));
        let Some(idx) = idx else {
            return Err(Refusal::new(400, "no_such_phone", tr!("room-no-such-phone")));
        };
        let name = check_name(name)?;
        if let Some(c) = self.cooperants.iter().position(|c| looks_like(c, &name))
            && self.phones[idx].member != Some(c as u8)
        {
            return Err(Refusal::new(400, "bad_name", tr!("room-name-of-a-cooperant")));
        }
        let mut unique = name.clone();
        let mut k = 2;
        while self.phones.iter().enumerate().any(|(i, p)| i != idx && !p.removed && same_name(&p.name, &unique)) {
            unique = format!("{name} {k}");
            k += 1;
        }
        self.phones[idx].name = unique.clone();
        Ok(unique)
    }

    /// Who holds which seat now, as (member, first name), in member order.
    pub fn seat_names(&self) -> Vec<(u8, String)> {
        (0..self.holder.len())
            .filter_map(|m| self.holder[m].and_then(|i| self.phones.get(i)).map(|p| (m as u8, p.name.clone())))
            .collect()
    }

    /// Phones in the room (not removed).
    pub fn live(&self) -> usize {
        self.phones.iter().filter(|p| !p.removed).count()
    }

    /// A new phone from `addr`: as `join`, and at most `per_address_phones` from one address.
    /// A name already in the room gets a number ("Camille 2"); a cooperant's name is taken only
    /// by the phone that gets that cooperant's seat.
    #[allow(clippy::too_many_arguments)]
    pub fn join_from(
        &mut self,
        addr: Option<IpAddr>,
        code: &str,
        name: &str,
        season: &Season,
        lang: Lang,
        token: String,
        now: Instant,
    ) -> Result<Joined, Refusal> {
        if valid_code(code).as_deref() != Some(self.code.as_str()) {
            return Err(Refusal::new(401, "bad_code", tr!("room-bad-code")));
        }
        if self.locked {
            return Err(Refusal::new(403, "locked", tr!("room-join-locked")));
        }
        let name = check_name(name)?;
        if self.live() >= self.max_phones {
            return Err(Refusal::new(409, "room_full", tr!("room-full", max_phones = format!("{}", self.max_phones))));
        }
        if let Some(a) = addr
            && self.phones.iter().filter(|p| !p.removed && p.addr == Some(a)).count() >= self.per_address_phones
        {
            return Err(Refusal::new(
                409,
                "address_full",
                tr!("room-address-too-many-phones", n = format!("{}", self.per_address_phones)),
            ));
        }
        let idx = self.phones.len();
        // The name the room gives: numbered when already in the room ("Léa 2").
        let mut unique = name.clone();
        let mut k = 2;
        while self.phones.iter().any(|p| !p.removed && same_name(&p.name, &unique)) {
            unique = format!("{name} {k}");
            k += 1;
        }
        let free = |m: usize| self.holder[m].is_none() && season.members().get(m).is_some_and(|x| x.active);
        let kept = |m: usize| self.reserved.iter().any(|(r, _)| *r as usize == m);
        // A seat kept for this name (a resumed room), else the first free seat kept for nobody,
        // else the first free seat. The kept names are the names the room gave, so two pupils
        // who both type "Léa" take back "Léa"'s seat then "Léa 2"'s, in the order they join.
        let member = self
            .reserved
            .iter()
            .find(|(m, n)| (*m as usize) < self.holder.len() && free(*m as usize) && same_name(n, &unique))
            .map(|(m, _)| *m as usize)
            .or_else(|| (0..self.holder.len()).find(|&m| free(m) && !kept(m)))
            .or_else(|| (0..self.holder.len()).find(|&m| free(m)))
            .map(|m| m as u8);
        if let Some(c) = self.cooperants.iter().position(|c| looks_like(c, &name))
            && member != Some(c as u8)
        {
            return Err(Refusal::new(400, "bad_name", tr!("room-name-of-a-cooperant")));
        }
        if let Some(m) = member {
            self.holder[m as usize] = Some(idx);
        }
        self.by_token.insert(token.clone(), idx);
        self.phones.push(Phone {
            name: unique,
            lang,
            member,
            streams: Arc::default(),
            last_seen: now,
            addr,
            confirmed: false,
            removed: false,
        });
        Ok(Joined { token, member })
    }

    /// Removes phone `idx`: its token is void, its place and seat free, its ballot on the
    /// decision due withdrawn.
    fn remove(&mut self, idx: usize) -> bool {
        let Some(p) = self.phones.get_mut(idx).filter(|p| !p.removed) else { return false };
        p.removed = true;
        p.streams.gone.store(true, Ordering::Relaxed);
        if let Some(m) = p.member.take() {
            self.holder[m as usize] = None;
            self.votes.retain(|v| v.0 != m);
            if p.confirmed {
                self.freed.push(m);
            }
        }
        self.by_token.retain(|_, i| *i != idx);
        if let Some(poll) = &mut self.poll {
            poll.answers.remove(&idx);
        }
        true
    }

    /// Undoes the join of the phone holding `token` (its answer was not delivered): its place
    /// and seat come back, unless it already came back with its token (it had it after all).
    pub fn unjoin(&mut self, token: &str) -> bool {
        match self.by_token.get(token).copied() {
            Some(i) if !self.phones[i].confirmed => self.remove(i),
            _ => false,
        }
    }

    /// Gives back the places and seats of phones that never came back with their token within
    /// `GHOST_AFTER` of joining (their answer was lost with their connection). True if any.
    pub fn sweep(&mut self, now: Instant) -> bool {
        let ghosts: Vec<usize> = (0..self.phones.len())
            .filter(|&i| {
                let p = &self.phones[i];
                !p.removed && !p.confirmed && now.saturating_duration_since(p.last_seen) >= GHOST_AFTER
            })
            .collect();
        for &i in &ghosts {
            self.remove(i);
        }
        !ghosts.is_empty()
    }

    /// The phone holding `token`.
    pub fn phone(&self, token: &str) -> Result<usize, Refusal> {
        self.by_token.get(token).copied().ok_or_else(Refusal::bad_token)
    }

    pub fn touch(&mut self, idx: usize, now: Instant) {
        if let Some(p) = self.phones.get_mut(idx) {
            p.last_seen = now;
            p.confirmed = true;
        }
    }

    pub fn streams_of(&mut self, idx: usize) -> Option<Arc<Streams>> {
        let p = self.phones.get_mut(idx)?;
        p.confirmed = true;
        Some(p.streams.clone())
    }

    /// The member whose seat phone `idx` holds, if that cooperant is still in the coop.
    fn voting_member(&self, idx: usize, season: &Season) -> Option<u8> {
        let m = self.phones.get(idx)?.member?;
        season.members().get(m as usize).is_some_and(|x| x.active).then_some(m)
    }

    /// Records the vote of phone `idx` on decision `decision`.
    pub fn vote(&mut self, idx: usize, decision: u64, option: u64, season: &Season) -> Result<(), Refusal> {
        let Some(item) = season.pending() else {
            return Err(Refusal::new(409, "over", tr!("room-nothing-left-to-vote")));
        };
        if decision != item.id as u64 {
            return Err(Refusal::new(409, "stale", tr!("room-decision-stale", id = format!("{}", item.id))));
        }
        let member = match self.phones.get(idx).and_then(|p| p.member) {
            None => {
                return Err(Refusal::new(403, "follower", tr!("room-follower-cannot-vote")));
            }
            Some(_) => match self.voting_member(idx, season) {
                Some(m) => m,
                None => {
                    return Err(Refusal::new(403, "seat_left", tr!("room-seat-left")));
                }
            },
        };
        if option >= item.options.len() as u64 {
            return Err(Refusal::new(
                400,
                "no_such_option",
                tr!("room-no-such-option", last = format!("{}", item.options.len().saturating_sub(1))),
            ));
        }
        if self.votes.iter().any(|&(m, _)| m == member) {
            return Err(Refusal::new(409, "already_voted", tr!("room-seat-already-voted")));
        }
        self.votes.push((member, option as u8));
        Ok(())
    }

    /// (votes cast, seats expected to vote): the seats held by phones whose cooperant is active
    /// (a join whose answer was lost is waited for until it is swept, `GHOST_AFTER`).
    pub fn tally(&self, season: &Season) -> (usize, usize) {
        let expected = (0..self.phones.len()).filter(|&i| self.voting_member(i, season).is_some()).count();
        (self.votes.len(), expected)
    }

    /// Every seat held by a phone has voted (and at least one phone holds a seat: an empty room
    /// waits for its deadline instead of running the summer through).
    pub fn all_voted(&self, season: &Season) -> bool {
        let (cast, expected) = self.tally(season);
        expected > 0 && cast >= expected
    }

    /// Applies a facilitator's control. `now` is for the wait's clock, kept while paused.
    pub fn control(&mut self, c: Control, season: &Season, now: Instant) -> Result<(), Refusal> {
        match c {
            Control::Lock => self.locked = true,
            Control::Unlock => self.locked = false,
            Control::Pause => {
                if self.paused.is_none() {
                    self.paused = Some(self.deadline.take().map(|d| d.saturating_duration_since(now)));
                }
            }
            Control::Resume => {
                if let Some(left) = self.paused.take() {
                    self.deadline = left.map(|l| now + l);
                }
            }
            Control::Reveal => {
                if season.pending().is_none() {
                    return Err(Refusal::new(409, "over", tr!("room-nothing-left-to-vote")));
                }
                self.reveal = true;
            }
            Control::Free(m) => {
                let Some(idx) = self.holder.get(m as usize).copied().flatten() else {
                    return Err(Refusal::new(400, "no_such_seat", tr!("room-no-such-seat")));
                };
                self.holder[m as usize] = None;
                self.freed.push(m);
                if let Some(p) = self.phones.get_mut(idx) {
                    p.member = None;
                }
            }
            Control::Remove(i) => {
                if !self.remove(i as usize) {
                    return Err(Refusal::new(400, "no_such_phone", tr!("room-no-such-phone")));
                }
            }
            Control::End => {
                if season.is_over() {
                    return Err(Refusal::new(409, "over", tr!("room-nothing-left-to-vote")));
                }
                self.end = true;
            }
        }
        Ok(())
    }

    /// The decision due should settle now: the facilitator revealed it, or (unless paused)
    /// every seat held by a phone voted, or the wait is over.
    pub fn due(&self, season: &Season, now: Instant) -> bool {
        !season.is_over()
            && (self.reveal
                || (self.paused.is_none() && (self.all_voted(season) || self.deadline.is_some_and(|d| now >= d))))
    }

    /// The ballots cast by phones on the decision due, as (member, option), in arrival order.
    pub fn votes(&self) -> &[(u8, u8)] {
        &self.votes
    }

    /// The ballots of the decision due, in member order (the order a save keeps), and a new
    /// ballot box for the next decision.
    pub fn take_votes(&mut self) -> Vec<(u8, u8)> {
        self.reveal = false;
        let mut v = std::mem::take(&mut self.votes);
        v.sort_unstable();
        v
    }

    /// Every member a phone holds or held, in order (a save's `seats`).
    pub fn held(&self) -> Vec<u8> {
        let mut v: Vec<u8> = self.phones.iter().filter_map(|p| p.member).chain(self.freed.iter().copied()).collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    /// Words for the result of decision `d`, read from the journal.
    pub fn result_of(season: &Season, w: &World, item: &crate::decision::Item) -> Option<(Text, Text)> {
        let r = Digest::of(season).decision(item.id)?.clone();
        let title = i18n::each(|l| explain::kind(item.kind, w, l));
        let key = if r.voters > 0 { "room-decided-by-votes-of" } else { "room-decided-by" };
        let result = i18n::text_each(key, |l| {
            vec![
                ("opt", explain::option(item, r.chosen, w, l).into()),
                ("who", explain::decider(r.by, l).into()),
                ("votes_for", r.votes_for.to_string().into()),
                ("voters", r.voters.to_string().into()),
            ]
        });
        Some((title, result))
    }

    fn common(&self, season: &Season, w: &World, lang: Lang, now: Instant) -> serde_json::Map<String, Value> {
        let sc = &w.scenario;
        let mut o = serde_json::Map::new();
        o.insert("over".into(), json!(season.is_over()));
        o.insert("scenario".into(), json!(sc.title.get(lang)));
        o.insert("coop".into(), json!(season.coop().name.and_then(|n| sc.coop_names.get(n as usize)).cloned()));
        o.insert("week".into(), json!(season.week()));
        o.insert("weeks".into(), json!(sc.calendar.weeks));
        o.insert("lang".into(), json!(lang.code()));
        match season.pending() {
            Some(item) => {
                o.insert("decision".into(), json!(item.id));
                o.insert("title".into(), json!(explain::kind(item.kind, w, lang)));
                let story = match item.kind {
                    Kind::Event(e) => sc.events.get(e as usize).map(|e| e.text.get(lang).to_string()),
                    _ => None,
                };
                o.insert("story".into(), json!(story));
                o.insert("sphere".into(), json!(explain::sphere(item.sphere, lang)));
                let options: Vec<Value> = (0..item.options.len() as u8)
                    .map(|i| json!({"index": i, "label": explain::option(item, i, w, lang)}))
                    .collect();
                o.insert("options".into(), Value::Array(options));
            }
            None => {
                o.insert("decision".into(), json!(season.decisions()));
                o.insert("title".into(), json!(tr!("room-the-summer-is-over").get(lang)));
                o.insert("story".into(), Value::Null);
                o.insert("options".into(), json!([]));
                let s = Summary::of(season, w, "room");
                o.insert(
                    "summary".into(),
                    json!({
                        "pec": s.pec.total, "v": s.pec.v, "s": s.pec.s, "a": s.pec.a,
                        "pay_per_member": money(s.finance.pay_per_member, sc.currency, reader_locale(sc.locale, lang)),
                        "revenue": money(s.finance.revenue, sc.currency, reader_locale(sc.locale, lang)),
                    }),
                );
            }
        }
        let (cast, expected) = self.tally(season);
        o.insert("votes".into(), json!({"cast": cast, "expected": expected}));
        o.insert(
            "previous".into(),
            match &self.previous {
                Some((t, r)) => json!({"title": t.get(lang), "result": r.get(lang)}),
                None => Value::Null,
            },
        );
        o.insert("locked".into(), json!(self.locked));
        o.insert("paused".into(), json!(self.paused.is_some()));
        o.insert(
            "seconds_left".into(),
            json!(
                match self.paused {
                    Some(left) => left.map(|l| l.as_secs()),
                    None => self.deadline.map(|d| d.saturating_duration_since(now).as_secs()),
                }
                .filter(|_| !season.is_over())
            ),
        );
        o
    }

    /// What phone `idx` sees: the item, its story, its options, whether its seat voted (and
    /// its own ballot, to itself only).
    pub fn state(&self, idx: usize, lang: Option<Lang>, season: &Season, w: &World, now: Instant) -> Value {
        let Some(p) = self.phones.get(idx) else {
            return Refusal::bad_token().json();
        };
        let lang = lang.unwrap_or(p.lang);
        let mut o = self.common(season, w, lang, now);
        let voting = self.voting_member(idx, season);
        let mine = voting.and_then(|m| self.votes.iter().find(|v| v.0 == m)).map(|v| v.1);
        o.insert("name".into(), json!(p.name));
        o.insert("seat".into(), json!(p.member.map(|m| explain::member(w, m))));
        o.insert("member".into(), json!(p.member));
        o.insert("follower".into(), json!(p.member.is_none()));
        // false: this room gives no seats (the game's animateur mode): every phone follows.
        o.insert("room_seats".into(), json!(!self.holder.is_empty()));
        o.insert("can_vote".into(), json!(voting.is_some() && season.pending().is_some()));
        o.insert("voted".into(), json!(mine.is_some()));
        o.insert("vote".into(), json!(mine));
        let mut poll = self.poll_json(Some(idx), lang);
        if let Some(p) = poll.as_object_mut() {
            // What the group shows before the animateurs choose: the phone reads the group as
            // the projector's table does, then answers "what would you do?".
            let cues: Vec<String> = season.cues(w).into_iter().map(|c| explain::cue(c, w, lang)).collect();
            p.insert("cues".into(), json!(cues));
        }
        o.insert("poll".into(), poll);
        Value::Object(o)
    }

    /// What the projector shows: the address, the code, who holds which seat, who is
    /// connected, who has voted — never how.
    pub fn projector(&self, season: &Season, w: &World, lang: Lang, now: Instant) -> Value {
        let mut o = self.common(season, w, lang, now);
        o.insert("code".into(), json!(self.code));
        let seats: Vec<Value> = (0..self.holder.len())
            .map(|m| {
                let phone = self.holder[m].and_then(|i| self.phones.get(i));
                json!({
                    "member": m,
                    "seat": explain::member(w, m as u8),
                    "active": season.members().get(m).is_some_and(|x| x.active),
                    "phone": phone.map(|p| p.name.clone()),
                    "id": self.holder[m],
                    "connected": phone.is_some_and(|p| p.connected(now)),
                    "voted": self.votes.iter().any(|v| v.0 as usize == m),
                })
            })
            .collect();
        o.insert("seats".into(), Value::Array(seats));
        let followers: Vec<Value> = self
            .phones
            .iter()
            .enumerate()
            .filter(|(_, p)| p.member.is_none() && !p.removed)
            .map(|(i, p)| json!({"name": p.name, "connected": p.connected(now), "id": i}))
            .collect();
        o.insert("followers".into(), Value::Array(followers));
        o.insert("poll".into(), self.poll_json(None, lang));
        Value::Object(o)
    }

    /// The token of phone `idx` (for tests of the room itself).
    #[cfg(test)]
    fn token(&self, idx: usize) -> &str {
        self.by_token.iter().find(|(_, i)| **i == idx).map(|(t, _)| t.as_str()).unwrap_or("")
    }
}

#[cfg(test)]
#[path = "state_tests.rs"]
mod tests;
