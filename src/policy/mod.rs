//! Named strategies that can fill the animateurs' seat: for autoplay, batches and tests.
//! The cooperant seats not held by players are always the agents of `decision`.

use serde::{Deserialize, Serialize};

use crate::decision::{Input, Posture};
use crate::scoring;
use crate::sim::rng::{Draw, Stream};
use crate::sim::{Season, World};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
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
}

impl Policy {
    pub const ALL: [Policy; 6] = [
        Policy::Directive,
        Policy::Coaching,
        Policy::Facilitative,
        Policy::Delegating,
        Policy::Adaptive,
        Policy::Random,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Policy::Directive => "directive",
            Policy::Coaching => "coaching",
            Policy::Facilitative => "facilitative",
            Policy::Delegating => "delegating",
            Policy::Adaptive => "adaptive",
            Policy::Random => "random",
        }
    }

    pub fn parse(s: &str) -> Option<Policy> {
        Policy::ALL.into_iter().find(|p| p.name() == s)
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
        Seat { policy, rng: Draw::new(seed, Stream::Policy) }
    }

    /// The animateurs' input for the decision due.
    pub fn choose(&mut self, season: &Season, w: &World) -> Option<Input> {
        let item = season.pending()?;
        let posture = match self.policy {
            Policy::Directive => Posture::Decide,
            Policy::Coaching => Posture::Suggest,
            Policy::Facilitative => Posture::Facilitate,
            Policy::Delegating => Posture::StepBack,
            Policy::Adaptive => scoring::fitting(season.need(w)),
            Policy::Random => Posture::ALL[self.rng.between(0, 3) as usize],
        };
        let option = posture.needs_option().then(|| item.best(season.coop.objective_aims));
        Some(Input::posture(posture, option))
    }
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
