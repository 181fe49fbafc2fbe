//! The Goroscope visualizer, a Leptos client-side app. Components are thin functions over
//! signals; logic that can be tested natively lives in plain modules beside them.

use leptos::prelude::*;

/// The root component.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <main class="goroscope-app" data-testid="app">
            <header class="goroscope-header">
                <h1>"Goroscope"</h1>
                <p class="goroscope-tagline">"Go concurrency, made visible."</p>
            </header>
            <p class="goroscope-placeholder" data-testid="placeholder">
                {format!("Simulator core {} loaded.", goroscope_core::VERSION)}
            </p>
        </main>
    }
}
