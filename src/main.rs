//! The `kraljic-workshop` program: see the README for its commands.

use std::process::ExitCode;

fn main() -> ExitCode {
    kraljic_workshop::logging::init();
    let code = kraljic_workshop::cli::run(std::env::args_os());
    kraljic_workshop::logging::report_peak_memory();
    code
}
