//! The examples gallery: the blog post's programs and the classic patterns, compiled into the
//! app. Each program's header comment gives its title and a "What to look for" caption.

/// One gallery entry.
pub struct Example {
    pub id: &'static str,
    pub source: &'static str,
}

macro_rules! examples {
    ($($id:literal => $path:literal),* $(,)?) => {
        &[$(Example { id: $id, source: include_str!(concat!("../../../examples/", $path)) }),*]
    };
}

pub const EXAMPLES: &[Example] = examples![
    "printer" => "seed/01_goroutine_with_sleep.go",
    "printer-no-sleep" => "seed/02_goroutine_without_sleep.go",
    "waitgroup" => "seed/03_waitgroup.go",
    "loopvar" => "seed/04_gotcha_loop_closure.go",
    "loopvar-go121" => "seed/05_gotcha_loop_closure_go121.go",
    "loopvar-fixed" => "seed/06_loop_closure_fixed.go",
    "fetcher-race" => "seed/07_url_fetcher_race.go",
    "fetcher-mutex" => "seed/08_url_fetcher_mutex.go",
    "unbuffered" => "seed/09_unbuffered_channel.go",
    "buffered-deadlock" => "seed/10_buffered_channel_deadlock.go",
    "buffered-sender" => "seed/11_buffered_channel_sender_goroutine.go",
    "close-range" => "seed/12_close_and_range.go",
    "fetcher-channels" => "seed/13_url_fetcher_channels.go",
    "worker-pool" => "patterns/worker_pool.go",
    "pipeline" => "patterns/pipeline.go",
    "generic-pipeline" => "patterns/generic_pipeline.go",
    "iterator" => "patterns/iterator_generator.go",
    "fan-in" => "patterns/fan_in.go",
    "select-timeout" => "patterns/select_timeout.go",
    "ticker" => "patterns/ticker.go",
    "semaphore" => "patterns/semaphore.go",
    "context-cancel" => "patterns/context_cancel.go",
    "rwmutex" => "patterns/rwmutex.go",
    "once" => "patterns/sync_once.go",
    "atomic-counter" => "patterns/atomic_counter.go",
    "producer-consumer" => "patterns/producer_consumer.go",
    "philosophers" => "patterns/dining_philosophers_deadlock.go",
    "lock-order" => "patterns/lock_order.go",
];

impl Example {
    /// The comment lines before `package`, without build constraints.
    fn header(&self) -> impl Iterator<Item = &'static str> {
        self.source
            .lines()
            .take_while(|l| !l.starts_with("package"))
            .filter(|l| l.starts_with("//") && !l.starts_with("//go:build"))
            .map(|l| l.trim_start_matches("//").trim())
    }

    /// The title: the first header comment line.
    pub fn title(&self) -> &'static str {
        self.header().next().unwrap_or("")
    }

    /// The caption: the "What to look for:" header line.
    pub fn caption(&self) -> &'static str {
        self.header().find_map(|l| l.strip_prefix("What to look for:")).map(str::trim).unwrap_or("")
    }

    pub fn by_id(id: &str) -> Option<&'static Example> {
        EXAMPLES.iter().find(|e| e.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_example_has_a_title_and_a_caption() {
        for e in EXAMPLES {
            assert!(!e.title().is_empty(), "{} has no title", e.id);
            assert!(!e.caption().is_empty(), "{} has no caption", e.id);
        }
    }

    #[test]
    fn ids_are_unique() {
        let mut ids: Vec<&str> = EXAMPLES.iter().map(|e| e.id).collect();
        goroscope_core::sorting::sort(&mut ids);
        ids.dedup();
        assert_eq!(ids.len(), EXAMPLES.len());
    }
}
