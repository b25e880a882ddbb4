//! Placeholder for the `appraise` subcommand, replaced by its implementation.

use std::process::ExitCode;

/// Arguments of `appraise`.
#[derive(Debug, clap::Args)]
pub struct AppraiseArgs {}

/// Runs `appraise`.
pub fn run(_args: &AppraiseArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("appraise is not implemented yet")
}
