//! `cjs run`: one summer with a policy, its outcome for people or as JSON, its journal.

use clap::ArgMatches;

use super::args::file_arg;
use super::{Exit, diags, print, refuse_overwrite};
use crate::policy::{Policy, play};
use crate::save::{JournalFile, Mode, Save, Summary, write_error, write_json};
use crate::scenario::resolve_os;
use crate::sim::World;
use crate::text::{Lang, Text, money};
use crate::tr;

pub(super) fn run_cmd(m: &ArgMatches, lang: Lang) -> Exit {
    let arg = file_arg(m, "scenario").unwrap_or_default();
    let loaded = match resolve_os(arg.as_os_str()) {
        Ok(l) => l,
        Err(d) => return diags(d, lang),
    };
    if let Some(out) = file_arg(m, "journal")
        && let Err(e) = refuse_overwrite(&arg, &out, "--journal", lang)
    {
        return e;
    }
    let seed = m.get_one::<u64>("seed").copied().unwrap_or(1);
    let policy = m.get_one::<String>("policy").and_then(|p| Policy::parse(p)).unwrap_or(Policy::Adaptive);
    let w = World::new(&loaded);
    let (season, inputs) = play(&w, seed, policy);
    if let Some(out) = file_arg(m, "journal") {
        let save = Save::new(&w, seed, Mode::Animateur, Some(policy.name()), Vec::new(), inputs);
        let jf = JournalFile::new(save, &season, &w);
        if let Err(e) = write_json(&out, &jf) {
            return Exit::Fail(format!("{}: {}", out.display(), write_error(&e).get(lang)));
        }
    }
    let summary = Summary::of(&season, &w, policy.name());
    if m.get_flag("json") {
        return print(&format!("{}\n", serde_json::to_string(&summary).unwrap_or_default()));
    }
    let mut text = readable(&summary, &w, lang);
    if m.get_flag("explain") {
        text.push_str(&crate::report::explain::story(&season, &w, lang));
    }
    print(&text)
}

/// "PEC = V + S + A", with the scenario's weights when they are not all 1 (else the line would
/// be a false sum: "PEC 666.8 = Vision 66.7 + Support 100.0 + Autonomy 40.6").
fn pec_line(s: &Summary, w: crate::scenario::PecWeights) -> Text {
    if (w.v, w.s, w.a) == (1, 1, 1) {
        return tr!(
            "PEC {:.1} = Vision {:.1} + Soutien {:.1} + Autonomie {:.1}",
            "PEC {:.1} = Vision {:.1} + Support {:.1} + Autonomy {:.1}",
            s.pec.total,
            s.pec.v,
            s.pec.s,
            s.pec.a
        );
    }
    tr!(
        "PEC {:.1} = {} × Vision {:.1} + {} × Soutien {:.1} + {} × Autonomie {:.1}",
        "PEC {:.1} = {} × Vision {:.1} + {} × Support {:.1} + {} × Autonomy {:.1}",
        s.pec.total,
        w.v,
        s.pec.v,
        w.s,
        s.pec.s,
        w.a,
        s.pec.a
    )
}

/// The summary of one summer, for people.
pub fn readable(s: &Summary, w: &World, lang: Lang) -> String {
    let sc = &w.scenario;
    let cur = |d| money(d, sc.currency, sc.locale);
    let f = &s.finance;
    let lines: Vec<Text> = vec![
        tr!("{} — graine {}, politique « {} »", "{} — seed {}, policy \"{}\"", sc.title.get(lang), s.seed, s.policy),
        pec_line(s, sc.pec_weights),
        tr!(
            "  Autonomie par sphère : vie d'entreprise {:.1}, vie associative {:.1}, travail {:.1}",
            "  Autonomy by sphere: business life {:.1}, associative life {:.1}, work {:.1}",
            s.autonomy_spheres.business,
            s.autonomy_spheres.associative,
            s.autonomy_spheres.work
        ),
        tr!(
            "Chiffre d'affaires {} ; coûts {} ; surplus réparti {} ; caisse finale {}",
            "Revenue {}; costs {}; surplus allocated {}; cash at the end {}",
            cur(f.revenue),
            cur(f.costs),
            cur(f.surplus),
            cur(f.cash_end)
        ),
        tr!("Paie par coopérant : {}", "Pay per cooperant: {}", cur(f.pay_per_member)),
        tr!(
            "{} contrats, {} heures travaillées, {} coopérants sur {} jusqu'au bout",
            "{} contracts, {} hours worked, {} of {} cooperants to the end",
            s.contracts,
            s.hours,
            s.members_end,
            sc.cooperants.len()
        ),
        tr!(
            "Objectifs atteints : {} sur {} ; plaintes de clients : {} ; disputes : {}",
            "Objectives reached: {} of {}; client complaints: {}; quarrels: {}",
            s.objectives_reached,
            s.objectives_set,
            s.complaints,
            s.conflicts
        ),
        tr!(
            "Décisions : {} — prises par le groupe {} (dont comités {}), par les animateurs {}",
            "Decisions: {} — taken by the group {} (comités {}), by the animateurs {}",
            s.decisions.total,
            s.decisions.by_group,
            s.decisions.by_comite,
            s.decisions.by_animateurs
        ),
    ];
    lines.iter().map(|t| format!("{}\n", t.get(lang))).collect()
}
