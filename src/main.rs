//! The `mehrwert` binary: a thin shell that parses arguments and maps results to exit codes.

// On Windows the game is a GUI program: a double-click opens no console window. Started from
// a terminal it attaches to that terminal (below), so the commands still print there.
#![cfg_attr(all(windows, feature = "gui"), windows_subsystem = "windows")]

use std::process::ExitCode;

/// mimalloc rather than the system allocator: a game year allocates and frees many small
/// reports, and glibc's allocator (and Windows') spent an eighth of `balance` on them.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    #[cfg(all(windows, feature = "gui"))]
    attach_parent_console();
    mehrwert::cli::main()
}

/// Writes to the console of the terminal that started the program, if any; started by a
/// double-click there is none and nothing happens. Output redirected to a file or a pipe
/// goes there as usual (the handles were given at start).
#[cfg(all(windows, feature = "gui"))]
fn attach_parent_console() {
    use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
    // SAFETY: AttachConsole takes a process id and touches no memory of ours; it fails
    // harmlessly when there is no parent console or one is attached already.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}
