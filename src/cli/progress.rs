//! Progress and interruption for long runs (`balance`, `probe`): a line on stderr once a
//! second after the first second, and Ctrl+C that asks the run to stop and print what it
//! has rather than kill the process.

use std::io::{IsTerminal, Write};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// Set by Ctrl+C; the running loops look at it between games.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);
static HANDLER: OnceLock<bool> = OnceLock::new();

/// Installs the Ctrl+C handler once per process; returns false when it could not be
/// installed (Ctrl+C then ends the process as usual).
pub fn catch_interrupt() -> bool {
    *HANDLER.get_or_init(|| ctrlc::set_handler(|| INTERRUPTED.store(true, Ordering::SeqCst)).is_ok())
}

/// True once Ctrl+C was pressed.
pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// Reports `done` of `total` on stderr: silent for the first second, then at most once a
/// second; on a terminal the line is rewritten in place.
pub struct Progress {
    label: &'static str,
    start: Instant,
    last: Option<Instant>,
    terminal: bool,
}

impl Progress {
    /// A progress line for `label`, e.g. "probe".
    pub fn new(label: &'static str) -> Progress {
        Progress { label, start: Instant::now(), last: None, terminal: std::io::stderr().is_terminal() }
    }

    /// Notes progress; returns false when the run should stop (Ctrl+C).
    pub fn tick(&mut self, done: u64, total: u64) -> bool {
        let now = Instant::now();
        let due = now.duration_since(self.start) >= Duration::from_secs(1)
            && self.last.is_none_or(|last| now.duration_since(last) >= Duration::from_secs(1));
        if due && done < total {
            self.last = Some(now);
            let percent = done * 100 / total.max(1);
            let line = format!("{}: {done}/{total} ({percent} %), Ctrl+C stops and prints what is there", self.label);
            let mut err = std::io::stderr().lock();
            let _ = if self.terminal { write!(err, "\r{line}") } else { writeln!(err, "{line}") };
            let _ = err.flush();
        }
        !interrupted()
    }

    /// Ends the line (on a terminal) once the run is over.
    pub fn finish(&self) {
        if self.terminal && self.last.is_some() {
            let _ = writeln!(std::io::stderr().lock());
        }
    }
}
