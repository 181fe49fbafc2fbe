//! The events of a trace, stored packed: 12 bytes each, with the source span as an index into
//! a table of the run's distinct spans and the few wide payloads (a channel operation's value
//! and partner, times, counters) in a side table. A million steps take 12 MB in the browser,
//! and recording them touches three eighths of the memory `Vec<Event>` would. Readers get
//! `Event`s back by value; the serialized form is the plain list of events.

use super::{Event, EventKind, Nanos, Via, WaitReason};
use crate::syntax::span::Span;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeMap;

/// One event as stored: who, where (an index into `Events::sites`; `WIDE_SITE` sends the
/// reader to `Events::wide`), the kind, a small field and one word (a value, or where the
/// kind's words start in `extra`).
#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq)]
struct Packed {
    gid: u32,
    site: u16,
    tag: Kind,
    b: u8,
    w: u32,
}

/// The site of an event whose span is not among the first 65,535 a run records.
const WIDE_SITE: u16 = u16::MAX;

/// A `Block` event's small field: the wait reason, and this bit when it names an object.
const HAS_OBJ: u8 = 0x80;

/// A direct-mapped cache in front of the span index: the spans a run records come back at
/// every iteration of its loops.
const CACHE: usize = 64;

/// The events of a run, in step order.
#[derive(Clone)]
pub struct Events {
    packed: Vec<Packed>,
    extra: Vec<u32>,
    sites: Vec<Span>,
    /// By step: the site of each event stored with `WIDE_SITE`.
    wide: BTreeMap<u32, u32>,
    /// The index of each span in `sites` (every event, read from JSON too, arrives through
    /// `push`), and a cache in front of it.
    index: BTreeMap<Span, u32>,
    cache: Box<[(Span, u32); CACHE]>,
}

impl Default for Events {
    fn default() -> Events {
        Events {
            packed: Vec::new(),
            extra: Vec::new(),
            // Site 0 is the empty span (what the cache starts out holding).
            sites: vec![Span::default()],
            wide: BTreeMap::new(),
            index: BTreeMap::from([(Span::default(), 0)]),
            cache: Box::new([(Span::default(), 0); CACHE]),
        }
    }
}

/// Which kind of event a step is, without its fields: scans that look for a few kinds
/// read it without decoding every event (`Events::kind`).
#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq)]
#[repr(u8)]
pub enum Kind {
    Spawn,
    Block,
    Wake,
    MakeChan,
    Send,
    Recv,
    Close,
    Select,
    Lock,
    Unlock,
    WaitGroupAdd,
    WaitGroupWait,
    Sleep,
    TimerSet,
    TimerStop,
    TimerFire,
    TimeAdvance,
    Print,
    Access,
    Yield,
    Exit,
    Panic,
    Race,
}

/// How `Via` is stored in a channel event's small field.
const VIA_BUFFER: u8 = 0;
const VIA_HANDOFF: u8 = 1;
const VIA_CLOSED: u8 = 2;

impl Events {
    pub fn len(&self) -> usize {
        self.packed.len()
    }

    pub fn is_empty(&self) -> bool {
        self.packed.is_empty()
    }

    /// The event at step `i`, if there is one.
    #[inline]
    pub fn get(&self, i: usize) -> Option<Event> {
        (i < self.packed.len()).then(|| self.decode(i))
    }

    /// The event at step `i`; panics past the end, as indexing does.
    #[inline]
    pub fn at(&self, i: usize) -> Event {
        assert!(i < self.packed.len(), "step {i} of {}", self.packed.len());
        self.decode(i)
    }

    /// The kind of step `i`, without decoding the rest.
    #[inline]
    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.packed.get(i).map(|p| p.tag)
    }

    /// The goroutine of step `i` (0 past the end), without decoding the rest.
    #[inline]
    pub fn gid(&self, i: usize) -> u32 {
        self.packed.get(i).map_or(0, |p| p.gid)
    }

    pub fn iter(&self) -> Iter<'_> {
        Iter { events: self, front: 0, back: self.packed.len() }
    }

    /// The events of steps `range` (clamped to the trace).
    pub fn range(&self, range: std::ops::Range<usize>) -> Iter<'_> {
        let back = range.end.min(self.packed.len());
        Iter { events: self, front: range.start.min(back), back }
    }

    /// The texts printed, in order, with whether each went to stderr: read from the tags
    /// alone, without decoding every event.
    pub fn prints(&self) -> impl Iterator<Item = (u32, bool)> + '_ {
        self.packed.iter().filter(|p| p.tag == Kind::Print).map(|p| (p.w, p.b != 0))
    }

    /// Appends an event.
    #[inline]
    pub fn push(&mut self, e: Event) {
        let site = self.site16(e.span);
        let mut p = Packed { gid: e.gid, site, tag: Kind::Exit, b: 0, w: 0 };
        let at = self.extra.len() as u32;
        match e.kind {
            EventKind::Spawn { child } => (p.tag, p.w) = (Kind::Spawn, child),
            EventKind::Block { reason, obj } => {
                let flag = if obj.is_some() { HAS_OBJ } else { 0 };
                (p.tag, p.b, p.w) = (Kind::Block, reason as u8 | flag, obj.unwrap_or(0));
            }
            EventKind::Wake { by } => (p.tag, p.w) = (Kind::Wake, by),
            EventKind::MakeChan { ch } => (p.tag, p.w) = (Kind::MakeChan, ch),
            EventKind::Send { ch, value, via } | EventKind::Recv { ch, value, via } => {
                p.tag =
                    if matches!(e.kind, EventKind::Send { .. }) { Kind::Send } else { Kind::Recv };
                p.w = at;
                self.extra.extend([ch, value]);
                p.b = match via {
                    Via::Buffer => VIA_BUFFER,
                    Via::Handoff { partner } => {
                        self.extra.push(partner);
                        VIA_HANDOFF
                    }
                    Via::Closed => VIA_CLOSED,
                };
            }
            EventKind::Close { ch } => (p.tag, p.w) = (Kind::Close, ch),
            EventKind::Select { case, ready } => {
                (p.tag, p.b, p.w) = (Kind::Select, u8::from(case.is_some()), at);
                self.extra.extend([case.unwrap_or(0), ready]);
            }
            EventKind::Lock { mutex, read } => {
                (p.tag, p.b, p.w) = (Kind::Lock, u8::from(read), mutex)
            }
            EventKind::Unlock { mutex, read } => {
                (p.tag, p.b, p.w) = (Kind::Unlock, u8::from(read), mutex);
            }
            EventKind::WaitGroupAdd { wg, delta, counter } => {
                (p.tag, p.w) = (Kind::WaitGroupAdd, at);
                self.extra.extend([wg, delta as u32, counter as u32]);
            }
            EventKind::WaitGroupWait { wg } => (p.tag, p.w) = (Kind::WaitGroupWait, wg),
            EventKind::Sleep { until } => {
                (p.tag, p.w) = (Kind::Sleep, at);
                self.push_nanos(until);
            }
            EventKind::TimerSet { timer, when } => {
                (p.tag, p.w) = (Kind::TimerSet, at);
                self.extra.push(timer);
                self.push_nanos(when);
            }
            EventKind::TimerStop { timer, active } => {
                (p.tag, p.b, p.w) = (Kind::TimerStop, u8::from(active), timer);
            }
            EventKind::TimerFire { timer } => (p.tag, p.w) = (Kind::TimerFire, timer),
            EventKind::TimeAdvance { now } => {
                (p.tag, p.w) = (Kind::TimeAdvance, at);
                self.push_nanos(now);
            }
            EventKind::Print { text, stderr } => {
                (p.tag, p.b, p.w) = (Kind::Print, u8::from(stderr), text);
            }
            EventKind::Access { loc, write } => {
                (p.tag, p.b, p.w) = (Kind::Access, u8::from(write), loc)
            }
            EventKind::Yield => p.tag = Kind::Yield,
            EventKind::Exit => p.tag = Kind::Exit,
            EventKind::Panic { message } => (p.tag, p.w) = (Kind::Panic, message),
            EventKind::Race { loc, prev_step, kinds } => {
                (p.tag, p.b, p.w) = (Kind::Race, kinds, at);
                self.extra.extend([loc, prev_step]);
            }
        }
        self.packed.push(p);
    }

    /// `push` of a `Lock` (or `Unlock`) of `mutex` that is not a read lock.
    #[inline(always)]
    pub fn push_mutex(&mut self, gid: u32, span: Span, mutex: u32, lock: bool) {
        let site = self.site16(span);
        let tag = if lock { Kind::Lock } else { Kind::Unlock };
        self.packed.push(Packed { gid, site, tag, b: 0, w: mutex });
    }

    fn push_nanos(&mut self, n: Nanos) {
        let n = n.get();
        self.extra.extend([(n >> 32) as u32, n as u32]);
    }

    /// The stored site of the event about to be pushed, `span`'s index in `sites` (or, past
    /// what 16 bits hold, `WIDE_SITE` with the index in `wide`).
    #[inline(always)]
    fn site16(&mut self, span: Span) -> u16 {
        let site = self.site(span);
        match u16::try_from(site) {
            Ok(s) if s != WIDE_SITE => s,
            _ => {
                self.wide.insert(self.packed.len() as u32, site);
                WIDE_SITE
            }
        }
    }

    /// The index of `span` in `sites`, adding it when new. The cache hit is inlined into
    /// the recorder's hot paths; the rest is out of line.
    #[inline(always)]
    fn site(&mut self, span: Span) -> u32 {
        let slot = (span.start.wrapping_mul(0x9E37_79B9) >> 26) as usize % CACHE;
        match self.cache.get(slot) {
            Some(&(cached, id)) if cached == span => id,
            _ => self.site_slow(span, slot),
        }
    }

    #[cold]
    #[inline(never)]
    fn site_slow(&mut self, span: Span, slot: usize) -> u32 {
        let next = self.sites.len() as u32;
        let id = *self.index.entry(span).or_insert(next);
        if id == next {
            self.sites.push(span);
        }
        if let Some(c) = self.cache.get_mut(slot) {
            *c = (span, id);
        }
        id
    }

    // One copy of the decoder serves every reader (it would otherwise be inlined into each,
    // at a cost to the bundle).
    #[inline(never)]
    fn decode(&self, i: usize) -> Event {
        let p = &self.packed[i];
        let site = match p.site {
            WIDE_SITE => self.wide.get(&(i as u32)).copied().unwrap_or(0),
            s => u32::from(s),
        };
        let x = |k: u32| self.extra.get((p.w + k) as usize).copied().unwrap_or(0);
        let nanos = |k: u32| Nanos::from((u64::from(x(k)) << 32) | u64::from(x(k + 1)));
        let kind = match p.tag {
            Kind::Spawn => EventKind::Spawn { child: p.w },
            Kind::Block => EventKind::Block {
                reason: WaitReason::ALL[usize::from(p.b & !HAS_OBJ) % WaitReason::ALL.len()],
                obj: (p.b & HAS_OBJ != 0).then_some(p.w),
            },
            Kind::Wake => EventKind::Wake { by: p.w },
            Kind::MakeChan => EventKind::MakeChan { ch: p.w },
            Kind::Send | Kind::Recv => {
                let (ch, value) = (x(0), x(1));
                let via = match p.b {
                    VIA_BUFFER => Via::Buffer,
                    VIA_HANDOFF => Via::Handoff { partner: x(2) },
                    _ => Via::Closed,
                };
                if p.tag == Kind::Send {
                    EventKind::Send { ch, value, via }
                } else {
                    EventKind::Recv { ch, value, via }
                }
            }
            Kind::Close => EventKind::Close { ch: p.w },
            Kind::Select => EventKind::Select { case: (p.b != 0).then(|| x(0)), ready: x(1) },
            Kind::Lock => EventKind::Lock { mutex: p.w, read: p.b != 0 },
            Kind::Unlock => EventKind::Unlock { mutex: p.w, read: p.b != 0 },
            Kind::WaitGroupAdd => {
                EventKind::WaitGroupAdd { wg: x(0), delta: x(1) as i32, counter: x(2) as i32 }
            }
            Kind::WaitGroupWait => EventKind::WaitGroupWait { wg: p.w },
            Kind::Sleep => EventKind::Sleep { until: nanos(0) },
            Kind::TimerSet => EventKind::TimerSet { timer: x(0), when: nanos(1) },
            Kind::TimerStop => EventKind::TimerStop { timer: p.w, active: p.b != 0 },
            Kind::TimerFire => EventKind::TimerFire { timer: p.w },
            Kind::TimeAdvance => EventKind::TimeAdvance { now: nanos(0) },
            Kind::Print => EventKind::Print { text: p.w, stderr: p.b != 0 },
            Kind::Access => EventKind::Access { loc: p.w, write: p.b != 0 },
            Kind::Yield => EventKind::Yield,
            Kind::Panic => EventKind::Panic { message: p.w },
            Kind::Race => EventKind::Race { loc: x(0), prev_step: x(1), kinds: p.b },
            Kind::Exit => EventKind::Exit,
        };
        Event { gid: p.gid, span: self.sites.get(site as usize).copied().unwrap_or_default(), kind }
    }

    /// Bytes held per event, the side tables included (what a trace costs in memory).
    pub fn bytes_per_event(&self) -> f64 {
        let bytes = self.packed.len() * size_of::<Packed>()
            + self.extra.len() * size_of::<u32>()
            + self.sites.len() * size_of::<Span>()
            + self.wide.len() * 2 * size_of::<u32>();
        bytes as f64 / self.packed.len().max(1) as f64
    }
}

impl FromIterator<Event> for Events {
    fn from_iter<I: IntoIterator<Item = Event>>(iter: I) -> Events {
        let mut events = Events::default();
        for e in iter {
            events.push(e);
        }
        events
    }
}

/// The events of a trace in order, decoded.
#[derive(Clone)]
pub struct Iter<'a> {
    events: &'a Events,
    front: usize,
    back: usize,
}

impl Iterator for Iter<'_> {
    type Item = Event;

    #[inline]
    fn next(&mut self) -> Option<Event> {
        if self.front >= self.back {
            return None;
        }
        self.front += 1;
        self.events.get(self.front - 1)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.back - self.front;
        (n, Some(n))
    }

    fn nth(&mut self, n: usize) -> Option<Event> {
        self.front = self.front.saturating_add(n).min(self.back);
        self.next()
    }
}

impl DoubleEndedIterator for Iter<'_> {
    fn next_back(&mut self) -> Option<Event> {
        if self.front >= self.back {
            return None;
        }
        self.back -= 1;
        self.events.get(self.back)
    }
}

impl ExactSizeIterator for Iter<'_> {}

impl<'a> IntoIterator for &'a Events {
    type Item = Event;
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

impl PartialEq for Events {
    fn eq(&self, other: &Events) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

/// Hashes as the list of events (the trace's fingerprint does not depend on the packing).
impl std::hash::Hash for Events {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write_usize(self.len());
        for e in self {
            e.hash(state);
        }
    }
}

impl std::fmt::Debug for Events {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Serialize for Events {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for Events {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Events, D::Error> {
        Ok(Vec::<Event>::deserialize(d)?.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_kind() -> Vec<EventKind> {
        let t = Nanos::from(0x1_0000_0005);
        vec![
            EventKind::Spawn { child: 7 },
            EventKind::Block { reason: WaitReason::CondWait, obj: Some(3) },
            EventKind::Block { reason: WaitReason::SelectNoCases, obj: None },
            EventKind::Wake { by: 2 },
            EventKind::MakeChan { ch: 4 },
            EventKind::Send { ch: 1, value: 9, via: Via::Handoff { partner: 5 } },
            EventKind::Send { ch: 1, value: 9, via: Via::Buffer },
            EventKind::Recv { ch: 2, value: 0, via: Via::Closed },
            EventKind::Recv { ch: 70_000, value: u32::MAX, via: Via::Handoff { partner: 1 } },
            EventKind::Close { ch: 2 },
            EventKind::Select { case: None, ready: 0 },
            EventKind::Select { case: Some(40), ready: u32::MAX },
            EventKind::Lock { mutex: 1, read: true },
            EventKind::Unlock { mutex: 2, read: false },
            EventKind::WaitGroupAdd { wg: 1, delta: -1, counter: i32::MIN },
            EventKind::WaitGroupWait { wg: 1 },
            EventKind::Sleep { until: t },
            EventKind::TimerSet { timer: 3, when: Nanos::from(u64::MAX) },
            EventKind::TimerStop { timer: 3, active: true },
            EventKind::TimerFire { timer: 3 },
            EventKind::TimeAdvance { now: t },
            EventKind::Print { text: 5, stderr: true },
            EventKind::Access { loc: 2, write: true },
            EventKind::Yield,
            EventKind::Exit,
            EventKind::Panic { message: 1 },
            EventKind::Race { loc: 3, prev_step: 12, kinds: 3 },
        ]
    }

    #[test]
    fn every_kind_reads_back_as_written() {
        let written: Vec<Event> = every_kind()
            .into_iter()
            .enumerate()
            .map(|(i, kind)| Event {
                gid: i as u32 % 4,
                span: Span { start: (i as u32 % 5) * 10, end: (i as u32 % 5) * 10 + 3 },
                kind,
            })
            .collect();
        let events: Events = written.iter().copied().collect();
        assert_eq!(events.iter().collect::<Vec<_>>(), written);
        assert_eq!(events.iter().next_back(), written.last().copied());
        assert_eq!(events.range(3..5).collect::<Vec<_>>(), written[3..5]);
        // Five distinct spans and the empty one.
        assert_eq!(events.sites.len(), 6);
        let json = serde_json::to_string(&events).expect("serializes");
        assert_eq!(json, serde_json::to_string(&written).expect("serializes"));
        let back: Events = serde_json::from_str(&json).expect("deserializes");
        assert_eq!(back, events);
    }

    #[test]
    fn spans_colliding_in_the_cache_keep_their_own_sites() {
        let mut events = Events::default();
        let spans: Vec<Span> = (0..500).map(|i| Span { start: i * 7, end: i * 7 + 1 }).collect();
        for round in 0..2 {
            for &span in &spans {
                events.push(Event { gid: round, span, kind: EventKind::Yield });
            }
        }
        assert!(events.iter().map(|e| e.span).eq(spans.iter().chain(&spans).copied()));
        assert_eq!(events.sites.len(), spans.len() + 1);
    }

    #[test]
    fn wait_reasons_are_stored_by_their_place_in_all() {
        for (i, r) in WaitReason::ALL.into_iter().enumerate() {
            assert_eq!(r as usize, i, "{r:?}");
        }
    }

    #[test]
    fn events_take_12_bytes() {
        assert_eq!(size_of::<Packed>(), 12);
    }

    #[test]
    fn spans_past_what_16_bits_index_read_back() {
        let n = u32::from(WIDE_SITE) + 10;
        let span = |i: u32| Span { start: i, end: i + 1 };
        let mut events = Events::default();
        for i in 0..n {
            events.push(Event { gid: 1, span: span(i), kind: EventKind::Yield });
        }
        // Again, now found in the table.
        events.push(Event { gid: 2, span: span(n - 1), kind: EventKind::Exit });
        assert!(!events.wide.is_empty());
        for i in [0, 65_533, 65_534, 65_535, 65_536, n - 1] {
            assert_eq!(events.at(i as usize).span, span(i), "step {i}");
        }
        assert_eq!(events.at(n as usize).span, span(n - 1));
        assert_eq!(events.at(n as usize).kind, EventKind::Exit);
    }
}
