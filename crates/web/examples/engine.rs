//! The simulation engine alone, driven as the web app drives it but with no UI: checking,
//! compiling and running a program with races detected, then the lanes, arrows and snapshots
//! the panels read. `scripts/size-engine` builds it for wasm to measure the engine's share of
//! the bundle; nothing ships it.

use goroscope_core::LineIndex;
use goroscope_core::runtime::{Config, start};
use goroscope_core::trace::{self, SnapshotIndex};
use std::sync::Arc;
use wasm_bindgen::prelude::wasm_bindgen;

/// Runs `src` with `seed` and describes the run at `step`: compile errors in Go's words, or
/// lane, arrow and goroutine counts and the exit code.
#[wasm_bindgen]
pub fn run(src: &str, seed: u64, step: usize) -> String {
    let config = Config { seed, race: true, ..Config::default() };
    match start(src, config) {
        Err(e) => {
            let idx = LineIndex::new(src);
            let texts: Vec<String> = e.diagnostics.iter().map(|d| d.text(&idx, "")).collect();
            texts.join("\n")
        }
        Ok(mut running) => {
            while !running.advance(100) {}
            let trace = Arc::new(running.finish().trace);
            let (index, lanes) = SnapshotIndex::with_lanes(Arc::clone(&trace));
            let arrows = trace::arrows(&trace);
            let at = index.at(step);
            let code = trace.outcome.exit_code();
            format!("{} {} {} {code}", lanes.len(), arrows.len(), at.goroutines.len())
        }
    }
}
