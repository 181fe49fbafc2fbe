//! Trace snapshots: the stable text dump (`trace::text`) of every runtime fixture under
//! `tests/data/run/{exit,deadlock,panic}`, run with seed 0, is pinned in a `.trace` file beside
//! it and compared exactly, so any change to what the simulator does step by step (not only to
//! what the program prints) shows up in review. `GOROSCOPE_BLESS=1 cargo test -p
//! goroscope-core --test trace_snapshots` rewrites them after an intended change.

mod support;

use goroscope_core::runtime::{Config, run};
use goroscope_core::trace::text;
use support::{blessing, check_snapshot, fixtures, name};

/// Dumps longer than this many lines are not pinned: loops of thousands of steps (today the
/// atomic counter and the two mutex-protected counting loops, each lock and unlock a step)
/// would make snapshots nobody reads; their output is still compared with Go's and their
/// replay checked by `run_fixtures`.
const MAX_LINES: usize = 400;

#[test]
fn runtime_fixtures_match_their_trace_snapshots() {
    let mut failures = Vec::new();
    let (mut pinned, mut skipped) = (0, Vec::new());
    for dir in ["run/exit", "run/deadlock", "run/panic"] {
        for path in fixtures(dir) {
            let src = std::fs::read_to_string(&path).expect("fixture");
            let config = Config { max_steps: 100_000, ..Config::default() };
            // A `//@ gap:` fixture the front end rejects has no run to pin.
            let Ok(r) = run(&src, config) else { continue };
            let dump = text(&r.trace);
            let snapshot = path.with_extension("trace");
            if dump.lines().count() > MAX_LINES {
                skipped.push(name(&path));
                // A snapshot left from when the trace was short would no longer be checked.
                if snapshot.exists() {
                    if blessing() {
                        std::fs::remove_file(&snapshot).expect("remove snapshot");
                    } else {
                        failures.push(format!(
                            "{}: the trace is over {MAX_LINES} lines; remove its snapshot",
                            snapshot.display()
                        ));
                    }
                }
                continue;
            }
            pinned += 1;
            failures.extend(check_snapshot(&snapshot, &dump));
        }
    }
    assert!(pinned >= 100, "only {pinned} trace snapshots (skipped: {skipped:?})");
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
}
