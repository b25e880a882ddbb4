//! The quiz's question bank: questions in German and English, four options each, with an
//! explanation and a glossary entry, read from trainer-editable RON files (the shipped ones
//! under assets/quiz/, a programme's own added by its trainer) and validated with located
//! problems like every other file of the game.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::model::format::Locale;
use crate::scenario::{Code, Issue, Issues, Phrase};

/// The version of the question-file format this Mehrwert reads.
pub const QUIZ_FORMAT_VERSION: u32 = 1;

/// The options of every question.
pub const OPTIONS: usize = 4;

/// The longest question a phone shows without scrolling past the options (characters).
const MAX_QUESTION: usize = 400;
/// The longest option that fits a button on a phone (characters).
const MAX_OPTION: usize = 140;
/// The longest explanation (characters).
const MAX_EXPLANATION: usize = 700;

/// The eight topics of the module "Finanziellen Mehrwert darstellen".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Topic {
    /// Finanzierungsgrundlagen: equity, debt, interest, leverage, cost of capital.
    Financing,
    /// Kostenrechnung: fixed and variable costs, contribution margin, break-even.
    CostAccounting,
    /// Bilanz und GuV: the statements and how they connect.
    Statements,
    /// Kundenkennzahlen: margins, returns, DSO/DIO/DPO, ratios of a customer.
    CustomerKpis,
    /// Wertschöpfungskette des Kunden: where an offer acts in the customer's business.
    ValueChain,
    /// Economic Value Added: NOPAT, capital employed, WACC, spread.
    Eva,
    /// Investitionsrechnung: NPV, IRR, payback.
    Appraisal,
    /// Kundenspezifische Wertbotschaft: turning an offer into the customer's value.
    ValueMessage,
}

impl Topic {
    /// Every topic, in the module's order.
    pub const ALL: [Topic; 8] = [
        Topic::Financing,
        Topic::CostAccounting,
        Topic::Statements,
        Topic::CustomerKpis,
        Topic::ValueChain,
        Topic::Eva,
        Topic::Appraisal,
        Topic::ValueMessage,
    ];

    /// The stable key used in URLs, the database and CSV exports (`customer_kpis`).
    pub fn key(self) -> &'static str {
        match self {
            Topic::Financing => "financing",
            Topic::CostAccounting => "cost_accounting",
            Topic::Statements => "statements",
            Topic::CustomerKpis => "customer_kpis",
            Topic::ValueChain => "value_chain",
            Topic::Eva => "eva",
            Topic::Appraisal => "appraisal",
            Topic::ValueMessage => "value_message",
        }
    }

    /// The topic of a key, `None` for an unknown one.
    pub fn from_key(key: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|t| t.key() == key)
    }

    /// The topic's name in `lang` (Fluent `quiz_topic_<key>`).
    pub fn name(self, lang: Locale) -> String {
        crate::i18n::message(&format!("quiz_topic_{}", self.key()), lang, &[])
    }
}

/// A question in one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionText {
    /// The question.
    pub question: String,
    /// Exactly four options, in the order written (the server shuffles them per player).
    pub options: Vec<String>,
    /// The correct option, word for word as among `options`.
    pub answer: String,
    /// Why the answer is right, in two or three sentences.
    pub explanation: String,
}

/// One question of the bank.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable id (lowercase letters, digits and `_`): answers and reports refer to it.
    pub id: String,
    /// The topic it trains.
    pub topic: Topic,
    /// The glossary entry behind it (a key of the game's glossary, e.g. `wacc`).
    pub glossary: String,
    /// The German text.
    pub de: QuestionText,
    /// The English text.
    pub en: QuestionText,
}

impl Question {
    /// The text in `lang`.
    pub fn text(&self, lang: Locale) -> &QuestionText {
        match lang {
            Locale::De => &self.de,
            Locale::En => &self.en,
        }
    }

    /// The position of the correct option among `options` (the same in both languages
    /// once validated).
    pub fn correct(&self) -> usize {
        self.de.options.iter().position(|o| *o == self.de.answer).unwrap_or(0)
    }
}

/// A question file as written.
#[derive(Debug, Deserialize)]
#[serde(rename = "Quiz", deny_unknown_fields)]
struct RawBank {
    quiz_format_version: u32,
    questions: Vec<Question>,
}

/// The shipped question files, one per topic, embedded in the binary.
pub const SHIPPED: [(&str, &str); 8] = [
    ("assets/quiz/finanzierung.ron", include_str!("../../assets/quiz/finanzierung.ron")),
    ("assets/quiz/kostenrechnung.ron", include_str!("../../assets/quiz/kostenrechnung.ron")),
    ("assets/quiz/bilanz-guv.ron", include_str!("../../assets/quiz/bilanz-guv.ron")),
    ("assets/quiz/kundenkennzahlen.ron", include_str!("../../assets/quiz/kundenkennzahlen.ron")),
    ("assets/quiz/wertschoepfungskette.ron", include_str!("../../assets/quiz/wertschoepfungskette.ron")),
    ("assets/quiz/eva.ron", include_str!("../../assets/quiz/eva.ron")),
    ("assets/quiz/investitionsrechnung.ron", include_str!("../../assets/quiz/investitionsrechnung.ron")),
    ("assets/quiz/wertbotschaft.ron", include_str!("../../assets/quiz/wertbotschaft.ron")),
];

/// Parses and validates one question file; `known` are the ids already in the bank it joins
/// (a repeated id is refused). `file` names the file in every problem.
pub fn parse_questions(text: &str, file: Option<&Path>, known: &[&str]) -> Result<Vec<Question>, Issues> {
    let raw: RawBank = crate::scenario::load::parse_ron(text, file)?;
    let mut issues = Vec::new();
    if raw.quiz_format_version != QUIZ_FORMAT_VERSION {
        let allowed = Phrase::words("ph_quiz_version").arg("version", QUIZ_FORMAT_VERSION.to_string());
        issues.push(Issue::error(
            Code::FormatVersion,
            "quiz_format_version",
            raw.quiz_format_version.to_string(),
            allowed,
        ));
    }
    if raw.questions.is_empty() {
        issues.push(Issue::error(
            Code::Empty,
            "questions",
            Phrase::words("ph_quiz_none"),
            Phrase::words("ph_quiz_some"),
        ));
    }
    for (i, question) in raw.questions.iter().enumerate() {
        let at = format!("questions[{i}]");
        if question.id.is_empty()
            || question.id.len() > 60
            || !question.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            || super::generate::is_generated(&question.id)
        {
            issues.push(Issue::error(
                Code::IdFormat,
                format!("{at}.id"),
                question.id.clone(),
                Phrase::words("ph_quiz_id"),
            ));
        }
        if raw.questions[..i].iter().any(|other| other.id == question.id) || known.contains(&question.id.as_str()) {
            issues.push(Issue::error(
                Code::DuplicateId,
                format!("{at}.id"),
                question.id.clone(),
                Phrase::words("ph_quiz_unique_id"),
            ));
        }
        if crate::glossary::entry(&question.glossary, Locale::De).is_none() {
            issues.push(Issue::error(
                Code::UnknownRef,
                format!("{at}.glossary"),
                Phrase::quote(question.glossary.clone()),
                Phrase::words("ph_quiz_glossary"),
            ));
        }
        for (lang, text) in [("de", &question.de), ("en", &question.en)] {
            check_text(&mut issues, &format!("{at}.{lang}"), text);
        }
        let position = |t: &QuestionText| t.options.iter().position(|o| *o == t.answer);
        if let (Some(de), Some(en)) = (position(&question.de), position(&question.en))
            && de != en
        {
            issues.push(Issue::error(
                Code::Inconsistent,
                format!("{at}.en.answer"),
                Phrase::words("ph_quiz_answer_position")
                    .arg("en", (en + 1).to_string())
                    .arg("de", (de + 1).to_string()),
                Phrase::words("ph_quiz_same_position"),
            ));
        }
    }
    if issues.is_empty() { Ok(raw.questions) } else { Err(crate::scenario::located(issues, text, file)) }
}

/// The problems of one language's text: four distinct options, the answer among them, no
/// empty or overlong text.
fn check_text(issues: &mut Vec<Issue>, at: &str, text: &QuestionText) {
    for (field, value, max) in
        [("question", &text.question, MAX_QUESTION), ("explanation", &text.explanation, MAX_EXPLANATION)]
    {
        check_length(issues, &format!("{at}.{field}"), value, max);
    }
    if text.options.len() != OPTIONS {
        issues.push(Issue::error(
            Code::Count,
            format!("{at}.options"),
            Phrase::words("ph_quiz_options_found").count("count", text.options.len()),
            Phrase::words("ph_quiz_four_options"),
        ));
    }
    for (j, option) in text.options.iter().enumerate() {
        check_length(issues, &format!("{at}.options[{j}]"), option, MAX_OPTION);
        if text.options[..j].iter().any(|o| o.trim() == option.trim()) {
            issues.push(Issue::error(
                Code::DuplicateId,
                format!("{at}.options[{j}]"),
                Phrase::quote(option.clone()),
                Phrase::words("ph_quiz_distinct_options"),
            ));
        }
    }
    if !text.options.contains(&text.answer) {
        issues.push(Issue::error(
            Code::UnknownRef,
            format!("{at}.answer"),
            Phrase::quote(text.answer.clone()),
            Phrase::words("ph_quiz_answer_among"),
        ));
    }
}

fn check_length(issues: &mut Vec<Issue>, at: &str, value: &str, max: usize) {
    let length = value.chars().count();
    if value.trim().is_empty() {
        issues.push(Issue::error(Code::Empty, at, Phrase::words("ph_empty_text"), Phrase::words("ph_quiz_text")));
    } else if length > max {
        issues.push(Issue::error(
            Code::Range,
            at,
            Phrase::words("ph_quiz_chars").count("count", length),
            Phrase::words("ph_quiz_at_most_chars").count("count", max),
        ));
    }
}

/// The whole bank: the shipped files, then `extra` files (a programme's own questions).
#[derive(Clone, Debug, Default)]
pub struct Bank {
    /// Every question, shipped first.
    pub questions: Vec<Question>,
}

impl Bank {
    /// The shipped bank. A broken shipped file is a build error caught by the tests; here it
    /// leaves that file's questions out rather than stopping the server.
    pub fn shipped() -> Bank {
        let mut bank = Bank::default();
        for (path, text) in SHIPPED {
            let known: Vec<&str> = bank.questions.iter().map(|q| q.id.as_str()).collect();
            if let Ok(questions) = parse_questions(text, Some(Path::new(path)), &known) {
                bank.questions.extend(questions);
            }
        }
        bank
    }

    /// The ids in the bank.
    pub fn ids(&self) -> Vec<&str> {
        self.questions.iter().map(|q| q.id.as_str()).collect()
    }

    /// The question with `id`.
    pub fn get(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// The questions of `topic`.
    pub fn of(&self, topic: Topic) -> impl Iterator<Item = &Question> {
        self.questions.iter().filter(move |q| q.topic == topic)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_bank_is_valid_and_covers_every_topic() {
        let mut ids: Vec<String> = Vec::new();
        for (path, text) in SHIPPED {
            let known: Vec<&str> = ids.iter().map(String::as_str).collect();
            let questions =
                parse_questions(text, Some(Path::new(path)), &known).unwrap_or_else(|issues| panic!("{issues}"));
            ids.extend(questions.into_iter().map(|q| q.id));
        }
        let bank = Bank::shipped();
        assert_eq!(bank.questions.len(), ids.len());
        assert!(bank.questions.len() >= 240, "{} questions", bank.questions.len());
        for topic in Topic::ALL {
            assert!(bank.of(topic).count() >= 25, "{topic:?}: {}", bank.of(topic).count());
        }
    }

    #[test]
    fn every_problem_is_located() {
        let text = r#"(quiz_format_version: 1, questions: [
    (id: "a", topic: Eva, glossary: "eva",
     de: (question: "F?", options: ["x", "y", "z", "w"], answer: "x", explanation: "E."),
     en: (question: "Q?", options: ["x", "y", "z", "w"], answer: "y", explanation: "E.")),
    (id: "a", topic: Eva, glossary: "no_such_entry",
     de: (question: "F?", options: ["x", "y", "z"], answer: "q", explanation: ""),
     en: (question: "Q?", options: ["x", "x", "z", "w"], answer: "x", explanation: "E.")),
])"#;
        let issues = parse_questions(text, Some(Path::new("fragen.ron")), &[]).err().unwrap_or_default();
        let out = issues.lines(Locale::En);
        for expected in [
            "fragen.ron:4:66: error[E-INCONSISTENT] questions[0].en.answer",
            "fragen.ron:5:10: error[E-DUPLICATE-ID] questions[1].id",
            "fragen.ron:5:37: error[E-UNKNOWN-REF] questions[1].glossary",
            "fragen.ron:6:36: error[E-COUNT] questions[1].de.options",
            "fragen.ron:6:61: error[E-UNKNOWN-REF] questions[1].de.answer",
            "fragen.ron:6:79: error[E-EMPTY] questions[1].de.explanation",
            "fragen.ron:7:42: error[E-DUPLICATE-ID] questions[1].en.options[1]",
        ] {
            assert!(out.contains(expected), "{expected} missing in\n{out}");
        }
        let known = parse_questions(
            text.replace("id: \"a\", topic: Eva, glossary: \"no", "id: \"b\", topic: Eva, glossary: \"no").as_str(),
            None,
            &["a"],
        );
        assert!(known.err().unwrap_or_default().lines(Locale::En).contains("questions[0].id"));
    }
}
