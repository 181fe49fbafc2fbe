//! The data race detector: happens-before with vector clocks, as Go's `-race` (ThreadSanitizer)
//! computes it, with Go's synchronisation edges: `go` → the child's start; a send → the
//! matching receive; the k-th receive → the (k+cap)-th send on buffered channels (through
//! per-slot clocks, as `runtime/chan.go`'s `racenotify`); an unbuffered receive → the send's
//! completion; `close` → a receive that observes it; `Unlock` → the next `Lock`; `wg.Add`/
//! `Done` → `Wait` returning; atomics are synchronising. `time.Sleep` creates no edge.
//!
//! Each location remembers its last write (goroutine, clock, where) and the reads since;
//! an access that is not ordered after a conflicting one is a race, reported once per pair
//! of source positions.

use crate::syntax::span::Span;
use std::collections::{BTreeMap, BTreeSet};

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

/// A memory location: a heap cell, a global, or a whole map (Go's granularity for maps).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Loc {
    Heap(u32),
    Global(u32),
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
    /// The function it happened in (for the report's stack).
    pub func: String,
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
    pub loc: Loc,
    pub name: String,
    pub current: Access,
    pub previous: Access,
}

#[derive(Clone, Debug, Default)]
pub struct RaceDetector {
    clocks: Vec<VClock>,
    locs: BTreeMap<Loc, LocState>,
    sync: BTreeMap<SyncObj, VClock>,
    /// Channel operation counters: (sends, receives) per channel, for slot clocks.
    chan_counts: BTreeMap<u32, (u32, u32)>,
    seen: BTreeSet<(Loc, u32, u32)>,
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

    fn acquire(&mut self, g: u32, obj: SyncObj) {
        if let Some(s) = self.sync.get(&obj).cloned() {
            self.clock(g).join(&s);
        }
    }

    /// Release-store: the object's clock becomes the goroutine's.
    fn release(&mut self, g: u32, obj: SyncObj) {
        let c = self.clock(g).clone();
        self.sync.insert(obj, c);
        self.tick(g);
    }

    /// Release-merge: the goroutine's clock joins into the object's.
    fn release_merge(&mut self, g: u32, obj: SyncObj) {
        let c = self.clock(g).clone();
        self.sync.entry(obj).or_default().join(&c);
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
        let s = self.clock(sender).clone();
        let r = self.clock(receiver).clone();
        self.clock(receiver).join(&s);
        self.clock(sender).join(&r);
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

    /// A plain load or store; returns the race it completes, if any.
    #[allow(clippy::too_many_arguments)] // reason: an access and everything a report needs
    pub fn access(
        &mut self,
        g: u32,
        loc: Loc,
        name: &str,
        write: bool,
        span: Span,
        func: &str,
        step: u32,
    ) -> Option<Race> {
        let clock = self.clock(g).clone();
        let me = Access { gid: g, epoch: clock.get(g), write, span, func: func.to_string(), step };
        let ordered = |a: &Access| a.gid == g || a.epoch <= clock.get(a.gid);
        let st = self.locs.entry(loc).or_default();
        let mut conflict = None;
        if let Some(w) = &st.last_write
            && !ordered(w)
        {
            conflict = Some(w.clone());
        }
        if write && conflict.is_none() {
            conflict = st.reads.iter().find(|r| !ordered(r)).cloned();
        }
        if write {
            st.last_write = Some(me.clone());
            st.reads.clear();
        } else {
            st.reads.retain(|r| r.gid != g);
            st.reads.push(me.clone());
        }
        let previous = conflict?;
        // Reported once per pair of positions, whichever came first.
        let (a, b) = (previous.span.start, me.span.start);
        let key = (loc, a.min(b), a.max(b));
        if !self.seen.insert(key) {
            return None;
        }
        let race = Race { loc, name: name.to_string(), current: me, previous };
        self.races.push(race.clone());
        Some(race)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(d: &mut RaceDetector, g: u32, at: u32) -> Option<Race> {
        d.access(g, Loc::Global(0), "x", true, Span::new(at as usize, at as usize + 1), "main.f", 0)
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
        assert!(w(&mut d, 3, 30).is_some(), "a new pair of positions is");
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
