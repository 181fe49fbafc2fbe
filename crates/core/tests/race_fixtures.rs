//! The race detector against `go run -race`: every program in `tests/data/race` must give
//! the same number of `WARNING: DATA RACE` reports, at the same source lines and call stacks, with the same
//! exit status (66 when a race was found) and summary line, and unchanged stdout; and a racy program must be
//! reported under every seed, since happens-before does not depend on the interleaving.

mod support;

use goroscope_core::runtime::{Config, run};
use std::collections::BTreeSet;
use support::{fixtures, name, oracle};

fn config(seed: u64) -> Config {
    Config { seed, race: true, file_name: "/tmp/main.go".into(), ..Config::default() }
}

/// The innermost `main.go:LINE` position of each access section of the race reports (Go
/// may list runtime frames above it and wrapper frames below it).
fn racing_lines(stderr: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut in_access = false;
    for l in stderr.lines() {
        let t = l.trim();
        if t.starts_with("Read at") || t.starts_with("Write at") || t.starts_with("Previous") {
            in_access = true;
        } else if t.is_empty() || t.starts_with("Goroutine") || t.starts_with("==") {
            in_access = false;
        } else if in_access && let Some(i) = t.find("main.go:") {
            let pos: String = t[i..].chars().take_while(|c| !c.is_whitespace()).collect();
            out.insert(pos);
            in_access = false;
        }
    }
    out
}

/// The call stack of each access section, as function names innermost first. Go's
/// `gowrap` frames (the wrapper of `go f(x)`) are left out: the simulator starts the
/// goroutine in `f` itself.
fn access_stacks(stderr: &str) -> BTreeSet<Vec<String>> {
    let mut out = BTreeSet::new();
    let mut cur: Option<Vec<String>> = None;
    for l in stderr.lines() {
        let t = l.trim();
        if t.starts_with("Read at") || t.starts_with("Write at") || t.starts_with("Previous") {
            cur = Some(Vec::new());
        } else if t.is_empty() || t.starts_with("Goroutine") || t.starts_with("==") {
            out.extend(cur.take());
        } else if let Some(stack) = cur.as_mut()
            && t.starts_with("main.")
            && t.ends_with(')')
            && !t.contains("gowrap")
        {
            stack.push(t.rsplit_once('(').map_or(t, |(f, _)| f).to_string());
        }
    }
    out.extend(cur);
    out
}

fn count(stderr: &str) -> usize {
    stderr.matches("WARNING: DATA RACE").count()
}

#[test]
fn race_reports_match_go_race() {
    let files = fixtures("race");
    assert!(files.len() >= 10, "expected at least 10 race fixtures");
    let mut failures = Vec::new();
    for path in files {
        let src = std::fs::read_to_string(&path).expect("fixture");
        let ours = run(&src, config(0)).expect("compiles");
        let plain = run(&src, Config { race: false, ..config(0) }).expect("compiles");
        let go = oracle::run_race(&name(&path).replace(".go", ""), &src);
        let n = name(&path);
        if count(&ours.stderr) != count(&go.stderr) {
            failures.push(format!(
                "{n}: {} reports, go -race gives {}\n{}",
                count(&ours.stderr),
                count(&go.stderr),
                ours.stderr
            ));
        }
        if ours.exit_code != go.code {
            failures.push(format!("{n}: exit {} but go -race exits {}", ours.exit_code, go.code));
        }
        let (ol, gl) = (racing_lines(&ours.stderr), racing_lines(&go.stderr));
        if gl != ol {
            failures.push(format!("{n}: racing lines {ol:?}, go -race names {gl:?}"));
        }
        let (os, gs) = (access_stacks(&ours.stderr), access_stacks(&go.stderr));
        if gs != os {
            failures.push(format!("{n}: access stacks {os:?}, go -race prints {gs:?}"));
        }
        let summary = |s: &str| s.lines().find(|l| l.starts_with("Found ")).map(str::to_string);
        if summary(&ours.stderr) != summary(&go.stderr) {
            failures.push(format!(
                "{n}: summary {:?}, go -race prints {:?}",
                summary(&ours.stderr),
                summary(&go.stderr)
            ));
        }
        if ours.stdout != plain.stdout {
            failures.push(format!("{n}: -race changed stdout"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn racy_programs_are_reported_under_every_seed() {
    for path in fixtures("race") {
        let src = std::fs::read_to_string(&path).expect("fixture");
        let racy = count(&run(&src, config(0)).expect("compiles").stderr) > 0;
        for seed in 0..50 {
            let r = run(&src, config(seed)).expect("compiles");
            assert_eq!(count(&r.stderr) > 0, racy, "{} under seed {seed}", name(&path));
        }
    }
}
