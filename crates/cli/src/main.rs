//! `goroscope`: the command-line shell around goroscope-core. It reads files, prints what the
//! core returns in Go's formats and exits with Go's status codes.

use std::process::ExitCode;

const USAGE: &str = "\
Goroscope runs Go programs on a deterministic concurrency simulator.

Usage:
    goroscope <command> [arguments]

Commands:
    help        show this help
    version     print the Goroscope version (also --version)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None | Some("help" | "-h" | "--help") => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some("version" | "--version" | "-V") => {
            println!("goroscope {}", goroscope_core::VERSION);
            ExitCode::SUCCESS
        }
        Some(other) => {
            eprintln!("goroscope {other}: unknown command\nRun 'goroscope help' for usage.");
            ExitCode::from(2)
        }
    }
}
