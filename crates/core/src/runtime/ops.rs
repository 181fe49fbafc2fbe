//! Pure operations on values: arithmetic with Go's wrapping and division rules, comparison,
//! conversions and string helpers. Runtime errors come back as `Err(message)`.

use super::program::{BinOp, Conv, Num};
use super::value::Value;
use std::rc::Rc;

/// The longest string a run may make (256 MB): beyond it the run ends at its memory limit
/// rather than exhausting the host's memory.
pub const MAX_STRING: u64 = 1 << 28;

/// Wraps an integer to the size and signedness of `num`.
pub fn wrap(i: i64, num: Num) -> i64 {
    match num {
        Num::Int { bits: 64, .. } => i,
        Num::Int { bits, signed: true } => {
            let shift = 64 - u32::from(bits);
            (i << shift) >> shift
        }
        Num::Int { bits, signed: false } => i & ((1i64 << bits) - 1),
        _ => i,
    }
}

fn unsigned(num: Num) -> bool {
    matches!(num, Num::Int { signed: false, .. })
}

pub fn binary(op: BinOp, a: &Value, b: &Value, num: Num) -> Result<Value, String> {
    use BinOp::*;
    match op {
        Eq => return Ok(Value::Bool(equal(a, b)?)),
        Ne => return Ok(Value::Bool(!equal(a, b)?)),
        _ => {}
    }
    match num {
        Num::Int { bits, .. } => {
            let (x, y) = (a.as_int(), b.as_int());
            if let Some(v) = int_simple(op, x, y, num) {
                return Ok(v.into());
            }
            let u = unsigned(num);
            let (ux, uy) = (x as u64, y as u64);
            let r = match op {
                Div | Rem if y == 0 => return Err("integer divide by zero".into()),
                Div if u => (ux / uy) as i64,
                Rem if u => (ux % uy) as i64,
                Div => x.wrapping_div(y),
                Rem => x.wrapping_rem(y),
                Shl | Shr => {
                    if y < 0 && !matches!(num, Num::Int { signed: false, .. }) && b.as_int() < 0 {
                        return Err("negative shift amount".into());
                    }
                    let s = y as u64;
                    match op {
                        Shl => {
                            if s >= u64::from(bits) {
                                0
                            } else {
                                x << s
                            }
                        }
                        _ => {
                            if u {
                                if s >= 64 { 0 } else { (ux >> s) as i64 }
                            } else if s >= 64 {
                                if x < 0 { -1 } else { 0 }
                            } else {
                                x >> s
                            }
                        }
                    }
                }
                _ => unreachable_op(),
            };
            Ok(Value::Int(wrap(r, num)))
        }
        Num::Float { bits } => {
            let (x, y) = (a.as_f64(), b.as_f64());
            let r = match op {
                Add => x + y,
                Sub => x - y,
                Mul => x * y,
                Div => x / y,
                Lt => return Ok(Value::Bool(x < y)),
                Le => return Ok(Value::Bool(x <= y)),
                Gt => return Ok(Value::Bool(x > y)),
                Ge => return Ok(Value::Bool(x >= y)),
                _ => return Err("operator not defined on floats".into()),
            };
            Ok(Value::Float(if bits == 32 { r as f32 as f64 } else { r }))
        }
        Num::Str => {
            let (x, y) = (a.as_bytes(), b.as_bytes());
            match op {
                Add => {
                    if (x.len() + y.len()) as u64 > MAX_STRING {
                        return Err(super::vm::OUT_OF_MEMORY.into());
                    }
                    let mut v = Vec::with_capacity(x.len() + y.len());
                    v.extend_from_slice(x);
                    v.extend_from_slice(y);
                    Ok(Value::Str(Rc::from(v)))
                }
                Lt => Ok(Value::Bool(x < y)),
                Le => Ok(Value::Bool(x <= y)),
                Gt => Ok(Value::Bool(x > y)),
                Ge => Ok(Value::Bool(x >= y)),
                _ => Err("operator not defined on strings".into()),
            }
        }
        Num::Bool | Num::Other => Err("operator not defined on this type".into()),
    }
}

fn unreachable_op() -> i64 {
    0
}

/// The result of an integer operation that cannot fail: plain data, so that the
/// interpreter's fused instructions neither build nor drop a `Value` for it.
#[derive(Clone, Copy)]
pub enum IntResult {
    Int(i64),
    Bool(bool),
}

impl From<IntResult> for Value {
    #[inline(always)]
    fn from(r: IntResult) -> Value {
        match r {
            IntResult::Int(i) => Value::Int(i),
            IntResult::Bool(b) => Value::Bool(b),
        }
    }
}

/// `x op y` on integers of `num`'s size for the operators that cannot fail (all but division,
/// remainder and shifts), else `None`. The interpreter's fast path; `binary` starts with it.
#[inline(always)]
pub fn int_simple(op: BinOp, x: i64, y: i64, num: Num) -> Option<IntResult> {
    use BinOp::*;
    let u = unsigned(num);
    let (ux, uy) = (x as u64, y as u64);
    let r = match op {
        Add => x.wrapping_add(y),
        Sub => x.wrapping_sub(y),
        Mul => x.wrapping_mul(y),
        And => x & y,
        Or => x | y,
        Xor => x ^ y,
        AndNot => x & !y,
        Eq => return Some(IntResult::Bool(x == y)),
        Ne => return Some(IntResult::Bool(x != y)),
        Lt => return Some(IntResult::Bool(if u { ux < uy } else { x < y })),
        Le => return Some(IntResult::Bool(if u { ux <= uy } else { x <= y })),
        Gt => return Some(IntResult::Bool(if u { ux > uy } else { x > y })),
        Ge => return Some(IntResult::Bool(if u { ux >= uy } else { x >= y })),
        Div | Rem | Shl | Shr => return None,
    };
    Some(IntResult::Int(wrap(r, num)))
}

/// Go's `==`: structural for structs and arrays, identity for pointers, channels and maps;
/// comparing interfaces holding uncomparable values is a runtime error.
pub fn equal(a: &Value, b: &Value) -> Result<bool, String> {
    Ok(match (a, b) {
        (Value::Iface(x), Value::Iface(y)) => {
            if x.0 != y.0 {
                return Ok(false);
            }
            if matches!(x.1, Value::Slice { .. } | Value::Map(_) | Value::Func(_)) {
                // The VM names the type: the id follows a NUL.
                return Err(format!("comparing uncomparable type\0{}", x.0));
            }
            equal(&x.1, &y.1)?
        }
        (Value::Tuple(x), Value::Tuple(y)) => {
            for (p, q) in x.iter().zip(y.iter()) {
                if !equal(p, q)? {
                    return Ok(false);
                }
            }
            x.len() == y.len()
        }
        (Value::Func(x), Value::Func(y)) => Rc::ptr_eq(x, y),
        _ => a == b,
    })
}

pub fn negate(v: &Value, num: Num) -> Value {
    match (v, num) {
        (Value::Float(f), _) => Value::Float(-f),
        (_, n) => Value::Int(wrap(v.as_int().wrapping_neg(), n)),
    }
}

pub fn complement(v: &Value, num: Num) -> Value {
    Value::Int(wrap(!v.as_int(), num))
}

pub fn convert(c: Conv, v: &Value) -> Value {
    match c {
        Conv::Numeric(from, to) => match (from, to) {
            (Num::Float { .. }, Num::Int { signed, .. }) => {
                let f = v.as_f64();
                let i = if signed { f as i64 } else { f as u64 as i64 };
                Value::Int(wrap(i, to))
            }
            (Num::Int { signed, .. }, Num::Float { bits }) => {
                let i = v.as_int();
                let f = if signed { i as f64 } else { i as u64 as f64 };
                Value::Float(if bits == 32 { f as f32 as f64 } else { f })
            }
            (Num::Float { .. }, Num::Float { bits }) => {
                let f = v.as_f64();
                Value::Float(if bits == 32 { f as f32 as f64 } else { f })
            }
            (_, Num::Int { .. }) => Value::Int(wrap(v.as_int(), to)),
            _ => v.clone(),
        },
        Conv::RuneToString => {
            let c = u32::try_from(v.as_int()).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}');
            Value::str(c.encode_utf8(&mut [0; 4]))
        }
        // These need the heap; the VM converts them itself.
        Conv::BytesToString
        | Conv::RunesToString
        | Conv::StringToBytes
        | Conv::StringToRunes
        | Conv::SliceToArray(_)
        | Conv::SliceToArrayPtr(_) => v.clone(),
    }
}

/// Decodes the rune at byte offset `i` of a Go string: (rune, width), with U+FFFD for
/// invalid UTF-8 as Go's range loop does.
pub fn decode_rune(s: &[u8], i: usize) -> (i64, usize) {
    let rest = &s[i..];
    let n = match rest.first() {
        None => return (0xFFFD, 1),
        Some(b) if *b < 0x80 => return (i64::from(*b), 1),
        Some(b) if b >> 5 == 0b110 => 2,
        Some(b) if b >> 4 == 0b1110 => 3,
        Some(b) if b >> 3 == 0b11110 => 4,
        _ => return (0xFFFD, 1),
    };
    match rest
        .get(..n)
        .and_then(|bytes| std::str::from_utf8(bytes).ok())
        .and_then(|s| s.chars().next())
    {
        Some(c) => (c as i64, n),
        None => (0xFFFD, 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const I8: Num = Num::Int { bits: 8, signed: true };
    const U8: Num = Num::Int { bits: 8, signed: false };
    const I64: Num = Num::Int { bits: 64, signed: true };

    #[test]
    fn integers_wrap_like_go() {
        assert_eq!(binary(BinOp::Add, &Value::Int(127), &Value::Int(1), I8), Ok(Value::Int(-128)));
        assert_eq!(binary(BinOp::Sub, &Value::Int(0), &Value::Int(1), U8), Ok(Value::Int(255)));
        assert_eq!(binary(BinOp::Div, &Value::Int(-7), &Value::Int(2), I64), Ok(Value::Int(-3)));
        assert_eq!(binary(BinOp::Rem, &Value::Int(-7), &Value::Int(2), I64), Ok(Value::Int(-1)));
        assert_eq!(
            binary(BinOp::Div, &Value::Int(1), &Value::Int(0), I64),
            Err("integer divide by zero".into())
        );
        assert_eq!(binary(BinOp::Shl, &Value::Int(1), &Value::Int(70), I64), Ok(Value::Int(0)));
        assert_eq!(binary(BinOp::Shr, &Value::Int(-8), &Value::Int(1), I64), Ok(Value::Int(-4)));
    }

    #[test]
    fn float_to_int_truncates_and_strings_concatenate() {
        let c = Conv::Numeric(Num::Float { bits: 64 }, I64);
        assert_eq!(convert(c, &Value::Float(-2.9)), Value::Int(-2));
        assert_eq!(
            binary(BinOp::Add, &Value::str("ab"), &Value::str("c"), Num::Str),
            Ok(Value::str("abc"))
        );
        assert_eq!(convert(Conv::RuneToString, &Value::Int(0x4e16)), Value::str("世"));
    }

    #[test]
    fn runes_decode_with_replacement() {
        let s = "aé\u{FFFD}".as_bytes();
        assert_eq!(decode_rune(s, 0), ('a' as i64, 1));
        assert_eq!(decode_rune(s, 1), ('é' as i64, 2));
        assert_eq!(decode_rune(&[0xff], 0), (0xFFFD, 1));
    }
}
