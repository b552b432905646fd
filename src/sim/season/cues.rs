//! What the group shows at a decision: who speaks and who stays silent, the quality of the
//! proposals, questions put to the animateurs, side talk, yawns, two members at odds, someone
//! absent, the tone after a week. The trainee reads these, never the readiness behind them.
//!
//! Each cue comes from the hidden state through a documented parameter (`cue_*` in
//! `base::params`) and noise: the same state can show different cues on different seeds, and a
//! cue can mislead. They are drawn from their own stream: looking at them before the posture
//! draws from a copy, and the decision, when it settles, draws the same for good; so showing
//! them (in the game, to a policy) changes nothing.

use super::*;
use crate::base::rng::Draw;

/// The most cues shown at a decision.
pub const MAX_CUES: usize = 12;

fn push(out: &mut ArrayVec<Cue, MAX_CUES>, c: Cue) {
    let _ = out.try_push(c);
}

impl Season {
    /// What the group shows at the decision due (nothing when none is due).
    pub fn cues(&self, w: &World) -> Vec<Cue> {
        let Some(item) = self.pending() else { return Vec::new() };
        self.cues_for(w, item, &mut self.rng.cues.clone()).to_vec()
    }

    /// The cues of a decision, drawn from `rng`, on the stack (at most 30 cooperants, as
    /// validation allows).
    pub(super) fn cues_for(&self, w: &World, item: &Item, rng: &mut Draw) -> ArrayVec<Cue, MAX_CUES> {
        let p = &w.params;
        let mut out = ArrayVec::new();
        // The members at the table, and those among them who speak up, as member numbers. Model
        // 3: the members missing from the week miss the assembly too, and no other cue names
        // them (as `voices` hears them).
        let coherent = p.coherent_cues > 0.5;
        let present = self.members.iter().filter(|m| m.active && !m.absent).count();
        let skip_absent = coherent && present >= 2;
        let (mut active, mut speakers) = (ArrayVec::<u8, MAX_VOICES>::new(), ArrayVec::<u8, MAX_VOICES>::new());
        for (i, m) in self.members.iter().enumerate().take(MAX_VOICES) {
            if m.active && !(skip_absent && m.absent) {
                active.push(i as u8);
                if w.members[i].assertiveness >= p.quiet_threshold {
                    speakers.push(i as u8);
                }
            }
        }
        let quiet = active.len() - speakers.len();
        let (active, ns) = (&active[..], speakers.len());
        if active.is_empty() {
            return out;
        }
        let pick = |rng: &mut Draw, from: &[u8]| from[rng.between(0, from.len() as u32 - 1) as usize];
        let c = self.group.competence[item.sphere.index()];
        let m = self.commitment();
        let n = |rng: &mut Draw| rng.noise(p.cue_noise);
        // A signal through noise, then a draw.
        let shows = |rng: &mut Draw, signal: f64| {
            let x = (signal + rng.noise(p.cue_noise)).clamp(0.0, 1.0);
            rng.chance(x)
        };

        // Who speaks: the quiet stay silent unless the group is committed and at ease.
        let silent = (quiet as f64 * (p.cue_silent_base - m - p.cue_silent_competence * c)
            + n(rng) * p.cue_silent_spread)
            .round()
            .max(0.0) as u8;
        if silent >= 2 {
            push(&mut out, Cue::Silent { quiet: silent.min(active.len() as u8) });
        } else if m + n(rng) > p.cue_lively_commitment {
            push(&mut out, Cue::Lively);
        }
        // A proposal and how it is put: from the competence in the decision's sphere.
        let speakers = if ns == 0 { active } else { &speakers[..ns] };
        let member = pick(rng, speakers);
        let form = c + n(rng) * p.cue_form_spread;
        push(
            &mut out,
            if form < p.cue_off_topic_below {
                Cue::OffTopic { member }
            } else if form < p.cue_half_formed_below {
                Cue::HalfFormed { member }
            } else {
                Cue::WellArgued { member }
            },
        );
        // Turning to the animateurs: a group out of its depth, or used to being told.
        if shows(rng, p.cue_asks * (1.0 - c) * (p.cue_asks_base + self.group.dependency)) {
            push(&mut out, Cue::AsksAnimateurs { member: pick(rng, active) });
        }
        // Side talk: low commitment.
        if shows(rng, p.cue_side_talk * (1.0 - m) - p.cue_side_talk_floor) {
            push(&mut out, Cue::SideTalk);
        }
        // Yawns and late arrivals: the most tired show it.
        let t = active
            .iter()
            .max_by(|&&a, &&b| self.members[a as usize].fatigue.total_cmp(&self.members[b as usize].fatigue))
            .map_or(active[0], |&i| i) as usize;
        if shows(rng, p.cue_tired * self.members[t].fatigue) {
            push(&mut out, Cue::Tired { member: t as u8 });
        }
        // Two at odds: the latest quarrel, while conflict lasts (model 3: both at the table).
        if shows(rng, p.cue_at_odds * self.group.conflict) {
            let (a, b) = self.group.last_quarrel.unwrap_or_else(|| (pick(rng, active), pick(rng, active)));
            if a != b && (!coherent || (active.contains(&a) && active.contains(&b))) {
                push(&mut out, Cue::AtOdds { a, b });
            }
        }
        // Someone missing (absent in the week just worked): model 3 names each one.
        if coherent {
            for (i, m) in self.members.iter().enumerate() {
                if m.active && m.absent && skip_absent {
                    push(&mut out, Cue::Absent { member: i as u8 });
                }
            }
        } else if let Some(&i) = active.iter().find(|&&i| self.members[i as usize].absent) {
            push(&mut out, Cue::Absent { member: i });
        }
        // A member at risk of leaving says so, before anyone leaves.
        if p.cue_at_risk > 0.0 {
            let low = active
                .iter()
                .copied()
                .min_by(|&a, &b| self.members[a as usize].motivation.total_cmp(&self.members[b as usize].motivation));
            if let Some(i) = low
                && self.members[i as usize].motivation < p.cue_at_risk_below
                && rng.chance(p.cue_at_risk)
            {
                push(&mut out, Cue::AtRisk { member: i });
            }
        }
        // A crisis shows in a cue of its own; the same cue, more rarely, in a group near it.
        if p.cue_crisis_shows > 0.0 {
            let cause = self.group.crisis;
            let signal =
                |on: bool, near: f64| if on { p.cue_crisis_shows } else { p.cue_crisis_false * near.clamp(0.0, 1.0) };
            if rng.chance(signal(cause == Some(CrisisCause::Conflict), self.group.conflict)) {
                push(&mut out, Cue::Tension);
            }
            if rng.chance(signal(cause == Some(CrisisCause::Motivation), 1.0 - m)) {
                push(&mut out, Cue::Despondent);
            }
            if cause == Some(CrisisCause::Cash) && rng.chance(p.cue_crisis_shows) {
                push(&mut out, Cue::MoneyWorry);
            }
        }
        // The tone after the week: its quality and the crisis.
        if let Some(last) = self.weeks.last() {
            let mood = last.quality - p.cue_tone_quality + (m - 0.5)
                - if self.in_crisis() { p.cue_tone_crisis } else { 0.0 }
                + n(rng);
            if mood < -p.cue_gloomy_below {
                push(&mut out, Cue::Gloomy);
            } else if mood > p.cue_upbeat_above {
                push(&mut out, Cue::Upbeat);
            }
        }
        out
    }
}
