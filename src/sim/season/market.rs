//! The market: the demand of each client segment for each service, the requests of a week,
//! and the estimates that judge prices and promotion.

use super::*;

impl Season {
    /// Whether a service can be sold this week (a broken tool...).
    pub(super) fn service_open(&self, service: usize) -> bool {
        !self.market.unavailable.iter().any(|&(s, until)| s as usize == service && until >= self.week.max(1))
    }

    /// Expected contracts in the coming week of one segment for each of its services (when the
    /// service is open: see `service_open`).
    pub(super) fn segment_lambda(&self, w: &World, seg: usize, pct: i8, promotion: u8, outreach: f64) -> f64 {
        self.segment_demand(w, seg, outreach).lambda(w, seg, pct, promotion)
    }

    /// The team's own canvassing, as it moves demand: its commitment and its numbers (worked
    /// out once for all the segments of a week or an estimate).
    pub(super) fn outreach(&self, w: &World) -> f64 {
        let present = self.active_members() as f64 / self.members.len().max(1) as f64;
        (1.0 + w.params.prospecting_weight * (self.commitment() * present - 0.5)).max(0.1)
    }

    /// What moves one segment's demand this week besides price and promotion.
    pub(super) fn segment_demand(&self, w: &World, seg: usize, outreach: f64) -> SegmentDemand {
        let p = &w.params;
        let g = &w.segments[seg];
        SegmentDemand {
            base: g.base * p.demand_scale * g.season_factor(self.week.max(1)) / g.services.len().max(1) as f64,
            reputation: (1.0 + p.reputation_weight * (self.market.reputation - 0.5)).max(0.1),
            competitor: 1.0 - if self.market.competitor_until >= self.week { self.market.competitor } else { 0.0 },
            outreach,
            // The group's competence in business life: quotes sent, clients followed up.
            competence: (1.0
                + p.business_competence_pays
                    * (self.group.competence[Sphere::Business.index()] - p.competence_reference))
                .max(0.1),
            events: self
                .market
                .demand
                .iter()
                .filter(|&&(s, _, until)| s as usize == seg && until >= self.week)
                .map(|&(_, f, _)| f)
                .product(),
        }
    }

    pub(super) fn mean_minutes(&self, w: &World, service: usize) -> f64 {
        w.services[service].mean_minutes
    }

    pub(super) fn demand_minutes(&self, w: &World, pct: i8, promotion: u8) -> f64 {
        let outreach = self.outreach(w);
        let mut total = 0.0;
        for (g, seg) in w.segments.iter().enumerate() {
            let l = self.segment_lambda(w, g, pct, promotion, outreach);
            for &sv in &seg.services {
                total += if self.service_open(sv) { l } else { 0.0 } * self.mean_minutes(w, sv);
            }
        }
        total
    }

    pub(super) fn capacity_minutes(&self, w: &World, factor: f64) -> f64 {
        self.members
            .iter()
            .zip(&w.members)
            .filter(|(m, _)| m.active)
            .map(|(_, d)| d.availability * 60.0 * factor * w.params.capacity_usable)
            .sum()
    }

    /// Expected sales over `weeks` at a price level and promotion, limited by the team's hands.
    pub(super) fn expected_sales(&self, w: &World, pct: i8, promotion: u8, weeks: f64) -> f64 {
        self.expected_sales_of(w, [(pct, promotion)], weeks)[0]
    }

    /// `expected_sales` for several (price level, promotion) at once: what does not depend on
    /// them is worked out once.
    pub(super) fn expected_sales_of<const N: usize>(&self, w: &World, cases: [(i8, u8); N], weeks: f64) -> [f64; N] {
        let outreach = self.outreach(w);
        let mut minutes = [0.0; N];
        let mut value = [0.0; N];
        for (g, seg) in w.segments.iter().enumerate() {
            let demand = self.segment_demand(w, g, outreach);
            let lambdas = cases.map(|(pct, promotion)| demand.lambda(w, g, pct, promotion));
            for &sv in &seg.services {
                let open = self.service_open(sv);
                let s = &w.services[sv];
                let units = (s.units.0 as f64 + s.units.1 as f64) / 2.0;
                for (k, &(pct, _)) in cases.iter().enumerate() {
                    let l = if open { lambdas[k] } else { 0.0 };
                    minutes[k] += l * self.mean_minutes(w, sv);
                    value[k] += l * units * (s.reference_f * (1.0 + pct as f64 / 100.0) - s.material_f);
                }
            }
        }
        let cap = self.capacity_minutes(w, 1.0);
        std::array::from_fn(|k| {
            let served = if minutes[k] > cap && minutes[k] > 0.0 { cap / minutes[k] } else { 1.0 };
            value[k] * served * weeks
        })
    }

    pub(super) fn typical_week_sales(&self, w: &World) -> f64 {
        self.expected_sales(w, self.coop.price_pct, 0, 1.0).max(1.0)
    }

    /// The market: the clients' requests of each segment for each service this week.
    pub(super) fn requests(&mut self, w: &World) -> Vec<Request> {
        // The market: requests of each segment for each service.
        let mut requests: Vec<Request> = Vec::with_capacity(32);
        let outreach = self.outreach(w);
        for (g, seg) in w.segments.iter().enumerate() {
            // One mean for all the segment's services (the exponentials computed once).
            let open = Mean::new(self.segment_lambda(w, g, self.coop.price_pct, self.coop.promotion, outreach));
            for &sv in &seg.services {
                let unavailable = !self.service_open(sv);
                let n = if unavailable {
                    self.rng.market.poisson(self.lambda_plain(w, g))
                } else {
                    self.rng.market.poisson_of(&open)
                };
                let s = &w.services[sv];
                let (mut unavailable_n, mut rain_n) = (0u16, 0u16);
                for _ in 0..n {
                    let units = self.rng.market.between(s.units.0 as u32, s.units.1 as u32) as u16;
                    if unavailable {
                        unavailable_n = unavailable_n.saturating_add(1);
                        continue;
                    }
                    if s.outdoor && self.rng.market.chance(self.market.rain_days as f64 / 5.0) {
                        rain_n = rain_n.saturating_add(1);
                        continue;
                    }
                    requests.push(Request {
                        segment: g as u8,
                        service: sv as u8,
                        units,
                        price: w.services[sv].price(self.coop.price_pct),
                    });
                }
                for (why, count) in [(Lost::Unavailable, unavailable_n), (Lost::Rain, rain_n)] {
                    if count > 0 {
                        self.log(Ev::Lost { segment: g as u8, service: sv as u8, why, count });
                    }
                }
            }
        }
        // Contracts won through events come first: they were promised.
        let extra = std::mem::take(&mut self.market.extra);
        for (sv, g, units, price) in extra.into_iter().rev() {
            requests.insert(0, Request { segment: g, service: sv, units, price });
        }

        requests
    }

    /// Prices: clients talk about good value and dear prices, the sensitive ones most.
    pub(super) fn word_of_mouth(&mut self, w: &World) {
        let p = &w.params;
        if !w.segments.is_empty() {
            let sensitivity = w.segments.iter().map(|g| g.elasticity).sum::<f64>() / w.segments.len() as f64;
            let talk = -p.price_reputation * sensitivity * self.coop.price_pct as f64 / 10.0;
            self.market.reputation = (self.market.reputation + talk).clamp(0.0, 1.0);
        }
    }

    /// Demand without the price effect (for requests lost to an unavailable service).
    pub(super) fn lambda_plain(&self, w: &World, seg: usize) -> f64 {
        let g = &w.segments[seg];
        g.base * w.params.demand_scale * g.season_factor(self.week.max(1)) / g.services.len().max(1) as f64
    }
}

/// A client's request this week.
pub(super) struct Request {
    pub(super) segment: u8,
    pub(super) service: u8,
    pub(super) units: u16,
    pub(super) price: Decimal,
}

/// One segment's demand this week before price and promotion (see `Season::segment_demand`).
pub(super) struct SegmentDemand {
    pub(super) base: f64,
    pub(super) reputation: f64,
    /// The team's own canvassing: its commitment and its numbers.
    pub(super) outreach: f64,
    pub(super) competitor: f64,
    pub(super) events: f64,
    /// The group's competence in business life, as it moves demand.
    pub(super) competence: f64,
}

impl SegmentDemand {
    /// Expected contracts for each of the segment's services at a price level and promotion.
    fn lambda(&self, w: &World, seg: usize, pct: i8, promotion: u8) -> f64 {
        let p = &w.params;
        let g = &w.segments[seg];
        let price_factor = g.price_factor(pct, p.price_sensitivity_scale);
        let promo = 1.0 + [0.0, p.promotion_flyers_boost, p.promotion_press_boost][promotion.min(2) as usize];
        // Clients who care little for the price read a low one as low quality.
        let doubt = 1.0 - p.low_price_doubt * (-(pct.min(0) as f64) / 100.0) * (1.0 - g.elasticity).max(0.0);
        self.base
            * price_factor
            * self.reputation
            * self.outreach
            * promo
            * self.competitor
            * self.events
            * self.competence
            * doubt.max(0.0)
    }
}
