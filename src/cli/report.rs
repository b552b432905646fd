//! `cjs report`: the debrief of a journal, in HTML, Markdown or CSV; of two side by side
//! (`--compare`); or of a class, many journals of one scenario (the class debrief).

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use clap::ArgMatches;
use rayon::prelude::*;

use super::args::file_arg;
use super::{Exit, diags, refuse_overwrite, refuse_unwritable, write_out};
use crate::report::render::{self, Format, Played};
use crate::save::{Journal, Save};
use crate::scenario::Diagnostic;
use crate::text::{Lang, for_terminal};
use crate::tr;

/// The format asked by the extension of `--out`.
fn format_of(out: &Path) -> Option<Format> {
    match out.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase().as_str() {
        "html" | "htm" => Some(Format::Html),
        "md" => Some(Format::Markdown),
        "csv" => Some(Format::Csv),
        _ => None,
    }
}

fn bad_out(out: &Path, lang: Lang) -> Exit {
    Exit::Input(vec![tr!("cli-out-bad-extension", out = format!("{}", out.display())).get(lang).to_string()])
}

pub(super) fn report_cmd(m: &ArgMatches, lang: Lang) -> Exit {
    let journals: Vec<PathBuf> =
        m.get_many::<OsString>("journal").map(|v| v.map(PathBuf::from).collect()).unwrap_or_default();
    let out = file_arg(m, "out").unwrap_or_default();
    let compare = file_arg(m, "compare");
    if journals.len() > 1 {
        if compare.is_some() {
            return Exit::Input(vec![tr!("cli-class-compare-one-journal").get(lang).to_string()]);
        }
        return class_cmd(&journals, &out, m.get_flag("names"), lang);
    }
    if m.get_flag("names") {
        return Exit::Input(vec![tr!("cli-names-needs-a-class").get(lang).to_string()]);
    }
    let path = journals.into_iter().next().unwrap_or_default();
    // Reads a journal and checks that replaying its decisions gives the same summer.
    let open = |path: &PathBuf| crate::save::load_journal(path).map_err(|d| diags(d, lang));
    for input in std::iter::once(&path).chain(compare.as_ref()) {
        if let Err(e) = refuse_overwrite(input, &out, "--out", lang) {
            return e;
        }
    }
    if let Err(e) = refuse_unwritable(&out, "--out", lang) {
        return e;
    }
    let journal = match open(&path) {
        Ok(x) => x,
        Err(e) => return e,
    };
    let format = format_of(&out);
    if compare.is_some() && format != Some(Format::Html) {
        return Exit::Input(vec![
            tr!("cli-compare-needs-html", out = format!("{}", out.display())).get(lang).to_string(),
        ]);
    }
    let other = match compare.as_ref().map(open) {
        Some(Ok(x)) => Some(x),
        Some(Err(e)) => return e,
        None => None,
    };
    // Two summers side by side share the money charts' scales: of one scenario only, and of one
    // version of its text, as in the class debrief (another scenario, or the same one edited, may
    // count in another currency, over other weeks).
    if let (Some(o), Some(other_path)) = (&other, &compare) {
        let (theirs, ours) = (&o.summer.save, &journal.summer.save);
        let other = format!("{}", other_path.display());
        let why = if theirs.scenario_id != ours.scenario_id {
            Some(tr!(
                "cli-compare-another-scenario",
                other = other,
                theirs = format!("{}", theirs.scenario_id),
                ours = format!("{}", ours.scenario_id)
            ))
        } else if theirs.scenario_hash != ours.scenario_hash {
            Some(tr!("cli-compare-another-version", other = other, ours = format!("{}", ours.scenario_id)))
        } else {
            None
        };
        if let Some(why) = why {
            return Exit::Input(vec![why.get(lang).to_string()]);
        }
    }
    let body = match format {
        Some(Format::Markdown) => render::markdown(&journal, lang),
        Some(Format::Csv) => render::csv(&journal, lang),
        Some(Format::Html) => {
            let runs: Vec<Played> = std::iter::once(&journal).chain(&other).map(Played::from).collect();
            render::html(&runs, lang)
        }
        None => return bad_out(&out, lang),
    };
    match write_out(&out, body.as_bytes(), lang) {
        Ok(()) => Exit::Ok,
        Err(e) => e,
    }
}

/// The class debrief: every journal read and checked (in parallel), each bad one named with
/// why, and nothing written unless all are good; copies of one summer counted once and said.
fn class_cmd(journals: &[PathBuf], out: &Path, names: bool, lang: Lang) -> Exit {
    let Some(format) = format_of(out) else { return bad_out(out, lang) };
    for input in journals {
        if let Err(e) = refuse_overwrite(input, out, "--out", lang) {
            return e;
        }
    }
    if let Err(e) = refuse_unwritable(out, "--out", lang) {
        return e;
    }
    let loaded: Vec<Result<Journal, Vec<Diagnostic>>> =
        journals.par_iter().map(|p| crate::save::load_journal(p)).collect();
    let mut errors: Vec<String> = Vec::new();
    let mut good: Vec<(usize, Journal)> = Vec::new();
    let mut copies: Vec<String> = Vec::new();
    for (i, r) in loaded.into_iter().enumerate() {
        match r {
            Err(d) => errors.extend(super::rendered(&d, lang)),
            Ok(x) => match good.iter().find(|(_, g)| g.summer.save == x.summer.save) {
                Some((first, _)) => copies.push(
                    tr!(
                        "cli-class-duplicate-journal",
                        copy = format!("{}", journals[i].display()),
                        first = format!("{}", journals[*first].display())
                    )
                    .get(lang)
                    .to_string(),
                ),
                None => good.push((i, x)),
            },
        }
    }
    // The class's scenario is the one most of its journals are of (the first, on a tie).
    let key = |j: &Journal| (j.summer.save.scenario_id.clone(), j.summer.save.scenario_hash.clone());
    let class_key = good
        .iter()
        .map(|(_, g)| key(g))
        .max_by_key(|k| (good.iter().filter(|(_, g)| key(g) == *k).count(), std::cmp::Reverse(first_of(&good, k))));
    if let Some((id, hash)) = &class_key {
        for (i, j) in &good {
            let save = &j.summer.save;
            let name = journals[*i].display().to_string();
            let why = if save.scenario_id != *id {
                tr!("cli-class-another-scenario", theirs = format!("{}", save.scenario_id), class = format!("{}", id))
            } else if save.scenario_hash != *hash {
                tr!("cli-class-another-version", class = format!("{}", id))
            } else {
                continue;
            };
            errors.push(Diagnostic::new(&name, why).render(lang));
        }
    }
    if errors.is_empty() && good.len() == 1 {
        // Copies of one summer: nothing to compare, and a page saying the class agreed.
        let one = journals[good[0].0].display().to_string();
        let one = if one.contains(char::is_whitespace) { format!("\"{one}\"") } else { one };
        return Exit::Input(vec![tr!("cli-class-one-summer", first = one).get(lang).to_string()]);
    }
    if !errors.is_empty() {
        errors.extend(copies);
        return Exit::Input(errors);
    }
    {
        let mut err = std::io::stderr().lock();
        for c in &copies {
            use std::io::Write;
            let _ = writeln!(err, "{}", for_terminal(c, true));
        }
    }
    let labels: Vec<String> = if names {
        let file_names: Vec<String> = good
            .iter()
            .map(|(i, _)| journals[*i].file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned()))
            .collect();
        good.iter()
            .zip(&file_names)
            .map(|((i, _), n)| {
                let label = if n.is_empty() || file_names.iter().filter(|m| *m == n).count() > 1 {
                    journals[*i].display().to_string()
                } else {
                    n.clone()
                };
                // A file's name may hold control characters (an escape sequence) or direction
                // overrides that reorder what is shown: none reaches the page, the Markdown or
                // the CSV.
                label.chars().filter(|&c| !c.is_control() && !crate::scenario::validate::shows_nothing(c)).collect()
            })
            .collect()
    } else {
        (0..good.len()).map(render::letter).collect()
    };
    let runs: Vec<Played> = good.iter().map(|(_, j)| Played::from(j)).collect();
    let body = render::class(&runs, labels, lang, format);
    match write_out(out, body.as_bytes(), lang) {
        Ok(()) => Exit::Ok,
        Err(e) => e,
    }
}

/// Where the first journal of scenario `k` is in the class.
fn first_of(good: &[(usize, Journal)], k: &(String, String)) -> usize {
    let of = |s: &Save| (s.scenario_id.as_str(), s.scenario_hash.as_str()) == (&k.0, &k.1);
    good.iter().position(|(_, g)| of(&g.summer.save)).unwrap_or(0)
}
