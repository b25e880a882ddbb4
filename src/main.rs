//! The `mehrwert` binary: a thin shell that parses arguments and maps results to exit codes.

use std::process::ExitCode;

/// mimalloc rather than the system allocator: a game year allocates and frees many small
/// reports, and glibc's allocator (and Windows') spent an eighth of `balance` on them.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    mehrwert::cli::main()
}
