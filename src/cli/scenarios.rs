//! `cjs scenarios` lists the shipped scenarios; `cjs check` validates scenario files.

use std::ffi::OsString;
use std::path::Path;

use clap::ArgMatches;

use super::{Exit, h, print};
use crate::scenario::{load_file, shipped};
use crate::text::{Lang, for_terminal};

pub(super) fn scenarios_cmd(m: &ArgMatches, lang: Lang) -> Exit {
    let all = shipped::all();
    if m.get_flag("json") {
        let rows: Vec<serde_json::Value> = all
            .iter()
            .map(|l| {
                let s = &l.scenario;
                serde_json::json!({"id": s.id, "title": s.title.get(lang), "weeks": s.calendar.weeks, "level": format!("{:?}", s.level).to_lowercase(), "cooperants": s.cooperants.len(), "currency": s.currency})
            })
            .collect();
        return print(&format!("{}\n", serde_json::Value::Array(rows)));
    }
    let mut out = String::new();
    out.push_str(&format!(
        "{:<24} {:<8} {:<13} {}\n",
        "id",
        h(lang, "cli-weeks"),
        h(lang, "cli-level"),
        h(lang, "cli-title")
    ));
    for l in &all {
        let s = &l.scenario;
        out.push_str(&format!(
            "{:<24} {:<8} {:<13} {}\n",
            s.id,
            s.calendar.weeks,
            s.level.word(lang),
            s.title.get(lang)
        ));
    }
    print(&out)
}

pub(super) fn check_cmd(m: &ArgMatches, lang: Lang) -> Exit {
    let mut errors = Vec::new();
    let mut ok = String::new();
    for f in m.get_many::<OsString>("files").into_iter().flatten() {
        let f = Path::new(f);
        match load_file(f) {
            // One line per file, whatever the title holds.
            Ok(l) => ok.push_str(&format!(
                "{}\n",
                for_terminal(
                    &format!("{}: {} ({})", f.display(), h(lang, "cli-valid"), l.scenario.title.get(lang)),
                    true
                )
            )),
            Err(d) => errors.extend(super::rendered(&d, lang)),
        }
    }
    if let failed @ Exit::Write(_) = print(&ok) {
        return failed;
    }
    if errors.is_empty() { Exit::Ok } else { Exit::Input(errors) }
}
