//! `cjs run`: one summer with a policy, its outcome for people or as JSON, its journal.

use clap::ArgMatches;

use super::args::file_arg;
use super::{Exit, diags, print, refuse_overwrite, refuse_unwritable};
use crate::policy::Policy;
use crate::save::{Summary, Summer, write_error, write_json};
use crate::scenario::resolve_os;
use crate::sim::World;
use crate::text::{Lang, Text, money};
use crate::tr;
use crate::words::decimal;

pub(super) fn run_cmd(m: &ArgMatches, lang: Lang) -> Exit {
    let arg = file_arg(m, "scenario").unwrap_or_default();
    let loaded = match resolve_os(arg.as_os_str()) {
        Ok(l) => l,
        Err(d) => return diags(d, lang),
    };
    if let Some(out) = file_arg(m, "journal")
        && let Err(e) =
            refuse_overwrite(&arg, &out, "--journal", lang).and_then(|()| refuse_unwritable(&out, "--journal", lang))
    {
        return e;
    }
    let seed = m.get_one::<u64>("seed").copied().unwrap_or(1);
    let policy = m.get_one::<String>("policy").and_then(|p| Policy::parse(p)).unwrap_or(Policy::Adaptive);
    if m.get_many::<String>("set").is_some() && file_arg(m, "journal").is_some() {
        return Exit::Input(vec![tr!("cli-set-with-journal").get(lang).to_string()]);
    }
    let w = match super::args::world_with_sets(&loaded, m) {
        Ok(w) => w,
        Err(t) => return Exit::Input(vec![t.get(lang).to_string()]),
    };
    let summer = Summer::played_by(w, seed, policy);
    if let Some(out) = file_arg(m, "journal")
        && let Err(e) = write_json(&out, &summer.journal_file())
    {
        return Exit::Fail(format!("{}: {}", out.display(), write_error(&e).get(lang)));
    }
    let summary = summer.summary();
    if m.get_flag("json") {
        return print(&format!("{}\n", serde_json::to_string(&summary).unwrap_or_default()));
    }
    let mut text = readable(&summary, &summer.world, lang);
    if m.get_flag("explain") {
        text.push_str(&crate::words::explain::story(&summer.season, &summer.world, lang));
    }
    print(&text)
}

/// "PEC = V + S + A", with the scenario's weights when they are not all 1 (else the line would
/// be a false sum: "PEC 666.8 = Vision 66.7 + Support 100.0 + Autonomy 40.6").
/// Scores are written to a tenth, the reader's way (`74,5` in French).
fn pec_line(s: &Summary, w: crate::scenario::PecWeights, lang: Lang) -> Text {
    let n = |x: f64| decimal(x, 1, lang);
    if (w.v, w.s, w.a) == (1, 1, 1) {
        return tr!(
            "cli-pec-vision-support-autonomy",
            total = n(s.pec.total),
            v = n(s.pec.v),
            s = n(s.pec.s),
            a = n(s.pec.a)
        );
    }
    tr!(
        "cli-pec-weighted",
        total = n(s.pec.total),
        v = format!("{}", w.v),
        v2 = n(s.pec.v),
        s = format!("{}", w.s),
        s2 = n(s.pec.s),
        a = format!("{}", w.a),
        a2 = n(s.pec.a)
    )
}

/// The summary of one summer, for people.
pub fn readable(s: &Summary, w: &World, lang: Lang) -> String {
    let sc = &w.scenario;
    let cur = |d| money(d, sc.currency, crate::text::reader_locale(sc.locale, lang));
    let f = &s.finance;
    // Decimals written the language's way (a comma in French), as `cjs compare` writes them.
    let n = |x: f64| decimal(x, 1, lang);
    let hours = s.hours.normalize().to_string();
    let hours = if lang == Lang::En { hours } else { hours.replace('.', ",") };
    let lines: Vec<Text> = vec![
        tr!(
            "cli-seed-policy",
            title = format!("{}", sc.title.get(lang)),
            seed = format!("{}", s.seed),
            policy = format!("{}", s.policy)
        ),
        pec_line(s, sc.pec_weights, lang),
        tr!(
            "cli-run-autonomy-spheres",
            business = n(s.autonomy_spheres.business),
            associative = n(s.autonomy_spheres.associative),
            work = n(s.autonomy_spheres.work)
        ),
        tr!(
            "cli-run-money",
            revenue = format!("{}", cur(f.revenue)),
            costs = format!("{}", cur(f.costs)),
            surplus = format!("{}", cur(f.surplus)),
            cash_end = format!("{}", cur(f.cash_end))
        ),
        tr!("cli-pay-per-cooperant", pay_per_member = format!("{}", cur(f.pay_per_member))),
        tr!(
            "cli-run-work",
            contracts = s.contracts,
            hours = hours,
            hours_n = crate::sim::to_f64(s.hours),
            members_end = format!("{}", s.members_end),
            count = format!("{}", sc.cooperants.len())
        ),
        tr!(
            "cli-run-objectives",
            objectives_reached = format!("{}", s.objectives_reached),
            objectives_set = format!("{}", s.objectives_set),
            complaints = format!("{}", s.complaints),
            conflicts = format!("{}", s.conflicts)
        ),
        tr!(
            "cli-run-decisions",
            total = format!("{}", s.decisions.total),
            by_group = format!("{}", s.decisions.by_group),
            by_comite = format!("{}", s.decisions.by_comite),
            by_animateurs = format!("{}", s.decisions.by_animateurs)
        ),
    ];
    lines.iter().map(|t| format!("{}\n", t.get(lang))).collect()
}
