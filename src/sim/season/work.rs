//! The week: who works, the jobs done by the cooperants the sharing rule sends.

use super::*;

impl Season {
    /// Market, work, accounts and group life of the current week.
    pub(super) fn run_week(&mut self, w: &World) {
        self.roll_call(w);
        let requests = self.requests(w);
        let week = self.work(w, requests);
        self.collect(w, self.week);
        self.word_of_mouth(w);
        self.group_life(w, &week);
        let minutes = week.done.iter().map(|d| d.minutes).sum();
        self.record_week(w, week.contracts, week.lost, minutes, week.quality);
    }

    /// Who works this week, and how many minutes each can give.
    pub(super) fn roll_call(&mut self, w: &World) {
        let p = &w.params;
        let wk = self.week;
        let factor = match self.coop.schedule {
            Schedule::Normal => 1.0,
            Schedule::Push => 1.0 + p.push_extra_hours,
            Schedule::Lighter => p.lighter_hours,
        };
        for i in 0..self.members.len() {
            let d = &w.members[i];
            let m = &self.members[i];
            if !m.active {
                continue;
            }
            let away = d.away & (1 << wk.min(31)) != 0;
            let absent = !away
                && self.rng.work.chance(
                    p.absence_chance
                        * (1.0 - d.reliability)
                        * (p.absence_motivation - m.motivation).max(0.0)
                        * p.absence_scale,
                );
            let m = &mut self.members.edit()[i];
            m.absent = away || absent;
            m.minutes_left = if m.absent { 0 } else { (d.availability * 60.0 * factor).round() as u32 };
            if absent {
                self.log(Ev::Absent { member: i as u8 });
            }
        }
    }

    /// The work: each request done by the cooperants the sharing rule sends, or turned away.
    pub(super) fn work(&mut self, w: &World, requests: Vec<Request>) -> WeekWork {
        let p = &w.params;
        let wk = self.week;
        // The work.
        let mut contracts = 0u32;
        let mut lost = 0u32;
        let mut quality_sum = 0.0;
        // Each member's week: minutes worked, quality × minutes, late at least once.
        let mut done: Vec<MemberWeek> = vec![MemberWeek::default(); self.members.len()];
        // Requests turned away for lack of hands, by (segment, service), journaled once a week.
        let mut no_hands: Vec<(u8, u8, u16)> = Vec::new();
        // Work organised by poor decisions is done worse.
        let organised = 1.0 - p.disorganisation_penalty * (1.0 - self.group.organisation);
        // A group competent at its work organises it well (who brings what, who starts where).
        let skilled = (1.0
            + p.work_competence_pays * (self.group.competence[Sphere::Work.index()] - p.competence_reference))
            .max(0.0);
        // The minutes the cooperants have left this week, all together (kept as they are taken).
        let mut free: u32 = self.members.iter().map(|m| m.minutes_left).sum();
        for Request { segment: g, service: sv, units, price } in requests {
            let s = &w.services[sv as usize];
            // The travel to the job takes time too (far apart in the countryside); it is not billed.
            let need = (s.unit_minutes * units as f64).round() as u32 + w.scenario.territory.travel_minutes as u32;
            if need == 0 || free < need {
                lost += 1;
                self.market.reputation = (self.market.reputation - p.decline_reputation_loss).max(0.0);
                match no_hands.iter_mut().find(|x| x.0 == g && x.1 == sv) {
                    Some(x) => x.2 = x.2.saturating_add(1),
                    None => no_hands.push((g, sv, 1)),
                }
                continue;
            }
            let mut left = need;
            let first = self.shares.len();
            let mut q_sum = 0.0;
            while left > 0 {
                let Some(i) = self.next_worker(w, s.skill) else {
                    break;
                };
                let take = self.members[i].minutes_left.min(left);
                self.members.edit()[i].minutes_left -= take;
                free -= take;
                left -= take;
                let d = &w.members[i];
                let m = &self.members[i];
                let late = self.rng.work.chance(p.lateness_chance * (1.0 - d.reliability));
                let mut q = (p.quality_base + p.quality_skill * m.skills[s.skill])
                    * organised
                    * skilled
                    * (1.0 - p.fatigue_quality_penalty * m.fatigue)
                    * ((1.0 - p.motivation_quality_weight) + p.motivation_quality_weight * m.motivation);
                if late {
                    q -= p.lateness_quality_penalty;
                    done[i].late = true;
                }
                q = (q + self.rng.work.noise(p.quality_noise)).clamp(0.0, 1.0);
                q_sum += q * take as f64;
                done[i].minutes += take;
                done[i].quality_minutes += q * take as f64;
                self.shares.push((i as u8, take));
                let m = &mut self.members.edit()[i];
                m.skills[s.skill] = (m.skills[s.skill] + p.skill_gain_per_job).min(1.0);
                m.trades |= 1 << s.skill;
            }
            let quality = q_sum / need as f64;
            quality_sum += quality;
            contracts += 1;
            if let Some(x) = self.served.get_mut(g as usize) {
                *x += 1;
            }
            let amount = times(price, units);
            let material = times(s.material, units);
            self.log(Ev::Contract { segment: g, service: sv, units, amount, quality: quality as f32 });
            self.tx(Account::Receivables, Account::Sales, amount, TxKind::Invoice, None);
            self.tx(Account::Materials, Account::Cash, material, TxKind::Material, None);
            let seg = &w.segments[g as usize];
            let r = self.rng.accounts.unit();
            let (due, mut unpaid) = if r < seg.on_time {
                (wk, false)
            } else if r < seg.on_time + seg.late {
                (wk + seg.delay, false)
            } else {
                (u8::MAX, true)
            };
            if quality < p.complaint_below {
                // A job badly done: the client complains, tells the neighbours, and may not pay.
                self.complaints += 1;
                self.market.reputation = (self.market.reputation - p.complaint_reputation_loss).max(0.0);
                let refuses = self.rng.accounts.chance(p.complaint_unpaid_chance);
                unpaid |= refuses;
                self.log(Ev::Complaint { segment: g, service: sv, unpaid: refuses });
            }
            let workers = (first as u32, (self.shares.len() - first) as u8);
            self.invoices.push(Invoice { amount, material, due, unpaid, settled: false, workers });
        }
        for (segment, service, count) in no_hands {
            self.log(Ev::Lost { segment, service, why: Lost::NoHands, count });
        }
        for (i, &MemberWeek { minutes: mins, quality_minutes: quality, late }) in done.iter().enumerate() {
            if mins > 0 {
                let q = quality / mins as f64;
                self.members.edit()[i].minutes += mins;
                self.log(Ev::Worked { member: i as u8, minutes: mins, quality: q as f32, late });
            }
        }
        let avg_quality = if contracts > 0 { quality_sum / contracts as f64 } else { 0.0 };
        if contracts > 0 {
            self.market.reputation += p.reputation_rate * (avg_quality - self.market.reputation);
            self.market.reputation = self.market.reputation.clamp(0.0, 1.0);
        }

        WeekWork { contracts, lost, quality: avg_quality, done }
    }

    /// The next cooperant to take a job, by the group's sharing rule.
    /// Nobody is chosen twice for one job: a member chosen either gives all the minutes left
    /// this week (and is no longer free) or finishes the job.
    pub(super) fn next_worker(&mut self, w: &World, skill: usize) -> Option<usize> {
        let free = |i: usize| self.members[i].active & (self.members[i].minutes_left > 0);
        let n = self.members.len();
        match self.coop.sharing {
            SharingRule::Rotation => {
                let start = self.coop.rotation as usize;
                let found = (0..n).map(|k| (start + k) % n).find(|&i| free(i));
                if let Some(i) = found {
                    self.coop.rotation = ((i + 1) % n) as u8;
                }
                found
            }
            // The most willing.
            SharingRule::Volunteers => first_best(n, free, |i| w.members[i].initiative * self.members[i].motivation),
            // The most skilled, as long as they are not worn out.
            SharingRule::BySkill => {
                first_best(n, free, |i| self.members[i].skills[skill] * (1.0 - 0.5 * self.members[i].fatigue))
            }
            // Those who worked least so far.
            SharingRule::LeastEarnedFirst => first_best(n, free, |i| -(self.members[i].minutes as f64)),
        }
    }
}

/// One member's week of work.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct MemberWeek {
    pub(super) minutes: u32,
    /// Quality × minutes, summed over the jobs.
    pub(super) quality_minutes: f64,
    /// Late at least once.
    pub(super) late: bool,
}

/// What a week of work gave.
pub(super) struct WeekWork {
    pub(super) contracts: u32,
    pub(super) lost: u32,
    /// Mean quality of the contracts done.
    pub(super) quality: f64,
    pub(super) done: Vec<MemberWeek>,
}

/// The first of `0..n` passing `ok` with the greatest key, by `f64::total_cmp` (the earliest
/// wins a tie).
pub(super) fn first_best(n: usize, ok: impl Fn(usize) -> bool, key: impl Fn(usize) -> f64) -> Option<usize> {
    let mut best: Option<(usize, f64)> = None;
    for i in (0..n).filter(|&i| ok(i)) {
        let k = key(i);
        if best.is_none_or(|(_, b)| k.total_cmp(&b).is_gt()) {
            best = Some((i, k));
        }
    }
    best.map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_worker_choice_keeps_the_order_of_a_sort_by_key_then_index() {
        // Keys with ties, zeros of both signs and members who cannot work.
        let keys: [f64; 8] = [0.5, 0.9, -0.0, 0.9, 0.0, 0.2, 0.9, 0.1];
        for mask in 0u32..256 {
            let ok = |i: usize| mask & (1 << i) != 0;
            let expected =
                (0..keys.len()).filter(|&i| ok(i)).max_by(|&a, &b| keys[a].total_cmp(&keys[b]).then(b.cmp(&a)));
            assert_eq!(first_best(keys.len(), ok, |i| keys[i]), expected, "mask {mask:08b}");
            let minutes = [30u32, 10, 10, 0, 45, 0, 60, 10];
            let expected =
                (0..minutes.len()).filter(|&i| ok(i)).min_by(|&a, &b| minutes[a].cmp(&minutes[b]).then(a.cmp(&b)));
            assert_eq!(first_best(minutes.len(), ok, |i| -(minutes[i] as f64)), expected, "mask {mask:08b}");
        }
    }
}
