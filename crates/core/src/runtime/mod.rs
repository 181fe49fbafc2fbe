//! The simulator's runtime: the compiler from checked Go to bytecode, the VM that steps
//! goroutines deterministically, channels, sync, virtual time, the simulated standard
//! library and Go's formatting. `run` is its entry point.

mod case_ranges;
mod chan;
pub mod compile;
mod conc;
pub mod fmt;
pub mod growslice;
mod mutex;
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
use crate::trace::Trace;

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
    Ok(start(src, config)?.finish())
}

/// A run in progress, advanced in slices so that a host with one thread (the browser) stays
/// responsive, shows progress and can stop it. Slicing changes nothing in the trace.
pub struct Running {
    machine: vm::Machine,
}

impl std::fmt::Debug for Running {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Running").field("steps", &self.machine.steps()).finish()
    }
}

/// Checks and compiles a program and sets it up to run, without running it.
pub fn start(src: &str, config: Config) -> Result<Running, CompileErrors> {
    let fe = crate::frontend(src);
    let Some(checked) = fe.checked.as_ref().filter(|_| fe.diagnostics.is_empty()) else {
        return Err(CompileErrors { diagnostics: fe.diagnostics });
    };
    let prog = compile::compile(&fe.file, checked, src);
    Ok(Running { machine: vm::Machine::new(prog, config) })
}

impl Running {
    /// Runs at most `slices` more scheduling slices; returns whether the program has ended.
    pub fn advance(&mut self, slices: u32) -> bool {
        self.machine.advance(slices)
    }

    /// Steps recorded so far.
    pub fn steps(&self) -> usize {
        self.machine.steps()
    }

    /// Ends the run here (outcome: stopped, unless it had already ended).
    pub fn stop(mut self) -> Run {
        self.machine.stop();
        outputs(self.machine.into_trace())
    }

    /// Runs to the end.
    pub fn finish(mut self) -> Run {
        while !self.machine.advance(u32::MAX) {}
        outputs(self.machine.into_trace())
    }
}

/// Splits the printed text of a trace into stdout and stderr.
pub fn outputs(trace: Trace) -> Run {
    let mut stdout = String::new();
    let mut stderr = String::new();
    for (text, err) in trace.events.prints() {
        let t = trace.text(text);
        if err { stderr.push_str(t) } else { stdout.push_str(t) }
    }
    let exit_code = trace.outcome.exit_code();
    Run { trace, stdout, stderr, exit_code }
}
