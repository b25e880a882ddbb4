//! Placeholder for the `analyze` subcommand, replaced by its implementation.

use std::process::ExitCode;

/// Arguments of `analyze`.
#[derive(Debug, clap::Args)]
pub struct AnalyzeArgs {}

/// Runs `analyze`.
pub fn run(_args: &AnalyzeArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("analyze is not implemented yet")
}
