//! Records a run into a `Trace`: interns texts, numbers channels and sync objects in the
//! order they appear, and keeps the goroutine table.

use crate::syntax::span::{LineIndex, Span};
use crate::trace::{
    ChannelInfo, Event, EventKind, FORMAT_VERSION, GoroutineInfo, ObjectInfo, Outcome, Schedule,
    Trace,
};
use std::collections::BTreeMap;

pub struct Tracer {
    source: String,
    lines: LineIndex,
    strings: Vec<String>,
    string_ids: BTreeMap<String, u32>,
    events: Vec<Event>,
    goroutines: Vec<GoroutineInfo>,
    channels: Vec<ChannelInfo>,
    mutexes: Vec<ObjectInfo>,
    waitgroups: Vec<ObjectInfo>,
    seed: u64,
}

impl Tracer {
    pub fn new(source: &str) -> Tracer {
        Tracer {
            source: source.to_string(),
            lines: LineIndex::new(source),
            strings: Vec::new(),
            string_ids: BTreeMap::new(),
            events: Vec::new(),
            goroutines: Vec::new(),
            channels: Vec::new(),
            mutexes: Vec::new(),
            waitgroups: Vec::new(),
            seed: 0,
        }
    }

    pub fn seed(&mut self, seed: u64) {
        self.seed = seed;
    }

    pub fn intern(&mut self, s: &str) -> u32 {
        if let Some(&i) = self.string_ids.get(s) {
            return i;
        }
        let i = self.strings.len() as u32;
        self.strings.push(s.to_string());
        self.string_ids.insert(s.to_string(), i);
        i
    }

    pub fn event(&mut self, gid: u32, span: Span, kind: EventKind) {
        self.events.push(Event { gid, span, kind });
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

    pub fn finish(self, choices: Vec<u32>, outcome: Outcome) -> Trace {
        Trace {
            format_version: FORMAT_VERSION,
            source: self.source,
            goroutines: self.goroutines,
            channels: self.channels,
            mutexes: self.mutexes,
            waitgroups: self.waitgroups,
            strings: self.strings,
            events: self.events,
            schedule: Schedule { seed: self.seed, choices },
            outcome,
        }
    }
}
