//! `cjs report`: the debrief of a journal, in HTML, Markdown or CSV.

use std::path::PathBuf;

use clap::ArgMatches;

use super::args::file_arg;
use super::{Exit, diags, refuse_overwrite, write_out};
use crate::text::Lang;
use crate::tr;

pub(super) fn report_cmd(m: &ArgMatches, lang: Lang) -> Exit {
    let journal = file_arg(m, "journal").unwrap_or_default();
    let out = file_arg(m, "out").unwrap_or_default();
    let compare = file_arg(m, "compare");
    // Reads a journal and checks that replaying its decisions gives the same summer.
    let open = |path: &PathBuf| crate::save::load_journal(path).map_err(|d| diags(d, lang));
    for input in std::iter::once(&journal).chain(compare.as_ref()) {
        if let Err(e) = refuse_overwrite(input, &out, "--out", lang) {
            return e;
        }
    }
    let (jf, w, season) = match open(&journal) {
        Ok(x) => x,
        Err(e) => return e,
    };
    let ext = out.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    if compare.is_some() && !matches!(ext.as_str(), "html" | "htm") {
        return Exit::Input(vec![
            tr!("cli-compare-puts-two-summers-side-by", out = format!("{}", out.display())).get(lang).to_string(),
        ]);
    }
    let other = match compare.as_ref().map(open) {
        Some(Ok(x)) => Some(x),
        Some(Err(e)) => return e,
        None => None,
    };
    let body = match ext.as_str() {
        "md" => crate::report::render::markdown(&jf, &w, &season, lang),
        "csv" => crate::report::render::csv(&jf, &w, &season, lang),
        "html" | "htm" => {
            let mut runs = vec![(&jf, &w, &season)];
            if let Some((jf2, w2, s2)) = &other {
                runs.push((jf2, w2, s2));
            }
            crate::report::render::html(&runs, lang)
        }
        _ => {
            return Exit::Input(vec![
                tr!("cli-out-must-end-in-html-md", out = format!("{}", out.display())).get(lang).to_string(),
            ]);
        }
    };
    match write_out(&out, body.as_bytes(), lang) {
        Ok(()) => Exit::Ok,
        Err(e) => e,
    }
}
