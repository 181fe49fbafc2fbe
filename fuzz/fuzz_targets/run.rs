//! The whole pipeline on arbitrary programs: whatever compiles must run to an outcome within
//! small budgets without panicking, and the trace's derivations (state at the end, lanes,
//! arrows, text dump, narration, SVG, explanations) must accept it. The first byte picks the
//! scheduling seed and whether the race detector is on; the rest is the source.

#![no_main]

use goroscope_core::runtime::{Config, run};
use goroscope_core::trace::{self, SnapshotIndex, SvgOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
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
    let Ok(r) = run(&src, config) else { return };
    let t = &r.trace;
    let index = SnapshotIndex::new(t);
    let end = index.at(t.events.len());
    assert_eq!(end.step, t.events.len());
    let _ = trace::lanes(t);
    let _ = trace::arrows(t);
    let _ = trace::text(t);
    for step in [0, t.events.len() / 2, t.events.len()] {
        let _ = trace::narrate(t, step);
    }
    let _ =
        trace::svg(t, "main.go", SvgOptions { animate: knobs & 1 == 1, ..SvgOptions::default() });
    let _ = trace::explain::leaks(t);
    let _ = trace::explain::lock_cycles(t);
});
