//! The quiz's storage: trainers, programmes, participants, duels, answers, practice boxes
//! and reports in one SQL database — an embedded SQLite file by default, PostgreSQL for a
//! central server — through sqlx's `Any` driver, with one set of migrations that runs on
//! both. Every change is one transaction, committed before the server answers.

use serde::Serialize;
use sha2::{Digest, Sha256};
use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::migrate::Migrator;
use sqlx::{AnyPool, Executor};

/// The quiz's tables, version by version (the same SQL on SQLite and PostgreSQL).
const MIGRATIONS: [(i64, &str, &str); 2] = [
    (1, "quiz", include_str!("../../migrations/quiz/0001_quiz.sql")),
    (2, "games", include_str!("../../migrations/quiz/0002_games.sql")),
];

/// The database behind the quiz.
pub struct Store {
    /// The connections.
    pub(super) pool: AnyPool,
    /// Changes one at a time: SQLite has one writer, and a read-then-write decision (whose
    /// move, is the answer late) must not interleave with another.
    pub(super) write: tokio::sync::Mutex<()>,
}

/// A trainer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize, sqlx::FromRow)]
pub struct Trainer {
    /// Random id.
    pub id: String,
    /// Shown on the trainer's pages.
    pub name: String,
}

/// A programme: one group of participants with its invitation code and rules.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize, sqlx::FromRow)]
pub struct Programme {
    /// Random id.
    pub id: String,
    /// Its trainer.
    pub trainer_id: String,
    /// E.g. "KAM-Akademie Frühjahr".
    pub name: String,
    /// The code participants type or find in their invitation link, e.g. `MW-7K3Q-P9XD`.
    pub invite_code: String,
    /// Seconds to answer a question from the bank (calculation questions get three times).
    pub question_seconds: i64,
    /// Days a player may leave their move in a duel before it ends as their forfeit.
    pub forfeit_days: i64,
}

/// A participant of a programme.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize, sqlx::FromRow)]
pub struct Participant {
    /// Random id.
    pub id: String,
    /// Their programme.
    pub programme_id: String,
    /// The name they gave.
    pub name: String,
    /// Their workshop team ('' when none).
    pub team: String,
    /// `de` or `en`.
    pub lang: String,
    /// When they last looked at their duels.
    #[serde(skip)]
    pub seen_ms: i64,
}

/// Unix time in milliseconds.
pub fn now_ms() -> i64 {
    crate::workshop::host::now_ms()
}

/// SHA-256 of a token, hex.
pub fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// A new random id (96 bits, hex).
pub fn new_id() -> anyhow::Result<String> {
    Ok(crate::workshop::new_token()?[..24].to_string())
}

/// The letters of invitation codes: no 0/O, 1/I/L, easy to read aloud and type on a phone.
const CODE_LETTERS: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/// A new invitation code `MW-XXXX-XXXX` (40 bits of randomness).
fn new_invite_code() -> anyhow::Result<String> {
    let token = crate::workshop::new_token()?;
    let letters: String = token
        .as_bytes()
        .chunks(2)
        .take(8)
        .map(|pair| {
            let byte = u8::from_str_radix(std::str::from_utf8(pair).unwrap_or("00"), 16).unwrap_or(0);
            char::from(CODE_LETTERS[usize::from(byte) % CODE_LETTERS.len()])
        })
        .collect();
    Ok(format!("MW-{}-{}", &letters[..4], &letters[4..]))
}

/// An invitation code as typed: upper case, spaces and missing dashes forgiven.
pub fn normalise_code(code: &str) -> String {
    let letters: String = code.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_uppercase()).collect();
    match letters.strip_prefix("MW") {
        Some(rest) if rest.len() == 8 => format!("MW-{}-{}", &rest[..4], &rest[4..]),
        _ => code.trim().to_uppercase(),
    }
}

impl Store {
    /// Opens the database at `url` (`sqlite://file.db`, `postgres://…`) and brings its tables
    /// up to date. A SQLite file is created when missing; WAL mode, so a process killed at
    /// any moment loses no committed change.
    pub async fn open(url: &str) -> anyhow::Result<Store> {
        install_default_drivers();
        let sqlite = url.starts_with("sqlite:");
        let url = if sqlite { sqlite_url(url) } else { url.to_string() };
        let pool = AnyPoolOptions::new()
            .max_connections(if sqlite { 4 } else { 8 })
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if sqlite {
                        conn.execute("PRAGMA journal_mode = WAL").await?;
                        conn.execute("PRAGMA synchronous = NORMAL").await?;
                        // Checkpoints run in the background (below), not in an answer's commit:
                        // copying the log into the file took tens of milliseconds.
                        conn.execute("PRAGMA wal_autocheckpoint = 0").await?;
                        conn.execute("PRAGMA busy_timeout = 5000").await?;
                        conn.execute("PRAGMA foreign_keys = ON").await?;
                    }
                    Ok(())
                })
            })
            .connect(&url)
            .await
            .map_err(|e| anyhow::anyhow!("cannot open the quiz database {}: {e}", redact(&url)))?;
        Migrator::new(crate::db::Embedded(&MIGRATIONS)).await?.run(&pool).await?;
        if sqlite {
            let pool = pool.clone();
            tokio::spawn(async move {
                // PASSIVE: copies what no reader needs, never waits for or blocks a writer.
                while !pool.is_closed() {
                    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
                    if sqlx::query("PRAGMA wal_checkpoint(PASSIVE)").execute(&pool).await.is_err() {
                        break;
                    }
                }
            });
        }
        Ok(Store { pool, write: tokio::sync::Mutex::new(()) })
    }

    /// Closes the connections (every change is already committed).
    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Adds a trainer; returns them and their token (shown once, stored only as a hash).
    pub async fn add_trainer(&self, name: &str) -> anyhow::Result<(Trainer, String)> {
        let _write = self.write.lock().await;
        let trainer = Trainer { id: new_id()?, name: name.trim().to_string() };
        let token = crate::workshop::new_token()?;
        sqlx::query("INSERT INTO quiz_trainers (id, name, token_hash, created_ms) VALUES ($1, $2, $3, $4)")
            .bind(&trainer.id)
            .bind(&trainer.name)
            .bind(token_hash(&token))
            .bind(now_ms())
            .execute(&self.pool)
            .await?;
        Ok((trainer, token))
    }

    /// A new token for the trainer named `name` (created when there is none): returns the
    /// name and the token; an earlier token of theirs stops working.
    pub async fn trainer_link(&self, name: &str) -> anyhow::Result<(String, String)> {
        let existing: Option<(String,)> =
            sqlx::query_as("SELECT id FROM quiz_trainers WHERE name = $1 ORDER BY created_ms LIMIT 1")
                .bind(name)
                .fetch_optional(&self.pool)
                .await?;
        let Some((id,)) = existing else {
            let (trainer, token) = self.add_trainer(name).await?;
            return Ok((trainer.name, token));
        };
        let _write = self.write.lock().await;
        let token = crate::workshop::new_token()?;
        sqlx::query("UPDATE quiz_trainers SET token_hash = $1 WHERE id = $2")
            .bind(token_hash(&token))
            .bind(&id)
            .execute(&self.pool)
            .await?;
        Ok((name.to_string(), token))
    }

    /// How many trainers there are.
    pub async fn trainer_count(&self) -> anyhow::Result<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM quiz_trainers").fetch_one(&self.pool).await?)
    }

    /// The trainer with this token.
    pub async fn trainer_by_token(&self, token: &str) -> anyhow::Result<Option<Trainer>> {
        Ok(sqlx::query_as("SELECT id, name FROM quiz_trainers WHERE token_hash = $1")
            .bind(token_hash(token))
            .fetch_optional(&self.pool)
            .await?)
    }

    /// A new programme of `trainer`.
    pub async fn create_programme(
        &self,
        trainer: &Trainer,
        name: &str,
        question_seconds: i64,
        forfeit_days: i64,
    ) -> anyhow::Result<Programme> {
        let _write = self.write.lock().await;
        let programme = Programme {
            id: new_id()?,
            trainer_id: trainer.id.clone(),
            name: name.trim().to_string(),
            invite_code: new_invite_code()?,
            question_seconds,
            forfeit_days,
        };
        sqlx::query(
            "INSERT INTO quiz_programmes (id, trainer_id, name, invite_code, question_seconds, forfeit_days, created_ms) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&programme.id)
        .bind(&programme.trainer_id)
        .bind(&programme.name)
        .bind(&programme.invite_code)
        .bind(programme.question_seconds)
        .bind(programme.forfeit_days)
        .bind(now_ms())
        .execute(&self.pool)
        .await?;
        Ok(programme)
    }

    /// The programmes of `trainer`, oldest first.
    pub async fn programmes_of(&self, trainer: &Trainer) -> anyhow::Result<Vec<Programme>> {
        Ok(sqlx::query_as(
            "SELECT id, trainer_id, name, invite_code, question_seconds, forfeit_days FROM quiz_programmes \
             WHERE trainer_id = $1 ORDER BY created_ms, id",
        )
        .bind(&trainer.id)
        .fetch_all(&self.pool)
        .await?)
    }

    /// The programme with `id`.
    pub async fn programme(&self, id: &str) -> anyhow::Result<Option<Programme>> {
        Ok(sqlx::query_as(
            "SELECT id, trainer_id, name, invite_code, question_seconds, forfeit_days FROM quiz_programmes WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?)
    }

    /// The programme with invitation code `code` (as typed; see [`normalise_code`]).
    pub async fn programme_by_code(&self, code: &str) -> anyhow::Result<Option<Programme>> {
        Ok(sqlx::query_as(
            "SELECT id, trainer_id, name, invite_code, question_seconds, forfeit_days FROM quiz_programmes \
             WHERE invite_code = $1",
        )
        .bind(normalise_code(code))
        .fetch_optional(&self.pool)
        .await?)
    }

    /// A new participant of `programme`; returns them and their token.
    pub async fn join(
        &self,
        programme: &Programme,
        name: &str,
        team: &str,
        lang: &str,
    ) -> anyhow::Result<(Participant, String)> {
        let _write = self.write.lock().await;
        let participant = Participant {
            id: new_id()?,
            programme_id: programme.id.clone(),
            name: name.trim().to_string(),
            team: team.trim().to_string(),
            lang: if lang == "en" { "en".into() } else { "de".into() },
            seen_ms: 0,
        };
        let token = crate::workshop::new_token()?;
        sqlx::query(
            "INSERT INTO quiz_participants (id, programme_id, name, team, token_hash, lang, created_ms, seen_ms) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, 0)",
        )
        .bind(&participant.id)
        .bind(&participant.programme_id)
        .bind(&participant.name)
        .bind(&participant.team)
        .bind(token_hash(&token))
        .bind(&participant.lang)
        .bind(now_ms())
        .execute(&self.pool)
        .await?;
        Ok((participant, token))
    }

    /// The participant with this token.
    pub async fn participant_by_token(&self, token: &str) -> anyhow::Result<Option<Participant>> {
        Ok(sqlx::query_as(
            "SELECT id, programme_id, name, team, lang, seen_ms FROM quiz_participants WHERE token_hash = $1",
        )
        .bind(token_hash(token))
        .fetch_optional(&self.pool)
        .await?)
    }

    /// The participant with `id`.
    pub async fn participant(&self, id: &str) -> anyhow::Result<Option<Participant>> {
        Ok(sqlx::query_as("SELECT id, programme_id, name, team, lang, seen_ms FROM quiz_participants WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?)
    }

    /// Every participant of a programme, by name.
    pub async fn participants_of(&self, programme_id: &str) -> anyhow::Result<Vec<Participant>> {
        Ok(sqlx::query_as(
            "SELECT id, programme_id, name, team, lang, seen_ms FROM quiz_participants WHERE programme_id = $1 \
             ORDER BY name, id",
        )
        .bind(programme_id)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Sets the participant's language.
    pub async fn set_lang(&self, participant: &Participant, lang: &str) -> anyhow::Result<()> {
        let _write = self.write.lock().await;
        sqlx::query("UPDATE quiz_participants SET lang = $1 WHERE id = $2")
            .bind(if lang == "en" { "en" } else { "de" })
            .bind(&participant.id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Notes that the participant saw their duels as they stood at `at` (the time the list
    /// was read, so that a move made while it was shown is still new next time).
    pub async fn mark_seen(&self, participant: &Participant, at: i64) -> anyhow::Result<()> {
        let _write = self.write.lock().await;
        sqlx::query("UPDATE quiz_participants SET seen_ms = $1 WHERE id = $2 AND seen_ms < $1")
            .bind(at)
            .bind(&participant.id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Stores a programme's own question file (validated by the caller); a file of the same
    /// name is replaced, so that a trainer corrects a question by uploading the file again.
    pub async fn add_question_file(&self, programme: &Programme, name: &str, body: &str) -> anyhow::Result<()> {
        let _write = self.write.lock().await;
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM quiz_question_files WHERE programme_id = $1 AND name = $2")
            .bind(&programme.id)
            .bind(name)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO quiz_question_files (id, programme_id, name, body, created_ms) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(new_id()?)
        .bind(&programme.id)
        .bind(name)
        .bind(body)
        .bind(now_ms())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Links a team's workshop game to the programme (replacing the team's earlier one).
    pub async fn set_game(&self, programme: &Programme, game: &super::game::TeamGame) -> anyhow::Result<()> {
        let _write = self.write.lock().await;
        let json = serde_json::to_string(game)?;
        // The same team, however its name is cased, is replaced.
        let teams: Vec<(String,)> = sqlx::query_as("SELECT team FROM quiz_games WHERE programme_id = $1")
            .bind(&programme.id)
            .fetch_all(&self.pool)
            .await?;
        let mut tx = self.pool.begin().await?;
        for (team,) in teams.iter().filter(|(t,)| same_team(t, &game.team)) {
            sqlx::query("DELETE FROM quiz_games WHERE programme_id = $1 AND team = $2")
                .bind(&programme.id)
                .bind(team)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query("INSERT INTO quiz_games (programme_id, team, game, created_ms) VALUES ($1, $2, $3, $4)")
            .bind(&programme.id)
            .bind(&game.team)
            .bind(json)
            .bind(now_ms())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The workshop games linked to a programme, by team.
    pub async fn games_of(&self, programme_id: &str) -> anyhow::Result<Vec<super::game::TeamGame>> {
        let rows: Vec<(String,)> = sqlx::query_as("SELECT game FROM quiz_games WHERE programme_id = $1 ORDER BY team")
            .bind(programme_id)
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter().map(|(json,)| Ok(serde_json::from_str(&json)?)).collect()
    }

    /// A programme's own question files as (name, text), oldest first.
    pub async fn question_files(&self, programme_id: &str) -> anyhow::Result<Vec<(String, String)>> {
        Ok(sqlx::query_as("SELECT name, body FROM quiz_question_files WHERE programme_id = $1 ORDER BY created_ms, id")
            .bind(programme_id)
            .fetch_all(&self.pool)
            .await?)
    }
}

/// A SQLite URL the `Any` driver reads on every system: `sqlite:` and the file's path with
/// forward slashes (a Windows path `C:\Users\…` would be taken for a host and port after
/// `sqlite://`), `%`, `#` and spaces encoded, and `mode=rwc` (create when missing) unless
/// parameters are given.
pub fn sqlite_url(url: &str) -> String {
    let rest = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")).unwrap_or(url);
    let (path, params) = rest.split_once('?').unwrap_or((rest, ""));
    if path.starts_with(":memory:") {
        return url.to_string();
    }
    let path = path.replace('%', "%25").replace('#', "%23").replace(' ', "%20").replace('\\', "/");
    let params = if params.is_empty() { "mode=rwc" } else { params };
    format!("sqlite:{path}?{params}")
}

/// True when two team names are the same team (case and surrounding spaces aside, umlauts
/// included).
pub fn same_team(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// The URL with any password replaced, for messages.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = &url[scheme + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_forgiving_and_passwords_never_printed() {
        assert_eq!(normalise_code(" mw 7k3q p9xd "), "MW-7K3Q-P9XD");
        assert_eq!(normalise_code("MW-7K3Q-P9XD"), "MW-7K3Q-P9XD");
        assert_eq!(redact("postgres://quiz:geheim@db:5432/quiz"), "postgres://quiz:***@db:5432/quiz");
        assert_eq!(redact("sqlite://quiz.db"), "sqlite://quiz.db");
        assert_eq!(
            sqlite_url("sqlite://C:\\Users\\Jörg Müller\\quiz#1.sqlite"),
            "sqlite:C:/Users/Jörg%20Müller/quiz%231.sqlite?mode=rwc"
        );
        assert_eq!(sqlite_url("sqlite:///tmp/q.sqlite?mode=ro"), "sqlite:/tmp/q.sqlite?mode=ro");
        let code = new_invite_code().unwrap_or_default();
        assert_eq!(code.len(), 12, "{code}");
        assert_eq!(normalise_code(&code), code);
    }
}
