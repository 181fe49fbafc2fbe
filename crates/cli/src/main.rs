//! `goroscope`: the command-line shell around goroscope-core. It reads files, prints what the
//! core returns in Go's formats and exits with Go's status codes.

use std::process::ExitCode;

const USAGE: &str = "\
Goroscope runs Go programs on a deterministic concurrency simulator.

Usage:
    goroscope <command> [arguments]

Commands:
    run [flags] FILE    run a Go program like `go run`, exiting with its status
        --seed N        scheduling seed (0, the default, behaves like Go with GOMAXPROCS=1)
        --schedule S    replay a recorded schedule: the `s1.…` text that `trace` and
                        `run --trace` print (it carries the seed), or comma-separated
                        choices for the seed given by --seed; @FILE reads it from FILE
                        (long schedules exceed the system's limit on one argument)
        --max-steps N   stop after N steps (default 10000000)
        --trace FILE    also write the trace as JSON, and print the schedule to stderr
        --race          report data races as `go run -race` does (exit status 66)
    trace [flags] FILE  run a Go program and print its trace: one line per step, the
                        outcome, then the schedule to replay it (same flags as run)
    fingerprint [flags] FILE  print the hash of a run's trace (same flags as run)
    svg [flags] FILE    run a Go program and write its timeline as a standalone SVG image
                        to stdout (same flags as run)
        --animate       a cursor sweeps the timeline by itself (CSS animation, no script)
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
        Some("run") => run(&args[1..]),
        Some("trace") => trace(&args[1..]),
        Some("fingerprint") => fingerprint(&args[1..]),
        Some("svg") => svg(&args[1..]),
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

/// Flags shared by the commands that run a program.
struct RunFlags {
    config: goroscope_core::runtime::Config,
    trace_out: Option<String>,
    file: String,
    /// The command's own switches (from those it accepts) that were given.
    switches: Vec<&'static str>,
}

/// Parses the shared flags, plus `switches`: flags without a value that only this command
/// accepts.
fn parse_run_flags(args: &[String], switches: &[&'static str]) -> Result<RunFlags, String> {
    let mut config = goroscope_core::runtime::Config::default();
    let mut seed_given = None;
    let mut schedule = None;
    let mut trace_out = None;
    let mut file = None;
    let mut given = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| {
            it.next().cloned().ok_or_else(|| format!("flag needs an argument: {name}"))
        };
        match a.as_str() {
            "--seed" => {
                seed_given =
                    Some(value("--seed")?.parse().map_err(|_| "invalid --seed".to_string())?)
            }
            "--max-steps" => {
                config.max_steps =
                    value("--max-steps")?.parse().map_err(|_| "invalid --max-steps".to_string())?
            }
            "--schedule" => schedule = Some(value("--schedule")?),
            "--trace" => trace_out = Some(value("--trace")?),
            "--race" => config.race = true,
            f if f.starts_with('-') => match switches.iter().find(|s| **s == f) {
                Some(s) => given.push(*s),
                None => return Err(format!("unknown flag {f}")),
            },
            f => {
                if file.replace(f.to_string()).is_some() {
                    return Err("only one file may be run".into());
                }
            }
        }
    }
    config.seed = seed_given.unwrap_or(0);
    if let Some(arg) = schedule {
        let text = match arg.strip_prefix('@') {
            Some(path) => std::fs::read_to_string(path)
                .map_err(|e| format!("--schedule: read {path}: {e}"))?,
            None => arg,
        };
        let text = text.trim();
        if text.starts_with(|c: char| c.is_ascii_alphabetic()) {
            let s = goroscope_core::trace::schedule::decode(text)
                .map_err(|e| format!("--schedule: {e}"))?;
            if seed_given.is_some_and(|seed| seed != s.seed) {
                return Err(format!(
                    "--seed {} disagrees with the schedule's seed {}",
                    config.seed, s.seed
                ));
            }
            config.seed = s.seed;
            config.schedule = Some(s.choices);
        } else {
            config.schedule = Some(comma_list(text).map_err(|e| format!("--schedule: {e}"))?);
        }
    }
    let file = file.ok_or("no Go file given")?;
    config.file_name = std::fs::canonicalize(&file)
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| file.clone());
    Ok(RunFlags { config, trace_out, file, switches: given })
}

/// The older form of a schedule: choices as decimal numbers separated by commas.
fn comma_list(text: &str) -> Result<Vec<u32>, String> {
    let mut res = Vec::new();
    let mut pos = 1;
    for item in text.split(',') {
        if !item.is_empty() {
            let n = item.parse().map_err(|_| {
                format!("invalid schedule at character {pos}: `{item}` is not a choice (a number)")
            })?;
            res.push(n);
        }
        pos += item.chars().count() + 1;
    }
    Ok(res)
}

/// Parses the flags of `goroscope <cmd>`, reads the file and runs it; prints usage errors and
/// compile errors (as `go build` does) and returns the exit status instead of a run.
fn load_and_run(
    cmd: &str,
    args: &[String],
    switches: &[&'static str],
    adjust: impl FnOnce(&mut goroscope_core::runtime::Config),
) -> Result<(RunFlags, goroscope_core::runtime::Run), ExitCode> {
    let mut flags = parse_run_flags(args, switches).map_err(|e| {
        eprintln!("goroscope {cmd}: {e}");
        ExitCode::from(2)
    })?;
    let src = read_source(&flags.file).ok_or(ExitCode::from(1))?;
    adjust(&mut flags.config);
    match goroscope_core::runtime::run(&src, flags.config.clone()) {
        Ok(run) => Ok((flags, run)),
        Err(errs) => {
            let index = goroscope_core::LineIndex::new(&src);
            for line in goroscope_core::diag::render_all(&flags.file, &errs.diagnostics, &index) {
                eprintln!("{line}");
            }
            Err(ExitCode::from(1))
        }
    }
}

/// `goroscope run`: the program's output and exit status, as a Go binary would give them.
fn run(args: &[String]) -> ExitCode {
    let (flags, run) = match load_and_run("run", args, &[], |_| {}) {
        Ok(r) => r,
        Err(code) => return code,
    };
    use std::io::Write;
    let _ = std::io::stdout().write_all(run.stdout.as_bytes());
    let _ = std::io::stderr().write_all(run.stderr.as_bytes());
    if let goroscope_core::trace::Outcome::Limit { which } = run.trace.outcome {
        // Go has no such end: say why the program stopped, and how to let it go on.
        let steps = run.trace.events.len();
        let hint = match which {
            goroscope_core::trace::Budget::Steps => " (raise it with --max-steps N)",
            _ => "",
        };
        eprintln!("goroscope: stopped at the {} after {steps} steps{hint}", which.name());
    }
    if let Some(path) = flags.trace_out {
        match serde_json::to_string(&run.trace) {
            Ok(json) => {
                if let Err(e) = std::fs::write(&path, json) {
                    eprintln!("goroscope: write {path}: {e}");
                }
            }
            Err(e) => eprintln!("goroscope: trace: {e}"),
        }
        let schedule = goroscope_core::trace::schedule::encode(&run.trace.schedule);
        eprintln!("goroscope: replay with --schedule {schedule}");
    }
    ExitCode::from(run.exit_code.clamp(0, 255) as u8)
}

/// `goroscope trace`: the text dump of a run's trace, then why a deadlock happened.
fn trace(args: &[String]) -> ExitCode {
    let (flags, run) = match load_and_run("trace", args, &[], |_| {}) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let mut text = goroscope_core::trace::text::text_named(&run.trace, &base_name(&flags.file));
    for why in goroscope_core::trace::explain::deadlock(&run.trace) {
        text += &format!("why: {why}\n");
    }
    text +=
        &format!("schedule: {}\n", goroscope_core::trace::schedule::encode(&run.trace.schedule));
    emit(&text)
}

/// `goroscope fingerprint`: the hash of a run's trace, to compare runs across platforms.
fn fingerprint(args: &[String]) -> ExitCode {
    // The browser runs with this budget, file name and race detection; use the same ones.
    let adjust = |c: &mut goroscope_core::runtime::Config| {
        c.max_steps = 200_000;
        c.max_instructions = 50_000_000;
        c.file_name = "/tmp/main.go".into();
        c.race = true;
    };
    match load_and_run("fingerprint", args, &[], adjust) {
        Ok((_, run)) => {
            println!("{:016x}", run.trace.fingerprint());
            ExitCode::SUCCESS
        }
        Err(code) => code,
    }
}

/// `goroscope svg`: the run's timeline as a self-contained SVG image on stdout.
fn svg(args: &[String]) -> ExitCode {
    let (flags, run) = match load_and_run("svg", args, &["--animate"], |_| {}) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let opts = goroscope_core::trace::SvgOptions {
        animate: flags.switches.contains(&"--animate"),
        ..Default::default()
    };
    emit(&goroscope_core::trace::svg(&run.trace, &base_name(&flags.file), opts))
}

/// Writes a command's output to stdout. A reader that stops early (`goroscope trace | head`)
/// ends the command quietly, as with other Unix tools; another write error is reported.
fn emit(text: &str) -> ExitCode {
    use std::io::Write;
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("goroscope: write stdout: {e}");
            ExitCode::from(1)
        }
    }
}

/// The last component of a path, as the programs' names are shown.
fn base_name(path: &str) -> String {
    std::path::Path::new(path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}
