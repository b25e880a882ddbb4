//! `mehrwert serve`: the quiz server — the mobile pages and the game's JSON — on an embedded
//! SQLite file by default or a central PostgreSQL database; prints where to find it and, on
//! a new database or when asked, a trainer's personal link. `mehrwert serve --load-test`
//! measures it with concurrent participants on loopback (docs/quiz.md, README).

use std::net::SocketAddr;
use std::process::ExitCode;

use anyhow::Context as _;

use super::run::Lang;
use crate::i18n::{Arg, message};
use crate::quiz::server::Quiz;
use crate::quiz::store::Store;

/// Arguments of `serve`.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// Address and port: 127.0.0.1 (this computer only) unless asked for the network, e.g.
    /// `--listen 0.0.0.0:7979` so that phones in the room can reach it.
    #[arg(long, default_value = "127.0.0.1:7979")]
    pub listen: SocketAddr,
    /// The database: `sqlite://FILE` or `postgres://user:password@host/db`; `quiz.sqlite` in
    /// the data folder when omitted.
    #[arg(long)]
    pub database: Option<String>,
    /// Print a (new) personal link for the trainer of this name, creating them if needed;
    /// an earlier link of theirs stops working.
    #[arg(long, value_name = "NAME")]
    pub trainer_link: Option<String>,
    /// Measure instead of serving: this many participants answer practice questions at once
    /// against a fresh SQLite database on loopback, for `--seconds`.
    #[arg(long, value_name = "PARTICIPANTS")]
    pub load_test: Option<usize>,
    /// How long the load test runs.
    #[arg(long, default_value_t = 10)]
    pub seconds: u64,
    /// Language of the messages.
    #[arg(long, value_enum, default_value_t = Lang::De)]
    pub lang: Lang,
}

/// The database URL of the arguments.
fn database(args: &ServeArgs) -> anyhow::Result<String> {
    if let Some(url) = &args.database {
        anyhow::ensure!(
            url.starts_with("sqlite:") || url.starts_with("postgres://") || url.starts_with("postgresql://"),
            "--database: found {url:?}; allowed: sqlite://FILE or postgres://user:password@host/database"
        );
        return Ok(url.clone());
    }
    let dir = crate::files::data_dir();
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create the folder {}", dir.display()))?;
    Ok(format!("sqlite://{}", dir.join("quiz.sqlite").display()))
}

/// Runs `serve` until Ctrl+C (or the load test).
pub fn run(args: &ServeArgs) -> anyhow::Result<ExitCode> {
    if let Some(participants) = args.load_test {
        anyhow::ensure!(
            (1..=2000).contains(&participants),
            "--load-test: found {participants}; allowed: 1 to 2000 participants"
        );
        anyhow::ensure!((1..=600).contains(&args.seconds), "--seconds: found {}; allowed: 1 to 600", args.seconds);
        let report = crate::quiz::load::run(participants, std::time::Duration::from_secs(args.seconds))?;
        super::write_out(&report)?;
        return Ok(ExitCode::SUCCESS);
    }
    let url = database(args)?;
    let lang = args.lang.locale();
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    runtime.block_on(async {
        let store = Store::open(&url).await?;
        let new_link = match &args.trainer_link {
            Some(name) => {
                let name = crate::quiz::server::short_text(name, "--trainer-link", true)
                    .map_err(|f| anyhow::anyhow!(f.message))?;
                Some(store.trainer_link(&name).await?)
            }
            None if store.trainer_count().await? == 0 => Some(store.trainer_link("Trainer").await?),
            None => None,
        };
        let listener = tokio::net::TcpListener::bind(args.listen)
            .await
            .with_context(|| format!("cannot listen on {} (is another server running there?)", args.listen))?;
        let address = listener.local_addr()?;
        let mut lines =
            vec![message("serve_listening", lang, &[("address", Arg::from(format!("http://{address}/quiz")))])];
        if address.ip().is_unspecified()
            && let Some(lan) = crate::workshop::lan_address()
        {
            lines.push(message(
                "serve_lan",
                lang,
                &[("address", Arg::from(format!("http://{lan}:{}/quiz", address.port())))],
            ));
        }
        lines.push(message("serve_database", lang, &[("url", Arg::from(crate::quiz::store::redact(&url)))]));
        // The link as a browser opens it: 0.0.0.0 is no address to go to.
        let reachable = match (address.ip().is_unspecified(), crate::workshop::lan_address()) {
            (true, Some(lan)) => SocketAddr::new(lan, address.port()),
            (true, None) => SocketAddr::new(std::net::Ipv4Addr::LOCALHOST.into(), address.port()),
            (false, _) => address,
        };
        match new_link {
            Some((name, token)) => lines.push(message(
                "serve_trainer_link",
                lang,
                &[("name", Arg::from(name)), ("address", Arg::from(format!("http://{reachable}/quiz/t/{token}")))],
            )),
            None => lines.push(message("serve_trainer_hint", lang, &[])),
        }
        lines.push(message("serve_stop", lang, &[]));
        super::write_out(&(lines.join("\n") + "\n"))?;
        let quiz = Quiz::new(store);
        let stop = async {
            let _ = tokio::signal::ctrl_c().await;
        };
        crate::quiz::server::serve(listener, quiz.clone(), stop).await?;
        quiz.store.close().await;
        anyhow::Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}
