//! Words for what the engine records: decision kinds, options, postures, rules, and the sentence
//! a trainer can read aloud for each change of score. The texts are messages of
//! `assets/i18n/{fr,en}/explain.ftl`.

use crate::decision::{Belief, Choice, Decider, Item, Kind, Posture, Procedure, Schedule, SharingRule};
use crate::i18n::{tr, tr_args};
use crate::scenario::{Aim, Sphere};
use crate::scoring::{Cause, Comp, Rule};
use crate::sim::World;
use crate::sim::journal::{CrisisCause, Stage};
use crate::text::Lang;

fn t(lang: Lang, key: &str) -> String {
    tr(lang, key)
}

pub fn posture(p: Posture, lang: Lang) -> String {
    match p {
        Posture::Decide => t(lang, "posture-decide"),
        Posture::Suggest => t(lang, "posture-suggest"),
        Posture::Facilitate => t(lang, "posture-facilitate"),
        Posture::StepBack => t(lang, "posture-step-back"),
    }
}

/// What each posture means, for the player choosing it.
pub fn posture_help(p: Posture, lang: Lang) -> String {
    match p {
        Posture::Decide => t(lang, "posture-decide-help"),
        Posture::Suggest => t(lang, "posture-suggest-help"),
        Posture::Facilitate => t(lang, "posture-facilitate-help"),
        Posture::StepBack => t(lang, "posture-step-back-help"),
    }
}

/// Why a novice group chose an option: the misconception it shares (model 3).
pub fn belief(b: Belief, lang: Lang) -> String {
    match b {
        Belief::CheaperBringsClients => t(lang, "story-misled-cheaper"),
        Belief::PromotionWastesMoney => t(lang, "story-misled-promotion"),
        Belief::VolunteersIsFairer => t(lang, "story-misled-volunteers"),
        Belief::MoreHoursMoreMoney => t(lang, "story-misled-hours"),
    }
}

pub fn sphere(s: Sphere, lang: Lang) -> String {
    match s {
        Sphere::Business => t(lang, "sphere-business"),
        Sphere::Associative => t(lang, "sphere-associative"),
        Sphere::Work => t(lang, "sphere-work"),
    }
}

pub fn comp(c: Comp, lang: Lang) -> String {
    match c {
        Comp::V => t(lang, "comp-vision"),
        Comp::S => t(lang, "comp-support"),
        Comp::A(s) => tr_args(lang, "comp-autonomy", &[("sphere", sphere(s, lang).into())]),
    }
}

pub fn stage(s: Stage, lang: Lang) -> String {
    match s {
        Stage::Forming => t(lang, "stage-forming"),
        Stage::Storming => t(lang, "stage-storming"),
        Stage::Norming => t(lang, "stage-norming"),
        Stage::Performing => t(lang, "stage-performing"),
        Stage::Adjourning => t(lang, "stage-adjourning"),
    }
}

pub fn crisis(c: CrisisCause, w: &World, lang: Lang) -> String {
    match c {
        CrisisCause::Conflict => t(lang, "crisis-conflict"),
        CrisisCause::Motivation => t(lang, "crisis-motivation"),
        CrisisCause::Cash => t(lang, "crisis-cash"),
        CrisisCause::Event(e) => {
            w.scenario.events.get(e as usize).map(|e| e.title.get(lang).to_string()).unwrap_or_default()
        }
    }
}

pub fn decider(d: Decider, lang: Lang) -> String {
    match d {
        Decider::Group => t(lang, "decider-group"),
        Decider::Comite => t(lang, "decider-comite"),
        Decider::Animateurs => t(lang, "decider-animateurs"),
    }
}

pub fn procedure(p: Procedure, lang: Lang) -> String {
    match p {
        Procedure::Majority => t(lang, "procedure-majority"),
        Procedure::Consensus => t(lang, "procedure-consensus"),
        Procedure::Delegation => t(lang, "procedure-delegation"),
    }
}

pub fn aim(a: u8, lang: Lang) -> String {
    let Some(aim) = Aim::ALL.get(a as usize) else {
        return String::new();
    };
    match aim {
        Aim::Income => t(lang, "aim-income"),
        Aim::Community => t(lang, "aim-community"),
        Aim::Learning => t(lang, "aim-learning"),
        Aim::Solidarity => t(lang, "aim-solidarity"),
        Aim::Quality => t(lang, "aim-quality"),
        Aim::Continuity => t(lang, "aim-continuity"),
        Aim::Fun => t(lang, "aim-fun"),
    }
}

/// The question on the agenda.
pub fn kind(k: Kind, w: &World, lang: Lang) -> String {
    match k {
        Kind::Name => t(lang, "kind-name"),
        Kind::Procedure => t(lang, "kind-procedure"),
        Kind::Board => t(lang, "kind-board"),
        Kind::Objective => t(lang, "kind-objective"),
        Kind::Prices => t(lang, "kind-prices"),
        Kind::Sharing => t(lang, "kind-sharing"),
        Kind::Promotion => t(lang, "kind-promotion"),
        Kind::Schedule => t(lang, "kind-schedule"),
        Kind::Event(e) => w.scenario.events.get(e as usize).map(|e| e.title.get(lang).to_string()).unwrap_or_default(),
        Kind::Surplus => t(lang, "kind-surplus"),
        Kind::Review => t(lang, "kind-review"),
    }
}

/// What an option says.
pub fn option(item: &Item, o: u8, w: &World, lang: Lang) -> String {
    let Some(opt) = item.options.get(o as usize) else {
        return String::new();
    };
    let s = &w.scenario;
    let cost = |c| crate::text::money(c, s.currency, crate::text::reader_locale(s.locale, lang));
    match opt.choice {
        Choice::Name(i) => s.coop_names.get(i as usize).cloned().unwrap_or_default(),
        Choice::Procedure(p) => procedure(p, lang),
        Choice::Candidate(m) => member(w, m),
        Choice::Objective(i) => s.objectives.get(i as usize).map(|o| o.label.get(lang).to_string()).unwrap_or_default(),
        Choice::Price(l) => match l {
            0 => t(lang, "option-price-reference"),
            l if l < 0 => tr_args(lang, "option-price-below", &[("pct", (-i32::from(l)).into())]),
            l => tr_args(lang, "option-price-above", &[("pct", l.into())]),
        },
        Choice::Sharing(r) => match r {
            SharingRule::Rotation => t(lang, "option-sharing-rotation"),
            SharingRule::Volunteers => t(lang, "option-sharing-volunteers"),
            SharingRule::BySkill => t(lang, "option-sharing-by-skill"),
            SharingRule::LeastEarnedFirst => t(lang, "option-sharing-least-earned"),
        },
        Choice::Promotion(l) => match l {
            0 => t(lang, "option-promotion-none"),
            1 => tr_args(lang, "option-promotion-flyers", &[("cost", cost(s.promotion.flyers_cost.0).into())]),
            _ => tr_args(lang, "option-promotion-press", &[("cost", cost(s.promotion.press_cost.0).into())]),
        },
        Choice::Schedule(sc) => match sc {
            Schedule::Normal => t(lang, "option-schedule-normal"),
            Schedule::Push => t(lang, "option-schedule-push"),
            Schedule::Lighter => t(lang, "option-schedule-lighter"),
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
        Choice::Plan(p) => plan_label(p, w, lang),
        Choice::AdjustTargets(false) => t(lang, "option-targets-keep"),
        Choice::AdjustTargets(true) => t(lang, "option-targets-lower"),
    }
}

/// The closing split broke the surplus rule agreed in June (model 3), named.
pub fn rule_broken(plan: u8, w: &World, lang: Lang) -> String {
    tr_args(lang, "story-rule-broken", &[("rule", plan_label(plan, w, lang).into())])
}

/// A surplus plan's name.
fn plan_label(plan: u8, w: &World, lang: Lang) -> String {
    w.surplus_plans.get(plan as usize).map(|p| p.label.get(lang).to_string()).unwrap_or_default()
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
    let percent = |d| tr_args(lang, "percent", &[("value", num(d).into())]);
    let (v, goal) = match w.targets.get(o as usize) {
        Some(Target::PayPerMember(_)) | Some(Target::Surplus(_)) => {
            let loc = crate::text::reader_locale(s.locale, lang);
            (crate::text::money(value, s.currency, loc), crate::text::money(target, s.currency, loc))
        }
        Some(Target::FairHours(_)) | Some(Target::Reputation(_)) | Some(Target::Motivation(_)) => {
            (percent(value), percent(target))
        }
        _ => (num(value), num(target)),
    };
    let what = match w.targets.get(o as usize) {
        Some(Target::PayPerMember(_)) => t(lang, "target-pay"),
        Some(Target::Surplus(_)) => t(lang, "target-surplus"),
        Some(Target::Contracts(_)) | Some(Target::SegmentContracts { .. }) => t(lang, "target-contracts"),
        Some(Target::FairHours(_)) => t(lang, "target-fair-hours"),
        Some(Target::EveryoneStays) => t(lang, "target-everyone-stays"),
        Some(Target::Reputation(_)) => t(lang, "target-reputation"),
        Some(Target::Motivation(_)) => t(lang, "target-motivation"),
        Some(Target::Trades(_)) => t(lang, "target-trades"),
        None => String::new(),
    };
    (what, v, goal)
}

/// Where an objective stands: « label » : measure for target, in the reader's words.
pub fn measure(o: u8, value: rust_decimal::Decimal, target: rust_decimal::Decimal, w: &World, lang: Lang) -> String {
    let (what, v, goal) = measure_parts(o, value, target, w, lang);
    tr_args(
        lang,
        "measure",
        &[
            ("objective", objective(o, w, lang).into()),
            ("what", what.into()),
            ("value", v.into()),
            ("target", goal.into()),
        ],
    )
}

/// The name of cooperant `m` (`#m` for a cooperant the scenario does not have).
pub fn member(w: &World, m: u8) -> String {
    w.scenario.cooperants.get(m as usize).map(|c| c.name.clone()).unwrap_or_else(|| format!("#{m}"))
}

/// What the group showed, as a trainer would say it.
pub fn cue(c: crate::sim::season::Cue, w: &World, lang: Lang) -> String {
    use crate::sim::season::Cue;
    let one = |key: &str, m: u8| tr_args(lang, key, &[("name", member(w, m).into())]);
    match c {
        Cue::Silent { quiet } => tr_args(lang, "cue-silent", &[("quiet", quiet.into())]),
        Cue::Lively => t(lang, "cue-lively"),
        Cue::OffTopic { member } => one("cue-off-topic", member),
        Cue::HalfFormed { member } => one("cue-half-formed", member),
        Cue::WellArgued { member } => one("cue-well-argued", member),
        Cue::AsksAnimateurs { member } => one("cue-asks-animateurs", member),
        Cue::SideTalk => t(lang, "cue-side-talk"),
        Cue::Tired { member } => one("cue-tired", member),
        Cue::AtOdds { a, b } => tr_args(lang, "cue-at-odds", &[("a", member(w, a).into()), ("b", member(w, b).into())]),
        Cue::Absent { member } => one("cue-absent", member),
        Cue::Gloomy => t(lang, "cue-gloomy"),
        Cue::Upbeat => t(lang, "cue-upbeat"),
        Cue::AtRisk { member } => one("cue-at-risk", member),
        Cue::Unfair { member } => one("cue-unfair", member),
        Cue::Tension => t(lang, "cue-tension"),
        Cue::Despondent => t(lang, "cue-despondent"),
        Cue::MoneyWorry => t(lang, "cue-money-worry"),
        Cue::Prepared { member } => one("cue-prepared", member),
        Cue::Unprepared => t(lang, "cue-unprepared"),
        Cue::Aftermath { event } => {
            let title =
                w.scenario.events.get(event as usize).map(|e| e.title.get(lang).to_string()).unwrap_or_default();
            tr_args(lang, "cue-aftermath", &[("event", title.into())])
        }
    }
}

/// A kind of cue, whoever it names: « A half-formed idea », « Members saying nothing ».
pub fn cue_kind(c: crate::sim::season::Cue, lang: Lang) -> String {
    use crate::sim::season::Cue;
    t(
        lang,
        match c {
            Cue::Silent { .. } => "cue-kind-silent",
            Cue::Lively => "cue-kind-lively",
            Cue::OffTopic { .. } => "cue-kind-off-topic",
            Cue::HalfFormed { .. } => "cue-kind-half-formed",
            Cue::WellArgued { .. } => "cue-kind-well-argued",
            Cue::AsksAnimateurs { .. } => "cue-kind-asks-animateurs",
            Cue::SideTalk => "cue-kind-side-talk",
            Cue::Tired { .. } => "cue-kind-tired",
            Cue::AtOdds { .. } => "cue-kind-at-odds",
            Cue::Absent { .. } => "cue-kind-absent",
            Cue::Gloomy => "cue-kind-gloomy",
            Cue::Upbeat => "cue-kind-upbeat",
            Cue::AtRisk { .. } => "cue-kind-at-risk",
            Cue::Unfair { .. } => "cue-kind-unfair",
            Cue::Tension => "cue-kind-tension",
            Cue::Despondent => "cue-kind-despondent",
            Cue::MoneyWorry => "cue-kind-money-worry",
            Cue::Aftermath { .. } => "cue-kind-aftermath",
            Cue::Prepared { .. } => "cue-kind-prepared",
            Cue::Unprepared => "cue-kind-unprepared",
        },
    )
}

/// A kind of cue missed at misread decisions, in one line: « A half-formed idea: 3 misread
/// decisions, where it pointed to a group not ready ».
pub fn missed(m: &crate::words::digest::Missed, lang: Lang) -> String {
    use crate::words::digest::Towards;
    let towards = t(
        lang,
        match m.towards {
            Towards::NotReady => "cue-towards-not-ready",
            Towards::Ready => "cue-towards-ready",
            Towards::Crisis => "cue-towards-crisis",
            Towards::Calm => "cue-towards-calm",
        },
    );
    tr_args(
        lang,
        "cue-missed",
        &[("cue", cue_kind(m.cue, lang).into()), ("n", m.decisions.into()), ("towards", towards.into())],
    )
}

/// A reading of the group, in words.
pub fn reading(r: crate::decision::Reading, lang: Lang) -> String {
    use crate::decision::Ready;
    let ready = match r.ready {
        Ready::NotReady => t(lang, "ready-not"),
        Ready::Partly => t(lang, "ready-partly"),
        Ready::Ready => t(lang, "ready-ready"),
    };
    let crisis = t(lang, if r.crisis { "reading-in-crisis" } else { "reading-not-in-crisis" });
    format!("{ready}, {crisis}")
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

/// The catalogue key of the reason a rule gives for a change of score (`up`: the score rose).
fn rule_key(rule: Rule, up: bool) -> &'static str {
    match rule {
        Rule::Start => "rule-start",
        Rule::ObjectiveSet => "rule-objective-set",
        Rule::ObjectiveImposed => "rule-objective-imposed",
        Rule::Consistent => "rule-consistent",
        Rule::Convergence if up => "rule-convergence-up",
        Rule::Convergence => "rule-convergence-down",
        Rule::Overruled => "rule-overruled",
        Rule::PostureFits => "rule-posture-fits",
        Rule::TooMuchHelp => "rule-too-much-help",
        Rule::TooLittleHelp => "rule-too-little-help",
        Rule::GroupDecided => "rule-group-decided",
        Rule::GroupDecidedWithHelp => "rule-group-decided-with-help",
        Rule::OwnProposal => "rule-own-proposal",
        Rule::DecidedForGroup => "rule-decided-for-group",
        Rule::FollowedSuggestion => "rule-followed-suggestion",
        Rule::GoodWork if up => "rule-good-work-up",
        Rule::GoodWork => "rule-good-work-down",
        Rule::ObjectiveOnTrack => "rule-objective-on-track",
        Rule::ObjectiveBehind => "rule-objective-behind",
        Rule::ObjectiveReached => "rule-objective-reached",
        Rule::ObjectiveReachedLowered => "rule-objective-reached-lowered",
        Rule::ObjectiveMissed => "rule-objective-missed",
        Rule::SurplusIdentity => "rule-surplus-identity",
    }
}

/// What a rule says of a change of score (`up`: the score rose), without the score or the cause:
/// the name of the rule in a summary.
pub fn rule(rule: Rule, up: bool, lang: Lang) -> String {
    t(lang, rule_key(rule, up))
}

/// The sentence a trainer can read aloud for a change of score.
pub fn evidence(comp_: Comp, delta: i32, rule: Rule, cause: Cause, what: &str, lang: Lang) -> String {
    let pts = super::points(delta, lang);
    let about = match cause {
        Cause::Start => String::new(),
        Cause::Decision(_) | Cause::Objective(_) => tr_args(lang, "evidence-about", &[("what", what.into())]),
        Cause::Week(wk) => tr_args(lang, "evidence-week", &[("week", wk.into())]),
    };
    tr_args(
        lang,
        "evidence",
        &[
            ("why", t(lang, rule_key(rule, delta >= 0)).into()),
            ("colon", super::colon(lang).into()),
            ("comp", comp(comp_, lang).into()),
            ("points", pts.into()),
            ("about", about.into()),
        ],
    )
}

/// The summer told decision by decision: the question, the posture, what was chosen and by
/// whom, and why each score moved. For `cjs run --explain` and the debrief.
pub fn story(season: &crate::sim::Season, w: &World, lang: Lang) -> String {
    use crate::sim::journal::Ev;
    let mut out = String::new();
    let mut last_week = u8::MAX;
    let label = |d: u16, o: u8| season.settled().get(d as usize).map(|it| option(it, o, w, lang)).unwrap_or_default();
    let quoted = |d: u16, o: u8| tr_args(lang, "story-quoted", &[("text", label(d, o).into())]);
    for e in season.journal() {
        if e.week != last_week {
            last_week = e.week;
            out.push_str(&format!("\n== {} ==\n", tr_args(lang, "story-week", &[("week", e.week.into())])));
        }
        match &e.ev {
            Ev::EventFired { event } => {
                if let Some(ev) = w.scenario.events.get(*event as usize) {
                    out.push_str(&format!("! {} — {}\n", ev.title.get(lang), ev.text.get(lang)));
                }
            }
            Ev::Opened { kind: k, need, crisis: c, .. } => {
                let need_txt = posture(need.fitting(), lang);
                let crisis_txt = if *c { t(lang, "story-in-crisis") } else { String::new() };
                out.push_str(&format!(
                    "* {} — {}{}\n",
                    kind(*k, w, lang),
                    tr_args(lang, "story-need", &[("need", need_txt.into())]),
                    crisis_txt
                ));
            }
            Ev::Posture { posture: p, option: o, d } => {
                let what = o.map(|o| format!(" {}", quoted(*d, o))).unwrap_or_default();
                out.push_str(&format!("  {} {}{}\n", t(lang, "story-posture"), posture(*p, lang), what));
            }
            Ev::Decided { d, option: o, by, votes_for, voters, .. } => {
                let votes = if *voters > 0 { format!(" ({votes_for}/{voters})") } else { String::new() };
                out.push_str(&format!("  → {} — {}{}\n", quoted(*d, *o), decider(*by, lang), votes));
            }
            Ev::Score { comp: c, delta, rule, cause, .. } if *rule != Rule::Start => {
                let what = about(*cause, |d| season.settled().get(d as usize).map(|it| it.kind), w, lang);
                out.push_str(&format!("    {}\n", evidence(*c, *delta, *rule, *cause, &what, lang)));
            }
            Ev::Crisis { on, cause: Some(c) } if *on => {
                out.push_str(&format!("  {} {}\n", t(lang, "story-crisis"), crisis(*c, w, lang)));
            }
            Ev::StageChanged { stage: st } => {
                out.push_str(&format!("  {} {}\n", t(lang, "story-stage"), stage(*st, lang)));
            }
            Ev::Left { member: m } => {
                out.push_str(&format!("  {}\n", tr_args(lang, "story-left", &[("name", member(w, *m).into())])));
            }
            Ev::Misled { belief: b, .. } => out.push_str(&format!("  {}\n", belief(*b, lang))),
            Ev::RuleBroken { plan } => out.push_str(&format!("  {}\n", rule_broken(*plan, w, lang))),
            Ev::Cue { cue: c, .. } => out.push_str(&format!("  · {}\n", cue(*c, w, lang))),
            Ev::Reading { read, was, .. } => out.push_str(&format!(
                "  {}\n",
                tr_args(
                    lang,
                    "story-reading",
                    &[
                        ("read", reading(*read, lang).into()),
                        ("was", reading(*was, lang).into()),
                        ("mark", if read == was { " ✓" } else { " ✗" }.into()),
                    ]
                )
            )),
            Ev::ObjectiveReviewed { objective, value, target, on_track } => {
                let verdict = t(lang, if *on_track { "story-on-track" } else { "story-behind" });
                out.push_str(&format!("  {} — {verdict}\n", measure(*objective, *value, *target, w, lang)));
            }
            Ev::TargetsAdjusted => out.push_str(&format!("  {}\n", t(lang, "story-targets-lowered"))),
            Ev::ObjectiveJudged { objective, value, target, reached } => {
                let verdict = t(lang, if *reached { "story-reached" } else { "story-missed" });
                out.push_str(&format!("  {} — {verdict}\n", measure(*objective, *value, *target, w, lang)));
            }
            Ev::Complaint { segment, unpaid, .. } => {
                let who = w.scenario.segments.get(*segment as usize).map(|g| g.name.get(lang)).unwrap_or("?");
                let key = if *unpaid { "story-complaint-unpaid" } else { "story-complaint" };
                out.push_str(&format!("  {}\n", tr_args(lang, key, &[("who", who.into())])));
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A scenario's own words are quoted as written: the colon of the sentence follows the
    /// language, a colon inside a title is left alone.
    #[test]
    fn evidence_quotes_titles_as_written() {
        let title = "Plan B : the rain week";
        let en = evidence(Comp::V, 150, Rule::ObjectiveReached, Cause::Objective(0), title, Lang::En);
        assert_eq!(en, "Objective reached: Vision +1.50 — “Plan B : the rain week”");
        let fr = evidence(Comp::A(Sphere::Work), -25, Rule::GoodWork, Cause::Objective(0), "Plan: B", Lang::Fr);
        assert_eq!(fr, "Une semaine de travail mal fait : Autonomie (travail) −0,25 — « Plan: B »");
        let week = evidence(Comp::S, 100, Rule::GoodWork, Cause::Week(3), "", Lang::En);
        assert_eq!(week, "A week of work well done: Support +1.00 — week 3");
    }

    #[test]
    fn plurals_follow_the_count() {
        use crate::sim::season::Cue;
        let loaded = crate::scenario::shipped::by_id("quintin-2013").unwrap().unwrap();
        let w = World::new(&loaded);
        assert_eq!(cue(Cue::Silent { quiet: 1 }, &w, Lang::En), "1 member says nothing");
        assert_eq!(cue(Cue::Silent { quiet: 4 }, &w, Lang::En), "4 members say nothing");
        assert_eq!(cue(Cue::Silent { quiet: 4 }, &w, Lang::Fr), "4 membres ne disent rien");
    }
}
