//! A problem found in an input file: where, which field, what was found, what is allowed.

use std::fmt;
use std::path::PathBuf;

use serde::Serialize;

use crate::model::format::Locale;
use crate::scenario::phrase::Phrase;

/// Defines [`Code`] with its text and the list of all codes.
macro_rules! codes {
    ($($variant:ident = $text:literal,)*) => {
        /// The stable code of a problem; its text (`E-SYNTAX`, `W-CAPACITY`) is what files,
        /// JSON and docs show, and every code is listed in docs/scenario-format.md.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code {
            $(
                #[doc = $text]
                $variant,
            )*
        }

        impl Code {
            /// Every code, in the order defined.
            pub const ALL: &[Code] = &[$(Code::$variant,)*];

            /// The code's text, e.g. `E-SYNTAX`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $text,)*
                }
            }
        }
    };
}

codes! {
    BranchReplay = "E-BRANCH-REPLAY",
    BranchYear = "E-BRANCH-YEAR",
    Count = "E-COUNT",
    DuplicateDecisions = "E-DUPLICATE-DECISIONS",
    DuplicateField = "E-DUPLICATE-FIELD",
    DuplicateId = "E-DUPLICATE-ID",
    Empty = "E-EMPTY",
    FormatVersion = "E-FORMAT-VERSION",
    IdFormat = "E-ID-FORMAT",
    Inconsistent = "E-INCONSISTENT",
    Internal = "E-INTERNAL",
    MissingField = "E-MISSING-FIELD",
    NoGame = "E-NO-GAME",
    NotScenario = "E-NOT-SCENARIO",
    NotUtf8 = "E-NOT-UTF8",
    Precision = "E-PRECISION",
    Preview = "E-PREVIEW",
    Range = "E-RANGE",
    Read = "E-READ",
    SaveLedger = "E-SAVE-LEDGER",
    SaveMismatch = "E-SAVE-MISMATCH",
    SaveVersion = "E-SAVE-VERSION",
    SaveYear = "E-SAVE-YEAR",
    ScenarioVersion = "E-SCENARIO-VERSION",
    Syntax = "E-SYNTAX",
    Truncated = "E-TRUNCATED",
    Type = "E-TYPE",
    Unbalanced = "E-UNBALANCED",
    UnknownField = "E-UNKNOWN-FIELD",
    UnknownRef = "E-UNKNOWN-REF",
    UnknownVariant = "E-UNKNOWN-VARIANT",
    Year = "E-YEAR",
    Capacity = "W-CAPACITY",
    Economy = "W-ECONOMY",
    RateOrder = "W-RATE-ORDER",
    Translation = "W-TRANSLATION",
}

impl Code {
    /// The Fluent message that says in plain words what the code means
    /// (`ui_issue_e_range` for `E-RANGE`), for the game's status line and `check`.
    pub fn sentence_key(self) -> String {
        format!("ui_issue_{}", self.as_str().to_lowercase().replace('-', "_"))
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl PartialEq<&str> for Code {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// Whether a problem blocks (error) or only informs (warning).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Severity {
    /// Blocks: the file cannot be used until it is fixed.
    Error,
    /// Informs: the file can still be used, as it is or with the value held to its limit.
    Warning,
}

/// One problem in a scenario, decision or save file, or in a proposed decision.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Issue {
    /// Stable code, e.g. `E-SYNTAX` or `W-CAPACITY`; every code is listed in docs.
    pub code: Code,
    /// Whether the problem blocks or only informs.
    pub severity: Severity,
    /// File the problem is in, when there is one.
    pub file: Option<PathBuf>,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    /// Sheet and cell of a spreadsheet, e.g. `Bilanz (Balance sheet)!E7`, when the input is one.
    pub cell: Option<String>,
    /// Field path, e.g. `segments[1].reference_price`.
    pub path: String,
    /// What was found.
    pub found: Phrase,
    /// What is allowed.
    pub allowed: Phrase,
}

impl Issue {
    /// An error without a location yet.
    pub fn error(code: Code, path: impl Into<String>, found: impl Into<Phrase>, allowed: impl Into<Phrase>) -> Issue {
        Issue {
            code,
            severity: Severity::Error,
            file: None,
            line: None,
            column: None,
            cell: None,
            path: path.into(),
            found: found.into(),
            allowed: allowed.into(),
        }
    }

    /// A warning without a location yet.
    pub fn warning(code: Code, path: impl Into<String>, found: impl Into<Phrase>, allowed: impl Into<Phrase>) -> Issue {
        Issue { severity: Severity::Warning, ..Issue::error(code, path, found, allowed) }
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl Issue {
    /// The issue on one line in `lang`, as tools read it:
    /// `file:line:column: error[E-RANGE] path: found …; allowed: …`.
    pub fn line(&self, lang: Locale) -> String {
        let mut out = String::new();
        if let Some(file) = &self.file {
            out.push_str(&file.display().to_string());
            if let Some(line) = self.line {
                out.push_str(&format!(":{line}"));
                if let Some(column) = self.column {
                    out.push_str(&format!(":{column}"));
                }
            }
            if let Some(cell) = &self.cell {
                out.push_str(&format!(" [{cell}]"));
            }
            out.push_str(": ");
        }
        let severity = match self.severity {
            Severity::Error => "ph_error",
            Severity::Warning => "ph_warning",
        };
        out.push_str(&format!("{}[{}]", Phrase::words(severity).render(lang), self.code));
        if !self.path.is_empty() {
            out.push_str(&format!(" {}", self.path));
        }
        let details =
            Phrase::words("ph_found_allowed").arg("found", self.found.clone()).arg("allowed", self.allowed.clone());
        out.push_str(&format!(": {}", details.render(lang)));
        out
    }
}

/// The English line ([`Issue::line`]).
impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.line(Locale::En))
    }
}

/// Every issue of one input, errors first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Issues(pub Vec<Issue>);

impl Issues {
    /// True when any issue blocks.
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Issue::is_error)
    }

    /// Every issue on its line ([`Issue::line`]) in `lang`.
    pub fn lines(&self, lang: Locale) -> String {
        self.0.iter().map(|issue| issue.line(lang) + "\n").collect()
    }
}

impl fmt::Display for Issues {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for issue in &self.0 {
            writeln!(f, "{issue}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Issues {}
