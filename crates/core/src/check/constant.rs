//! Compile-time constant values and Go's constant arithmetic. Untyped integer constants are
//! held in `i128` (Go's are arbitrary precision; anything beyond ±2¹²⁷ is reported as a limit),
//! floats as exact fractions ([`Rat`]), rounded only when they take a float type.

use super::rational::Rat;
use super::types::Basic;
use std::cmp::Ordering;

/// The value of a constant expression.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    Bool(bool),
    Int(i128),
    /// A float constant, exact. Typed `float64` and `float32` constants hold values of their
    /// type (rounded when the constant got the type).
    Float(Rat),
    String(String),
}

/// Why a constant operation failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConstError {
    DivisionByZero,
    /// The result does not fit the simulator's 128-bit integer constant arithmetic.
    TooLarge,
    /// A float result whose exact fraction needs more than [`super::rational::MAX_BITS`].
    FloatTooLarge,
    /// The operator does not apply to these operands.
    Mismatch,
}

impl ConstValue {
    pub fn as_int(&self) -> Option<i128> {
        match self {
            ConstValue::Int(i) => Some(*i),
            ConstValue::Float(r) => r.to_i128(),
            _ => None,
        }
    }

    /// The nearest `float64`.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            ConstValue::Int(i) => Some(*i as f64),
            ConstValue::Float(r) => Some(r.to_f64()),
            _ => None,
        }
    }

    /// The nearest `float32`, rounded once from the exact value.
    pub fn as_f32(&self) -> Option<f32> {
        match self {
            ConstValue::Int(i) => Some(*i as f32),
            ConstValue::Float(r) => Some(r.to_f32()),
            _ => None,
        }
    }

    /// The exact value of a numeric constant.
    pub fn as_rat(&self) -> Option<Rat> {
        match self {
            ConstValue::Int(i) => Some(Rat::from_i128(*i)),
            ConstValue::Float(r) => Some(r.clone()),
            _ => None,
        }
    }

    pub fn is_zero(&self) -> bool {
        match self {
            ConstValue::Int(i) => *i == 0,
            ConstValue::Float(r) => r.is_zero(),
            _ => false,
        }
    }

    /// Whether a numeric constant is a whole number, however large.
    pub fn is_whole(&self) -> bool {
        match self {
            ConstValue::Int(_) => true,
            ConstValue::Float(r) => r.is_integer(),
            _ => false,
        }
    }

    /// How Go's compiler prints a constant in a message (`300`, `1.5`, `"a"`, `true`).
    pub fn display(&self) -> String {
        match self {
            ConstValue::Bool(b) => b.to_string(),
            ConstValue::Int(i) => i.to_string(),
            ConstValue::Float(r) => r.display(),
            ConstValue::String(s) => format!("{s:?}"),
        }
    }

    /// How Go's compiler shows a constant converted to an integer type in a message: a float
    /// with an integer value prints all its digits (`10000000000000000000000000000000000000000`).
    pub fn display_as_integer(&self) -> String {
        match self {
            ConstValue::Float(r) => r.integer_digits().unwrap_or_else(|| r.display()),
            _ => self.display(),
        }
    }

    /// Converts to the representation a typed constant of kind `to` has: floats become
    /// integers when `to` is an integer type (exactly, or not at all), and a float type rounds
    /// the exact value to that type, once.
    pub fn convert(&self, to: Basic) -> Option<ConstValue> {
        if to.is_integer() {
            self.as_int().map(ConstValue::Int)
        } else if to == Basic::Float32 {
            self.as_f32().and_then(|f| Rat::from_f64(f.into())).map(ConstValue::Float)
        } else if to.is_float() || to.is_complex() {
            self.as_f64().and_then(Rat::from_f64).map(ConstValue::Float)
        } else {
            Some(self.clone())
        }
    }
}

/// Whether `v` can be represented by a value of basic type `b`. Returns `Err(true)` for
/// overflow and `Err(false)` for a float given to an integer type it does not fit, the two
/// cases Go words differently (`overflows` / `truncated`): as in Go, a float constant is
/// `truncated` even when it is whole but too large.
pub fn representable(v: &ConstValue, b: Basic) -> Result<(), bool> {
    use Basic::*;
    match v {
        ConstValue::Int(i) if b.is_integer() => int_fits(*i, b).then_some(()).ok_or(true),
        ConstValue::Float(r) if b.is_integer() => {
            r.to_i128().filter(|i| int_fits(*i, b)).map(|_| ()).ok_or(false)
        }
        // A float type holds the rounded value; only rounding to infinity fails.
        ConstValue::Int(_) | ConstValue::Float(_) if b == Float32 => {
            v.as_f32().filter(|f| f.is_finite()).map(|_| ()).ok_or(true)
        }
        ConstValue::Int(_) | ConstValue::Float(_) if b.is_float() || b.is_complex() => {
            v.as_f64().filter(|f| f.is_finite()).map(|_| ()).ok_or(true)
        }
        ConstValue::Bool(_) if b.is_boolean() => Ok(()),
        ConstValue::String(_) if b.is_string() => Ok(()),
        _ if b == Invalid => Ok(()),
        _ => Err(true),
    }
}

fn int_fits(i: i128, b: Basic) -> bool {
    use Basic::*;
    let (lo, hi): (i128, i128) = match b {
        Int8 => (i8::MIN.into(), i8::MAX.into()),
        Int16 => (i16::MIN.into(), i16::MAX.into()),
        Int32 => (i32::MIN.into(), i32::MAX.into()),
        Int | Int64 => (i64::MIN.into(), i64::MAX.into()),
        Uint8 => (0, u8::MAX.into()),
        Uint16 => (0, u16::MAX.into()),
        Uint32 => (0, u32::MAX.into()),
        Uint | Uint64 | Uintptr => (0, u64::MAX.into()),
        _ => return true,
    };
    (lo..=hi).contains(&i)
}

/// A binary arithmetic or logical operator on constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConstOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
    Xor,
    AndNot,
    Shl,
    Shr,
    LAnd,
    LOr,
}

/// Evaluates `a op b`. `integer` says whether the operation is on integers (so `/` truncates).
pub fn binary(
    a: &ConstValue,
    op: ConstOp,
    b: &ConstValue,
    integer: bool,
) -> Result<ConstValue, ConstError> {
    use ConstOp::*;
    use ConstValue as V;
    match (a, b) {
        (V::Bool(x), V::Bool(y)) => match op {
            LAnd => Ok(V::Bool(*x && *y)),
            LOr => Ok(V::Bool(*x || *y)),
            _ => Err(ConstError::Mismatch),
        },
        (V::String(x), V::String(y)) if op == Add => Ok(V::String(format!("{x}{y}"))),
        _ if integer || op == Shl || op == Shr => {
            let (Some(x), Some(y)) = (a.as_int(), b.as_int()) else {
                return Err(ConstError::Mismatch);
            };
            int_binary(x, op, y).map(V::Int)
        }
        _ => {
            let (Some(x), Some(y)) = (a.as_rat(), b.as_rat()) else {
                return Err(ConstError::Mismatch);
            };
            let r = match op {
                Add => x.add(&y),
                Sub => x.sub(&y),
                Mul => x.mul(&y),
                Div if y.is_zero() => return Err(ConstError::DivisionByZero),
                Div => x.div(&y),
                _ => return Err(ConstError::Mismatch),
            };
            r.map(V::Float).ok_or(ConstError::FloatTooLarge)
        }
    }
}

fn int_binary(x: i128, op: ConstOp, y: i128) -> Result<i128, ConstError> {
    use ConstOp::*;
    let r = match op {
        Add => x.checked_add(y),
        Sub => x.checked_sub(y),
        Mul => x.checked_mul(y),
        Div | Rem if y == 0 => return Err(ConstError::DivisionByZero),
        Div => x.checked_div(y),
        Rem => x.checked_rem(y),
        And => Some(x & y),
        Or => Some(x | y),
        Xor => Some(x ^ y),
        AndNot => Some(x & !y),
        Shl => {
            let s = u32::try_from(y).map_err(|_| ConstError::TooLarge)?;
            if s >= 127 || x.unsigned_abs().leading_zeros() <= s { None } else { Some(x << s) }
        }
        Shr => {
            let s = u32::try_from(y).map_err(|_| ConstError::TooLarge)?;
            Some(if s >= 127 { if x < 0 { -1 } else { 0 } } else { x >> s })
        }
        LAnd | LOr => return Err(ConstError::Mismatch),
    };
    r.ok_or(ConstError::TooLarge)
}

/// Compares two constants; `None` when they are not comparable.
pub fn compare(a: &ConstValue, b: &ConstValue) -> Option<Ordering> {
    use ConstValue as V;
    match (a, b) {
        (V::Bool(x), V::Bool(y)) => (x == y).then_some(Ordering::Equal).or(Some(Ordering::Less)),
        (V::String(x), V::String(y)) => Some(x.cmp(y)),
        (V::Int(x), V::Int(y)) => Some(x.cmp(y)),
        _ => Some(a.as_rat()?.cmp(&b.as_rat()?)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fl(text: &str) -> ConstValue {
        ConstValue::Float(Rat::parse(text).expect("a float literal"))
    }

    #[test]
    fn integer_division_truncates_and_shifts_grow() {
        assert_eq!(
            binary(&ConstValue::Int(7), ConstOp::Div, &ConstValue::Int(2), true),
            Ok(ConstValue::Int(3))
        );
        assert_eq!(
            binary(&ConstValue::Int(7), ConstOp::Div, &ConstValue::Int(2), false),
            Ok(fl("3.5"))
        );
        assert_eq!(
            binary(&ConstValue::Int(1), ConstOp::Shl, &ConstValue::Int(70), true),
            Ok(ConstValue::Int(1_180_591_620_717_411_303_424))
        );
        assert_eq!(
            binary(&ConstValue::Int(1), ConstOp::Div, &ConstValue::Int(0), true),
            Err(ConstError::DivisionByZero)
        );
        assert_eq!(
            binary(&fl("1.5"), ConstOp::Div, &ConstValue::Int(0), false),
            Err(ConstError::DivisionByZero)
        );
    }

    #[test]
    fn float_arithmetic_is_exact_until_a_type_rounds_it() {
        let sum = binary(&fl("0.1"), ConstOp::Add, &fl("0.2"), false).unwrap();
        assert_eq!(compare(&sum, &fl("0.3")), Some(Ordering::Equal));
        let f64_sum = binary(
            &fl("0.1").convert(Basic::Float64).unwrap(),
            ConstOp::Add,
            &fl("0.2").convert(Basic::Float64).unwrap(),
            false,
        )
        .unwrap();
        assert_eq!(f64_sum.convert(Basic::Float64).and_then(|v| v.as_f64()), Some(0.1 + 0.2));
        let huge = binary(&fl("1e300"), ConstOp::Mul, &fl("1e10"), false).unwrap();
        let back = binary(&huge, ConstOp::Div, &fl("1e10"), false).unwrap();
        assert_eq!(back.as_f64(), Some(1e300));
        assert_eq!(representable(&huge, Basic::Float64), Err(true));
        assert_eq!(
            binary(&fl("1e2400"), ConstOp::Mul, &fl("1e100"), false),
            Err(ConstError::FloatTooLarge)
        );
    }

    #[test]
    fn representability_distinguishes_overflow_and_truncation() {
        assert_eq!(representable(&ConstValue::Int(300), Basic::Int8), Err(true));
        assert_eq!(representable(&ConstValue::Int(-1), Basic::Uint8), Err(true));
        assert_eq!(representable(&fl("1.5"), Basic::Int), Err(false));
        assert_eq!(representable(&fl("2.0"), Basic::Int), Ok(()));
        assert_eq!(representable(&fl("300.0"), Basic::Int8), Err(false));
        assert_eq!(representable(&fl("1e40"), Basic::Int), Err(false));
        assert_eq!(representable(&ConstValue::Int(255), Basic::Uint8), Ok(()));
        assert_eq!(representable(&fl("1e39"), Basic::Float32), Err(true));
        assert_eq!(representable(&fl("3.40282356e38"), Basic::Float32), Ok(()));
    }

    #[test]
    fn floats_display_like_go() {
        assert_eq!(fl("1.5").display(), "1.5");
        assert_eq!(fl("3.0").display(), "3");
        assert_eq!(ConstValue::Int(-4).display(), "-4");
        assert_eq!(fl("1e40").display(), "1e+40");
        assert_eq!(fl("1e40").display_as_integer(), format!("1{}", "0".repeat(40)));
    }
}
