//! The workshop's journal: every accepted submission and trainer action appended to an
//! embedded SQLite file inside a transaction before the host answers, so that a host killed
//! at any moment restarts where it was by replaying the rows in order.

use std::path::Path;

use serde::{Deserialize, Serialize};
use sqlx::migrate::Migrator;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};

use crate::scenario::Decisions;

/// One thing that happened in the workshop; the state is these, replayed in order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Event {
    /// The trainer started the workshop: the scenario as its RON text, the seed, the seats.
    Created {
        /// Shown to every team and on the projector.
        name: String,
        /// The scenario file's text (validated when the workshop was created).
        scenario: String,
        /// The game's seed.
        seed: u64,
        /// Every team with its company, join code and token.
        teams: Vec<Seat>,
        /// The trainer's own token.
        trainer_token: String,
        /// A read-only token for a co-trainer or the projector: the console, nothing else.
        #[serde(default)]
        observer_token: String,
    },
    /// A device joined a team with its code (a second device takes the session over).
    Joined {
        /// The team's company id.
        team: String,
        /// The device's own name for itself.
        device: String,
    },
    /// A team submitted its decisions for the year being played.
    Submitted {
        /// The team's company id.
        team: String,
        /// Id the client chose for the request: the same id again is the same submission.
        request_id: String,
        /// The device that submitted.
        device: String,
        /// The decisions.
        decisions: Decisions,
    },
    /// A team took its submission back to decide again.
    Withdrawn {
        /// The team's company id.
        team: String,
        /// The device that took it back.
        device: String,
    },
    /// The trainer replaced a team's submission before the close, with a reason.
    Corrected {
        /// The team's company id.
        team: String,
        /// Who corrected (the trainer's name for themself).
        by: String,
        /// Why, shown in the team's journal.
        why: String,
        /// The decisions that replace the submission.
        decisions: Decisions,
    },
    /// The trainer set, extended, paused or cleared the deadline.
    Deadline {
        /// The deadline as Unix time in milliseconds, `None` for none.
        until_ms: Option<i64>,
        /// While paused: the milliseconds that were left.
        paused_left_ms: Option<i64>,
    },
    /// The trainer handed a team's company to the computer or took it back.
    Piloted {
        /// The team's company id.
        team: String,
        /// True: the computer decides for the team until taken back.
        computer: bool,
    },
    /// The trainer closed the year: missing teams as `missing` says.
    Closed {
        /// The year closed.
        year: u32,
        /// What happens to teams that have not submitted.
        missing: Missing,
    },
    /// The trainer undid the last closed year; its submissions are open again.
    Undone {
        /// The year undone.
        year: u32,
    },
    /// The trainer announced an event for the year being decided (demand, material price,
    /// interest), on top of the scenario's own.
    Injected {
        /// The event; its year is the year being decided.
        event: crate::scenario::Event,
    },
    /// The trainer released the results of the closed years to the teams.
    Released {
        /// The last year whose results the teams see.
        year: u32,
    },
    /// The trainer ended the workshop after its last year: no year is undone any more, and
    /// each team may take its practice file home.
    Ended,
    /// A team allowed (or no longer allows) its value tree on the projector.
    Consented {
        /// The team's company id.
        team: String,
        /// True: the trainer may show the team's value tree to the room.
        value_tree: bool,
    },
}

/// What a close does with a team that has not submitted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Missing {
    /// Every team must have submitted (the close is refused otherwise).
    Refuse,
    /// The team keeps last year's prices, volumes and budgets (no investment, no financing).
    KeepLast,
    /// The computer decides for the team this year.
    Computer,
}

/// A team's seat: its name, company, join code and token.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seat {
    /// The team's name.
    pub name: String,
    /// The company it runs (id in the scenario).
    pub company: String,
    /// The short code the team types to join, e.g. `BLAU-4821`.
    pub code: String,
    /// The secret the host hands out for the code (128 random bits, hex).
    pub token: String,
}

/// The journal's table, version by version.
const MIGRATIONS: [(i64, &str, &str); 1] = [(1, "journal", include_str!("../../migrations/workshop/0001_journal.sql"))];

/// The journal's database file.
#[derive(Clone, Debug)]
pub struct Journal {
    pool: SqlitePool,
}

/// One row: when and what.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Position in the journal, from 1.
    pub seq: i64,
    /// When the host accepted it (Unix milliseconds).
    pub at_ms: i64,
    /// What happened.
    pub event: Event,
}

impl Journal {
    /// Opens (or creates) the journal at `path` and brings its tables up to date. Every
    /// commit reaches the disk before it returns (WAL, synchronous FULL).
    pub async fn open(path: &Path) -> anyhow::Result<Journal> {
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full);
        // One connection: appends are serialised by the host anyway, and SQLite has one writer.
        let pool = SqlitePoolOptions::new().max_connections(1).connect_with(options).await?;
        Migrator::new(crate::db::Embedded(&MIGRATIONS)).await?.run(&pool).await?;
        Ok(Journal { pool })
    }

    /// Appends `event` in its own transaction; returns once it is on disk.
    pub async fn append(&self, at_ms: i64, event: &Event) -> anyhow::Result<i64> {
        let json = serde_json::to_string(event)?;
        let mut tx = self.pool.begin().await?;
        let row = sqlx::query("INSERT INTO journal (at_ms, event) VALUES (?, ?)")
            .bind(at_ms)
            .bind(json)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(row.last_insert_rowid())
    }

    /// Every entry, oldest first.
    pub async fn entries(&self) -> anyhow::Result<Vec<Entry>> {
        let rows: Vec<(i64, i64, String)> =
            sqlx::query_as("SELECT seq, at_ms, event FROM journal ORDER BY seq").fetch_all(&self.pool).await?;
        rows.into_iter()
            .map(|(seq, at_ms, json)| {
                let event = serde_json::from_str(&json)
                    .map_err(|e| anyhow::anyhow!("journal entry {seq} cannot be read: {e}"))?;
                Ok(Entry { seq, at_ms, event })
            })
            .collect()
    }

    /// Closes the database (the last writes are already on disk).
    pub async fn close(&self) {
        self.pool.close().await;
    }
}
