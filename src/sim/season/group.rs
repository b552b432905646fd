//! Group life: fatigue, motivation, quarrels, departures, crises and the group's stage.

use super::*;

impl Season {
    pub(super) fn update_crisis(&mut self, w: &World) {
        let p = &w.params;
        // A group that lost heart, fell out or ran out of cash while the animateurs imposed most
        // of its decisions: the crisis is their doing, and more imposing would not mend it.
        self.group.crisis_imposed = self.group.imposed >= p.imposed_crisis_share;
        let cause = if let Some((e, _)) = self.group.event_crisis {
            Some(CrisisCause::Event(e))
        } else if self.group.conflict >= p.crisis_conflict {
            Some(CrisisCause::Conflict)
        } else if self.week > 0 && self.commitment() < p.crisis_motivation {
            Some(CrisisCause::Motivation)
        } else if self.ledger.cash() < Decimal::ZERO {
            Some(CrisisCause::Cash)
        } else {
            None
        };
        if cause.is_some() != self.group.crisis.is_some() || (cause.is_some() && cause != self.group.crisis) {
            // A group that lost heart or fell out after decisions were imposed on it: the crisis
            // is the animateurs' doing.
            self.group.crisis = cause;
            self.log(Ev::Crisis { on: cause.is_some(), cause });
        }
    }

    /// Group life after the week: fatigue, motivation, competence at work, quarrels, departures,
    /// crisis and stage; the week's work in the work sphere's Autonomy.
    pub(super) fn group_life(&mut self, w: &World, week: &WeekWork) {
        let p = &w.params;
        let wk = self.week;
        let (worked_sum, working) = self
            .members
            .iter()
            .zip(&week.done)
            .filter(|(m, _)| m.active && !m.absent)
            .fold((0.0, 0usize), |(s, n), (_, d)| (s + d.minutes as f64, n + 1));
        let mean_worked = if working > 0 { worked_sum / working as f64 } else { 0.0 };
        // What the active members have worked this summer, on average (the rule's fairness).
        let mean_summer = self.mean_minutes_worked();
        // The surplus rule agreed in June (model 3): what it promises each member.
        let plan = self.agreed_rule(w);
        let rule = plan.map(accounts::plan_parts);
        // Its part in equal shares, 0–1 (the rule's fairness).
        let equal = plan.map_or(0.0, |sp| f64::from(sp.equal) / 100.0);
        // Feeling able, or out of its depth (model 3): the same for every member.
        let able = p.competence_felt * (self.group.competence.iter().sum::<f64>() / 3.0 - p.competence_reference);
        for (i, m) in self.members.edit().iter_mut().enumerate() {
            if !m.active {
                continue;
            }
            let avail = w.members[i].availability.max(1.0) * 60.0;
            m.fatigue =
                (m.fatigue + p.fatigue_gain * week.done[i].minutes as f64 / avail - p.fatigue_recovery).clamp(0.0, 1.0);
            // Work done well and a fair load keep motivation; exhaustion and idleness wear it.
            let worked = week.done[i].minutes as f64 / avail;
            m.motivation += p.motivation_drift * (p.motivation_rest - m.motivation)
                + p.motivation_work * worked.min(1.0)
                - p.motivation_fatigue * m.fatigue
                - p.motivation_conflict * self.group.conflict
                + able;
            // Left idle while the others work: the share of the work is not fair.
            if !m.absent && mean_worked > 0.0 {
                m.motivation -= p.idle_motivation_loss * (1.0 - week.done[i].minutes as f64 / mean_worked).max(0.0);
            }
            if let Some(parts) = &rule {
                m.motivation += p.rule_felt * (accounts::served(parts, m) - 0.45);
                // Paid as much as those who work least, the most hard-working lose heart.
                if mean_summer > 0.0 {
                    m.motivation -= p.rule_fairness * equal * (m.minutes as f64 / mean_summer - 1.0).max(0.0);
                }
            }
            m.motivation = m.motivation.clamp(0.0, 1.0);
        }
        let work = Sphere::Work.index();
        self.group.competence[work] =
            (self.group.competence[work] + p.competence_gain_week * (0.5 + week.quality) * p.learning).min(1.0);
        // Conflicts.
        let fatigue = self.avg(|m| m.fatigue);
        let frustration = 1.0 - self.commitment();
        // A group at ease in its meetings settles its quarrels sooner.
        let calm = 1.0
            - p.associative_competence_pays
                * (self.group.competence[Sphere::Associative.index()] - p.competence_reference);
        self.group.conflict *= p.conflict_persistence * calm.clamp(0.0, 1.0);
        if self.rng.agents.chance(p.conflict_chance * (1.0 + 2.0 * fatigue + frustration)) {
            let active: Vec<usize> = (0..self.members.len()).filter(|&i| self.members[i].active).collect();
            if active.len() >= 2 {
                let a = active[self.rng.agents.between(0, active.len() as u32 - 1) as usize];
                let mut b = active[self.rng.agents.between(0, active.len() as u32 - 1) as usize];
                if a == b {
                    b = active[(active.iter().position(|&x| x == a).unwrap_or(0) + 1) % active.len()];
                }
                let so = (w.members[a].sociability + w.members[b].sociability) / 2.0;
                self.group.conflict =
                    (self.group.conflict + p.conflict_base + p.conflict_unsociable * (1.0 - so)).min(1.0);
                for x in [a, b] {
                    let m = &mut self.members.edit()[x];
                    m.motivation = (m.motivation - p.quarrel_motivation_loss).max(0.0);
                }
                self.group.last_quarrel = Some((a as u8, b as u8));
                self.log(Ev::Conflict { a: a as u8, b: b as u8 });
            }
        }
        // Who gives up.
        for i in 0..self.members.len() {
            if self.members[i].active && self.members[i].motivation < p.quit_motivation && self.active_members() > 3 {
                self.members.edit()[i].active = false;
                self.log(Ev::Left { member: i as u8 });
            }
        }
        self.update_crisis(w);
        let stage = if wk >= w.weeks {
            Stage::Adjourning
        } else if self.group.conflict >= p.storming_conflict || (self.in_crisis() && wk <= w.weeks / 2) {
            Stage::Storming
        } else if self.readiness() >= w.params.need_facilitation_below {
            Stage::Performing
        } else if wk >= 2 {
            Stage::Norming
        } else {
            Stage::Forming
        };
        if stage != self.group.stage {
            self.group.stage = stage;
            self.log(Ev::StageChanged { stage });
        }
        if week.contracts > 0 {
            self.score(scoring::week_evidence(week.quality, p), Cause::Week(wk));
        }
        self.log(Ev::WeekClosed {
            reputation: self.market.reputation as f32,
            motivation: self.commitment() as f32,
            fatigue: fatigue as f32,
            readiness: self.readiness() as f32,
            conflict: self.group.conflict as f32,
        });
    }
}
