//! Derives the need map from the simulated world (`cjs::policy::derive`) over the shipped
//! scenarios (and, for the bands their groups reach too seldom, the same scenarios played by
//! less and more experienced groups: `derive::varied`; not with `SHIPPED_ONLY=1`), seeds 1..=N (env `SEEDS`, default `need_map::SEEDS`), prints each band's outcomes
//! by posture in the last round, each round's map (with `ROUNDS=1`, each band's standard errors
//! above facilitation in each round) and whether the rounds converged, and with `--write` stores
//! the map in `src/scoring/need_map.rs`. The derivation never reads the stored
//! map (`policy::derive`), so one run gives the map for good. `WORLDS=a.ron,b.ron` derives it
//! over those scenarios instead (no varied groups; `--write` then refuses): whether other
//! groups' evidence agrees with the stored map.
//!
//! `cargo run --release --no-default-features --example need_map -- --write`
#![allow(clippy::needless_range_loop)] // the table is read by (sphere, band, crisis) together

use cjs::policy::derive::{self, Tally};
use cjs::scenario::shipped;
use cjs::scoring::need_map::{self, BANDS, CELLS, Map};
use cjs::sim::World;

const FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/scoring/need_map.rs");

fn render(map: &Map) -> String {
    let mut s = String::from(
        "/// The stored map: by cell (a band of readiness, of a group willing or not), [outside a crisis, in a crisis].\npub const MAP: Map = [\n",
    );
    for (name, row) in ["business life", "associative life", "work"].iter().zip(map) {
        let cells: Vec<String> = row.iter().map(|c| format!("[Need::{:?}, Need::{:?}],", c[0], c[1])).collect();
        let width = cells.iter().map(String::len).max().unwrap_or(0);
        s += &format!("    // {name}\n    [\n");
        for (k, cell) in cells.iter().enumerate() {
            let who = if k < BANDS.len() { "willing" } else { "not willing" };
            s += &format!("        {cell:width$} // {who}, readiness ≥ {}\n", BANDS[k % BANDS.len()]);
        }
        s += "    ],\n";
    }
    s + "];\n"
}

/// A map on one line: by sphere (business | associative | work), for each band from the least
/// ready, the level of the posture that fits it outside a crisis and in one (0 step back … 3
/// decide).
fn compact(map: &Map) -> String {
    map.iter()
        .map(|row| {
            let cells: Vec<String> = row.iter().map(|c| format!("{}{}", c[0].level(), c[1].level())).collect();
            format!("{} / {}", cells[..BANDS.len()].join(" "), cells[BANDS.len()..].join(" "))
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

fn print(t: &Tally, map: &Map) {
    let names = ["business", "associative", "work"];
    for (s, name) in names.iter().enumerate() {
        for c in 0..2 {
            for b in 0..CELLS {
                let n = t.decisions[s][b][c];
                let o = t.outcome[s][b][c].map(|x| if n > 0 { x / n as f64 } else { 0.0 });
                // * a posture clearly above facilitation (paired, `derive::STANDARD_ERRORS`).
                let mark = |l: usize| if t.clearly_better(s, b, c, l) { "*" } else { "" };
                println!(
                    "{name:12} {} {} readiness ≥ {:.2}: {n:6} decisions; step back {:.4}{} facilitate {:.4} suggest {:.4}{} decide {:.4}{} → {:?}",
                    if c == 1 { "crisis" } else { "      " },
                    if b < BANDS.len() { "   willing" } else { "unwilling" },
                    BANDS[b % BANDS.len()],
                    o[0],
                    mark(0),
                    o[1],
                    o[2],
                    mark(2),
                    o[3],
                    mark(3),
                    map[s][b][c]
                );
            }
        }
    }
}

/// Each band's standard errors above facilitation, by posture (step back, suggest, decide), in
/// one round: how far each band stood from the threshold (`derive::STANDARD_ERRORS`).
fn print_standard_errors(t: &Tally) {
    for (s, name) in ["business", "associative", "work"].iter().enumerate() {
        for b in 0..CELLS {
            for c in 0..2 {
                if t.summers[s][b][c] >= derive::MIN_SUMMERS {
                    let z: Vec<String> = [0, 2, 3]
                        .iter()
                        .map(|&l| format!("{:+.1}", t.standard_errors(s, b, c, l).unwrap_or(0.0)))
                        .collect();
                    println!(
                        "         {name:11} {} {} ≥ {:.2} ({:4} summers): step back / suggest / decide {} SE",
                        if c == 1 { "crisis" } else { "      " },
                        if b < BANDS.len() { "   willing" } else { "unwilling" },
                        BANDS[b % BANDS.len()],
                        t.summers[s][b][c],
                        z.join(" ")
                    );
                }
            }
        }
    }
}

fn main() {
    let write = std::env::args().any(|a| a == "--write");
    let seeds: u64 = std::env::var("SEEDS").ok().and_then(|s| s.parse().ok()).unwrap_or(need_map::SEEDS);
    // WORLDS=file,file,… derives over other scenarios (a diagnostic: --write then refuses).
    let files = std::env::var("WORLDS").ok();
    let worlds: Vec<World> = match &files {
        Some(list) => list
            .split(',')
            .map(|f| match cjs::scenario::load::load_file(std::path::Path::new(f)) {
                Ok(l) => World::new(&l),
                Err(_) => {
                    eprintln!("{f}: not a valid scenario (see `cjs check {f}`)");
                    std::process::exit(2);
                }
            })
            .collect(),
        None => shipped::all().iter().map(World::new).collect(),
    };
    // The bands the shipped groups do not reach, judged on less and more experienced groups
    // (`need_map::VARIED`); with SHIPPED_ONLY=1 they are borrowed from the nearest band reached
    // instead (an experiment: --write then refuses).
    let only = std::env::var("SHIPPED_ONLY").is_ok() || files.is_some();
    let unreached = if only { Vec::new() } else { derive::varied() };
    let d = derive::derive(&worlds, &unreached, seeds);
    let map = d.map;
    for (k, (start, t)) in d.rounds.iter().enumerate() {
        println!("round {}: from  {}", k + 1, compact(start));
        println!("         gives {}", compact(&t.map()));
        if std::env::var("ROUNDS").is_ok() {
            print_standard_errors(t);
        }
    }
    println!("{} after {} round(s)", if d.converged { "converged" } else { "not converged" }, d.rounds.len());
    print(d.tally(), &map);
    println!("the derived map {} the stored one", if map == need_map::MAP { "is" } else { "differs from" });
    if write && only {
        eprintln!(
            "--write stores the map derived over the shipped groups and their varied ones: unset SHIPPED_ONLY and WORLDS"
        );
        std::process::exit(2);
    }
    if write {
        let text = std::fs::read_to_string(FILE).expect("read need_map.rs");
        let (head, rest) = text.split_once("// BEGIN GENERATED").expect("marker");
        let (_, tail) = rest.split_once("// END GENERATED").expect("marker");
        let new = format!(
            "{head}// BEGIN GENERATED: the need map (example `need_map`)\n{}// END GENERATED{tail}",
            render(&map)
        );
        if new != text {
            std::fs::write(FILE, new).expect("write need_map.rs");
            println!("written to {FILE}");
        }
    }
}
