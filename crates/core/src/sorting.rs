//! One stable sort for every slice type. The standard library's sorts are compiled once per
//! element type and comparison (2–4 KB of wasm each); this one sorts a permutation of
//! indices with a single non-generic merge sort, then applies it, so each caller adds only a
//! few hundred bytes. Used where the web bundle would otherwise carry a sort per type.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut perm: Vec<u32> = (0..v.len() as u32).collect();
    merge_sort(&mut perm, &mut |a, b| cmp(&v[a as usize], &v[b as usize]));
    apply(v, &mut perm);
}

/// Sorts `v` stably by a key.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` stably in ascending order.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// Bottom-up merge sort of indices: insertion-sorted runs, then merges through a buffer.
fn merge_sort(v: &mut [u32], cmp: &mut dyn FnMut(u32, u32) -> Ordering) {
    const RUN: usize = 16;
    let n = v.len();
    for s in (0..n).step_by(RUN) {
        let e = (s + RUN).min(n);
        for i in s + 1..e {
            let mut j = i;
            while j > s && cmp(v[j - 1], v[j]) == Ordering::Greater {
                v.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    let mut buf = vec![0u32; n];
    let mut width = RUN;
    while width < n {
        for s in (0..n).step_by(2 * width) {
            let (m, e) = ((s + width).min(n), (s + 2 * width).min(n));
            let (mut i, mut j, mut k) = (s, m, s);
            while i < m && j < e {
                // Ties take the left element first: stable.
                if cmp(v[i], v[j]) == Ordering::Greater {
                    buf[k] = v[j];
                    j += 1;
                } else {
                    buf[k] = v[i];
                    i += 1;
                }
                k += 1;
            }
            buf[k..k + (m - i)].copy_from_slice(&v[i..m]);
            k += m - i;
            buf[k..k + (e - j)].copy_from_slice(&v[j..e]);
        }
        v.copy_from_slice(&buf);
        width *= 2;
    }
}

/// Rearranges `v` so that its element `i` is the one that was at `perm[i]`, following each
/// cycle of the permutation (which it consumes).
fn apply<T>(v: &mut [T], perm: &mut [u32]) {
    for i in 0..v.len() {
        let mut j = i;
        loop {
            let k = perm[j] as usize;
            perm[j] = j as u32;
            if k == i {
                break;
            }
            v.swap(j, k);
            j = k;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Deterministic pseudo-random numbers (SplitMix64), for inputs of many shapes.
    fn numbers(seed: u64, n: usize, range: u64) -> Vec<u64> {
        let mut s = seed;
        (0..n)
            .map(|_| {
                s = s.wrapping_add(0x9E37_79B9_7F4A_7C15);
                let mut z = s;
                z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
                z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
                (z ^ (z >> 31)) % range
            })
            .collect()
    }

    #[test]
    fn agrees_with_the_standard_stable_sort_on_many_inputs() {
        for n in [0, 1, 2, 3, 15, 16, 17, 31, 32, 33, 100, 1000, 4099] {
            for range in [2, 10, 1 << 40] {
                // Pairs (key, original position): equal keys must keep their order.
                let keys = numbers(n as u64 * 31 + range, n, range);
                let mut ours: Vec<(u64, usize)> = keys.iter().copied().zip(0..).collect();
                let mut std = ours.clone();
                sort_by_key(&mut ours, |p| p.0);
                std.sort_by_key(|p| p.0);
                assert_eq!(ours, std, "n={n} range={range}");
            }
        }
    }

    #[test]
    fn sorts_descending_and_already_sorted_input() {
        let mut v: Vec<i32> = (0..100).rev().collect();
        sort(&mut v);
        assert_eq!(v, (0..100).collect::<Vec<_>>());
        sort_by(&mut v, |a, b| b.cmp(a));
        assert_eq!(v, (0..100).rev().collect::<Vec<_>>());
    }
}
