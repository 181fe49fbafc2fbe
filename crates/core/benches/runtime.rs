//! The runtime benchmark: heavy concurrent programs run by the simulator and by real Go in
//! the same process run, reported as steps per second, bytes per trace event and the ratio
//! of our time to Go's, and the race detector's overhead (the same run with `race: true`).
//! Run with `cargo bench -p goroscope-core --bench runtime`.

use goroscope_core::runtime::{Config, run};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const PROGRAMS: [&str; 5] =
    ["unbuffered_1m", "goroutines_10k", "pipeline_100", "prime_sieve", "mutex_1m"];

#[allow(clippy::disallowed_methods)] // reason: a benchmark measures wall-clock time
fn time<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let t0 = Instant::now();
    let out = f();
    (out, t0.elapsed())
}

/// The median of three timed runs (as for Go below), and the last run's result: one run's
/// time swings with how much of its memory the allocator must fetch fresh from the kernel.
fn median_of_three<T>(mut f: impl FnMut() -> T) -> (T, Duration) {
    let mut times = Vec::new();
    let mut out = None;
    for _ in 0..3 {
        drop(out.take());
        let (o, d) = time(&mut f);
        out = Some(o);
        times.push(d);
    }
    times.sort();
    (out.expect("three runs"), times[1])
}

fn go_binary() -> Option<std::path::PathBuf> {
    let p = std::env::var_os("GOROSCOPE_GO")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.venv/bin/go"));
    p.exists().then_some(p)
}

/// Builds the Go program once and times its binary (median of three), with GOMAXPROCS=1.
fn time_go(go: &Path, name: &str, src: &str) -> Option<(Duration, String)> {
    let dir = std::env::temp_dir().join(format!("goroscope-bench-{name}"));
    std::fs::create_dir_all(&dir).ok()?;
    std::fs::write(dir.join("main.go"), src).ok()?;
    let cache = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.gocache");
    let ok = Command::new(go)
        .args(["build", "-o", "prog", "main.go"])
        .current_dir(&dir)
        .env("GOTOOLCHAIN", "local")
        .env("GOPROXY", "off")
        .env("GOCACHE", cache)
        .status()
        .ok()?
        .success();
    if !ok {
        return None;
    }
    let mut times = Vec::new();
    let mut out = String::new();
    for _ in 0..3 {
        let (o, d) = time(|| Command::new(dir.join("prog")).env("GOMAXPROCS", "1").output());
        out = String::from_utf8_lossy(&o.ok()?.stdout).into_owned();
        times.push(d);
    }
    times.sort();
    Some((times[1], out))
}

fn main() {
    let go = go_binary();
    println!(
        "{:<16} {:>10} {:>10} {:>12} {:>9} {:>10} {:>8} {:>10} {:>7}",
        "program", "steps", "ours", "steps/s", "B/event", "go", "ratio", "race", "race×"
    );
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/programs");
    for name in PROGRAMS {
        let src =
            std::fs::read_to_string(root.join(format!("{name}.go"))).expect("benchmark program");
        let config = Config { max_steps: 200_000_000, ..Config::default() };
        let (result, ours) = median_of_three(|| run(&src, config.clone()));
        let r = result.expect("benchmark programs compile");
        let steps = r.trace.events.len();
        let race_config = Config { max_steps: 200_000_000, race: true, ..Config::default() };
        let (raced, with_race) = median_of_three(|| run(&src, race_config.clone()));
        let raced = raced.expect("benchmark programs compile");
        assert_eq!(raced.stdout, r.stdout, "{name}: -race changed the output");
        let race_ratio = with_race.as_secs_f64() / ours.as_secs_f64();
        let json = serde_json::to_vec(&r.trace.events).map(|v| v.len()).unwrap_or(0);
        let mem_per_event = r.trace.events.bytes_per_event();
        let sps = steps as f64 / ours.as_secs_f64();
        let (go_time, ratio) = match go.as_deref().and_then(|g| time_go(g, name, &src)) {
            Some((d, out)) => {
                assert_eq!(out, r.stdout, "{name}: Go and the simulator disagree");
                (
                    format!("{:.3}s", d.as_secs_f64()),
                    format!("{:.1}x", ours.as_secs_f64() / d.as_secs_f64()),
                )
            }
            None => ("n/a".into(), "n/a".into()),
        };
        println!(
            "{name:<16} {steps:>10} {:>9.3}s {sps:>12.0} {mem_per_event:>4.1} ({:>3}) {go_time:>10} {ratio:>8} {:>9.3}s {race_ratio:>6.2}x",
            ours.as_secs_f64(),
            json / steps.max(1),
            with_race.as_secs_f64()
        );
    }
    println!(
        "B/event: in memory, side tables included (and as JSON in parentheses). race×: time with the race detector on / off."
    );
}
