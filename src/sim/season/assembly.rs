//! An assembly decision: the debate, what the group answers to the animateurs' posture, what
//! the chosen option changes, and the evidence it gives.

use super::*;

impl Season {
    /// The active members as the debate hears them (at most `MAX_VOICES`, as validation allows).
    pub(super) fn voices(&self, w: &World, voices: &mut ArrayVec<Voice, MAX_VOICES>) {
        // Members are at most 30 (validated): one bit each.
        let comite = self.coop.comites.iter().fold(0u64, |m, &c| m | 1u64.checked_shl(c as u32).unwrap_or(0));
        voices.clear();
        // Members missing from the week miss its assembly (model 3), unless that leaves fewer
        // than two voices.
        let present = self.members.iter().filter(|m| m.active && !m.absent).count();
        let skip_absent = w.params.coherent_cues > 0.5 && present >= 2;
        for (i, (m, d)) in self.members.iter().zip(&w.members).enumerate() {
            if !m.active || (skip_absent && m.absent) {
                continue;
            }
            let voice = Voice {
                member: i as u8,
                assertiveness: d.assertiveness,
                initiative: d.initiative,
                sociability: d.sociability,
                trust: m.trust,
                on_comite: comite & 1u64.checked_shl(i as u32).unwrap_or(0) != 0,
                aims: m.aims,
            };
            if voices.try_push(voice).is_err() {
                break;
            }
        }
    }

    /// The debate, the decision, its effects and its scores.
    pub(super) fn settle(&mut self, w: &World, item: &Item, input: &Input) {
        let p = &w.params;
        let d = item.id;
        self.decisions += 1;
        let need = self.need_in(w, item.sphere);
        let crisis = self.in_crisis();
        let sp = item.sphere.index();
        let competence = self.group.competence[sp];
        let dependency = self.group.dependency_of(p, sp);
        let readiness = self.readiness_in(item.sphere) as f32;
        self.log(Ev::Opened { d, kind: item.kind, need, readiness, crisis });
        let mut draw = self.rng.cues.clone();
        let cues = self.cues_for(w, item, &mut draw);
        self.rng.cues = draw;
        for cue in cues {
            self.log(Ev::Cue { d, cue });
        }
        if let Some(read) = input.reading {
            let was = self.reading_in(w, item.sphere);
            self.log(Ev::Reading { d, read, was });
        }
        self.log(Ev::Posture { d, posture: input.posture, option: input.option });
        let mut voices = ArrayVec::new();
        self.voices(w, &mut voices);
        let debate = Debate {
            voices: &voices,
            competence,
            dependency,
            procedure: self.coop.procedure,
            misconception: p.misconception * (1.0 - competence),
            params: p,
        };
        let out = decision::settle(item, input, &debate, &mut self.rng.agents);
        // Logged in one go each (a summer's debates make about half its journal).
        let week = self.week;
        let entry = |ev| Entry { week, ev };
        self.journal.extend(out.proposals.iter().map(|&(member, option)| entry(Ev::Proposal { d, member, option })));
        self.journal.extend(
            out.arguments
                .iter()
                .map(|&(member, option, a)| entry(Ev::Argument { d, member, option, aim: (a != 255).then_some(a) })),
        );
        self.journal.extend(out.votes.iter().map(|&(member, option)| entry(Ev::Vote { d, member, option })));
        let by = out.by.unwrap_or(Decider::Group);
        let votes_for = out.votes.iter().filter(|v| v.1 == out.option).count() as u8;
        self.log(Ev::Decided {
            d,
            option: out.option,
            by,
            procedure: out.procedure,
            votes_for,
            voters: out.votes.len() as u8,
            rounds: out.rounds,
        });
        self.by[by as usize] += 1;
        let quality = item.quality(out.option);
        // The group fell for its misconception: it adopted the option a novice is drawn to, when
        // a better one was on the table.
        if let Some((o, belief)) = item.misconception().filter(|_| p.misconception > 0.0)
            && by != Decider::Animateurs
            && o == out.option
            && quality < 1.0
        {
            self.log(Ev::Misled { d, belief });
        }
        self.answer(w, item, input, &out, &voices, quality);

        let consistent =
            self.coop.objective_aims != 0 && item.options[out.option as usize].aims & self.coop.objective_aims != 0;
        let facts = DecisionFacts {
            capacity: competence * (1.0 - dependency),
            kind: item.kind,
            sphere: item.sphere,
            posture: input.posture,
            option: input.option,
            put: input.option.map_or(quality, |o| item.quality(o)),
            adopted: out.option,
            by,
            need,
            crisis,
            quality,
            agreement: out.final_agreement,
            heard: out.heard,
            own_proposal: out.own_proposal,
            consistent,
        };
        if item.kind == Kind::Review {
            self.review(w, d);
        }
        self.apply(w, item, &out);
        for e in scoring::decision_evidence(&facts, p) {
            self.score(e, Cause::Decision(d));
        }
        self.update_crisis(w);
    }

    /// How the group answers the animateurs' posture and its own decision: what it learns, how
    /// used it gets to being told, its motivation, trust and quarrels. These are the model's
    /// consequences of help that fits, too little help and too much (see `docs/pec-model.md`).
    pub(super) fn answer(
        &mut self,
        w: &World,
        item: &Item,
        input: &Input,
        out: &decision::Outcome,
        voices: &[Voice],
        q: f64,
    ) {
        let c = self.group.competence[item.sphere.index()];
        let decided_for = out.by == Some(Decider::Animateurs);
        self.learn(w, item, input.posture, decided_for, q);
        if decided_for {
            self.resent(w, c);
        } else {
            self.debated(w, input, out, voices, q, c);
        }
    }

    /// What a decision teaches the group, in the decision's sphere, and how it leaves its habits:
    /// competence, dependency on the animateurs, the habit of being decided for, organisation.
    fn learn(&mut self, w: &World, item: &Item, posture: Posture, decided_for: bool, q: f64) {
        let p = &w.params;
        let sp = item.sphere.index();
        let c = self.group.competence[sp];
        let g = &mut self.group;

        // Learning by practice, in the decision's sphere: more from decisions carried through well,
        // less for a group used to being told.
        // Each posture teaches most where it fits the group's competence (a zone of proximal
        // development): a suggestion a novice group, a facilitated debate a middling one,
        // deciding alone an able one.
        let zone = |best: f64| {
            let x = (c - best) / p.learn_zone_width;
            (1.0 - p.zone_of_learning) + p.zone_of_learning * libm::exp(-x * x)
        };
        let gain = match posture {
            Posture::Decide => 0.0,
            Posture::Suggest => p.competence_gain_suggested * zone(p.learn_best_suggested),
            Posture::Facilitate => p.competence_gain_facilitated * zone(p.learn_best_facilitated),
            Posture::StepBack => p.competence_gain_alone * zone(p.learn_best_alone),
        };
        let kept = (p.learning_quality_floor + (1.0 - p.learning_quality_floor) * q)
            * (1.0 - p.dependency_learning * g.dependency_of(p, sp));
        g.competence[sp] = (g.competence[sp] + gain * kept * p.learning).min(1.0);
        // Dependency: grows when the animateurs decide or suggest, fades when the group settles
        // questions on its own.
        // Being told what it could already do makes a group dependent; a novice group told
        // what it could not do hardly so.
        let able = (1.0 - p.dependency_when_able) + p.dependency_when_able * (c / p.resentment_competence).min(2.0);
        let dep = match posture {
            Posture::Decide => p.dependency_decide * able,
            Posture::Suggest => p.dependency_suggest * able,
            Posture::Facilitate => -p.dependency_relief / 2.0,
            Posture::StepBack => -p.dependency_relief,
        };
        g.dependency = (g.dependency + dep).clamp(0.0, 1.0);
        g.dependency_in[sp] = (g.dependency_in[sp] + dep).clamp(0.0, 1.0);
        g.imposed = (1.0 - p.imposed_rate) * g.imposed + p.imposed_rate * if decided_for { 1.0 } else { 0.0 };
        if matches!(item.kind, Kind::Sharing | Kind::Schedule) {
            g.organisation += p.organisation_rate * (q - g.organisation);
        }
    }

    /// Decided for: a competent group resents it.
    fn resent(&mut self, w: &World, c: f64) {
        let p = &w.params;
        // A competent group resents being decided for (the most committed most); a lost one
        // hardly minds.
        let resent = (c / p.resentment_competence).min(2.0);
        for (m, d) in self.members.edit().iter_mut().zip(&w.members).filter(|(m, _)| m.active) {
            m.motivation = (m.motivation
                - p.decided_for_motivation_loss * (0.5 + d.initiative) * resent
                - p.overhelp_motivation_loss * d.initiative * c * c)
                .max(0.0);
            m.trust = (m.trust - p.decided_for_trust_loss * c).max(0.0);
        }
    }

    /// The group debated and decided: quarrels, the overruled and the unheard, heart and trust.
    fn debated(&mut self, w: &World, input: &Input, out: &decision::Outcome, voices: &[Voice], q: f64, c: f64) {
        let p = &w.params;
        let facilitated = input.posture == Posture::Facilitate;
        let suggested = input.posture == Posture::Suggest;
        let floor_opened = facilitated || (suggested && decision::hears_when_coached(p));
        let divided = 1.0 - out.final_agreement;
        // A debate whose every voice is heard (facilitated, or coached when coaching hears the
        // group) quarrels less.
        let damp = if floor_opened { p.facilitated_conflict_share } else { 1.0 };
        self.group.conflict = (self.group.conflict + p.debate_conflict * divided * (1.0 - c) * damp).min(1.0);
        for m in out.overruled.iter() {
            let mm = &mut self.members.edit()[*m as usize];
            mm.motivation = (mm.motivation - p.overruled_motivation_loss).max(0.0);
        }
        if !floor_opened && c < p.open_floor_competence {
            // The quiet who could not get a word in, in a debate nobody opened to them (a
            // player's seat always speaks).
            for v in voices.iter().filter(|v| v.assertiveness < p.quiet_threshold) {
                if !input.votes.iter().any(|x| x.0 == v.member) {
                    let mm = &mut self.members.edit()[v.member as usize];
                    mm.motivation = (mm.motivation - p.unheard_motivation_loss * (1.0 - c)).max(0.0);
                }
            }
        }
        // A group out of its depth that lands on a poor option loses heart.
        let struggle = p.struggle_motivation_loss
            * (1.0 - q)
            * (1.0 - c)
            * if input.posture == Posture::StepBack { 1.0 } else { p.facilitated_struggle_share };
        // A suggestion the group turned down wears its trust in the animateurs.
        let rejected = suggested && input.option != Some(out.option);
        for (m, d) in self.members.edit().iter_mut().zip(&w.members).filter(|(m, _)| m.active) {
            m.motivation -= struggle;
            if suggested && d.initiative >= p.proposal_initiative {
                // The most committed feel the animateurs do not trust the group with it.
                m.motivation -= p.helped_initiative_loss * c;
            }
            // Over-structure: the capable lose heart first (a little when the debate is led).
            if suggested {
                m.motivation -= p.overhelp_motivation_loss * d.initiative * c * c;
            } else if facilitated {
                m.motivation -= p.overhelp_motivation_loss * p.overhelp_facilitated_share * d.initiative * c * c;
            }
            if rejected {
                m.trust -= p.rejected_suggestion_trust;
            }
            m.motivation = m.motivation.clamp(0.0, 1.0);
            // Trust follows the help: a good suggestion earns it, being left alone to fail wears it.
            m.trust += match input.posture {
                Posture::Suggest => p.trust_suggestion * (q - 0.5),
                Posture::StepBack => -p.trust_left_alone * (1.0 - q) * (1.0 - c),
                _ => p.trust_facilitated,
            };
            m.trust = m.trust.clamp(0.0, 1.0);
        }
        if out.own_proposal {
            for &(m, o) in &out.proposals {
                if o == out.option {
                    let mm = &mut self.members.edit()[m as usize];
                    mm.motivation = (mm.motivation + p.own_proposal_motivation).min(1.0);
                }
            }
        }
        if floor_opened {
            for v in voices.iter().filter(|v| v.assertiveness < p.quiet_threshold) {
                let mm = &mut self.members.edit()[v.member as usize];
                mm.motivation = (mm.motivation + p.facilitated_quiet_motivation).min(1.0);
            }
            self.group.conflict = (self.group.conflict * (1.0 - p.facilitated_calm)).max(0.0);
        }
    }

    /// What the chosen option changes.
    pub(super) fn apply(&mut self, w: &World, item: &Item, out: &decision::Outcome) {
        let opt = item.options[out.option as usize];
        match opt.choice {
            Choice::Name(i) => self.coop.name = Some(i),
            Choice::Procedure(pr) => self.coop.procedure = pr,
            Choice::Candidate(c) => {
                // The board: the elected and the two next in votes; the comités: the board and
                // the most committed volunteers.
                let mut tally: Vec<(u32, u8)> = item
                    .options
                    .iter()
                    .enumerate()
                    .map(|(k, o)| {
                        (
                            out.votes.iter().filter(|v| v.1 as usize == k).count() as u32,
                            if let Choice::Candidate(m) = o.choice { m } else { 0 },
                        )
                    })
                    .collect();
                tally.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
                let mut board = vec![c];
                board.extend(tally.iter().map(|t| t.1).filter(|&m| m != c).take(2));
                let mut comites = board.clone();
                let mut rest: Vec<(u8, f64)> = w
                    .members
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| !board.contains(&(*i as u8)) && self.members[*i].active)
                    .map(|(i, m)| (i as u8, m.initiative + m.reliability))
                    .collect();
                rest.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
                comites.extend(rest.iter().take(3).map(|r| r.0));
                comites.sort();
                self.coop.board = board;
                self.coop.comites = comites;
            }
            Choice::Objective(o) => {
                self.coop.objectives.push(o);
                self.coop.objective_aims |= w.objective_aims[o as usize];
                // The second objective is chosen among those left.
                if self.coop.objectives.len() < 2 && w.objective_aims.len() > 1 {
                    self.push(w, Kind::Objective);
                    let second = self.agenda.pop().expect("just pushed");
                    self.agenda.insert(0, second);
                    for (k, it) in self.agenda.iter_mut().enumerate() {
                        it.id = self.decisions + k as u16;
                    }
                }
            }
            Choice::Price(l) => self.coop.price_pct = l,
            Choice::Sharing(r) => self.coop.sharing = r,
            Choice::Promotion(l) => {
                self.coop.promotion = l;
                let cost = match l {
                    1 => w.scenario.promotion.flyers_cost.0,
                    2 => w.scenario.promotion.press_cost.0,
                    _ => Decimal::ZERO,
                };
                self.tx(Account::Promotion, Account::Cash, cost, TxKind::Promotion, None);
            }
            Choice::Schedule(s) => self.coop.schedule = s,
            Choice::EventChoice(c) => {
                let Kind::Event(e) = item.kind else { return };
                for f in &w.events[e as usize].choices[c as usize].1 {
                    self.effect(e, f);
                }
            }
            // Agreed at the opening assembly: the rule the summer lives by.
            Choice::Plan(pl) if !self.closing => self.coop.rule = Some(pl),
            Choice::Plan(pl) => {
                if let Some(agreed) = self.coop.rule.filter(|&r| r != pl) {
                    self.break_the_rule(w, agreed, pl);
                }
                self.coop.plan = Some(pl);
                self.close_books(w, pl);
                self.after_the_split(w, pl);
                self.judge_objectives(w);
            }
            Choice::AdjustTargets(lower) => {
                if lower {
                    for &o in &self.coop.objectives.clone() {
                        if !self.on_track(w, o) {
                            self.coop.lowered |= 1 << o.min(15);
                        }
                    }
                    self.log(Ev::TargetsAdjusted);
                }
            }
        }
    }

    pub(super) fn effect(&mut self, event: u16, f: &Fx) {
        let wk = self.week;
        let active = |s: &mut Self, g: &dyn Fn(&mut Member)| {
            for m in s.members.edit().iter_mut().filter(|m| m.active) {
                g(m);
            }
        };
        match *f {
            Fx::Cash(d) => {
                if d > Decimal::ZERO {
                    self.tx(Account::Cash, Account::Grants, d, TxKind::EventCash, None);
                } else {
                    self.tx(Account::OtherCosts, Account::Cash, -d, TxKind::EventCash, None);
                }
            }
            Fx::Reputation(v) => self.market.reputation = (self.market.reputation + v).clamp(0.0, 1.0),
            Fx::Motivation(v) => active(self, &|m| m.motivation = (m.motivation + v).clamp(0.0, 1.0)),
            Fx::Cohesion(v) => self.group.conflict = (self.group.conflict - v).clamp(0.0, 1.0),
            Fx::Fatigue(v) => active(self, &|m| m.fatigue = (m.fatigue + v).clamp(0.0, 1.0)),
            Fx::Trust(v) => active(self, &|m| m.trust = (m.trust + v).clamp(0.0, 1.0)),
            Fx::Demand { segment, factor, weeks } => {
                self.market.demand.push((segment as u8, factor.max(0.0), wk + weeks - 1))
            }
            Fx::Competitor { share, weeks } => {
                self.market.competitor = share;
                self.market.competitor_until = wk + weeks - 1;
            }
            Fx::Unavailable { service, weeks } => self.market.unavailable.push((service as u8, wk + weeks - 1)),
            Fx::Contract { service, segment, units, price } => {
                self.market.extra.push((service as u8, segment as u8, units, price))
            }
            Fx::Leaves(m) => {
                if self.members[m].active && self.active_members() > 2 {
                    self.members.edit()[m].active = false;
                    self.log(Ev::Left { member: m as u8 });
                }
            }
            Fx::Resolve => {
                if self.group.event_crisis.is_some_and(|(e, _)| e == event) {
                    self.group.event_crisis = None;
                }
            }
        }
    }
}
