//! The migrations of the game's databases (the workshop's journal, the quiz's store),
//! embedded in the binary so that nothing beside it is needed to create or update a file.

use std::borrow::Cow;
use std::future::Future;
use std::pin::Pin;

use sqlx::migrate::{Migration, MigrationSource, MigrationType};

/// Migrations as (version, description, SQL), oldest first.
#[derive(Debug)]
pub struct Embedded(pub &'static [(i64, &'static str, &'static str)]);

type Resolved<'s> =
    Pin<Box<dyn Future<Output = Result<Vec<Migration>, Box<dyn std::error::Error + Send + Sync>>> + Send + 's>>;

impl<'s> MigrationSource<'s> for Embedded {
    fn resolve(self) -> Resolved<'s> {
        Box::pin(async move {
            Ok(self
                .0
                .iter()
                .map(|(version, description, sql)| {
                    Migration::new(
                        *version,
                        Cow::Borrowed(description),
                        MigrationType::Simple,
                        Cow::Borrowed(sql),
                        false,
                    )
                })
                .collect())
        })
    }
}
