//! `sync.Mutex` as Go implements it (`internal/sync/mutex.go`), on one processor: a
//! goroutine that unlocks may take the lock straight back (barging) while the waiter it woke
//! has to compete again, and a waiter that has waited more than 1ms switches the mutex to
//! starvation mode, where `Unlock` hands it over and yields. Go never spins with
//! GOMAXPROCS=1, so neither does this. Time is the virtual clock plus an estimate of the
//! computing time (`Machine::nanotime`).

use super::conc::MutexState;
use super::natives::{MUTEX_LOCK, MUTEX_UNLOCK, is_field0_at};
use super::program::Op;
use super::tracer::MutexOp;
use super::value::{Heap, HeapId, Value};
use super::vm::{Flow, Machine, Res};
use crate::syntax::span::Span;
use crate::trace::{EventKind, WaitReason};

/// Go's `starvationThresholdNs`.
const STARVATION_NANOS: u64 = 1_000_000;

/// A `Lock` call that has blocked at least once: `lockSlow`'s locals, kept while its goroutine
/// waits in the semaphore or, woken, runs the call again.
#[derive(Clone, Copy, Debug)]
pub struct LockCall {
    gid: u32,
    wait_start: u64,
    starving: bool,
}

impl Machine {
    /// The fast paths of `Lock` and `Unlock` (Go's inlined `CompareAndSwap`s), for the
    /// `Lock`/`Unlock` call goroutine `gi` is about to run: an uncontended lock or an unlock
    /// that wakes nobody, without the race detector. Does exactly what `mutex_lock` or
    /// `mutex_unlock` would, without looking the call up; `None` leaves it to them.
    pub(super) fn mutex_fast(&mut self, gi: usize) -> Option<Flow> {
        if self.race.is_some() {
            return None;
        }
        let g = &mut self.gs[gi];
        let frame = g.frames.last_mut()?;
        let func = &self.prog.funcs[frame.func.0 as usize];
        let pc = frame.pc as usize;
        let span = *func.spans.get(pc).filter(|s| !s.is_empty())?;
        let op = mutex_fast_path(
            func.code.get(pc)?,
            g.id,
            &mut g.stack,
            &self.heap,
            &mut self.sync.mutexes,
        )?;
        frame.pc += 1;
        let gid = g.id;
        self.tracer.mutex_op(gid, span, op);
        Some(Flow::Point)
    }

    /// `mu.Lock()`: `Lock` and `lockSlow`.
    pub(super) fn mutex_lock(&mut self, gid: u32, p: &Value, span: Span) -> Res<Flow> {
        let m = self.mutex_index(p, span, "mutex")?;
        Ok(self.lock_attempt(gid, m, span))
    }

    /// One pass of `lockSlow`'s loop for mutex state `m`: the first, or one after waking
    /// from the semaphore (the goroutine's `lock_retry`, run before its next instruction).
    pub(super) fn lock_attempt(&mut self, gid: u32, m: usize, span: Span) -> Flow {
        let now = self.nanotime();
        let st = &mut self.sync.mutexes[m];
        let id = st.trace_id;
        let call = st.calls.iter().position(|c| c.gid == gid).map(|i| st.calls.swap_remove(i));
        let mut acquired = false;
        if let Some(mut c) = call {
            // Back from the semaphore.
            c.starving = c.starving || now.saturating_sub(c.wait_start) > STARVATION_NANOS;
            if st.starving {
                // Handed over by `Unlock`: the mutex is ours.
                st.owner = Some(gid);
                st.nwait = st.nwait.saturating_sub(1);
                if !c.starving || st.nwait == 0 {
                    st.starving = false;
                }
                acquired = true;
            } else {
                // Woken, not handed over: compete again, first in the queue if we lose.
                let locked = st.owner.is_some();
                st.woken = false;
                if c.starving && locked {
                    st.starving = true;
                }
                if locked {
                    st.nwait += 1;
                    st.waiters.push_front((gid, false));
                    st.calls.push(c);
                } else {
                    st.owner = Some(gid);
                    acquired = true;
                }
            }
        } else if st.owner.is_none() && !st.starving {
            st.owner = Some(gid);
            acquired = true;
        } else {
            st.nwait += 1;
            st.waiters.push_back((gid, false));
            st.calls.push(LockCall { gid, wait_start: now, starving: false });
        }
        if acquired {
            if let Some(r) = self.race.as_mut() {
                r.lock(gid, id, false);
            }
            self.event(gid, span, EventKind::Lock { mutex: id, read: false });
            return Flow::Point;
        }
        self.g(gid).lock_retry = Some(m as u32);
        self.block(gid, WaitReason::MutexLock, Some(id), span)
    }

    /// `mu.Unlock()`: `Unlock` and `unlockSlow`.
    pub(super) fn mutex_unlock(&mut self, gid: u32, p: &Value, span: Span) -> Res<Flow> {
        let m = self.mutex_index(p, span, "mutex")?;
        let st = &mut self.sync.mutexes[m];
        let id = st.trace_id;
        if st.owner.is_none() {
            return self.fatal(gid, "sync: unlock of unlocked mutex", span);
        }
        st.owner = None;
        let starving = st.starving;
        let next = if starving {
            st.waiters.pop_front()
        } else if st.nwait == 0 || st.woken {
            None
        } else {
            st.nwait -= 1;
            st.woken = true;
            st.waiters.pop_front()
        };
        if let Some(r) = self.race.as_mut() {
            r.unlock(gid, id, false);
        }
        self.event(gid, span, EventKind::Unlock { mutex: id, read: false });
        let Some((g, _)) = next else { return Ok(Flow::Point) };
        // Go's semrelease readies the waiter into runnext.
        self.wake(g, gid);
        if starving {
            // ...and, handing over, yields the processor to it.
            self.event(gid, span, EventKind::Yield);
            self.sched.ready_tail(gid);
            return Ok(Flow::Stop);
        }
        Ok(Flow::Point)
    }

    /// `mu.TryLock()`: fails while the mutex is locked or starving.
    pub(super) fn mutex_try_lock(&mut self, gid: u32, p: &Value, span: Span) -> Res<bool> {
        let m = self.mutex_index(p, span, "mutex")?;
        let st = &mut self.sync.mutexes[m];
        if st.owner.is_some() || st.starving {
            return Ok(false);
        }
        st.owner = Some(gid);
        let id = st.trace_id;
        if let Some(r) = self.race.as_mut() {
            r.lock(gid, id, false);
        }
        self.event(gid, span, EventKind::Lock { mutex: id, read: false });
        Ok(true)
    }
}

/// The state change of `mutex_fast` for instruction `op` of goroutine `gid`, whose operand
/// stack ends with the mutex's address: pops it and returns the event to record, or changes
/// nothing and returns `None` when `op` is not `Lock`/`Unlock` or the call needs the slow
/// path (contended, starving, waking a waiter, a copied mutex, code without spans).
#[inline(always)]
pub(super) fn mutex_fast_path(
    op: &Op,
    gid: u32,
    stack: &mut Vec<Value>,
    heap: &Heap,
    mutexes: &mut [MutexState],
) -> Option<MutexOp> {
    let Some(Value::Ptr(p)) = stack.last() else { return None };
    let kind = mutex_fast_at(op, gid, p.obj, &p.path, heap, mutexes)?;
    if let Some(Value::Ptr(p)) = stack.pop() {
        drop(p); // (what `pop` returns is known to be a pointer: no general `Value` drop)
    }
    Some(kind)
}

/// `mutex_fast_path` for the mutex at `path` in heap object `obj`, without the stack (the
/// interpreter's `&mu; mu.Lock()` over a captured or global mutex never pushes the pointer).
#[inline(always)]
pub(super) fn mutex_fast_at(
    op: &Op,
    gid: u32,
    obj: HeapId,
    path: &[u32],
    heap: &Heap,
    mutexes: &mut [MutexState],
) -> Option<MutexOp> {
    let lock = match op {
        Op::Native { native: MUTEX_LOCK, .. } => true,
        Op::Native { native: MUTEX_UNLOCK, .. } => false,
        _ => return None,
    };
    let Some(Value::Tuple(fields)) = heap.peek_at(obj, path) else { return None };
    let &Value::Int(v) = fields.first()? else { return None };
    let st = mutexes.get_mut(usize::try_from(v - 1).ok()?)?;
    if !is_field0_at(st.home.as_ref(), obj, path) || st.starving {
        return None;
    }
    if lock {
        if st.owner.is_some() || st.calls.iter().any(|c| c.gid == gid) {
            return None;
        }
        st.owner = Some(gid);
    } else {
        if st.owner.is_none() || (st.nwait != 0 && !st.woken) {
            return None;
        }
        st.owner = None;
    }
    Some(MutexOp { mutex: st.trace_id, lock })
}
