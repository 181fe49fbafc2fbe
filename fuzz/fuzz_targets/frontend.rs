//! The front end on arbitrary bytes: `goroscope_core::frontend` must never panic, overflow
//! the stack or hang, and every diagnostic must point inside the source. The bytes are read
//! as lossy UTF-8, as the CLI and the web UI read a file.

#![no_main]

use goroscope_core::{LineIndex, frontend};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data);
    let fe = frontend(&src);
    let index = LineIndex::new(&src);
    for d in &fe.diagnostics {
        assert!(d.span.start <= d.span.end, "reversed span in {d:?}");
        assert!(d.span.end as usize <= src.len(), "span past the end of the source in {d:?}");
        let _ = d.render(&index);
    }
});
