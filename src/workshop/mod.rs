//! The workshop on several laptops: the trainer's Mehrwert hosts the room (an HTTP server
//! in the same binary), each team plays on its own laptop, and the journal keeps every
//! submission and trainer action so that nothing is lost. Layering: it uses `sim` and
//! `scenario`; the command line and the game's screens use it.

pub mod client;
pub mod host;
pub mod journal;
pub mod protocol;
pub mod room;

use journal::{Event, Seat};

/// The colour words of the join codes, one per seat (at most eight teams).
const CODE_WORDS: [&str; 8] = ["BLAU", "ROT", "GRUEN", "GELB", "LILA", "ORANGE", "GRAU", "TUERKIS"];

/// `n` random bytes from the operating system.
fn random_bytes<const N: usize>() -> anyhow::Result<[u8; N]> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|e| anyhow::anyhow!("no random numbers from the system: {e}"))?;
    Ok(bytes)
}

/// A secret token: 128 random bits as 32 hex digits.
pub fn new_token() -> anyhow::Result<String> {
    Ok(random_bytes::<16>()?.iter().map(|b| format!("{b:02x}")).collect())
}

/// The creation of a workshop: `teams` as (team name, company id), each with a join code
/// (`BLAU-4821`: a colour and four random digits) and a token; the trainer's token.
pub fn create_event(name: &str, scenario_text: &str, seed: u64, teams: &[(String, String)]) -> anyhow::Result<Event> {
    anyhow::ensure!(
        (1..=CODE_WORDS.len()).contains(&teams.len()),
        "a workshop has 1 to {} teams, not {}",
        CODE_WORDS.len(),
        teams.len()
    );
    let mut seats = Vec::new();
    for ((name, company), word) in teams.iter().zip(CODE_WORDS) {
        let digits = u16::from_le_bytes(random_bytes::<2>()?) % 10_000;
        seats.push(Seat {
            name: name.clone(),
            company: company.clone(),
            code: format!("{word}-{digits:04}"),
            token: new_token()?,
        });
    }
    Ok(Event::Created {
        name: name.to_string(),
        scenario: scenario_text.to_string(),
        seed,
        teams: seats,
        trainer_token: new_token()?,
        observer_token: new_token()?,
    })
}

/// This laptop's address on the room's network: the local end of a UDP socket "connected"
/// to a documentation address (no packet is sent); `None` without a network.
pub fn lan_address() -> Option<std::net::IpAddr> {
    let socket = std::net::UdpSocket::bind("0.0.0.0:0").ok()?;
    socket.connect("192.0.2.1:9").ok()?;
    socket.local_addr().ok().map(|a| a.ip()).filter(|ip| !ip.is_loopback() && !ip.is_unspecified())
}
