//! Go's memory layout of types on a 64-bit target: size, alignment and whether a value holds
//! pointers. `append` needs it to grow capacities as Go does.

use super::super::growslice::Elem;
use crate::check::types::{Basic, Type, TypeId, TypeTable};

/// The element layout of a slice type (or of a string's bytes).
pub(super) fn slice_elem(types: &TypeTable, slice: TypeId) -> Elem {
    match types.under(slice) {
        Type::Slice(e) => {
            let (size, _, pointers) = layout(types, *e, 0);
            Elem { size, pointers }
        }
        _ => Elem { size: 1, pointers: false },
    }
}

/// The size of a value of type `ty` in bytes.
pub(super) fn size_of(types: &TypeTable, ty: TypeId) -> u64 {
    layout(types, ty, 0).0
}

/// (size, alignment, holds pointers) of a type.
fn layout(types: &TypeTable, ty: TypeId, depth: u32) -> (u64, u64, bool) {
    if depth > 32 {
        return (8, 8, true);
    }
    match types.under(ty) {
        Type::Basic(b) => match b {
            Basic::Bool | Basic::Int8 | Basic::Uint8 => (1, 1, false),
            Basic::Int16 | Basic::Uint16 => (2, 2, false),
            Basic::Int32 | Basic::Uint32 | Basic::Float32 | Basic::UntypedRune => (4, 4, false),
            Basic::Complex64 => (8, 4, false),
            Basic::Complex128 => (16, 8, false),
            Basic::String | Basic::UntypedString => (16, 8, true),
            Basic::UnsafePointer | Basic::UntypedNil => (8, 8, true),
            _ => (8, 8, false),
        },
        Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) => (8, 8, true),
        Type::Slice(_) => (24, 8, true),
        Type::Interface(_) => (16, 8, true),
        Type::Array(n, e) => {
            let (size, align, pointers) = layout(types, *e, depth + 1);
            (size.saturating_mul(*n), align, pointers && *n > 0)
        }
        Type::Struct(fields) => {
            let (mut size, mut align, mut pointers) = (0u64, 1u64, false);
            let mut last_zero = false;
            for f in fields {
                let (fs, fa, fp) = layout(types, f.ty, depth + 1);
                size = size.div_ceil(fa) * fa + fs;
                align = align.max(fa);
                pointers |= fp;
                last_zero = fs == 0;
            }
            // A struct ending in a zero-size field gets a byte of padding, so a pointer to
            // that field cannot point past the struct.
            if last_zero && size > 0 {
                size += 1;
            }
            (size.div_ceil(align) * align, align, pointers)
        }
        Type::Named(_) | Type::Tuple(_) => (8, 8, true),
    }
}
