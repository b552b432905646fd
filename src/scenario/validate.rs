//! Validation beyond syntax: ranges, cross-references, sums, and lists that must not be empty.
//! Every error is located at the value it is about.

use std::collections::BTreeSet;

use rust_decimal::Decimal;
use unicode_normalization::UnicodeNormalization;

use super::locate::Locations;
use super::*;
use crate::base::params::Params;
use crate::i18n::{FluentValue, key, text_each, tr};
use crate::tr;

/// The largest lists a scenario may hold. Each is well above what a summer of a CJS needs (the
/// shipped scenarios have at most 8 services, 5 segments, 10 events, 4 effects per choice), and
/// small enough that the market, the agenda and the journal of a summer stay bounded: memory and
/// journal size grow with segments × services per segment × weeks (docs/reliability.md,
/// *Limits*). Documented in docs/scenario-format.md §3.
pub mod limits {
    /// Services on offer.
    pub const SERVICES: usize = 12;
    /// Client segments.
    pub const SEGMENTS: usize = 12;
    /// Services a segment asks for.
    pub const SERVICES_PER_SEGMENT: usize = 12;
    /// Values of a segment's season curve (one a week; a summer has at most 16 weeks).
    pub const SEASON_VALUES: usize = 16;
    /// Scripted events.
    pub const EVENTS: usize = 40;
    /// Effects of one choice of an event.
    pub const EFFECTS_PER_CHOICE: usize = 8;
    /// Aims of an objective.
    pub const AIMS: usize = 8;
    /// Away weeks of a cooperant (a summer has at most 16 weeks).
    pub const AWAY_WEEKS: usize = 16;
    /// Names offered for the coop (the founding assembly weighs the first 6).
    pub const COOP_NAMES: usize = 20;
    /// Learning goals, and trainer notes.
    pub const NOTES: usize = 20;
    /// Options an assembly weighs, so objectives on the menu (the debate holds this many:
    /// `decision::MAX_OPTIONS`).
    pub const OPTIONS: usize = 8;
}

struct Check<'a> {
    src: &'a str,
    file: &'a str,
    loc: Locations,
    errors: Vec<Diagnostic>,
    /// The cooperants' names (`name_key`), as `cooperants` found them.
    names: BTreeSet<String>,
    /// The services' ids, as `services` found them.
    services: BTreeSet<String>,
    /// The segments' ids, as `segments` found them.
    segments: BTreeSet<String>,
}

impl Check<'_> {
    fn err(&mut self, path: &str, message: Text) {
        let at = self.loc.find(path, self.src);
        self.errors.push(Diagnostic::at(self.file, at, message));
    }

    /// `what` names a noun of the catalogue, a `scenario-what-…` message given with
    /// [`key`](crate::i18n::key), as in [`Check::most`], [`Check::money`] and [`Check::empty`].
    fn range(&mut self, path: &str, what: &'static str, v: i64, min: i64, max: i64) {
        if v < min || v > max {
            let args = [("min", min.to_string()), ("max", max.to_string()), ("v", v.to_string())];
            self.err(path, text_each("scenario-must-be-between", |lang| about(lang, what, &args)));
        }
    }

    fn text(&mut self, path: &str, t: &Text) {
        if invisible(&t.fr) {
            self.err(&format!("{path}.fr"), tr!("scenario-empty-french"));
        } else {
            self.hidden(&format!("{path}.fr"), &t.fr, hidden_in_text);
        }
        if invisible(&t.en) {
            self.err(&format!("{path}.en"), tr!("scenario-empty-english"));
        } else {
            self.hidden(&format!("{path}.en"), &t.en, hidden_in_text);
        }
    }

    /// A located error for the first character of `s` that `hidden` finds: the reader would not
    /// see it, or it would change what they see (a NUL, a direction override).
    fn hidden(&mut self, path: &str, s: &str, hidden: fn(char) -> bool) {
        if let Some(c) = s.chars().find(|&c| hidden(c)) {
            let shown: String =
                s.chars().map(|c| if hidden(c) { c.escape_unicode().to_string() } else { c.to_string() }).collect();
            self.err(
                path,
                tr!("scenario-hidden-character", c = format!("{}", c.escape_unicode()), shown = format!("{}", shown)),
            );
        }
    }

    /// A name must be seen: not empty, and not only spaces, zero-width, format or direction
    /// characters (a U+200B or U+202E name shows as nothing, or reverses what follows).
    /// Returns whether it is visible.
    fn name(&mut self, path: &str, name: &str, empty: Text) -> bool {
        if name.trim().is_empty() {
            self.err(path, empty);
            false
        } else if invisible(name) {
            let shown: String = name.chars().map(|c| c.escape_unicode().to_string()).collect();
            self.err(path, tr!("scenario-invisible-name", shown = format!("{}", shown)));
            false
        } else if name.chars().any(hidden_in_name) {
            self.hidden(path, name, hidden_in_name);
            false
        } else if name.trim() != name {
            // « Léa » and « Léa  » would show as two people of one name.
            self.err(
                path,
                tr!(
                    "scenario-name-spaces-around",
                    name = format!("{}", name.escape_debug()),
                    trimmed = format!("{}", name.trim())
                ),
            );
            false
        } else {
            true
        }
    }

    /// At most `max` items in a list: a located error naming the list.
    fn most(&mut self, path: &str, len: usize, max: usize, what: &'static str) {
        if len > max {
            let args = [("max", max.to_string()), ("len", len.to_string())];
            self.err(path, text_each("scenario-at-most-items", |lang| about(lang, what, &args)));
        }
    }

    fn money(&mut self, path: &str, what: &'static str, d: Dec, positive: bool) {
        if positive && d.0 <= Decimal::ZERO {
            let args = [("d", d.to_string())];
            self.err(path, text_each("scenario-must-be-positive", |lang| about(lang, what, &args)));
        } else if !positive && d.0 < Decimal::ZERO {
            let args = [("d", d.to_string())];
            self.err(path, text_each("scenario-cannot-be-negative", |lang| about(lang, what, &args)));
        }
        self.cents(path, d);
    }

    fn cents(&mut self, path: &str, d: Dec) {
        if d.0.normalize().scale() > 2 {
            self.err(path, tr!("scenario-amount-too-precise", d = format!("{}", d)));
        } else if d.0.abs() > Decimal::from(10_000_000) {
            self.err(path, tr!("scenario-amount-too-large", d = format!("{}", d)));
        }
    }

    fn empty(&mut self, path: &str, what: &'static str) {
        self.err(path, text_each("scenario-at-least-one-item", |lang| about(lang, what, &[])));
    }

    fn ids<'b>(&mut self, list: &str, ids: impl Iterator<Item = &'b String>) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        for (i, id) in ids.enumerate() {
            let path = format!("{list}[{i}].id");
            if id.is_empty()
                || id.len() > 64
                || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
            {
                self.err(&path, tr!("scenario-invalid-item-id", id = format!("{}", id)));
            }
            if !seen.insert(id.clone()) {
                self.err(&path, tr!("scenario-duplicate-id", id = format!("{}", id)));
            }
        }
        seen
    }
}

/// Only characters that show nothing: spaces, controls, zero-width and joiners, direction marks
/// and overrides, the word joiner and invisible operators, variation selectors, the BOM, tags.
pub fn invisible(s: &str) -> bool {
    s.chars().all(|c| c.is_whitespace() || c.is_control() || shows_nothing(c))
}

/// A character that shows nothing though it is no space nor control: zero-width and joiners,
/// direction marks and overrides, the word joiner and invisible operators, variation
/// selectors, the BOM, tags, and the letters that show nothing (the Hangul fillers).
pub fn shows_nothing(c: char) -> bool {
    matches!(c,
                '\u{00ad}' | '\u{034f}' | '\u{061c}' | '\u{115f}' | '\u{1160}' | '\u{17b4}' | '\u{17b5}'
                | '\u{180b}'..='\u{180f}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
                | '\u{2060}'..='\u{206f}' | '\u{2800}' | '\u{3164}' | '\u{fe00}'..='\u{fe0f}' | '\u{feff}'
                | '\u{ffa0}' | '\u{fff0}'..='\u{fffb}' | '\u{1d173}'..='\u{1d17a}' | '\u{e0000}'..='\u{e0fff}')
}

/// A character a text may not hold: a control character but the line break, the carriage return
/// (a text of several lines in a file saved with Windows line ends holds one) and the tab, or a
/// direction override, embedding or isolate (a right-to-left override reverses what follows it
/// in a report or on screen; right-to-left text needs none of them).
fn hidden_in_text(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\r' | '\t')) || crate::text::overrides_direction(c)
}

/// A character a name may not hold: any control character, and any that shows nothing (a name
/// with a zero-width space in it looks like another), but the zero-width joiner and non-joiner
/// some scripts write names with.
fn hidden_in_name(c: char) -> bool {
    c.is_control() || (shows_nothing(c) && !matches!(c, '\u{200c}' | '\u{200d}'))
}

/// A name as compared: in NFC, so that "Maëlle" typed with a composed `ë` or with `e` and a
/// combining diaeresis is one name.
pub fn name_key(name: &str) -> String {
    name.nfc().collect()
}

fn valid_date(s: &str) -> bool {
    let p: Vec<&str> = s.split('-').collect();
    if p.len() != 3 || p[0].len() != 4 || p[1].len() != 2 || p[2].len() != 2 {
        return false;
    }
    let (Ok(y), Ok(m), Ok(d)) = (p[0].parse::<u32>(), p[1].parse::<u32>(), p[2].parse::<u32>()) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    (1900..=2200).contains(&y) && (1..=12).contains(&m) && d >= 1 && d <= days[(m - 1) as usize]
}

/// The arguments of a sentence about `what`, a noun of the catalogue, in `lang`: the noun, then
/// `args`.
fn about<'a>(lang: Lang, what: &'static str, args: &'a [(&'static str, String)]) -> Vec<(&'a str, FluentValue<'a>)> {
    let mut all = vec![("what", FluentValue::from(tr(lang, what)))];
    all.extend(args.iter().map(|(name, value)| (*name, FluentValue::from(value.as_str()))));
    all
}

/// The sizes of the lists ([`limits`]), checked first so that an oversized scenario is said so
/// in one message per list.
fn sizes(c: &mut Check, s: &Scenario) {
    use limits::*;
    c.most("services", s.services.len(), SERVICES, key("scenario-what-services"));
    c.most("segments", s.segments.len(), SEGMENTS, key("scenario-what-client-segments"));
    for (i, g) in s.segments.iter().enumerate() {
        let p = format!("segments[{i}]");
        c.most(&format!("{p}.services"), g.services.len(), SERVICES_PER_SEGMENT, key("scenario-what-segment-services"));
        c.most(&format!("{p}.season"), g.season.len(), SEASON_VALUES, key("scenario-what-season-values"));
    }
    c.most("events", s.events.len(), EVENTS, key("scenario-what-events"));
    for (i, e) in s.events.iter().enumerate() {
        for (j, ch) in e.choices.iter().enumerate() {
            c.most(
                &format!("events[{i}].choices[{j}].effects"),
                ch.effects.len(),
                EFFECTS_PER_CHOICE,
                key("scenario-what-effects-per-choice"),
            );
        }
    }
    for (i, o) in s.objectives.iter().enumerate() {
        c.most(&format!("objectives[{i}].aims"), o.aims.len(), AIMS, key("scenario-what-aims-per-objective"));
    }
    for (i, m) in s.cooperants.iter().enumerate() {
        c.most(&format!("cooperants[{i}].away_weeks"), m.away_weeks.len(), AWAY_WEEKS, key("scenario-what-away-weeks"));
    }
    c.most("coop_names", s.coop_names.len(), COOP_NAMES, key("scenario-what-coop-names"));
    c.most("learning_goals", s.learning_goals.len(), NOTES, key("scenario-what-learning-goals"));
    c.most("trainer_notes", s.trainer_notes.len(), NOTES, key("scenario-what-trainer-notes"));
}

/// The checks of a scenario, in the order their errors are listed. A check may read the ids and
/// names an earlier one kept in [`Check`] (the segments know the services, the events know all).
const CHECKS: [fn(&mut Check, &Scenario); 13] = [
    identity,
    cooperants,
    team,
    services,
    segments,
    promotion,
    menus,
    objectives,
    surplus_plans,
    events,
    weather,
    params,
    pec_weights,
];

/// All the errors of a parsed scenario; empty when it is valid.
pub fn validate(s: &Scenario, src: &str, file: &str) -> Vec<Diagnostic> {
    let mut c = Check {
        src,
        file,
        loc: Locations::index(src),
        errors: Vec::new(),
        names: BTreeSet::new(),
        services: BTreeSet::new(),
        segments: BTreeSet::new(),
    };
    for check in CHECKS {
        check(&mut c, s);
    }
    c.errors
}

/// The most weeks a summer has.
const MAX_WEEKS: i64 = 16;

/// The summer's length that weeks named elsewhere (away weeks, events) are checked against: the
/// calendar's, or the most a summer has when the calendar's is itself refused (said once, at
/// `calendar.weeks`, rather than again at every week named).
fn summer_weeks(s: &Scenario) -> i64 {
    let weeks = s.calendar.weeks as i64;
    if (2..=MAX_WEEKS).contains(&weeks) { weeks } else { MAX_WEEKS }
}

/// The scenario's id, the sizes of its lists, its texts, calendar, territory and the coop's names.
fn identity(c: &mut Check, s: &Scenario) {
    let weeks = s.calendar.weeks as i64;
    if s.id.is_empty()
        || s.id.len() > 64
        || !s.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        c.err("id", tr!("scenario-invalid-scenario-id", id = format!("{}", s.id)));
    }
    sizes(c, s);
    c.text("title", &s.title);
    c.text("pitch", &s.pitch);
    for (i, t) in s.learning_goals.iter().enumerate() {
        c.text(&format!("learning_goals[{i}]"), t);
    }
    for (i, t) in s.trainer_notes.iter().enumerate() {
        c.text(&format!("trainer_notes[{i}]"), t);
    }
    if !valid_date(&s.calendar.start) {
        c.err("calendar.start", tr!("scenario-invalid-date", start = format!("{}", s.calendar.start)));
    }
    c.range("calendar.weeks", key("scenario-what-weeks"), weeks, 2, MAX_WEEKS);
    c.name("territory.name", &s.territory.name, tr!("scenario-empty-territory-name"));
    c.range(
        "territory.travel_minutes",
        key("scenario-what-the-travel-time"),
        s.territory.travel_minutes as i64,
        0,
        120,
    );
    let mut seen = BTreeSet::new();
    for (i, n) in s.coop_names.iter().enumerate() {
        if c.name(&format!("coop_names[{i}]"), n, tr!("scenario-empty-coop-name")) && !seen.insert(name_key(n)) {
            c.err(&format!("coop_names[{i}]"), tr!("scenario-coop-name-twice", name = format!("{n}")));
        }
    }
}

/// The cooperants: how many, their names (kept for the events that name them), traits, skills,
/// hours and weeks away.
fn cooperants(c: &mut Check, s: &Scenario) {
    let weeks = summer_weeks(s);
    if s.cooperants.len() < 3 || s.cooperants.len() > 30 {
        c.err("cooperants", tr!("scenario-members-out-of-range", count = format!("{}", s.cooperants.len())));
    }
    for (i, m) in s.cooperants.iter().enumerate() {
        let p = format!("cooperants[{i}]");
        if c.name(&format!("{p}.name"), &m.name, tr!("scenario-empty-name")) && !c.names.insert(name_key(&m.name)) {
            c.err(&format!("{p}.name"), tr!("scenario-name-taken", name = format!("{}", m.name)));
        }
        c.range(&format!("{p}.age"), key("scenario-what-age"), m.age as i64, 13, 27);
        for (field, what, v) in [
            ("assertiveness", key("scenario-what-assertiveness"), m.traits.assertiveness),
            ("reliability", key("scenario-what-reliability"), m.traits.reliability),
            ("initiative", key("scenario-what-initiative"), m.traits.initiative),
            ("sociability", key("scenario-what-sociability"), m.traits.sociability),
        ] {
            c.range(&format!("{p}.traits.{field}"), what, v as i64, 0, 100);
        }
        let mut seen = BTreeSet::new();
        for (j, (skill, v)) in m.skills.iter().enumerate() {
            c.range(&format!("{p}.skills[{j}][1]"), key("scenario-what-a-skill"), *v as i64, 0, 100);
            if !seen.insert(*skill) {
                c.err(&format!("{p}.skills[{j}]"), tr!("scenario-skill-written-twice", skill = format!("{:?}", skill)));
            }
        }
        c.range(&format!("{p}.availability"), key("scenario-what-availability"), m.availability as i64, 0, 40);
        c.range(&format!("{p}.motivation"), key("scenario-what-motivation"), m.motivation as i64, 0, 100);
        for (j, w) in m.away_weeks.iter().enumerate() {
            c.range(&format!("{p}.away_weeks[{j}]"), key("scenario-what-an-away-week"), *w as i64, 1, weeks);
        }
    }
}

/// The animateurs, the comité's fund and how the cooperants are paid.
fn team(c: &mut Check, s: &Scenario) {
    if s.animateurs.is_empty() || s.animateurs.len() > 2 {
        c.err("animateurs", tr!("scenario-animateurs-out-of-range", count = format!("{}", s.animateurs.len())));
    }
    for (i, a) in s.animateurs.iter().enumerate() {
        c.name(&format!("animateurs[{i}].name"), &a.name, tr!("scenario-empty-name"));
    }
    c.money("comite.starting_fund", key("scenario-what-the-starting-fund"), s.comite.starting_fund, false);
    if let Pay::AsInvoicesArePaid { coop_share } = s.pay {
        c.range("pay.coop_share", key("scenario-what-the-coops-share"), coop_share as i64, 0, 100);
    }
}

/// The services (their ids kept for the segments and the events), their hours, units, costs
/// and prices.
fn services(c: &mut Check, s: &Scenario) {
    if s.services.is_empty() {
        c.empty("services", key("scenario-what-services"));
    }
    c.services = c.ids("services", s.services.iter().map(|x| &x.id));
    for (i, v) in s.services.iter().enumerate() {
        let p = format!("services[{i}]");
        c.text(&format!("{p}.name"), &v.name);
        // At least 0.01 h (36 s): a unit of work rounds to one minute at least, so no job takes no
        // time (a job of no minutes could not be done, and would be turned away).
        if v.hours_per_unit.0 < Decimal::new(1, 2) || v.hours_per_unit.0 > Decimal::from(12) {
            c.err(
                &format!("{p}.hours_per_unit"),
                tr!("scenario-hours-out-of-range", hours_per_unit = format!("{}", v.hours_per_unit)),
            );
        }
        if v.units.0 == 0 || v.units.0 > v.units.1 || v.units.1 > 200 {
            c.err(
                &format!("{p}.units"),
                tr!("scenario-units-out-of-range", min = format!("{}", v.units.0), max = format!("{}", v.units.1)),
            );
        }
        c.money(&format!("{p}.material_cost"), key("scenario-what-material-cost"), v.material_cost, false);
        c.money(&format!("{p}.reference_price"), key("scenario-what-price"), v.reference_price, true);
    }
}

/// The client segments (their ids kept for the objectives and the events), their demand,
/// services, season and payment.
fn segments(c: &mut Check, s: &Scenario) {
    if s.segments.is_empty() {
        c.empty("segments", key("scenario-what-client-segments"));
    }
    c.segments = c.ids("segments", s.segments.iter().map(|x| &x.id));
    for (i, g) in s.segments.iter().enumerate() {
        let p = format!("segments[{i}]");
        c.text(&format!("{p}.name"), &g.name);
        if g.base_demand.0 < Decimal::ZERO || g.base_demand.0 > Decimal::from(100) {
            c.err(
                &format!("{p}.base_demand"),
                tr!("scenario-demand-out-of-range", base_demand = format!("{}", g.base_demand)),
            );
        }
        if g.price_sensitivity.0 < Decimal::ZERO || g.price_sensitivity.0 > Decimal::from(5) {
            c.err(
                &format!("{p}.price_sensitivity"),
                tr!("scenario-sensitivity-out-of-range", price_sensitivity = format!("{}", g.price_sensitivity)),
            );
        }
        if g.services.is_empty() {
            c.empty(&format!("{p}.services"), key("scenario-what-the-services-asked"));
        }
        for (j, id) in g.services.iter().enumerate() {
            if !c.services.contains(id) {
                c.err(&format!("{p}.services[{j}]"), tr!("scenario-unknown-service", id = format!("{}", id)));
            }
        }
        for (j, v) in g.season.iter().enumerate() {
            c.range(&format!("{p}.season[{j}]"), key("scenario-what-a-season-percentage"), *v as i64, 0, 500);
        }
        let pay = g.payment;
        if pay.on_time as u32 + pay.late as u32 + pay.unpaid as u32 != 100 {
            c.err(
                &format!("{p}.payment"),
                tr!(
                    "scenario-payment-shares-sum",
                    unpaid = format!("{}", pay.on_time as u32 + pay.late as u32 + pay.unpaid as u32)
                ),
            );
        }
        c.range(
            &format!("{p}.payment.delay_weeks"),
            key("scenario-what-the-payment-delay"),
            pay.delay_weeks as i64,
            0,
            8,
        );
    }
}

/// What promotion costs.
fn promotion(c: &mut Check, s: &Scenario) {
    c.money("promotion.flyers_cost", key("scenario-what-flyers-cost"), s.promotion.flyers_cost, false);
    c.money("promotion.press_cost", key("scenario-what-press-cost"), s.promotion.press_cost, false);
}

/// The menus an assembly weighs: the objectives and the surplus plans.
fn menus(c: &mut Check, s: &Scenario) {
    if s.objectives.len() < 2 {
        c.err("objectives", tr!("scenario-too-few-objectives", count = format!("{}", s.objectives.len())));
    }
    // An assembly weighs at most this many options.
    let most = limits::OPTIONS;
    if s.objectives.len() > most {
        c.err(
            "objectives",
            tr!("scenario-too-many-objectives", most = format!("{}", most), count = format!("{}", s.objectives.len())),
        );
    }
    if s.surplus_plans.len() > most {
        c.err(
            "surplus_plans",
            tr!("scenario-too-many-splits", most = format!("{}", most), count = format!("{}", s.surplus_plans.len())),
        );
    }
}

/// Each objective: its label, aims and target.
fn objectives(c: &mut Check, s: &Scenario) {
    c.ids("objectives", s.objectives.iter().map(|x| &x.id));
    for (i, o) in s.objectives.iter().enumerate() {
        c.text(&format!("objectives[{i}].label"), &o.label);
        if o.aims.is_empty() {
            c.empty(&format!("objectives[{i}].aims"), key("scenario-what-the-objectives-aims"));
        }
        let t = format!("objectives[{i}].target");
        match &o.target {
            Some(Target::PayPerMember(d)) | Some(Target::Surplus(d)) => {
                c.money(&t, key("scenario-what-the-target-amount"), *d, true);
                c.cents(&t, *d);
            }
            Some(Target::Contracts(n)) => c.range(&t, key("scenario-what-target-contracts"), *n as i64, 1, 10_000),
            Some(Target::SegmentContracts { segment, count }) => {
                if !c.segments.contains(segment) {
                    c.err(&format!("{t}.segment"), tr!("scenario-unknown-segment", segment = format!("{}", segment)));
                }
                c.range(&format!("{t}.count"), key("scenario-what-target-contracts"), *count as i64, 1, 10_000);
            }
            Some(Target::FairHours(x)) | Some(Target::Reputation(x)) | Some(Target::Motivation(x)) => {
                c.range(&t, key("scenario-what-the-target-percent"), *x as i64, 1, 100)
            }
            Some(Target::Trades(x)) => {
                c.range(&t, key("scenario-what-target-work-kinds"), *x as i64, 1, Skill::ALL.len() as i64)
            }
            Some(Target::EveryoneStays) | None => {}
        }
    }
}

/// Each way of sharing the surplus: its label and parts that make 100.
fn surplus_plans(c: &mut Check, s: &Scenario) {
    c.ids("surplus_plans", s.surplus_plans.iter().map(|x| &x.id));
    for (i, sp) in s.surplus_plans.iter().enumerate() {
        c.text(&format!("surplus_plans[{i}].label"), &sp.label);
        let sum = sp.by_hours as u32 + sp.equal as u32 + sp.reserve as u32 + sp.donation as u32 + sp.activity as u32;
        if sum != 100 {
            c.err(&format!("surplus_plans[{i}]"), tr!("scenario-split-parts-sum", sum = format!("{}", sum)));
        }
    }
    if s.surplus_plans.len() == 1 {
        c.err("surplus_plans", tr!("scenario-too-few-splits"));
    }
}

/// The events: their texts, trigger and choices.
fn events(c: &mut Check, s: &Scenario) {
    let weeks = summer_weeks(s);
    c.ids("events", s.events.iter().map(|x| &x.id));
    for (i, e) in s.events.iter().enumerate() {
        let p = format!("events[{i}]");
        c.text(&format!("{p}.title"), &e.title);
        c.text(&format!("{p}.text"), &e.text);
        match &e.trigger {
            Trigger::Week(w) => c.range(&format!("{p}.trigger"), key("scenario-what-the-week"), *w as i64, 1, weeks),
            Trigger::When { condition, from_week, chance } => {
                c.range(&format!("{p}.trigger.from_week"), key("scenario-what-the-week"), *from_week as i64, 1, weeks);
                c.range(&format!("{p}.trigger.chance"), key("scenario-what-the-chance"), *chance as i64, 1, 100);
                match condition {
                    Condition::CashBelow(d) => c.cents(&format!("{p}.trigger.condition"), *d),
                    Condition::ReputationBelow(v) | Condition::MotivationBelow(v) | Condition::ConflictAbove(v) => {
                        c.range(&format!("{p}.trigger.condition"), key("scenario-what-a-threshold"), *v as i64, 0, 100)
                    }
                    Condition::Always | Condition::RainyWeek => {}
                }
            }
        }
        if e.choices.len() < 2 || e.choices.len() > 6 {
            c.err(
                &format!("{p}.choices"),
                tr!("scenario-choices-out-of-range", count = format!("{}", e.choices.len())),
            );
        }
        for (j, ch) in e.choices.iter().enumerate() {
            let q = format!("{p}.choices[{j}]");
            c.text(&format!("{q}.label"), &ch.label);
            for (k, eff) in ch.effects.iter().enumerate() {
                effect(c, &format!("{q}.effects[{k}]"), eff);
            }
        }
    }
}

/// The chance of rain.
fn weather(c: &mut Check, s: &Scenario) {
    c.range("weather.rain_chance", key("scenario-what-rain-chance"), s.weather.rain_chance as i64, 0, 100);
}

/// The model parameters the scenario sets, each within its range (`Params::TABLE`).
fn params(c: &mut Check, s: &Scenario) {
    for (name, v) in s.params.entries() {
        if let Some(info) = Params::info(name)
            && !info.allows(v.to_f64())
        {
            let unit = info.unit_key();
            c.err(
                &format!("params.{name}"),
                crate::i18n::text_each("scenario-parameter-out-of-range", |lang| {
                    vec![
                        ("name", name.to_string().into()),
                        ("min", info.min.to_string().into()),
                        ("max", info.max.to_string().into()),
                        ("unit", crate::i18n::tr(lang, &unit).into()),
                        ("v", v.to_string().into()),
                    ]
                }),
            );
        }
    }
}

/// The weights of the PEC.
fn pec_weights(c: &mut Check, s: &Scenario) {
    let w = s.pec_weights;
    for (f, v) in [("v", w.v), ("s", w.s), ("a", w.a)] {
        c.range(&format!("pec_weights.{f}"), key("scenario-what-a-weight"), v as i64, 0, 10);
    }
    if w.v as u32 + w.s as u32 + w.a as u32 == 0 {
        c.err("pec_weights", tr!("scenario-pec-weights-all-zero"));
    }
}

/// One effect of an event's choice, at `r`: its size, and the ids and names it refers to.
fn effect(c: &mut Check, r: &str, eff: &Effect) {
    match eff {
        Effect::Cash(d) => c.cents(r, *d),
        Effect::Reputation(v) | Effect::Motivation(v) | Effect::Cohesion(v) | Effect::Fatigue(v) | Effect::Trust(v) => {
            c.range(r, key("scenario-what-an-effect-points"), *v as i64, -50, 50)
        }
        Effect::Demand { segment, percent, weeks: w } => {
            if !c.segments.contains(segment) {
                c.err(&format!("{r}.segment"), tr!("scenario-unknown-segment", segment = format!("{}", segment)));
            }
            c.range(&format!("{r}.percent"), key("scenario-what-the-percent"), *percent as i64, -100, 500);
            c.range(&format!("{r}.weeks"), key("scenario-what-the-duration-weeks"), *w as i64, 1, 16);
        }
        Effect::Competitor { percent, weeks: w } => {
            c.range(&format!("{r}.percent"), key("scenario-what-the-percent"), *percent as i64, 0, 90);
            c.range(&format!("{r}.weeks"), key("scenario-what-the-duration-weeks"), *w as i64, 1, 16);
        }
        Effect::ServiceUnavailable { service, weeks: w } => {
            if !c.services.contains(service) {
                c.err(&format!("{r}.service"), tr!("scenario-unknown-service-2", service = format!("{}", service)));
            }
            c.range(&format!("{r}.weeks"), key("scenario-what-the-duration-weeks"), *w as i64, 1, 16);
        }
        Effect::Contract { service, segment, units, price } => {
            if !c.services.contains(service) {
                c.err(&format!("{r}.service"), tr!("scenario-unknown-service-2", service = format!("{}", service)));
            }
            if !c.segments.contains(segment) {
                c.err(&format!("{r}.segment"), tr!("scenario-unknown-segment", segment = format!("{}", segment)));
            }
            c.range(&format!("{r}.units"), key("scenario-what-the-units"), *units as i64, 1, 500);
            c.money(&format!("{r}.price"), key("scenario-what-price"), *price, true);
        }
        Effect::Leaves(name) => {
            if !c.names.contains(&name_key(name)) {
                c.err(r, tr!("scenario-unknown-cooperant", name = format!("{}", name)));
            }
        }
        Effect::Resolve => {}
    }
}
