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
        history: None,
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
    assert!(play.summer.season.is_over());
    assert_eq!(play.summer.save.inputs.len(), play.summer.season.settled().len());
}

#[test]
fn autoplay_plays_the_summer_cjs_run_plays_for_every_policy() {
    // `cjs play --autoplay P --seed N` and `cjs run --policy P --seed N`: the game adds no rule
    // of its own and seeds the policy as the engine does, so the journals are the same.
    for policy in Policy::all().iter().copied() {
        let mut app = test_app(opts(Mode::Animateur, Some(policy)));
        run_until(&mut app, |a| screen(a) == Screen::Debrief);
        let play = game(&app).play.as_ref().expect("a summer");
        let (alone, inputs) = cjs::policy::play(&play.summer.world, 7, policy);
        assert_eq!(play.summer.save.inputs, inputs, "{}", policy.name());
        assert_eq!(play.summer.season.journal(), alone.journal(), "{}", policy.name());
        assert_eq!(play.summer.season, alone, "{}", policy.name());
    }
}

#[test]
fn a_trainers_edited_copy_of_a_shipped_scenario_is_the_one_played() {
    // A trainer copies quintin-2013.ron, keeps its id and changes the group's name: `cjs play
    // FILE` plays the file, not the shipped scenario of the same id (it used to be ignored).
    let shipped = include_str!("../scenarios/quintin-2013.ron");
    let title = r#"title: (fr: "Quintin, été 2013""#;
    assert!(shipped.contains(title));
    let path = temp("edited-quintin.ron");
    std::fs::write(&path, shipped.replacen(title, r#"title: (fr: "Quintin, copie du formateur""#, 1)).unwrap();
    let o = Options { scenario: Some(path.display().to_string()), ..opts(Mode::Animateur, Some(Policy::Adaptive)) };
    let all = cjs::game::state::scenarios(&o);
    assert_eq!(all.len(), cjs::scenario::shipped::all().len(), "the copy takes the original's place");
    let mut app = test_app(o);
    run_until(&mut app, |a| screen(a) == Screen::Debrief);
    let play = game(&app).play.as_ref().expect("a summer");
    let edited = cjs::scenario::load_file(&path).expect("the copy loads");
    assert_eq!(play.summer.world.scenario.id, "quintin-2013");
    assert_eq!(play.summer.world.scenario.title.get(Lang::Fr), "Quintin, copie du formateur");
    assert_eq!(play.summer.world.scenario, edited.scenario, "the summer is the copy's");
}

#[test]
fn cooperative_mode_collects_each_players_secret_vote_before_the_reveal() {
    let mut app = test_app(opts(Mode::Cooperative, Some(Policy::Facilitative)));
    // Until the first ballot is complete, no vote reaches the engine.
    run_until(&mut app, |a| a.world().resource::<Meeting>().stage == Stage::AllVoted);
    {
        let g = game(&app);
        let play = g.play.as_ref().unwrap();
        assert!(play.summer.save.inputs.is_empty(), "nothing settled before the reveal");
        let meeting = app.world().resource::<Meeting>();
        let voters: Vec<u8> = meeting.votes.iter().map(|v| v.0).collect();
        assert_eq!(voters, play.summer.save.seats, "every player seat voted once");
    }
    run_until(&mut app, |a| screen(a) == Screen::Debrief);
    let play = game(&app).play.as_ref().unwrap();
    assert!(play.summer.season.is_over());
    assert_eq!(play.summer.save.seats, vec![0, 3]);
    assert!(play.summer.save.inputs.iter().all(|i| !i.votes.is_empty()), "every decision carries the players' votes");
}

#[test]
fn a_save_loads_back_to_the_same_summer_and_a_corrupt_one_leaves_the_game_going() {
    let mut app = test_app(opts(Mode::Animateur, Some(Policy::Coaching)));
    run_until(&mut app, |a| game(a).play.as_ref().is_some_and(|p| p.summer.save.inputs.len() >= 12));
    // Stop the autoplay to look at the state.
    app.world_mut().resource_mut::<cjs::game::autoplay::Autoplay>().policy = None;
    let path = temp("a.save.json");
    app.world_mut().resource_mut::<Game>().save_path = path.clone();
    act(&mut app, Action::Save);
    assert!(path.exists(), "{:?}", game(&app).notice);
    let before = game(&app).play.as_ref().unwrap().summer.season.clone();

    // A corrupt save: a clear message, and the summer is still there.
    let bad = temp("bad.save.json");
    std::fs::write(&bad, b"{ \"format\": \"cjs-save\", oops").unwrap();
    act(&mut app, Action::Load(bad.clone()));
    let notice = game(&app).notice.clone().unwrap_or_default();
    assert!(notice.contains("Impossible de charger"), "{notice}");
    assert_eq!(game(&app).play.as_ref().unwrap().summer.season, before);

    // Load the good one into a fresh game.
    let mut o = opts(Mode::Animateur, None);
    o.load = Some(path);
    let mut app2 = test_app(o);
    app2.update();
    app2.update();
    let loaded = game(&app2).play.as_ref().expect("loaded");
    assert_eq!(loaded.summer.season, before);
    assert_eq!(screen(&app2), Screen::Season);
}

#[test]
fn the_debrief_exports_the_html_report_and_the_journal_next_to_the_save() {
    let mut app = test_app(opts(Mode::Animateur, Some(Policy::Facilitative)));
    run_until(&mut app, |a| screen(a) == Screen::Debrief);
    let path = temp("export.save.json");
    app.world_mut().resource_mut::<Game>().save_path = path.clone();
    act(&mut app, Action::Export);
    let first = game(&app).exported.clone().expect("exported");
    let html = std::fs::read_to_string(&first).expect("report written");
    assert!(html.contains("Quintin"), "the report names the scenario");
    let journal: cjs::save::JournalFile =
        serde_json::from_str(&std::fs::read_to_string(first.with_extension("journal.json")).unwrap())
            .expect("a journal file `cjs report` reads");
    assert_eq!(journal.save.inputs, game(&app).play.as_ref().unwrap().summer.save.inputs);
    // Named after the scenario, the seed and the time, beside the save; a second export (the
    // next trainee's, in the same minute) never overwrites the first.
    let name = first.file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with("export-quintin-2013-seed7-20") && name.ends_with(".html"), "{name}");
    assert_eq!(first.parent(), path.parent());
    act(&mut app, Action::Export);
    let second = game(&app).exported.clone().unwrap();
    assert_ne!(first, second);
    assert_eq!(std::fs::read_to_string(&first).unwrap(), html, "the first report is left whole");
    assert!(second.exists() && second.with_extension("journal.json").exists());
}

#[test]
fn rewinding_replays_the_first_decisions_and_lets_the_player_choose_again() {
    let mut app = test_app(opts(Mode::Animateur, Some(Policy::Directive)));
    run_until(&mut app, |a| screen(a) == Screen::Debrief);
    app.world_mut().resource_mut::<cjs::game::autoplay::Autoplay>().policy = None;
    let w = game(&app).play.as_ref().unwrap().summer.world.clone();
    act(&mut app, Action::Rewind(3));
    let play = game(&app).play.as_ref().unwrap();
    assert_eq!(play.summer.save.inputs.len(), 3);
    assert_eq!(screen(&app), Screen::Season);
    // The same as three decisions of the engine alone.
    let mut s = cjs::sim::Season::new(&w, 7);
    for i in &play.summer.save.inputs {
        s.decide(&w, i).unwrap();
    }
    assert_eq!(play.summer.season, s);
    // A different choice now: step back.
    act(&mut app, Action::GoToDecision);
    act(&mut app, Action::Decide(cjs::decision::Input::posture(cjs::decision::Posture::StepBack, None)));
    let play = game(&app).play.as_ref().unwrap();
    assert_eq!(play.summer.save.inputs.len(), 4);
    assert_eq!(play.summer.save.inputs[3].posture, cjs::decision::Posture::StepBack);
}

/// The save of a summer a policy played alone (`cjs run --policy P --journal J`, the `save` of
/// the journal kept) names the policy in animateur mode. Loaded in the game, the players take
/// the animateurs' seat: the game's save and its exported journal name no policy, and
/// `cjs report` reads that journal once the players chose otherwise.
#[test]
fn a_policys_save_loaded_in_the_game_is_saved_and_exported_as_the_players_summer() {
    let loaded = cjs::scenario::shipped::by_id("quintin-2013").unwrap().unwrap();
    let summer = cjs::save::Summer::played_by(cjs::sim::World::new(&loaded), 7, Policy::Directive);
    assert_eq!((summer.save.mode, summer.save.policy.as_deref()), (Mode::Animateur, Some("directive")));
    let path = temp("policy.save.json");
    cjs::save::write_json(&path, &summer.save).unwrap();
    let mut o = opts(Mode::Animateur, None);
    o.load = Some(path.clone());
    let mut app = test_app(o);
    app.update();
    app.update();
    assert_eq!(game(&app).play.as_ref().expect("loaded").summer.season, summer.season);
    // The players branch off at the fourth decision with a posture the policy does not take.
    act(&mut app, Action::Rewind(3));
    act(&mut app, Action::GoToDecision);
    act(&mut app, Action::Decide(cjs::decision::Input::posture(cjs::decision::Posture::StepBack, None)));
    assert_eq!(game(&app).play.as_ref().unwrap().summer.save.inputs.len(), 4);
    act(&mut app, Action::Save);
    let saved = cjs::save::load_save(&path).unwrap_or_else(|d| panic!("{}", d[0]));
    assert_eq!(saved.save.policy, None, "the players' summer, not the policy's");
    act(&mut app, Action::Export);
    let report = game(&app).exported.clone().expect("exported");
    let journal = cjs::save::load_journal(&report.with_extension("journal.json"))
        .unwrap_or_else(|d| panic!("cjs report refuses the exported journal: {}", d[0].render(Lang::En)));
    assert_eq!(journal.summer.summary().policy, "players");
}

/// Issue 23, point 3: the debrief's button replays the summer (same scenario, seed and inputs)
/// up to the worst misreading and opens that decision at once, with the same cues, to be read
/// again; a rewind keeps the practice mode.
#[test]
fn replaying_the_worst_misreading_opens_that_decision_again_with_its_cues() {
    let mut app = test_app(opts(Mode::Animateur, Some(Policy::Reader)));
    act(&mut app, Action::SetPractice(true));
    run_until(&mut app, |a| screen(a) == Screen::Debrief);
    app.world_mut().resource_mut::<cjs::game::autoplay::Autoplay>().policy = None;
    let before = game(&app).play.as_ref().unwrap();
    assert!(before.summer.save.practice);
    let (seed, inputs) = (before.summer.save.seed, before.summer.save.inputs.clone());
    let worst = cjs::game::view::DebriefView::of(before, Lang::Fr, String::new(), None).worst.expect("a misreading");
    let d = worst.d;
    let shown: Vec<cjs::sim::season::Cue> = before
        .summer
        .season
        .journal()
        .iter()
        .filter_map(|e| match e.ev {
            cjs::sim::journal::Ev::Cue { d: cd, cue } if cd == d => Some(cue),
            _ => None,
        })
        .collect();
    act(&mut app, Action::Retry(usize::from(d)));
    assert!(matches!(screen(&app), Screen::Assembly | Screen::Event), "{:?}", screen(&app));
    assert_eq!(app.world().resource::<Meeting>().stage, Stage::Choose);
    let play = game(&app).play.as_ref().unwrap();
    assert_eq!((play.summer.save.seed, play.summer.save.inputs.as_slice()), (seed, &inputs[..usize::from(d)]));
    assert_eq!(play.summer.season.pending().map(|i| i.id), Some(d));
    assert_eq!(play.summer.season.cues(&play.summer.world), shown, "the same decision, showing the same cues");
    assert!(play.summer.save.practice, "the replay keeps practice mode");
    assert!(game(&app).notice.as_deref().is_some_and(|n| n.contains(&(usize::from(d) + 1).to_string())));
}

/// Issue 23, point 6: practice mode is a setting of the title (off by default), saved with the
/// game; a save without it (older ones) loads with it off.
#[test]
fn practice_mode_is_saved_with_the_game_and_older_saves_load_without_it() {
    let path = temp("practice.save.json");
    let _ = std::fs::remove_file(&path);
    let mut o = opts(Mode::Animateur, None);
    o.load = Some(path.clone());
    let mut app = test_app(o.clone());
    assert!(!app.world().resource::<Settings>().practice, "off by default");
    act(&mut app, Action::SetPractice(true));
    act(&mut app, Action::Start { scenario: 0, mode: Mode::Animateur, seed: 4, seats: vec![] });
    assert!(game(&app).play.as_ref().unwrap().summer.save.practice);
    act(&mut app, Action::Save);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\"practice\":true"), "{text}");
    let mut app = test_app(o.clone());
    app.update();
    assert!(game(&app).play.as_ref().unwrap().summer.save.practice, "loaded with practice mode");
    std::fs::write(&path, text.replace(",\"practice\":true", "")).unwrap();
    let mut app = test_app(o);
    app.update();
    assert!(!game(&app).play.as_ref().unwrap().summer.save.practice, "an older save loads without it");
    // A summer started without it has no such field in its save.
    assert!(!serde_json::to_string(&game(&app).play.as_ref().unwrap().summer.save).unwrap().contains("practice"));
}

#[test]
fn an_incomplete_choice_is_not_sent_and_a_pause_holds_the_decision() {
    let mut app = test_app(opts(Mode::Animateur, None));
    act(&mut app, Action::Start { scenario: 0, mode: Mode::Animateur, seed: 3, seats: vec![] });
    act(&mut app, Action::GoToDecision);
    assert_eq!(screen(&app), Screen::Assembly);
    act(&mut app, Action::TogglePause);
    act(&mut app, Action::Decide(cjs::decision::Input::posture(cjs::decision::Posture::Facilitate, None)));
    assert!(game(&app).play.as_ref().unwrap().summer.save.inputs.is_empty(), "paused");
    act(&mut app, Action::TogglePause);
    act(&mut app, Action::Decide(cjs::decision::Input::posture(cjs::decision::Posture::Decide, None)));
    assert!(game(&app).play.as_ref().unwrap().summer.save.inputs.is_empty(), "deciding needs an option");
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

/// The game's `t`/`ta` are the crate's one catalogue (src/i18n.rs checks its keys); a line of
/// the rewind list reads the same in both (an arrow, never « How do we decide?: »).
#[test]
fn the_game_speaks_through_the_one_catalogue() {
    assert_eq!(i18n::t(Lang::En, "week-short"), cjs::i18n::tr(Lang::En, "week-short"));
    let row = [("week", "3"), ("title", "Nos prix"), ("result", "+5 %")];
    assert_eq!(i18n::ta(Lang::Fr, "rewind-row", &row), "Sem. 3 · Nos prix → +5 %");
    let row = [("week", "3"), ("title", "Our prices"), ("result", "5% above")];
    assert_eq!(i18n::ta(Lang::En, "rewind-row", &row), "Wk 3 · Our prices → 5% above");
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
    assert!(play.summer.season.is_over());
    let (n, matched) = play.summer.season.journal().iter().fold((0u16, 0u16), |(n, ok), e| match &e.ev {
        cjs::sim::journal::Ev::Reading { read, was, .. } => (n + 1, ok + u16::from(read == was)),
        _ => (n, ok),
    });
    assert_eq!(usize::from(n), play.summer.save.inputs.len(), "every decision carried a reading");
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
            history: None,
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
        let item = p.summer.season.pending().unwrap().clone();
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
        let item = p.summer.season.pending().unwrap().clone();
        let meeting = Meeting { stage: Stage::Handoff(1), ..Meeting::default() };
        let view = DecisionView::of(&p, &meeting, &item, Lang::Fr, None);
        let name = p.summer.world.scenario.cooperants[3].name.clone();
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
    fn a_save_of_version_2_loaded_in_the_game_plays_on_its_own_summer_and_saves_as_version_2() {
        use cjs::base::rng::Generator;
        // A journal written by the previous version; its save, as the game loads it (F9).
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/v2-journal-tutorial-seed5-random.json");
        let summer = cjs::save::load_journal(std::path::Path::new(path)).expect("loads").summer;
        let entries = summer.season.journal().to_vec();
        let mut p = Play::replay(summer.world, summer.save, Policy::Adaptive);
        assert_eq!(p.summer.season.generator(), Generator::ChaCha8);
        assert_eq!(p.summer.season.journal(), entries.as_slice(), "the summer the file recorded");
        assert_eq!(p.summer.save.version, 2);
        // A rewind keeps the generator of the summer.
        p.rewind(3);
        assert_eq!((p.summer.season.generator(), p.summer.save.version), (Generator::ChaCha8, 2));
        // A new game (a world compiled anew, as the title screen does) is of this version.
        let tutorial = cjs::scenario::shipped::by_id("tutorial").unwrap().unwrap();
        let fresh = Play::new(cjs::sim::World::new(&tutorial), 5, Mode::Animateur, Policy::Adaptive, vec![]);
        assert_eq!(fresh.summer.save.version, cjs::save::VERSION);
    }

    #[test]
    fn the_debrief_exports_the_report_and_offers_to_replay_a_decision() {
        let (season, inputs) = {
            let p = play(Mode::Animateur);
            cjs::policy::play(&p.summer.world, 5, Policy::Adaptive)
        };
        let base = play(Mode::Animateur);
        let save = cjs::save::Save::new(&base.summer.world, 5, Mode::Animateur, None, vec![], inputs.clone());
        let p = Play::replay(base.summer.world.clone(), save, Policy::Adaptive);
        assert_eq!(p.summer.season, season);
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
        let item = p.summer.season.pending().unwrap().clone();
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
        p.summer.save.guided = guided;
        let mut seen_assembly = false;
        while let Some(item) = p.summer.season.pending() {
            let event = matches!(item.kind, cjs::decision::Kind::Event(_));
            if event && seen_assembly {
                break;
            }
            seen_assembly |= !event;
            let input = p.policy_input().unwrap();
            p.summer.season.decide(&p.summer.world, &input).unwrap();
            p.summer.save.inputs.push(input);
        }
        p
    }

    /// The decision screen's texts with the trainee's `form` as it stands.
    fn decision_texts(p: &Play, lang: Lang, form: assembly::Form) -> (String, String) {
        let item = p.summer.season.pending().unwrap().clone();
        let v = DecisionView::of(p, &Meeting::default(), &item, lang, None);
        let mut h = Harness::builder().with_size(bevy_egui::egui::vec2(1400.0, 4000.0)).build_ui(|ui| {
            let _ = assembly::show(ui, &v, &mut form.clone(), 0);
        });
        h.run_steps(2);
        ((if v.is_event { "event" } else { "assembly" }).to_string(), texts(&h))
    }

    /// Before the posture is chosen, no screen shows the group's readiness or its need (the
    /// true reading) but in the tutorial, with the guided setting, or in practice mode once a
    /// reading is stated and checked (the answer says what the group is); a reading stated but
    /// not checked, or practice mode off, shows nothing.
    #[test]
    fn no_screen_shows_the_readiness_or_the_need_but_in_the_tutorial_guided_or_after_a_reading_in_practice() {
        use cjs::decision::Ready;
        // (words, the need's words): the need is only ever shown before the decision.
        let words =
            [(Lang::Fr, ["Maturité", "maturité"], "Besoin du groupe"), (Lang::En, ["readiness", "Readiness"], "need")];
        let stated = assembly::Form { ready: Some(Ready::Partly), ..Default::default() };
        let checked = assembly::Form { checked: true, ..stated };
        for (guided, practice) in [(false, false), (false, true), (true, false), (true, true)] {
            let mut p = up_to_an_event("quintin-2013", guided);
            p.summer.save.practice = practice;
            assert!(matches!(p.summer.season.pending().unwrap().kind, cjs::decision::Kind::Event(_)));
            let first = {
                let mut q = Play::new(p.summer.world.clone(), 5, Mode::Animateur, Policy::Adaptive, vec![]);
                q.summer.save.guided = guided;
                q.summer.save.practice = practice;
                q
            };
            for (lang, ready, need) in words {
                for play in [&first, &p] {
                    let figure = format!("{:.0}", play.summer.season.readiness() * 100.0);
                    // The group's true reading in words: what the need and practice's answer say.
                    let truth =
                        cjs::words::explain::reading(play.summer.season.reading(&play.summer.world).unwrap(), lang);
                    let mut all = all_panel_texts(play, lang);
                    all.push(decision_texts(play, lang, stated));
                    let mut after_check = decision_texts(play, lang, checked);
                    after_check.0.push_str(" (reading checked)");
                    all.push(after_check);
                    for (panel, text) in all {
                        let shown = ready.iter().any(|w| text.contains(w));
                        let told = text.contains(&truth);
                        let decision = panel.starts_with("assembly") || panel.starts_with("event");
                        let season = panel == "season";
                        let what = format!("{panel} ({lang:?}, guided {guided}, practice {practice})");
                        if guided {
                            if decision || season {
                                assert!(shown, "{what} shows the readiness:\n{text}");
                                // "45 %" in French (a no-break space), "45%" in English.
                                assert!(
                                    text.contains(&format!("{figure}\u{a0}%")) || text.contains(&format!("{figure}%")),
                                    "{what} shows the readiness's figure {figure}:\n{text}"
                                );
                            }
                            if decision {
                                assert!(text.contains(need) && told, "{what} shows the need");
                            }
                            continue;
                        }
                        assert!(!shown, "{what} shows the readiness:\n{text}");
                        if decision {
                            assert!(!text.contains(need), "{what} shows the need:\n{text}");
                            let cue = t(lang, "cues-title");
                            assert!(text.contains(&cue), "{what} lists the cues:\n{text}");
                        }
                        // The one exemption outside the tutorial and the guided setting.
                        let exempt = practice && panel.ends_with("(reading checked)");
                        assert_eq!(told, exempt, "{what} says what the group is ({truth}):\n{text}");
                    }
                }
            }
        }
        // The tutorial shows it without the setting, and answers a reading checked.
        let loaded = cjs::scenario::shipped::by_id("tutorial").unwrap().unwrap();
        let tut = Play::new(World::new(&loaded), 5, Mode::Animateur, Policy::Adaptive, vec![]);
        let texts = all_panel_texts(&tut, Lang::Fr);
        assert!(texts.iter().any(|(p, t)| p == "assembly" && t.contains("Maturité du groupe")));
        let truth = cjs::words::explain::reading(tut.summer.season.reading(&tut.summer.world).unwrap(), Lang::Fr);
        let answered = decision_texts(&tut, Lang::Fr, checked).1;
        assert!(answered.matches(&truth).count() >= 2, "the need and the answer:\n{answered}");
    }

    /// English screens write "Cues: a; b", not the French "Cues : a ; b" (the debrief's journal
    /// and the rewind list used to).
    #[test]
    fn english_screens_use_english_punctuation() {
        let p = up_to_an_event("quintin-2013", false);
        assert!(!p.summer.save.inputs.is_empty());
        for (panel, text) in all_panel_texts(&p, Lang::En) {
            for french in [" : ", " ; "] {
                assert!(!text.contains(french), "{panel} (en) writes {french:?}:\n{text}");
            }
        }
        let fr = all_panel_texts(&p, Lang::Fr);
        assert!(fr.iter().any(|(panel, text)| panel == "debrief" && text.contains(" : ")), "French keeps its colon");
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
                        history: None,
                    }),
                    None,
                ),
            );
            harness.get_by_label_contains(label).click();
            harness.run_steps(2);
            assert_eq!(harness.state().1, Some(Action::SetGuided(true)));
        }
    }

    fn room_view() -> cjs::game::room::RoomView {
        use cjs::game::room::{PhoneRow, RoomView};
        RoomView {
            url: "http://192.168.1.20:8080/".into(),
            code: "K7PQRS".into(),
            qr: (0..21 * 21).map(|k| k % 3 == 0).collect(),
            qr_width: 21,
            phones: vec![
                PhoneRow { name: "Noé".into(), seat: Some((0, "Maëlle".into())), connected: true, voted: true },
                PhoneRow { name: "Lou".into(), seat: Some((3, "Gwenaël".into())), connected: false, voted: false },
                PhoneRow { name: "Sacha".into(), seat: None, connected: true, voted: false },
            ],
            tally: (1, 2),
            poll: None,
            locked: false,
            paused: false,
        }
    }

    #[test]
    fn the_room_window_shows_where_to_join_who_is_there_and_who_voted_never_how() {
        use cjs::game::screens::room;
        use cjs::room::Control;
        let v = room_view();
        for (lang, seat, voted, waiting, follows) in [
            (Lang::En, "Noé: Maëlle's seat", "✔ voted", "… has not voted", "Sacha (follows the summer)"),
            (Lang::Fr, "Noé : siège de Maëlle", "✔ a voté", "… n'a pas voté", "Sacha (suit l'été)"),
        ] {
            let mut h = Harness::new_ui_state(
                |ui, st: &mut (Option<Action>, Option<Control>)| {
                    let (a, c) = room::panel(ui, &v, lang, &Stage::Handoff(0), false);
                    st.0 = st.0.take().or(a);
                    st.1 = st.1.take().or(c);
                },
                (None, None),
            );
            h.run_steps(2);
            let all = texts(&h);
            for want in ["http://192.168.1.20:8080/", "K7PQRS", seat, voted, waiting, follows] {
                assert!(all.contains(want), "{lang:?}: {want} not shown:\n{all}");
            }
            // Lou's phone is away; the tally counts ballots, never says which option.
            assert!(all.contains(&t(lang, "room-away")), "{all}");
            assert!(all.contains("1") && all.contains("2"));
            for word in ["option", "Option", "pour ", " for "] {
                assert!(!all.contains(word), "{lang:?}: the window hints at a ballot ({word}):\n{all}");
            }
        }
        // The facilitator's controls: free a seat, lock, pause; reveal only once the ballot is complete.
        let mut h = Harness::new_ui_state(
            |ui, st: &mut (Vec<Action>, Vec<Control>, Stage)| {
                let (a, c) = room::panel(ui, &v, Lang::En, &st.2.clone(), false);
                st.0.extend(a);
                st.1.extend(c);
            },
            (Vec::new(), Vec::new(), Stage::Handoff(0)),
        );
        h.get_all_by_label("free").next().unwrap().click();
        h.run_steps(2);
        h.get_by_label("Lock the room").click();
        h.run_steps(2);
        h.get_by_label("Pause").click();
        h.run_steps(2);
        h.get_by_label("Reveal the result").click();
        h.run_steps(2);
        assert_eq!(h.state().1, vec![Control::Free(0), Control::Lock]);
        assert_eq!(h.state().0, vec![Action::TogglePause], "no reveal before the ballot is complete");
        h.state_mut().2 = Stage::AllVoted;
        h.run_steps(2);
        h.get_by_label("Reveal the result").click();
        h.run_steps(2);
        assert_eq!(h.state().0, vec![Action::TogglePause, Action::Reveal]);
        // With the posture poll open, the window says how many answered.
        let mut polled = room_view();
        polled.poll = Some((2, 3));
        let mut h = Harness::new_ui(|ui| {
            let _ = room::panel(ui, &polled, Lang::En, &Stage::Choose, false);
        });
        h.run_steps(2);
        h.get_by_label("Posture poll: 2 answer(s) from 3 phone(s)");
    }

    #[test]
    fn the_table_names_what_each_cooperant_shows_and_the_animateurs_can_poll_the_room() {
        use cjs::game::view::PollView;
        use cjs::sim::season::Cue;
        let p = play(Mode::Animateur);
        let item = p.summer.season.pending().unwrap().clone();
        let meeting = Meeting { room: true, ..Meeting::default() };
        let mut view = DecisionView::of(&p, &meeting, &item, Lang::En, None);
        // Cues of our choosing, drawn on the table.
        let cues = [
            Cue::WellArgued { member: 1 },
            Cue::AsksAnimateurs { member: 2 },
            Cue::Tired { member: 3 },
            Cue::AtOdds { a: 4, b: 5 },
            Cue::Absent { member: 6 },
            Cue::Silent { quiet: 2 },
        ];
        let active: Vec<bool> = p.summer.season.members().iter().map(|m| m.active).collect();
        view.table = cjs::game::view::TableMarks::of(&cues, &p.summer.world, &active);
        let name = |m: usize| view.names[m].clone();
        let mut h = Harness::new_ui_state(
            |ui, st: &mut (assembly::Form, Option<Action>)| {
                if let Some(a) = assembly::show(ui, &view, &mut st.0, 0) {
                    st.1 = Some(a);
                }
            },
            (assembly::Form::default(), None),
        );
        h.get_by_label(&format!("{}: argues, with figures", name(1)));
        h.get_by_label(&format!("{}: turns to the animateurs", name(2)));
        h.get_by_label(&format!("{}: yawns, came in late", name(3)));
        h.get_by_label(&format!("{}: at odds with {}", name(4), name(5)));
        h.get_by_label(&format!("{}: at odds with {}", name(5), name(4)));
        h.get_by_label(&format!("{}: absent (empty chair)", name(6)));
        assert_eq!(h.get_all_by_label_contains("stays silent, looks away").count(), 2);
        // A room is open: the animateurs may ask it.
        h.get_by_label("Ask the room: what would you do?").click();
        h.run_steps(2);
        assert_eq!(h.state().1, Some(Action::AskRoom));
        // Its answers, as a spread per posture.
        let mut polled = view.clone();
        polled.poll = Some(PollView { open: true, counts: vec![0, 1, 2, 0], answered: 3, phones: 4 });
        let mut h = Harness::new_ui(|ui| {
            let _ = assembly::show(ui, &polled, &mut assembly::Form::default(), 0);
        });
        h.run_steps(2);
        h.get_by_label_contains("The room answers: 3 answer(s) from 4 phone(s)");
        h.get_by_label(&format!("{}: 2", polled.postures[2].1));
        assert!(h.query_by_label("Ask the room: what would you do?").is_none());
    }

    #[test]
    fn the_trainee_states_a_reading_with_keys_and_it_goes_into_the_input() {
        let p = play(Mode::Animateur);
        let item = p.summer.season.pending().unwrap().clone();
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

    /// Issue 23, point 6: in practice mode a reading, once stated and checked, is answered at
    /// once — whether it matched the group's level and crisis, and what the group is — and
    /// stays as it was answered (the keys no longer change it); without the mode, no answer.
    #[test]
    fn practice_mode_answers_a_reading_once_checked_and_keeps_it_as_answered() {
        use cjs::decision::{Reading, Ready};
        let mut p = play(Mode::Animateur);
        let item = p.summer.season.pending().unwrap().clone();
        let was = p.summer.season.reading(&p.summer.world).unwrap();
        let off = DecisionView::of(&p, &Meeting::default(), &item, Lang::En, None);
        assert_eq!(off.practice, None, "off by default");
        p.summer.save.practice = true;
        for lang in [Lang::En, Lang::Fr] {
            let view = DecisionView::of(&p, &Meeting::default(), &item, lang, None);
            assert_eq!(view.practice, Some(was));
            let mut h = Harness::new_ui_state(
                |ui, st: &mut (assembly::Form, Option<Action>)| {
                    if let Some(a) = assembly::show(ui, &view, &mut st.0, 0) {
                        st.1 = Some(a);
                    }
                },
                (assembly::Form::default(), None),
            );
            let answers: Vec<String> = [Ready::NotReady, Ready::Partly, Ready::Ready]
                .into_iter()
                .flat_map(|ready| [false, true].map(|crisis| Reading { ready, crisis }))
                .map(|read| cjs::game::why::practice_answer(read, was, lang))
                .collect();
            let said = |h: &Harness<'_, _>| answers.iter().any(|a| h.query_by_label(a).is_some());
            assert!(!said(&h), "nothing is said before a reading");
            // Read the opposite of the group's level, crisis as it is.
            let read = Reading {
                ready: if was.ready == Ready::Ready { Ready::NotReady } else { Ready::Ready },
                crisis: was.crisis,
            };
            h.key_press(if read.ready == Ready::Ready {
                bevy_egui::egui::Key::Num9
            } else {
                bevy_egui::egui::Key::Num7
            });
            h.run_steps(2);
            assert!(!said(&h), "nothing is said before the reading is checked");
            h.get_by_label(&t(lang, "practice-check")).click();
            h.run_steps(2);
            let answer = cjs::game::why::practice_answer(read, was, lang);
            h.get_by_label(&answer);
            assert!(answer.contains(&cjs::words::explain::reading(was, lang)), "{answer}");
            let (r, g) = (cjs::words::explain::reading(read, lang), cjs::words::explain::reading(was, lang));
            assert_eq!(answer, cjs::game::i18n::ta(lang, "practice-level", &[("read", &r), ("was", &g)]));
            // The reading stays as answered: the keys no longer change it.
            h.key_press(bevy_egui::egui::Key::Num8);
            h.key_press(bevy_egui::egui::Key::Num0);
            h.key_press(bevy_egui::egui::Key::Num3);
            h.run_steps(2);
            h.get_by_label(&answer);
            assert!(h.query_by_label(&t(lang, "practice-check")).is_none());
            let confirm = cjs::game::i18n::ta(lang, "decision-confirm", &[("posture", &view.postures[2].1)]);
            h.get_by_label(&confirm).click();
            h.run_steps(2);
            let mut want = Input::posture(Posture::Facilitate, None);
            want.reading = Some(read);
            assert_eq!(h.state().1, Some(Action::Decide(want)));
        }
        // A right reading is said right.
        assert!(cjs::game::why::practice_answer(was, was, Lang::En).starts_with("Right"));
        // The tutorial has it on without the setting.
        let loaded = cjs::scenario::shipped::by_id("tutorial").unwrap().unwrap();
        let tut = Play::new(World::new(&loaded), 5, Mode::Animateur, Policy::Adaptive, vec![]);
        assert!(!tut.summer.save.practice && tut.practises());
        let item = tut.summer.season.pending().unwrap().clone();
        assert!(DecisionView::of(&tut, &Meeting::default(), &item, Lang::Fr, None).practice.is_some());
    }

    #[test]
    fn the_title_offers_practice_mode_off_by_default() {
        let all = cjs::scenario::shipped::all();
        for lang in [Lang::Fr, Lang::En] {
            let view = TitleView::of(&all, lang, None);
            assert!(!view.practice);
            let mut h = Harness::new_ui_state(
                |ui, st: &mut (title::TitleForm, Option<Action>)| {
                    if let Some(a) = title::panel(ui, &view, &mut st.0) {
                        st.1 = Some(a);
                    }
                },
                (title::TitleForm::new(&super::opts(Mode::Animateur, None)), None),
            );
            h.get_by_label(&t(lang, "title-practice-help"));
            h.get_by_label(&t(lang, "title-practice")).click();
            h.run_steps(2);
            assert_eq!(h.state().1, Some(Action::SetPractice(true)));
        }
    }
}

/// The marks of the table for `cues`, checked one cue at a time: every cooperant named by a cue
/// shows it, nobody shows what no cue says, and as many stay silent as the cue counts.
fn check_table(cues: &[cjs::sim::season::Cue], t: &cjs::game::view::TableMarks, active: &[bool]) {
    use cjs::game::view::Say;
    use cjs::sim::season::Cue;
    let mut named = vec![false; t.seats.len()];
    let mut quiet = 0usize;
    let mut lively = false;
    for &c in cues {
        let (m, ok) = match c {
            Cue::OffTopic { member } => (member, t.seats[member as usize].says == Some(Say::OffTopic)),
            Cue::HalfFormed { member } => (member, t.seats[member as usize].says == Some(Say::HalfFormed)),
            Cue::WellArgued { member } => (member, t.seats[member as usize].says == Some(Say::WellArgued)),
            Cue::AsksAnimateurs { member } => (member, t.seats[member as usize].asks),
            Cue::Tired { member } => (member, t.seats[member as usize].tired),
            Cue::Absent { member } => (member, t.seats[member as usize].absent),
            Cue::AtOdds { a, b } => {
                named[b as usize] = true;
                (a, t.seats[a as usize].at_odds == Some(b) && t.seats[b as usize].at_odds == Some(a))
            }
            Cue::Silent { quiet: q } => {
                quiet = q as usize;
                continue;
            }
            Cue::Lively => {
                lively = true;
                continue;
            }
            // Told under the table and in the list, at no seat.
            Cue::SideTalk
            | Cue::Gloomy
            | Cue::Upbeat
            | Cue::AtRisk { .. }
            | Cue::Unfair { .. }
            | Cue::Tension
            | Cue::Despondent
            | Cue::MoneyWorry
            | Cue::Aftermath { .. }
            | Cue::Prepared { .. }
            | Cue::Unprepared => continue,
        };
        assert!(ok, "{c:?} not shown at the table: {t:?}");
        named[m as usize] = true;
    }
    for (m, s) in t.seats.iter().enumerate() {
        assert_eq!(s.gone, !active[m], "seat {m}: an empty chair for who left, only");
        if !named[m] {
            let shows = s.asks || s.tired || s.absent || s.at_odds.is_some();
            let speaks = s.says.is_some_and(|x| x != Say::Lively);
            assert!(!shows && !speaks, "seat {m} shows {s:?} without a cue naming them: {cues:?}");
        }
        assert!(s.says != Some(Say::Lively) || lively, "seat {m}: a lively voice only when the group is lively");
    }
    // Who could stay silent: present, and neither speaking nor turning to the animateurs.
    let calm =
        t.seats.iter().filter(|s| !s.gone && !s.absent && s.says.is_none() && !s.asks && s.at_odds.is_none()).count();
    let silent = t.seats.iter().filter(|s| s.silent).count();
    assert_eq!(silent, quiet.min(calm), "as many silent as the cue counts: {cues:?}");
    assert!(
        t.seats
            .iter()
            .all(|s| !(s.silent && (s.says.is_some() || s.asks || s.at_odds.is_some() || s.gone || s.absent)))
    );
    assert_eq!(t.side_talk, cues.contains(&Cue::SideTalk));
    assert_eq!(t.tone.is_some(), cues.iter().any(|c| matches!(c, Cue::Gloomy | Cue::Upbeat)));
}

#[test]
fn the_cooperants_around_the_table_show_the_cues_of_each_decision() {
    use cjs::game::state::{Play, Settled};
    use cjs::game::view::DecisionView;
    use cjs::sim::season::Cue;
    use std::mem::discriminant;
    let mut kinds = std::collections::BTreeSet::new();
    for id in ["quintin-2013", "tutorial"] {
        let loaded = cjs::scenario::shipped::by_id(id).unwrap().unwrap();
        for seed in [1, 2, 3] {
            let mut p = Play::new(cjs::sim::World::new(&loaded), seed, Mode::Animateur, Policy::Adaptive, vec![]);
            while let Some(item) = p.summer.season.pending().cloned() {
                let cues = p.summer.season.cues(&p.summer.world);
                let active: Vec<bool> = p.summer.season.members().iter().map(|m| m.active).collect();
                let before = DecisionView::of(&p, &Meeting::default(), &item, Lang::En, None);
                check_table(&cues, &before.table, &active);
                for c in &cues {
                    kinds.insert(format!("{:?}", discriminant(c)));
                }
                // The result screen draws the same marks, from the journal.
                let mark = Settled {
                    d: item.id,
                    journal_from: p.summer.season.journal().len(),
                    weeks_from: p.summer.season.weeks().len(),
                };
                let input = p.policy_input().unwrap();
                p.summer.season.decide(&p.summer.world, &input).unwrap();
                p.summer.save.inputs.push(input);
                let settled = Meeting { stage: Stage::Settled, settled: Some(mark), ..Meeting::default() };
                let after = DecisionView::of(&p, &settled, &item, Lang::En, None);
                let still: Vec<bool> = p.summer.season.members().iter().map(|m| m.active).collect();
                if still == active {
                    assert_eq!(after.table, before.table, "the same marks on the result");
                }
            }
        }
    }
    // The summers met the cues a table can show.
    for c in [
        Cue::Silent { quiet: 2 },
        Cue::WellArgued { member: 0 },
        Cue::HalfFormed { member: 0 },
        Cue::AsksAnimateurs { member: 0 },
        Cue::Tired { member: 0 },
        Cue::AtOdds { a: 0, b: 1 },
    ] {
        assert!(kinds.contains(&format!("{:?}", discriminant(&c))), "{c:?} never met");
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
        "{method} {path} HTTP/1.1\r\nHost: {to}\r\nConnection: close\r\nContent-Type: application/json\r\n{auth}Content-Length: {}\r\n\r\n{body}",
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

/// A phone of the test: joins the room, and returns its token and seat.
fn phone_joins(to: std::net::SocketAddr, code: &str, name: &str) -> (String, Option<u64>) {
    let join = format!(r#"{{"code": "{code}", "name": "{name}", "lang": "fr"}}"#);
    let (status, j) = http(to, "POST", "/api/join", None, &join);
    assert_eq!(status, 200, "{j}");
    let token = j["token"].as_str().unwrap().to_string();
    // As the phone page does: it comes back with its token at once (a join never followed by
    // its token is given back after 10 s).
    let (status, s) = http(to, "GET", "/api/state", Some(&token), "");
    assert_eq!(status, 200, "{s}");
    (token, j["member"].as_u64())
}

#[test]
fn a_room_opened_by_the_game_takes_the_phones_votes_and_settles_when_all_have_voted() {
    use cjs::game::room::Hosted;
    use cjs::game::view::DecisionView;
    let mut o = opts(Mode::Cooperative, None);
    o.room = Some("127.0.0.1:0".parse().unwrap());
    let scenario = cjs::game::state::scenarios(&o).iter().position(|l| l.scenario.id == "quintin-2013").unwrap();
    let mut app = test_app(o);
    app.update();
    assert!(app.world().get_resource::<Hosted>().is_none(), "nothing is served before a summer starts");
    // No seat at the keyboard: the phones' seats are the only players'.
    act(&mut app, Action::Start { scenario, mode: Mode::Cooperative, seed: 7, seats: vec![] });
    let view = app.world().get_resource::<Hosted>().expect("the room opens with the cooperative summer").view.clone();
    assert_eq!(view.code.len(), 6);
    assert!(view.qr_width >= 21 && view.qr.len() == view.qr_width * view.qr_width, "a QR code");
    let to: std::net::SocketAddr = view.url.trim_start_matches("http://").trim_end_matches('/').parse().unwrap();
    assert_eq!(to.ip().to_string(), "127.0.0.1");

    // Two phones join; the first votes for option 1 of the first decision.
    let code = view.code.clone();
    let phones = std::thread::spawn(move || {
        let (a, ma) = phone_joins(to, &code, "Noé");
        let (b, mb) = phone_joins(to, &code, "Lou");
        let (status, v) = http(to, "POST", "/api/vote", Some(&a), r#"{"decision": 0, "option": 1}"#);
        assert_eq!(status, 200, "{v}");
        (a, b, ma, mb)
    });
    let (ta, tb, ma, mb) = frames_until(&mut app, phones);
    assert_eq!((ma, mb), (Some(0), Some(1)), "the phones hold the first seats");
    act(&mut app, Action::GoToDecision);
    {
        let meeting = app.world().resource::<Meeting>();
        assert_eq!(meeting.phones, vec![0, 1]);
        assert_eq!(meeting.votes, vec![(0, 1)], "the phone's ballot is in the assembly");
        assert_eq!(meeting.stage, Stage::AllVoted, "no hot seat to wait for");
        let view = &app.world().resource::<Hosted>().view;
        assert_eq!(view.tally, (1, 2));
        assert!(view.phones[0].voted && !view.phones[1].voted);
        let play = game(&app).play.as_ref().unwrap();
        assert!(play.summer.save.inputs.is_empty(), "nothing settles while a phone has not voted");
        // The heading counts the ballots in, of the ballots expected.
        let item = play.summer.season.pending().unwrap().clone();
        let v = DecisionView::of(play, meeting, &item, Lang::En, None);
        assert_eq!((v.voted, v.expected), (1, 2));
    }

    // The second phone votes: the decision settles by itself, with both ballots.
    let vote = std::thread::spawn(move || http(to, "POST", "/api/vote", Some(&tb), r#"{"decision": 0, "option": 0}"#));
    assert_eq!(frames_until(&mut app, vote).0, 200);
    app.update();
    {
        let play = game(&app).play.as_ref().unwrap();
        assert_eq!(play.summer.save.inputs.len(), 1, "settled once every phone voted");
        assert_eq!(play.summer.save.inputs[0].votes, vec![(0, 1), (1, 0)]);
        assert_eq!(play.summer.save.seats, vec![0, 1], "the phones' seats are players' seats in the save");
        assert_eq!(app.world().resource::<Meeting>().stage, Stage::Settled);
    }

    // The next decision: one phone votes, the facilitator reveals before the other.
    act(&mut app, Action::Continue);
    while screen(&app) == Screen::Summary {
        act(&mut app, Action::CloseSummary);
    }
    if screen(&app) == Screen::Season {
        act(&mut app, Action::GoToDecision);
    }
    let d = game(&app).play.as_ref().unwrap().summer.season.pending().unwrap().id;
    let ta2 = ta.clone();
    let vote = std::thread::spawn(move || {
        http(to, "POST", "/api/vote", Some(&ta2), &format!(r#"{{"decision": {d}, "option": 0}}"#))
    });
    assert_eq!(frames_until(&mut app, vote).0, 200);
    app.update();
    assert_eq!(game(&app).play.as_ref().unwrap().summer.save.inputs.len(), 1, "waiting for the second phone");
    act(&mut app, Action::Reveal);
    let play = game(&app).play.as_ref().unwrap();
    assert_eq!(play.summer.save.inputs.len(), 2, "the facilitator settled it earlier");
    assert_eq!(play.summer.save.inputs[1].votes, vec![(0, 0)]);
    // The phone reads the next decision.
    let state = std::thread::spawn(move || http(to, "GET", "/api/state", Some(&ta), ""));
    let (status, s) = frames_until(&mut app, state);
    assert_eq!(status, 200, "{s}");
    assert_ne!(s["decision"].as_u64(), Some(d as u64), "{s}");

    // Back to the title: the room closes with the summer.
    act(&mut app, Action::ToTitle);
    assert!(app.world().get_resource::<Hosted>().is_none());
    assert!(std::net::TcpStream::connect(to).is_err(), "the port is closed");
}

#[test]
fn in_animateur_mode_the_room_answers_the_posture_poll_and_the_animateurs_decide() {
    use cjs::decision::{Input, Posture};
    use cjs::game::room::Hosted;
    use cjs::game::view::DecisionView;
    let mut o = opts(Mode::Animateur, None);
    o.room = Some("127.0.0.1:0".parse().unwrap());
    let scenario = cjs::game::state::scenarios(&o).iter().position(|l| l.scenario.id == "quintin-2013").unwrap();
    let mut app = test_app(o);
    act(&mut app, Action::Start { scenario, mode: Mode::Animateur, seed: 7, seats: vec![] });
    let view = app.world().get_resource::<Hosted>().expect("a room in animateur mode too").view.clone();
    let to: std::net::SocketAddr = view.url.trim_start_matches("http://").trim_end_matches('/').parse().unwrap();
    act(&mut app, Action::GoToDecision);
    assert!(app.world().resource::<Meeting>().room);
    act(&mut app, Action::AskRoom);
    app.update();
    // Three phones, none with a seat (the animateur mode's cooperants are the agents), answer.
    let code = view.code.clone();
    let phones = std::thread::spawn(move || {
        let mut out = Vec::new();
        for (name, answer) in [("Ana", 2), ("Bo", 2), ("Cy", 1)] {
            let (token, member) = phone_joins(to, &code, name);
            assert_eq!(member, None, "no seat in animateur mode");
            let (_, s) = http(to, "GET", "/api/state", Some(&token), "");
            assert_eq!(s["room_seats"], serde_json::json!(false), "the phone is told the room has no seats");
            let id = s["poll"]["id"].as_u64().expect("the poll is open on the phone");
            let labels: Vec<&str> = (0..4).filter_map(|i| s["poll"]["options"][i]["label"].as_str()).collect();
            assert_eq!(labels.len(), 4, "the four postures: {s}");
            let body = format!(r#"{{"poll": {id}, "option": {answer}}}"#);
            assert_eq!(http(to, "POST", "/api/poll", Some(&token), &body).0, 200);
            assert_eq!(http(to, "POST", "/api/poll", Some(&token), &body).1["error"], "already_voted");
            out.push(token);
        }
        out
    });
    let tokens = frames_until(&mut app, phones);
    app.update();
    {
        let meeting = app.world().resource::<Meeting>();
        let poll = meeting.poll.clone().expect("the spread is in the assembly");
        assert!(poll.open);
        assert_eq!((poll.counts.clone(), poll.answered, poll.phones), (vec![0, 1, 2, 0], 3, 3));
        let play = game(&app).play.as_ref().unwrap();
        assert!(play.summer.save.inputs.is_empty(), "the poll decides nothing");
        let item = play.summer.season.pending().unwrap().clone();
        let v = DecisionView::of(play, meeting, &item, Lang::En, None);
        assert_eq!(v.poll.as_ref().map(|p| p.counts.clone()), Some(vec![0, 1, 2, 0]));
    }
    // The animateurs choose otherwise than the room: their choice is the one taken.
    act(&mut app, Action::Decide(Input::posture(Posture::StepBack, None)));
    let play = game(&app).play.as_ref().unwrap();
    assert_eq!(play.summer.save.inputs.len(), 1);
    assert_eq!(play.summer.save.inputs[0].posture, Posture::StepBack);
    assert!(play.summer.save.inputs[0].votes.is_empty());
    let poll = app.world().resource::<Meeting>().poll.clone().unwrap();
    assert!(!poll.open && poll.answered == 3, "closed, its spread kept for the result");
    let t = tokens[0].clone();
    let state = std::thread::spawn(move || http(to, "GET", "/api/state", Some(&t), ""));
    let (_, s) = frames_until(&mut app, state);
    assert!(s["poll"].is_null(), "the phones no longer see the poll: {s}");
}

/// The result of a decision says how it was taken, truly: no votes when the animateurs
/// imposed it, and a consensus only when the votes reached the consensus threshold (a
/// consensus that fell back to a majority says so).
#[test]
fn the_result_of_a_decision_says_how_it_was_taken() {
    use cjs::game::state::{Play, Settled};
    use cjs::game::view::DecisionView;
    let loaded = cjs::scenario::shipped::by_id("quintin-2013").unwrap().unwrap();
    let mut imposed = 0;
    for policy in [Policy::Directive, Policy::Delegating, Policy::Facilitative] {
        for seed in 1..=6 {
            let mut p = Play::new(cjs::sim::World::new(&loaded), seed, Mode::Animateur, policy, vec![]);
            while let Some(item) = p.summer.season.pending().cloned() {
                let mark = Settled {
                    d: item.id,
                    journal_from: p.summer.season.journal().len(),
                    weeks_from: p.summer.season.weeks().len(),
                };
                let input = p.policy_input().unwrap();
                p.summer.season.decide(&p.summer.world, &input).unwrap();
                p.summer.save.inputs.push(input.clone());
                let settled = Meeting { stage: Stage::Settled, settled: Some(mark), ..Meeting::default() };
                let result = DecisionView::of(&p, &settled, &item, Lang::En, None).result.unwrap();
                assert!(!result.contains("(,") && !result.contains("0 votes of 0"), "{result}");
                if input.posture == cjs::decision::Posture::Decide {
                    assert!(result.ends_with("(no vote)"), "{result}");
                    imposed += 1;
                }
                // « consensus, 4 votes of 11 » would teach a wrong idea of consensus.
                if let Some(rest) = result.split("(consensus, ").nth(1) {
                    let n: Vec<f64> =
                        rest.split(|c: char| !c.is_ascii_digit()).filter_map(|x| x.parse().ok()).collect();
                    assert!(n.len() >= 2 && n[0] / n[1] >= p.summer.world.params.consensus_threshold, "{result}");
                }
            }
        }
    }
    assert!(imposed > 0, "the directive summers were imposed");
}

/// The playtest of issue 27: what a trainee met, mended.
mod playtest {
    use cjs::game::state::{Meeting, Play, Settled, Stage};
    use cjs::game::view::{DebriefView, DecisionView, SeasonView, SummaryView};
    use cjs::policy::Policy;
    use cjs::save::Mode;
    use cjs::sim::World;
    use cjs::sim::journal::Ev;
    use cjs::text::Lang;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    /// A summer played decision by decision, with the marks the game keeps at each.
    fn summer(id: &str, seed: u64, policy: Policy) -> (Play, Vec<(cjs::decision::Item, Settled)>) {
        let loaded = cjs::scenario::shipped::by_id(id).unwrap().unwrap();
        let mut p = Play::new(World::new(&loaded), seed, Mode::Animateur, policy, vec![]);
        let mut marks = Vec::new();
        while let Some(item) = p.summer.season.pending().cloned() {
            let mark = Settled {
                d: item.id,
                journal_from: p.summer.season.journal().len(),
                weeks_from: p.summer.season.weeks().len(),
            };
            let input = p.policy_input().unwrap();
            p.summer.season.decide(&p.summer.world, &input).unwrap();
            p.summer.save.inputs.push(input);
            marks.push((item, mark));
        }
        (p, marks)
    }

    /// A summer where members leave (a fragile group led by decisions taken in its place).
    fn summer_with_departures() -> (Play, Vec<(cjs::decision::Item, Settled)>) {
        for id in ["rennes-maurepas-2013", "quimper-2013", "quintin-2013", "cjm-hauts-de-france"] {
            for policy in [Policy::Directive, Policy::Random, Policy::Delegating] {
                for seed in 1..=12 {
                    let (p, marks) = summer(id, seed, policy);
                    let left = p.summer.season.journal().iter().filter(|e| matches!(e.ev, Ev::Left { .. })).count();
                    if left >= 2 {
                        return (p, marks);
                    }
                }
            }
        }
        panic!("no summer with departures");
    }

    /// Point 3: a departure is never hidden behind « X is away »; the debrief's headline says
    /// how many left; members at risk are named before they leave.
    #[test]
    fn departures_come_first_in_the_highlights_and_the_debrief_says_who_left() {
        let (p, marks) = summer_with_departures();
        let w = &p.summer.world;
        let mut shown = 0;
        // The week summaries as the game shows them: from one summary to the next.
        let mut from: Option<Settled> = None;
        for (_, m) in &marks {
            let f = *from.get_or_insert(*m);
            let closes = p.summer.season.weeks().len() > m.weeks_from; // approximate: a summary per mark
            if !closes {
                continue;
            }
            for lang in [Lang::Fr, Lang::En] {
                let v = SummaryView::of(&p, f.journal_from, f.weeks_from, lang);
                for h in &v.happenings {
                    let left = p.summer.season.members().iter().enumerate().any(|(i, _)| {
                        *h == cjs::game::i18n::ta(lang, "happened-left", &[("name", &w.scenario.cooperants[i].name)])
                    });
                    if left {
                        assert!(v.highlights.contains(h), "{h} hidden: {:?}", v.highlights);
                        shown += 1;
                    }
                }
            }
            from = None;
        }
        assert!(shown > 0, "departures were shown");
        let left = p.summer.season.journal().iter().filter(|e| matches!(e.ev, Ev::Left { .. })).count();
        let d = DebriefView::of(&p, Lang::En, "r.html".into(), None);
        assert_eq!(d.left.len(), left);
        let mut h = Harness::builder().with_size(bevy_egui::egui::vec2(1280.0, 3000.0)).build_ui(|ui| {
            let _ = cjs::game::screens::debrief::show(ui, &d);
        });
        h.run_steps(2);
        h.get_by_label_contains(&format!("{left} of {} members left the coop", d.members));
        // Ranked: a departure before an absence, whatever came first.
        use cjs::game::why::{Happening, highlights};
        let happened = [
            Happening { rank: 7, text: "A is away.".into() },
            Happening { rank: 7, text: "B is away.".into() },
            Happening { rank: 4, text: "Event".into() },
            Happening { rank: 0, text: "C leaves the coop.".into() },
        ];
        assert_eq!(highlights(&happened, &[], &["move".into()], 3), ["C leaves the coop.", "Event", "A is away."]);
    }

    /// Point 3: the members at risk are those whose motivation is near the engine's threshold
    /// of leaving, and a departure is announced by such a line before it happens.
    #[test]
    fn a_member_at_risk_of_leaving_is_named_before_leaving() {
        let mut warned = 0;
        let mut departures = 0;
        for seed in 1..=8 {
            let (p0, _) = summer("rennes-maurepas-2013", seed, Policy::Directive);
            // Replay step by step, looking at the season screen before each decision.
            let mut p = Play::new(p0.summer.world.clone(), seed, Mode::Animateur, Policy::Directive, vec![]);
            let mut seen_at_risk: Vec<usize> = Vec::new();
            for input in &p0.summer.save.inputs {
                let v = SeasonView::of(&p, Lang::En, None);
                for &i in &v.at_risk {
                    let m = &p.summer.season.members()[i];
                    assert!(m.active && m.motivation < p.summer.world.params.cue_at_risk_below);
                    seen_at_risk.push(i);
                }
                let before = p.summer.season.journal().len();
                p.summer.season.decide(&p.summer.world, input).unwrap();
                p.summer.save.inputs.push(input.clone());
                for e in &p.summer.season.journal()[before..] {
                    if let Ev::Left { member } = e.ev {
                        departures += 1;
                        if seen_at_risk.contains(&(member as usize)) {
                            warned += 1;
                        }
                    }
                }
            }
        }
        assert!(departures > 0, "some left");
        assert!(warned * 2 >= departures, "{warned} of {departures} departures announced");
    }

    /// Points 4 and 6: why reputation fell and why a week's work was poorly done are said; an
    /// objective judged is named (never « «  » »).
    #[test]
    fn the_summary_says_why_reputation_fell_and_the_objective_is_named() {
        let (p, _) = summer_with_departures();
        for lang in [Lang::Fr, Lang::En] {
            let v = SummaryView::of(&p, 0, 0, lang);
            let fell = p.summer.season.weeks().last().unwrap().reputation < p.summer.world.params.reputation_start;
            if fell {
                assert!(v.why.iter().any(|l| l.contains("réputation") || l.contains("Reputation")), "{:?}", v.why);
            }
            let poor = p
                .summer
                .season
                .journal()
                .iter()
                .any(|e| matches!(e.ev, Ev::Score { rule: cjs::scoring::Rule::GoodWork, delta, .. } if delta < 0));
            if poor {
                assert!(v.why.iter().any(|l| l.contains("Week") || l.contains("Semaine")), "{:?}", v.why);
            }
            let d = DebriefView::of(&p, lang, "r.html".into(), None);
            for e in &d.evidence {
                assert!(!e.text.contains("«  »") && !e.text.contains("“”"), "{}", e.text);
            }
            let objective = &p.summer.world.scenario.objectives[p.summer.season.coop().objectives[0] as usize];
            assert!(d.evidence.iter().any(|e| e.text.contains(objective.label.get(lang))));
        }
    }

    /// Point 7: the result screen's table shows the roster when the decision was taken.
    #[test]
    fn the_result_shows_the_table_as_it_was_when_the_group_decided() {
        let (p, marks) = summer_with_departures();
        let mut checked = 0;
        for (item, m) in &marks {
            let gone: Vec<u8> = p.summer.season.journal()[m.journal_from..]
                .iter()
                .filter_map(|e| match e.ev {
                    Ev::Left { member } => Some(member),
                    _ => None,
                })
                .collect();
            let settled = Meeting { stage: Stage::Settled, settled: Some(*m), ..Meeting::default() };
            let v = DecisionView::of(&p, &settled, item, Lang::En, None);
            for g in gone {
                // Who left later still sat at the table when this was decided.
                let left_before = p.summer.season.journal()[..m.journal_from]
                    .iter()
                    .any(|e| matches!(e.ev, Ev::Left { member } if member == g));
                assert_eq!(v.table.seats[g as usize].gone, left_before);
                checked += 1;
            }
        }
        assert!(checked > 0);
    }

    /// Point 8: the week table shows each week's own sales and costs, labelled so.
    #[test]
    fn the_week_table_shows_each_weeks_own_sales() {
        let (p, _) = summer("quintin-2013", 3, Policy::Adaptive);
        let v = SummaryView::of(&p, 0, 0, Lang::En);
        let parse = |s: &str| -> f64 { s.replace(['$', '€', ','], "").trim().parse().unwrap() };
        let total: f64 = v.weeks.iter().map(|w| parse(&w.sales)).sum();
        let last = p.summer.season.weeks().last().unwrap().sales;
        assert!((total - last.to_string().parse::<f64>().unwrap()).abs() < 0.01, "{total} vs {last}");
        assert_eq!(cjs::game::i18n::t(Lang::En, "col-sales"), "Sales (week)");
        assert_eq!(cjs::game::i18n::t(Lang::Fr, "col-sales"), "Ventes (semaine)");
    }

    /// Point 5: L shows the full list and P pauses, with the focus on the main button.
    #[test]
    fn the_l_and_p_keys_work_with_the_focus_on_a_button() {
        let (p, _) = summer("quintin-2013", 3, Policy::Adaptive);
        let v = SummaryView::of(&p, 0, 0, Lang::En);
        let mut h = Harness::builder().with_size(bevy_egui::egui::vec2(1280.0, 720.0)).build_ui(|ui| {
            let _ = cjs::game::screens::summary::panel(ui, &v);
        });
        h.run_steps(2);
        assert!(h.query_by_label("Every score change:").is_none());
        h.key_press(bevy_egui::egui::Key::L);
        h.run_steps(2);
        h.get_by_label("Every score change:");

        let q = Play::new(p.summer.world.clone(), 5, Mode::Animateur, Policy::Adaptive, vec![]);
        let item = q.summer.season.pending().unwrap().clone();
        let view = DecisionView::of(&q, &Meeting::default(), &item, Lang::En, None);
        let mut h = Harness::new_ui_state(
            |ui, st: &mut (cjs::game::screens::assembly::Form, Option<cjs::game::state::Action>)| {
                if let Some(a) = cjs::game::screens::assembly::show(ui, &view, &mut st.0, 0) {
                    st.1 = Some(a);
                }
            },
            (Default::default(), None),
        );
        h.run_steps(2);
        h.key_press(bevy_egui::egui::Key::Num3);
        h.run_steps(2);
        // The confirm button now has the focus.
        assert!(h.get_by_label("Confirm: Facilitate").is_focused());
        h.key_press(bevy_egui::egui::Key::P);
        h.run_steps(2);
        assert_eq!(h.state().1, Some(cjs::game::state::Action::TogglePause));
    }

    /// Point 12: the tutorial welcomes the trainee, explains each decision once taken, and says
    /// "guided mode" only when it is on.
    #[test]
    fn the_tutorial_welcomes_and_explains_each_decision() {
        let (p, marks) = summer("tutorial", 4, Policy::Adaptive);
        let start = Play::new(p.summer.world.clone(), 4, Mode::Animateur, Policy::Adaptive, vec![]);
        for lang in [Lang::Fr, Lang::En] {
            let v = SeasonView::of(&start, lang, None);
            assert!(v.welcome);
            let mut h = Harness::builder().with_size(bevy_egui::egui::vec2(1280.0, 720.0)).build_ui(|ui| {
                let _ = cjs::game::screens::season::show(ui, &v);
            });
            h.run_steps(2);
            h.get_by_label(&cjs::game::i18n::t(lang, "welcome-title"));
            h.get_by_label_contains("PEC = V + S + A");
            let item = start.summer.season.pending().unwrap().clone();
            let d = DecisionView::of(&start, &Meeting::default(), &item, lang, None);
            let mut h = Harness::builder().with_size(bevy_egui::egui::vec2(1280.0, 2000.0)).build_ui(|ui| {
                let _ = cjs::game::screens::assembly::show(ui, &d, &mut Default::default(), 0);
            });
            h.run_steps(2);
            assert!(h.query_by_label_contains("guid").is_none(), "no guided mode in the tutorial unless on");
            for (item, m) in &marks {
                let settled = Meeting { stage: Stage::Settled, settled: Some(*m), ..Meeting::default() };
                let v = DecisionView::of(&p, &settled, item, lang, None);
                assert!(!v.explained.is_empty(), "decision {} explained", m.d);
                let needed = if lang == Lang::En { "The group needed" } else { "Le groupe avait besoin" };
                assert!(v.explained[0].starts_with(needed), "{}", v.explained[0]);
            }
        }
        let later = SeasonView::of(&p, Lang::En, None);
        assert!(!later.welcome);
        // Claire, named in the tutorial's events, is introduced where her name is shown.
        let mut introduced = 0;
        for (item, m) in &marks {
            let settled = Meeting { stage: Stage::Settled, settled: Some(*m), ..Meeting::default() };
            let v = DecisionView::of(&p, &settled, item, Lang::En, None);
            let said = format!("{} {}", v.story.clone().unwrap_or_default(), v.options.join(" "));
            let named: Vec<String> = p
                .summer
                .world
                .scenario
                .animateurs
                .iter()
                .filter(|a| said.contains(&a.name))
                .map(|a| format!("{} is one of the animateurs: your seat.", a.name))
                .collect();
            assert_eq!(v.cast, named);
            introduced += usize::from(said.contains("Claire"));
        }
        assert!(introduced > 0, "Claire is named in the tutorial");
    }

    /// Point 13: English reads as English: money « $200.00 », no « » quotes, no « comités », no
    /// « ?: ».
    #[test]
    fn english_leftovers_are_gone() {
        let (p, marks) = summer("quebec-hull-1988", 2, Policy::Facilitative);
        let mut all = String::new();
        for (item, m) in &marks {
            let settled = Meeting { stage: Stage::Settled, settled: Some(*m), ..Meeting::default() };
            let v = DecisionView::of(&p, &settled, item, Lang::En, None);
            // The game's words and the scenario's (an event's story and choices) alike.
            all.push_str(v.story.as_deref().unwrap_or_default());
            all.push_str(&v.options.join("\n"));
            all.push_str(&v.result.unwrap_or_default());
            all.push_str(&v.debate.iter().map(|d| d.text.clone()).collect::<Vec<_>>().join("\n"));
        }
        let d = DebriefView::of(&p, Lang::En, "r.html".into(), None);
        all.push_str(&d.evidence.iter().map(|e| e.text.clone()).collect::<Vec<_>>().join("\n"));
        all.push_str(&d.revenue);
        let events: Vec<&str> = p.summer.world.scenario.events.iter().map(|e| e.title.get(Lang::En)).collect();
        for r in d.decisions.iter().filter(|r| !events.contains(&r.title.as_str())) {
            all.push_str(&cjs::game::i18n::ta(
                Lang::En,
                "rewind-row",
                &[("week", &r.week.to_string()), ("title", &r.title), ("result", &r.result)],
            ));
            all.push_str(&r.by);
        }
        assert!(d.revenue.starts_with('$'), "{}", d.revenue);
        for bad in ["«", "»", "comité", "?:", ",00"] {
            let at = all.find(bad).map(|i| &all[i.saturating_sub(80)..(i + 80).min(all.len())]);
            assert!(at.is_none(), "{bad:?} in English: {at:?}");
        }
        let fr = DebriefView::of(&p, Lang::Fr, "r.html".into(), None);
        assert!(fr.revenue.ends_with('$') && fr.revenue.contains(','), "{}", fr.revenue);
    }

    /// Point 11: the game draws only when something changes: idle, it waits for its window's
    /// events; the autoplay and an open room are woken on a timer.
    #[test]
    fn the_game_waits_for_events_unless_something_outside_needs_it() {
        use bevy::winit::UpdateMode;
        use cjs::game::pace::{AUTOPLAY_WAKE, IDLE, ROOM_WAKE, mode};
        assert_eq!(mode(false, false, false), IDLE);
        let UpdateMode::Reactive { wait, react_to_device_events, .. } = IDLE else { panic!("reactive") };
        assert!(wait.as_secs() >= 5 && !react_to_device_events);
        let wait_of = |m| match m {
            UpdateMode::Reactive { wait, .. } => wait,
            UpdateMode::Continuous => std::time::Duration::ZERO,
        };
        assert_eq!(wait_of(mode(true, false, false)), AUTOPLAY_WAKE);
        assert_eq!(wait_of(mode(false, false, true)), ROOM_WAKE);
        assert!(ROOM_WAKE.as_millis() <= 200, "a vote shows within 200 ms");
    }

    /// Issue 23, point 3: once a decision is settled (outside the tutorial and the guided
    /// setting, which explain it with the scores), the result screen says at once how the
    /// posture fitted the group, and after a reading that missed, which cues pointed where.
    #[test]
    fn the_result_screen_says_how_the_posture_fitted_and_where_the_cues_pointed() {
        let (p, marks) = summer("quintin-2013", 3, Policy::Reader);
        let (mut misreads, mut said, mut partly_missed) = (0, [0; 3], 0);
        for lang in [Lang::Fr, Lang::En] {
            for (item, m) in &marks {
                let settled = Meeting { stage: Stage::Settled, settled: Some(*m), ..Meeting::default() };
                let v = DecisionView::of(&p, &settled, item, lang, None);
                // What the journal says: the need, the posture taken, the reading.
                let (mut need, mut taken, mut missed, mut partly) = (None, None, false, false);
                for e in p.summer.season.journal() {
                    match &e.ev {
                        Ev::Opened { d, need: n, .. } if *d == m.d => need = Some(n.fitting()),
                        Ev::Posture { d, posture, .. } if *d == m.d => taken = Some(*posture),
                        Ev::Reading { d, read, was } if *d == m.d => {
                            missed = read != was;
                            partly = was.ready == cjs::decision::Ready::Partly;
                        }
                        _ => {}
                    }
                }
                let (need, taken) = (need.unwrap(), taken.unwrap());
                let fit = v.fit.clone().expect("the fit is said at once");
                let key = match taken.level().cmp(&need.level()) {
                    std::cmp::Ordering::Equal => 0,
                    std::cmp::Ordering::Greater => 1,
                    std::cmp::Ordering::Less => 2,
                };
                said[key] += 1;
                let words = ["fit-right", "fit-too-much", "fit-too-little"];
                let head: String = cjs::game::i18n::t(lang, words[key]).chars().take_while(|c| *c != '{').collect();
                assert!(fit.starts_with(head.trim_end()), "{fit}");
                assert!(fit.contains(&cjs::words::explain::posture(taken, lang)), "{fit}");
                assert_eq!(missed, !v.pointing.is_empty(), "decision {}: {:?}", m.d, v.pointing);
                // A group partly ready, missed: the last line says how such a group shows.
                let says_partly = v.pointing.last() == Some(&cjs::game::i18n::t(lang, "cues-partly"));
                assert_eq!(says_partly, missed && partly, "decision {}: {:?}", m.d, v.pointing);
                partly_missed += usize::from(missed && partly);
                misreads += usize::from(missed);
                if missed && lang == Lang::En {
                    // Drawn on the result screen.
                    let mut h = Harness::builder().with_size(bevy_egui::egui::vec2(1280.0, 2000.0)).build_ui(|ui| {
                        let _ = cjs::game::screens::assembly::show(ui, &v, &mut Default::default(), 0);
                    });
                    h.run_steps(2);
                    h.get_by_label(&fit);
                    h.get_by_label_contains(&v.pointing[0]);
                }
            }
        }
        assert!(misreads > 0 && said[0] > 0 && said[1] + said[2] > 0, "misreads {misreads}, fits {said:?}");
        assert!(partly_missed > 0, "a group partly ready was missed in these summers");
    }

    /// Issue 23, point 3: the debrief's diagnosis shows the readings as a small table (what the
    /// group was, what was read), the tendency of the misreadings and the crises caught.
    #[test]
    fn the_debrief_shows_the_readings_as_a_table_with_their_tendency() {
        let (p, _) = summer("quintin-2013", 3, Policy::Reader);
        let readings: Vec<(cjs::decision::Reading, cjs::decision::Reading)> = p
            .summer
            .season
            .journal()
            .iter()
            .filter_map(|e| match e.ev {
                Ev::Reading { read, was, .. } => Some((read, was)),
                _ => None,
            })
            .collect();
        for lang in [Lang::Fr, Lang::En] {
            let v = DebriefView::of(&p, lang, "r.html".into(), None);
            let total: u16 = v.confusion.iter().flatten().sum();
            assert_eq!(usize::from(total), readings.len());
            for (was, row) in v.confusion.iter().enumerate() {
                for (read, &n) in row.iter().enumerate() {
                    let count =
                        readings.iter().filter(|(r, w)| r.ready as usize == read && w.ready as usize == was).count();
                    assert_eq!(usize::from(n), count, "was {was}, read {read}");
                }
            }
            let (caught, missed, alarms) = v.crises;
            assert_eq!(usize::from(caught + missed), readings.iter().filter(|(_, w)| w.crisis).count());
            assert_eq!(usize::from(alarms), readings.iter().filter(|(r, w)| r.crisis && !w.crisis).count());
            let mut h = Harness::builder().with_size(bevy_egui::egui::vec2(1280.0, 3000.0)).build_ui(|ui| {
                let _ = cjs::game::screens::debrief::show(ui, &v);
            });
            h.run_steps(2);
            let t = |k: &str| cjs::game::i18n::t(lang, k);
            let level = t("reading-partly");
            h.get_by_label(&cjs::game::i18n::ta(lang, "debrief-confusion-was", &[("level", &level)]));
            h.get_by_label(&cjs::game::i18n::ta(lang, "debrief-confusion-read", &[("level", &level)]));
            let crises = cjs::game::i18n::ta(
                lang,
                "debrief-crises-read",
                &[("caught", &caught.to_string()), ("missed", &missed.to_string()), ("alarms", &alarms.to_string())],
            );
            h.get_by_label(&crises);
        }
    }
    /// Issue 23, point 3: the debrief's diagnosis names the cues missed most (the digest's,
    /// which the report shows too) and offers to replay the worst misreading: the one furthest
    /// from what the group was (not ready read as ready, or the reverse, before a level missed by
    /// one step), the earliest of equals.
    #[test]
    fn the_debrief_names_the_cues_missed_most_and_offers_to_replay_the_worst_misreading() {
        use cjs::game::state::Action;
        let (p, _) = summer("quintin-2013", 5, Policy::Reader);
        let misread: Vec<(u16, u8, bool)> = p
            .summer
            .season
            .journal()
            .iter()
            .filter_map(|e| match e.ev {
                Ev::Reading { d, read, was } if read != was => {
                    Some((d, (read.ready as u8).abs_diff(was.ready as u8), read.crisis != was.crisis))
                }
                _ => None,
            })
            .collect();
        assert!(misread.len() >= 2, "reader misreads some decisions: {misread:?}");
        let far = misread.iter().map(|m| (m.1, m.2)).max().unwrap();
        let worst = misread.iter().find(|m| (m.1, m.2) == far).unwrap().0;
        let digest = cjs::words::digest::Digest::of(&p.summer.season);
        for lang in [Lang::Fr, Lang::En] {
            let v = DebriefView::of(&p, lang, "r.html".into(), None);
            let w = v.worst.clone().expect("a misreading to replay");
            assert_eq!(w.d, worst, "the furthest misreading, the earliest of equals");
            let most = digest.missed_most(cjs::words::digest::MISSED_MOST);
            assert!(!most.is_empty());
            let lines: Vec<String> = most.iter().map(|m| cjs::words::explain::missed(m, lang)).collect();
            assert_eq!(v.missed_most, lines);
            let mut h = Harness::builder().with_size(bevy_egui::egui::vec2(1280.0, 3000.0)).build_ui_state(
                |ui, st: &mut Option<Action>| {
                    if let Some(a) = cjs::game::screens::debrief::show(ui, &v) {
                        *st = Some(a);
                    }
                },
                None,
            );
            h.run_steps(2);
            h.get_by_label(&cjs::game::i18n::t(lang, "debrief-missed-most"));
            for line in &lines {
                h.get_by_label(&format!("• {line}"));
            }
            let label =
                cjs::game::i18n::ta(lang, "debrief-worst", &[("week", &w.week.to_string()), ("title", &w.title)]);
            h.get_by_label(&label).click();
            h.run_steps(2);
            assert_eq!(*h.state(), Some(Action::Retry(usize::from(worst))));
        }
        // A summer read right throughout (or not read at all) offers no such button.
        let (q, _) = summer("quintin-2013", 3, Policy::Adaptive);
        let v = DebriefView::of(&q, Lang::En, "r.html".into(), None);
        assert!(v.worst.is_none() && v.missed_most.is_empty());
        let mut h = Harness::builder().with_size(bevy_egui::egui::vec2(1280.0, 3000.0)).build_ui(|ui| {
            let _ = cjs::game::screens::debrief::show(ui, &v);
        });
        h.run_steps(2);
        assert!(h.query_by_label_contains("Replay your worst misreading").is_none());
    }
}

/// Issue 25, point 2: one's own earlier summers, kept beside the saves, shown by the debrief.
#[test]
fn the_debrief_shows_earlier_summers_and_the_history_survives_a_restart() {
    let dir = std::env::temp_dir().join(format!("cjs-game-history-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("un-ete-en-coop.history.json");
    let with_history = || {
        let mut o = opts(Mode::Animateur, Some(Policy::Adaptive));
        o.history = Some(path.clone());
        o
    };
    let mut app = test_app(with_history());
    run_until(&mut app, |a| screen(a) == Screen::Debrief);
    act(&mut app, Action::Start { scenario: 0, mode: Mode::Animateur, seed: 8, seats: vec![] });
    // The title's scenario 0 may not be quintin: start the one of the options.
    let id = game(&app).play.as_ref().unwrap().summer.world.scenario.id.clone();
    run_until(&mut app, |a| screen(a) == Screen::Debrief);
    let past = app.world().resource::<cjs::game::history::Past>();
    assert_eq!(past.history.summers.len(), 2, "two summers recorded");
    // A restart: read back from the file.
    let app2 = {
        let mut a = test_app(with_history());
        a.update();
        a
    };
    let past = app2.world().resource::<cjs::game::history::Past>();
    assert_eq!(past.history.summers.len(), 2, "the history survives a restart");
    let rows = cjs::game::history::rows(past, &id, None);
    assert_eq!(rows.len(), 2, "both summers were of {id}");
    // The debrief shows them, with a chart and a button to clear them.
    let play = game(&app).play.as_ref().unwrap();
    let mut v = cjs::game::view::DebriefView::of(play, Lang::En, "r".into(), None);
    let q = app.world().resource::<cjs::game::history::Past>();
    v.past = cjs::game::history::rows(q, &id, q.recorded.as_deref());
    let mut h = egui_kittest::Harness::builder().with_size(bevy_egui::egui::vec2(1280.0, 3000.0)).build_ui_state(
        |ui, st: &mut Option<Action>| {
            if let Some(a) = cjs::game::screens::debrief::show(ui, &v) {
                *st = Some(a);
            }
        },
        None,
    );
    h.run_steps(2);
    use egui_kittest::kittest::Queryable;
    h.get_by_label_contains("Your summers of this scenario (2)");
    h.get_by_label_contains("(this one)");
    h.get_by_label("Clear the history of this scenario").click();
    h.run_steps(2);
    assert_eq!(*h.state(), Some(Action::ClearHistory));
    act(&mut app, Action::ClearHistory);
    let past = app.world().resource::<cjs::game::history::Past>();
    assert_eq!(past.history.of_scenario(&id).count(), 0);
    // A corrupt history is set aside, said, and kept whole.
    std::fs::write(&path, b"{ not a history").unwrap();
    // Without the autoplay, which would start a summer (and clear the notice) at once.
    let mut o = with_history();
    o.autoplay = None;
    let mut app3 = test_app(o);
    app3.update();
    let notice = game(&app3).notice.clone().expect("said");
    let aside = dir.join("un-ete-en-coop.history.json.unreadable-1");
    assert!(notice.contains(&aside.display().to_string()), "{notice}");
    assert_eq!(std::fs::read(&aside).unwrap(), b"{ not a history");
    let _ = std::fs::remove_dir_all(&dir);
}

/// After each decision the summer is kept beside the save (`un-ete-en-coop.autosave.json`): a
/// window closed or a machine gone off without F5 loses no decision, and `--load` of that file
/// goes on at the decision reached.
#[test]
fn every_decision_is_kept_beside_the_save_and_loads_back() {
    let dir = std::env::temp_dir().join(format!("cjs-game-autosave-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut o = opts(Mode::Animateur, Some(Policy::Adaptive));
    o.history = Some(dir.join("un-ete-en-coop.history.json"));
    let mut app = test_app(o);
    run_until(&mut app, |a| game(a).play.as_ref().is_some_and(|p| p.summer.save.inputs.len() >= 5));
    app.world_mut().resource_mut::<cjs::game::autoplay::Autoplay>().policy = None;
    let kept = dir.join("un-ete-en-coop.autosave.json");
    let before = game(&app).play.as_ref().unwrap().summer.season.clone();
    let saved: cjs::save::Save = serde_json::from_slice(&std::fs::read(&kept).expect("kept")).unwrap();
    assert_eq!(saved.inputs.len(), usize::from(before.decisions()), "every decision settled, no more");
    // The game closed without F5: the file loads back to the same summer.
    let mut o = opts(Mode::Animateur, None);
    o.load = Some(kept);
    let mut app2 = test_app(o);
    app2.update();
    app2.update();
    assert_eq!(game(&app2).play.as_ref().expect("loaded").summer.season, before);
    let _ = std::fs::remove_dir_all(&dir);
}

/// The title's *Load* names the summer kept after each decision when it is newer than the save:
/// after a window closed without F5, one click goes on where the summer was left.
#[test]
fn the_title_offers_the_summer_kept_when_it_is_newer_than_the_save() {
    use cjs::game::screens::title::latest;
    let dir = std::env::temp_dir().join(format!("cjs-game-latest-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let (save, kept) = (dir.join("un-ete-en-coop.save.json"), dir.join("un-ete-en-coop.autosave.json"));
    assert_eq!(latest(&save, &kept), save, "neither: the save's name");
    std::fs::write(&kept, b"{}").unwrap();
    assert_eq!(latest(&save, &kept), kept, "only the summer kept");
    std::fs::write(&save, b"{}").unwrap();
    let at = |p: &std::path::Path, secs: u64| {
        let t = std::time::SystemTime::UNIX_EPOCH + Duration::from_secs(secs);
        std::fs::File::options().write(true).open(p).unwrap().set_modified(t).unwrap();
    };
    at(&save, 2_000_000_000);
    at(&kept, 1_000_000_000);
    assert_eq!(latest(&save, &kept), save, "a save written after it");
    at(&kept, 2_000_000_100);
    assert_eq!(latest(&save, &kept), kept, "decisions kept after the last save");
    let _ = std::fs::remove_dir_all(&dir);
}

/// « Accueil » or Escape during a summer asks whether to leave it, saying where it is kept;
/// « Continuer l'été » (or Escape again) goes on with it, and leaving brings the title back
/// with no summer in play.
#[test]
fn the_player_can_leave_a_summer_for_the_title_and_is_asked_first() {
    use cjs::game::screens::{BarView, bar};
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;
    let mut app = test_app(opts(Mode::Animateur, None));
    act(&mut app, Action::Start { scenario: 0, mode: Mode::Animateur, seed: 7, seats: vec![] });
    act(&mut app, Action::GoToDecision);
    assert_eq!(screen(&app), Screen::Assembly);
    act(&mut app, Action::AskToLeave);
    assert!(game(&app).leaving);
    act(&mut app, Action::Stay);
    assert!(!game(&app).leaving && game(&app).play.is_some());
    assert_eq!(screen(&app), Screen::Assembly);
    act(&mut app, Action::AskToLeave);
    act(&mut app, Action::ToTitle);
    assert_eq!(screen(&app), Screen::Title);
    assert!(game(&app).play.is_none() && !game(&app).leaving);
    // Asked with no summer in play, nothing is asked.
    act(&mut app, Action::AskToLeave);
    assert!(!game(&app).leaving);

    // Where a history is kept, the question names the autosave once a decision of this summer is
    // written there, not before, and not after a rewind.
    let dir = std::env::temp_dir().join(format!("cjs-game-leave-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut o = opts(Mode::Animateur, None);
    o.history = Some(dir.join("un-ete-en-coop.history.json"));
    let mut app = test_app(o);
    act(&mut app, Action::Start { scenario: 0, mode: Mode::Animateur, seed: 7, seats: vec![] });
    let asked = |app: &mut App| {
        act(app, Action::AskToLeave);
        let v = BarView::of(game(app), app.world().resource::<Settings>());
        act(app, Action::Stay);
        v.leaving.expect("asked")
    };
    assert_eq!(asked(&mut app), None, "no decision yet: nothing kept");
    act(&mut app, Action::GoToDecision);
    act(&mut app, Action::Decide(cjs::decision::Input::posture(cjs::decision::Posture::Facilitate, None)));
    let kept = dir.join("un-ete-en-coop.autosave.json");
    assert_eq!(asked(&mut app), Some(kept.display().to_string()));
    assert!(kept.exists());
    act(&mut app, Action::Rewind(0));
    assert_eq!(asked(&mut app), None, "rewound: the autosave holds the summer as it went before");
    // Saved with F5: the save holds it. Loaded: the file loaded holds it, and a question left
    // open is closed by the load.
    act(&mut app, Action::Save);
    let saved = game(&app).save_path.display().to_string();
    assert_eq!(asked(&mut app), Some(saved));
    act(&mut app, Action::AskToLeave);
    act(&mut app, Action::Load(kept.clone()));
    assert!(!game(&app).leaving, "another summer loaded: the question is closed");
    assert_eq!(asked(&mut app), Some(kept.display().to_string()));
    let _ = std::fs::remove_dir_all(&dir);

    // The bar: Escape asks; the question says where the summer is kept, in each language, with
    // the focus on going on; Escape again takes it back.
    let view = |leaving: Option<Option<String>>, lang: Lang| BarView {
        lang,
        place: "Les Bras Cassés — semaine 2 / 8".into(),
        scale: 1.0,
        high_contrast: false,
        can_save: true,
        notice: None,
        leaving,
    };
    let path = std::path::Path::new("un-ete-en-coop.json");
    let run = |v: BarView, key: Option<bevy_egui::egui::Key>| {
        let mut h = Harness::new_ui_state(
            move |ui, got: &mut Option<Action>| {
                if let Some(a) = bar(ui, &v, path) {
                    *got = Some(a);
                }
            },
            None,
        );
        h.run_steps(2);
        if let Some(k) = key {
            h.key_press(k);
            h.run_steps(2);
        }
        h
    };
    let h = run(view(None, Lang::Fr), Some(bevy_egui::egui::Key::Escape));
    assert_eq!(*h.state(), Some(Action::AskToLeave));
    h.get_by_label("Accueil");
    // On the title (no summer in play) Escape asks nothing, and there is no « Accueil ».
    let h = run(BarView { can_save: false, ..view(None, Lang::Fr) }, Some(bevy_egui::egui::Key::Escape));
    assert_eq!(*h.state(), None);
    assert!(h.query_by_label("Accueil").is_none());
    // Asked: no « Accueil » in the bar, and the keys of the screen behind (1–4, P, F9…) are
    // held back from it.
    let asked = view(Some(None), Lang::Fr);
    let mut h = Harness::new_ui_state(
        move |ui, behind: &mut Vec<bool>| {
            let _ = bar(ui, &asked, path);
            behind.push(
                ui.input(|i| i.key_pressed(bevy_egui::egui::Key::Num3) || i.key_pressed(bevy_egui::egui::Key::F9)),
            );
        },
        Vec::new(),
    );
    h.run_steps(2);
    assert!(h.query_by_label("Accueil").is_none());
    h.key_press(bevy_egui::egui::Key::Num3);
    h.key_press(bevy_egui::egui::Key::F9);
    h.run_steps(2);
    assert!(!h.state().iter().any(|&k| k), "a key reached the screen behind the question");
    for (lang, stay, leave, kept) in [
        (Lang::Fr, "Continuer l'été", "Revenir à l'accueil", "gardé tel quel dans kept.json : chargez ce fichier"),
        (
            Lang::En,
            "Go on with the summer",
            "Leave for the title screen",
            "kept as it stands in kept.json: load that file",
        ),
    ] {
        let mut h = run(view(Some(Some("kept.json".into())), lang), None);
        h.get_by_label_contains(kept);
        assert!(h.get_by_label(stay).is_focused(), "{lang:?}: the focus is on going on");
        h.get_by_label(leave).click();
        h.run_steps(2);
        assert_eq!(*h.state(), Some(Action::ToTitle));
        let h = run(view(Some(None), lang), Some(bevy_egui::egui::Key::Escape));
        assert_eq!(*h.state(), Some(Action::Stay));
        h.get_by_label_contains("F5");
    }
}
