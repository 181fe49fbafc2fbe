//! What the timeline draws: one lane per goroutine, cut into spans of constant state, and the
//! arrows between lanes where one goroutine caused something in another (a `go` statement,
//! a value passed through a channel, a mutex passed on, a WaitGroup released, a close): the
//! happens-before edges the runtime recorded in the trace.
//!
//! Steps here are event indices: the column of event `i` shows each goroutine's state after
//! that event, that is `snapshot_at(trace, i + 1)`.

use super::snapshot::{Aux, GoroutineState, State};
use super::{EventKind, Trace, Via};

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
    /// `go f()`: from the parent's `Spawn` event to the child's first event.
    Spawn,
    /// A value passed directly to a blocked partner: from the sender's `Send` event to the
    /// receiver's `Recv` event. The two events are adjacent, in either order: the one who
    /// arrived second emits both, its own first.
    Handoff { ch: u32 },
    /// A value passed through the buffer: from the `Send` that put it in to the `Recv` that
    /// took it out.
    Buffer { ch: u32 },
    /// An `Unlock` (or, to a writer, each `RUnlock` since) to the next `Lock` of the same
    /// mutex by another goroutine.
    Unlock { mutex: u32 },
    /// Each `Done` of the round to a waiter's `Wake` (or to a `Wait` that returned at once).
    WaitGroup { wg: u32 },
    /// A `close` to each receive that observed it (the zero value, `ok` false).
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

/// Every causal arrow of the run, ordered by the step they point to: the trace's recorded
/// happens-before `edges`, each named by the event it starts from.
pub fn arrows(trace: &Trace) -> Vec<Arrow> {
    let events = &trace.events;
    trace
        .edges
        .iter()
        .filter_map(|edge| {
            let (from, to) = (events.get(edge.from as usize)?, events.get(edge.to as usize)?);
            let kind = match from.kind {
                EventKind::Spawn { .. } => ArrowKind::Spawn,
                EventKind::Send { ch, via: Via::Handoff { .. }, .. } => ArrowKind::Handoff { ch },
                EventKind::Send { ch, .. } => ArrowKind::Buffer { ch },
                EventKind::Unlock { mutex, .. } => ArrowKind::Unlock { mutex },
                EventKind::WaitGroupAdd { wg, .. } => ArrowKind::WaitGroup { wg },
                EventKind::Close { ch } => ArrowKind::Close { ch },
                _ => return None,
            };
            Some(Arrow {
                kind,
                from_gid: from.gid,
                from_step: edge.from,
                to_gid: to.gid,
                to_step: edge.to,
            })
        })
        .collect()
}
