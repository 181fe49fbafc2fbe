//! The panels of the visualizer. Each reads the shared `AppState` and draws the model at the
//! player's cursor.

use crate::AppState;
use crate::embed::Theme;
use crate::examples::{EXAMPLES, Example};
use crate::geometry::{LANE_H, Timeline};
use crate::player::SPEEDS;
use gloo_timers::callback::Interval;
use goroscope_core::syntax::highlight::{Class, highlight};
use leptos::prelude::*;

fn state() -> AppState {
    expect_context::<AppState>()
}

/// Example picker, seed, shuffle, run, and the share, embed and theme buttons.
#[component]
pub fn Toolbar() -> impl IntoView {
    let s = state();
    let embedded = s.options.with_value(|o| o.embed);
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
    // The link (or why there is none) and the embed snippet, shown once asked for.
    let shared = RwSignal::new(None::<Result<String, String>>);
    let snippet = RwSignal::new(None::<String>);
    let share = move |_| {
        snippet.set(None);
        leptos::task::spawn_local(async move {
            shared.set(Some(share_link(s).await));
        });
    };
    let embed_code = move |_| {
        shared.set(None);
        leptos::task::spawn_local(async move {
            match s.share_fragment().await {
                Ok(f) => {
                    let code = iframe_snippet(&app_url(s), &f);
                    copy_to_clipboard(&code);
                    snippet.set(Some(code));
                }
                Err(e) => shared.set(Some(Err(e))),
            }
        });
    };
    // The embedded player's link to the full app carries the step it is paused at; it is
    // deflated asynchronously whenever playback stops somewhere new.
    let open_href = RwSignal::new(app_url(s));
    if embedded {
        let made = StoredValue::new(0u64);
        Effect::new(move |_| {
            // Tracks the cursor and the run as well.
            let playing = s.player.with(|p| p.playing);
            s.model.track();
            if playing {
                return;
            }
            let ticket = made.get_value() + 1;
            made.set_value(ticket);
            leptos::task::spawn_local(async move {
                let href = share_link(s).await;
                // A later stop may have finished first; only the newest counts.
                if made.get_value() == ticket {
                    open_href.set(href.unwrap_or_else(|_| app_url(s)));
                }
            });
        });
    }
    let cycle_theme = move |_| {
        s.theme.update(|t| {
            *t = match t {
                Theme::Auto => Theme::Light,
                Theme::Light => Theme::Dark,
                Theme::Dark => Theme::Auto,
            }
        })
    };
    let theme_label = move || match s.theme.get() {
        Theme::Auto => "Theme: auto",
        Theme::Light => "Theme: light",
        Theme::Dark => "Theme: dark",
    };
    view! {
        <div class="goroscope-toolbar">
            {(!embedded).then(|| view! {
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
            })}
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
            {if embedded {
                view! {
                    <a
                        class="goroscope-open"
                        data-testid="open-full"
                        target="_blank"
                        rel="noopener"
                        href=move || open_href.get()
                    >
                        "Open in Goroscope ↗"
                    </a>
                }
                .into_any()
            } else {
                view! {
                    <button data-testid="share" on:click=share title="A link to this program, seed and step">"Share"</button>
                    <button data-testid="embed-code" on:click=embed_code title="An <iframe> snippet for a blog post">"Copy embed code"</button>
                    <button data-testid="download-svg" on:click=move |_| download_svg(s) title="The timeline as a picture for a blog post">"Download SVG"</button>
                    <button data-testid="theme" on:click=cycle_theme>{theme_label}</button>
                }
                .into_any()
            }}
            {move || {
                shared.get().map(|r| match r {
                    Ok(url) => view! {
                        <label class="goroscope-share">
                            "Link "
                            <input data-testid="share-url" readonly prop:value=url on:focus=select_all/>
                        </label>
                    }
                    .into_any(),
                    Err(e) => view! { <p class="goroscope-share-error" data-testid="share-error" role="alert">{e}</p> }.into_any(),
                })
            }}
            {move || {
                snippet.get().map(|code| view! {
                    <label class="goroscope-share">
                        "Embed "
                        <textarea data-testid="embed-snippet" readonly rows="3" prop:value=code on:focus=select_all></textarea>
                    </label>
                })
            }}
            {(!embedded).then(|| view! { <p class="goroscope-caption">{caption}</p> })}
        </div>
    }
}

/// Saves the run's timeline as `goroscope.svg` (animated, so it plays where it is shown).
fn download_svg(s: AppState) {
    use wasm_bindgen::JsCast;
    let Some(svg) = s.model.with_untracked(|m| m.as_ref().map(|m| m.svg(true))) else { return };
    let parts = js_sys::Array::of1(&svg.into());
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("image/svg+xml");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let doc = web_sys::window().and_then(|w| w.document());
    if let Some(a) = doc
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download("goroscope.svg");
        a.click();
    }
    // Give the download time to start before the URL goes away.
    gloo_timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}

/// Where the full app lives: this page without its query and fragment, or the address a
/// script embed was given.
fn app_url(s: AppState) -> String {
    if let Some(base) = s.options.with_value(|o| o.base.clone()) {
        return base;
    }
    web_sys::window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))
        })
        .unwrap_or_default()
}

/// A link to the full app showing what is on screen now, or why there is none.
async fn share_link(s: AppState) -> Result<String, String> {
    s.share_fragment().await.map(|f| format!("{}#{f}", app_url(s)))
}

/// The `<iframe>` a blog pastes to show this program as a compact player.
pub fn iframe_snippet(app: &str, fragment: &str) -> String {
    format!(
        "<iframe src=\"{app}?embed#{fragment}\" width=\"700\" height=\"450\" style=\"border:0;max-width:100%\" loading=\"lazy\" title=\"Goroscope: a Go program's goroutines, step by step\"></iframe>"
    )
}

fn select_all(ev: leptos::ev::FocusEvent) {
    use wasm_bindgen::JsCast;
    let target = ev.target();
    if let Some(i) = target.as_ref().and_then(|t| t.dyn_ref::<web_sys::HtmlInputElement>()) {
        i.select();
    } else if let Some(t) =
        target.as_ref().and_then(|t| t.dyn_ref::<web_sys::HtmlTextAreaElement>())
    {
        t.select();
    }
}

/// Best effort: the snippet is also shown, selected, when the clipboard is not allowed.
fn copy_to_clipboard(text: &str) {
    use wasm_bindgen::JsCast;
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else { return };
    let Ok(clipboard) = js_sys::Reflect::get(&nav, &"clipboard".into()) else { return };
    let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into()) else { return };
    let Some(write) = write.dyn_ref::<js_sys::Function>() else { return };
    if let Ok(promise) = write.call1(&clipboard, &text.into())
        && let Ok(promise) = promise.dyn_into::<js_sys::Promise>()
    {
        // A refused permission rejects the promise; swallow it.
        let ignore =
            wasm_bindgen::closure::Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(|_| {});
        let _ = promise.catch(&ignore);
        ignore.forget();
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
    // Colours from the core's lexer, so they agree with what the compiler sees.
    let highlighted = move || {
        s.source.with(|src| {
            highlight(src)
                .into_iter()
                .map(|(range, class)| {
                    let text = src[range].to_string();
                    match class {
                        Class::Plain => text.into_any(),
                        c => view! { <span class=format!("goroscope-tok-{}", c.name())>{text}</span> }.into_any(),
                    }
                })
                .collect_view()
        })
    };
    let highlight_ref = NodeRef::<leptos::html::Pre>::new();
    view! {
        <div class="goroscope-editor">
            <div class="goroscope-gutter" aria-hidden="true">{lines}</div>
            <div class="goroscope-code">
            <pre class="goroscope-highlight" aria-hidden="true" node_ref=highlight_ref>{highlighted}"\n"</pre>
            <textarea
                data-testid="editor"
                spellcheck="false"
                aria-label="Go source"
                prop:value=move || s.source.get()
                readonly=s.options.with_value(|o| o.readonly)
                on:input=move |ev| s.source.set(event_target_value(&ev))
                on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                    if ev.key() == "Enter" && (ev.ctrl_key() || ev.meta_key()) {
                        ev.prevent_default();
                        s.run();
                    }
                }
                on:scroll=move |ev| {
                    // Long lines scroll the text sideways; the colours follow.
                    if let (Some(pre), Some(ta)) = (highlight_ref.get(), ev.target()) {
                        let ta: web_sys::Element = wasm_bindgen::JsCast::unchecked_into(ta);
                        pre.set_scroll_left(ta.scroll_left());
                    }
                }
            ></textarea>
            </div>
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

/// What the page says about the link it was opened with.
#[component]
pub fn Notice() -> impl IntoView {
    let s = state();
    move || {
        s.notice.get().map(|text| {
            view! {
                <p class="goroscope-notice" data-testid="notice" role="alert">
                    {text}
                    " "
                    <button on:click=move |_| s.notice.set(None) aria-label="Dismiss">"×"</button>
                </p>
            }
        })
    }
}

/// How the run ended, in Go's words.
#[component]
pub fn OutcomeBanner() -> impl IntoView {
    let s = state();
    // The banner is rebuilt only when a run starts or ends; while it runs only the count
    // changes, so the Stop button stays the same element and a click on it always lands.
    let running = Memo::new(move |_| s.progress.with(Option::is_some));
    move || {
        if running.get() {
            let steps = move || s.progress.get().unwrap_or(0);
            return view! {
                <div class="goroscope-outcome goroscope-outcome-running" data-testid="progress" role="status">
                    "Running… " {steps} " steps so far "
                    <button data-testid="stop" on:click=move |_| s.stop_requested.set_value(true)>"Stop"</button>
                </div>
            }
            .into_any();
        }
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
        // Each race names both accesses; either jumps to its step.
        let races = s.model.with(|m| m.as_ref().map(|m| m.races()).unwrap_or_default());
        let jump = move |step: usize| {
            s.player.update(|p| {
                p.playing = false;
                p.seek(step + 1)
            })
        };
        let races = (!races.is_empty()).then(|| {
            view! {
                <ul class="goroscope-races">
                    {races
                        .into_iter()
                        .map(|r| {
                            let (a, b) = (r.prev_step, r.step);
                            view! {
                                <li data-testid="race-access">
                                    {r.sentence}
                                    " "
                                    <button data-testid="race-jump-prev" on:click=move |_| jump(a)>{format!("step {a}")}</button>
                                    " "
                                    <button data-testid="race-jump" on:click=move |_| jump(b)>{format!("step {b}")}</button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
        });
        view! {
            <div
                class=format!("goroscope-outcome goroscope-outcome-{kind}")
                data-testid="outcome"
                data-kind=kind
                data-fingerprint=fp
            >
                <pre>{text}</pre>
                {races}
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

/// One lane per goroutine, coloured by state over time, with the cursor. The drawing is made
/// once per run at the box's own pixel width, at most one span per pixel however long the
/// trace; only lanes scrolled into view get their spans, labels and arrows (the others stay
/// as empty placeholders that still carry `data-state`); moving the cursor moves the cursor
/// line and updates the lanes whose state changed.
#[component]
pub fn TimelineView() -> impl IntoView {
    let s = state();
    let boxed = NodeRef::<leptos::html::Div>::new();
    // The box's width, and its scroll window: (top, height).
    let width = RwSignal::new(900.0_f64);
    let window = RwSignal::new((0.0_f64, 480.0_f64));
    let measure = move || {
        if let Some(el) = boxed.get_untracked() {
            let w = f64::from(el.client_width());
            if w > 0.0 && (w - width.get_untracked()).abs() >= 1.0 {
                width.set(w);
            }
            window.set((f64::from(el.scroll_top()), f64::from(el.client_height()).max(200.0)));
        }
    };
    use_resize(boxed, measure);
    let n_lanes = move || s.model.with(|m| m.as_ref().map_or(0, |m| m.lanes().len()));
    let drawn = Memo::new(move |_| {
        let (top, height) = window.get();
        Timeline::visible_lanes(n_lanes(), top, height, 8)
    });
    // Each lane's (state, wait reason) at the cursor, in lane order.
    let states = Memo::new(move |_| {
        let cursor = s.player.get().cursor;
        s.model.with(|m| {
            let Some(m) = m.as_ref() else { return Vec::new() };
            let now = m.goroutine_states(cursor);
            m.lanes()
                .iter()
                .map(|l| match now.binary_search_by_key(&l.gid, |g| g.0) {
                    Ok(i) => (now[i].1, now[i].2.clone().unwrap_or_default()),
                    Err(_) => ("done", String::new()),
                })
                .collect::<Vec<_>>()
        })
    });
    let lane_state = move |i: usize| states.with(|v| v.get(i).map_or("done", |x| x.0));
    let lane_reason =
        move |i: usize| states.with(|v| v.get(i).map(|x| x.1.clone()).unwrap_or_default());
    let drawing = move || {
        let m = s.model.get()?;
        let t = Timeline::new(m.len(), width.get());
        let per = t.steps_per_pixel();
        let h = Timeline::height(m.lanes().len());
        let rows = (0..m.lanes().len())
            .map(|i| {
                let lane = &m.lanes()[i];
                let gid = lane.gid;
                // Per-lane memos: a step touches the DOM of the lanes whose state changed.
                let st = Memo::new(move |_| lane_state(i));
                let shown = Memo::new(move |_| drawn.with(|r| r.contains(&i)));
                let m = m.clone();
                let body = move || {
                    shown.get().then(|| {
                        let lane = &m.lanes()[i];
                        let y = Timeline::lane_y(i);
                        let spans = lane
                            .drawn(per)
                            .into_iter()
                            .map(|(from, to, st)| {
                                let x0 = t.xf(from);
                                let x1 = t.xf(to).max(x0 + 1.0);
                                view! { <rect x=x0 y=y + 3.0 width=x1 - x0 height=LANE_H - 6.0 class=format!("goroscope-span goroscope-state-{st}")></rect> }
                            })
                            .collect_view();
                        let label = format!("G{} {}", lane.gid, lane.name);
                        view! {
                            <title>{label.clone()}</title>
                            <text
                                x=4.0
                                y=y + 11.5
                                class="goroscope-lane-label"
                                data-testid="lane-next"
                                role="button"
                                tabindex="0"
                                aria-label=format!("Step to G{gid}'s next event")
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
                            // Under the name, so a long name and a long wait reason never overlap.
                            <text x=4.0 y=y + 22.5 class="goroscope-lane-state">{move || lane_reason(i)}</text>
                        }
                    })
                };
                view! { <g data-testid="lane" data-gid=gid.to_string() data-state=st>{body}</g> }
            })
            .collect_view();
        let all_arrows = m.arrows(per);
        let mut lane_of: litemap::LiteMap<u32, usize> = litemap::LiteMap::new();
        for (i, l) in m.lanes().iter().enumerate() {
            lane_of.insert(l.gid, i);
        }
        // Arrows with an end in view.
        let arrows = move || {
            let r = drawn.get();
            all_arrows
                .iter()
                .filter_map(|a| {
                    let (fi, ti) = (*lane_of.get(&a.from_gid)?, *lane_of.get(&a.to_gid)?);
                    if !r.contains(&fi) && !r.contains(&ti) {
                        return None;
                    }
                    let (x1, x2) = (t.x(a.from_step as usize), t.x(a.to_step as usize));
                    let (y1, y2) = (Timeline::lane_y(fi) + LANE_H / 2.0, Timeline::lane_y(ti) + LANE_H / 2.0);
                    Some(view! { <line x1=x1 y1=y1 x2=x2 y2=y2 class=format!("goroscope-arrow goroscope-arrow-{}", a.kind)></line> })
                })
                .collect_view()
        };
        let cx = move || t.x(s.player.get().cursor);
        let ticks = t
            .ticks(8)
            .into_iter()
            .map(|k| view! { <text x=t.x(k) y=12.0 class="goroscope-tick" text-anchor="middle">{k}</text> })
            .collect_view();
        let w = t.width;
        // The cursor is a layer of its own over the drawing: moving it repaints nothing (a
        // line inside the SVG had the browser repaint the whole timeline at every step).
        // Set through the CSSOM (`style:`), which a strict Content-Security-Policy allows.
        let cursor_x = move || format!("translateX({}px)", cx());
        Some(view! {
            <svg viewBox=format!("0 0 {w} {h}") width=w height=h role="img" aria-label="Goroutine timeline">
                {ticks}
                {rows}
                {arrows}
            </svg>
            <div class="goroscope-cursor" aria-hidden="true" style:height=format!("{h}px") style:transform=cursor_x></div>
        })
    };
    view! { <div class="goroscope-timeline" node_ref=boxed on:scroll=move |_| measure()>{drawing}</div> }
}

/// Calls `f` once the element is in the page and whenever it changes size.
fn use_resize(el: NodeRef<leptos::html::Div>, f: impl Fn() + Clone + 'static) {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    el.on_load(move |node| {
        f();
        let cb = Closure::<dyn FnMut()>::new(f);
        if let Ok(observer) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
            observer.observe(&node);
        }
        cb.forget();
    });
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

/// Channels (buffers and wait queues), mutexes and WaitGroups at the cursor, drawn as one
/// HTML text (`html::objects`) since the panel changes whole at every step.
#[component]
pub fn Objects() -> impl IntoView {
    let s = state();
    let content = move || {
        let cursor = s.player.get().cursor;
        s.model.with(|m| {
            m.as_ref().map(|m| crate::html::objects(&m.objects(cursor))).unwrap_or_default()
        })
    };
    view! { <div class="goroscope-objects" inner_html=content></div> }
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
    // Restart the interval only when playing starts, stops or the speed changes, not on
    // every tick it causes.
    let want = Memo::new(move |_| s.player.with(|p| p.playing.then(|| p.interval_ms())));
    Effect::new(move |_| {
        let want = want.get();
        timer.set_value(None);
        if let Some(ms) = want {
            timer.set_value(Some(Interval::new(ms, move || s.player.update(|p| p.tick()))));
        }
    });
    on_cleanup(move || timer.set_value(None));
}

/// Space, arrows, Home/End and [ ] drive the full page's player when no text field is
/// focused.
pub fn use_keyboard_on_window(s: AppState) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev| handle_key(s, &ev));
    on_cleanup(move || handle.remove());
}

/// The player's keyboard shortcuts. An embedded player takes them only while it has focus,
/// so several on one page stay independent.
pub fn handle_key(s: AppState, ev: &web_sys::KeyboardEvent) {
    let in_text = ev
        .target()
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "TEXTAREA" | "INPUT" | "SELECT"));
    if in_text || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
        return;
    }
    let action: fn(&mut crate::player::Player) = match ev.key().as_str() {
        " " => |p| p.toggle(),
        "ArrowRight" => |p| {
            p.playing = false;
            p.step_forward()
        },
        "ArrowLeft" => |p| p.step_back(),
        "Home" => |p| p.jump_start(),
        "End" => |p| p.jump_end(),
        "[" => |p| p.slower(),
        "]" => |p| p.faster(),
        _ => return,
    };
    s.player.update(action);
    ev.prevent_default();
}

/// A share link pasted into the address bar of an open page (only the fragment changes, so
/// the page does not reload) opens like a fresh visit.
pub fn use_hash_links(s: AppState) {
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        if let Some(hash) = web_sys::window().and_then(|w| w.location().hash().ok()) {
            s.open_link(&hash, Box::new(|_| {}), Box::new(|_| {}));
        }
    });
    on_cleanup(move || handle.remove());
}

/// In an iframe, tells the host page the player's height whenever it changes, as
/// `{type: "goroscope:height", height}`, so hosts can size the frame to fit.
pub fn post_height_to_parent(root: NodeRef<leptos::html::Main>) {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    let Some(win) = web_sys::window() else { return };
    let Ok(Some(parent)) = win.parent() else { return };
    if parent == win {
        return;
    }
    root.on_load(move |el| {
        let target: web_sys::Element = el.clone().into();
        let measured = target.clone();
        let last = std::cell::Cell::new(-1.0);
        let post = Closure::<dyn FnMut()>::new(move || {
            let height = measured.get_bounding_client_rect().height().ceil();
            if height != last.get() {
                last.set(height);
                let msg = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&msg, &"type".into(), &"goroscope:height".into());
                let _ = js_sys::Reflect::set(&msg, &"height".into(), &height.into());
                let _ = parent.post_message(&msg, "*");
            }
        });
        if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
            observer.observe(&target);
        }
        post.forget();
    });
}
