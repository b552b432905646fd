//! The report's own words (headings, column names, sentences), in French and English, and the
//! way numbers, hours and dates are written in a scenario's locale. The words for what the engine
//! records (postures, rules, deciders...) stay in `explain`.

use rust_decimal::Decimal;

use crate::scenario::{Country, Currency, Locale};
use crate::text::{Lang, money};

/// A word or heading of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum K {
    Report,
    Compare,
    CompareIntro,
    Scenario,
    Seed,
    Policy,
    Mode,
    Players,
    ModeAnimateur,
    ModeCooperative,
    Summer,
    Territory,
    EndOfSummer,
    Revenue,
    Costs,
    Contracts,
    LostRequests,
    HoursWorked,
    PayPerYouth,
    PayPerHour,
    MemberPay,
    Surplus,
    SurplusWent,
    ToMembers,
    Reserve,
    Donation,
    Activity,
    FundRepaid,
    WrittenOff,
    CashEnd,
    MembersEnd,
    CoopName,
    BoardChair,
    SurplusPlan,
    Benchmark,
    Pec,
    Vision,
    Support,
    Autonomy,
    Charts,
    ChartScores,
    ChartMoney,
    ChartMembers,
    ChartWho,
    Week,
    WeekShort,
    Start,
    Closing,
    Points,
    Amount,
    Hours,
    Pay,
    Decisions,
    DecisionsAxis,
    DecisionsIntro,
    Number,
    Question,
    Sphere,
    Need,
    Posture,
    Animateurs,
    Chosen,
    DecidedBy,
    DecidedByLong,
    Procedure,
    Vote,
    Fit,
    FitOk,
    FitMore,
    FitLess,
    Crisis,
    InCrisis,
    Moments,
    Evidence,
    EvidenceIntro,
    EvidenceByRule,
    Component,
    Rule,
    Times,
    Total,
    Change,
    After,
    Why,
    Goals,
    HowDid,
    Objectives,
    Objective,
    Measures,
    AtReview,
    AtEnd,
    Indicator,
    Value,
    TrainerNotes,
    Cooperants,
    Name,
    PaySummer,
    PaySurplus,
    PayTotal,
    LeftCoop,
    Group,
    Comite,
    WeeksTable,
    Sales,
    Cash,
    Reputation,
    Motivation,
    Readiness,
    Event,
    StageWord,
    Note,
    Generated,
    Record,
    Date,
    Proposals,
    Rounds,
    VotesFor,
    Voters,
    Lost,
    Business,
    Associative,
    Work,
    Yes,
    No,
    Legend,
    Outcome,
}

/// The word in the chosen language.
pub fn w(lang: Lang, k: K) -> &'static str {
    let (fr, en) = match k {
        K::Report => ("Bilan de l'été", "Debrief of the summer"),
        K::Compare => ("Deux étés côte à côte", "Two summers side by side"),
        K::CompareIntro => (
            "Deux étés mis côte à côte pour en discuter en groupe, pas pour classer des joueurs.",
            "Two summers side by side, to discuss as a group, not to rank players.",
        ),
        K::Scenario => ("Scénario", "Scenario"),
        K::Seed => ("Graine", "Seed"),
        K::Policy => ("Animateurs", "Animateurs"),
        K::Mode => ("Mode", "Mode"),
        K::Players => ("joueurs", "players"),
        K::ModeAnimateur => ("animateur", "animateur"),
        K::ModeCooperative => ("coopérative", "cooperative"),
        K::Summer => ("Été", "Summer"),
        K::Territory => ("Territoire", "Territory"),
        K::EndOfSummer => ("La fin de l'été", "The end of the summer"),
        K::Revenue => ("Chiffre d'affaires", "Revenue"),
        K::Costs => ("Coûts", "Costs"),
        K::Contracts => ("Contrats", "Contracts"),
        K::LostRequests => ("Demandes perdues", "Requests lost"),
        K::HoursWorked => ("Heures travaillées", "Hours worked"),
        K::PayPerYouth => ("Paie par jeune", "Pay per youth"),
        K::PayPerHour => ("Paie par heure travaillée", "Pay per hour worked"),
        K::MemberPay => ("Paie versée aux coopérants", "Pay to the cooperants"),
        K::Surplus => ("Surplus réparti", "Surplus allocated"),
        K::SurplusWent => ("Où est allé le surplus", "What the surplus went to"),
        K::ToMembers => ("aux coopérants", "to the cooperants"),
        K::Reserve => ("réserve pour la CJS de l'an prochain", "reserve for next year's CJS"),
        K::Donation => ("don à une cause locale", "donation to a local cause"),
        K::Activity => ("activité de groupe", "group activity"),
        K::FundRepaid => ("Fonds de démarrage remboursé au comité local", "Starting fund repaid to the comité local"),
        K::WrittenOff => ("Factures impayées passées en perte", "Unpaid invoices written off"),
        K::CashEnd => ("Caisse finale", "Cash at the end"),
        K::MembersEnd => ("Coopérants jusqu'au bout", "Cooperants to the end"),
        K::CoopName => ("Nom de la coop", "The coop's name"),
        K::BoardChair => ("Présidence du CA", "Chair of the board"),
        K::SurplusPlan => ("Partage du surplus choisi", "Surplus split chosen"),
        K::Benchmark => ("Repère", "Benchmark"),
        K::Pec => ("Prise en charge", "Taking charge"),
        K::Vision => ("Vision commune", "Shared vision"),
        K::Support => ("Soutien", "Support"),
        K::Autonomy => ("Autonomie", "Autonomy"),
        K::Charts => ("L'été en graphiques", "The summer in charts"),
        K::ChartScores => (
            "Vision (V), Soutien (S) et Autonomie (A) au fil des semaines",
            "Vision (V), Support (S) and Autonomy (A) over the weeks",
        ),
        K::ChartMoney => ("Chiffre d'affaires et coûts cumulés, trésorerie", "Cumulative revenue and costs, cash"),
        K::ChartMembers => ("Heures et paie par coopérant", "Hours and pay per cooperant"),
        K::ChartWho => ("Qui a décidé, par sphère d'autonomie", "Who decided, per sphere of autonomy"),
        K::Week => ("Semaine", "Week"),
        K::WeekShort => ("S", "W"),
        K::Start => ("début", "start"),
        K::Closing => ("clôture", "closing"),
        K::Points => ("points (0–100)", "points (0–100)"),
        K::Amount => ("Montant", "Amount"),
        K::Hours => ("Heures", "Hours"),
        K::Pay => ("Paie", "Pay"),
        K::Decisions => ("Les décisions", "The decisions"),
        K::DecisionsAxis => ("Nombre de décisions", "Number of decisions"),
        K::DecisionsIntro => (
            "Pour chaque décision : ce dont le groupe avait besoin, la posture des animateurs, ce qui a été décidé, par qui, comment, et le vote.",
            "For each decision: what the group needed, the animateurs' posture, what was decided, by whom, how, and the vote.",
        ),
        K::Number => ("N°", "No."),
        K::Question => ("Question", "Question"),
        K::Sphere => ("Sphère", "Sphere"),
        K::Need => ("Posture adaptée au groupe", "Posture the group needed"),
        K::Posture => ("Posture", "Posture"),
        K::Animateurs => ("les animateurs", "the animateurs"),
        K::Chosen => ("Décidé", "Decided"),
        K::DecidedBy => ("Par", "By"),
        K::DecidedByLong => ("Décisions prises par", "Decisions taken by"),
        K::Procedure => ("Procédure", "Procedure"),
        K::Vote => ("Vote", "Vote"),
        K::Fit => ("Ajustement", "Fit"),
        K::FitOk => ("posture ajustée", "posture fitted"),
        K::FitMore => ("trop d'aide", "too much help"),
        K::FitLess => ("trop peu d'aide", "too little help"),
        K::Crisis => ("Crise", "Crisis"),
        K::InCrisis => ("en crise", "in crisis"),
        K::Moments => ("Les moments clés", "The key moments"),
        K::Evidence => ("Pourquoi les scores ont bougé", "Why the scores moved"),
        K::EvidenceIntro => (
            "Chaque variation de V, S et A est notée avec sa cause ; les scores finaux sont exactement la somme de ces variations.",
            "Every change of V, S and A is recorded with its cause; the final scores are exactly the sum of these changes.",
        ),
        K::EvidenceByRule => ("Par règle", "By rule"),
        K::Component => ("Composante", "Component"),
        K::Rule => ("Règle", "Rule"),
        K::Times => ("Fois", "Times"),
        K::Total => ("Total", "Total"),
        K::Change => ("Variation", "Change"),
        K::After => ("Après", "After"),
        K::Why => ("Pourquoi", "Why"),
        K::Goals => ("Les objectifs pédagogiques du scénario", "The scenario's learning goals"),
        K::HowDid => ("Comment s'en est sorti le groupe", "How the group did"),
        K::Objectives => (
            "Les objectifs du groupe, jugés par leur résultat et par les moyens",
            "The group's objectives, judged by their result and by the means",
        ),
        K::Objective => ("Objectif", "Objective"),
        K::Measures => ("Mesure", "Measure"),
        K::AtReview => ("Au bilan de mi-été", "At the mid-summer review"),
        K::AtEnd => ("À la fin de l'été", "At the end of the summer"),
        K::Indicator => ("Indicateur", "Indicator"),
        K::Value => ("Valeur", "Value"),
        K::TrainerNotes => ("Pistes pour le formateur", "Notes for the trainer"),
        K::Cooperants => ("Les coopérants", "The cooperants"),
        K::Name => ("Nom", "Name"),
        K::PaySummer => ("Paie pendant l'été", "Pay during the summer"),
        K::PaySurplus => ("Part du surplus", "Share of the surplus"),
        K::PayTotal => ("Paie totale", "Total pay"),
        K::LeftCoop => ("a quitté la coop", "left the coop"),
        K::Group => ("le groupe (assemblée)", "the group (assembly)"),
        K::Comite => ("un comité", "a comité"),
        K::WeeksTable => ("Semaine par semaine", "Week by week"),
        K::Sales => ("Ventes cumulées", "Cumulative sales"),
        K::Cash => ("Trésorerie", "Cash"),
        K::Reputation => ("Réputation", "Reputation"),
        K::Motivation => ("Motivation", "Motivation"),
        K::Readiness => ("Maturité du groupe", "Group readiness"),
        K::Event => ("Événement", "Event"),
        K::StageWord => ("Étape du groupe", "Group stage"),
        K::Note => ("Note pour le formateur", "Note for the trainer"),
        K::Generated => (
            "Construit à partir du journal de l'été : tout ce qui est écrit ici s'y trouve.",
            "Built from the summer's journal: everything written here is in it.",
        ),
        K::Record => ("type", "record"),
        K::Date => ("Date", "Date"),
        K::Proposals => ("Propositions", "Proposals"),
        K::Rounds => ("tours", "rounds"),
        K::VotesFor => ("pour", "for"),
        K::Voters => ("votants", "voters"),
        K::Lost => ("Perdues", "Lost"),
        K::Business => ("Vie d'entreprise", "Business life"),
        K::Associative => ("Vie associative", "Associative life"),
        K::Work => ("Travail", "Work"),
        K::Yes => ("oui", "yes"),
        K::No => ("non", "no"),
        K::Legend => ("Légende", "Legend"),
        K::Outcome => ("Résultat", "Outcome"),
    };
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}

/// What real CJS earned, to set the summer against (figures from the network, see DOMAIN).
pub fn benchmark(country: Country, lang: Lang) -> &'static str {
    match (country, lang) {
        (Country::France, Lang::Fr) => {
            "En France (2016) : environ 4 500 € de chiffre d'affaires (HT) par CJS et 200 à 250 € nets par jeune pour l'été."
        }
        (Country::France, Lang::En) => {
            "In France (2016): about €4,500 of revenue (excl. tax) per CJS and €200–250 net pay per youth for the summer."
        }
        (Country::Canada, Lang::Fr) => {
            "Au Québec (2015) : environ 3 900 $ de chiffre d'affaires par CJS et environ 320 $ par coopérant pour l'été."
        }
        (Country::Canada, Lang::En) => {
            "In Québec (2015): about $3,900 of revenue per CJS and about $320 per cooperant for the summer."
        }
    }
}

/// The colon as each language writes it (`Vision : 12`, `Vision: 12`).
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => " : ",
        Lang::En => ": ",
    }
}

fn is_fr(locale: Locale) -> bool {
    locale != Locale::En
}

/// A number with `dp` decimals, written the locale's way (`74,47` or `74.47`).
pub fn num(x: f64, dp: usize, locale: Locale) -> String {
    let s = format!("{:.*}", dp, x);
    let s = if s.starts_with('-') && s.trim_start_matches(['-', '0', '.']).is_empty() { s[1..].to_string() } else { s };
    let s = s.replace('-', "−");
    if is_fr(locale) { s.replace('.', ",") } else { s }
}

/// A signed change of score in points from hundredths (`+2,50`, `−1,00`).
pub fn delta(hundredths: i32, locale: Locale) -> String {
    let sign = if hundredths >= 0 { "+" } else { "−" };
    format!("{sign}{}", num(hundredths.unsigned_abs() as f64 / 100.0, 2, locale))
}

/// Hours from minutes, to a tenth, the locale's way (`12,5 h`).
pub fn hours(minutes: u64, locale: Locale) -> String {
    format!("{}\u{a0}h", hours_dec(minutes).to_string().replace('.', if is_fr(locale) { "," } else { "." }))
}

/// Hours from minutes as a decimal to a tenth (`12.5`).
pub fn hours_dec(minutes: u64) -> Decimal {
    (Decimal::from(minutes) / Decimal::from(60)).round_dp(1).normalize()
}

/// An amount rounded to whole units, for chart axes (`1 200 €`, `$1,200`).
pub fn money_whole(amount: Decimal, currency: Currency, locale: Locale) -> String {
    let s = money(amount.round_dp(0), currency, locale);
    s.replace(",00\u{a0}", "\u{a0}").replace(".00", "")
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// The first day of a week of the summer (week 1 starts on the calendar's start; week 0, the
/// formation week, the week before), as `YYYY-MM-DD`; `None` if the start is not a date.
pub fn week_iso(start: &str, week: u8) -> Option<String> {
    let (y, m, d) = parse_date(start)?;
    let (y, m, d) = civil_from_days(days_from_civil(y, m, d) + 7 * (week as i64 - 1));
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

fn parse_date(s: &str) -> Option<(i64, i64, i64)> {
    let mut it = s.trim().splitn(3, '-');
    let y: i64 = it.next()?.parse().ok()?;
    let m: i64 = it.next()?.parse().ok()?;
    let d: i64 = it.next()?.parse().ok()?;
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
}

/// The first day of a week written for a person: day and month in the report's language, in the
/// locale's order (`1 juil. 2013`, `Jul 1, 2013`).
pub fn week_date(start: &str, week: u8, locale: Locale, lang: Lang) -> String {
    let Some(iso) = week_iso(start, week) else {
        return String::new();
    };
    let Some((y, m, d)) = parse_date(&iso) else {
        return iso;
    };
    const FR: [&str; 12] =
        ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];
    const EN: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let month = match lang {
        Lang::Fr => FR[(m - 1) as usize],
        Lang::En => EN[(m - 1) as usize],
    };
    if locale == Locale::En { format!("{month}\u{a0}{d}, {y}") } else { format!("{d}\u{a0}{month} {y}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weeks_fall_on_the_right_days() {
        assert_eq!(week_iso("2013-07-01", 1).as_deref(), Some("2013-07-01"));
        assert_eq!(week_iso("2013-07-01", 0).as_deref(), Some("2013-06-24"));
        assert_eq!(week_iso("2013-07-01", 9).as_deref(), Some("2013-08-26"));
        assert_eq!(week_iso("2024-02-26", 1 + 1).as_deref(), Some("2024-03-04"));
        assert_eq!(week_date("2013-07-01", 2, Locale::FrFr, Lang::Fr), "8\u{a0}juil. 2013");
        assert_eq!(week_date("2013-07-01", 2, Locale::En, Lang::En), "Jul\u{a0}8, 2013");
        assert_eq!(week_iso("not a date", 1), None);
    }

    #[test]
    fn numbers_in_each_locale() {
        assert_eq!(num(74.466, 2, Locale::FrFr), "74,47");
        assert_eq!(num(74.466, 1, Locale::En), "74.5");
        assert_eq!(num(-0.001, 2, Locale::En), "0.00");
        assert_eq!(delta(-250, Locale::FrCa), "−2,50");
        assert_eq!(hours(19_170, Locale::FrFr), "319,5\u{a0}h");
        assert_eq!(money_whole("1234.5".parse().unwrap(), Currency::EUR, Locale::FrFr), "1\u{202f}234\u{a0}€");
        assert_eq!(money_whole("1234.5".parse().unwrap(), Currency::CAD, Locale::En), "$1,234");
    }
}
