//! `goroscope`: the command-line shell around goroscope-core. It reads files, prints what the
//! core returns in Go's formats and exits with Go's status codes.

use std::process::ExitCode;

const USAGE: &str = "\
Goroscope runs Go programs on a deterministic concurrency simulator.

Usage:
    goroscope <command> [arguments]

Commands:
    check FILE  parse and type-check a Go file; print errors like `go build`
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
        Some("check") => match args.get(1) {
            Some(path) if args.len() == 2 => check(path),
            _ => {
                eprintln!("usage: goroscope check FILE.go");
                ExitCode::from(2)
            }
        },
        Some(other) => {
            eprintln!("goroscope {other}: unknown command\nRun 'goroscope help' for usage.");
            ExitCode::from(2)
        }
    }
}

/// `goroscope check FILE`: Go's compile errors for the file, exit status 1 if there are any.
fn check(path: &str) -> ExitCode {
    let Some(src) = read_source(path) else { return ExitCode::from(1) };
    let fe = goroscope_core::frontend(&src);
    if fe.diagnostics.is_empty() {
        return ExitCode::SUCCESS;
    }
    let index = goroscope_core::LineIndex::new(&src);
    for line in goroscope_core::diag::render_all(path, &fe.diagnostics, &index) {
        eprintln!("{line}");
    }
    ExitCode::from(1)
}

/// Reads a source file; reports the problem Go-style and returns `None` if it cannot.
fn read_source(path: &str) -> Option<String> {
    match std::fs::read(path) {
        Ok(bytes) => Some(String::from_utf8_lossy(&bytes).into_owned()),
        Err(e) => {
            eprintln!("open {path}: {e}");
            None
        }
    }
}
