//! Channel state, as Go's `runtime/chan.go` keeps it: a ring buffer of `cap` values, the
//! queue of goroutines blocked sending (with their values) and of those blocked receiving.
//! Goroutines blocked in a `select` sit in several queues at once, tagged with the select's
//! token; a stale entry (its select already finished) is skipped when dequeued.

use super::value::Value;
use std::collections::VecDeque;

/// A goroutine waiting on a channel.
#[derive(Clone, Debug, PartialEq)]
pub struct Waiter {
    pub gid: u32,
    /// For a goroutine blocked in `select`: its select token and the case index.
    pub select: Option<(u64, u32)>,
}

#[derive(Clone, Debug)]
pub struct Chan {
    /// The channel's number in the trace.
    pub id: u32,
    pub cap: usize,
    pub buf: VecDeque<Value>,
    pub closed: bool,
    pub recvq: VecDeque<Waiter>,
    pub sendq: VecDeque<(Waiter, Value)>,
    /// The element type's zero value, returned by receives on a closed channel.
    pub zero: Value,
    /// The static element type (a `TypeId` index), for value summaries.
    pub elem_type: u32,
    /// A timer's channel: a fired value waiting to be received (Go 1.23 timers are
    /// synchronous, so it is not counted in `len`).
    pub pending: Option<Value>,
}

impl Chan {
    pub fn new(id: u32, cap: usize, zero: Value, elem_type: u32) -> Chan {
        Chan {
            id,
            cap,
            buf: VecDeque::new(),
            closed: false,
            recvq: VecDeque::new(),
            sendq: VecDeque::new(),
            zero,
            elem_type,
            pending: None,
        }
    }
}
