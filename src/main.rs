//! The `mehrwert` binary: a thin shell that parses arguments and maps results to exit codes.

use std::process::ExitCode;

fn main() -> ExitCode {
    mehrwert::cli::main()
}
