//! `mehrwert host`: the trainer's laptop hosts a workshop — prints the address to join, the
//! trainer's token and each team's join code, and serves the teams until Ctrl+C; with
//! `--resume` it continues the workshop its journal holds, exactly where it stopped.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;

use super::run::Lang;
use crate::i18n::{Arg, message};
use crate::model::format::Locale;
use crate::workshop::host::Host;
use crate::workshop::journal::Event;

/// Arguments of `host`.
#[derive(Debug, clap::Args)]
pub struct HostArgs {
    /// Scenario file (.ron); the embedded default scenario when omitted.
    pub scenario: Option<PathBuf>,
    /// Number of teams (1..=8, at most the scenario's companies); each runs a company in
    /// scenario order.
    #[arg(long, default_value_t = 4)]
    pub teams: usize,
    /// The teams' names, comma-separated (`Blau,Rot,Grün`); "Team 1", "Team 2", … when omitted.
    #[arg(long)]
    pub names: Option<String>,
    /// The workshop's name, shown to the teams.
    #[arg(long, default_value = "Mehrwert-Workshop")]
    pub name: String,
    /// Seed of the game's random numbers.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Address and port to listen on: 127.0.0.1 (this laptop only) unless asked for the
    /// room's network, e.g. `--listen 0.0.0.0:7878`.
    #[arg(long, default_value = "127.0.0.1:7878")]
    pub listen: SocketAddr,
    /// The workshop's journal (SQLite); `workshop.sqlite` in the data folder when omitted.
    #[arg(long)]
    pub journal: Option<PathBuf>,
    /// Continue the workshop the journal holds.
    #[arg(long)]
    pub resume: bool,
    /// Language of the messages.
    #[arg(long, value_enum, default_value_t = Lang::De)]
    pub lang: Lang,
}

/// Runs `host` until Ctrl+C.
pub fn run(args: &HostArgs) -> anyhow::Result<ExitCode> {
    let journal = args.journal.clone().unwrap_or_else(|| crate::files::data_dir().join("workshop.sqlite"));
    if let Some(dir) = journal.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create the folder {}", dir.display()))?;
    }
    let created = if args.resume { None } else { Some(creation(args)?) };
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    runtime.block_on(async {
        let host = match created {
            Some(event) => Host::create(&journal, event).await?,
            None => Host::resume(&journal).await?,
        };
        let listener = tokio::net::TcpListener::bind(args.listen)
            .await
            .with_context(|| format!("cannot listen on {} (is another host running there?)", args.listen))?;
        let address = listener.local_addr()?;
        let text = announcement(&host, address, &journal, args.lang.locale()).await;
        super::write_out(&text)?;
        let stop = async {
            let _ = tokio::signal::ctrl_c().await;
        };
        crate::workshop::host::serve(listener, host.clone(), stop).await?;
        host.close().await;
        anyhow::Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}

/// The creation event of a new workshop from the arguments.
fn creation(args: &HostArgs) -> anyhow::Result<Event> {
    let (text, scenario) = match &args.scenario {
        Some(path) => {
            let text = crate::scenario::read_text_file(path).map_err(|issues| anyhow::anyhow!("{issues}"))?;
            let scenario =
                crate::scenario::parse_scenario(&text, Some(path)).map_err(|issues| anyhow::anyhow!("{issues}"))?;
            (text, scenario)
        }
        None => (crate::scenario::DEFAULT_SCENARIO.to_string(), crate::scenario::default_scenario()?),
    };
    let companies = scenario.companies.len().min(8);
    if args.teams == 0 || args.teams > companies {
        anyhow::bail!("--teams: found {}; allowed: 1..={companies} (the scenario's companies)", args.teams);
    }
    let names: Vec<String> = match &args.names {
        Some(list) => list.split(',').map(|n| n.trim().to_string()).collect(),
        None => (1..=args.teams).map(|i| format!("Team {i}")).collect(),
    };
    if names.len() != args.teams || names.iter().any(|n| n.is_empty() || n.chars().count() > 40) {
        anyhow::bail!(
            "--names: found {} name(s); allowed: {} comma-separated names of 1 to 40 characters",
            names.len(),
            args.teams
        );
    }
    let teams: Vec<(String, String)> = names.into_iter().zip(scenario.companies.iter().map(|c| c.id.clone())).collect();
    crate::workshop::create_event(&args.name, &text, args.seed, &teams)
}

/// What the host prints once it listens: where to join, the trainer's token, the codes.
async fn announcement(host: &Host, address: SocketAddr, journal: &std::path::Path, lang: Locale) -> String {
    let room = host.room().lock().await;
    let mut lines = vec![message(
        "host_listening",
        lang,
        &[("name", Arg::from(room.name().to_string())), ("address", Arg::from(format!("http://{address}")))],
    )];
    if address.ip().is_unspecified()
        && let Some(lan) = crate::workshop::lan_address()
    {
        let url = format!("http://{lan}:{}", address.port());
        lines.push(message("host_lan_address", lang, &[("address", Arg::from(url))]));
    }
    lines.push(message("host_journal", lang, &[("path", Arg::from(journal.display().to_string()))]));
    lines.push(message("host_trainer_token", lang, &[("token", Arg::from(room.trainer_token().to_string()))]));
    lines.push(message("host_observer_token", lang, &[("token", Arg::from(room.observer_token().to_string()))]));
    for seat in room.seats() {
        lines.push(message(
            "host_team_code",
            lang,
            &[
                ("team", Arg::from(seat.name.clone())),
                ("company", Arg::from(seat.company.clone())),
                ("code", Arg::from(seat.code.clone())),
            ],
        ));
    }
    lines.push(message("host_stop", lang, &[]));
    lines.join("\n") + "\n"
}
