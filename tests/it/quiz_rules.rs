//! The quiz's rules that depend on the clock, on the store itself with the time passed in:
//! answers after the deadline are late and count as wrong, a question left unanswered is
//! missed, a player who does not move for the programme's days forfeits, and practice brings
//! missed questions back and serves the weakest topic first.

use mehrwert::quiz::bank::{Bank, Topic};
use mehrwert::quiz::play::{GRACE_MS, find};
use mehrwert::quiz::store::{Participant, Programme, Store};

use crate::quiz_support::databases;

const T0: i64 = 1_796_558_400_000;
const DAY: i64 = 86_400_000;

struct Setup {
    store: Store,
    programme: Programme,
    anna: Participant,
    ben: Participant,
    bank: Bank,
}

fn setup(runtime: &tokio::runtime::Runtime, url: &str) -> Setup {
    runtime.block_on(async {
        let store = Store::open(url).await.expect("store");
        let (trainer, _) = store.add_trainer("Anna").await.expect("trainer");
        let programme = store.create_programme(&trainer, "Gruppe", 30, 3).await.expect("programme");
        let anna = store.join(&programme, "Anna", "Blau", "de").await.expect("join").0;
        let ben = store.join(&programme, "Ben", "Rot", "de").await.expect("join").0;
        Setup { store, programme, anna, ben, bank: Bank::shipped() }
    })
}

/// Anna challenges Ben at T0 and picks the first topic offered: the duel and the topic.
async fn open_duel(s: &Setup) -> (String, String) {
    let duel = s.store.challenge(&s.anna, &s.ben.id, T0).await.expect("duel");
    let view = s.store.duel_view(&s.anna, &s.programme, &duel, T0).await.expect("view");
    let topic = view.offered[0].0.clone();
    s.store.pick(&s.anna, &s.programme, &s.bank, &duel, &topic, T0).await.expect("pick");
    (duel, topic)
}

/// The place (as shown) of the correct option of a served question.
fn right_place(bank: &Bank, served: &mehrwert::quiz::play::Served) -> usize {
    let question = find(bank, &served.question_id).expect("question");
    served.options.iter().position(|o| *o == question.de.answer).expect("shown")
}

#[test]
fn late_answers_count_as_wrong_missed_questions_are_recorded_and_silence_forfeits() {
    for database in databases() {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        let s = setup(&runtime, &database.url);
        runtime.block_on(async {
            let (duel, _) = open_duel(&s).await;
            // Question 1: right, but after 30 s and the 2 s of grace: late, wrong.
            let q1 = s.store.duel_question(&s.anna, &s.programme, &s.bank, &duel, T0).await.expect("q1");
            let limit = q1.deadline_ms - T0;
            assert!(limit == 30_000 || limit == 90_000, "{limit}");
            let late = s
                .store
                .answer(
                    &s.anna,
                    &s.programme,
                    &s.bank,
                    &q1.asked_id,
                    right_place(&s.bank, &q1),
                    q1.deadline_ms + GRACE_MS + 1,
                )
                .await
                .expect("late");
            assert!(late.late && !late.correct);
            // Question 2: right, just within the grace: counts.
            let t = q1.deadline_ms + GRACE_MS + 1;
            let q2 = s.store.duel_question(&s.anna, &s.programme, &s.bank, &duel, t).await.expect("q2");
            assert_eq!(q2.slot, 1);
            let ok = s
                .store
                .answer(
                    &s.anna,
                    &s.programme,
                    &s.bank,
                    &q2.asked_id,
                    right_place(&s.bank, &q2),
                    q2.deadline_ms + GRACE_MS,
                )
                .await
                .expect("ok");
            assert!(ok.correct && !ok.late);
            // Question 3 is put, Anna walks away; when she comes back after its deadline it is
            // recorded as missed, and it is Ben's move.
            let t = q2.deadline_ms + GRACE_MS;
            let q3 = s.store.duel_question(&s.anna, &s.programme, &s.bank, &duel, t).await.expect("q3");
            let back = q3.deadline_ms + GRACE_MS + 1;
            assert!(s.store.duel_question(&s.anna, &s.programme, &s.bank, &duel, back).await.is_err());
            let view = s.store.duel_view(&s.anna, &s.programme, &duel, back).await.expect("view");
            assert_eq!(view.rounds[0].mine, vec![Some(false), Some(true), Some(false)]);
            assert!(!view.my_move);
            // Ben does nothing for three days: still open; a moment after, he has forfeited.
            let view = s.store.duel_view(&s.ben, &s.programme, &duel, back + 3 * DAY).await.expect("view");
            assert_eq!(view.status, "open");
            let view = s.store.duel_view(&s.ben, &s.programme, &duel, back + 3 * DAY + 1).await.expect("view");
            assert_eq!(view.status, "forfeit");
            assert_eq!(view.outcome, Some(mehrwert::quiz::duel::Outcome::Lost));
            let view = s.store.duel_view(&s.anna, &s.programme, &duel, back + 3 * DAY + 2).await.expect("view");
            assert_eq!(view.outcome, Some(mehrwert::quiz::duel::Outcome::Won));
            assert!(s.store.duel_question(&s.ben, &s.programme, &s.bank, &duel, back + 4 * DAY).await.is_err());
            s.store.close().await;
        });
    }
}

#[test]
fn practice_brings_a_missed_question_back_and_the_weakest_topic_first() {
    for database in databases() {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        let s = setup(&runtime, &database.url);
        runtime.block_on(async {
            // The first question: answered wrongly.
            let first = s.store.practice_question(&s.anna, &s.programme, &s.bank, T0).await.expect("first");
            let again = s.store.practice_question(&s.anna, &s.programme, &s.bank, T0 + 1000).await.expect("same");
            assert_eq!(again.asked_id, first.asked_id, "an open question is served again, not replaced");
            let wrong = (right_place(&s.bank, &first) + 1) % 4;
            let missed = s
                .store
                .answer(&s.anna, &s.programme, &s.bank, &first.asked_id, wrong, T0 + 5000)
                .await
                .expect("answer");
            assert!(!missed.correct);
            // Its topic is now the weakest (0 % against the unmet topics' assumed half): the
            // next new question is of the same topic, and not the missed one, which waits.
            let second = s.store.practice_question(&s.anna, &s.programme, &s.bank, T0 + 6000).await.expect("second");
            assert_eq!(second.topic, first.topic);
            assert_ne!(second.question_id, first.question_id);
            s.store
                .answer(&s.anna, &s.programme, &s.bank, &second.asked_id, right_place(&s.bank, &second), T0 + 7000)
                .await
                .expect("answer");
            // Ten minutes after the miss, it comes back.
            let t = T0 + 5000 + 600_000;
            let back = s.store.practice_question(&s.anna, &s.programme, &s.bank, t).await.expect("back");
            assert_eq!(back.question_id, first.question_id);
            s.store
                .answer(&s.anna, &s.programme, &s.bank, &back.asked_id, right_place(&s.bank, &back), t + 1000)
                .await
                .expect("answer");
            // Answered right, it moves a box up: not again the next minute.
            let next = s.store.practice_question(&s.anna, &s.programme, &s.bank, t + 60_000).await.expect("next");
            assert_ne!(next.question_id, first.question_id);
            // The topic stands at 2 of 3 right (67 %) above the unmet topics (50 %): the next new
            // question comes from an unmet topic.
            assert_ne!(next.topic, first.topic);
            assert!(Topic::from_key(&next.topic).is_some());
            s.store.close().await;
        });
    }
}

#[test]
fn a_duel_question_whose_file_was_replaced_gives_way_to_another_of_the_same_topic() {
    for database in databases() {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        let s = setup(&runtime, &database.url);
        runtime.block_on(async {
            let (duel, topic) = open_duel(&s).await;
            // The round's first question now names one no bank holds (its file was replaced).
            sqlx::any::install_default_drivers();
            let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(&database.url).await.expect("connect");
            let (questions,): (String,) = sqlx::query_as("SELECT questions FROM quiz_rounds WHERE duel_id = $1")
                .bind(&duel)
                .fetch_one(&mut conn)
                .await
                .expect("round");
            let rest: Vec<&str> = questions.split(' ').skip(1).collect();
            sqlx::query("UPDATE quiz_rounds SET questions = $1 WHERE duel_id = $2")
                .bind(format!("kam_geloescht {}", rest.join(" ")))
                .bind(&duel)
                .execute(&mut conn)
                .await
                .expect("update");
            let served = s.store.duel_question(&s.anna, &s.programme, &s.bank, &duel, T0).await.expect("a question");
            // In its place: another question of the same topic, none of the round's others.
            assert!(
                served.question_id != "kam_geloescht" && !rest.contains(&served.question_id.as_str()),
                "{}",
                served.question_id
            );
            assert_eq!(served.topic, topic);
            assert_eq!(served.slot, 0);
            s.store.close().await;
        });
    }
}

#[test]
fn nobody_outside_a_duel_settles_it_and_a_late_answer_does_not_undo_a_forfeit() {
    for database in databases() {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        let s = setup(&runtime, &database.url);
        runtime.block_on(async {
            let (duel, _) = open_duel(&s).await;
            // Challenging again opens the same duel.
            assert_eq!(s.store.challenge(&s.ben, &s.anna.id, T0).await.expect("again"), duel);
            // Anna is put her first question and then stays silent.
            let q = s.store.duel_question(&s.anna, &s.programme, &s.bank, &duel, T0).await.expect("question");
            // Someone of a programme with one day to move asks for the duel after two days:
            // not found, and nothing changes (Anna's programme gives three days).
            let (trainer, _) = s.store.add_trainer("Bodo").await.expect("trainer");
            let quick = s.store.create_programme(&trainer, "Schnell", 30, 1).await.expect("programme");
            let (eve, _) = s.store.join(&quick, "Eve", "", "de").await.expect("join");
            assert!(s.store.duel_view(&eve, &quick, &duel, T0 + 2 * DAY).await.is_err());
            let view = s.store.duel_view(&s.ben, &s.programme, &duel, T0 + 2 * DAY).await.expect("view");
            assert_eq!(view.status, "open");
            // After four days Anna answers: the forfeit stands, the answer is refused.
            let late = s.store.answer(&s.anna, &s.programme, &s.bank, &q.asked_id, 0, T0 + 4 * DAY).await;
            assert!(late.is_err(), "an answer after the forfeit");
            let view = s.store.duel_view(&s.anna, &s.programme, &duel, T0 + 4 * DAY).await.expect("view");
            assert_eq!(view.status, "forfeit");
            assert_eq!(view.outcome, Some(mehrwert::quiz::duel::Outcome::Lost));
            s.store.close().await;
        });
    }
}
