//! The debrief document in three formats, built from a journal file.
//! (First version: the summary, the weeks and the decisions; richer charts come with the report.)

use crate::save::JournalFile;
use crate::sim::journal::Ev;
use crate::sim::{Season, World};
use crate::text::{Lang, money};

fn decisions(w: &World, season: &Season, lang: Lang) -> Vec<(u8, String, String, String, String)> {
    let _ = (w, season, lang);
    let mut rows = Vec::new();
    for e in &season.journal {
        if let Ev::Decided { d, option, by, .. } = &e.ev {
            let posture = season.journal.iter().find_map(|x| match &x.ev {
                Ev::Posture { d: dd, posture, .. } if dd == d => {
                    Some(super::explain::posture(*posture, lang))
                }
                _ => None,
            });
            let kind = season.journal.iter().find_map(|x| match &x.ev {
                Ev::Opened { d: dd, kind, .. } if dd == d => Some(*kind),
                _ => None,
            });
            let title = kind
                .map(|k| super::explain::kind(k, w, lang))
                .unwrap_or_default();
            rows.push((
                e.week,
                title,
                posture.unwrap_or_default(),
                format!("{option}"),
                super::explain::decider(*by, lang),
            ));
        }
    }
    rows
}

pub fn markdown(jf: &JournalFile, w: &World, season: &Season, lang: Lang) -> String {
    let s = &jf.summary;
    let mut out = format!("# {}\n\n", w.scenario.title.get(lang));
    out.push_str(&format!(
        "PEC {:.1} = V {:.1} + S {:.1} + A {:.1}\n\n",
        s.pec.total, s.pec.v, s.pec.s, s.pec.a
    ));
    out.push_str(&format!(
        "{}\n\n",
        money(s.finance.revenue, w.scenario.currency, w.scenario.locale)
    ));
    for (wk, title, posture, option, by) in decisions(w, season, lang) {
        out.push_str(&format!("- {wk} {title} — {posture} — {option} — {by}\n"));
    }
    out
}

pub fn csv(jf: &JournalFile, w: &World, season: &Season, lang: Lang) -> String {
    let _ = (jf, w);
    let mut out = String::from("week,sales,costs,cash,v,s,a\n");
    for r in &season.weeks {
        out.push_str(&format!(
            "{},{},{},{},{},{},{}\n",
            r.week, r.sales, r.costs, r.cash, r.v, r.s, r.a
        ));
    }
    let _ = lang;
    out
}

pub fn html(runs: &[(&JournalFile, &World, &Season)], lang: Lang) -> String {
    let mut out = String::from("<!doctype html><meta charset=utf-8><body>");
    for (jf, w, season) in runs {
        out.push_str(&format!(
            "<pre>{}</pre>",
            markdown(jf, w, season, lang).replace('<', "&lt;")
        ));
    }
    out
}
