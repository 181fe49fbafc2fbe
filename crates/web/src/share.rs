//! Share links: a program, its scheduling seed and a cursor step packed into a URL fragment
//! (`#g1.<checksum>.<data>`), versioned and checksummed. Everything stays in the fragment, so
//! nothing reaches a server; opening the link restores exactly that program, interleaving and
//! step.
//!
//! `data` is the base64url (no padding) of the raw-deflated payload; the payload is a few
//! `key value` header lines, a blank line and the source. `checksum` is the FNV-1a 32 of the
//! payload in hex, so a link damaged in transit is recognised before anything is replaced.
//! This module is the format; the page deflates and inflates through the browser's own
//! `CompressionStream` (see `deflate.rs`), so no codec ships in the bundle.

use std::fmt;

/// The format this build writes and reads. A link with a higher number was made by a newer
/// Goroscope; lower numbers are read as long as they are not removed (none has been).
pub const FORMAT: u32 = 1;

/// The largest program a link carries: links are for examples and bug reports, and browsers
/// and chat tools truncate very long URLs.
pub const MAX_SOURCE_BYTES: usize = 64 * 1024;

/// The longest fragment that is decoded at all.
pub const MAX_FRAGMENT_BYTES: usize = 128 * 1024;

/// What a link restores.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shared {
    pub source: String,
    pub seed: u64,
    pub step: usize,
    /// The trace fingerprint when the link was made, to tell the reader if this build now
    /// produces a different interleaving.
    pub fingerprint: Option<String>,
}

/// Why a link cannot be made or opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    TooLarge { bytes: usize, limit: usize },
    NewerFormat(u32),
    Corrupt(&'static str),
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::TooLarge { bytes, limit } => write!(
                f,
                "the program is too large for a link ({} KB; links carry at most {} KB)",
                bytes.div_ceil(1024),
                limit / 1024
            ),
            ShareError::NewerFormat(v) => write!(
                f,
                "this link was made by a newer Goroscope (link format {v}); this page reads format {FORMAT} and older"
            ),
            ShareError::Corrupt(why) => {
                write!(f, "this link is damaged ({why}); nothing was changed")
            }
        }
    }
}

/// The most a link's payload may inflate to: the largest source plus its header lines. The
/// decompressor stops there, so a tiny hostile link cannot expand into gigabytes.
pub const MAX_PAYLOAD_BYTES: usize = MAX_SOURCE_BYTES + 4096;

/// The payload of a link to `s`: header lines, a blank line and the source. The caller
/// raw-deflates it and hands both to [`fragment`].
pub fn payload(s: &Shared) -> Result<Vec<u8>, ShareError> {
    if s.source.len() > MAX_SOURCE_BYTES {
        return Err(ShareError::TooLarge { bytes: s.source.len(), limit: MAX_SOURCE_BYTES });
    }
    let mut payload = format!("seed {}\nstep {}\n", s.seed, s.step);
    if let Some(fp) = &s.fingerprint {
        payload.push_str(&format!("fp {fp}\n"));
    }
    payload.push('\n');
    payload.push_str(&s.source);
    Ok(payload.into_bytes())
}

/// The fragment (without `#`) for `payload`, given its raw-deflated form `packed`.
pub fn fragment(payload: &[u8], packed: &[u8]) -> String {
    format!("g{FORMAT}.{:08x}.{}", fnv1a(payload), base64url(packed))
}

/// A share link read as far as it can be without decompressing it.
#[derive(Debug, PartialEq, Eq)]
pub struct Link {
    sum: u32,
    /// The raw-deflated payload, to inflate (at most [`MAX_PAYLOAD_BYTES`]) and pass to
    /// [`Link::open`].
    pub packed: Vec<u8>,
}

/// Reads a fragment (with or without `#`). `Ok(None)` means it is not a share link at all
/// (empty, or an ordinary anchor), so the page starts as usual.
pub fn parse(fragment: &str) -> Result<Option<Link>, ShareError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let Some(rest) = fragment.strip_prefix('g') else { return Ok(None) };
    let Some((version, rest)) = rest.split_once('.') else { return Ok(None) };
    if version.is_empty() || !version.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    if fragment.len() > MAX_FRAGMENT_BYTES {
        return Err(ShareError::TooLarge { bytes: fragment.len(), limit: MAX_FRAGMENT_BYTES });
    }
    let version: u32 = version.parse().map_err(|_| ShareError::Corrupt("bad format number"))?;
    if version > FORMAT {
        return Err(ShareError::NewerFormat(version));
    }
    if version == 0 {
        return Err(ShareError::Corrupt("bad format number"));
    }
    let (sum, data) = rest.split_once('.').ok_or(ShareError::Corrupt("no checksum"))?;
    let sum = u32::from_str_radix(sum, 16)
        .ok()
        .filter(|_| sum.len() == 8)
        .ok_or(ShareError::Corrupt("bad checksum"))?;
    let packed = unbase64url(data).ok_or(ShareError::Corrupt("not base64url"))?;
    Ok(Some(Link { sum, packed }))
}

impl Link {
    /// What the link restores, from its inflated payload (`None`: it could not be inflated,
    /// or inflates past [`MAX_PAYLOAD_BYTES`]).
    pub fn open(&self, payload: Option<Vec<u8>>) -> Result<Shared, ShareError> {
        let payload = payload.ok_or(ShareError::Corrupt("cannot be decompressed"))?;
        if fnv1a(&payload) != self.sum {
            return Err(ShareError::Corrupt("checksum mismatch"));
        }
        let payload = String::from_utf8(payload).map_err(|_| ShareError::Corrupt("not UTF-8"))?;
        let (header, source) =
            payload.split_once("\n\n").ok_or(ShareError::Corrupt("no header"))?;
        let mut shared = Shared { source: source.to_string(), seed: 0, step: 0, fingerprint: None };
        for line in header.lines() {
            let (key, value) = line.split_once(' ').unwrap_or((line, ""));
            match key {
                "seed" => {
                    shared.seed = value.parse().map_err(|_| ShareError::Corrupt("bad seed"))?
                }
                "step" => {
                    shared.step = value.parse().map_err(|_| ShareError::Corrupt("bad step"))?
                }
                "fp" => shared.fingerprint = Some(value.to_string()),
                // Later minor additions to format 1 are skipped by older readers.
                _ => {}
            }
        }
        Ok(shared)
    }
}

fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |h, &b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193))
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

fn unbase64url(text: &str) -> Option<Vec<u8>> {
    let digit = |c: u8| ALPHABET.iter().position(|&a| a == c).map(|p| p as u32);
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        if chunk.len() == 1 {
            return None;
        }
        let mut n = 0;
        for (i, &c) in chunk.iter().enumerate() {
            n |= digit(c)? << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A link made as the page makes it, with miniz_oxide's raw deflate standing in for the
    /// browser's `CompressionStream("deflate-raw")` (the same format).
    fn encode(s: &Shared) -> Result<String, ShareError> {
        let payload = payload(s)?;
        Ok(fragment(&payload, &miniz_oxide::deflate::compress_to_vec(&payload, 9)))
    }

    /// A link opened as the page opens it.
    fn decode(f: &str) -> Result<Option<Shared>, ShareError> {
        let Some(link) = parse(f)? else { return Ok(None) };
        let inflated =
            miniz_oxide::inflate::decompress_to_vec_with_limit(&link.packed, MAX_PAYLOAD_BYTES);
        link.open(inflated.ok()).map(Some)
    }

    fn sample() -> Shared {
        Shared {
            source: "package main\n\nfunc main() {\n\tprintln(\"héllo <script>\")\n}\n".into(),
            seed: 42,
            step: 17,
            fingerprint: Some("0123abcd".into()),
        }
    }

    #[test]
    fn round_trip_restores_program_seed_step_and_fingerprint() {
        let s = sample();
        let frag = encode(&s).unwrap();
        assert!(frag.starts_with("g1."), "{frag}");
        assert!(frag.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)), "{frag}");
        assert_eq!(decode(&frag).unwrap(), Some(s.clone()));
        assert_eq!(decode(&format!("#{frag}")).unwrap(), Some(s));
    }

    #[test]
    fn base64url_round_trips_every_length() {
        for len in 0..70 {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
            assert_eq!(unbase64url(&base64url(&bytes)).unwrap(), bytes, "length {len}");
        }
        assert_eq!(base64url(b"\xfb\xff"), "-_8");
    }

    #[test]
    fn ordinary_anchors_are_not_links() {
        for f in ["", "#", "#section-2", "#g", "#gx.1", "#go-routines"] {
            assert_eq!(decode(f), Ok(None), "{f}");
        }
    }

    #[test]
    fn newer_formats_say_so() {
        let frag = encode(&sample()).unwrap().replacen("g1.", "g7.", 1);
        let err = decode(&frag).unwrap_err();
        assert_eq!(err, ShareError::NewerFormat(7));
        assert!(err.to_string().contains("newer Goroscope"), "{err}");
    }

    #[test]
    fn damage_anywhere_is_reported_never_accepted() {
        let frag = encode(&sample()).unwrap();
        let original = decode(&frag).unwrap();
        let bytes = frag.as_bytes();
        // Every single-character change after the version is either rejected or decodes to
        // exactly the original (a change in base64's unused low bits).
        for i in 3..bytes.len() {
            for repl in [b'A', b'z', b'-', b'.', b'!'] {
                if bytes[i] == repl {
                    continue;
                }
                let mut b = bytes.to_vec();
                b[i] = repl;
                let s = String::from_utf8(b).unwrap();
                match decode(&s) {
                    Err(ShareError::Corrupt(_)) => {}
                    Ok(got) => assert_eq!(got, original, "mutation at {i}: {s}"),
                    Err(e) => panic!("mutation at {i}: unexpected {e:?}"),
                }
            }
        }
        // Truncations too.
        for n in 3..frag.len() {
            if let Ok(Some(got)) = decode(&frag[..n]) {
                assert_eq!(Some(got), original, "truncated to {n}");
            }
        }
    }

    #[test]
    fn huge_programs_are_refused_with_a_message() {
        let big = Shared { source: "x".repeat(1 << 20), ..sample() };
        let err = encode(&big).unwrap_err();
        assert!(matches!(err, ShareError::TooLarge { .. }));
        assert!(err.to_string().contains("too large"), "{err}");
        let long = format!("g1.00000000.{}", "A".repeat(MAX_FRAGMENT_BYTES));
        assert!(matches!(decode(&long), Err(ShareError::TooLarge { .. })));
    }

    #[test]
    fn a_payload_that_cannot_be_inflated_is_damage() {
        let link = parse(&encode(&sample()).unwrap()).unwrap().unwrap();
        assert_eq!(link.open(None), Err(ShareError::Corrupt("cannot be decompressed")));
        let err = link.open(Some(b"seed 1\n\nx".to_vec())).unwrap_err();
        assert_eq!(err, ShareError::Corrupt("checksum mismatch"));
        assert!(err.to_string().contains("nothing was changed"), "{err}");
    }
}
