//! What an issue found and what it allows, as typed words: a Fluent message with its
//! arguments, or a value quoted from the input, so that `check --lang de`, the game and
//! the JSON each say it in their language and nothing has to parse a message text.

use std::fmt;

use serde::Serialize;

use crate::i18n::{Arg, message};
use crate::model::format::Locale;

/// The `found` or `allowed` part of an [`crate::scenario::Issue`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Phrase {
    /// A value as the input wrote it or as every language shows it (`"Key Accounts"`,
    /// `-5.000,00 €`, `` `yeers` ``): never translated.
    Quote(String),
    /// The Fluent message `id` (every id starts with `ph_`) with its arguments.
    Words(&'static str, Vec<(&'static str, Piece)>),
}

/// One argument of a [`Phrase::Words`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// A value, the same in every language.
    Text(String),
    /// A count: shown as the number and selecting the plural form.
    Count(u64),
    /// Words of their own, rendered in the same language first.
    Phrase(Phrase),
}

impl Phrase {
    /// The message `id` without arguments yet.
    pub fn words(id: &'static str) -> Phrase {
        Phrase::Words(id, Vec::new())
    }

    /// A value quoted as it is.
    pub fn quote(value: impl Into<String>) -> Phrase {
        Phrase::Quote(value.into())
    }

    /// Adds the argument `name` (words only; a quote stays as it is).
    pub fn arg(mut self, name: &'static str, value: impl Into<Piece>) -> Phrase {
        if let Phrase::Words(_, args) = &mut self {
            args.push((name, value.into()));
        }
        self
    }

    /// Adds the count `name`, which also selects the plural form.
    pub fn count(self, name: &'static str, count: impl TryInto<u64>) -> Phrase {
        self.arg(name, Piece::Count(count.try_into().unwrap_or(u64::MAX)))
    }

    /// The phrase in `lang`.
    pub fn render(&self, lang: Locale) -> String {
        match self {
            Phrase::Quote(text) => text.clone(),
            Phrase::Words(id, args) => {
                let args: Vec<(&'static str, Arg)> = args
                    .iter()
                    .map(|(name, piece)| {
                        let value = match piece {
                            Piece::Text(text) => Arg::from(text.clone()),
                            Piece::Count(n) => Arg::from(*n),
                            Piece::Phrase(phrase) => Arg::from(phrase.render(lang)),
                        };
                        (*name, value)
                    })
                    .collect();
                message(id, lang, &args)
            }
        }
    }

    /// True for an empty quote (nothing said yet).
    pub fn is_empty(&self) -> bool {
        matches!(self, Phrase::Quote(text) if text.is_empty())
    }
}

impl From<String> for Phrase {
    fn from(value: String) -> Phrase {
        Phrase::Quote(value)
    }
}

impl From<String> for Piece {
    fn from(value: String) -> Piece {
        Piece::Text(value)
    }
}

impl From<&str> for Piece {
    fn from(value: &str) -> Piece {
        Piece::Text(value.to_string())
    }
}

impl From<Phrase> for Piece {
    fn from(value: Phrase) -> Piece {
        Piece::Phrase(value)
    }
}

/// English, as the JSON and the tools' line format carry it.
impl fmt::Display for Phrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Locale::En))
    }
}

/// The JSON carries the English text, as it always has.
impl Serialize for Phrase {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.render(Locale::En))
    }
}

impl PartialEq<&str> for Phrase {
    fn eq(&self, other: &&str) -> bool {
        self.render(Locale::En) == *other
    }
}

impl Phrase {
    /// Whether the English text contains `part` (for tests and callers that look for a
    /// value inside, never for a message's words).
    pub fn contains(&self, part: &str) -> bool {
        self.render(Locale::En).contains(part)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_render_in_each_language_with_nested_phrases_and_plurals() {
        let one = Phrase::words("ph_n_segments").count("count", 1u64);
        let many = Phrase::words("ph_n_segments").count("count", 3u64);
        assert_eq!(one.render(Locale::En), "1 segment");
        assert_eq!(many.render(Locale::En), "3 segments");
        assert_eq!(many.render(Locale::De), "3 Segmente");
        let exactly = Phrase::words("ph_count_exactly").arg("n", many);
        assert_eq!(exactly.render(Locale::En), "exactly 3 segments");
        assert_eq!(exactly.render(Locale::De), "genau 3 Segmente");
        assert_eq!(Phrase::quote("\"x\"").render(Locale::De), "\"x\"");
    }
}
