//! What the timeline draws: one lane per goroutine, cut into spans of constant state, and the
//! arrows between lanes where one goroutine caused something in another (a `go` statement,
//! a value passed through a channel, a mutex passed on, a WaitGroup released, a close).
//!
//! Steps here are event indices: the column of event `i` shows each goroutine's state after
//! that event, that is `snapshot_at(trace, i + 1)`.

use super::snapshot::{Aux, GoroutineState, State};
use super::{EventKind, Trace, Via, WaitReason};
use std::collections::{BTreeMap, VecDeque};

/// A goroutine's row in the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lane {
    pub gid: u32,
    /// Consecutive, non-overlapping spans from the goroutine's first column to its `Exit`
    /// (a last one-column `Done` span) or to the end of the trace.
    pub spans: Vec<LaneSpan>,
}

/// Columns `from..to` (event indices, half-open) during which the goroutine is in `state`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LaneSpan {
    pub from: u32,
    pub to: u32,
    pub state: GoroutineState,
}

/// One goroutine's action enabling another's. Both ends are goroutines (never the timer,
/// gid 0), at event indices.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Arrow {
    pub kind: ArrowKind,
    pub from_gid: u32,
    pub from_step: u32,
    pub to_gid: u32,
    pub to_step: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ArrowKind {
    /// `go f()`: parent to child, both ends at the `Spawn` event.
    Spawn,
    /// A value passed directly to a blocked partner: from the sender's `Send` event to the
    /// receiver's `Recv` event. The two events are adjacent, in either order: the one who
    /// arrived second emits both, its own first.
    Handoff { ch: u32 },
    /// A value passed through the buffer: from the `Send` that put it in to the `Recv` that
    /// took it out.
    Buffer { ch: u32 },
    /// An `Unlock` to the next `Lock` of the same mutex by another goroutine.
    Unlock { mutex: u32 },
    /// The `Done` that brought the counter to zero, to each waiter's `Wake` (or to a later
    /// `Wait` that returned at once).
    WaitGroup { wg: u32 },
    /// A `close` to the `Wake` of each goroutine it released.
    Close { ch: u32 },
}

fn step32(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// One lane per goroutine, in id order.
pub fn lanes(trace: &Trace) -> Vec<Lane> {
    let aux = Aux::new(trace);
    let mut st = State::new(trace);
    let mut out: Vec<Lane> = Vec::new();
    // Per lane (by position in the goroutine table): the open span's start and state, or
    // `None` once closed.
    let mut open: Vec<Option<(u32, GoroutineState)>> = Vec::new();
    let n = trace.events.len();
    for i in 0..n {
        let prev_running = st.running;
        let known = st.goroutines.len();
        st.apply(trace, &aux, i);
        let col = step32(i);
        // New goroutines open their lane at this column.
        for g in st.goroutines.iter().skip(out.len()) {
            out.push(Lane { gid: g.gid, spans: Vec::new() });
            open.push(Some((col, g.state)));
        }
        // Only these goroutines can have changed state in this event.
        let mut touched = [Some(trace.events[i].gid), prev_running, st.running];
        if touched[1] == touched[0] {
            touched[1] = None;
        }
        if touched[2] == touched[0] || touched[2] == touched[1] {
            touched[2] = None;
        }
        for gid in touched.into_iter().flatten() {
            let Some(slot) = st.slot(gid).filter(|&s| s < known) else { continue };
            let Some(g) = st.goroutines.get(slot) else { continue };
            let (Some(lane), Some(cur)) = (out.get_mut(slot), open.get_mut(slot)) else {
                continue;
            };
            let Some((from, state)) = *cur else { continue };
            if state != g.state {
                lane.spans.push(LaneSpan { from, to: col, state });
                *cur = Some((col, g.state));
            }
            if g.state == GoroutineState::Done {
                lane.spans.push(LaneSpan { from: col, to: col + 1, state: GoroutineState::Done });
                *cur = None;
            }
        }
        // A goroutine can be born and finish within one event only in a malformed trace;
        // still close it properly.
        for slot in known..st.goroutines.len() {
            if let (Some(g), Some(lane), Some(cur)) =
                (st.goroutines.get(slot), out.get_mut(slot), open.get_mut(slot))
                && g.state == GoroutineState::Done
                && cur.is_some()
            {
                lane.spans.push(LaneSpan { from: col, to: col + 1, state: GoroutineState::Done });
                *cur = None;
            }
        }
    }
    // Goroutines that exist before any event (main) but never got a column.
    for g in st.goroutines.iter().skip(out.len()) {
        out.push(Lane { gid: g.gid, spans: Vec::new() });
        open.push(None);
    }
    for (lane, cur) in out.iter_mut().zip(open) {
        if let Some((from, state)) = cur
            && from < step32(n)
        {
            lane.spans.push(LaneSpan { from, to: step32(n), state });
        }
    }
    out
}

/// Every causal arrow of the run, ordered by the step they point to.
pub fn arrows(trace: &Trace) -> Vec<Arrow> {
    let events = &trace.events;
    let mut out = Vec::new();
    // Per channel: the senders of the buffered values, oldest first.
    let mut buffers: BTreeMap<u32, VecDeque<(u32, u32)>> = BTreeMap::new();
    let mut last_unlock: BTreeMap<u32, (u32, u32)> = BTreeMap::new();
    let mut last_zero: BTreeMap<u32, (u32, u32)> = BTreeMap::new();
    // What each blocked goroutine waits on, when the trace says.
    let mut blocked_on: BTreeMap<u32, (WaitReason, Option<u32>)> = BTreeMap::new();
    // The close whose wake-ups are being emitted now.
    let mut closing: Option<(u32, u32, u32)> = None;
    for (i, e) in events.iter().enumerate() {
        let step = step32(i);
        let gid = e.gid;
        // A close's wake-ups come as (Recv closed, Wake) pairs for each woken receiver.
        if !matches!(e.kind, EventKind::Wake { .. } | EventKind::Recv { via: Via::Closed, .. }) {
            closing = None;
        }
        match e.kind {
            EventKind::Spawn { child } => out.push(Arrow {
                kind: ArrowKind::Spawn,
                from_gid: gid,
                from_step: step,
                to_gid: child,
                to_step: step,
            }),
            EventKind::Send { ch, via: Via::Handoff { partner }, .. } => {
                let is_partner = |j: usize| {
                    events.get(j).is_some_and(|r| {
                        r.gid == partner
                            && matches!(r.kind, EventKind::Recv { ch: c, via: Via::Handoff { partner: p }, .. } if c == ch && p == gid)
                    })
                };
                let to = if is_partner(i + 1) {
                    i + 1
                } else if i > 0 && is_partner(i - 1) {
                    i - 1
                } else {
                    i
                };
                out.push(Arrow {
                    kind: ArrowKind::Handoff { ch },
                    from_gid: gid,
                    from_step: step,
                    to_gid: partner,
                    to_step: step32(to),
                });
            }
            EventKind::Send { ch, via: Via::Buffer, .. } => {
                buffers.entry(ch).or_default().push_back((gid, step));
            }
            EventKind::Recv { ch, via: Via::Buffer, .. } => {
                // A timer's delivery has no sender and finds no entry.
                if let Some((from_gid, from_step)) =
                    buffers.get_mut(&ch).and_then(VecDeque::pop_front)
                {
                    out.push(Arrow {
                        kind: ArrowKind::Buffer { ch },
                        from_gid,
                        from_step,
                        to_gid: gid,
                        to_step: step,
                    });
                }
            }
            EventKind::Lock { mutex, .. } => {
                if let Some((from_gid, from_step)) = last_unlock.remove(&mutex)
                    && from_gid != gid
                {
                    out.push(Arrow {
                        kind: ArrowKind::Unlock { mutex },
                        from_gid,
                        from_step,
                        to_gid: gid,
                        to_step: step,
                    });
                }
            }
            EventKind::Unlock { mutex, .. } => {
                last_unlock.insert(mutex, (gid, step));
            }
            EventKind::WaitGroupAdd { wg, delta, counter } => {
                if counter == 0 && delta < 0 {
                    last_zero.insert(wg, (gid, step));
                } else {
                    last_zero.remove(&wg);
                }
            }
            EventKind::WaitGroupWait { wg } => {
                if let Some(&(from_gid, from_step)) = last_zero.get(&wg)
                    && from_gid != gid
                {
                    out.push(Arrow {
                        kind: ArrowKind::WaitGroup { wg },
                        from_gid,
                        from_step,
                        to_gid: gid,
                        to_step: step,
                    });
                }
            }
            EventKind::Close { ch } => closing = Some((ch, gid, step)),
            EventKind::Block { reason, obj } => {
                blocked_on.insert(gid, (reason, obj));
            }
            EventKind::Wake { by } => {
                let on = blocked_on.remove(&gid);
                if let Some((ch, closer, at)) = closing
                    && by == closer
                {
                    // A timer's close (a context deadline) has no lane to start from.
                    if closer != 0 {
                        out.push(Arrow {
                            kind: ArrowKind::Close { ch },
                            from_gid: closer,
                            from_step: at,
                            to_gid: gid,
                            to_step: step,
                        });
                    }
                } else if let Some((WaitReason::WaitGroupWait, Some(wg))) = on
                    && let Some(&(from_gid, from_step)) = last_zero.get(&wg)
                {
                    out.push(Arrow {
                        kind: ArrowKind::WaitGroup { wg },
                        from_gid,
                        from_step,
                        to_gid: gid,
                        to_step: step,
                    });
                }
            }
            _ => {}
        }
    }
    out.sort_by_key(|a| (a.to_step, a.from_step));
    out
}
