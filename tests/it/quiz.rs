//! The quiz duel over HTTP on 127.0.0.1, on SQLite and on PostgreSQL: a whole duel between
//! two clients, the figures the trainer sees against hand-counted answers, privacy across
//! participants and programmes, malformed requests, reports and a programme's own questions.

use serde_json::json;

use crate::quiz_support::{Server, correct_place, databases, serve};

/// Plays one move of `duel` for the player holding `token`; `right` says whether they answer
/// the question at `slot` correctly. Returns false when it was not their move.
fn play_move(server: &Server, token: &str, duel: &str, right: impl Fn(u64, u64) -> bool) -> bool {
    let (status, view) = server.call("GET", &format!("/api/quiz/v1/duels/{duel}"), token, None);
    assert_eq!(status, 200, "{view}");
    if !view["my_move"].as_bool().unwrap_or(false) {
        return false;
    }
    let next = &view["next"];
    if next["kind"] == "pick" {
        let topic = view["offered"][0][0].as_str().expect("offered topic").to_string();
        let (status, picked) =
            server.call("POST", &format!("/api/quiz/v1/duels/{duel}/pick"), token, Some(json!({"topic": topic})));
        assert_eq!(status, 200, "{picked}");
        return true;
    }
    let (status, served) = server.call("GET", &format!("/api/quiz/v1/duels/{duel}/question"), token, None);
    assert_eq!(status, 200, "{served}");
    // Asking again gives the same question with the same deadline.
    let (_, again) = server.call("GET", &format!("/api/quiz/v1/duels/{duel}/question"), token, None);
    assert_eq!(again["asked_id"], served["asked_id"]);
    assert_eq!(again["deadline_ms"], served["deadline_ms"]);
    let correct = correct_place(&served);
    let round = next["round"].as_u64().expect("round");
    let slot = next["slot"].as_u64().expect("slot");
    let place = if right(round, slot) { correct } else { (correct + 1) % 4 };
    let body = json!({"asked_id": served["asked_id"], "option": place});
    let (status, answered) = server.call("POST", "/api/quiz/v1/answers", token, Some(body.clone()));
    assert_eq!(status, 200, "{answered}");
    assert_eq!(answered["correct"], json!(right(round, slot)), "{answered}");
    assert_eq!(answered["correct_option"], json!(correct));
    assert!(!answered["explanation"].as_str().unwrap_or("").is_empty());
    // The same answer again is the same result; another answer is refused.
    let (status, repeated) = server.call("POST", "/api/quiz/v1/answers", token, Some(body));
    assert_eq!((status, &repeated), (200, &answered));
    let (status, other) = server.call(
        "POST",
        "/api/quiz/v1/answers",
        token,
        Some(json!({"asked_id": served["asked_id"], "option": (place + 1) % 4})),
    );
    assert_eq!(status, 422, "{other}");
    true
}

#[test]
fn a_whole_duel_between_two_clients_with_the_trainers_figures_counted_by_hand() {
    for database in databases() {
        let server = serve(&database);
        let (programme, code) = server.programme("KAM-Akademie");
        // The code typed carelessly still joins.
        let sloppy = code.to_lowercase().replace('-', " ");
        let (anna, anna_id) = server.join(&sloppy, "Anna", "Blau");
        let (ben, ben_id) = server.join(&code, "Ben", "Rot");
        let (status, created) = server.call("POST", "/api/quiz/v1/duels", &anna, Some(json!({"opponent": ben_id})));
        assert_eq!(status, 200, "{created}");
        let duel = created["id"].as_str().expect("duel id").to_string();
        // Ben cannot open round 1; Anna must.
        let (status, refused) =
            server.call("POST", &format!("/api/quiz/v1/duels/{duel}/pick"), &ben, Some(json!({"topic": "eva"})));
        assert_eq!(status, 409, "{refused}");
        // Anna: every answer right; Ben: only the first question of each round.
        let anna_right = |_: u64, _: u64| true;
        let ben_right = |_: u64, slot: u64| slot == 0;
        let mut moves = 0;
        let mut ben_saw_round_one_early = None;
        loop {
            let a = play_move(&server, &anna, &duel, anna_right);
            if moves == 3 {
                // Anna has answered round 1; Ben is told it is his move and sees none of her
                // results before he has answered himself.
                let (_, me) = server.call("GET", "/api/quiz/v1/me", &ben, None);
                let listed = &me["duels"][0];
                assert_eq!(listed["my_move"], json!(true), "{me}");
                ben_saw_round_one_early = Some(listed["rounds"][0]["theirs"].clone());
                assert_eq!(listed["their_score"], json!(0));
            }
            let b = play_move(&server, &ben, &duel, ben_right);
            moves += usize::from(a) + usize::from(b);
            if !a && !b {
                break;
            }
            assert!(moves < 100, "the duel does not end");
        }
        assert_eq!(ben_saw_round_one_early, Some(json!([null, null, null])));
        // 6 picks + 36 answers.
        assert_eq!(moves, 42, "{}", database.kind);
        let (_, anna_view) = server.call("GET", &format!("/api/quiz/v1/duels/{duel}"), &anna, None);
        assert_eq!(anna_view["status"], "finished");
        assert_eq!((anna_view["my_score"].clone(), anna_view["their_score"].clone()), (json!(18), json!(6)));
        assert_eq!(anna_view["outcome"], "won");
        let (_, ben_view) = server.call("GET", &format!("/api/quiz/v1/duels/{duel}"), &ben, None);
        assert_eq!(ben_view["outcome"], "lost");
        // Hand count by topic from the rounds played: each round 3 right for Anna, 1 for Ben.
        let mut expected: std::collections::BTreeMap<String, (u64, u64)> = Default::default();
        for round in anna_view["rounds"].as_array().expect("rounds") {
            let entry = expected.entry(round["topic"].as_str().expect("topic").to_string()).or_default();
            entry.0 += 6;
            entry.1 += 4;
        }
        let (status, figures) = server.call(
            "GET",
            &format!("/api/quiz/v1/trainer/programmes/{programme}/analytics"),
            &server.trainer,
            None,
        );
        assert_eq!(status, 200, "{figures}");
        assert_eq!(figures["total"]["answered"], json!(36));
        assert_eq!(figures["total"]["correct"], json!(24));
        assert_eq!(figures["total"]["rate"], json!("0.6667"));
        for topic in figures["by_topic"].as_array().expect("topics") {
            let (answered, correct) = expected.get(topic["name"].as_str().unwrap_or("")).copied().unwrap_or((0, 0));
            assert_eq!(
                (topic["answered"].as_u64(), topic["correct"].as_u64()),
                (Some(answered), Some(correct)),
                "{topic}"
            );
        }
        let by_name = |name: &str| {
            figures["by_participant"]
                .as_array()
                .and_then(|a| a.iter().find(|p| p["name"] == name).cloned())
                .expect("participant")
        };
        assert_eq!((by_name("Anna")["answered"].clone(), by_name("Anna")["correct"].clone()), (json!(18), json!(18)));
        assert_eq!((by_name("Ben")["answered"].clone(), by_name("Ben")["correct"].clone()), (json!(18), json!(6)));
        assert_eq!(figures["by_team"][1]["key"], "Rot");
        assert_eq!(figures["by_team"][1]["rate"], json!("0.3333"));
        // The weakest topic first; every wrong answer of Ben is counted on the option he chose
        // (the one after the correct one as shown, so any wrong option), 12 in all.
        let wrong_chosen: u64 = figures["questions"]
            .as_array()
            .expect("questions")
            .iter()
            .flat_map(|q| q["options"].as_array().cloned().unwrap_or_default())
            .filter(|o| o["correct"] == json!(false))
            .map(|o| o["chosen"].as_u64().unwrap_or(0))
            .sum();
        let generated_wrong: u64 = figures["questions"]
            .as_array()
            .expect("questions")
            .iter()
            .filter(|q| q["options"].as_array().is_some_and(Vec::is_empty))
            .map(|q| q["rate"]["answered"].as_u64().unwrap_or(0) - q["rate"]["correct"].as_u64().unwrap_or(0))
            .sum();
        assert_eq!(wrong_chosen + generated_wrong, 12, "{}", database.kind);
        let _ = anna_id;
    }
}

#[test]
fn participants_and_trainers_see_only_their_own() {
    for database in databases() {
        let server = serve(&database);
        let (programme, code) = server.programme("Gruppe A");
        let (anna, _) = server.join(&code, "Anna", "");
        let (ben, ben_id) = server.join(&code, "Ben", "");
        let (cleo, _) = server.join(&code, "Cleo", "");
        let (_, created) = server.call("POST", "/api/quiz/v1/duels", &anna, Some(json!({"opponent": ben_id})));
        let duel = created["id"].as_str().expect("duel").to_string();
        let (_, view) = server.call("GET", &format!("/api/quiz/v1/duels/{duel}"), &anna, None);
        let topic = view["offered"][0][0].as_str().expect("topic").to_string();
        server.call("POST", &format!("/api/quiz/v1/duels/{duel}/pick"), &anna, Some(json!({"topic": topic})));
        let (_, served) = server.call("GET", &format!("/api/quiz/v1/duels/{duel}/question"), &anna, None);
        // Cleo sees neither the duel nor Anna's question, and cannot answer it.
        assert_eq!(server.call("GET", &format!("/api/quiz/v1/duels/{duel}"), &cleo, None).0, 404);
        assert_eq!(server.call("GET", &format!("/api/quiz/v1/duels/{duel}/question"), &cleo, None).0, 404);
        let steal = json!({"asked_id": served["asked_id"], "option": 0});
        assert_eq!(server.call("POST", "/api/quiz/v1/answers", &cleo, Some(steal)).0, 404);
        // Another trainer's programme, and its participant.
        let other_trainer = server.runtime.block_on(server.quiz.store.trainer_link("Bodo")).expect("trainer").1;
        let (status, other) =
            server.call("POST", "/api/quiz/v1/trainer/programmes", &other_trainer, Some(json!({"name": "Gruppe B"})));
        assert_eq!(status, 200);
        let (dora, _) = server.join(other["invite_code"].as_str().expect("code"), "Dora", "");
        assert_eq!(server.call("POST", "/api/quiz/v1/duels", &dora, Some(json!({"opponent": ben_id}))).0, 404);
        assert_eq!(
            server
                .call("GET", &format!("/api/quiz/v1/trainer/programmes/{programme}/analytics"), &other_trainer, None)
                .0,
            404
        );
        assert_eq!(
            server.call("GET", &format!("/api/quiz/v1/trainer/programmes/{programme}/reports"), &other_trainer, None).0,
            404
        );
        let (_, listed) = server.call("GET", "/api/quiz/v1/trainer/programmes", &other_trainer, None);
        assert_eq!(listed.as_array().map(Vec::len), Some(1), "{listed}");
        // Tokens of one kind open nothing of the other; no token, nothing.
        assert_eq!(server.call("GET", "/api/quiz/v1/trainer/programmes", &anna, None).0, 401);
        assert_eq!(server.call("GET", "/api/quiz/v1/me", &server.trainer, None).0, 401);
        assert_eq!(server.call("GET", "/api/quiz/v1/me", "", None).0, 401);
        // Dora's list of opponents holds nobody of the other programme.
        let (_, me) = server.call("GET", "/api/quiz/v1/me", &dora, None);
        assert_eq!(me["opponents"], json!([]));
        let _ = ben;
    }
}

#[test]
fn malformed_requests_get_a_clear_4xx_and_change_nothing() {
    for database in databases() {
        let server = serve(&database);
        let (programme, code) = server.programme("Gruppe");
        let (anna, _) = server.join(&code, "Anna", "");
        let (_, ben_id) = server.join(&code, "Ben", "");
        let (_, served) = server.call("GET", "/api/quiz/v1/practice", &anna, None);
        let before = server
            .call("GET", &format!("/api/quiz/v1/trainer/programmes/{programme}/analytics"), &server.trainer, None)
            .1;
        let cases: Vec<(&str, &str, Vec<u8>, u16, &str)> = vec![
            ("POST", "/api/quiz/v1/join", b"{not json".to_vec(), 400, "not the JSON expected"),
            ("POST", "/api/quiz/v1/join", br#"{"code":"x","name":"a","admin":true}"#.to_vec(), 400, "unknown field"),
            ("POST", "/api/quiz/v1/join", br#"{"code":"MW-AAAA-AAAA","name":"Eve"}"#.to_vec(), 404, "invitation code"),
            (
                "POST",
                "/api/quiz/v1/join",
                format!(r#"{{"code":"{code}","name":"  "}}"#).into_bytes(),
                422,
                "`name` must be 1 to 60",
            ),
            (
                "POST",
                "/api/quiz/v1/join",
                format!(r#"{{"code":"{code}","name":"a\nb"}}"#).into_bytes(),
                422,
                "without line breaks",
            ),
            (
                "POST",
                "/api/quiz/v1/answers",
                format!(r#"{{"asked_id":{},"option":7}}"#, served["asked_id"]).into_bytes(),
                422,
                "option 7",
            ),
            ("POST", "/api/quiz/v1/answers", br#"{"asked_id":"nope","option":1}"#.to_vec(), 404, "not found"),
            ("POST", "/api/quiz/v1/answers", br#"{"asked_id":"x","option":-1}"#.to_vec(), 400, "not the JSON"),
            ("POST", "/api/quiz/v1/duels", format!(r#"{{"opponent":"{ben_id}x"}}"#).into_bytes(), 404, "not found"),
            (
                "POST",
                "/api/quiz/v1/reports",
                format!(r#"{{"question_id":"{}","reason":"boring"}}"#, served["question_id"].as_str().unwrap_or(""))
                    .into_bytes(),
                422,
                "wrong or unclear",
            ),
            ("POST", "/api/quiz/v1/reports", vec![b'x'; 3 * 1024 * 1024], 413, "over"),
            ("GET", "/api/quiz/v1/nothing", Vec::new(), 404, "no such route"),
            (
                "POST",
                "/api/quiz/v1/join",
                format!(r#"{{"code":"{code}","name":"Eve\u0000"}}"#).into_bytes(),
                400,
                "NUL",
            ),
            ("GET", "/api/quiz/v1/duels/%00%27x", Vec::new(), 404, "not found"),
        ];
        for (method, path, body, status, words) in cases {
            let (got, text) = server.raw(method, path, &anna, Some(body));
            assert_eq!(got, status, "{path}: {text}");
            assert!(text.contains(words), "{path}: {text}");
        }
        // Rules of a programme are checked too.
        let (status, text) = server.call(
            "POST",
            "/api/quiz/v1/trainer/programmes",
            &server.trainer,
            Some(json!({"name": "X", "question_seconds": 2})),
        );
        assert_eq!(status, 422, "{text}");
        // A form from another site is refused before it reaches the quiz.
        let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
        let response = agent
            .post(&format!("{}/quiz/join", server.base))
            .header("Origin", "https://evil.example")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .send(format!("code={code}&name=Eve&team=").as_bytes());
        assert_eq!(response.map(|r| r.status().as_u16()).unwrap_or(0), 403);
        let after = server
            .call("GET", &format!("/api/quiz/v1/trainer/programmes/{programme}/analytics"), &server.trainer, None)
            .1;
        assert_eq!(before, after);
        let (_, me) = server.call("GET", "/api/quiz/v1/me", &anna, None);
        assert_eq!(me["opponents"].as_array().map(Vec::len), Some(1), "nobody joined: {me}");
        // A programme named with umlauts downloads its CSV (the file name is made ASCII).
        let (umlauts, _) = server.programme("KAM-Akademie Frühjahr");
        let path = format!("/api/quiz/v1/trainer/programmes/{umlauts}/analytics.csv");
        assert_eq!(server.raw("GET", &path, &server.trainer, None).0, 200);
        let (_, listed) = server.call("GET", "/api/quiz/v1/trainer/programmes", &server.trainer, None);
        assert_eq!(listed.as_array().map(Vec::len), Some(2));
    }
}

#[test]
fn reports_reach_the_trainers_queue_and_own_questions_are_checked_first() {
    for database in databases() {
        let server = serve(&database);
        let (programme, code) = server.programme("Gruppe");
        let (anna, _) = server.join(&code, "Anna", "Blau");
        let (_, served) = server.call("GET", "/api/quiz/v1/practice", &anna, None);
        let report =
            json!({"question_id": served["question_id"], "reason": "unclear", "text": "Welches Jahr ist gemeint?"});
        let (status, created) = server.call("POST", "/api/quiz/v1/reports", &anna, Some(report));
        assert_eq!(status, 200, "{created}");
        let (_, queue) =
            server.call("GET", &format!("/api/quiz/v1/trainer/programmes/{programme}/reports"), &server.trainer, None);
        assert_eq!(queue[0]["participant"], "Anna");
        assert_eq!(queue[0]["status"], "open");
        assert_eq!(queue[0]["body"], "Welches Jahr ist gemeint?");
        let id = queue[0]["id"].as_str().expect("id").to_string();
        let other = server.runtime.block_on(server.quiz.store.trainer_link("Bodo")).expect("trainer").1;
        assert_eq!(
            server.call("POST", &format!("/api/quiz/v1/trainer/reports/{id}"), &other, Some(json!({"note": "x"}))).0,
            404
        );
        assert_eq!(
            server
                .call(
                    "POST",
                    &format!("/api/quiz/v1/trainer/reports/{id}"),
                    &server.trainer,
                    Some(json!({"note": "Jahr ergänzt"}))
                )
                .0,
            200
        );
        let (_, queue) =
            server.call("GET", &format!("/api/quiz/v1/trainer/programmes/{programme}/reports"), &server.trainer, None);
        assert_eq!((queue[0]["status"].clone(), queue[0]["note"].clone()), (json!("done"), json!("Jahr ergänzt")));
        // A programme's own question file: located problems first, then accepted once.
        let broken = "(quiz_format_version: 1, questions: [\n (id: \"eva_definition\", topic: Eva, glossary: \"eva\",\n  de: (question: \"F?\", options: [\"a\", \"b\", \"c\", \"d\"], answer: \"e\", explanation: \"E.\"),\n  en: (question: \"Q?\", options: [\"a\", \"b\", \"c\", \"d\"], answer: \"a\", explanation: \"E.\")),\n])";
        let (status, text) = server.call(
            "POST",
            &format!("/api/quiz/v1/trainer/programmes/{programme}/questions"),
            &server.trainer,
            Some(json!({"name": "eigene.ron", "text": broken})),
        );
        assert_eq!(status, 422);
        let message = text["error"].as_str().unwrap_or("");
        assert!(message.contains("eigene.ron:2:7: Fehler[E-DUPLICATE-ID] questions[0].id"), "{message}");
        assert!(message.contains("eigene.ron:3:63: Fehler[E-UNKNOWN-REF] questions[0].de.answer"), "{message}");
        let good = broken.replace("eva_definition", "kam_rabatt_1").replace("answer: \"e\"", "answer: \"a\"");
        let (status, added) = server.call(
            "POST",
            &format!("/api/quiz/v1/trainer/programmes/{programme}/questions"),
            &server.trainer,
            Some(json!({"name": "eigene.ron", "text": good})),
        );
        assert_eq!((status, added), (200, json!({"added": 1})));
        // The same id in another file is refused; the same file again replaces it (a fix).
        let (status, _) = server.call(
            "POST",
            &format!("/api/quiz/v1/trainer/programmes/{programme}/questions"),
            &server.trainer,
            Some(json!({"name": "andere.ron", "text": good})),
        );
        assert_eq!(status, 422, "the same id twice");
        let fixed = good.replace("question: \"F?\"", "question: \"Frage?\"");
        let (status, _) = server.call(
            "POST",
            &format!("/api/quiz/v1/trainer/programmes/{programme}/questions"),
            &server.trainer,
            Some(json!({"name": "eigene.ron", "text": fixed})),
        );
        assert_eq!(status, 200, "a file replaced by its new version");
        let bank = server.runtime.block_on(async {
            let p = server.quiz.store.programme(&programme).await.expect("db").expect("programme");
            server.quiz.bank(&p).await.map_err(|f| f.message).expect("bank")
        });
        assert_eq!(bank.get("kam_rabatt_1").map(|q| q.de.question.as_str()), Some("Frage?"));
        assert!(bank.get("calc_eva_1").is_none(), "calculation ids are never written questions");
        // The CSV for German Excel: BOM, semicolons, decimal comma.
        let (status, csv) = server.raw(
            "GET",
            &format!("/api/quiz/v1/trainer/programmes/{programme}/analytics.csv"),
            &server.trainer,
            None,
        );
        assert_eq!(status, 200);
        assert!(
            csv.starts_with("\u{feff}Bereich;Schlüssel;Name;Beantwortet;Richtig;Quote;Zeitüberschreitungen\r\n"),
            "{csv}"
        );
    }
}

#[test]
fn mehrwert_check_reads_question_files_and_locates_every_problem() {
    let shipped: Vec<String> = mehrwert::quiz::bank::SHIPPED.iter().map(|(path, _)| path.to_string()).collect();
    let output =
        std::process::Command::new(env!("CARGO_BIN_EXE_mehrwert")).arg("check").args(&shipped).output().expect("run");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stdout));
    let folder = tempfile::tempdir().expect("temp");
    let file = folder.path().join("eigene.ron");
    // A shipped id again, an answer not among the options, three options only: each at its
    // line and column (counted in the text below).
    std::fs::write(
        &file,
        "(quiz_format_version: 1, questions: [\n (id: \"eva_definition\", topic: Eva, glossary: \"eva\",\n  de: (question: \"F?\", options: [\"a\", \"b\", \"c\", \"d\"], answer: \"e\", explanation: \"E.\"),\n  en: (question: \"Q?\", options: [\"a\", \"b\", \"c\"], answer: \"a\", explanation: \"E.\")),\n])",
    )
    .expect("write");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_mehrwert"))
        .args(["check", "--lang", "en"])
        .arg(&file)
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(1));
    let out = String::from_utf8_lossy(&output.stdout);
    for expected in [
        "eigene.ron:2:7: error[E-DUPLICATE-ID] questions[0].id",
        "eigene.ron:3:63: error[E-UNKNOWN-REF] questions[0].de.answer",
        "eigene.ron:4:33: error[E-COUNT] questions[0].en.options: found 3 options; allowed: exactly 4 options",
    ] {
        assert!(out.contains(expected), "{expected}\n{out}");
    }
}

#[test]
fn a_teams_weak_topics_stand_beside_its_workshop_figures_with_a_suggested_focus() {
    let (room, _teams) = crate::practice::finished_workshop();
    let (_, practice) = room.trainer().practice(room.company(0)).expect("team 1's practice file");
    let text = practice.to_ron().expect("ron");
    // The team's last year, replayed here, and its DSO worked out from the statements.
    let replayed = practice.replay().expect("replay");
    let last = replayed.iter().find(|c| c.id == practice.company).and_then(|c| c.history.last()).expect("last year");
    let dso = last.closing.receivables.amount() * rust_decimal::Decimal::from(365) / last.income.net_revenue.amount();
    let eva = last.eva.eva.amount();
    for database in databases() {
        let server = serve(&database);
        let (programme, code) = server.programme("Nach dem Workshop");
        let path = format!("/api/quiz/v1/trainer/programmes/{programme}/games");
        let (status, refused) =
            server.call("POST", &path, &server.trainer, Some(json!({"text": "(practice_format_version: 1)"})));
        assert_eq!(status, 422, "{refused}");
        let (status, game) = server.call("POST", &path, &server.trainer, Some(json!({"text": text})));
        assert_eq!(status, 200, "{game}");
        assert_eq!(game["team"], "Team 1");
        // Someone of "Team 1" (typed in another case) answers eight practice questions wrongly.
        let (token, _) = server.join(&code, "Carla", "team 1");
        for _ in 0..8 {
            let (_, served) = server.call("GET", "/api/quiz/v1/practice", &token, None);
            let wrong = (correct_place(&served) + 1) % 4;
            let (status, _) = server.call(
                "POST",
                "/api/quiz/v1/answers",
                &token,
                Some(json!({"asked_id": served["asked_id"], "option": wrong})),
            );
            assert_eq!(status, 200);
        }
        let (_, figures) = server.call(
            "GET",
            &format!("/api/quiz/v1/trainer/programmes/{programme}/analytics"),
            &server.trainer,
            None,
        );
        let team = &figures["teams"][0];
        assert_eq!(team["team"], "team 1");
        assert_eq!(team["game"]["company"], json!(practice.company));
        let dso_figure = team["game"]["figures"]
            .as_array()
            .and_then(|f| f.iter().find(|x| x["key"] == "dso_days").cloned())
            .expect("dso");
        let shown: rust_decimal::Decimal = dso_figure["value"].as_str().expect("decimal").parse().expect("number");
        assert!((shown - dso).abs() < rust_decimal::Decimal::new(1, 4), "{shown} vs {dso}");
        let eva_figure = team["game"]["figures"]
            .as_array()
            .and_then(|f| f.iter().find(|x| x["key"] == "eva").cloned())
            .expect("eva");
        assert_eq!(eva_figure["weak"], json!(eva < rust_decimal::Decimal::ZERO));
        // Every topic met is at 0 %: the two weakest come with the game's figures they explain.
        let weakest = team["topics"][0]["key"].as_str().expect("topic").to_string();
        let topic = mehrwert::quiz::bank::Topic::from_key(&weakest).expect("topic");
        let related: Vec<&str> =
            team["related"][0][1].as_array().expect("figures").iter().filter_map(|f| f["key"].as_str()).collect();
        assert_eq!(related, mehrwert::quiz::game::related(topic).to_vec());
        let suggestion = team["suggestion"].as_str().expect("suggestion");
        assert!(
            suggestion.starts_with(&format!(
                "Schwerpunkt im nächsten Workshop: {} (0 % richtig)",
                topic.name(mehrwert::model::format::Locale::De)
            )),
            "{suggestion}"
        );
    }
}

/// `mehrwert serve` as a child process on a free loopback port: its address and the trainer
/// link's token as printed.
pub(crate) struct ServeProcess {
    pub(crate) child: std::process::Child,
    pub(crate) address: String,
    pub(crate) trainer: String,
}

impl Drop for ServeProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub(crate) fn spawn_serve(database: &str, trainer_link: bool) -> ServeProcess {
    use std::io::BufRead;
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_mehrwert"));
    command.args(["serve", "--listen", "127.0.0.1:0", "--lang", "en", "--database", database]);
    if trainer_link {
        command.args(["--trainer-link", "Anna"]);
    }
    let mut child = command.stdout(std::process::Stdio::piped()).spawn().expect("serve starts");
    let stdout = child.stdout.take().expect("stdout");
    let (mut address, mut trainer) = (String::new(), String::new());
    for line in std::io::BufReader::new(stdout).lines().take(8) {
        let line = line.expect("a line");
        if let Some(rest) = line.strip_prefix("The quiz is running: http://") {
            address = rest.trim().trim_end_matches("/quiz").to_string();
        } else if let Some((_, token)) = line.split_once("/quiz/t/") {
            trainer = token.trim().to_string();
        } else if line.starts_with("Stop with") {
            break;
        }
    }
    assert!(!address.is_empty(), "no address printed");
    ServeProcess { child, address, trainer }
}

#[test]
fn a_server_killed_while_answers_arrive_restarts_with_every_confirmed_answer() {
    let folder = tempfile::tempdir().expect("temp");
    let url = format!("sqlite://{}", folder.path().join("quiz.sqlite").display());
    let server = spawn_serve(&url, true);
    let api = |address: &str| crate::quiz_support::Api::new(address);
    let client = api(&server.address);
    let (status, programme) =
        client.call("POST", "/api/quiz/v1/trainer/programmes", &server.trainer, Some(json!({"name": "Nacht"})));
    assert_eq!(status, 200, "{programme}");
    let code = programme["invite_code"].as_str().expect("code").to_string();
    let (_, joined) = client.call("POST", "/api/quiz/v1/join", "", Some(json!({"code": code, "name": "Anna"})));
    let token = joined["token"].as_str().expect("token").to_string();
    // Answers go on in a thread; the server is killed (SIGKILL) in the middle of them.
    let address = server.address.clone();
    let answering = std::thread::spawn(move || {
        let client = crate::quiz_support::Api::new(&address);
        let mut confirmed = 0;
        for _ in 0..400 {
            let (status, served) = client.try_call("GET", "/api/quiz/v1/practice", &token, None);
            if status != Some(200) {
                break;
            }
            let body = json!({"asked_id": served["asked_id"], "option": 0});
            match client.try_call("POST", "/api/quiz/v1/answers", &token, Some(body)).0 {
                Some(200) => confirmed += 1,
                _ => break,
            }
        }
        confirmed
    });
    std::thread::sleep(std::time::Duration::from_millis(700));
    let mut server = server;
    server.child.kill().expect("kill");
    let _ = server.child.wait();
    let confirmed = answering.join().expect("thread");
    assert!(confirmed > 0 && confirmed < 400, "{confirmed} answers before the kill");
    // Restarted on the same file: every confirmed answer is there (one more at most: stored,
    // but the kill came before its confirmation reached the client).
    let restarted = spawn_serve(&url, true);
    let client = api(&restarted.address);
    let id = programme["id"].as_str().expect("id");
    let (status, figures) =
        client.call("GET", &format!("/api/quiz/v1/trainer/programmes/{id}/analytics"), &restarted.trainer, None);
    assert_eq!(status, 200, "{figures}");
    let stored = figures["total"]["answered"].as_u64().expect("answered");
    assert!(stored == confirmed || stored == confirmed + 1, "{stored} stored, {confirmed} confirmed");
}

#[test]
fn guessing_invitation_codes_is_stopped_per_address() {
    let database = databases().into_iter().next().expect("sqlite");
    let server = serve(&database);
    let (_, code) = server.programme("Gruppe");
    for i in 0..30 {
        let (status, _) = server.call(
            "POST",
            "/api/quiz/v1/join",
            "",
            Some(json!({"code": format!("MW-AAAA-AA{i:02}"), "name": "Eve"})),
        );
        assert_eq!(status, 404);
    }
    // The 31st try within the minute from this address: refused, even with the right code.
    let (status, text) = server.call("POST", "/api/quiz/v1/join", "", Some(json!({"code": code, "name": "Eve"})));
    assert_eq!(status, 429, "{text}");
    // Another address is not held up by it.
    let other: std::net::IpAddr = "192.0.2.7".parse().expect("ip");
    assert!(server.quiz.guard_codes(Some(other), false).is_ok());
    let here: std::net::IpAddr = "127.0.0.1".parse().expect("ip");
    assert!(server.quiz.guard_codes(Some(here), false).is_err());
}
