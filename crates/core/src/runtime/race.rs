//! The data race detector: happens-before with vector clocks, as Go's `-race` (ThreadSanitizer)
//! computes it, with Go's synchronisation edges: `go` → the child's start; a send → the
//! matching receive; the k-th receive → the (k+cap)-th send on buffered channels (through
//! per-slot clocks, as `runtime/chan.go`'s `racenotify`); an unbuffered receive → the send's
//! completion; `close` → a receive that observes it; `Unlock` → the next `Lock`; `wg.Add`/
//! `Done` → `Wait` returning; atomics are synchronising. `time.Sleep` creates no edge.
//!
//! Memory is tracked with Go's granularity: a `Place` is a heap object and a path of field
//! and element indices inside it, so every variable, struct field and slice element is its
//! own location, and a whole-struct access overlaps each of its fields (a map is one place).
//! Each place remembers its last write (goroutine, clock, where) and the reads since; an
//! access that is not ordered after a conflicting, overlapping one is a race. As Go's
//! detector, a race is reported once per pair of source positions and once per place.

use crate::syntax::span::Span;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Bound;
use std::rc::Rc;

/// A vector clock indexed by goroutine id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VClock(Vec<u32>);

impl VClock {
    pub fn get(&self, g: u32) -> u32 {
        self.0.get(g as usize).copied().unwrap_or(0)
    }

    fn set(&mut self, g: u32, v: u32) {
        let i = g as usize;
        if self.0.len() <= i {
            self.0.resize(i + 1, 0);
        }
        self.0[i] = v;
    }

    pub fn join(&mut self, o: &VClock) {
        if self.0.len() < o.0.len() {
            self.0.resize(o.0.len(), 0);
        }
        for (a, b) in self.0.iter_mut().zip(&o.0) {
            *a = (*a).max(*b);
        }
    }
}

/// An object that atomics synchronise through (a whole heap object or global).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Loc {
    Heap(u32),
    Global(u32),
}

/// A memory location: heap object `obj` (cells, globals, backing arrays and maps all live in
/// the heap) and the field or element indices inside it; `[]` is the whole object.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Place {
    pub obj: u32,
    pub path: Rc<[u32]>,
}

impl Place {
    pub fn whole(obj: u32) -> Place {
        Place { obj, path: Rc::from([]) }
    }

    /// Whether the two places share memory: one is the other or contains it.
    fn overlaps(&self, o: &Place) -> bool {
        self.obj == o.obj && (self.path.starts_with(&o.path) || o.path.starts_with(&self.path))
    }
}

/// A synchronisation object.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum SyncObj {
    ChanSlot(u32, u32),
    ChanClose(u32),
    Mutex(u32),
    RWReaders(u32),
    WaitGroup(u32),
    Atomic(Loc),
}

/// One access, as remembered for a location.
#[derive(Clone, Debug, PartialEq)]
pub struct Access {
    pub gid: u32,
    pub epoch: u32,
    pub write: bool,
    pub span: Span,
    /// The call stack it happened in (an id the VM interns, for the report).
    pub stack: u32,
    /// The trace step of the access.
    pub step: u32,
}

#[derive(Clone, Debug, Default)]
struct LocState {
    last_write: Option<Access>,
    reads: Vec<Access>,
}

/// A detected race: the current access and the earlier one it conflicts with.
#[derive(Clone, Debug, PartialEq)]
pub struct Race {
    pub place: Place,
    pub current: Access,
    pub previous: Access,
}

#[derive(Clone, Debug, Default)]
pub struct RaceDetector {
    clocks: Vec<VClock>,
    /// Per heap object, the state of each place inside it that was accessed, by path.
    locs: BTreeMap<u32, BTreeMap<Rc<[u32]>, LocState>>,
    sync: BTreeMap<SyncObj, VClock>,
    /// Channel operation counters: (sends, receives) per channel, for slot clocks.
    chan_counts: BTreeMap<u32, (u32, u32)>,
    /// Pairs of source positions already reported.
    seen: BTreeSet<(u32, u32)>,
    pub races: Vec<Race>,
}

impl RaceDetector {
    fn clock(&mut self, g: u32) -> &mut VClock {
        let i = g as usize;
        if self.clocks.len() <= i {
            self.clocks.resize(i + 1, VClock::default());
        }
        if self.clocks[i].get(g) == 0 {
            self.clocks[i].set(g, 1);
        }
        &mut self.clocks[i]
    }

    fn tick(&mut self, g: u32) {
        let c = self.clock(g);
        let v = c.get(g) + 1;
        c.set(g, v);
    }

    // Clocks are as long as the program has goroutines, so none is copied where it can be
    // read in place: with 10,000 goroutines each copy is 40 KB.

    fn acquire(&mut self, g: u32, obj: SyncObj) {
        self.clock(g);
        if let Some(s) = self.sync.get(&obj) {
            self.clocks[g as usize].join(s);
        }
    }

    /// Release-store: the object's clock becomes the goroutine's.
    fn release(&mut self, g: u32, obj: SyncObj) {
        self.clock(g);
        let c = &self.clocks[g as usize];
        match self.sync.get_mut(&obj) {
            Some(s) => s.0.clone_from(&c.0),
            None => {
                self.sync.insert(obj, c.clone());
            }
        }
        self.tick(g);
    }

    /// Release-merge: the goroutine's clock joins into the object's.
    fn release_merge(&mut self, g: u32, obj: SyncObj) {
        self.clock(g);
        self.sync.entry(obj).or_default().join(&self.clocks[g as usize]);
        self.tick(g);
    }

    /// `go f()`: the child starts with everything its parent did before.
    pub fn spawn(&mut self, parent: u32, child: u32) {
        let mut c = self.clock(parent).clone();
        c.set(child, 1);
        let i = child as usize;
        if self.clocks.len() <= i {
            self.clocks.resize(i + 1, VClock::default());
        }
        self.clocks[i] = c;
        self.tick(parent);
    }

    /// A value entered channel `ch`'s buffer (capacity `cap`).
    pub fn chan_send(&mut self, g: u32, ch: u32, cap: u32) {
        let n = self.chan_counts.entry(ch).or_default();
        let slot = n.0 % cap.max(1);
        n.0 += 1;
        let obj = SyncObj::ChanSlot(ch, slot);
        self.acquire(g, obj);
        self.release(g, obj);
    }

    /// A value left channel `ch`'s buffer.
    pub fn chan_recv(&mut self, g: u32, ch: u32, cap: u32) {
        let n = self.chan_counts.entry(ch).or_default();
        let slot = n.1 % cap.max(1);
        n.1 += 1;
        let obj = SyncObj::ChanSlot(ch, slot);
        self.acquire(g, obj);
        self.release(g, obj);
    }

    /// A direct hand-off between a sender and a receiver: each completes after the other.
    pub fn handoff(&mut self, sender: u32, receiver: u32) {
        // Both end with the join of the two clocks.
        self.clock(sender);
        self.clock(receiver);
        let mut s = std::mem::take(&mut self.clocks[sender as usize]);
        s.join(&self.clocks[receiver as usize]);
        self.clocks[receiver as usize].0.clone_from(&s.0);
        self.clocks[sender as usize] = s;
        self.tick(sender);
        self.tick(receiver);
    }

    pub fn close(&mut self, g: u32, ch: u32) {
        self.release_merge(g, SyncObj::ChanClose(ch));
    }

    /// A receive that returned because the channel is closed.
    pub fn observe_close(&mut self, g: u32, ch: u32) {
        self.acquire(g, SyncObj::ChanClose(ch));
    }

    pub fn lock(&mut self, g: u32, m: u32, read: bool) {
        self.acquire(g, SyncObj::Mutex(m));
        if !read {
            self.acquire(g, SyncObj::RWReaders(m));
        }
    }

    pub fn unlock(&mut self, g: u32, m: u32, read: bool) {
        if read {
            self.release_merge(g, SyncObj::RWReaders(m));
        } else {
            self.release(g, SyncObj::Mutex(m));
        }
    }

    pub fn wg_add(&mut self, g: u32, wg: u32) {
        self.release_merge(g, SyncObj::WaitGroup(wg));
    }

    pub fn wg_wait(&mut self, g: u32, wg: u32) {
        self.acquire(g, SyncObj::WaitGroup(wg));
    }

    /// An atomic operation: sequentially consistent, so both acquire and release.
    pub fn atomic(&mut self, g: u32, loc: Loc) {
        self.acquire(g, SyncObj::Atomic(loc));
        self.release_merge(g, SyncObj::Atomic(loc));
    }

    /// A plain load or store of `place`; returns the race it completes, if any.
    pub fn access(
        &mut self,
        g: u32,
        place: &Place,
        write: bool,
        span: Span,
        stack: u32,
        step: u32,
    ) -> Option<Race> {
        self.clock(g);
        let clock = &self.clocks[g as usize];
        let ordered = |a: &Access| a.gid == g || a.epoch <= clock.get(a.gid);
        let conflict_in = |st: &LocState| -> Option<Access> {
            if let Some(w) = &st.last_write
                && !ordered(w)
            {
                return Some(w.clone());
            }
            if write {
                return st.reads.iter().find(|r| !ordered(r)).cloned();
            }
            None
        };
        let places = self.locs.entry(place.obj).or_default();
        let mut conflict = places.get(&place.path).and_then(conflict_in);
        // A field or element overlaps the whole value it is part of, and the reverse.
        if conflict.is_none() && (places.len() > 1 || !places.contains_key(&place.path)) {
            for k in 0..place.path.len() {
                conflict = places.get(&place.path[..k]).and_then(conflict_in);
                if conflict.is_some() {
                    break;
                }
            }
            if conflict.is_none() {
                conflict = places
                    .range::<[u32], _>((Bound::Excluded(&place.path[..]), Bound::Unbounded))
                    .take_while(|(k, _)| k.starts_with(&place.path))
                    .find_map(|(_, st)| conflict_in(st));
            }
        }
        let me = Access { gid: g, epoch: clock.get(g), write, span, stack, step };
        let st = places.entry(place.path.clone()).or_default();
        if write {
            st.last_write = Some(me.clone());
            st.reads.clear();
        } else {
            st.reads.retain(|r| r.gid != g);
            st.reads.push(me.clone());
        }
        let previous = conflict?;
        // As Go's detector: once per pair of positions, whichever came first, and once per
        // place (later races on memory already reported are suppressed).
        let (a, b) = (previous.span.start, me.span.start);
        if self.races.iter().any(|r| r.place.overlaps(place))
            || !self.seen.insert((a.min(b), a.max(b)))
        {
            return None;
        }
        let race = Race { place: place.clone(), current: me, previous };
        self.races.push(race.clone());
        Some(race)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(d: &mut RaceDetector, g: u32, at: u32) -> Option<Race> {
        at_place(d, g, at, &Place::whole(0), true)
    }

    fn at_place(d: &mut RaceDetector, g: u32, at: u32, p: &Place, write: bool) -> Option<Race> {
        d.access(g, p, write, Span::new(at as usize, at as usize + 1), 0, 0)
    }

    #[test]
    fn unordered_writes_race_and_are_reported_once() {
        let mut d = RaceDetector::default();
        d.spawn(1, 2);
        d.spawn(1, 3);
        assert!(w(&mut d, 2, 10).is_none());
        let r = w(&mut d, 3, 20).expect("race");
        assert_eq!((r.current.gid, r.previous.gid), (3, 2));
        assert!(w(&mut d, 2, 10).is_none(), "the same pair of positions again is not reported");
        assert!(w(&mut d, 3, 30).is_none(), "nor another race on memory already reported");
        let other = Place::whole(1);
        assert!(at_place(&mut d, 2, 40, &other, true).is_none());
        assert!(at_place(&mut d, 3, 50, &other, true).is_some(), "a new place and pair is");
    }

    #[test]
    fn fields_and_elements_are_locations_of_their_own_inside_the_whole_value() {
        let field = |i: u32| Place { obj: 7, path: Rc::from([i]) };
        let mut d = RaceDetector::default();
        d.spawn(1, 2);
        d.spawn(1, 3);
        assert!(at_place(&mut d, 2, 10, &field(0), true).is_none());
        assert!(at_place(&mut d, 3, 20, &field(1), true).is_none(), "disjoint fields");
        let r = at_place(&mut d, 3, 30, &Place::whole(7), false).expect("the whole struct");
        assert_eq!((r.previous.gid, r.previous.span.start), (2, 10));
        let mut d = RaceDetector::default();
        d.spawn(1, 2);
        d.spawn(1, 3);
        assert!(at_place(&mut d, 2, 10, &Place::whole(7), true).is_none());
        assert!(at_place(&mut d, 3, 20, &field(4), false).is_some(), "a field of it");
    }

    #[test]
    fn a_mutex_orders_accesses() {
        let mut d = RaceDetector::default();
        d.spawn(1, 2);
        d.spawn(1, 3);
        d.lock(2, 1, false);
        assert!(w(&mut d, 2, 10).is_none());
        d.unlock(2, 1, false);
        d.lock(3, 1, false);
        assert!(w(&mut d, 3, 10).is_none());
    }

    #[test]
    fn unbuffered_handoff_orders_but_a_capacity_one_buffer_does_not() {
        // The textbook case: main writes, then receives; the child sends, then writes.
        let mut d = RaceDetector::default();
        d.spawn(1, 2);
        assert!(w(&mut d, 2, 5).is_none());
        d.handoff(2, 1);
        assert!(w(&mut d, 1, 6).is_none(), "the receive follows the send");
        let mut d = RaceDetector::default();
        d.spawn(1, 2);
        w(&mut d, 1, 5);
        d.chan_send(2, 1, 1);
        d.chan_recv(1, 1, 1);
        // main wrote before receiving; the child's send did not wait for that receive.
        let r = w(&mut d, 2, 7);
        assert!(r.is_some(), "cap 1: the send completes before the receive");
    }

    #[test]
    fn sleep_is_not_synchronisation_but_waitgroups_are() {
        let mut d = RaceDetector::default();
        d.spawn(1, 2);
        w(&mut d, 2, 3);
        assert!(w(&mut d, 1, 4).is_some());
        let mut d = RaceDetector::default();
        d.wg_add(1, 1);
        d.spawn(1, 2);
        w(&mut d, 2, 3);
        d.wg_add(2, 1);
        d.wg_wait(1, 1);
        assert!(w(&mut d, 1, 4).is_none());
    }
}
