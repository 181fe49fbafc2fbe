//! The state of a run at any step, derived from its events by a pure fold: who runs, who is
//! blocked where, what each channel buffers and who waits on it, who holds each mutex, each
//! WaitGroup's counter, virtual time and the output so far.
//!
//! `snapshot_at` folds from the start. `SnapshotIndex` keeps a checkpoint every
//! `SnapshotIndex::INTERVAL` events (stretched when the state itself is large, so the
//! checkpoints never take more memory than the trace's own events), and answers a query by
//! cloning the nearest checkpoint and folding the few events after it. Both run the same
//! fold, so they agree exactly.
//!
//! Some events are emitted by one goroutine on behalf of another: the `Wake` of a blocked
//! goroutine, the `Recv` of a blocked receiver completed by a sender, the `Send` of a blocked
//! sender completed by a receiver, and the `Lock` of an `RWMutex` waiter that an `Unlock`
//! handed the lock to (a woken `sync.Mutex` waiter locks it itself when it runs, as in Go,
//! or queues again). Such events move the goroutine's state and position, but they do not make it
//! the running goroutine: the goroutine that caused them keeps running.

use super::lanes::{Lane, LaneBuilder};
use super::{EventKind, Trace, Via, WaitReason};
use crate::syntax::span::Span;
use std::borrow::Borrow;
use std::collections::{BTreeMap, VecDeque};

/// What a goroutine is doing at a step, in the words of a Go stack dump.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum GoroutineState {
    /// It produced the most recent event (of its own accord, not on another's behalf).
    Running,
    /// Ready to run, waiting for the scheduler.
    Runnable,
    Blocked(WaitReason),
    /// In `time.Sleep` (or a simulated network wait) until a timer wakes it.
    Sleeping,
    /// Its function returned (or it called `os.Exit`).
    Done,
}

impl GoroutineState {
    /// The word Go prints between brackets (`running`, `chan send`, `sleep`), or `done`.
    pub fn as_go(self) -> &'static str {
        match self {
            GoroutineState::Running => "running",
            GoroutineState::Runnable => "runnable",
            GoroutineState::Blocked(r) => r.as_go(),
            GoroutineState::Sleeping => "sleep",
            GoroutineState::Done => "done",
        }
    }

    /// Blocked or sleeping: waiting for another goroutine or for time to pass.
    pub fn is_waiting(self) -> bool {
        matches!(self, GoroutineState::Blocked(_) | GoroutineState::Sleeping)
    }
}

/// The object a waiting goroutine waits on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum WaitObject {
    /// A channel id (1-based, into `Trace::channels`).
    Chan(u32),
    /// A mutex id (1-based, into `Trace::mutexes`).
    Mutex(u32),
    /// A WaitGroup id (1-based, into `Trace::waitgroups`).
    WaitGroup(u32),
    /// A sleep until this virtual time (nanoseconds).
    Timer { until: u64 },
}

/// One goroutine at a step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoroutineSnapshot {
    pub gid: u32,
    pub state: GoroutineState,
    /// The index of its most recent event; `None` before it has done anything.
    pub last_event: Option<usize>,
    /// The span of its most recent event: its current line.
    pub span: Option<Span>,
    /// What it waits on, while blocked or sleeping (`None` for `select` and nil channels,
    /// whose channels the trace does not name).
    pub waiting_on: Option<WaitObject>,
}

/// A goroutine blocked sending, with the value it is trying to send.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BlockedSender {
    pub gid: u32,
    /// The value's display text, when the trace shows it (it does once the send completes;
    /// a send still blocked when the run ended has no recorded value).
    pub value: Option<String>,
}

/// The most recent operation on a channel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChanOp {
    /// The event index.
    pub step: usize,
    pub gid: u32,
    pub kind: ChanOpKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChanOpKind {
    Make,
    Send { value: String, via: Via },
    Recv { value: String, via: Via },
    Close,
}

/// One channel at a step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChannelSnapshot {
    pub id: u32,
    /// The buffered values' display texts, oldest first.
    pub buffer: Vec<String>,
    pub len: usize,
    pub cap: u32,
    pub closed: bool,
    /// Goroutines blocked sending (Go's `sendq`), first to be served first.
    pub send_queue: Vec<BlockedSender>,
    /// Goroutines blocked receiving (Go's `recvq`).
    pub recv_queue: Vec<u32>,
    pub last_op: Option<ChanOp>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MutexWaiter {
    pub gid: u32,
    /// Waiting for a read lock (`RLock`).
    pub read: bool,
}

/// One mutex (or RWMutex) at a step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MutexSnapshot {
    pub id: u32,
    /// The goroutine holding the write lock.
    pub owner: Option<u32>,
    /// Goroutines holding a read lock, in the order they took it.
    pub readers: Vec<u32>,
    pub waiters: Vec<MutexWaiter>,
}

/// One WaitGroup at a step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WaitGroupSnapshot {
    pub id: u32,
    pub counter: i32,
    /// Goroutines blocked in `Wait`.
    pub waiters: Vec<u32>,
}

/// One `time` timer or ticker at a step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimerSnapshot {
    pub id: u32,
    /// The virtual time it fires next, while armed.
    pub when: Option<u64>,
    /// How many times it has fired.
    pub fires: u32,
    /// Stopped by `Stop` (and not `Reset` since).
    pub stopped: bool,
}

impl TimerSnapshot {
    /// `armed`, `stopped` or `fired` (a one-shot timer that went off), for the UI and tests.
    pub fn status(&self) -> &'static str {
        match (self.when, self.stopped) {
            (Some(_), _) => "armed",
            (None, true) => "stopped",
            (None, false) => "fired",
        }
    }
}

/// The whole state of a run after its first `step` events.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
    /// How many events have been applied (0: before anything).
    pub step: usize,
    /// The goroutines that exist at this step, by id.
    pub goroutines: Vec<GoroutineSnapshot>,
    /// The channels made so far, by id.
    pub channels: Vec<ChannelSnapshot>,
    /// The mutexes used so far, by id.
    pub mutexes: Vec<MutexSnapshot>,
    /// The WaitGroups used so far, by id.
    pub waitgroups: Vec<WaitGroupSnapshot>,
    /// The `time` package's timers made so far, by id.
    pub timers: Vec<TimerSnapshot>,
    /// Virtual time in nanoseconds.
    pub now: u64,
    pub stdout: String,
    pub stderr: String,
    /// The index of the last applied event (`step - 1`).
    pub last_event: Option<usize>,
    /// The goroutine running now, if any.
    pub running: Option<u32>,
}

impl Snapshot {
    pub fn goroutine(&self, gid: u32) -> Option<&GoroutineSnapshot> {
        find_by_id(&self.goroutines, gid, |g| g.gid)
    }

    pub fn channel(&self, id: u32) -> Option<&ChannelSnapshot> {
        find_by_id(&self.channels, id, |c| c.id)
    }

    pub fn mutex(&self, id: u32) -> Option<&MutexSnapshot> {
        find_by_id(&self.mutexes, id, |m| m.id)
    }

    pub fn waitgroup(&self, id: u32) -> Option<&WaitGroupSnapshot> {
        find_by_id(&self.waitgroups, id, |w| w.id)
    }

    pub fn timer(&self, id: u32) -> Option<&TimerSnapshot> {
        find_by_id(&self.timers, id, |t| t.id)
    }
}

/// Items numbered from 1 usually sit at `id - 1`; fall back to a search otherwise.
fn find_by_id<T>(items: &[T], id: u32, key: impl Fn(&T) -> u32) -> Option<&T> {
    let guess = (id as usize).checked_sub(1).and_then(|i| items.get(i));
    match guess {
        Some(it) if key(it) == id => Some(it),
        _ => items.iter().find(|it| key(it) == id),
    }
}

/// The state after applying events `0..step` (clamped to the trace's length).
pub fn snapshot_at(trace: &Trace, step: usize) -> Snapshot {
    let aux = Aux::new(trace);
    let mut st = State::new(trace);
    st.advance_to(trace, &aux, step);
    st.materialize(trace, &aux)
}

/// Answers `at(step)` quickly by folding from the nearest stored checkpoint. It holds its
/// trace by any `Borrow<Trace>`: a reference, or an `Arc` when it must own it (the UI).
#[derive(Debug)]
pub struct SnapshotIndex<T: Borrow<Trace>> {
    trace: T,
    aux: Aux,
    /// States at increasing steps, the first at step 0.
    checkpoints: Vec<State>,
}

/// The usual distance between checkpoints, in events.
pub const INTERVAL: usize = 256;

impl<T: Borrow<Trace>> SnapshotIndex<T> {
    /// The usual distance between checkpoints, in events.
    pub const INTERVAL: usize = INTERVAL;

    pub fn new(holder: T) -> SnapshotIndex<T> {
        Self::build(holder, None).0
    }

    /// `new`, and `lanes` of the same trace, from one pass over its events instead of two.
    pub fn with_lanes(holder: T) -> (SnapshotIndex<T>, Vec<Lane>) {
        let mut lanes = LaneBuilder::default();
        let (index, last) = Self::build(holder, Some(&mut lanes));
        let lanes = lanes.finish(&last, index.len());
        (index, lanes)
    }

    /// The index, and the state after the last event.
    fn build(holder: T, mut lanes: Option<&mut LaneBuilder>) -> (SnapshotIndex<T>, State) {
        let trace: &Trace = holder.borrow();
        let aux = Aux::new(trace);
        let mut st = State::new(trace);
        let mut checkpoints = vec![st.clone()];
        let mut last = 0;
        for i in 0..trace.events.len() {
            let before = lanes.as_ref().map(|l| l.before(&st));
            st.apply(trace, &aux, i);
            if let (Some(lanes), Some(before)) = (lanes.as_deref_mut(), before) {
                lanes.after(trace, &st, i, before);
            }
            // A checkpoint costs about `weight` units of memory; spacing them at least that
            // many events apart keeps all of them within a constant factor of the trace.
            if st.step - last >= Self::INTERVAL.max(st.weight()) {
                checkpoints.push(st.clone());
                last = st.step;
            }
        }
        (SnapshotIndex { trace: holder, aux, checkpoints }, st)
    }

    pub fn trace(&self) -> &Trace {
        self.trace.borrow()
    }

    /// The number of events: `at(len())` is the final state.
    pub fn len(&self) -> usize {
        self.trace().events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.trace().events.is_empty()
    }

    pub fn n_checkpoints(&self) -> usize {
        self.checkpoints.len()
    }

    /// The state after events `0..step`, identical to `snapshot_at(trace, step)`.
    pub fn at(&self, step: usize) -> Snapshot {
        self.state_at(step).materialize(self.trace(), &self.aux)
    }

    pub(super) fn state_at(&self, step: usize) -> State {
        let trace = self.trace();
        let step = step.min(trace.events.len());
        let k = self.checkpoints.partition_point(|c| c.step <= step).saturating_sub(1);
        let mut st = match self.checkpoints.get(k) {
            Some(c) => c.clone(),
            None => State::new(trace),
        };
        st.advance_to(trace, &self.aux, step);
        st
    }
}

/// What the fold needs that is not a function of the events before the step: the whole
/// output (snapshots slice it by length) and the values of blocked sends, which the trace
/// only states when the send completes.
#[derive(Clone, Debug, Default)]
pub(super) struct Aux {
    stdout: String,
    stderr: String,
    /// (index of a `Block{ChanSend}` event, the value its send eventually delivered).
    send_values: Vec<(usize, u32)>,
}

impl Aux {
    pub(super) fn new(trace: &Trace) -> Aux {
        let mut aux = Aux::default();
        // Blocked senders by gid: the index of their `Block{ChanSend}` event.
        let mut pending: BTreeMap<u32, usize> = BTreeMap::new();
        for (i, e) in trace.events.iter().enumerate() {
            if let Some(b) = pending.remove(&e.gid)
                && let EventKind::Send { value, .. } = e.kind
            {
                aux.send_values.push((b, value));
            }
            match e.kind {
                EventKind::Block { reason: WaitReason::ChanSend, .. } => {
                    pending.insert(e.gid, i);
                }
                EventKind::Print { text, stderr } => {
                    let out = if stderr { &mut aux.stderr } else { &mut aux.stdout };
                    out.push_str(trace.text(text));
                }
                _ => {}
            }
        }
        crate::sorting::sort(&mut aux.send_values);
        aux
    }

    fn send_value(&self, block: usize) -> Option<u32> {
        let i = self.send_values.binary_search_by_key(&block, |&(b, _)| b).ok()?;
        self.send_values.get(i).map(|&(_, v)| v)
    }
}

/// The fold's compact state: texts are kept as indices into `Trace::strings`, output as
/// lengths, so checkpoints stay small. `materialize` turns it into a `Snapshot`.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct State {
    pub(super) step: usize,
    /// A prefix of `Trace::goroutines`.
    pub(super) goroutines: Vec<GState>,
    /// A prefix of `Trace::channels`.
    pub(super) channels: Vec<CState>,
    pub(super) mutexes: Vec<MState>,
    pub(super) waitgroups: Vec<WState>,
    /// A prefix of `Trace::timers`.
    timers: Vec<TState>,
    pub(super) now: u64,
    stdout_len: usize,
    stderr_len: usize,
    pub(super) running: Option<u32>,
}

#[derive(Clone, Debug, PartialEq)]
pub(super) struct GState {
    pub(super) gid: u32,
    pub(super) state: GoroutineState,
    last_event: Option<u32>,
    span: Span,
    pub(super) waiting_on: Option<WaitObject>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct CState {
    pub(super) buffer: VecDeque<u32>,
    pub(super) closed: bool,
    /// (gid, value text when known).
    sendq: Vec<(u32, Option<u32>)>,
    recvq: Vec<u32>,
    last_op: Option<u32>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct MState {
    pub(super) owner: Option<u32>,
    pub(super) readers: Vec<u32>,
    waiters: Vec<(u32, bool)>,
}

#[derive(Clone, Debug, Default, PartialEq)]
struct TState {
    when: Option<u64>,
    /// A ticker's period (from its latest `TimerSet`); `None` for one-shot timers.
    period: Option<u64>,
    fires: u32,
    stopped: bool,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct WState {
    pub(super) counter: i32,
    waiters: Vec<u32>,
}

fn idx(id: u32) -> Option<usize> {
    (id as usize).checked_sub(1)
}

fn remove_first<T: PartialEq>(v: &mut Vec<T>, x: &T) {
    if let Some(i) = v.iter().position(|it| it == x) {
        v.remove(i);
    }
}

impl State {
    /// The state before any event: only `main` exists.
    pub(super) fn new(trace: &Trace) -> State {
        let mut st = State {
            step: 0,
            goroutines: Vec::new(),
            channels: Vec::new(),
            mutexes: Vec::new(),
            waitgroups: Vec::new(),
            timers: Vec::new(),
            now: 0,
            stdout_len: 0,
            stderr_len: 0,
            running: None,
        };
        if let Some(main) = trace.goroutines.first()
            && main.parent.is_none()
            && main.spawn_step == 0
        {
            st.push_goroutine(main.id);
        }
        st
    }

    fn push_goroutine(&mut self, gid: u32) {
        self.goroutines.push(GState {
            gid,
            state: GoroutineState::Runnable,
            last_event: None,
            span: Span::default(),
            waiting_on: None,
        });
    }

    /// A rough size, in units of a goroutine record, for spacing checkpoints.
    fn weight(&self) -> usize {
        let buffered: usize =
            self.channels.iter().map(|c| c.buffer.len() + c.sendq.len() + c.recvq.len()).sum();
        let held: usize =
            self.mutexes.iter().map(|m| m.readers.len() + m.waiters.len()).sum::<usize>()
                + self.waitgroups.iter().map(|w| w.waiters.len()).sum::<usize>();
        self.goroutines.len()
            + self.timers.len()
            + self.channels.len()
            + self.mutexes.len()
            + self.waitgroups.len()
            + buffered
            + held
    }

    pub(super) fn slot(&self, gid: u32) -> Option<usize> {
        let guess = idx(gid).filter(|&i| self.goroutines.get(i).is_some_and(|g| g.gid == gid));
        guess.or_else(|| self.goroutines.iter().position(|g| g.gid == gid))
    }

    pub(super) fn goroutine(&self, gid: u32) -> Option<&GState> {
        self.slot(gid).and_then(|s| self.goroutines.get(s))
    }

    fn g_mut(&mut self, gid: u32) -> Option<&mut GState> {
        self.slot(gid).and_then(|s| self.goroutines.get_mut(s))
    }

    pub(super) fn state_of(&self, gid: u32) -> Option<GoroutineState> {
        self.goroutine(gid).map(|g| g.state)
    }

    /// Makes goroutine `gid` (and every goroutine created before it) exist.
    fn ensure_goroutine(&mut self, trace: &Trace, gid: u32) {
        if gid == 0 || self.slot(gid).is_some() {
            return;
        }
        let Some(pos) = trace.goroutines.iter().position(|g| g.id == gid) else { return };
        while self.goroutines.len() <= pos {
            let Some(info) = trace.goroutines.get(self.goroutines.len()) else { break };
            self.push_goroutine(info.id);
        }
    }

    fn ensure_channel(&mut self, trace: &Trace, ch: u32) {
        let n = (ch as usize).min(trace.channels.len());
        if self.channels.len() < n {
            self.channels.resize_with(n, CState::default);
        }
    }

    /// Timer `id`, making it (and every timer made before it) exist.
    fn timer_mut(&mut self, trace: &Trace, id: u32) -> Option<&mut TState> {
        let n = (id as usize).min(trace.timers.len());
        while self.timers.len() < n {
            let info = &trace.timers[self.timers.len()];
            self.timers.push(TState {
                period: info.kind.periodic().then_some(info.period.unwrap_or(1)),
                ..TState::default()
            });
        }
        idx(id).and_then(|i| self.timers.get_mut(i))
    }

    fn ensure_mutex(&mut self, id: u32) {
        if self.mutexes.len() < id as usize {
            self.mutexes.resize_with(id as usize, MState::default);
        }
    }

    fn ensure_waitgroup(&mut self, id: u32) {
        if self.waitgroups.len() < id as usize {
            self.waitgroups.resize_with(id as usize, WState::default);
        }
    }

    pub(super) fn chan(&self, ch: u32) -> Option<&CState> {
        idx(ch).and_then(|i| self.channels.get(i))
    }

    fn chan_mut(&mut self, ch: u32) -> Option<&mut CState> {
        idx(ch).and_then(|i| self.channels.get_mut(i))
    }

    pub(super) fn mutex(&self, id: u32) -> Option<&MState> {
        idx(id).and_then(|i| self.mutexes.get(i))
    }

    fn mutex_mut(&mut self, id: u32) -> Option<&mut MState> {
        idx(id).and_then(|i| self.mutexes.get_mut(i))
    }

    pub(super) fn waitgroup(&self, id: u32) -> Option<&WState> {
        idx(id).and_then(|i| self.waitgroups.get(i))
    }

    fn wg_mut(&mut self, id: u32) -> Option<&mut WState> {
        idx(id).and_then(|i| self.waitgroups.get_mut(i))
    }

    fn set_state(&mut self, gid: u32, state: GoroutineState) {
        if let Some(g) = self.g_mut(gid) {
            g.state = state;
        }
    }

    /// The running goroutine (if still running) goes back to the run queue.
    fn stop_running(&mut self) {
        if let Some(r) = self.running.take()
            && self.state_of(r) == Some(GoroutineState::Running)
        {
            self.set_state(r, GoroutineState::Runnable);
        }
    }

    /// Applies events until `step` events have been applied.
    pub(super) fn advance_to(&mut self, trace: &Trace, aux: &Aux, step: usize) {
        let step = step.min(trace.events.len());
        while self.step < step {
            self.apply(trace, aux, self.step);
        }
    }

    /// Applies event `i`, which must be the next one (`i == self.step`).
    pub(super) fn apply(&mut self, trace: &Trace, aux: &Aux, i: usize) {
        debug_assert_eq!(i, self.step, "events are applied in order");
        let Some(e) = trace.events.get(i) else { return };
        let gid = e.gid;
        self.ensure_goroutine(trace, gid);
        if let EventKind::Spawn { child } = e.kind {
            self.ensure_goroutine(trace, child);
        }

        // Decide whether `gid` did this itself (and so is running) or another goroutine did
        // it on its behalf.
        let before = self.goroutine(gid).map(|g| g.state);
        let on_behalf = match (&e.kind, before) {
            (_, None) => true,
            (EventKind::Wake { .. }, _) => true,
            (_, Some(s)) if s.is_waiting() || s == GoroutineState::Done => true,
            _ => false,
        };
        if gid == 0 {
            // The timer acts while nobody runs.
            self.stop_running();
        } else if !on_behalf {
            if self.running != Some(gid) {
                self.stop_running();
            }
            self.running = Some(gid);
            if let Some(g) = self.g_mut(gid) {
                g.state = GoroutineState::Running;
            }
        }
        if let Some(g) = self.g_mut(gid) {
            g.last_event = Some(u32::try_from(i).unwrap_or(u32::MAX));
            g.span = e.span;
        }

        match e.kind {
            EventKind::Spawn { .. }
            | EventKind::Select { .. }
            | EventKind::WaitGroupWait { .. }
            | EventKind::Access { .. }
            | EventKind::Race { .. }
            | EventKind::Panic { .. } => {}
            EventKind::Block { reason, obj } => self.block(trace, aux, i, gid, reason, obj),
            EventKind::Wake { .. } => self.wake(gid),
            EventKind::MakeChan { ch } => {
                self.ensure_channel(trace, ch);
                if let Some(c) = self.chan_mut(ch) {
                    c.last_op = Some(i as u32);
                }
            }
            EventKind::Send { ch, value, via } => {
                self.ensure_channel(trace, ch);
                if let Some(c) = self.chan_mut(ch) {
                    c.last_op = Some(i as u32);
                    if let Some(p) = c.sendq.iter().position(|&(g, _)| g == gid) {
                        c.sendq.remove(p);
                    }
                    match via {
                        Via::Buffer => c.buffer.push_back(value),
                        Via::Handoff { partner } => remove_first(&mut c.recvq, &partner),
                        Via::Closed => {}
                    }
                }
            }
            EventKind::Recv { ch, via, .. } => {
                self.ensure_channel(trace, ch);
                if let Some(c) = self.chan_mut(ch) {
                    c.last_op = Some(i as u32);
                    remove_first(&mut c.recvq, &gid);
                    match via {
                        // A timer's delivery arrives through no buffer: nothing to pop then.
                        Via::Buffer => {
                            c.buffer.pop_front();
                        }
                        Via::Handoff { partner } => {
                            if let Some(p) = c.sendq.iter().position(|&(g, _)| g == partner) {
                                c.sendq.remove(p);
                            }
                        }
                        Via::Closed => {}
                    }
                }
            }
            EventKind::Close { ch } => {
                self.ensure_channel(trace, ch);
                if let Some(c) = self.chan_mut(ch) {
                    c.closed = true;
                    c.last_op = Some(i as u32);
                }
            }
            EventKind::Lock { mutex, read } => {
                self.ensure_mutex(mutex);
                if let Some(m) = self.mutex_mut(mutex) {
                    if let Some(p) = m.waiters.iter().position(|&(g, _)| g == gid) {
                        m.waiters.remove(p);
                    }
                    if read {
                        m.readers.push(gid);
                    } else {
                        m.owner = Some(gid);
                    }
                }
            }
            EventKind::Unlock { mutex, read } => {
                self.ensure_mutex(mutex);
                if let Some(m) = self.mutex_mut(mutex) {
                    if read {
                        // Go lets any goroutine release a read lock; drop the unlocker's own
                        // if it holds one, else the oldest.
                        match m.readers.iter().position(|&g| g == gid) {
                            Some(p) => {
                                m.readers.remove(p);
                            }
                            None if !m.readers.is_empty() => {
                                m.readers.remove(0);
                            }
                            None => {}
                        }
                    } else {
                        m.owner = None;
                    }
                }
            }
            EventKind::WaitGroupAdd { wg, counter, .. } => {
                self.ensure_waitgroup(wg);
                if let Some(w) = self.wg_mut(wg) {
                    w.counter = counter;
                }
            }
            EventKind::Sleep { until } => {
                if let Some(g) = self.g_mut(gid) {
                    g.state = GoroutineState::Sleeping;
                    g.waiting_on = Some(WaitObject::Timer { until: until.get() });
                }
                if self.running == Some(gid) {
                    self.running = None;
                }
            }
            EventKind::TimeAdvance { now } => self.now = now.get(),
            EventKind::TimerSet { timer, when } => {
                let now = self.now;
                if let Some(t) = self.timer_mut(trace, timer) {
                    t.when = Some(when.get());
                    t.stopped = false;
                    // A ticker's period is that of its latest arming (`Reset` changes it).
                    if t.period.is_some() {
                        t.period = Some(when.get().saturating_sub(now));
                    }
                }
            }
            EventKind::TimerStop { timer, .. } => {
                if let Some(t) = self.timer_mut(trace, timer) {
                    t.when = None;
                    t.stopped = true;
                }
            }
            EventKind::TimerFire { timer } => {
                let now = self.now;
                if let Some(t) = self.timer_mut(trace, timer) {
                    t.fires += 1;
                    t.when = t.period.map(|p| now.saturating_add(p.max(1)));
                }
            }
            EventKind::Print { text, stderr } => {
                let n = trace.text(text).len();
                if stderr {
                    self.stderr_len += n;
                } else {
                    self.stdout_len += n;
                }
            }
            EventKind::Yield => {
                if self.running == Some(gid) {
                    self.stop_running();
                }
            }
            EventKind::Exit => {
                if let Some(g) = self.g_mut(gid) {
                    g.state = GoroutineState::Done;
                    g.waiting_on = None;
                }
                if self.running == Some(gid) {
                    self.running = None;
                }
            }
        }

        self.step = i + 1;
        // Goroutines and channels created during this step without an event of their own
        // (timer callbacks, context channels) appear now.
        while let Some(info) = trace.goroutines.get(self.goroutines.len())
            && info.spawn_step as usize <= i
        {
            self.push_goroutine(info.id);
        }
        while let Some(info) = trace.channels.get(self.channels.len())
            && info.step as usize <= i
        {
            self.channels.push(CState::default());
        }
    }

    fn block(
        &mut self,
        trace: &Trace,
        aux: &Aux,
        i: usize,
        gid: u32,
        reason: WaitReason,
        obj: Option<u32>,
    ) {
        use WaitReason as R;
        let waiting_on = match (reason, obj) {
            (R::ChanSend | R::ChanReceive, Some(ch)) => {
                self.ensure_channel(trace, ch);
                if let Some(c) = self.chan_mut(ch) {
                    if reason == R::ChanSend {
                        c.sendq.push((gid, aux.send_value(i)));
                    } else {
                        c.recvq.push(gid);
                    }
                }
                Some(WaitObject::Chan(ch))
            }
            (R::MutexLock | R::RWMutexLock | R::RWMutexRLock, Some(m)) => {
                self.ensure_mutex(m);
                if let Some(ms) = self.mutex_mut(m) {
                    ms.waiters.push((gid, reason == R::RWMutexRLock));
                }
                Some(WaitObject::Mutex(m))
            }
            (R::WaitGroupWait, Some(w)) => {
                self.ensure_waitgroup(w);
                if let Some(ws) = self.wg_mut(w) {
                    ws.waiters.push(gid);
                }
                Some(WaitObject::WaitGroup(w))
            }
            _ => None,
        };
        if let Some(g) = self.g_mut(gid) {
            g.state = GoroutineState::Blocked(reason);
            g.waiting_on = waiting_on;
        }
        if self.running == Some(gid) {
            self.running = None;
        }
    }

    fn wake(&mut self, gid: u32) {
        let Some(g) = self.goroutine(gid) else { return };
        if !g.state.is_waiting() {
            return;
        }
        let was = g.waiting_on;
        match was {
            Some(WaitObject::Chan(ch)) => {
                if let Some(c) = self.chan_mut(ch) {
                    remove_first(&mut c.recvq, &gid);
                    if let Some(p) = c.sendq.iter().position(|&(g, _)| g == gid) {
                        c.sendq.remove(p);
                    }
                }
            }
            Some(WaitObject::Mutex(m)) => {
                if let Some(ms) = self.mutex_mut(m)
                    && let Some(p) = ms.waiters.iter().position(|&(g, _)| g == gid)
                {
                    ms.waiters.remove(p);
                }
            }
            Some(WaitObject::WaitGroup(w)) => {
                if let Some(ws) = self.wg_mut(w) {
                    remove_first(&mut ws.waiters, &gid);
                }
            }
            Some(WaitObject::Timer { .. }) | None => {}
        }
        if let Some(g) = self.g_mut(gid) {
            g.state = GoroutineState::Runnable;
            g.waiting_on = None;
        }
    }

    /// The public form of this state.
    pub(super) fn materialize(&self, trace: &Trace, aux: &Aux) -> Snapshot {
        let text = |i: u32| trace.text(i).to_string();
        let goroutines = self
            .goroutines
            .iter()
            .map(|g| GoroutineSnapshot {
                gid: g.gid,
                state: g.state,
                last_event: g.last_event.map(|i| i as usize),
                span: g.last_event.map(|_| g.span),
                waiting_on: g.waiting_on,
            })
            .collect();
        let channels = self
            .channels
            .iter()
            .enumerate()
            .map(|(k, c)| {
                let info = trace.channels.get(k);
                let last_op = c.last_op.and_then(|s| {
                    let e = trace.events.get(s as usize)?;
                    let kind = match e.kind {
                        EventKind::MakeChan { .. } => ChanOpKind::Make,
                        EventKind::Send { value, via, .. } => {
                            ChanOpKind::Send { value: text(value), via }
                        }
                        EventKind::Recv { value, via, .. } => {
                            ChanOpKind::Recv { value: text(value), via }
                        }
                        _ => ChanOpKind::Close,
                    };
                    Some(ChanOp { step: s as usize, gid: e.gid, kind })
                });
                ChannelSnapshot {
                    id: info.map_or(k as u32 + 1, |i| i.id),
                    buffer: c.buffer.iter().map(|&v| text(v)).collect(),
                    len: c.buffer.len(),
                    cap: info.map_or(0, |i| i.cap),
                    closed: c.closed,
                    send_queue: c
                        .sendq
                        .iter()
                        .map(|&(gid, v)| BlockedSender { gid, value: v.map(text) })
                        .collect(),
                    recv_queue: c.recvq.clone(),
                    last_op,
                }
            })
            .collect();
        let mutexes = self
            .mutexes
            .iter()
            .enumerate()
            .map(|(k, m)| MutexSnapshot {
                id: k as u32 + 1,
                owner: m.owner,
                readers: m.readers.clone(),
                waiters: m.waiters.iter().map(|&(gid, read)| MutexWaiter { gid, read }).collect(),
            })
            .collect();
        let waitgroups = self
            .waitgroups
            .iter()
            .enumerate()
            .map(|(k, w)| WaitGroupSnapshot {
                id: k as u32 + 1,
                counter: w.counter,
                waiters: w.waiters.clone(),
            })
            .collect();
        let timers = self
            .timers
            .iter()
            .enumerate()
            .map(|(k, t)| TimerSnapshot {
                id: k as u32 + 1,
                when: t.when,
                fires: t.fires,
                stopped: t.stopped,
            })
            .collect();
        Snapshot {
            step: self.step,
            goroutines,
            channels,
            mutexes,
            waitgroups,
            timers,
            now: self.now,
            stdout: prefix(&aux.stdout, self.stdout_len),
            stderr: prefix(&aux.stderr, self.stderr_len),
            last_event: self.step.checked_sub(1),
            running: self.running,
        }
    }
}

/// The first `n` bytes of the output. Prints are whole strings, so `n` is always a char
/// boundary; be lenient anyway.
fn prefix(s: &str, n: usize) -> String {
    match s.get(..n) {
        Some(p) => p.to_string(),
        None => String::from_utf8_lossy(s.as_bytes().get(..n).unwrap_or(s.as_bytes())).into(),
    }
}
