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
    let mut lanes = LaneBuilder::default();
    for i in 0..trace.events.len() {
        let before = lanes.before(&st);
        st.apply(trace, &aux, i);
        lanes.after(trace, &st, i, before);
    }
    lanes.finish(&st, trace.events.len())
}

/// Cuts lanes out of the states of a pass over the events, event by event: `lanes` runs the
/// pass itself; `SnapshotIndex::with_lanes` shares its own.
#[derive(Default)]
pub(super) struct LaneBuilder {
    out: Vec<Lane>,
    /// Per lane (by position in the goroutine table): the open span's start and state, or
    /// `None` once closed.
    open: Vec<Option<(u32, GoroutineState)>>,
}

/// What `LaneBuilder::after` needs of the state before the event.
#[derive(Clone, Copy)]
pub(super) struct Before {
    running: Option<u32>,
    known: usize,
}

impl LaneBuilder {
    pub(super) fn before(&self, st: &State) -> Before {
        Before { running: st.running, known: st.goroutines.len() }
    }

    /// Records event `i`, given the state after it.
    pub(super) fn after(&mut self, trace: &Trace, st: &State, i: usize, before: Before) {
        let (out, open) = (&mut self.out, &mut self.open);
        let Before { running: prev_running, known } = before;
        let col = step32(i);
        // New goroutines open their lane at this column.
        for g in st.goroutines.iter().skip(out.len()) {
            out.push(Lane { gid: g.gid, spans: Vec::new() });
            open.push(Some((col, g.state)));
        }
        // Only these goroutines can have changed state in this event.
        let mut touched = [Some(trace.events.gid(i)), prev_running, st.running];
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

    /// The lanes, given the state after all `n` events.
    pub(super) fn finish(self, st: &State, n: usize) -> Vec<Lane> {
        let (mut out, mut open) = (self.out, self.open);
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
}

/// The arrows worth drawing at a resolution of `per` steps: one per kind, pair of
/// goroutines and pair of end buckets, in order. Parallel arrows closer than a bucket would
/// only blacken the picture.
pub fn thin_arrows(arrows: &[Arrow], per: f64) -> Vec<&Arrow> {
    let per = per.max(1.0);
    let mut seen = std::collections::BTreeSet::new();
    arrows
        .iter()
        .filter(|a| {
            let (b1, b2) =
                ((f64::from(a.from_step) / per) as u64, (f64::from(a.to_step) / per) as u64);
            seen.insert((a.kind, a.from_gid, a.to_gid, b1, b2))
        })
        .collect()
}

/// A lane seen at a resolution of `per` steps: when `per` is more than one step, one span per
/// bucket of `per` steps, in the state that fills most of the bucket; neighbours of one
/// state are merged. Drawing a million steps in a thousand pixels needs no more than this.
/// Coordinates are in steps (fractional at bucket edges).
pub fn downsample(spans: &[LaneSpan], per: f64) -> Vec<(f64, f64, GoroutineState)> {
    fn push(out: &mut Vec<(f64, f64, GoroutineState)>, x0: f64, x1: f64, state: GoroutineState) {
        if let Some(last) = out.last_mut()
            && last.2 == state
            && (last.1 - x0).abs() < 1e-9
        {
            last.1 = x1;
        } else if x1 > x0 {
            out.push((x0, x1, state));
        }
    }
    let mut out = Vec::new();
    let (Some(first), Some(last)) = (spans.first(), spans.last()) else { return out };
    if per <= 1.0 {
        for s in spans {
            push(&mut out, f64::from(s.from), f64::from(s.to), s.state);
        }
        return out;
    }
    let (lo, hi) = (f64::from(first.from), f64::from(last.to));
    // The bucket being filled, with the steps each state takes of it.
    let mut cur: Option<(u64, Vec<(GoroutineState, f64)>)> = None;
    let flush = |out: &mut Vec<_>, b: u64, tally: &[(GoroutineState, f64)]| {
        let win =
            tally.iter().fold(None, |best: Option<(GoroutineState, f64)>, &(s, w)| match best {
                Some((_, bw)) if bw >= w => best,
                _ => Some((s, w)),
            });
        if let Some((state, _)) = win {
            push(out, (b as f64 * per).max(lo), ((b + 1) as f64 * per).min(hi), state);
        }
    };
    for s in spans {
        let (from, to) = (f64::from(s.from), f64::from(s.to));
        let mut b = (from / per).floor() as u64;
        loop {
            let (b_lo, b_hi) = (b as f64 * per, (b + 1) as f64 * per);
            let w = to.min(b_hi) - from.max(b_lo);
            match &mut cur {
                Some((cb, tally)) if *cb == b => match tally.iter_mut().find(|t| t.0 == s.state) {
                    Some(t) => t.1 += w,
                    None => tally.push((s.state, w)),
                },
                _ => {
                    if let Some((cb, tally)) = cur.take() {
                        flush(&mut out, cb, &tally);
                    }
                    cur = Some((b, vec![(s.state, w)]));
                }
            }
            if to <= b_hi {
                break;
            }
            b += 1;
        }
    }
    if let Some((cb, tally)) = cur {
        flush(&mut out, cb, &tally);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thinning_keeps_one_arrow_per_kind_pair_and_bucket() {
        let a = |from_gid, from_step, to_gid, to_step| Arrow {
            kind: ArrowKind::Spawn,
            from_gid,
            from_step,
            to_gid,
            to_step,
        };
        // A thousand hand-offs between two goroutines, one step apart.
        let many: Vec<Arrow> = (0..1000).map(|i| a(1, i, 2, i + 1)).collect();
        assert_eq!(thin_arrows(&many, 1.0).len(), 1000);
        let thin = thin_arrows(&many, 100.0);
        assert!((10..=20).contains(&thin.len()), "{}", thin.len());
        assert_eq!(thin[0], &many[0]);
        // Other pairs of goroutines are never merged away.
        let pairs: Vec<Arrow> = (2..50).map(|g| a(1, 0, g, 1)).collect();
        assert_eq!(thin_arrows(&pairs, 1e9).len(), pairs.len());
    }

    #[test]
    fn downsampling_a_fine_lane_merges_only_equal_neighbours() {
        use GoroutineState::{Runnable, Running};
        let spans = [
            LaneSpan { from: 0, to: 2, state: Running },
            LaneSpan { from: 2, to: 3, state: Running },
            LaneSpan { from: 3, to: 5, state: Runnable },
        ];
        assert_eq!(downsample(&spans, 1.0), [(0.0, 3.0, Running), (3.0, 5.0, Runnable)]);
        assert_eq!(downsample(&spans, 10.0), [(0.0, 5.0, Running)]);
        assert!(downsample(&[], 4.0).is_empty());
    }
}
