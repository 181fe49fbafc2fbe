//! Channel operations, `select`, and virtual time, following Go's `runtime/chan.go` and
//! `select.go`: a send hands its value straight to a waiting receiver, else fills the buffer,
//! else blocks; receives mirror it; `close` wakes everyone; time jumps to the next timer only
//! when no goroutine can run.

use super::chan::{Chan, Waiter};
use super::value::{ChanId, Ptr, Value};
use super::vm::{Flow, GState, Machine, Res};
use crate::syntax::span::Span;
use crate::trace::{EventKind, Via, WaitReason};
use std::rc::Rc;

/// What a timer does when it fires.
#[derive(Clone, Debug)]
pub enum TimerAction {
    /// Wake a sleeping goroutine.
    Wake(u32),
    /// Deliver the time on a timer channel; tickers re-arm with their period.
    Send { ch: u32, period: Option<u64>, timer: u32 },
    /// Run a function in a new goroutine (`time.AfterFunc`).
    Call { callee: Value, timer: u32 },
    /// A context's deadline passed.
    Deadline { ctx: u32 },
}

/// State of mutexes, WaitGroups and `Once`s, keyed by the id stored in their first field.
#[derive(Clone, Debug, Default)]
pub struct SyncState {
    pub mutexes: Vec<MutexState>,
    pub wgs: Vec<WgState>,
    /// Timers by id: whether each is still armed (for Stop/Reset).
    pub timers: Vec<TimerState>,
}

#[derive(Clone, Debug, Default)]
pub struct MutexState {
    /// The writer holding it.
    pub owner: Option<u32>,
    pub readers: u32,
    /// Blocked goroutines: (gid, wants read lock). For a `sync.Mutex`, its semaphore's queue.
    pub waiters: std::collections::VecDeque<(u32, bool)>,
    pub trace_id: u32,
    /// `sync.Mutex` only (see `mutex.rs`): Go's state bits besides "locked", the waiter
    /// count they keep, and the pending `Lock` calls of goroutines that have waited.
    pub woken: bool,
    pub starving: bool,
    pub nwait: u32,
    pub calls: Vec<super::mutex::LockCall>,
    /// The state field of the mutex this belongs to (a copy of the mutex is another).
    pub home: Option<Ptr>,
}

#[derive(Clone, Debug, Default)]
pub struct WgState {
    pub counter: i64,
    pub waiters: Vec<u32>,
    pub trace_id: u32,
    /// The state field of the WaitGroup this belongs to (a copy of it is another).
    pub home: Option<Ptr>,
}

#[derive(Clone, Debug, Default)]
pub struct TimerState {
    /// The key of its pending entry in the timer heap.
    pub key: Option<(u64, u64)>,
    pub ch: Option<u32>,
    pub period: Option<u64>,
    pub callee: Option<Value>,
    /// Its id in the trace's timer table.
    pub trace_id: u32,
    /// The call that made it.
    pub span: Span,
}

impl Machine {
    pub(super) fn make_chan(&mut self, gid: u32, site: u32, span: Span) -> Res<Flow> {
        let cap = self.pop_value(gid).as_int();
        if cap < 0 {
            return Err("!makechan: size out of range".into());
        }
        let s = &self.prog.chans[site as usize];
        let zero = self.prog.consts[s.zero as usize].clone();
        let (elem, name) = (s.elem_type, s.name.clone());
        let ch = self.new_chan(cap as usize, zero, elem.0, name, span);
        self.push_value(gid, Value::Chan(ChanId(ch)));
        self.event(gid, span, EventKind::MakeChan { ch: self.chans[ch as usize].id });
        Ok(Flow::Point)
    }

    pub(super) fn new_chan(
        &mut self,
        cap: usize,
        zero: Value,
        elem: u32,
        name: Option<String>,
        span: Span,
    ) -> u32 {
        let idx = self.chans.len() as u32;
        let ty = self.prog.types.display_qualified(crate::check::TypeId(elem));
        let step = self.tracer.n_events() as u32;
        let id = self.tracer.channel(ty, cap as u32, span, name, step);
        self.chans.push(Chan::new(id, cap, zero, elem));
        idx
    }

    pub(super) fn pop_value(&mut self, gid: u32) -> Value {
        self.g(gid).stack.pop().unwrap_or_default()
    }

    pub(super) fn push_value(&mut self, gid: u32, v: Value) {
        self.g(gid).stack.push(v);
    }

    fn summary(&mut self, v: &Value, elem: u32) -> u32 {
        let text = super::natives::summary(self, v, elem);
        self.tracer.intern(&text)
    }

    pub(super) fn send_op(&mut self, gid: u32, span: Span) -> Res<Flow> {
        let v = self.pop_value(gid);
        let ch = self.pop_value(gid);
        let Value::Chan(c) = ch else {
            return Ok(self.block(gid, WaitReason::ChanSendNilChan, None, span));
        };
        self.send(gid, c.0, v, span, None)
    }

    /// A send on channel index `c`; `select` passes its case to complete it without blocking.
    fn send(&mut self, gid: u32, c: u32, v: Value, span: Span, in_select: Option<()>) -> Res<Flow> {
        let ci = c as usize;
        if self.chans[ci].closed {
            return Err("!send on closed channel".into());
        }
        let (id, elem) = (self.chans[ci].id, self.chans[ci].elem_type);
        let value = self.summary(&v, elem);
        if let Some(w) = self.dequeue_receiver(ci) {
            // Hand the value straight to the waiting receiver.
            let rg = w.gid;
            let cap = self.chans[ci].cap as u32;
            if let Some(r) = self.race.as_mut() {
                if cap == 0 {
                    r.handoff(gid, rg);
                } else {
                    // As Go's race annotations: a buffered hand-off goes through the slot.
                    r.chan_send(gid, id, cap);
                    r.chan_recv(rg, id, cap);
                }
            }
            self.event(
                gid,
                span,
                EventKind::Send { ch: id, value, via: Via::Handoff { partner: rg } },
            );
            let rspan = self.gs[rg as usize - 1].block_span;
            self.event(
                rg,
                rspan,
                EventKind::Recv { ch: id, value, via: Via::Handoff { partner: gid } },
            );
            self.deliver_recv(w, v, true);
            self.wake(rg, gid);
            return Ok(Flow::Point);
        }
        if self.chans[ci].buf.len() < self.chans[ci].cap {
            let cap = self.chans[ci].cap as u32;
            if let Some(r) = self.race.as_mut() {
                r.chan_send(gid, id, cap);
            }
            self.chans[ci].buf.push_back(v);
            self.event(gid, span, EventKind::Send { ch: id, value, via: Via::Buffer });
            return Ok(Flow::Point);
        }
        if in_select.is_some() {
            return Ok(Flow::Continue);
        }
        self.chans[ci].sendq.push_back((Waiter { gid, select: None }, v));
        Ok(self.block(gid, WaitReason::ChanSend, Some(id), span))
    }

    /// Pops the first receiver still waiting (skipping finished selects).
    fn dequeue_receiver(&mut self, ci: usize) -> Option<Waiter> {
        while let Some(w) = self.chans[ci].recvq.pop_front() {
            if self.waiter_live(&w) {
                return Some(w);
            }
        }
        None
    }

    fn dequeue_sender(&mut self, ci: usize) -> Option<(Waiter, Value)> {
        while let Some((w, v)) = self.chans[ci].sendq.pop_front() {
            if self.waiter_live(&w) {
                return Some((w, v));
            }
        }
        None
    }

    fn waiter_live(&self, w: &Waiter) -> bool {
        let g = &self.gs[w.gid as usize - 1];
        if !matches!(g.state, GState::Blocked(_)) {
            return false;
        }
        match w.select {
            Some((token, _)) => g.select_token == token,
            None => true,
        }
    }

    /// Gives a blocked receiver its value: pushes the results its instruction expects.
    fn deliver_recv(&mut self, w: Waiter, v: Value, ok: bool) {
        match w.select {
            Some((_, case)) => {
                let g = self.g(w.gid);
                g.select_token = 0;
                g.stack.push(v);
                g.stack.push(Value::Bool(ok));
                g.stack.push(Value::Int(i64::from(case)));
            }
            None => self.push_recv(w.gid, v, ok),
        }
    }

    /// Pushes a receive's results: the value, and `ok` unless the receive did not ask for it.
    fn push_recv(&mut self, gid: u32, v: Value, ok: bool) {
        let g = self.g(gid);
        g.stack.push(v);
        if g.drop_ok {
            g.drop_ok = false;
        } else {
            g.stack.push(Value::Bool(ok));
        }
    }

    pub(super) fn recv_op(&mut self, gid: u32, comma_ok: bool, span: Span) -> Res<Flow> {
        let ch = self.pop_value(gid);
        let Value::Chan(c) = ch else {
            return Ok(self.block(gid, WaitReason::ChanReceiveNilChan, None, span));
        };
        // A plain receive drops `ok`, whether it completes now or when woken.
        self.g(gid).drop_ok = !comma_ok;
        self.recv(gid, c.0 as usize, span, None)
    }

    /// A receive on channel index `ci`. Pushes value and ok when it completes now.
    fn recv(&mut self, gid: u32, ci: usize, span: Span, in_select: Option<()>) -> Res<Flow> {
        let (id, elem) = (self.chans[ci].id, self.chans[ci].elem_type);
        if let Some(v) = self.chans[ci].pending.take() {
            let value = self.summary(&v, elem);
            self.event(gid, span, EventKind::Recv { ch: id, value, via: Via::Buffer });
            self.push_recv(gid, v, true);
            return Ok(Flow::Point);
        }
        if let Some((w, sv)) = self.dequeue_sender(ci) {
            let sender = w.gid;
            let cap = self.chans[ci].cap as u32;
            if let Some(r) = self.race.as_mut() {
                if cap == 0 {
                    r.handoff(sender, gid);
                } else {
                    r.chan_recv(gid, id, cap);
                    r.chan_send(sender, id, cap);
                }
            }
            if self.chans[ci].cap == 0 {
                // Unbuffered: take the value from the blocked sender.
                let value = self.summary(&sv, elem);
                self.event(
                    gid,
                    span,
                    EventKind::Recv { ch: id, value, via: Via::Handoff { partner: sender } },
                );
                let sspan = self.gs[sender as usize - 1].block_span;
                self.event(
                    sender,
                    sspan,
                    EventKind::Send { ch: id, value, via: Via::Handoff { partner: gid } },
                );
                self.push_recv(gid, sv, true);
            } else {
                // Full buffer: take the head, and move the sender's value into the tail.
                let head = self.chans[ci].buf.pop_front().unwrap_or_default();
                let value = self.summary(&head, elem);
                self.event(gid, span, EventKind::Recv { ch: id, value, via: Via::Buffer });
                let sval = self.summary(&sv, elem);
                self.chans[ci].buf.push_back(sv);
                let sspan = self.gs[sender as usize - 1].block_span;
                self.event(
                    sender,
                    sspan,
                    EventKind::Send { ch: id, value: sval, via: Via::Buffer },
                );
                self.push_recv(gid, head, true);
            }
            if let Some((_, case)) = w.select {
                let g = self.g(sender);
                g.select_token = 0;
                g.stack.push(Value::Nil);
                g.stack.push(Value::Bool(false));
                g.stack.push(Value::Int(i64::from(case)));
            }
            self.wake(sender, gid);
            return Ok(Flow::Point);
        }
        if let Some(v) = self.chans[ci].buf.pop_front() {
            let cap = self.chans[ci].cap as u32;
            if let Some(r) = self.race.as_mut() {
                r.chan_recv(gid, id, cap);
            }
            let value = self.summary(&v, elem);
            self.event(gid, span, EventKind::Recv { ch: id, value, via: Via::Buffer });
            self.push_recv(gid, v, true);
            return Ok(Flow::Point);
        }
        if self.chans[ci].closed {
            if let Some(r) = self.race.as_mut() {
                r.observe_close(gid, id);
            }
            let z = self.chans[ci].zero.clone();
            let value = self.summary(&z, elem);
            self.event(gid, span, EventKind::Recv { ch: id, value, via: Via::Closed });
            self.push_recv(gid, z, false);
            return Ok(Flow::Point);
        }
        if in_select.is_some() {
            return Ok(Flow::Continue);
        }
        self.chans[ci].recvq.push_back(Waiter { gid, select: None });
        Ok(self.block(gid, WaitReason::ChanReceive, Some(id), span))
    }

    /// `for v := range ch`. The instruction runs twice per element: first it receives
    /// (leaving the program counter on itself, since the receive may block), then it
    /// consumes the received (value, ok), jumping to `end` when the channel is closed.
    pub(super) fn range_recv(
        &mut self,
        gid: u32,
        gi: usize,
        ch: Value,
        end: u32,
        span: Span,
    ) -> Res<Flow> {
        if self.gs[gi].range_pending {
            self.gs[gi].range_pending = false;
            let ok = self.pop_value(gid).as_bool();
            if !ok {
                self.pop_value(gid);
                if let Some(f) = self.gs[gi].frames.last_mut() {
                    f.pc = end;
                }
            }
            return Ok(Flow::Continue);
        }
        if let Some(f) = self.gs[gi].frames.last_mut() {
            f.pc -= 1;
        }
        let Value::Chan(c) = ch else {
            return Ok(self.block(gid, WaitReason::ChanReceiveNilChan, None, span));
        };
        self.gs[gi].range_pending = true;
        self.g(gid).drop_ok = false;
        self.recv(gid, c.0 as usize, span, None)
    }

    pub(super) fn close_op(&mut self, gid: u32, span: Span) -> Res<Flow> {
        let ch = self.pop_value(gid);
        let Value::Chan(c) = ch else { return Err("!close of nil channel".into()) };
        self.close(gid, c.0 as usize, span)
    }

    pub(super) fn close(&mut self, gid: u32, ci: usize, span: Span) -> Res<Flow> {
        if self.chans[ci].closed {
            return Err("!close of closed channel".into());
        }
        self.chans[ci].closed = true;
        let id = self.chans[ci].id;
        if let Some(r) = self.race.as_mut() {
            r.close(gid, id);
        }
        self.event(gid, span, EventKind::Close { ch: id });
        // Every waiting receiver gets the zero value; every waiting sender panics. As Go's
        // closechan, the waiters are collected first (receivers, then senders, each in queue
        // order) on a list that is a stack, then made ready from its top: the last waiter is
        // readied first, so the first one ends up in runnext and runs first.
        let mut woken = Vec::new();
        while let Some(w) = self.dequeue_receiver(ci) {
            let z = self.chans[ci].zero.clone();
            let rg = w.gid;
            let elem = self.chans[ci].elem_type;
            let value = self.summary(&z, elem);
            let rspan = self.gs[rg as usize - 1].block_span;
            if let Some(r) = self.race.as_mut() {
                r.observe_close(rg, id);
            }
            self.event(rg, rspan, EventKind::Recv { ch: id, value, via: Via::Closed });
            self.deliver_recv(w, z, false);
            woken.push(rg);
        }
        while let Some((w, _)) = self.dequeue_sender(ci) {
            self.g(w.gid).wake_panic = Some("!send on closed channel".into());
            woken.push(w.gid);
        }
        for g in woken.into_iter().rev() {
            self.wake(g, gid);
        }
        Ok(Flow::Point)
    }

    /// `select`: polls the cases in a random order; runs the first ready one, else the
    /// default, else blocks on all of them.
    pub(super) fn select_op(&mut self, gid: u32, idx: u32, span: Span) -> Res<Flow> {
        let info = self.prog.selects[idx as usize].clone();
        let n_operands: usize = info.sends.iter().map(|s| if *s { 2 } else { 1 }).sum();
        let operands = {
            let st = &mut self.g(gid).stack;
            let at = st.len() - n_operands;
            st.split_off(at)
        };
        // (channel index or None for nil, send value)
        let mut cases: Vec<(Option<usize>, Option<Value>)> = Vec::new();
        let mut it = operands.into_iter();
        for send in &info.sends {
            let ch = it.next().unwrap_or_default();
            let v = if *send { Some(it.next().unwrap_or_default()) } else { None };
            cases.push((if let Value::Chan(c) = ch { Some(c.0 as usize) } else { None }, v));
        }
        if cases.is_empty() && !info.has_default {
            return Ok(self.block(gid, WaitReason::SelectNoCases, None, span));
        }
        // Which cases could proceed now.
        let mut ready_mask = 0u32;
        for (i, (c, v)) in cases.iter().enumerate() {
            let Some(ci) = c else { continue };
            let ch = &self.chans[*ci];
            let ready = match v {
                Some(_) => {
                    ch.closed
                        || ch.buf.len() < ch.cap
                        || ch.recvq.iter().any(|w| self.waiter_live(w))
                }
                None => {
                    ch.pending.is_some()
                        || !ch.buf.is_empty()
                        || ch.closed
                        || ch.sendq.iter().any(|(w, _)| self.waiter_live(w))
                }
            };
            if ready && i < 32 {
                ready_mask |= 1 << i;
            }
        }
        let ready: Vec<usize> =
            (0..cases.len()).filter(|i| *i < 32 && ready_mask & (1 << i) != 0).collect();
        if !ready.is_empty() {
            let pick = ready[self.rng.below(ready.len() as u64) as usize];
            self.event(gid, span, EventKind::Select { case: Some(pick as u32), ready: ready_mask });
            let (c, v) = cases.swap_remove(pick);
            let ci = c.unwrap_or(0);
            match v {
                Some(v) => {
                    self.send(gid, ci as u32, v, span, Some(()))?;
                    self.push_value(gid, Value::Nil);
                    self.push_value(gid, Value::Bool(false));
                }
                None => {
                    self.recv(gid, ci, span, Some(()))?;
                }
            }
            self.push_value(gid, Value::Int(pick as i64));
            return Ok(Flow::Point);
        }
        if info.has_default {
            self.event(gid, span, EventKind::Select { case: None, ready: 0 });
            self.push_value(gid, Value::Nil);
            self.push_value(gid, Value::Bool(false));
            self.push_value(gid, Value::Int(-1));
            return Ok(Flow::Point);
        }
        // Block on every channel at once.
        self.select_tokens += 1;
        let token = self.select_tokens;
        self.g(gid).select_token = token;
        for (i, (c, v)) in cases.into_iter().enumerate() {
            let Some(ci) = c else { continue };
            let w = Waiter { gid, select: Some((token, i as u32)) };
            match v {
                Some(v) => self.chans[ci].sendq.push_back((w, v)),
                None => self.chans[ci].recvq.push_back(w),
            }
        }
        Ok(self.block(gid, WaitReason::Select, None, span))
    }

    /// Arms a timer `d` nanoseconds from now.
    pub(super) fn add_timer(&mut self, d: u64, action: TimerAction) -> (u64, u64) {
        self.timer_seq += 1;
        let key = (self.now.saturating_add(d), self.timer_seq);
        self.timers.insert(key, action);
        key
    }

    /// When the earliest timer that could make a goroutine runnable is due; `None` when no
    /// timer could (so, with every goroutine blocked, the program is deadlocked), as in Go,
    /// whose timer channels keep nothing alive unless a goroutine waits on them: a ticker
    /// nobody receives from does not stop `fatal error: all goroutines are asleep - deadlock!`.
    pub(super) fn wake_horizon(&self) -> Option<u64> {
        self.timers.iter().find(|(_, a)| self.may_wake(a)).map(|(k, _)| k.0)
    }

    /// Advances virtual time to the earliest timer and fires every timer due then. Returns
    /// false when there are no timers.
    pub(super) fn fire_next_timers(&mut self) -> bool {
        let Some((&(when, _), _)) = self.timers.iter().next() else { return false };
        self.now = when;
        self.event(0, Span::default(), EventKind::TimeAdvance { now: when.into() });
        while let Some((&key, _)) = self.timers.iter().next() {
            if key.0 != when {
                break;
            }
            let action = self.timers.remove(&key).expect("timer");
            self.fire(action, key.1);
        }
        true
    }

    /// Moves each ticker due before `horizon` whose channel already holds an unreceived tick
    /// and has nobody waiting to its first tick at or after `horizon`: the ticks between
    /// would change nothing (the channel keeps its first tick, as Go's does) and, for a fast
    /// ticker, would be millions of steps.
    pub(super) fn skip_idle_ticks(&mut self, horizon: u64) {
        let idle: Vec<(u64, u64)> = self
            .timers
            .iter()
            .take_while(|(k, _)| k.0 < horizon)
            .filter(|(_, a)| match a {
                TimerAction::Send { ch, period: Some(_), .. } => {
                    self.chans[*ch as usize].pending.is_some() && !self.has_receiver(*ch)
                }
                _ => false,
            })
            .map(|(k, _)| *k)
            .collect();
        for key in idle {
            let Some(action) = self.timers.remove(&key) else { continue };
            let TimerAction::Send { period: Some(p), timer, .. } = action else { continue };
            let p = p.max(1);
            let when = key.0 + (horizon - key.0).div_ceil(p) * p;
            self.timers.insert((when, key.1), action);
            self.sync.timers[timer as usize].key = Some((when, key.1));
        }
    }

    /// Whether firing `action` could make a goroutine runnable: waking a sleeper, running
    /// an `AfterFunc` or a context's deadline, or sending to a goroutine waiting on the
    /// timer's channel.
    fn may_wake(&self, action: &TimerAction) -> bool {
        match action {
            TimerAction::Wake(gid) => self.gs[*gid as usize - 1].state == GState::Sleeping,
            TimerAction::Deadline { .. } | TimerAction::Call { .. } => true,
            TimerAction::Send { ch, .. } => self.has_receiver(*ch),
        }
    }

    /// Whether a goroutine is blocked receiving from channel `ch` (in a `select` or not).
    fn has_receiver(&self, ch: u32) -> bool {
        self.chans[ch as usize].recvq.iter().any(|w| self.waiter_live(w))
    }

    fn timer_fired(&mut self, timer: u32) {
        if let Some(ts) = self.sync.timers.get(timer as usize) {
            let (id, span) = (ts.trace_id, ts.span);
            self.event(0, span, EventKind::TimerFire { timer: id });
        }
    }

    /// Fires a timer whose entry had sequence number `seq` (a ticker re-arms with it).
    fn fire(&mut self, action: TimerAction, seq: u64) {
        match action {
            TimerAction::Deadline { ctx } => {
                let exceeded =
                    self.sentinel("context.DeadlineExceeded", "context deadline exceeded");
                let cause = self.natives_state.contexts[ctx as usize].deadline_cause.clone();
                let _ = self.cancel_ctx(0, ctx as usize, exceeded, cause, Span::default());
            }
            TimerAction::Wake(gid) => {
                if self.gs[gid as usize - 1].state == GState::Sleeping {
                    self.g(gid).state = GState::Runnable;
                    self.sched.ready(gid);
                    let span = self.gs[gid as usize - 1].block_span;
                    self.event(gid, span, EventKind::Wake { by: 0 });
                }
            }
            TimerAction::Send { ch, period, timer } => {
                self.timer_fired(timer);
                let t = super::natives::time_now(self.now);
                let ci = ch as usize;
                if let Some(w) = self.dequeue_receiver(ci) {
                    let (id, elem) = (self.chans[ci].id, self.chans[ci].elem_type);
                    let value = self.summary(&t, elem);
                    let rg = w.gid;
                    let rspan = self.gs[rg as usize - 1].block_span;
                    self.event(rg, rspan, EventKind::Recv { ch: id, value, via: Via::Buffer });
                    self.deliver_recv(w, t, true);
                    self.wake(rg, 0);
                } else if self.chans[ci].pending.is_none() {
                    self.chans[ci].pending = Some(t);
                }
                let ts = &mut self.sync.timers[timer as usize];
                ts.key = None;
                if let Some(p) = period {
                    // A ticker keeps its phase: of two tickers due at the same instant, the
                    // one made (or reset) first fires first, as in Go, where it was made a
                    // few nanoseconds earlier.
                    let key = (self.now.saturating_add(p.max(1)), seq);
                    self.timers.insert(key, TimerAction::Send { ch, period, timer });
                    self.sync.timers[timer as usize].key = Some(key);
                }
            }
            TimerAction::Call { callee, timer } => {
                self.timer_fired(timer);
                self.sync.timers[timer as usize].key = None;
                if let Value::Func(c) = callee {
                    let child = self.new_goroutine(
                        c.func,
                        Some(Rc::clone(&c)),
                        Vec::new(),
                        Some((1, Span::default(), c.func)),
                    );
                    let name = self.func(c.func).name.clone();
                    let step = self.tracer.n_events() as u32;
                    self.tracer.goroutine(child, &name, None, None, step);
                    self.sched.ready(child);
                }
            }
        }
    }
}
