//! One's own earlier summers: a small history file beside the saves, from which the game's
//! debrief shows a trainee practising alone their progress on a scenario (PEC, V, S, A, the
//! diagnosis, the postures taken by what the group needed). The game decides where the file
//! lives; this module reads, records and writes it, and knows no Bevy.
//!
//! Written atomically (`write_atomic`). A history that cannot be read (broken, edited, of
//! another version) is never lost silently: it is set aside under another name, in the same
//! folder, and the caller is told where; a new history begins. If it cannot even be set aside,
//! loading fails and the caller must not write over it.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{Mode, Save, Summer};
use crate::decision::Posture;
use crate::i18n::text_each;
use crate::sim::journal::Ev;
use crate::text::Text;
use crate::tr;

pub const HISTORY_FORMAT: &str = "cjs-history";
pub const HISTORY_VERSION: u32 = 1;
/// Summers kept; past it, the oldest are dropped first.
pub const MAX_SUMMERS: usize = 500;

/// The history file: every summer recorded, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct History {
    pub format: String,
    pub version: u32,
    pub summers: Vec<PastSummer>,
}

/// One summer as the history keeps it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PastSummer {
    pub scenario_id: String,
    pub scenario_hash: String,
    pub seed: u64,
    pub mode: Mode,
    /// The summer's identity: a digest of its scenario, seed, mode and decisions, so that one
    /// summer recorded twice (a reload, a replay) counts once.
    pub id: String,
    /// Whether the summer was played to its end.
    pub finished: bool,
    pub decisions: u16,
    pub pec: f64,
    pub v: f64,
    pub s: f64,
    pub a: f64,
    /// The readings stated of the group, and those that matched (the diagnosis).
    pub readings: u16,
    pub readings_matched: u16,
    /// The postures taken by the posture the group needed: `postures[need][taken]`, each in the
    /// order of `Posture::ALL` (decide, suggest, facilitate, step back).
    pub postures: [[u16; 4]; 4],
}

fn posture_ix(p: Posture) -> usize {
    Posture::ALL.iter().position(|&q| q == p).unwrap_or(0)
}

impl PastSummer {
    /// What names a summer in the history: its scenario's hash, seed, mode, seats and inputs
    /// (the same summer replayed has the same id).
    pub fn id_of(save: &Save) -> String {
        let mut digest = Sha256::new();
        digest.update(save.scenario_hash.as_bytes());
        digest.update(save.seed.to_le_bytes());
        digest.update(serde_json::to_vec(&(save.mode, &save.seats, &save.inputs)).unwrap_or_default());
        digest.finalize().iter().take(16).map(|b| format!("{b:02x}")).collect()
    }

    /// The summer as it stands.
    pub fn of(summer: &Summer) -> PastSummer {
        let (save, season) = (&summer.save, &summer.season);
        let summary = summer.summary();
        let mut postures = [[0u16; 4]; 4];
        let mut need = None;
        for e in season.journal() {
            match e.ev {
                Ev::Opened { need: n, .. } => need = Some(posture_ix(n.fitting())),
                Ev::Posture { posture, .. } => {
                    if let Some(n) = need.take() {
                        let cell = &mut postures[n][posture_ix(posture)];
                        *cell = cell.saturating_add(1);
                    }
                }
                _ => {}
            }
        }
        PastSummer {
            scenario_id: save.scenario_id.clone(),
            scenario_hash: save.scenario_hash.clone(),
            seed: save.seed,
            mode: save.mode,
            id: PastSummer::id_of(save),
            finished: season.over(),
            decisions: u16::try_from(save.inputs.len()).unwrap_or(u16::MAX),
            pec: summary.pec.total,
            v: summary.pec.v,
            s: summary.pec.s,
            a: summary.pec.a,
            readings: summary.readings,
            readings_matched: summary.readings_matched,
            postures,
        }
    }
}

impl Default for History {
    fn default() -> History {
        History { format: HISTORY_FORMAT.into(), version: HISTORY_VERSION, summers: Vec::new() }
    }
}

impl History {
    /// Records a summer; `false` if it was there already (it is then left as it was).
    pub fn record(&mut self, s: PastSummer) -> bool {
        if self.summers.iter().any(|x| x.id == s.id) {
            return false;
        }
        self.summers.push(s);
        let over = self.summers.len().saturating_sub(MAX_SUMMERS);
        self.summers.drain(..over);
        true
    }

    /// The earlier summers of a scenario, oldest first.
    pub fn of_scenario<'a>(&'a self, scenario_id: &'a str) -> impl Iterator<Item = &'a PastSummer> + 'a {
        self.summers.iter().filter(move |s| s.scenario_id == scenario_id)
    }

    /// Forgets the summers of a scenario (the debrief's button), or all of them.
    pub fn clear(&mut self, scenario_id: Option<&str>) {
        match scenario_id {
            Some(id) => self.summers.retain(|s| s.scenario_id != id),
            None => self.summers.clear(),
        }
    }
}

/// What loading a history gave beside it: nothing to say, or a history set aside.
#[derive(Debug, Clone, PartialEq)]
pub enum Note {
    None,
    /// The file could not be read: it was moved to `to`, and a new history begins.
    SetAside {
        to: PathBuf,
        why: Text,
    },
}

/// Reads the history at `path`: a missing file is an empty history. A file that cannot be read
/// is renamed `NAME.unreadable-N` (the first free N) beside it and reported in the note, and an
/// empty history is returned. `Err` (with why) when it cannot be read nor set aside: the caller
/// must then not write the history, so as not to lose it.
pub fn load_history(path: &Path) -> Result<(History, Note), Text> {
    let name = path.display().to_string();
    let why: Text = match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((History::default(), Note::None)),
        Ok(m) if m.is_dir() => tr!("save-source-is-a-folder"),
        _ => match super::read_json::<History>(path) {
            Ok(h) if h.format == HISTORY_FORMAT && h.version == HISTORY_VERSION => return Ok((h, Note::None)),
            Ok(h) => tr!(
                "save-history-of-another-version",
                format = format!("{}", h.format),
                version = format!("{}", h.version)
            ),
            Err(d) => {
                let first = d.into_iter().next();
                text_each("save-history-unreadable", |lang| {
                    vec![("why", first.as_ref().map(|d| d.render(lang)).unwrap_or_default().into())]
                })
            }
        },
    };
    let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "history".into());
    let aside = (1..1000u32)
        .map(|n| path.with_file_name(format!("{file_name}.unreadable-{n}")))
        .find(|p| std::fs::symlink_metadata(p).is_err());
    let Some(to) = aside else {
        return Err(tr!("save-history-left-as-is", file = format!("{}", name), why = format!("{}", "…")));
    };
    match std::fs::rename(path, &to) {
        Ok(()) => Ok((History::default(), Note::SetAside { to, why })),
        Err(e) => Err(tr!("save-history-left-as-is", file = format!("{}", name), why = format!("{}", e))),
    }
}

/// Writes the history atomically.
pub fn save_history(path: &Path, h: &History) -> std::io::Result<()> {
    super::write_json(path, h)
}

/// The note in a sentence, naming both files.
pub fn note_text(path: &Path, note: &Note) -> Option<Text> {
    match note {
        Note::None => None,
        Note::SetAside { to, why } => Some(text_each("save-history-set-aside", |lang| {
            vec![
                ("file", path.display().to_string().into()),
                ("to", to.display().to_string().into()),
                ("why", why.get(lang).to_string().into()),
            ]
        })),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::{Policy, play};
    use crate::sim::World;

    fn folder(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("cjs-history-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).expect("a folder");
        d
    }

    fn summer(seed: u64, policy: Policy) -> PastSummer {
        let src = include_str!("../../scenarios/quintin-2013.ron");
        let w = World::new(&crate::scenario::load_str("quintin-2013.ron", src).expect("the scenario loads"));
        let (season, inputs) = play(&w, seed, policy);
        let save = crate::save::Save::new(&w, seed, Mode::Animateur, None, vec![], inputs);
        PastSummer::of(&Summer { world: w, save, season })
    }

    #[test]
    fn two_summers_survive_a_restart_and_the_same_summer_counts_once() {
        let dir = folder("restart");
        let path = dir.join("history.json");
        let (h, note) = load_history(&path).expect("no file: an empty history");
        assert!(h.summers.is_empty() && note == Note::None);
        let mut h = h;
        let first = summer(1, Policy::Directive);
        assert!(h.record(first.clone()));
        assert!(h.record(summer(2, Policy::Adaptive)));
        assert!(!h.record(first.clone()), "the same summer again");
        save_history(&path, &h).expect("written");
        // A restart: read back from the file.
        let (back, note) = load_history(&path).expect("read back");
        assert_eq!(note, Note::None);
        assert_eq!(back, h);
        let mine: Vec<&PastSummer> = back.of_scenario("quintin-2013").collect();
        assert_eq!(mine.len(), 2);
        assert!(mine[1].pec > mine[0].pec, "adaptive after directive: progress to show");
        assert_eq!(back.of_scenario("tutorial").count(), 0);
        // Postures by need add up to the decisions; directive always decided.
        for s in &mine {
            assert_eq!(s.postures.iter().flatten().map(|&n| n as u32).sum::<u32>(), u32::from(s.decisions));
        }
        assert!(mine[0].postures.iter().all(|row| row[1..].iter().all(|&n| n == 0)), "directive: decide only");
        let mut cleared = back;
        cleared.clear(Some("quintin-2013"));
        assert!(cleared.summers.is_empty());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_corrupt_history_is_set_aside_and_said_never_lost() {
        let dir = folder("corrupt");
        let path = dir.join("history.json");
        let cases: [&[u8]; 3] = [
            b"{\"format\": \"cjs-history\", \"version\": 1, \"summers\": [",
            b"{\"format\": \"cjs-history\", \"version\": 99, \"summers\": []}",
            b"\xff\xfe not even text",
        ];
        for (k, bytes) in cases.iter().enumerate() {
            std::fs::write(&path, bytes).expect("written");
            let (h, note) = load_history(&path).expect("set aside");
            assert!(h.summers.is_empty());
            let Note::SetAside { to, .. } = &note else { panic!("{k}: the history is set aside") };
            assert_eq!(to, &dir.join(format!("history.json.unreadable-{}", k + 1)), "the first free name");
            assert_eq!(std::fs::read(to).expect("kept"), *bytes, "{k}: the old file is kept whole");
            assert!(!path.exists(), "a new history begins");
            let said = note_text(&path, &note).expect("said");
            for lang in [crate::text::Lang::Fr, crate::text::Lang::En] {
                assert!(said.get(lang).contains(&to.display().to_string()), "{lang:?}: {}", said.get(lang));
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn the_oldest_summers_go_first_past_the_cap() {
        let mut h = History::default();
        let s = summer(3, Policy::Reader);
        for k in 0..MAX_SUMMERS + 3 {
            h.record(PastSummer { id: format!("{k}"), ..s.clone() });
        }
        assert_eq!(h.summers.len(), MAX_SUMMERS);
        assert_eq!(h.summers[0].id, "3");
    }
}
