//! The accounts: invoices paid as they come in, the week's record, the closing and the
//! surplus split.

use super::*;

impl Season {
    /// After the surplus is split: each member is more or less content with the plan as it
    /// serves what they care for; a gift to a local cause is noticed.
    pub(super) fn after_the_split(&mut self, w: &World, plan: u8) {
        let p = &w.params;
        let Some(sp) = w.surplus_plans.get(plan as usize) else { return };
        let parts = plan_parts(sp);
        for m in self.members.edit().iter_mut().filter(|m| m.active) {
            m.motivation = (m.motivation + p.surplus_motivation * (served(&parts, m) - 0.45)).clamp(0.0, 1.0);
        }
        self.market.reputation =
            (self.market.reputation + p.surplus_donation_reputation * sp.donation as f64 / 100.0).clamp(0.0, 1.0);
        if self.coop.objective_aims != 0 {
            let aligned: f64 = parts
                .iter()
                .filter(|(_, a)| self.coop.objective_aims & aim(*a) != 0)
                .map(|(share, _)| *share as f64 / 100.0)
                .sum();
            let e = scoring::surplus_evidence(aligned, p);
            self.score(e, Cause::Decision(self.decisions.saturating_sub(1)));
        }
    }

    /// The closing split breaks the rule agreed in June: every member trusts the group less,
    /// and those the rule served better than the split lose heart (journaled with the rule).
    pub(super) fn break_the_rule(&mut self, w: &World, agreed: u8, chosen: u8) {
        let p = &w.params;
        let (Some(a), Some(c)) = (w.surplus_plans.get(agreed as usize), w.surplus_plans.get(chosen as usize)) else {
            return;
        };
        let (a, c) = (plan_parts(a), plan_parts(c));
        for m in self.members.edit().iter_mut().filter(|m| m.active) {
            let lost = (served(&a, m) - served(&c, m)).max(0.0);
            m.motivation = (m.motivation - p.rule_broken_motivation * lost).clamp(0.0, 1.0);
            m.trust = (m.trust - p.rule_broken_trust).clamp(0.0, 1.0);
        }
        self.log(Ev::RuleBroken { plan: agreed });
    }

    /// Invoices due by `week` are paid (or found unpaid); pay goes out as they come in.
    pub(super) fn collect(&mut self, w: &World, week: u8) {
        // The open invoices that are due, paid in order (paying one changes no other).
        for k in self.invoices_open_from..self.invoices.len() {
            let inv = &self.invoices[k];
            if !inv.settled && !inv.unpaid && inv.due <= week {
                self.pay(w, k);
            }
        }
        while self.invoices.get(self.invoices_open_from).is_some_and(|i| i.settled || i.unpaid) {
            self.invoices_open_from += 1;
        }
    }

    /// An invoice paid: the cash comes in, and the pay of those who did the job goes out.
    fn pay(&mut self, w: &World, k: usize) {
        let inv = &self.invoices[k];
        let (amount, material, (start, len)) = (inv.amount, inv.material, inv.workers);
        self.invoices[k].settled = true;
        self.tx(Account::Cash, Account::Receivables, amount, TxKind::Payment, None);
        if let Some(share) = w.coop_share {
            let net = ((amount - material).max(Decimal::ZERO) * (Decimal::ONE - share)).round_dp(2);
            let workers = start as usize..start as usize + len as usize;
            let weights: Vec<u64> = self.shares[workers.clone()].iter().map(|x| x.1 as u64).collect();
            for (part, k) in split(net, &weights).into_iter().zip(workers) {
                let m = self.shares[k].0;
                self.members.edit()[m as usize].paid += part;
                self.tx(Account::Wages, Account::Cash, part, TxKind::WeeklyPay, Some(m));
            }
        }
    }

    pub(super) fn record_week(&mut self, w: &World, contracts: u32, lost: u32, minutes: u32, quality: f64) {
        let s = &self.scores;
        self.weeks.push(WeekRecord {
            week: self.week,
            v: s.vision(),
            s: s.support(),
            a: s.autonomy(),
            spheres: [s.sphere(Sphere::Business), s.sphere(Sphere::Associative), s.sphere(Sphere::Work)],
            pec: s.pec(w.scenario.pec_weights),
            sales: self.ledger.sales(),
            costs: self.ledger.costs(),
            cash: self.ledger.cash(),
            contracts,
            lost,
            minutes,
            quality,
            reputation: self.market.reputation,
            motivation: self.commitment(),
            readiness: self.readiness(),
            crisis: self.in_crisis(),
        });
    }

    /// The closing: late invoices come in, unpaid ones are written off, the fund is repaid, and
    /// the surplus is split by the plan the assembly chose, to the cent.
    pub(super) fn close_books(&mut self, w: &World, plan: u8) {
        for k in 0..self.invoices.len() {
            if !self.invoices[k].settled && !self.invoices[k].unpaid {
                self.invoices[k].due = self.week;
            }
        }
        self.collect(w, self.week);
        let unpaid: Decimal = self.invoices.iter().filter(|i| i.unpaid && !i.settled).map(|i| i.amount).sum();
        for i in self.invoices.iter_mut().filter(|i| i.unpaid) {
            i.settled = true;
        }
        self.tx(Account::BadDebts, Account::Receivables, unpaid, TxKind::WriteOff, None);
        let owed = -self.ledger.balance(Account::Fund);
        let repay = owed.min(self.ledger.cash().max(Decimal::ZERO));
        self.tx(Account::Fund, Account::Cash, repay, TxKind::FundRepaid, None);
        let surplus = self.ledger.cash().max(Decimal::ZERO);
        let sp = &w.surplus_plans[plan as usize];
        let parts = split(
            surplus,
            &[sp.by_hours as u64, sp.equal as u64, sp.reserve as u64, sp.donation as u64, sp.activity as u64],
        );
        // Members by hours: everyone who worked, even those who left.
        let hours: Vec<u64> = self.members.iter().map(|m| m.minutes as u64).collect();
        let by_hours = split(parts[0], &hours);
        // Equal shares: those still in the coop at the end.
        let equal_w: Vec<u64> = self.members.iter().map(|m| m.active as u64).collect();
        let equal = split(parts[1], &equal_w);
        for i in 0..self.members.len() {
            let amount = by_hours.get(i).copied().unwrap_or_default() + equal.get(i).copied().unwrap_or_default();
            if !amount.is_zero() {
                self.members.edit()[i].surplus += amount;
                self.tx(Account::SurplusMembers, Account::Cash, amount, TxKind::SurplusMembers, Some(i as u8));
            }
        }
        // With no member to pay, their part stays as reserve.
        let undistributed = parts[0] + parts[1] - by_hours.iter().sum::<Decimal>() - equal.iter().sum::<Decimal>();
        self.tx(Account::SurplusReserve, Account::Cash, parts[2] + undistributed, TxKind::SurplusReserve, None);
        self.tx(Account::SurplusDonation, Account::Cash, parts[3], TxKind::SurplusDonation, None);
        self.tx(Account::SurplusActivity, Account::Cash, parts[4], TxKind::SurplusActivity, None);
    }

    /// The surplus allocated at the closing (members, reserve, donation, activity).
    pub fn surplus(&self) -> Decimal {
        self.ledger.balance(Account::SurplusMembers)
            + self.ledger.balance(Account::SurplusReserve)
            + self.ledger.balance(Account::SurplusDonation)
            + self.ledger.balance(Account::SurplusActivity)
    }
}

/// A surplus plan's shares, each with the aim it serves.
pub(super) fn plan_parts(sp: &crate::scenario::SurplusPlan) -> [(u8, Aim); 5] {
    [
        (sp.by_hours, Aim::Income),
        (sp.equal, Aim::Solidarity),
        (sp.reserve, Aim::Continuity),
        (sp.donation, Aim::Community),
        (sp.activity, Aim::Fun),
    ]
}

/// How well a plan serves a member's aims, 0–1.
pub(super) fn served(parts: &[(u8, Aim); 5], m: &Member) -> f64 {
    parts.iter().map(|&(share, a)| share as f64 / 100.0 * m.aims[a as usize]).sum()
}
