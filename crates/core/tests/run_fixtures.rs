//! The runtime against its fixtures and against real Go. Every program under
//! `tests/data/run/{exit,deadlock,panic}` and every runnable example must: end the way its
//! folder says; run deterministically; replay identically from the printable form of its
//! recorded schedule (under seed 0 and under a random seed); survive a JSON round-trip of its trace; and, compared
//! with the same program built by Go and run with GOMAXPROCS=1, print the same stdout, exit
//! with the same status and start stderr with the same line.
//!
//! A fixture with a `//@ gap: why` directive documents a known difference from Go: it is
//! expected to differ, and the test fails once it no longer does, so the directive goes. One
//! with `//@ playground` is compared with Go built as the Playground builds (`-tags
//! faketime`), whose clock is virtual as the simulator's, so it may print times.

mod support;

use goroscope_core::runtime::{Config, Run, run};
use goroscope_core::trace::{Outcome, Trace, schedule};
use std::path::{Path, PathBuf};
use support::{directives, fixtures, name, oracle};

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn config(seed: u64) -> Config {
    Config { seed, max_steps: 2_000_000, file_name: "/tmp/main.go".into(), ..Config::default() }
}

/// Runs a fixture; a program the front end rejects is a failure of its own.
fn run_ok(path: &Path, src: &str, cfg: Config, failures: &mut Vec<String>) -> Option<Run> {
    match run(src, cfg) {
        Ok(r) => Some(r),
        Err(e) => {
            let msg = e.diagnostics.first().map(|d| d.message.clone()).unwrap_or_default();
            let line = format!("{}: does not compile: {msg}", name(path));
            if !failures.contains(&line) {
                failures.push(line);
            }
            None
        }
    }
}

/// Programs that need the network under real Go (net/http) are only run by the simulator.
fn needs_network(src: &str) -> bool {
    src.contains("\"net/http\"")
}

fn all_programs() -> Vec<(PathBuf, &'static str)> {
    let mut out = Vec::new();
    for (dir, kind) in [("run/exit", "exit"), ("run/deadlock", "deadlock"), ("run/panic", "panic")]
    {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(dir);
        if root.exists() {
            out.extend(fixtures(dir).into_iter().map(|p| (p, kind)));
        }
    }
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    for dir in ["seed", "patterns"] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(examples.join(dir))
            .expect("examples")
            .map(|e| e.expect("entry").path())
            .collect();
        files.sort();
        for p in files.into_iter().filter(|p| p.extension().is_some_and(|x| x == "go")) {
            let src = read(&p);
            let kind = if src.contains("deadlock") && p.to_string_lossy().contains("deadlock") {
                "deadlock"
            } else {
                "exit"
            };
            out.push((p, kind));
        }
    }
    out
}

fn outcome_kind(o: &Outcome) -> &'static str {
    match o {
        Outcome::Exited { .. } => "exit",
        Outcome::Deadlock { .. } => "deadlock",
        Outcome::Panic { .. } | Outcome::Fatal { .. } => "panic",
        Outcome::Limit { .. } => "limit",
    }
}

#[test]
fn programs_end_as_their_folder_says() {
    let mut failures = Vec::new();
    for (path, kind) in all_programs() {
        let src = read(&path);
        if !directives(&src, "gap").is_empty() {
            continue;
        }
        let Some(r) = run_ok(&path, &src, config(0), &mut failures) else { continue };
        let got = outcome_kind(&r.trace.outcome);
        if got != kind {
            failures.push(format!(
                "{}: expected {kind}, got {:?}\nstderr: {}",
                name(&path),
                r.trace.outcome,
                r.stderr
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn json_round_trip(t: &Trace) -> Trace {
    let json = serde_json::to_string(t).expect("serialize");
    serde_json::from_str(&json).expect("deserialize")
}

#[test]
fn runs_are_deterministic_replayable_and_serializable() {
    let mut failures = Vec::new();
    for (path, _) in all_programs() {
        let src = read(&path);
        if !directives(&src, "gap").is_empty() && run(&src, config(0)).is_err() {
            continue;
        }
        for seed in [0, 7] {
            let Some(a) = run_ok(&path, &src, config(seed), &mut failures) else { continue };
            let a = a.trace;
            let Some(b) = run_ok(&path, &src, config(seed), &mut failures) else { continue };
            let b = b.trace;
            if a != b {
                failures.push(format!("{} seed {seed}: two runs differ", name(&path)));
            }
            // Replay from the schedule's printable form, which carries the seed too.
            let text = schedule::encode(&a.schedule);
            let decoded = match schedule::decode(&text) {
                Ok(s) => s,
                Err(e) => {
                    failures.push(format!("{} seed {seed}: {e} in {text}", name(&path)));
                    continue;
                }
            };
            let replay = Config {
                seed: decoded.seed,
                schedule: Some(decoded.choices),
                ..config(seed.wrapping_add(1))
            };
            let Some(c) = run_ok(&path, &src, replay, &mut failures) else { continue };
            let c = c.trace;
            if a.events != c.events || a.outcome != c.outcome {
                failures.push(format!("{} seed {seed}: replay differs", name(&path)));
            }
            if json_round_trip(&a) != a {
                failures.push(format!("{} seed {seed}: JSON round-trip differs", name(&path)));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The differential test: seed 0 must print what Go prints with GOMAXPROCS=1.
#[test]
fn seed_zero_matches_go_with_one_processor() {
    let mut failures = Vec::new();
    let mut compared = 0;
    for (path, _) in all_programs() {
        let src = read(&path);
        if needs_network(&src) {
            continue;
        }
        let gap = !directives(&src, "gap").is_empty();
        let tag = name(&path).replace(".go", "");
        let go = if directives(&src, "playground").is_empty() {
            oracle::run(&tag, &src)
        } else {
            oracle::run_playground(&tag, &src)
        };
        let ours = match run(&src, config(0)) {
            Ok(r) => r,
            Err(_) if gap => continue,
            Err(e) => {
                failures.push(format!(
                    "{}: does not compile: {:?}",
                    name(&path),
                    e.diagnostics.first()
                ));
                continue;
            }
        };
        compared += 1;
        if gap {
            let first = |s: &str| s.lines().next().unwrap_or("").to_string();
            let same = ours.stdout == go.stdout
                && ours.exit_code == go.code
                && first(&ours.stderr) == first(&go.stderr);
            if same {
                failures
                    .push(format!("{}: now matches Go: remove its //@ gap directive", name(&path)));
            }
            continue;
        }
        if ours.stdout != go.stdout {
            failures.push(format!(
                "{}: stdout differs\n--- go\n{}--- goroscope\n{}",
                name(&path),
                go.stdout,
                ours.stdout
            ));
        }
        if ours.exit_code != go.code {
            failures.push(format!(
                "{}: exit {} but go exits {}\nstderr: {}",
                name(&path),
                ours.exit_code,
                go.code,
                ours.stderr
            ));
        }
        if !directives(&src, "traceback").is_empty()
            && traceback_shape(&ours.stderr) != traceback_shape(&go.stderr)
        {
            failures.push(format!(
                "{}: stderr differs beyond addresses\n--- go\n{}--- goroscope\n{}",
                name(&path),
                traceback_shape(&go.stderr),
                traceback_shape(&ours.stderr)
            ));
        }
        let first = |s: &str| s.lines().next().unwrap_or("").to_string();
        if first(&ours.stderr) != first(&go.stderr) {
            failures.push(format!(
                "{}: stderr starts {:?}, go's {:?}",
                name(&path),
                first(&ours.stderr),
                first(&go.stderr)
            ));
        }
    }
    assert!(compared >= 20, "only {compared} programs compared");
    assert!(
        failures.is_empty(),
        "{} of {compared} differ:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// A traceback without what differs between builds: argument words (`main.f(0x0?)` is
/// `main.f(...)`), code offsets (` +0x25`) and the directory of the file. What a fixture
/// with `//@ traceback: same as go` must print exactly as Go does.
fn traceback_shape(stderr: &str) -> String {
    let mut out = String::new();
    for line in stderr.lines() {
        let line = match line.strip_prefix('\t') {
            Some(at) => {
                let at = at.split(" +0x").next().unwrap_or(at);
                let file = at.rsplit('/').next().unwrap_or(at);
                format!("\t{file}")
            }
            None => match (line.find('('), line.strip_suffix(')')) {
                (Some(open), Some(_)) if open + 2 < line.len() && !line.starts_with("panic") => {
                    format!("{}(...)", &line[..open])
                }
                _ => line.to_string(),
            },
        };
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// Go stops a program when a goroutine uses a map while another is in the middle of writing
/// it; seed 0 never switches goroutines there (as GOMAXPROCS=1 does not), random seeds do. A
/// fixture's `//@ random-seeds: LINE` says how it ends under seeds 1 to 8: with LINE as the
/// first line of stderr and exit status 2, or, without LINE, cleanly.
#[test]
fn random_seeds_end_as_the_fixture_says() {
    let mut failures = Vec::new();
    let mut n = 0;
    for (path, _) in all_programs() {
        let src = read(&path);
        let Some(want) = directives(&src, "random-seeds").first().copied() else { continue };
        n += 1;
        for seed in 1..=8 {
            let Some(r) = run_ok(&path, &src, config(seed), &mut failures) else { continue };
            let first = r.stderr.lines().next().unwrap_or("");
            let code = if want.is_empty() { 0 } else { 2 };
            if first != want || r.exit_code != code {
                failures.push(format!(
                    "{} seed {seed}: exit {}, stderr starts {first:?}; want exit {code}, {want:?}",
                    name(&path),
                    r.exit_code
                ));
            }
        }
    }
    assert!(n >= 4, "only {n} fixtures with //@ random-seeds");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Running in slices (as the browser does, to stay responsive) records the same trace as one
/// go, and stopping early keeps the steps so far with a `stopped` outcome.
#[test]
fn slicing_a_run_changes_nothing_and_stopping_keeps_what_ran() {
    use goroscope_core::runtime::start;
    use goroscope_core::trace::Budget;
    for (path, _) in all_programs().into_iter().step_by(7) {
        let src = read(&path);
        let Ok(whole) = run(&src, config(3)) else { continue };
        let mut running = start(&src, config(3)).expect("compiles");
        let mut slices = 0;
        while !running.advance(5) {
            slices += 1;
        }
        let sliced = running.finish();
        assert_eq!(sliced.trace, whole.trace, "{}", name(&path));
        if slices > 2 {
            let mut running = start(&src, config(3)).expect("compiles");
            running.advance(5);
            let steps = running.steps();
            let stopped = running.stop();
            assert_eq!(stopped.trace.outcome, Outcome::Limit { which: Budget::Stopped });
            assert_eq!(
                stopped.trace.events.range(0..steps).collect::<Vec<_>>(),
                whole.trace.events.range(0..steps).collect::<Vec<_>>(),
                "{}",
                name(&path)
            );
        }
    }
}

/// A long run's schedule stays small in its printable form and replays the run exactly: a
/// million steps of the million-message program (two goroutines, so about one bit per choice).
#[test]
fn a_long_schedule_prints_small_and_replays() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/programs/unbuffered_1m.go");
    let src = read(&path);
    let cfg = Config { max_steps: 1_000_000, ..config(7) };
    let a = run(&src, cfg.clone()).expect("compiles").trace;
    let n = a.schedule.choices.len();
    assert!(n > 250_000, "only {n} choices");
    let text = schedule::encode(&a.schedule);
    let per_choice = text.len() as f64 / n as f64;
    assert!(per_choice < 0.19, "{per_choice:.3} bytes per choice ({} for {n})", text.len());
    let decoded = schedule::decode(&text).expect("decodes");
    assert_eq!(decoded, a.schedule);
    let replay = Config { seed: decoded.seed, schedule: Some(decoded.choices), ..cfg };
    let b = run(&src, replay).expect("compiles").trace;
    assert!(a.events == b.events && a.outcome == b.outcome, "replay differs");
}

/// Programs that allocate without end stop at the memory budget, keeping what they printed,
/// instead of exhausting the host's memory: a growing slice, map or string, one huge string.
#[test]
fn runaway_allocation_stops_at_the_memory_limit() {
    use goroscope_core::trace::Budget;
    let bodies = [
        "var s []int\n\tfor {\n\t\ts = append(s, 1)\n\t}",
        "m := map[int]int{}\n\tfor i := 0; ; i++ {\n\t\tm[i] = i\n\t}",
        "s := \"x\"\n\tfor i := 0; i < 60; i++ {\n\t\ts += s\n\t}\n\tprintln(len(s))",
        "println(len(strings.Repeat(\"x\", 1<<40)))",
        "var all [][]int\n\tfor {\n\t\tall = append(all, make([]int, 1000))\n\t}",
    ];
    for body in bodies {
        let src = format!(
            "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\nvar _ = strings.Repeat\n\nfunc main() {{\n\tfmt.Println(\"start\")\n\t{body}\n}}\n"
        );
        let r = run(&src, config(0)).expect("compiles");
        assert_eq!(r.trace.outcome, Outcome::Limit { which: Budget::Memory }, "{body}");
        assert_eq!(r.stdout, "start\n", "{body}");
        assert_eq!(r.exit_code, 3, "{body}");
    }
}
