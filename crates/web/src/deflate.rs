//! Raw deflate through the browser's own `CompressionStream` and `DecompressionStream`
//! (`"deflate-raw"`, in every current browser), for share links: a codec compiled into the
//! bundle cost 12 KB gzip. Inflating reads the stream chunk by chunk and stops at a limit, so
//! a tiny hostile link cannot expand into gigabytes.

use js_sys::{Array, Promise, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    type CompressionStream;
    #[wasm_bindgen(catch, constructor)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;
    type DecompressionStream;
    #[wasm_bindgen(catch, constructor)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;

    type Blob;
    #[wasm_bindgen(catch, constructor)]
    fn new(parts: &Array) -> Result<Blob, JsValue>;
    #[wasm_bindgen(method)]
    fn stream(this: &Blob) -> Stream;

    type Stream;
    #[wasm_bindgen(catch, method, js_name = pipeThrough)]
    fn pipe_through(this: &Stream, pair: &JsValue) -> Result<Stream, JsValue>;
    #[wasm_bindgen(method, js_name = getReader)]
    fn get_reader(this: &Stream) -> Reader;

    type Reader;
    #[wasm_bindgen(method)]
    fn read(this: &Reader) -> Promise;
    #[wasm_bindgen(method)]
    fn cancel(this: &Reader) -> Promise;
}

/// `bytes` raw-deflated, or `None` where the browser has no `CompressionStream`.
pub async fn deflate(bytes: &[u8]) -> Option<Vec<u8>> {
    let transform = CompressionStream::new("deflate-raw").ok()?;
    pump(bytes, &transform, usize::MAX).await
}

/// `packed` inflated, or `None` if it is not raw deflate, inflates to more than `limit`
/// bytes, or the browser has no `DecompressionStream`.
pub async fn inflate(packed: &[u8], limit: usize) -> Option<Vec<u8>> {
    let transform = DecompressionStream::new("deflate-raw").ok()?;
    pump(packed, &transform, limit).await
}

/// Feeds `input` through `transform` (a readable/writable pair) and collects what comes out,
/// up to `limit` bytes.
async fn pump(input: &[u8], transform: &JsValue, limit: usize) -> Option<Vec<u8>> {
    let parts = Array::of1(&Uint8Array::from(input));
    let reader = Blob::new(&parts).ok()?.stream().pipe_through(transform).ok()?.get_reader();
    let mut out = Vec::new();
    loop {
        // A corrupt stream rejects the read: not deflate.
        let chunk = JsFuture::from(reader.read()).await.ok()?;
        if Reflect::get(&chunk, &"done".into()).ok()?.is_truthy() {
            return Some(out);
        }
        let value = Uint8Array::new(&Reflect::get(&chunk, &"value".into()).ok()?);
        if out.len() + value.length() as usize > limit {
            let _ = reader.cancel();
            return None;
        }
        let at = out.len();
        out.resize(at + value.length() as usize, 0);
        value.copy_to(&mut out[at..]);
    }
}
