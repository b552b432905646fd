//! docs/scenario-format.md §8 lists every model parameter a scenario may override, with the
//! default, the range `cjs check` allows, the unit and the meaning of `src/base/params.rs`. The
//! table is made from `Params::TABLE`, so that a scenario writer never reads a stale default.
//! After adding or changing a parameter: `UPDATE_DOCS=1 cargo test --test params_doc`.

use cjs::base::params::Params;

const DOC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/scenario-format.md");
const BEGIN: &str = "<!-- params table: made from src/base/params.rs by tests/params_doc.rs -->\n";
const END: &str = "<!-- end of the params table -->\n";

fn num(x: f64) -> String {
    // Shortest form that reads back to the same value, with at least one decimal.
    let s = format!("{x}");
    if s.contains('.') { s } else { format!("{s}.0") }
}

fn table() -> String {
    let mut out = String::from("| Parameter | Default | Allowed range | Unit | Meaning |\n|---|---|---|---|---|\n");
    for p in Params::TABLE {
        let doc = p.doc.split_whitespace().collect::<Vec<_>>().join(" ").replace('|', "\\|");
        // A switch takes its two ends only.
        let range = if p.is_switch() {
            format!("{} or {}", num(p.min), num(p.max))
        } else {
            format!("{} – {}", num(p.min), num(p.max))
        };
        out.push_str(&format!("| `{}` | {} | {} | {} | {} |\n", p.name, num(p.default), range, p.unit, doc));
    }
    out
}

#[test]
fn the_scenario_format_lists_every_parameter_as_the_engine_has_it() {
    let doc = std::fs::read_to_string(DOC).expect("docs/scenario-format.md");
    let (Some(b), Some(e)) = (doc.find(BEGIN), doc.find(END)) else {
        panic!("docs/scenario-format.md: the markers of the params table are missing");
    };
    let now = &doc[b + BEGIN.len()..e];
    let want = table();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(DOC, format!("{}{}{}{}", &doc[..b + BEGIN.len()], want, END, &doc[e + END.len()..]))
            .expect("writes the doc");
        return;
    }
    assert!(
        now == want,
        "docs/scenario-format.md §8 differs from src/base/params.rs: run `UPDATE_DOCS=1 cargo test --test params_doc`"
    );
}

#[test]
fn the_values_of_earlier_models_name_parameters_of_the_table() {
    // A misspelt name would leave the parameter at today's default and replay another summer.
    use cjs::base::params::{MODEL_2, MODEL_3, MODEL_4, MODEL_5};
    for (name, v) in MODEL_2.iter().chain(MODEL_3).chain(MODEL_4).chain(MODEL_5) {
        let info = Params::info(name).unwrap_or_else(|| panic!("{name} is not a parameter"));
        assert!((info.min..=info.max).contains(v), "{name} = {v} outside {}..={}", info.min, info.max);
    }
}
