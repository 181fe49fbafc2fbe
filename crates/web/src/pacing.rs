//! How much of a long simulation to run between two chances for the page to draw. A run is
//! advanced in chunks of scheduling slices sized so that each takes about a millisecond:
//! thousands of cheap slices (hand-offs), or a single costly one (a slice may copy a
//! million-element slice or run two million instructions), so the page draws progress and
//! takes a click on Stop between them however expensive the program's steps are.

/// The largest chunk: far more slices than a millisecond holds.
const MAX_CHUNK: u32 = 1 << 20;

/// Sizes the next chunk from how long the last one took.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pacer {
    chunk: u32,
}

impl Default for Pacer {
    /// One slice first: it may be the costly kind. Cheap ones double their way up within
    /// a millisecond or two.
    fn default() -> Self {
        Pacer { chunk: 1 }
    }
}

impl Pacer {
    /// Scheduling slices to run next.
    pub fn chunk(&self) -> u32 {
        self.chunk
    }

    /// Records that the last chunk took `ms` milliseconds (as the clock reads them, often in
    /// whole milliseconds): under one, the next is twice as big; over four, half.
    pub fn took(&mut self, ms: f64) {
        if ms < 1.0 {
            self.chunk = self.chunk.saturating_mul(2).min(MAX_CHUNK);
        } else if ms > 4.0 {
            self.chunk = (self.chunk / 2).max(1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A program whose slices each cost `cost` ms: the chunks settle where one takes 1–4 ms.
    fn settle(cost: f64) -> u32 {
        let mut p = Pacer::default();
        for _ in 0..64 {
            p.took(f64::from(p.chunk()) * cost);
        }
        p.chunk()
    }

    #[test]
    fn chunks_settle_at_a_few_milliseconds_of_work() {
        for cost in [0.0001, 0.01, 0.3, 3.0, 50.0] {
            let chunk = settle(cost);
            let ms = f64::from(chunk) * cost;
            assert!((1.0..=8.0).contains(&ms) || chunk == 1, "cost {cost}: chunk {chunk}, {ms} ms");
        }
    }

    #[test]
    fn costly_slices_run_one_at_a_time_and_cheap_ones_by_the_thousand() {
        assert_eq!(settle(50.0), 1);
        assert!(settle(0.0001) >= 10_000);
        assert!(settle(0.0) <= MAX_CHUNK);
    }
}
