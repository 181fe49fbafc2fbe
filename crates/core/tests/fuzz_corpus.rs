//! Replays the fuzzer's inputs without the fuzzer: the seed programs (every `.go` file of
//! `examples/` and `crates/core/tests/data`, which `fuzz/seed-corpus` copies into the corpus),
//! a local `fuzz/corpus/frontend` if one was generated, and `fuzz/artifacts` (crashes the
//! fuzzer found, kept as regressions) go through `frontend` with the same checks as
//! `fuzz/fuzz_targets/frontend.rs`, so `cargo test` catches a regression that only the
//! fuzzer would otherwise see. Crashes of the `run` target (`fuzz/artifacts/run`) replay
//! through that target's checks as well.

use goroscope_core::runtime::Config;
use goroscope_core::trace::{self, SnapshotIndex, SvgOptions};
use goroscope_core::{LineIndex, frontend};
use std::panic::catch_unwind;
use std::path::{Path, PathBuf};

/// Every file under `dir`, recursively, sorted; nothing when `dir` does not exist.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut res = Vec::new();
    for entry in entries {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            res.extend(files_under(&path));
        } else if path.is_file() {
            res.push(path);
        }
    }
    res.sort();
    res
}

/// The fuzz target's body: no panic, and every diagnostic inside the source.
fn run(data: &[u8]) {
    let src = String::from_utf8_lossy(data);
    let fe = frontend(&src);
    let index = LineIndex::new(&src);
    for d in &fe.diagnostics {
        assert!(d.span.start <= d.span.end, "reversed span in {d:?}");
        assert!(d.span.end as usize <= src.len(), "span past the end of the source in {d:?}");
        let _ = d.render(&index);
    }
}

#[test]
fn fuzz_corpus_and_artifacts_run_through_the_front_end_without_panics() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let fuzz = root.join("fuzz");
    let seeds: Vec<PathBuf> = [root.join("examples"), root.join("crates/core/tests/data")]
        .iter()
        .flat_map(|d| files_under(d))
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .collect();
    assert!(seeds.len() >= 20, "expected the repository's Go programs as seeds");
    let mut failures = Vec::new();
    let extra = [files_under(&fuzz.join("corpus/frontend")), files_under(&fuzz.join("artifacts"))];
    for path in seeds.iter().chain(extra.iter().flatten()) {
        let data = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        if catch_unwind(|| run(&data)).is_err() {
            let rel = path.strip_prefix(&root).unwrap_or(path);
            failures.push(rel.display().to_string());
        }
    }
    assert!(failures.is_empty(), "the front end panicked on:\n{}", failures.join("\n"));
}

/// The `run` fuzz target's body: the first byte picks the seed and the race detector, the
/// rest is a program that, if it compiles, runs within small budgets and whose trace every
/// derivation accepts.
fn run_pipeline(data: &[u8]) {
    let Some((&knobs, rest)) = data.split_first() else { return };
    let src = String::from_utf8_lossy(rest);
    let config = Config {
        seed: u64::from(knobs & 0x7f),
        race: knobs & 0x80 != 0,
        max_steps: 5_000,
        max_goroutines: 200,
        max_heap: 50_000,
        max_instructions: 200_000,
        ..Config::default()
    };
    let Ok(r) = goroscope_core::runtime::run(&src, config) else { return };
    let t = &r.trace;
    let index = SnapshotIndex::new(t);
    assert_eq!(index.at(t.events.len()).step, t.events.len());
    let _ = trace::lanes(t);
    let _ = trace::arrows(t);
    let _ = trace::text(t);
    for step in [0, t.events.len() / 2, t.events.len()] {
        let _ = trace::narrate(t, step);
    }
    let animate = knobs & 1 == 1;
    let _ = trace::svg(t, "main.go", SvgOptions { animate, ..SvgOptions::default() });
    let _ = trace::explain::leaks(t);
    let _ = trace::explain::lock_cycles(t);
}

#[test]
fn run_target_artifacts_run_without_panics() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut failures = Vec::new();
    for path in files_under(&root.join("fuzz/artifacts/run")) {
        let data = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        if catch_unwind(|| run_pipeline(&data)).is_err() {
            failures.push(path.display().to_string());
        }
    }
    // A program the fuzzer would start from runs here too, so the checks themselves are
    // exercised even before any artifact exists.
    let seed = std::fs::read(root.join("examples/seed/03_waitgroup.go")).expect("example");
    for knobs in [0u8, 0x87] {
        let data: Vec<u8> = std::iter::once(knobs).chain(seed.iter().copied()).collect();
        run_pipeline(&data);
    }
    assert!(failures.is_empty(), "the pipeline panicked on:\n{}", failures.join("\n"));
}
