//! Saves and journal files. A save is (scenario, seed, inputs so far): loading replays it, so a
//! save can never disagree with the engine. A journal file adds what happened, for the report.
//! Both are JSON, written atomically: a temporary file in the same folder, synced, renamed over
//! the old one, then the folder synced; the previous file stays whole until the new one is.

use std::io::Write;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::decision::Input;
use crate::report::Summary;
use crate::scenario::{Diagnostic, load_str};
use crate::sim::journal::Entry;
use crate::sim::season::WeekRecord;
use crate::sim::{Season, World};
use crate::text::Text;
use crate::tr;

pub const SAVE_FORMAT: &str = "cjs-save";
pub const JOURNAL_FORMAT: &str = "cjs-journal";
/// 2: the model of a group that answers back (saves of version 1 would replay another summer).
pub const VERSION: u32 = 2;
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
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JournalFile {
    pub format: String,
    pub version: u32,
    pub save: Save,
    pub summary: Summary,
    pub weeks: Vec<WeekRecord>,
    pub entries: Vec<Entry>,
}

impl Save {
    pub fn new(w: &World, seed: u64, mode: Mode, policy: Option<&str>, seats: Vec<u8>, inputs: Vec<Input>) -> Save {
        Save {
            format: SAVE_FORMAT.into(),
            version: VERSION,
            scenario_id: w.scenario.id.clone(),
            scenario_hash: w.hash.clone(),
            scenario_source: w.source.clone(),
            seed,
            mode,
            policy: policy.map(str::to_string),
            seats,
            inputs,
            guided: false,
        }
    }

    /// Rebuilds the world and replays the inputs.
    pub fn replay(&self, name: &str) -> Result<(World, Season), Vec<Diagnostic>> {
        let one = |t: Text| vec![Diagnostic::new(name, t)];
        if self.format == SAVE_FORMAT && self.version < VERSION {
            return Err(one(tr!(
                "sauvegarde d'une version antérieure du modèle (v{}) : ses décisions rejoueraient un autre été ; commencez une nouvelle partie",
                "a save of an earlier version of the model (v{}): its decisions would replay another summer; start a new game",
                self.version
            )));
        }
        if self.format != SAVE_FORMAT || self.version != VERSION {
            return Err(one(tr!(
                "ce n'est pas une sauvegarde de cette version (format {} v{})",
                "not a save of this version (format {} v{})",
                self.format,
                self.version
            )));
        }
        let loaded = load_str(&format!("{name} (scenario)"), &self.scenario_source)?;
        if loaded.hash != self.scenario_hash || loaded.scenario.id != self.scenario_id {
            return Err(one(tr!(
                "le scénario de la sauvegarde a été modifié (empreinte différente)",
                "the save's scenario was altered (hash differs)"
            )));
        }
        let world = World::new(&loaded);
        let mut season = Season::new(&world, self.seed);
        for (i, input) in self.inputs.iter().enumerate() {
            if let Err(e) = season.decide(&world, input) {
                let why = e.text();
                return Err(one(Text::new(
                    format!("décision {} invalide dans la sauvegarde : {}", i + 1, why.fr),
                    format!("decision {} of the save is invalid: {}", i + 1, why.en),
                )));
            }
        }
        Ok((world, season))
    }
}

impl JournalFile {
    pub fn new(save: Save, season: &Season, w: &World) -> JournalFile {
        let policy = save.policy.clone().unwrap_or_else(|| "players".into());
        JournalFile {
            format: JOURNAL_FORMAT.into(),
            version: VERSION,
            summary: Summary::of(season, w, &policy),
            weeks: season.weeks().to_vec(),
            entries: season.journal().to_vec(),
            save,
        }
    }
}

/// Reads a JSON file of ours with the same guards as scenarios: size cap, UTF-8, located errors.
pub fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, Vec<Diagnostic>> {
    let name = path.display().to_string();
    let meta = std::fs::metadata(path)
        .map_err(|_| vec![Diagnostic::new(&name, tr!("fichier introuvable", "file not found"))])?;
    if meta.len() > MAX_BYTES {
        return Err(vec![Diagnostic::new(
            &name,
            tr!("fichier trop gros ({} octets)", "file too large ({} bytes)", meta.len()),
        )]);
    }
    let text = crate::scenario::load::read_capped_to(path, &name, MAX_BYTES)?;
    serde_json::from_str(&text).map_err(|e| {
        vec![Diagnostic::at(
            &name,
            (e.line().max(1), e.column().max(1)),
            tr!("fichier illisible ou d'un autre format : {}", "unreadable file, or of another format: {}", e),
        )]
    })
}

pub fn load_save(path: &Path) -> Result<(Save, World, Season), Vec<Diagnostic>> {
    let name = path.display().to_string();
    let save: Save = read_json(path)?;
    let (w, s) = save.replay(&name)?;
    Ok((save, w, s))
}

/// Writes `bytes` to `path` atomically.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let file_name = path.file_name().map(|f| f.to_string_lossy().to_string()).unwrap_or_else(|| "save".into());
    let tmp = dir.join(format!(".{file_name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)?;
        if let Ok(d) = std::fs::File::open(&dir) {
            let _ = d.sync_all();
        }
        // Temporary files left by an earlier write that was killed half-way.
        let stale = format!(".{file_name}.");
        if let Ok(entries) = std::fs::read_dir(&dir) {
            for e in entries.flatten() {
                let n = e.file_name().to_string_lossy().to_string();
                if n.starts_with(&stale) && n.ends_with(".tmp") {
                    let _ = std::fs::remove_file(e.path());
                }
            }
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

pub fn write_json<T: Serialize>(path: &Path, value: &T) -> std::io::Result<()> {
    let bytes = serde_json::to_vec(value).map_err(std::io::Error::other)?;
    write_atomic(path, &bytes)
}
