//! Collective decisions: the agenda item, its options, the animateurs' posture, the debate
//! among the cooperants, and the procedure that settles it.
//!
//! The cooperants are agents: each holds a preference over the options from the option's merit
//! (judged with more noise when the group is less competent), from the aims it cares for, and
//! from what it hears. Assertive members speak; the quiet ones speak only when the debate is
//! facilitated or the group has learnt to listen. A few rounds of debate pull opinions toward
//! what was said; then the procedure the group chose settles it.

use arrayvec::ArrayVec;
use serde::{Deserialize, Serialize};

use crate::base::params::Params;
use crate::base::rng::Draw;
use crate::scenario::Sphere;

/// What the animateurs do at a decision, from the most to the least present.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Posture {
    /// Decide in the group's place.
    Decide,
    /// Put forward an option, then let the group decide.
    Suggest,
    /// Ask, reframe, inform, make every voice heard; the group decides.
    Facilitate,
    /// Stay out of it; the group decides on its own.
    StepBack,
}

impl Posture {
    pub const ALL: [Posture; 4] = [Posture::Decide, Posture::Suggest, Posture::Facilitate, Posture::StepBack];

    /// How much help the posture gives: 3 (decide) down to 0 (step back).
    pub fn level(self) -> u8 {
        match self {
            Posture::Decide => 3,
            Posture::Suggest => 2,
            Posture::Facilitate => 1,
            Posture::StepBack => 0,
        }
    }

    pub fn from_level(l: u8) -> Posture {
        match l {
            3.. => Posture::Decide,
            2 => Posture::Suggest,
            1 => Posture::Facilitate,
            0 => Posture::StepBack,
        }
    }

    pub fn needs_option(self) -> bool {
        matches!(self, Posture::Decide | Posture::Suggest)
    }
}

/// How the group settles its decisions (chosen at the first assembly).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Procedure {
    Majority,
    Consensus,
    /// Business and work questions go to the comité in charge; the rest to a majority vote.
    Delegation,
}

/// Who took a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Decider {
    Group,
    Comite,
    Animateurs,
}

/// How the work is shared among the cooperants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SharingRule {
    Rotation,
    Volunteers,
    BySkill,
    /// Those who earned least so far come first (a rule real CJS use).
    LeastEarnedFirst,
}

/// The week's schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Schedule {
    Normal,
    /// More hours to take more contracts.
    Push,
    /// Fewer hours to rest.
    Lighter,
}

/// The kinds of decision on the agenda.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Kind {
    Name,
    Procedure,
    Board,
    Objective,
    Prices,
    Sharing,
    Promotion,
    Schedule,
    Event(u16),
    Surplus,
    /// The mid-summer review of the objectives (a CJS practice): keep them or adjust the targets.
    Review,
}

impl Kind {
    pub fn sphere(self, events_sphere: Sphere) -> Sphere {
        match self {
            Kind::Name | Kind::Procedure | Kind::Board | Kind::Objective | Kind::Surplus | Kind::Review => {
                Sphere::Associative
            }
            Kind::Prices | Kind::Promotion => Sphere::Business,
            Kind::Sharing | Kind::Schedule => Sphere::Work,
            Kind::Event(_) => events_sphere,
        }
    }
}

/// What an option stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Choice {
    Name(u8),
    Procedure(Procedure),
    Candidate(u8),
    Objective(u8),
    /// Prices at the reference price changed by this percent.
    Price(i8),
    Sharing(SharingRule),
    /// 0 none, 1 flyers, 2 local press.
    Promotion(u8),
    Schedule(Schedule),
    EventChoice(u8),
    Plan(u8),
    /// At the review: keep the targets (false) or lower those behind (true).
    AdjustTargets(bool),
}

/// One option of an agenda item.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Opt {
    pub choice: Choice,
    /// Aims the option serves (bit per `Aim`).
    pub aims: u8,
    /// How good the option is for the coop right now, 0–1, as an informed adult would judge it.
    pub merit: f64,
}

impl Opt {
    /// The aims the option serves, in the order of `Aim` (as indices into a member's weights).
    pub fn served(&self) -> impl Iterator<Item = usize> + use<> {
        let mut bits = self.aims & 0x7f;
        std::iter::from_fn(move || {
            let a = (bits != 0).then(|| bits.trailing_zeros() as usize)?;
            bits &= bits - 1;
            Some(a)
        })
    }
}

/// An item on the assembly's agenda.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Rank of the decision in the season, from 0.
    pub id: u16,
    pub kind: Kind,
    pub sphere: Sphere,
    pub options: Options,
}

/// The options of an item, on the stack (an assembly weighs at most `MAX_OPTIONS`).
pub type Options = ArrayVec<Opt, MAX_OPTIONS>;

impl Item {
    /// How good an option is among those on the table: 0 the worst merit, 1 the best (1 when
    /// they are all alike).
    pub fn quality(&self, o: u8) -> f64 {
        let (lo, hi) = self.options.iter().fold((f64::MAX, f64::MIN), |(l, h), x| (l.min(x.merit), h.max(x.merit)));
        match self.options.get(o as usize) {
            Some(x) if hi - lo > 1e-9 => (x.merit - lo) / (hi - lo),
            _ => 1.0,
        }
    }

    /// The option an informed animateur would pick, by the model's parameters: the best merit,
    /// then the best fit with the group's objectives (model 3); model 2 added
    /// `objective_fit_bonus` to the merit of an option that serves the objectives.
    pub fn best_for(&self, objective_aims: u8, p: &Params) -> u8 {
        if p.objective_fit_bonus > 0.0 {
            return self.best_with(objective_aims, p.objective_fit_bonus);
        }
        let fits = |o: &Opt| o.aims & objective_aims != 0;
        let mut best = 0;
        for (i, o) in self.options.iter().enumerate() {
            let b = &self.options[best];
            if o.merit > b.merit + 1e-12 || (o.merit >= b.merit - 1e-12 && fits(o) && !fits(b)) {
                best = i;
            }
        }
        best as u8
    }

    fn best_with(&self, objective_aims: u8, bonus: f64) -> u8 {
        let score = |o: &Opt| o.merit + if o.aims & objective_aims != 0 { bonus } else { 0.0 };
        let mut best = 0;
        for (i, o) in self.options.iter().enumerate() {
            if score(o) > score(&self.options[best]) + 1e-12 {
                best = i;
            }
        }
        best as u8
    }
}

/// A misconception novices share about a kind of decision (`docs/pec-model.md`): it pulls every
/// member toward the same option, so that a vote does not cancel it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Belief {
    /// « Cheaper always brings more clients »: the lowest price.
    CheaperBringsClients,
    /// « No promotion saves money »: no promotion.
    PromotionWastesMoney,
    /// « Whoever wants to is fairer »: sharing among volunteers.
    VolunteersIsFairer,
    /// « More hours, more money »: a pushed week.
    MoreHoursMoreMoney,
}

impl Item {
    /// The option a novice group is drawn to by a shared misconception, if this kind of decision
    /// has one.
    pub fn misconception(&self) -> Option<(u8, Belief)> {
        let find = |want: Choice| self.options.iter().position(|o| o.choice == want).map(|i| i as u8);
        match self.kind {
            // The options go from the lowest price to the highest.
            Kind::Prices if self.options.len() > 1 => Some((0, Belief::CheaperBringsClients)),
            Kind::Promotion => find(Choice::Promotion(0)).map(|o| (o, Belief::PromotionWastesMoney)),
            Kind::Sharing => find(Choice::Sharing(SharingRule::Volunteers)).map(|o| (o, Belief::VolunteersIsFairer)),
            Kind::Schedule => find(Choice::Schedule(Schedule::Push)).map(|o| (o, Belief::MoreHoursMoreMoney)),
            _ => None,
        }
    }
}

/// How ready the trainee reads the group for the decision due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Ready {
    /// Not ready: it needs suggestions (coaching).
    NotReady,
    /// Partly ready: it needs its debate facilitated.
    Partly,
    /// Ready to decide alone.
    Ready,
}

/// The trainee's reading of the group, stated before the posture: how ready, and in a crisis
/// that calls for more help or not. Kept apart from the PEC: it is scored as a diagnosis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reading {
    pub ready: Ready,
    pub crisis: bool,
}

/// What the seats say at a decision: the animateurs' posture (with the option they decide or
/// suggest) and the votes of the cooperant seats held by players.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Input {
    pub posture: Posture,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub option: Option<u8>,
    /// (member, option) for the seats held by players.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub votes: Vec<(u8, u8)>,
    /// The trainee's reading of the group, when one was stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading: Option<Reading>,
}

impl Input {
    pub fn posture(posture: Posture, option: Option<u8>) -> Input {
        Input { posture, option, votes: Vec::new(), reading: None }
    }
}

/// A member as the debate sees it.
#[derive(Debug, Clone, Copy)]
pub struct Voice {
    pub member: u8,
    pub assertiveness: f64,
    pub initiative: f64,
    pub sociability: f64,
    pub trust: f64,
    pub on_comite: bool,
    pub aims: [f64; 7],
}

/// Everything the debate needs besides the item.
pub struct Debate<'a> {
    pub voices: &'a [Voice],
    /// The group's competence in the decision's sphere.
    pub competence: f64,
    /// How used the group is to being told what to do, 0–1: members wait instead of proposing.
    pub dependency: f64,
    pub procedure: Procedure,
    /// The pull of the decision's misconception on every member (0 for a competent group).
    pub misconception: f64,
    pub params: &'a Params,
}

/// What was said and decided, for the journal and the scoring.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Outcome {
    pub option: u8,
    pub by: Option<Decider>,
    pub procedure: Option<Procedure>,
    /// (member, option): one proposal per option at most.
    pub proposals: ArrayVec<(u8, u8), MAX_OPTIONS>,
    /// (member, option, aim index or 255)
    pub arguments: ArrayVec<(u8, u8, u8), MAX_VOICES>,
    pub votes: ArrayVec<(u8, u8), MAX_VOICES>,
    pub rounds: u8,
    /// Share of members whose first preference was the outcome.
    pub initial_agreement: f64,
    /// Share of voters (or of members, when the animateurs decided) for the outcome at the end.
    pub final_agreement: f64,
    /// A member's own proposal was adopted.
    pub own_proposal: bool,
    /// Members who spoke though they are quiet (heard thanks to facilitation).
    pub quiet_heard: u8,
    /// Share of the members who took part in the debate (0 when the animateurs decided).
    pub heard: f64,
    /// Members whose opinion lost.
    pub overruled: ArrayVec<u8, MAX_VOICES>,
}

const NO_AIM: u8 = 255;

/// The largest group a debate handles (validation allows at most 30 cooperants); the debate
/// and its outcome live on the stack.
pub const MAX_VOICES: usize = 32;

/// The most options a debate weighs (the agenda never offers more, validation allows no more
/// objectives on the menu).
pub const MAX_OPTIONS: usize = crate::scenario::validate::limits::OPTIONS;

/// The option a member prefers: the first of the greatest.
fn top(u: &[f64]) -> u8 {
    let mut best = 0;
    let mut value = u.first().copied().unwrap_or(f64::NEG_INFINITY);
    for (i, &x) in u.iter().enumerate().skip(1) {
        if x > value {
            best = i;
            value = x;
        }
    }
    best as u8
}

/// Whether a suggestion hears the group (model 3: coaching is high task and high relationship).
pub fn hears_when_coached(p: &Params) -> bool {
    p.coaching_hears >= 0.5
}

/// Runs the debate and the procedure of one decision. Draws only from `rng` (the agents' stream).
pub fn settle(item: &Item, input: &Input, d: &Debate, rng: &mut Draw) -> Outcome {
    let p = d.params;
    let n_opt = item.options.len().max(1);
    let mut out = Outcome::default();
    // A coop has at most 30 cooperants (validated); the debate works on the stack.
    let voices = &d.voices[..d.voices.len().min(MAX_VOICES)];
    let nv = voices.len();
    let facilitated = input.posture == Posture::Facilitate;
    let suggested =
        if input.posture == Posture::Suggest { input.option.filter(|&o| (o as usize) < n_opt) } else { None };
    let mut prefs = preferences(item, d, voices, facilitated, suggested, rng);

    let n_opt = n_opt.min(MAX_OPTIONS);
    let mut first = [0u8; MAX_VOICES];
    for i in 0..nv {
        first[i] = top(&prefs[i][..n_opt]);
    }
    let first = &first[..nv];

    // A member's vote held by a player.
    let human = |m: u8| input.votes.iter().find(|(mm, _)| *mm == m).map(|&(_, o)| o).filter(|&o| (o as usize) < n_opt);

    // Who speaks: the assertive, or everyone when facilitated (or coached, when coaching hears
    // the group) or when the group has learnt to listen.
    let open_floor =
        facilitated || (suggested.is_some() && hears_when_coached(p)) || d.competence >= p.open_floor_competence;
    let mut speaks = [false; MAX_VOICES];
    for (s, v) in speaks.iter_mut().zip(voices) {
        *s = open_floor || v.assertiveness >= p.quiet_threshold || human(v.member).is_some();
    }
    let speaks = &speaks[..nv];
    out.quiet_heard =
        voices.iter().zip(speaks).filter(|(v, s)| **s && v.assertiveness < p.quiet_threshold).count() as u8;
    out.heard = speaks.iter().filter(|s| **s).count() as f64 / speaks.len().max(1) as f64;

    if input.posture == Posture::Decide {
        let chosen = input.option.filter(|&o| (o as usize) < n_opt).unwrap_or(0);
        return imposed(out, chosen, voices, first);
    }

    // The suggestion pulls in proportion to trust.
    if let Some(s) = suggested {
        for (u, v) in prefs.iter_mut().zip(voices) {
            u[s as usize] += p.suggestion_pull * v.trust;
        }
    }
    // What each member would choose now (a player's seat: the player's vote); kept up to date
    // as opinions move, so that each round reads it instead of weighing again.
    let mut picks = [0u8; MAX_VOICES];
    let mut held = [None; MAX_VOICES];
    for (i, v) in voices.iter().enumerate() {
        held[i] = human(v.member);
        // Without a suggestion the preferences have not moved since the first choices.
        picks[i] = held[i].unwrap_or_else(|| if suggested.is_some() { top(&prefs[i][..n_opt]) } else { first[i] });
    }
    speak(item, d, voices, speaks, &picks, &mut out);

    // Which members settle it: a comité for business and work under delegation.
    let delegated = d.procedure == Procedure::Delegation
        && item.sphere != Sphere::Associative
        && voices.iter().any(|v| v.on_comite);
    let voter = |i: usize| !delegated || voices[i].on_comite;
    let consensus = d.procedure == Procedure::Consensus;
    let max_rounds = if consensus { (p.consensus_rounds).round().max(1.0) as u8 } else { 1 };
    // How far each member is pulled by what is said, the same in every round.
    let mut pulls = [0.0f64; MAX_VOICES];
    for (pull, v) in pulls.iter_mut().zip(voices) {
        let listens = if facilitated { 1.0 } else { p.listen_base + (1.0 - p.listen_base) * v.sociability };
        *pull = p.influence * listens;
    }
    let mut rounds = 0;
    loop {
        rounds += 1;
        // One round of debate: opinions move toward what was said.
        let mut said = [0.0f64; MAX_OPTIONS];
        let mut speakers = 0.0;
        for (i, v) in voices.iter().enumerate() {
            if speaks[i] {
                said[picks[i] as usize] += p.voice_base + v.assertiveness;
                speakers += p.voice_base + v.assertiveness;
            }
        }
        if speakers > 0.0 {
            for (row, &pull) in prefs.iter_mut().zip(&pulls[..nv]) {
                for (u, said) in row[..n_opt].iter_mut().zip(said) {
                    *u += pull * said / speakers;
                }
            }
        }
        for i in 0..nv {
            picks[i] = held[i].unwrap_or_else(|| top(&prefs[i][..n_opt]));
        }
        let (winner, share) = count(&picks[..nv], voter, n_opt);
        if !consensus || share >= p.consensus_threshold || rounds >= max_rounds {
            out.option = winner;
            out.rounds = rounds;
            out.final_agreement = share;
            break;
        }
    }
    out.by = Some(if delegated { Decider::Comite } else { Decider::Group });
    out.procedure = Some(d.procedure);
    out.votes.extend(voices.iter().enumerate().filter(|(i, _)| voter(*i)).map(|(i, v)| (v.member, picks[i])));
    out.initial_agreement = first.iter().filter(|&&f| f == out.option).count() as f64 / first.len().max(1) as f64;
    out.own_proposal = out.proposals.iter().any(|&(_, o)| o == out.option) && suggested != Some(out.option);
    out.overruled.extend(out.votes.iter().filter(|(_, o)| *o != out.option).map(|(m, _)| *m));
    out
}

/// Each member's preferences over the options, one row per voice: merit seen through noise,
/// plus the aims each cares for, and the misconception novices share.
fn preferences(
    item: &Item,
    d: &Debate,
    voices: &[Voice],
    facilitated: bool,
    suggested: Option<u8>,
    rng: &mut Draw,
) -> ArrayVec<[f64; MAX_OPTIONS], MAX_VOICES> {
    let p = d.params;
    let n_opt = item.options.len().max(1);
    // Facilitation draws out what the group knows: the less it knows, the less it removes.
    let facilitated_share =
        p.facilitated_noise + p.facilitation_draws_out * (1.0 - p.facilitated_noise) * (1.0 - d.competence);
    let noise = p.judgement_noise
        * (1.0 - d.competence).max(p.judgement_noise_floor)
        * if facilitated { facilitated_share } else { 1.0 };
    // One row per voice only (the rows beyond are never read: no need to fill them).
    let mut prefs: ArrayVec<[f64; MAX_OPTIONS], MAX_VOICES> = ArrayVec::new();
    let options = &item.options[..item.options.len().min(MAX_OPTIONS)];
    let mut seen = [0.0; MAX_OPTIONS];
    for v in voices {
        let mut u = [f64::NEG_INFINITY; MAX_OPTIONS];
        // Each member's judgement of each option, drawn a row at a time.
        rng.noises(noise, &mut seen[..options.len()]);
        for ((u, o), seen) in u.iter_mut().zip(options).zip(seen) {
            let aim = o.served().fold(0.0, |sum, a| sum + v.aims[a]);
            *u = o.merit + p.aim_weight * aim + seen;
        }
        prefs.push(u);
    }
    // Novices err together: the misconception pulls every member alike toward one option. A
    // suggestion of another option corrects it, as far as each member trusts the animateurs.
    if let Some((o, _)) = item.misconception().filter(|_| d.misconception > 0.0)
        && (o as usize) < n_opt
    {
        for (u, v) in prefs.iter_mut().zip(voices) {
            let corrected = match suggested {
                Some(s) if s != o => p.suggestion_correction * v.trust,
                _ => 0.0,
            };
            u[o as usize] += d.misconception * (1.0 - corrected);
        }
    }
    prefs
}

/// The animateurs decided `chosen`: those who preferred another option are overruled.
fn imposed(mut out: Outcome, chosen: u8, voices: &[Voice], first: &[u8]) -> Outcome {
    out.option = chosen;
    out.by = Some(Decider::Animateurs);
    let agree = first.iter().filter(|&&f| f == chosen).count();
    out.initial_agreement = agree as f64 / first.len().max(1) as f64;
    out.final_agreement = out.initial_agreement;
    out.overruled.extend(voices.iter().zip(first).filter(|(_, f)| **f != chosen).map(|(v, _)| v.member));
    out.heard = 0.0;
    out
}

/// Proposals and arguments of those who speak, each for the option it picks now.
fn speak(item: &Item, d: &Debate, voices: &[Voice], speaks: &[bool], picks: &[u8], out: &mut Outcome) {
    let p = d.params;
    for (i, v) in voices.iter().enumerate() {
        if !speaks[i] {
            continue;
        }
        let pick = picks[i];
        if v.initiative >= p.proposal_initiative + p.dependency_proposal * d.dependency
            && !out.proposals.iter().any(|&(_, o)| o == pick)
        {
            out.proposals.push((v.member, pick));
        }
        // The aim of the option the member cares for most (the first of equals), if any weighs.
        let o = item.options[pick as usize];
        let mut aim = NO_AIM;
        let mut best = 0.0;
        for a in o.served() {
            if v.aims[a] > best {
                best = v.aims[a];
                aim = a as u8;
            }
        }
        out.arguments.push((v.member, pick, aim));
    }
}

/// The option with the most votes among the voters (the first of equals) and its share of them.
fn count(picks: &[u8], voter: impl Fn(usize) -> bool, n_opt: usize) -> (u8, f64) {
    let mut tally = [0u32; MAX_OPTIONS];
    let mut voters = 0;
    for (i, &o) in picks.iter().enumerate() {
        if voter(i) {
            tally[o as usize] += 1;
            voters += 1;
        }
    }
    let mut winner = 0;
    for k in 1..n_opt {
        if tally[k] > tally[winner] {
            winner = k;
        }
    }
    let share = if voters > 0 { tally[winner] as f64 / voters as f64 } else { 0.0 };
    (winner as u8, share)
}
