//! Compile-time constant values and Go's constant arithmetic. Untyped integer constants are
//! held in `i128` (Go's are arbitrary precision; anything beyond ±2¹²⁷ is reported as a limit),
//! floats in `f64`.

use super::types::Basic;
use std::cmp::Ordering;

/// The value of a constant expression.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    Bool(bool),
    Int(i128),
    Float(f64),
    String(String),
}

/// Why a constant operation failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConstError {
    DivisionByZero,
    /// The result does not fit the simulator's 128-bit constant arithmetic.
    TooLarge,
    /// The operator does not apply to these operands.
    Mismatch,
}

impl ConstValue {
    pub fn as_int(&self) -> Option<i128> {
        match self {
            ConstValue::Int(i) => Some(*i),
            ConstValue::Float(f) if f.fract() == 0.0 && f.abs() < 1.7e38 => Some(*f as i128),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            ConstValue::Int(i) => Some(*i as f64),
            ConstValue::Float(f) => Some(*f),
            _ => None,
        }
    }

    /// How Go's compiler prints a constant in a message (`300`, `1.5`, `"a"`, `true`).
    pub fn display(&self) -> String {
        match self {
            ConstValue::Bool(b) => b.to_string(),
            ConstValue::Int(i) => i.to_string(),
            ConstValue::Float(f) => format_float(*f),
            ConstValue::String(s) => format!("{s:?}"),
        }
    }

    /// Converts to the representation a typed constant of kind `to` has: floats become
    /// integers when `to` is an integer type (exactly, or not at all).
    pub fn convert(&self, to: Basic) -> Option<ConstValue> {
        if to.is_integer() {
            self.as_int().map(ConstValue::Int)
        } else if to == Basic::Float32 {
            // A float32 constant holds a float32 value.
            self.as_f64().map(|f| ConstValue::Float(f as f32 as f64))
        } else if to.is_float() || to.is_complex() {
            self.as_f64().map(ConstValue::Float)
        } else {
            Some(self.clone())
        }
    }
}

/// Go prints float constants in the shortest form that round-trips (`1.5`, `1e+100`).
pub fn format_float(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e21 {
        format!("{f:.0}")
    } else {
        let s = format!("{f}");
        if s.len() > 20 { format!("{f:e}").replace('e', "e+").replace("e+-", "e-") } else { s }
    }
}

/// Whether `v` can be represented by a value of basic type `b`. Returns `Err(true)` for
/// integer overflow and `Err(false)` for a fractional float given to an integer type, the
/// two cases Go words differently (`overflows` / `truncated`).
pub fn representable(v: &ConstValue, b: Basic) -> Result<(), bool> {
    use Basic::*;
    match v {
        ConstValue::Int(i) if b.is_integer() => int_fits(*i, b).then_some(()).ok_or(true),
        ConstValue::Float(f) if b.is_integer() => {
            if f.fract() != 0.0 {
                Err(false)
            } else {
                int_fits(*f as i128, b).then_some(()).ok_or(true)
            }
        }
        ConstValue::Int(_) | ConstValue::Float(_) if b.is_float() || b.is_complex() => {
            let f = v.as_f64().unwrap_or(0.0);
            if b == Float32 && f.abs() > f32::MAX as f64 { Err(true) } else { Ok(()) }
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
            let (Some(x), Some(y)) = (a.as_f64(), b.as_f64()) else {
                return Err(ConstError::Mismatch);
            };
            let r = match op {
                Add => x + y,
                Sub => x - y,
                Mul => x * y,
                Div if y == 0.0 => return Err(ConstError::DivisionByZero),
                Div => x / y,
                _ => return Err(ConstError::Mismatch),
            };
            // Go's constants are exact numbers: there is no negative zero.
            let r = if r == 0.0 { 0.0 } else { r };
            if r.is_finite() { Ok(V::Float(r)) } else { Err(ConstError::TooLarge) }
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
        _ => a.as_f64()?.partial_cmp(&b.as_f64()?),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_division_truncates_and_shifts_grow() {
        assert_eq!(
            binary(&ConstValue::Int(7), ConstOp::Div, &ConstValue::Int(2), true),
            Ok(ConstValue::Int(3))
        );
        assert_eq!(
            binary(&ConstValue::Int(7), ConstOp::Div, &ConstValue::Int(2), false),
            Ok(ConstValue::Float(3.5))
        );
        assert_eq!(
            binary(&ConstValue::Int(1), ConstOp::Shl, &ConstValue::Int(70), true),
            Ok(ConstValue::Int(1_180_591_620_717_411_303_424))
        );
        assert_eq!(
            binary(&ConstValue::Int(1), ConstOp::Div, &ConstValue::Int(0), true),
            Err(ConstError::DivisionByZero)
        );
    }

    #[test]
    fn representability_distinguishes_overflow_and_truncation() {
        assert_eq!(representable(&ConstValue::Int(300), Basic::Int8), Err(true));
        assert_eq!(representable(&ConstValue::Int(-1), Basic::Uint8), Err(true));
        assert_eq!(representable(&ConstValue::Float(1.5), Basic::Int), Err(false));
        assert_eq!(representable(&ConstValue::Float(2.0), Basic::Int), Ok(()));
        assert_eq!(representable(&ConstValue::Int(255), Basic::Uint8), Ok(()));
    }

    #[test]
    fn floats_display_like_go() {
        assert_eq!(ConstValue::Float(1.5).display(), "1.5");
        assert_eq!(ConstValue::Float(3.0).display(), "3");
        assert_eq!(ConstValue::Int(-4).display(), "-4");
    }
}
