//! `cjs batch` plays many summers of one policy; `cjs compare` every policy side by side.

use std::io::IsTerminal;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use clap::ArgMatches;

use super::args::file_arg;
use super::{Exit, diags, h, print, refuse_overwrite, refuse_unwritable};
use crate::policy::Policy;
use crate::report::batch;
use crate::save::write_error;
use crate::scenario::resolve_os;
use crate::text::{Lang, Text};
use crate::tr;

/// Most summers in one batch: ten million take about ten minutes on 2 cores.
pub const MAX_SEEDS: u64 = 10_000_000;
/// Most threads for a batch: more than this is a typo, and each thread costs memory.
pub const MAX_THREADS: usize = 256;

fn parse_seeds(s: &str) -> Result<(u64, u64), Text> {
    let form = || tr!("cli-seeds-expects-range", s = format!("{}", s));
    let (a, b) = s.split_once("..").ok_or_else(form)?;
    // A number that is no seed (`-1`, more than 2^64 − 1) is said as such, not as a bad form.
    let seed = |x: &str| {
        x.parse::<u64>().map_err(|_| {
            let digits = x.strip_prefix('-').unwrap_or(x);
            if !digits.is_empty() && digits.bytes().all(|c| c.is_ascii_digit()) {
                tr!("cli-seed-out-of-range", s = format!("{s}"), max = format!("{}", u64::MAX))
            } else {
                form()
            }
        })
    };
    let a = seed(a.trim())?;
    let b = seed(b.trim().trim_start_matches('='))?;
    if a > b {
        return Err(form());
    }
    if b - a >= MAX_SEEDS {
        return Err(tr!(
            "cli-seeds-too-many",
            max_seeds = format!("{}", MAX_SEEDS),
            s = format!("{}", s),
            a = format!("{}", u128::from(b - a) + 1)
        ));
    }
    Ok((a, b))
}

fn parse_threads(s: &str) -> Result<usize, Text> {
    match s.trim().parse::<usize>() {
        Ok(n) if (1..=MAX_THREADS).contains(&n) => Ok(n),
        _ => Err(tr!("cli-threads-out-of-range", max_threads = format!("{}", MAX_THREADS), s = format!("{}", s))),
    }
}

/// The progress of `n` summers, on the terminal's standard error.
fn progress(n: u64, lang: Lang) -> indicatif::ProgressBar {
    let b = indicatif::ProgressBar::new(n);
    b.set_style(
        indicatif::ProgressStyle::with_template(&progress_template(lang))
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    b
}

/// Ctrl-C while a CSV is written: the flag the summers stop on at the end of the chunk under
/// way, so that the file being written is removed (the signal would end the process and leave it
/// behind); a second Ctrl-C ends the process at once.
fn stop_on_ctrl_c() -> Arc<AtomicBool> {
    let stop = Arc::new(AtomicBool::new(false));
    let asked = stop.clone();
    let _ = ctrlc::set_handler(move || {
        if asked.swap(true, Ordering::SeqCst) {
            std::process::exit(130);
        }
    });
    stop
}

pub(super) fn batch_cmd(m: &ArgMatches, lang: Lang) -> Exit {
    let arg = file_arg(m, "scenario").unwrap_or_default();
    let loaded = match resolve_os(arg.as_os_str()) {
        Ok(l) => l,
        Err(d) => return diags(d, lang),
    };
    if let Some(out) = file_arg(m, "csv")
        && let Err(e) =
            refuse_overwrite(&arg, &out, "--csv", lang).and_then(|()| refuse_unwritable(&out, "--csv", lang))
    {
        return e;
    }
    let seeds = m.get_one::<String>("seeds").cloned().unwrap_or_default();
    let (from, to) = match parse_seeds(&seeds) {
        Ok(r) => r,
        Err(t) => return Exit::Input(vec![t.get(lang).to_string()]),
    };
    let threads = match m.get_one::<String>("threads").map(|t| parse_threads(t)) {
        Some(Err(t)) => return Exit::Input(vec![t.get(lang).to_string()]),
        Some(Ok(n)) => Some(n),
        None => None,
    };
    let policy = m.get_one::<String>("policy").and_then(|p| Policy::parse(p)).unwrap_or(Policy::Adaptive);
    let w = match super::args::world_with_sets(&loaded, m) {
        Ok(w) => w,
        Err(t) => return Exit::Input(vec![t.get(lang).to_string()]),
    };
    let n = to - from + 1;
    let bar = (std::io::stderr().is_terminal() && n >= 2000).then(|| progress(n, lang));
    let tick = || {
        if let Some(b) = &bar {
            b.inc(1);
        }
    };
    let stop = if file_arg(m, "csv").is_some() { stop_on_ctrl_c() } else { Arc::default() };
    // The summers are played a chunk at a time and only their few reported numbers kept; the
    // CSV's rows are written as they come, in seed order, to a file renamed into place at the end.
    let play = || -> std::io::Result<Vec<batch::Figs>> {
        match file_arg(m, "csv") {
            Some(out) => {
                let mut figs = Vec::new();
                crate::save::write_atomic_with(&out, &mut |f| {
                    f.write_all(batch::CSV_HEADER.as_bytes())?;
                    figs = batch::run_each(&w, from, to, policy, &tick, &mut |r| {
                        if stop.load(Ordering::SeqCst) {
                            return Err(std::io::ErrorKind::Interrupted.into());
                        }
                        f.write_all(batch::csv_row(r).as_bytes())
                    })?;
                    Ok(())
                })
                .map_err(|e| {
                    std::io::Error::new(e.kind(), format!("{}: {}", out.display(), write_error(&e).get(lang)))
                })?;
                Ok(figs)
            }
            None => batch::run_each(&w, from, to, policy, &tick, &mut |_| Ok(())),
        }
    };
    let runs = match threads {
        Some(t) => match rayon::ThreadPoolBuilder::new().num_threads(t).build() {
            Ok(pool) => pool.install(play),
            Err(e) => return Exit::Fail(e.to_string()),
        },
        None => play(),
    };
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let runs = match runs {
        Ok(r) => r,
        Err(_) if stop.load(Ordering::SeqCst) => {
            let out = file_arg(m, "csv").map(|o| o.display().to_string()).unwrap_or_default();
            return Exit::Fail(tr!("cli-batch-interrupted", out = out).get(lang).to_string());
        }
        Err(e) => return Exit::Fail(e.to_string()),
    };
    let sum = batch::summarize_figs(&w, policy, from, to, &runs);
    if m.get_flag("json") {
        return print(&format!("{}\n", serde_json::to_string(&sum).unwrap_or_default()));
    }
    let mut out = tr!(
        "cli-summers-policy",
        title = format!("{}", w.scenario.title.get(lang)),
        runs = sum.runs,
        policy = format!("{}", sum.policy)
    )
    .get(lang)
    .to_string();
    out.push_str(&format!(
        "{:<16} {:>9} {:>8} {:>9} {:>9} {:>9}\n",
        "",
        h(lang, "cli-mean"),
        h(lang, "cli-sd"),
        "p10",
        "p50",
        "p90"
    ));
    // Decimals written the language's way (a comma in French), as `cjs compare` writes them.
    let n = |x: f64| crate::words::decimal(x, 2, lang);
    for (name, st) in [
        ("PEC", sum.figures.pec),
        ("Vision", sum.figures.v),
        (h(lang, "cli-support"), sum.figures.s),
        (h(lang, "cli-autonomy"), sum.figures.a),
        (h(lang, "cli-revenue"), sum.figures.revenue),
        (h(lang, "cli-pay-member"), sum.figures.pay_per_member),
    ] {
        out.push_str(&format!(
            "{:<16} {:>9} {:>8} {:>9} {:>9} {:>9}\n",
            name,
            n(st.mean),
            n(st.sd),
            n(st.p10),
            n(st.p50),
            n(st.p90)
        ));
    }
    print(&out)
}

/// `cjs compare SCENARIO --seeds A..B [--json]`: every policy side by side.
pub(super) fn compare_cmd(m: &ArgMatches, lang: Lang) -> Exit {
    let arg = file_arg(m, "scenario").unwrap_or_default();
    let loaded = match resolve_os(arg.as_os_str()) {
        Ok(l) => l,
        Err(d) => return diags(d, lang),
    };
    let seeds = m.get_one::<String>("seeds").cloned().unwrap_or_default();
    let (from, to) = match parse_seeds(&seeds) {
        Ok(r) => r,
        Err(t) => return Exit::Input(vec![t.get(lang).to_string()]),
    };
    // One cap on the summers played in all, whatever the number of policies becomes.
    let n = (to - from + 1).saturating_mul(Policy::all().len() as u64);
    if n > MAX_SEEDS {
        return Exit::Input(vec![
            tr!(
                "cli-compare-too-many-summers",
                max_seeds = format!("{}", MAX_SEEDS),
                s = seeds.clone(),
                policies = format!("{}", Policy::all().len()),
                n = format!("{}", n)
            )
            .get(lang)
            .to_string(),
        ]);
    }
    let w = match super::args::world_with_sets(&loaded, m) {
        Ok(w) => w,
        Err(t) => return Exit::Input(vec![t.get(lang).to_string()]),
    };
    // The score-seeker tries every choice at every decision: a comparison takes a while, so a
    // terminal sees its progress.
    let bar = std::io::stderr().is_terminal().then(|| progress(n, lang));
    let tick = || {
        if let Some(b) = &bar {
            b.inc(1);
        }
    };
    let c = crate::report::compare::run(&w, from, to, &tick);
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    if m.get_flag("json") {
        return print(&format!("{}\n", serde_json::to_string(&c).unwrap_or_default()));
    }
    let mut out = tr!(
        "cli-seeds-to-every-policy",
        title = format!("{}", w.scenario.title.get(lang)),
        from = format!("{}", from),
        to = format!("{}", to),
        one = if from == to { "yes" } else { "no" }
    )
    .get(lang)
    .to_string();
    out.push_str(&crate::report::compare::table(&c, lang));
    print(&out)
}

/// The progress bar's template: indicatif's placeholders placed by the language.
fn progress_template(lang: Lang) -> String {
    let args = [("bar", "{bar:40}"), ("pos", "{pos}"), ("len", "{len}"), ("eta", "{eta}")];
    crate::i18n::tr_args(lang, "cli-progress", &args.map(|(k, v)| (k, v.into())))
}

#[cfg(test)]
mod progress_tests {
    use super::*;

    #[test]
    fn the_progress_bar_keeps_indicatifs_placeholders_in_each_language() {
        assert_eq!(progress_template(Lang::En), "{bar:40} {pos}/{len} summers — {eta} left");
        assert_eq!(progress_template(Lang::Fr), "{bar:40} {pos}/{len} étés — reste {eta}");
        assert!(indicatif::ProgressStyle::with_template(&progress_template(Lang::Fr)).is_ok());
    }
}
