//! The schedule's printable form: a short, URL-safe text carrying a run's seed and every
//! scheduling choice, so that one exact interleaving can be printed, pasted into
//! `goroscope run --schedule` or put in a link, and replayed.
//!
//! Version 1 reads `s1.SEED.COUNT.BODY` (`.BODY` is left out when COUNT is 0): SEED and the
//! number of choices COUNT in decimal, then BODY, a bit string written six bits per character
//! in the base64url alphabet (`A-Z a-z 0-9 - _`), most significant bit first, the last
//! character padded with zero bits.
//!
//! The bits hold the choices in blocks of 256 (the last block holds the rest), each coded as a
//! frame of reference with patches, since choices are small numbers with rare larger ones:
//!
//! - a width `w` in 6 bits (0 to 32), then the low `w` bits of every choice of the block;
//! - the number of exceptions, choices that need more than `w` bits, as an Elias-gamma code
//!   of `n + 1`; then for each exception, in increasing order, its index in the block in
//!   8 bits and its high part (`choice >> w`, at least 1) as an Elias-gamma code.
//!
//! The encoder picks the cheapest width for each block. A block of only zeros (the current
//! goroutine keeps running) takes 7 bits, so long runs of one choice cost next to nothing,
//! and a run between two goroutines spends about one bit per choice.

use super::Schedule;

/// The version prefix this build writes and reads.
pub const VERSION_PREFIX: &str = "s1";

/// Choices per block; indices of exceptions take `INDEX_BITS` bits.
const BLOCK: usize = 256;
const INDEX_BITS: u32 = 8;
const WIDTH_BITS: u32 = 6;

/// More choices than any run records, and a bound on what decoding may allocate: an input of
/// a few characters can claim billions of zero choices.
pub const MAX_CHOICES: usize = 1 << 26;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Why a text is not a schedule, and where: `position` counts characters from 1.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScheduleError {
    pub position: usize,
    pub message: String,
}

impl std::fmt::Display for ScheduleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid schedule at character {}: {}", self.position, self.message)
    }
}

impl std::error::Error for ScheduleError {}

/// The printable form of a schedule.
pub fn encode(schedule: &Schedule) -> String {
    let choices = &schedule.choices;
    let mut out = format!("{VERSION_PREFIX}.{}.{}", schedule.seed, choices.len());
    if choices.is_empty() {
        return out;
    }
    out.push('.');
    let mut bits = BitWriter::default();
    for block in choices.chunks(BLOCK) {
        encode_block(block, &mut bits);
    }
    out.push_str(&bits.finish());
    out
}

/// Reads a schedule written by `encode`.
pub fn decode(text: &str) -> Result<Schedule, ScheduleError> {
    // Fields, with the character position (from 1) where each starts.
    let mut fields = Vec::new();
    let mut start = 1;
    let mut field = String::new();
    for (i, c) in text.chars().enumerate() {
        if c == '.' && fields.len() < 3 {
            fields.push((start, std::mem::take(&mut field)));
            start = i + 2;
        } else {
            field.push(c);
        }
    }
    fields.push((start, field));
    let (pos, version) = fields.first().cloned().unwrap_or_default();
    if version != VERSION_PREFIX {
        let shown: String = version.chars().take(12).collect();
        return err(
            pos,
            format!("expected the version prefix `{VERSION_PREFIX}.`, found `{shown}`"),
        );
    }
    let number = |i: usize, what: &str| -> Result<u64, ScheduleError> {
        let Some((pos, f)) = fields.get(i) else {
            return err(text.chars().count() + 1, format!("missing the {what} after `.`"));
        };
        if let Some((j, c)) = f.chars().enumerate().find(|(_, c)| !c.is_ascii_digit()) {
            return err(pos + j, format!("the {what} must be a decimal number, found `{c}`"));
        }
        if f.is_empty() {
            return err(*pos, format!("the {what} is empty"));
        }
        f.parse().or_else(|_| err(*pos, format!("the {what} `{f}` is too large")))
    };
    let seed = number(1, "seed")?;
    let count = number(2, "number of choices")?;
    let (count_pos, _) = fields.get(2).cloned().unwrap_or_default();
    if count > MAX_CHOICES as u64 {
        return err(
            count_pos,
            format!("{count} choices is more than a schedule may hold ({MAX_CHOICES})"),
        );
    }
    let count = count as usize;
    let (body_pos, body) = match fields.get(3) {
        Some((pos, body)) => (*pos, body.as_str()),
        None if count == 0 => return Ok(Schedule { seed, choices: Vec::new() }),
        None => return err(text.chars().count() + 1, "missing the choices after `.`".into()),
    };
    if count == 0 {
        return err(body_pos, "there are no choices, yet text follows".into());
    }
    let mut digits = Vec::with_capacity(body.len());
    for (i, c) in body.chars().enumerate() {
        match ALPHABET.iter().position(|&a| char::from(a) == c) {
            Some(d) => digits.push(d as u8),
            None => {
                return err(body_pos + i, format!("`{c}` is not a base64url character"));
            }
        }
    }
    let mut reader = BitReader { digits: &digits, bit: 0, body_pos };
    let mut choices = Vec::new();
    while choices.len() < count {
        let n = (count - choices.len()).min(BLOCK);
        decode_block(&mut reader, n, &mut choices)?;
    }
    reader.expect_padding()?;
    Ok(Schedule { seed, choices })
}

fn err<T>(position: usize, message: String) -> Result<T, ScheduleError> {
    Err(ScheduleError { position, message })
}

/// Bits in an Elias-gamma code of `x` (at least 1).
fn gamma_len(x: u64) -> u64 {
    2 * u64::from(64 - x.leading_zeros()) - 1
}

fn bit_len(x: u32) -> u32 {
    32 - x.leading_zeros()
}

fn encode_block(block: &[u32], bits: &mut BitWriter) {
    // by_len[b]: how many choices need exactly b bits.
    let mut by_len = [0u64; 33];
    for &c in block {
        by_len[bit_len(c) as usize] += 1;
    }
    let n = block.len() as u64;
    let cost = |w: u32| -> u64 {
        let mut exceptions = 0;
        let mut res = u64::from(w) * n;
        for b in (w + 1)..=32 {
            let k = by_len[b as usize];
            exceptions += k;
            // The index, and the high part's gamma code: it has b - w bits.
            res += k * (u64::from(INDEX_BITS) + 2 * u64::from(b - w) - 1);
        }
        res + gamma_len(exceptions + 1)
    };
    let max = by_len.iter().rposition(|&k| k > 0).unwrap_or(0) as u32;
    let w = (0..=max).min_by_key(|&w| (cost(w), w)).unwrap_or(0);
    bits.put(u64::from(w), WIDTH_BITS);
    for &c in block {
        bits.put(u64::from(c) & low_mask(w), w);
    }
    let exceptions: Vec<(usize, u64)> = block
        .iter()
        .enumerate()
        .map(|(i, &c)| (i, u64::from(c) >> w))
        .filter(|&(_, high)| high > 0)
        .collect();
    bits.put_gamma(exceptions.len() as u64 + 1);
    for (i, high) in exceptions {
        bits.put(i as u64, INDEX_BITS);
        bits.put_gamma(high);
    }
}

fn decode_block(
    reader: &mut BitReader<'_>,
    n: usize,
    out: &mut Vec<u32>,
) -> Result<(), ScheduleError> {
    let at = reader.position();
    let w = reader.get(WIDTH_BITS)? as u32;
    if w > 32 {
        return Err(reader.error_at(at, format!("a block's width is {w} bits, at most 32")));
    }
    let first = out.len();
    for _ in 0..n {
        out.push(reader.get(w)? as u32);
    }
    let at = reader.position();
    let exceptions = reader.get_gamma()? - 1;
    if exceptions > n as u64 {
        return Err(reader.error_at(at, format!("{exceptions} large choices in a block of {n}")));
    }
    let mut prev = None;
    for _ in 0..exceptions {
        let at = reader.position();
        let i = reader.get(INDEX_BITS)? as usize;
        if i >= n || prev.is_some_and(|p| i <= p) {
            return Err(reader.error_at(at, format!("a large choice's index {i} is out of order")));
        }
        prev = Some(i);
        let at = reader.position();
        let high = reader.get_gamma()?;
        let value = (u128::from(high) << w) | u128::from(out[first + i]);
        out[first + i] = u32::try_from(value).map_err(|_| {
            reader.error_at(at, format!("choice {} does not fit in 32 bits", first + i + 1))
        })?;
    }
    Ok(())
}

fn low_mask(w: u32) -> u64 {
    (1u64 << w) - 1
}

/// Collects bits and writes them as base64url characters.
#[derive(Default)]
struct BitWriter {
    out: String,
    acc: u64,
    n_acc: u32,
}

impl BitWriter {
    /// Appends the low `n` bits of `value` (`n <= 33`), most significant first.
    fn put(&mut self, value: u64, n: u32) {
        for i in (0..n).rev() {
            self.acc = (self.acc << 1) | ((value >> i) & 1);
            self.n_acc += 1;
            if self.n_acc == 6 {
                self.out.push(char::from(ALPHABET[self.acc as usize]));
                self.acc = 0;
                self.n_acc = 0;
            }
        }
    }

    /// Elias gamma: `x >= 1` in binary, after as many zeros as it has bits less one.
    fn put_gamma(&mut self, x: u64) {
        let len = 64 - x.leading_zeros();
        self.put(0, len - 1);
        self.put(x, len);
    }

    fn finish(mut self) -> String {
        if self.n_acc > 0 {
            self.put(0, 6 - self.n_acc);
        }
        self.out
    }
}

/// Reads bits from decoded base64url digits, reporting positions in the whole text.
struct BitReader<'a> {
    digits: &'a [u8],
    bit: usize,
    /// The character position (from 1) of the body's first character.
    body_pos: usize,
}

impl BitReader<'_> {
    fn position(&self) -> usize {
        self.bit
    }

    fn error_at(&self, bit: usize, message: String) -> ScheduleError {
        ScheduleError { position: self.body_pos + bit / 6, message }
    }

    fn get_bit(&mut self) -> Result<u64, ScheduleError> {
        let Some(&d) = self.digits.get(self.bit / 6) else {
            return Err(self.error_at(self.bit, "the choices end too early".into()));
        };
        let b = (d >> (5 - self.bit % 6)) & 1;
        self.bit += 1;
        Ok(u64::from(b))
    }

    fn get(&mut self, n: u32) -> Result<u64, ScheduleError> {
        let mut v = 0;
        for _ in 0..n {
            v = (v << 1) | self.get_bit()?;
        }
        Ok(v)
    }

    fn get_gamma(&mut self) -> Result<u64, ScheduleError> {
        let at = self.bit;
        let mut zeros = 0;
        while self.get_bit()? == 0 {
            zeros += 1;
            if zeros > 40 {
                return Err(self.error_at(at, "a number is too long".into()));
            }
        }
        Ok((1 << zeros) | self.get(zeros)?)
    }

    /// After the last choice only the zero bits that fill the last character may remain.
    fn expect_padding(&mut self) -> Result<(), ScheduleError> {
        let end = self.digits.len() * 6;
        if end - self.bit >= 6 {
            return Err(
                self.error_at(self.bit.next_multiple_of(6), "text after the last choice".into())
            );
        }
        let at = self.bit;
        if self.get(u32::try_from(end - self.bit).unwrap_or(0))? != 0 {
            return Err(self.error_at(at, "text after the last choice".into()));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::sched::Rng;

    fn schedule(seed: u64, choices: Vec<u32>) -> Schedule {
        Schedule { seed, choices }
    }

    fn round_trip(s: &Schedule) -> String {
        let text = encode(s);
        assert_eq!(decode(&text).as_ref(), Ok(s), "{text}");
        text
    }

    /// The error `decode` gives, as `position: message`.
    fn check_err(text: &str, want: &str) {
        let e = decode(text).expect_err(text);
        assert_eq!(format!("{}: {}", e.position, e.message), want, "{text}");
    }

    #[test]
    fn empty_schedule_is_just_the_seed() {
        assert_eq!(round_trip(&schedule(0, vec![])), "s1.0.0");
        assert_eq!(round_trip(&schedule(u64::MAX, vec![])), "s1.18446744073709551615.0");
    }

    #[test]
    fn small_schedules_read_back() {
        assert_eq!(round_trip(&schedule(7, vec![0, 2, 1])), "s1.7.3.CJg");
        for choices in [vec![0], vec![1], vec![u32::MAX], vec![5; 300], vec![0, u32::MAX, 0, 1]] {
            round_trip(&schedule(3, choices));
        }
    }

    #[test]
    fn random_schedules_read_back_in_about_a_bit_per_binary_choice() {
        let mut rng = Rng::new(42);
        for n_options in [2u64, 3, 5, 17, 1000] {
            for len in [1usize, 255, 256, 257, 511, 5000] {
                let choices = (0..len).map(|_| rng.below(n_options) as u32).collect();
                round_trip(&schedule(n_options, choices));
            }
        }
        let binary: Vec<u32> = (0..100_000).map(|_| rng.below(2) as u32).collect();
        let text = round_trip(&schedule(7, binary));
        // Ideal: 100,000 bits in 16,667 characters; blocks add about 3%.
        assert!(text.len() < 17_300, "{} characters", text.len());
    }

    #[test]
    fn rare_large_choices_cost_little() {
        let mut rng = Rng::new(1);
        let choices: Vec<u32> = (0..25_600)
            .map(|_| if rng.below(50) == 0 { 2 + rng.below(6) as u32 } else { rng.below(2) as u32 })
            .collect();
        let text = round_trip(&schedule(1, choices));
        // One bit per choice and about 13 per large one: well under two bits a choice.
        assert!(text.len() < 25_600 * 13 / 10 / 6, "{} characters", text.len());
    }

    #[test]
    fn long_runs_of_one_choice_are_tiny() {
        let text = round_trip(&schedule(9, vec![0; 1_000_000]));
        assert!(text.len() < 5000, "{} characters", text.len());
        assert!(round_trip(&schedule(9, vec![1; 1_000_000])).len() < 180_000);
    }

    #[test]
    fn malformed_text_is_an_error_with_its_position() {
        check_err("", "1: expected the version prefix `s1.`, found ``");
        check_err("s2.7.3.Ck4", "1: expected the version prefix `s1.`, found `s2`");
        check_err("0,2,1", "1: expected the version prefix `s1.`, found `0,2,1`");
        check_err("s1", "3: missing the seed after `.`");
        check_err("s1.x.3", "4: the seed must be a decimal number, found `x`");
        check_err("s1.7", "5: missing the number of choices after `.`");
        check_err("s1..3", "4: the seed is empty");
        check_err("s1.99999999999999999999.0", "4: the seed `99999999999999999999` is too large");
        check_err("s1.7.3", "7: missing the choices after `.`");
        check_err("s1.7.3.", "8: the choices end too early");
        check_err("s1.7.3.C", "9: the choices end too early");
        check_err("s1.7.3.CJ!", "10: `!` is not a base64url character");
        check_err("s1.7.3.CJgA", "11: text after the last choice");
        check_err("s1.7.3.CJh", "10: text after the last choice");
        check_err("s1.7.0.A", "8: there are no choices, yet text follows");
        check_err("s1.7.3.CJg.", "11: `.` is not a base64url character");
        check_err(
            "s1.7.9999999999.A",
            "6: 9999999999 choices is more than a schedule may hold (67108864)",
        );
        // A width of 62 bits.
        check_err("s1.7.1.-", "8: a block's width is 62 bits, at most 32");
        // Width 0, then a gamma code that never ends.
        check_err("s1.7.1.AAAAAAAAAAAAAAAAAAAA", "9: a number is too long");
        // Width 0, two exceptions in a block of one choice.
        check_err("s1.7.1.AY", "9: 2 large choices in a block of 1");
    }

    /// A body written bit by bit: `(value, bits)` pairs.
    fn body(fields: &[(u64, u32)]) -> String {
        let mut w = BitWriter::default();
        for &(v, n) in fields {
            w.put(v, n);
        }
        w.finish()
    }

    #[test]
    fn inconsistent_blocks_are_errors() {
        // Width 0, two exceptions, indices 1 then 0.
        let text = format!("s1.7.2.{}", body(&[(0, 6), (0b011, 3), (1, 8), (1, 1), (0, 8)]));
        check_err(&text, "11: a large choice's index 0 is out of order");
        // Width 32, one exception on top of it: 2^32.
        let text = format!("s1.7.1.{}", body(&[(32, 6), (0, 32), (0b010, 3), (0, 8), (1, 1)]));
        check_err(&text, "16: choice 1 does not fit in 32 bits");
        // The same with the index past the block.
        let text = format!("s1.7.1.{}", body(&[(32, 6), (0, 32), (0b010, 3), (1, 8), (1, 1)]));
        check_err(&text, "14: a large choice's index 1 is out of order");
    }

    #[test]
    fn garbage_never_panics() {
        let mut rng = Rng::new(5);
        let chars: Vec<char> = "s1.07AZaz-_,é".chars().collect();
        for _ in 0..20_000 {
            let len = rng.below(24) as usize;
            let mut text = String::from("s1.");
            for _ in 0..len {
                text.push(chars[rng.below(chars.len() as u64) as usize]);
            }
            if let Ok(s) = decode(&text) {
                // Whatever decodes encodes back to something that decodes the same.
                assert_eq!(decode(&encode(&s)), Ok(s));
            }
        }
    }
}
