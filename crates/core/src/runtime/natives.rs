//! The simulated standard library: every body-less function of `check/stdlib/*.go`, by its
//! qualified name. Natives run atomically; the ones that synchronise or wait (sync, time,
//! channels behind timers) are scheduling points and record trace events.

use super::conc::{TimerAction, TimerState};
use super::fmt::{self as gofmt, Arg, Host};
use super::value::{ChanId, HeapId, HeapObj, Ptr, Value};
use super::vm::{Flow, GState, Machine, Res};
use crate::check::types::well_known as wk;
use crate::check::{Type, TypeId, TypeTable};
use crate::syntax::span::Span;
use crate::trace::{EventKind, TimerKind, WaitReason};
use std::rc::Rc;

/// The natives this module implements, by the name the compiler asks for. A native's id is
/// its index in `OWN` followed by `natives_lib::NAMES` (see `all_names`).
pub const OWN: &[&str] = &[
    "fmt.Println",
    "fmt.Printf",
    "fmt.Print",
    "fmt.Sprintf",
    "fmt.Sprint",
    "fmt.Sprintln",
    "fmt.Errorf",
    "fmt.(*wrapError).Error",
    "fmt.(*wrapError).Unwrap",
    "fmt.(*wrapErrors).Error",
    "fmt.(*wrapErrors).Unwrap",
    "errors.New",
    "errors.(*errorString).Error",
    "errors.Unwrap",
    "time.Sleep",
    "time.After",
    "time.Tick",
    "time.NewTimer",
    "time.NewTicker",
    "time.(*Timer).Stop",
    "time.(*Timer).Reset",
    "time.(*Ticker).Stop",
    "time.(*Ticker).Reset",
    "time.AfterFunc",
    "time.Now",
    "time.Since",
    "time.Time.Sub",
    "time.Duration.String",
    "time.Duration.Seconds",
    "time.Duration.Milliseconds",
    "sync.(*WaitGroup).Add",
    "sync.(*WaitGroup).Done",
    "sync.(*WaitGroup).Wait",
    "sync.(*WaitGroup).Go",
    "sync.(*Mutex).Lock",
    "sync.(*Mutex).Unlock",
    "sync.(*Mutex).TryLock",
    "sync.(*RWMutex).Lock",
    "sync.(*RWMutex).Unlock",
    "sync.(*RWMutex).RLock",
    "sync.(*RWMutex).RUnlock",
    "sync.(*Once).Do",
    "sync.OnceFunc",
    "sync.OnceValue",
    "sync.OnceValues",
    "sync.(*Once).finish",
    "sync/atomic.AddInt64",
    "sync/atomic.AddInt32",
    "sync/atomic.LoadInt64",
    "sync/atomic.LoadInt32",
    "sync/atomic.StoreInt64",
    "sync/atomic.StoreInt32",
    "sync/atomic.CompareAndSwapInt64",
    "sync/atomic.CompareAndSwapInt32",
    "sync/atomic.(*Int64).Add",
    "sync/atomic.(*Int64).Load",
    "sync/atomic.(*Int64).Store",
    "sync/atomic.(*Int32).Add",
    "sync/atomic.(*Int32).Load",
    "sync/atomic.(*Int32).Store",
    "sync/atomic.(*Bool).Load",
    "sync/atomic.(*Bool).Store",
    "runtime.Gosched",
    "runtime.Goexit",
    "runtime.NumGoroutine",
    "runtime.GOMAXPROCS",
    "runtime.NumCPU",
    "runtime.errorString.Error",
    "runtime.errorString.RuntimeError",
    "runtime.boundsError.Error",
    "runtime.boundsError.RuntimeError",
    "runtime.plainError.Error",
    "runtime.plainError.RuntimeError",
    "runtime.(*TypeAssertionError).Error",
    "runtime.(*TypeAssertionError).RuntimeError",
    "runtime.(*PanicNilError).Error",
    "runtime.(*PanicNilError).RuntimeError",
    "os.Exit",
    "net/http.Get",
    "net/http.(*body).Close",
    "net/http.(*body).Read",
    "context.Background",
    "context.TODO",
    "context.WithCancel",
    "context.WithCancelCause",
    "context.WithTimeout",
    "context.WithTimeoutCause",
    "context.WithDeadline",
    "context.WithDeadlineCause",
    "context.WithoutCancel",
    "context.WithValue",
    "context.Cause",
    "context.Canceled",
    "context.DeadlineExceeded",
    "context.(*ctx).Deadline",
    "context.(*ctx).Done",
    "context.(*ctx).Err",
    "context.(*ctx).Value",
    "context.(*ctx).cancel",
    "context.(*ctx).cancelCause",
    "context.AfterFunc",
    "context.(*afterFunc).stop",
    "context.(*ctx).String",
    "io.EOF",
    "io.ErrUnexpectedEOF",
    "io.ErrShortWrite",
    "io.Discard",
    "bufio.ErrTooLong",
    "bufio.ErrNegativeAdvance",
    "bufio.ErrAdvanceTooFar",
    "bufio.ErrFinalToken",
    "os.Args",
];

/// The id of one of this module's natives, found when compiling the simulator.
const fn own(name: &str) -> u32 {
    let mut i = 0;
    while i < OWN.len() {
        let (a, b) = (OWN[i].as_bytes(), name.as_bytes());
        if a.len() == b.len() {
            let mut j = 0;
            while j < a.len() && a[j] == b[j] {
                j += 1;
            }
            if j == a.len() {
                return i as u32;
            }
        }
        i += 1;
    }
    panic!("not a native of this module")
}

pub(super) const MUTEX_LOCK: u32 = own("sync.(*Mutex).Lock");
pub(super) const MUTEX_UNLOCK: u32 = own("sync.(*Mutex).Unlock");
const WG_DONE: u32 = own("sync.(*WaitGroup).Done");

/// Every native's name, in id order: this module's, then `natives_lib`'s.
pub fn all_names() -> impl Iterator<Item = &'static str> {
    OWN.iter().chain(super::natives_lib::NAMES.iter()).copied()
}

/// The name of native `n`.
pub fn name_of(n: u32) -> &'static str {
    let i = n as usize;
    OWN.get(i)
        .or_else(|| super::natives_lib::NAMES.get(i.wrapping_sub(OWN.len())))
        .copied()
        .unwrap_or("")
}

/// The id of a native by name.
pub fn id_of(name: &str) -> Option<u32> {
    all_names().position(|n| n == name).map(|i| i as u32)
}

fn id(name: &str) -> u32 {
    id_of(name).unwrap_or(u32::MAX)
}

/// Native state that is not a channel or sync object.
#[derive(Clone, Debug, Default)]
pub struct NativeState {
    pub http_requests: u32,
    /// Contexts by id; id 0 is `context.Background()`.
    pub contexts: Vec<CtxState>,
    /// Error values that must keep their identity (`context.Canceled`, `io.EOF`).
    pub sentinels: litemap::LiteMap<&'static str, Value>,
    /// `context.AfterFunc` registrations by id: the function, and whether it is still
    /// waiting (neither started nor stopped).
    pub after_funcs: Vec<(Value, bool)>,
}

/// A context's state.
#[derive(Clone, Debug, Default)]
pub struct CtxState {
    pub parent: Option<usize>,
    /// The index of its Done channel (None for Background, which is never done).
    pub done: Option<u32>,
    pub err: Value,
    pub cause: Value,
    pub children: Vec<usize>,
    pub deadline: Option<u64>,
    /// The deadline as the `time.Time` `Deadline` returns (with its monotonic reading when
    /// it came from `time.Now`, as `WithTimeout`'s does).
    pub deadline_time: Value,
    /// The cause its deadline cancels it with (`WithDeadlineCause`), nil for the error.
    pub deadline_cause: Value,
    pub value: Option<(Value, Value)>,
    /// What `String` adds to the parent's name (`.WithCancel`), or a root's whole name.
    pub label: String,
    /// Its `AfterFunc` registrations (ids into `NativeState::after_funcs`).
    pub after_funcs: Vec<usize>,
}

/// The zero value of a type.
pub fn zero_value(types: &TypeTable, ty: TypeId) -> Value {
    zero_depth(types, ty, 0)
}

fn zero_depth(types: &TypeTable, ty: TypeId, depth: u32) -> Value {
    if depth > 16 {
        return Value::Nil;
    }
    match types.under(ty) {
        Type::Basic(b) if b.is_boolean() => Value::Bool(false),
        Type::Basic(b) if b.is_string() => Value::str(""),
        Type::Basic(b) if b.is_float() => Value::Float(0.0),
        Type::Basic(b) if b.is_integer() => Value::Int(0),
        Type::Struct(fields) => {
            Value::Tuple(fields.iter().map(|f| zero_depth(types, f.ty, depth + 1)).collect())
        }
        Type::Array(n, e) => {
            Value::Tuple(vec![zero_depth(types, *e, depth + 1); *n as usize].into())
        }
        _ => Value::Nil,
    }
}

/// A `time.Time` value at virtual time `now` (nanoseconds since the playground epoch).
pub fn time_value(now: u64) -> Value {
    super::natives_lib::time_from_ns(i128::from(now))
}

/// What `time.Now()` returns at virtual time `now`: with its monotonic reading, which on the
/// Playground is the nanoseconds since the program started plus one.
pub fn time_now(now: u64) -> Value {
    super::natives_lib::with_mono(&time_value(now), Some((now as i64).saturating_add(1)))
}

impl Host for Machine {
    fn types(&self) -> &TypeTable {
        &self.prog.types
    }

    fn heap(&self) -> &super::value::Heap {
        &self.heap
    }

    fn call_string_method(&mut self, v: &Value, ty: TypeId, name: &str) -> Option<gofmt::Called> {
        let (func, ptr) = self.method_of(ty, name)?;
        let sig_ok = self.func(func).n_results == 1;
        if !sig_ok {
            return None;
        }
        let is_ptr = matches!(self.prog.types.get(ty), Type::Pointer(_));
        let recv = if is_ptr && !ptr {
            match v {
                Value::Ptr(p) => self.heap.load(p),
                _ => return None,
            }
        } else {
            v.clone()
        };
        match self.call_sync_catching(func, vec![recv]).ok()? {
            Ok(out) => out.first().map(|s| Ok(s.as_bytes().to_vec())),
            Err(p) => Some(Err(p)),
        }
    }
}

impl Machine {
    /// Calls a function to completion on a scratch goroutine, for natives and `fmt` that
    /// need Go code (String methods, `sort.Slice`'s less). It must not block.
    pub(super) fn call_sync(
        &mut self,
        func: super::value::FuncId,
        args: Vec<Value>,
    ) -> Res<Vec<Value>> {
        self.call_sync_closure(func, None, args)
    }

    /// `call_sync` for `fmt`, which stops a panic of the method it calls (Go's
    /// `catchPanic`): the results, or the value the call panicked with.
    fn call_sync_catching(
        &mut self,
        func: super::value::FuncId,
        args: Vec<Value>,
    ) -> Res<Result<Vec<Value>, Value>> {
        let gi = self.current as usize - 1;
        let panics = self.gs[gi].panics.len();
        let out = self.call_sync_inner(func, None, args, true)?;
        let g = &mut self.gs[gi];
        if g.panics.len() > panics {
            let p = g.panics.pop().expect("the callback's panic");
            return Ok(Err(p.value));
        }
        Ok(Ok(out))
    }

    /// `call_sync` of a closure (with its captured variables).
    pub(super) fn call_sync_closure(
        &mut self,
        func: super::value::FuncId,
        closure: Option<Rc<super::value::Closure>>,
        args: Vec<Value>,
    ) -> Res<Vec<Value>> {
        self.call_sync_inner(func, closure, args, false)
    }

    fn call_sync_inner(
        &mut self,
        func: super::value::FuncId,
        closure: Option<Rc<super::value::Closure>>,
        args: Vec<Value>,
        catch: bool,
    ) -> Res<Vec<Value>> {
        let gid = self.current;
        let gi = gid as usize - 1;
        let depth = self.gs[gi].frames.len();
        let stack_len = self.gs[gi].stack.len();
        let prog = Rc::clone(&self.prog);
        super::vm::push_frame(&prog, &mut self.gs[gi], func, closure, args, false);
        if let Some(fr) = self.gs[gi].frames.last_mut() {
            fr.sync_boundary = true;
            fr.catches_panic = catch;
        }
        // Generous: sort.Slice runs its less function many times within one call.
        let mut budget = 10_000_000u32;
        loop {
            if self.gs[gi].frames.len() <= depth {
                break;
            }
            budget -= 1;
            if budget == 0 {
                return Err("!unsupported: a callback (String method or sort function) that does not return".into());
            }
            let flow = match self.exec_pub(gid) {
                Ok(f) => f,
                // A runtime error in a method `fmt` called is a panic it can catch.
                Err(msg) if catch => self.runtime_error(gid, msg),
                Err(msg) => return Err(msg),
            };
            match flow {
                Flow::Continue | Flow::Point => {}
                Flow::Stop | Flow::End => {
                    if self.gs[gi].frames.len() <= depth {
                        break;
                    }
                    return Err(
                        "!unsupported: blocking inside a callback (String method or sort function)"
                            .into(),
                    );
                }
            }
        }
        let at = stack_len.min(self.gs[gi].stack.len());
        let results = self.gs[gi].stack.split_off(at);
        Ok(results)
    }

    /// Runs native `n` for goroutine `gid`.
    /// Runs native `n` if it is one that concurrent loops call most (mutexes, `wg.Done`),
    /// taking its argument straight off the stack, as `native` would run it; `None` leaves
    /// every other native to `native`.
    pub(super) fn native_hot(&mut self, gid: u32, n: u32, span: Span) -> Option<Res<Flow>> {
        if !matches!(n, MUTEX_LOCK | MUTEX_UNLOCK | WG_DONE) {
            return None;
        }
        let recv = self.g(gid).stack.pop().unwrap_or_default();
        let span = self.span_or_caller(gid, span);
        Some(match n {
            MUTEX_LOCK => self.mutex_lock(gid, &recv, span),
            MUTEX_UNLOCK => self.mutex_unlock(gid, &recv, span),
            _ => self.wg_add(gid, &recv, -1, span),
        })
    }

    pub(super) fn native(&mut self, gid: u32, n: u32, args: Vec<Value>, span: Span) -> Res<Flow> {
        let span = self.span_or_caller(gid, span);
        let name = name_of(n);
        match name {
            "fmt.Println" | "fmt.Print" | "fmt.Printf" => {
                let text = self.fmt_text(name, &args);
                let len = text.len() as i64;
                self.print(gid, span, &text, false);
                self.push_value(gid, Value::Int(len));
                self.push_value(gid, Value::Nil);
                return Ok(Flow::Point);
            }
            "fmt.Sprintf" | "fmt.Sprint" | "fmt.Sprintln" => {
                let s = self.fmt_text(name, &args);
                self.push_value(gid, Value::Str(Rc::from(s)));
            }
            "fmt.Errorf" => {
                let a = self.fmt_args(&args[1]);
                let (s, wrapped) = gofmt::errorf(self, args[0].as_bytes(), &a);
                // As Go: no %w makes an errors.New, one a *wrapError, more a *wrapErrors
                // holding the operands that are errors.
                let errs: Vec<Value> = wrapped
                    .iter()
                    .filter_map(|&i| a.get(i))
                    .filter(|x| !x.value.is_nil() && self.is_error(x.ty))
                    .map(|x| Value::Iface(Rc::new((x.ty.0, x.value.clone()))))
                    .collect();
                let msg = Value::Str(Rc::from(s));
                let v = match wrapped.len() {
                    0 => self.new_error("errors", "errorString", vec![msg]),
                    1 => {
                        let err = errs.into_iter().next().unwrap_or_default();
                        self.new_error("fmt", "wrapError", vec![msg, err])
                    }
                    _ => {
                        let list = self.new_slice(errs);
                        self.new_error("fmt", "wrapErrors", vec![msg, list])
                    }
                };
                self.push_value(gid, v);
            }
            "fmt.(*wrapError).Error" | "errors.(*errorString).Error" => {
                let v = self.deref_field(&args[0], 0)?;
                self.push_value(gid, v);
            }
            "fmt.(*wrapErrors).Error" => {
                let v = self.deref_field(&args[0], 0)?;
                self.push_value(gid, v);
            }
            "fmt.(*wrapErrors).Unwrap" => {
                let v = self.deref_field(&args[0], 1)?;
                self.push_value(gid, v);
            }
            "fmt.(*wrapError).Unwrap" => {
                let v = self.deref_field(&args[0], 1)?;
                self.push_value(gid, v);
            }
            "errors.New" => {
                let v = self.new_error("errors", "errorString", vec![args[0].clone()]);
                self.push_value(gid, v);
            }
            "errors.Unwrap" => {
                let v = self.unwrap_error(&args[0]);
                self.push_value(gid, v);
            }
            "time.Sleep" => {
                let d = args[0].as_int();
                if d <= 0 {
                    self.event(gid, span, EventKind::Yield);
                    self.sched.ready_tail(gid);
                    return Ok(Flow::Stop);
                }
                let until = self.now.saturating_add(d as u64);
                self.add_timer(d as u64, TimerAction::Wake(gid));
                let g = self.g(gid);
                g.state = GState::Sleeping;
                g.block_span = span;
                self.event(gid, span, EventKind::Sleep { until: until.into() });
                return Ok(Flow::Stop);
            }
            "time.After" | "time.Tick" | "time.NewTimer" | "time.NewTicker" => {
                if name == "time.NewTicker" && args[0].as_int() <= 0 {
                    return Err("!non-positive interval for NewTicker".into());
                }
                let d = args[0].as_int().max(0) as u64;
                let kind = match name {
                    "time.After" => TimerKind::After,
                    "time.Tick" => TimerKind::Tick,
                    "time.NewTimer" => TimerKind::NewTimer,
                    _ => TimerKind::NewTicker,
                };
                let (ch, timer) = self.new_timer(d, kind, None, span);
                let c = Value::Chan(ChanId(ch));
                let v = match name {
                    "time.After" | "time.Tick" => c,
                    _ => self.boxed(Value::Tuple(vec![c, Value::Int(i64::from(timer))].into())),
                };
                self.push_value(gid, v);
                let id = self.chans[ch as usize].id;
                self.event(gid, span, EventKind::MakeChan { ch: id });
                self.timer_set(gid, span, timer, d);
                return Ok(Flow::Point);
            }
            "time.AfterFunc" => {
                let d = args[0].as_int().max(0) as u64;
                let (ch, timer) =
                    self.new_timer(d, TimerKind::AfterFunc, Some(args[1].clone()), span);
                let v = self.boxed(Value::Tuple(
                    vec![Value::Chan(ChanId(ch)), Value::Int(i64::from(timer))].into(),
                ));
                self.push_value(gid, v);
                self.timer_set(gid, span, timer, d);
            }
            "time.(*Timer).Stop" | "time.(*Ticker).Stop" => {
                let t = self.deref_field(&args[0], 1)?.as_int() as usize;
                let key = self.sync.timers.get_mut(t).and_then(|ts| ts.key.take());
                let was_active = key.is_some_and(|k| self.timers.remove(&k).is_some());
                let was_active = self.drain_timer(t) || was_active;
                if let Some(ts) = self.sync.timers.get(t) {
                    let timer = ts.trace_id;
                    self.event(gid, span, EventKind::TimerStop { timer, active: was_active });
                }
                if name == "time.(*Timer).Stop" {
                    self.push_value(gid, Value::Bool(was_active));
                }
            }
            "time.(*Timer).Reset" | "time.(*Ticker).Reset" => {
                let t = self.deref_field(&args[0], 1)?.as_int() as usize;
                let d = args[1].as_int().max(0) as u64;
                let key = self.sync.timers.get_mut(t).and_then(|ts| ts.key.take());
                let was_active = key.is_some_and(|k| self.timers.remove(&k).is_some());
                let was_active = self.drain_timer(t) || was_active;
                if let Some(ts) = self.sync.timers.get(t).cloned() {
                    let action = match (ts.callee, ts.ch) {
                        (Some(c), _) => TimerAction::Call { callee: c, timer: t as u32 },
                        (None, Some(ch)) => {
                            let period =
                                if name == "time.(*Ticker).Reset" { Some(d) } else { None };
                            if let Some(ts) = self.sync.timers.get_mut(t) {
                                ts.period = period;
                            }
                            TimerAction::Send { ch, period, timer: t as u32 }
                        }
                        _ => return Ok(Flow::Continue),
                    };
                    let key = self.add_timer(d, action);
                    self.sync.timers[t].key = Some(key);
                    self.timer_set(gid, span, t as u32, d);
                }
                if name == "time.(*Timer).Reset" {
                    self.push_value(gid, Value::Bool(was_active));
                }
            }
            "time.Now" => {
                let v = time_now(self.now);
                self.push_value(gid, v);
            }
            "time.Since" => {
                let t = super::natives_lib::time_ns(&args[0]);
                let d = super::natives_lib::saturate(i128::from(self.now) - t);
                self.push_value(gid, Value::Int(d));
            }
            "time.Time.Sub" => {
                let (a, b) = (&args[0], &args[1]);
                let d = super::natives_lib::time_ns(a) - super::natives_lib::time_ns(b);
                self.push_value(gid, Value::Int(super::natives_lib::saturate(d)));
            }
            "time.Duration.String" => {
                let s = duration_string(args[0].as_int());
                self.push_value(gid, Value::str(&s));
            }
            "time.Duration.Seconds" => {
                self.push_value(gid, Value::Float(args[0].as_int() as f64 / 1e9));
            }
            "time.Duration.Milliseconds" => {
                self.push_value(gid, Value::Int(args[0].as_int() / 1_000_000));
            }
            "sync.(*WaitGroup).Add" | "sync.(*WaitGroup).Done" => {
                let delta = if name.ends_with("Done") { -1 } else { args[1].as_int() };
                return self.wg_add(gid, &args[0], delta, span);
            }
            "sync.(*WaitGroup).Wait" => return self.wg_wait(gid, &args[0], span),
            "sync.(*WaitGroup).Go" => {
                self.wg_add(gid, &args[0], 1, span)?;
                let Value::Func(c) = args[1].clone() else {
                    return Err("!sync: WaitGroup.Go of nil func".into());
                };
                let wg = args[0].clone();
                return self.go_with_done(gid, c, wg, span);
            }
            "sync.(*Mutex).Lock" => return self.mutex_lock(gid, &args[0], span),
            "sync.(*RWMutex).Lock" => return self.lock(gid, &args[0], false, span, name),
            "sync.(*RWMutex).RLock" => return self.lock(gid, &args[0], true, span, name),
            "sync.(*Mutex).Unlock" => return self.mutex_unlock(gid, &args[0], span),
            "sync.(*RWMutex).Unlock" => return self.unlock(gid, &args[0], false, span, name),
            "sync.(*RWMutex).RUnlock" => return self.unlock(gid, &args[0], true, span, name),
            "sync.(*Mutex).TryLock" => {
                let ok = self.mutex_try_lock(gid, &args[0], span)?;
                self.push_value(gid, Value::Bool(ok));
                return Ok(Flow::Point);
            }
            "sync.(*Once).Do" => return self.once_do(gid, args, span),
            "sync.OnceFunc" => {
                // A function bound to a new Once and f, whose code calls once.Do(f).
                let once = self.named_type("sync", "Once");
                let zero = self.zero_of(once);
                let once_ptr = self.boxed(zero);
                let recv = Value::Tuple(vec![once_ptr, args[0].clone()].into());
                let func = self.prog.once_func_call;
                let f = super::value::Closure { func, free: Box::new([]), recv: Some(recv) };
                self.push_value(gid, Value::Func(Rc::new(f)));
            }
            "sync.OnceValue" | "sync.OnceValues" => {
                let k = if name == "sync.OnceValue" { 1 } else { 2 };
                let once = self.named_type("sync", "Once");
                let zero = self.zero_of(once);
                let once_ptr = self.boxed(zero);
                // The cells are only read after f has returned (a panic in f propagates).
                let cells: Vec<Value> = (0..k).map(|_| self.boxed(Value::Nil)).collect();
                let (store, get) = self.prog.once_value_calls[k - 1];
                let bound = |func, recv: Vec<Value>| {
                    let recv = Some(Value::Tuple(recv.into()));
                    Value::Func(Rc::new(super::value::Closure { func, free: Box::new([]), recv }))
                };
                let mut store_recv = vec![args[0].clone()];
                store_recv.extend(cells.iter().cloned());
                let mut get_recv = vec![once_ptr, bound(store, store_recv)];
                get_recv.extend(cells);
                self.push_value(gid, bound(get, get_recv));
            }
            "sync.(*Once).finish" => return self.once_finish(gid, &args[0], span),
            _ if super::natives_lib::handles(name) => {
                return super::natives_lib::lib_native(self, gid, name, &args, span)
                    .unwrap_or_else(|| Err(format!("!unsupported: {name} is not simulated")));
            }
            _ if name.starts_with("sync/atomic.") => return self.atomic(gid, name, &args, span),
            "runtime.Gosched" => {
                self.event(gid, span, EventKind::Yield);
                self.sched.ready_tail(gid);
                return Ok(Flow::Stop);
            }
            "runtime.Goexit" => {
                // Like a panic that nothing recovers: the deferred calls run, innermost
                // first, then the goroutine ends (main's end does not end the program). A
                // panic in progress is aborted.
                let g = self.g(gid);
                g.goexiting = true;
                g.panics.clear();
                g.block_span = span;
                return Ok(self.unwind(gid));
            }
            "runtime.NumGoroutine" => {
                let n = self.gs.iter().filter(|g| g.state != GState::Done).count();
                self.push_value(gid, Value::Int(n as i64));
            }
            "runtime.GOMAXPROCS" | "runtime.NumCPU" => self.push_value(gid, Value::Int(1)),
            "runtime.errorString.Error" | "runtime.boundsError.Error" => {
                let s = format!("runtime error: {}", String::from_utf8_lossy(args[0].as_bytes()));
                self.push_value(gid, Value::str(&s));
            }
            "runtime.plainError.Error" => self.push_value(gid, args[0].clone()),
            "runtime.(*PanicNilError).Error" => {
                self.push_value(gid, Value::str("runtime error: panic called with nil argument"));
            }
            "runtime.(*TypeAssertionError).Error" => {
                let v = self.deref_field(&args[0], 0)?;
                self.push_value(gid, v);
            }
            _ if name.starts_with("runtime.") && name.ends_with(".RuntimeError") => {}
            "os.Exit" => {
                let code = args[0].as_int() as i32;
                self.event(gid, span, EventKind::Exit);
                self.outcome = Some(crate::trace::Outcome::Exited { code });
                return Ok(Flow::End);
            }
            "net/http.Get" => return self.http_get(gid, &args[0], span),
            _ if name.starts_with("context.") => {
                return self.context_native(gid, name, &args, span);
            }
            "io.EOF" => {
                let v = self.sentinel("io.EOF", "EOF");
                self.push_value(gid, v);
            }
            "io.Discard" => {
                let ty = self.named_type("io", "discard");
                self.push_value(
                    gid,
                    Value::Iface(Rc::new((ty.0, Value::Tuple(Vec::new().into())))),
                );
            }
            "bufio.ErrTooLong" => {
                let v = self.sentinel(name, "bufio.Scanner: token too long");
                self.push_value(gid, v);
            }
            "bufio.ErrNegativeAdvance" => {
                let text = "bufio.Scanner: SplitFunc returns negative advance count";
                let v = self.sentinel(name, text);
                self.push_value(gid, v);
            }
            "bufio.ErrAdvanceTooFar" => {
                let text = "bufio.Scanner: SplitFunc returns advance count beyond input";
                let v = self.sentinel(name, text);
                self.push_value(gid, v);
            }
            "bufio.ErrFinalToken" => {
                let v = self.sentinel(name, "final token");
                self.push_value(gid, v);
            }
            "io.ErrUnexpectedEOF" => {
                let v = self.sentinel("io.ErrUnexpectedEOF", "unexpected EOF");
                self.push_value(gid, v);
            }
            "io.ErrShortWrite" => {
                let v = self.sentinel("io.ErrShortWrite", "short write");
                self.push_value(gid, v);
            }
            "os.Args" => {
                let arr = self.heap.alloc(HeapObj::Array(vec![Value::str("/tmp/main")]));
                self.push_value(gid, Value::Slice { arr, off: 0, len: 1, cap: 1 });
            }
            "net/http.(*body).Close" => self.push_value(gid, Value::Nil),
            "net/http.(*body).Read" => {
                self.push_value(gid, Value::Int(0));
                let eof = self.new_error("errors", "errorString", vec![Value::str("EOF")]);
                self.push_value(gid, eof);
            }
            _ => return Err(format!("!unsupported: {name} is not simulated")),
        }
        Ok(Flow::Continue)
    }

    /// An error value created once, so comparisons with it work (`err == io.EOF`).
    pub(super) fn sentinel(&mut self, key: &'static str, text: &str) -> Value {
        if let Some(v) = self.natives_state.sentinels.get(key) {
            return v.clone();
        }
        let v = self.new_error("errors", "errorString", vec![Value::str(text)]);
        self.natives_state.sentinels.insert(key, v.clone());
        v
    }

    fn ctx_value(&mut self, id: usize) -> Value {
        let named = self.named_type("context", "ctx");
        let ptr_ty = self.pointer_type(named);
        let p = self.boxed(Value::Tuple(vec![Value::Int(id as i64)].into()));
        Value::Iface(Rc::new((ptr_ty.0, p)))
    }

    fn ctx_id(&self, v: &Value) -> usize {
        let p = match v {
            Value::Iface(b) => b.1.clone(),
            other => other.clone(),
        };
        match p {
            Value::Ptr(p) => {
                self.heap.load(&p).fields().first().map(Value::as_int).unwrap_or(0) as usize
            }
            _ => 0,
        }
    }

    fn ensure_background(&mut self) {
        if self.natives_state.contexts.is_empty() {
            let label = "context.Background".to_string();
            self.natives_state.contexts.push(CtxState { label, ..CtxState::default() });
        }
    }

    /// Go's name of a context: its parents' names and how each was derived.
    fn ctx_name(&self, id: usize) -> String {
        let mut parts = Vec::new();
        let mut at = Some(id);
        while let Some(i) = at.filter(|_| parts.len() < 10_000) {
            let c = &self.natives_state.contexts[i];
            parts.push(c.label.as_str());
            at = c.parent;
        }
        parts.reverse();
        parts.concat()
    }

    /// A context value in a context's name, as Go's `stringify` shows it.
    fn ctx_stringify(&mut self, v: &Value) -> Res<String> {
        let Value::Iface(b) = v else { return Ok("<nil>".into()) };
        let ty = TypeId(b.0);
        if self.method_of(ty, "String").is_some() {
            let r = self.call_method_sync(v, "String", Vec::new())?;
            return Ok(String::from_utf8_lossy(r.first().map_or(&[][..], |s| s.as_bytes())).into());
        }
        if ty == wk::STRING {
            return Ok(String::from_utf8_lossy(b.1.as_bytes()).into());
        }
        Ok(super::fmt::type_string(&self.prog.types, ty))
    }

    /// A new child context of `parent`, with a Done channel; canceled at once if the parent is.
    fn new_ctx(
        &mut self,
        gid: u32,
        parent: usize,
        deadline: Option<(u64, Value)>,
        deadline_cause: Value,
        span: Span,
    ) -> Res<usize> {
        self.ensure_background();
        let elem = self.prog.types.lookup(&Type::Struct(Vec::new())).unwrap_or(wk::INVALID);
        let ch =
            self.new_chan(0, Value::Tuple(Box::new([])), elem.0, Some("ctx.Done()".into()), span);
        let id = self.natives_state.contexts.len();
        let p = &self.natives_state.contexts[parent];
        let (deadline, deadline_time) = match (deadline, p.deadline) {
            (Some((a, _)), Some(b)) if b < a => (Some(b), p.deadline_time.clone()),
            (Some((a, t)), _) => (Some(a), t),
            (None, b) => (b, p.deadline_time.clone()),
        };
        self.natives_state.contexts.push(CtxState {
            parent: Some(parent),
            done: Some(ch),
            deadline,
            deadline_time,
            deadline_cause: deadline_cause.clone(),
            ..Default::default()
        });
        self.natives_state.contexts[parent].children.push(id);
        if !self.natives_state.contexts[parent].err.is_nil() {
            let (err, cause) = (
                self.natives_state.contexts[parent].err.clone(),
                self.natives_state.contexts[parent].cause.clone(),
            );
            self.cancel_ctx(gid, id, err, cause, span)?;
        } else if let Some(d) = deadline {
            if d <= self.now {
                // The deadline has already passed: done at once, as in Go.
                let exceeded =
                    self.sentinel("context.DeadlineExceeded", "context deadline exceeded");
                self.cancel_ctx(gid, id, exceeded, deadline_cause, span)?;
            } else {
                self.add_timer(d - self.now, TimerAction::Deadline { ctx: id as u32 });
            }
        }
        Ok(id)
    }

    /// Cancels a context and its children: sets the error and closes Done.
    pub(super) fn cancel_ctx(
        &mut self,
        gid: u32,
        id: usize,
        err: Value,
        cause: Value,
        span: Span,
    ) -> Res<()> {
        if id == 0 || !self.natives_state.contexts[id].err.is_nil() {
            return Ok(());
        }
        let cause = if cause.is_nil() { err.clone() } else { cause };
        self.natives_state.contexts[id].err = err.clone();
        self.natives_state.contexts[id].cause = cause.clone();
        if let Some(ch) = self.natives_state.contexts[id].done {
            self.close(gid, ch as usize, span)?;
        }
        for af in std::mem::take(&mut self.natives_state.contexts[id].after_funcs) {
            self.start_after_func(gid, af, span);
        }
        let children = self.natives_state.contexts[id].children.clone();
        for c in children {
            self.cancel_ctx(gid, c, err.clone(), cause.clone(), span)?;
        }
        Ok(())
    }

    /// Runs `AfterFunc` registration `af` in a goroutine of its own, created by `gid` (the
    /// goroutine that cancelled the context, or 0 for a deadline), unless it was stopped.
    fn start_after_func(&mut self, gid: u32, af: usize, span: Span) {
        let Some((f, waiting)) = self.natives_state.after_funcs.get_mut(af) else { return };
        if !std::mem::replace(waiting, false) {
            return;
        }
        let Value::Func(c) = f.clone() else { return };
        self.spawn(gid, &c, Vec::new(), span);
    }

    fn context_native(&mut self, gid: u32, name: &str, args: &[Value], span: Span) -> Res<Flow> {
        self.ensure_background();
        let canceled = self.sentinel("context.Canceled", "context canceled");
        let exceeded = self.sentinel("context.DeadlineExceeded", "context deadline exceeded");
        // A function value: the native method `which` bound to the pointer `recv` holds.
        let bound = |m: &mut Machine, recv: &Value, which: &str| {
            let func = m.wrapper_for(which);
            let recv = match recv {
                Value::Iface(b) => b.1.clone(),
                other => other.clone(),
            };
            Value::Func(Rc::new(super::value::Closure {
                func,
                free: Box::new([]),
                recv: Some(recv),
            }))
        };
        match name {
            "context.Background" => {
                let v = self.ctx_value(0);
                self.push_value(gid, v);
            }
            "context.TODO" => {
                // Another root that is never done, named apart from Background.
                let contexts = &self.natives_state.contexts;
                let found = contexts.iter().position(|c| c.label == "context.TODO");
                let id = found.unwrap_or_else(|| {
                    let label = "context.TODO".to_string();
                    self.natives_state.contexts.push(CtxState { label, ..CtxState::default() });
                    self.natives_state.contexts.len() - 1
                });
                let v = self.ctx_value(id);
                self.push_value(gid, v);
            }
            "context.(*ctx).String" => {
                let id = self.ctx_id(&args[0]);
                let s = self.ctx_name(id);
                self.push_value(gid, Value::str(&s));
            }
            "context.WithCancel"
            | "context.WithCancelCause"
            | "context.WithTimeout"
            | "context.WithTimeoutCause"
            | "context.WithDeadline"
            | "context.WithDeadlineCause" => {
                if args[0].is_nil() {
                    return Err("!cannot create context from nil parent".into());
                }
                let parent = self.ctx_id(&args[0]);
                let deadline = match name {
                    "context.WithTimeout" | "context.WithTimeoutCause" => {
                        // time.Now().Add(timeout), monotonic reading included.
                        let d = args[1].as_int();
                        let ns = (self.now as i64).saturating_add(d);
                        let mono = (self.now as i64).saturating_add(1).saturating_add(d);
                        let t = super::natives_lib::with_mono(
                            &time_value(ns.max(0) as u64),
                            Some(mono),
                        );
                        Some((ns, t))
                    }
                    "context.WithDeadline" | "context.WithDeadlineCause" => {
                        let t = &args[1];
                        Some((
                            super::natives_lib::saturate(super::natives_lib::time_ns(t)),
                            t.clone(),
                        ))
                    }
                    _ => None,
                };
                let cause = match name {
                    "context.WithTimeoutCause" | "context.WithDeadlineCause" => args[2].clone(),
                    _ => Value::Nil,
                };
                // A parent due sooner makes it a plain WithCancel, as in Go.
                let sooner = self.natives_state.contexts[parent].deadline;
                let deadline = deadline.filter(|&(d, _)| sooner.is_none_or(|p| (p as i64) >= d));
                let label_at =
                    deadline.as_ref().map(|(d, t)| (*d, super::natives_lib::time_string(t)));
                let deadline = deadline.map(|(d, t)| (d.max(0) as u64, t));
                let id = self.new_ctx(gid, parent, deadline, cause, span)?;
                self.natives_state.contexts[id].label = match label_at {
                    Some((d, at)) => {
                        let left = duration_string(d.saturating_sub(self.now as i64));
                        format!(".WithDeadline({at} [{left}])")
                    }
                    None => ".WithCancel".to_string(),
                };
                let v = self.ctx_value(id);
                let which = if name == "context.WithCancelCause" {
                    "context.(*ctx).cancelCause"
                } else {
                    "context.(*ctx).cancel"
                };
                let f = bound(self, &v, which);
                self.push_value(gid, v);
                self.push_value(gid, f);
                return Ok(Flow::Point);
            }
            "context.WithValue" => {
                if args[0].is_nil() {
                    return Err("!cannot create context from nil parent".into());
                }
                let parent = self.ctx_id(&args[0]);
                let id = self.new_ctx(gid, parent, None, Value::Nil, span)?;
                self.natives_state.contexts[id].value = Some((args[1].clone(), args[2].clone()));
                let (k, v) = (self.ctx_stringify(&args[1])?, self.ctx_stringify(&args[2])?);
                self.natives_state.contexts[id].label = format!(".WithValue({k}, {v})");
                let v = self.ctx_value(id);
                self.push_value(gid, v);
            }
            "context.WithoutCancel" => {
                if args[0].is_nil() {
                    return Err("!cannot create context from nil parent".into());
                }
                // Its parent's values and name, but never done: not one of its children.
                let parent = self.ctx_id(&args[0]);
                self.ensure_background();
                let id = self.natives_state.contexts.len();
                self.natives_state.contexts.push(CtxState {
                    parent: Some(parent),
                    label: ".WithoutCancel".into(),
                    ..Default::default()
                });
                let v = self.ctx_value(id);
                self.push_value(gid, v);
            }
            "context.Cause" => {
                let id = self.ctx_id(&args[0]);
                let c = self
                    .natives_state
                    .contexts
                    .get(id)
                    .map(|c| c.cause.clone())
                    .unwrap_or_default();
                self.push_value(gid, c);
            }
            "context.AfterFunc" => {
                if args[0].is_nil() {
                    return Err(super::vm::nil_deref());
                }
                let id = self.ctx_id(&args[0]);
                let af = self.natives_state.after_funcs.len();
                self.natives_state.after_funcs.push((args[1].clone(), true));
                if self.natives_state.contexts.get(id).is_some_and(|c| !c.err.is_nil()) {
                    self.start_after_func(gid, af, span);
                } else if let Some(c) = self.natives_state.contexts.get_mut(id) {
                    c.after_funcs.push(af);
                }
                let recv = self.boxed(Value::Tuple(vec![Value::Int(af as i64)].into()));
                let stop = bound(self, &recv, "context.(*afterFunc).stop");
                self.push_value(gid, stop);
                return Ok(Flow::Point);
            }
            "context.(*afterFunc).stop" => {
                // The same field layout as a ctx: the registration's id comes first.
                let af = self.ctx_id(&args[0]);
                let stopped = self
                    .natives_state
                    .after_funcs
                    .get_mut(af)
                    .is_some_and(|(_, waiting)| std::mem::replace(waiting, false));
                self.push_value(gid, Value::Bool(stopped));
            }
            "context.Canceled" => self.push_value(gid, canceled),
            "context.DeadlineExceeded" => self.push_value(gid, exceeded),
            "context.(*ctx).Done" => {
                let id = self.ctx_id(&args[0]);
                let v = match self.natives_state.contexts.get(id).and_then(|c| c.done) {
                    Some(ch) => Value::Chan(ChanId(ch)),
                    None => Value::Nil,
                };
                self.push_value(gid, v);
            }
            "context.(*ctx).Err" => {
                let id = self.ctx_id(&args[0]);
                let e =
                    self.natives_state.contexts.get(id).map(|c| c.err.clone()).unwrap_or_default();
                self.push_value(gid, e);
            }
            "context.(*ctx).Deadline" => {
                let id = self.ctx_id(&args[0]);
                let c = self.natives_state.contexts.get(id);
                let (t, ok) = match c.filter(|c| c.deadline.is_some()) {
                    Some(c) => (c.deadline_time.clone(), true),
                    None => {
                        (super::natives_lib::time_from_ns(super::natives_lib::ZERO_TIME), false)
                    }
                };
                self.push_value(gid, t);
                self.push_value(gid, Value::Bool(ok));
            }
            "context.(*ctx).Value" => {
                let mut id = Some(self.ctx_id(&args[0]));
                let mut found = Value::Nil;
                while let Some(i) = id {
                    let c = &self.natives_state.contexts[i];
                    if let Some((k, v)) = &c.value
                        && super::ops::equal(k, &args[1]).unwrap_or(false)
                    {
                        found = v.clone();
                        break;
                    }
                    id = c.parent;
                }
                self.push_value(gid, found);
            }
            "context.(*ctx).cancel" | "context.(*ctx).cancelCause" => {
                let id = self.ctx_id(&args[0]);
                let cause = if name.ends_with("Cause") {
                    args.get(1).cloned().unwrap_or_default()
                } else {
                    Value::Nil
                };
                self.cancel_ctx(gid, id, canceled, cause, span)?;
                return Ok(Flow::Point);
            }
            _ => return Err(format!("!unsupported: {name} is not simulated")),
        }
        Ok(Flow::Continue)
    }

    pub(super) fn print(&mut self, gid: u32, span: Span, text: &[u8], stderr: bool) {
        let idx = self.tracer.intern(&String::from_utf8_lossy(text));
        if stderr {
            self.stderr.extend_from_slice(text);
        }
        self.event(gid, span, EventKind::Print { text: idx, stderr });
    }

    /// What a function of the Print family (`fmt.Println`, `Sprintf`, `Fprint`…, told apart
    /// by how its name ends) makes of `args`: the format and the `...any` slice for the `f`
    /// forms, just the slice for the others (an `F` form's writer is not part of `args`).
    pub(super) fn fmt_text(&mut self, name: &str, args: &[Value]) -> Vec<u8> {
        match name {
            _ if name.ends_with('f') => {
                let a = self.fmt_args(&args[1]);
                gofmt::sprintf(self, args[0].as_bytes(), &a)
            }
            _ if name.ends_with("ln") => {
                let a = self.fmt_args(&args[0]);
                gofmt::sprintln(self, &a)
            }
            _ => {
                let a = self.fmt_args(&args[0]);
                gofmt::sprint(self, &a)
            }
        }
    }

    /// The elements of a `...any` slice as formatting arguments.
    fn fmt_args(&self, slice: &Value) -> Vec<Arg> {
        self.slice_items(slice)
            .into_iter()
            .map(|v| match v {
                Value::Iface(b) => Arg { value: b.1.clone(), ty: TypeId(b.0) },
                other => Arg { value: other, ty: wk::UNTYPED_NIL },
            })
            .collect()
    }

    fn is_error(&self, ty: TypeId) -> bool {
        self.method_of(ty, "Error").is_some()
    }

    fn named_type(&self, package: &str, name: &str) -> TypeId {
        let t = &self.prog.types;
        for i in 0..t.n_named() {
            let n = t.named(crate::check::types::NamedId(i as u32));
            if n.name == name
                && n.package.as_deref() == Some(package)
                && let Some(id) = t.lookup(&Type::Named(crate::check::types::NamedId(i as u32)))
            {
                return id;
            }
        }
        wk::INVALID
    }

    fn pointer_type(&self, elem: TypeId) -> TypeId {
        self.prog.types.lookup(&Type::Pointer(elem)).unwrap_or(wk::INVALID)
    }

    /// The value of a panic the runtime raises with message `text` (the full text Go prints
    /// after `panic: `), typed as Go types it: every one implements `runtime.Error`.
    pub(super) fn runtime_error_value(&mut self, text: &str) -> Value {
        if text.starts_with("interface conversion: ") {
            return self.new_error("runtime", "TypeAssertionError", vec![Value::str(text)]);
        }
        let (ty, payload) = match text.strip_prefix("runtime error: ") {
            Some(m) if m.starts_with("index out of range") || m.starts_with("slice bounds") => {
                ("boundsError", m)
            }
            Some(m) if m.starts_with("cannot convert slice with length") => ("boundsError", m),
            Some(m) => ("errorString", m),
            None => ("plainError", text),
        };
        let named = self.named_type("runtime", ty);
        Value::Iface(Rc::new((named.0, Value::str(payload))))
    }

    /// A `*pkg.name` error value wrapping a struct with `fields`.
    pub(super) fn new_error(&mut self, package: &str, name: &str, fields: Vec<Value>) -> Value {
        let named = self.named_type(package, name);
        let ptr_ty = self.pointer_type(named);
        let p = self.boxed(Value::Tuple(fields.into()));
        Value::Iface(Rc::new((ptr_ty.0, p)))
    }

    fn unwrap_error(&mut self, e: &Value) -> Value {
        let Value::Iface(b) = e else { return Value::Nil };
        let Some((func, _)) = self.method_of(TypeId(b.0), "Unwrap") else { return Value::Nil };
        match self.call_sync(func, vec![b.1.clone()]).ok().and_then(|r| r.into_iter().next()) {
            // `Unwrap() []error` (errors.Join, Errorf with several %w) is not followed.
            Some(Value::Slice { .. }) | None => Value::Nil,
            Some(v) => v,
        }
    }

    /// Takes back the value of a timer that fired while nobody received it. Since Go 1.23 a
    /// timer's channel is synchronous: that value counts as not yet sent, so `Stop` and
    /// `Reset` report the timer as active and no stale time is received after them.
    fn drain_timer(&mut self, t: usize) -> bool {
        let ch = self.sync.timers.get(t).and_then(|ts| ts.ch);
        ch.and_then(|c| self.chans.get_mut(c as usize)).is_some_and(|c| c.pending.take().is_some())
    }

    fn boxed(&mut self, v: Value) -> Value {
        let obj = self.heap.alloc(HeapObj::Cell(v));
        Value::Ptr(Ptr::root(obj))
    }

    fn deref_field(&self, p: &Value, i: usize) -> Res<Value> {
        let Value::Ptr(p) = p else { return Err(super::vm::nil_deref()) };
        Ok(self.heap.load(p).fields().get(i).cloned().unwrap_or_default())
    }

    /// Records that timer `timer` (an index into the runtime's timers) fires in `d`.
    fn timer_set(&mut self, gid: u32, span: Span, timer: u32, d: u64) {
        if let Some(ts) = self.sync.timers.get(timer as usize) {
            let (id, when) = (ts.trace_id, self.now.saturating_add(d));
            self.event(gid, span, EventKind::TimerSet { timer: id, when: when.into() });
        }
    }

    fn new_timer(
        &mut self,
        d: u64,
        kind: TimerKind,
        callee: Option<Value>,
        span: Span,
    ) -> (u32, u32) {
        let elem = self.named_type("time", "Time");
        // Named as the program would name it: `ticker.C`, `deadline`, or the call itself when
        // its result is not stored (`case <-time.After(d)`).
        let var = super::compile::expr::assigned_name(&self.prog.source, span.start as usize);
        let name = match (kind, var) {
            (TimerKind::NewTimer | TimerKind::NewTicker, Some(v)) => format!("{v}.C"),
            (_, Some(v)) => v,
            (kind, None) => format!("{}()", kind.as_go()),
        };
        let ch = self.new_chan(0, time_value(0), elem.0, Some(name), span);
        let timer = self.sync.timers.len() as u32;
        let period = kind.periodic().then_some(d.max(1));
        let action = match &callee {
            Some(c) => TimerAction::Call { callee: c.clone(), timer },
            None => TimerAction::Send { ch, period, timer },
        };
        let key = self.add_timer(d, action);
        let trace_ch = (kind != TimerKind::AfterFunc).then(|| self.chans[ch as usize].id);
        let trace_id = self.tracer.timer(kind, trace_ch, period, span);
        self.sync.timers.push(TimerState {
            key: Some(key),
            ch: Some(ch),
            period,
            callee,
            trace_id,
            span,
        });
        (ch, timer)
    }

    /// The id of the sync object whose state field `p` points to, allocating it on first use.
    /// The pointer to a sync value (its state index lives in its first field) and that index.
    fn sync_slot<'p>(&self, p: &'p Value) -> Res<(&'p Ptr, i64)> {
        let Value::Ptr(p) = p else { return Err(super::vm::nil_deref()) };
        if let Some(Value::Tuple(fields)) = self.heap.peek_at(p.obj, &p.path) {
            return Ok((p, fields.first().map_or(0, Value::as_int)));
        }
        let n = p.path.len();
        let mut buf = [0u32; 8];
        let v = if n < buf.len() {
            buf[..n].copy_from_slice(&p.path);
            self.heap.load_at(p.obj, &buf[..=n])
        } else {
            let path: Vec<u32> = p.path.iter().copied().chain([0]).collect();
            self.heap.load_at(p.obj, &path)
        };
        Ok((p, v.as_int()))
    }

    fn object_name(&self, span: Span) -> String {
        let src = &self.prog.source;
        let text = src.get(span.range()).unwrap_or("");
        text.rsplit_once('.')
            .map(|(recv, _)| recv.trim_start_matches('&').to_string())
            .unwrap_or_else(|| text.to_string())
    }

    /// The state of the mutex `p` points to. The struct's field holds the state's index; a
    /// state found through another address than its own belongs to a copy of the mutex (a
    /// struct copied by value), which gets a state of its own, locked if the original was.
    pub(super) fn mutex_index(&mut self, p: &Value, span: Span, _what: &str) -> Res<usize> {
        let (p, v) = self.sync_slot(p)?;
        let original = (v > 0).then(|| v as usize - 1);
        if let Some(i) = original
            && is_field0(self.sync.mutexes[i].home.as_ref(), p)
        {
            return Ok(i);
        }
        let field = field0(p);
        let name = self.object_name(span);
        let trace_id = self.tracer.mutex(&name, span);
        let (owner, readers) =
            original.map(|i| (self.sync.mutexes[i].owner, self.sync.mutexes[i].readers)).unzip();
        self.sync.mutexes.push(super::conc::MutexState {
            trace_id,
            home: Some(field.clone()),
            owner: owner.flatten(),
            readers: readers.unwrap_or(0),
            ..Default::default()
        });
        let idx = self.sync.mutexes.len();
        self.heap.store(&field, Value::Int(idx as i64));
        Ok(idx - 1)
    }

    /// The state of the WaitGroup `p` points to; a copy gets its own state with the
    /// original's counter, as copying Go's WaitGroup copies its counter (see `mutex_index`).
    fn wg_index(&mut self, p: &Value, span: Span) -> Res<usize> {
        let (p, v) = self.sync_slot(p)?;
        let original = (v > 0).then(|| v as usize - 1);
        if let Some(i) = original
            && is_field0(self.sync.wgs[i].home.as_ref(), p)
        {
            return Ok(i);
        }
        let field = field0(p);
        let name = self.object_name(span);
        let trace_id = self.tracer.waitgroup(&name, span);
        let counter = original.map_or(0, |i| self.sync.wgs[i].counter);
        self.sync.wgs.push(super::conc::WgState {
            trace_id,
            home: Some(field.clone()),
            counter,
            ..Default::default()
        });
        let idx = self.sync.wgs.len();
        self.heap.store(&field, Value::Int(idx as i64));
        Ok(idx - 1)
    }

    /// `once.Do(f)`, as Go's: a done flag, then the Once's mutex around a second check and
    /// the call of f. f runs as an ordinary call, so it may block; a deferred `finish` marks
    /// the Once done and unlocks, even when f panics. A caller that finds the mutex held (by
    /// another goroutine running f, or by itself: a recursive Do) waits for it and then runs
    /// this Do again, finding the flag set. The flag is 2 while f runs.
    fn once_do(&mut self, gid: u32, args: Vec<Value>, span: Span) -> Res<Flow> {
        let Value::Ptr(p) = &args[0] else { return Err(super::vm::nil_deref()) };
        let done = Ptr { obj: p.obj, path: p.path.iter().copied().chain([0]).collect() };
        let mu = Value::Ptr(Ptr { obj: p.obj, path: p.path.iter().copied().chain([1]).collect() });
        if self.heap.load(&done).as_int() == 1 {
            // A waiter woken holding the mutex lets the next one in, as Go's Do unlocks.
            let (_, v) = self.sync_slot(&mu)?;
            if v > 0 && self.sync.mutexes[v as usize - 1].owner == Some(gid) {
                return self.unlock(gid, &mu, false, span, "sync.(*Mutex).Unlock");
            }
            // The first Do's f happened before every later Do returns.
            if let Some(r) = self.race.as_mut() {
                r.atomic(gid, super::race::Loc::Heap(p.obj.0));
            }
            return Ok(Flow::Continue);
        }
        let flow = self.lock(gid, &mu, false, span, "sync.(*Mutex).Lock")?;
        if flow == Flow::Stop {
            // Blocked: run this Do again once the mutex is ours.
            let g = self.g(gid);
            if let Some(f) = g.frames.last_mut() {
                f.pc -= 1;
            }
            g.stack.extend(args);
            return Ok(flow);
        }
        self.heap.store(&done, Value::Int(2));
        let Value::Func(c) = args[1].clone() else { return Err(super::vm::nil_deref()) };
        let finish = super::value::Closure {
            func: self.wrapper_for("sync.(*Once).finish"),
            free: Box::new([]),
            recv: Some(args[0].clone()),
        };
        self.call_closure(gid, c, Vec::new(), false);
        if let Some(f) = self.g(gid).frames.last_mut() {
            f.defers.push(super::vm::Deferred { callee: Rc::new(finish), args: Vec::new() });
        }
        Ok(flow)
    }

    /// The end of the f of a `once.Do`: the Once is done, its mutex free.
    fn once_finish(&mut self, gid: u32, once: &Value, span: Span) -> Res<Flow> {
        let Value::Ptr(p) = once else { return Err(super::vm::nil_deref()) };
        let done = Ptr { obj: p.obj, path: p.path.iter().copied().chain([0]).collect() };
        self.heap.store(&done, Value::Int(1));
        if let Some(r) = self.race.as_mut() {
            r.atomic(gid, super::race::Loc::Heap(p.obj.0));
        }
        let mu = Value::Ptr(Ptr { obj: p.obj, path: p.path.iter().copied().chain([1]).collect() });
        self.unlock(gid, &mu, false, span, "sync.(*Mutex).Unlock")
    }

    fn wg_add(&mut self, gid: u32, p: &Value, delta: i64, span: Span) -> Res<Flow> {
        let w = self.wg_index(p, span)?;
        let wg = &mut self.sync.wgs[w];
        wg.counter += delta;
        let (counter, id) = (wg.counter, wg.trace_id);
        self.event(
            gid,
            span,
            EventKind::WaitGroupAdd { wg: id, delta: delta as i32, counter: counter as i32 },
        );
        if let Some(r) = self.race.as_mut() {
            r.wg_add(gid, id);
        }
        if counter < 0 {
            return Err("!sync: negative WaitGroup counter".into());
        }
        if counter == 0 {
            let waiters = std::mem::take(&mut self.sync.wgs[w].waiters);
            for g in waiters {
                if let Some(r) = self.race.as_mut() {
                    r.wg_wait(g, id);
                }
                self.wake(g, gid);
            }
        }
        Ok(Flow::Point)
    }

    fn wg_wait(&mut self, gid: u32, p: &Value, span: Span) -> Res<Flow> {
        let w = self.wg_index(p, span)?;
        let id = self.sync.wgs[w].trace_id;
        if self.sync.wgs[w].counter == 0 {
            if let Some(r) = self.race.as_mut() {
                r.wg_wait(gid, id);
            }
            self.event(gid, span, EventKind::WaitGroupWait { wg: id });
            return Ok(Flow::Point);
        }
        self.sync.wgs[w].waiters.push(gid);
        Ok(self.block(gid, WaitReason::WaitGroupWait, Some(id), span))
    }

    /// `wg.Go(f)`: a goroutine that runs f, then `wg.Done()`.
    fn go_with_done(
        &mut self,
        gid: u32,
        c: Rc<super::value::Closure>,
        wg: Value,
        span: Span,
    ) -> Res<Flow> {
        let done = super::value::Closure {
            func: self.wrapper_for("sync.(*WaitGroup).Done"),
            free: Box::new([]),
            recv: Some(wg),
        };
        let child = self.spawn(gid, &c, Vec::new(), span);
        if let Some(f) = self.g(child).frames.last_mut() {
            f.defers.push(super::vm::Deferred { callee: Rc::new(done), args: Vec::new() });
        }
        Ok(Flow::Point)
    }

    fn wrapper_for(&self, native: &str) -> super::value::FuncId {
        let n = id(native);
        self.prog.native_funcs.get(&n).copied().unwrap_or(super::value::FuncId(0))
    }

    fn lock(&mut self, gid: u32, p: &Value, read: bool, span: Span, _name: &str) -> Res<Flow> {
        let m = self.mutex_index(p, span, "mutex")?;
        let st = &mut self.sync.mutexes[m];
        let id = st.trace_id;
        let free = if read {
            st.owner.is_none() && !st.waiters.iter().any(|(_, r)| !r)
        } else {
            st.owner.is_none() && st.readers == 0
        };
        if free {
            if read {
                st.readers += 1;
            } else {
                st.owner = Some(gid);
            }
            if let Some(r) = self.race.as_mut() {
                r.lock(gid, id, read);
            }
            self.event(gid, span, EventKind::Lock { mutex: id, read });
            return Ok(Flow::Point);
        }
        st.waiters.push_back((gid, read));
        let reason = if read { WaitReason::RWMutexRLock } else { WaitReason::MutexLock };
        Ok(self.block(gid, reason, Some(id), span))
    }

    fn unlock(&mut self, gid: u32, p: &Value, read: bool, span: Span, name: &str) -> Res<Flow> {
        let m = self.mutex_index(p, span, "mutex")?;
        let st = &mut self.sync.mutexes[m];
        let id = st.trace_id;
        if read {
            if st.readers == 0 {
                return self.fatal(gid, "sync: RUnlock of unlocked RWMutex", span);
            }
            st.readers -= 1;
        } else {
            if st.owner.is_none() {
                let msg = if name.contains("RWMutex") {
                    "sync: Unlock of unlocked RWMutex"
                } else {
                    "sync: unlock of unlocked mutex"
                };
                return self.fatal(gid, msg, span);
            }
            st.owner = None;
        }
        if let Some(r) = self.race.as_mut() {
            r.unlock(gid, id, read);
        }
        self.event(gid, span, EventKind::Unlock { mutex: id, read });
        // Hand the lock to the next waiters: one writer, or every reader at the head.
        let mut woken = Vec::new();
        let st = &mut self.sync.mutexes[m];
        if st.owner.is_none()
            && st.readers == 0
            && let Some(&(g, r)) = st.waiters.front()
            && !r
        {
            st.waiters.pop_front();
            st.owner = Some(g);
            woken.push((g, false));
        }
        if st.owner.is_none() {
            while let Some(&(g, true)) = st.waiters.front() {
                st.waiters.pop_front();
                st.readers += 1;
                woken.push((g, true));
            }
        }
        for (g, r) in woken {
            // The waiter acquires the lock while still parked, then becomes runnable.
            let span = self.gs[g as usize - 1].block_span;
            if let Some(rd) = self.race.as_mut() {
                rd.lock(g, id, r);
            }
            self.event(g, span, EventKind::Lock { mutex: id, read: r });
            self.wake(g, gid);
        }
        Ok(Flow::Point)
    }

    /// A `fatal error:` (not recoverable): Go prints it with the goroutine's traceback.
    pub(super) fn fatal(&mut self, gid: u32, msg: &str, span: Span) -> Res<Flow> {
        self.g(gid).block_span = span;
        let tb = self.traceback(gid, "running", span);
        let out = format!("fatal error: {msg}\n\n{tb}");
        self.fatal_output(gid, &out);
        self.outcome = Some(crate::trace::Outcome::Fatal { message: msg.to_string() });
        Ok(Flow::End)
    }

    fn atomic(&mut self, gid: u32, name: &str, args: &[Value], span: Span) -> Res<Flow> {
        let Value::Ptr(p) = &args[0] else { return Err(super::vm::nil_deref()) };
        // Methods on atomic types address their single field.
        let p = if name.contains("(*") {
            let mut fp = p.path.to_vec();
            fp.push(0);
            Ptr { obj: p.obj, path: Rc::from(fp) }
        } else {
            p.clone()
        };
        let bits32 = name.contains("32");
        let wrapv = |x: i64| if bits32 { x as i32 as i64 } else { x };
        let op = name.rsplit(['.', ')']).next().unwrap_or("");
        let cur = self.heap.load(&p);
        match op {
            "AddInt64" | "AddInt32" | "Add" => {
                let v = wrapv(cur.as_int().wrapping_add(args[1].as_int()));
                self.heap.store(&p, Value::Int(v));
                self.push_value(gid, Value::Int(v));
            }
            "LoadInt64" | "LoadInt32" | "Load" => {
                let v = if name.contains("Bool") {
                    Value::Bool(cur.as_int() != 0 || cur.as_bool())
                } else {
                    cur
                };
                self.push_value(gid, v);
            }
            "StoreInt64" | "StoreInt32" | "Store" => {
                let v = if name.contains("Bool") {
                    Value::Int(i64::from(args[1].as_bool()))
                } else {
                    args[1].clone()
                };
                self.heap.store(&p, v);
            }
            "CompareAndSwapInt64" | "CompareAndSwapInt32" => {
                let ok = cur.as_int() == args[1].as_int();
                if ok {
                    self.heap.store(&p, args[2].clone());
                }
                self.push_value(gid, Value::Bool(ok));
            }
            _ => return Err(format!("!unsupported: {name} is not simulated")),
        }
        if let Some(r) = self.race.as_mut() {
            r.atomic(gid, super::race::Loc::Heap(p.obj.0));
        }
        let loc = self.tracer.intern(&self.object_name(span));
        self.event(gid, span, EventKind::Access { loc, write: !op.starts_with("Load") });
        Ok(Flow::Point)
    }

    /// `http.Get`: an offline response after a simulated 50–250 ms latency (status 200).
    fn http_get(&mut self, gid: u32, url: &Value, span: Span) -> Res<Flow> {
        self.natives_state.http_requests += 1;
        let n = self.natives_state.http_requests;
        let _ = url;
        let latency_ms = 50 + (u64::from(n) * 37 % 200);
        let body_ty = self.named_type("net/http", "body");
        let body_ptr = self.pointer_type(body_ty);
        let body = self.boxed(Value::Tuple(vec![Value::Nil].into()));
        let body = Value::Iface(Rc::new((body_ptr.0, body)));
        let resp =
            Value::Tuple(vec![Value::str("200 OK"), Value::Int(200), Value::Nil, body].into());
        let resp = self.boxed(resp);
        // Results are pushed now; the goroutine sleeps for the latency before resuming.
        self.push_value(gid, resp);
        self.push_value(gid, Value::Nil);
        let until = self.now + latency_ms * 1_000_000;
        self.add_timer(latency_ms * 1_000_000, TimerAction::Wake(gid));
        let g = self.g(gid);
        g.state = GState::Sleeping;
        g.block_span = span;
        self.event(gid, span, EventKind::Sleep { until: until.into() });
        Ok(Flow::Stop)
    }
}

/// Go's `time.Duration.String`: `1.5s`, `100ms`, `2m0s`, `0s`.
pub fn duration_string(d: i64) -> String {
    let body = crate::trace::text::duration(d.unsigned_abs());
    if d < 0 { format!("-{body}") } else { body }
}

/// A short display of a value for the trace (`"ping"`, `42`, `{ping 1}`).
pub fn summary(m: &mut Machine, v: &Value, elem: u32) -> String {
    let ty = TypeId(elem);
    // Integers of a predeclared type (no `String` method) are the commonest values sent.
    if let (Value::Int(i), crate::check::types::Type::Basic(b)) = (v, m.prog.types.get(ty))
        && b.is_integer()
    {
        return if b.is_unsigned() { (*i as u64).to_string() } else { i.to_string() };
    }
    let arg = match v {
        Value::Iface(b) => Arg { value: b.1.clone(), ty: TypeId(b.0) },
        other => Arg { value: other.clone(), ty },
    };
    let is_string = m.prog.types.basic_of(arg.ty).is_some_and(|b| b.is_string());
    let text = if is_string { gofmt::sprintf(m, b"%q", &[arg]) } else { gofmt::sprint(m, &[arg]) };
    let s = String::from_utf8_lossy(&text).into_owned();
    if s.chars().count() > 40 {
        format!("{}…", s.chars().take(39).collect::<String>())
    } else {
        s
    }
}

/// The text after `panic: ` for a panic value.
pub fn panic_text(m: &mut Machine, v: &Value) -> String {
    let arg = match v {
        Value::Iface(b) => Arg { value: b.1.clone(), ty: TypeId(b.0) },
        other => Arg { value: other.clone(), ty: wk::UNTYPED_NIL },
    };
    if v.is_nil() {
        // Only under GODEBUG panicnil=1; `Op::Panic` turns nil into a *runtime.PanicNilError.
        return "nil".into();
    }
    String::from_utf8_lossy(&gofmt::panic_value(m, &arg)).into_owned()
}

/// The builtin `print`/`println` rendering.
pub fn builtin_print(m: &mut Machine, vals: &[Value], tys: &[TypeId], newline: bool) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, (v, t)) in vals.iter().zip(tys).enumerate() {
        if i > 0 && newline {
            out.push(b' ');
        }
        out.extend(gofmt::builtin_print(m, &Arg { value: v.clone(), ty: *t }));
    }
    if newline {
        out.push(b'\n');
    }
    out
}

/// A pointer to the first field of the struct `p` points to.
fn field0(p: &Ptr) -> Ptr {
    Ptr { obj: p.obj, path: p.path.iter().copied().chain([0]).collect() }
}

/// Whether `home` is `field0(p)`, without building it.
fn is_field0(home: Option<&Ptr>, p: &Ptr) -> bool {
    is_field0_at(home, p.obj, &p.path)
}

/// `is_field0` for the pointer to `path` in `obj` (compared element by element: these paths
/// are a few indices long, shorter than a call to `memcmp`).
pub(super) fn is_field0_at(home: Option<&Ptr>, obj: HeapId, path: &[u32]) -> bool {
    home.is_some_and(|h| {
        h.obj == obj
            && h.path.len() == path.len() + 1
            && h.path.last() == Some(&0)
            && h.path.iter().zip(path).all(|(a, b)| a == b)
    })
}
