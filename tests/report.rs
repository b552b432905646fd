//! The debrief report, checked the way a trainer would read it: the totals are those of the
//! journal to the cent, every decision is there, the CSV opens in a spreadsheet, the HTML needs
//! no network and a hostile scenario cannot run code in it, two summers fit in one page.

use std::process::Command;

use cjs::decision::Item;
use cjs::policy::Policy;
use cjs::report::render::{self, CSV_COLUMNS, column};
use cjs::save::{JournalFile, Summer};
use cjs::scenario::load_str;
use cjs::sim::journal::Ev;
use cjs::sim::{Season, World};
use cjs::text::{Lang, money, reader_locale};
use cjs::words::explain;
use rust_decimal::Decimal;

const REFERENCE: &str = include_str!("../scenarios/quintin-2013.ron");

/// A summer played by a policy and recorded as a journal file, read back from its JSON and
/// replayed, as `cjs report` does.
fn record(src: &str, seed: u64, policy: Policy) -> (JournalFile, Summer) {
    let loaded = load_str("scenario.ron", src).expect("the scenario loads");
    let jf = Summer::played_by(World::new(&loaded), seed, policy).journal_file();
    let json = serde_json::to_string(&jf).expect("writes");
    let jf: JournalFile = serde_json::from_str(&json).expect("reads back");
    let summer = jf.save.replay("journal.json").expect("replays");
    assert_eq!(summer.season.journal(), jf.entries, "the replay gives the journal");
    (jf, summer)
}

fn reference(seed: u64, policy: Policy) -> (JournalFile, Summer) {
    record(REFERENCE, seed, policy)
}

/// The agenda items, by decision rank, for the words of each chosen option.
fn items(jf: &JournalFile, w: &World) -> Vec<Item> {
    let mut s = Season::new(w, jf.save.seed);
    let mut out = Vec::new();
    for input in &jf.save.inputs {
        out.push(s.pending().cloned().expect("an item is due"));
        s.decide(w, input).expect("valid input");
    }
    out
}

/// (decision rank, chosen option) of every decision in the journal.
fn decided(jf: &JournalFile) -> Vec<(u16, u8)> {
    jf.entries
        .iter()
        .filter_map(|e| match &e.ev {
            Ev::Decided { d, option, .. } => Some((*d, *option)),
            _ => None,
        })
        .collect()
}

/// Markdown text with its backslash escapes removed.
fn unescape_md(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.extend(chars.next()),
            c => out.push(c),
        }
    }
    out
}

/// Text as the HTML page escapes it (maud's escaping: `&`, `<`, `>` and `"`).
fn html_text(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A small RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF line ends.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                c => field.push(c),
            }
            continue;
        }
        match c {
            '"' => {
                assert!(field.is_empty(), "a quote inside an unquoted field: {field:?}");
                quoted = true;
            }
            ',' => row.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            c => field.push(c),
        }
    }
    assert!(!quoted, "an unterminated quoted field");
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

fn money_text(d: Decimal) -> String {
    format!("{:.2}", d)
}

#[test]
fn totals_in_html_and_markdown_match_the_journal_to_the_cent() {
    for policy in [Policy::Adaptive, Policy::Directive] {
        let (jf, summer) = reference(3, policy);
        let (w, season) = (&summer.world, &summer.season);
        let f = &jf.summary.finance;
        let (cur, loc) = (w.scenario.currency, w.scenario.locale);
        for lang in [Lang::Fr, Lang::En] {
            let html = render::html(&[(&summer).into()], lang);
            let md = render::markdown(&summer, lang);
            for (what, amount) in [
                ("revenue", f.revenue),
                ("costs", f.costs),
                ("surplus", f.surplus),
                ("cash at the end", f.cash_end),
                ("pay per youth", f.pay_per_member),
            ] {
                let shown = money(amount, cur, reader_locale(loc, lang));
                assert!(html.contains(&html_text(&shown)), "{policy:?} {lang:?}: the HTML shows the {what} {shown}");
                assert!(md.contains(&shown), "{policy:?} {lang:?}: the Markdown shows the {what} {shown}");
            }
            // The pay of the cooperants adds up to what the members got, to the cent.
            let pay: Decimal = season.members().iter().map(|m| m.paid + m.surplus).sum();
            assert_eq!(pay, season.member_pay());
            assert!(md.contains(&money(pay, cur, reader_locale(loc, lang))), "{lang:?}: the pay to the cooperants");
            let contracts = format!("| {} |", jf.summary.contracts);
            assert!(md.contains(&contracts), "{lang:?}: the number of contracts");
            // The final scores, as the sum of the evidence.
            let v: i32 = jf
                .entries
                .iter()
                .filter_map(|e| match &e.ev {
                    Ev::Score { comp: cjs::scoring::Comp::V, delta, .. } => Some(*delta),
                    _ => None,
                })
                .sum();
            assert_eq!(v as f64 / 100.0, jf.summary.pec.v, "the evidence adds up to V");
        }
    }
}

#[test]
fn every_decision_appears_with_its_outcome() {
    let (jf, summer) = reference(5, Policy::Random);
    let w = &summer.world;
    let items = items(&jf, w);
    let decisions = decided(&jf);
    assert_eq!(decisions.len(), jf.summary.decisions.total as usize);
    for lang in [Lang::Fr, Lang::En] {
        let html = render::html(&[(&summer).into()], lang);
        assert_eq!(html.matches("<tr data-d=").count(), decisions.len(), "one row per decision");
        let md = render::markdown(&summer, lang);
        for (d, option) in &decisions {
            let item = items.iter().find(|i| i.id == *d).expect("the item");
            let label = explain::option(item, *option, w, lang);
            let question = explain::kind(item.kind, w, lang);
            let start = html.find(&format!("<tr data-d=\"{d}\"")).expect("the decision's row");
            let row = &html[start..start + html[start..].find("</tr>").unwrap()];
            assert!(row.contains(&html_text(&label)), "{lang:?}: decision {d} shows {label}");
            assert!(row.contains(&html_text(&question)), "{lang:?}: decision {d} shows {question}");
            let md_row = md.lines().find(|l| l.starts_with(&format!("| {} |", d + 1))).expect("a Markdown row");
            assert!(unescape_md(md_row).contains(&label), "{lang:?}: {md_row}");
        }
    }
}

#[test]
fn csv_parses_and_its_money_is_exact() {
    let (jf, summer) = reference(7, Policy::Adaptive);
    let (w, season) = (&summer.world, &summer.season);
    for lang in [Lang::Fr, Lang::En] {
        let text = render::csv(&summer, lang);
        let rows = parse_csv(&text);
        let header = &rows[0];
        assert_eq!(header.len(), CSV_COLUMNS.len());
        for r in &rows {
            assert_eq!(r.len(), header.len(), "every row has every column: {r:?}");
        }
        let col = |en: &str| column(en).expect("a column");
        // The record types as docs/report.md gives them (the file's contract).
        let kind = |k: usize| {
            [
                ("semaine", "week"),
                ("décision", "decision"),
                ("coopérant", "cooperant"),
                ("été", "summer"),
                ("objectif", "objective"),
                ("lecture", "reading"),
            ][k]
        };
        assert_eq!(render::CSV_RECORDS.map(|r| r.to_string()), [0, 1, 2, 3, 4, 5].map(|k| kind(k).1.to_string()));
        let of = |k: usize| {
            let name = match lang {
                Lang::Fr => kind(k).0,
                Lang::En => kind(k).1,
            };
            rows.iter().skip(1).filter(move |r| r[0] == name).collect::<Vec<_>>()
        };
        let (weeks, decisions, members, summer, objectives) = (of(0), of(1), of(2), of(3), of(4));
        assert_eq!(weeks.len(), season.weeks().len());
        assert_eq!(decisions.len(), decided(&jf).len());
        assert_eq!(members.len(), w.scenario.cooperants.len());
        assert_eq!(summer.len(), 1);
        // Each objective the group set, reached or not as the engine judged it.
        assert_eq!(objectives.len(), season.results().len());
        for (r, (_, reached)) in objectives.iter().zip(season.results()) {
            assert_eq!(r[col("reached")], if *reached { "1" } else { "0" });
        }
        assert_eq!(rows.len(), 1 + weeks.len() + decisions.len() + members.len() + 1 + objectives.len());
        for (r, wk) in weeks.iter().zip(season.weeks()) {
            assert_eq!(r[col("sales")], money_text(wk.sales));
            assert_eq!(r[col("cash")], money_text(wk.cash));
        }
        for (i, r) in decisions.iter().enumerate() {
            assert_eq!(r[col("decision")], (i + 1).to_string());
        }
        // Money is decimal text with a point and two decimals, and it adds up.
        let dec = |s: &str| -> Decimal {
            assert!(s.split_once('.').is_some_and(|(_, c)| c.len() == 2), "money as 0.00: {s}");
            s.parse().unwrap()
        };
        let s = summer[0];
        let f = &jf.summary.finance;
        assert_eq!(dec(&s[col("sales")]), f.revenue);
        assert_eq!(dec(&s[col("costs")]), f.costs);
        assert_eq!(dec(&s[col("cash")]), f.cash_end);
        assert_eq!(dec(&s[col("surplus")]), f.surplus);
        assert_eq!(dec(&s[col("pay_per_youth")]), f.pay_per_member);
        let total: Decimal = members.iter().map(|r| dec(&r[col("pay_total")])).sum();
        assert_eq!(total, dec(&s[col("pay_total")]), "the cooperants' pay adds up to the summer's");
        assert_eq!(total, season.member_pay());
        let hours: Decimal = s[col("hours")].parse().unwrap();
        assert_eq!(hours, jf.summary.hours);
        assert_eq!(s[col("contracts")], jf.summary.contracts.to_string());
    }
}

fn hostile_source() -> String {
    let src = REFERENCE
        .replacen(
            "title: (fr: \"Quintin, été 2013\", en: \"Quintin, summer 2013\")",
            "title: (fr: \"<script>alert('fr')</script> & </svg>\", en: \"<script>alert('en')</script> & </svg>\")",
            1,
        )
        .replacen("(name: \"Maëlle\"", "(name: \"<img src=x onerror=alert(1)>\"", 1)
        .replacen("(name: \"Yann\"", "(name: \"=HYPERLINK(\\\"http://example.com\\\", \\\"x\\\")\"", 1);
    assert!(src.contains("<script>") && src.contains("<img") && src.contains("HYPERLINK"), "the scenario was changed");
    src
}

/// The tags of an HTML page: (name, attributes text).
fn tags(html: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let end = rest.find('>').expect("a tag ends");
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        let tag = tag.trim_start_matches('/');
        let name: String = tag.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '!').collect();
        out.push((name.to_ascii_lowercase(), tag[name.len()..].to_string()));
    }
    out
}

#[test]
fn html_needs_no_network_and_a_hostile_scenario_cannot_run_code() {
    let (_, summer) = record(&hostile_source(), 2, Policy::Adaptive);
    let w = &summer.world;
    let (_, summer2) = reference(2, Policy::Directive);
    for lang in [Lang::Fr, Lang::En] {
        let html = render::html(&[(&summer).into(), (&summer2).into()], lang);
        let allowed = [
            "!doctype", "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "h4", "p", "section",
            "header", "footer", "div", "b", "small", "code", "table", "thead", "tbody", "tr", "th", "td", "ul", "li",
            "dl", "dt", "dd", "figure", "svg", "rect", "line", "polyline", "path", "circle", "text", "desc", "details",
            "summary", "br", "a",
        ];
        for (name, attrs) in tags(&html) {
            assert!(allowed.contains(&name.as_str()), "{lang:?}: unexpected tag <{name}{attrs}>");
            let lower = attrs.to_ascii_lowercase();
            assert!(!lower.contains("src="), "no external source: <{name}{attrs}>");
            assert!(!lower.contains(" on"), "no event handler: <{name}{attrs}>");
            if let Some(i) = lower.find("href=\"") {
                assert!(lower[i + 6..].starts_with('#'), "only links inside the page: <{name}{attrs}>");
            }
        }
        for bad in ["<script", "<img", "<link", "<iframe", "<object", "url(", "@import", "http://", "https://"] {
            let outside_text: String = tags(&html).iter().map(|t| format!("<{}{}>", t.0, t.1)).collect();
            assert!(!outside_text.to_ascii_lowercase().contains(bad), "{lang:?}: no {bad} in any tag");
        }
        assert!(!html.contains("<script"), "no script at all");
        let title = w.scenario.title.get(lang);
        assert!(html.contains(&html_text(title)), "{lang:?}: the hostile title is shown, escaped");
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "the hostile name is shown, escaped");
        // Both summers are there, side by side.
        assert_eq!(html.matches("<section class=\"run\"").count(), 2);
        assert!(html.contains("class=\"runs two\""));

        let md = render::markdown(&summer, lang);
        let raw_html = md.char_indices().any(|(i, c)| c == '<' && !md[..i].ends_with('\\'));
        assert!(!raw_html, "{lang:?}: no raw HTML in the Markdown");
        assert!(md.contains("\\<script\\>"), "{lang:?}: the title is escaped in the Markdown");

        let csv = render::csv(&summer, lang);
        let rows = parse_csv(&csv);
        let who = column("cooperant").expect("a column");
        let names: Vec<&str> = rows.iter().map(|r| r[who].as_str()).collect();
        assert!(
            names.contains(&"'=HYPERLINK(\"http://example.com\", \"x\")"),
            "{lang:?}: a name that looks like a formula is kept as text: {names:?}"
        );
    }
}

#[test]
fn the_report_speaks_the_chosen_language() {
    let (_, summer) = reference(1, Policy::Facilitative);
    let w = &summer.world;
    let fr = render::html(&[(&summer).into()], Lang::Fr);
    let en = render::html(&[(&summer).into()], Lang::En);
    assert!(fr.contains("<html lang=\"fr\"") && en.contains("<html lang=\"en\""));
    for (fr_word, en_word) in [
        ("La fin de l'été", "The end of the summer"),
        ("Les décisions", "The decisions"),
        ("Pourquoi les scores ont bougé", "Why the scores moved"),
        ("Les objectifs pédagogiques du scénario", "The scenario's learning goals"),
        ("Heures et paie par coopérant", "Hours and pay per cooperant"),
        ("Qui a décidé, par sphère d'autonomie", "Who decided, per sphere of autonomy"),
    ] {
        assert!(fr.contains(fr_word) && !en.contains(fr_word), "{fr_word}");
        assert!(en.contains(en_word) && !fr.contains(en_word), "{en_word}");
    }
    for goal in &w.scenario.learning_goals {
        assert!(fr.contains(&html_text(&goal.fr)) && en.contains(&html_text(&goal.en)));
    }
    // Four charts, each with a title, axes and a legend.
    assert_eq!(fr.matches("<svg class=\"chart\"").count(), 4);
    assert_eq!(fr.matches("<title id=").count(), 4);
    let csv_fr = render::csv(&summer, Lang::Fr);
    let csv_en = render::csv(&summer, Lang::En);
    assert!(csv_fr.starts_with("\u{feff}type,semaine,date,"));
    assert!(csv_en.starts_with("\u{feff}record,week,date,"));
}

#[test]
fn the_command_line_compares_two_journals_in_one_page() {
    let dir = std::env::temp_dir().join(format!("cjs-report-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cjs = env!("CARGO_BIN_EXE_cjs");
    let run = |policy: &str, out: &std::path::Path| {
        let st = Command::new(cjs)
            .args(["run", "quintin-2013", "--seed", "4", "--policy", policy, "--journal"])
            .arg(out)
            .output()
            .unwrap();
        assert!(st.status.success(), "{}", String::from_utf8_lossy(&st.stderr));
    };
    let (a, b) = (dir.join("a.json"), dir.join("b.json"));
    run("adaptive", &a);
    run("delegating", &b);
    let html = dir.join("both.html");
    let st = Command::new(cjs)
        .arg("report")
        .arg(&a)
        .arg("--compare")
        .arg(&b)
        .args(["--lang", "en", "--out"])
        .arg(&html)
        .output()
        .unwrap();
    assert!(st.status.success(), "{}", String::from_utf8_lossy(&st.stderr));
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("Two summers side by side"));
    assert!(page.contains("adaptive") && page.contains("delegating"));
    assert_eq!(page.matches("<section class=\"run\"").count(), 2);
    for ext in ["md", "csv"] {
        let out = dir.join(format!("one.{ext}"));
        let st = Command::new(cjs).arg("report").arg(&a).arg("--out").arg(&out).output().unwrap();
        assert!(st.status.success(), "{}", String::from_utf8_lossy(&st.stderr));
        assert!(std::fs::metadata(&out).unwrap().len() > 0);
        // A comparison is an HTML page: asked for another format, a clear usage error.
        let st = Command::new(cjs)
            .arg("report")
            .arg(&a)
            .arg("--compare")
            .arg(&b)
            .args(["--lang", "en", "--out"])
            .arg(dir.join(format!("two.{ext}")))
            .output()
            .unwrap();
        assert_eq!(st.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&st.stderr).contains("--compare"));
    }
    // A summer of another scenario (here in dollars, not euros) would share the money charts'
    // scales with this one: refused, naming the file and both scenarios, and nothing written.
    let hull = dir.join("hull.json");
    let st =
        Command::new(cjs).args(["run", "quebec-hull-1988", "--seed", "4", "--journal"]).arg(&hull).output().unwrap();
    assert!(st.status.success(), "{}", String::from_utf8_lossy(&st.stderr));
    // Refused in both languages, naming what `named` holds, and nothing written.
    let refused = |other: &std::path::Path, stem: &str, said: [(&str, &str); 2], named: [&str; 2]| {
        for (lang, words) in said {
            let out = dir.join(format!("{stem}-{lang}.html"));
            let st = Command::new(cjs)
                .arg("report")
                .arg(&a)
                .arg("--compare")
                .arg(other)
                .args(["--lang", lang, "--out"])
                .arg(&out)
                .output()
                .unwrap();
            let err = String::from_utf8_lossy(&st.stderr);
            assert_eq!(st.status.code(), Some(2), "{err}");
            assert!(err.contains(words) && named.iter().all(|n| err.contains(n)), "{err}");
            assert!(!out.exists());
        }
    };
    refused(
        &hull,
        "mixed",
        [("en", "is a summer of the scenario"), ("fr", "est un été du scénario")],
        ["quebec-hull-1988", "quintin-2013"],
    );
    // Options that would be ignored are refused: --names labels a class's summers, and
    // --explain tells a summer in words, which --json does not carry.
    for (lang, words) in [("en", "it takes several journals"), ("fr", "il prend plusieurs journaux")] {
        let named = dir.join(format!("named-{lang}.html"));
        let st = Command::new(cjs)
            .arg("report")
            .arg(&a)
            .arg("--names")
            .args(["--lang", lang, "--out"])
            .arg(&named)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&st.stderr);
        assert_eq!(st.status.code(), Some(2), "{err}");
        assert!(err.contains(words) && !named.exists(), "{err}");
        let st = Command::new(cjs).args(["--lang", lang, "run", "tutorial", "--json", "--explain"]).output().unwrap();
        assert_eq!(st.status.code(), Some(2), "{}", String::from_utf8_lossy(&st.stderr));
        assert!(st.stdout.is_empty());
    }
    // The same scenario edited (here its title; the same id) may count over other weeks or in
    // another currency too: refused alike, as the class debrief refuses it.
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/quintin-2013.ron")).unwrap();
    let edited = dir.join("quintin-edited.ron");
    std::fs::write(&edited, text.replacen("title:", "title: /* edited */", 1)).unwrap();
    let other = dir.join("edited.json");
    let st = Command::new(cjs).arg("run").arg(&edited).args(["--seed", "4", "--journal"]).arg(&other).output().unwrap();
    assert!(st.status.success(), "{}", String::from_utf8_lossy(&st.stderr));
    refused(
        &other,
        "edited",
        [("en", "another version of the scenario"), ("fr", "autre version du scénario")],
        ["edited.json", "quintin-2013"],
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn every_shipped_scenario_reports_in_each_locale_and_language() {
    let mut sources: Vec<String> = cjs::scenario::shipped::SHIPPED.iter().map(|(_, src)| src.to_string()).collect();
    // The reference scenario written the English way too ($1,234.50, Jul 1, 2013).
    sources.push(REFERENCE.replacen("locale: FrFr", "locale: En", 1));
    for src in &sources {
        let Ok(loaded) = load_str("scenario.ron", src) else { continue };
        let (cur, loc) = (loaded.scenario.currency, loaded.scenario.locale);
        for policy in [Policy::Adaptive, Policy::Random] {
            let (jf, summer) = record(src, 11, policy);
            let (w, season) = (&summer.world, &summer.season);
            for lang in [Lang::Fr, Lang::En] {
                let id = &w.scenario.id;
                let revenue = money(jf.summary.finance.revenue, cur, reader_locale(loc, lang));
                let html = render::html(&[(&summer).into()], lang);
                assert!(html.contains(&html_text(&revenue)), "{id} {lang:?}: the HTML shows the revenue {revenue}");
                assert_eq!(html.matches("<svg class=\"chart\"").count(), 4, "{id}: four charts");
                let md = render::markdown(&summer, lang);
                assert!(md.contains(&revenue), "{id} {lang:?}: the Markdown shows the revenue");
                let rows = parse_csv(&render::csv(&summer, lang));
                assert!(rows.iter().all(|r| r.len() == CSV_COLUMNS.len()), "{id} {lang:?}: a regular CSV");
                assert_eq!(
                    rows.len(),
                    1 + season.weeks().len()
                        + decided(&jf).len()
                        + w.scenario.cooperants.len()
                        + 1
                        + season.results().len()
                );
            }
        }
    }
}

/// A title and a name written to break out of the page: every place they are shown, they stay
/// text (the tab's title, the run's heading, the comparison's link, the chart, the tables).
#[test]
fn a_hostile_title_and_name_stay_text_in_the_html() {
    let title = "\\\"><script>alert(1)</script><b onmouseover=x>";
    let src = REFERENCE
        .replacen(
            "title: (fr: \"Quintin, été 2013\", en: \"Quintin, summer 2013\")",
            &format!("title: (fr: \"{title} fr\", en: \"{title} en\")"),
            1,
        )
        .replacen("(name: \"Maëlle\"", "(name: \"</td></tr></table><iframe src=//x>\"", 1);
    assert!(src.contains("<iframe") && src.contains("<b onmouseover"), "the scenario was changed");
    let (_, summer) = record(&src, 6, Policy::Adaptive);
    let w = &summer.world;
    let (_, clean_summer) = reference(6, Policy::Adaptive);
    let clean = render::html(&[(&clean_summer).into()], Lang::En);
    for lang in [Lang::Fr, Lang::En] {
        let one = render::html(&[(&summer).into()], lang);
        let shown = html_text(w.scenario.title.get(lang));
        let tab = format!("<title>{} — {shown}</title>", html_text(render_word(lang)));
        assert!(one.contains(&tab), "{lang:?}: the title in the tab");
        assert!(one.contains(&format!("<h2>{shown}</h2>")), "{lang:?}: the title as the heading");
        let two = render::html(&[(&summer).into(), (&clean_summer).into()], lang);
        assert!(two.contains(&format!("<a href=\"#r0-run\">{shown}</a>")), "{lang:?}: the title in the comparison");
        for (html, runs) in [(one, 1), (two, 2)] {
            for bad in ["<script", "<iframe", "<b onmouseover", "</td></tr></table><"] {
                assert!(!html.contains(bad), "{lang:?}: {bad} is not markup");
            }
            assert!(html.contains("&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;iframe src=//x&gt;"), "{lang:?}: the name");
            // The hostile text adds no element: the page has as many tables as a clean one.
            let per_run = |page: &str| page.matches("<table").count() - page.matches("class=\"compare\"").count();
            assert_eq!(per_run(&html), runs * per_run(&clean), "{lang:?}: no table was closed or opened by the text");
        }
    }
}

/// The page's heading in a language ("Debrief of the summer").
fn render_word(lang: Lang) -> &'static str {
    cjs::report::words::w(lang, cjs::report::words::K::Report)
}

/// A novice group left alone falls for a shared misconception (model 3): the debrief names it
/// among the summer's moments, with its reason, in both languages.
#[test]
fn the_debrief_tells_when_the_group_fell_for_a_misconception() {
    let (_, summer) = (1..=20)
        .map(|seed| reference(seed, Policy::Delegating))
        .find(|(jf, _)| jf.entries.iter().any(|e| matches!(e.ev, Ev::Misled { .. })))
        .expect("a delegated novice group falls for a misconception in one of 20 summers");
    let en = render::markdown(&summer, Lang::En);
    assert!(en.contains("(a misconception novices share)"), "{en}");
    let fr = render::markdown(&summer, Lang::Fr);
    assert!(fr.contains("(une idée reçue des débutants)"), "{fr}");
}

#[test]
fn the_english_report_writes_money_the_english_way_and_the_french_one_the_french_way() {
    let src = cjs::scenario::shipped::SHIPPED.iter().find(|(n, _)| *n == "quebec-hull-1988.ron").unwrap().1;
    let (jf, summer) = record(src, 5, Policy::Adaptive);
    let w = &summer.world;
    let pay = jf.summary.finance.pay_per_member;
    let english = render::markdown(&summer, Lang::En);
    let french = render::markdown(&summer, Lang::Fr);
    let dollars = money(pay, w.scenario.currency, cjs::base::locale::Locale::En);
    assert!(dollars.starts_with('$') && dollars.contains('.'), "{dollars}");
    assert!(english.contains(&dollars), "the English report shows the pay as {dollars}");
    assert!(!english.contains(",00\u{a0}$"), "no amount of the English report is written « 200,00 $ »");
    let french_pay = money(pay, w.scenario.currency, cjs::base::locale::Locale::FrCa);
    assert!(french_pay.ends_with("\u{a0}$") && french_pay.contains(','), "{french_pay}");
    assert!(french.contains(&french_pay), "the French report shows the pay as {french_pay}");
    assert!(!french.contains("$0.00"), "no amount of the French report is written « $0.00 »");
    let html = render::html(&[(&summer).into()], Lang::En);
    assert!(!html.contains(",00&nbsp;$") && !html.contains(",00\u{a0}$"), "nor of the English page");
}

/// Issue 23, point 3: the diagnosis names the cues missed most — per kind of cue, at how many
/// misread decisions it showed pointing to what the group was (by the reading guide's weights)
/// — in the HTML and the Markdown, French and English; a summer without readings has none.
#[test]
fn the_diagnosis_lists_the_cues_that_pointed_to_the_group_at_the_misread_decisions() {
    use cjs::sim::season::Cue;
    let (jf, summer) = reference(5, Policy::Reader);
    let season = &summer.season;
    // Counted from the journal: a kind of cue counts once at a misread decision where one of
    // its cues pointed the way the reading missed (less ready, readier, a crisis, no crisis).
    let mut cues: Vec<(u16, Cue)> = Vec::new();
    let mut count: Vec<(std::mem::Discriminant<Cue>, u16)> = Vec::new();
    for e in &jf.entries {
        match &e.ev {
            Ev::Cue { d, cue } => cues.push((*d, *cue)),
            Ev::Reading { d, read, was } if read != was => {
                let mut kinds = Vec::new();
                for (_, c) in cues.iter().filter(|(cd, _)| cd == d) {
                    let (ready, crisis) = cjs::policy::weigh(&[*c]);
                    let (r, g) = (read.ready as u8, was.ready as u8);
                    let to_truth = if crisis != 0 {
                        (crisis > 0 && was.crisis && !read.crisis) || (crisis < 0 && read.crisis && !was.crisis)
                    } else {
                        (ready < 0.0 && g < r) || (ready > 0.0 && g > r)
                    };
                    let kind = std::mem::discriminant(c);
                    if to_truth && !kinds.contains(&kind) {
                        kinds.push(kind);
                    }
                }
                for kind in kinds {
                    match count.iter_mut().find(|(k, _)| *k == kind) {
                        Some(x) => x.1 += 1,
                        None => count.push((kind, 1)),
                    }
                }
            }
            _ => {}
        }
    }
    assert!(count.len() >= 2, "a summer of `reader` misreads some decisions whose cues pointed right: {count:?}");
    let digest = cjs::words::digest::Digest::of(season);
    let mut listed: Vec<_> = digest.missed.iter().map(|m| (std::mem::discriminant(&m.cue), m.decisions)).collect();
    assert!(listed.windows(2).all(|p| p[0].1 >= p[1].1), "the most frequent first: {listed:?}");
    listed.sort_by_key(|x| format!("{:?}", x.0));
    count.sort_by_key(|x| format!("{:?}", x.0));
    assert_eq!(listed, count);
    for lang in [Lang::Fr, Lang::En] {
        let md = unescape_md(&render::markdown(&summer, lang));
        let html = render::html(&[(&summer).into()], lang);
        let title = cjs::report::words::w(lang, cjs::report::words::K::CuesMissedMost);
        assert!(md.contains(title), "{lang:?}: {md}");
        assert!(html.contains(&html_text(title)), "{lang:?}");
        let most = digest.missed_most(cjs::words::digest::MISSED_MOST);
        assert_eq!(most.len(), cjs::words::digest::MISSED_MOST.min(count.len()));
        for m in most {
            let line = explain::missed(m, lang);
            // "one misread decision", "3 misread decisions".
            assert!(m.decisions == 1 || line.contains(&m.decisions.to_string()), "{line}");
            assert!(md.contains(&line), "{lang:?}: the Markdown lists « {line} »");
            assert!(html.contains(&html_text(&line)), "{lang:?}: the HTML lists « {line} »");
        }
    }
    // No reading stated, nothing missed.
    let (_, summer) = reference(3, Policy::Adaptive);
    let md = render::markdown(&summer, Lang::En);
    assert!(!md.contains(cjs::report::words::w(Lang::En, cjs::report::words::K::CuesMissedMost)));
}

#[test]
fn the_compare_table_keeps_its_columns_and_its_headings_in_both_languages() {
    // Every policy's row starts its figures where the heading row does, the longest name
    // (`facilitate-crisis`) included, and the French decimals take a comma without touching the
    // headings' own punctuation ("CA (méd.)").
    let l = cjs::scenario::shipped::all().into_iter().find(|l| l.scenario.id == "quintin-2013").expect("quintin");
    let w = World::new(&l);
    let c = cjs::report::compare::run(&w, 1, 2, &|| {});
    for lang in [Lang::Fr, Lang::En] {
        let table = cjs::report::compare::table(&c, lang);
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(lines.len(), 1 + Policy::all().len(), "{table}");
        let width = |s: &str| s.chars().count();
        for line in &lines {
            assert_eq!(width(line), width(lines[0]), "a row out of line:\n{table}");
        }
        assert!(lines.iter().any(|l| l.starts_with("facilitate-crisis ")), "{table}");
        if lang == Lang::Fr {
            assert!(lines[0].contains("(méd.)") && !lines[0].contains("(méd,)"), "{}", lines[0]);
            assert!(lines[1].contains(','), "{}", lines[1]);
        }
    }
}
