//! The command line: `check`, `run`, `appraise`, `analyze`, `value-case`, `balance`, `probe`, `host`
//! and `play`.
//!
//! Each subcommand lives in its own file with a `run(args) -> anyhow::Result<ExitCode>`;
//! raw clap values are validated into domain types there, before any work starts.

pub mod analyze;
pub mod appraise;
pub mod balance;
pub mod check;
pub mod export;
pub mod host;
pub mod probe;
pub mod progress;
pub mod run;
pub mod serve;
pub mod table;
pub mod value_case;

use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};

/// Mehrwert — a CFO business simulation that makes Economic Value Added visible.
#[derive(Debug, Parser)]
#[command(name = "mehrwert", version, about)]
pub struct Cli {
    /// The subcommand to run; without one, the game opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate scenario, decision, save and session files; exit 1 with every problem found.
    Check(check::CheckArgs),
    /// Investment appraisal of a cash-flow series: NPV, IRR, payback, profitability index.
    Appraise(appraise::AppraiseArgs),
    /// KPIs, driver tree and EVA of a real company from its published statements.
    Analyze(analyze::AnalyzeArgs),
    /// A customer value case: the offer's levers as ΔEVA, NPV, payback and the value message.
    ValueCase(value_case::ValueCaseArgs),
    /// Play a whole game headless; companies without a decision file are played by the computer.
    Run(run::RunArgs),
    /// Play many computer games with mixed strategies: does any strategy dominate the scenario?
    Balance(balance::BalanceArgs),
    /// Scenario lint: play adversarial plans against the computer; does a move that
    /// contradicts the lesson pay, and are the companies plausible? Exit 1 when not.
    Probe(probe::ProbeArgs),
    /// Host a workshop: teams join from their laptops over the room's network.
    Host(host::HostArgs),
    /// Serve the quiz duel: mobile pages for participants, the trainer's figures, JSON for the game.
    Serve(serve::ServeArgs),
    /// Open the game with a scenario, save game or session file.
    Play(PlayArgs),
}

/// Arguments of `play`.
#[derive(Debug, clap::Args)]
pub struct PlayArgs {
    /// Scenario, save game or session file (.ron); the title screen when omitted.
    pub file: Option<std::path::PathBuf>,
    /// Window size in logical pixels, WIDTHxHEIGHT (1280x720 ..= 7680x4320); 1440x900 by default.
    #[arg(long, value_parser = parse_window_size)]
    pub window_size: Option<(u32, u32)>,
}

fn parse_window_size(text: &str) -> Result<(u32, u32), String> {
    let allowed = "WIDTHxHEIGHT between 1280x720 and 7680x4320, e.g. 1440x900";
    let (w, h) = text.split_once(['x', 'X']).ok_or_else(|| format!("found {text:?}; allowed: {allowed}"))?;
    match (w.trim().parse::<u32>(), h.trim().parse::<u32>()) {
        (Ok(w), Ok(h)) if (1280..=7680).contains(&w) && (720..=4320).contains(&h) => Ok((w, h)),
        _ => Err(format!("found {text:?}; allowed: {allowed}")),
    }
}

/// A file that does not open (missing, damaged) opens the title screen with the reason in
/// the player's language and the last good autosave to resume, rather than no window.
#[cfg(feature = "gui")]
fn play(args: PlayArgs) -> anyhow::Result<ExitCode> {
    Ok(crate::ui::run(crate::ui::StartOptions { file: args.file, window_size: args.window_size }))
}

#[cfg(not(feature = "gui"))]
fn play(_args: PlayArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("this build has no game window (built with --no-default-features); try `mehrwert run`")
}

/// Writes a command's output to stdout. A reader that stopped reading (`mehrwert run | head`)
/// ends the output quietly, as other command-line tools do; `print!` would panic there.
pub fn write_out(text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// The arguments with `play` put in front of a lone file name: how Windows (and Linux
/// desktops) start a program to open a file it was chosen for, `Mehrwert.exe "C:\…\x.ron"`.
/// A `.ron` name counts even when the file is missing, so that the game says so in its
/// window rather than clap calling it an unknown subcommand (a double-click shows no
/// console). A subcommand's name, an option, or another name that is no file stays as it is.
fn with_play_for_a_file(args: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    let is_command = |arg: &std::ffi::OsString| {
        let arg = arg.to_string_lossy();
        arg.starts_with('-') || Cli::command().get_subcommands().any(|c| c.get_name() == arg) || arg == "help"
    };
    match args.as_slice() {
        [program, file]
            if !is_command(file)
                && (std::path::Path::new(file).is_file()
                    || std::path::Path::new(file).extension().is_some_and(|e| e.eq_ignore_ascii_case("ron"))) =>
        {
            vec![program.clone(), "play".into(), file.clone()]
        }
        _ => args,
    }
}

/// Parses the process arguments, runs the subcommand and returns its exit code.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse_from(with_play_for_a_file(std::env::args_os().collect())) {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 1 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let result = match cli.command {
        Some(Command::Check(args)) => check::run(&args),
        Some(Command::Appraise(args)) => appraise::run(&args),
        Some(Command::Analyze(args)) => analyze::run(&args),
        Some(Command::ValueCase(args)) => value_case::run(&args),
        Some(Command::Run(args)) => run::run(&args),
        Some(Command::Balance(args)) => balance::run(&args),
        Some(Command::Probe(args)) => probe::run(&args),
        Some(Command::Host(args)) => host::run(&args),
        Some(Command::Serve(args)) => serve::run(&args),
        Some(Command::Play(args)) => play(args),
        None => play(PlayArgs { file: None, window_size: None }),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("mehrwert: {e:#}");
            ExitCode::from(1)
        }
    }
}
