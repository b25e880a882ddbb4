//! What a file in the load list holds, read without loading it: a session's scenario, year,
//! mode and teams, a save game's scenario and year, or a scenario's name — with the time it
//! was last written, so a trainer finds this morning's workshop among last week's.

use std::path::Path;
use std::time::SystemTime;

use serde::Deserialize;

use super::session::{GameSetup, Mode};
use super::text::{tr, tr_args};
use crate::i18n::Arg;
use crate::model::format::Locale;

/// A scenario's name as written, and in English where the scenario has it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Title {
    /// As the scenario writes it.
    pub written: String,
    /// Its English, if the scenario has one.
    pub english: Option<String>,
}

impl Title {
    fn of(name: String, english: &std::collections::BTreeMap<String, String>) -> Title {
        Title { english: english.get(&name).cloned(), written: name }
    }

    /// The name in `lang`.
    pub fn say(&self, lang: Locale) -> &str {
        match (lang, &self.english) {
            (Locale::En, Some(english)) => english,
            _ => &self.written,
        }
    }
}

impl From<&str> for Title {
    fn from(name: &str) -> Title {
        Title { written: name.to_string(), english: None }
    }
}

/// What kind of file it is and what it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Contents {
    /// A game with its desk (the autosave, a saved game).
    Session {
        /// The scenario's display name.
        scenario: Title,
        /// The last closed year (0 before year 1).
        year: u32,
        /// The scenario's number of years.
        years: u32,
        /// Who plays.
        setup: GameSetup,
        /// The company names, by id, for the teams.
        companies: Vec<(String, String)>,
    },
    /// A bare save game (from the command line).
    Save {
        /// The scenario's display name.
        scenario: Title,
        /// The last closed year.
        year: u32,
        /// The scenario's number of years.
        years: u32,
    },
    /// A practice file of a finished workshop.
    Practice {
        /// The workshop's name.
        workshop: String,
        /// The team's name.
        team: String,
        /// The scenario's display name.
        scenario: Title,
    },
    /// A scenario file.
    Scenario {
        /// Its display name.
        name: Title,
    },
    /// A customer's annual report for the value lab (RON).
    CustomerReport {
        /// The company.
        company: String,
        /// The fiscal year.
        year: u16,
    },
    /// A value case of the lab.
    ValueCase {
        /// The offer's name.
        title: String,
        /// The customer.
        company: String,
    },
    /// A workbook (the lab's template for a customer's figures).
    Workbook,
    /// Something else, or damaged: opening it explains what is wrong.
    Unknown,
}

impl Contents {
    /// True for the value lab's files: a customer's report, a value case, a workbook.
    pub fn is_lab_file(&self) -> bool {
        matches!(self, Contents::CustomerReport { .. } | Contents::ValueCase { .. } | Contents::Workbook)
    }
}

/// One file of the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileSummary {
    /// What it holds.
    pub contents: Contents,
    /// When it was last written.
    pub modified: Option<SystemTime>,
}

#[derive(Deserialize)]
struct SessionHead {
    #[allow(dead_code, reason = "required only to tell the kinds of file apart")]
    session_format_version: u32,
    setup: GameSetup,
    game: SaveHead,
}

#[derive(Deserialize)]
struct SaveHead {
    #[allow(dead_code, reason = "required only to tell the kinds of file apart")]
    format_version: u32,
    scenario: ScenarioHead,
    year: u32,
}

#[derive(Deserialize)]
struct ScenarioHead {
    name: String,
    years: u32,
    #[serde(default)]
    companies: Vec<CompanyHead>,
    #[serde(default)]
    english: std::collections::BTreeMap<String, String>,
}

#[derive(Deserialize)]
struct ScenarioFileHead {
    #[allow(dead_code, reason = "required only to tell the kinds of file apart")]
    scenario_format_version: u32,
    name: String,
    #[serde(default)]
    english: std::collections::BTreeMap<String, String>,
}

#[derive(Deserialize)]
struct PracticeHead {
    #[allow(dead_code, reason = "required only to tell the kinds of file apart")]
    practice_format_version: u32,
    workshop: String,
    team: String,
    scenario: ScenarioFileHead,
}

#[derive(Deserialize)]
struct ReportHead {
    company: String,
    year: u16,
    #[allow(dead_code, reason = "required only to tell the kinds of file apart")]
    cost_of_equity: serde::de::IgnoredAny,
    #[allow(dead_code, reason = "required only to tell the kinds of file apart")]
    opening: serde::de::IgnoredAny,
}

#[derive(Deserialize)]
struct CaseHead {
    #[allow(dead_code, reason = "required only to tell the kinds of file apart")]
    value_case_format_version: u32,
    title: String,
    customer: CustomerHead,
}

#[derive(Deserialize)]
struct CustomerHead {
    company: String,
}

#[derive(Deserialize)]
struct CompanyHead {
    id: String,
    name: String,
}

/// The contents of `text`: fields not needed are skipped, so this reads any version of the
/// formats that still has them.
pub fn contents(text: &str) -> Contents {
    if let Ok(p) = ron::from_str::<PracticeHead>(text) {
        let scenario = Title::of(p.scenario.name, &p.scenario.english);
        return Contents::Practice { workshop: p.workshop, team: p.team, scenario };
    }
    if let Ok(mut s) = ron::from_str::<SessionHead>(text) {
        let companies = std::mem::take(&mut s.game.scenario.companies).into_iter().map(|c| (c.id, c.name)).collect();
        return Contents::Session {
            scenario: Title::of(s.game.scenario.name, &s.game.scenario.english),
            year: s.game.year,
            years: s.game.scenario.years,
            setup: s.setup,
            companies,
        };
    }
    if let Ok(s) = ron::from_str::<SaveHead>(text) {
        return Contents::Save {
            scenario: Title::of(s.scenario.name, &s.scenario.english),
            year: s.year,
            years: s.scenario.years,
        };
    }
    if let Ok(s) = ron::from_str::<ScenarioFileHead>(text) {
        return Contents::Scenario { name: Title::of(s.name, &s.english) };
    }
    if let Ok(c) = ron::from_str::<CaseHead>(text) {
        return Contents::ValueCase { title: c.title, company: c.customer.company };
    }
    if let Ok(r) = ron::from_str::<ReportHead>(text) {
        return Contents::CustomerReport { company: r.company, year: r.year };
    }
    Contents::Unknown
}

/// The summary of the file at `path` (an unreadable file is [`Contents::Unknown`]).
pub fn summarise(path: &Path) -> FileSummary {
    let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok();
    if crate::scenario::customer::workbook::is_workbook(path) {
        return FileSummary { contents: Contents::Workbook, modified };
    }
    let contents = std::fs::read_to_string(path).map_or(Contents::Unknown, |text| contents(&text));
    FileSummary { contents, modified }
}

impl Contents {
    /// "Mittelstand: Pumpen und Armaturen", or the kind of file.
    pub fn title(&self, lang: Locale) -> String {
        match self {
            Contents::Session { scenario, .. } | Contents::Save { scenario, .. } => scenario.say(lang).to_string(),
            Contents::Scenario { name } => format!("{}: {}", tr("file_scenario", lang), name.say(lang)),
            Contents::Practice { workshop, team, .. } => tr_args(
                "file_practice",
                lang,
                &[("workshop", Arg::from(workshop.clone())), ("team", Arg::from(team.clone()))],
            ),
            Contents::CustomerReport { company, year } => tr_args(
                "file_customer_report",
                lang,
                &[("company", Arg::from(company.clone())), ("year", Arg::from(year.to_string()))],
            ),
            Contents::ValueCase { title, company } => tr_args(
                "file_value_case",
                lang,
                &[("title", Arg::from(title.clone())), ("company", Arg::from(company.clone()))],
            ),
            Contents::Workbook => tr("file_workbook", lang).to_string(),
            Contents::Unknown => tr("file_unknown", lang).to_string(),
        }
    }

    /// "GJ 2 von 6 gespielt", or nothing for a scenario.
    pub fn progress(&self, lang: Locale) -> String {
        match self {
            Contents::Session { year, years, .. } | Contents::Save { year, years, .. } => tr_args(
                "file_progress",
                lang,
                &[("year", Arg::from(u64::from(*year))), ("years", Arg::from(u64::from(*years)))],
            ),
            // A practice: the scenario it plays.
            Contents::Practice { scenario, .. } => scenario.say(lang).to_string(),
            _ => String::new(),
        }
    }

    /// "Solo · Rheintal Antriebstechnik GmbH" or "Workshop · 3 Teams: Blau, Rot, Grün".
    pub fn players(&self, lang: Locale) -> String {
        let Contents::Session { setup, companies, .. } = self else { return String::new() };
        let company = |id: &str| companies.iter().find(|(c, _)| c == id).map_or(id.to_string(), |(_, n)| n.clone());
        match setup.mode {
            Mode::Solo => {
                let name = setup.teams.first().map(|t| company(&t.company)).unwrap_or_default();
                format!("{} · {name}", tr("mode_solo", lang))
            }
            Mode::Workshop => {
                let names: Vec<&str> = setup.teams.iter().map(|t| t.name.as_str()).collect();
                let teams = tr_args(
                    "file_teams",
                    lang,
                    &[("count", Arg::from(names.len() as u64)), ("names", Arg::from(names.join(", ")))],
                );
                format!("{} · {teams}", tr("mode_workshop", lang))
            }
        }
    }
}

/// `time` in the computer's time zone, as the language writes it: "04.12.2026 21:30" or
/// "2026-12-04 21:30".
pub fn written_at(time: SystemTime, lang: Locale) -> String {
    let Ok(stamp) = jiff::Timestamp::try_from(time) else { return String::new() };
    let zoned = stamp.to_zoned_datetime(jiff::tz::TimeZone::system());
    let format = match lang {
        Locale::De => "%d.%m.%Y %H:%M",
        Locale::En => "%Y-%m-%d %H:%M",
    };
    zoned.strftime(format).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_save_and_a_scenario_are_told_apart_and_garbage_is_unknown() {
        let save = "(format_version: 3, scenario: (scenario_format_version: 2, name: \"Intro\", years: 3, \
                    tax_rate: 0.3), seed: 7, year: 2, companies: [])";
        assert_eq!(contents(save), Contents::Save { scenario: "Intro".into(), year: 2, years: 3 });
        let scenario = "(scenario_format_version: 2, name: \"Einführung\", years: 3, tax_rate: 0.3, \
                        english: {\"Einführung\": \"Introduction\"})";
        let read = contents(scenario);
        assert_eq!(
            (read.title(Locale::De), read.title(Locale::En)),
            ("Szenario: Einführung".into(), "Scenario: Introduction".into())
        );
        let practice = "(practice_format_version: 1, workshop: \"Vertrieb Nord\", team: \"Blau\", company: \"a\", \
                        seed: 1, scenario: (scenario_format_version: 2, name: \"Einführung\", years: 3, \
                        english: {\"Einführung\": \"Introduction\"}), decisions: [])";
        let read = contents(practice);
        assert_eq!(
            (read.title(Locale::De), read.progress(Locale::En)),
            ("Übung gegen den Workshop „Vertrieb Nord“ (Blau)".into(), "Introduction".into())
        );
        assert_eq!(contents("(format_version: 3, scenario: (name: \"cut off"), Contents::Unknown);
        assert_eq!(contents(""), Contents::Unknown);
    }

    #[test]
    fn the_time_is_written_as_the_language_writes_dates() {
        // 2026-12-04 12:00:00 UTC; any time zone on Earth keeps the day within ±14 hours.
        let noon = SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_796_385_600);
        let de = written_at(noon, Locale::De);
        assert!(
            de.starts_with("04.12.2026 ") || de.starts_with("05.12.2026 ") || de.starts_with("03.12.2026 "),
            "{de}"
        );
        let en = written_at(noon, Locale::En);
        assert!(en.starts_with("2026-12-0"), "{en}");
        assert_eq!(de.len(), "04.12.2026 12:00".len());
    }
}
