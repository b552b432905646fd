//! Saves and journal files. A save is (scenario, seed, inputs so far): loading replays it, so a
//! save can never disagree with the engine. A journal file adds what happened, for the report.
//! Both are JSON, written atomically: a temporary file in the same folder, synced, renamed over
//! the old one, then the folder synced; the previous file stays whole until the new one is.
//! `summary.rs` is the end of a summer in numbers, which a journal file carries; `history.rs`
//! one's own earlier summers, for the game's debrief.

pub mod history;
pub mod summary;

use std::io::Write;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::base::rng::Generator;
use crate::decision::Input;
use crate::i18n::text_each;
use crate::scenario::serde_fr::in_lang;
use crate::scenario::{Diagnostic, load_str};
use crate::sim::journal::Entry;
use crate::sim::season::WeekRecord;
use crate::sim::{Season, World};
use crate::text::Text;
use crate::tr;
pub use summary::Summary;

pub const SAVE_FORMAT: &str = "cjs-save";
pub const JOURNAL_FORMAT: &str = "cjs-journal";
/// The version written. 2: the model of a group that answers back (saves of version 1 would
/// replay another summer, and are refused). 3: the summer drawn by xoshiro256++; files of
/// version 2 still replay, drawn by ChaCha8 as they were (`generator_of`). 4: model 3, the
/// world that rewards fitting the posture; files of versions 2 and 3 still replay under
/// model 2 (`model_of`). 5: model 4, model 3 whose readiness weighs the members' initiative;
/// files of version 4 still replay under model 3 as first played. 6: model 5, model 4 whose
/// dependency is learnt sphere by sphere; files of version 5 still replay under model 4.
/// 7: model 6, model 5 whose agreed surplus rule weighs fairness (`rule_fairness`); files of
/// version 6 still replay under model 5.
/// 8: model 7, model 6 whose need map is derived on 200 seeds and whose `reader` weighs a
/// silent or lively room more; files of version 7 still replay under model 6.
/// 9: model 8, model 7 whose need map tells a willing group from one that is not; files of
/// version 8 still replay under model 7.
pub const VERSION: u32 = 9;

/// The generator that drew the summer of a file of `version`, if this program replays it.
pub fn generator_of(version: u32) -> Option<Generator> {
    match version {
        2 => Some(Generator::ChaCha8),
        3..=9 => Some(Generator::Xoshiro),
        _ => None,
    }
}

/// The model of the engine that played the summer of a file of `version`.
pub fn model_of(version: u32) -> u8 {
    match version {
        ..=3 => 2,
        4 => 3,
        5 => 4,
        6 => 5,
        7 => 6,
        8 => 7,
        _ => crate::base::params::MODEL,
    }
}

/// The version of a file that records a summer drawn by `generator` under `model`.
pub fn version_of(generator: Generator, model: u8) -> u32 {
    match (generator, model) {
        (Generator::ChaCha8, _) => 2,
        (Generator::Xoshiro, ..=2) => 3,
        (Generator::Xoshiro, 3) => 4,
        (Generator::Xoshiro, 4) => 5,
        (Generator::Xoshiro, 5) => 6,
        (Generator::Xoshiro, 6) => 7,
        (Generator::Xoshiro, 7) => 8,
        (Generator::Xoshiro, _) => 9,
    }
}
/// Largest save or journal accepted, in bytes.
pub const MAX_BYTES: u64 = 16 * 1024 * 1024;

/// Who holds the seats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Players hold the animateurs' seat.
    #[default]
    Animateur,
    /// Players hold cooperant seats; a policy holds the animateurs'.
    Cooperative,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Save {
    pub format: String,
    pub version: u32,
    pub scenario_id: String,
    pub scenario_hash: String,
    /// The scenario's text, so that a save of a scenario written by a trainer travels alone.
    pub scenario_source: String,
    pub seed: u64,
    #[serde(default)]
    pub mode: Mode,
    /// The policy in the animateurs' seat (cooperative mode and autoplay).
    #[serde(default)]
    pub policy: Option<String>,
    /// Cooperant seats held by players (cooperative mode).
    #[serde(default)]
    pub seats: Vec<u8>,
    pub inputs: Vec<Input>,
    /// The game showed the group's readiness and need (the trainer's "guided" setting); older
    /// saves have no such field and load unguided.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub guided: bool,
    /// The game answered each reading of the group as soon as it was stated (the trainee's
    /// practice mode); older saves have no such field and load with it off.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub practice: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JournalFile {
    pub format: String,
    pub version: u32,
    pub save: Save,
    pub summary: Summary,
    pub weeks: Vec<WeekRecord>,
    pub entries: Vec<Entry>,
    /// The room's posture poll (`cjs room --poll`), decision by decision: advice the phones
    /// gave, which the summer did not follow, so the replay does not confirm it. Absent from
    /// other journals.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub polls: Vec<PollCount>,
    /// The summer was stopped before its end (a room stopped by a signal or by the
    /// facilitator): the journal is that of the summer so far, and `cjs room --resume` goes on
    /// with it. Finished summers have no such field.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unfinished: bool,
    /// The first names of the phones that held seats when an unfinished room stopped, as
    /// (member, name), so that `cjs room --resume` gives each seat back to its pupil. Only an
    /// unfinished journal has them: a finished summer's journal names nobody.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub names: Vec<(u8, String)>,
    /// Where and how the stopped room was open, so that `cjs room --resume` opens it again at the
    /// same address with the same code (the phones find it where they left it). Only an
    /// unfinished room's journal has it; older journals have none and resume on a new port with
    /// a new code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room: Option<RoomPlace>,
}

/// Where and how a room was open (`cjs room`): its address, code and settings. `cjs room
/// --resume` checks each field as it checks the command line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoomPlace {
    /// The address bound (`--host`): 127.0.0.1, a network address, or 0.0.0.0.
    pub host: std::net::IpAddr,
    /// The port the room was open on (the one taken, when `--port 0` asked for any).
    pub port: u16,
    /// The join code.
    pub code: String,
    /// `--host-name`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub host_names: Vec<String>,
    /// `--wait`, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wait: Option<u64>,
    /// `--rate`.
    pub rate: u32,
    /// `--poll`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub poll: bool,
}

/// The answers to the posture poll at one decision: how many phones would have taken each
/// posture, in the order of `Posture::ALL` (decide, suggest, facilitate, step back).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PollCount {
    /// The decision's rank, from 0.
    pub d: u16,
    pub answers: [u32; 4],
}

impl Save {
    pub fn new(w: &World, seed: u64, mode: Mode, policy: Option<&str>, seats: Vec<u8>, inputs: Vec<Input>) -> Save {
        Save {
            format: SAVE_FORMAT.into(),
            version: version_of(Generator::default(), w.model),
            scenario_id: w.scenario.id.clone(),
            scenario_hash: w.hash.clone(),
            scenario_source: w.source.clone(),
            seed,
            mode,
            policy: policy.map(str::to_string),
            seats,
            inputs,
            guided: false,
            practice: false,
        }
    }

    /// Who holds the seats must make sense: in animateur mode no player holds a cooperant seat;
    /// in cooperative mode a policy holds the animateurs' and players hold distinct seats of
    /// cooperants that exist (none in a room no phone took a seat in), and only they vote.
    pub fn check_seats(&self, w: &World, name: &str) -> Result<(), Vec<Diagnostic>> {
        let one = |t: Text| Err(vec![Diagnostic::new(name, t)]);
        let n = w.scenario.cooperants.len();
        match self.mode {
            Mode::Animateur if !self.seats.is_empty() => {
                return one(tr!("save-animateur-mode-with-seats", seats = format!("{:?}", self.seats)));
            }
            Mode::Cooperative if self.policy.is_none() => {
                return one(tr!("save-cooperative-mode-bad-seats"));
            }
            _ => {}
        }
        let mut seen = std::collections::BTreeSet::new();
        for &s in &self.seats {
            if usize::from(s) >= n {
                return one(tr!(
                    "save-seat-out-of-range",
                    s = format!("{}", s),
                    n = format!("{}", n),
                    last = format!("{}", n.saturating_sub(1))
                ));
            }
            if !seen.insert(s) {
                return one(tr!("save-seat-written-twice", s = format!("{}", s)));
            }
        }
        for (i, input) in self.inputs.iter().enumerate() {
            if let Some((m, _)) = input.votes.iter().find(|(m, _)| !seen.contains(m)) {
                return one(tr!("save-vote-of-unheld-seat", i = format!("{}", i + 1), m = format!("{}", m)));
            } // One ballot per seat and decision: a seat written twice would weigh twice.
            let mut voted = std::collections::BTreeSet::new();
            if let Some((m, _)) = input.votes.iter().find(|(m, _)| !voted.insert(*m)) {
                return one(tr!("save-decision-cooperant-votes-twice", i = format!("{}", i + 1), m = format!("{}", m)));
            }
        }
        Ok(())
    }

    /// Whether the animateurs' postures and options are those `policy` gives: the seat is
    /// replayed along the summer (`random` draws once a decision from the seed, as in `play`, the
    /// game and the room).
    pub fn decisions_are_of(&self, policy: crate::policy::Policy, w: &World) -> bool {
        use crate::policy::Seat;
        let generator = generator_of(self.version).unwrap_or_default();
        let mut season = Season::drawn_by(w, self.seed, generator);
        let mut seat = Seat::drawn_by(policy, self.seed, generator);
        for input in &self.inputs {
            let Some(want) = seat.choose(&season, w) else { return false };
            if (want.posture, want.option) != (input.posture, input.option) || season.decide(w, input).is_err() {
                return false;
            }
        }
        true
    }

    /// Rebuilds the world and replays the inputs: the summer this save records, refused whole
    /// if the engine refuses one of its inputs.
    pub fn replay(&self, name: &str) -> Result<Summer, Vec<Diagnostic>> {
        let one = |t: Text| vec![Diagnostic::new(name, t)];
        if self.format == SAVE_FORMAT && self.version < 2 {
            return Err(one(tr!("save-earlier-model-version", version = format!("{}", self.version))));
        }
        if self.format != SAVE_FORMAT || generator_of(self.version).is_none() {
            return Err(one(tr!(
                "save-wrong-format",
                format = format!("{}", self.format),
                version = format!("{}", self.version)
            )));
        }
        let loaded = load_str(&format!("{name} (scenario)"), &self.scenario_source)?;
        if loaded.hash != self.scenario_hash || loaded.scenario.id != self.scenario_id {
            return Err(one(tr!("save-scenario-altered")));
        }
        let world = World::of_model(&loaded, model_of(self.version));
        match Summer::of(world, self.clone()) {
            (summer, None) => Ok(summer),
            (_, Some((i, e))) => {
                let why = e.text();
                Err(one(text_each("save-invalid-decision", |lang| {
                    vec![("i", (i + 1).to_string().into()), ("why", why.get(lang).into())]
                })))
            }
        }
    }
}

/// One summer, wherever it is played, replayed, saved or reported: its world, its save (the
/// scenario, the seed, the mode, the seats and the inputs) and its season, the save's inputs
/// decided on the world.
#[derive(Debug, Clone)]
pub struct Summer {
    pub world: World,
    pub save: Save,
    pub season: Season,
}

impl Summer {
    /// The summer `save` records, played on `world` (drawn by the generator of the save's
    /// version): its inputs decided in turn until the engine refuses one. The summer keeps the
    /// inputs before the refusal, which is given beside it (the input's rank and why). A save's
    /// replay refuses such a summer whole (`Save::replay`); the game keeps what came before it.
    pub fn of(world: World, mut save: Save) -> (Summer, Option<(usize, crate::sim::season::InputError)>) {
        let generator = generator_of(save.version).unwrap_or_default();
        let mut season = Season::drawn_by(&world, save.seed, generator);
        let mut refused = None;
        for (i, input) in save.inputs.iter().enumerate() {
            if let Err(e) = season.decide(&world, input) {
                refused = Some((i, e));
                break;
            }
        }
        if let Some((i, _)) = refused {
            save.inputs.truncate(i);
        }
        (Summer { world, save, season }, refused)
    }

    /// Settles the decision due with `input` and keeps it in the save, or says why the engine
    /// refused it (the summer is then as it was).
    pub fn decide(&mut self, input: Input) -> Result<(), crate::sim::season::InputError> {
        self.season.decide(&self.world, &input)?;
        self.save.inputs.push(input);
        Ok(())
    }

    /// A summer of `world` played by `policy` in the animateurs' seat from `seed`, as `cjs run`
    /// plays it.
    pub fn played_by(world: World, seed: u64, policy: crate::policy::Policy) -> Summer {
        let (season, inputs) = crate::policy::play(&world, seed, policy);
        let save = Save::new(&world, seed, Mode::Animateur, Some(policy.name()), Vec::new(), inputs);
        Summer { world, save, season }
    }

    /// The end of the summer in numbers, under the name of the policy that played it
    /// (`players` when players did).
    pub fn summary(&self) -> Summary {
        Summary::of(&self.season, &self.world, self.save.policy.as_deref().unwrap_or("players"))
    }

    /// The journal file of the summer as it stands.
    pub fn journal_file(&self) -> JournalFile {
        JournalFile {
            format: JOURNAL_FORMAT.into(),
            version: version_of(self.season.generator(), self.world.model),
            summary: self.summary(),
            weeks: self.season.weeks().to_vec(),
            entries: self.season.journal().to_vec(),
            polls: Vec::new(),
            save: self.save.clone(),
            unfinished: false,
            names: Vec::new(),
            room: None,
        }
    }
}

/// A journal file read and checked against its replay (`load_journal`): its summer, and what a
/// room wrote beside it.
#[derive(Debug, Clone)]
pub struct Journal {
    pub summer: Summer,
    /// The room's posture poll, decision by decision (`JournalFile::polls`).
    pub polls: Vec<PollCount>,
    /// The summer was stopped before its end (`JournalFile::unfinished`).
    pub unfinished: bool,
    /// Who held which seat when an unfinished room stopped (`JournalFile::names`).
    pub names: Vec<(u8, String)>,
    /// Where and how an unfinished room was open (`JournalFile::room`).
    pub room: Option<RoomPlace>,
}

impl Journal {
    /// The journal file that records it.
    pub fn file(&self) -> JournalFile {
        JournalFile {
            polls: self.polls.clone(),
            unfinished: self.unfinished,
            names: self.names.clone(),
            room: self.room.clone(),
            ..self.summer.journal_file()
        }
    }
}

/// The file a write to `path` replaces (through a symbolic link, what it points at) and its
/// metadata when it exists; refused when it is a folder, not a plain file, or read-only.
fn write_target(path: &Path) -> std::io::Result<(std::path::PathBuf, Option<std::fs::Metadata>)> {
    let target = match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()),
        _ => path.to_path_buf(),
    };
    let existing = std::fs::metadata(&target).ok();
    if let Some(m) = &existing {
        if m.is_dir() {
            return Err(Refusal::Folder.error());
        }
        if !m.is_file() {
            return Err(Refusal::NotAFile.error());
        }
        if m.permissions().readonly() {
            return Err(Refusal::ReadOnly.error());
        }
    }
    Ok((target, existing))
}

/// Checks, before any work is done, that `path` can take a file: it names a file (not `""`,
/// `.`, nor a path ending in `/`), it is not a folder, a device or a read-only file, and its
/// folder takes a new file (one is created, written, synced and removed). The refusal is said
/// as `write_error` says it.
pub fn check_writable(path: &Path) -> Result<(), std::io::Error> {
    let bytes = path.as_os_str().as_encoded_bytes();
    if bytes.is_empty() || bytes.ends_with(b"/") || bytes.ends_with(std::path::MAIN_SEPARATOR_STR.as_bytes()) {
        return Err(Refusal::NoName.error());
    }
    let (target, _) = write_target(path)?;
    if target.file_name().is_none() || matches!(target.file_name().and_then(|f| f.to_str()), Some("." | "..")) {
        return Err(Refusal::NoName.error());
    }
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let mut tmp = tempfile::Builder::new().prefix(".cjs-check-").suffix(".tmp").tempfile_in(&dir)?;
    tmp.write_all(b"{}")?;
    tmp.as_file().sync_all()?;
    Ok(())
}

/// Reads a JSON file of ours with the same guards as scenarios: size cap, UTF-8, located errors.
pub fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, Vec<Diagnostic>> {
    let name = path.display().to_string();
    parse_json(&name, &read_text(path, &name)?)
}

fn read_text(path: &Path, name: &str) -> Result<String, Vec<Diagnostic>> {
    if std::fs::metadata(path).is_ok_and(|m| m.is_dir()) {
        return Err(vec![Diagnostic::new(name, tr!("save-source-is-a-folder"))]);
    }
    // A missing file, a link loop, a device and the size cap: the same guards and messages as
    // for a scenario.
    crate::scenario::load::read_capped_to(path, name, MAX_BYTES)
}

fn parse_json<T: serde::de::DeserializeOwned>(name: &str, text: &str) -> Result<T, Vec<Diagnostic>> {
    serde_json::from_str(text).map_err(|e| {
        // The position is said once, in front.
        let en = e.to_string();
        let en = en.rfind(" at line ").map_or(en.as_str(), |i| &en[..i]).to_string();
        vec![Diagnostic::at(
            name,
            (e.line().max(1), e.column().max(1)),
            text_each("save-unreadable", |lang| vec![("why", in_lang(lang, &en).into())]),
        )]
    })
}

/// Reads a journal file and checks it whole against the replay of its decisions: the format,
/// the mode and the seats, the policy named (its decisions must be that policy's), the summary,
/// the weeks and the entries. Nothing in it is trusted that the replay does not confirm, and a
/// field this version does not know, at any depth, is refused rather than dropped.
pub fn load_journal(path: &Path) -> Result<Journal, Vec<Diagnostic>> {
    let name = path.display().to_string();
    // Read once, parsed twice: as a journal (located errors), and as plain JSON to find the
    // fields the journal's types did not take.
    let text = read_text(path, &name)?;
    let one = |t: Text| vec![Diagnostic::new(&name, t)];
    let value: serde_json::Value = parse_json(&name, &text)?;
    // What `cjs run --json` prints, kept in a file and given for a journal by mistake.
    if value.get("format").is_none() && ["scenario", "seed", "policy", "pec"].iter().all(|k| value.get(k).is_some()) {
        return Err(one(tr!("save-journal-is-run-output")));
    }
    let jf: JournalFile = parse_json(&name, &text)?;
    let written = serde_json::to_value(&jf).unwrap_or(serde_json::Value::Null);
    if let Some(field) = unknown_field(&value, &written, String::new()) {
        return Err(one(tr!("save-journal-unknown-field", field = format!("{}", field))));
    }
    // A journal and its save are of one version: that of the generator of their summer.
    if jf.format != JOURNAL_FORMAT || generator_of(jf.version).is_none() || jf.save.version != jf.version {
        return Err(one(tr!(
            "save-journal-wrong-format",
            jf = format!("{}", jf.format),
            version = format!("{}", jf.version)
        )));
    }
    let summer = jf.save.replay(&name)?;
    let (w, season) = (&summer.world, &summer.season);
    if jf.unfinished && season.is_over() {
        return Err(one(text_each("save-journal-replay-mismatch", |lang| {
            vec![("part", tr!("save-unfinished").get(lang).to_string().into())]
        })));
    }
    jf.save.check_seats(w, &name)?;
    // The polls cannot be replayed, but each must be of a decision of the summer, once, in order.
    let mut last = None;
    for p in &jf.polls {
        if usize::from(p.d) >= jf.save.inputs.len() || last.is_some_and(|l| l >= p.d) {
            return Err(one(tr!("save-journal-stray-poll", d = format!("{}", u32::from(p.d) + 1))));
        }
        last = Some(p.d);
    }
    let policy = match jf.save.policy.as_deref() {
        None => None,
        Some(p) => match crate::policy::Policy::parse(p) {
            Some(p) => Some(p),
            None => {
                let all: Vec<&str> = crate::policy::Policy::all().iter().map(|p| p.name()).collect();
                return Err(one(tr!("save-unknown-policy", p = format!("{}", p), all = format!("{}", all.join(", ")))));
            }
        },
    };
    if let Some(p) = policy
        && !jf.save.decisions_are_of(p, w)
    {
        return Err(one(tr!("save-journal-policy-mismatch", name = format!("{}", p.name()))));
    }
    for (ok, part) in [
        (season.journal() == jf.entries, tr!("save-entries")),
        (season.weeks() == jf.weeks, tr!("save-weeks")),
        (summer.summary() == jf.summary, tr!("save-summary")),
    ] {
        if !ok {
            return Err(one(text_each("save-journal-replay-mismatch", |lang| vec![("part", part.get(lang).into())])));
        }
    }
    Ok(Journal { summer, polls: jf.polls, unfinished: jf.unfinished, names: jf.names, room: jf.room })
}

/// The first key of `read` (at any depth) that writing the parsed value back does not give:
/// a field this version ignored. A `null`, a `false` or an empty list stands for an absent
/// optional field (written out in full, as by hand: `"poll": false`).
fn unknown_field(read: &serde_json::Value, written: &serde_json::Value, at: String) -> Option<String> {
    use serde_json::Value as V;
    match (read, written) {
        (V::Object(r), V::Object(w)) => r.iter().find_map(|(k, v)| {
            let here = if at.is_empty() { k.clone() } else { format!("{at}.{k}") };
            match w.get(k) {
                Some(wv) => unknown_field(v, wv, here),
                None if v.is_null() || *v == V::Bool(false) || v.as_array().is_some_and(Vec::is_empty) => None,
                None => Some(here),
            }
        }),
        (V::Array(r), V::Array(w)) => {
            r.iter().zip(w).enumerate().find_map(|(i, (a, b))| unknown_field(a, b, format!("{at}[{i}]")))
        }
        _ => None,
    }
}

/// Reads a save and replays it: the summer it records.
pub fn load_save(path: &Path) -> Result<Summer, Vec<Diagnostic>> {
    let save: Save = read_json(path)?;
    save.replay(&path.display().to_string())
}

/// Why a write was refused before anything was written (carried inside the `io::Error`, so
/// that callers keep one error type and can still say it in both languages: [`write_error`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The target is a folder.
    Folder,
    /// The target is read-only: its owner made it so, and a rename would silently undo that.
    ReadOnly,
    /// The target is a device, a FIFO or a socket: renaming over it would replace it.
    NotAFile,
    /// The path has no file name (`dir/..`, `/`).
    NoName,
}

impl Refusal {
    pub fn text(self) -> Text {
        match self {
            Refusal::Folder => tr!("save-target-is-a-folder"),
            Refusal::ReadOnly => tr!("save-target-read-only"),
            Refusal::NotAFile => tr!("save-target-not-a-file"),
            Refusal::NoName => tr!("save-target-no-name"),
        }
    }

    fn error(self) -> std::io::Error {
        let kind = match self {
            Refusal::Folder => std::io::ErrorKind::IsADirectory,
            Refusal::ReadOnly => std::io::ErrorKind::PermissionDenied,
            Refusal::NotAFile | Refusal::NoName => std::io::ErrorKind::InvalidInput,
        };
        std::io::Error::new(kind, self)
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text().en)
    }
}

impl std::error::Error for Refusal {}

/// A failed write said in both languages: our refusals by name, the system's errors by kind.
/// The system's own wording, in English only, follows in parentheses only where the kind is not
/// one named here (it is then all there is to go on): « folder not found », not « folder not
/// found (No such file or directory (os error 2)) ».
pub fn write_error(e: &std::io::Error) -> Text {
    use std::io::ErrorKind as K;
    if let Some(r) = e.get_ref().and_then(|x| x.downcast_ref::<Refusal>()) {
        return r.text();
    }
    let (what, known) = match e.kind() {
        K::NotFound => (tr!("save-folder-not-found"), true),
        K::PermissionDenied => (tr!("save-permission-denied"), true),
        K::IsADirectory => (Refusal::Folder.text(), true),
        K::StorageFull => (tr!("save-disk-full"), true),
        K::ReadOnlyFilesystem => (tr!("save-read-only-file-system"), true),
        K::NotADirectory => (tr!("save-path-not-a-folder"), true),
        _ => (tr!("save-cannot-write"), false),
    };
    // The system's own words, without the name of a scratch file the error may carry (tempfile
    // adds ` at path "…/.cjs-check-XXXX.tmp"`, a file the user never named).
    let full = e.to_string();
    let said = full.split(" at path \"").next().unwrap_or(&full).to_string();
    crate::i18n::each(|lang| match lang {
        _ if known => what.get(lang).to_string(),
        _ => crate::i18n::tr_args(
            lang,
            "save-write-error",
            &[("what", what.get(lang).into()), ("error", said.as_str().into())],
        ),
    })
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder
/// (`.NAME.cjs-PID-XXXXXX.tmp`, from `tempfile`), written, synced, renamed over `path`, then the
/// folder synced. The previous file stays whole until the new one is. A read-only file, a folder
/// or a device is refused, not replaced; the mode of the replaced file is kept; a symbolic link
/// is written through (its target is replaced, the link stays). Only temporary files of this
/// exact pattern whose writer is gone are removed afterwards: concurrent writers, other files
/// and the user's own `.tmp` files are left alone.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomic_with(path, &mut |f| f.write_all(bytes))
}

/// `write_atomic` of what `write` writes, as it writes it (a file too large to hold in memory
/// first: `batch --csv` of millions of summers).
pub fn write_atomic_with(
    path: &Path,
    write: &mut dyn FnMut(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    // Through a symbolic link: replace what it points at, keep the link.
    let (target, existing) = write_target(path)?;
    let Some(file_name) = target.file_name() else {
        return Err(Refusal::NoName.error());
    };
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let mut prefix = std::ffi::OsString::from(".");
    prefix.push(file_name);
    prefix.push(format!(".cjs-{}-", std::process::id()));
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp").rand_bytes(6);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // A new file gets the usual 0666 less the umask (tempfile's default is 0600).
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(&dir)?;
    if let Some(m) = &existing {
        // The replaced file's mode, exactly (not less the umask).
        std::fs::set_permissions(tmp.path(), m.permissions())?;
    }
    {
        let mut out = std::io::BufWriter::new(tmp.as_file_mut());
        write(&mut out)?;
        out.flush()?;
    }
    tmp.as_file().sync_all()?;
    // On failure the temporary file is dropped, which removes it.
    tmp.persist(&target).map_err(|e| e.error)?;
    if let Ok(d) = std::fs::File::open(&dir) {
        // Some file systems cannot sync a folder; the rename is done either way.
        let _ = d.sync_all();
    }
    remove_stale_temporaries(&dir, file_name);
    Ok(())
}

/// How old a temporary file of a dead writer must be before it is removed: a writer in another
/// PID namespace (a container sharing the folder) is not seen in `/proc`, but it does not take
/// this long to write a save.
const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(600);

/// Removes `.NAME.cjs-PID-XXXXXX.tmp` files left by a writer that was killed half-way: exactly
/// this pattern, a PID that no longer runs, and older than [`STALE_AFTER`]. Only where `/proc`
/// says which processes run (Linux); elsewhere nothing is removed.
fn remove_stale_temporaries(dir: &Path, file_name: &std::ffi::OsStr) {
    if !cfg!(target_os = "linux") || !Path::new("/proc/self").exists() {
        return;
    }
    let Some(name) = file_name.to_str() else { return };
    let head = format!(".{name}.cjs-");
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let n = e.file_name();
        let Some(n) = n.to_str() else { continue };
        let Some(pid) = stale_pid(n, &head) else { continue };
        if pid == std::process::id() || Path::new(&format!("/proc/{pid}")).exists() {
            continue;
        }
        let old = e.metadata().ok().and_then(|m| m.modified().ok()).and_then(|t| t.elapsed().ok());
        if old.is_some_and(|age| age >= STALE_AFTER) {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// The PID in `HEAD` + `PID-XXXXXX.tmp` (six letters or digits), if `n` is exactly that.
fn stale_pid(n: &str, head: &str) -> Option<u32> {
    let rest = n.strip_prefix(head)?.strip_suffix(".tmp")?;
    let (pid, rand) = rest.split_once('-')?;
    let ok = !pid.is_empty()
        && pid.bytes().all(|b| b.is_ascii_digit())
        && rand.len() == 6
        && rand.bytes().all(|b| b.is_ascii_alphanumeric());
    if ok { pid.parse().ok() } else { None }
}

/// Whether two paths name the same existing file (through links and other spellings).
pub fn same_file(a: &Path, b: &Path) -> bool {
    let (Ok(ma), Ok(mb)) = (std::fs::metadata(a), std::fs::metadata(b)) else { return false };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        ma.dev() == mb.dev() && ma.ino() == mb.ino()
    }
    #[cfg(not(unix))]
    {
        let _ = (ma, mb);
        matches!((std::fs::canonicalize(a), std::fs::canonicalize(b)), (Ok(x), Ok(y)) if x == y)
    }
}

pub fn write_json<T: Serialize>(path: &Path, value: &T) -> std::io::Result<()> {
    let bytes = serde_json::to_vec(value).map_err(std::io::Error::other)?;
    write_atomic(path, &bytes)
}
