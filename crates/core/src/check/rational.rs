//! Exact rational numbers for Go's untyped float constants: a sign and a reduced numerator and
//! denominator of any size up to [`MAX_BITS`], with conversions to `float64` and `float32`
//! rounded correctly (to nearest, ties to even) from the exact value, as Go's compiler does.
//!
//! Go keeps such constants as exact fractions while their parts stay below 4096 bits and as
//! 512-bit floats beyond; here they stay exact up to [`MAX_BITS`] and are refused past it.

use std::cmp::Ordering;

/// The most bits a constant's numerator or denominator may have (about 10^±2466).
pub const MAX_BITS: u64 = 8192;

/// A natural number: little-endian 32-bit limbs, without trailing zero limbs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Nat(Vec<u32>);

impl Nat {
    fn from_u128(mut v: u128) -> Nat {
        let mut limbs = Vec::new();
        while v != 0 {
            limbs.push(v as u32);
            v >>= 32;
        }
        Nat(limbs)
    }

    fn one() -> Nat {
        Nat(vec![1])
    }

    fn trimmed(mut self) -> Nat {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
        self
    }

    fn is_zero(&self) -> bool {
        self.0.is_empty()
    }

    fn is_one(&self) -> bool {
        self.0 == [1]
    }

    fn bits(&self) -> u64 {
        match self.0.last() {
            None => 0,
            Some(top) => (self.0.len() as u64 - 1) * 32 + u64::from(32 - top.leading_zeros()),
        }
    }

    fn to_u128(&self) -> Option<u128> {
        if self.0.len() > 4 {
            return None;
        }
        Some(self.0.iter().enumerate().fold(0, |v, (i, l)| v | u128::from(*l) << (32 * i)))
    }

    fn cmp(&self, other: &Nat) -> Ordering {
        self.0.len().cmp(&other.0.len()).then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }

    fn add(&self, other: &Nat) -> Nat {
        let (long, short) =
            if self.0.len() >= other.0.len() { (self, other) } else { (other, self) };
        let mut res = Vec::with_capacity(long.0.len() + 1);
        let mut carry = 0u64;
        for (i, l) in long.0.iter().enumerate() {
            let s = u64::from(*l) + u64::from(short.0.get(i).copied().unwrap_or(0)) + carry;
            res.push(s as u32);
            carry = s >> 32;
        }
        res.push(carry as u32);
        Nat(res).trimmed()
    }

    /// `self - other`, for `self >= other`.
    fn sub(&self, other: &Nat) -> Nat {
        let mut res = self.clone();
        res.sub_assign(other);
        res
    }

    fn sub_assign(&mut self, other: &Nat) {
        debug_assert!(self.cmp(other) != Ordering::Less);
        let mut borrow = 0i64;
        for i in 0..self.0.len() {
            let d = i64::from(self.0[i]) - i64::from(other.0.get(i).copied().unwrap_or(0)) - borrow;
            self.0[i] = d.rem_euclid(1 << 32) as u32;
            borrow = i64::from(d < 0);
            if borrow == 0 && i >= other.0.len() {
                break;
            }
        }
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    fn mul(&self, other: &Nat) -> Nat {
        if self.is_zero() || other.is_zero() {
            return Nat::default();
        }
        let mut res = vec![0u32; self.0.len() + other.0.len()];
        for (i, a) in self.0.iter().enumerate() {
            let mut carry = 0u64;
            for (j, b) in other.0.iter().enumerate() {
                let t = u64::from(*a) * u64::from(*b) + u64::from(res[i + j]) + carry;
                res[i + j] = t as u32;
                carry = t >> 32;
            }
            res[i + other.0.len()] = carry as u32;
        }
        Nat(res).trimmed()
    }

    /// `self * m + a`.
    fn mul_add_small(&self, m: u32, a: u32) -> Nat {
        let mut res = Vec::with_capacity(self.0.len() + 1);
        let mut carry = u64::from(a);
        for l in &self.0 {
            let t = u64::from(*l) * u64::from(m) + carry;
            res.push(t as u32);
            carry = t >> 32;
        }
        res.push(carry as u32);
        Nat(res).trimmed()
    }

    fn shl(&self, n: u64) -> Nat {
        if self.is_zero() {
            return Nat::default();
        }
        let (limbs, bits) = ((n / 32) as usize, (n % 32) as u32);
        let mut res = vec![0u32; limbs];
        let mut carry = 0u32;
        for l in &self.0 {
            res.push(if bits == 0 { *l } else { l << bits | carry });
            carry = if bits == 0 { 0 } else { l >> (32 - bits) };
        }
        res.push(carry);
        Nat(res).trimmed()
    }

    fn shr1_assign(&mut self) {
        let mut carry = 0u32;
        for l in self.0.iter_mut().rev() {
            let next = *l << 31;
            *l = *l >> 1 | carry;
            carry = next;
        }
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    fn set_bit(&mut self, i: u64) {
        let limb = (i / 32) as usize;
        if self.0.len() <= limb {
            self.0.resize(limb + 1, 0);
        }
        self.0[limb] |= 1 << (i % 32);
    }

    /// Quotient and remainder by shift and subtract, for `d != 0`: one step per quotient bit.
    fn div_rem(&self, d: &Nat) -> (Nat, Nat) {
        debug_assert!(!d.is_zero());
        if self.cmp(d) == Ordering::Less {
            return (Nat::default(), self.clone());
        }
        if let [small] = d.0[..] {
            let (q, r) = self.div_rem_small(small);
            return (q, Nat::from_u128(r.into()));
        }
        let shift = self.bits() - d.bits();
        let mut rem = self.clone();
        let mut quo = Nat::default();
        let mut dd = d.shl(shift);
        for i in (0..=shift).rev() {
            if rem.cmp(&dd) != Ordering::Less {
                rem.sub_assign(&dd);
                quo.set_bit(i);
            }
            dd.shr1_assign();
        }
        (quo.trimmed(), rem)
    }

    fn div_rem_small(&self, d: u32) -> (Nat, u32) {
        let mut quo = vec![0u32; self.0.len()];
        let mut rem = 0u64;
        for (i, l) in self.0.iter().enumerate().rev() {
            let cur = rem << 32 | u64::from(*l);
            quo[i] = (cur / u64::from(d)) as u32;
            rem = cur % u64::from(d);
        }
        (Nat(quo).trimmed(), rem as u32)
    }

    fn gcd(&self, other: &Nat) -> Nat {
        let (mut a, mut b) = (self.clone(), other.clone());
        while !b.is_zero() {
            let r = a.div_rem(&b).1;
            a = b;
            b = r;
        }
        a
    }

    fn pow10(n: u64) -> Nat {
        let mut res = Nat::one();
        let mut left = n;
        while left > 0 {
            let k = left.min(9);
            res = res.mul_add_small(10u32.pow(k as u32), 0);
            left -= k;
        }
        res
    }

    fn to_decimal(&self) -> String {
        if self.is_zero() {
            return "0".into();
        }
        let mut chunks = Vec::new();
        let mut cur = self.clone();
        while !cur.is_zero() {
            let (q, r) = cur.div_rem_small(1_000_000_000);
            chunks.push(r);
            cur = q;
        }
        let mut out = chunks.pop().map(|c| c.to_string()).unwrap_or_default();
        for c in chunks.iter().rev() {
            out.push_str(&format!("{c:09}"));
        }
        out
    }
}

/// An exact rational number: `num / den` in lowest terms, `den > 0`, and zero is never
/// negative, so structural equality is numeric equality.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rat {
    neg: bool,
    num: Nat,
    den: Nat,
}

impl Rat {
    pub fn zero() -> Rat {
        Rat { neg: false, num: Nat::default(), den: Nat::one() }
    }

    /// `num / den` in lowest terms, or `None` when a part exceeds [`MAX_BITS`].
    fn new(neg: bool, num: Nat, den: Nat) -> Option<Rat> {
        if num.is_zero() {
            return Some(Rat::zero());
        }
        let g = num.gcd(&den);
        let (num, den) =
            if g.is_one() { (num, den) } else { (num.div_rem(&g).0, den.div_rem(&g).0) };
        if num.bits() > MAX_BITS || den.bits() > MAX_BITS {
            return None;
        }
        Some(Rat { neg, num, den })
    }

    pub fn from_i128(i: i128) -> Rat {
        Rat { neg: i < 0, num: Nat::from_u128(i.unsigned_abs()), den: Nat::one() }
    }

    /// The exact value of a finite float; `None` for infinities and NaN.
    pub fn from_f64(f: f64) -> Option<Rat> {
        if !f.is_finite() {
            return None;
        }
        let bits = f.to_bits();
        let biased = ((bits >> 52) & 0x7ff) as i64;
        let frac = bits & ((1 << 52) - 1);
        let (mant, exp) = if biased == 0 { (frac, -1074) } else { (frac | 1 << 52, biased - 1075) };
        let mant = Nat::from_u128(mant.into());
        let neg = f < 0.0;
        if exp >= 0 {
            Rat::new(neg, mant.shl(exp as u64), Nat::one())
        } else {
            Rat::new(neg, mant, Nat::one().shl(exp.unsigned_abs()))
        }
    }

    /// Parses a Go floating-point literal without `_` (`1.5e-3`, `.5`, `0x1.8p-2`). `None` when
    /// it is malformed or its value needs more than [`MAX_BITS`].
    pub fn parse(text: &str) -> Option<Rat> {
        let lower = text.to_ascii_lowercase();
        let (hex, body) = match lower.strip_prefix("0x") {
            Some(h) => (true, h),
            None => (false, lower.as_str()),
        };
        let (mant, exp) = match body.split_once(if hex { 'p' } else { 'e' }) {
            Some((m, e)) => (m, e.parse::<i64>().ok()?),
            None if hex => return None,
            None => (body, 0),
        };
        let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
        if int.is_empty() && frac.is_empty() {
            return None;
        }
        let radix = if hex { 16 } else { 10 };
        let digits = || int.chars().chain(frac.chars()).skip_while(|c| *c == '0');
        let n_digits = digits().count() as u64;
        if n_digits == 0 {
            return Some(Rat::zero());
        }
        // The value's scale: a power of two for hexadecimal literals, of ten otherwise.
        let per_digit = if hex { 4 } else { 1 };
        let scale = exp.checked_sub(per_digit * frac.len() as i64)?;
        // Refuse early, rather than build and reduce huge numbers, when the digits and the
        // power together need more than twice the cap (10^k has over 3k bits).
        let (digit_bits, power_bits): (u64, u64) = if hex { (4, 1) } else { (3, 3) };
        let needed = (digit_bits * (n_digits - 1))
            .saturating_add(power_bits.saturating_mul(scale.unsigned_abs()));
        if needed > 2 * MAX_BITS {
            return None;
        }
        let mut num = Nat::default();
        for c in digits() {
            num = num.mul_add_small(radix, c.to_digit(radix)?);
        }
        let power = if hex {
            Nat::one().shl(scale.unsigned_abs())
        } else {
            Nat::pow10(scale.unsigned_abs())
        };
        if scale >= 0 {
            Rat::new(false, num.mul(&power), Nat::one())
        } else {
            Rat::new(false, num, power)
        }
    }

    pub fn is_zero(&self) -> bool {
        self.num.is_zero()
    }

    pub fn is_integer(&self) -> bool {
        self.den.is_one()
    }

    pub fn to_i128(&self) -> Option<i128> {
        if !self.is_integer() {
            return None;
        }
        let m = self.num.to_u128()?;
        if self.neg { 0i128.checked_sub_unsigned(m) } else { i128::try_from(m).ok() }
    }

    pub fn neg(&self) -> Rat {
        Rat { neg: !self.neg && !self.is_zero(), ..self.clone() }
    }

    pub fn add(&self, other: &Rat) -> Option<Rat> {
        let a = self.num.mul(&other.den);
        let b = other.num.mul(&self.den);
        let den = self.den.mul(&other.den);
        if self.neg == other.neg {
            return Rat::new(self.neg, a.add(&b), den);
        }
        match a.cmp(&b) {
            Ordering::Less => Rat::new(other.neg, b.sub(&a), den),
            _ => Rat::new(self.neg, a.sub(&b), den),
        }
    }

    pub fn sub(&self, other: &Rat) -> Option<Rat> {
        self.add(&other.neg())
    }

    pub fn mul(&self, other: &Rat) -> Option<Rat> {
        Rat::new(self.neg != other.neg, self.num.mul(&other.num), self.den.mul(&other.den))
    }

    /// `self / other`, for `other != 0`.
    pub fn div(&self, other: &Rat) -> Option<Rat> {
        debug_assert!(!other.is_zero());
        Rat::new(self.neg != other.neg, self.num.mul(&other.den), self.den.mul(&other.num))
    }

    fn signum(&self) -> i8 {
        if self.is_zero() {
            0
        } else if self.neg {
            -1
        } else {
            1
        }
    }

    pub fn cmp(&self, other: &Rat) -> Ordering {
        let by_sign = self.signum().cmp(&other.signum());
        if by_sign != Ordering::Equal || self.is_zero() {
            return by_sign;
        }
        let mag = self.num.mul(&other.den).cmp(&other.num.mul(&self.den));
        if self.neg { mag.reverse() } else { mag }
    }

    /// The nearest `float64` (ties to even); infinite when the value is beyond its range.
    pub fn to_f64(&self) -> f64 {
        let bits = self.ieee_bits(53, -1074, 0x7ff);
        let f = bits.map_or(f64::INFINITY, f64::from_bits);
        if self.neg { -f } else { f }
    }

    /// The nearest `float32` (ties to even, rounded once from the exact value).
    pub fn to_f32(&self) -> f32 {
        let bits = self.ieee_bits(24, -149, 0xff);
        let f = bits.map_or(f32::INFINITY, |b| f32::from_bits(b as u32));
        if self.neg { -f } else { f }
    }

    /// The bits of `|self|` in an IEEE format with `precision` significant bits (the hidden
    /// one included), `min_lsb` the exponent of the smallest subnormal and `max_biased` the
    /// all-ones exponent field; `None` when the magnitude rounds to infinity.
    fn ieee_bits(&self, precision: u32, min_lsb: i64, max_biased: u64) -> Option<u64> {
        if self.is_zero() {
            return Some(0);
        }
        let (mant, lsb) = round(&self.num, &self.den, precision, Some(min_lsb));
        let field = lsb - min_lsb;
        if field >= max_biased as i64 {
            return None;
        }
        // For normal numbers `mant` has its hidden bit set, which adds one to the exponent
        // field; subnormals have `lsb == min_lsb` and no hidden bit. A carry out of the
        // mantissa lands in the exponent field just as it should.
        let bits = ((field as u64) << (precision - 1)) + mant;
        (bits < max_biased << (precision - 1)).then_some(bits)
    }

    /// How Go prints a float constant in a message: `%.6g` of its `float64` value, `%g` when
    /// that would hide a fraction, and an approximate `1.5e+400` beyond `float64`'s range.
    pub fn display(&self) -> String {
        let f = self.to_f64();
        if f.is_finite() && (f == 0.0) == self.is_zero() {
            let s = format_g(f, Some(6));
            return if !self.is_integer() && !s.contains('.') { format_g(f, None) } else { s };
        }
        // Go's `floatVal.String`: |x| = mant * 2^exp with 0.5 <= mant < 1, then a decimal
        // exponent from log10(2), with the mantissa scaled to 1 <= |m| < 10.
        let (mant, lsb) = round(&self.num, &self.den, 53, None);
        let exp = lsb + 53;
        let mut m = mant as f64 / (1u64 << 53) as f64;
        let d = exp as f64 * (std::f64::consts::LN_2 / std::f64::consts::LN_10);
        let mut e = d as i64;
        m *= 10f64.powf(d - e as f64);
        if m < 1.0 - 0.5e-6 {
            m *= 10.0;
            e -= 1;
        } else if m >= 10.0 {
            m /= 10.0;
            e += 1;
        }
        let sign = if self.neg { "-" } else { "" };
        format!("{sign}{}e{e:+}", format_g(m, Some(6)))
    }

    /// All the digits of an integer value (`None` for a fraction).
    pub fn integer_digits(&self) -> Option<String> {
        self.is_integer()
            .then(|| format!("{}{}", if self.neg { "-" } else { "" }, self.num.to_decimal()))
    }
}

/// Rounds `num / den` (both nonzero) to `precision` significant bits, to nearest with ties to
/// even, never below a bit of weight `2^min_lsb`. Returns the mantissa and the exponent of
/// its lowest bit; a carry may leave the mantissa at `2^precision`.
fn round(num: &Nat, den: &Nat, precision: u32, min_lsb: Option<i64>) -> (u64, i64) {
    // Scale so that the quotient has precision + 2 or precision + 3 bits.
    let shift = i64::from(precision) + 2 - (num.bits() as i64 - den.bits() as i64);
    let (quo, rem) = if shift >= 0 {
        num.shl(shift as u64).div_rem(den)
    } else {
        num.div_rem(&den.shl(shift.unsigned_abs()))
    };
    let quo = quo.to_u128().unwrap_or(0) as u64;
    let top = 63 - i64::from(quo.leading_zeros());
    let mut lsb = top - shift - (i64::from(precision) - 1);
    if let Some(min) = min_lsb {
        lsb = lsb.max(min);
    }
    // The quotient's bits below `drop` are rounded away.
    let drop = (lsb + shift) as u64;
    let mut mant = if drop >= 64 { 0 } else { quo >> drop };
    let half = drop <= 64 && (quo >> (drop - 1)) & 1 == 1;
    let below = if drop > 64 { quo } else { quo & ((1 << (drop - 1)) - 1) };
    let sticky = below != 0 || !rem.is_zero();
    if half && (sticky || mant & 1 == 1) {
        mant += 1;
    }
    (mant, lsb)
}

/// Go's `%g` (`prec == None`, shortest) or `%.Ng` of a finite float.
fn format_g(f: f64, prec: Option<usize>) -> String {
    if f == 0.0 {
        return "0".into();
    }
    let sci = match prec {
        Some(p) => format!("{:.*e}", p.saturating_sub(1), f.abs()),
        None => format!("{:e}", f.abs()),
    };
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_end_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    let sign = if f < 0.0 { "-" } else { "" };
    // As strconv's `%g`: exponent form below 1e-4 and from 10^precision (6 for shortest).
    if exp < -4 || exp >= prec.unwrap_or(6) as i64 {
        let rest = &digits[1..];
        let dot = if rest.is_empty() { "" } else { "." };
        let esign = if exp < 0 { '-' } else { '+' };
        return format!("{sign}{}{dot}{rest}e{esign}{:02}", &digits[..1], exp.abs());
    }
    let point = exp + 1;
    let (int, frac) = if point <= 0 {
        ("0".to_string(), format!("{}{digits}", "0".repeat(point.unsigned_abs() as usize)))
    } else if point as usize >= digits.len() {
        (format!("{digits}{}", "0".repeat(point as usize - digits.len())), String::new())
    } else {
        (digits[..point as usize].to_string(), digits[point as usize..].to_string())
    };
    if frac.is_empty() { format!("{sign}{int}") } else { format!("{sign}{int}.{frac}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rat(s: &str) -> Rat {
        Rat::parse(s).unwrap_or_else(|| panic!("{s} does not parse"))
    }

    #[test]
    fn decimal_arithmetic_is_exact() {
        let sum = rat("0.1").add(&rat("0.2")).unwrap();
        assert_eq!(sum, rat("0.3"));
        let third = Rat::from_i128(1).div(&rat("3.0")).unwrap();
        assert_eq!(third.mul(&Rat::from_i128(3)).unwrap(), Rat::from_i128(1));
        assert_eq!(rat("1.5e2").to_i128(), Some(150));
        assert_eq!(rat("2.50").sub(&rat("0.5")).unwrap().to_i128(), Some(2));
        assert_eq!(rat("0x1.8p1").to_f64(), 3.0);
        assert_eq!(rat("0x.8p0").to_f64(), 0.5);
    }

    #[test]
    fn conversion_to_float_rounds_once_to_nearest_even() {
        assert_eq!(rat("0.1").to_f64(), 0.1);
        assert_eq!(rat("0.3").to_f64(), 0.3);
        assert_eq!(rat("0.1").to_f32(), 0.1f32);
        assert_eq!(rat("1e300").mul(&rat("1e10")).unwrap().to_f64(), f64::INFINITY);
        assert_eq!(rat("4.9406564584124654e-324").to_f64(), f64::from_bits(1));
        assert_eq!(rat("2e-324").to_f64(), 0.0);
        assert_eq!(rat("3e-324").to_f64(), f64::from_bits(1));
        assert_eq!(rat("1.7976931348623157e308").to_f64(), f64::MAX);
        // 2^24 + 1 is a tie between two float32 values: the even one wins.
        assert_eq!(Rat::from_i128((1 << 24) + 1).to_f32(), 16_777_216.0);
        assert_eq!(Rat::from_i128((1 << 24) + 3).to_f32(), 16_777_220.0);
        // Rounding through float64 first would give 1 + 2^-23 here: 1 + 2^-24 + 2^-60 is
        // above the float32 midpoint but its nearest float64 is the midpoint itself.
        let x = rat("0x1.000001000000001p0");
        assert_eq!(x.to_f32(), 1.0 + f32::EPSILON);
        for f in [1.0, -2.5, 1e-310, f64::MAX, f64::MIN_POSITIVE, 0.1, 123.456] {
            assert_eq!(Rat::from_f64(f).unwrap().to_f64(), f);
        }
    }

    #[test]
    fn comparisons_and_signs() {
        assert_eq!(rat("0.1").cmp(&rat("0.10000000000000001")), Ordering::Less);
        assert_eq!(rat("0.5").neg().cmp(&rat("0.25").neg()), Ordering::Less);
        assert_eq!(Rat::zero().neg(), Rat::zero());
        assert_eq!(rat("1e40").to_i128(), None);
        assert_eq!(
            rat("1e40").integer_digits().as_deref(),
            Some("10000000000000000000000000000000000000000")
        );
        assert_eq!(rat("1e2400").mul(&rat("1e100")), None);
        assert_eq!(Rat::parse("1e99999999"), None);
        assert_eq!(Rat::parse("1e9223372036854775807"), None);
        assert_eq!(Rat::parse("0x1p-9223372036854775808"), None);
        assert_eq!(Rat::parse(&"7".repeat(100_000)), None);
        assert_eq!(Rat::parse("0.000e99999999"), Some(Rat::zero()));
    }

    #[test]
    fn display_follows_go_constant_printing() {
        assert_eq!(rat("0.3").display(), "0.3");
        assert_eq!(rat("1234567.5").display(), "1.23457e+06");
        assert_eq!(rat("123456.789").display(), "123456.789");
        assert_eq!(rat("1e300").mul(&rat("1e10")).unwrap().display(), "1e+310");
        assert_eq!(rat("2.5e-400").display(), "2.5e-400");
        assert_eq!(rat("1").div(&rat("3")).unwrap().display(), "0.333333");
        assert_eq!(rat("0.00001").neg().display(), "-1e-05");
        assert_eq!(rat("2.5e-400").neg().display(), "-2.5e-400");
        assert_eq!(rat("100000").display(), "100000");
    }
}
