//! The simulator's runtime: the compiler from checked Go to bytecode, the VM that steps
//! goroutines deterministically, channels, sync, virtual time, the simulated standard
//! library and Go's formatting. `run` is its entry point.

mod chan;
pub mod compile;
mod conc;
pub mod fmt;
mod natives;
mod natives_lib;
pub mod ops;
pub mod program;
pub mod race;
pub mod sched;
mod tracer;
pub mod value;
mod vm;

pub use vm::Config;

use crate::diag::Diagnostic;
use crate::trace::{EventKind, Trace};

/// A finished run: the trace, the program's output streams and its exit status.
#[derive(Debug)]
pub struct Run {
    pub trace: Trace,
    pub stdout: String,
    pub stderr: String,
    pub exit_code: i32,
}

/// Why a program did not run.
#[derive(Debug)]
pub struct CompileErrors {
    pub diagnostics: Vec<Diagnostic>,
}

/// Checks, compiles and runs a Go program.
pub fn run(src: &str, config: Config) -> Result<Run, CompileErrors> {
    let fe = crate::frontend(src);
    let Some(checked) = fe.checked.as_ref().filter(|_| fe.diagnostics.is_empty()) else {
        return Err(CompileErrors { diagnostics: fe.diagnostics });
    };
    let prog = compile::compile(&fe.file, checked, src);
    let trace = vm::Machine::new(prog, config).run();
    Ok(outputs(trace))
}

/// Splits the printed text of a trace into stdout and stderr.
pub fn outputs(trace: Trace) -> Run {
    let mut stdout = String::new();
    let mut stderr = String::new();
    for e in &trace.events {
        if let EventKind::Print { text, stderr: err } = e.kind {
            let t = trace.text(text);
            if err { stderr.push_str(t) } else { stdout.push_str(t) }
        }
    }
    let exit_code = trace.outcome.exit_code();
    Run { trace, stdout, stderr, exit_code }
}
