//! Derives the need map (`scoring::need_map`) from the simulated world, by rounds of coordinate
//! ascent. The map starts as facilitation in every band. A round judges each sphere in turn
//! with the map as it stands (the continuation): for each band of state of that sphere (a band
//! of readiness in it, of a group willing or not, crisis or not: `need_map::cell`) that the
//! summer played by the continuation reaches (on the shipped scenarios, or, for a band they
//! reach too seldom, on the same scenarios played by less and more experienced groups, and by
//! less willing ones: `varied`), the
//! same summer (same seed) is played again with each posture at every decision taken in that
//! band (an informed option when it decides or suggests) and the continuation elsewhere. A
//! posture takes the band when its summers end better **for the group** than those facilitated
//! in that band by `STANDARD_ERRORS` of the paired differences, and best of those; otherwise
//! the band keeps facilitation. The rounds stop when a round leaves the map as it found it
//! (each band is then the best posture given the map everywhere else: the bands compose), or
//! after `MAX_ROUNDS`. The derivation never reads the stored map, so one run gives the map.
//!
//! The outcome for the group is the sum of four shares, each near 0–1: the members still there
//! at the end (of those at the start), the revenue (of the scenario's mean revenue when
//! facilitated), the objectives reached (of those set) and the group's mean competence at the
//! end. The score (V, S, A) never enters it.

// The tallies are read and written by (sphere, band, crisis, posture) together: index loops say so
// more plainly than four zipped iterators.
#![allow(clippy::needless_range_loop)]

use rayon::prelude::*;
use rust_decimal::prelude::ToPrimitive;

use crate::decision::{Input, Posture};
use crate::scoring::Need;
use crate::scoring::need_map::{BANDS, CELLS, Map, cell, unwilling};
use crate::sim::{Season, World};

/// The shipped scenarios played by the less and more experienced groups of
/// `need_map::VARIED`, and each of those and the shipped groups by a less willing one (members'
/// motivation and initiative × `need_map::LESS_WILLING`; their aims, drawn from their traits
/// when the world was compiled, are left as they were): they judge the bands the shipped
/// groups do not reach (`derive`).
pub fn varied() -> Vec<World> {
    let shipped = crate::scenario::shipped::all();
    let own: Vec<World> = shipped.iter().map(World::new).collect();
    let range = crate::base::params::Params::info("competence_start").map_or((0.0, 1.0), |i| (i.min, i.max));
    let mut worlds = Vec::new();
    for will in [1.0, crate::scoring::need_map::LESS_WILLING] {
        for delta in [0.0].into_iter().chain(crate::scoring::need_map::VARIED) {
            if delta == 0.0 && will == 1.0 {
                continue;
            }
            for (l, w) in shipped.iter().zip(&own) {
                let mut params = w.params.clone();
                // Kept within the parameter's range (`Params::TABLE`).
                params.competence_start = (w.params.competence_start + delta).clamp(range.0, range.1);
                let mut v = World::with_params(l, w.model, params);
                for m in &mut v.members {
                    m.motivation *= will;
                    m.initiative *= will;
                }
                worlds.push(v);
            }
        }
    }
    worlds
}

/// The fewest summers reaching a band of state for it to be derived from the shipped groups; a
/// band with fewer is judged on the varied groups (`varied`, `derive`), and when they too reach
/// it fewer times, it takes the posture of the nearest band derived in the same sphere (crisis
/// or not) and the same half (willing or not), or, when none is, of the same band of the other
/// half, or else of the same band outside a crisis (and facilitation when that is
/// missing too).
pub const MIN_SUMMERS: u32 = 30;

/// How many standard errors a posture's outcome must stand above facilitation's, paired
/// decision by decision, to take a band from it: facilitation is the continuation every copy
/// plays on with, and a band the world does not tell apart keeps it.
pub const STANDARD_ERRORS: f64 = 2.0;

/// The posture a band keeps unless another stands clearly above it (`STANDARD_ERRORS`).
const REFERENCE: usize = 1;

/// The most rounds of the derivation: a map that still changes after them is kept as the last
/// round gave it (`Derivation::converged` says so).
pub const MAX_ROUNDS: usize = 4;

/// The continuation of the first round: facilitation in every band.
pub const FACILITATION: Map = [[[Need::Facilitation; 2]; CELLS]; 3];

/// A value for each band of state: by sphere, cell (`need_map::cell`: a band of readiness in it,
/// of a group willing or not), and crisis or not.
pub type Cells<T> = [[[T; 2]; CELLS]; 3];

/// The summed outcome of each posture (by `Posture::level`), the sums of its difference from
/// facilitation's and of the squares of that difference, and the decisions, of every band of
/// state.
#[derive(Debug, Clone, PartialEq)]
pub struct Tally {
    pub outcome: Cells<[f64; 4]>,
    pub diff: Cells<[f64; 4]>,
    pub diff_sq: Cells<[f64; 4]>,
    pub decisions: Cells<u32>,
    /// The summers that reached the band (the pairs each posture is judged on).
    pub summers: Cells<u32>,
}

impl Tally {
    fn new() -> Tally {
        Tally {
            outcome: [[[[0.0; 4]; 2]; CELLS]; 3],
            diff: [[[[0.0; 4]; 2]; CELLS]; 3],
            diff_sq: [[[[0.0; 4]; 2]; CELLS]; 3],
            decisions: [[[0; 2]; CELLS]; 3],
            summers: [[[0; 2]; CELLS]; 3],
        }
    }

    /// Whether posture `l` stands above facilitation in a band by `STANDARD_ERRORS`.
    pub fn clearly_better(&self, s: usize, b: usize, c: usize, l: usize) -> bool {
        self.standard_errors(s, b, c, l).is_some_and(|z| z > STANDARD_ERRORS)
    }

    /// By how many standard errors of the paired differences posture `l`'s outcome stands above
    /// facilitation's in a band (none with fewer than two summers, or none that differ).
    pub fn standard_errors(&self, s: usize, b: usize, c: usize, l: usize) -> Option<f64> {
        let n = self.summers[s][b][c] as f64;
        if n < 2.0 {
            return None;
        }
        let mean = self.diff[s][b][c][l] / n;
        let var = (self.diff_sq[s][b][c][l] / n - mean * mean).max(0.0) * n / (n - 1.0);
        let se = (var / n).sqrt();
        (se > 0.0).then(|| mean / se).or((mean > 0.0).then_some(f64::INFINITY))
    }

    /// The bands of sphere `s` that `self` reached in fewer than `MIN_SUMMERS` summers.
    fn short(&self, s: usize) -> Cells<bool> {
        let mut cells = [[[false; 2]; CELLS]; 3];
        for b in 0..CELLS {
            for c in 0..2 {
                cells[s][b][c] = self.summers[s][b][c] < MIN_SUMMERS;
            }
        }
        cells
    }

    /// The bands `self` reached in fewer than `MIN_SUMMERS` summers, taken from `other` (the
    /// same bands judged on other groups); the others as they are.
    fn filled_from(mut self, other: &Tally) -> Tally {
        for s in 0..3 {
            for b in 0..CELLS {
                for c in 0..2 {
                    if self.summers[s][b][c] < MIN_SUMMERS {
                        self.decisions[s][b][c] = other.decisions[s][b][c];
                        self.summers[s][b][c] = other.summers[s][b][c];
                        self.outcome[s][b][c] = other.outcome[s][b][c];
                        self.diff[s][b][c] = other.diff[s][b][c];
                        self.diff_sq[s][b][c] = other.diff_sq[s][b][c];
                    }
                }
            }
        }
        self
    }

    fn add(&mut self, o: &Tally) {
        for s in 0..3 {
            for b in 0..CELLS {
                for c in 0..2 {
                    self.decisions[s][b][c] += o.decisions[s][b][c];
                    self.summers[s][b][c] += o.summers[s][b][c];
                    for l in 0..4 {
                        self.outcome[s][b][c][l] += o.outcome[s][b][c][l];
                        self.diff[s][b][c][l] += o.diff[s][b][c][l];
                        self.diff_sq[s][b][c][l] += o.diff_sq[s][b][c][l];
                    }
                }
            }
        }
    }

    /// The map these outcomes give.
    pub fn map(&self) -> Map {
        let mut derived: [[[Option<Need>; 2]; CELLS]; 3] = [[[None; 2]; CELLS]; 3];
        for s in 0..3 {
            for b in 0..CELLS {
                for c in 0..2 {
                    if self.summers[s][b][c] >= MIN_SUMMERS {
                        let o = &self.outcome[s][b][c];
                        // The best outcome among facilitation and the postures clearly above it.
                        let best = (0..4)
                            .filter(|&l| l == REFERENCE || self.clearly_better(s, b, c, l))
                            .fold(REFERENCE, |best, l| if o[l] > o[best] { l } else { best });
                        derived[s][b][c] = Some(Need::fitted_by(Posture::from_level(best as u8)));
                    }
                }
            }
        }
        let mut map = [[[Need::Facilitation; 2]; CELLS]; 3];
        for s in 0..3 {
            for c in 0..2 {
                for b in 0..CELLS {
                    // The nearest cell derived in the same half (willing or not), else the
                    // same band in the other half.
                    let nearest = (0..CELLS)
                        .filter(|&x| derived[s][x][c].is_some() && unwilling(x) == unwilling(b))
                        .min_by_key(|&x| (x.abs_diff(b), x))
                        .and_then(|x| derived[s][x][c])
                        .or(derived[s][(b + BANDS.len()) % CELLS][c]);
                    map[s][b][c] = nearest.or(derived[s][b][0]).unwrap_or(Need::Facilitation);
                }
            }
        }
        map
    }
}

/// The group's outcome at the end of a summer (see the module's comment).
pub fn outcome(season: &Season, w: &World, revenue_ref: f64) -> f64 {
    let members = season.active_members() as f64 / w.members.len().max(1) as f64;
    let revenue = season.ledger().sales().to_f64().unwrap_or(0.0) / revenue_ref.max(1.0);
    let objectives = season.objectives_reached() as f64 / season.coop().objectives.len().max(1) as f64;
    let competence = season.group().competence.iter().sum::<f64>() / 3.0;
    members + revenue + objectives + competence
}

/// The band of state of the decision due: sphere, cell (band of readiness in it, willing or
/// not), crisis or not.
fn state(season: &Season, w: &World) -> Option<(usize, usize, usize)> {
    let item = season.pending()?;
    let c = season.reading(w).is_some_and(|r| r.crisis) as usize;
    Some((item.sphere.index(), cell(season.readiness_in(item.sphere), season.willingness()), c))
}

/// A summer played with `posture` at every decision taken in band `(s, b, c)` and the posture
/// that fits the map `elsewhere` at every other (an informed option when it decides or
/// suggests).
fn summer(w: &World, seed: u64, elsewhere: &Map, cell: Option<(usize, usize, usize, Posture)>) -> Season {
    let mut season = Season::new(w, seed);
    while let Some(item) = season.pending() {
        let Some((s, b, c)) = state(&season, w) else { break };
        let posture = match cell {
            Some((cs, cb, cc, posture)) if (cs, cb, cc) == (s, b, c) => posture,
            _ => elsewhere[s][b][c].fitting(),
        };
        let option = posture.needs_option().then(|| item.best_for(season.coop().objective_aims, &w.params));
        if season.decide(w, &Input::posture(posture, option)).is_err() {
            break;
        }
    }
    season
}

/// The decisions each band of state gets in a summer played by the map `elsewhere`.
fn visits(w: &World, seed: u64, elsewhere: &Map) -> Cells<u32> {
    let mut n = [[[0u32; 2]; CELLS]; 3];
    let mut season = Season::new(w, seed);
    while let Some(item) = season.pending() {
        let Some((s, b, c)) = state(&season, w) else { break };
        n[s][b][c] += 1;
        let posture = elsewhere[s][b][c].fitting();
        let option = posture.needs_option().then(|| item.best_for(season.coop().objective_aims, &w.params));
        if season.decide(w, &Input::posture(posture, option)).is_err() {
            break;
        }
    }
    n
}

/// The outcomes of seeds 1..=seeds of one world with the continuation `elsewhere`: for each band
/// of state marked in `cells` that the summer played by it reaches, the summer played
/// again with each posture in that band, against the same summer facilitated in that band,
/// paired by seed. The revenue is counted
/// against the world's mean revenue when facilitated throughout, in every round alike.
pub fn tally(w: &World, seeds: u64, elsewhere: &Map, cells: &Cells<bool>) -> Tally {
    let base: Vec<Season> = (1..=seeds).into_par_iter().map(|seed| summer(w, seed, &FACILITATION, None)).collect();
    let revenue_ref =
        base.iter().map(|s| s.ledger().sales().to_f64().unwrap_or(0.0)).sum::<f64>() / base.len().max(1) as f64;
    let per_seed: Vec<Tally> = (1..=seeds)
        .into_par_iter()
        .map(|seed| {
            let mut t = Tally::new();
            let n = visits(w, seed, elsewhere);
            for s in 0..3 {
                for b in 0..CELLS {
                    for c in 0..2 {
                        if !cells[s][b][c] || n[s][b][c] == 0 {
                            continue;
                        }
                        t.decisions[s][b][c] += n[s][b][c];
                        t.summers[s][b][c] += 1;
                        let got =
                            |posture| outcome(&summer(w, seed, elsewhere, Some((s, b, c, posture))), w, revenue_ref);
                        let reference = got(Posture::Facilitate);
                        for posture in Posture::ALL {
                            let l = posture.level() as usize;
                            let got = if l == REFERENCE { reference } else { got(posture) };
                            let d = got - reference;
                            t.outcome[s][b][c][l] += got;
                            t.diff[s][b][c][l] += d;
                            t.diff_sq[s][b][c][l] += d * d;
                        }
                    }
                }
            }
            t
        })
        .collect();
    let mut all = Tally::new();
    for t in &per_seed {
        all.add(t);
    }
    all
}

/// The tallies of several worlds together, with the continuation `elsewhere`, for the bands of
/// state marked in `cells`.
pub fn judge(worlds: &[World], seeds: u64, elsewhere: &Map, cells: &Cells<bool>) -> Tally {
    let mut all = Tally::new();
    for w in worlds {
        all.add(&tally(w, seeds, elsewhere, cells));
    }
    all
}

/// Every band of state of sphere `s` (by `Sphere::index`).
pub fn sphere(s: usize) -> Cells<bool> {
    let mut cells = [[[false; 2]; CELLS]; 3];
    cells[s] = [[true; 2]; CELLS];
    cells
}

/// The rounds of a derivation and the map they end on.
#[derive(Debug, Clone, PartialEq)]
pub struct Derivation {
    /// Each round: the map it started from, and the outcomes of its three spheres.
    pub rounds: Vec<(Map, Tally)>,
    /// The map of the last round.
    pub map: Map,
    /// Whether the last round left the map as it found it (each band is then the best posture
    /// given the map everywhere else).
    pub converged: bool,
}

impl Derivation {
    /// The last round's tally (the outcomes the stored map rests on).
    pub fn tally(&self) -> &Tally {
        &self.rounds.last().expect("at least one round").1
    }
}

/// The need map of several worlds, by rounds (see the module's comment). A band that fewer
/// than `MIN_SUMMERS` summers of `worlds` reach is judged on `unreached` (other groups playing
/// the same scenarios, `varied`) when they reach it. Within a round the
/// spheres are judged in turn (business life, associative life, work), each with the map as the
/// spheres before it left it: judged all at once, the spheres can swap their findings from one
/// round to the next without end (over groups less experienced than the shipped ones, coaching
/// business life and coaching associative life each pay when the other is not done, and neither
/// when both are: both burden the same group with dependency).
pub fn derive(worlds: &[World], unreached: &[World], seeds: u64) -> Derivation {
    let mut start = FACILITATION;
    let mut rounds = Vec::new();
    loop {
        let mut map = start;
        let mut tally = Tally::new();
        for s in 0..3 {
            let mut t = judge(worlds, seeds, &map, &sphere(s));
            if !unreached.is_empty() {
                // Only the bands `worlds` reach too seldom are played by the other groups.
                let short = t.short(s);
                t = t.filled_from(&judge(unreached, seeds, &map, &short));
            }
            map[s] = t.map()[s];
            tally.add(&t);
        }
        rounds.push((start, tally));
        let converged = map == start;
        if converged || rounds.len() >= MAX_ROUNDS {
            return Derivation { rounds, map, converged };
        }
        start = map;
    }
}
