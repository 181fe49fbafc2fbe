//! Panels drawn as HTML text rather than as typed views: a panel that is rebuilt whole at
//! every step gains nothing from fine-grained updates, and one string per panel costs a
//! fraction of the code its typed views would add to the bundle. Every text that comes from
//! the program (names, values, types) goes through `Html::text`, so it is never markup.

use crate::model::Objects;
use goroscope_core::trace::text::duration;
use std::fmt::Write;

/// An HTML string under construction.
#[derive(Default)]
pub struct Html(String);

impl Html {
    /// Opens `<tag class="…"` with `data-testid`; attributes may follow, then `body`.
    fn open(&mut self, tag: &str, class: &str, testid: &str) -> &mut Html {
        let _ = write!(self.0, "<{tag} class=\"{class}\"");
        if !testid.is_empty() {
            let _ = write!(self.0, " data-testid=\"{testid}\"");
        }
        self
    }

    /// An attribute whose value is `value` (escaped).
    fn attr(&mut self, name: &str, value: impl std::fmt::Display) -> &mut Html {
        let _ = write!(self.0, " {name}=\"");
        self.text(&value.to_string());
        self.0.push('"');
        self
    }

    /// Ends the opening tag.
    fn body(&mut self) -> &mut Html {
        self.0.push('>');
        self
    }

    fn close(&mut self, tag: &str) -> &mut Html {
        let _ = write!(self.0, "</{tag}>");
        self
    }

    /// `s` as text: `&`, `<`, `>` and quotes escaped.
    pub fn text(&mut self, s: &str) -> &mut Html {
        for c in s.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                '\'' => self.0.push_str("&#39;"),
                c => self.0.push(c),
            }
        }
        self
    }

    /// A `<div class=… data-testid=…>` holding `text` alone.
    fn line(&mut self, class: &str, testid: &str, text: &str) -> &mut Html {
        self.open("div", class, testid).body().text(text).close("div")
    }

    /// Goroutine chips: `<span class="goroscope-chip">G3</span>…`.
    fn chips(&mut self, gids: &[u32]) -> &mut Html {
        for g in gids {
            self.open("span", "goroscope-chip", "").body().text(&format!("G{g}")).close("span");
        }
        self
    }

    pub fn finish(self) -> String {
        self.0
    }
}

/// `G1 G2 G3`.
fn gid_list(gids: &[u32]) -> String {
    gids.iter().map(|g| format!("G{g}")).collect::<Vec<_>>().join(" ")
}

/// The objects panel's content: channels (slots and wait queues), mutexes, WaitGroups,
/// virtual time and sleepers, timers, selects and shared variables.
pub fn objects(objs: &Objects) -> String {
    let mut h = Html::default();
    for c in &objs.channels {
        h.open("div", "goroscope-channel", "channel")
            .attr("data-len", c.len)
            .attr("data-cap", c.cap)
            .attr("data-closed", c.closed)
            .body();
        let title = format!("{} chan {} ({}/{})", c.name, c.elem, c.len, c.cap);
        let closed = if c.closed { " closed" } else { "" };
        h.line("goroscope-channel-title", "", &format!("{title}{closed}"));
        h.open("div", "goroscope-queue", "").body().text("senders: ").chips(&c.sendq).close("div");
        h.open("div", "goroscope-slots", "").body();
        for i in 0..c.cap {
            let v = c.buf.get(i);
            let class =
                if v.is_some() { "goroscope-slot goroscope-slot-full" } else { "goroscope-slot" };
            h.open("span", class, "chan-slot").body().text(v.map_or("", String::as_str));
            h.close("span");
        }
        h.close("div");
        h.open("div", "goroscope-queue", "").body().text("receivers: ").chips(&c.recvq);
        h.close("div").close("div");
    }
    for mu in &objs.mutexes {
        let mut t = match mu.owner {
            Some(g) => format!("{}: held by G{g}", mu.name),
            None => format!("{}: unlocked", mu.name),
        };
        if mu.readers > 0 {
            let _ = write!(t, ", {} readers", mu.readers);
        }
        if !mu.waiters.is_empty() {
            let _ = write!(t, ", waiting: {}", gid_list(&mu.waiters));
        }
        h.line("goroscope-mutex", "mutex", &t);
    }
    for w in &objs.waitgroups {
        let mut t = format!("{}: counter {}", w.name, w.counter);
        if !w.waiters.is_empty() {
            let _ = write!(t, ", waiting: {}", gid_list(&w.waiters));
        }
        h.open("div", "goroscope-waitgroup", "waitgroup").attr("data-count", w.counter).body();
        h.text(&t).close("div");
    }
    if objs.now > 0 || !objs.sleepers.is_empty() {
        let mut t = format!("virtual time {}", duration(objs.now));
        let sleepers: Vec<String> = objs
            .sleepers
            .iter()
            .map(|(g, until)| format!("G{g} sleeps until {}", duration(*until)))
            .collect();
        if !sleepers.is_empty() {
            let _ = write!(t, "; {}", sleepers.join(", "));
        }
        h.line("goroscope-timer", "clock", &t);
    }
    for x in &objs.timers {
        let target = x.ch.as_ref().map_or(" → func".to_string(), |c| format!(" → {c}"));
        let status = match (x.state, x.when) {
            ("armed", Some(w)) => format!("fires at {}", duration(w)),
            ("stopped", _) => "stopped".to_string(),
            _ => "fired".to_string(),
        };
        let fired = if x.fires > 1 { format!(", fired {}×", x.fires) } else { String::new() };
        h.open("div", "goroscope-timer", "timer")
            .attr("data-state", x.state)
            .attr("data-fires", x.fires)
            .body();
        h.text(&format!("{}{target}: {status}{fired}", x.label)).close("div");
    }
    for line in &objs.selects {
        h.line("goroscope-select", "select", line);
    }
    for v in &objs.shared {
        let racy = v.races > 0;
        let class = if racy { "goroscope-shared goroscope-racy" } else { "goroscope-shared" };
        h.open("div", class, "shared-var").attr("data-racy", racy).body();
        if racy {
            h.text("⚠ ");
        }
        h.0.push_str("<code>");
        h.text(&v.name).close("code");
        let last = v.last.map_or(String::new(), |(step, g, w)| {
            format!("; last: G{g} {} at step {step}", if w { "wrote" } else { "read" })
        });
        h.text(&format!(": touched by {}{last}", gid_list(&v.gids)));
        if racy {
            let s = if v.races == 1 { "" } else { "s" };
            h.text(&format!(" — {} data race{s}", v.races));
        }
        h.close("div");
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Model;

    #[test]
    fn program_text_is_never_markup() {
        let m = Model::build(
            "package main\n\nfunc main() {\n\tch := make(chan string, 2)\n\tch <- \"<img src=x onerror=alert(1)>\"\n\tch <- `\"'&`\n\tprintln(len(ch))\n}\n",
            0,
        )
        .unwrap();
        let html = objects(&m.objects(m.len()));
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "{html}");
        assert!(html.contains("&quot;&#39;&amp;"), "{html}");
    }

    #[test]
    fn channels_show_their_slots_and_state_as_attributes() {
        let src = include_str!("../../../examples/seed/10_buffered_channel_deadlock.go");
        let m = Model::build(src, 0).unwrap();
        let html = objects(&m.objects(m.len()));
        assert!(
            html.contains(
                "data-testid=\"channel\" data-len=\"2\" data-cap=\"2\" data-closed=\"false\""
            ),
            "{html}"
        );
        assert_eq!(html.matches("data-testid=\"chan-slot\"").count(), 2, "{html}");
        assert_eq!(html.matches("goroscope-slot-full").count(), 2, "{html}");
        // Every element opened is closed.
        for tag in ["div", "span"] {
            assert_eq!(
                html.matches(&format!("<{tag} ")).count(),
                html.matches(&format!("</{tag}>")).count()
            );
        }
    }

    #[test]
    fn mutexes_waitgroups_and_shared_variables_are_drawn() {
        let src = include_str!("../../../examples/seed/07_url_fetcher_race.go");
        let m = Model::build(src, 0).unwrap();
        let html = objects(&m.objects(m.len()));
        assert!(html.contains("data-testid=\"waitgroup\" data-count=\"0\""), "{html}");
        assert!(html.contains("data-testid=\"shared-var\" data-racy=\"true\""), "{html}");
        assert!(html.contains("class=\"goroscope-shared goroscope-racy\""), "{html}");
        let src = include_str!("../../../examples/seed/08_url_fetcher_mutex.go");
        let m = Model::build(src, 0).unwrap();
        let html = objects(&m.objects(m.len()));
        assert!(html.contains("data-testid=\"mutex\""), "{html}");
        assert!(html.contains(": unlocked"), "{html}");
    }
}
