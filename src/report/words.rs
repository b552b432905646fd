//! The report's own words (headings, column names, sentences), from the catalogues, and the
//! way numbers, hours and dates are written in a scenario's locale. The words for what the engine
//! records (postures, rules, deciders...) stay in `explain`.

use rust_decimal::Decimal;

use crate::i18n::tr_static;
use crate::scenario::{Country, Currency, Locale};
use crate::text::{Lang, money};

/// Declares `K` with the catalogue key of each variant.
macro_rules! words {
    ($($variant:ident => $key:literal,)*) => {
        /// A word or heading of the report; its text is the message `key()` of the catalogue
        /// (`assets/i18n/{fr,en}/report.ftl`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum K {
            $($variant,)*
        }

        impl K {
            /// Every word, in declaration order.
            pub const ALL: &[K] = &[$(K::$variant,)*];

            /// The word's key in the catalogue.
            pub fn key(self) -> &'static str {
                match self {
                    $(K::$variant => $key,)*
                }
            }
        }
    };
}

words! {
    Report => "report-report",
    Compare => "report-compare",
    CompareIntro => "report-compare-intro",
    Scenario => "report-scenario",
    Seed => "report-seed",
    Policy => "report-policy",
    Mode => "report-mode",
    Players => "report-players",
    ModeAnimateur => "report-mode-animateur",
    ModeCooperative => "report-mode-cooperative",
    Summer => "report-summer",
    Territory => "report-territory",
    EndOfSummer => "report-end-of-summer",
    Revenue => "report-revenue",
    Costs => "report-costs",
    Contracts => "report-contracts",
    LostRequests => "report-lost-requests",
    HoursWorked => "report-hours-worked",
    PayPerYouth => "report-pay-per-youth",
    PayPerHour => "report-pay-per-hour",
    MemberPay => "report-member-pay",
    Surplus => "report-surplus",
    SurplusWent => "report-surplus-went",
    ToMembers => "report-to-members",
    Reserve => "report-reserve",
    Donation => "report-donation",
    Activity => "report-activity",
    FundRepaid => "report-fund-repaid",
    WrittenOff => "report-written-off",
    CashEnd => "report-cash-end",
    MembersEnd => "report-members-end",
    CoopName => "report-coop-name",
    BoardChair => "report-board-chair",
    SurplusPlan => "report-surplus-plan",
    Benchmark => "report-benchmark",
    Pec => "report-pec",
    Vision => "report-vision",
    Support => "report-support",
    Autonomy => "report-autonomy",
    Charts => "report-charts",
    ChartScores => "report-chart-scores",
    ChartMoney => "report-chart-money",
    ChartMembers => "report-chart-members",
    ChartWho => "report-chart-who",
    Week => "report-week",
    WeekShort => "report-week-short",
    Start => "report-start",
    Closing => "report-closing",
    Points => "report-points",
    Amount => "report-amount",
    Hours => "report-hours",
    Pay => "report-pay",
    Decisions => "report-decisions",
    DecisionsAxis => "report-decisions-axis",
    DecisionsIntro => "report-decisions-intro",
    Number => "report-number",
    Question => "report-question",
    Sphere => "report-sphere",
    Need => "report-need",
    Posture => "report-posture",
    Animateurs => "report-animateurs",
    Chosen => "report-chosen",
    DecidedBy => "report-decided-by",
    DecidedByLong => "report-decided-by-long",
    Procedure => "report-procedure",
    Vote => "report-vote",
    Fit => "report-fit",
    FitOk => "report-fit-ok",
    FitMore => "report-fit-more",
    FitLess => "report-fit-less",
    Crisis => "report-crisis",
    InCrisis => "report-in-crisis",
    Moments => "report-moments",
    Evidence => "report-evidence",
    EvidenceIntro => "report-evidence-intro",
    EvidenceByRule => "report-evidence-by-rule",
    Component => "report-component",
    Rule => "report-rule",
    Times => "report-times",
    Total => "report-total",
    Change => "report-change",
    After => "report-after",
    Why => "report-why",
    Goals => "report-goals",
    HowDid => "report-how-did",
    Objectives => "report-objectives",
    Objective => "report-objective",
    Diagnosis => "report-diagnosis",
    CuesMissedMost => "report-cues-missed-most",
    YouRead => "report-you-read",
    GroupWas => "report-group-was",
    Cues => "report-cues",
    Measures => "report-measures",
    AtReview => "report-at-review",
    AtEnd => "report-at-end",
    Indicator => "report-indicator",
    Value => "report-value",
    TrainerNotes => "report-trainer-notes",
    Cooperants => "report-cooperants",
    Name => "report-name",
    PaySummer => "report-pay-summer",
    PaySurplus => "report-pay-surplus",
    PayTotal => "report-pay-total",
    LeftCoop => "report-left-coop",
    Group => "report-group",
    Comite => "report-comite",
    WeeksTable => "report-weeks-table",
    Sales => "report-sales",
    Cash => "report-cash",
    Reputation => "report-reputation",
    Motivation => "report-motivation",
    Readiness => "report-readiness",
    Event => "report-event",
    StageWord => "report-stage-word",
    Note => "report-note",
    Generated => "report-generated",
    Record => "report-record",
    Date => "report-date",
    Proposals => "report-proposals",
    Rounds => "report-rounds",
    VotesFor => "report-votes-for",
    Voters => "report-voters",
    Lost => "report-lost",
    Business => "report-business",
    Associative => "report-associative",
    Work => "report-work",
    Yes => "report-yes",
    No => "report-no",
    Legend => "report-legend",
    Outcome => "report-outcome",
}

/// The word in the chosen language.
pub fn w(lang: Lang, k: K) -> &'static str {
    tr_static(lang, k.key())
}

/// What real CJS earned, to set the summer against (figures from the network, see DOMAIN).
pub fn benchmark(country: Country, lang: Lang) -> &'static str {
    match country {
        Country::France => tr_static(lang, "report-benchmark-france"),
        Country::Canada => tr_static(lang, "report-benchmark-canada"),
    }
}

/// The colon as each language writes it (`Vision : 12`, `Vision: 12`).
pub use crate::words::colon;

fn is_fr(locale: Locale) -> bool {
    locale != Locale::En
}

/// A number with `dp` decimals, written the locale's way (`74,47` or `74.47`).
pub use crate::words::num;

/// A signed change of score in points from hundredths (`+2,50`, `−1,00`).
pub use crate::words::delta;

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
/// locale's order (`1er juil. 2013`, `Jul 1, 2013`).
pub fn week_date(start: &str, week: u8, locale: Locale, lang: Lang) -> String {
    let Some(iso) = week_iso(start, week) else {
        return String::new();
    };
    let Some((y, m, d)) = parse_date(&iso) else {
        return iso;
    };
    let month = crate::i18n::tr_args(lang, "report-month-short", &[("month", m.into())]);
    if locale == Locale::En {
        format!("{month}\u{a0}{d}, {y}")
    } else {
        // French writes the first of the month as an ordinal: « 1er juillet ».
        let day = if d == 1 { "1er".to_string() } else { d.to_string() };
        format!("{day}\u{a0}{month} {y}")
    }
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
        assert_eq!(week_date("2013-07-01", 1, Locale::FrCa, Lang::Fr), "1er\u{a0}juil. 2013");
        assert_eq!(week_date("2013-07-01", 1, Locale::En, Lang::En), "Jul\u{a0}1, 2013");
        assert_eq!(week_iso("not a date", 1), None);
    }

    #[test]
    fn every_month_has_its_name() {
        let months: Vec<String> =
            (1..=12).map(|m| week_date(&format!("2013-{m:02}-01"), 1, Locale::En, Lang::En)).collect();
        assert_eq!(months[0], "Jan\u{a0}1, 2013");
        assert_eq!(months[11], "Dec\u{a0}1, 2013");
        let fr: Vec<String> =
            (1..=12).map(|m| week_date(&format!("2013-{m:02}-01"), 1, Locale::FrFr, Lang::Fr)).collect();
        assert_eq!(fr[1], "1er\u{a0}févr. 2013");
        assert_eq!(fr[7], "1er\u{a0}août 2013");
        let distinct: std::collections::BTreeSet<_> = fr.iter().chain(&months).collect();
        assert_eq!(distinct.len(), 24);
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
