//! Records a run into a `Trace`: interns texts, numbers channels and sync objects in the
//! order they appear, keeps the goroutine table, and pairs each synchronising event with the
//! ones it was ordered after (the happens-before `edges` the timeline draws as arrows).

use crate::syntax::span::{LineIndex, Span};
use crate::trace::{
    ChannelInfo, Edge, Event, EventKind, Events, FORMAT_VERSION, GoroutineInfo, ObjectInfo,
    Outcome, Schedule, TimerInfo, TimerKind, Trace, Via, WaitReason,
};
use std::collections::{BTreeMap, VecDeque};

/// A `sync.Mutex`'s `Lock` (or `Unlock`) as the interpreter's fast path reports it.
#[derive(Clone, Copy)]
pub struct MutexOp {
    /// The mutex's trace id.
    pub mutex: u32,
    pub lock: bool,
}

pub struct Tracer {
    source: String,
    lines: LineIndex,
    strings: Vec<String>,
    /// `strings` by the FNV-1a hash of each text, and texts whose hash an earlier one took.
    string_ids: BTreeMap<u64, u32>,
    collided: BTreeMap<String, u32>,
    events: Events,
    goroutines: Vec<GoroutineInfo>,
    channels: Vec<ChannelInfo>,
    mutexes: Vec<ObjectInfo>,
    waitgroups: Vec<ObjectInfo>,
    timers: Vec<TimerInfo>,
    seed: u64,
    links: Links,
}

/// What is still waiting to be paired into an `Edge`: the release side of each object.
#[derive(Default)]
struct Links {
    edges: Vec<Edge>,
    /// By goroutine id: the step of the `go` that created it, until its first event.
    spawned: Vec<Option<u32>>,
    /// By channel id: the steps of the sends whose values are buffered, oldest first.
    buffered: Vec<VecDeque<u32>>,
    /// By channel id: the step of its `close`.
    closed: Vec<Option<u32>>,
    /// By mutex id: the last `Unlock`, and the `RUnlock`s since (a writer waits for them).
    unlocked: Vec<(Option<u32>, Vec<u32>)>,
    /// By WaitGroup id: the `Done`s since its counter last rose from zero.
    dones: Vec<Vec<u32>>,
    /// By goroutine id: the WaitGroup it is blocked in.
    waiting_on_wg: BTreeMap<u32, u32>,
}

/// Adds the edge from step `from` to step `to` of goroutine `gid`, unless `from` is the same
/// goroutine's or a timer's.
#[inline(always)]
fn link(events: &Events, edges: &mut Vec<Edge>, gid: u32, from: u32, to: u32) {
    let from_gid = events.gid(from as usize);
    if from_gid != 0 && from_gid != gid {
        edges.push(Edge { from, to });
    }
}

impl Links {
    /// A goroutine's first event follows the `go` that created it.
    #[inline(always)]
    fn first(&mut self, events: &Events, gid: u32, step: u32) {
        if let Some(Some(at)) = self.spawned.get_mut(gid as usize).map(Option::take) {
            link(events, &mut self.edges, gid, at, step);
        }
    }

    #[inline(always)]
    fn unlock(&mut self, step: u32, mutex: u32, read: bool) {
        let (last, readers) = grown(&mut self.unlocked, mutex);
        if read {
            readers.push(step);
        } else {
            *last = Some(step);
            readers.clear();
        }
    }

    /// A lock follows the last unlock (and a write lock every read unlock since).
    #[inline(always)]
    fn lock(&mut self, events: &Events, gid: u32, step: u32, mutex: u32, read: bool) {
        if let Some((last, readers)) = self.unlocked.get(mutex as usize) {
            if let Some(from) = *last {
                link(events, &mut self.edges, gid, from, step);
            }
            if !read {
                for &from in readers {
                    link(events, &mut self.edges, gid, from, step);
                }
            }
        }
    }

    /// Pairs event `step` with what it synchronises with. Only edges between two different
    /// goroutines are kept (program order already orders a goroutine's own events), and
    /// never from a timer (goroutine 0).
    fn record(&mut self, events: &Events, e: Event, step: u32) {
        let gid = e.gid;
        let link = |edges: &mut Vec<Edge>, from: u32| link(events, edges, gid, from, step);
        self.first(events, gid, step);
        let slot = |ch: u32| ch as usize;
        match e.kind {
            EventKind::Spawn { child } => {
                *grown(&mut self.spawned, child) = Some(step);
            }
            // The sender's and the receiver's events of a hand-off are adjacent, in either
            // order: whoever arrived second records both, its own first.
            EventKind::Recv { ch, via: Via::Handoff { partner }, .. } => {
                let prev = step.checked_sub(1).and_then(|p| events.get(p as usize));
                if let Some(p) = prev
                    && p.gid == partner
                    && matches!(p.kind, EventKind::Send { ch: c, via: Via::Handoff { .. }, .. } if c == ch)
                {
                    link(&mut self.edges, step - 1);
                }
            }
            EventKind::Send { ch, via: Via::Handoff { partner }, .. } => {
                let prev = step.checked_sub(1).and_then(|p| events.get(p as usize));
                if let Some(p) = prev
                    && p.gid == partner
                    && matches!(p.kind, EventKind::Recv { ch: c, via: Via::Handoff { .. }, .. } if c == ch)
                    && partner != 0
                    && partner != gid
                {
                    self.edges.push(Edge { from: step, to: step - 1 });
                }
            }
            EventKind::Send { ch, via: Via::Buffer, .. } => {
                grown(&mut self.buffered, ch).push_back(step);
            }
            EventKind::Recv { ch, via: Via::Buffer, .. } => {
                // A timer's delivery was never sent and finds nothing here.
                if let Some(from) = self.buffered.get_mut(slot(ch)).and_then(VecDeque::pop_front) {
                    link(&mut self.edges, from);
                }
            }
            EventKind::Close { ch } => {
                *grown(&mut self.closed, ch) = Some(step);
            }
            EventKind::Recv { ch, via: Via::Closed, .. } => {
                if let Some(Some(from)) = self.closed.get(slot(ch)) {
                    link(&mut self.edges, *from);
                }
            }
            EventKind::Unlock { mutex, read } => self.unlock(step, mutex, read),
            EventKind::Lock { mutex, read } => self.lock(events, gid, step, mutex, read),
            EventKind::WaitGroupAdd { wg, delta, counter } => {
                let dones = grown(&mut self.dones, wg);
                if delta < 0 {
                    dones.push(step);
                } else if counter == delta {
                    dones.clear();
                }
            }
            EventKind::WaitGroupWait { wg } => {
                for &from in self.dones.get(wg as usize).into_iter().flatten() {
                    link(&mut self.edges, from);
                }
            }
            EventKind::Block { reason: WaitReason::WaitGroupWait, obj: Some(wg) } => {
                self.waiting_on_wg.insert(gid, wg);
            }
            EventKind::Wake { .. } => {
                if let Some(wg) = self.waiting_on_wg.remove(&gid) {
                    for &from in self.dones.get(wg as usize).into_iter().flatten() {
                        link(&mut self.edges, from);
                    }
                }
            }
            _ => {}
        }
    }
}

fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// Entry `id` of a table indexed by object id, added (with any before it) if missing.
fn grown<T: Default>(table: &mut Vec<T>, id: u32) -> &mut T {
    let i = id as usize;
    if table.len() <= i {
        table.resize_with(i + 1, T::default);
    }
    &mut table[i]
}

impl Tracer {
    /// Events recorded so far.
    pub fn len(&self) -> usize {
        self.events.len()
    }

    pub fn new(source: &str) -> Tracer {
        Tracer {
            source: source.to_string(),
            lines: LineIndex::new(source),
            strings: Vec::new(),
            string_ids: BTreeMap::new(),
            collided: BTreeMap::new(),
            events: Events::default(),
            goroutines: Vec::new(),
            channels: Vec::new(),
            mutexes: Vec::new(),
            waitgroups: Vec::new(),
            timers: Vec::new(),
            seed: 0,
            links: Links::default(),
        }
    }

    pub fn seed(&mut self, seed: u64) {
        self.seed = seed;
    }

    /// The index of `s` in the trace's string table, added if new. Looked up by a 64-bit
    /// hash (a channel can carry a million distinct values, and comparing strings in an
    /// ordered map cost more than the rest of the send); the rare text whose hash another
    /// text already has is found by its full text instead.
    pub fn intern(&mut self, s: &str) -> u32 {
        let h = fnv1a64(s.as_bytes());
        let new = self.strings.len() as u32;
        match self.string_ids.get(&h) {
            Some(&i) if self.strings[i as usize] == s => return i,
            Some(_) => {
                if let Some(&i) = self.collided.get(s) {
                    return i;
                }
                self.collided.insert(s.to_string(), new);
            }
            None => {
                self.string_ids.insert(h, new);
            }
        }
        self.strings.push(s.to_string());
        new
    }

    #[inline]
    pub fn event(&mut self, gid: u32, span: Span, kind: EventKind) {
        let e = Event { gid, span, kind };
        self.events.push(e);
        let step = self.events.len() as u32 - 1;
        self.links.record(&self.events, e, step);
    }

    /// `event` for a `Lock` or `Unlock` of a `sync.Mutex`, which the interpreter's fast
    /// path records at every iteration of a locking loop: with nothing else to look at.
    #[inline]
    pub fn mutex_op(&mut self, gid: u32, span: Span, op: MutexOp) {
        let step = self.events.len() as u32;
        self.events.push_mutex(gid, span, op.mutex, op.lock);
        self.links.first(&self.events, gid, step);
        if op.lock {
            self.links.lock(&self.events, gid, step, op.mutex, false);
        } else {
            self.links.unlock(step, op.mutex, false);
        }
    }

    pub fn n_events(&self) -> usize {
        self.events.len()
    }

    pub fn line(&self, span: Span) -> u32 {
        self.lines.line(span.start)
    }

    pub fn goroutine(
        &mut self,
        id: u32,
        func: &str,
        parent: Option<u32>,
        spawn_span: Option<Span>,
        spawn_step: u32,
    ) {
        self.goroutines.push(GoroutineInfo {
            id,
            func: func.to_string(),
            parent,
            spawn_span,
            spawn_step,
        });
    }

    pub fn channel(
        &mut self,
        elem_type: String,
        cap: u32,
        span: Span,
        name: Option<String>,
        step: u32,
    ) -> u32 {
        let id = self.channels.len() as u32 + 1;
        self.channels.push(ChannelInfo { id, elem_type, cap, span, name, step });
        id
    }

    pub fn mutex(&mut self, name: &str, span: Span) -> u32 {
        let id = self.mutexes.len() as u32 + 1;
        self.mutexes.push(ObjectInfo { id, name: name.to_string(), span });
        id
    }

    pub fn waitgroup(&mut self, name: &str, span: Span) -> u32 {
        let id = self.waitgroups.len() as u32 + 1;
        self.waitgroups.push(ObjectInfo { id, name: name.to_string(), span });
        id
    }

    pub fn timer(
        &mut self,
        kind: TimerKind,
        ch: Option<u32>,
        period: Option<u64>,
        span: Span,
    ) -> u32 {
        let id = self.timers.len() as u32 + 1;
        let step = self.events.len() as u32;
        self.timers.push(TimerInfo { id, kind, ch, period, span, step });
        id
    }

    pub fn finish(self, choices: Vec<u32>, outcome: Outcome) -> Trace {
        Trace {
            format_version: FORMAT_VERSION,
            source: self.source,
            goroutines: self.goroutines,
            channels: self.channels,
            mutexes: self.mutexes,
            waitgroups: self.waitgroups,
            timers: self.timers,
            strings: self.strings,
            events: self.events,
            edges: {
                let mut edges = self.links.edges;
                crate::sorting::sort_by_key(&mut edges, |e| (e.to, e.from));
                edges
            },
            schedule: Schedule { seed: self.seed, choices },
            outcome,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interning_gives_one_index_per_text_even_when_hashes_collide() {
        let mut t = Tracer::new("");
        let a = t.intern("a");
        assert_eq!(t.intern("a"), a);
        // Make "b" hash like "a" did, as a real collision would.
        t.string_ids.insert(fnv1a64(b"b"), a);
        let b = t.intern("b");
        assert_ne!(a, b);
        assert_eq!(t.intern("b"), b);
        assert_eq!(t.intern("a"), a);
        let c = t.intern("c");
        assert_eq!((t.strings[a as usize].as_str(), t.strings[b as usize].as_str()), ("a", "b"));
        assert_eq!(t.strings[c as usize], "c");
        assert_eq!(t.strings.len(), 3);
    }
}
