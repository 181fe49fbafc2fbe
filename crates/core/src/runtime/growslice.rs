//! Go's slice growth: the capacity `append` gives a slice that outgrows its backing array
//! (`runtime.growslice` on a 64-bit target), with the new array rounded up to a malloc size
//! class, so `cap` reports what Go reports for slices on the heap.

/// What growth needs to know about an element type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Elem {
    /// Its size in bytes.
    pub size: u64,
    /// Whether it holds pointers (large arrays of them carry a malloc header).
    pub pointers: bool,
}

/// Go's `gc.SizeClassToSize`: the object sizes small allocations are rounded up to. Every
/// size is a multiple of 8 up to 1024 and of 128 beyond, so the smallest class that fits a
/// size is the one Go's lookup tables give.
const SIZE_CLASSES: [u16; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];
const MAX_SMALL_SIZE: u64 = 32768;
const MALLOC_HEADER_SIZE: u64 = 8;
/// Smaller objects with pointers keep their pointer bitmap in the span, not in a header.
const MIN_SIZE_FOR_MALLOC_HEADER: u64 = 8 * 64;
const PAGE_SIZE: u64 = 8192;

/// The capacity of the array `append` allocates for `new_len` elements when the slice's
/// capacity `old_cap` is too small.
pub fn grown_cap(new_len: u64, old_cap: u64, elem: Elem) -> u64 {
    if elem.size == 0 {
        return new_len;
    }
    let cap = next_slice_cap(new_len, old_cap);
    let mem = roundup_size(cap.saturating_mul(elem.size), !elem.pointers);
    mem / elem.size
}

/// The capacity of an array for `len` elements rounded up to a malloc size class (what Go's
/// `growsliceBuf` and `moveSliceNoCap` give).
pub fn size_class_cap(len: u64, elem: Elem) -> u64 {
    if elem.size == 0 {
        return len;
    }
    roundup_size(len.saturating_mul(elem.size), !elem.pointers) / elem.size
}

/// Go's `nextslicecap`: double small slices, grow larger ones by about 1.25×.
fn next_slice_cap(new_len: u64, old_cap: u64) -> u64 {
    let double = old_cap + old_cap;
    if new_len > double {
        return new_len;
    }
    const THRESHOLD: u64 = 256;
    if old_cap < THRESHOLD {
        return double;
    }
    let mut cap = old_cap;
    while cap < new_len {
        cap += (cap + 3 * THRESHOLD) >> 2;
    }
    cap
}

/// Go's `roundupsize`: the bytes malloc hands out for a request, less its header.
fn roundup_size(size: u64, noscan: bool) -> u64 {
    if size <= MAX_SMALL_SIZE - MALLOC_HEADER_SIZE {
        let header =
            if !noscan && size > MIN_SIZE_FOR_MALLOC_HEADER { MALLOC_HEADER_SIZE } else { 0 };
        let req = size + header;
        let class = SIZE_CLASSES.iter().map(|&c| u64::from(c)).find(|&c| c >= req);
        return class.unwrap_or(req) - header;
    }
    size.div_ceil(PAGE_SIZE).saturating_mul(PAGE_SIZE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_classes_grow_in_go_steps() {
        assert!(SIZE_CLASSES.windows(2).all(|w| w[0] < w[1]));
        for &c in &SIZE_CLASSES {
            let step = if c <= 1024 { 8 } else { 128 };
            assert_eq!(c % step, 0, "class {c} breaks the lookup-table equivalence");
        }
    }

    #[test]
    fn grown_capacity_always_fits_the_new_length() {
        for size in [1, 2, 4, 8, 12, 16, 24, 32, 40, 100, 4096] {
            for pointers in [false, true] {
                let elem = Elem { size, pointers };
                for old_cap in [0, 1, 3, 255, 256, 1000, 5000] {
                    for extra in [1, 2, 7, 600] {
                        let cap = grown_cap(old_cap + extra, old_cap, elem);
                        assert!(cap >= old_cap + extra, "{elem:?} {old_cap}+{extra} -> {cap}");
                    }
                }
            }
        }
    }
}
