//! The quiz's phone pages driven the way a person drives them — headless Chromium at phone
//! size over WebDriver (chromedriver), real key input and clicks — with screenshots in
//! `target/quiz-screens/` that are checked to be phone-sized and not blank, and every page
//! checked for sideways overflow and text too small to read.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use mehrwert::quiz::bank::{Bank, Question};
use serde_json::{Value, json};

use crate::quiz_support::{databases, serve};

/// The phone: an iPhone 12–15 sized viewport in CSS pixels, at two device pixels each.
const PHONE_WIDTH_CSS_PX: u32 = 390;
const PHONE_HEIGHT_CSS_PX: u32 = 844;
const PIXEL_RATIO: u32 = 2;

/// How long a page may take to show what a step waits for (a cold Chromium on two busy cores).
const WAIT: Duration = Duration::from_secs(20);

/// The W3C name of an element reference in WebDriver answers.
const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

/// `program` on the `PATH`, or the message that says how to get it.
fn installed(program: &str) -> PathBuf {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path).map(|dir| dir.join(program)).find(|p| p.is_file()).unwrap_or_else(|| {
        panic!("{program} is not installed: the quiz's phone-page test needs Debian's chromium and chromium-driver — run .ci/deps")
    })
}

/// A chromedriver process on a free loopback port, killed when dropped.
struct ChromeDriver {
    child: Child,
    url: String,
}

impl ChromeDriver {
    fn start(log: &Path) -> ChromeDriver {
        let program = installed("chromedriver");
        let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port();
        let log = std::fs::File::create(log).expect("chromedriver log");
        let child = Command::new(program)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("log"))
            .stderr(log)
            .spawn()
            .expect("start chromedriver");
        let mut driver = ChromeDriver { child, url: format!("http://127.0.0.1:{port}") };
        let agent = agent(Duration::from_secs(2));
        let started = Instant::now();
        loop {
            if let Ok(Some(status)) = driver.child.try_wait() {
                panic!("chromedriver stopped at once ({status})");
            }
            let ready = agent
                .get(&format!("{}/status", driver.url))
                .call()
                .ok()
                .and_then(|mut r| r.body_mut().read_json::<Value>().ok())
                .is_some_and(|s| s["value"]["ready"] == json!(true));
            if ready {
                return driver;
            }
            assert!(started.elapsed() < WAIT, "chromedriver is not ready on port {port} after {WAIT:?}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for ChromeDriver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn agent(timeout: Duration) -> ureq::Agent {
    ureq::Agent::config_builder().http_status_as_error(false).timeout_global(Some(timeout)).build().into()
}

/// A WebDriver element reference.
struct Element(String);

/// One Chromium session at phone size. Dropping it ends the session (Chromium quits), then
/// chromedriver, then removes the browser's profile folder.
struct Browser {
    agent: ureq::Agent,
    session: String,
    driver: ChromeDriver,
    screens: PathBuf,
    shots: Vec<PathBuf>,
    _profile: tempfile::TempDir,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.agent.delete(&self.session).call();
    }
}

impl Browser {
    fn start(screens: PathBuf) -> Browser {
        let chromium = installed("chromium");
        let profile = tempfile::tempdir().expect("profile folder");
        let driver = ChromeDriver::start(&profile.path().join("chromedriver.log"));
        let agent = agent(Duration::from_secs(120));
        let user_data = profile.path().join("chromium");
        let capabilities = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "pageLoadStrategy": "normal",
            "goog:chromeOptions": {
                "binary": chromium,
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    format!("--user-data-dir={}", user_data.display()),
                    format!("--window-size={PHONE_WIDTH_CSS_PX},{PHONE_HEIGHT_CSS_PX}"),
                    // A German trainee's phone: the join page follows the browser's language.
                    "--lang=de-DE",
                ],
                "prefs": {"intl.accept_languages": "de-DE,de"},
                "mobileEmulation": {"deviceMetrics": {
                    "width": PHONE_WIDTH_CSS_PX, "height": PHONE_HEIGHT_CSS_PX, "pixelRatio": PIXEL_RATIO, "touch": true
                }},
            },
        }}});
        let mut response =
            agent.post(&format!("{}/session", driver.url)).send_json(&capabilities).expect("chromedriver answers");
        let answer: Value = response.body_mut().read_json().expect("session JSON");
        let id = answer["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no Chromium session: {answer}"))
            .to_string();
        let session = format!("{}/session/{id}", driver.url);
        std::fs::create_dir_all(&screens).expect("screenshot folder");
        let browser = Browser { agent, session, driver, screens, shots: Vec::new(), _profile: profile };
        browser.command("POST", "/timeouts", Some(json!({"pageLoad": 30_000, "script": 10_000, "implicit": 0})));
        browser
    }

    /// A WebDriver command on this session: its `value`, or a panic with WebDriver's message.
    fn command(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        self.try_command(method, path, body).unwrap_or_else(|e| panic!("{method} {path}: {e}"))
    }

    /// The same, with WebDriver's refusal as an error.
    fn try_command(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value, String> {
        let url = format!("{}{path}", self.session);
        let result = match (method, body) {
            ("GET", _) => self.agent.get(&url).call(),
            ("DELETE", _) => self.agent.delete(&url).call(),
            (_, body) => self.agent.post(&url).send_json(body.unwrap_or_else(|| json!({}))),
        };
        let mut response = result.map_err(|e| e.to_string())?;
        let status = response.status().as_u16();
        let answer: Value = response.body_mut().read_json().map_err(|e| e.to_string())?;
        if status == 200 {
            Ok(answer["value"].clone())
        } else {
            Err(format!("{status} {}", answer["value"]["message"]))
        }
    }

    fn open(&self, url: &str) {
        self.command("POST", "/url", Some(json!({"url": url})));
    }

    fn all(&self, css: &str) -> Vec<Element> {
        // Nothing found while a page is being replaced: the waits ask again.
        let found = self
            .try_command("POST", "/elements", Some(json!({"using": "css selector", "value": css})))
            .unwrap_or_default();
        found
            .as_array()
            .map(|a| a.iter().filter_map(|e| e[ELEMENT_KEY].as_str()).map(|id| Element(id.to_string())).collect())
            .unwrap_or_default()
    }

    /// The first element matching `css`, waiting (boundedly) for the page to show it.
    fn wait_for(&self, css: &str) -> Element {
        let started = Instant::now();
        loop {
            if let Some(found) = self.all(css).into_iter().next() {
                return found;
            }
            assert!(started.elapsed() < WAIT, "{css} not on {} after {WAIT:?}:\n{}", self.url(), self.source());
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Waits until the page's text contains `text`.
    fn wait_for_text(&self, text: &str) {
        let started = Instant::now();
        while !self.body_text().contains(text) {
            assert!(started.elapsed() < WAIT, "{text:?} not on {} after {WAIT:?}:\n{}", self.url(), self.source());
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn click(&self, element: &Element) {
        self.command("POST", &format!("/element/{}/click", element.0), None);
    }

    /// Clicks the element at `css` once the page shows it.
    fn tap(&self, css: &str) {
        let element = self.wait_for(css);
        self.click(&element);
    }

    /// Types `text` into the field at `css` key by key.
    fn type_into(&self, css: &str, text: &str) {
        let field = self.wait_for(css);
        self.click(&field);
        self.command("POST", &format!("/element/{}/value", field.0), Some(json!({"text": text})));
    }

    /// The rendered text of an element (whitespace as shown).
    fn text_of(&self, element: &Element) -> String {
        self.command("GET", &format!("/element/{}/text", element.0), None).as_str().unwrap_or_default().to_string()
    }

    /// The rendered text of every element at `css`, read in one go (a page replaced between
    /// finding and reading leaves no stale reference); nothing while a page is being replaced.
    fn texts(&self, css: &str) -> Vec<String> {
        let script = "return [...document.querySelectorAll(arguments[0])].map(e => e.innerText);";
        let read = self.try_command("POST", "/execute/sync", Some(json!({"script": script, "args": [css]})));
        read.ok()
            .and_then(|v| v.as_array().cloned())
            .unwrap_or_default()
            .iter()
            .filter_map(|t| t.as_str().map(str::to_string))
            .collect()
    }

    /// The text of the first element at `css`, waiting (boundedly) for the page to show it.
    fn text(&self, css: &str) -> String {
        let started = Instant::now();
        loop {
            if let Some(text) = self.texts(css).into_iter().next() {
                return text;
            }
            assert!(started.elapsed() < WAIT, "{css} not on {} after {WAIT:?}:\n{}", self.url(), self.source());
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn property(&self, element: &Element, name: &str) -> Value {
        self.command("GET", &format!("/element/{}/property/{name}", element.0), None)
    }

    fn body_text(&self) -> String {
        self.texts("body").concat()
    }

    /// The page's HTML as the browser holds it (for failure messages).
    fn source(&self) -> String {
        self.command("GET", "/source", None).as_str().unwrap_or_default().to_string()
    }

    fn url(&self) -> String {
        self.command("GET", "/url", None).as_str().unwrap_or_default().to_string()
    }

    fn script(&self, script: &str) -> Value {
        self.command("POST", "/execute/sync", Some(json!({"script": script, "args": []})))
    }

    /// What would make the page hard to use on the phone: anything reaching past the screen's
    /// sides (the page scrolls sideways), text under 12 CSS pixels, buttons lower than 40.
    fn layout_problems(&self) -> Vec<String> {
        let found = self.script(
            "const w = document.documentElement.clientWidth, out = [];\
             if (document.documentElement.scrollWidth > w) out.push('the page is ' + document.documentElement.scrollWidth + ' px wide on a ' + w + ' px screen');\
             const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).split(' ').join('.') : '');\
             for (const e of document.querySelectorAll('body *')) {\
               if (['SCRIPT', 'STYLE', 'OPTION'].includes(e.tagName)) continue;\
               const r = e.getBoundingClientRect();\
               if (r.width === 0 || r.height === 0) continue;\
               if (r.right > w + 0.5 || r.left < -0.5) out.push(name(e) + ' reaches ' + Math.round(r.left) + '..' + Math.round(r.right) + ' px');\
               const text = [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());\
               const size = parseFloat(getComputedStyle(e).fontSize);\
               if (text && size < 12) out.push(name(e) + ' has ' + size + ' px text');\
               if ((e.tagName === 'BUTTON' || e.classList.contains('button')) && r.height < 40) out.push(name(e) + ' is ' + Math.round(r.height) + ' px high');\
             }\
             return out;",
        );
        found.as_array().map(|a| a.iter().filter_map(|p| p.as_str().map(str::to_string)).collect()).unwrap_or_default()
    }

    /// Saves what the screen shows as `NN-name.png`, checks it is a phone's screen and not
    /// blank, and checks the page's layout.
    fn screenshot(&mut self, name: &str) {
        let encoded = self.command("GET", "/screenshot", None);
        let bytes = base64(encoded.as_str().expect("screenshot as base64"));
        let path = self.screens.join(format!("{:02}-{name}.png", self.shots.len() + 1));
        std::fs::write(&path, &bytes).expect("write screenshot");
        check_phone_png(&path, &bytes);
        let problems = self.layout_problems();
        assert!(problems.is_empty(), "{} ({}) at phone size:\n{}", path.display(), self.url(), problems.join("\n"));
        self.shots.push(path);
    }
}

/// Standard base64 (what WebDriver sends screenshots as).
fn base64(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let digits: Vec<u8> = text
        .bytes()
        .filter(|c| *c != b'=' && !c.is_ascii_whitespace())
        .map(|c| value(c).expect("base64 digit"))
        .collect();
    let mut out = Vec::with_capacity(digits.len() * 3 / 4);
    for chunk in digits.chunks(4) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, d)| n | (u32::from(*d) << (18 - 6 * i)));
        out.extend(n.to_be_bytes()[1..chunk.len()].iter());
    }
    out
}

/// A screenshot is as wide as the phone (at most 800 device pixels), taller than wide, and
/// shows something below the header: at least 2 % of that part differs from the page's
/// background colour.
fn check_phone_png(path: &Path, bytes: &[u8]) {
    let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
        .read_info()
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut pixels = vec![0; reader.output_buffer_size().expect("PNG size")];
    let info = reader.next_frame(&mut pixels).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(
        info.width <= 800 && info.width >= PHONE_WIDTH_CSS_PX,
        "{}: {} px wide is no phone",
        path.display(),
        info.width
    );
    assert!(info.height > info.width, "{}: {}×{} is not upright", path.display(), info.width, info.height);
    let samples = info.color_type.samples();
    let row = info.width as usize * samples;
    // Below the header (the top eighth), every 7th pixel (fast enough unoptimised; 7 does
    // not divide the width, so every column is met), compared with their commonest colour.
    let body: Vec<[u8; 3]> = pixels[..info.buffer_size()]
        .chunks(samples)
        .skip(row / samples * (info.height as usize / 8))
        .step_by(7)
        .map(|p| if samples >= 3 { [p[0], p[1], p[2]] } else { [p[0]; 3] })
        .collect();
    let mut counts = std::collections::HashMap::<[u8; 3], usize>::new();
    for p in &body {
        *counts.entry(*p).or_default() += 1;
    }
    let background = counts.iter().max_by_key(|(c, n)| (**n, **c)).map(|(c, _)| *c).expect("pixels");
    let differing = body.iter().filter(|p| p.iter().zip(&background).any(|(a, b)| a.abs_diff(*b) > 24)).count();
    let share = differing as f64 / body.len() as f64;
    assert!(share > 0.02, "{}: blank ({:.2} % differs from the background)", path.display(), share * 100.0);
}

/// Text as a comparison should see it: runs of white space as one space.
fn squeezed(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The question the page shows, found in the shipped bank by its German text and options —
/// how a person who knows the material recognises it — and the four options as shown.
fn shown_question(browser: &Browser, bank: &Bank) -> (Question, Vec<String>) {
    let text = squeezed(&browser.text("#question"));
    let shown: Vec<String> = (0..4).map(|i| squeezed(&browser.text(&format!("#option-{i}")))).collect();
    assert!(browser.all("#option-4").is_empty(), "exactly four options");
    let mut sorted = shown.clone();
    sorted.sort();
    let question = bank
        .questions
        .iter()
        .find(|q| {
            let mut written: Vec<String> = q.de.options.iter().map(|o| squeezed(o)).collect();
            written.sort();
            squeezed(&q.de.question) == text && written == sorted
        })
        .unwrap_or_else(|| panic!("the question shown is not in the shipped bank: {text:?} {shown:?}"));
    (question.clone(), shown)
}

/// The shown place of the correct option.
fn right_place(question: &Question, shown: &[String]) -> usize {
    shown.iter().position(|o| *o == squeezed(&question.de.answer)).expect("the answer is among the options")
}

#[test]
fn a_person_on_a_phone_joins_practises_duels_and_switches_language() {
    let started = Instant::now();
    let database = databases().into_iter().next().expect("the SQLite database");
    let server = serve(&database);
    let (_programme, code) = server.programme("KAM-Akademie");
    // Ben joins from his own phone (over the API) so that there is someone to challenge.
    let (_, ben_id) = server.join(&code, "Ben", "Rot");
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"), PathBuf::from);
    let mut browser = Browser::start(target.join("quiz-screens"));
    let bank = Bank::shipped();

    // 1. The invitation link: the code is filled in; name and team typed key by key.
    browser.open(&format!("{}/quiz/join/{code}", server.base));
    assert_eq!(browser.property(&browser.wait_for("#code"), "value"), json!(code), "the link fills in the code");
    browser.type_into("#name", "Carla");
    browser.type_into("#team", "Grün");
    assert_eq!(browser.property(&browser.wait_for("#team"), "value"), json!("Grün"), "an umlaut typed arrives");
    browser.screenshot("join");
    browser.tap("#join");
    browser.wait_for("#practice");
    let home = browser.body_text();
    assert!(home.contains("KAM-Akademie") && home.contains("Carla · Grün") && home.contains("Willkommen!"), "{home}");
    browser.screenshot("home");

    // 2. Practice: the right answer, recognised from the bank, is praised and explained.
    browser.tap("#practice");
    let (question, shown) = shown_question(&browser, &bank);
    browser.screenshot("question");
    let right = right_place(&question, &shown);
    browser.tap(&format!("#option-{right}"));
    let verdict = browser.text("#verdict");
    assert_eq!(verdict, "Richtig!", "{question:?} answered with {shown:?}[{right}]");
    assert_eq!(squeezed(&browser.text("#explanation")), squeezed(&question.de.explanation));
    let marked: Vec<String> = browser.texts(".option.right").iter().map(|t| squeezed(t)).collect();
    assert_eq!(marked, vec![squeezed(&question.de.answer)]);
    assert!(browser.all(".option.wrong").is_empty(), "nothing marked wrong after a right answer");
    // The options not chosen are shown, not offered: they must not look like the button
    // that goes on.
    let background = |css: &str| {
        browser.script(&format!("return getComputedStyle(document.querySelector(\"{css}\")).backgroundColor"))
    };
    assert_ne!(
        background(".option:not(.right):not(.wrong)"),
        background("#next"),
        "a shown option looks like the Next button"
    );
    browser.screenshot("right");

    // 3. The next question answered wrongly on purpose: the right option is shown.
    browser.tap("#next");
    let (second, shown) = shown_question(&browser, &bank);
    assert_ne!(second.id, question.id, "practice moves on to another question");
    let wrong = (right_place(&second, &shown) + 1) % 4;
    browser.tap(&format!("#option-{wrong}"));
    assert_eq!(browser.text("#verdict"), "Leider falsch.");
    let marked: Vec<String> = browser.texts(".option.right").iter().map(|t| squeezed(t)).collect();
    assert_eq!(marked, vec![squeezed(&second.de.answer)], "the correct option is marked");
    let chosen: Vec<String> = browser.texts(".option.wrong").iter().map(|t| squeezed(t)).collect();
    assert_eq!(chosen, vec![shown[wrong].clone()], "the option chosen is marked wrong");
    browser.screenshot("wrong");

    // 4. Home by the header's link, then a duel against Ben: a topic, one question.
    browser.tap("header a[href='/quiz/home']");
    browser.wait_for("#challenge");
    let ben = browser
        .all("#opponent option")
        .into_iter()
        .find(|o| browser.text_of(o).starts_with("Ben"))
        .expect("Ben to challenge");
    browser.click(&ben);
    assert_eq!(browser.property(&browser.wait_for("#opponent"), "value"), json!(ben_id), "Ben chosen");
    browser.tap("#challenge");
    let topic = browser.wait_for("button[id^='topic-']");
    assert_eq!(browser.all("button[id^='topic-']").len(), 3, "three topics offered");
    assert!(browser.all("table").is_empty(), "no empty table of rounds before the first topic");
    browser.screenshot("duel-topics");
    browser.click(&topic);
    let (duel_question, shown) = shown_question(&browser, &bank);
    browser.screenshot("duel-question");
    browser.tap(&format!("#option-{}", right_place(&duel_question, &shown)));
    assert_eq!(browser.text("#verdict"), "Richtig!");
    browser.tap("header a[href='/quiz/home']");
    browser.tap("a.card[href^='/quiz/duel/']");
    // The score as it stands: one right for Carla, nothing yet for Ben.
    assert_eq!(squeezed(&browser.text("#score")), "Du 1 : 0 Ben");
    let rounds = browser.text("table");
    assert!(rounds.contains('✓'), "the answer is ticked in the round: {rounds}");
    browser.screenshot("duel");

    // 5. The language, switched on the home page, stays switched.
    browser.tap("header a[href='/quiz/home']");
    browser.tap("#lang");
    browser.wait_for_text("Practise alone");
    assert_eq!(browser.text("#practice"), "Practise alone");
    assert_eq!(browser.script("return document.documentElement.lang"), json!("en"));
    browser.open(&format!("{}/quiz/home", server.base));
    browser.wait_for_text("Practise alone");
    browser.screenshot("home-en");

    eprintln!(
        "quiz phone pages: {} screenshots in {} ({:.1} s, chromedriver at {})",
        browser.shots.len(),
        browser.screens.display(),
        started.elapsed().as_secs_f64(),
        browser.driver.url
    );
}

#[test]
#[should_panic(expected = "blank")]
fn a_blank_screen_with_only_the_header_is_not_taken_for_a_page() {
    // 780 × 1688 device pixels: the page's background with the dark header band on top.
    let (width, height) = (PHONE_WIDTH_CSS_PX * PIXEL_RATIO, PHONE_HEIGHT_CSS_PX * PIXEL_RATIO);
    let header_rows = 80 * PIXEL_RATIO;
    let mut rgb = Vec::with_capacity((width * height * 3) as usize);
    for y in 0..height {
        let colour = if y < header_rows { [0x17, 0x3b, 0x4d] } else { [0xf4, 0xf1, 0xea] };
        for _ in 0..width {
            rgb.extend(colour);
        }
    }
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, width, height);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.write_header().and_then(|mut w| w.write_image_data(&rgb)).expect("encode");
    check_phone_png(Path::new("blank.png"), &bytes);
}
