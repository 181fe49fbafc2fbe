//! The virtual machine: goroutines as plain data (frames, program counters, operand stacks),
//! stepped one scheduling point at a time, recording a trace event at each.

use super::chan::Chan;
use super::mutex::{mutex_fast_at, mutex_fast_path};
use super::natives::{MUTEX_LOCK, MUTEX_UNLOCK};
use super::ops;
use super::program::{AppendBuf, Func, Op, Program, RangeKind};
use super::sched::{Rng, Scheduler};
use super::tracer::Tracer;
use super::value::{Closure, FuncId, GoMap, Heap, HeapId, HeapObj, Key, Ptr, Value};
use crate::syntax::span::Span;
use crate::trace::{Budget, EventKind, Outcome, Trace, WaitReason};
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

/// Limits and choices of a run.
#[derive(Clone, Debug)]
pub struct Config {
    /// 0 mimics Go with GOMAXPROCS=1; other seeds explore interleavings.
    pub seed: u64,
    /// Replays a recorded schedule (with the same seed).
    pub schedule: Option<Vec<u32>>,
    /// The run stops after this many trace events.
    pub max_steps: u64,
    pub max_goroutines: u32,
    /// Heap objects (cells, arrays, maps) at most.
    pub max_heap: usize,
    /// About how many bytes the heap may hold (and the longest string), so a runaway
    /// allocation ends the run instead of exhausting the host's memory.
    pub max_bytes: u64,
    /// Instructions a goroutine may run without a scheduling point before it is preempted
    /// (by default a time slice, as Go preempts a goroutine after 10ms).
    pub preempt_after: u32,
    /// Instructions the whole run may execute (so a spinning program stops quickly).
    pub max_instructions: u64,
    /// The file name used in tracebacks.
    pub file_name: String,
    /// Detect data races and report them as `go run -race` does (exit status 66).
    pub race: bool,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            seed: 0,
            schedule: None,
            max_steps: 10_000_000,
            max_goroutines: 100_000,
            max_heap: 20_000_000,
            max_bytes: 1 << 30,
            preempt_after: TIME_SLICE as u32,
            max_instructions: 2_000_000_000,
            file_name: "/tmp/main.go".into(),
            race: false,
        }
    }
}

/// A deferred call.
#[derive(Clone, Debug)]
pub(super) struct Deferred {
    pub callee: Rc<Closure>,
    pub args: Vec<Value>,
}

#[derive(Clone, Debug)]
pub(super) struct Frame {
    pub func: FuncId,
    pub pc: u32,
    /// Where the frame's slots start in the goroutine's stack.
    pub base: usize,
    pub closure: Option<Rc<Closure>>,
    pub defers: Vec<Deferred>,
    /// This frame runs a deferred call.
    pub deferred: bool,
    /// The deferred call was run by a panic unwinding the stack (so `recover` called
    /// directly in it stops that panic), not by its deferring function's return.
    pub by_panic: bool,
    /// Results are discarded on return (deferred calls, `go` bodies' callers).
    pub discard: bool,
    /// A synchronous call from native code returns here.
    pub sync_boundary: bool,
    /// A panic unwinding this synchronous call stops here (`fmt` calling a String method).
    pub catches_panic: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum GState {
    Runnable,
    Blocked(WaitReason),
    Sleeping,
    Done,
}

#[derive(Clone, Debug)]
pub(super) struct PanicState {
    pub value: Value,
    /// The text Go prints after `panic: `.
    pub message: String,
    pub recovered: bool,
    /// The recovered panic was raised again with the same value.
    pub repanicked: bool,
    /// How many frames the goroutine had when the panic started (its panicking function's
    /// frame is the last of them).
    pub depth: usize,
    /// The calls it started in, innermost first, for the traceback.
    pub stack: Vec<(FuncId, Span)>,
}

#[derive(Clone, Debug)]
pub(super) struct Goroutine {
    pub id: u32,
    pub frames: Vec<Frame>,
    pub stack: Vec<Value>,
    pub state: GState,
    /// The panics in progress, oldest first: one raised while deferred calls run for
    /// another nests inside it (Go's `gp._panic` list).
    pub panics: Vec<PanicState>,
    /// Set by a waker when the goroutine must panic on waking (send on a closed channel).
    pub wake_panic: Option<String>,
    /// Woken from a `sync.Mutex`'s queue (index into the sync state): its `Lock` competes
    /// again before the goroutine's next instruction (see `mutex.rs`).
    pub lock_retry: Option<u32>,
    /// The statement the goroutine is blocked at.
    pub block_span: Span,
    pub select_token: u64,
    /// A blocked plain receive (`<-ch`) drops the `ok` its waker delivers.
    pub drop_ok: bool,
    /// A `range` over a channel has received and must consume (value, ok) next.
    pub range_pending: bool,
    /// `runtime.Goexit` was called: the goroutine runs its deferred calls, then ends.
    pub goexiting: bool,
    /// The goroutine's start function and creation site, for tracebacks.
    pub func: FuncId,
    pub parent: Option<(u32, Span, FuncId)>,
}

/// Instructions a goroutine may run, scheduling points included, before it is preempted as
/// Go preempts one that has run for 10ms (about that many of this VM's instructions).
const TIME_SLICE: u64 = 2_000_000;
/// The virtual time one full slice of computation takes: Go's 10ms.
const SLICE_NANOS: u64 = 10_000_000;
/// The error of an operation that would make a value beyond the memory budget: the run ends
/// with the memory limit outcome.
pub(super) const OUT_OF_MEMORY: &str = "\u{1}out of memory";
/// Calls a goroutine may nest before `fatal error: stack overflow`.
const MAX_FRAMES: usize = 1_000_000;
/// Calls a traceback shows at each end of a deeper stack, as Go's do.
const TRACEBACK_END_FRAMES: usize = 50;

/// The calls a race report shows of each access's stack, innermost first.
const RACE_STACK_FRAMES: usize = 100;

/// The simulator.
pub struct Machine {
    pub(super) prog: Rc<Program>,
    pub(super) heap: Heap,
    pub(super) globals: Vec<HeapId>,
    pub(super) gs: Vec<Goroutine>,
    pub(super) chans: Vec<Chan>,
    pub(super) sched: Scheduler,
    pub(super) rng: Rng,
    pub(super) tracer: Tracer,
    pub(super) config: Config,
    pub(super) now: u64,
    pub(super) timers: BTreeMap<(u64, u64), super::conc::TimerAction>,
    pub(super) timer_seq: u64,
    pub(super) sync: super::conc::SyncState,
    pub(super) current: u32,
    pub(super) outcome: Option<Outcome>,
    pub(super) stderr: Vec<u8>,
    pub(super) natives_state: super::natives::NativeState,
    pub(super) select_tokens: u64,
    pub(super) race: Option<super::race::RaceDetector>,
    /// Call stacks of the accesses the race detector remembers, interned.
    race_stacks: Vec<Vec<(FuncId, Span)>>,
    race_stack_ids: BTreeMap<Vec<(u32, u32, u32)>, u32>,
    /// Instructions executed so far, against `Config::max_instructions`.
    pub(super) instructions: u64,
    /// Map writes begun and not yet done, as (goroutine, map): Go's `hashWriting` flag.
    map_writes: Vec<(u32, u32)>,
    /// The goroutine holding the processor and the instructions it ran since it took it.
    slice: (u32, u64),
    /// Arrays standing for Go's stack buffers of slices (see `compile::stackbuf`).
    stack_arrays: BTreeSet<HeapId>,
}

/// What executing one instruction did, for the run loop.
#[derive(Debug, PartialEq)]
pub(super) enum Flow {
    /// Keep executing this goroutine.
    Continue,
    /// A trace event happened; the scheduler may switch.
    Point,
    /// The goroutine blocked, slept or exited.
    Stop,
    /// The program ended (main returned, `os.Exit`, fatal error).
    End,
}

pub(super) type Res<T> = Result<T, String>;

impl Machine {
    pub fn new(prog: Program, config: Config) -> Machine {
        let prog = Rc::new(prog);
        let mut heap = Heap::default();
        let globals = prog
            .globals
            .iter()
            .map(|(_, zero)| heap.alloc(HeapObj::Cell(prog.consts[*zero as usize].clone())))
            .collect();
        let mut tracer = Tracer::new(&prog.source);
        tracer.seed(config.seed);
        let mut m = Machine {
            sched: Scheduler::new(config.seed, config.schedule.clone()),
            rng: Rng::new(config.seed),
            prog,
            heap,
            globals,
            gs: Vec::new(),
            chans: Vec::new(),
            tracer,
            config,
            now: 0,
            timers: BTreeMap::new(),
            timer_seq: 0,
            sync: Default::default(),
            current: 1,
            outcome: None,
            stderr: Vec::new(),
            natives_state: Default::default(),
            select_tokens: 0,
            race: None,
            race_stacks: Vec::new(),
            race_stack_ids: BTreeMap::new(),
            instructions: 0,
            map_writes: Vec::new(),
            slice: (0, 0),
            stack_arrays: BTreeSet::new(),
        };
        if m.config.race {
            m.race = Some(Default::default());
        }
        let entry = m.prog.entry;
        let main = m.new_goroutine(entry, None, Vec::new(), None);
        m.tracer.goroutine(main, "main.main", None, None, 0);
        m
    }

    /// Runs at most `slices` more scheduling slices (each runs one goroutine to its next
    /// scheduling point); returns whether the program has ended.
    pub fn advance(&mut self, slices: u32) -> bool {
        let mut left = slices;
        while left > 0 && self.outcome.is_none() {
            left -= 1;
            self.step_goroutine(&mut left);
        }
        self.outcome.is_some()
    }

    /// Steps recorded so far.
    pub fn steps(&self) -> usize {
        self.tracer.len()
    }

    /// Ends the run now, as asked by the user, keeping what it did.
    pub fn stop(&mut self) {
        if self.outcome.is_none() {
            self.outcome = Some(Outcome::Limit { which: Budget::Stopped });
        }
    }

    /// The trace of a run that has ended.
    pub fn into_trace(mut self) -> Trace {
        let mut outcome = self.outcome.take().unwrap_or(Outcome::Exited { code: 0 });
        // As Go's -race: a program that raced and exits with status 0 prints a summary line
        // and exits with 66 instead. Go's `racefini` runs only then: not after a panic, a
        // fatal error or `os.Exit(n)` with n > 0.
        let n_races = self.race.as_ref().map(|r| r.races.len()).unwrap_or(0);
        if n_races > 0 && outcome == (Outcome::Exited { code: 0 }) {
            self.fatal_output(0, &format!("Found {n_races} data race(s)\n"));
            outcome = Outcome::Exited { code: 66 };
        }
        self.tracer.finish(self.sched.choices.clone(), outcome)
    }

    pub(super) fn func(&self, id: FuncId) -> &Func {
        &self.prog.funcs[id.0 as usize]
    }

    #[inline]
    pub(super) fn g(&mut self, gid: u32) -> &mut Goroutine {
        &mut self.gs[gid as usize - 1]
    }

    pub(super) fn new_goroutine(
        &mut self,
        func: FuncId,
        closure: Option<Rc<Closure>>,
        args: Vec<Value>,
        parent: Option<(u32, Span, FuncId)>,
    ) -> u32 {
        let id = self.gs.len() as u32 + 1;
        let mut g = Goroutine {
            id,
            frames: Vec::new(),
            stack: Vec::with_capacity(16),
            state: GState::Runnable,
            panics: Vec::new(),
            wake_panic: None,
            lock_retry: None,
            block_span: Span::default(),
            select_token: 0,
            drop_ok: false,
            range_pending: false,
            goexiting: false,
            func,
            parent,
        };
        push_frame(&self.prog, &mut g, func, closure, args, true);
        self.gs.push(g);
        id
    }

    /// Runs the current goroutine until a scheduling point, then lets the scheduler choose.
    /// While it keeps the processor it goes on to further scheduling points, as many as
    /// `left` allows (each counts as a slice of its own).
    fn step_goroutine(&mut self, left: &mut u32) {
        let gid = self.current;
        if self.gs[gid as usize - 1].state != GState::Runnable {
            self.switch();
            return;
        }
        let mut budget = self.config.preempt_after;
        if self.slice.0 != gid {
            self.slice = (gid, 0);
        }
        loop {
            self.fast_run(gid as usize - 1, &mut budget, left);
            let flow = match self.mutex_fast(gid as usize - 1) {
                Some(f) => f,
                None => match self.exec(gid) {
                    Ok(f) => f,
                    Err(msg) => self.runtime_error(gid, msg),
                },
            };
            match flow {
                Flow::Continue => {
                    self.instructions += 1;
                    if self.instructions >= self.config.max_instructions {
                        self.outcome = Some(Outcome::Limit { which: Budget::Instructions });
                        return;
                    }
                    if self.over_memory() {
                        // A loop that only allocates (`for { s = append(s, 1) }`).
                        self.outcome = Some(Outcome::Limit { which: Budget::Memory });
                        return;
                    }
                    budget = budget.saturating_sub(1);
                    if budget == 0 {
                        // Preemption, as Go's sysmon does to a goroutine that never yields.
                        self.slice.1 += u64::from(self.config.preempt_after);
                        self.spin_time();
                        if self.sched.is_empty() {
                            // Nobody else can run: Go's scheduler picks this goroutine again
                            // (it stays current; the caller gets a chance to stop the run).
                            return;
                        }
                        let span = self.cur_span(gid);
                        self.event(gid, span, EventKind::Yield);
                        self.sched.ready_tail(gid);
                        self.switch();
                        return;
                    }
                }
                Flow::Point => {
                    if self.check_budgets() {
                        return;
                    }
                    if let Some(next) = self.sched.preempt(gid) {
                        self.current = next;
                        return;
                    }
                    // Go's sysmon preempts a goroutine that has held the processor for 10ms,
                    // even one that keeps passing scheduling points (a `select` with
                    // `default` spinning until another goroutine acts).
                    self.slice.1 += u64::from(self.config.preempt_after - budget) + 1;
                    if self.spin_time() && !self.sched.is_empty() {
                        let span = self.cur_span(gid);
                        self.event(gid, span, EventKind::Yield);
                        self.sched.ready_tail(gid);
                        self.switch();
                        return;
                    }
                    if *left == 0 || self.gs[gid as usize - 1].state != GState::Runnable {
                        return;
                    }
                    // The next slice: this goroutine again, with a fresh preemption budget.
                    *left -= 1;
                    budget = self.config.preempt_after;
                }
                Flow::Stop => {
                    if self.check_budgets() {
                        return;
                    }
                    self.switch();
                    return;
                }
                Flow::End => return,
            }
        }
    }

    /// Runs the goroutine's plain instructions (constants, locals, captured variables,
    /// integer arithmetic that cannot fail, jumps) in a tight loop, each exactly as `exec`
    /// would run it and counted as `step_goroutine` counts it. Stops before any other
    /// instruction, and while the time slice or the instruction budget still has one
    /// instruction left, so `exec` and `step_goroutine` handle everything else as before.
    ///
    /// With seed 0 and no race detector it also runs uncontended `Lock`s and waiter-free
    /// `Unlock`s (`mutex_fast_path`), with the bookkeeping `step_goroutine` does after a
    /// scheduling point where nothing else can happen (no preemption, no budget reached, no
    /// end of a full time slice), going on with the next slice as it would.
    fn fast_run(&mut self, gi: usize, budget: &mut u32, left: &mut u32) {
        let skip_access = self.race.is_none() && !self.sched.is_random();
        let prog = Rc::clone(&self.prog);
        let room = self.config.max_instructions.saturating_sub(self.instructions + 1);
        let room = room.min(u64::from(budget.saturating_sub(1)));
        let g = &mut self.gs[gi];
        if g.wake_panic.is_some() || g.lock_retry.is_some() {
            return;
        }
        let Some(frame) = g.frames.last_mut() else { return };
        let func = &prog.funcs[frame.func.0 as usize];
        let closure = frame.closure.clone();
        let free: &[HeapId] = closure.as_ref().map_or(&[], |c| &c.free);
        let (base, mut pc) = (frame.base, frame.pc as usize);
        let stack = &mut g.stack;
        let heap = &mut self.heap;
        let mut room = room;
        let mut n = 0u64;
        loop {
            while n < room {
                let Some(op) = func.code.get(pc) else { break };
                match op {
                    // Instrumentation is not an instruction (see `exec`).
                    Op::Access { .. } if skip_access => {
                        pc += 1;
                        continue;
                    }
                    // `&mu` of a captured mutex before its Lock or Unlock: taken with the call
                    // below when it can be.
                    Op::FreePtr(_)
                        if skip_access
                            && matches!(
                                func.code.get(pc + 1),
                                Some(Op::Native { native: MUTEX_LOCK | MUTEX_UNLOCK, .. })
                            ) =>
                    {
                        break;
                    }
                    Op::CmpLocalConstJump { .. }
                    | Op::CmpLocalsJump { .. }
                    | Op::LocalOpConst { .. }
                    | Op::FreeOpConst { .. }
                        if n + FUSED_MAX < room =>
                    {
                        if let Some((next, count)) =
                            fused(op, pc, stack, heap, &prog.consts, free, base, skip_access)
                        {
                            pc = next;
                            n += count;
                            continue;
                        }
                    }
                    _ => {}
                }
                match plain(op, stack, heap, &prog.consts, free, base) {
                    Plain::Next => pc += 1,
                    Plain::Jump(t) => pc = t as usize,
                    Plain::Other => break,
                }
                n += 1;
            }
            // A scheduling point `step_goroutine` would only count: take it here.
            let Some(op) = func.code.get(pc) else { break };
            // `&mu; mu.Lock()` over a captured mutex: the pointer need not be pushed.
            let (at, cell) = match *op {
                Op::FreePtr(_) if n >= room => break,
                Op::FreePtr(i) => {
                    (pc + 1, Some(free.get(i as usize).copied().unwrap_or(HeapId(0))))
                }
                _ => (pc, None),
            };
            // Anything but a mutex call goes to `exec` without the checks below.
            if !matches!(
                func.code.get(at),
                Some(Op::Native { native: MUTEX_LOCK | MUTEX_UNLOCK, .. })
            ) {
                break;
            }
            let n_at = n + u64::from(cell.is_some());
            let used = u64::from(self.config.preempt_after - (*budget - n_at as u32)) + 1;
            let quiet = skip_access
                && *left > 0
                && self.slice.1 + used < TIME_SLICE
                && (self.tracer.n_events() as u64) + 1 < self.config.max_steps
                && heap.objs.len() <= self.config.max_heap
                && heap.bytes <= self.config.max_bytes;
            let mutexes = &mut self.sync.mutexes;
            let taken = match (func.code.get(at), func.spans.get(at)) {
                (Some(call), Some(&span)) if quiet && !span.is_empty() => match cell {
                    Some(cell) => mutex_fast_at(call, g.id, cell, &[], heap, mutexes),
                    None => mutex_fast_path(call, g.id, stack, heap, mutexes),
                }
                .map(|kind| (kind, span)),
                _ => None,
            };
            let Some((op, span)) = taken else {
                if let Some(cell) = cell {
                    // As the loop would have run it; the call is left to `exec`.
                    stack.push(Value::Ptr(Ptr::root(cell)));
                    pc += 1;
                    n += 1;
                }
                break;
            };
            pc = at + 1;
            n = n_at;
            self.tracer.mutex_op(g.id, span, op);
            self.slice.1 += used;
            *left -= 1;
            self.instructions += n;
            *budget = self.config.preempt_after;
            room = self
                .config
                .max_instructions
                .saturating_sub(self.instructions + 1)
                .min(u64::from(*budget - 1));
            n = 0;
        }
        frame.pc = pc as u32;
        self.instructions += n;
        *budget -= n as u32;
    }

    /// Nanoseconds since the program started, for what Go measures with its monotonic clock
    /// (a mutex's starvation threshold): the virtual clock plus the time the instructions
    /// run so far would take at Go's pace (a time slice's worth in 10ms).
    pub(super) fn nanotime(&self) -> u64 {
        self.now.saturating_add(self.instructions.saturating_mul(SLICE_NANOS / TIME_SLICE))
    }

    /// At the end of a full time slice: returns true (and starts a new slice). A goroutine
    /// that computed for a whole slice while nobody else could run has spent real time, so
    /// virtual time moves on by Go's 10ms slice, waking sleepers due by then (otherwise a
    /// loop polling for a sleeping goroutine's result would wait forever).
    fn spin_time(&mut self) -> bool {
        if self.slice.1 < TIME_SLICE {
            return false;
        }
        self.slice.1 = 0;
        if self.sched.is_empty() && !self.timers.is_empty() {
            let until = self.now.saturating_add(SLICE_NANOS);
            loop {
                self.skip_idle_ticks(until.saturating_add(1));
                if self.timers.keys().next().is_none_or(|&(when, _)| when > until) {
                    break;
                }
                self.fire_next_timers();
            }
            if self.now < until {
                self.now = until;
                self.event(0, Span::default(), EventKind::TimeAdvance { now: until.into() });
            }
        }
        true
    }

    fn check_budgets(&mut self) -> bool {
        if self.outcome.is_some() {
            return true;
        }
        if self.tracer.n_events() as u64 >= self.config.max_steps {
            self.outcome = Some(Outcome::Limit { which: Budget::Steps });
            return true;
        }
        if self.over_memory() {
            self.outcome = Some(Outcome::Limit { which: Budget::Memory });
            return true;
        }
        false
    }

    /// Whether the heap has outgrown the memory budget (objects or bytes).
    fn over_memory(&self) -> bool {
        self.heap.objs.len() > self.config.max_heap || self.heap.bytes > self.config.max_bytes
    }

    /// The current goroutine stopped: pick the next, advancing virtual time if nobody can run.
    pub(super) fn switch(&mut self) {
        loop {
            if let Some(next) = self.sched.pick_next() {
                self.current = next;
                return;
            }
            let Some(horizon) = self.wake_horizon() else {
                self.deadlock();
                return;
            };
            self.skip_idle_ticks(horizon);
            self.fire_next_timers();
            // Each firing is a step: a run of them stops at the step budget too.
            if self.check_budgets() {
                return;
            }
        }
    }

    #[inline]
    pub(super) fn event(&mut self, gid: u32, span: Span, kind: EventKind) {
        self.tracer.event(gid, span, kind);
    }

    pub(super) fn cur_span(&self, gid: u32) -> Span {
        let g = &self.gs[gid as usize - 1];
        match g.frames.last() {
            Some(f) => {
                let func = &self.prog.funcs[f.func.0 as usize];
                let pc = (f.pc as usize).saturating_sub(1).min(func.spans.len().saturating_sub(1));
                func.spans.get(pc).copied().unwrap_or_default()
            }
            None => Span::default(),
        }
    }

    /// Blocks the goroutine with a wait reason, recording the event.
    pub(super) fn block(
        &mut self,
        gid: u32,
        reason: WaitReason,
        obj: Option<u32>,
        span: Span,
    ) -> Flow {
        let g = self.g(gid);
        g.state = GState::Blocked(reason);
        g.block_span = span;
        self.event(gid, span, EventKind::Block { reason, obj });
        Flow::Stop
    }

    /// Makes a blocked goroutine runnable again, woken by `by`.
    pub(super) fn wake(&mut self, gid: u32, by: u32) {
        let span = self.gs[gid as usize - 1].block_span;
        self.g(gid).state = GState::Runnable;
        self.sched.ready(gid);
        self.event(gid, span, EventKind::Wake { by });
    }

    #[inline]
    fn pop(&mut self, gid: u32) -> Value {
        self.g(gid).stack.pop().unwrap_or_default()
    }

    fn pop_n(&mut self, gid: u32, n: usize) -> Vec<Value> {
        let st = &mut self.g(gid).stack;
        let at = st.len().saturating_sub(n);
        st.split_off(at)
    }

    #[inline]
    fn push(&mut self, gid: u32, v: Value) {
        self.g(gid).stack.push(v);
    }

    pub(super) fn exec_pub(&mut self, gid: u32) -> Res<Flow> {
        self.exec(gid)
    }

    /// Executes one instruction of goroutine `gid`.
    fn exec(&mut self, gid: u32) -> Res<Flow> {
        if let Some(msg) = self.g(gid).wake_panic.take() {
            return Err(msg);
        }
        if let Some(m) = self.g(gid).lock_retry.take() {
            let span = self.g(gid).block_span;
            return Ok(self.lock_attempt(gid, m as usize, span));
        }
        let gi = gid as usize - 1;
        let Some(frame) = self.gs[gi].frames.last() else {
            return Ok(self.goroutine_exit(gid));
        };
        let (fid, pc, base) = (frame.func, frame.pc as usize, frame.base);
        let prog = Rc::clone(&self.prog);
        let func = &prog.funcs[fid.0 as usize];
        let Some(op) = func.code.get(pc) else {
            return Ok(self.ret(gid));
        };
        let span = func.spans[pc];
        let g = &mut self.gs[gi];
        if let Some(f) = g.frames.last_mut() {
            f.pc += 1;
        }
        let free = g.frames.last().and_then(|f| f.closure.as_deref()).map_or(&[][..], |c| &c.free);
        match plain(op, &mut g.stack, &mut self.heap, &prog.consts, free, base) {
            Plain::Next => return Ok(Flow::Continue),
            Plain::Jump(t) => {
                self.jump(gi, t);
                return Ok(Flow::Continue);
            }
            Plain::Other => {}
        }
        match op {
            // Run by `plain` above.
            Op::Const(_)
            | Op::Local(_)
            | Op::SetLocal(_)
            | Op::LocalPtr(_)
            | Op::Free(_)
            | Op::SetFree(_)
            | Op::FreePtr(_)
            | Op::Jump(_)
            | Op::JumpIfFalse(_)
            | Op::JumpIfTrue(_)
            | Op::CmpLocalConstJump { .. }
            | Op::CmpLocalsJump { .. }
            | Op::LocalOpConst { .. }
            | Op::FreeOpConst { .. } => {}
            Op::Pop => {
                self.pop(gid);
            }
            Op::Dup => {
                let v = self.gs[gi].stack.last().cloned().unwrap_or_default();
                self.push(gid, v);
            }
            Op::Dup2 => {
                let st = &mut self.gs[gi].stack;
                let n = st.len();
                let (a, b) = (st[n - 2].clone(), st[n - 1].clone());
                st.push(a);
                st.push(b);
            }
            Op::Swap => {
                let st = &mut self.gs[gi].stack;
                let n = st.len();
                st.swap(n - 1, n - 2);
            }
            Op::Cell(s) => {
                let p = self.cell_ptr(gi, base, *s);
                let v = self.heap.load(&p);
                self.push(gid, v);
            }
            Op::SetCell(s) => {
                let v = self.pop(gid);
                let p = self.cell_ptr(gi, base, *s);
                self.heap.store(&p, v);
            }
            Op::NewCell(s) => {
                let v = self.pop(gid);
                let obj = self.heap.alloc(HeapObj::Cell(v));
                self.gs[gi].stack[base + *s as usize] = Value::Ptr(Ptr::root(obj));
            }
            Op::Global(g) => {
                let obj = self.globals[*g as usize];
                let v = self.heap.load_at(obj, &[]);
                self.push(gid, v);
            }
            Op::SetGlobal(g) => {
                let v = self.pop(gid);
                let obj = self.globals[*g as usize];
                self.heap.store_at(obj, &[], v);
            }
            Op::GlobalPtr(g) => {
                let obj = self.globals[*g as usize];
                self.push(gid, Value::Ptr(Ptr::root(obj)));
            }
            Op::Box => {
                let v = self.pop(gid);
                let obj = self.heap.alloc(HeapObj::Cell(v));
                self.push(gid, Value::Ptr(Ptr::root(obj)));
            }
            Op::Load => {
                let p = self.pop(gid);
                let Value::Ptr(p) = p else { return Err(nil_deref()) };
                let v = self.heap.load(&p);
                self.push(gid, v);
            }
            Op::Store => {
                let v = self.pop(gid);
                let Value::Ptr(p) = self.pop(gid) else { return Err(nil_deref()) };
                self.heap.store(&p, v);
            }
            Op::FieldPtr(i) => {
                let Value::Ptr(p) = self.pop(gid) else { return Err(nil_deref()) };
                let mut path = p.path.to_vec();
                path.push(*i);
                self.push(gid, Value::Ptr(Ptr { obj: p.obj, path: Rc::from(path) }));
            }
            Op::ArrayElemPtr { len } => {
                let i = self.pop(gid).as_int();
                let Value::Ptr(p) = self.pop(gid) else { return Err(nil_deref()) };
                check_index(i, *len as i64)?;
                let mut path = p.path.to_vec();
                path.push(i as u32);
                self.push(gid, Value::Ptr(Ptr { obj: p.obj, path: Rc::from(path) }));
            }
            Op::SliceElemPtr => {
                let i = self.pop(gid).as_int();
                let s = self.pop(gid);
                let (arr, off, len) = slice_parts(&s);
                check_index(i, len as i64)?;
                self.push(
                    gid,
                    Value::Ptr(Ptr {
                        obj: arr.unwrap_or(HeapId(0)),
                        path: Rc::from([off + i as u32]),
                    }),
                );
            }
            Op::Bin(op, num) => {
                let b = self.pop(gid);
                let a = self.pop(gid);
                let r = ops::binary(*op, &a, &b, *num).map_err(|e| self.name_type_in(e))?;
                self.push(gid, r);
            }
            Op::Neg(num) => {
                let v = self.pop(gid);
                self.push(gid, ops::negate(&v, *num));
            }
            Op::Not => {
                let v = self.pop(gid);
                self.push(gid, Value::Bool(!v.as_bool()));
            }
            Op::Compl(num) => {
                let v = self.pop(gid);
                self.push(gid, ops::complement(&v, *num));
            }
            Op::Convert(c) => {
                let v = self.pop(gid);
                let r = self.convert(*c, v)?;
                self.push(gid, r);
            }
            Op::ToIface(ty) => {
                let v = self.pop(gid);
                let r = match v {
                    Value::Iface(_) => v,
                    other => Value::Iface(Rc::new((ty.0, other))),
                };
                self.push(gid, r);
            }
            Op::MakeTuple(n) => {
                let items = self.pop_n(gid, *n as usize);
                self.push(gid, Value::Tuple(items.into()));
            }
            Op::Field(i) => {
                let v = self.pop(gid);
                let f = v.fields().get(*i as usize).cloned().unwrap_or_default();
                self.push(gid, f);
            }
            Op::ArrayIndex { len } => {
                let i = self.pop(gid).as_int();
                let a = self.pop(gid);
                check_index(i, *len as i64)?;
                let v = a.fields().get(i as usize).cloned().unwrap_or_default();
                self.push(gid, v);
            }
            Op::SliceIndex => {
                let i = self.pop(gid).as_int();
                let s = self.pop(gid);
                let (arr, off, len) = slice_parts(&s);
                check_index(i, len as i64)?;
                let v = arr
                    .map(|a| self.heap.array(a)[(off + i as u32) as usize].clone())
                    .unwrap_or_default();
                self.push(gid, v);
            }
            Op::StringIndex => {
                let i = self.pop(gid).as_int();
                let s = self.pop(gid);
                let bytes = s.as_bytes();
                check_index(i, bytes.len() as i64)?;
                self.push(gid, Value::Int(i64::from(bytes[i as usize])));
            }
            Op::SliceExpr { kind, lo, hi, max, len } => {
                let mx = if *max { Some(self.pop(gid).as_int()) } else { None };
                let h = if *hi { Some(self.pop(gid).as_int()) } else { None };
                let l = if *lo { self.pop(gid).as_int() } else { 0 };
                let x = self.pop(gid);
                let r = self.slice_expr(*kind, x, l, h, mx, *len)?;
                self.push(gid, r);
            }
            Op::SliceLit(n) => {
                let items = self.pop_n(gid, *n as usize);
                let len = items.len() as u32;
                let arr = self.heap.alloc(HeapObj::Array(items));
                self.push(gid, Value::Slice { arr, off: 0, len, cap: len });
            }
            Op::MakeSlice { zero, has_cap } => {
                let cap = if *has_cap { Some(self.pop(gid).as_int()) } else { None };
                let len = self.pop(gid).as_int();
                let cap = cap.unwrap_or(len);
                if !(0..=1 << 28).contains(&len) {
                    return Err("makeslice: len out of range".into());
                }
                if cap < len || cap > 1 << 28 {
                    return Err("makeslice: cap out of range".into());
                }
                let z = prog.consts[*zero as usize].clone();
                let arr = self.heap.alloc(HeapObj::Array(vec![z; cap as usize]));
                self.push(gid, Value::Slice { arr, off: 0, len: len as u32, cap: cap as u32 });
            }
            Op::MapLit(n) => {
                let kvs = self.pop_n(gid, 2 * *n as usize);
                let mut m = GoMap::default();
                for kv in kvs.chunks(2) {
                    m.entries.insert(Key::of(&kv[0]), (kv[0].clone(), kv[1].clone()));
                }
                let id = self.heap.alloc(HeapObj::Map(m));
                self.push(gid, Value::Map(id));
            }
            Op::MakeMap => {
                let id = self.heap.alloc(HeapObj::Map(GoMap::default()));
                self.push(gid, Value::Map(id));
            }
            Op::MapIndex { zero, comma_ok } => {
                let k = self.pop(gid);
                let m = self.pop(gid);
                let key = map_key(&k).map_err(|e| self.name_type_in(e))?;
                let found = match m {
                    Value::Map(id) => {
                        self.heap.map(id).and_then(|m| m.entries.get(&key)).map(|(_, v)| v.clone())
                    }
                    _ => None,
                };
                let ok = found.is_some();
                self.push(gid, found.unwrap_or_else(|| prog.consts[*zero as usize].clone()));
                if *comma_ok {
                    self.push(gid, Value::Bool(ok));
                }
            }
            Op::MapSet => {
                self.end_map_write(gid);
                let v = self.pop(gid);
                let k = self.pop(gid);
                let m = self.pop(gid);
                let Value::Map(id) = m else {
                    return Err("!assignment to entry in nil map".into());
                };
                let key = map_key(&k)?;
                if self.heap.map_mut(id).entries.insert(key, (k, v)).is_none() {
                    self.heap.bytes += super::value::ENTRY_BYTES;
                }
            }
            Op::MapDelete => {
                self.end_map_write(gid);
                let k = self.pop(gid);
                if let Value::Map(id) = self.pop(gid) {
                    let key = map_key(&k)?;
                    self.heap.map_mut(id).entries.remove(&key);
                }
            }
            Op::Len(kind) => {
                let v = self.pop(gid);
                let n = self.length(*kind, &v);
                self.push(gid, Value::Int(n));
            }
            Op::Cap(kind) => {
                let v = self.pop(gid);
                let n = match (kind, &v) {
                    (_, Value::Slice { cap, .. }) => i64::from(*cap),
                    (RangeKind::Chan, Value::Chan(c)) => self.chans[c.0 as usize].cap as i64,
                    (RangeKind::Array, Value::Tuple(items)) => items.len() as i64,
                    _ => 0,
                };
                self.push(gid, Value::Int(n));
            }
            Op::Append { n, elem, buf } => {
                let items = self.pop_n(gid, *n as usize);
                let s = self.pop(gid);
                let (len, cap) = match s {
                    Value::Slice { len, cap, .. } => (len, cap),
                    _ => (0, 0),
                };
                let new_len = len + *n;
                // Go's stack buffer, when this append may use it (see `compile::stackbuf`).
                let stack_cap = match *buf {
                    _ if new_len <= cap => None,
                    AppendBuf::Once { k, slot } if len == 0 && new_len <= k => {
                        let used = &mut self.gs[gi].stack[base + slot as usize];
                        (!used.as_bool()).then(|| {
                            *used = Value::Bool(true);
                            k
                        })
                    }
                    AppendBuf::Reuse { k } if new_len <= k => {
                        let c = super::growslice::size_class_cap(u64::from(new_len), *elem);
                        Some(u32::try_from(c).unwrap_or(k))
                    }
                    _ => None,
                };
                let r = self.append_to(s, items, *elem, stack_cap);
                self.push(gid, r);
            }
            Op::MoveToHeap { elem, keep_cap } => {
                let s = self.pop(gid);
                let r = self.move_to_heap(s, *elem, *keep_cap);
                self.push(gid, r);
            }
            Op::AppendSpread { string, elem } => {
                let b = self.pop(gid);
                let a = self.pop(gid);
                let items = if *string {
                    b.as_bytes().iter().map(|x| Value::Int(i64::from(*x))).collect()
                } else {
                    self.slice_items(&b)
                };
                let r = self.append(a, items, *elem);
                self.push(gid, r);
            }
            Op::Copy { string } => {
                let src = self.pop(gid);
                let dst = self.pop(gid);
                let (arr, off, len) = slice_parts(&dst);
                let (from, src_off, src_len) = slice_parts(&src);
                if let (Some(to), Some(from), false) = (arr, from, *string) {
                    let n = src_len.min(len);
                    if self.heap.copy_between(from, src_off, to, off, n) {
                        self.push(gid, Value::Int(i64::from(n)));
                        return Ok(Flow::Continue);
                    }
                }
                let items: Vec<Value> = if *string {
                    src.as_bytes().iter().map(|x| Value::Int(i64::from(*x))).collect()
                } else {
                    self.slice_items(&src)
                };
                let n = items.len().min(len as usize);
                if let Some(arr) = arr {
                    let a = self.heap.array_mut(arr);
                    for (i, v) in items.into_iter().take(n).enumerate() {
                        a[off as usize + i] = v;
                    }
                }
                self.push(gid, Value::Int(n as i64));
            }
            Op::Clear(kind) => {
                let v = self.pop(gid);
                match (kind, v) {
                    (RangeKind::Map, Value::Map(id)) => self.heap.map_mut(id).entries.clear(),
                    (_, Value::Slice { arr, off, len, .. }) => {
                        let a = self.heap.array_mut(arr);
                        for x in &mut a[off as usize..(off + len) as usize] {
                            *x = zero_like(x);
                        }
                    }
                    _ => {}
                }
            }
            Op::MakeChan { chan_info } => return self.make_chan(gid, *chan_info, span),
            Op::Send => return self.send_op(gid, span),
            Op::Recv { comma_ok } => return self.recv_op(gid, *comma_ok, span),
            Op::Close => return self.close_op(gid, span),
            Op::Select(idx) => return self.select_op(gid, *idx, span),
            Op::Call { argc } => {
                let args = self.pop_n(gid, *argc as usize);
                let callee = self.pop(gid);
                let Value::Func(c) = callee else { return Err(nil_deref()) };
                self.call_closure(gid, c, args, false);
                return self.after_call(gid);
            }
            Op::CallStatic { func, argc } => {
                let args = self.pop_n(gid, *argc as usize);
                push_frame(&prog, &mut self.gs[gi], *func, None, args, false);
                return self.after_call(gid);
            }
            Op::CallIface { name, argc } => {
                let args = self.pop_n(gid, *argc as usize);
                let recv = self.pop(gid);
                let (func, recv) = self.resolve_iface(&recv, *name)?;
                let mut all = vec![recv];
                all.extend(args);
                push_frame(&prog, &mut self.gs[gi], func, None, all, false);
                return self.after_call(gid);
            }
            Op::Go { argc } => {
                let args = self.pop_n(gid, *argc as usize);
                let callee = self.pop(gid);
                return self.go_op(gid, callee, args, span);
            }
            Op::Defer { argc } => {
                let args = self.pop_n(gid, *argc as usize);
                let Value::Func(c) = self.pop(gid) else { return Err(nil_deref()) };
                if let Some(f) = self.gs[gi].frames.last_mut() {
                    f.defers.push(Deferred { callee: c, args });
                }
            }
            Op::Closure { func, n_free } => {
                let ptrs = self.pop_n(gid, *n_free as usize);
                let free: Box<[HeapId]> = ptrs
                    .iter()
                    .map(|p| if let Value::Ptr(p) = p { p.obj } else { HeapId(0) })
                    .collect();
                self.push(gid, Value::Func(Rc::new(Closure { func: *func, free, recv: None })));
            }
            Op::MethodValue { func } => {
                let recv = self.pop(gid);
                self.push(
                    gid,
                    Value::Func(Rc::new(Closure {
                        func: *func,
                        free: Box::new([]),
                        recv: Some(recv),
                    })),
                );
            }
            Op::BindIface { name } => {
                let recv = self.pop(gid);
                let (func, recv) = self.resolve_iface(&recv, *name)?;
                self.push(
                    gid,
                    Value::Func(Rc::new(Closure { func, free: Box::new([]), recv: Some(recv) })),
                );
            }
            Op::Ret => return Ok(self.ret(gid)),
            Op::Assert { ty, comma_ok, iface, src } => {
                let v = self.pop(gid);
                let (ok, out) = self.assert(&v, *ty, *iface);
                if *comma_ok {
                    let out = if ok {
                        out
                    } else {
                        prog.consts.first().map(|_| self.zero_of(*ty)).unwrap_or_default()
                    };
                    self.push(gid, out);
                    self.push(gid, Value::Bool(ok));
                } else if ok {
                    self.push(gid, out);
                } else {
                    return Err(self.assert_error(&v, *ty, *src));
                }
            }
            Op::TypeIs { ty, iface } => {
                let v = self.pop(gid);
                let ok = if *ty == crate::check::types::well_known::UNTYPED_NIL {
                    v.is_nil()
                } else {
                    self.assert(&v, *ty, *iface).0
                };
                self.push(gid, Value::Bool(ok));
            }
            Op::RangeInit { kind, state } => {
                let v = self.pop(gid);
                let st = self.range_init(*kind, v);
                self.gs[gi].stack[base + *state as usize] = st;
            }
            Op::RangeNext { kind, state, end } => {
                return self.range_next(gid, gi, base, *kind, *state, *end, span);
            }
            Op::Panic => {
                let mut v = self.pop(gid);
                if v.is_nil() {
                    // Go 1.21: panic(nil) panics with a *runtime.PanicNilError.
                    v = self.new_error("runtime", "PanicNilError", vec![Value::Tuple([].into())]);
                }
                return self.start_panic(gid, v, span);
            }
            Op::Recover => {
                let v = self.recover(gid);
                self.push(gid, v);
            }
            Op::Print { argc, newline, types } => {
                let vals = self.pop_n(gid, *argc as usize);
                let tys = prog.print_types[*types as usize].clone();
                let text = self.builtin_print(&vals, &tys, *newline);
                self.stderr.extend_from_slice(&text);
                let idx = self.tracer.intern(&String::from_utf8_lossy(&text));
                self.event(gid, span, EventKind::Print { text: idx, stderr: true });
                return Ok(Flow::Point);
            }
            Op::Native { native, argc } => {
                if let Some(flow) = self.native_hot(gid, *native, span) {
                    return flow;
                }
                let args = self.pop_n(gid, *argc as usize);
                return self.native(gid, *native, args, span);
            }
            Op::Access { loc, write, target: super::program::Target::Copy } => {
                if self.race.is_some() || self.sched.is_random() {
                    return self.copy_access(gid, gi, *loc, *write, span);
                }
                return self.exec(gid);
            }
            Op::Access { loc, write, target } => {
                let place = if self.race.is_some() || self.sched.is_random() {
                    self.access_place(gi, base, *target)
                } else {
                    None
                };
                if let Some((place, index)) = place {
                    let span = self.span_or_caller(gid, span);
                    if self.race.is_some() {
                        self.race_access(gid, &place, index, *loc, *write, span, None);
                    }
                    if self.sched.is_random() {
                        let name = self.location_name(gid, *loc, index);
                        let idx = self.tracer.intern(&name);
                        self.event(gid, span, EventKind::Access { loc: idx, write: *write });
                        if let Some(msg) = self.begin_map_access(gid, &place, *write, *target) {
                            return self.fatal(gid, msg, span);
                        }
                        return Ok(Flow::Point);
                    }
                }
                // Instrumentation is not an instruction of the program: it must not change
                // when a goroutine is preempted, so the next instruction runs at once.
                return self.exec(gid);
            }
            Op::MinMax { n, max, num } => {
                let vals = self.pop_n(gid, *n as usize);
                let mut best = vals[0].clone();
                for v in &vals[1..] {
                    let less = ops::binary(super::program::BinOp::Lt, v, &best, *num)?.as_bool();
                    let greater = ops::binary(super::program::BinOp::Gt, v, &best, *num)?.as_bool();
                    if (*max && greater) || (!*max && less) {
                        best = v.clone();
                    }
                }
                self.push(gid, best);
            }
            Op::RangeBodyCheck(i) => {
                let state = self.heap.load_at(self.free_cell(gi, *i), &[]).as_int();
                return Err(match state {
                    0 => return Ok(Flow::Continue),
                    -1 => "range function continued iteration after whole loop exit",
                    _ => "range function continued iteration after function for loop body returned false",
                }
                .into());
            }
            Op::Unreachable => {
                return Err("!unsupported: this construct is not simulated yet".into());
            }
        }
        Ok(Flow::Continue)
    }

    fn jump(&mut self, gi: usize, target: u32) {
        if let Some(f) = self.gs[gi].frames.last_mut() {
            f.pc = target;
        }
    }

    fn cell_ptr(&self, gi: usize, base: usize, s: u16) -> Ptr {
        match &self.gs[gi].stack[base + s as usize] {
            Value::Ptr(p) => p.clone(),
            _ => Ptr::root(HeapId(0)),
        }
    }

    fn free_cell(&self, gi: usize, i: u16) -> HeapId {
        self.gs[gi]
            .frames
            .last()
            .and_then(|f| f.closure.as_ref())
            .and_then(|c| c.free.get(i as usize).copied())
            .unwrap_or(HeapId(0))
    }

    pub(super) fn call_closure(
        &mut self,
        gid: u32,
        c: Rc<Closure>,
        mut args: Vec<Value>,
        deferred: bool,
    ) {
        if let Some(r) = &c.recv {
            args.insert(0, r.clone());
        }
        let func = c.func;
        let prog = Rc::clone(&self.prog);
        let g = self.g(gid);
        push_frame(&prog, g, func, Some(c), args, false);
        if deferred && let Some(f) = g.frames.last_mut() {
            f.deferred = true;
            f.discard = true;
        }
    }

    /// `Ret`: runs pending defers one by one, then pops the frame with its results.
    fn ret(&mut self, gid: u32) -> Flow {
        let gi = gid as usize - 1;
        let Some(frame) = self.gs[gi].frames.last_mut() else { return self.goroutine_exit(gid) };
        if let Some(d) = frame.defers.pop() {
            // Re-run this `Ret` after the deferred call returns.
            frame.pc = frame.pc.saturating_sub(1);
            self.call_closure(gid, d.callee, d.args, true);
            return Flow::Continue;
        }
        // Remember where the function returned, as the goroutine's position (its `Exit`).
        let ret_span = self.cur_span(gid);
        if !ret_span.is_empty() {
            self.gs[gi].block_span = ret_span;
        }
        let frame = self.gs[gi].frames.pop().expect("frame");
        let func = &self.prog.funcs[frame.func.0 as usize];
        let mut results = Vec::with_capacity(func.n_results as usize);
        for i in 0..func.n_results as usize {
            let v = self.gs[gi].stack[frame.base + func.n_params as usize + i].clone();
            let v = if func.boxed_results.get(i).copied().unwrap_or(false) {
                match v {
                    Value::Ptr(p) => self.heap.load(&p),
                    other => other,
                }
            } else {
                v
            };
            results.push(v);
        }
        self.gs[gi].stack.truncate(frame.base);
        // A deferred call that recovered a panic: the deferring frame returns normally.
        if frame.by_panic
            && let Some(p) = self.gs[gi].panics.last()
        {
            if p.recovered {
                // Go's `recovery`: the panics raised in the resuming frame or deeper end
                // here; older ones (raised further out) go on unwinding once it returns.
                let resume = self.gs[gi].frames.len();
                self.gs[gi].panics.retain(|p| p.depth < resume);
                if self.gs[gi].goexiting {
                    // A panic recovered during Goexit does not stop the Goexit.
                    return self.unwind(gid);
                }
                // The frame that deferred this call now returns (its defers continue).
                if let Some(f) = self.gs[gi].frames.last_mut() {
                    let func = &self.prog.funcs[f.func.0 as usize];
                    f.pc = func
                        .code
                        .iter()
                        .rposition(|op| matches!(op, Op::Ret))
                        .map(|i| i as u32)
                        .unwrap_or(f.pc);
                }
                return Flow::Continue;
            }
            // Still panicking: keep unwinding.
            return self.unwind(gid);
        }
        if frame.deferred && self.gs[gi].goexiting {
            // The deferred calls of a Goexit run one after another, up to the last frame.
            return self.unwind(gid);
        }
        if !frame.discard {
            self.gs[gi].stack.extend(results);
        }
        if frame.sync_boundary {
            return Flow::Stop;
        }
        if self.gs[gi].frames.is_empty() {
            return self.goroutine_exit(gid);
        }
        Flow::Continue
    }

    /// The goroutine's function returned.
    fn goroutine_exit(&mut self, gid: u32) -> Flow {
        let span = self.gs[gid as usize - 1].block_span;
        self.g(gid).state = GState::Done;
        self.event(gid, span, EventKind::Exit);
        if gid == 1 && !self.gs[0].goexiting {
            // main returned: the program exits, killing the other goroutines silently. (After
            // runtime.Goexit in main the others run on, as in Go.)
            self.outcome = Some(Outcome::Exited { code: 0 });
            return Flow::End;
        }
        Flow::Stop
    }

    /// `go f(args)`.
    fn go_op(&mut self, gid: u32, callee: Value, mut args: Vec<Value>, span: Span) -> Res<Flow> {
        let Value::Func(c) = callee else { return Err("!go of nil func value".into()) };
        if self.gs.len() as u32 >= self.config.max_goroutines {
            self.outcome = Some(Outcome::Limit { which: Budget::Goroutines });
            return Ok(Flow::End);
        }
        if let Some(r) = &c.recv {
            args.insert(0, r.clone());
        }
        self.spawn(gid, &c, args, span);
        Ok(Flow::Point)
    }

    /// Starts `c` with `args` in a new goroutine that `gid` creates at `span` (`gid` 0: the
    /// runtime, for a deadline), readies it into `runnext` and records the spawn (a step of
    /// `gid`'s, unless the runtime created it). Returns the new goroutine's id.
    pub(super) fn spawn(&mut self, gid: u32, c: &Rc<Closure>, args: Vec<Value>, span: Span) -> u32 {
        let creator = self.gs.get((gid as usize).wrapping_sub(1));
        let parent = creator.map(|g| (gid, span, g.frames.last().map_or(FuncId(0), |f| f.func)));
        let child = self.new_goroutine(c.func, Some(Rc::clone(c)), args, parent);
        let name = self.func(c.func).name.clone();
        let step = self.tracer.n_events() as u32;
        self.tracer.goroutine(child, &name, parent.map(|p| p.0), parent.map(|p| p.1), step);
        if let Some(r) = self.race.as_mut() {
            r.spawn(gid, child);
        }
        self.sched.ready(child);
        if parent.is_some() {
            self.event(gid, span, EventKind::Spawn { child });
        }
        child
    }

    /// The memory an `Access` touches, and the element index its name shows; `None` when
    /// there is none (a nil pointer or map, an index out of range: the access then panics).
    fn access_place(
        &self,
        gi: usize,
        base: usize,
        target: super::program::Target,
    ) -> Option<(super::race::Place, Option<i64>)> {
        use super::program::Target;
        use super::race::Place;
        let st = &self.gs[gi].stack;
        let at = |d: u8| st.get(st.len().wrapping_sub(1 + d as usize));
        let place = match target {
            Target::Local(s) => match st.get(base + s as usize) {
                Some(Value::Ptr(p)) => Place { obj: p.obj.0, path: p.path.clone() },
                _ => return None,
            },
            Target::Free(i) => Place::whole(self.free_cell(gi, i).0),
            Target::Global(g) => Place::whole(self.globals.get(g as usize)?.0),
            Target::Stack(d) => match at(d) {
                Some(Value::Map(id)) => Place::whole(id.0),
                _ => return None,
            },
            Target::Ptr(d) => match at(d) {
                Some(Value::Ptr(p)) => {
                    let index = p.path.last().map(|&i| i64::from(i));
                    return Some((Place { obj: p.obj.0, path: p.path.clone() }, index));
                }
                _ => return None,
            },
            Target::Range(s) => {
                let state = st.get(base + s as usize)?.fields();
                match state.first()? {
                    Value::Map(id) => Place::whole(id.0),
                    Value::Slice { arr, off, .. } => {
                        // The loop's counter has already moved past the element it read.
                        let i = state.last()?.as_int() - 1;
                        let path = Rc::from([off + i as u32]);
                        return Some((Place { obj: arr.0, path }, Some(i)));
                    }
                    _ => return None,
                }
            }
            Target::Copy => return None,
            Target::Elem(d) => {
                let i = at(d)?.as_int();
                let (arr, off, len) = slice_parts(at(d + 1)?);
                if i < 0 || i >= i64::from(len) {
                    return None;
                }
                let path = Rc::from([off + i as u32]);
                return Some((Place { obj: arr?.0, path }, Some(i)));
            }
        };
        Some((place, None))
    }

    /// Go's maps notice a goroutine using a map while another is in the middle of writing it
    /// (the `hashWriting` flag) and stop the program. Under a random seed a goroutine can be
    /// switched out at a map write's access, before the write itself: it is then in the middle
    /// of its write, until it runs again. Returns Go's fatal error when `place` is a map that
    /// another goroutine is writing; otherwise notes a write's beginning.
    fn begin_map_access(
        &mut self,
        gid: u32,
        place: &super::race::Place,
        write: bool,
        target: super::program::Target,
    ) -> Option<&'static str> {
        let is_map = matches!(self.heap.objs.get(place.obj as usize), Some(HeapObj::Map(_)));
        if !is_map || !place.path.is_empty() {
            return None;
        }
        if self.map_writes.iter().any(|&(g, m)| m == place.obj && g != gid) {
            return Some(match target {
                _ if write => "concurrent map writes",
                super::program::Target::Range(_) => "concurrent map iteration and map write",
                _ => "concurrent map read and map write",
            });
        }
        if write {
            self.map_writes.push((gid, place.obj));
        }
        None
    }

    /// The goroutine's map write happens now (its flag clears first, as Go clears it even
    /// when hashing the key panics).
    fn end_map_write(&mut self, gid: u32) {
        if !self.map_writes.is_empty() {
            self.map_writes.retain(|&(g, _)| g != gid);
        }
    }

    /// `copy(dst, src)` (both on the stack) reads `src[:n]` and writes `dst[:n]`, `n` the
    /// shorter length: each element is an access of its own, one event in all.
    fn copy_access(&mut self, gid: u32, gi: usize, loc: u32, write: bool, span: Span) -> Res<Flow> {
        let st = &self.gs[gi].stack;
        let (Some(dst), Some(src)) = (st.len().checked_sub(2), st.len().checked_sub(1)) else {
            return self.exec(gid);
        };
        let (dst, src) = (&st[dst], &st[src]);
        let src_len = match src {
            Value::Str(s) => s.len() as u32,
            other => slice_parts(other).2,
        };
        let n = slice_parts(dst).2.min(src_len);
        let (arr, off, _) = slice_parts(if write { dst } else { src });
        let Some(arr) = arr.filter(|_| n > 0) else { return self.exec(gid) };
        let span = self.span_or_caller(gid, span);
        if self.race.is_some() {
            let stack = Some(self.intern_stack(gid, span));
            for i in 0..n {
                let place = super::race::Place { obj: arr.0, path: Rc::from([off + i]) };
                self.race_access(gid, &place, Some(i64::from(i)), loc, write, span, stack);
            }
        }
        if self.sched.is_random() {
            let name = self.location_name(gid, loc, None);
            let name = format!("{}[0:{n}]", name.trim_end_matches("[]"));
            let idx = self.tracer.intern(&name);
            self.event(gid, span, EventKind::Access { loc: idx, write });
            return Ok(Flow::Point);
        }
        self.exec(gid)
    }

    /// A location's name for the trace: `counter`, `p.n`, or `s[3]` for a name ending in `[]`.
    /// Goroutine `gid` is the one accessing it: inside the standard library's own Go, the name
    /// says which library call the program made (`*v in fmt.Sscan`), since the library's
    /// names mean nothing in the program.
    fn location_name(&self, gid: u32, loc: u32, index: Option<i64>) -> String {
        let name = self.prog.locations.get(loc as usize).map_or("", String::as_str);
        let mut out = match (name.strip_suffix("[]"), index) {
            (Some(base), Some(i)) => format!("{base}[{i}]"),
            (Some(base), None) => format!("{base}[]"),
            (None, _) => name.to_string(),
        };
        if let Some(f) = self.library_call(gid) {
            out.push_str(" in ");
            out.push_str(go_func_name(&self.func(f).name));
        }
        out
    }

    /// When goroutine `gid` is running the standard library's own Go: the library function
    /// the program called.
    fn library_call(&self, gid: u32) -> Option<FuncId> {
        let g = &self.gs[gid as usize - 1];
        let lib = g.frames.iter().rev().take_while(|f| self.func(f.func).stdlib).last()?;
        Some(lib.func)
    }

    /// Checks a load or store for a data race and reports it as Go's race detector does.
    /// `stack` is the interned call stack when the caller has it (`copy` checks each element
    /// from the same one); `None` interns the goroutine's.
    #[allow(clippy::too_many_arguments)] // reason: the operands of one instruction
    fn race_access(
        &mut self,
        gid: u32,
        place: &super::race::Place,
        index: Option<i64>,
        loc: u32,
        write: bool,
        span: Span,
        stack: Option<u32>,
    ) {
        // An element reached through the slice of a nested array is the array's element.
        let aliased = self
            .heap
            .unalias(HeapId(place.obj), &place.path)
            .map(|q| super::race::Place { obj: q.obj.0, path: q.path });
        let place = aliased.as_ref().unwrap_or(place);
        let stack = match stack {
            Some(stack) => stack,
            None => self.intern_stack(gid, span),
        };
        let step = self.tracer.n_events() as u32;
        let Some(race) =
            self.race.as_mut().and_then(|r| r.access(gid, place, write, span, stack, step))
        else {
            return;
        };
        let report = self.race_report(&race);
        self.fatal_output(0, &report);
        let idx = self.tracer.intern(&self.location_name(gid, loc, index));
        let kinds = u8::from(race.current.write) | (u8::from(race.previous.write) << 1);
        self.event(gid, span, EventKind::Race { loc: idx, prev_step: race.previous.step, kinds });
    }

    /// Goroutine `gid`'s calls, innermost first: each frame's function and where it is (for
    /// an outer frame, the call it waits on). `span` places the innermost frame. Frames
    /// without a source position (the simulator's own wrappers) are left out.
    fn call_stack(&self, gid: u32, span: Span) -> Vec<(FuncId, Span)> {
        self.innermost_calls(gid, span, usize::MAX)
    }

    /// `call_stack`, at most its innermost `limit` calls.
    fn innermost_calls(&self, gid: u32, span: Span, limit: usize) -> Vec<(FuncId, Span)> {
        let g = &self.gs[gid as usize - 1];
        let mut out = Vec::with_capacity(g.frames.len().min(limit));
        for (i, f) in g.frames.iter().rev().enumerate() {
            if out.len() == limit {
                break;
            }
            let func = &self.prog.funcs[f.func.0 as usize];
            let at = if i == 0 && !span.is_empty() {
                Some(span)
            } else {
                func.spans.get((f.pc as usize).saturating_sub(1)).copied().filter(|s| !s.is_empty())
            };
            if let Some(at) = at.or(func.stdlib.then_some(Span::default())) {
                out.push((f.func, at));
            }
        }
        out
    }

    /// `call_stack`, interned: accesses remembered by the race detector share equal stacks.
    /// Only the innermost `RACE_STACK_FRAMES` calls are kept, so that each access of a deep
    /// recursion costs the same and its stacks stay few (Go, too, cuts the current access's
    /// stack short, at about 500 calls).
    fn intern_stack(&mut self, gid: u32, span: Span) -> u32 {
        let stack = self.innermost_calls(gid, span, RACE_STACK_FRAMES);
        let key: Vec<(u32, u32, u32)> = stack.iter().map(|(f, s)| (f.0, s.start, s.end)).collect();
        if let Some(&id) = self.race_stack_ids.get(&key) {
            return id;
        }
        let id = self.race_stacks.len() as u32;
        self.race_stacks.push(stack);
        self.race_stack_ids.insert(key, id);
        id
    }

    /// The `WARNING: DATA RACE` block Go prints.
    fn race_report(&self, race: &super::race::Race) -> String {
        let file = &self.config.file_name;
        // A made-up but stable address: the object's, plus 8 bytes per field or element.
        let offset: u64 = race.place.path.iter().map(|&i| 8 * u64::from(i)).sum();
        let addr = 0xc000010000u64 + 0x1000 * u64::from(race.place.obj) + offset;
        let who =
            |g: u32| if g == 1 { "main goroutine".to_string() } else { format!("goroutine {g}") };
        let kind = |w: bool| if w { "Write" } else { "Read" };
        let frame = |a: &super::race::Access| {
            let mut out = String::new();
            for &(f, span) in self.race_stacks.get(a.stack as usize).map_or(&[][..], |v| v) {
                let name = go_func_name(&self.func(f).name);
                out.push_str(&format!("  {name}()\n      {}\n", self.frame_place(f, span)));
            }
            out
        };
        let mut out = String::from("==================\nWARNING: DATA RACE\n");
        out.push_str(&format!(
            "{} at 0x{addr:012x} by {}:\n",
            kind(race.current.write),
            who(race.current.gid)
        ));
        out.push_str(&frame(&race.current));
        out.push_str(&format!(
            "\nPrevious {} at 0x{addr:012x} by {}:\n",
            kind(race.previous.write).to_ascii_lowercase(),
            who(race.previous.gid)
        ));
        out.push_str(&frame(&race.previous));
        for g in [race.current.gid, race.previous.gid] {
            if g == 1 {
                continue;
            }
            let gr = &self.gs[g as usize - 1];
            let state = if gr.state == GState::Done { "finished" } else { "running" };
            if let Some((_, pspan, pfunc)) = gr.parent {
                let pname = self.func(pfunc).name.clone();
                let pname = if pname == "runtime.main" { "main.main".to_string() } else { pname };
                out.push_str(&format!(
                    "\nGoroutine {g} ({state}) created at:\n  {pname}()\n      {file}:{} +0x0\n",
                    self.tracer.line(pspan)
                ));
            }
        }
        out.push_str("==================\n");
        out
    }

    /// A runtime error in goroutine `gid`: a panic with a `runtime error:` value, or (for
    /// messages starting with `!`) a panic with that exact text.
    pub(super) fn runtime_error(&mut self, gid: u32, msg: String) -> Flow {
        if msg == OUT_OF_MEMORY {
            self.outcome = Some(Outcome::Limit { which: Budget::Memory });
            return Flow::End;
        }
        let msg = self.name_type_in(msg);
        let span = self.cur_span(gid);
        let (text, runtime) = match msg.strip_prefix('!') {
            Some(plain) => (plain.to_string(), is_runtime_plain_error(plain)),
            None => (format!("runtime error: {msg}"), true),
        };
        let v = if runtime {
            self.runtime_error_value(&text)
        } else {
            Value::Iface(Rc::new((crate::check::types::well_known::STRING.0, Value::str(&text))))
        };
        match self.start_panic_text(gid, v, text, span) {
            Ok(f) => f,
            Err(_) => Flow::End,
        }
    }

    pub(super) fn start_panic(&mut self, gid: u32, v: Value, span: Span) -> Res<Flow> {
        let text = self.panic_text(&v);
        self.start_panic_text(gid, v, text, span)
    }

    fn start_panic_text(&mut self, gid: u32, v: Value, text: String, span: Span) -> Res<Flow> {
        let idx = self.tracer.intern(&text);
        self.event(gid, span, EventKind::Panic { message: idx });
        let stack = self.call_stack(gid, span);
        let g = self.g(gid);
        // As Go's printpanics: earlier panics stay listed (marked if recovered), unless this
        // one raises a recovered panic's own value again.
        let repanicked = g
            .panics
            .last()
            .is_some_and(|p| p.recovered && ops::equal(&p.value, &v).unwrap_or(false));
        if repanicked {
            g.panics.pop();
        }
        let depth = g.frames.len();
        g.panics.push(PanicState {
            value: v,
            message: text,
            recovered: false,
            repanicked,
            depth,
            stack,
        });
        g.block_span = span;
        Ok(self.unwind(gid))
    }

    /// Unwinds a panicking (or `Goexit`ing) goroutine: runs the innermost pending deferred
    /// call, or pops the frame; with no frames left, a panic crashes the program and a
    /// Goexit ends the goroutine.
    pub(super) fn unwind(&mut self, gid: u32) -> Flow {
        let gi = gid as usize - 1;
        loop {
            let Some(frame) = self.gs[gi].frames.last_mut() else {
                if self.gs[gi].panics.is_empty() && self.gs[gi].goexiting {
                    return self.goroutine_exit(gid);
                }
                return self.crash(gid);
            };
            if let Some(d) = frame.defers.pop() {
                self.call_closure(gid, d.callee, d.args, true);
                let g = &mut self.gs[gi];
                if let Some(f) = g.frames.last_mut() {
                    f.by_panic = !g.panics.is_empty();
                }
                return Flow::Continue;
            }
            let f = self.gs[gi].frames.pop().expect("frame");
            self.gs[gi].stack.truncate(f.base);
            if f.catches_panic && !self.gs[gi].panics.is_empty() {
                // Back to the native that made the call, which takes the panic.
                return Flow::Stop;
            }
            if f.deferred {
                // A deferred call itself panicked: the outer frame continues unwinding.
                continue;
            }
        }
    }

    fn recover(&mut self, gid: u32) -> Value {
        let gi = gid as usize - 1;
        // Only a deferred call that the panic itself runs may recover it, and only directly.
        let by_panic = self.gs[gi].frames.last().is_some_and(|f| f.by_panic);
        match self.gs[gi].panics.last_mut() {
            Some(p) if by_panic && !p.recovered => {
                p.recovered = true;
                p.value.clone()
            }
            _ => Value::Nil,
        }
    }

    /// An unrecovered panic: Go prints it with the goroutine's traceback and exits 2.
    fn crash(&mut self, gid: u32) -> Flow {
        let g = &self.gs[gid as usize - 1];
        let mut out = String::new();
        for (i, p) in g.panics.iter().enumerate() {
            let tab = if i > 0 { "\t" } else { "" };
            let mark = match (p.repanicked, p.recovered) {
                (true, _) => " [recovered, repanicked]",
                (false, true) => " [recovered]",
                (false, false) => "",
            };
            out.push_str(&format!("{tab}panic: {}{mark}\n", p.message));
        }
        let p = g.panics.last().cloned().expect("panicking");
        if p.message.starts_with("runtime error: invalid memory address") {
            out.push_str("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
        }
        out.push('\n');
        out.push_str(&self.traceback_of(gid, "running", p.stack.clone(), g.block_span));
        self.fatal_output(gid, &out);
        self.outcome = Some(Outcome::Panic { gid, message: p.message });
        Flow::End
    }

    /// Text of one goroutine's traceback block.
    pub(super) fn traceback(&self, gid: u32, state: &str, span: Span) -> String {
        self.traceback_of(gid, state, self.call_stack(gid, span), span)
    }

    /// A traceback block for the calls `stack` (innermost first).
    /// Where a frame of a traceback or race report is: `/tmp/main.go:12 +0x0` in the program;
    /// in the standard library, the file Go keeps the function in (iterators' closures in
    /// `PKG/iter.go`, as `slices.All[...].func1`, the rest in `PKG/PKG.go`), without a line,
    /// since the stubs' lines are not Go's.
    fn frame_place(&self, f: FuncId, at: Span) -> String {
        if self.func(f).stdlib {
            let name = go_func_name(&self.func(f).name);
            let pkg = name.split(['.', '[']).next().unwrap_or("");
            let file = if name.contains(".func") { "iter" } else { pkg };
            format!("$GOROOT/src/{pkg}/{file}.go")
        } else {
            format!("{}:{} +0x0", self.config.file_name, self.tracer.line(at))
        }
    }

    fn traceback_of(
        &self,
        gid: u32,
        state: &str,
        mut stack: Vec<(FuncId, Span)>,
        span: Span,
    ) -> String {
        let g = &self.gs[gid as usize - 1];
        let file = &self.config.file_name;
        let mut out = format!("goroutine {gid} [{state}]:\n");
        if stack.is_empty() {
            stack.push((g.frames.last().map_or(g.func, |f| f.func), span));
        }
        // Go prints the innermost and outermost 50 calls of a deep stack.
        let elided = stack.len().saturating_sub(2 * TRACEBACK_END_FRAMES);
        for (i, (f, at)) in stack.into_iter().enumerate() {
            if i == TRACEBACK_END_FRAMES && elided > 0 {
                out.push_str(&format!("...{elided} frames elided...\n"));
            }
            if (TRACEBACK_END_FRAMES..TRACEBACK_END_FRAMES + elided).contains(&i) {
                continue;
            }
            let name = go_func_name(&self.func(f).name);
            let args = if name == "main.main" { "()" } else { "(...)" };
            out.push_str(&format!("{name}{args}\n\t{}\n", self.frame_place(f, at)));
        }
        if let Some((_, pspan, pfunc)) = g.parent {
            let pname = self.func(pfunc).name.clone();
            let pname = if pname == "runtime.main" { "main.main".to_string() } else { pname };
            let parent = g.parent.map(|p| p.0).unwrap_or(1);
            out.push_str(&format!(
                "created by {pname} in goroutine {parent}\n\t{file}:{} +0x0\n",
                self.tracer.line(pspan)
            ));
        }
        out
    }

    /// After a call pushed a frame: Go's `fatal error: stack overflow` once a goroutine's
    /// calls nest deeper than `MAX_FRAMES` (Go's limit is 1GB of stack; this one keeps a
    /// runaway recursion's memory bounded, in the browser too).
    fn after_call(&mut self, gid: u32) -> Res<Flow> {
        let g = &self.gs[gid as usize - 1];
        if g.frames.len() <= MAX_FRAMES {
            return Ok(Flow::Continue);
        }
        // Go overflows in the callee's prologue: the innermost frame is at its `func` line.
        let span = g.frames.last().map_or(Span::default(), |f| self.func(f.func).span);
        self.g(gid).block_span = span;
        let tb = self.traceback(gid, "running", span);
        let out = format!(
            "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\n{tb}"
        );
        self.fatal_output(gid, &out);
        self.outcome = Some(Outcome::Fatal { message: "stack overflow".into() });
        Ok(Flow::End)
    }

    /// Writes a fatal message to stderr (and the trace). `gid` 0 is the runtime itself.
    pub(super) fn fatal_output(&mut self, gid: u32, text: &str) {
        self.stderr.extend_from_slice(text.as_bytes());
        let idx = self.tracer.intern(text);
        let span = match gid {
            0 => Span::default(),
            g => self.gs.get(g as usize - 1).map(|g| g.block_span).unwrap_or_default(),
        };
        self.event(gid, span, EventKind::Print { text: idx, stderr: true });
    }

    /// `span`, or, when it is empty (the standard library's own Go and the simulator's
    /// wrappers have none), the innermost place in the program (`frame_span`).
    pub(super) fn span_or_caller(&self, gid: u32, span: Span) -> Span {
        if span.is_empty() { self.frame_span(gid) } else { span }
    }

    /// The source position of the innermost frame that has one (natives called through a
    /// wrapper, as deferred calls are, report their caller's position).
    pub(super) fn frame_span(&self, gid: u32) -> Span {
        let g = &self.gs[gid as usize - 1];
        for f in g.frames.iter().rev() {
            let func = &self.prog.funcs[f.func.0 as usize];
            let pc = (f.pc as usize).saturating_sub(1);
            if let Some(s) = func.spans.get(pc).filter(|s| !s.is_empty()) {
                return *s;
            }
        }
        Span::default()
    }

    fn deadlock(&mut self) {
        let mut out = String::from("fatal error: all goroutines are asleep - deadlock!\n");
        let mut blocked = Vec::new();
        let ids: Vec<u32> = self
            .gs
            .iter()
            .filter(|g| matches!(g.state, GState::Blocked(_)))
            .map(|g| g.id)
            .collect();
        if ids.is_empty() && self.gs[0].state == GState::Done {
            // As Go's checkdead: main ended by runtime.Goexit and every other goroutine has
            // exited, so there is nothing left to wait for.
            let message = "no goroutines (main called runtime.Goexit) - deadlock!";
            self.fatal_output(0, &format!("fatal error: {message}\n"));
            self.outcome = Some(Outcome::Fatal { message: message.into() });
            return;
        }
        for gid in ids {
            let g = &self.gs[gid as usize - 1];
            let GState::Blocked(reason) = g.state else { continue };
            out.push('\n');
            out.push_str(&self.traceback(gid, reason.as_go(), g.block_span));
            blocked.push(crate::trace::BlockedGoroutine { gid, reason, span: g.block_span });
        }
        self.fatal_output(0, &out);
        self.outcome = Some(Outcome::Deadlock { blocked });
    }

    fn length(&self, kind: RangeKind, v: &Value) -> i64 {
        match (kind, v) {
            (_, Value::Str(s)) => s.len() as i64,
            (_, Value::Slice { len, .. }) => i64::from(*len),
            (_, Value::Tuple(items)) => items.len() as i64,
            (_, Value::Map(id)) => self.heap.map(*id).map(|m| m.entries.len() as i64).unwrap_or(0),
            (_, Value::Chan(c)) => self.chans[c.0 as usize].buf.len() as i64,
            _ => 0,
        }
    }

    pub(super) fn slice_items(&self, s: &Value) -> Vec<Value> {
        match s {
            Value::Slice { arr, off, len, .. } => {
                self.heap.array(*arr)[*off as usize..(*off + *len) as usize].to_vec()
            }
            _ => Vec::new(),
        }
    }

    fn append(&mut self, s: Value, items: Vec<Value>, elem: super::growslice::Elem) -> Value {
        self.append_to(s, items, elem, None)
    }

    /// `append`, growing into a stack buffer of `stack_cap` elements when given.
    fn append_to(
        &mut self,
        s: Value,
        items: Vec<Value>,
        elem: super::growslice::Elem,
        stack_cap: Option<u32>,
    ) -> Value {
        if items.is_empty() {
            return s;
        }
        let (arr, off, len, cap) = match s {
            Value::Slice { arr, off, len, cap } => (Some(arr), off, len, cap),
            _ => (None, 0, 0, 0),
        };
        let new_len = len + items.len() as u32;
        if let Some(arr) = arr.filter(|_| new_len <= cap) {
            let a = self.heap.array_mut(arr);
            for (i, v) in items.into_iter().enumerate() {
                a[(off + len) as usize + i] = v;
            }
            return Value::Slice { arr, off, len: new_len, cap };
        }
        // Grow as Go does: double small slices, then by about 1.25×, rounded up to a size
        // class of Go's allocator.
        let new_cap = match stack_cap {
            Some(c) => c,
            None => {
                let c = super::growslice::grown_cap(u64::from(new_len), u64::from(cap), elem);
                u32::try_from(c).unwrap_or(u32::MAX)
            }
        };
        let mut data: Vec<Value> = match arr {
            Some(a) => self.heap.array(a)[off as usize..(off + len) as usize].to_vec(),
            None => Vec::new(),
        };
        let zero = items.first().map(zero_like).unwrap_or_default();
        data.extend(items);
        data.resize(new_cap as usize, zero);
        let arr = self.heap.alloc(HeapObj::Array(data));
        if stack_cap.is_some() {
            self.stack_arrays.insert(arr);
        }
        Value::Slice { arr, off: 0, len: new_len, cap: new_cap }
    }

    /// Go's `move2heap`: a slice whose array is a stack buffer gets a heap copy, with its
    /// capacity, or with the length rounded up to a size class.
    fn move_to_heap(&mut self, s: Value, elem: super::growslice::Elem, keep_cap: bool) -> Value {
        let Value::Slice { arr, off, len, cap } = s else { return s };
        if !self.stack_arrays.contains(&arr) {
            return s;
        }
        let new_cap = if keep_cap {
            cap
        } else {
            let c = super::growslice::size_class_cap(u64::from(len), elem);
            u32::try_from(c).unwrap_or(cap).max(len)
        };
        let kept = if keep_cap { cap } else { len };
        let items = self.heap.array(arr);
        let mut data: Vec<Value> = items[off as usize..(off + kept) as usize].to_vec();
        let zero = items.get(off as usize).map(zero_like).unwrap_or_default();
        data.resize(new_cap as usize, zero);
        let arr = self.heap.alloc(HeapObj::Array(data));
        Value::Slice { arr, off: 0, len, cap: new_cap }
    }

    fn slice_expr(
        &mut self,
        kind: RangeKind,
        x: Value,
        lo: i64,
        hi: Option<i64>,
        max: Option<i64>,
        arr_len: u32,
    ) -> Res<Value> {
        match kind {
            RangeKind::String => {
                let b = x.as_bytes();
                let h = hi.unwrap_or(b.len() as i64);
                if h > b.len() as i64 {
                    return Err(format!(
                        "slice bounds out of range [:{h}] with length {}",
                        b.len()
                    ));
                }
                if lo < 0 || h < lo {
                    return Err(format!("slice bounds out of range [{lo}:{h}]"));
                }
                if lo < 0 || h < lo || h > b.len() as i64 {
                    return Err(format!(
                        "slice bounds out of range [{}:{}] with length {}",
                        lo,
                        h,
                        b.len()
                    ));
                }
                Ok(Value::Str(Rc::from(&b[lo as usize..h as usize])))
            }
            RangeKind::Array => {
                // x is a pointer to the array: the slice shares its elements, also when the
                // array lies inside another value (a struct field, an array element).
                let Value::Ptr(p) = x else { return Err(nil_deref()) };
                let cap = max.unwrap_or(arr_len as i64);
                let h = hi.unwrap_or(arr_len as i64);
                if lo < 0 || h < lo || cap < h || cap > arr_len as i64 {
                    return Err(format!(
                        "slice bounds out of range [{lo}:{h}] with capacity {arr_len}"
                    ));
                }
                let arr = match self.heap.backing_array(&p) {
                    Some(arr) => arr,
                    None => {
                        let items = self.heap.load(&p).fields().to_vec();
                        self.heap.alloc(HeapObj::Array(items))
                    }
                };
                Ok(Value::Slice {
                    arr,
                    off: lo as u32,
                    len: (h - lo) as u32,
                    cap: (cap - lo) as u32,
                })
            }
            _ => {
                let (arr, off, len, cap) = match x {
                    Value::Slice { arr, off, len, cap } => (Some(arr), off, len, cap),
                    _ => (None, 0, 0, 0),
                };
                let h = hi.unwrap_or(i64::from(len));
                let m = max.unwrap_or(i64::from(cap));
                if h < 0 || h > i64::from(cap) {
                    return Err(format!("slice bounds out of range [:{h}] with capacity {cap}"));
                }
                if lo < 0 || lo > h {
                    return Err(format!("slice bounds out of range [{lo}:{h}]"));
                }
                if m < h || m > i64::from(cap) {
                    return Err(format!("slice bounds out of range [::{m}] with capacity {cap}"));
                }
                match arr {
                    Some(arr) => Ok(Value::Slice {
                        arr,
                        off: off + lo as u32,
                        len: (h - lo) as u32,
                        cap: (m - lo) as u32,
                    }),
                    None => Ok(Value::Nil),
                }
            }
        }
    }

    fn convert(&mut self, c: super::program::Conv, v: Value) -> Res<Value> {
        use super::program::Conv;
        Ok(match c {
            Conv::BytesToString => {
                let bytes: Vec<u8> =
                    self.slice_items(&v).iter().map(|x| x.as_int() as u8).collect();
                Value::Str(Rc::from(bytes))
            }
            Conv::RunesToString => {
                let s: String = self
                    .slice_items(&v)
                    .iter()
                    .map(|x| {
                        u32::try_from(x.as_int())
                            .ok()
                            .and_then(char::from_u32)
                            .unwrap_or('\u{FFFD}')
                    })
                    .collect();
                Value::str(&s)
            }
            Conv::StringToBytes => {
                let items: Vec<Value> =
                    v.as_bytes().iter().map(|b| Value::Int(i64::from(*b))).collect();
                let len = items.len() as u32;
                let arr = self.heap.alloc(HeapObj::Array(items));
                Value::Slice { arr, off: 0, len, cap: len }
            }
            Conv::StringToRunes => {
                let b = v.as_bytes();
                let mut items = Vec::new();
                let mut i = 0;
                while i < b.len() {
                    let (r, w) = ops::decode_rune(b, i);
                    items.push(Value::Int(r));
                    i += w;
                }
                let len = items.len() as u32;
                let arr = self.heap.alloc(HeapObj::Array(items));
                Value::Slice { arr, off: 0, len, cap: len }
            }
            Conv::SliceToArray(n) | Conv::SliceToArrayPtr(n) => {
                let (arr, off, len) = slice_parts(&v);
                if len < n {
                    return Err(format!(
                        "cannot convert slice with length {len} to array or pointer to array with length {n}"
                    ));
                }
                let items = self.slice_items(&v);
                if let Conv::SliceToArray(_) = c {
                    return Ok(Value::Tuple(items[..n as usize].into()));
                }
                match arr {
                    // A nil slice gives a nil pointer.
                    None => Value::Nil,
                    // The pointer addresses the whole backing array: only an array of exactly
                    // the slice's backing store can be shared.
                    Some(arr) if off == 0 && self.heap.array(arr).len() == n as usize => {
                        Value::Ptr(Ptr::root(arr))
                    }
                    Some(_) => {
                        return Err("!unsupported: converting part of a slice's backing array to an array pointer is not simulated".into());
                    }
                }
            }
            other => ops::convert(other, &v),
        })
    }

    fn range_init(&mut self, kind: RangeKind, v: Value) -> Value {
        match kind {
            RangeKind::Map => {
                // Go's map iteration order is random: shuffle the keys with the run's RNG.
                let mut keys: Vec<Value> = match &v {
                    Value::Map(id) => self
                        .heap
                        .map(*id)
                        .map(|m| m.entries.values().map(|(k, _)| k.clone()).collect())
                        .unwrap_or_default(),
                    _ => Vec::new(),
                };
                for i in (1..keys.len()).rev() {
                    let j = self.rng.below(i as u64 + 1) as usize;
                    keys.swap(i, j);
                }
                let len = keys.len() as u32;
                let arr = self.heap.alloc(HeapObj::Array(keys));
                Value::Tuple(
                    vec![v, Value::Slice { arr, off: 0, len, cap: len }, Value::Int(0)].into(),
                )
            }
            _ => Value::Tuple(vec![v, Value::Int(0)].into()),
        }
    }

    #[allow(clippy::too_many_arguments)] // reason: the operands of one instruction
    fn range_next(
        &mut self,
        gid: u32,
        gi: usize,
        base: usize,
        kind: RangeKind,
        state: u16,
        end: u32,
        span: Span,
    ) -> Res<Flow> {
        let slot = base + state as usize;
        // The loop's state: what is ranged over, (a map's keys,) the position. Read in place:
        // cloning the state would copy an array, or a map's keys, at every iteration.
        let items = self.gs[gi].stack[slot].fields();
        let i = items.last().map(Value::as_int).unwrap_or(0);
        let x = match items.first() {
            Some(Value::Tuple(_)) => Value::Nil,
            x => x.cloned().unwrap_or_default(),
        };
        let set_i = |m: &mut Machine, n: i64| {
            if let Value::Tuple(t) = &mut m.gs[gi].stack[slot]
                && let Some(last) = t.last_mut()
            {
                *last = Value::Int(n);
            }
        };
        match kind {
            RangeKind::Int => {
                if i >= x.as_int() {
                    self.jump(gi, end);
                } else {
                    set_i(self, i + 1);
                    self.push(gid, Value::Int(i));
                }
            }
            RangeKind::Slice | RangeKind::Array => {
                let arr_len = match self.gs[gi].stack[slot].fields().first() {
                    Some(Value::Tuple(t)) => Some(t.len() as i64),
                    _ => None,
                };
                let n = arr_len.unwrap_or_else(|| self.length(kind, &x));
                if i >= n {
                    self.jump(gi, end);
                } else {
                    set_i(self, i + 1);
                    let v = match (&x, self.gs[gi].stack[slot].fields().first()) {
                        (_, Some(Value::Tuple(t))) => t[i as usize].clone(),
                        (Value::Slice { arr, off, .. }, _) => {
                            self.heap.array(*arr)[(*off as i64 + i) as usize].clone()
                        }
                        _ => Value::Nil,
                    };
                    self.push(gid, Value::Int(i));
                    self.push(gid, v);
                }
            }
            RangeKind::String => {
                let b = x.as_bytes();
                if i as usize >= b.len() {
                    self.jump(gi, end);
                } else {
                    let (r, w) = ops::decode_rune(b, i as usize);
                    set_i(self, i + w as i64);
                    self.push(gid, Value::Int(i));
                    self.push(gid, Value::Int(r));
                }
            }
            RangeKind::Map => {
                let (keys, off, len) = match self.gs[gi].stack[slot].fields().get(1) {
                    Some(&Value::Slice { arr, off, len, .. }) => (arr, off as usize, len as usize),
                    _ => (HeapId(0), 0, 0),
                };
                let Value::Map(id) = x else {
                    self.jump(gi, end);
                    return Ok(Flow::Continue);
                };
                let mut j = i as usize;
                // Skip keys deleted during iteration.
                while j < len {
                    let k = Key::of(&self.heap.array(keys)[off + j]);
                    if let Some((kv, vv)) =
                        self.heap.map(id).and_then(|m| m.entries.get(&k)).cloned()
                    {
                        set_i(self, j as i64 + 1);
                        self.push(gid, kv);
                        self.push(gid, vv);
                        return Ok(Flow::Continue);
                    }
                    j += 1;
                }
                self.jump(gi, end);
            }
            RangeKind::Chan => return self.range_recv(gid, gi, x, end, span),
        }
        Ok(Flow::Continue)
    }

    pub(super) fn zero_of(&self, ty: crate::check::TypeId) -> Value {
        super::natives::zero_value(&self.prog.types, ty)
    }

    /// `x.(T)`: whether the dynamic type matches, and the unwrapped (or re-wrapped) value.
    fn assert(&self, v: &Value, ty: crate::check::TypeId, iface: bool) -> (bool, Value) {
        let Value::Iface(b) = v else { return (false, Value::Nil) };
        if iface {
            let dyn_ty = crate::check::TypeId(b.0);
            let ok = self.implements(dyn_ty, ty);
            return (ok, if ok { v.clone() } else { Value::Nil });
        }
        if b.0 == ty.0 { (true, b.1.clone()) } else { (false, Value::Nil) }
    }

    pub(super) fn implements(
        &self,
        dyn_ty: crate::check::TypeId,
        iface: crate::check::TypeId,
    ) -> bool {
        let crate::check::Type::Interface(methods) = self.prog.types.under(iface) else {
            return false;
        };
        methods.iter().all(|m| self.method_of(dyn_ty, &m.name).is_some())
    }

    /// The method `name` of dynamic type `ty`: (function, whether it takes a pointer).
    pub(super) fn method_of(&self, ty: crate::check::TypeId, name: &str) -> Option<(FuncId, bool)> {
        let t = &self.prog.types;
        if let Some(&(f, ptr)) = self.prog.methods.get(&(ty, name.to_string())) {
            return (!ptr).then_some((f, false));
        }
        if let crate::check::Type::Pointer(elem) = t.get(ty)
            && let Some(&(f, ptr)) = self.prog.methods.get(&(*elem, name.to_string()))
        {
            return Some((f, ptr));
        }
        None
    }

    /// Replaces a `\0type-id` suffix of a runtime error with the type's Go spelling.
    fn name_type_in(&self, e: String) -> String {
        match e.split_once('\0') {
            Some((msg, id)) => {
                let ty = crate::check::TypeId(id.parse().unwrap_or(0));
                format!("{msg} {}", super::fmt::type_string(&self.prog.types, ty))
            }
            None => e,
        }
    }

    /// Go's message for a failed `x.(T)`, `src` being `x`'s static type; types are spelled
    /// as Go's runtime spells them (`interface {}`, `interface { M() }`).
    fn assert_error(
        &self,
        v: &Value,
        ty: crate::check::TypeId,
        src: crate::check::TypeId,
    ) -> String {
        let name = |t| super::fmt::type_string(&self.prog.types, t);
        let want = name(ty);
        match v {
            Value::Iface(b) if self.prog.types.is_interface(ty) => {
                let have = name(crate::check::TypeId(b.0));
                let missing = match self.prog.types.under(ty) {
                    crate::check::Type::Interface(ms) => ms
                        .iter()
                        .find(|m| self.method_of(crate::check::TypeId(b.0), &m.name).is_none())
                        .map(|m| m.name.clone())
                        .unwrap_or_default(),
                    _ => String::new(),
                };
                format!("!interface conversion: {have} is not {want}: missing method {missing}")
            }
            Value::Iface(b) => {
                let have = name(crate::check::TypeId(b.0));
                format!("!interface conversion: {} is {have}, not {want}", name(src))
            }
            _ if self.prog.types.is_interface(ty) => {
                format!("!interface conversion: interface is nil, not {want}")
            }
            _ => format!("!interface conversion: {} is nil, not {want}", name(src)),
        }
    }

    /// Resolves an interface method call: the function and the receiver it takes.
    fn resolve_iface(&self, recv: &Value, name: u32) -> Res<(FuncId, Value)> {
        let Value::Iface(b) = recv else { return Err(nil_deref()) };
        let mname = &self.prog.names[name as usize];
        let ty = crate::check::TypeId(b.0);
        match self.method_of(ty, mname) {
            Some((f, ptr_recv)) => {
                let is_ptr = matches!(self.prog.types.get(ty), crate::check::Type::Pointer(_));
                // A value-receiver method called through a pointer: dereference.
                let r = if is_ptr && !ptr_recv {
                    match &b.1 {
                        Value::Ptr(p) => self.heap.load(p),
                        _ => return Err(nil_deref()),
                    }
                } else {
                    b.1.clone()
                };
                Ok((f, r))
            }
            None => Err(format!(
                "!method {mname} not found for {}",
                self.prog.types.display_qualified(ty)
            )),
        }
    }

    pub(super) fn panic_text(&mut self, v: &Value) -> String {
        super::natives::panic_text(self, v)
    }

    fn builtin_print(
        &mut self,
        vals: &[Value],
        tys: &[crate::check::TypeId],
        newline: bool,
    ) -> Vec<u8> {
        super::natives::builtin_print(self, vals, tys, newline)
    }
}

pub(super) fn push_frame(
    prog: &Program,
    g: &mut Goroutine,
    func: FuncId,
    closure: Option<Rc<Closure>>,
    mut args: Vec<Value>,
    discard: bool,
) {
    let f = &prog.funcs[func.0 as usize];
    if let Some(c) = &closure
        && let Some(r) = &c.recv
        && args.len() < f.n_params as usize
    {
        args.insert(0, r.clone());
    }
    let base = g.stack.len();
    args.resize(f.n_params as usize, Value::Nil);
    g.stack.extend(args);
    g.stack.resize(base + f.n_slots as usize, Value::Nil);
    g.frames.push(Frame {
        func,
        pc: 0,
        base,
        closure,
        defers: Vec::new(),
        deferred: false,
        discard,
        sync_boundary: false,
        catches_panic: false,
        by_panic: false,
    });
}

/// Whether a panic message without the `runtime error: ` prefix is still one of the runtime's
/// own errors (Go's `plainError` and `TypeAssertionError`), not a library's string panic.
fn is_runtime_plain_error(text: &str) -> bool {
    text.starts_with("interface conversion: ")
        || matches!(
            text,
            "assignment to entry in nil map"
                | "send on closed channel"
                | "close of nil channel"
                | "close of closed channel"
                | "makechan: size out of range"
        )
}

pub(super) fn nil_deref() -> String {
    "invalid memory address or nil pointer dereference".into()
}

fn check_index(i: i64, len: i64) -> Res<()> {
    if i < 0 || i >= len {
        Err(format!("index out of range [{i}] with length {len}"))
    } else {
        Ok(())
    }
}

pub(super) fn slice_parts(s: &Value) -> (Option<HeapId>, u32, u32) {
    match s {
        Value::Slice { arr, off, len, .. } => (Some(*arr), *off, *len),
        _ => (None, 0, 0),
    }
}

fn map_key(k: &Value) -> Res<Key> {
    let key = Key::of(k);
    if unhashable(&key) {
        // Name the dynamic type of the interface holding the unhashable value.
        let id = match k {
            Value::Iface(b) => b.0,
            _ => 0,
        };
        return Err(format!("hash of unhashable type\0{id}"));
    }
    Ok(key)
}

fn unhashable(k: &Key) -> bool {
    match k {
        Key::Invalid => true,
        Key::Tuple(items) => items.iter().any(unhashable),
        Key::Iface(_, inner) => unhashable(inner),
        _ => false,
    }
}

/// A zero value of the same shape (for growing slices of that element).
fn zero_like(v: &Value) -> Value {
    match v {
        Value::Bool(_) => Value::Bool(false),
        Value::Int(_) => Value::Int(0),
        Value::Float(_) => Value::Float(0.0),
        Value::Str(_) => Value::str(""),
        Value::Tuple(items) => Value::Tuple(items.iter().map(zero_like).collect()),
        _ => Value::Nil,
    }
}

/// A function's name as Go's tracebacks print it (`main` runs as `runtime.main` here).
fn go_func_name(name: &str) -> &str {
    if name == "runtime.main" { "main.main" } else { name }
}

/// What `plain` did with an instruction.
enum Plain {
    /// Ran it; the next instruction follows.
    Next,
    /// Ran a jump that is taken.
    Jump(u32),
    /// Not a plain instruction (or integer arithmetic that fails): nothing was touched.
    Other,
}

/// The most instructions a superinstruction stands for.
const FUSED_MAX: u64 = 4;

/// Runs the superinstruction `op` at `pc` as the whole run of instructions it stands for;
/// returns the pc after the run (or the jump's target) and how many instructions it counts
/// as. `None` (nothing done) for other instructions, and where the run cannot be taken at
/// once: an operand that is not an integer, or an access that must be reported.
#[inline(always)]
#[allow(clippy::too_many_arguments)] // reason: the interpreter's registers, passed apart
fn fused(
    op: &Op,
    pc: usize,
    stack: &mut [Value],
    heap: &mut Heap,
    consts: &[Value],
    free: &[HeapId],
    base: usize,
    skip_access: bool,
) -> Option<(usize, u64)> {
    let int = |v: &Value| match v {
        Value::Int(i) => Some(*i),
        _ => None,
    };
    match *op {
        Op::CmpLocalConstJump { a, k, op, num, target, when } => {
            let x = int(&stack[base + a as usize])?;
            let y = int(&consts[k as usize])?;
            let ops::IntResult::Bool(b) = ops::int_simple(op, x, y, num)? else { return None };
            Some((if b == when { target as usize } else { pc + 4 }, 4))
        }
        Op::CmpLocalsJump { a, b, op, num, target, when } => {
            let x = int(&stack[base + a as usize])?;
            let y = int(&stack[base + b as usize])?;
            let ops::IntResult::Bool(b) = ops::int_simple(op, x, y, num)? else { return None };
            Some((if b == when { target as usize } else { pc + 4 }, 4))
        }
        Op::LocalOpConst { slot, k, op, num } => {
            let Value::Int(x) = &mut stack[base + slot as usize] else { return None };
            let y = int(&consts[k as usize])?;
            let ops::IntResult::Int(r) = ops::int_simple(op, *x, y, num)? else { return None };
            *x = r;
            Some((pc + 4, 4))
        }
        Op::FreeOpConst { i, k, op, num, len } => {
            if len > 4 && !skip_access {
                return None;
            }
            let cell = *free.get(i as usize)?;
            let HeapObj::Cell(Value::Int(x)) = heap.get_mut(cell) else { return None };
            let y = int(&consts[k as usize])?;
            let ops::IntResult::Int(r) = ops::int_simple(op, *x, y, num)? else { return None };
            *x = r;
            Some((pc + len as usize, 4))
        }
        _ => None,
    }
}

/// A copy of `v`, without a call for the scalars the interpreter moves most.
#[inline(always)]
fn copy(v: &Value) -> Value {
    match v {
        Value::Int(i) => Value::Int(*i),
        Value::Bool(b) => Value::Bool(*b),
        other => other.clone(),
    }
}

/// Drops `v`, without a call for scalars.
#[inline(always)]
fn discard(v: Value) {
    if matches!(v, Value::Nil | Value::Bool(_) | Value::Int(_) | Value::Float(_)) {
        std::mem::forget(v);
    } else {
        drop(v);
    }
}

/// Runs `op` if it is a plain instruction: a constant, a local or captured variable, integer
/// arithmetic that cannot fail, a jump. `exec` runs every instruction through this first,
/// and `Machine::fast_run` runs whole sequences of them.
#[inline(always)]
fn plain(
    op: &Op,
    stack: &mut Vec<Value>,
    heap: &mut Heap,
    consts: &[Value],
    free: &[HeapId],
    base: usize,
) -> Plain {
    use super::program::Num;
    let free_cell = |i: u16| free.get(i as usize).copied().unwrap_or(HeapId(0));
    // A superinstruction runs here as the first instruction of its run (see `fused`).
    let head;
    let op = match op.head() {
        Some(h) => {
            head = h;
            &head
        }
        None => op,
    };
    match *op {
        Op::Const(k) => stack.push(copy(&consts[k as usize])),
        Op::Local(s) | Op::LocalPtr(s) => {
            let v = copy(&stack[base + s as usize]);
            stack.push(v);
        }
        Op::SetLocal(s) => {
            let v = stack.pop().unwrap_or_default();
            discard(std::mem::replace(&mut stack[base + s as usize], v));
        }
        Op::Free(i) => stack.push(heap.load_at(free_cell(i), &[])),
        Op::SetFree(i) => {
            let v = stack.pop().unwrap_or_default();
            heap.store_at(free_cell(i), &[], v);
        }
        Op::FreePtr(i) => stack.push(Value::Ptr(Ptr::root(free_cell(i)))),
        Op::Jump(t) => return Plain::Jump(t),
        Op::JumpIfFalse(t) | Op::JumpIfTrue(t) => {
            let want = matches!(op, Op::JumpIfTrue(_));
            let b = match stack.pop() {
                Some(Value::Bool(b)) => b,
                other => other.is_some_and(|v| v.as_bool()),
            };
            if b == want {
                return Plain::Jump(t);
            }
        }
        Op::Bin(bop, num @ Num::Int { .. }) => {
            let n = stack.len();
            let (Some(Value::Int(x)), Some(Value::Int(y))) =
                (stack.get(n.wrapping_sub(2)), stack.get(n.wrapping_sub(1)))
            else {
                return Plain::Other;
            };
            let Some(r) = ops::int_simple(bop, *x, *y, num) else { return Plain::Other };
            // Both operands are integers: nothing to drop.
            std::mem::forget(stack.pop());
            std::mem::forget(std::mem::replace(&mut stack[n - 2], r.into()));
        }
        _ => return Plain::Other,
    }
    Plain::Next
}
