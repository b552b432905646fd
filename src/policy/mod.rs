//! Named strategies that can fill the animateurs' seat: for autoplay, batches and tests.
//! The cooperant seats not held by players are always the agents of `decision`.

pub mod derive;

use serde::{Deserialize, Serialize};

use crate::base::rng::{Draw, Generator, Stream};
use crate::decision::{Input, Kind, Posture, Reading, Ready};
use crate::scoring::Need;
use crate::scoring::need_map::{Map, of_model};
use crate::sim::journal::Ev;
use crate::sim::season::Cue;
use crate::sim::{Season, World};

/// The animateurs' strategies. The list of them is the derive's (`clap::ValueEnum`), so a new
/// one cannot be left out of `Policy::all()` and the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum Policy {
    /// Always decides for the group.
    Directive,
    /// Always suggests an option.
    Coaching,
    /// Always facilitates.
    Facilitative,
    /// Always steps back.
    Delegating,
    /// The posture that fits the group's readiness and crisis state.
    Adaptive,
    /// Any posture, at random.
    Random,
    /// Reads the group only from what a trainee sees: the cues (who speaks, how proposals are
    /// put, questions to the animateurs, side talk, yawns, quarrels, the tone, the event's story)
    /// and what the result screens said the group was at the earlier decisions it read, never
    /// from the engine's state; then takes the posture that fits that reading. It shows how much
    /// of the information the screens carry, and how much of it is lost.
    Reader,
    /// The score-seeker: at each decision, tries every posture (with every option it can carry)
    /// on a copy of the season, runs it on to the next decision, and keeps the one with the best
    /// PEC then. It sees what no animateur sees (the outcome of each choice), and it is the test
    /// that the score cannot be farmed: if chasing the score paid more than reading the group,
    /// it would beat `adaptive` by far.
    Greedy,
    /// A rival that tests the score: adaptive's posture, but it suggests or decides the worst
    /// option on the table.
    WorstOption,
    /// A rival: one level less help than the group needs (step back stays step back).
    OneLess,
    /// A rival: one level more help than the group needs (decide stays decide).
    OneMore,
    /// A rival: suggests while the group's competence in the decision's sphere is below
    /// `COACH_FIRST_BELOW`, then facilitates; never reads commitment or crisis.
    CoachFirst,
    /// A rival: facilitates, and suggests in a crisis.
    FacilitateCrisis,
}

/// The competence in a sphere under which `coach-first` suggests.
pub const COACH_FIRST_BELOW: f64 = 0.3;

impl Policy {
    /// Every policy, in the order of their declaration (that of `compare`'s table).
    pub fn all() -> &'static [Policy] {
        <Policy as clap::ValueEnum>::value_variants()
    }

    /// The rivals that test the model's claims (model 3).
    pub const RIVALS: [Policy; 5] =
        [Policy::WorstOption, Policy::OneLess, Policy::OneMore, Policy::CoachFirst, Policy::FacilitateCrisis];

    /// The policies that hold one posture all summer.
    pub const FIXED: [Policy; 4] = [Policy::Directive, Policy::Coaching, Policy::Facilitative, Policy::Delegating];

    pub fn name(self) -> &'static str {
        match self {
            Policy::Directive => "directive",
            Policy::Coaching => "coaching",
            Policy::Facilitative => "facilitative",
            Policy::Delegating => "delegating",
            Policy::Adaptive => "adaptive",
            Policy::Random => "random",
            Policy::Reader => "reader",
            Policy::Greedy => "greedy",
            Policy::WorstOption => "worst-option",
            Policy::OneLess => "one-less",
            Policy::OneMore => "one-more",
            Policy::CoachFirst => "coach-first",
            Policy::FacilitateCrisis => "facilitate-crisis",
        }
    }

    pub fn parse(s: &str) -> Option<Policy> {
        Policy::all().iter().copied().find(|p| p.name() == s)
    }
}

/// A policy at play, with its own random stream (so that a random animateur does not shift the
/// draws of the market or the agents).
#[derive(Debug, Clone)]
pub struct Seat {
    pub policy: Policy,
    rng: Draw,
}

impl Seat {
    pub fn new(policy: Policy, seed: u64) -> Seat {
        Seat::drawn_by(policy, seed, Generator::default())
    }

    /// A seat drawing from `generator`, that of the summer it plays (`Season::generator`).
    pub fn drawn_by(policy: Policy, seed: u64, generator: Generator) -> Seat {
        Seat { policy, rng: Draw::with(generator, seed, Stream::Policy) }
    }

    /// The seat as it stands after the decisions taken so far in `season`: what `play` holds
    /// then. A game that asks for one decision at a time, rewinds or loads gets the same inputs
    /// as a summer played by `play` (`cjs run`).
    pub fn after(policy: Policy, season: &Season) -> Seat {
        let decisions = season.settled().len();
        let mut seat = Seat::drawn_by(policy, season.seed(), season.generator());
        // Only `random` draws, once a decision.
        if policy == Policy::Random {
            for _ in 0..decisions {
                seat.random_posture();
            }
        }
        seat
    }

    fn random_posture(&mut self) -> Posture {
        Posture::ALL[self.rng.between(0, 3) as usize]
    }

    /// The animateurs' input for the decision due.
    pub fn choose(&mut self, season: &Season, w: &World) -> Option<Input> {
        let item = season.pending()?;
        let posture = match self.policy {
            Policy::Directive => Posture::Decide,
            Policy::Coaching => Posture::Suggest,
            Policy::Facilitative => Posture::Facilitate,
            Policy::Delegating => Posture::StepBack,
            Policy::Adaptive => season.need(w).fitting(),
            Policy::Random => self.random_posture(),
            Policy::Reader => {
                let r = read(season, w);
                let need = if w.params.uses_need_map() {
                    need_of_reading(of_model(w.model), Guide::of(w.model), item.sphere.index(), r)
                } else {
                    Need::of_reading(r)
                };
                let posture = need.fitting();
                let option = posture.needs_option().then(|| item.best_for(season.coop().objective_aims, &w.params));
                return Some(Input { reading: Some(r), ..Input::posture(posture, option) });
            }
            Policy::Greedy => return Some(greedy(season, w)),
            Policy::WorstOption => {
                let posture = season.need(w).fitting();
                return Some(Input::posture(posture, posture.needs_option().then(|| worst(item))));
            }
            Policy::OneLess => season.need(w).less().fitting(),
            Policy::OneMore => season.need(w).more().fitting(),
            Policy::CoachFirst => {
                if season.group().competence[item.sphere.index()] < COACH_FIRST_BELOW {
                    Posture::Suggest
                } else {
                    Posture::Facilitate
                }
            }
            Policy::FacilitateCrisis => {
                if season.in_crisis() {
                    Posture::Suggest
                } else {
                    Posture::Facilitate
                }
            }
        };
        let option = posture.needs_option().then(|| item.best_for(season.coop().objective_aims, &w.params));
        Some(Input::posture(posture, option))
    }
}

/// A reading of the group from what it shows: the cues, and the story of an event (a scripted
/// crisis says so). The weights are a trainer's rules of thumb, not the engine's formulas. How
/// ready the group is comes from an impression carried from one assembly to the next
/// (`impression`); a crisis is read from today's cues alone. With no decision due: partly
/// ready, no crisis.
pub fn read(season: &Season, w: &World) -> Reading {
    let guide = Guide::of(w.model);
    let (today, crisis) = guide.weigh(&season.cues(w));
    // The guide's first rule (`docs/reading-the-group.md`): the sphere of the decision sets
    // how low the impression must be for a group not ready, and a level the world never calls
    // for in that sphere (the derived need map, outside a crisis) is not read there: the
    // nearest level it calls for is.
    let Some(item) = season.pending() else { return Reading { ready: Ready::Partly, crisis: false } };
    let sphere = item.sphere.index();
    let ready = match impression(season, guide, today) {
        x if x < guide.not_ready[sphere] => Ready::NotReady,
        x if x < guide.ready_from => Ready::Partly,
        _ => Ready::Ready,
    };
    let map = of_model(w.model);
    let ready = if w.params.uses_need_map() { nearest_called_for(map, sphere, ready) } else { ready };
    let event_crisis = match item.kind {
        Kind::Event(e) => w.events.get(e as usize).is_some_and(|e| e.crisis),
        _ => false,
    };
    Reading { ready, crisis: event_crisis || crisis >= 2 }
}

/// The help a reading calls for in `sphere` by the derived need map: outside a crisis, that of
/// the level read (`Need::of_reading`); in a crisis, by the guide's `CrisisRule`; facilitation
/// when the map gives the level read no band.
fn need_of_reading(map: &Map, guide: &Guide, sphere: usize, r: Reading) -> Need {
    if !r.crisis {
        return Need::of_reading(r);
    }
    let level = || map[sphere].iter().filter(|b| b[0].ready() == r.ready).map(|b| b[1]);
    let least_ready = level().next();
    let need = match guide.crisis {
        CrisisRule::Facilitate => None,
        CrisisRule::LeastReadyBand => least_ready,
        CrisisRule::MostBands => {
            let count = |n: Need| level().filter(|&x| x == n).count();
            // `max_by_key` keeps the last of equals: taken from the most ready band to the
            // least, the least ready one's wins a tie.
            map[sphere].iter().rev().filter(|b| b[0].ready() == r.ready).map(|b| b[1]).max_by_key(|&n| count(n))
        }
    };
    need.unwrap_or(Need::Facilitation)
}

/// The level nearest `ready` among those the derived need map calls for in `sphere` outside a
/// crisis (partly ready first among equals); `ready` itself when the map calls for it.
fn nearest_called_for(map: &Map, sphere: usize, ready: Ready) -> Ready {
    let called = |r: &Ready| map[sphere].iter().any(|b| b[0].ready() == *r);
    // The levels by distance from `ready` (itself at none), partly ready first among equals.
    [Ready::Partly, Ready::NotReady, Ready::Ready]
        .into_iter()
        .filter(called)
        .min_by_key(|&r| (r as i32 - ready as i32).abs())
        .unwrap_or(ready)
}

/// The weights of `docs/reading-the-group.md` added over a decision's cues, by today's guide:
/// how ready the group looks (below `READ_NOT_READY_BELOW` not ready, from `READ_READY_FROM`
/// ready) and the hints of a crisis (two make one). Which way each cue points is the same in
/// every guide.
pub fn weigh(cues: &[Cue]) -> (f64, i32) {
    GUIDE.weigh(cues)
}

impl Guide {
    /// The weights of the cues by this guide (`weigh`).
    pub fn weigh(&self, cues: &[Cue]) -> (f64, i32) {
        let mut ready = 0.0;
        let mut crisis = 0;
        for &cue in cues {
            match cue {
                Cue::Silent { quiet } => ready -= self.silent * quiet as f64 / 3.0,
                Cue::Lively => ready += self.lively,
                Cue::OffTopic { .. } => ready -= 0.35,
                Cue::HalfFormed { .. } => ready -= 0.1,
                Cue::WellArgued { .. } => ready += 0.2,
                Cue::AsksAnimateurs { .. } => ready -= 0.3,
                Cue::SideTalk => ready -= 0.1,
                Cue::Tired { .. } => ready -= 0.05,
                Cue::Prepared { .. } => ready += 0.4,
                Cue::Unprepared => ready -= 0.4,
                Cue::AtOdds { .. } | Cue::Gloomy => crisis += 1,
                Cue::Upbeat => crisis -= 1,
                // A crisis that shows in a cue of its own.
                Cue::Tension | Cue::Despondent | Cue::MoneyWorry | Cue::Aftermath { .. } => crisis += 2,
                Cue::Absent { .. } | Cue::AtRisk { .. } | Cue::Unfair { .. } => {}
            }
        }
        (ready, crisis)
    }
}

/// How ready the group looks for the decision due, from the sum of the weights of its cues
/// `today` and what came before in the same sphere this summer (the guide: one meeting is not
/// enough). Where a result screen has said what the group was at the sphere's last decision
/// read (its journal's `Reading`), the impression starts from that level (`Guide::anchor`); where no
/// reading of the sphere was stated yet, from the impression of its earlier decisions' cues
/// (`cue_impression`). Either way today's sum moves it halfway (`IMPRESSION_KEPT`).
pub fn impression(season: &Season, guide: &Guide, today: f64) -> f64 {
    let Some(item) = season.pending() else { return today };
    let same: Vec<u16> = season.settled().iter().filter(|i| i.sphere == item.sphere).map(|i| i.id).collect();
    // The sphere's first decision: nothing came before it.
    if same.is_empty() {
        return today;
    }
    let last_was = season.journal().iter().rev().find_map(|e| match e.ev {
        Ev::Reading { d, was, .. } if same.contains(&d) => Some(was.ready),
        _ => None,
    });
    let start = match last_was {
        Some(was) => Some(guide.anchor(item.sphere.index(), was)),
        None => cue_impression(season, guide, &same),
    };
    start.map_or(today, |k| carry(k, today))
}

/// The impression `kept` moved halfway (`IMPRESSION_KEPT`) towards a decision's sum `x`.
fn carry(kept: f64, x: f64) -> f64 {
    IMPRESSION_KEPT * kept + (1.0 - IMPRESSION_KEPT) * x
}

/// The impression of the cues of the decisions `same` (settled, of the sphere due) when no
/// reading of them was stated: the first decision's sum, each later one moving it halfway.
fn cue_impression(season: &Season, guide: &Guide, same: &[u16]) -> Option<f64> {
    let mut kept: Option<f64> = None;
    let mut add = |x: f64| kept = Some(kept.map_or(x, |k| carry(k, x)));
    // The journal logs a decision's cues together, in the order of the decisions.
    let mut cues: Vec<Cue> = Vec::new();
    let mut at = None;
    for e in season.journal() {
        let Ev::Cue { d, cue } = e.ev else { continue };
        if !same.contains(&d) {
            continue;
        }
        if at != Some(d) && !cues.is_empty() {
            add(guide.weigh(&cues).0);
            cues.clear();
        }
        at = Some(d);
        cues.push(cue);
    }
    if !cues.is_empty() {
        add(guide.weigh(&cues).0);
    }
    kept
}

/// The share of the impression carried from the earlier decisions of the sphere; the rest is
/// the decision due's own cues.
pub const IMPRESSION_KEPT: f64 = 0.5;
/// The thresholds of `docs/reading-the-group.md` that depend on the engine's model: by sphere
/// (business life, associative life, work), the impression under which the group is read not
/// ready, and where the impression starts from a result that said partly ready; and the
/// impression from which it is read ready.
pub struct Guide {
    pub not_ready: [f64; 3],
    pub partly: [f64; 3],
    pub ready_from: f64,
    /// The help a crisis read calls for.
    pub crisis: CrisisRule,
    /// The weight of members saying nothing (times how many, over three) and of a room where
    /// everybody wants a say: `READ_SILENT` and `READ_LIVELY` (model 7); 0.1 each before.
    pub silent: f64,
    pub lively: f64,
}

/// The help `reader` gives a group it reads in a crisis, by the guide of a model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CrisisRule {
    /// Facilitation whatever the level read (model 3, and model 2 files).
    Facilitate,
    /// What the map asks in a crisis of the least ready band of the level read (model 4).
    LeastReadyBand,
    /// What the map asks in a crisis of most bands of the level read, the least ready one's
    /// among equals (model 5: with finer bands, one narrow band must not speak for the level).
    MostBands,
}

impl Guide {
    /// The guide a world of `model` is read with: today's (models 7 and 8), the one of models 5 and 6, or the one model 4 or model
    /// 3 was first played with (files of version 5, or of version 4 and earlier, replay their
    /// `reader` with it).
    pub fn of(model: u8) -> &'static Guide {
        match model {
            ..=3 => &GUIDE_MODEL_3,
            4 => &GUIDE_MODEL_4,
            5 | 6 => &GUIDE_MODEL_5,
            _ => &GUIDE,
        }
    }

    /// Where the impression starts in sphere `sphere` (by `Sphere::index`) when the last result
    /// screen of the sphere said the group was `was`: inside that level's band of the sphere
    /// (`READ_ANCHOR_INSIDE` under the threshold of not ready, at `partly` for partly ready,
    /// `READ_ANCHOR_READY_ABOVE` above the threshold of ready), so that today's cues must point
    /// clearly elsewhere to change the reading. At work (model 5): −0.8, −0.1 and 0.6.
    pub fn anchor(&self, sphere: usize, was: Ready) -> f64 {
        match was {
            Ready::NotReady => self.not_ready[sphere] - READ_ANCHOR_INSIDE,
            Ready::Partly => self.partly[sphere],
            Ready::Ready => self.ready_from + READ_ANCHOR_READY_ABOVE,
        }
    }
}

/// The middle of the band of partly ready, between a threshold of not ready and one of ready.
const fn middle(not_ready: f64, ready_from: f64) -> f64 {
    (not_ready + ready_from) / 2.0
}

/// The guide of models 7 and 8.
pub const GUIDE: Guide = Guide {
    not_ready: READ_NOT_READY_BELOW,
    partly: READ_ANCHOR_PARTLY,
    ready_from: READ_READY_FROM,
    crisis: CrisisRule::MostBands,
    silent: READ_SILENT,
    lively: READ_LIVELY,
};

/// The guide models 5 and 6 were played with (files of versions 6 and 7): members saying
/// nothing and a lively room weighed 0.1 each.
pub const GUIDE_MODEL_5: Guide = Guide { silent: 0.1, lively: 0.1, ..GUIDE };

/// The weight of members saying nothing (times how many of them, over three) in `reader`'s
/// impression (model 7). Over the first decision of each sphere (shipped and held-out groups,
/// 40 seeds), a silent room shows in 74 % of the business decisions where the group was not
/// ready and 7 % where it was partly ready, and a lively one in 11 % and 74 %: the clearest
/// signs of how ready a group is in a sphere it has not met yet, where « nobody looked at the
/// question » shows at both levels.
pub const READ_SILENT: f64 = 0.5;
/// The weight of a room where everybody wants a say (model 7; see `READ_SILENT`).
pub const READ_LIVELY: f64 = 0.3;

/// The guide model 4 was played with (files of version 5): not ready under −0.5 at work.
pub const GUIDE_MODEL_4: Guide = Guide {
    not_ready: [-1.1, -1.1, -0.5],
    partly: [middle(-1.1, 0.25), middle(-1.1, 0.25), 0.25 - READ_PARTLY_UNDER_READY],
    ready_from: 0.25,
    crisis: CrisisRule::LeastReadyBand,
    silent: 0.1,
    lively: 0.1,
};

/// The guide model 3 was first played with: not ready under −0.45 at work, and a result of
/// partly ready starting the impression in the middle of its band in every sphere.
pub const GUIDE_MODEL_3: Guide = Guide {
    not_ready: [-1.1, -1.1, -0.45],
    partly: [middle(-1.1, 0.25), middle(-1.1, 0.25), middle(-0.45, 0.25)],
    ready_from: 0.25,
    crisis: CrisisRule::Facilitate,
    silent: 0.1,
    lively: 0.1,
};

/// How far under the threshold of not ready the impression starts from a result that said
/// not ready (`Guide::anchor`).
pub const READ_ANCHOR_INSIDE: f64 = 0.25;
/// Where the impression starts in each sphere from a result that said partly ready (`Guide::anchor`):
/// the middle of the band in business and associative life; at work, nearer the top of the
/// band (0.35 under the threshold of ready, 0.45 above that of not ready), so that a group
/// become ready there still takes two clear cues of it (a question prepared, a proposal well
/// argued) to be read so.
pub const READ_ANCHOR_PARTLY: [f64; 3] = [
    middle(READ_NOT_READY_BELOW[0], READ_READY_FROM),
    middle(READ_NOT_READY_BELOW[1], READ_READY_FROM),
    READ_READY_FROM - READ_PARTLY_UNDER_READY,
];
/// How far under the threshold of ready the impression starts at work from a result that said
/// partly ready (`READ_ANCHOR_PARTLY`).
pub const READ_PARTLY_UNDER_READY: f64 = 0.35;
/// How far above the threshold of ready the impression starts from a result that said ready
/// (`Guide::anchor`).
pub const READ_ANCHOR_READY_ABOVE: f64 = 0.35;
/// The impression (`impression`) under which `reader` reads a group not ready, by sphere
/// (business life, associative life, work), under models 5 to 7: in business and associative
/// life the derived map asks for suggestions only of a group that knows little yet (below a
/// readiness of 0.15; under models 5 and 6, 0.1 in business life), so only an impression far
/// lower says so there; at work, up to 0.2.
pub const READ_NOT_READY_BELOW: [f64; 3] = [-1.1, -1.1, -0.55];
/// The impression from which `reader` reads a group ready.
pub const READ_READY_FROM: f64 = 0.25;

/// The option of least merit on the table (the first of equals).
fn worst(item: &crate::decision::Item) -> u8 {
    let mut at = 0;
    for (i, o) in item.options.iter().enumerate() {
        if o.merit < item.options[at].merit {
            at = i;
        }
    }
    at as u8
}

/// The input with the best PEC at the next decision, among every posture and option.
fn greedy(season: &Season, w: &World) -> Input {
    let weights = w.scenario.pec_weights;
    let n = season.pending().map_or(0, |i| i.options.len()) as u8;
    let mut best: Option<(f64, Input)> = None;
    for posture in Posture::ALL {
        let options: Vec<Option<u8>> = if posture.needs_option() { (0..n).map(Some).collect() } else { vec![None] };
        for option in options {
            let input = Input::posture(posture, option);
            let mut trial = season.clone();
            if trial.decide(w, &input).is_err() {
                continue;
            }
            let pec = trial.scores().pec(weights);
            if best.as_ref().is_none_or(|(b, _)| pec > *b + 1e-9) {
                best = Some((pec, input));
            }
        }
    }
    best.map(|b| b.1).unwrap_or_else(|| Input::posture(Posture::Facilitate, None))
}

/// Plays a whole season with a policy in the animateurs' seat; returns it with the inputs given.
pub fn play(w: &World, seed: u64, policy: Policy) -> (Season, Vec<Input>) {
    let mut season = Season::new(w, seed);
    let mut seat = Seat::new(policy, seed);
    let mut inputs = Vec::with_capacity(48);
    while let Some(input) = seat.choose(&season, w) {
        // A policy's input is always valid for the item it was made for.
        if season.decide(w, &input).is_err() {
            break;
        }
        inputs.push(input);
    }
    (season, inputs)
}

#[cfg(test)]
mod listed {
    use super::Policy;

    #[test]
    fn every_policy_is_listed_under_the_name_the_command_line_takes() {
        // The derive lists every variant; the command line and the journals name each one by
        // `name()`, and each name parses back.
        for &p in Policy::all() {
            let value = clap::ValueEnum::to_possible_value(&p).expect("a listed policy");
            assert_eq!(value.get_name(), p.name());
            assert_eq!(Policy::parse(p.name()), Some(p));
        }
        assert_eq!(Policy::all().len(), 13);
    }
}
