//! The quiz on a phone: server-rendered HTML pages (no app store, no JavaScript build; a
//! few lines of inline script only count the seconds down) for participants — join, duels,
//! questions, results with explanations, practice, reports — and for the trainer — programmes,
//! figures, the reports queue and the programme's own questions. Texts are Fluent messages
//! `quiz_*`; the participant's language is stored with them.

use crate::model::rounding::round;
use std::fmt::Write as _;
use std::sync::Arc;

use axum::Form;
use axum::Router;
use axum::extract::{Path as UrlPath, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::analytics::{self, Rate};
use super::play::{Answered, DuelView, Served, locale};
use super::server::{Failure, PARTICIPANT_COOKIE, Quiz, TRAINER_COOKIE, cookie};
use super::store::{Participant, Programme, now_ms};
use crate::model::format::{self, Locale};

/// The text `key` (`quiz_<key>`) in `lang`.
fn t(lang: Locale, key: &str) -> String {
    crate::i18n::message(&format!("quiz_{key}"), lang, &[])
}

/// Text for HTML.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;background:#f4f1ea;color:#1d2a33}\
main{max-width:34rem;margin:0 auto;padding:1rem;overflow-wrap:break-word}header{background:#173b4d;color:#fff;padding:.7rem 1rem;display:flex;justify-content:space-between;align-items:center}\
header a{color:#fff}h1{font-size:1.35rem;margin:.2rem 0 .8rem}h2{font-size:1.1rem;margin:1.2rem 0 .5rem}\
.card{background:#fff;border-radius:.6rem;padding:.8rem 1rem;margin:.6rem 0;box-shadow:0 1px 3px rgba(0,0,0,.12)}\
button,.button{display:block;width:100%;box-sizing:border-box;font-family:inherit;font-size:1.05rem;padding:.8rem;margin:.45rem 0;border:0;border-radius:.5rem;background:#1f6f8b;color:#fff;text-align:left;text-decoration:none;cursor:pointer}\
.option{background:#fff;color:#1d2a33;border:2px solid #1f6f8b}div.option{cursor:default;border-color:#c9c3b6}.option.right::before{content:\"✓ \"}.option.wrong::before{content:\"✗ \"}.right{background:#2e7d32!important;color:#fff!important;border-color:#2e7d32!important}\
.wrong{background:#c62828!important;color:#fff!important;border-color:#c62828!important}.muted{color:#5b6770;font-size:.9rem}\
input,select,textarea{font-family:inherit;font-size:1rem;width:100%;box-sizing:border-box;padding:.55rem;margin:.2rem 0 .6rem;border:1px solid #9aa5ad;border-radius:.4rem}\
.error{background:#fdecea;color:#8e1b1b;padding:.6rem .8rem;border-radius:.4rem;white-space:pre-wrap}.ok{color:#2e7d32;font-weight:600}.bad{color:#c62828;font-weight:600}\
table{border-collapse:collapse;width:100%;font-size:.92rem}td,th{padding:.3rem .4rem;border-bottom:1px solid #e0dcd2;text-align:left}td.n{text-align:right}\
.bar{background:#e0dcd2;border-radius:.3rem;height:.6rem}.bar>span{display:block;height:.6rem;border-radius:.3rem;background:#1f6f8b}\
button.quiet{background:transparent;color:#1f6f8b;border:1px solid #1f6f8b;width:auto;padding:.7rem 1rem}\
.timer{font-size:1.1rem;font-weight:600;float:right}.badge{background:#e8a317;color:#1d2a33;border-radius:1rem;padding:0 .5rem;font-size:.8rem;margin-left:.4rem}";

/// A whole page.
fn page(lang: Locale, title: &str, nav: &str, body: &str) -> Html<String> {
    let code = if lang == Locale::De { "de" } else { "en" };
    Html(format!(
        "<!DOCTYPE html><html lang=\"{code}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
         <title>{} · Mehrwert-Quiz</title><style>{STYLE}</style></head><body><header><strong>Mehrwert-Quiz</strong><span>{nav}</span></header><main>{body}</main></body></html>",
        esc(title)
    ))
}

/// A page with a status other than 200 (a refusal shown to a person).
fn refusal_page(lang: Locale, status: StatusCode, message: &str, back: &str) -> Response {
    let body = format!(
        "<h1>{}</h1><p class=\"error\">{}</p><a class=\"button\" href=\"{}\">{}</a>",
        esc(&t(lang, "problem")),
        esc(message),
        esc(back),
        esc(&t(lang, "back"))
    );
    (status, page(lang, &t(lang, "problem"), "", &body)).into_response()
}

/// The language of a visitor without a token: `?lang=`, else the browser's first choice.
fn visitor_lang(headers: &HeaderMap, asked: Option<&str>) -> Locale {
    match asked {
        Some("en") => return Locale::En,
        Some("de") => return Locale::De,
        _ => {}
    }
    let accept = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).unwrap_or("");
    if accept.trim_start().to_ascii_lowercase().starts_with("en") { Locale::En } else { Locale::De }
}

fn set_cookie(name: &str, token: &str) -> String {
    format!("{name}={token}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax")
}

/// The signed-in participant, or the page that says how to join.
async fn signed_in(quiz: &Quiz, headers: &HeaderMap) -> Result<(Participant, Programme), Response> {
    quiz.participant(cookie(headers, PARTICIPANT_COOKIE)).await.map_err(|_| Redirect::to("/quiz").into_response())
}

fn nav(lang: Locale) -> String {
    format!("<a href=\"/quiz/home\">{}</a>", esc(&t(lang, "home")))
}

#[derive(Deserialize, Default)]
struct LangQuery {
    lang: Option<String>,
    code: Option<String>,
}

async fn start(State(quiz): State<Arc<Quiz>>, headers: HeaderMap, Query(query): Query<LangQuery>) -> Response {
    if signed_in(&quiz, &headers).await.is_ok() {
        return Redirect::to("/quiz/home").into_response();
    }
    let lang = visitor_lang(&headers, query.lang.as_deref());
    join_form(lang, query.code.as_deref().unwrap_or(""), "", "", None).into_response()
}

async fn join_link(headers: HeaderMap, UrlPath(code): UrlPath<String>, Query(query): Query<LangQuery>) -> Response {
    let lang = visitor_lang(&headers, query.lang.as_deref());
    join_form(lang, &code, "", "", None).into_response()
}

fn join_form(lang: Locale, code: &str, name: &str, team: &str, error: Option<&str>) -> Html<String> {
    let other = if lang == Locale::De { ("en", "English") } else { ("de", "Deutsch") };
    let mut body = format!("<h1>{}</h1><p>{}</p>", esc(&t(lang, "join_title")), esc(&t(lang, "join_intro")));
    if let Some(error) = error {
        let _ = write!(body, "<p class=\"error\" id=\"error\">{}</p>", esc(error));
    }
    let _ = write!(
        body,
        "<form method=\"post\" action=\"/quiz/join\" class=\"card\"><input type=\"hidden\" name=\"lang\" value=\"{}\">\
         <label>{}<input name=\"code\" id=\"code\" value=\"{}\" autocapitalize=\"characters\" autocomplete=\"off\" required></label>\
         <label>{}<input name=\"name\" id=\"name\" value=\"{}\" maxlength=\"60\" required></label>\
         <label>{}<input name=\"team\" id=\"team\" value=\"{}\" maxlength=\"60\"></label>\
         <button type=\"submit\" id=\"join\">{}</button></form><p><a href=\"?lang={}&amp;code={}\">{}</a></p>",
        if lang == Locale::De { "de" } else { "en" },
        esc(&t(lang, "join_code")),
        esc(code),
        esc(&t(lang, "join_name")),
        esc(name),
        esc(&t(lang, "join_team")),
        esc(team),
        esc(&t(lang, "join_button")),
        other.0,
        esc(code),
        other.1
    );
    page(lang, &t(lang, "join_title"), "", &body)
}

#[derive(Deserialize)]
struct JoinForm {
    code: String,
    name: String,
    #[serde(default)]
    team: String,
    #[serde(default)]
    lang: String,
}

async fn join(
    State(quiz): State<Arc<Quiz>>,
    axum::extract::ConnectInfo(from): axum::extract::ConnectInfo<std::net::SocketAddr>,
    Form(form): Form<JoinForm>,
) -> Response {
    let lang = if form.lang == "en" { Locale::En } else { Locale::De };
    let from = Some(from.ip());
    match super::server::join_programme(&quiz, from, &form.code, &form.name, &form.team, &form.lang).await {
        Ok((_, token, _)) => {
            ([(header::SET_COOKIE, set_cookie(PARTICIPANT_COOKIE, &token))], Redirect::to("/quiz/home?welcome=1"))
                .into_response()
        }
        Err(failure) => {
            let message = match failure.status {
                StatusCode::NOT_FOUND => t(lang, "join_unknown_code"),
                StatusCode::TOO_MANY_REQUESTS => t(lang, "join_too_many"),
                StatusCode::UNPROCESSABLE_ENTITY => t(lang, "join_bad_name"),
                _ => failure.message,
            };
            (failure.status, join_form(lang, &form.code, &form.name, &form.team, Some(&message))).into_response()
        }
    }
}

async fn personal_link(State(quiz): State<Arc<Quiz>>, headers: HeaderMap, UrlPath(token): UrlPath<String>) -> Response {
    match quiz.participant(Some(&token)).await {
        Ok(_) => {
            ([(header::SET_COOKIE, set_cookie(PARTICIPANT_COOKIE, &token))], Redirect::to("/quiz/home")).into_response()
        }
        Err(_) => refusal_page(
            visitor_lang(&headers, None),
            StatusCode::UNAUTHORIZED,
            &t(visitor_lang(&headers, None), "link_unknown"),
            "/quiz",
        ),
    }
}

#[derive(Deserialize, Default)]
struct HomeQuery {
    welcome: Option<String>,
}

async fn home(State(quiz): State<Arc<Quiz>>, headers: HeaderMap, Query(query): Query<HomeQuery>) -> Response {
    let (me, programme) = match signed_in(&quiz, &headers).await {
        Ok(found) => found,
        Err(page) => return page,
    };
    let lang = locale(&me);
    let now = now_ms();
    let duels = match quiz.store.duels_of(&me, &programme, now).await {
        Ok(duels) => duels,
        Err(e) => {
            return refusal_page(lang, StatusCode::INTERNAL_SERVER_ERROR, &Failure::from(e).message, "/quiz/home");
        }
    };
    let opponents = super::server::opponents(&quiz, &me).await.unwrap_or_default();
    let _ = quiz.store.mark_seen(&me, now).await;
    let mut body =
        format!("<h1>{}</h1><p class=\"muted\">{} · {}</p>", esc(&programme.name), esc(&me.name), esc(&me.team));
    if query.welcome.is_some() {
        let _ = write!(body, "<p class=\"card\">{}</p>", esc(&t(lang, "welcome")));
    }
    let (mine, rest): (Vec<&DuelView>, Vec<&DuelView>) = duels.iter().partition(|d| d.my_move);
    if !mine.is_empty() {
        let _ = write!(body, "<h2>{}</h2>", esc(&t(lang, "your_move")));
        for d in mine {
            body.push_str(&duel_line(lang, d));
        }
    }
    let _ = write!(
        body,
        "<a class=\"button\" id=\"practice\" href=\"/quiz/practice\">{}</a>",
        esc(&t(lang, "practice_button"))
    );
    let _ = write!(body, "<h2>{}</h2>", esc(&t(lang, "new_duel")));
    if opponents.is_empty() {
        let _ = write!(body, "<p class=\"muted\">{}</p>", esc(&t(lang, "nobody_yet")));
    } else {
        let _ = write!(
            body,
            "<form method=\"post\" action=\"/quiz/duels\" class=\"card\"><select name=\"opponent\" id=\"opponent\">"
        );
        for o in &opponents {
            let team = if o.team.is_empty() { String::new() } else { format!(" ({})", o.team) };
            let _ = write!(body, "<option value=\"{}\">{}{}</option>", esc(&o.id), esc(&o.name), esc(&team));
        }
        let _ = write!(
            body,
            "</select><button type=\"submit\" id=\"challenge\">{}</button></form>",
            esc(&t(lang, "challenge"))
        );
    }
    if !rest.is_empty() {
        let _ = write!(body, "<h2>{}</h2>", esc(&t(lang, "duels")));
        for d in rest {
            body.push_str(&duel_line(lang, d));
        }
    }
    let other = if lang == Locale::De { ("en", "English") } else { ("de", "Deutsch") };
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok()).unwrap_or("localhost");
    let token = cookie(&headers, PARTICIPANT_COOKIE).unwrap_or_default();
    let link = format!("http://{host}/quiz/p/{token}");
    let _ = write!(
        body,
        "<h2>{}</h2><form method=\"post\" action=\"/quiz/lang\"><input type=\"hidden\" name=\"lang\" value=\"{}\"><button type=\"submit\" id=\"lang\" class=\"quiet\">{}</button></form><details class=\"muted\"><summary>{}</summary><p>{} <a id=\"personal\" href=\"{}\">{}</a></p></details>",
        esc(&t(lang, "settings")),
        other.0,
        other.1,
        esc(&t(lang, "other_device_summary")),
        esc(&t(lang, "other_device")),
        esc(&link),
        esc(&link)
    );
    page(lang, &programme.name, &nav(lang), &body).into_response()
}

fn duel_line(lang: Locale, d: &DuelView) -> String {
    let state = match (&d.outcome, d.my_move) {
        (Some(super::duel::Outcome::Won), _) => t(lang, "won"),
        (Some(super::duel::Outcome::Lost), _) => t(lang, "lost"),
        (Some(super::duel::Outcome::Draw), _) => t(lang, "draw"),
        (None, true) => t(lang, "your_turn"),
        (None, false) => t(lang, "their_turn"),
    };
    let new = if d.new && !d.my_move {
        format!("<span class=\"badge\">{}</span>", esc(&t(lang, "new")))
    } else {
        String::new()
    };
    format!(
        "<a class=\"card\" style=\"display:block;color:inherit;text-decoration:none\" href=\"/quiz/duel/{}\"><strong>{}</strong>{new}<br><span class=\"muted\">{} · {} : {}</span></a>",
        esc(&d.id),
        esc(&format!("{} {}", t(lang, "against"), d.opponent)),
        esc(&state),
        d.my_score,
        d.their_score
    )
}

#[derive(Deserialize)]
struct LangForm {
    lang: String,
}

async fn set_lang(State(quiz): State<Arc<Quiz>>, headers: HeaderMap, Form(form): Form<LangForm>) -> Response {
    if let Ok((me, _)) = signed_in(&quiz, &headers).await {
        let _ = quiz.store.set_lang(&me, &form.lang).await;
    }
    Redirect::to("/quiz/home").into_response()
}

#[derive(Deserialize)]
struct ChallengeForm {
    opponent: String,
}

async fn challenge(State(quiz): State<Arc<Quiz>>, headers: HeaderMap, Form(form): Form<ChallengeForm>) -> Response {
    let (me, _) = match signed_in(&quiz, &headers).await {
        Ok(found) => found,
        Err(page) => return page,
    };
    match quiz.store.challenge(&me, &form.opponent, now_ms()).await {
        Ok(id) => Redirect::to(&format!("/quiz/duel/{id}")).into_response(),
        Err(e) => {
            let failure = Failure::from(e);
            refusal_page(locale(&me), failure.status, &failure.message, "/quiz/home")
        }
    }
}

fn marks(results: &[Option<bool>]) -> String {
    results
        .iter()
        .map(|r| match r {
            Some(true) => "<span class=\"ok\">✓</span>",
            Some(false) => "<span class=\"bad\">✗</span>",
            None => "<span class=\"muted\">·</span>",
        })
        .collect::<Vec<_>>()
        .join(" ")
}

async fn duel_page(State(quiz): State<Arc<Quiz>>, headers: HeaderMap, UrlPath(id): UrlPath<String>) -> Response {
    let (me, programme) = match signed_in(&quiz, &headers).await {
        Ok(found) => found,
        Err(page) => return page,
    };
    let lang = locale(&me);
    let view = match quiz.store.duel_view(&me, &programme, &id, now_ms()).await {
        Ok(view) => view,
        Err(e) => {
            let failure = Failure::from(e);
            return refusal_page(lang, failure.status, &t(lang, "no_duel"), "/quiz/home");
        }
    };
    let mut body = format!(
        "<h1>{}</h1><p class=\"card\" style=\"font-size:1.4rem;text-align:center\" id=\"score\">{} {} : {} {}</p>",
        esc(&format!("{} {}", t(lang, "against"), view.opponent)),
        esc(&t(lang, "you")),
        view.my_score,
        view.their_score,
        esc(&view.opponent)
    );
    if let Some(outcome) = view.outcome {
        let key = match outcome {
            super::duel::Outcome::Won => "won",
            super::duel::Outcome::Lost => "lost",
            super::duel::Outcome::Draw => "draw",
        };
        let forfeit = if view.status == "forfeit" { format!(" ({})", t(lang, "forfeit")) } else { String::new() };
        let _ = write!(body, "<p class=\"ok\" id=\"outcome\">{}{}</p>", esc(&t(lang, key)), esc(&forfeit));
    }
    // No empty table before the first round has a topic.
    if !view.rounds.is_empty() {
        let _ = write!(
            body,
            "<table><tr><th>{}</th><th>{}</th><th>{}</th></tr>",
            esc(&t(lang, "round")),
            esc(&t(lang, "you")),
            esc(&view.opponent)
        );
        for r in &view.rounds {
            let _ = write!(
                body,
                "<tr><td>{}. {}</td><td>{}</td><td>{}</td></tr>",
                r.round,
                esc(&r.topic),
                marks(&r.mine),
                marks(&r.theirs)
            );
        }
        body.push_str("</table>");
    }
    if view.my_move {
        if view.offered.is_empty() {
            let _ = write!(
                body,
                "<a class=\"button\" id=\"play\" href=\"/quiz/duel/{}/play\">{}</a>",
                esc(&view.id),
                esc(&t(lang, "play"))
            );
        } else {
            let _ = write!(
                body,
                "<h2>{}</h2><form method=\"post\" action=\"/quiz/duel/{}/pick\">",
                esc(&t(lang, "pick_topic")),
                esc(&view.id)
            );
            for (key, name) in &view.offered {
                let _ = write!(
                    body,
                    "<button type=\"submit\" name=\"topic\" value=\"{}\" class=\"option\" id=\"topic-{}\">{}</button>",
                    esc(key),
                    esc(key),
                    esc(name)
                );
            }
            body.push_str("</form>");
        }
    } else if view.outcome.is_none() {
        let _ = write!(body, "<p class=\"muted\">{}</p>", esc(&t(lang, "wait_for_them")));
    }
    if view.rounds.iter().any(|r| r.mine.iter().any(Option::is_some)) {
        let _ = write!(
            body,
            "<a class=\"button\" href=\"/quiz/duel/{}/review\">{}</a>",
            esc(&view.id),
            esc(&t(lang, "review"))
        );
    }
    page(lang, &t(lang, "duel"), &nav(lang), &body).into_response()
}

#[derive(Deserialize)]
struct PickForm {
    topic: String,
}

async fn pick(
    State(quiz): State<Arc<Quiz>>,
    headers: HeaderMap,
    UrlPath(id): UrlPath<String>,
    Form(form): Form<PickForm>,
) -> Response {
    let (me, programme) = match signed_in(&quiz, &headers).await {
        Ok(found) => found,
        Err(page) => return page,
    };
    let bank = match quiz.bank(&programme).await {
        Ok(bank) => bank,
        Err(failure) => return refusal_page(locale(&me), failure.status, &failure.message, "/quiz/home"),
    };
    match quiz.store.pick(&me, &programme, &bank, &id, &form.topic, now_ms()).await {
        Ok(()) => Redirect::to(&format!("/quiz/duel/{id}/play")).into_response(),
        Err(e) => {
            let failure = Failure::from(e);
            refusal_page(locale(&me), failure.status, &failure.message, &format!("/quiz/duel/{id}"))
        }
    }
}

fn question_page(lang: Locale, served: &Served, title: &str) -> Html<String> {
    let mut body = format!(
        "<p class=\"muted\">{}<span class=\"timer\" id=\"timer\" data-deadline=\"{}\">{} s</span></p><h1 id=\"question\">{}</h1><form method=\"post\" action=\"/quiz/answer\"><input type=\"hidden\" name=\"asked_id\" value=\"{}\">",
        esc(&served.topic_name),
        served.deadline_ms,
        served.seconds_left,
        esc(&served.question),
        esc(&served.asked_id)
    );
    for (i, option) in served.options.iter().enumerate() {
        let _ = write!(
            body,
            "<button type=\"submit\" name=\"option\" value=\"{i}\" class=\"option\" id=\"option-{i}\">{}</button>",
            esc(option)
        );
    }
    body.push_str("</form>");
    // The countdown only shows the time; the server decides what is late.
    let _ = write!(
        body,
        "<script>(function(){{var e=document.getElementById('timer'),left={};setInterval(function(){{left=Math.max(0,left-1);e.textContent=left+' s';}},1000);}})();</script>",
        served.seconds_left
    );
    page(lang, title, &nav(lang), &body)
}

async fn play(State(quiz): State<Arc<Quiz>>, headers: HeaderMap, UrlPath(id): UrlPath<String>) -> Response {
    let (me, programme) = match signed_in(&quiz, &headers).await {
        Ok(found) => found,
        Err(page) => return page,
    };
    let lang = locale(&me);
    let bank = match quiz.bank(&programme).await {
        Ok(bank) => bank,
        Err(failure) => return refusal_page(lang, failure.status, &failure.message, "/quiz/home"),
    };
    match quiz.store.duel_question(&me, &programme, &bank, &id, now_ms()).await {
        Ok(served) => question_page(lang, &served, &t(lang, "duel")).into_response(),
        // Not this player's question any more (answered, timed out, the other's move): the
        // duel's page says what is next.
        Err(_) => Redirect::to(&format!("/quiz/duel/{id}")).into_response(),
    }
}

async fn practice(State(quiz): State<Arc<Quiz>>, headers: HeaderMap) -> Response {
    let (me, programme) = match signed_in(&quiz, &headers).await {
        Ok(found) => found,
        Err(page) => return page,
    };
    let lang = locale(&me);
    let bank = match quiz.bank(&programme).await {
        Ok(bank) => bank,
        Err(failure) => return refusal_page(lang, failure.status, &failure.message, "/quiz/home"),
    };
    match quiz.store.practice_question(&me, &programme, &bank, now_ms()).await {
        Ok(served) => question_page(lang, &served, &t(lang, "practice")).into_response(),
        Err(e) => {
            let failure = Failure::from(e);
            refusal_page(lang, failure.status, &failure.message, "/quiz/home")
        }
    }
}

#[derive(Deserialize)]
struct AnswerForm {
    asked_id: String,
    option: usize,
}

async fn answer(State(quiz): State<Arc<Quiz>>, headers: HeaderMap, Form(form): Form<AnswerForm>) -> Response {
    let (me, programme) = match signed_in(&quiz, &headers).await {
        Ok(found) => found,
        Err(page) => return page,
    };
    let lang = locale(&me);
    let bank = match quiz.bank(&programme).await {
        Ok(bank) => bank,
        Err(failure) => return refusal_page(lang, failure.status, &failure.message, "/quiz/home"),
    };
    match quiz.store.answer(&me, &programme, &bank, &form.asked_id, form.option, now_ms()).await {
        Ok(answered) => result_page(lang, &answered).into_response(),
        Err(e) => {
            let failure = Failure::from(e);
            refusal_page(lang, failure.status, &failure.message, "/quiz/home")
        }
    }
}

fn result_page(lang: Locale, a: &Answered) -> Html<String> {
    let verdict = if a.late {
        format!("<p class=\"bad\" id=\"verdict\">{}</p>", esc(&t(lang, "late")))
    } else if a.correct {
        format!("<p class=\"ok\" id=\"verdict\">{}</p>", esc(&t(lang, "right")))
    } else {
        format!("<p class=\"bad\" id=\"verdict\">{}</p>", esc(&t(lang, "wrong")))
    };
    let mut body = format!("{verdict}<h1>{}</h1>", esc(&a.question));
    for (i, option) in a.options.iter().enumerate() {
        let class = if i == a.correct_option {
            "button option right"
        } else if Some(i) == a.chosen {
            "button option wrong"
        } else {
            "button option"
        };
        let _ = write!(body, "<div class=\"{class}\">{}</div>", esc(option));
    }
    let term =
        crate::glossary::entry(&a.glossary, lang).map(|e| e.term.to_string()).unwrap_or_else(|| a.glossary.clone());
    let _ = write!(
        body,
        "<div class=\"card\" id=\"explanation\">{}</div><p><a href=\"/quiz/glossar/{}\">{}: {}</a> · <a href=\"/quiz/report/{}\">{}</a></p>",
        esc(&a.explanation),
        esc(&a.glossary),
        esc(&t(lang, "glossary")),
        esc(&term),
        esc(&a.question_id),
        esc(&t(lang, "report_link"))
    );
    let next =
        if a.duel_id.is_empty() { "/quiz/practice".to_string() } else { format!("/quiz/duel/{}/play", a.duel_id) };
    let _ = write!(body, "<a class=\"button\" id=\"next\" href=\"{}\">{}</a>", esc(&next), esc(&t(lang, "next")));
    page(lang, &t(lang, "result"), &nav(lang), &body)
}

async fn review(State(quiz): State<Arc<Quiz>>, headers: HeaderMap, UrlPath(id): UrlPath<String>) -> Response {
    let (me, programme) = match signed_in(&quiz, &headers).await {
        Ok(found) => found,
        Err(page) => return page,
    };
    let lang = locale(&me);
    let (view, bank) = match (quiz.store.duel_view(&me, &programme, &id, now_ms()).await, quiz.bank(&programme).await) {
        (Ok(view), Ok(bank)) => (view, bank),
        _ => return refusal_page(lang, StatusCode::NOT_FOUND, &t(lang, "no_duel"), "/quiz/home"),
    };
    let mut body = format!("<h1>{}</h1>", esc(&t(lang, "review")));
    for r in &view.rounds {
        let _ = write!(body, "<h2>{}. {}</h2>", r.round, esc(&r.topic));
        for (i, qid) in r.questions.iter().enumerate() {
            // Only questions the viewer has answered: the rest stay unseen.
            if r.mine.get(i).copied().flatten().is_none() {
                continue;
            }
            if let Some(q) = super::play::find(&bank, qid) {
                let text = q.text(lang);
                let _ = write!(
                    body,
                    "<div class=\"card\"><strong>{}</strong><p class=\"ok\">{}</p><p class=\"muted\">{}</p><a href=\"/quiz/report/{}\">{}</a></div>",
                    esc(&text.question),
                    esc(&text.answer),
                    esc(&text.explanation),
                    esc(&q.id),
                    esc(&t(lang, "report_link"))
                );
            }
        }
    }
    page(lang, &t(lang, "review"), &nav(lang), &body).into_response()
}

async fn glossary(headers: HeaderMap, State(quiz): State<Arc<Quiz>>, UrlPath(key): UrlPath<String>) -> Response {
    let lang = match signed_in(&quiz, &headers).await {
        Ok((me, _)) => locale(&me),
        Err(_) => visitor_lang(&headers, None),
    };
    let Some(entry) = crate::glossary::entry(&key, lang) else {
        return refusal_page(lang, StatusCode::NOT_FOUND, &t(lang, "no_entry"), "/quiz/home");
    };
    let body = format!(
        "<h1>{}</h1><div class=\"card\"><p>{}</p><p><strong>{}</strong> {}</p><p><strong>{}</strong> {}</p><p><strong>{}</strong> {}</p></div>",
        esc(entry.term),
        esc(entry.definition),
        esc(&t(lang, "formula")),
        esc(entry.formula),
        esc(&t(lang, "drivers")),
        esc(entry.drivers),
        esc(&t(lang, "typical")),
        esc(entry.typical_range)
    );
    page(lang, entry.term, &nav(lang), &body).into_response()
}

async fn report_form(
    State(quiz): State<Arc<Quiz>>,
    headers: HeaderMap,
    UrlPath(question): UrlPath<String>,
) -> Response {
    let (me, _) = match signed_in(&quiz, &headers).await {
        Ok(found) => found,
        Err(page) => return page,
    };
    let lang = locale(&me);
    let body = format!(
        "<h1>{}</h1><form method=\"post\" action=\"/quiz/report/{}\" class=\"card\">\
         <label><input type=\"radio\" name=\"reason\" value=\"wrong\" checked style=\"width:auto\"> {}</label><br>\
         <label><input type=\"radio\" name=\"reason\" value=\"unclear\" style=\"width:auto\"> {}</label>\
         <textarea name=\"text\" rows=\"4\" maxlength=\"1000\" placeholder=\"{}\"></textarea><button type=\"submit\" id=\"send\">{}</button></form>",
        esc(&t(lang, "report_title")),
        esc(&question),
        esc(&t(lang, "report_wrong")),
        esc(&t(lang, "report_unclear")),
        esc(&t(lang, "report_placeholder")),
        esc(&t(lang, "report_send"))
    );
    page(lang, &t(lang, "report_title"), &nav(lang), &body).into_response()
}

#[derive(Deserialize)]
struct ReportForm {
    reason: String,
    #[serde(default)]
    text: String,
}

async fn report(
    State(quiz): State<Arc<Quiz>>,
    headers: HeaderMap,
    UrlPath(question): UrlPath<String>,
    Form(form): Form<ReportForm>,
) -> Response {
    let (me, programme) = match signed_in(&quiz, &headers).await {
        Ok(found) => found,
        Err(page) => return page,
    };
    let lang = locale(&me);
    let text: String = form.text.chars().take(1000).collect();
    let result = match quiz.bank(&programme).await {
        Ok(bank) => {
            quiz.store.report(&me, &bank, &question, &form.reason, &text, now_ms()).await.map_err(Failure::from)
        }
        Err(failure) => Err(failure),
    };
    match result {
        Ok(_) => page(
            lang,
            &t(lang, "report_title"),
            &nav(lang),
            &format!(
                "<p class=\"ok\" id=\"thanks\">{}</p><a class=\"button\" href=\"/quiz/home\">{}</a>",
                esc(&t(lang, "report_thanks")),
                esc(&t(lang, "home"))
            ),
        )
        .into_response(),
        Err(failure) => refusal_page(lang, failure.status, &failure.message, "/quiz/home"),
    }
}

// ---- The trainer's pages ----

async fn trainer_link(State(quiz): State<Arc<Quiz>>, headers: HeaderMap, UrlPath(token): UrlPath<String>) -> Response {
    match quiz.trainer(Some(&token)).await {
        Ok(_) => {
            ([(header::SET_COOKIE, set_cookie(TRAINER_COOKIE, &token))], Redirect::to("/quiz/trainer")).into_response()
        }
        Err(_) => refusal_page(
            visitor_lang(&headers, None),
            StatusCode::UNAUTHORIZED,
            &t(visitor_lang(&headers, None), "link_unknown"),
            "/quiz",
        ),
    }
}

async fn trainer_home(State(quiz): State<Arc<Quiz>>, headers: HeaderMap) -> Response {
    let lang = visitor_lang(&headers, None);
    let Ok(trainer) = quiz.trainer(cookie(&headers, TRAINER_COOKIE)).await else {
        return refusal_page(lang, StatusCode::UNAUTHORIZED, &t(lang, "trainer_only"), "/quiz");
    };
    let programmes = quiz.store.programmes_of(&trainer).await.unwrap_or_default();
    let mut body = format!("<h1>{}</h1>", esc(&format!("{} {}", t(lang, "trainer_hello"), trainer.name)));
    for p in &programmes {
        let _ = write!(
            body,
            "<a class=\"card\" style=\"display:block;color:inherit;text-decoration:none\" href=\"/quiz/trainer/{}\"><strong>{}</strong><br><span class=\"muted\">{} {} · /quiz/join/{}</span></a>",
            esc(&p.id),
            esc(&p.name),
            esc(&t(lang, "invite_code")),
            esc(&p.invite_code),
            esc(&p.invite_code)
        );
    }
    let _ = write!(
        body,
        "<h2>{}</h2><form method=\"post\" action=\"/quiz/trainer/programmes\" class=\"card\"><label>{}<input name=\"name\" required maxlength=\"60\"></label>\
         <label>{}<input name=\"question_seconds\" type=\"number\" value=\"30\" min=\"10\" max=\"300\"></label>\
         <label>{}<input name=\"forfeit_days\" type=\"number\" value=\"3\" min=\"1\" max=\"60\"></label><button type=\"submit\">{}</button></form>",
        esc(&t(lang, "new_programme")),
        esc(&t(lang, "programme_name")),
        esc(&t(lang, "seconds")),
        esc(&t(lang, "forfeit_days")),
        esc(&t(lang, "create"))
    );
    page(lang, &t(lang, "trainer"), "", &body).into_response()
}

#[derive(Deserialize)]
struct ProgrammeForm {
    name: String,
    question_seconds: i64,
    forfeit_days: i64,
}

async fn new_programme(State(quiz): State<Arc<Quiz>>, headers: HeaderMap, Form(form): Form<ProgrammeForm>) -> Response {
    let lang = visitor_lang(&headers, None);
    let Ok(trainer) = quiz.trainer(cookie(&headers, TRAINER_COOKIE)).await else {
        return refusal_page(lang, StatusCode::UNAUTHORIZED, &t(lang, "trainer_only"), "/quiz");
    };
    match super::server::create_programme(&quiz, &trainer, &form.name, form.question_seconds, form.forfeit_days).await {
        Ok(p) => Redirect::to(&format!("/quiz/trainer/{}", p.id)).into_response(),
        Err(failure) => refusal_page(lang, failure.status, &failure.message, "/quiz/trainer"),
    }
}

/// The signed-in trainer's programme `id`, or the page saying why not (no trainer cookie,
/// not theirs).
async fn trainer_programme_of(quiz: &Quiz, headers: &HeaderMap, id: &str, lang: Locale) -> Result<Programme, Response> {
    let Ok(trainer) = quiz.trainer(cookie(headers, TRAINER_COOKIE)).await else {
        return Err(refusal_page(lang, StatusCode::UNAUTHORIZED, &t(lang, "trainer_only"), "/quiz"));
    };
    quiz.own_programme(&trainer, id)
        .await
        .map_err(|failure| refusal_page(lang, failure.status, &failure.message, "/quiz/trainer"))
}

fn rate_text(rate: &Rate, lang: Locale) -> String {
    rate.rate.map(|r| format::percent(r, 0, lang)).unwrap_or_else(|| "–".into())
}

fn rate_rows(rates: &[Rate], lang: Locale) -> String {
    let mut out = String::from("<table>");
    for r in rates {
        let width = r
            .rate
            .and_then(|x| round(x * rust_decimal::Decimal::ONE_HUNDRED, 0).to_string().parse::<u32>().ok())
            .unwrap_or(0);
        let _ = write!(
            out,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td style=\"width:30%\"><div class=\"bar\"><span style=\"width:{width}%\"></span></div></td></tr>",
            esc(&r.name),
            r.answered,
            rate_text(r, lang)
        );
    }
    out.push_str("</table>");
    out
}

async fn trainer_programme(
    State(quiz): State<Arc<Quiz>>,
    headers: HeaderMap,
    UrlPath(id): UrlPath<String>,
) -> Response {
    let lang = visitor_lang(&headers, None);
    let programme = match trainer_programme_of(&quiz, &headers, &id, lang).await {
        Ok(p) => p,
        Err(page) => return page,
    };
    let bank = match quiz.bank(&programme).await {
        Ok(bank) => bank,
        Err(failure) => return refusal_page(lang, failure.status, &failure.message, "/quiz/trainer"),
    };
    let (figures, reports) = match (
        analytics::analyse(&quiz.store, &programme, &bank, lang).await,
        analytics::reports(&quiz.store, &programme, &bank, lang).await,
    ) {
        (Ok(f), Ok(r)) => (f, r),
        (Err(e), _) | (_, Err(e)) => {
            return refusal_page(lang, StatusCode::INTERNAL_SERVER_ERROR, &e.to_string(), "/quiz/trainer");
        }
    };
    let mut body = format!(
        "<h1>{}</h1><p class=\"card\">{} <strong>{}</strong><br>{} /quiz/join/{}<br>{}: {} · {}: {} · {}: {}</p><a class=\"button\" href=\"/api/quiz/v1/trainer/programmes/{}/analytics.csv\">{}</a>",
        esc(&programme.name),
        esc(&t(lang, "invite_code")),
        esc(&programme.invite_code),
        esc(&t(lang, "invite_link")),
        esc(&programme.invite_code),
        esc(&t(lang, "participants")),
        figures.participants,
        esc(&t(lang, "answered")),
        figures.total.answered,
        esc(&t(lang, "correct_rate")),
        rate_text(&figures.total, lang),
        esc(&programme.id),
        esc(&t(lang, "csv"))
    );
    let _ =
        write!(body, "<h2 id=\"catch-up\">{}</h2>{}", esc(&t(lang, "catch_up")), rate_rows(&figures.catch_up, lang));
    let _ = write!(body, "<h2>{}</h2>{}", esc(&t(lang, "by_team")), rate_rows(&figures.by_team, lang));
    for team in &figures.teams {
        let _ = write!(body, "<div class=\"card team\"><strong>{}</strong>", esc(&team.team));
        if let Some(game) = &team.game {
            let _ = write!(
                body,
                " <span class=\"muted\">{} · {} · {} {}</span>",
                esc(&game.workshop),
                esc(&game.company),
                esc(&t(lang, "year")),
                game.year
            );
        }
        for (topic, related) in &team.related {
            let name = super::bank::Topic::from_key(topic).map(|t| t.name(lang)).unwrap_or_default();
            let shown: Vec<String> = related
                .iter()
                .map(|f| {
                    let text = format!("{} {}", esc(&f.name(lang)), esc(&f.text(lang)));
                    if f.weak { format!("<span class=\"bad\">{text}</span>") } else { text }
                })
                .collect();
            let _ = write!(body, "<p>{}: {}</p>", esc(&name), shown.join(" · "));
        }
        let _ = write!(body, "<p><strong>{}:</strong> {}</p></div>", esc(&t(lang, "focus")), esc(&team.suggestion));
    }
    let _ = write!(body, "<h2>{}</h2>{}", esc(&t(lang, "by_participant")), rate_rows(&figures.by_participant, lang));
    let _ = write!(body, "<h2>{}</h2>{}", esc(&t(lang, "by_week")), rate_rows(&figures.by_week, lang));
    let _ = write!(body, "<h2>{}</h2>", esc(&t(lang, "questions")));
    for q in figures.questions.iter().take(40) {
        let _ = write!(
            body,
            "<div class=\"card\"><strong>{}</strong> <span class=\"muted\">{} · {}</span><table>",
            esc(&q.question),
            q.rate.answered,
            rate_text(&q.rate, lang)
        );
        for o in &q.options {
            let mark = if o.correct { " ✓" } else { "" };
            let _ = write!(body, "<tr><td>{}{mark}</td><td class=\"n\">{}</td></tr>", esc(&o.text), o.chosen);
        }
        if q.timeouts > 0 {
            let _ = write!(body, "<tr><td>{}</td><td class=\"n\">{}</td></tr>", esc(&t(lang, "timeouts")), q.timeouts);
        }
        body.push_str("</table></div>");
    }
    let _ = write!(body, "<h2 id=\"reports\">{}</h2>", esc(&t(lang, "reports")));
    for r in &reports {
        let _ = write!(
            body,
            "<div class=\"card\"><strong>{}</strong><p>{} · {}: {}</p>",
            esc(&r.question),
            esc(&r.participant),
            esc(&r.reason),
            esc(&r.body)
        );
        if r.status == "open" {
            let _ = write!(
                body,
                "<form method=\"post\" action=\"/quiz/trainer/reports/{}\"><input type=\"hidden\" name=\"back\" value=\"{}\"><input name=\"note\" placeholder=\"{}\"><button type=\"submit\">{}</button></form>",
                esc(&r.id),
                esc(&programme.id),
                esc(&t(lang, "note")),
                esc(&t(lang, "done"))
            );
        } else {
            let _ = write!(body, "<p class=\"muted\">{}: {}</p>", esc(&t(lang, "done")), esc(&r.note));
        }
        body.push_str("</div>");
    }
    let _ = write!(
        body,
        "<h2>{}</h2><p class=\"muted\">{}</p><form method=\"post\" action=\"/quiz/trainer/{}/games\" class=\"card\"><input type=\"file\" accept=\".ron\" onchange=\"var f=this.files[0],a=this.form.text;if(f){{f.text().then(function(t){{a.value=t;}});}}\"><textarea name=\"text\" rows=\"4\"></textarea><button type=\"submit\">{}</button></form>",
        esc(&t(lang, "games")),
        esc(&t(lang, "games_intro")),
        esc(&programme.id),
        esc(&t(lang, "games_add"))
    );
    let _ = write!(
        body,
        "<h2>{}</h2><form method=\"post\" action=\"/quiz/trainer/{}/questions\" class=\"card\"><input name=\"name\" value=\"eigene-fragen.ron\"><textarea name=\"text\" rows=\"8\"></textarea><button type=\"submit\">{}</button></form>",
        esc(&t(lang, "own_questions")),
        esc(&programme.id),
        esc(&t(lang, "upload"))
    );
    page(lang, &programme.name, "<a href=\"/quiz/trainer\">☰</a>", &body).into_response()
}

#[derive(Deserialize)]
struct QuestionsForm {
    name: String,
    text: String,
}

async fn trainer_questions(
    State(quiz): State<Arc<Quiz>>,
    headers: HeaderMap,
    UrlPath(id): UrlPath<String>,
    Form(form): Form<QuestionsForm>,
) -> Response {
    let lang = visitor_lang(&headers, None);
    let back = format!("/quiz/trainer/{id}");
    let programme = match trainer_programme_of(&quiz, &headers, &id, lang).await {
        Ok(p) => p,
        Err(page) => return page,
    };
    match super::server::add_questions(&quiz, &programme, &form.name, &form.text).await {
        Ok(_) => Redirect::to(&back).into_response(),
        Err(failure) => refusal_page(lang, failure.status, &failure.message, &back),
    }
}

#[derive(Deserialize)]
struct GameForm {
    text: String,
}

async fn trainer_game(
    State(quiz): State<Arc<Quiz>>,
    headers: HeaderMap,
    UrlPath(id): UrlPath<String>,
    Form(form): Form<GameForm>,
) -> Response {
    let lang = visitor_lang(&headers, None);
    let back = format!("/quiz/trainer/{id}");
    let programme = match trainer_programme_of(&quiz, &headers, &id, lang).await {
        Ok(p) => p,
        Err(page) => return page,
    };
    match super::server::add_game(&quiz, &programme, &form.text).await {
        Ok(_) => Redirect::to(&back).into_response(),
        Err(failure) => refusal_page(lang, failure.status, &failure.message, &back),
    }
}

#[derive(Deserialize)]
struct CloseForm {
    back: String,
    #[serde(default)]
    note: String,
}

async fn trainer_close_report(
    State(quiz): State<Arc<Quiz>>,
    headers: HeaderMap,
    UrlPath(id): UrlPath<String>,
    Form(form): Form<CloseForm>,
) -> Response {
    let lang = visitor_lang(&headers, None);
    let Ok(trainer) = quiz.trainer(cookie(&headers, TRAINER_COOKIE)).await else {
        return refusal_page(lang, StatusCode::UNAUTHORIZED, &t(lang, "trainer_only"), "/quiz");
    };
    let back: String =
        format!("/quiz/trainer/{}", form.back.chars().filter(char::is_ascii_hexdigit).collect::<String>());
    match analytics::close_report(&quiz.store, &trainer, &id, form.note.trim()).await {
        Ok(()) => Redirect::to(&back).into_response(),
        Err(e) => {
            let failure = Failure::from(e);
            refusal_page(lang, failure.status, &failure.message, &back)
        }
    }
}

/// Refuses a form sent from another site (a page elsewhere posting into a signed-in
/// participant's or trainer's session, or replacing their cookie): the browser says where
/// a POST comes from in `Sec-Fetch-Site` and `Origin`.
async fn same_site(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    if request.method() == axum::http::Method::POST {
        let headers = request.headers();
        let text = |name: header::HeaderName| headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_string);
        let fetch_site = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()).unwrap_or("");
        let foreign_origin = match (text(header::ORIGIN), text(header::HOST)) {
            (Some(origin), Some(host)) => origin.split_once("://").map(|(_, h)| h) != Some(host.as_str()),
            _ => false,
        };
        if fetch_site == "cross-site" || foreign_origin {
            let lang = visitor_lang(headers, None);
            return refusal_page(lang, StatusCode::FORBIDDEN, &t(lang, "cross_site"), "/quiz");
        }
    }
    next.run(request).await
}

/// The pages' routes.
pub fn routes() -> Router<Arc<Quiz>> {
    Router::new()
        .route("/quiz", get(start))
        .route("/quiz/join", post(join))
        .route("/quiz/join/{code}", get(join_link))
        .route("/quiz/p/{token}", get(personal_link))
        .route("/quiz/home", get(home))
        .route("/quiz/lang", post(set_lang))
        .route("/quiz/duels", post(challenge))
        .route("/quiz/duel/{id}", get(duel_page))
        .route("/quiz/duel/{id}/pick", post(pick))
        .route("/quiz/duel/{id}/play", get(play))
        .route("/quiz/duel/{id}/review", get(review))
        .route("/quiz/practice", get(practice))
        .route("/quiz/answer", post(answer))
        .route("/quiz/glossar/{key}", get(glossary))
        .route("/quiz/report/{question}", get(report_form).post(report))
        .route("/quiz/t/{token}", get(trainer_link))
        .route("/quiz/trainer", get(trainer_home))
        .route("/quiz/trainer/programmes", post(new_programme))
        .route("/quiz/trainer/{id}", get(trainer_programme))
        .route("/quiz/trainer/{id}/questions", post(trainer_questions))
        .route("/quiz/trainer/{id}/games", post(trainer_game))
        .route("/quiz/trainer/reports/{id}", post(trainer_close_report))
        .layer(axum::middleware::from_fn(same_site))
}
