//! The panels of the visualizer. Each reads the shared `AppState` and draws the model at the
//! player's cursor.

use crate::AppState;
use crate::examples::{EXAMPLES, Example};
use crate::geometry::{LABEL_W, LANE_H, Timeline};
use crate::player::SPEEDS;
use gloo_timers::callback::Interval;
use leptos::prelude::*;

fn state() -> AppState {
    expect_context::<AppState>()
}

/// Example picker, seed, shuffle and run.
#[component]
pub fn Toolbar() -> impl IntoView {
    let s = state();
    let pick = move |ev| {
        let id = event_target_value(&ev);
        if let Some(e) = Example::by_id(&id) {
            s.example.set(id);
            s.source.set(e.source.to_string());
            s.run();
        }
    };
    let caption = move || Example::by_id(&s.example.get()).map(|e| e.caption()).unwrap_or("");
    let shuffle = move |_| {
        let next = s
            .seed
            .get_untracked()
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407)
            % 100_000
            + 1;
        s.seed.set(next);
        s.run();
    };
    view! {
        <div class="goroscope-toolbar">
            <label>
                "Example "
                <select data-testid="example-picker" on:change=pick>
                    {EXAMPLES
                        .iter()
                        .map(|e| {
                            let id = e.id;
                            view! {
                                <option value=id selected=move || s.example.get() == id>
                                    {e.title()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <label>
                "Seed "
                <input
                    data-testid="seed"
                    type="number"
                    min="0"
                    class="goroscope-seed"
                    prop:value=move || s.seed.get().to_string()
                    on:change=move |ev| {
                        s.seed.set(event_target_value(&ev).trim().parse().unwrap_or(0));
                        s.run();
                    }
                />
            </label>
            <button data-testid="shuffle" on:click=shuffle title="Run again with another scheduling seed">
                "Shuffle"
            </button>
            <button data-testid="run" class="goroscope-primary" on:click=move |_| s.run() title="Run (Ctrl+Enter)">
                "Run"
            </button>
            <p class="goroscope-caption">{caption}</p>
        </div>
    }
}

/// The source editor with compile errors and the current line of each goroutine.
#[component]
pub fn Editor() -> impl IntoView {
    let s = state();
    let lines = move || {
        let cursor = s.player.get().cursor;
        let marks =
            s.model.with(|m| m.as_ref().map(|m| m.current_lines(cursor)).unwrap_or_default());
        let diags = s.diagnostics.get();
        let src = s.source.get();
        src.lines()
            .enumerate()
            .map(|(i, _)| {
                let n = i as u32 + 1;
                let gs: Vec<String> =
                    marks.iter().filter(|(l, _)| *l == n).map(|(_, g)| format!("G{g}")).collect();
                let err = diags.iter().any(|d| d.line == n);
                let class = if err { "goroscope-ln goroscope-ln-error" } else { "goroscope-ln" };
                view! {
                    <div class=class>
                        <span class="goroscope-ln-no">{n}</span>
                        <span class="goroscope-ln-marks">{gs.join(" ")}</span>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <div class="goroscope-editor">
            <div class="goroscope-gutter" aria-hidden="true">{lines}</div>
            <textarea
                data-testid="editor"
                spellcheck="false"
                aria-label="Go source"
                prop:value=move || s.source.get()
                on:input=move |ev| s.source.set(event_target_value(&ev))
                on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                    if ev.key() == "Enter" && (ev.ctrl_key() || ev.meta_key()) {
                        ev.prevent_default();
                        s.run();
                    }
                }
            ></textarea>
        </div>
        <ul class="goroscope-diagnostics">
            {move || {
                s.diagnostics
                    .get()
                    .into_iter()
                    .map(|d| view! { <li data-testid="diagnostic">{format!("{}:{}: {}", d.line, d.col, d.message)}</li> })
                    .collect_view()
            }}
        </ul>
    }
}

/// Play, step and scrub.
#[component]
pub fn Controls() -> impl IntoView {
    let s = state();
    let len = move || s.player.get().len;
    view! {
        <div class="goroscope-controls" role="toolbar" aria-label="Playback">
            <button data-testid="jump-start" on:click=move |_| s.player.update(|p| p.jump_start()) title="Start (Home)" aria-label="Jump to start">"|◀◀"</button>
            <button data-testid="step-back" on:click=move |_| s.player.update(|p| p.step_back()) title="Step back (←)" aria-label="Step back">"◀"</button>
            <button data-testid="play" on:click=move |_| s.player.update(|p| p.toggle()) title="Play / pause (space)">
                {move || if s.player.get().playing { "⏸ Pause" } else { "▶ Play" }}
            </button>
            <button data-testid="step-forward" on:click=move |_| s.player.update(|p| { p.playing = false; p.step_forward() }) title="Step forward (→)" aria-label="Step forward">"▶"</button>
            <button data-testid="jump-end" on:click=move |_| s.player.update(|p| p.jump_end()) title="End (End)" aria-label="Jump to end">"▶▶|"</button>
            <input
                data-testid="scrubber"
                type="range"
                min="0"
                max=move || len().to_string()
                prop:value=move || s.player.get().cursor.to_string()
                aria-label="Step"
                on:input=move |ev| {
                    let v: usize = event_target_value(&ev).parse().unwrap_or(0);
                    s.player.update(|p| { p.playing = false; p.seek(v) });
                }
            />
            <span data-testid="step-counter" class="goroscope-counter">{move || s.player.get().counter()}</span>
            <label>
                "Speed "
                <select
                    data-testid="speed"
                    on:change=move |ev| {
                        let i: usize = event_target_value(&ev).parse().unwrap_or(crate::player::DEFAULT_SPEED);
                        s.player.update(|p| p.speed = i.min(SPEEDS.len() - 1));
                    }
                >
                    {SPEEDS
                        .iter()
                        .enumerate()
                        .map(|(i, sp)| {
                            let label = match sp {
                                Some(v) => format!("{v} steps/s"),
                                None => "to the end".to_string(),
                            };
                            view! { <option value=i.to_string() selected=move || s.player.get().speed == i>{label}</option> }
                        })
                        .collect_view()}
                </select>
            </label>
        </div>
    }
}

/// The plain-language account of the current step, read by screen readers.
#[component]
pub fn Narration() -> impl IntoView {
    let s = state();
    let text = move || {
        let cursor = s.player.get().cursor;
        s.model.with(|m| m.as_ref().map(|m| m.narrate(cursor)).unwrap_or_default())
    };
    view! { <p class="goroscope-narration" data-testid="narration" aria-live="polite">{text}</p> }
}

/// How the run ended, in Go's words.
#[component]
pub fn OutcomeBanner() -> impl IntoView {
    let s = state();
    move || {
        if !s.diagnostics.get().is_empty() {
            let n = s.diagnostics.get().len();
            let text = format!(
                "Compile error{}: the program does not build.",
                if n == 1 { "" } else { "s" }
            );
            return view! { <div class="goroscope-outcome goroscope-outcome-compile-error" data-testid="outcome" data-kind="compile-error">{text}</div> }.into_any();
        }
        let (kind, text) =
            s.model.with(|m| m.as_ref().map(|m| m.outcome()).unwrap_or(("exited", String::new())));
        let fp = s.model.with(|m| m.as_ref().map(|m| m.fingerprint()).unwrap_or_default());
        view! {
            <div
                class=format!("goroscope-outcome goroscope-outcome-{kind}")
                data-testid="outcome"
                data-kind=kind
                data-fingerprint=fp
            >
                <pre>{text}</pre>
            </div>
        }
        .into_any()
    }
}

/// The program's output up to the cursor.
#[component]
pub fn Console() -> impl IntoView {
    let s = state();
    let out = move || {
        let cursor = s.player.get().cursor;
        s.model.with(|m| m.as_ref().map(|m| m.output(cursor)).unwrap_or_default())
    };
    view! {
        <div class="goroscope-console" data-testid="output" aria-label="Program output">
            {move || {
                let (stdout, stderr) = out();
                view! {
                    <pre class="goroscope-stdout">{stdout}</pre>
                    <pre class="goroscope-stderr">{stderr}</pre>
                }
            }}
        </div>
    }
}

/// One lane per goroutine, coloured by state over time, with the cursor.
#[component]
pub fn TimelineView() -> impl IntoView {
    let s = state();
    let width = 900.0;
    move || {
        let cursor = s.player.get().cursor;
        s.model.with(|m| {
            let Some(m) = m.as_ref() else { return view! { <div class="goroscope-timeline"></div> }.into_any() };
            let t = Timeline::new(m.len(), width);
            let lanes = m.lanes();
            let h = Timeline::height(lanes.len());
            let states = m.goroutine_states(cursor);
            let rows = lanes
                .iter()
                .enumerate()
                .map(|(i, lane)| {
                    let y = Timeline::lane_y(i);
                    let gid = lane.gid;
                    let st = states.iter().find(|(g, _, _)| *g == lane.gid).map(|(_, st, _)| *st).unwrap_or("done");
                    let reason = states.iter().find(|(g, _, _)| *g == lane.gid).and_then(|(_, _, r)| r.clone()).unwrap_or_default();
                    let spans = lane
                        .spans
                        .iter()
                        .map(|sp| {
                            let x0 = t.x(sp.0 as usize);
                            let x1 = t.x(sp.1 as usize).max(x0 + 1.0);
                            view! { <rect x=x0 y=y + 3.0 width=x1 - x0 height=LANE_H - 6.0 class=format!("goroscope-span goroscope-state-{}", sp.2)></rect> }
                        })
                        .collect_view();
                    let label = format!("G{} {}", lane.gid, lane.name);
                    let title = format!("{label}: {st}{}", if reason.is_empty() { String::new() } else { format!(" [{reason}]") });
                    view! {
                        <g data-testid="lane" data-gid=lane.gid.to_string() data-state=st>
                            <title>{title}</title>
                            <text
                                x=4.0
                                y=y + LANE_H / 2.0 + 4.0
                                class="goroscope-lane-label"
                                data-testid="lane-next"
                                role="button"
                                tabindex="0"
                                aria-label=format!("Step to G{}'s next event", lane.gid)
                                on:click=move |_| step_to_next(s, gid)
                                on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                                    if ev.key() == "Enter" {
                                        step_to_next(s, gid);
                                    }
                                }
                            >
                                {label}
                            </text>
                            {spans}
                            <text x=LABEL_W - 6.0 y=y + LANE_H / 2.0 + 4.0 text-anchor="end" class="goroscope-lane-state">{reason}</text>
                        </g>
                    }
                })
                .collect_view();
            let arrows = m
                .arrows()
                .iter()
                .filter_map(|a| {
                    let fi = lanes.iter().position(|l| l.gid == a.from_gid)?;
                    let ti = lanes.iter().position(|l| l.gid == a.to_gid)?;
                    let (x1, x2) = (t.x(a.from_step as usize), t.x(a.to_step as usize));
                    let (y1, y2) = (Timeline::lane_y(fi) + LANE_H / 2.0, Timeline::lane_y(ti) + LANE_H / 2.0);
                    Some(view! { <line x1=x1 y1=y1 x2=x2 y2=y2 class=format!("goroscope-arrow goroscope-arrow-{}", a.kind)></line> })
                })
                .collect_view();
            let cx = t.x(cursor);
            let ticks = t
                .ticks(8)
                .into_iter()
                .map(|k| view! { <text x=t.x(k) y=12.0 class="goroscope-tick" text-anchor="middle">{k}</text> })
                .collect_view();
            view! {
                <div class="goroscope-timeline">
                    <svg viewBox=format!("0 0 {width} {h}") width="100%" role="img" aria-label="Goroutine timeline">
                        {ticks}
                        {rows}
                        {arrows}
                        <line x1=cx y1=0.0 x2=cx y2=h class="goroscope-cursor"></line>
                    </svg>
                </div>
            }
            .into_any()
        })
    }
}

/// Moves the cursor just past goroutine `gid`'s next event (clicking its lane label).
fn step_to_next(s: AppState, gid: u32) {
    let cursor = s.player.get_untracked().cursor;
    let next = s.model.with_untracked(|m| m.as_ref().and_then(|m| m.next_event_of(gid, cursor)));
    if let Some(step) = next {
        s.player.update(|p| {
            p.playing = false;
            p.seek(step + 1)
        });
    }
}

/// Channels (buffers and wait queues), mutexes and WaitGroups at the cursor.
#[component]
pub fn Objects() -> impl IntoView {
    let s = state();
    move || {
        let cursor = s.player.get().cursor;
        s.model.with(|m| {
            let Some(m) = m.as_ref() else { return ().into_any() };
            let objs = m.objects(cursor);
            let chans = objs
                .channels
                .into_iter()
                .map(|c| {
                    let slots = (0..c.cap)
                        .map(|i| {
                            let v = c.buf.get(i).cloned();
                            let class = if v.is_some() { "goroscope-slot goroscope-slot-full" } else { "goroscope-slot" };
                            view! { <span class=class data-testid="chan-slot">{v.unwrap_or_default()}</span> }
                        })
                        .collect_view();
                    let senders = c.sendq.iter().map(|g| view! { <span class="goroscope-chip">{format!("G{g}")}</span> }).collect_view();
                    let receivers = c.recvq.iter().map(|g| view! { <span class="goroscope-chip">{format!("G{g}")}</span> }).collect_view();
                    let title = format!("{} chan {} ({}/{})", c.name, c.elem, c.len, c.cap);
                    view! {
                        <div
                            class="goroscope-channel"
                            data-testid="channel"
                            data-len=c.len.to_string()
                            data-cap=c.cap.to_string()
                            data-closed=c.closed.to_string()
                        >
                            <div class="goroscope-channel-title">{title}{if c.closed { " closed" } else { "" }}</div>
                            <div class="goroscope-queue">"senders: " {senders}</div>
                            <div class="goroscope-slots">{slots}</div>
                            <div class="goroscope-queue">"receivers: " {receivers}</div>
                        </div>
                    }
                })
                .collect_view();
            let mutexes = objs
                .mutexes
                .into_iter()
                .map(|mu| {
                    let owner = mu.owner.map(|g| format!("held by G{g}")).unwrap_or_else(|| "unlocked".into());
                    let waiters = mu.waiters.iter().map(|g| format!("G{g}")).collect::<Vec<_>>().join(" ");
                    view! {
                        <div class="goroscope-mutex" data-testid="mutex">
                            {format!("{}: {owner}", mu.name)}
                            {if mu.readers > 0 { format!(", {} readers", mu.readers) } else { String::new() }}
                            {if waiters.is_empty() { String::new() } else { format!(", waiting: {waiters}") }}
                        </div>
                    }
                })
                .collect_view();
            let wgs = objs
                .waitgroups
                .into_iter()
                .map(|w| {
                    let waiters = w.waiters.iter().map(|g| format!("G{g}")).collect::<Vec<_>>().join(" ");
                    view! {
                        <div class="goroscope-waitgroup" data-testid="waitgroup" data-count=w.counter.to_string()>
                            {format!("{}: counter {}", w.name, w.counter)}
                            {if waiters.is_empty() { String::new() } else { format!(", waiting: {waiters}") }}
                        </div>
                    }
                })
                .collect_view();
            view! { <div class="goroscope-objects">{chans}{mutexes}{wgs}</div> }.into_any()
        })
    }
}

/// The keyboard shortcuts.
#[component]
pub fn Help() -> impl IntoView {
    view! {
        <details class="goroscope-help">
            <summary>"Keyboard shortcuts"</summary>
            <ul>
                <li><kbd>"Space"</kbd>" play / pause"</li>
                <li><kbd>"←"</kbd>" / "<kbd>"→"</kbd>" step back / forward"</li>
                <li><kbd>"Home"</kbd>" / "<kbd>"End"</kbd>" first / last step"</li>
                <li><kbd>"["</kbd>" / "<kbd>"]"</kbd>" slower / faster"</li>
                <li><kbd>"Ctrl"</kbd>"+"<kbd>"Enter"</kbd>" run"</li>
            </ul>
        </details>
    }
}

/// Advances the player while it plays, at its speed.
pub fn use_play_clock(s: AppState) {
    let timer: StoredValue<Option<Interval>, LocalStorage> = StoredValue::new_local(None);
    Effect::new(move |_| {
        let p = s.player.get();
        let want = p.playing.then(|| p.interval_ms());
        // Restart the interval only when playing starts, stops or the speed changes.
        let current = timer.with_value(|t| t.as_ref().map(|_| ()));
        let _ = current;
        timer.set_value(None);
        if let Some(ms) = want {
            timer.set_value(Some(Interval::new(ms, move || s.player.update(|p| p.tick()))));
        }
    });
    on_cleanup(move || timer.set_value(None));
}

/// Space, arrows, Home/End and [ ] drive the player when the editor is not focused.
pub fn use_keyboard(s: AppState) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        let in_text = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "TEXTAREA" | "INPUT" | "SELECT"));
        if in_text {
            return;
        }
        let handled = match ev.key().as_str() {
            " " => {
                s.player.update(|p| p.toggle());
                true
            }
            "ArrowRight" => {
                s.player.update(|p| {
                    p.playing = false;
                    p.step_forward()
                });
                true
            }
            "ArrowLeft" => {
                s.player.update(|p| p.step_back());
                true
            }
            "Home" => {
                s.player.update(|p| p.jump_start());
                true
            }
            "End" => {
                s.player.update(|p| p.jump_end());
                true
            }
            "[" => {
                s.player.update(|p| p.slower());
                true
            }
            "]" => {
                s.player.update(|p| p.faster());
                true
            }
            _ => false,
        };
        if handled {
            ev.prevent_default();
        }
    });
    on_cleanup(move || handle.remove());
}
