//! The assembly: the agenda item and its options, the posture choice with what each posture
//! means (animateur mode), the hot seat and secret ballot (cooperative mode), the facilitator's
//! pause and reveal, then the debate as it went and the vote, drawn around the table.

use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

use super::{Screen, UiCtx, focus_if_none, root};
use crate::decision::{Input, Posture, Reading, Ready};
use crate::game::i18n::{t, ta};
use crate::game::state::{Action, Stage, posture_key};
use crate::game::theme;
use crate::game::view::{DecisionView, SeatMark};
use crate::save::Mode;

/// The animateurs' choice being made.
#[derive(Resource, Debug, Clone, Copy, PartialEq, Default)]
pub struct Form {
    pub posture: Option<Posture>,
    pub option: Option<u8>,
    /// The trainee's reading of the group, if stated (keys 7 / 8 / 9, 0 for the crisis).
    pub ready: Option<Ready>,
    pub crisis: bool,
    /// Practice mode: the reading was checked, answered, and can no longer change.
    pub checked: bool,
    /// egui time when the result was first shown (the vote is revealed one token at a time).
    pub shown_at: Option<f64>,
}

impl Form {
    /// The input this form stands for, if complete.
    pub fn input(&self) -> Option<Input> {
        let p = self.posture?;
        let mut input = if p.needs_option() { Input::posture(p, Some(self.option?)) } else { Input::posture(p, None) };
        input.reading = self.ready.map(|ready| Reading { ready, crisis: self.crisis });
        Some(input)
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Form>()
        .add_systems(OnEnter(Screen::Assembly), reset)
        .add_systems(EguiPrimaryContextPass, ui.run_if(in_state(Screen::Assembly)).in_set(super::Panels));
}

pub(super) fn reset(mut form: ResMut<Form>) {
    *form = Form::default();
}

pub(super) fn ui(mut cx: UiCtx, mut form: ResMut<Form>) {
    let Some(play) = &cx.game.play else { return };
    let item = if cx.meeting.stage == Stage::Settled {
        play.summer.season.settled().last()
    } else {
        play.summer.season.pending()
    };
    let Some(item) = item else { return };
    let view = DecisionView::of(play, &cx.meeting, item, cx.settings.lang, None);
    if view.stage != Stage::Settled {
        form.shown_at = None;
    }
    let Some(mut root) = root(&mut cx) else {
        return;
    };
    let now = root.ctx().input(|i| i.time);
    if view.stage == Stage::Settled && form.shown_at.is_none() {
        form.shown_at = Some(now);
        // A new item: forget the last choice.
        form.posture = None;
        form.option = None;
        form.ready = None;
        form.crisis = false;
        form.checked = false;
    }
    // One vote token every 0.25 s, so the vote is seen as it is cast.
    let shown = form.shown_at.map_or(0, |t0| ((now - t0) / 0.25).max(0.0) as usize);
    // Frames only while the tokens are being revealed (the game draws only when something
    // changes, `game::pace`).
    if view.stage == Stage::Settled && shown <= view.votes.len() {
        root.ctx().request_repaint();
    }
    let act = show(&mut root, &view, &mut form, shown);
    if matches!(act, Some(Action::Continue)) {
        *form = Form::default();
    }
    cx.actions.push(act);
}

/// The decision screen (assembly or event).
pub fn show(root: &mut egui::Ui, v: &DecisionView, form: &mut Form, shown_votes: usize) -> Option<Action> {
    let mut act = None;
    // The table takes at most two fifths of the width, so that the text keeps room at 150–250 %
    // text (egui's zoom), and scrolls when the window is not tall enough for it.
    let w = root.available_width();
    let side = (w * if w < 700.0 { 0.45 } else { 0.4 }).clamp(180.0, 420.0);
    egui::Panel::right("table").exact_size(side).show(root, |ui| {
        egui::ScrollArea::vertical().id_salt("table-scroll").show(ui, |ui| table(ui, v, shown_votes));
    });
    egui::CentralPanel::default().show(root, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            header(ui, v);
            ui.separator();
            if v.paused && v.stage != Stage::Settled {
                act = paused(ui, v);
                return;
            }
            match &v.stage {
                Stage::Choose => choose(ui, v, form, &mut act),
                Stage::Handoff(_) => act = handoff(ui, v),
                Stage::Ballot(_) => act = ballot(ui, v),
                Stage::AllVoted => act = all_voted(ui, v),
                Stage::Settled => settled(ui, v, shown_votes, &mut act),
            }
            if v.stage != Stage::Settled {
                ui.add_space(8.0);
                act = pause_button(ui, v).or(act.take());
            }
        });
    });
    act
}

/// Where and what: the item, its story, who is in it, what the group shows, the crisis.
fn header(ui: &mut egui::Ui, v: &DecisionView) {
    let lang = v.lang;
    let kind = t(lang, if v.is_event { "event-heading" } else { "assembly-heading" });
    ui.label(
        egui::RichText::new(ta(
            lang,
            "decision-where",
            &[("kind", &kind), ("week", &v.week.to_string()), ("sphere", &v.sphere)],
        ))
        .small(),
    );
    ui.heading(&v.title);
    if let Some(story) = &v.story {
        ui.label(egui::RichText::new(story).size(17.0));
    }
    for who in &v.cast {
        ui.label(egui::RichText::new(who).italics().small());
    }
    if let Some((r, will, unwilling)) = v.readiness {
        let (r, will) = (format!("{r:.0}"), format!("{will:.0}"));
        let bar = format!("{:.0}", 100.0 * crate::scoring::need_map::WILLING_FROM);
        let key = if unwilling { "decision-group-unwilling" } else { "decision-group" };
        let args = [("readiness", r.as_str()), ("willingness", will.as_str()), ("bar", bar.as_str())];
        ui.label(egui::RichText::new(ta(lang, key, &args)).small());
    }
    if let Some(n) = &v.need {
        // "(guided mode)" only when the guided setting is what shows it.
        let key = if v.guided { "decision-need" } else { "decision-need-tutorial" };
        ui.label(egui::RichText::new(ta(lang, key, &[("reading", n)])).small());
    }
    cues(ui, v);
    if let Some(c) = &v.crisis {
        ui.label(
            egui::RichText::new(ta(lang, "season-crisis", &[("why", c)])).color(egui::Color32::from_rgb(180, 40, 0)),
        );
    }
}

/// The facilitator's pause: the options stay on show, the vote waits.
fn paused(ui: &mut egui::Ui, v: &DecisionView) -> Option<Action> {
    let lang = v.lang;
    ui.label(egui::RichText::new(t(lang, "pause-title")).size(24.0).strong());
    ui.label(t(lang, "pause-help"));
    options_list(ui, v);
    let b = theme::primary(ui, &t(lang, "pause-resume"));
    focus_if_none(ui, &b);
    (b.clicked() || pause_key(ui)).then_some(Action::TogglePause)
}

/// P, when no text field takes the letters.
fn pause_key(ui: &egui::Ui) -> bool {
    ui.input(|i| i.key_pressed(egui::Key::P) && !i.modifiers.any()) && theme::letter_keys_free(ui.ctx())
}

/// The pause button, under every stage before the result.
fn pause_button(ui: &mut egui::Ui, v: &DecisionView) -> Option<Action> {
    let clicked = ui.button(t(v.lang, "pause-button")).on_hover_text("P").clicked();
    (clicked || pause_key(ui)).then_some(Action::TogglePause)
}

/// The hot seat: the screen passes to the cooperant whose turn it is to vote.
fn handoff(ui: &mut egui::Ui, v: &DecisionView) -> Option<Action> {
    let lang = v.lang;
    let mut act = None;
    let name = v.seat.as_ref().map(|s| s.1.clone()).unwrap_or_default();
    ui.add_space(30.0);
    ui.vertical_centered(|ui| {
        ui.label(egui::RichText::new(ta(lang, "handoff-title", &[("name", &name)])).size(30.0).strong());
        ui.label(t(lang, "handoff-help"));
        let b = theme::primary(ui, &ta(lang, "handoff-ready", &[("name", &name)]));
        focus_if_none(ui, &b);
        if b.clicked() {
            act = Some(Action::SeatReady);
        }
    });
    act
}

/// The secret ballot of the cooperant in the seat.
fn ballot(ui: &mut egui::Ui, v: &DecisionView) -> Option<Action> {
    let lang = v.lang;
    let mut act = None;
    let (m, name) = v.seat.clone().unwrap_or((0, String::new()));
    ui.label(egui::RichText::new(ta(lang, "ballot-title", &[("name", &name)])).size(22.0).strong());
    ui.label(t(lang, "ballot-help"));
    for (o, text) in v.options.iter().enumerate() {
        let b = ui.add(egui::Button::new(format!("{}. {}", o + 1, text)).min_size(egui::vec2(300.0, 30.0)));
        if o == 0 {
            focus_if_none(ui, &b);
        }
        if b.clicked() {
            act = Some(Action::Vote(m, o as u8));
        }
    }
    act
}

/// Every seat has voted (phones' ballots may still be coming): the facilitator reveals the vote.
fn all_voted(ui: &mut egui::Ui, v: &DecisionView) -> Option<Action> {
    let lang = v.lang;
    // Say how many ballots are in, of how many.
    let all = v.voted >= v.expected;
    let title = if all {
        ta(lang, "allvoted-title", &[("n", &v.voted.to_string())])
    } else {
        ta(lang, "allvoted-waiting", &[("cast", &v.voted.to_string()), ("expected", &v.expected.to_string())])
    };
    ui.label(egui::RichText::new(title).size(22.0).strong());
    ui.label(t(lang, if all { "allvoted-help" } else { "allvoted-waiting-help" }));
    options_list(ui, v);
    let b = theme::primary(ui, &t(lang, "reveal"));
    focus_if_none(ui, &b);
    b.clicked().then_some(Action::Reveal)
}

/// What the group shows: the trainee reads it from these, not from a number.
fn cues(ui: &mut egui::Ui, v: &DecisionView) {
    if v.cues.is_empty() {
        return;
    }
    ui.label(egui::RichText::new(t(v.lang, "cues-title")).strong());
    for c in &v.cues {
        ui.label(format!("• {c}"));
    }
}

fn options_list(ui: &mut egui::Ui, v: &DecisionView) {
    ui.label(egui::RichText::new(t(v.lang, "decision-options")).strong());
    for (o, text) in v.options.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            token(ui, o as u8);
            ui.label(format!("{}. {}", o + 1, text));
        });
    }
}

fn token(ui: &mut egui::Ui, o: u8) {
    let (r, _) = ui.allocate_exact_size(egui::vec2(14.0, 14.0), egui::Sense::hover());
    ui.painter().circle_filled(r.center(), 6.0, theme::option_color(o));
    ui.painter().circle_stroke(r.center(), 6.0, egui::Stroke::new(1.0, egui::Color32::BLACK));
}

/// The animateurs choose a posture (and an option when deciding or suggesting).
fn choose(ui: &mut egui::Ui, v: &DecisionView, form: &mut Form, act: &mut Option<Action>) {
    let lang = v.lang;
    if v.mode == Mode::Cooperative {
        return;
    }
    reading(ui, v, form);
    ui.add_space(6.0);
    ui.label(egui::RichText::new(t(lang, "posture-title")).strong());
    // The keys are read before the radio buttons are drawn, so that the frame the key wakes
    // already shows its answer (read after, it would show in the next frame only).
    ui.input(|inp| {
        for (n, key) in [egui::Key::Num1, egui::Key::Num2, egui::Key::Num3, egui::Key::Num4].into_iter().enumerate() {
            if inp.key_pressed(key)
                && let Some(p) = posture_key(n + 1)
            {
                form.posture = Some(p);
            }
        }
    });
    for (i, (p, name, help)) in v.postures.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            let r = ui.radio(form.posture == Some(*p), format!("{} · {}", i + 1, name));
            if r.clicked() {
                form.posture = Some(*p);
            }
            ui.label(egui::RichText::new(help).small());
        });
    }
    let needs = form.posture.is_some_and(|p| p.needs_option());
    ui.add_space(6.0);
    ui.label(egui::RichText::new(t(lang, if needs { "decision-pick-option" } else { "decision-options" })).strong());
    for (o, text) in v.options.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            token(ui, o as u8);
            if needs {
                let r = ui.radio(form.option == Some(o as u8), format!("{}. {}", o + 1, text));
                if o == 0 && form.option.is_none() {
                    focus_if_none(ui, &r);
                }
                if r.clicked() {
                    form.option = Some(o as u8);
                    // Enter next goes to the confirm button.
                    ui.memory_mut(|m| m.surrender_focus(r.id));
                }
            } else {
                ui.label(format!("{}. {}", o + 1, text));
            }
        });
    }
    poll(ui, v, act);
    ui.add_space(8.0);
    let input = form.input();
    let label = match form.posture {
        None => t(lang, "decision-choose-posture"),
        Some(_) if input.is_none() => t(lang, "decision-choose-option"),
        Some(p) => ta(lang, "decision-confirm", &[("posture", &v.postures[(3 - p.level()) as usize].1)]),
    };
    let b = ui.add_enabled(input.is_some(), |ui: &mut egui::Ui| theme::primary(ui, &label));
    if input.is_some() {
        focus_if_none(ui, &b);
    }
    if b.clicked()
        && let Some(input) = input
    {
        *act = Some(Action::Decide(input));
    }
}

/// The room's posture poll (animateur mode with a room open): a button to ask the phones "what
/// would you do?", then the spread as the answers come; the animateurs still choose.
fn poll(ui: &mut egui::Ui, v: &DecisionView, act: &mut Option<Action>) {
    let lang = v.lang;
    if !v.room {
        return;
    }
    ui.add_space(6.0);
    match &v.poll {
        None => {
            if ui.button(t(lang, "poll-ask")).on_hover_text(t(lang, "poll-ask-help")).clicked() {
                *act = Some(Action::AskRoom);
            }
        }
        Some(p) => poll_spread(ui, v, p),
    }
}

/// How many phones chose each posture, as bars: never who.
fn poll_spread(ui: &mut egui::Ui, v: &DecisionView, p: &crate::game::view::PollView) {
    let lang = v.lang;
    let key = if p.open { "poll-open" } else { "poll-closed" };
    ui.label(
        egui::RichText::new(ta(lang, key, &[("n", &p.answered.to_string()), ("phones", &p.phones.to_string())]))
            .strong(),
    );
    let most = p.counts.iter().copied().max().unwrap_or(0).max(1);
    for (i, (_, name, _)) in v.postures.iter().enumerate() {
        let n = p.counts.get(i).copied().unwrap_or(0);
        ui.horizontal_wrapped(|ui| {
            let (r, _) = ui.allocate_exact_size(egui::vec2(160.0, 14.0), egui::Sense::hover());
            // The track shows even for a posture nobody chose.
            ui.painter().rect_filled(r, 3.0, ui.visuals().extreme_bg_color);
            ui.painter().rect_stroke(
                r,
                3.0,
                egui::Stroke::new(1.0, egui::Color32::from_rgb(199, 125, 26)),
                egui::StrokeKind::Inside,
            );
            let w = r.width() * n as f32 / most as f32;
            let bar = egui::Rect::from_min_size(r.min, egui::vec2(w, r.height()));
            ui.painter().rect_filled(bar, 3.0, egui::Color32::from_rgb(199, 125, 26));
            ui.label(ta(lang, "poll-count", &[("posture", name), ("n", &n.to_string())]));
        });
    }
}

/// The trainee's reading of the group, stated before the posture (optional): 7 / 8 / 9 for not
/// ready / partly ready / ready, 0 for "in crisis".
fn reading(ui: &mut egui::Ui, v: &DecisionView, form: &mut Form) {
    let lang = v.lang;
    // The keys first, so that the frame the key wakes already shows its answer. A reading
    // checked in practice mode stays as it was answered.
    if theme::letter_keys_free(ui.ctx()) && !form.checked {
        ui.input(|inp| {
            for (key, ready) in
                [(egui::Key::Num7, Ready::NotReady), (egui::Key::Num8, Ready::Partly), (egui::Key::Num9, Ready::Ready)]
            {
                if inp.key_pressed(key) {
                    form.ready = Some(ready);
                }
            }
            if inp.key_pressed(egui::Key::Num0) {
                form.crisis = !form.crisis;
            }
        });
    }
    ui.label(egui::RichText::new(t(lang, "reading-title")).strong());
    ui.add_enabled_ui(!form.checked, |ui| reading_choice(ui, lang, form));
    ui.label(egui::RichText::new(t(lang, "reading-keys")).small());
    if let Some(was) = v.practice {
        practice(ui, lang, form, was);
    }
}

/// Practice mode: once a reading is stated, a button checks it; the answer says whether it
/// matched the group (its level and its crisis), and the reading stays as it was answered.
fn practice(ui: &mut egui::Ui, lang: crate::text::Lang, form: &mut Form, was: Reading) {
    let read = form.ready.map(|ready| Reading { ready, crisis: form.crisis });
    // The answer takes the button's place, at least its height, and the help stays below: the
    // postures do not move under the pointer when the reading is checked.
    ui.horizontal_wrapped(|ui| {
        let button = ui.text_style_height(&egui::TextStyle::Button) + 2.0 * ui.spacing().button_padding.y;
        ui.set_min_height(button);
        match read {
            Some(read) if form.checked => {
                let right = read == was;
                let color = if right { theme::GOOD } else { theme::WARNING };
                let answer = crate::game::why::practice_answer(read, was, lang);
                ui.label(egui::RichText::new(answer).strong().color(color));
            }
            _ => {
                let b = ui.add_enabled(read.is_some(), egui::Button::new(t(lang, "practice-check")));
                if read.is_some() {
                    focus_if_none(ui, &b);
                }
                if b.clicked() {
                    form.checked = true;
                }
            }
        }
    });
    ui.label(egui::RichText::new(t(lang, "practice-help")).small());
}

/// The three levels and the crisis, as radio buttons and a checkbox.
fn reading_choice(ui: &mut egui::Ui, lang: crate::text::Lang, form: &mut Form) {
    ui.horizontal_wrapped(|ui| {
        for (ready, key) in
            [(Ready::NotReady, "reading-not-ready"), (Ready::Partly, "reading-partly"), (Ready::Ready, "reading-ready")]
        {
            if ui.radio(form.ready == Some(ready), t(lang, key)).clicked() {
                form.ready = if form.ready == Some(ready) { None } else { Some(ready) };
            }
        }
        ui.checkbox(&mut form.crisis, t(lang, "reading-crisis"));
    });
}

/// The debate as it went, the vote and the result.
fn settled(ui: &mut egui::Ui, v: &DecisionView, shown: usize, act: &mut Option<Action>) {
    let lang = v.lang;
    if let Some(r) = &v.result {
        ui.label(egui::RichText::new(r).size(20.0).strong());
    }
    if let Some(r) = &v.reading {
        ui.label(egui::RichText::new(ta(
            lang,
            "reading-cues",
            &[("reading", r), ("cues", &v.cues.join(&t(lang, "list-separator")))],
        )));
    }
    if let Some(fit) = &v.fit {
        ui.label(egui::RichText::new(fit).strong());
    }
    for line in &v.pointing {
        ui.label(format!("• {line}"));
    }
    if let Some(p) = &v.poll {
        poll_spread(ui, v, p);
    }
    if !v.explained.is_empty() {
        // "(guided mode)" only when the guided setting is what shows it, as the need's line.
        let key = if v.guided { "guided-explained" } else { "tutorial-explained" };
        ui.label(egui::RichText::new(t(lang, key)).strong());
        for line in &v.explained {
            ui.label(format!("• {line}"));
        }
    }
    let b = theme::primary(ui, &t(lang, "continue"));
    focus_if_none(ui, &b);
    if b.clicked() {
        *act = Some(Action::Continue);
    }
    ui.separator();
    ui.label(egui::RichText::new(t(lang, "debate-title")).strong());
    for line in &v.debate {
        ui.horizontal_wrapped(|ui| {
            if line.option != u8::MAX {
                token(ui, line.option);
            }
            ui.label(egui::RichText::new(ta(lang, "debate-speaker", &[("name", &line.name)])).strong());
            ui.label(&line.text);
        });
    }
    if v.debate.is_empty() {
        ui.label(t(lang, "debate-none"));
    }
    if !v.votes.is_empty() {
        ui.separator();
        ui.label(egui::RichText::new(t(lang, "votes-title")).strong());
        let mut counts = vec![0usize; v.options.len()];
        for (_, _, o) in v.votes.iter().take(shown) {
            if let Some(c) = counts.get_mut(*o as usize) {
                *c += 1;
            }
        }
        for (o, text) in v.options.iter().enumerate() {
            ui.horizontal_wrapped(|ui| {
                token(ui, o as u8);
                ui.label(format!("{}. {} — {}", o + 1, text, counts[o]));
            });
        }
    }
}

/// The cooperants around the table. Before the vote they show the cues of the decision (who
/// speaks and how, who turns to the animateurs, who stays silent, who yawns, the two at odds,
/// the empty chair of someone absent); after it, each shows the colour of their vote too.
fn table(ui: &mut egui::Ui, v: &DecisionView, shown: usize) {
    use crate::game::view::Tone;
    let size = ui.available_width().min(410.0);
    let text_color = ui.visuals().text_color();
    // The names sit outside the ring, left and right of it: the ring shrinks so that the
    // longest name still fits in a narrow panel (large text on a projector).
    let name_font = egui::FontId::proportional(if size < 300.0 { 11.0 } else { 13.0 });
    let longest = v
        .names
        .iter()
        .map(|n| ui.painter().layout_no_wrap(n.clone(), name_font.clone(), text_color).size().x)
        .fold(0.0f32, f32::max);
    let r = (size * 0.5 - 20.0 - longest).clamp(size * 0.2, size * 0.31);
    // Tall enough for the name over the top seat's speech bubble (50 above the ring, half a
    // line more), which a narrow panel at 250 % text had cut off.
    let (rect, _) = ui.allocate_exact_size(egui::vec2(size, (size * 0.9).max(2.0 * (r + 60.0))), egui::Sense::hover());
    let p = ui.painter_at(rect);
    let c = rect.center();
    let wood = match v.table.tone {
        Some(Tone::Gloomy) => egui::Color32::from_rgb(120, 95, 70),
        _ => egui::Color32::from_rgb(160, 110, 60),
    };
    p.circle_filled(c, r * 0.55, wood);
    p.circle_stroke(c, r * 0.55, egui::Stroke::new(2.0, egui::Color32::from_rgb(90, 60, 30)));
    let ring = Ring { c, r, n: v.names.len().max(1) };
    at_odds(&p, v, ring);
    // The names are painted last, over every figure and bubble: at large text the ring is small
    // and a neighbour's speech bubble had covered a name.
    let mut labels = Vec::with_capacity(v.names.len());
    for (m, name) in v.names.iter().enumerate() {
        let pos = ring.at(m, r);
        let mark = v.table.seats.get(m).copied().unwrap_or_default();
        let seat_here = v.seat.as_ref().is_some_and(|s| s.0 as usize == m);
        let away = mark.absent || mark.gone;
        // The seat whose turn it is gets a ring, not a colour: colours mean options here.
        if away {
            // An empty chair.
            p.circle_stroke(pos + egui::vec2(0.0, 4.0), 10.0, egui::Stroke::new(1.5, egui::Color32::from_gray(140)));
        } else {
            figure(&p, pos, ring.angle(m), mark, seat_here, text_color);
        }
        let voted = v.votes.iter().take(shown).find(|(mm, _, _)| *mm as usize == m);
        if let Some((_, _, o)) = voted {
            let tp = ring.at(m, r * 0.72);
            p.circle_filled(tp, 8.0, theme::option_color(*o));
            p.circle_stroke(tp, 8.0, egui::Stroke::new(1.5, egui::Color32::BLACK));
        }
        let (lp, align) = name_place(ring, m, mark);
        let name_color = if away { text_color.gamma_multiply(0.45) } else { text_color };
        labels.push((lp, align, name, name_color));
        // The figure in words, for screen readers and on hover.
        let words = v.table.describe(m, &v.names, v.lang);
        let hit = egui::Rect::from_center_size(pos, egui::vec2(30.0, 40.0));
        let resp = ui.interact(hit, ui.id().with(("table-seat", m)), egui::Sense::hover());
        resp.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Label, true, &words));
        resp.on_hover_text(words);
    }
    for (lp, align, name, color) in labels {
        p.text(lp, align, name, name_font.clone(), color);
    }
    table_words(ui, v);
}

/// The seats around the table: its centre, the radius of the ring, how many seats.
#[derive(Clone, Copy)]
struct Ring {
    c: egui::Pos2,
    r: f32,
    n: usize,
}

impl Ring {
    /// The angle of seat `m`, the first at the top.
    fn angle(&self, m: usize) -> f32 {
        std::f32::consts::TAU * (m as f32) / (self.n as f32) - std::f32::consts::FRAC_PI_2
    }

    /// The point at distance `d` from the centre toward seat `m`.
    fn at(&self, m: usize, d: f32) -> egui::Pos2 {
        self.c + egui::vec2(self.angle(m).cos(), self.angle(m).sin()) * d
    }
}

/// Two at odds: a red zigzag between them, under the figures.
fn at_odds(p: &egui::Painter, v: &DecisionView, ring: Ring) {
    let (n, r) = (ring.n, ring.r);
    for (m, mark) in v.table.seats.iter().enumerate() {
        if let Some(o) = mark.at_odds
            && (o as usize) > m
            && (o as usize) < n
        {
            let (a, b) = (ring.at(m, r) - egui::vec2(0.0, 6.0), ring.at(o as usize, r) - egui::vec2(0.0, 6.0));
            let steps = 8;
            let normal = (b - a).rot90().normalized() * 4.0;
            let pts: Vec<egui::Pos2> = (0..=steps)
                .map(|k| {
                    let q = a + (b - a) * (k as f32 / steps as f32);
                    if k == 0 || k == steps {
                        q
                    } else if k % 2 == 0 {
                        q + normal
                    } else {
                        q - normal
                    }
                })
                .collect();
            p.add(egui::Shape::line(pts, egui::Stroke::new(2.5, egui::Color32::from_rgb(200, 30, 30))));
        }
    }
}

/// A cooperant at the table: silent ones turned away, the tired yawning, the speakers' bubbles.
fn figure(p: &egui::Painter, pos: egui::Pos2, a: f32, mark: SeatMark, seat_here: bool, text_color: egui::Color32) {
    use crate::game::view::Say;
    let (shirt, skin) = if mark.silent {
        (egui::Color32::from_rgb(150, 160, 175), egui::Color32::from_rgb(215, 200, 185))
    } else {
        (egui::Color32::from_rgb(70, 110, 160), egui::Color32::from_rgb(240, 200, 160))
    };
    p.circle_filled(pos + egui::vec2(0.0, 9.0), 11.0, shirt);
    if seat_here {
        p.circle_stroke(pos + egui::vec2(0.0, 2.0), 19.0, egui::Stroke::new(3.0, text_color));
    }
    // Silent: the head turned away from the table.
    let head =
        pos - egui::vec2(0.0, 6.0) + if mark.silent { egui::vec2(a.cos(), a.sin()) * 3.0 } else { egui::Vec2::ZERO };
    p.circle_filled(head, 8.0, skin);
    if mark.tired {
        p.text(
            head + egui::vec2(-13.0, -9.0),
            egui::Align2::CENTER_CENTER,
            "zZ",
            egui::FontId::proportional(11.0),
            egui::Color32::from_rgb(60, 80, 200),
        );
    }
    if let Some(say) = mark.says {
        let (fill, glyph) = match say {
            Say::WellArgued => (egui::Color32::from_rgb(190, 235, 190), "+"),
            Say::HalfFormed => (egui::Color32::from_rgb(250, 235, 160), "…"),
            Say::OffTopic => (egui::Color32::from_rgb(245, 190, 190), "~"),
            Say::Lively => (egui::Color32::WHITE, "·"),
        };
        bubble(p, head, 13.0, fill, glyph);
    }
    if mark.asks {
        bubble(p, head, -13.0, egui::Color32::from_rgb(190, 215, 250), "?");
    }
}

/// A speech bubble over a head, its tail pointing at the speaker.
fn bubble(p: &egui::Painter, head: egui::Pos2, dx: f32, fill: egui::Color32, glyph: &str) {
    let b = egui::Rect::from_center_size(head + egui::vec2(dx, -19.0), egui::vec2(24.0, 18.0));
    let edge = egui::Stroke::new(1.0, egui::Color32::from_gray(60));
    let tail = vec![
        egui::pos2(b.center().x - 4.0, b.bottom() - 1.0),
        egui::pos2(b.center().x + 4.0, b.bottom() - 1.0),
        head + egui::vec2(dx * 0.3, -7.0),
    ];
    p.add(egui::Shape::convex_polygon(tail, fill, edge));
    p.rect_filled(b, 6.0, fill);
    p.rect_stroke(b, 6.0, edge, egui::StrokeKind::Inside);
    p.text(b.center(), egui::Align2::CENTER_CENTER, glyph, egui::FontId::proportional(15.0), egui::Color32::BLACK);
}

/// Where a name goes: outside the ring, on the side away from the table, clear of the figure.
fn name_place(ring: Ring, m: usize, mark: SeatMark) -> (egui::Pos2, egui::Align2) {
    let (a, r) = (ring.angle(m), ring.r);
    let down = egui::vec2(0.0, 8.0);
    if a.cos() > 0.35 {
        (ring.at(m, r + 18.0) + down, egui::Align2::LEFT_CENTER)
    } else if a.cos() < -0.35 {
        (ring.at(m, r + 18.0) + down, egui::Align2::RIGHT_CENTER)
    } else if a.sin() < 0.0 {
        // Above the head, and above its speech bubbles if any.
        let lift = if mark.says.is_some() || mark.asks { 50.0 } else { 32.0 };
        (ring.at(m, r + lift), egui::Align2::CENTER_CENTER)
    } else {
        (ring.at(m, r + 30.0), egui::Align2::CENTER_CENTER)
    }
}

/// Under the table: the side talk, the tone of the room, the legend and the help.
fn table_words(ui: &mut egui::Ui, v: &DecisionView) {
    use crate::game::view::Tone;
    if v.table.side_talk {
        ui.label(egui::RichText::new(t(v.lang, "table-side-talk")).small());
    }
    let tone = match v.table.tone {
        Some(Tone::Gloomy) => Some(t(v.lang, "table-tone-gloomy")),
        Some(Tone::Upbeat) => Some(t(v.lang, "table-tone-upbeat")),
        None => None,
    };
    if let Some(tone) = tone {
        ui.label(egui::RichText::new(tone).small());
    }
    ui.label(egui::RichText::new(t(v.lang, "table-legend")).small());
    ui.label(egui::RichText::new(t(v.lang, "table-help")).small());
}
