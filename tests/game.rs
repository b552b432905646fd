//! The game's tests, in one binary (each Bevy test binary costs a long link): headless Apps
//! (`MinimalPlugins`, no window, no GPU) that play whole summers through the game's own systems,
//! and the texts of both languages.
#![cfg(feature = "game")]

use std::time::Duration;

use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use bevy::time::TimeUpdateStrategy;

use cjs::game::state::{Action, Actions, Game, Meeting, Settings, Stage};
use cjs::game::{CorePlugin, Options, Screen, i18n};
use cjs::policy::Policy;
use cjs::save::Mode;
use cjs::text::Lang;

fn opts(mode: Mode, policy: Option<Policy>) -> Options {
    Options {
        lang: Lang::Fr,
        scenario: Some("quintin-2013".into()),
        mode,
        seed: Some(7),
        load: None,
        autoplay: policy,
        room: None,
    }
}

fn test_app(o: Options) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin));
    app.insert_resource(TimeUpdateStrategy::ManualDuration(Duration::from_millis(50)));
    app.add_plugins(CorePlugin { opts: o, autoplay_delay: 0.0 });
    app
}

fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

/// Updates until `done` or a frame budget runs out; returns the screens seen, in order.
fn run_until(app: &mut App, done: impl Fn(&App) -> bool) -> Vec<Screen> {
    let mut seen = vec![screen(app)];
    for _ in 0..20_000 {
        app.update();
        let s = screen(app);
        if seen.last() != Some(&s) {
            seen.push(s);
        }
        if done(app) {
            return seen;
        }
    }
    panic!("did not finish; screens seen: {seen:?}");
}

fn act(app: &mut App, a: Action) {
    app.world_mut().resource_mut::<Actions>().0.push(a);
    app.update();
    app.update();
}

fn game(app: &App) -> &Game {
    app.world().resource::<Game>()
}

fn temp(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("cjs-game-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn autoplay_plays_a_whole_summer_from_the_title_to_the_debrief() {
    let mut app = test_app(opts(Mode::Animateur, Some(Policy::Adaptive)));
    let seen = run_until(&mut app, |a| screen(a) == Screen::Debrief);
    for s in [Screen::Title, Screen::Season, Screen::Assembly, Screen::Event, Screen::Summary, Screen::Debrief] {
        assert!(seen.contains(&s), "{s:?} never shown: {seen:?}");
    }
    let play = game(&app).play.as_ref().expect("a summer");
    assert!(play.season.is_over());
    assert_eq!(play.inputs.len(), play.season.settled().len());
}

#[test]
fn autoplay_plays_the_summer_cjs_run_plays_for_every_policy() {
    // `cjs play --autoplay P --seed N` and `cjs run --policy P --seed N`: the game adds no rule
    // of its own and seeds the policy as the engine does, so the journals are the same.
    for policy in Policy::ALL {
        let mut app = test_app(opts(Mode::Animateur, Some(policy)));
        run_until(&mut app, |a| screen(a) == Screen::Debrief);
        let play = game(&app).play.as_ref().expect("a summer");
        let (alone, inputs) = cjs::policy::play(&play.world, 7, policy);
        assert_eq!(play.inputs, inputs, "{}", policy.name());
        assert_eq!(play.season.journal(), alone.journal(), "{}", policy.name());
        assert_eq!(play.season, alone, "{}", policy.name());
    }
}

#[test]
fn cooperative_mode_collects_each_players_secret_vote_before_the_reveal() {
    let mut app = test_app(opts(Mode::Cooperative, Some(Policy::Facilitative)));
    // Until the first ballot is complete, no vote reaches the engine.
    run_until(&mut app, |a| a.world().resource::<Meeting>().stage == Stage::AllVoted);
    {
        let g = game(&app);
        let play = g.play.as_ref().unwrap();
        assert!(play.inputs.is_empty(), "nothing settled before the reveal");
        let meeting = app.world().resource::<Meeting>();
        let voters: Vec<u8> = meeting.votes.iter().map(|v| v.0).collect();
        assert_eq!(voters, play.seats, "every player seat voted once");
    }
    run_until(&mut app, |a| screen(a) == Screen::Debrief);
    let play = game(&app).play.as_ref().unwrap();
    assert!(play.season.is_over());
    assert_eq!(play.seats, vec![0, 3]);
    assert!(play.inputs.iter().all(|i| !i.votes.is_empty()), "every decision carries the players' votes");
}

#[test]
fn a_save_loads_back_to_the_same_summer_and_a_corrupt_one_leaves_the_game_going() {
    let mut app = test_app(opts(Mode::Animateur, Some(Policy::Coaching)));
    run_until(&mut app, |a| game(a).play.as_ref().is_some_and(|p| p.inputs.len() >= 12));
    // Stop the autoplay to look at the state.
    app.world_mut().resource_mut::<cjs::game::autoplay::Autoplay>().policy = None;
    let path = temp("a.save.json");
    app.world_mut().resource_mut::<Game>().save_path = path.clone();
    act(&mut app, Action::Save);
    assert!(path.exists(), "{:?}", game(&app).notice);
    let before = game(&app).play.as_ref().unwrap().season.clone();

    // A corrupt save: a clear message, and the summer is still there.
    let bad = temp("bad.save.json");
    std::fs::write(&bad, b"{ \"format\": \"cjs-save\", oops").unwrap();
    act(&mut app, Action::Load(bad.clone()));
    let notice = game(&app).notice.clone().unwrap_or_default();
    assert!(notice.contains("Impossible de charger"), "{notice}");
    assert_eq!(game(&app).play.as_ref().unwrap().season, before);

    // Load the good one into a fresh game.
    let mut o = opts(Mode::Animateur, None);
    o.load = Some(path);
    let mut app2 = test_app(o);
    app2.update();
    app2.update();
    let loaded = game(&app2).play.as_ref().expect("loaded");
    assert_eq!(loaded.season, before);
    assert_eq!(screen(&app2), Screen::Season);
}

#[test]
fn the_debrief_exports_the_html_report_and_the_journal_next_to_the_save() {
    let mut app = test_app(opts(Mode::Animateur, Some(Policy::Facilitative)));
    run_until(&mut app, |a| screen(a) == Screen::Debrief);
    let path = temp("export.save.json");
    app.world_mut().resource_mut::<Game>().save_path = path.clone();
    act(&mut app, Action::Export);
    let html = std::fs::read_to_string(path.with_extension("html")).expect("report written");
    assert!(html.contains("Quintin"), "the report names the scenario");
    let journal: cjs::save::JournalFile =
        serde_json::from_str(&std::fs::read_to_string(path.with_extension("journal.json")).unwrap())
            .expect("a journal file `cjs report` reads");
    assert_eq!(journal.save.inputs, game(&app).play.as_ref().unwrap().inputs);
}

#[test]
fn rewinding_replays_the_first_decisions_and_lets_the_player_choose_again() {
    let mut app = test_app(opts(Mode::Animateur, Some(Policy::Directive)));
    run_until(&mut app, |a| screen(a) == Screen::Debrief);
    app.world_mut().resource_mut::<cjs::game::autoplay::Autoplay>().policy = None;
    let w = game(&app).play.as_ref().unwrap().world.clone();
    act(&mut app, Action::Rewind(3));
    let play = game(&app).play.as_ref().unwrap();
    assert_eq!(play.inputs.len(), 3);
    assert_eq!(screen(&app), Screen::Season);
    // The same as three decisions of the engine alone.
    let mut s = cjs::sim::Season::new(&w, 7);
    for i in &play.inputs {
        s.decide(&w, i).unwrap();
    }
    assert_eq!(play.season, s);
    // A different choice now: step back.
    act(&mut app, Action::GoToDecision);
    act(&mut app, Action::Decide(cjs::decision::Input::posture(cjs::decision::Posture::StepBack, None)));
    let play = game(&app).play.as_ref().unwrap();
    assert_eq!(play.inputs.len(), 4);
    assert_eq!(play.inputs[3].posture, cjs::decision::Posture::StepBack);
}

#[test]
fn an_incomplete_choice_is_not_sent_and_a_pause_holds_the_decision() {
    let mut app = test_app(opts(Mode::Animateur, None));
    act(&mut app, Action::Start { scenario: 0, mode: Mode::Animateur, seed: 3, seats: vec![] });
    act(&mut app, Action::GoToDecision);
    assert_eq!(screen(&app), Screen::Assembly);
    act(&mut app, Action::TogglePause);
    act(&mut app, Action::Decide(cjs::decision::Input::posture(cjs::decision::Posture::Facilitate, None)));
    assert!(game(&app).play.as_ref().unwrap().inputs.is_empty(), "paused");
    act(&mut app, Action::TogglePause);
    act(&mut app, Action::Decide(cjs::decision::Input::posture(cjs::decision::Posture::Decide, None)));
    assert!(game(&app).play.as_ref().unwrap().inputs.is_empty(), "deciding needs an option");
    assert!(game(&app).notice.is_some());
}

#[test]
fn settings_change_language_and_keep_the_text_scale_between_100_and_250_percent() {
    let mut app = test_app(opts(Mode::Animateur, None));
    act(&mut app, Action::SetScale(9.0));
    assert_eq!(app.world().resource::<Settings>().scale, 2.5);
    act(&mut app, Action::SetScale(0.1));
    assert_eq!(app.world().resource::<Settings>().scale, 1.0);
    act(&mut app, Action::SetLang(Lang::En));
    assert_eq!(app.world().resource::<Settings>().lang, Lang::En);
    act(&mut app, Action::ToggleContrast);
    assert!(app.world().resource::<Settings>().high_contrast);
}

#[test]
fn both_languages_have_every_key_and_every_key_the_game_uses() {
    let fr = i18n::keys(Lang::Fr);
    let en = i18n::keys(Lang::En);
    assert_eq!(fr, en, "fr and en .ftl files have the same keys");
    for (k, v) in i18n::parse(i18n::FR).iter().chain(i18n::parse(i18n::EN).iter()) {
        assert!(!v.trim().is_empty(), "{k} is empty");
    }
    // Every `t(lang, "key")` / `ta(lang, "key", ..)` in the game's code has a text.
    let mut used = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src/game"))];
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            for e in std::fs::read_dir(&p).unwrap() {
                stack.push(e.unwrap().path());
            }
            continue;
        }
        let src = std::fs::read_to_string(&p).unwrap();
        for pat in ["t(lang, \"", "ta(lang, \"", "t(v.lang, \"", "ta(\n"] {
            let mut rest = src.as_str();
            while let Some(i) = rest.find(pat) {
                rest = &rest[i + pat.len()..];
                if pat.ends_with('"')
                    && let Some(end) = rest.find('"')
                {
                    used.push(rest[..end].to_string());
                }
            }
        }
        // Keys written on their own line after `t(`/`ta(` with the language first.
        for line in src.lines() {
            let key = line.trim().strip_prefix('"').and_then(|l| l.strip_suffix("\","));
            if let Some(k) = key
                && k.contains('-')
                && k.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            {
                used.push(k.to_string());
            }
        }
    }
    let shots = ["assembly-result", "event-result", "all-voted"];
    for k in used {
        if shots.contains(&k.as_str()) {
            continue;
        }
        assert!(fr.contains(&k), "key {k} used in src/game has no text");
    }
}

#[test]
fn money_reads_in_the_scenarios_locale() {
    let mut app = test_app(opts(Mode::Animateur, None));
    act(&mut app, Action::Start { scenario: 0, mode: Mode::Animateur, seed: 1, seats: vec![] });
    let play = game(&app).play.as_ref().unwrap();
    let v = cjs::game::view::SeasonView::of(play, Lang::Fr, None);
    assert!(v.cash.ends_with("\u{a0}€"), "{}", v.cash);
    assert!(v.cash.contains(','), "{}", v.cash);
}

#[test]
fn a_trainee_who_states_readings_gets_the_share_that_matched_as_diagnosis() {
    use cjs::decision::{Input, Posture, Reading, Ready};
    let mut app = test_app(opts(Mode::Animateur, None));
    act(&mut app, Action::Start { scenario: 0, mode: Mode::Animateur, seed: 11, seats: vec![] });
    // Always "partly ready, not in crisis", and a facilitated debate.
    let mut input = Input::posture(Posture::Facilitate, None);
    input.reading = Some(Reading { ready: Ready::Partly, crisis: false });
    for _ in 0..2_000 {
        match screen(&app) {
            Screen::Debrief => break,
            Screen::Season => act(&mut app, Action::GoToDecision),
            Screen::Summary => act(&mut app, Action::CloseSummary),
            Screen::Assembly | Screen::Event => {
                if app.world().resource::<Meeting>().stage == Stage::Settled {
                    act(&mut app, Action::Continue)
                } else {
                    act(&mut app, Action::Decide(input.clone()))
                }
            }
            s => panic!("unexpected screen {s:?}"),
        }
    }
    assert_eq!(screen(&app), Screen::Debrief);
    let play = game(&app).play.as_ref().unwrap();
    assert!(play.season.is_over());
    let (n, matched) = play.season.journal().iter().fold((0u16, 0u16), |(n, ok), e| match &e.ev {
        cjs::sim::journal::Ev::Reading { read, was, .. } => (n + 1, ok + u16::from(read == was)),
        _ => (n, ok),
    });
    assert_eq!(usize::from(n), play.inputs.len(), "every decision carried a reading");
    let v = cjs::game::view::DebriefView::of(play, Lang::En, "r.html".into(), None);
    assert_eq!(v.diagnosis, (matched, n));
    assert_eq!(v.misread.len(), usize::from(n - matched));
    assert!(matched > 0 && matched < n, "some readings matched, some did not: {matched}/{n}");
    assert!(v.misread.iter().all(|m| !m.cues.is_empty() && m.read.contains("partly ready")));
}

// ---------- panels, by their accessible labels (egui_kittest, no GPU) ----------

mod panels {
    use cjs::decision::{Input, Posture};
    use cjs::game::i18n::t;
    use cjs::game::screens::{assembly, debrief, title};
    use cjs::game::state::{Action, Meeting, Play, Stage};
    use cjs::game::view::{DebriefView, DecisionView, TitleView};
    use cjs::policy::Policy;
    use cjs::save::Mode;
    use cjs::sim::World;
    use cjs::text::Lang;
    use egui_kittest::Harness;
    use egui_kittest::kittest::{NodeT, Queryable};

    fn play(mode: Mode) -> Play {
        let loaded = cjs::scenario::shipped::by_id("quintin-2013").unwrap().unwrap();
        Play::new(World::new(&loaded), 5, mode, Policy::Adaptive, vec![0, 3])
    }

    #[test]
    fn the_title_starts_the_chosen_summer() {
        let all = cjs::scenario::shipped::all();
        let view = TitleView::of(&all, Lang::Fr, None);
        let opts = cjs::game::Options {
            lang: Lang::Fr,
            scenario: None,
            mode: Mode::Animateur,
            seed: Some(42),
            load: None,
            autoplay: None,
            room: None,
        };
        let mut harness = Harness::new_ui_state(
            |ui, st: &mut (title::TitleForm, Option<Action>)| {
                if let Some(a) = title::panel(ui, &view, &mut st.0) {
                    st.1 = Some(a);
                }
            },
            (title::TitleForm::new(&opts), None),
        );
        harness.get_by_label("Coopérative").click();
        harness.run_steps(2);
        harness.get_by_label("Commencer l'été").click();
        harness.run_steps(2);
        assert_eq!(
            harness.state().1,
            Some(Action::Start { scenario: 0, mode: Mode::Cooperative, seed: 42, seats: vec![0, 3] })
        );
    }

    #[test]
    fn the_animateur_picks_a_posture_and_an_option_then_confirms() {
        let p = play(Mode::Animateur);
        let item = p.season.pending().unwrap().clone();
        let view = DecisionView::of(&p, &Meeting::default(), &item, Lang::En, None);
        let mut harness = Harness::new_ui_state(
            |ui, st: &mut (assembly::Form, Option<Action>)| {
                if let Some(a) = assembly::show(ui, &view, &mut st.0, 0) {
                    st.1 = Some(a);
                }
            },
            (assembly::Form::default(), None),
        );
        // Each posture is shown with what it means.
        harness.get_by_label("Let the group decide on its own.");
        // The keyboard: 1 is "decide".
        harness.key_press(bevy_egui::egui::Key::Num1);
        harness.run_steps(2);
        assert_eq!(harness.state().0.posture, Some(Posture::Decide));
        let first = format!("1. {}", view.options[0]);
        harness.get_by_label(&first).click();
        harness.run_steps(2);
        harness.get_by_label("Confirm: Decide").click();
        harness.run_steps(2);
        assert_eq!(harness.state().1, Some(Action::Decide(Input::posture(Posture::Decide, Some(0)))));
    }

    #[test]
    fn the_hot_seat_names_the_player_and_keeps_the_ballot_secret() {
        let p = play(Mode::Cooperative);
        let item = p.season.pending().unwrap().clone();
        let meeting = Meeting { stage: Stage::Handoff(1), ..Meeting::default() };
        let view = DecisionView::of(&p, &meeting, &item, Lang::Fr, None);
        let name = p.world.scenario.cooperants[3].name.clone();
        let mut harness = Harness::new_ui_state(
            |ui, st: &mut (assembly::Form, Option<Action>)| {
                if let Some(a) = assembly::show(ui, &view, &mut st.0, 0) {
                    st.1 = Some(a);
                }
            },
            (assembly::Form::default(), None),
        );
        harness.get_by_label(&format!("Passez le clavier à {name}"));
        harness.get_by_label(&format!("Je suis {name}, je suis prêt·e")).click();
        harness.run_steps(2);
        assert_eq!(harness.state().1, Some(Action::SeatReady));
    }

    #[test]
    fn the_debrief_exports_the_report_and_offers_to_replay_a_decision() {
        let (season, inputs) = {
            let p = play(Mode::Animateur);
            cjs::policy::play(&p.world, 5, Policy::Adaptive)
        };
        let base = play(Mode::Animateur);
        let p = Play::replay(base.world.clone(), 5, Mode::Animateur, Policy::Adaptive, vec![], &inputs);
        assert_eq!(p.season, season);
        let view = DebriefView::of(&p, Lang::En, "report.html".into(), None);
        assert_eq!(view.decisions.len(), inputs.len());
        let mut harness = Harness::new_ui_state(
            |ui, st: &mut Option<Action>| {
                if let Some(a) = debrief::show(ui, &view) {
                    *st = Some(a);
                }
            },
            None,
        );
        harness.get_by_label("Export the report (HTML)").click();
        harness.run_steps(2);
        assert_eq!(*harness.state(), Some(Action::Export));
        harness.get_all_by_label("Replay").next().unwrap().click();
        harness.run_steps(2);
        assert_eq!(*harness.state(), Some(Action::Rewind(0)));
    }

    /// Every text a panel shows (labels and widget names), one per line.
    fn texts<S>(h: &Harness<'_, S>) -> String {
        h.query_all(egui_kittest::kittest::by().include_labels())
            .filter_map(|n| {
                let a = n.accesskit_node();
                a.value().map(|x| x.to_string()).or_else(|| a.label().map(|x| x.to_string()))
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The texts of the season, assembly, event, result, summary and debrief panels.
    fn all_panel_texts(p: &Play, lang: Lang) -> Vec<(String, String)> {
        use cjs::game::screens::{season, summary};
        use cjs::game::view::{SeasonView, SummaryView};
        let mut out = Vec::new();
        let size = bevy_egui::egui::vec2(1400.0, 4000.0);
        let mut shot = |name: &str, f: &dyn Fn(&mut bevy_egui::egui::Ui)| {
            let mut h = Harness::builder().with_size(size).build_ui(f);
            h.run_steps(2);
            out.push((name.to_string(), texts(&h)));
        };
        let v = SeasonView::of(p, lang, None);
        shot("season", &|ui| {
            let _ = season::show(ui, &v);
        });
        let item = p.season.pending().unwrap().clone();
        let v = DecisionView::of(p, &Meeting::default(), &item, lang, None);
        shot(if v.is_event { "event" } else { "assembly" }, &|ui| {
            let _ = assembly::show(ui, &v, &mut assembly::Form::default(), 0);
        });
        let v = SummaryView::of(p, 0, 0, lang);
        shot("summary", &|ui| {
            let _ = summary::panel(ui, &v);
        });
        let v = DebriefView::of(p, lang, "r.html".into(), None);
        shot("debrief", &|ui| {
            let _ = debrief::show(ui, &v);
        });
        out
    }

    /// A summer of `id` played by a policy up to its first event, so that both decision screens
    /// are met.
    fn up_to_an_event(id: &str, guided: bool) -> Play {
        let loaded = cjs::scenario::shipped::by_id(id).unwrap().unwrap();
        let mut p = Play::new(World::new(&loaded), 5, Mode::Animateur, Policy::Adaptive, vec![]);
        p.guided = guided;
        let mut seen_assembly = false;
        while let Some(item) = p.season.pending() {
            let event = matches!(item.kind, cjs::decision::Kind::Event(_));
            if event && seen_assembly {
                break;
            }
            seen_assembly |= !event;
            let input = p.policy_input().unwrap();
            p.season.decide(&p.world, &input).unwrap();
            p.inputs.push(input);
        }
        p
    }

    #[test]
    fn no_screen_shows_the_readiness_or_the_need_unless_guided_or_in_the_tutorial() {
        // (words, the need's words): the need is only ever shown before the decision.
        let words =
            [(Lang::Fr, ["Maturité", "maturité"], "Besoin du groupe"), (Lang::En, ["readiness", "Readiness"], "need")];
        for guided in [false, true] {
            let p = up_to_an_event("quintin-2013", guided);
            assert!(matches!(p.season.pending().unwrap().kind, cjs::decision::Kind::Event(_)));
            let first = {
                let mut q = Play::new(p.world.clone(), 5, Mode::Animateur, Policy::Adaptive, vec![]);
                q.guided = guided;
                q
            };
            for (lang, ready, need) in words {
                for play in [&first, &p] {
                    let figure = format!("{:.0}", play.season.readiness() * 100.0);
                    for (panel, text) in all_panel_texts(play, lang) {
                        let shown = ready.iter().any(|w| text.contains(w));
                        let decision = panel == "assembly" || panel == "event";
                        let season = panel == "season";
                        if guided {
                            if decision || season {
                                assert!(shown, "{panel} ({lang:?}, guided) shows the readiness:\n{text}");
                                assert!(text.contains(&format!("{figure} %")) || text.contains(&format!("{figure}%")));
                            }
                            if decision {
                                assert!(text.contains(need), "{panel} ({lang:?}, guided) shows the need");
                            }
                        } else {
                            assert!(!shown, "{panel} ({lang:?}) shows the readiness:\n{text}");
                            if decision {
                                assert!(!text.contains(need), "{panel} ({lang:?}) shows the need:\n{text}");
                                let cue = t(lang, "cues-title");
                                assert!(text.contains(&cue), "{panel} ({lang:?}) lists the cues:\n{text}");
                            }
                        }
                    }
                }
            }
        }
        // The tutorial shows it without the setting.
        let loaded = cjs::scenario::shipped::by_id("tutorial").unwrap().unwrap();
        let tut = Play::new(World::new(&loaded), 5, Mode::Animateur, Policy::Adaptive, vec![]);
        let texts = all_panel_texts(&tut, Lang::Fr);
        assert!(texts.iter().any(|(p, t)| p == "assembly" && t.contains("Maturité du groupe")));
    }

    #[test]
    fn a_newcomer_meets_the_tutorial_first_and_the_guided_setting_is_on_the_title() {
        let all = cjs::scenario::shipped::all();
        let i = title::first_choice(&all, None);
        assert_eq!(all[i].scenario.id, "tutorial");
        assert_eq!(all[title::first_choice(&all, Some("quimper-2013"))].scenario.id, "quimper-2013");
        for (lang, label) in [(Lang::Fr, "Mode guidé"), (Lang::En, "Guided mode")] {
            let view = TitleView::of(&all, lang, None);
            let mut harness = Harness::new_ui_state(
                |ui, st: &mut (title::TitleForm, Option<Action>)| {
                    if let Some(a) = title::panel(ui, &view, &mut st.0) {
                        st.1 = Some(a);
                    }
                },
                (
                    title::TitleForm::new(&cjs::game::Options {
                        lang,
                        scenario: None,
                        mode: Mode::Animateur,
                        seed: None,
                        load: None,
                        autoplay: None,
                        room: None,
                    }),
                    None,
                ),
            );
            harness.get_by_label_contains(label).click();
            harness.run_steps(2);
            assert_eq!(harness.state().1, Some(Action::SetGuided(true)));
        }
    }

    #[test]
    fn the_trainee_states_a_reading_with_keys_and_it_goes_into_the_input() {
        let p = play(Mode::Animateur);
        let item = p.season.pending().unwrap().clone();
        let view = DecisionView::of(&p, &Meeting::default(), &item, Lang::En, None);
        let mut harness = Harness::new_ui_state(
            |ui, st: &mut (assembly::Form, Option<Action>)| {
                if let Some(a) = assembly::show(ui, &view, &mut st.0, 0) {
                    st.1 = Some(a);
                }
            },
            (assembly::Form::default(), None),
        );
        harness.get_by_label_contains("Keys: 7 not ready");
        harness.key_press(bevy_egui::egui::Key::Num8);
        harness.key_press(bevy_egui::egui::Key::Num0);
        harness.key_press(bevy_egui::egui::Key::Num3);
        harness.run_steps(2);
        harness.get_by_label("Confirm: Facilitate").click();
        harness.run_steps(2);
        let mut want = Input::posture(Posture::Facilitate, None);
        want.reading = Some(cjs::decision::Reading { ready: cjs::decision::Ready::Partly, crisis: true });
        assert_eq!(harness.state().1, Some(Action::Decide(want)));
    }
}

/// The CPU time of the game's own work per frame: the systems of a headless App (autoplay,
/// actions, engine steps) and the layout of the heaviest panels (season, debrief) with their
/// view models. `cargo test --release --test game -- --nocapture frame` prints the figures.
#[test]
fn the_games_own_work_per_frame_is_small() {
    use cjs::game::screens::{debrief, season};
    use cjs::game::view::{DebriefView, SeasonView};
    use std::time::Instant;

    let mut app = test_app(opts(Mode::Animateur, Some(Policy::Adaptive)));
    let t0 = Instant::now();
    let mut frames = 0u32;
    while screen(&app) != Screen::Debrief && frames < 20_000 {
        app.update();
        frames += 1;
    }
    let systems = t0.elapsed().as_secs_f64() * 1000.0 / f64::from(frames);
    let play = game(&app).play.as_ref().unwrap();

    let mut h = egui_kittest::Harness::new_ui(|ui| {
        let v = SeasonView::of(play, Lang::Fr, None);
        let _ = season::show(ui, &v);
    });
    let t1 = Instant::now();
    for _ in 0..20 {
        h.step();
    }
    let season_ms = t1.elapsed().as_secs_f64() * 1000.0 / 20.0;
    drop(h);
    let mut h = egui_kittest::Harness::new_ui(|ui| {
        let v = DebriefView::of(play, Lang::Fr, "r.html".into(), None);
        let _ = debrief::show(ui, &v);
    });
    let t2 = Instant::now();
    for _ in 0..20 {
        h.step();
    }
    let debrief_ms = t2.elapsed().as_secs_f64() * 1000.0 / 20.0;
    eprintln!(
        "frame: systems {systems:.3} ms over {frames} frames; season panel {season_ms:.3} ms; debrief panel {debrief_ms:.3} ms"
    );
    assert!(systems < 50.0 && season_ms < 200.0 && debrief_ms < 200.0);
}

/// One HTTP/1.1 request to the room on loopback; the status and the JSON body.
fn http(
    to: std::net::SocketAddr,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: &str,
) -> (u16, serde_json::Value) {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(to).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let auth = token.map(|t| format!("Authorization: Bearer {t}\r\n")).unwrap_or_default();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: room\r\nConnection: close\r\nContent-Type: application/json\r\n{auth}Content-Length: {}\r\n\r\n{body}",
        body.len()
    );
    s.write_all(head.as_bytes()).unwrap();
    let mut resp = Vec::new();
    let _ = s.read_to_end(&mut resp);
    let text = String::from_utf8_lossy(&resp);
    let status = text.split(' ').nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    let json = text.split_once("\r\n\r\n").and_then(|(_, b)| serde_json::from_str(b).ok()).unwrap_or_default();
    (status, json)
}

/// Updates the app (a frame every 2 ms) until `job` is done; its result.
fn frames_until<T>(app: &mut App, job: std::thread::JoinHandle<T>) -> T {
    let start = std::time::Instant::now();
    while !job.is_finished() {
        assert!(start.elapsed() < Duration::from_secs(30), "the phone got no answer");
        app.update();
        std::thread::sleep(Duration::from_millis(2));
    }
    job.join().unwrap()
}

#[test]
fn a_room_opened_by_the_game_takes_a_phones_vote_into_the_decision() {
    use cjs::game::room::Hosted;
    let mut o = opts(Mode::Cooperative, None);
    o.room = Some("127.0.0.1:0".parse().unwrap());
    let scenario = cjs::game::state::scenarios(&o).iter().position(|l| l.scenario.id == "quintin-2013").unwrap();
    let mut app = test_app(o);
    app.update();
    assert!(app.world().get_resource::<Hosted>().is_none(), "nothing is served before a summer starts");
    // No seat at the keyboard: the phone's seat is the only player's.
    act(&mut app, Action::Start { scenario, mode: Mode::Cooperative, seed: 7, seats: vec![] });
    let view = app.world().get_resource::<Hosted>().expect("the room opens with the cooperative summer").view.clone();
    assert_eq!(view.code.len(), 6);
    assert!(view.qr_width >= 21 && view.qr.len() == view.qr_width * view.qr_width, "a QR code");
    let to: std::net::SocketAddr = view.url.trim_start_matches("http://").trim_end_matches('/').parse().unwrap();
    assert_eq!(to.ip().to_string(), "127.0.0.1");

    // A phone joins and votes for option 1 of the first decision, while the game runs its frames.
    let code = view.code.clone();
    let phone = std::thread::spawn(move || {
        let join = format!(r#"{{"code": "{code}", "name": "Noé", "lang": "fr"}}"#);
        let (status, j) = http(to, "POST", "/api/join", None, &join);
        assert_eq!(status, 200, "{j}");
        let token = j["token"].as_str().unwrap().to_string();
        let (status, v) = http(to, "POST", "/api/vote", Some(&token), r#"{"decision": 0, "option": 1}"#);
        assert_eq!(status, 200, "{v}");
        (token, j["member"].as_u64())
    });
    let (token, member) = frames_until(&mut app, phone);
    assert_eq!(member, Some(0), "the phone holds the first seat");
    act(&mut app, Action::GoToDecision);
    {
        let meeting = app.world().resource::<Meeting>();
        assert_eq!(meeting.phones, vec![0]);
        assert_eq!(meeting.votes, vec![(0, 1)], "the phone's ballot is in the assembly");
        assert_eq!(meeting.stage, Stage::AllVoted, "no hot seat to wait for");
        let view = &app.world().resource::<Hosted>().view;
        assert_eq!(view.tally, (1, 1));
        assert!(view.phones[0].voted && view.phones[0].seat.as_ref().is_some_and(|s| s.0 == 0));
        assert!(game(&app).play.as_ref().unwrap().inputs.is_empty(), "nothing settles before the reveal");
    }

    // The facilitator reveals: the decision settles with the phone's vote.
    act(&mut app, Action::Reveal);
    let play = game(&app).play.as_ref().unwrap();
    assert_eq!(play.inputs.len(), 1);
    assert_eq!(play.inputs[0].votes, vec![(0, 1)]);
    assert_eq!(play.seats, vec![0], "the phone's seat is a player's seat in the save");
    // The phone reads the next decision.
    let state = std::thread::spawn(move || http(to, "GET", "/api/state", Some(&token), ""));
    let (status, s) = frames_until(&mut app, state);
    assert_eq!(status, 200, "{s}");
    assert_ne!(s["decision"].as_u64(), Some(0), "{s}");

    // Back to the title: the room closes with the summer.
    act(&mut app, Action::ToTitle);
    assert!(app.world().get_resource::<Hosted>().is_none());
    assert!(std::net::TcpStream::connect(to).is_err(), "the port is closed");
}
