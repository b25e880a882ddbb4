//! End to end, as a person plays: the real binary in a real window under Xvfb (Mesa's
//! software Vulkan), driven by mouse clicks and typed keys (xdotool), closed the way a window
//! manager closes it, started again, and played on through two years. Each main screen is
//! compared with its reference image.
//!
//! The screenshots stay in `target/tmp/ui-screenshots/` for people to look at. The reference
//! images in `tests/it/reference/` are the screens at a quarter of their size; after a
//! deliberate change of a screen, look at the new screenshots and write them as the new
//! references with `MEHRWERT_BLESS=1 cargo test ui_window`.
//!
//! The click positions are where the controls are in a 1440×900 window (read off the
//! screenshots); a layout change that moves a control makes the test fail at that step.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use crate::x11::{Game, Image, Screen};
use mehrwert::ui::session::{Opened, SessionFile, open_file};

/// How much smaller the references are than the window.
const SHRINK: u32 = 2;
/// A pixel of the shrunk image differs when a channel is off by more than this.
const TOLERANCE: u8 = 32;
/// A screen matches its reference when at most this share of its pixels differ (a blinking
/// cursor, a hinting difference). Measured here: two runs differ by at most 0.006 % (the
/// caret of a focused field); one label and one figure of the pro-forma changed (ROCE →
/// ROIC) 0.016 %; one button greyed out 0.2 %; the statements of another year 4.6 %.
const MAX_DIFFERENCE: f64 = 0.0001;

struct Run {
    screen: Screen,
    shots: PathBuf,
    references: PathBuf,
    bless: bool,
    /// Every screen that did not match, with its difference, reported at the end.
    mismatches: Vec<String>,
}

impl Run {
    /// A run whose screenshots go to `target/tmp/<shots>` (emptied first), compared with the
    /// references (or written as them with `MEHRWERT_BLESS`), on a fresh 1600×1000 screen.
    fn new(shots: &str) -> Run {
        let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join(shots);
        let _ = std::fs::remove_dir_all(&shots);
        std::fs::create_dir_all(&shots).expect("screenshot folder");
        let references = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/reference");
        let bless = std::env::var_os("MEHRWERT_BLESS").is_some();
        Run { screen: Screen::start(1600, 1000), shots, references, bless, mismatches: Vec::new() }
    }

    /// Closes the game as a window manager does, expects it to end cleanly, and fails the
    /// test when any screen differed from its reference.
    fn close_and_check(&mut self, game: &mut Game) {
        self.screen.close_window(game);
        let (code, log) = game.wait_for_exit(Duration::from_secs(30));
        assert_eq!(code, Some(0), "the game ends cleanly:\n{log}");
        assert!(
            self.mismatches.is_empty(),
            "screens unlike their references (see {}):\n{}",
            self.shots.display(),
            self.mismatches.join("\n")
        );
    }

    /// A screenshot for people to look at, checked only for not being blank (it shows what
    /// differs every run: an address with a free port, a clock time).
    fn shot_unchecked(&mut self, game: &Game, name: &str) -> Image {
        let image = self.screen.capture(game);
        image.save(&self.shots.join(format!("{name}.png")));
        assert!(image.colours() > 40, "{name} looks blank ({} colours)", image.colours());
        image
    }

    /// Takes a screenshot of `game` named `name`, checks it is not blank and compares it with
    /// its reference; returns it.
    fn shot(&mut self, game: &Game, name: &str) -> Image {
        let image = self.screen.capture(game);
        image.save(&self.shots.join(format!("{name}.png")));
        assert_eq!((image.width, image.height), (1440, 900), "{name}: the window's size");
        assert!(image.colours() > 40, "{name} looks blank ({} colours)", image.colours());
        let small = image.shrunk(SHRINK);
        let reference = self.references.join(format!("{name}.png"));
        if self.bless {
            small.save(&reference);
        } else {
            match Image::load(&reference) {
                Some(expected) => {
                    let difference = small.difference(&expected, TOLERANCE);
                    eprintln!("{name}: {:.3} % of the pixels differ from the reference", difference * 100.0);
                    if difference > MAX_DIFFERENCE {
                        self.mismatches.push(format!("{name}: {:.1} % of the pixels differ", difference * 100.0));
                    }
                }
                None => self.mismatches.push(format!("{name}: no reference {}", reference.display())),
            }
        }
        image
    }
}

/// The session file at `path`, if it is one that opens (the game may be writing it).
fn session_file(path: &Path) -> Option<SessionFile> {
    match open_file(path) {
        Ok(Opened::Session(file)) => Some(file),
        _ => None,
    }
}

/// The pro-forma column of the decision screen (right of the form).
fn pro_forma(image: &Image) -> Image {
    image.crop(960, 60, 470, 400)
}

#[test]
fn a_person_plays_two_years_closes_the_window_and_loses_nothing() {
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join("ui-screenshots");
    let _ = std::fs::remove_dir_all(&shots);
    std::fs::create_dir_all(&shots).expect("screenshot folder");
    let references = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/reference");
    let bless = std::env::var_os("MEHRWERT_BLESS").is_some();
    if bless {
        std::fs::create_dir_all(&references).expect("reference folder");
    }
    // A folder of a fixed name: the title screen lists the working folder with its path, and
    // a random temporary name would be a difference from the reference.
    let folder = std::env::temp_dir().join("mehrwert-window-test");
    let _ = std::fs::remove_dir_all(&folder);
    let data = folder.join("data");
    std::fs::create_dir_all(&data).expect("test folder");
    let mut run = Run { screen: Screen::start(1600, 1000), shots, references, bless, mismatches: Vec::new() };
    let window = ["--window-size", "1440x900"];

    // A new solo game on the default scenario, seed 1.
    let mut game = run.screen.start_game(&data, &window);
    run.shot(&game, "01-title");
    run.screen.act_and_wait(&game, "Neues Spiel", |s| s.click(&game, 720, 197));
    run.shot(&game, "02-setup");
    run.screen.act_and_wait(&game, "Spiel starten", |s| s.click(&game, 482, 571));
    let opening = run.shot(&game, "03-decide-year1");
    // The guided first year's tip on sales and pricing; the next one marks production.
    run.screen.act_and_wait(&game, "Weiter →", |s| s.click(&game, 138, 835));
    run.shot(&game, "03b-coach-production");

    // A new list price for the first segment: click into the field, select all, type.
    run.screen.click(&game, 290, 174);
    run.screen.key("ctrl+a");
    run.screen.type_text("66,00");
    let typed = run.shot(&game, "04-decide-typed");
    assert!(
        pro_forma(&typed).difference(&pro_forma(&opening), TOLERANCE) > 0.002,
        "the pro-forma moved when the list price was typed"
    );

    // Switched to English mid-draft: every field keeps its value in English format.
    run.screen.act_and_wait(&game, "English", |s| s.click(&game, 1276, 12));
    run.shot(&game, "04b-decide-english");
    run.screen.act_and_wait(&game, "Deutsch", |s| s.click(&game, 1265, 12));
    let german = run.shot(&game, "04c-decide-german-again");
    assert!(
        pro_forma(&german).difference(&pro_forma(&typed), TOLERANCE) < 0.002,
        "back in German, the pro-forma is the one of the typed draft"
    );

    // Closed by the window manager's close request: the game ends and keeps the draft.
    run.screen.close_window(&game);
    let (code, log) = game.wait_for_exit(Duration::from_secs(30));
    assert_eq!(code, Some(0), "the game ends cleanly when its window is closed:\n{log}");
    let autosave = data.join("autosave.ron");
    let file = session_file(&autosave).expect("the autosave is a session file");
    let draft = file.drafts.values().next().expect("the typed draft was saved");
    assert_eq!(draft.segments[0].list_price, "66,00", "the draft as typed");

    // Started again: "Weiterspielen" brings back the form exactly as it was left.
    let mut game = run.screen.start_game(&data, &window);
    run.shot(&game, "05-title-with-autosave");
    run.screen.act_and_wait(&game, "Weiterspielen", |s| s.click(&game, 720, 237));
    let resumed = run.shot(&game, "06-decide-resumed");
    assert!(
        pro_forma(&resumed).difference(&pro_forma(&typed), TOLERANCE) < 0.002,
        "the resumed pro-forma is the one of the typed draft"
    );

    // Year 1 submitted with Ctrl+Enter, which asks first, and "Abgeben" clicked; the
    // report's tabs with F2, F3, F5.
    run.screen.act_and_wait(&game, "Ctrl+Enter", |s| s.key("ctrl+Return"));
    run.shot(&game, "06b-submit-question");
    run.screen.act_and_wait(&game, "Abgeben", |s| s.click(&game, 493, 563));
    run.shot(&game, "07-statements-year1");
    // A click on a statement line shows the journal entries behind it.
    run.screen.act_and_wait(&game, "Rabatte", |s| s.click(&game, 34, 270));
    run.shot(&game, "08-journal-rebates");
    run.screen.act_and_wait(&game, "F2", |s| s.key("F2"));
    run.shot(&game, "09-dashboard-year1");
    run.screen.act_and_wait(&game, "F3", |s| s.key("F3"));
    run.shot(&game, "10-market-year1");
    run.screen.act_and_wait(&game, "F5", |s| s.key("F5"));
    run.shot(&game, "11-value-year1");

    // On to year 2 with Enter, submitted unchanged; the leaderboard with F4.
    run.screen.act_and_wait(&game, "Enter", |s| s.key("Return"));
    run.shot(&game, "12-decide-year2");
    // F6: last year's report over the form, and F6 again closes it.
    run.screen.act_and_wait(&game, "F6", |s| s.key("F6"));
    run.shot(&game, "12b-decide-year2-last-report");
    run.screen.act_and_wait(&game, "F6 again", |s| s.key("F6"));

    // From here on a German keyboard (QWERTZ, umlauts on their own keys).
    run.screen.set_layout("de");
    // Marketing retyped, then the game is killed (no chance to save on the way out): the
    // draft was autosaved a few seconds after the last key, and resuming brings it back.
    run.screen.click(&game, 290, 592);
    run.screen.key("ctrl+a");
    run.screen.type_text("900.000");
    let typed = run.shot(&game, "13-decide-year2-typed");
    let saved_marketing =
        || session_file(&autosave).and_then(|file| file.drafts.values().next().map(|d| d.marketing.clone()));
    let started = std::time::Instant::now();
    while saved_marketing().as_deref() != Some("900.000") && started.elapsed() < Duration::from_secs(30) {
        std::thread::sleep(Duration::from_millis(250));
    }
    assert_eq!(saved_marketing().as_deref(), Some("900.000"), "the draft is autosaved while the game runs");
    game.kill();
    let mut game = run.screen.start_game(&data, &window);
    run.screen.act_and_wait(&game, "Weiterspielen", |s| s.click(&game, 720, 237));
    let resumed = run.shot(&game, "14-decide-year2-after-kill");
    assert!(
        pro_forma(&resumed).difference(&pro_forma(&typed), TOLERANCE) < 0.002,
        "after the kill, the resumed pro-forma is the one of the typed draft"
    );
    // Ctrl+Enter twice: asked, and answered yes from the keyboard.
    run.screen.act_and_wait(&game, "Ctrl+Enter", |s| s.key("ctrl+Return"));
    run.screen.act_and_wait(&game, "Ctrl+Enter again", |s| s.key("ctrl+Return"));
    run.shot(&game, "15-statements-year2");
    run.screen.act_and_wait(&game, "F4", |s| s.key("F4"));
    run.shot(&game, "16-leaderboard-year2");

    // Escape opens the in-game menu and closes it again.
    run.screen.act_and_wait(&game, "Escape", |s| s.key("Escape"));
    run.shot(&game, "17-menu");
    run.screen.act_and_wait(&game, "Escape", |s| s.key("Escape"));
    // A save name with umlauts, typed on the German keyboard into the top bar; Ctrl+S saves
    // under it, and the second time it asks first.
    run.screen.click(&game, 936, 12);
    run.screen.key("ctrl+a");
    run.screen.type_text("März-Übung");
    run.screen.act_and_wait(&game, "Ctrl+S", |s| s.key("ctrl+s"));
    let saved = data.join("saves").join("März-Übung.ron");
    assert_eq!(session_file(&saved).map(|f| f.game.year), Some(2), "saved under the name typed in German");
    // Saves are written to a new file and renamed over the old one: a new inode is a new save.
    let inode = || std::os::unix::fs::MetadataExt::ino(&std::fs::metadata(&saved).expect("Ctrl+S saved the game"));
    let first = inode();
    run.screen.act_and_wait(&game, "Ctrl+S again", |s| s.key("ctrl+s"));
    run.shot(&game, "18-overwrite-asked");
    assert_eq!(inode(), first, "asked, not yet overwritten");
    run.screen.act_and_wait(&game, "Überschreiben", |s| s.click(&game, 498, 491));
    assert_ne!(inode(), first, "overwritten once confirmed");

    // The projector mode from the top bar, then the glossary.
    run.screen.act_and_wait(&game, "Beamer-Modus", |s| s.click(&game, 1320, 12));
    run.shot(&game, "19-projector-mode");
    // "Beamer-Modus" off, where the larger type puts it
    run.screen.act_and_wait(&game, "Beamer-Modus aus", |s| s.click(&game, 1286, 15));
    run.screen.act_and_wait(&game, "Glossar", |s| s.click(&game, 1212, 12));
    run.shot(&game, "20-glossary");

    run.screen.close_window(&game);
    let (code, log) = game.wait_for_exit(Duration::from_secs(30));
    assert_eq!(code, Some(0), "the game ends cleanly:\n{log}");
    let file = session_file(&autosave).expect("the autosave is a session file");
    assert_eq!(file.game.year, 2, "two years played");

    // A save cut in half, opened from the command line: the window opens on the title screen,
    // says in German what is wrong, and offers the last good autosave.
    let text = std::fs::read_to_string(&saved).expect("the save");
    let damaged = data.join("saves").join("kaputt.ron");
    std::fs::write(&damaged, &text[..text.len() / 2]).expect("write");
    let damaged_arg = damaged.display().to_string();
    // The load list shows when each save was written: the same moment every run.
    for file in [&damaged, &saved] {
        let moment = std::time::UNIX_EPOCH + Duration::from_secs(1_764_839_400); // 04.12.2025 09:10 UTC
        std::fs::File::options().write(true).open(file).and_then(|f| f.set_modified(moment)).expect("set the time");
    }
    let mut game = run.screen.start_game(&data, &[window[0], window[1], &damaged_arg]);
    run.shot(&game, "21-damaged-save");
    run.screen.act_and_wait(&game, "Letzten guten automatischen Spielstand öffnen", |s| s.click(&game, 199, 39));
    run.shot(&game, "22-recovered-from-autosave");
    run.close_and_check(&mut game);
}

#[test]
fn without_a_display_the_game_says_so_in_one_line() {
    let data = tempfile::tempdir().expect("temp dir");
    let output = Command::new(env!("CARGO_BIN_EXE_mehrwert"))
        .arg("play")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env("MEHRWERT_DATA_DIR", data.path())
        .output()
        .expect("mehrwert starts");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "one line, no backtrace: {stderr}");
    assert!(stderr.contains("no display") && stderr.contains("mehrwert run"), "{stderr}");
}

/// Two processes, as in a workshop room: the host binary (`mehrwert host`) and a team's game
/// window joined to it by a person typing the address and the code, deciding its year,
/// submitting with Ctrl+Enter and "Abgeben", and reading the results the trainer released.
#[test]
fn a_team_joins_the_trainers_host_from_its_own_window() {
    use mehrwert::workshop::client::Client;
    use mehrwert::workshop::journal::Missing;
    let folder = std::env::temp_dir().join("mehrwert-window-test-workshop");
    let _ = std::fs::remove_dir_all(&folder);
    let data = folder.join("data");
    std::fs::create_dir_all(&data).expect("test folder");
    let mut host = crate::workshop::spawn_host_of(&folder.join("room.sqlite"), false, 2, 5);
    let mut run = Run::new("ui-screenshots-workshop");
    let mut game = run.screen.start_game(&data, &["--window-size", "1440x900"]);
    run.screen.capture(&game);
    // "Workshop beitreten", the left half of the row under "Weiterspielen".
    run.screen.act_and_wait(&game, "Workshop beitreten", |s| s.click(&game, 628, 277));
    for ((x, y), text) in
        [((793, 459), host.address.as_str()), ((793, 485), host.codes[0].as_str()), ((793, 510), "Laptop Blau")]
    {
        run.screen.click(&game, x, y);
        run.screen.type_text(text);
    }
    run.shot_unchecked(&game, "w01-join-typed");
    run.screen.act_and_wait(&game, "Beitreten", |s| s.click(&game, 592, 542));
    // The decision form with the host's pro-forma (the same figures every run: seed 5).
    run.shot(&game, "w02-team-decide-year1");
    run.screen.key("ctrl+Return");
    run.screen.act_and_wait(&game, "Abgeben", |s| s.click(&game, 493, 570));
    let trainer = Client::new(&host.address).with_token(&host.trainer);
    let mut arrived = None;
    for _ in 0..60 {
        let console = trainer.console().expect("console");
        if console.teams[0].submitted_ms.is_some() {
            arrived = Some(console);
            break;
        }
        std::thread::sleep(Duration::from_millis(500));
    }
    let console = arrived.expect("the team's submission reached the host within 30 s");
    assert_eq!(console.teams[0].submitted_by.as_deref(), Some("Laptop Blau"), "the device name as typed");
    assert_eq!(console.teams[0].device.as_deref(), Some("Laptop Blau"));
    run.shot_unchecked(&game, "w03-team-submitted");
    // The trainer closes (the absent team played by the computer): the team waits for the
    // results; the trainer releases them: the team reads its statements.
    run.screen.act_and_wait(&game, "close", |_| {
        let _ = trainer.close(Missing::Computer);
    });
    run.shot(&game, "w04-team-waits-for-results");
    run.screen.act_and_wait(&game, "release", |_| {
        let _ = trainer.release();
    });
    run.shot(&game, "w05-team-results-year1");
    // A click on a statement line: the team's own journal behind it.
    run.screen.act_and_wait(&game, "Rabatte", |s| s.click(&game, 34, 270));
    run.shot(&game, "w05b-team-journal-rebates");
    // The value tab, where the team may allow its tree on the projector.
    run.screen.act_and_wait(&game, "Wertbeitrag", |s| s.click(&game, 445, 107));
    // The team ticks "Der Trainer darf unseren Werttreiberbaum auf dem Beamer zeigen": the
    // host's console sees the consent.
    run.screen.act_and_wait(&game, "consent", |s| s.click(&game, 15, 142));
    let mut consented = false;
    for _ in 0..60 {
        if trainer.console().expect("console").teams[0].consent {
            consented = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(500));
    }
    assert!(consented, "the team's consent reached the host within 30 s");
    run.shot(&game, "w05c-team-value-consented");
    // Enter goes on to year 2's form.
    run.screen.act_and_wait(&game, "Enter", |s| s.key("Return"));
    run.shot_unchecked(&game, "w06-team-decide-year2");
    // F6: last year's report over the form — the team's own, as the host released it.
    run.screen.act_and_wait(&game, "F6", |s| s.key("F6"));
    run.shot(&game, "w07-team-peek-year1");
    run.screen.close_window(&game);
    let (code, log) = game.wait_for_exit(Duration::from_secs(30));
    assert_eq!(code, Some(0), "the game ends cleanly:\n{log}");
    assert!(log.contains("screen: Team"), "{log}");
    let _ = host.child.kill();
    let _ = host.child.wait();
    assert!(
        run.mismatches.is_empty(),
        "screens unlike their references (see {}):\n{}",
        run.shots.display(),
        run.mismatches.join("\n")
    );
}

/// The customer value lab as a key-account manager uses it: "Kunde analysieren" on the
/// title screen, the shipped value case opened from the lab's file list, the analysis, the
/// offer with its tornado, the value message, the handout written as a PDF (read back with
/// pdftotext) and the lab in English.
#[test]
fn a_key_account_manager_analyses_a_customer_and_writes_the_handout() {
    // A fixed folder name: the lab shows the folder's path.
    let folder = std::env::temp_dir().join("mehrwert-window-test-lab");
    let _ = std::fs::remove_dir_all(&folder);
    let cases = folder.join("data").join("Wertfälle");
    std::fs::create_dir_all(&cases).expect("test folder");
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/analyze");
    for name in ["wertfall-hessler.ron", "maschinenbau-2025.ron"] {
        std::fs::copy(examples.join(name), cases.join(name)).expect("copy the example");
        // The list shows when each file was written: the same moment every run.
        let moment = std::time::UNIX_EPOCH + Duration::from_secs(1_764_839_400);
        std::fs::File::options().write(true).open(cases.join(name)).and_then(|f| f.set_modified(moment)).expect("time");
    }
    let mut run = Run::new("ui-screenshots-lab");
    let mut game = run.screen.start_game(&folder.join("data"), &["--window-size", "1440x900"]);
    run.screen.capture(&game);
    // "Kunde analysieren", under the workshop buttons.
    run.screen.act_and_wait(&game, "Kunde analysieren", |s| s.click(&game, 720, 320));
    run.shot(&game, "l01-lab-open");
    // The value case, second in the list (both files written at the same moment: by name).
    run.screen.act_and_wait(&game, "wertfall-hessler.ron", |s| s.click(&game, 119, 235));
    run.shot(&game, "l02-lab-analysis");
    run.screen.act_and_wait(&game, "3 Angebot und Werthebel", |s| s.click(&game, 539, 81));
    // Down to the offer's value and the tornado.
    run.screen.click(&game, 900, 600);
    for _ in 0..15 {
        run.screen.xdotool(&["click", "5"]);
    }
    run.screen.settle();
    run.shot(&game, "l03-lab-offer-value");
    run.screen.act_and_wait(&game, "4 Wertbotschaft", |s| s.click(&game, 697, 81));
    run.shot(&game, "l04-lab-message");
    run.screen.act_and_wait(&game, "PDF für das Kundengespräch", |s| s.click(&game, 108, 536));
    let pdf = std::fs::read_dir(&cases)
        .expect("the cases folder")
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "pdf"))
        .expect("the handout was written");
    let text = Command::new("pdftotext").arg(&pdf).arg("-").output().expect("pdftotext (poppler-utils) runs");
    let text = String::from_utf8_lossy(&text.stdout);
    // The figures the engine gives for the same file (its rules are worked by hand in
    // model::customer::offer's tests).
    let case_text = std::fs::read_to_string(cases.join("wertfall-hessler.ron")).expect("the case");
    let case = mehrwert::scenario::customer::case_file::parse_case(&case_text, None).expect("a valid case");
    let result = mehrwert::lab::evaluate::evaluate(&case);
    let signed = |m| mehrwert::lab::handout::signed(m, "EUR", mehrwert::model::format::Locale::De);
    let (npv, eva) = (signed(result.likely.npv), signed(result.likely.total_delta_eva));
    for needle in ["Antriebspaket Servo 2026", npv.as_str(), eva.as_str(), "Wertbotschaft", "Einkauf"] {
        assert!(text.contains(needle), "the handout lacks {needle}:\n{text}");
    }
    // The whole lab in English; the message keeps its own language (German).
    run.screen.act_and_wait(&game, "English", |s| s.click(&game, 1276, 12));
    run.shot(&game, "l05-lab-message-english");
    run.close_and_check(&mut game);
}

/// The quiz from the game's window, as a participant uses it against a real `mehrwert serve`
/// process: "Quiz" on the title screen, the invitation code, name and team typed, a practice
/// question answered with the key 1, the next one with Enter, and the screen in English.
#[test]
fn a_participant_joins_the_quiz_from_the_game_and_answers_with_the_keyboard() {
    let folder = std::env::temp_dir().join("mehrwert-window-test-quiz");
    let _ = std::fs::remove_dir_all(&folder);
    let data = folder.join("data");
    std::fs::create_dir_all(&data).expect("test folder");
    let server = crate::quiz::spawn_serve(&format!("sqlite://{}", folder.join("quiz.sqlite").display()), true);
    let api = crate::quiz_support::Api::new(&server.address);
    let (status, programme) = api.call(
        "POST",
        "/api/quiz/v1/trainer/programmes",
        &server.trainer,
        Some(serde_json::json!({"name": "KAM-Akademie"})),
    );
    assert_eq!(status, 200, "{programme}");
    let code = programme["invite_code"].as_str().expect("code").to_string();
    api.call("POST", "/api/quiz/v1/join", "", Some(serde_json::json!({"code": code, "name": "Ben", "team": "Rot"})));
    let mut run = Run::new("ui-screenshots-quiz");
    let mut game = run.screen.start_game(&data, &["--window-size", "1440x900"]);
    run.screen.capture(&game);
    // "Quiz", the right third of the row of "Kunde analysieren".
    run.screen.act_and_wait(&game, "Quiz", |s| s.click(&game, 841, 320));
    run.shot(&game, "q01-quiz-connect");
    // The server field holds 127.0.0.1:7979: select it and type the server's address.
    run.screen.click(&game, 270, 159);
    run.screen.key("ctrl+a");
    run.screen.type_text(&server.address);
    for ((x, y), text) in [((270, 187), code.as_str()), ((270, 214), "Anna"), ((270, 241), "Blau")] {
        run.screen.click(&game, x, y);
        run.screen.type_text(text);
    }
    run.shot_unchecked(&game, "q02-quiz-typed");
    run.screen.act_and_wait(&game, "Mitmachen", |s| s.click(&game, 200, 280));
    run.shot(&game, "q03-quiz-home");
    run.screen.act_and_wait(&game, "Allein üben", |s| s.click(&game, 200, 150));
    // The question differs every run (the participant's id seeds the choice).
    run.shot_unchecked(&game, "q04-quiz-question");
    run.screen.act_and_wait(&game, "1", |s| s.key("1"));
    run.shot_unchecked(&game, "q05-quiz-result");
    let id = programme["id"].as_str().expect("id");
    let (_, figures) =
        api.call("GET", &format!("/api/quiz/v1/trainer/programmes/{id}/analytics"), &server.trainer, None);
    assert_eq!(figures["total"]["answered"], serde_json::json!(1), "the key answered on the server: {figures}");
    assert_eq!(figures["by_participant"][0]["name"], "Anna");
    run.screen.act_and_wait(&game, "Enter", |s| s.key("Return"));
    run.shot_unchecked(&game, "q06-quiz-next-question");
    run.screen.act_and_wait(&game, "English", |s| s.click(&game, 1276, 12));
    run.shot_unchecked(&game, "q07-quiz-english");
    run.close_and_check(&mut game);
}

/// The debrief on the projector after a finished game, as a trainer drives it: the save of a
/// played game opened from the command line shows the final ranking, "Nachbesprechung
/// (Beamer)" opens the costliest decisions, the arrow keys turn to the years and to the end,
/// "Beenden" goes back, and "Auswertung speichern" writes the workbooks and the reports.
#[test]
fn a_trainer_steps_through_the_debrief_with_the_arrow_keys_and_saves_the_files() {
    let folder = std::env::temp_dir().join("mehrwert-window-test-debrief");
    let _ = std::fs::remove_dir_all(&folder);
    let data = folder.join("data");
    std::fs::create_dir_all(&data).expect("test folder");
    let save = crate::reports::played_save(&folder);
    let mut run = Run::new("ui-screenshots-debrief");
    let save = save.display().to_string();
    let mut game = run.screen.start_game(&data, &[save.as_str(), "--window-size", "1440x900"]);
    run.screen.capture(&game);
    run.shot_unchecked(&game, "d00-final");
    run.screen.act_and_wait(&game, "Nachbesprechung (Beamer)", |s| s.click(&game, 230, 47));
    run.shot(&game, "d01-debrief-destroyed");
    run.screen.act_and_wait(&game, "Pfeil rechts", |s| s.key("Right"));
    run.shot(&game, "d02-debrief-year1");
    run.screen.act_and_wait(&game, "Pfeil rechts", |s| s.key("Right"));
    run.screen.act_and_wait(&game, "Pfeil rechts", |s| s.key("Right"));
    run.shot(&game, "d03-debrief-year3");
    run.screen.act_and_wait(&game, "Pfeil links", |s| s.key("Left"));
    run.screen.act_and_wait(&game, "Ende", |s| s.key("End"));
    run.shot(&game, "d04-debrief-end");
    run.screen.act_and_wait(&game, "English", |s| s.click(&game, 1276, 12));
    run.shot(&game, "d05-debrief-end-english");
    run.screen.act_and_wait(&game, "Beenden", |s| s.click(&game, 1380, 866));
    run.shot_unchecked(&game, "d06-final-again");
    run.screen.act_and_wait(&game, "Save the debrief (Excel, PDF)", |s| s.click(&game, 406, 47));
    run.shot_unchecked(&game, "d07-debrief-saved");
    let saved = data.join("Auswertungen").join("spielstand");
    let mut files: Vec<String> = std::fs::read_dir(&saved)
        .unwrap_or_else(|e| panic!("{}: {e}", saved.display()))
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    // The room's workbook and the trainer's report, and each of the five teams' two.
    assert_eq!(files.len(), 12, "{files:?}");
    assert!(files.contains(&"mehrwert.pdf".to_string()) && files.contains(&"mehrwert.xlsx".to_string()));
    // Saved in English, as the window speaks now.
    let text = Command::new("pdftotext").arg(saved.join("mehrwert.pdf")).arg("-").output().expect("pdftotext");
    assert!(String::from_utf8_lossy(&text.stdout).contains("Trainer's report"));
    run.close_and_check(&mut game);
}
