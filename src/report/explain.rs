//! Words for what the engine records: decision kinds, options, postures, rules, and the sentence
//! a trainer can read aloud for each change of score. French and English.

use crate::decision::{Choice, Decider, Item, Kind, Posture, Procedure, Schedule, SharingRule};
use crate::scenario::{Aim, Sphere};
use crate::scoring::{Cause, Comp, Rule};
use crate::sim::World;
use crate::sim::journal::{CrisisCause, Stage};
use crate::text::{Lang, Text};
use crate::tr;

fn t(lang: Lang, fr: &str, en: &str) -> String {
    match lang {
        Lang::Fr => fr.to_string(),
        Lang::En => en.to_string(),
    }
}

pub fn posture(p: Posture, lang: Lang) -> String {
    match p {
        Posture::Decide => t(lang, "Décider", "Decide"),
        Posture::Suggest => t(lang, "Suggérer", "Suggest"),
        Posture::Facilitate => t(lang, "Faciliter", "Facilitate"),
        Posture::StepBack => t(lang, "Se retirer", "Step back"),
    }
}

/// What each posture means, for the player choosing it.
pub fn posture_help(p: Posture, lang: Lang) -> String {
    match p {
        Posture::Decide => {
            t(lang, "Les animateurs tranchent à la place du groupe.", "The animateurs settle it in the group's place.")
        }
        Posture::Suggest => t(
            lang,
            "Les animateurs proposent une option ; le groupe décide.",
            "The animateurs put forward an option; the group decides.",
        ),
        Posture::Facilitate => t(
            lang,
            "Questionner, reformuler, informer, donner la parole à chacun ; le groupe décide.",
            "Ask, reframe, inform, give everyone the floor; the group decides.",
        ),
        Posture::StepBack => t(lang, "Laisser le groupe décider seul.", "Let the group decide on its own."),
    }
}

pub fn sphere(s: Sphere, lang: Lang) -> String {
    match s {
        Sphere::Business => t(lang, "vie d'entreprise", "business life"),
        Sphere::Associative => t(lang, "vie associative", "associative life"),
        Sphere::Work => t(lang, "travail", "work"),
    }
}

pub fn comp(c: Comp, lang: Lang) -> String {
    match c {
        Comp::V => t(lang, "Vision", "Vision"),
        Comp::S => t(lang, "Soutien", "Support"),
        Comp::A(s) => format!("{} ({})", t(lang, "Autonomie", "Autonomy"), sphere(s, lang)),
    }
}

pub fn stage(s: Stage, lang: Lang) -> String {
    match s {
        Stage::Forming => t(lang, "formation", "forming"),
        Stage::Storming => t(lang, "tensions", "storming"),
        Stage::Norming => t(lang, "normalisation", "norming"),
        Stage::Performing => t(lang, "efficacité", "performing"),
        Stage::Adjourning => t(lang, "dissolution", "adjourning"),
    }
}

pub fn crisis(c: CrisisCause, w: &World, lang: Lang) -> String {
    match c {
        CrisisCause::Conflict => t(lang, "conflit dans le groupe", "conflict in the group"),
        CrisisCause::Motivation => t(lang, "motivation en berne", "motivation is low"),
        CrisisCause::Cash => t(lang, "caisse dans le rouge", "cash in the red"),
        CrisisCause::Event(e) => {
            w.scenario.events.get(e as usize).map(|e| e.title.get(lang).to_string()).unwrap_or_default()
        }
    }
}

pub fn decider(d: Decider, lang: Lang) -> String {
    match d {
        Decider::Group => t(lang, "le groupe", "the group"),
        Decider::Comite => t(lang, "un comité", "a comité"),
        Decider::Animateurs => t(lang, "les animateurs", "the animateurs"),
    }
}

pub fn procedure(p: Procedure, lang: Lang) -> String {
    match p {
        Procedure::Majority => t(lang, "vote à la majorité", "majority vote"),
        Procedure::Consensus => t(lang, "recherche du consensus", "consensus"),
        Procedure::Delegation => t(lang, "délégation aux comités", "delegation to the comités"),
    }
}

pub fn aim(a: u8, lang: Lang) -> String {
    let Some(aim) = Aim::ALL.get(a as usize) else {
        return String::new();
    };
    match aim {
        Aim::Income => t(lang, "gagner notre vie", "earning our pay"),
        Aim::Community => t(lang, "rendre service au quartier", "serving the neighbourhood"),
        Aim::Learning => t(lang, "apprendre", "learning"),
        Aim::Solidarity => t(lang, "l'équité entre nous", "fairness among us"),
        Aim::Quality => t(lang, "le travail bien fait", "work well done"),
        Aim::Continuity => t(lang, "la CJS de l'an prochain", "next year's CJS"),
        Aim::Fun => t(lang, "passer un bon été ensemble", "a good summer together"),
    }
}

/// The question on the agenda.
pub fn kind(k: Kind, w: &World, lang: Lang) -> String {
    match k {
        Kind::Name => t(lang, "Le nom de la coop", "The coop's name"),
        Kind::Procedure => t(lang, "Comment décidons-nous ?", "How do we decide?"),
        Kind::Board => {
            t(lang, "Élection à la présidence du conseil d'administration", "Electing the chair of the board")
        }
        Kind::Objective => t(lang, "Un objectif pour notre été", "An objective for our summer"),
        Kind::Prices => t(lang, "Nos prix", "Our prices"),
        Kind::Sharing => t(lang, "Le partage des chantiers", "How jobs are shared"),
        Kind::Promotion => t(lang, "La promotion de la coop", "Promoting the coop"),
        Kind::Schedule => t(lang, "L'horaire de la semaine", "This week's schedule"),
        Kind::Event(e) => w.scenario.events.get(e as usize).map(|e| e.title.get(lang).to_string()).unwrap_or_default(),
        Kind::Surplus => t(lang, "Le partage du surplus", "Splitting the surplus"),
        Kind::Review => t(lang, "Le bilan de mi-été de nos objectifs", "The mid-summer review of our objectives"),
    }
}

/// What an option says.
pub fn option(item: &Item, o: u8, w: &World, lang: Lang) -> String {
    let Some(opt) = item.options.get(o as usize) else {
        return String::new();
    };
    let s = &w.scenario;
    match opt.choice {
        Choice::Name(i) => s.coop_names.get(i as usize).cloned().unwrap_or_default(),
        Choice::Procedure(p) => procedure(p, lang),
        Choice::Candidate(m) => s.cooperants.get(m as usize).map(|c| c.name.clone()).unwrap_or_default(),
        Choice::Objective(i) => s.objectives.get(i as usize).map(|o| o.label.get(lang).to_string()).unwrap_or_default(),
        Choice::Price(l) => match l {
            0 => t(lang, "Les prix de référence du territoire", "The territory's reference prices"),
            l if l < 0 => {
                tr!("{} % sous les prix de référence", "{}% below the reference prices", -l).get(lang).to_string()
            }
            l => tr!("{} % au-dessus des prix de référence", "{}% above the reference prices", l).get(lang).to_string(),
        },
        Choice::Sharing(r) => match r {
            SharingRule::Rotation => t(lang, "À tour de rôle", "In turn"),
            SharingRule::Volunteers => t(lang, "Les volontaires d'abord", "Volunteers first"),
            SharingRule::BySkill => t(lang, "Selon les compétences", "By skill"),
            SharingRule::LeastEarnedFirst => {
                t(lang, "Ceux qui ont le moins travaillé d'abord", "Those who worked least first")
            }
        },
        Choice::Promotion(l) => match l {
            0 => t(lang, "Pas de promotion cette fois", "No promotion this time"),
            1 => tr!(
                "Tracts en porte-à-porte ({})",
                "Door-to-door flyers ({})",
                crate::text::money(s.promotion.flyers_cost.0, s.currency, s.locale)
            )
            .get(lang)
            .to_string(),
            _ => tr!(
                "Annonce dans la presse locale ({})",
                "An ad in the local press ({})",
                crate::text::money(s.promotion.press_cost.0, s.currency, s.locale)
            )
            .get(lang)
            .to_string(),
        },
        Choice::Schedule(sc) => match sc {
            Schedule::Normal => t(lang, "Horaire normal", "Normal hours"),
            Schedule::Push => {
                t(lang, "On pousse : plus d'heures pour plus de contrats", "Push: more hours for more contracts")
            }
            Schedule::Lighter => t(lang, "Semaine allégée pour souffler", "A lighter week to rest"),
        },
        Choice::EventChoice(c) => match item.kind {
            Kind::Event(e) => s
                .events
                .get(e as usize)
                .and_then(|e| e.choices.get(c as usize))
                .map(|c| c.label.get(lang).to_string())
                .unwrap_or_default(),
            _ => String::new(),
        },
        Choice::Plan(p) => w.surplus_plans.get(p as usize).map(|p| p.label.get(lang).to_string()).unwrap_or_default(),
        Choice::AdjustTargets(false) => t(lang, "Garder nos objectifs tels quels", "Keep our objectives as they are"),
        Choice::AdjustTargets(true) => t(
            lang,
            "Revoir à la baisse les cibles des objectifs en retard",
            "Lower the targets of the objectives that are behind",
        ),
    }
}

/// What an objective measures, its measure and its target, in the reader's words and units.
pub fn measure_parts(
    o: u8,
    value: rust_decimal::Decimal,
    target: rust_decimal::Decimal,
    w: &World,
    lang: Lang,
) -> (String, String, String) {
    use crate::scenario::Target;
    let s = &w.scenario;
    let num = |d: rust_decimal::Decimal| {
        let t = d.normalize().to_string();
        if lang == Lang::Fr { t.replace('.', ",") } else { t }
    };
    let (v, goal) = match w.targets.get(o as usize) {
        Some(Target::PayPerMember(_)) | Some(Target::Surplus(_)) => {
            (crate::text::money(value, s.currency, s.locale), crate::text::money(target, s.currency, s.locale))
        }
        Some(Target::FairHours(_)) | Some(Target::Reputation(_)) | Some(Target::Motivation(_)) => {
            (format!("{} %", num(value)), format!("{} %", num(target)))
        }
        _ => (num(value), num(target)),
    };
    let what = match w.targets.get(o as usize) {
        Some(Target::PayPerMember(_)) => t(lang, "paie par membre", "pay per member"),
        Some(Target::Surplus(_)) => t(lang, "surplus", "surplus"),
        Some(Target::Contracts(_)) | Some(Target::SegmentContracts { .. }) => t(lang, "contrats", "contracts"),
        Some(Target::FairHours(_)) => t(lang, "heures du moins occupé / moyenne", "hours of the least busy / mean"),
        Some(Target::EveryoneStays) => t(lang, "membres restés", "members still in"),
        Some(Target::Reputation(_)) => t(lang, "réputation", "reputation"),
        Some(Target::Motivation(_)) => t(lang, "motivation", "motivation"),
        Some(Target::Trades(_)) => t(lang, "métiers pratiqués par chacun", "kinds of work each did"),
        None => String::new(),
    };
    (what, v, goal)
}

/// Where an objective stands: « label » : measure for target, in the reader's words.
pub fn measure(o: u8, value: rust_decimal::Decimal, target: rust_decimal::Decimal, w: &World, lang: Lang) -> String {
    let (what, v, goal) = measure_parts(o, value, target, w, lang);
    tr!("« {} » : {} {} pour {} visés", "« {} »: {} {} for {} aimed", objective(o, w, lang), what, v, goal)
        .get(lang)
        .to_string()
}

/// An objective's label.
pub fn objective(o: u8, w: &World, lang: Lang) -> String {
    w.scenario.objectives.get(o as usize).map(|x| x.label.get(lang).to_string()).unwrap_or_default()
}

/// What a score change is about: the question of a decision (`kind_of` finds it), the objective
/// judged, or nothing.
pub fn about(cause: Cause, kind_of: impl Fn(u16) -> Option<Kind>, w: &World, lang: Lang) -> String {
    match cause {
        Cause::Decision(d) => kind_of(d).map(|k| kind(k, w, lang)).unwrap_or_default(),
        Cause::Objective(o) => objective(o, w, lang),
        Cause::Start | Cause::Week(_) => String::new(),
    }
}

/// The sentence a trainer can read aloud for a change of score.
pub fn evidence(comp_: Comp, delta: i32, rule: Rule, cause: Cause, what: &str, lang: Lang) -> String {
    let mut pts = format!("{}{:.2}", if delta >= 0 { "+" } else { "−" }, (delta.abs() as f64) / 100.0);
    if lang == Lang::Fr {
        pts = pts.replace('.', ",");
    }
    let c = comp(comp_, lang);
    let about = match cause {
        Cause::Start => String::new(),
        Cause::Decision(_) | Cause::Objective(_) => format!(" — « {what} »"),
        Cause::Week(wk) => tr!(" — semaine {}", " — week {}", wk).get(lang).to_string(),
    };
    let why: Text = match rule {
        Rule::Start => tr!("Valeur de départ", "Starting value"),
        Rule::ObjectiveSet => tr!("Le groupe s'est donné un objectif", "The group set itself an objective"),
        Rule::ObjectiveImposed => tr!(
            "Les animateurs ont imposé l'objectif : ce n'est pas celui du groupe",
            "The animateurs imposed the objective: it is not the group's own"
        ),
        Rule::Consistent => {
            tr!("La décision sert les objectifs du groupe", "The decision serves the group's objectives")
        }
        Rule::Convergence => {
            if delta >= 0 {
                tr!("Les avis ont convergé par la discussion", "Opinions converged through discussion")
            } else {
                tr!(
                    "Peu de voix entendues ou avis partagés : pas de vision commune",
                    "Few voices heard or opinions split: no shared view"
                )
            }
        }
        Rule::Overruled => tr!(
            "Les animateurs ont tranché contre l'avis de membres",
            "The animateurs settled it against members' views"
        ),
        Rule::PostureFits => tr!("La posture répondait au besoin du groupe", "The posture met the group's need"),
        Rule::TooMuchHelp => tr!("Plus d'aide que le groupe n'en avait besoin", "More help than the group needed"),
        Rule::TooLittleHelp => tr!("Moins d'aide que le groupe n'en avait besoin", "Less help than the group needed"),
        Rule::GroupDecided => tr!("Le groupe a décidé lui-même", "The group decided itself"),
        Rule::GroupDecidedWithHelp => tr!(
            "Le groupe a décidé, dans un débat mené par les animateurs",
            "The group decided, in a debate the animateurs led"
        ),
        Rule::OwnProposal => tr!(
            "Le groupe a retenu la proposition d'un de ses membres",
            "The group adopted one of its members' proposals"
        ),
        Rule::DecidedForGroup => {
            tr!("Les animateurs ont décidé à la place du groupe", "The animateurs decided in the group's place")
        }
        Rule::FollowedSuggestion => {
            tr!("Le groupe a suivi la suggestion des animateurs", "The group followed the animateurs' suggestion")
        }
        Rule::GoodWork => {
            if delta >= 0 {
                tr!("Une semaine de travail bien fait", "A week of work well done")
            } else {
                tr!("Une semaine de travail mal fait", "A week of work poorly done")
            }
        }
        Rule::ObjectiveOnTrack => tr!(
            "Au bilan de mi-été, l'objectif est en bonne voie",
            "At the mid-summer review, the objective is on track"
        ),
        Rule::ObjectiveBehind => {
            tr!("Au bilan de mi-été, l'objectif est en retard", "At the mid-summer review, the objective is behind")
        }
        Rule::ObjectiveReached => tr!("Objectif atteint", "Objective reached"),
        Rule::ObjectiveReachedLowered => tr!(
            "Objectif atteint, mais avec la cible revue à la baisse",
            "Objective reached, but with the target lowered at the review"
        ),
        Rule::ObjectiveMissed => tr!("Objectif manqué", "Objective missed"),
        Rule::SurplusIdentity => tr!(
            "Le partage du surplus dit ce que la coop défend (ses objectifs)",
            "The surplus split says what the coop stands for (its objectives)"
        ),
    };
    format!("{} : {} {}{}", why.get(lang), c, pts, about).replace(" : ", if lang == Lang::En { ": " } else { " : " })
}

/// The summer told decision by decision: the question, the posture, what was chosen and by
/// whom, and why each score moved. For `cjs run --explain` and the debrief.
pub fn story(season: &crate::sim::Season, w: &World, lang: Lang) -> String {
    use crate::sim::journal::Ev;
    let mut out = String::new();
    let mut last_week = u8::MAX;
    let label = |d: u16, o: u8| season.settled.get(d as usize).map(|it| option(it, o, w, lang)).unwrap_or_default();
    for e in &season.journal {
        if e.week != last_week {
            last_week = e.week;
            out.push_str(&format!("\n== {} ==\n", tr!("Semaine {}", "Week {}", e.week).get(lang)));
        }
        match &e.ev {
            Ev::EventFired { event } => {
                if let Some(ev) = w.scenario.events.get(*event as usize) {
                    out.push_str(&format!("! {} — {}\n", ev.title.get(lang), ev.text.get(lang)));
                }
            }
            Ev::Opened { d, kind: k, need, crisis: c, .. } => {
                let need_txt = posture(Posture::from_level(*need), lang);
                let crisis_txt = if *c { t(lang, " (en crise)", " (in crisis)") } else { String::new() };
                out.push_str(&format!(
                    "* {} — {}{}\n",
                    kind(*k, w, lang),
                    tr!("besoin du groupe : {}", "the group's need: {}", need_txt).get(lang),
                    crisis_txt
                ));
                let _ = d;
            }
            Ev::Posture { posture: p, option: o, d } => {
                let what = o.map(|o| format!(" « {} »", label(*d, o))).unwrap_or_default();
                out.push_str(&format!("  {} {}{}\n", t(lang, "Posture :", "Posture:"), posture(*p, lang), what));
            }
            Ev::Decided { d, option: o, by, votes_for, voters, .. } => {
                let votes = if *voters > 0 { format!(" ({votes_for}/{voters})") } else { String::new() };
                out.push_str(&format!("  → « {} » — {}{}\n", label(*d, *o), decider(*by, lang), votes));
            }
            Ev::Score { comp: c, delta, rule, cause, .. } if *rule != Rule::Start => {
                let what = about(*cause, |d| season.settled.get(d as usize).map(|it| it.kind), w, lang);
                out.push_str(&format!("    {}\n", evidence(*c, *delta, *rule, *cause, &what, lang)));
            }
            Ev::Crisis { on, cause: Some(c) } if *on => {
                out.push_str(&format!("  {} {}\n", t(lang, "Crise :", "Crisis:"), crisis(*c, w, lang)));
            }
            Ev::StageChanged { stage: st } => {
                out.push_str(&format!("  {} {}\n", t(lang, "Étape du groupe :", "Group stage:"), stage(*st, lang)));
            }
            Ev::Left { member } => {
                let name = w.scenario.cooperants.get(*member as usize).map(|c| c.name.as_str()).unwrap_or("?");
                out.push_str(&format!("  {}\n", tr!("{} quitte la coop", "{} leaves the coop", name).get(lang)));
            }
            Ev::ObjectiveReviewed { objective, value, target, on_track } => {
                let verdict =
                    if *on_track { t(lang, "en bonne voie", "on track") } else { t(lang, "en retard", "behind") };
                out.push_str(&format!("  {} — {verdict}\n", measure(*objective, *value, *target, w, lang)));
            }
            Ev::TargetsAdjusted => out.push_str(&format!(
                "  {}\n",
                t(
                    lang,
                    "Le groupe revoit à la baisse les cibles en retard",
                    "The group lowers the targets that are behind"
                )
            )),
            Ev::ObjectiveJudged { objective, value, target, reached } => {
                let verdict = if *reached { t(lang, "atteint", "reached") } else { t(lang, "manqué", "missed") };
                out.push_str(&format!("  {} — {verdict}\n", measure(*objective, *value, *target, w, lang)));
            }
            Ev::Complaint { segment, unpaid, .. } => {
                let who = w.scenario.segments.get(*segment as usize).map(|g| g.name.get(lang)).unwrap_or("?");
                let line = if *unpaid {
                    tr!(
                        "Plainte d'un client ({}) : travail mal fait, il ne paie pas",
                        "A client complains ({}): a job badly done, unpaid",
                        who
                    )
                } else {
                    tr!("Plainte d'un client ({}) : travail mal fait", "A client complains ({}): a job badly done", who)
                };
                out.push_str(&format!("  {}\n", line.get(lang)));
            }
            _ => {}
        }
    }
    out
}
