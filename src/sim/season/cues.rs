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
use crate::base::params::Params;
use crate::base::rng::Draw;

/// The most cues shown at a decision.
pub const MAX_CUES: usize = 12;

fn push(out: &mut ArrayVec<Cue, MAX_CUES>, c: Cue) {
    let _ = out.try_push(c);
}

/// The members at the table (see `Season::table`).
struct Table {
    active: ArrayVec<u8, MAX_VOICES>,
    speakers: ArrayVec<u8, MAX_VOICES>,
    /// Model 3's cues, which name only the members at the table.
    coherent: bool,
    /// The members missing from the week miss the assembly.
    skip_absent: bool,
}

/// One of `from`, drawn.
fn pick(rng: &mut Draw, from: &[u8]) -> u8 {
    from[rng.between(0, from.len() as u32 - 1) as usize]
}

/// A signal through noise, then a draw.
fn shows(rng: &mut Draw, p: &Params, signal: f64) -> bool {
    let x = (signal + rng.noise(p.cue_noise)).clamp(0.0, 1.0);
    rng.chance(x)
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
        let mut out = ArrayVec::new();
        let table = self.table(w);
        if table.active.is_empty() {
            return out;
        }
        let c = self.group.competence[item.sphere.index()];
        let m = self.commitment();
        // Who speaks and how a debate goes show the group's willingness (its heart, weighed by
        // its members' initiative), as the preparation shows its readiness.
        let will = self.willingness();
        self.debate_cues(w, &table, item.sphere.index(), will, rng, &mut out);
        self.preparation_cue(w, &table, c * will, rng, &mut out);
        self.member_cues(w, &table, rng, &mut out);
        self.crisis_cues(w, m, rng, &mut out);
        self.tone_cue(w, m, rng, &mut out);
        // Last, so that under the cap it never takes the place of a crisis's own cue.
        self.unfair_cue(w, &table, rng, &mut out);
        out
    }

    /// The members at the table, and those among them who speak up, as member numbers. Model
    /// 3: the members missing from the week miss the assembly too, and no other cue names them
    /// (as `voices` hears them).
    fn table(&self, w: &World) -> Table {
        let p = &w.params;
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
        Table { active, speakers, coherent, skip_absent }
    }

    /// How the debate goes: who speaks, how a proposal is put, a turn to the animateurs, side
    /// talk; from the competence and the dependency in the decision's sphere `sphere` and the
    /// willingness `m`.
    fn debate_cues(
        &self,
        w: &World,
        table: &Table,
        sphere: usize,
        m: f64,
        rng: &mut Draw,
        out: &mut ArrayVec<Cue, MAX_CUES>,
    ) {
        let p = &w.params;
        let c = self.group.competence[sphere];
        let dependency = self.group.dependency_of(p, sphere);
        let active = &table.active[..];
        let quiet = active.len() - table.speakers.len();
        // Who speaks: the quiet stay silent unless the group is willing and at ease.
        let silent = (quiet as f64 * (p.cue_silent_base - m - p.cue_silent_competence * c)
            + rng.noise(p.cue_noise) * p.cue_silent_spread)
            .round()
            .max(0.0) as u8;
        if silent >= 2 {
            push(out, Cue::Silent { quiet: silent.min(active.len() as u8) });
        } else if m + rng.noise(p.cue_noise) > p.cue_lively_commitment {
            push(out, Cue::Lively);
        }
        // A proposal and how it is put: from the competence in the decision's sphere.
        let speakers = if table.speakers.is_empty() { active } else { &table.speakers[..] };
        let member = pick(rng, speakers);
        let form = c + rng.noise(p.cue_noise) * p.cue_form_spread;
        push(
            out,
            if form < p.cue_off_topic_below {
                Cue::OffTopic { member }
            } else if form < p.cue_half_formed_below {
                Cue::HalfFormed { member }
            } else {
                Cue::WellArgued { member }
            },
        );
        // Turning to the animateurs: a group out of its depth, or used to being told (in this
        // sphere under model 5).
        if shows(rng, p, p.cue_asks * (1.0 - c) * (p.cue_asks_base + dependency)) {
            push(out, Cue::AsksAnimateurs { member: pick(rng, active) });
        }
        // Side talk: little willingness.
        if shows(rng, p, p.cue_side_talk * (1.0 - m) - p.cue_side_talk_floor) {
            push(out, Cue::SideTalk);
        }
    }

    /// Whether the question was prepared between meetings: from the readiness `r` in the
    /// decision's sphere, through noise (model 3).
    fn preparation_cue(&self, w: &World, table: &Table, r: f64, rng: &mut Draw, out: &mut ArrayVec<Cue, MAX_CUES>) {
        let p = &w.params;
        if p.cue_preparation <= 0.0 {
            return;
        }
        let seen = r + rng.noise(p.cue_preparation);
        if seen >= p.cue_prepared_above {
            // The member of most initiative at the table (the first of equals).
            let mut member = table.active[0];
            for &i in &table.active[..] {
                if w.members[i as usize].initiative > w.members[member as usize].initiative {
                    member = i;
                }
            }
            push(out, Cue::Prepared { member });
        } else if seen < p.cue_unprepared_below {
            push(out, Cue::Unprepared);
        }
    }

    /// What single members show: the most tired, two at odds, the absent, one at risk of
    /// leaving.
    fn member_cues(&self, w: &World, table: &Table, rng: &mut Draw, out: &mut ArrayVec<Cue, MAX_CUES>) {
        let p = &w.params;
        let active = &table.active[..];
        // Yawns and late arrivals: the most tired show it.
        let t = active
            .iter()
            .max_by(|&&a, &&b| self.members[a as usize].fatigue.total_cmp(&self.members[b as usize].fatigue))
            .map_or(active[0], |&i| i) as usize;
        if shows(rng, p, p.cue_tired * self.members[t].fatigue) {
            push(out, Cue::Tired { member: t as u8 });
        }
        // Two at odds: the latest quarrel, while conflict lasts (model 3: both at the table).
        if shows(rng, p, p.cue_at_odds * self.group.conflict) {
            let (a, b) = self.group.last_quarrel.unwrap_or_else(|| (pick(rng, active), pick(rng, active)));
            if a != b && (!table.coherent || (active.contains(&a) && active.contains(&b))) {
                push(out, Cue::AtOdds { a, b });
            }
        }
        // Someone missing (absent in the week just worked): model 3 names each one.
        if table.coherent {
            for (i, m) in self.members.iter().enumerate() {
                if m.active && m.absent && table.skip_absent {
                    push(out, Cue::Absent { member: i as u8 });
                }
            }
        } else if let Some(&i) = active.iter().find(|&&i| self.members[i as usize].absent) {
            push(out, Cue::Absent { member: i });
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
                push(out, Cue::AtRisk { member: i });
            }
        }
    }

    /// Under a rule with a part in equal shares, the member present who has worked most may say
    /// the rule pays them as those who work least, once at `cue_unfair_above` times the mean of
    /// the active members' minutes this summer (model 6: what `rule_fairness` wears). Draws
    /// nothing otherwise.
    fn unfair_cue(&self, w: &World, table: &Table, rng: &mut Draw, out: &mut ArrayVec<Cue, MAX_CUES>) {
        let p = &w.params;
        let equal = self.agreed_rule(w).map_or(0, |sp| sp.equal);
        let mean = self.mean_minutes_worked();
        if p.cue_unfair <= 0.0 || equal == 0 || mean <= 0.0 {
            return;
        }
        let most = table.active.iter().copied().max_by_key(|&i| self.members[i as usize].minutes);
        if let Some(i) = most
            && self.members[i as usize].minutes as f64 >= p.cue_unfair_above * mean
            && rng.chance(p.cue_unfair)
        {
            push(out, Cue::Unfair { member: i });
        }
    }

    /// A crisis shows in a cue of its own; the same cue, more rarely, in a group near it.
    fn crisis_cues(&self, w: &World, m: f64, rng: &mut Draw, out: &mut ArrayVec<Cue, MAX_CUES>) {
        let p = &w.params;
        if p.cue_crisis_shows > 0.0 {
            let cause = self.group.crisis;
            let signal =
                |on: bool, near: f64| if on { p.cue_crisis_shows } else { p.cue_crisis_false * near.clamp(0.0, 1.0) };
            if rng.chance(signal(cause == Some(CrisisCause::Conflict), self.group.conflict)) {
                push(out, Cue::Tension);
            }
            if rng.chance(signal(cause == Some(CrisisCause::Motivation), 1.0 - m)) {
                push(out, Cue::Despondent);
            }
            if cause == Some(CrisisCause::Cash) && rng.chance(p.cue_crisis_shows) {
                push(out, Cue::MoneyWorry);
            }
            if let Some(CrisisCause::Event(event)) = cause
                && rng.chance(p.cue_crisis_shows)
            {
                push(out, Cue::Aftermath { event });
            }
        }
    }

    /// The tone after the week: its quality and the crisis.
    fn tone_cue(&self, w: &World, m: f64, rng: &mut Draw, out: &mut ArrayVec<Cue, MAX_CUES>) {
        let p = &w.params;
        if let Some(last) = self.weeks.last() {
            let mood = last.quality - p.cue_tone_quality + (m - 0.5)
                - if self.in_crisis() { p.cue_tone_crisis } else { 0.0 }
                + rng.noise(p.cue_noise);
            if mood < -p.cue_gloomy_below {
                push(out, Cue::Gloomy);
            } else if mood > p.cue_upbeat_above {
                push(out, Cue::Upbeat);
            }
        }
    }
}
