//! The web entry point: installs the panic hook, mounts the full app on Goroscope's own page,
//! and exports `mount` for the script embed, which loads this same module on host pages.

use wasm_bindgen::prelude::wasm_bindgen;

fn main() {
    console_error_panic_hook::set_once();
    // index.html marks its body; a host page that loads the module for its widgets does not.
    let own_page = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
        .is_some_and(|b| b.get_attribute("data-goroscope").as_deref() == Some("app"));
    if own_page {
        leptos::mount::mount_to_body(goroscope_web::App);
    }
}

/// Mounts a compact player for `source` into `host`; `options` is a query string such as
/// `seed=3&autoplay&panels=timeline,output`.
#[wasm_bindgen]
pub fn mount(host: web_sys::HtmlElement, source: String, options: String) {
    goroscope_web::mount_widget(host, source, &options);
}
