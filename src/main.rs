//! The `kraljic-workshop` program: see the README for its commands.

use std::process::ExitCode;

fn main() -> ExitCode {
    kraljic_workshop::logging::init();
    kraljic_workshop::cli::run(std::env::args_os())
}
