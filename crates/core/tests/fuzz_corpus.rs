//! Replays the fuzzer's inputs without the fuzzer: every file in `fuzz/corpus/frontend` (the
//! seed corpus) and in `fuzz/artifacts` (crashes the fuzzer found, kept as regressions) goes
//! through `frontend` with the same checks as `fuzz/fuzz_targets/frontend.rs`, so `cargo
//! test` catches a regression that only the fuzzer would otherwise see.

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
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz");
    let corpus = files_under(&fuzz.join("corpus/frontend"));
    assert!(corpus.len() >= 20, "expected a seed corpus in fuzz/corpus/frontend");
    let mut failures = Vec::new();
    for path in corpus.iter().chain(&files_under(&fuzz.join("artifacts"))) {
        let data = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        if catch_unwind(|| run(&data)).is_err() {
            let rel = path.strip_prefix(&fuzz).unwrap_or(path);
            failures.push(format!("fuzz/{}", rel.display()));
        }
    }
    assert!(failures.is_empty(), "the front end panicked on:\n{}", failures.join("\n"));
}
