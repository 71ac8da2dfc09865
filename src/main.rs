//! The `kraljic-workshop` program: see the README for its commands.
//!
//! On Windows it is a window program (no console window opens behind it when it is started
//! from Explorer); the command line there is `kraljic-workshop-cli.exe`, which prints to the
//! terminal it was started from.

#![cfg_attr(windows, windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    kraljic_workshop::cli::main()
}
