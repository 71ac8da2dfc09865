//! `kraljic-workshop-cli`: the same program as `kraljic-workshop`, built as a console program
//! for Windows, where the window's exe has no console to print to. Built only with the
//! `windows-cli` feature (`scripts/build-windows.sh`); elsewhere `kraljic-workshop` is both.

fn main() -> std::process::ExitCode {
    kraljic_workshop::cli::main()
}
