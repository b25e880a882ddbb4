//! The trainer's view of a programme: correct rates by topic, participant, team and week, the
//! "Nachholbedarf" list (weakest topics first), every question with how often each option
//! was chosen (the misconception, not only the miss), the reports queue, and all of it as
//! CSV in German Excel's dialect.

use crate::model::rounding::round;
use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::Serialize;

use super::bank::{Bank, Topic};
use super::game::{GameFigure, TeamGame, figures_for};
use super::play::{PlayError, Refusal, find};
use super::store::{Programme, Store, Trainer};
use crate::model::format::{self, Locale};

/// Answers and correct answers of one group, and the rate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Rate {
    /// The group's key (topic key, participant id, team name, ISO week).
    pub key: String,
    /// The group's name as shown.
    pub name: String,
    /// Questions answered (time-outs included).
    pub answered: u32,
    /// Answered correctly and in time.
    pub correct: u32,
    /// correct / answered, four places; `None` without answers.
    pub rate: Option<Decimal>,
}

impl Rate {
    fn new(key: impl Into<String>, name: impl Into<String>) -> Rate {
        Rate { key: key.into(), name: name.into(), answered: 0, correct: 0, rate: None }
    }

    fn add(&mut self, correct: bool) {
        self.answered += 1;
        self.correct += u32::from(correct);
        self.rate = Decimal::from(self.correct).checked_div(Decimal::from(self.answered)).map(|r| round(r, 4));
    }
}

/// One option of a question and how often it was chosen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct OptionCount {
    /// The option's text.
    pub text: String,
    /// Times chosen.
    pub chosen: u32,
    /// True for the correct option.
    pub correct: bool,
}

/// One question's figures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct QuestionFigures {
    /// The question's id.
    pub id: String,
    /// Its topic key.
    pub topic: String,
    /// Its text.
    pub question: String,
    /// Answers and correct answers.
    pub rate: Rate,
    /// Time-outs (no option chosen, or chosen too late).
    pub timeouts: u32,
    /// The options with their counts (calculation questions: only the correct one is
    /// known per seed, so they are summed by template without options).
    pub options: Vec<OptionCount>,
}

/// The weak topics of one team, beside its workshop game.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct TeamFocus {
    /// The team.
    pub team: String,
    /// Its topics weakest first (with answers only).
    pub topics: Vec<Rate>,
    /// The team's workshop game, when the trainer linked it.
    pub game: Option<TeamGame>,
    /// For the two weakest topics: the game's figures each explains.
    pub related: Vec<(String, Vec<GameFigure>)>,
    /// A suggested focus for the next workshop, in one sentence.
    pub suggestion: String,
}

/// The focus of a team: its weakest topics and the figures of its game they explain.
fn focus(team: String, topics: Vec<Rate>, game: Option<TeamGame>, lang: Locale) -> TeamFocus {
    let weak: Vec<(Topic, &Rate)> = topics
        .iter()
        .filter(|r| r.rate.is_some_and(|rate| rate < Decimal::new(7, 1)))
        .filter_map(|r| Topic::from_key(&r.key).map(|t| (t, r)))
        .take(2)
        .collect();
    let related: Vec<(String, Vec<GameFigure>)> = match &game {
        Some(game) => weak
            .iter()
            .map(|(topic, _)| (topic.key().to_string(), figures_for(game, *topic).into_iter().cloned().collect()))
            .collect(),
        None => Vec::new(),
    };
    let suggestion = match weak.first() {
        None => crate::i18n::message("quiz_focus_none", lang, &[]),
        Some((topic, rate)) => {
            let telling: Vec<String> = related
                .first()
                .map(|(_, figures)| {
                    figures.iter().filter(|f| f.weak).map(|f| format!("{} {}", f.name(lang), f.text(lang))).collect()
                })
                .unwrap_or_default();
            let rate = rate.rate.map(|r| format::percent(r, 0, lang)).unwrap_or_default();
            let args = [
                ("topic", crate::i18n::Arg::from(topic.name(lang))),
                ("rate", crate::i18n::Arg::from(rate)),
                ("figures", crate::i18n::Arg::from(telling.join(", "))),
            ];
            let key = if telling.is_empty() { "quiz_focus_topic" } else { "quiz_focus_game" };
            crate::i18n::message(key, lang, &args)
        }
    };
    TeamFocus { team, topics, game, related, suggestion }
}

/// Everything the trainer sees of a programme.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Analytics {
    /// The programme's name.
    pub programme: String,
    /// Participants joined.
    pub participants: u32,
    /// All answers.
    pub total: Rate,
    /// By topic, in the module's order.
    pub by_topic: Vec<Rate>,
    /// By participant, by name.
    pub by_participant: Vec<Rate>,
    /// By team, by name ('' teams left out).
    pub by_team: Vec<Rate>,
    /// By ISO week (`2026-W49`), oldest first.
    pub by_week: Vec<Rate>,
    /// "Nachholbedarf": topics with answers, weakest first.
    pub catch_up: Vec<Rate>,
    /// Each team's topics, weakest first.
    pub teams: Vec<TeamFocus>,
    /// Every question answered, weakest first.
    pub questions: Vec<QuestionFigures>,
}

/// The ISO week (`2026-W49`) of a Unix time in milliseconds (UTC).
pub fn iso_week(ms: i64) -> String {
    let days = ms.div_euclid(86_400_000);
    // 1970-01-01 was a Thursday; Monday = 0.
    let weekday = (days + 3).rem_euclid(7);
    let thursday = days - weekday + 3;
    let (year, _, _) = civil(thursday);
    let first = days_from_civil(year, 1, 1);
    let week = (thursday - first) / 7 + 1;
    format!("{year}-W{week:02}")
}

/// Year, month, day of a count of days since 1970-01-01 (Hinnant's algorithm).
fn civil(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Days since 1970-01-01 of a date (Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let yoe = year - era * 400;
    let mp = if month > 2 { month - 3 } else { month + 9 };
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

type AnswerFacts = (String, String, String, i64, i64, i64, i64);

/// The figures of `programme`, texts in `lang`.
pub async fn analyse(store: &Store, programme: &Programme, bank: &Bank, lang: Locale) -> anyhow::Result<Analytics> {
    let participants = store.participants_of(&programme.id).await?;
    let games = store.games_of(&programme.id).await?;
    let answers: Vec<AnswerFacts> = sqlx::query_as(
        "SELECT participant_id, question_id, topic, chosen, correct, late, answered_ms FROM quiz_answers \
         WHERE programme_id = $1 ORDER BY answered_ms, asked_id",
    )
    .bind(&programme.id)
    .fetch_all(&store.pool)
    .await?;
    let mut total = Rate::new("all", "");
    let mut by_topic: Vec<Rate> = Topic::ALL.iter().map(|t| Rate::new(t.key(), t.name(lang))).collect();
    let mut by_participant: Vec<Rate> = participants.iter().map(|p| Rate::new(p.id.clone(), p.name.clone())).collect();
    let mut by_team: BTreeMap<String, Rate> = BTreeMap::new();
    let mut team_topics: BTreeMap<String, Vec<Rate>> = BTreeMap::new();
    let mut by_week: BTreeMap<String, Rate> = BTreeMap::new();
    let mut questions: BTreeMap<String, QuestionFigures> = BTreeMap::new();
    for (participant_id, question_id, topic, chosen, correct, late, at) in &answers {
        let correct = *correct == 1;
        total.add(correct);
        if let Some(rate) = by_topic.iter_mut().find(|r| r.key == *topic) {
            rate.add(correct);
        }
        if let Some(rate) = by_participant.iter_mut().find(|r| r.key == *participant_id) {
            rate.add(correct);
        }
        let team = participants.iter().find(|p| p.id == *participant_id).map(|p| p.team.clone()).unwrap_or_default();
        if !team.is_empty() {
            by_team.entry(team.clone()).or_insert_with(|| Rate::new(team.clone(), team.clone())).add(correct);
            let topics = team_topics
                .entry(team.clone())
                .or_insert_with(|| Topic::ALL.iter().map(|t| Rate::new(t.key(), t.name(lang))).collect());
            if let Some(rate) = topics.iter_mut().find(|r| r.key == *topic) {
                rate.add(correct);
            }
        }
        let week = iso_week(*at);
        by_week.entry(week.clone()).or_insert_with(|| Rate::new(week.clone(), week.clone())).add(correct);
        // Calculation questions are summed by template: each seed is asked once or twice.
        let key = if super::generate::is_generated(question_id) {
            question_id.rsplit_once('_').map_or(question_id.clone(), |(t, _)| t.to_string())
        } else {
            question_id.clone()
        };
        let figures = questions.entry(key.clone()).or_insert_with(|| {
            let found = find(bank, question_id);
            let generated = super::generate::is_generated(question_id);
            QuestionFigures {
                id: key.clone(),
                topic: topic.clone(),
                question: found.as_ref().map(|q| q.text(lang).question.clone()).unwrap_or_default(),
                rate: Rate::new(key.clone(), ""),
                timeouts: 0,
                options: match found {
                    Some(q) if !generated => q
                        .text(lang)
                        .options
                        .iter()
                        .enumerate()
                        .map(|(i, text)| OptionCount { text: text.clone(), chosen: 0, correct: i == q.correct() })
                        .collect(),
                    _ => Vec::new(),
                },
            }
        });
        figures.rate.add(correct);
        if *late == 1 || *chosen < 0 {
            figures.timeouts += 1;
        } else if let Some(option) = usize::try_from(*chosen).ok().and_then(|c| figures.options.get_mut(c)) {
            option.chosen += 1;
        }
    }
    let weakest = |rates: &[Rate]| -> Vec<Rate> {
        let mut with: Vec<Rate> = rates.iter().filter(|r| r.answered > 0).cloned().collect();
        with.sort_by(|a, b| a.rate.cmp(&b.rate).then(b.answered.cmp(&a.answered)).then(a.key.cmp(&b.key)));
        with
    };
    let mut questions: Vec<QuestionFigures> = questions.into_values().collect();
    questions.sort_by(|a, b| {
        a.rate.rate.cmp(&b.rate.rate).then(b.rate.answered.cmp(&a.rate.answered)).then(a.id.cmp(&b.id))
    });
    by_participant.sort_by(|a, b| a.name.cmp(&b.name).then(a.key.cmp(&b.key)));
    Ok(Analytics {
        programme: programme.name.clone(),
        participants: u32::try_from(participants.len()).unwrap_or(u32::MAX),
        total,
        catch_up: weakest(&by_topic),
        by_topic,
        by_participant,
        by_team: by_team.into_values().collect(),
        by_week: by_week.into_values().collect(),
        teams: team_topics
            .into_iter()
            .map(|(team, topics)| {
                let game = games.iter().find(|g| super::store::same_team(&g.team, &team)).cloned();
                focus(team, weakest(&topics), game, lang)
            })
            .collect(),
        questions,
    })
}

/// A reported question in the trainer's queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize, sqlx::FromRow)]
pub struct Report {
    /// The report's id.
    pub id: String,
    /// The question's id.
    pub question_id: String,
    /// wrong or unclear.
    pub reason: String,
    /// What the participant wrote.
    pub body: String,
    /// open or done.
    pub status: String,
    /// The trainer's note when done.
    pub note: String,
    /// When reported.
    pub created_ms: i64,
    /// Who reported it.
    pub participant: String,
    /// The question's text (filled in after the query).
    #[sqlx(default)]
    pub question: String,
}

/// The reports of `programme`, open ones first.
pub async fn reports(store: &Store, programme: &Programme, bank: &Bank, lang: Locale) -> anyhow::Result<Vec<Report>> {
    let mut reports: Vec<Report> = sqlx::query_as(
        "SELECT r.id, r.question_id, r.reason, r.body, r.status, r.note, r.created_ms, p.name AS participant \
         FROM quiz_reports r JOIN quiz_participants p ON p.id = r.participant_id \
         WHERE r.programme_id = $1 ORDER BY r.status DESC, r.created_ms, r.id",
    )
    .bind(&programme.id)
    .fetch_all(&store.pool)
    .await?;
    for report in &mut reports {
        report.question = find(bank, &report.question_id).map(|q| q.text(lang).question.clone()).unwrap_or_default();
    }
    Ok(reports)
}

/// Marks report `id` of one of `trainer`'s programmes as done, with a note.
pub async fn close_report(store: &Store, trainer: &Trainer, id: &str, note: &str) -> Result<(), PlayError> {
    if note.chars().count() > 1000 {
        return Err(Refusal::Invalid("`note` must be at most 1000 characters".into()).into());
    }
    if !super::play::plausible_id(id) {
        return Err(Refusal::NotFound.into());
    }
    let _write = store.write.lock().await;
    let done = sqlx::query(
        "UPDATE quiz_reports SET status = 'done', note = $1 WHERE id = $2 \
         AND programme_id IN (SELECT id FROM quiz_programmes WHERE trainer_id = $3)",
    )
    .bind(note)
    .bind(id)
    .bind(&trainer.id)
    .execute(&store.pool)
    .await?;
    if done.rows_affected() == 0 { Err(Refusal::NotFound.into()) } else { Ok(()) }
}

/// A CSV field: quoted when it holds the separator, a quote or a line break; a text that
/// Excel would take for a formula (`=`, `+`, `-`, `@` first) starts with an apostrophe.
fn field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) { format!("'{text}") } else { text.to_string() };
    if text.contains([';', '"', '\n', '\r']) { format!("\"{}\"", text.replace('"', "\"\"")) } else { text }
}

/// The figures as CSV for German Excel: `;` separated, decimal comma, UTF-8 with BOM, CRLF.
pub fn to_csv(analytics: &Analytics, lang: Locale) -> String {
    let mut out = String::from("\u{feff}");
    let heading = match lang {
        Locale::De => "Bereich;Schlüssel;Name;Beantwortet;Richtig;Quote;Zeitüberschreitungen",
        Locale::En => "Section;Key;Name;Answered;Correct;Rate;Timeouts",
    };
    out.push_str(heading);
    out.push_str("\r\n");
    let mut row = |section: &str, rate: &Rate, name: &str, timeouts: Option<u32>| {
        let share = rate.rate.map(|r| format::decimal(r, 4, lang)).unwrap_or_default();
        out.push_str(&format!(
            "{};{};{};{};{};{};{}\r\n",
            field(section),
            field(&rate.key),
            field(name),
            rate.answered,
            rate.correct,
            share,
            timeouts.map(|t| t.to_string()).unwrap_or_default()
        ));
    };
    let (topic, participant, team, week, catch_up, question) = match lang {
        Locale::De => ("Thema", "Teilnehmer", "Team", "Woche", "Nachholbedarf", "Frage"),
        Locale::En => ("Topic", "Participant", "Team", "Week", "Catch-up", "Question"),
    };
    for r in &analytics.by_topic {
        row(topic, r, &r.name, None);
    }
    for r in &analytics.catch_up {
        row(catch_up, r, &r.name, None);
    }
    for r in &analytics.by_participant {
        row(participant, r, &r.name, None);
    }
    for r in &analytics.by_team {
        row(team, r, &r.name, None);
    }
    for r in &analytics.by_week {
        row(week, r, &r.name, None);
    }
    for q in &analytics.questions {
        row(question, &q.rate, &q.question, Some(q.timeouts));
    }
    let option = if lang == Locale::De { "Antwort" } else { "Option" };
    for q in &analytics.questions {
        for (i, o) in q.options.iter().enumerate() {
            let mark = if o.correct { " ✓" } else { "" };
            out.push_str(&format!(
                "{};{};{};{};;;\r\n",
                option,
                field(&format!("{}#{}", q.id, i + 1)),
                field(&format!("{}{mark}", o.text)),
                o.chosen
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_weeks_by_the_calendar() {
        // 2026-12-06 12:00 UTC is a Sunday of ISO week 49; 2027-01-01 a Friday of 2026-W53;
        // 2024-12-30 a Monday of 2025-W01 (checked against a printed calendar).
        assert_eq!(iso_week(1_796_558_400_000), "2026-W49");
        assert_eq!(iso_week(1_798_761_600_000), "2026-W53");
        assert_eq!(iso_week(1_735_560_000_000), "2025-W01");
        assert_eq!(days_from_civil(2026, 12, 6), 20_793);
        assert_eq!(civil(20_793), (2026, 12, 6));
    }

    #[test]
    fn csv_fields_are_quoted_for_excel() {
        assert_eq!(field("a;b"), "\"a;b\"");
        assert_eq!(field("sagt \"ja\""), "\"sagt \"\"ja\"\"\"");
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("-5"), "'-5");
    }
}
