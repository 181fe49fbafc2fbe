//! The simulator's runtime: values and the heap, Go's formatting, and (as it grows) the
//! bytecode VM, the scheduler and the concurrency primitives.

pub mod value;
