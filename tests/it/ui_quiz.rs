//! The desktop "Quiz" screen as a person uses it (kittest) against a real quiz server on
//! 127.0.0.1: joining with the invitation code, practising (a right answer, its explanation,
//! a report), a duel against another participant, the connection remembered for the next
//! start, and the trainer's figures with the CSV saved.

use bevy_egui::egui;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use mehrwert::model::format::Locale;
use mehrwert::quiz::bank::Bank;
use mehrwert::ui::quiz::screen::{QuizAction, act, quiz_ui};
use mehrwert::ui::quiz::{QuizDesk, View};
use serde_json::json;

use crate::quiz_support::{databases, serve};

type Screen = Harness<'static, (QuizDesk, Vec<QuizAction>)>;

fn harness(desk: QuizDesk) -> Screen {
    let mut harness = Harness::builder().with_size(egui::vec2(1280.0, 1600.0)).build_ui_state(
        |ui, (desk, actions): &mut (QuizDesk, Vec<QuizAction>)| {
            actions.extend(quiz_ui(ui, desk, Locale::De));
        },
        (desk, Vec::new()),
    );
    harness.step();
    harness
}

/// Carries out what the screen asked for and waits (bounded) until `ready` holds, taking the
/// server's replies as the game's frame does.
fn settle(harness: &mut Screen, ready: impl Fn(&Screen) -> bool) {
    for _ in 0..400 {
        let actions: Vec<QuizAction> = std::mem::take(&mut harness.state_mut().1);
        for action in actions {
            act(&mut harness.state_mut().0, action, Locale::De);
        }
        harness.state_mut().0.poll(Locale::De);
        // Frames, not `run`: the spinner repaints while a call is under way.
        harness.step();
        harness.step();
        if ready(harness) && !harness.state().0.busy() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(15));
    }
    panic!("the screen did not get there; error: {:?}", harness.state().0.error);
}

fn shows(harness: &Screen, label: &str) -> bool {
    harness.query_by_label_contains(label).is_some()
}

fn type_into(harness: &mut Screen, label: &str, text: &str) {
    let role = if harness.query_by_role_and_label(Role::TextInput, label).is_some() {
        Role::TextInput
    } else {
        Role::MultilineTextInput
    };
    harness.get_by_role_and_label(role, label).focus();
    harness.step();
    harness.get_by_role_and_label(role, label).type_text(text);
    harness.step();
    harness.step();
}

fn click(harness: &mut Screen, label: &str) {
    harness.get_by_label(label).click();
    harness.step();
    let actions: Vec<QuizAction> = std::mem::take(&mut harness.state_mut().1);
    for action in actions {
        act(&mut harness.state_mut().0, action, Locale::De);
    }
    harness.step();
    harness.step();
}

/// Clicks the correct option of the question shown (a person who knows the answer).
fn answer_right(harness: &mut Screen) {
    let View::Question(served, _) = harness.state().0.view.clone() else { panic!("no question shown") };
    let question = mehrwert::quiz::play::find(&Bank::shipped(), &served.question_id).expect("question");
    let place = served.options.iter().position(|o| *o == question.de.answer).expect("shown");
    click(harness, &mehrwert::ui::quiz::screen::option_label(place, &question.de.answer));
}

#[test]
fn a_person_joins_practises_reports_and_duels_and_the_trainer_reads_the_figures() {
    let database = databases().into_iter().next().expect("sqlite");
    let server = serve(&database);
    let (programme, code) = server.programme("KAM-Akademie");
    let (ben, _) = server.join(&code, "Ben", "Rot");
    let address = server.base.trim_start_matches("http://").to_string();
    let data = tempfile::tempdir().expect("temp");

    let mut screen = harness(QuizDesk::new(data.path()));
    assert!(shows(&screen, "Als Teilnehmende mitmachen"));
    // Select what the field holds (Ctrl+A) and type the server's address over it.
    screen.get_by_role_and_label(Role::TextInput, "Server").focus();
    screen.run();
    screen.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    screen.run();
    type_into(&mut screen, "Server", &address);
    type_into(&mut screen, "Einladungscode", &code.to_lowercase());
    type_into(&mut screen, "Name", "Anna");
    type_into(&mut screen, "Workshop-Team", "Blau");
    click(&mut screen, "Mitmachen");
    settle(&mut screen, |s| shows(s, "Allein üben"));
    assert!(shows(&screen, "KAM-Akademie"));

    // Practice: the right answer, its explanation, then a report on it.
    click(&mut screen, "Allein üben");
    settle(&mut screen, |s| matches!(s.state().0.view, View::Question(..)));
    answer_right(&mut screen);
    settle(&mut screen, |s| shows(s, "Richtig!"));
    let View::Result(answered) = screen.state().0.view.clone() else { panic!("no result") };
    assert!(shows(&screen, &answered.explanation.chars().take(30).collect::<String>()));
    click(&mut screen, "Frage melden");
    click(&mut screen, "Die Frage ist unklar");
    type_into(&mut screen, "Was ist falsch oder unklar?", "Welches Jahr?");
    click(&mut screen, "Meldung senden");
    settle(&mut screen, |s| shows(s, "Danke!"));
    let (_, queue) =
        server.call("GET", &format!("/api/quiz/v1/trainer/programmes/{programme}/reports"), &server.trainer, None);
    assert_eq!(
        (queue[0]["reason"].clone(), queue[0]["body"].clone(), queue[0]["question_id"].clone()),
        (json!("unclear"), json!("Welches Jahr?"), json!(answered.question_id))
    );

    // A duel against Ben: pick the first topic offered, answer the first question.
    settle(&mut screen, |s| shows(s, "Herausfordern"));
    click(&mut screen, "Herausfordern");
    settle(&mut screen, |s| matches!(s.state().0.view, View::Duel(..)));
    let View::Duel(duel) = screen.state().0.view.clone() else { panic!("no duel") };
    assert_eq!(duel.opponent, "Ben");
    click(&mut screen, &duel.offered[0].1.clone());
    settle(&mut screen, |s| shows(s, "Weiterspielen"));
    click(&mut screen, "Weiterspielen");
    settle(&mut screen, |s| matches!(s.state().0.view, View::Question(..)));
    answer_right(&mut screen);
    settle(&mut screen, |s| shows(s, "Richtig!"));
    // Ben sees the duel, not yet his move (Anna has two questions left).
    let (_, me) = server.call("GET", "/api/quiz/v1/me", &ben, None);
    assert_eq!(me["duels"][0]["my_move"], json!(false));
    assert_eq!(me["duels"][0]["their_score"], json!(0), "Anna's answers stay hidden until Ben has answered");
    drop(screen);

    // The next start needs no code: the connection was remembered.
    let mut again = harness(QuizDesk::new(data.path()));
    settle(&mut again, |s| shows(s, "Allein üben"));
    assert!(shows(&again, "gegen Ben"));

    // The trainer's figures, from the personal link.
    let trainer_dir = tempfile::tempdir().expect("temp");
    let mut trainer = harness(QuizDesk::new(trainer_dir.path()));
    type_into(&mut trainer, "Trainer-Link (http://…/quiz/t/…)", &format!("{}/quiz/t/{}", server.base, server.trainer));
    click(&mut trainer, "Öffnen");
    settle(&mut trainer, |s| shows(s, "KAM-Akademie"));
    click(&mut trainer, &format!("KAM-Akademie ({code})"));
    settle(&mut trainer, |s| shows(s, "Nachholbedarf"));
    assert!(shows(&trainer, "Anna"));
    click(&mut trainer, "Als CSV speichern");
    settle(&mut trainer, |s| shows(s, "Gespeichert:"));
    let csv = std::fs::read_to_string(trainer_dir.path().join("Quiz-KAM_Akademie.csv")).expect("csv saved");
    assert!(csv.starts_with("\u{feff}Bereich;"), "{csv}");
    // Two answers, both right: 2 of 2 for Anna.
    assert!(csv.contains("Teilnehmer;") && csv.contains(";Anna;2;2;1,0000;"), "{csv}");
}
