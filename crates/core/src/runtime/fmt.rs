//! Go's `fmt` printing (`Sprint`, `Sprintln`, `Sprintf` and the message of `Errorf`), and the
//! runtime's own printing of `panic` values and of the builtin `print`/`println`.
//!
//! The printer is a port of go1.27's `fmt/print.go` and `fmt/format.go`: the same flags, the
//! same order of checks (`%T` and `%p` first, then the `Error` and `String` methods, then
//! formatting by kind) and the same error forms (`%!d(string=hi)`, `%!(EXTRA int=1)`). Float
//! digits come from Rust's float formatting, which rounds correctly (ties to even) as Go's
//! `strconv` does; the layout around the digits is a port of `strconv`'s `fmtEFG`.
//!
//! Values have no real addresses. `address_of` gives every pointer-shaped value a fake but
//! deterministic one (see there), used by `%p`, by `%v` of nested pointers, channels and
//! funcs, by `panic` values and by `print`.

use crate::check::types::{Basic, ChanDir, Field, Signature, Type, TypeId, TypeTable, well_known};
use crate::runtime::value::{Heap, HeapId, Value};

/// What formatting needs from the runtime.
pub trait Host {
    fn types(&self) -> &TypeTable;
    fn heap(&self) -> &Heap;
    /// If the dynamic type `ty` (with value `v`) has a method `name` ("Error" or "String")
    /// taking no arguments and returning string, in its method set, calls it and returns the
    /// result's bytes, or the value it panicked with; otherwise None. (The runtime implements
    /// this by running Go code.)
    fn call_string_method(&mut self, v: &Value, ty: TypeId, name: &str) -> Option<Called>;
}

/// What a call of a String or Error method gave: its result, or the value it panicked with.
pub type Called = Result<Vec<u8>, Value>;

/// A value with its static type, as passed to a `...any` parameter: for interface arguments
/// the runtime passes the dynamic type. A nil interface is `Value::Nil` with an interface type
/// (or `untyped nil`). An `Iface` value is looked through whatever `ty` says.
#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    pub value: Value,
    pub ty: TypeId,
}

/// `fmt.Sprint`: operands in their default formats, with a space between two operands when
/// neither is a string.
pub fn sprint(host: &mut dyn Host, args: &[Arg]) -> Vec<u8> {
    let mut p = Printer::new(host);
    let mut prev_string = false;
    for (i, arg) in args.iter().enumerate() {
        let is_string = {
            let types = p.host.types();
            concrete(types, &arg.value, arg.ty)
                .is_some_and(|(_, ty)| matches!(kind_of(types, ty), Kind::String))
        };
        if i > 0 && !is_string && !prev_string {
            p.f.buf.push(b' ');
        }
        p.print_arg(arg, 'v');
        prev_string = is_string;
    }
    p.f.buf
}

/// `fmt.Sprintln`: operands in their default formats, always separated by spaces, and a
/// trailing newline.
pub fn sprintln(host: &mut dyn Host, args: &[Arg]) -> Vec<u8> {
    let mut p = Printer::new(host);
    for (i, arg) in args.iter().enumerate() {
        if i > 0 {
            p.f.buf.push(b' ');
        }
        p.print_arg(arg, 'v');
    }
    p.f.buf.push(b'\n');
    p.f.buf
}

/// `fmt.Sprintf`.
pub fn sprintf(host: &mut dyn Host, format: &[u8], args: &[Arg]) -> Vec<u8> {
    let mut p = Printer::new(host);
    p.do_printf(format, args);
    p.f.buf
}

/// The message of `fmt.Errorf(format, args...)`: `Sprintf`, except that `%w` accepts an error
/// operand and prints it like `%v`; and the indices of the operands `%w` used, in order (the
/// runtime wraps those that are errors).
pub fn errorf(host: &mut dyn Host, format: &[u8], args: &[Arg]) -> (Vec<u8>, Vec<usize>) {
    let mut p = Printer::new(host);
    p.wrap_errs = true;
    p.do_printf(format, args);
    let mut wrapped = p.wrapped;
    if p.reordered {
        crate::sorting::sort(&mut wrapped);
    }
    wrapped.dedup();
    (p.f.buf, wrapped)
}

/// The text Go's runtime prints for `panic(v)` after `panic: `. Errors print `Error()` and
/// Stringers `String()`; strings and unnamed basic types print their value; named basic types
/// print as a conversion (`main.MyInt(5)`, `main.S("x")`); anything else prints its type and
/// the address of its data (`(main.T) 0x4e0140`). Newlines in strings are followed by a tab,
/// as the runtime indents them. A nil `v` prints `nil` (GODEBUG panicnil=1; the VM turns
/// `panic(nil)` into a `*runtime.PanicNilError` first, as Go 1.21 does).
pub fn panic_value(host: &mut dyn Host, v: &Arg) -> Vec<u8> {
    let Some((val, ty)) = concrete(host.types(), &v.value, v.ty) else {
        return b"nil".to_vec();
    };
    if may_have_methods(host.types(), ty) {
        for name in ["Error", "String"] {
            if let Some(Ok(s)) = host.call_string_method(val, ty, name) {
                return indented(&s);
            }
        }
    }
    let types = host.types();
    let unnamed = matches!(types.get(ty), Type::Basic(_));
    let name = type_string(types, ty);
    let mut out = Vec::new();
    match kind_of(types, ty) {
        Kind::String if unnamed => out = indented(val.as_bytes()),
        Kind::String => {
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(b"(\"");
            out.extend(indented(val.as_bytes()));
            out.extend_from_slice(b"\")");
        }
        k @ (Kind::Bool | Kind::Int(_) | Kind::Uint(_) | Kind::Float(_)) => {
            let text = print_scalar(&k, val);
            if unnamed {
                out = text;
            } else {
                out.extend_from_slice(name.as_bytes());
                out.push(b'(');
                out.extend(text);
                out.push(b')');
            }
        }
        _ => {
            out.push(b'(');
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(b") ");
            out.extend(hex_addr(data_word(types, val, ty)));
        }
    }
    out
}

/// The builtin `print`/`println`'s rendering of one operand (`println` adds the spaces and the
/// newline). This is the runtime's printing, not `fmt`'s: floats in the shortest `%g` form
/// (go1.27), pointers, channels, maps and funcs as hex addresses, slices as `[len/cap]0xaddr`,
/// interfaces as `(0xtype,0xdata)`. Here `v.ty` is the operand's static type.
pub fn builtin_print(host: &dyn Host, v: &Arg) -> Vec<u8> {
    let types = host.types();
    let (val, ty) = match &v.value {
        Value::Iface(b) if !types.is_interface(v.ty) => (&b.1, TypeId(b.0)),
        other => (other, v.ty),
    };
    let kind = kind_of(types, ty);
    match kind {
        Kind::Bool | Kind::Int(_) | Kind::Uint(_) | Kind::Float(_) => print_scalar(&kind, val),
        Kind::String => val.as_bytes().to_vec(),
        Kind::Interface => match val {
            Value::Iface(b) => {
                let dyn_ty = TypeId(b.0);
                let mut out = b"(".to_vec();
                out.extend(hex_addr(type_word(dyn_ty)));
                out.push(b',');
                out.extend(hex_addr(data_word(types, &b.1, dyn_ty)));
                out.push(b')');
                out
            }
            _ => b"(0x0,0x0)".to_vec(),
        },
        Kind::Slice(_) => {
            let (len, cap) = match val {
                Value::Slice { len, cap, .. } => (*len, *cap),
                _ => (0, 0),
            };
            let mut out = format!("[{len}/{cap}]").into_bytes();
            out.extend(hex_addr(address_of(val)));
            out
        }
        Kind::Pointer(_) | Kind::Chan | Kind::Map(..) | Kind::Func | Kind::UnsafePointer => {
            hex_addr(address_of(val))
        }
        // The compiler rejects the other kinds (`illegal types for operand: print`).
        _ => {
            let mut out = format!("({}) ", type_string(types, ty)).into_bytes();
            out.extend(hex_addr(data_word(types, val, ty)));
            out
        }
    }
}

/// The fake address of a pointer-shaped value; 0 for nil and for values without one.
///
/// * Heap object `o` starts at `0xc000010000 + 0x1000 * o`. A pointer into it adds 8 bytes per
///   index along its path, so `&a[1]` is 8 above `&a[0]` (nested paths are an approximation:
///   the heap does not record element sizes).
/// * A slice's address is that of its first element, a map's that of its heap object.
/// * Channel `c` lives at `0xc00f000000 + 0x100 * c`.
/// * A func value's address is its code: `0x47e000 + 0x20 * f` for function `f`.
pub fn address_of(v: &Value) -> u64 {
    match v {
        Value::Ptr(p) => heap_addr(p.obj) + 8 * p.path.iter().map(|&i| u64::from(i)).sum::<u64>(),
        Value::Slice { arr, off, .. } => heap_addr(*arr) + 8 * u64::from(*off),
        Value::Map(id) => heap_addr(*id),
        Value::Chan(c) => 0xc00f000000 + 0x100 * u64::from(c.0),
        Value::Func(f) => 0x47e000 + 0x20 * u64::from(f.func.0),
        _ => 0,
    }
}

fn heap_addr(id: HeapId) -> u64 {
    0xc000010000 + 0x1000 * u64::from(id.0)
}

/// The fake address of a type descriptor (the first word of an interface).
fn type_word(ty: TypeId) -> u64 {
    0x4a0000 + 0x20 * u64::from(ty.0)
}

/// The second word of an interface holding `v` of type `ty`: the value itself for
/// pointer-shaped types, else the fake address of a boxed copy (derived from the type, since
/// copies have no identity here).
fn data_word(types: &TypeTable, v: &Value, ty: TypeId) -> u64 {
    match kind_of(types, ty) {
        Kind::Pointer(_) | Kind::Chan | Kind::Map(..) | Kind::Func | Kind::UnsafePointer => {
            address_of(v)
        }
        _ => 0x4e0000 + 0x20 * u64::from(ty.0),
    }
}

fn hex_addr(u: u64) -> Vec<u8> {
    format!("{u:#x}").into_bytes()
}

/// The runtime's printing of a bool or number (`printbool`, `printint`, `printfloat64`...).
fn print_scalar(kind: &Kind, v: &Value) -> Vec<u8> {
    match *kind {
        Kind::Bool => if v.as_bool() { &b"true"[..] } else { &b"false"[..] }.to_vec(),
        Kind::Int(bits) => sext(v.as_int(), bits).to_string().into_bytes(),
        Kind::Uint(bits) => zext(v.as_int(), bits).to_string().into_bytes(),
        Kind::Float(bits) => format_float(v.as_f64(), b'g', -1, bits),
        _ => Vec::new(),
    }
}

/// The runtime's `printindented`: every newline is followed by a tab.
fn indented(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for &b in s {
        out.push(b);
        if b == b'\n' {
            out.push(b'\t');
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Types as fmt sees them.

/// A type's kind, as `reflect.Kind`, with the parts that printing descends into.
#[derive(Clone, Debug)]
enum Kind {
    Invalid,
    Bool,
    /// A signed integer of the given bit size.
    Int(u32),
    /// An unsigned integer of the given bit size.
    Uint(u32),
    /// A float of the given bit size.
    Float(u32),
    Complex,
    String,
    UnsafePointer,
    Pointer(TypeId),
    Slice(TypeId),
    Array(TypeId),
    Map(TypeId, TypeId),
    Chan,
    Func,
    Struct(Vec<Field>),
    Interface,
}

fn kind_of(types: &TypeTable, ty: TypeId) -> Kind {
    match types.under(ty) {
        Type::Basic(b) => match b.default_type() {
            Basic::Bool => Kind::Bool,
            Basic::Float32 => Kind::Float(32),
            Basic::Float64 => Kind::Float(64),
            Basic::Complex64 | Basic::Complex128 => Kind::Complex,
            Basic::String => Kind::String,
            Basic::UnsafePointer => Kind::UnsafePointer,
            Basic::UntypedNil => Kind::Interface,
            b if b.is_unsigned() => Kind::Uint(b.int_bits().unwrap_or(64)),
            b if b.is_integer() => Kind::Int(b.int_bits().unwrap_or(64)),
            _ => Kind::Invalid,
        },
        Type::Pointer(e) => Kind::Pointer(*e),
        Type::Slice(e) => Kind::Slice(*e),
        Type::Array(_, e) => Kind::Array(*e),
        Type::Map(k, v) => Kind::Map(*k, *v),
        Type::Chan(..) => Kind::Chan,
        Type::Func(_) => Kind::Func,
        Type::Struct(fields) => Kind::Struct(fields.clone()),
        Type::Interface(_) => Kind::Interface,
        Type::Named(_) | Type::Tuple(_) => Kind::Invalid,
    }
}

/// Looks through interfaces: a non-nil interface gives its dynamic value and type, a nil one
/// gives `None`. Untyped constants get their default type.
fn concrete<'v>(types: &TypeTable, v: &'v Value, ty: TypeId) -> Option<(&'v Value, TypeId)> {
    if let Value::Iface(b) = v {
        return Some((&b.1, TypeId(b.0)));
    }
    if let Type::Basic(b) = types.get(ty) {
        let default = match b {
            Basic::UntypedNil => return None,
            Basic::UntypedBool => well_known::BOOL,
            Basic::UntypedInt => well_known::INT,
            Basic::UntypedRune => well_known::INT32,
            Basic::UntypedFloat => well_known::FLOAT64,
            Basic::UntypedString => well_known::STRING,
            _ => ty,
        };
        return Some((v, default));
    }
    if types.is_interface(ty) {
        return None;
    }
    Some((v, ty))
}

/// Whether `ty` can have methods at all: only then is the runtime asked for `Error`/`String`.
fn may_have_methods(types: &TypeTable, ty: TypeId) -> bool {
    let has_embedded = |t: TypeId| matches!(types.get(t), Type::Struct(fields) if fields.iter().any(|f| f.embedded));
    match types.get(ty) {
        Type::Named(_) => true,
        Type::Pointer(e) => matches!(types.get(*e), Type::Named(_)) || has_embedded(*e),
        _ => has_embedded(ty),
    }
}

/// A type as `reflect.Type.String()` (and so `%T`) spells it: `main.P`, `[]interface {}`,
/// `struct { A int; B string }`, `func(int) (string, error)`.
pub fn type_string(types: &TypeTable, ty: TypeId) -> String {
    let mut out = String::new();
    write_type(types, &mut out, ty, 0);
    out
}

fn write_type(types: &TypeTable, out: &mut String, ty: TypeId, depth: u32) {
    if depth > 32 {
        out.push_str("...");
        return;
    }
    let d = depth + 1;
    match types.get(ty) {
        Type::Basic(b) => out.push_str(match b {
            Basic::UntypedNil => "nil",
            b => b.default_type().name(),
        }),
        Type::Named(n) => {
            let named = types.named(*n);
            // reflect names a type by its package's name, not its path (`atomic.Int64`).
            if let Some(p) = &named.package {
                out.push_str(p.rsplit('/').next().unwrap_or(p));
                out.push('.');
            }
            out.push_str(&named.name);
            if !named.args.is_empty() {
                out.push('[');
                for (i, a) in named.args.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_type(types, out, *a, d);
                }
                out.push(']');
            }
        }
        Type::Pointer(e) => {
            out.push('*');
            write_type(types, out, *e, d);
        }
        Type::Slice(e) => {
            out.push_str("[]");
            write_type(types, out, *e, d);
        }
        Type::Array(n, e) => {
            out.push_str(&format!("[{n}]"));
            write_type(types, out, *e, d);
        }
        Type::Map(k, v) => {
            out.push_str("map[");
            write_type(types, out, *k, d);
            out.push(']');
            write_type(types, out, *v, d);
        }
        Type::Chan(dir, e) => {
            out.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            // Only `chan (<-chan T)` needs parentheses; the compiler writes `<-chan <-chan T`.
            let paren =
                *dir == ChanDir::Both && matches!(types.get(*e), Type::Chan(ChanDir::Recv, _));
            if paren {
                out.push('(');
            }
            write_type(types, out, *e, d);
            if paren {
                out.push(')');
            }
        }
        Type::Struct(fields) => {
            if fields.is_empty() {
                out.push_str("struct {}");
                return;
            }
            out.push_str("struct { ");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                if !f.embedded {
                    out.push_str(&f.name);
                    out.push(' ');
                }
                write_type(types, out, f.ty, d);
            }
            out.push_str(" }");
        }
        Type::Func(sig) => {
            out.push_str("func");
            write_signature(types, out, sig, d);
        }
        Type::Interface(methods) => {
            if methods.is_empty() {
                out.push_str("interface {}");
                return;
            }
            out.push_str("interface { ");
            for (i, m) in methods.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                out.push_str(&m.name);
                if let Type::Func(sig) = types.get(m.sig) {
                    write_signature(types, out, sig, d);
                }
            }
            out.push_str(" }");
        }
        Type::Tuple(items) => {
            out.push('(');
            for (i, t) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_type(types, out, *t, d);
            }
            out.push(')');
        }
    }
}

fn write_signature(types: &TypeTable, out: &mut String, sig: &Signature, d: u32) {
    out.push('(');
    for (i, p) in sig.params.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        match types.get(*p) {
            Type::Slice(e) if sig.variadic && i + 1 == sig.params.len() => {
                out.push_str("...");
                write_type(types, out, *e, d);
            }
            _ => write_type(types, out, *p, d),
        }
    }
    out.push(')');
    match sig.results.as_slice() {
        [] => {}
        [one] => {
            out.push(' ');
            write_type(types, out, *one, d);
        }
        many => {
            out.push_str(" (");
            for (i, r) in many.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_type(types, out, *r, d);
            }
            out.push(')');
        }
    }
}

/// Sign-extends the low `bits` bits of `v`.
fn sext(v: i64, bits: u32) -> i64 {
    if bits >= 64 {
        v
    } else {
        let s = 64 - bits;
        (v << s) >> s
    }
}

/// Zero-extends the low `bits` bits of `v`.
fn zext(v: i64, bits: u32) -> u64 {
    if bits >= 64 { v as u64 } else { (v as u64) & ((1u64 << bits) - 1) }
}

// ---------------------------------------------------------------------------------------------
// The printer (`fmt/print.go`).

const NIL_ANGLE: &[u8] = b"<nil>";
const NIL_PAREN: &[u8] = b"(nil)";

/// How deep printing descends before it gives up with `...`. Go has no limit (a value that
/// contains itself through an interface overflows its stack); we must not overflow ours.
const MAX_DEPTH: usize = 100;

struct Printer<'h> {
    host: &'h mut dyn Host,
    f: Fmt,
    /// Set while printing a `%!verb(type=value)` error, to keep methods from being called.
    erroring: bool,
    /// Set while printing the value a String or Error method panicked with.
    panicking: bool,
    /// Whether `%w` is accepted (only in `Errorf`).
    wrap_errs: bool,
    /// The operands `%w` used.
    wrapped: Vec<usize>,
    /// Whether the format used an explicit argument index such as `%[2]d`.
    reordered: bool,
    /// Whether the last argument index was valid.
    good_arg_num: bool,
}

impl<'h> Printer<'h> {
    fn new(host: &'h mut dyn Host) -> Printer<'h> {
        Printer {
            host,
            f: Fmt::default(),
            erroring: false,
            panicking: false,
            wrap_errs: false,
            wrapped: Vec::new(),
            reordered: false,
            good_arg_num: true,
        }
    }

    fn types(&self) -> &TypeTable {
        self.host.types()
    }

    fn write_verb(&mut self, verb: char) {
        let mut tmp = [0u8; 4];
        self.f.buf.extend_from_slice(verb.encode_utf8(&mut tmp).as_bytes());
    }

    fn print_arg(&mut self, arg: &Arg, verb: char) {
        let Some((v, ty)) = concrete(self.types(), &arg.value, arg.ty) else {
            match verb {
                'T' | 'v' => self.f.pad(NIL_ANGLE),
                _ => self.bad_verb(None, verb),
            }
            return;
        };
        match verb {
            'T' => {
                let name = type_string(self.types(), ty);
                self.f.fmt_s(name.as_bytes());
                return;
            }
            'p' => {
                self.fmt_pointer(v, ty, 'p');
                return;
            }
            _ => {}
        }
        if !self.handle_methods(v, ty, verb) {
            self.print_value(v, ty, verb, 0, true);
        }
    }

    /// Calls `Error` or `String` when the verb accepts a string and the value has one.
    fn handle_methods(&mut self, v: &Value, ty: TypeId, verb: char) -> bool {
        if self.erroring {
            return false;
        }
        let may = may_have_methods(self.types(), ty);
        if verb == 'w' {
            // `%w` is only valid in `Errorf`, with an error operand, and then means `%v`.
            let msg = if self.wrap_errs && may {
                self.host.call_string_method(v, ty, "Error")
            } else {
                None
            };
            match msg {
                Some(Ok(s)) => self.fmt_string(&s, 'v', v, ty),
                Some(Err(p)) => self.catch_panic(v, ty, 'v', "Error", &p),
                None => self.bad_verb(Some((v, ty)), verb),
            }
            return true;
        }
        // `%#v` would ask for `GoString`, which the simulator does not support.
        if self.f.fl.sharp_v || !may || !matches!(verb, 'v' | 's' | 'x' | 'X' | 'q') {
            return false;
        }
        for name in ["Error", "String"] {
            match self.host.call_string_method(v, ty, name) {
                Some(Ok(s)) => self.fmt_string(&s, verb, v, ty),
                Some(Err(p)) => self.catch_panic(v, ty, verb, name, &p),
                None => continue,
            }
            return true;
        }
        false
    }

    /// Go's `catchPanic`: a method that panicked on a nil pointer receiver prints `<nil>`;
    /// otherwise the panic shows in place, `%!v(PANIC=String method: boom)`.
    fn catch_panic(&mut self, v: &Value, ty: TypeId, verb: char, method: &str, p: &Value) {
        let nil_ptr = v.is_nil() && matches!(kind_of(self.types(), ty), Kind::Pointer(_));
        if nil_ptr {
            self.f.buf.extend_from_slice(NIL_ANGLE);
            return;
        }
        let (fl, wid, prec) = (self.f.fl, self.f.wid, self.f.prec);
        self.f.clear_flags();
        self.f.buf.extend_from_slice(b"%!");
        let mut tmp = [0u8; 4];
        self.f.buf.extend_from_slice(verb.encode_utf8(&mut tmp).as_bytes());
        self.f.buf.extend_from_slice(format!("(PANIC={method} method: ").as_bytes());
        if self.panicking {
            // Go panics again here; the value's own methods are not called twice.
            self.f.buf.extend_from_slice(b"...");
        } else {
            self.panicking = true;
            self.print_arg(&Arg { value: p.clone(), ty: well_known::EMPTY_INTERFACE }, 'v');
            self.panicking = false;
        }
        self.f.buf.push(b')');
        (self.f.fl, self.f.wid, self.f.prec) = (fl, wid, prec);
    }

    /// Prints `v` of type `ty` by its kind. `depth` is 0 for an operand; `can_iface` is false
    /// below an unexported struct field, where Go's reflection may not call methods.
    fn print_value(&mut self, v: &Value, ty: TypeId, verb: char, depth: usize, can_iface: bool) {
        if depth > MAX_DEPTH {
            self.f.buf.extend_from_slice(b"...");
            return;
        }
        // A non-nil interface prints as its dynamic value.
        if let Value::Iface(b) = v {
            return self.print_value(&b.1, TypeId(b.0), verb, depth, can_iface);
        }
        if depth > 0 && can_iface && self.handle_methods(v, ty, verb) {
            return;
        }
        let kind = kind_of(self.types(), ty);
        match kind {
            Kind::Invalid | Kind::Complex => {
                let name = type_string(self.types(), ty);
                self.f.buf.push(b'?');
                self.f.buf.extend_from_slice(name.as_bytes());
                self.f.buf.push(b'?');
            }
            Kind::Bool => match verb {
                't' | 'v' => self.f.fmt_boolean(v.as_bool()),
                _ => self.bad_verb(Some((v, ty)), verb),
            },
            Kind::Int(bits) => self.fmt_integer(sext(v.as_int(), bits) as u64, true, verb, v, ty),
            Kind::Uint(bits) => self.fmt_integer(zext(v.as_int(), bits), false, verb, v, ty),
            Kind::Float(bits) => self.fmt_float(v.as_f64(), bits, verb, v, ty),
            Kind::String => self.fmt_string(v.as_bytes(), verb, v, ty),
            Kind::Map(kt, et) => self.print_map(v, ty, kt, et, verb, depth, can_iface),
            Kind::Struct(fields) => self.print_struct(v, ty, &fields, verb, depth, can_iface),
            Kind::Interface => {
                if self.f.fl.sharp_v {
                    let name = type_string(self.types(), ty);
                    self.f.buf.extend_from_slice(name.as_bytes());
                    self.f.buf.extend_from_slice(NIL_PAREN);
                } else {
                    self.f.buf.extend_from_slice(NIL_ANGLE);
                }
            }
            Kind::Array(elem) | Kind::Slice(elem) => {
                self.print_list(v, ty, elem, verb, depth, can_iface)
            }
            Kind::Pointer(elem) => {
                // A pointer to an array, slice, struct or map prints as `&` and the value, but
                // only at the top level, so cyclic data cannot recurse forever.
                if let (0, Value::Ptr(p)) = (depth, v) {
                    let pointee = kind_of(self.types(), elem);
                    if matches!(
                        pointee,
                        Kind::Array(_) | Kind::Slice(_) | Kind::Struct(_) | Kind::Map(..)
                    ) {
                        let target = self.host.heap().load(p);
                        self.f.buf.push(b'&');
                        return self.print_value(&target, elem, verb, depth + 1, can_iface);
                    }
                }
                self.fmt_pointer(v, ty, verb)
            }
            Kind::Chan | Kind::Func | Kind::UnsafePointer => self.fmt_pointer(v, ty, verb),
        }
    }

    #[allow(clippy::too_many_arguments)] // reason: mirrors Go's printValue, plus the map's types.
    fn print_map(
        &mut self,
        v: &Value,
        ty: TypeId,
        kt: TypeId,
        et: TypeId,
        verb: char,
        depth: usize,
        can_iface: bool,
    ) {
        if self.f.fl.sharp_v {
            let name = type_string(self.types(), ty);
            self.f.buf.extend_from_slice(name.as_bytes());
            if !matches!(v, Value::Map(_)) {
                self.f.buf.extend_from_slice(NIL_PAREN);
                return;
            }
            self.f.buf.push(b'{');
        } else {
            self.f.buf.extend_from_slice(b"map[");
        }
        let mut entries: Vec<(Value, Value)> = match v {
            Value::Map(id) => self
                .host
                .heap()
                .map(*id)
                .map(|m| m.entries.values().cloned().collect())
                .unwrap_or_default(),
            _ => Vec::new(),
        };
        {
            let types = self.types();
            crate::sorting::sort_by(&mut entries, |a, b| compare(types, &a.0, &b.0, kt));
        }
        for (i, (k, e)) in entries.iter().enumerate() {
            if i > 0 {
                if self.f.fl.sharp_v {
                    self.f.buf.extend_from_slice(b", ");
                } else {
                    self.f.buf.push(b' ');
                }
            }
            self.print_value(k, kt, verb, depth + 1, can_iface);
            self.f.buf.push(b':');
            self.print_value(e, et, verb, depth + 1, can_iface);
        }
        self.f.buf.push(if self.f.fl.sharp_v { b'}' } else { b']' });
    }

    fn print_struct(
        &mut self,
        v: &Value,
        ty: TypeId,
        fields: &[Field],
        verb: char,
        depth: usize,
        can_iface: bool,
    ) {
        if self.f.fl.sharp_v {
            let name = type_string(self.types(), ty);
            self.f.buf.extend_from_slice(name.as_bytes());
        }
        self.f.buf.push(b'{');
        let values = v.fields();
        for (i, field) in fields.iter().enumerate() {
            if i > 0 {
                if self.f.fl.sharp_v {
                    self.f.buf.extend_from_slice(b", ");
                } else {
                    self.f.buf.push(b' ');
                }
            }
            if (self.f.fl.plus_v || self.f.fl.sharp_v) && !field.name.is_empty() {
                self.f.buf.extend_from_slice(field.name.as_bytes());
                self.f.buf.push(b':');
            }
            let exported = field.name.chars().next().is_some_and(char::is_uppercase);
            let value = values.get(i).unwrap_or(&Value::Nil);
            self.print_value(value, field.ty, verb, depth + 1, can_iface && exported);
        }
        self.f.buf.push(b'}');
    }

    fn print_list(
        &mut self,
        v: &Value,
        ty: TypeId,
        elem: TypeId,
        verb: char,
        depth: usize,
        can_iface: bool,
    ) {
        let items: Vec<Value> = match v {
            Value::Tuple(items) => items.to_vec(),
            Value::Slice { arr, off, len, .. } => {
                let all = self.host.heap().array(*arr);
                let start = (*off as usize).min(all.len());
                let end = (start + *len as usize).min(all.len());
                all[start..end].to_vec()
            }
            _ => Vec::new(),
        };
        if matches!(verb, 's' | 'q' | 'x' | 'X')
            && matches!(kind_of(self.types(), elem), Kind::Uint(8))
        {
            let bytes: Vec<u8> = items.iter().map(|b| b.as_int() as u8).collect();
            return self.fmt_bytes(&bytes, verb);
        }
        if self.f.fl.sharp_v {
            // An operand of type `[]byte` is special-cased by Go's printArg, which spells it
            // `[]byte`; anywhere else reflection spells it `[]uint8`.
            let name = match self.types().get(ty) {
                Type::Slice(e) if depth == 0 && *e == well_known::UINT8 => "[]byte".to_string(),
                _ => type_string(self.types(), ty),
            };
            self.f.buf.extend_from_slice(name.as_bytes());
            if v.is_nil() {
                self.f.buf.extend_from_slice(NIL_PAREN);
                return;
            }
            self.f.buf.push(b'{');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    self.f.buf.extend_from_slice(b", ");
                }
                self.print_value(item, elem, verb, depth + 1, can_iface);
            }
            self.f.buf.push(b'}');
        } else {
            self.f.buf.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    self.f.buf.push(b' ');
                }
                self.print_value(item, elem, verb, depth + 1, can_iface);
            }
            self.f.buf.push(b']');
        }
    }

    /// Writes `%!verb(type=value)`, or `%!verb(<nil>)` for a nil interface.
    fn bad_verb(&mut self, arg: Option<(&Value, TypeId)>, verb: char) {
        self.erroring = true;
        self.f.buf.extend_from_slice(b"%!");
        self.write_verb(verb);
        self.f.buf.push(b'(');
        match arg {
            Some((v, ty)) => {
                let name = type_string(self.types(), ty);
                self.f.buf.extend_from_slice(name.as_bytes());
                self.f.buf.push(b'=');
                self.print_value(v, ty, 'v', 0, true);
            }
            None => self.f.buf.extend_from_slice(NIL_ANGLE),
        }
        self.f.buf.push(b')');
        self.erroring = false;
    }

    /// Formats `v` in hexadecimal, with or without a leading `0x`.
    fn fmt_0x64(&mut self, v: u64, leading_0x: bool) {
        let sharp = self.f.fl.sharp;
        self.f.fl.sharp = leading_0x;
        self.f.fmt_integer(v, 16, false, 'v', LDIGITS);
        self.f.fl.sharp = sharp;
    }

    fn fmt_integer(&mut self, u: u64, signed: bool, verb: char, v: &Value, ty: TypeId) {
        match verb {
            'v' if self.f.fl.sharp_v && !signed => self.fmt_0x64(u, true),
            'v' | 'd' => self.f.fmt_integer(u, 10, signed, verb, LDIGITS),
            'b' => self.f.fmt_integer(u, 2, signed, verb, LDIGITS),
            'o' | 'O' => self.f.fmt_integer(u, 8, signed, verb, LDIGITS),
            'x' => self.f.fmt_integer(u, 16, signed, verb, LDIGITS),
            'X' => self.f.fmt_integer(u, 16, signed, verb, UDIGITS),
            'c' => self.f.fmt_c(u),
            'q' => self.f.fmt_qc(u),
            'U' => self.f.fmt_unicode(u),
            _ => self.bad_verb(Some((v, ty)), verb),
        }
    }

    fn fmt_float(&mut self, x: f64, bits: u32, verb: char, v: &Value, ty: TypeId) {
        match verb {
            'v' => self.f.fmt_float(x, bits, 'g', -1),
            'b' | 'g' | 'G' | 'x' | 'X' => self.f.fmt_float(x, bits, verb, -1),
            'f' | 'e' | 'E' => self.f.fmt_float(x, bits, verb, 6),
            'F' => self.f.fmt_float(x, bits, 'f', 6),
            _ => self.bad_verb(Some((v, ty)), verb),
        }
    }

    fn fmt_string(&mut self, s: &[u8], verb: char, v: &Value, ty: TypeId) {
        match verb {
            'v' if self.f.fl.sharp_v => self.f.fmt_q(s),
            'v' | 's' => self.f.fmt_s(s),
            'x' => self.f.fmt_sbx(s, LDIGITS),
            'X' => self.f.fmt_sbx(s, UDIGITS),
            'q' => self.f.fmt_q(s),
            _ => self.bad_verb(Some((v, ty)), verb),
        }
    }

    /// Byte slices and arrays under `%s %q %x %X`.
    fn fmt_bytes(&mut self, b: &[u8], verb: char) {
        match verb {
            's' => self.f.fmt_s(b),
            'x' => self.f.fmt_sbx(b, LDIGITS),
            'X' => self.f.fmt_sbx(b, UDIGITS),
            _ => self.f.fmt_q(b),
        }
    }

    fn fmt_pointer(&mut self, v: &Value, ty: TypeId, verb: char) {
        let u = match kind_of(self.types(), ty) {
            Kind::Chan
            | Kind::Func
            | Kind::Map(..)
            | Kind::Pointer(_)
            | Kind::Slice(_)
            | Kind::UnsafePointer => address_of(v),
            _ => return self.bad_verb(Some((v, ty)), verb),
        };
        match verb {
            'v' if self.f.fl.sharp_v => {
                let name = type_string(self.types(), ty);
                self.f.buf.push(b'(');
                self.f.buf.extend_from_slice(name.as_bytes());
                self.f.buf.extend_from_slice(b")(");
                if u == 0 {
                    self.f.buf.extend_from_slice(b"nil");
                } else {
                    self.fmt_0x64(u, true);
                }
                self.f.buf.push(b')');
            }
            'v' if u == 0 => self.f.pad(NIL_ANGLE),
            'v' | 'p' => {
                let sharp = self.f.fl.sharp;
                self.fmt_0x64(u, !sharp);
            }
            'b' | 'o' | 'd' | 'x' | 'X' => self.fmt_integer(u, false, verb, v, ty),
            _ => self.bad_verb(Some((v, ty)), verb),
        }
    }

    fn do_printf(&mut self, format: &[u8], a: &[Arg]) {
        let end = format.len();
        let mut arg_num = 0usize;
        let mut after_index: bool;
        self.reordered = false;
        let mut i = 0;
        'format_loop: while i < end {
            self.good_arg_num = true;
            let lasti = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            if i > lasti {
                self.f.buf.extend_from_slice(&format[lasti..i]);
            }
            if i >= end {
                break;
            }
            // Skip the `%`.
            i += 1;

            self.f.clear_flags();
            while i < end {
                let c = format[i];
                match c {
                    b'#' => self.f.fl.sharp = true,
                    b'0' => self.f.fl.zero = true,
                    b'+' => self.f.fl.plus = true,
                    b'-' => self.f.fl.minus = true,
                    b' ' => self.f.fl.space = true,
                    _ => {
                        // The fast path: flags and a lower-case verb, nothing else.
                        if c.is_ascii_lowercase() && arg_num < a.len() {
                            if c == b'v' || c == b'w' {
                                self.set_v_flags();
                            }
                            if c == b'w' {
                                self.wrapped.push(arg_num);
                            }
                            self.print_arg(&a[arg_num], char::from(c));
                            arg_num += 1;
                            i += 1;
                            continue 'format_loop;
                        }
                        break;
                    }
                }
                i += 1;
            }

            // An explicit argument index?
            (arg_num, i, after_index) = self.arg_number(arg_num, format, i, a.len());

            // A width?
            if i < end && format[i] == b'*' {
                i += 1;
                let (wid, ok, next) = int_from_arg(self.types(), a, arg_num);
                (self.f.wid, self.f.fl.wid_present, arg_num) = (wid, ok, next);
                if !ok {
                    self.f.buf.extend_from_slice(b"%!(BADWIDTH)");
                }
                // A negative width means left-justify.
                if self.f.wid < 0 {
                    self.f.wid = -self.f.wid;
                    self.f.fl.minus = true;
                    self.f.fl.zero = false;
                }
                after_index = false;
            } else {
                let (wid, ok, next) = parsenum(format, i, end);
                (self.f.wid, self.f.fl.wid_present, i) = (wid, ok, next);
                if after_index && ok {
                    // "%[3]2d"
                    self.good_arg_num = false;
                }
            }

            // A precision?
            if i + 1 < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    // "%[3].2d"
                    self.good_arg_num = false;
                }
                (arg_num, i, after_index) = self.arg_number(arg_num, format, i, a.len());
                if i < end && format[i] == b'*' {
                    i += 1;
                    let (prec, ok, next) = int_from_arg(self.types(), a, arg_num);
                    (self.f.prec, self.f.fl.prec_present, arg_num) = (prec, ok, next);
                    // A negative precision makes no sense.
                    if self.f.prec < 0 {
                        self.f.prec = 0;
                        self.f.fl.prec_present = false;
                    }
                    if !self.f.fl.prec_present {
                        self.f.buf.extend_from_slice(b"%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    let (prec, ok, next) = parsenum(format, i, end);
                    (self.f.prec, self.f.fl.prec_present, i) = (prec, ok, next);
                    if !ok {
                        self.f.prec = 0;
                        self.f.fl.prec_present = true;
                    }
                }
            }

            if !after_index {
                (arg_num, i, _) = self.arg_number(arg_num, format, i, a.len());
            }

            if i >= end {
                self.f.buf.extend_from_slice(b"%!(NOVERB)");
                break;
            }

            let (r, size) = decode_rune(&format[i..]);
            let verb = char::from_u32(r).unwrap_or(char::REPLACEMENT_CHARACTER);
            i += size;

            if verb == '%' {
                // `%%` takes no operand and ignores width and precision.
                self.f.buf.push(b'%');
            } else if !self.good_arg_num {
                self.f.buf.extend_from_slice(b"%!");
                self.write_verb(verb);
                self.f.buf.extend_from_slice(b"(BADINDEX)");
            } else if arg_num >= a.len() {
                self.f.buf.extend_from_slice(b"%!");
                self.write_verb(verb);
                self.f.buf.extend_from_slice(b"(MISSING)");
            } else {
                if verb == 'v' || verb == 'w' {
                    self.set_v_flags();
                }
                if verb == 'w' {
                    self.wrapped.push(arg_num);
                }
                self.print_arg(&a[arg_num], verb);
                arg_num += 1;
            }
        }

        // Report unused operands, unless the format reordered them.
        if !self.reordered && arg_num < a.len() {
            self.f.clear_flags();
            self.f.buf.extend_from_slice(b"%!(EXTRA ");
            for (i, arg) in a[arg_num..].iter().enumerate() {
                if i > 0 {
                    self.f.buf.extend_from_slice(b", ");
                }
                match concrete(self.types(), &arg.value, arg.ty) {
                    None => self.f.buf.extend_from_slice(NIL_ANGLE),
                    Some((_, ty)) => {
                        let name = type_string(self.types(), ty);
                        self.f.buf.extend_from_slice(name.as_bytes());
                        self.f.buf.push(b'=');
                        self.print_arg(arg, 'v');
                    }
                }
            }
            self.f.buf.push(b')');
        }
    }

    /// `%#v` and `%+v` are separate formats: the flags move to `sharp_v` and `plus_v`.
    fn set_v_flags(&mut self) {
        let fl = &mut self.f.fl;
        fl.sharp_v = fl.sharp;
        fl.sharp = false;
        fl.plus_v = fl.plus;
        fl.plus = false;
    }

    /// Reads an argument index `[n]` at `format[i..]`, if there is one: returns the argument
    /// to use next, the index after the bracket, and whether an index was found.
    fn arg_number(
        &mut self,
        arg_num: usize,
        format: &[u8],
        i: usize,
        num_args: usize,
    ) -> (usize, usize, bool) {
        if format.get(i) != Some(&b'[') {
            return (arg_num, i, false);
        }
        self.reordered = true;
        let (index, wid, ok) = parse_arg_number(&format[i..]);
        if ok && 0 <= index && (index as usize) < num_args {
            return (index as usize, i + wid, true);
        }
        self.good_arg_num = false;
        (arg_num, i + wid, ok)
    }
}

/// Parses `[n]`: the zero-based index, the bytes consumed, and whether it parsed.
fn parse_arg_number(format: &[u8]) -> (i64, usize, bool) {
    if format.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..format.len() {
        if format[i] == b']' {
            let (width, ok, newi) = parsenum(format, 1, i);
            if !ok || newi != i {
                return (0, i + 1, false);
            }
            return (width - 1, i + 1, true);
        }
    }
    (0, 1, false)
}

/// Whether a width or precision is too large to honour.
fn too_large(x: i64) -> bool {
    !(-1_000_000..=1_000_000).contains(&x)
}

/// Parses a decimal number in `s[start..end]`: the number, whether there was one, and the
/// index after it.
fn parsenum(s: &[u8], start: usize, end: usize) -> (i64, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let mut num = 0i64;
    let mut isnum = false;
    let mut i = start;
    while i < end && s[i].is_ascii_digit() {
        if too_large(num) {
            // Overflow: most likely a crazy long number.
            return (0, false, end);
        }
        num = num * 10 + i64::from(s[i] - b'0');
        isnum = true;
        i += 1;
    }
    (num, isnum, i)
}

/// The integer operand `a[arg_num]` used as a `*` width or precision: its value, whether it
/// is an integer, and the next operand's index.
fn int_from_arg(types: &TypeTable, a: &[Arg], arg_num: usize) -> (i64, bool, usize) {
    let Some(arg) = a.get(arg_num) else {
        return (0, false, arg_num);
    };
    let (mut num, mut is_int) = (0, false);
    if let Some((v, ty)) = concrete(types, &arg.value, arg.ty) {
        match kind_of(types, ty) {
            Kind::Int(bits) => (num, is_int) = (sext(v.as_int(), bits), true),
            Kind::Uint(bits) => {
                let n = zext(v.as_int(), bits);
                if let Ok(n) = i64::try_from(n) {
                    (num, is_int) = (n, true);
                }
            }
            _ => {}
        }
    }
    if too_large(num) {
        (num, is_int) = (0, false);
    }
    (num, is_int, arg_num + 1)
}

/// Orders map keys as Go's `internal/fmtsort` does: numbers by value, strings by bytes,
/// `false` before `true`, pointers and channels by address, structs and arrays element by
/// element, nil interfaces first. Interface keys of different dynamic types are ordered by
/// type id (Go orders them by the address of the type descriptor).
fn compare(types: &TypeTable, a: &Value, b: &Value, ty: TypeId) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    if let (Value::Iface(x), Value::Iface(y)) = (a, b) {
        return x.0.cmp(&y.0).then_with(|| compare(types, &x.1, &y.1, TypeId(x.0)));
    }
    match (a, b) {
        (Value::Nil, Value::Nil) => return Ordering::Equal,
        (Value::Nil, _) if matches!(b, Value::Iface(_) | Value::Chan(_)) => return Ordering::Less,
        (_, Value::Nil) if matches!(a, Value::Iface(_) | Value::Chan(_)) => {
            return Ordering::Greater;
        }
        _ => {}
    }
    match kind_of(types, ty) {
        Kind::Int(bits) => sext(a.as_int(), bits).cmp(&sext(b.as_int(), bits)),
        Kind::Uint(bits) => zext(a.as_int(), bits).cmp(&zext(b.as_int(), bits)),
        Kind::String => a.as_bytes().cmp(b.as_bytes()),
        Kind::Float(_) => {
            let (x, y) = (a.as_f64(), b.as_f64());
            match (x.is_nan(), y.is_nan()) {
                (true, true) => Ordering::Equal,
                (true, false) => Ordering::Less,
                (false, true) => Ordering::Greater,
                _ => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
            }
        }
        Kind::Bool => a.as_bool().cmp(&b.as_bool()),
        Kind::Pointer(_) | Kind::UnsafePointer | Kind::Chan => address_of(a).cmp(&address_of(b)),
        Kind::Struct(fields) => {
            let (xs, ys) = (a.fields(), b.fields());
            for (i, f) in fields.iter().enumerate() {
                if let (Some(x), Some(y)) = (xs.get(i), ys.get(i)) {
                    let c = compare(types, x, y, f.ty);
                    if c != Ordering::Equal {
                        return c;
                    }
                }
            }
            Ordering::Equal
        }
        Kind::Array(elem) => {
            for (x, y) in a.fields().iter().zip(b.fields()) {
                let c = compare(types, x, y, elem);
                if c != Ordering::Equal {
                    return c;
                }
            }
            Ordering::Equal
        }
        _ => Ordering::Equal,
    }
}

// ---------------------------------------------------------------------------------------------
// The raw formatter (`fmt/format.go`).

const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

#[derive(Clone, Copy, Default)]
struct Flags {
    wid_present: bool,
    prec_present: bool,
    minus: bool,
    plus: bool,
    sharp: bool,
    space: bool,
    zero: bool,
    /// `%+v`: the plus flag, moved here so it does not act as a sign flag.
    plus_v: bool,
    /// `%#v`: the sharp flag, moved here.
    sharp_v: bool,
}

#[derive(Default)]
struct Fmt {
    buf: Vec<u8>,
    fl: Flags,
    wid: i64,
    prec: i64,
}

impl Fmt {
    fn clear_flags(&mut self) {
        self.fl = Flags::default();
        self.wid = 0;
        self.prec = 0;
    }

    fn write_padding(&mut self, n: i64) {
        if n <= 0 {
            return;
        }
        // Zero padding is allowed only to the left.
        let pad = if self.fl.zero && !self.fl.minus { b'0' } else { b' ' };
        self.buf.resize(self.buf.len() + n as usize, pad);
    }

    /// Writes `b` padded to the width, on the left unless the minus flag is set.
    fn pad(&mut self, b: &[u8]) {
        if !self.fl.wid_present || self.wid == 0 {
            self.buf.extend_from_slice(b);
            return;
        }
        let width = self.wid - rune_count(b) as i64;
        if self.fl.minus {
            self.buf.extend_from_slice(b);
            self.write_padding(width);
        } else {
            self.write_padding(width);
            self.buf.extend_from_slice(b);
        }
    }

    fn fmt_boolean(&mut self, v: bool) {
        self.pad(if v { b"true" } else { b"false" });
    }

    /// `U+0078`, or `U+0078 'x'` with the sharp flag.
    fn fmt_unicode(&mut self, u: u64) {
        let mut prec = 4;
        if self.fl.prec_present && self.prec > 4 {
            prec = self.prec as usize;
        }
        let hex = format!("{u:X}");
        let mut out = b"U+".to_vec();
        out.resize(2 + prec.saturating_sub(hex.len()), b'0');
        out.extend_from_slice(hex.as_bytes());
        if self.fl.sharp && u <= 0x10FFFF && is_print(u as u32) {
            out.extend_from_slice(b" '");
            push_rune(&mut out, u as u32);
            out.push(b'\'');
        }
        let zero = self.fl.zero;
        self.fl.zero = false;
        self.pad(&out);
        self.fl.zero = zero;
    }

    fn fmt_integer(&mut self, mut u: u64, base: u64, signed: bool, verb: char, digits: &[u8; 17]) {
        let negative = signed && (u as i64) < 0;
        if negative {
            u = u.wrapping_neg();
        }
        // Two ways to ask for leading zeros: %.3d or %03d. With both, the zero flag is ignored.
        let mut prec = 0i64;
        if self.fl.prec_present {
            prec = self.prec;
            // Precision 0 and value 0 print nothing but padding.
            if prec == 0 && u == 0 {
                let zero = self.fl.zero;
                self.fl.zero = false;
                self.write_padding(self.wid);
                self.fl.zero = zero;
                return;
            }
        } else if self.fl.zero && !self.fl.minus && self.fl.wid_present {
            prec = self.wid;
            if negative || self.fl.plus || self.fl.space {
                // Leave room for the sign.
                prec -= 1;
            }
        }
        // Digits from the least significant, reversed at the end.
        let mut rev = Vec::with_capacity(24);
        loop {
            rev.push(digits[(u % base) as usize]);
            u /= base;
            if u == 0 {
                break;
            }
        }
        while (rev.len() as i64) < prec {
            rev.push(b'0');
        }
        if self.fl.sharp {
            match base {
                2 => rev.extend_from_slice(b"b0"),
                8 if rev.last() != Some(&b'0') => rev.push(b'0'),
                16 => rev.extend_from_slice(&[digits[16], b'0']),
                _ => {}
            }
        }
        if verb == 'O' {
            rev.extend_from_slice(b"o0");
        }
        if negative {
            rev.push(b'-');
        } else if self.fl.plus {
            rev.push(b'+');
        } else if self.fl.space {
            rev.push(b' ');
        }
        rev.reverse();
        // Zero padding, if any, was done above as precision.
        let zero = self.fl.zero;
        self.fl.zero = false;
        self.pad(&rev);
        self.fl.zero = zero;
    }

    /// `s` cut to the precision, counted in runes.
    fn truncate<'s>(&self, s: &'s [u8]) -> &'s [u8] {
        if self.fl.prec_present {
            let mut n = self.prec;
            let mut i = 0;
            while i < s.len() {
                n -= 1;
                if n < 0 {
                    return &s[..i];
                }
                i += decode_rune(&s[i..]).1;
            }
        }
        s
    }

    fn fmt_s(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        self.pad(s);
    }

    /// `%x` of a string or byte slice: two hex digits per byte, `% x` separates them, `%#x`
    /// adds `0x` (per byte with the space flag).
    fn fmt_sbx(&mut self, s: &[u8], digits: &[u8; 17]) {
        let mut length = s.len();
        if self.fl.prec_present && (self.prec as usize) < length {
            length = self.prec as usize;
        }
        let mut width = 2 * length as i64;
        if width > 0 {
            if self.fl.space {
                if self.fl.sharp {
                    width *= 2;
                }
                width += length as i64 - 1;
            } else if self.fl.sharp {
                width += 2;
            }
        } else {
            if self.fl.wid_present {
                self.write_padding(self.wid);
            }
            return;
        }
        if self.fl.wid_present && self.wid > width && !self.fl.minus {
            self.write_padding(self.wid - width);
        }
        if self.fl.sharp {
            self.buf.extend_from_slice(&[b'0', digits[16]]);
        }
        for (i, &c) in s[..length].iter().enumerate() {
            if self.fl.space && i > 0 {
                self.buf.push(b' ');
                if self.fl.sharp {
                    self.buf.extend_from_slice(&[b'0', digits[16]]);
                }
            }
            self.buf
                .extend_from_slice(&[digits[usize::from(c >> 4)], digits[usize::from(c & 0xF)]]);
        }
        if self.fl.wid_present && self.wid > width && self.fl.minus {
            self.write_padding(self.wid - width);
        }
    }

    /// A double-quoted Go string, or a raw one with the sharp flag when possible.
    fn fmt_q(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        if self.fl.sharp && can_backquote(s) {
            let mut out = Vec::with_capacity(s.len() + 2);
            out.push(b'`');
            out.extend_from_slice(s);
            out.push(b'`');
            return self.pad(&out);
        }
        let mut out = Vec::with_capacity(s.len() + 2);
        quote(&mut out, s, b'"', self.fl.plus);
        self.pad(&out);
    }

    /// An integer as the character it encodes.
    fn fmt_c(&mut self, c: u64) {
        let r = if c > 0x10FFFF { RUNE_ERROR } else { c as u32 };
        let mut out = Vec::new();
        push_rune(&mut out, r);
        self.pad(&out);
    }

    /// An integer as a single-quoted Go character literal.
    fn fmt_qc(&mut self, c: u64) {
        let mut r = if c > 0x10FFFF { RUNE_ERROR } else { c as u32 };
        if !valid_rune(r) {
            r = RUNE_ERROR;
        }
        let mut out = vec![b'\''];
        escape_rune(&mut out, r, b'\'', self.fl.plus);
        out.push(b'\'');
        self.pad(&out);
    }

    /// A float with `strconv` format `verb`; an explicit precision overrides `prec`.
    fn fmt_float(&mut self, v: f64, size: u32, verb: char, mut prec: i64) {
        if self.fl.prec_present {
            prec = self.prec;
        }
        // The number, with room for a leading sign.
        let mut num = vec![b'+'];
        num.extend(format_float(v, verb as u8, prec, size));
        if num[1] == b'-' || num[1] == b'+' {
            num.remove(0);
        }
        // The space flag means a space instead of a plus, unless the plus flag asks for it.
        if self.fl.space && num[0] == b'+' && !self.fl.plus {
            num[0] = b' ';
        }
        // Infinities and NaN are not numbers to pad with zeros.
        if num[1] == b'I' || num[1] == b'N' {
            let zero = self.fl.zero;
            self.fl.zero = false;
            // No sign before NaN unless asked for.
            if num[1] == b'N' && !self.fl.space && !self.fl.plus {
                num.remove(0);
            }
            self.pad(&num);
            self.fl.zero = zero;
            return;
        }
        // The sharp flag forces a decimal point and keeps trailing zeros.
        if self.fl.sharp && verb != 'b' {
            let mut digits = 0;
            if matches!(verb, 'v' | 'g' | 'G' | 'x') {
                digits = if prec == -1 { 6 } else { prec };
            }
            let mut tail = Vec::new();
            let mut has_point = false;
            let mut saw_nonzero = false;
            let mut i = 1;
            while i < num.len() {
                match num[i] {
                    b'.' => has_point = true,
                    b'p' | b'P' => {
                        tail = num.split_off(i);
                    }
                    b'e' | b'E' if verb != 'x' && verb != 'X' => {
                        tail = num.split_off(i);
                    }
                    c => {
                        if c != b'0' {
                            saw_nonzero = true;
                        }
                        // Count significant digits after the first non-zero one.
                        if saw_nonzero {
                            digits -= 1;
                        }
                    }
                }
                i += 1;
            }
            if !has_point {
                // A lone leading zero counts as one digit.
                if num.len() == 2 && num[1] == b'0' {
                    digits -= 1;
                }
                num.push(b'.');
            }
            while digits > 0 {
                num.push(b'0');
                digits -= 1;
            }
            num.extend(tail);
        }
        if self.fl.plus || num[0] != b'+' {
            // With zero padding the sign goes before the zeros.
            if self.fl.zero && !self.fl.minus && self.fl.wid_present && self.wid > num.len() as i64
            {
                self.buf.push(num[0]);
                self.write_padding(self.wid - num.len() as i64);
                self.buf.extend_from_slice(&num[1..]);
                return;
            }
            return self.pad(&num);
        }
        // A positive number without a requested sign.
        self.pad(&num[1..]);
    }
}

// ---------------------------------------------------------------------------------------------
// UTF-8 and quoting (`unicode/utf8`, `strconv/quote.go`).

const RUNE_ERROR: u32 = 0xFFFD;

/// Decodes the first rune of `b` as Go's `utf8.DecodeRune`: an invalid or truncated encoding
/// gives `(RUNE_ERROR, 1)`, an empty input `(RUNE_ERROR, 0)`.
fn decode_rune(b: &[u8]) -> (u32, usize) {
    let Some(&b0) = b.first() else {
        return (RUNE_ERROR, 0);
    };
    if b0 < 0x80 {
        return (u32::from(b0), 1);
    }
    let (n, min, init) = match b0 {
        0xC2..=0xDF => (2, 0x80, b0 & 0x1F),
        0xE0..=0xEF => (3, 0x800, b0 & 0x0F),
        0xF0..=0xF4 => (4, 0x10000, b0 & 0x07),
        _ => return (RUNE_ERROR, 1),
    };
    if b.len() < n {
        return (RUNE_ERROR, 1);
    }
    let mut r = u32::from(init);
    for &c in &b[1..n] {
        if c & 0xC0 != 0x80 {
            return (RUNE_ERROR, 1);
        }
        r = (r << 6) | u32::from(c & 0x3F);
    }
    if r < min || !valid_rune(r) {
        return (RUNE_ERROR, 1);
    }
    (r, n)
}

fn valid_rune(r: u32) -> bool {
    r < 0xD800 || (0xE000..=0x10FFFF).contains(&r)
}

/// Runes in `b`, counting each invalid byte as one, as `utf8.RuneCount` does.
fn rune_count(b: &[u8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < b.len() {
        i += decode_rune(&b[i..]).1;
        n += 1;
    }
    n
}

/// Appends the UTF-8 encoding of `r`, or of U+FFFD when `r` is not a valid rune.
fn push_rune(out: &mut Vec<u8>, r: u32) {
    let c = char::from_u32(r).unwrap_or(char::REPLACEMENT_CHARACTER);
    let mut tmp = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
}

pub(super) use crate::syntax::isprint::{is_graphic, is_print};

/// Appends `s` quoted with `quote`, escaping as `strconv.Quote` (or `QuoteToASCII`) does.
pub(super) fn quote(out: &mut Vec<u8>, s: &[u8], quote: u8, ascii_only: bool) {
    out.push(quote);
    let mut i = 0;
    while i < s.len() {
        let (r, width) = decode_rune(&s[i..]);
        if width == 1 && r == RUNE_ERROR {
            out.extend_from_slice(b"\\x");
            out.push(LDIGITS[usize::from(s[i] >> 4)]);
            out.push(LDIGITS[usize::from(s[i] & 0xF)]);
        } else {
            escape_rune(out, r, quote, ascii_only);
        }
        i += width;
    }
    out.push(quote);
}

fn escape_rune(out: &mut Vec<u8>, r: u32, quote: u8, ascii_only: bool) {
    if r == u32::from(quote) || r == u32::from(b'\\') {
        out.push(b'\\');
        return push_rune(out, r);
    }
    if ascii_only {
        if r < 0x80 && is_print(r) {
            return out.push(r as u8);
        }
    } else if is_print(r) {
        return push_rune(out, r);
    }
    let short = match r {
        0x07 => "\\a",
        0x08 => "\\b",
        0x0C => "\\f",
        0x0A => "\\n",
        0x0D => "\\r",
        0x09 => "\\t",
        0x0B => "\\v",
        _ => "",
    };
    if !short.is_empty() {
        return out.extend_from_slice(short.as_bytes());
    }
    let text = if r < u32::from(b' ') || r == 0x7F {
        format!("\\x{r:02x}")
    } else if !valid_rune(r) {
        "\\ufffd".to_string()
    } else if r < 0x10000 {
        format!("\\u{r:04x}")
    } else {
        format!("\\U{r:08x}")
    };
    out.extend_from_slice(text.as_bytes());
}

/// Whether `s` can be written as a raw string literal without change.
pub(super) fn can_backquote(s: &[u8]) -> bool {
    let mut i = 0;
    while i < s.len() {
        let (r, width) = decode_rune(&s[i..]);
        i += width;
        if width > 1 {
            if r == 0xFEFF {
                // Byte order marks are invisible.
                return false;
            }
            continue;
        }
        if r == RUNE_ERROR
            || (r < u32::from(b' ') && r != u32::from(b'\t'))
            || r == 0x60
            || r == 0x7F
        {
            return false;
        }
    }
    true
}

// ---------------------------------------------------------------------------------------------
// Floats (`strconv/ftoa.go`).

/// Go's `strconv.FormatFloat(v, fmt, prec, bit_size)`.
pub(super) fn format_float(v: f64, fmt: u8, prec: i64, bit_size: u32) -> Vec<u8> {
    let v = if bit_size == 32 { f64::from(v as f32) } else { v };
    if v.is_nan() {
        return b"NaN".to_vec();
    }
    if v.is_infinite() {
        return if v < 0.0 { b"-Inf".to_vec() } else { b"+Inf".to_vec() };
    }
    if fmt == b'b' || fmt == b'x' || fmt == b'X' {
        let parts = FloatParts::of(v, bit_size);
        return if fmt == b'b' { parts.fmt_b() } else { parts.fmt_x(prec, fmt) };
    }
    let neg = v.is_sign_negative();
    let a = v.abs();
    let mut prec = prec;
    let shortest = prec < 0;
    let digits = if a == 0.0 {
        Digits { d: Vec::new(), dp: 0 }
    } else if shortest {
        let d = if bit_size == 32 {
            Digits::parse_exp(&format!("{:e}", a as f32))
        } else {
            Digits::parse_exp(&format!("{a:e}"))
        };
        let (nd, dp) = (d.d.len() as i64, d.dp);
        prec = match fmt {
            b'e' | b'E' => (nd - 1).max(0),
            b'f' => (nd - dp).max(0),
            _ => nd,
        };
        d
    } else {
        match fmt {
            b'f' => Digits::parse_fixed(&format!("{:.*}", prec as usize, a)),
            b'e' | b'E' => Digits::parse_exp(&format!("{:.*e}", prec as usize, a)),
            _ => {
                if prec == 0 {
                    prec = 1;
                }
                Digits::parse_exp(&format!("{:.*e}", prec as usize - 1, a))
            }
        }
    };
    fmt_efg(neg, &digits, prec, fmt, shortest)
}

/// Decimal digits `0.d1d2d3... × 10^dp`, without leading or trailing zeros (none for zero).
struct Digits {
    d: Vec<u8>,
    dp: i64,
}

impl Digits {
    /// From Rust's `{:e}` output, such as `1.2345e3`.
    fn parse_exp(s: &str) -> Digits {
        let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
        let d: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
        let exp: i64 = exp.parse().unwrap_or(0);
        Digits { d, dp: exp + 1 }.trimmed()
    }

    /// From Rust's fixed-point output, such as `123.4560`.
    fn parse_fixed(s: &str) -> Digits {
        let (int, frac) = s.split_once('.').unwrap_or((s, ""));
        let mut d: Vec<u8> = int.bytes().chain(frac.bytes()).collect();
        let mut dp = int.len() as i64;
        let lead = d.iter().take_while(|&&c| c == b'0').count();
        d.drain(..lead);
        dp -= lead as i64;
        Digits { d, dp }.trimmed()
    }

    fn trimmed(mut self) -> Digits {
        while self.d.last() == Some(&b'0') {
            self.d.pop();
        }
        if self.d.is_empty() {
            self.dp = 0;
        }
        self
    }
}

/// `strconv`'s `fmtEFG`: lays out digits for `%e`, `%f` or `%g`.
fn fmt_efg(neg: bool, digits: &Digits, prec: i64, fmt: u8, shortest: bool) -> Vec<u8> {
    let s = &digits.d;
    let nd = s.len() as i64;
    let dp = digits.dp;
    let mut prec = prec;
    let mut fmt = fmt;
    if fmt == b'g' || fmt == b'G' {
        let mut eprec = prec;
        if eprec > nd && nd >= dp {
            eprec = nd;
        }
        // %e is used if the exponent is below -4 or at least the precision; the shortest form
        // uses precision 6 for this decision.
        if shortest {
            eprec = 6;
        }
        let exp = dp - 1;
        if exp < -4 || exp >= eprec {
            if prec > nd {
                prec = nd;
            }
            prec -= 1;
            fmt = fmt + b'e' - b'g';
        } else {
            if prec > dp {
                prec = nd;
            }
            prec = (prec - dp).max(0);
            fmt = b'f';
        }
    }
    let digit = |i: i64| s.get(i as usize).copied().unwrap_or(b'0');
    let mut out = Vec::new();
    if neg {
        out.push(b'-');
    }
    if fmt == b'f' {
        // The integer part, padded with zeros as needed.
        if dp > 0 {
            for i in 0..dp {
                out.push(if i < nd { digit(i) } else { b'0' });
            }
        } else {
            out.push(b'0');
        }
        if prec > 0 {
            out.push(b'.');
            for i in 0..prec {
                let j = dp + i;
                out.push(if j >= 0 && j < nd { digit(j) } else { b'0' });
            }
        }
        return out;
    }
    // %e: -d.ddddde±dd
    out.push(if nd == 0 { b'0' } else { digit(0) });
    if prec > 0 {
        out.push(b'.');
        for i in 1..=prec {
            out.push(if i < nd { digit(i) } else { b'0' });
        }
    }
    out.push(fmt);
    let mut exp = if nd == 0 { 0 } else { dp - 1 };
    if exp < 0 {
        out.push(b'-');
        exp = -exp;
    } else {
        out.push(b'+');
    }
    if exp < 10 {
        out.push(b'0');
    }
    out.extend_from_slice(exp.to_string().as_bytes());
    out
}

/// A float's sign, mantissa (with the implicit bit) and binary exponent, as `strconv` sees
/// them before `%b` and `%x`.
struct FloatParts {
    neg: bool,
    mant: u64,
    exp: i64,
    mant_bits: u32,
}

impl FloatParts {
    fn of(v: f64, bit_size: u32) -> FloatParts {
        let (bits, mant_bits, exp_bits, bias) = if bit_size == 32 {
            (u64::from((v as f32).to_bits()), 23, 8, -127)
        } else {
            (v.to_bits(), 52, 11, -1023)
        };
        let neg = bits >> (exp_bits + mant_bits) != 0;
        let mut exp = ((bits >> mant_bits) & ((1 << exp_bits) - 1)) as i64;
        let mut mant = bits & ((1 << mant_bits) - 1);
        if exp == 0 {
            exp += 1;
        } else {
            mant |= 1 << mant_bits;
        }
        FloatParts { neg, mant, exp: exp + bias, mant_bits }
    }

    /// `%b`: `-ddddp±ddd`.
    fn fmt_b(&self) -> Vec<u8> {
        let exp = self.exp - i64::from(self.mant_bits);
        let sign = if self.neg { "-" } else { "" };
        let plus = if exp >= 0 { "+" } else { "" };
        format!("{sign}{}p{plus}{exp}", self.mant).into_bytes()
    }

    /// `%x`: `-0x1.yyyyp±dd`.
    fn fmt_x(&self, prec: i64, fmt: u8) -> Vec<u8> {
        let mut mant = self.mant;
        let mut exp = self.exp;
        if mant == 0 {
            exp = 0;
        }
        // Shift the digits so the leading 1 (if any) is at bit 60.
        mant <<= 60 - self.mant_bits;
        while mant != 0 && mant & (1 << 60) == 0 {
            mant <<= 1;
            exp -= 1;
        }
        if (0..15).contains(&prec) {
            let shift = (prec * 4) as u32;
            let extra = (mant << shift) & ((1 << 60) - 1);
            mant >>= 60 - shift;
            if extra | (mant & 1) > 1 << 59 {
                mant += 1;
            }
            mant <<= 60 - shift;
            if mant & (1 << 61) != 0 {
                // Wrapped around.
                mant >>= 1;
                exp += 1;
            }
        }
        let hex = if fmt == b'X' { UDIGITS } else { LDIGITS };
        let mut out = Vec::new();
        if self.neg {
            out.push(b'-');
        }
        out.extend_from_slice(&[b'0', fmt, b'0' + ((mant >> 60) & 1) as u8]);
        // Remove the leading 0 or 1.
        mant <<= 4;
        if prec < 0 && mant != 0 {
            out.push(b'.');
            while mant != 0 {
                out.push(hex[((mant >> 60) & 15) as usize]);
                mant <<= 4;
            }
        } else if prec > 0 {
            out.push(b'.');
            for _ in 0..prec {
                out.push(hex[((mant >> 60) & 15) as usize]);
                mant <<= 4;
            }
        }
        out.push(if fmt == b'X' { b'P' } else { b'p' });
        if exp < 0 {
            out.push(b'-');
            exp = -exp;
        } else {
            out.push(b'+');
        }
        if exp < 10 {
            out.push(b'0');
        }
        out.extend_from_slice(exp.to_string().as_bytes());
        out
    }
}

#[cfg(test)]
#[allow(clippy::approx_constant)] // reason: the tests repeat the Go programs' literals.
mod tests {
    //! Every expected string was printed by go1.27.3 running the equivalent Go program (the
    //! Go calls are quoted above each assertion), except where a test says it checks our
    //! own fake addresses.

    use super::*;
    use crate::check::types::Method;
    use crate::runtime::value::{ChanId, Closure, FuncId, GoMap, HeapObj, Key, Ptr};
    use litemap::LiteMap;
    use std::rc::Rc;
    use well_known::{BOOL, EMPTY_INTERFACE, FLOAT64, INT, INT32, STRING, UINT8};

    /// A Go method written in Rust: receiver heap and value in, string out.
    type MethodFn = fn(&Heap, &Value) -> String;

    /// A fake runtime: its own type table and heap, and `Error`/`String` methods by type.
    struct Fx {
        types: TypeTable,
        heap: Heap,
        methods: LiteMap<(TypeId, &'static str), MethodFn>,
        ty: Ty,
    }

    /// The named and composite types the tests use.
    #[derive(Clone, Copy)]
    struct Ty {
        error: TypeId,
        /// `*errors.errorString`, what `errors.New` returns.
        err_string: TypeId,
        /// `main.P struct { X, Y int; s string }`
        p: TypeId,
        /// `main.T struct { A int; B string }`
        t: TypeId,
        /// `main.Emb struct { T; Z int }`
        emb: TypeId,
        /// `main.Color int`, with a `String` method naming red, green and blue.
        color: TypeId,
        /// `main.E struct { msg string }`, whose `*E` has `Error` returning `"E: " + msg`.
        e: TypeId,
        my_int: TypeId,
        my_str: TypeId,
        my_f: TypeId,
        my_b: TypeId,
        my_u: TypeId,
    }

    impl Host for Fx {
        fn types(&self) -> &TypeTable {
            &self.types
        }

        fn heap(&self) -> &Heap {
            &self.heap
        }

        fn call_string_method(&mut self, v: &Value, ty: TypeId, name: &str) -> Option<Called> {
            let (_, m) = self.methods.iter().find(|((t, n), _)| *t == ty && *n == name)?;
            Some(Ok(m(&self.heap, v).into_bytes()))
        }
    }

    fn field(name: &str, ty: TypeId) -> Field {
        Field { name: name.to_string(), ty, embedded: false }
    }

    fn embedded(name: &str, ty: TypeId) -> Field {
        Field { name: name.to_string(), ty, embedded: true }
    }

    fn named(types: &mut TypeTable, pkg: Option<&str>, name: &str, under: TypeId) -> TypeId {
        let id = types.declare_named(pkg, name);
        let nid = types.named_id(id).expect("a named type");
        types.named_mut(nid).underlying = under;
        id
    }

    /// The string field of the struct a pointer points to (`errorString.s`, `E.msg`).
    fn pointee_text(heap: &Heap, v: &Value) -> String {
        let Value::Ptr(p) = v else { return String::new() };
        let target = heap.load(p);
        String::from_utf8_lossy(target.fields()[0].as_bytes()).into_owned()
    }

    fn fx() -> Fx {
        let mut types = TypeTable::new();
        let returns_string = types.func(vec![], vec![STRING], false);
        let error_iface = types
            .intern(Type::Interface(vec![Method { name: "Error".into(), sig: returns_string }]));
        let error = named(&mut types, None, "error", error_iface);
        let err_struct = types.intern(Type::Struct(vec![field("s", STRING)]));
        let err_named = named(&mut types, Some("errors"), "errorString", err_struct);
        let err_string = types.pointer_to(err_named);
        let p_struct =
            types.intern(Type::Struct(vec![field("X", INT), field("Y", INT), field("s", STRING)]));
        let p = named(&mut types, Some("main"), "P", p_struct);
        let t_struct = types.intern(Type::Struct(vec![field("A", INT), field("B", STRING)]));
        let t = named(&mut types, Some("main"), "T", t_struct);
        let emb_struct = types.intern(Type::Struct(vec![embedded("T", t), field("Z", INT)]));
        let emb = named(&mut types, Some("main"), "Emb", emb_struct);
        let color = named(&mut types, Some("main"), "Color", INT);
        let e_struct = types.intern(Type::Struct(vec![field("msg", STRING)]));
        let e = named(&mut types, Some("main"), "E", e_struct);
        let my_int = named(&mut types, Some("main"), "MyInt", INT);
        let my_str = named(&mut types, Some("main"), "MyStr", STRING);
        let my_f = named(&mut types, Some("main"), "MyF", FLOAT64);
        let my_b = named(&mut types, Some("main"), "MyB", BOOL);
        let my_u = named(&mut types, Some("main"), "MyU", UINT8);
        let ptr_e = types.pointer_to(e);
        let mut methods: LiteMap<(TypeId, &'static str), MethodFn> = LiteMap::new();
        methods.insert((err_string, "Error"), pointee_text);
        methods.insert((ptr_e, "Error"), |heap, v| format!("E: {}", pointee_text(heap, v)));
        let color_name: MethodFn = |_, v| ["red", "green", "blue"][v.as_int() as usize].into();
        methods.insert((color, "String"), color_name);
        let ptr_color = types.pointer_to(color);
        methods.insert((ptr_color, "String"), color_name);
        let ty = Ty { error, err_string, p, t, emb, color, e, my_int, my_str, my_f, my_b, my_u };
        Fx { types, heap: Heap::default(), methods, ty }
    }

    impl Fx {
        fn sprintf(&mut self, format: &str, args: &[Arg]) -> String {
            String::from_utf8_lossy(&sprintf(self, format.as_bytes(), args)).into_owned()
        }

        fn sprint(&mut self, args: &[Arg]) -> String {
            String::from_utf8_lossy(&sprint(self, args)).into_owned()
        }

        fn sprintln(&mut self, args: &[Arg]) -> String {
            String::from_utf8_lossy(&sprintln(self, args)).into_owned()
        }

        fn panic_text(&mut self, arg: Arg) -> String {
            String::from_utf8_lossy(&panic_value(self, &arg)).into_owned()
        }

        fn print_text(&self, args: &[Arg]) -> String {
            let parts: Vec<String> = args
                .iter()
                .map(|a| String::from_utf8_lossy(&builtin_print(self, a)).into_owned())
                .collect();
            parts.join(" ")
        }

        fn basic(&mut self, b: Basic) -> TypeId {
            self.types.basic(b)
        }

        fn slice_t(&mut self, elem: TypeId) -> TypeId {
            self.types.slice_of(elem)
        }

        fn ptr_t(&mut self, elem: TypeId) -> TypeId {
            self.types.pointer_to(elem)
        }

        fn map_t(&mut self, k: TypeId, v: TypeId) -> TypeId {
            self.types.intern(Type::Map(k, v))
        }

        fn array_t(&mut self, n: u64, elem: TypeId) -> TypeId {
            self.types.intern(Type::Array(n, elem))
        }

        fn struct_t(&mut self, fields: Vec<Field>) -> TypeId {
            self.types.intern(Type::Struct(fields))
        }

        fn chan_t(&mut self, dir: ChanDir, elem: TypeId) -> TypeId {
            self.types.intern(Type::Chan(dir, elem))
        }

        fn slice(&mut self, items: Vec<Value>) -> Value {
            let n = items.len() as u32;
            let arr = self.heap.alloc(HeapObj::Array(items));
            Value::Slice { arr, off: 0, len: n, cap: n }
        }

        fn map(&mut self, entries: Vec<(Value, Value)>) -> Value {
            let mut m = GoMap::default();
            for (k, v) in entries {
                m.entries.insert(Key::of(&k), (k, v));
            }
            Value::Map(self.heap.alloc(HeapObj::Map(m)))
        }

        /// `&v`: a pointer to a fresh variable.
        fn new_ptr(&mut self, v: Value) -> Value {
            let obj = self.heap.alloc(HeapObj::Cell(v));
            Value::Ptr(Ptr { obj, path: Rc::from(Vec::new()) })
        }

        /// `errors.New(msg)`.
        fn error_new(&mut self, msg: &str) -> Arg {
            let v = self.new_ptr(tup(vec![vs(msg)]));
            a(v, self.ty.err_string)
        }

        fn color(&self, n: i64) -> Arg {
            a(vi(n), self.ty.color)
        }
    }

    fn a(value: Value, ty: TypeId) -> Arg {
        Arg { value, ty }
    }

    fn vi(n: i64) -> Value {
        Value::Int(n)
    }

    fn vs(s: &str) -> Value {
        Value::str(s)
    }

    fn vf(x: f64) -> Value {
        Value::Float(x)
    }

    fn tup(items: Vec<Value>) -> Value {
        Value::Tuple(items.into())
    }

    fn iface(ty: TypeId, v: Value) -> Value {
        Value::Iface(Rc::new((ty.0, v)))
    }

    fn int(n: i64) -> Arg {
        a(vi(n), INT)
    }

    fn rune(c: char) -> Arg {
        a(vi(i64::from(u32::from(c))), INT32)
    }

    fn st(s: &str) -> Arg {
        a(vs(s), STRING)
    }

    fn fl(x: f64) -> Arg {
        a(vf(x), FLOAT64)
    }

    fn f32_arg(fx: &mut Fx, x: f32) -> Arg {
        a(vf(f64::from(x)), fx.basic(Basic::Float32))
    }

    fn bo(b: bool) -> Arg {
        a(Value::Bool(b), BOOL)
    }

    /// A nil `any`.
    fn nil() -> Arg {
        a(Value::Nil, EMPTY_INTERFACE)
    }

    fn bytes(fx: &mut Fx, b: &[u8]) -> Arg {
        let v = fx.slice(b.iter().map(|&x| vi(i64::from(x))).collect());
        let ty = fx.slice_t(UINT8);
        a(v, ty)
    }

    fn ints(fx: &mut Fx, xs: &[i64]) -> Arg {
        let v = fx.slice(xs.iter().map(|&x| vi(x)).collect());
        let ty = fx.slice_t(INT);
        a(v, ty)
    }

    fn strs(fx: &mut Fx, xs: &[&str]) -> Arg {
        let v = fx.slice(xs.iter().map(|x| vs(x)).collect());
        let ty = fx.slice_t(STRING);
        a(v, ty)
    }

    fn p_val(x: i64, y: i64, s: &str) -> Value {
        tup(vec![vi(x), vi(y), vs(s)])
    }

    #[test]
    fn integers_with_flags_width_and_bases() {
        let mut fx = fx();
        // fmt.Sprintf("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%b|%O", 42, 42, 42, 42, 5, 5, 255, 255, 255, 8, 8, 5, 8)
        let args: Vec<Arg> = [42, 42, 42, 42, 5, 5, 255, 255, 255, 8, 8, 5, 8].map(int).to_vec();
        assert_eq!(
            fx.sprintf("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%b|%O", &args),
            "42|   42|42   |00042|+5| 5|ff|FF|0xff|10|010|101|0o10"
        );
        // fmt.Sprintf("%08.3d|%.0d|%5.0d|%+05d|%-05d|%#08x|%x|%#b", 7, 0, 0, -42, 3, 255, -255, 5)
        let args: Vec<Arg> = [7, 0, 0, -42, 3, 255, -255, 5].map(int).to_vec();
        assert_eq!(
            fx.sprintf("%08.3d|%.0d|%5.0d|%+05d|%-05d|%#08x|%x|%#b", &args),
            "     007||     |-0042|3    |0x000000ff|-ff|0b101"
        );
        // fmt.Sprintf("%.2d|%6.2s|%-6.2q|%#5x|% 05d|%+x", 5, "abc", "abc", 5, 5, 255)
        let args = [int(5), st("abc"), st("abc"), int(5), int(5), int(255)];
        assert_eq!(
            fx.sprintf("%.2d|%6.2s|%-6.2q|%#5x|% 05d|%+x", &args),
            "05|    ab|\"ab\"  |  0x5| 0005|+ff"
        );
    }

    #[test]
    fn integer_sizes_print_by_static_type() {
        let mut fx = fx();
        let (u8t, u64t, i8t) =
            (fx.basic(Basic::Uint8), fx.basic(Basic::Uint64), fx.basic(Basic::Int8));
        let (u32t, i64t, uptr) =
            (fx.basic(Basic::Uint32), fx.basic(Basic::Int64), fx.basic(Basic::Uintptr));
        // fmt.Sprintf("%v|%v|%x|%x|%d|%v", uint8(200), uint64(math.MaxUint64), int8(-5),
        //     uint32(0xFFFFFFFF), int64(math.MinInt64), uintptr(10))
        let args = [
            a(vi(200), u8t),
            a(vi(-1), u64t),
            a(vi(-5), i8t),
            a(vi(0xFFFF_FFFF), u32t),
            a(vi(i64::MIN), i64t),
            a(vi(10), uptr),
        ];
        assert_eq!(
            fx.sprintf("%v|%v|%x|%x|%d|%v", &args),
            "200|18446744073709551615|-5|ffffffff|-9223372036854775808|10"
        );
        // fmt.Sprintf("%#v|%#v|%#v|%+v|%x", uint(5), 5, int8(-3), 5, 3000000000)
        let uint = fx.basic(Basic::Uint);
        let args = [a(vi(5), uint), int(5), a(vi(-3), i8t), int(5), int(3_000_000_000)];
        assert_eq!(fx.sprintf("%#v|%#v|%#v|%+v|%x", &args), "0x5|5|-3|5|b2d05e00");
        // fmt.Sprintf("%.3d", -7)
        assert_eq!(fx.sprintf("%.3d", &[int(-7)]), "-007");
    }

    #[test]
    fn runes_and_characters() {
        let mut fx = fx();
        // fmt.Sprintf("%c|%q|%U|%#U|%q|%q|%+q|%c|%q|%v|%d", 'A', 'x', 0x1F600, 'x', '\n', 'é',
        //     'é', 0x110000, -1, 'a', 'a')
        let args = [
            rune('A'),
            rune('x'),
            int(0x1F600),
            rune('x'),
            rune('\n'),
            rune('é'),
            rune('é'),
            int(0x110000),
            int(-1),
            rune('a'),
            rune('a'),
        ];
        assert_eq!(
            fx.sprintf("%c|%q|%U|%#U|%q|%q|%+q|%c|%q|%v|%d", &args),
            "A|'x'|U+1F600|U+0078 'x'|'\\n'|'é'|'\\u00e9'|\u{fffd}|'\u{fffd}'|97|97"
        );
        // fmt.Sprintf("%U|%#U|%.6U|%U|%c|%c|%q|%q|%+q|%#q|%#+q", -1, 0x1F600, 0x41, 'x', 0xD800,
        //     'é', 0xD800, '\'', 0x263A, 'x', "☺")
        let args = [
            int(-1),
            int(0x1F600),
            int(0x41),
            rune('x'),
            int(0xD800),
            rune('é'),
            int(0xD800),
            rune('\''),
            int(0x263A),
            rune('x'),
            st("☺"),
        ];
        assert_eq!(
            fx.sprintf("%U|%#U|%.6U|%U|%c|%c|%q|%q|%+q|%#q|%#+q", &args),
            "U+FFFFFFFFFFFFFFFF|U+1F600 '😀'|U+000041|U+0078|\u{fffd}|é|'\u{fffd}'|'\\''|'\\u263a'|'x'|`☺`"
        );
    }

    #[test]
    fn floats_default_to_shortest_g() {
        let mut fx = fx();
        // fmt.Sprint(3.0, " ", 2.5, " ", 1e21, " ", 1e20, " ", 1e-5, " ", 0.0001, " ",
        //     123456789.0, " ", float32(0.1), " ", float32(16777216), " ", 1e100, " ",
        //     123456789012345678.0)
        let mut args = Vec::new();
        for (i, x) in [3.0, 2.5, 1e21, 1e20, 1e-5, 0.0001, 123456789.0].into_iter().enumerate() {
            if i > 0 {
                args.push(st(" "));
            }
            args.push(fl(x));
        }
        for x in [0.1f32, 16777216.0] {
            args.push(st(" "));
            args.push(f32_arg(&mut fx, x));
        }
        for x in [1e100, 123456789012345678.0] {
            args.push(st(" "));
            args.push(fl(x));
        }
        assert_eq!(
            fx.sprint(&args),
            "3 2.5 1e+21 1e+20 1e-05 0.0001 1.23456789e+08 0.1 1.6777216e+07 1e+100 1.2345678901234568e+17"
        );
        // fmt.Sprint(5e-324, " ", math.MaxFloat64, " ", float32(math.MaxFloat32), " ", 0.000001,
        //     " ", 123456789e10, " ", float32(1e-10), " ", 1e6, " ", 999999.0, " ", 0.1234567890123)
        let args = [
            fl(5e-324),
            st(" "),
            fl(f64::MAX),
            st(" "),
            f32_arg(&mut fx, f32::MAX),
            st(" "),
            fl(0.000001),
            st(" "),
            fl(123456789e10),
            st(" "),
            f32_arg(&mut fx, 1e-10),
            st(" "),
            fl(1e6),
            st(" "),
            fl(999999.0),
            st(" "),
            fl(0.1234567890123),
        ];
        assert_eq!(
            fx.sprint(&args),
            "5e-324 1.7976931348623157e+308 3.4028235e+38 1e-06 1.23456789e+18 1e-10 1e+06 999999 0.1234567890123"
        );
    }

    #[test]
    fn floats_e_and_f() {
        let mut fx = fx();
        // fmt.Sprintf("%e|%E|%.2e|%.0e|%e|%e|%e", 1234.56, 1234.56, 1234.56, 5.0, 0.0, 1e-300, 1e300)
        let args = [1234.56, 1234.56, 1234.56, 5.0, 0.0, 1e-300, 1e300].map(fl);
        assert_eq!(
            fx.sprintf("%e|%E|%.2e|%.0e|%e|%e|%e", &args),
            "1.234560e+03|1.234560E+03|1.23e+03|5e+00|0.000000e+00|1.000000e-300|1.000000e+300"
        );
        // fmt.Sprintf("%f|%.2f|%8.3f|%08.3f|%+.1f|%.0f|%.0f|%.1f|%6.2f|%-8.2f|", 3.14159, 3.14159,
        //     3.14159, -3.14159, 2.0, 2.5, 3.5, 0.05, 3.14159, 1.5)
        let args = [3.14159, 3.14159, 3.14159, -3.14159, 2.0, 2.5, 3.5, 0.05, 3.14159, 1.5].map(fl);
        assert_eq!(
            fx.sprintf("%f|%.2f|%8.3f|%08.3f|%+.1f|%.0f|%.0f|%.1f|%6.2f|%-8.2f|", &args),
            "3.141590|3.14|   3.142|-003.142|+2.0|2|4|0.1|  3.14|1.50    |"
        );
        // fmt.Sprintf("%.3d|%.10f|%.20f|%.15g|%.17g", -7, 0.1, 0.1, 0.1, 0.1)
        let args = [int(-7), fl(0.1), fl(0.1), fl(0.1), fl(0.1)];
        assert_eq!(
            fx.sprintf("%.3d|%.10f|%.20f|%.15g|%.17g", &args),
            "-007|0.1000000000|0.10000000000000000555|0.1|0.10000000000000001"
        );
    }

    #[test]
    fn float_rounding_ties_go_to_even() {
        let mut fx = fx();
        // fmt.Sprintf("%.1f|%.2f|%.0f|%.0e|%.3g|%.1f|%.0f|%.0f|%.0f|%.2e|%.3e", 0.25, 1.125, 0.5,
        //     2.5, 2.675, 0.35, 1.5, -2.5, 0.4999999999999999, 1.125, 9.9995)
        let args =
            [0.25, 1.125, 0.5, 2.5, 2.675, 0.35, 1.5, -2.5, 0.4999999999999999, 1.125, 9.9995]
                .map(fl);
        assert_eq!(
            fx.sprintf("%.1f|%.2f|%.0f|%.0e|%.3g|%.1f|%.0f|%.0f|%.0f|%.2e|%.3e", &args),
            "0.2|1.12|0|2e+00|2.67|0.3|2|-2|0|1.12e+00|9.999e+00"
        );
    }

    #[test]
    fn floats_g_and_precision() {
        let mut fx = fx();
        // fmt.Sprintf("%g|%g|%.3g|%.3g|%#g|%.5g|%G|%g|%.0g|%g", 100000.0, 1000000.0, 3.14159,
        //     1234.0, 1.0, 100.0, 1e-7, 0.000012345, 123.0, float32(0.3))
        let mut args = [100000.0, 1000000.0, 3.14159, 1234.0, 1.0, 100.0, 1e-7, 0.000012345, 123.0]
            .map(fl)
            .to_vec();
        args.push(f32_arg(&mut fx, 0.3));
        assert_eq!(
            fx.sprintf("%g|%g|%.3g|%.3g|%#g|%.5g|%G|%g|%.0g|%g", &args),
            "100000|1e+06|3.14|1.23e+03|1.00000|100|1E-07|1.2345e-05|1e+02|0.3"
        );
        // fmt.Sprintf("%#.3g|%#v|%#v|%.3v|%10.3e|%-10.1g|%+e|% f", 1.0, 1.0, 1e6, 3.14159,
        //     1234.5678, 5.55, 1.0, 1.0)
        let args = [1.0, 1.0, 1e6, 3.14159, 1234.5678, 5.55, 1.0, 1.0].map(fl);
        assert_eq!(
            fx.sprintf("%#.3g|%#v|%#v|%.3v|%10.3e|%-10.1g|%+e|% f", &args),
            "1.00|1|1e+06|3.14| 1.235e+03|6         |+1.000000e+00| 1.000000"
        );
        // fmt.Sprintf("%08.3f|%-08.3f|%+08.2f|% 8.2f|%08.2e|%#.0f|%#.0e|%#x|%#g|%#.4g|%#g",
        //     3.14159, 3.14159, 3.14159, 3.14159, 1234.5, 3.0, 3.0, 1.0, 123456789.0, 0.0001234, 0.0)
        let args = [
            3.14159,
            3.14159,
            3.14159,
            3.14159,
            1234.5,
            3.0,
            3.0,
            1.0,
            123456789.0,
            0.0001234,
            0.0,
        ]
        .map(fl);
        assert_eq!(
            fx.sprintf("%08.3f|%-08.3f|%+08.2f|% 8.2f|%08.2e|%#.0f|%#.0e|%#x|%#g|%#.4g|%#g", &args),
            "0003.142|3.142   |+0003.14|    3.14|1.23e+03|3.|3.e+00|0x1.0000p+00|1.23456789e+08|0.0001234|0.00000"
        );
        // fmt.Sprintf("%5.2v|%08v|%-08v", 3.14159, 3.5, -2.25)
        let args = [3.14159, 3.5, -2.25].map(fl);
        assert_eq!(fx.sprintf("%5.2v|%08v|%-08v", &args), "  3.1|000003.5|-2.25   ");
    }

    #[test]
    fn float_specials_hex_and_float32() {
        let mut fx = fx();
        // fmt.Sprintf("%v|%v|%v|%5.1f|%+v|%05v|% v|%v|%.2f", math.NaN(), math.Inf(1),
        //     math.Inf(-1), math.Inf(1), math.NaN(), math.Inf(-1), math.Inf(1),
        //     math.Copysign(0, -1), math.Copysign(0, -1))
        let (nan, inf) = (f64::NAN, f64::INFINITY);
        let args = [nan, inf, -inf, inf, nan, -inf, inf, -0.0, -0.0].map(fl);
        assert_eq!(
            fx.sprintf("%v|%v|%v|%5.1f|%+v|%05v|% v|%v|%.2f", &args),
            "NaN|+Inf|-Inf| +Inf|NaN| -Inf| Inf|-0|-0.00"
        );
        // fmt.Sprintf("%x|%X|%b|%.2x|%x", 1.0, 10.5, 1.0, 3.14159, float32(1.5))
        let mut args = [1.0, 10.5, 1.0, 3.14159].map(fl).to_vec();
        args.push(f32_arg(&mut fx, 1.5));
        assert_eq!(
            fx.sprintf("%x|%X|%b|%.2x|%x", &args),
            "0x1p+00|0X1.5P+03|4503599627370496p-52|0x1.92p+01|0x1.8p+00"
        );
        // fmt.Sprintf("%6.2f|%v|%f|%.3f|%v|%v|%v", float32(3.14), float32(3.14), 1e20, 1.0005,
        //     100.0, 0.1+0.2, float32(1)/3)
        let args = [
            f32_arg(&mut fx, 3.14),
            f32_arg(&mut fx, 3.14),
            fl(1e20),
            fl(1.0005),
            fl(100.0),
            fl(0.3),
            f32_arg(&mut fx, 1.0 / 3.0),
        ];
        assert_eq!(
            fx.sprintf("%6.2f|%v|%f|%.3f|%v|%v|%v", &args),
            "  3.14|3.14|100000000000000000000.000000|1.000|100|0.3|0.33333334"
        );
    }

    #[test]
    fn strings_with_width_precision_and_hex() {
        let mut fx = fx();
        // fmt.Sprintf("%s|%q|%x|%X|% x|%#x|%10s|%-10s|%.2s|%q|%+q|%#q|%#q|%x|%05s|%.1q|% #x",
        //     "hi", "hi\n", "hi", "hi", "hi", "hi", "hi", "hi", "hello", "héllo", "héllo", "hi",
        //     "a`b", "", "ab", "hello", "hi")
        let args = [
            "hi", "hi\n", "hi", "hi", "hi", "hi", "hi", "hi", "hello", "héllo", "héllo", "hi",
            "a`b", "", "ab", "hello", "hi",
        ]
        .map(st);
        assert_eq!(
            fx.sprintf(
                "%s|%q|%x|%X|% x|%#x|%10s|%-10s|%.2s|%q|%+q|%#q|%#q|%x|%05s|%.1q|% #x",
                &args
            ),
            "hi|\"hi\\n\"|6869|6869|68 69|0x6869|        hi|hi        |he|\"héllo\"|\"h\\u00e9llo\"|`hi`|\"a`b\"||000ab|\"h\"|0x68 0x69"
        );
        // fmt.Sprintf("%d|%5d|%t|%v|%5t|%d|%q", "hi", "hi", true, false, true, true, "\x00\xff☺")
        let args = [st("hi"), st("hi"), bo(true), bo(false), bo(true), bo(true)];
        let mut args = args.to_vec();
        args.push(a(Value::Str(Rc::from(&b"\x00\xff\xe2\x98\xba"[..])), STRING));
        assert_eq!(
            fx.sprintf("%d|%5d|%t|%v|%5t|%d|%q", &args),
            "%!d(string=hi)|%!d(string=   hi)|true|false| true|%!d(bool=true)|\"\\x00\\xff☺\""
        );
        // fmt.Sprintf("%+q|%x|% X", "☺\n", "héllo", "ab")
        let args = [st("☺\n"), st("héllo"), st("ab")];
        assert_eq!(fx.sprintf("%+q|%x|% X", &args), "\"\\u263a\\n\"|68c3a96c6c6f|61 62");
    }

    #[test]
    fn quoting_escapes_like_strconv() {
        let mut fx = fx();
        // fmt.Sprintf("%q|%#q|%+q|%q|%q", "\a\b\f\r\t\v\x7f", "tab\there", "\U0001F600",
        //     "\u00ad\u200b\ufeff", "\xe2\x98")
        let args = [
            st("\x07\x08\x0c\r\t\x0b\x7f"),
            st("tab\there"),
            st("\u{1F600}"),
            st("\u{ad}\u{200b}\u{feff}"),
            a(Value::Str(Rc::from(&b"\xe2\x98"[..])), STRING),
        ];
        assert_eq!(
            fx.sprintf("%q|%#q|%+q|%q|%q", &args),
            "\"\\a\\b\\f\\r\\t\\v\\x7f\"|`tab\there`|\"\\U0001f600\"|\"\\u00ad\\u200b\\ufeff\"|\"\\xe2\\x98\""
        );
    }

    #[test]
    fn byte_slices_and_arrays() {
        let mut fx = fx();
        // fmt.Sprintf("%v|%s|%x|%q|%#v|%X|%s|%v", []byte("hi"), []byte("hi"), []byte("hi"),
        //     []byte("hi"), []byte("hi"), []byte{1, 171}, [3]byte{65, 66, 67}, [2]byte{1, 2})
        let hi = bytes(&mut fx, b"hi");
        let b2 = bytes(&mut fx, &[1, 171]);
        let (a3, a2) = (fx.array_t(3, UINT8), fx.array_t(2, UINT8));
        let args = [
            hi.clone(),
            hi.clone(),
            hi.clone(),
            hi.clone(),
            hi,
            b2,
            a(tup(vec![vi(65), vi(66), vi(67)]), a3),
            a(tup(vec![vi(1), vi(2)]), a2),
        ];
        assert_eq!(
            fx.sprintf("%v|%s|%x|%q|%#v|%X|%s|%v", &args),
            "[104 105]|hi|6869|\"hi\"|[]byte{0x68, 0x69}|01AB|ABC|[1 2]"
        );
        // type S struct{ B []byte }
        // fmt.Sprintf("%#v|%#v|%#v|%T|%#v", []byte{1}, S{[]byte{2}}, []byte(nil), []byte{},
        //     [2]byte{3, 4})
        let bs = fx.slice_t(UINT8);
        let s_struct = fx.struct_t(vec![field("B", bs)]);
        let s = named(&mut fx.types, Some("main"), "S", s_struct);
        let one = bytes(&mut fx, &[1]);
        let two = bytes(&mut fx, &[2]).value;
        let empty = bytes(&mut fx, &[]);
        let args =
            [one, a(tup(vec![two]), s), a(Value::Nil, bs), empty, a(tup(vec![vi(3), vi(4)]), a2)];
        assert_eq!(
            fx.sprintf("%#v|%#v|%#v|%T|%#v", &args),
            "[]byte{0x1}|main.S{B:[]uint8{0x2}}|[]byte(nil)|[]uint8|[2]uint8{0x3, 0x4}"
        );
        // fmt.Sprintf("%6.2v|%.3x|% x|%# x|%-6x|%6X|%.1x", "hello", "hello", []byte{},
        //     []byte{1, 2}, "a", "a", []byte("hé"))
        let args = [
            st("hello"),
            st("hello"),
            bytes(&mut fx, &[]),
            bytes(&mut fx, &[1, 2]),
            st("a"),
            st("a"),
            bytes(&mut fx, "hé".as_bytes()),
        ];
        assert_eq!(
            fx.sprintf("%6.2v|%.3x|% x|%# x|%-6x|%6X|%.1x", &args),
            "    he|68656c||0x01 0x02|61    |    61|68"
        );
        // fmt.Sprintf("%X", []byte("hé"))
        let he = bytes(&mut fx, "hé".as_bytes());
        assert_eq!(fx.sprintf("%X", &[he]), "68C3A9");
    }

    #[test]
    fn structs_plain_plus_and_sharp() {
        let mut fx = fx();
        let p = fx.ty.p;
        let pp = fx.ptr_t(p);
        // fmt.Sprintln(P{1, 2, "z"}, &P{3, 4, ""})
        let ptr = fx.new_ptr(p_val(3, 4, ""));
        let args = [a(p_val(1, 2, "z"), p), a(ptr.clone(), pp)];
        assert_eq!(fx.sprintln(&args), "{1 2 z} &{3 4 }\n");
        // fmt.Sprintf("%v|%+v|%#v|%+v|%#v", P{1, 2, "z"}, P{1, 2, "z"}, P{1, 2, "z"}, &P{3, 4, ""},
        //     &P{3, 4, ""})
        let pv = a(p_val(1, 2, "z"), p);
        let args = [pv.clone(), pv.clone(), pv, a(ptr.clone(), pp), a(ptr, pp)];
        assert_eq!(
            fx.sprintf("%v|%+v|%#v|%+v|%#v", &args),
            "{1 2 z}|{X:1 Y:2 s:z}|main.P{X:1, Y:2, s:\"z\"}|&{X:3 Y:4 s:}|&main.P{X:3, Y:4, s:\"\"}"
        );
    }

    #[test]
    fn struct_fields_of_every_kind() {
        let mut fx = fx();
        // type W struct { P *P; S []int; M map[string]int; I any; E error }
        let pp = fx.ptr_t(fx.ty.p);
        let si = fx.slice_t(INT);
        let msi = fx.map_t(STRING, INT);
        let w_struct = fx.struct_t(vec![
            field("P", pp),
            field("S", si),
            field("M", msi),
            field("I", EMPTY_INTERFACE),
            field("E", fx.ty.error),
        ]);
        let w = named(&mut fx.types, Some("main"), "W", w_struct);
        // fmt.Sprintf("%v|%+v|%#v", W{nil, []int{1, 2}, map[string]int{"a": 1}, 5, nil}, W{}, W{})
        let s = ints(&mut fx, &[1, 2]).value;
        let m = fx.map(vec![(vs("a"), vi(1))]);
        let full = tup(vec![Value::Nil, s, m, iface(INT, vi(5)), Value::Nil]);
        let zero = tup(vec![Value::Nil; 5]);
        let args = [a(full, w), a(zero.clone(), w), a(zero, w)];
        assert_eq!(
            fx.sprintf("%v|%+v|%#v", &args),
            "{<nil> [1 2] map[a:1] 5 <nil>}|{P:<nil> S:[] M:map[] I:<nil> E:<nil>}|main.W{P:(*main.P)(nil), S:[]int(nil), M:map[string]int(nil), I:interface {}(nil), E:error(nil)}"
        );
    }

    #[test]
    fn empty_anonymous_and_embedded_structs() {
        let mut fx = fx();
        // fmt.Sprintf("%v|%v|%#v|%#v|%v|%#v|%+v", struct{}{}, [2]bool{}, struct{ A int }{1},
        //     [2]int{1, 2}, Emb{T{1, "x"}, 2}, Emb{T{1, "x"}, 2}, Emb{T{1, "x"}, 2})
        let empty = fx.struct_t(vec![]);
        let bools = fx.array_t(2, BOOL);
        let sa = fx.struct_t(vec![field("A", INT)]);
        let ints2 = fx.array_t(2, INT);
        let emb = a(tup(vec![tup(vec![vi(1), vs("x")]), vi(2)]), fx.ty.emb);
        let args = [
            a(tup(vec![]), empty),
            a(tup(vec![Value::Bool(false); 2]), bools),
            a(tup(vec![vi(1)]), sa),
            a(tup(vec![vi(1), vi(2)]), ints2),
            emb.clone(),
            emb.clone(),
            emb,
        ];
        assert_eq!(
            fx.sprintf("%v|%v|%#v|%#v|%v|%#v|%+v", &args),
            "{}|[false false]|struct { A int }{A:1}|[2]int{1, 2}|{{1 x} 2}|main.Emb{T:main.T{A:1, B:\"x\"}, Z:2}|{T:{A:1 B:x} Z:2}"
        );
        // fmt.Sprintf("%v|%+v|%#v|%s", struct{ a int; B string; _ int }{1, "x", 0},
        //     struct{ p *int }{}, struct{ e error }{}, struct{ A, B string }{"x", "y"})
        let s1 = fx.struct_t(vec![field("a", INT), field("B", STRING), field("_", INT)]);
        let pi = fx.ptr_t(INT);
        let s2 = fx.struct_t(vec![field("p", pi)]);
        let s3 = fx.struct_t(vec![field("e", fx.ty.error)]);
        let s4 = fx.struct_t(vec![field("A", STRING), field("B", STRING)]);
        let args = [
            a(tup(vec![vi(1), vs("x"), vi(0)]), s1),
            a(tup(vec![Value::Nil]), s2),
            a(tup(vec![Value::Nil]), s3),
            a(tup(vec![vs("x"), vs("y")]), s4),
        ];
        assert_eq!(
            fx.sprintf("%v|%+v|%#v|%s", &args),
            "{1 x 0}|{p:<nil>}|struct { e error }{e:error(nil)}|{x y}"
        );
    }

    #[test]
    fn slices_nil_empty_and_nested() {
        let mut fx = fx();
        // fmt.Sprintf("%v|%q|%#v|%#v|%#v|%d|%x|%5d|%v|%v", []string{"a", "b"}, []string{"a", "b"},
        //     []string{"a", "b"}, []int(nil), []int{}, []int{1, 2}, []int{10, 255}, []int{1, 2},
        //     []int(nil), [][]int{{1}, {2, 3}})
        let ab = strs(&mut fx, &["a", "b"]);
        let si = fx.slice_t(INT);
        let ssi = fx.slice_t(si);
        let one = ints(&mut fx, &[1]).value;
        let two_three = ints(&mut fx, &[2, 3]).value;
        let nested = fx.slice(vec![one, two_three]);
        let args = [
            ab.clone(),
            ab.clone(),
            ab,
            a(Value::Nil, si),
            ints(&mut fx, &[]),
            ints(&mut fx, &[1, 2]),
            ints(&mut fx, &[10, 255]),
            ints(&mut fx, &[1, 2]),
            a(Value::Nil, si),
            a(nested, ssi),
        ];
        assert_eq!(
            fx.sprintf("%v|%q|%#v|%#v|%#v|%d|%x|%5d|%v|%v", &args),
            "[a b]|[\"a\" \"b\"]|[]string{\"a\", \"b\"}|[]int(nil)|[]int{}|[1 2]|[a ff]|[    1     2]|[]|[[1] [2 3]]"
        );
        // fmt.Sprintf("%x|%X|% x|%#v|%v", []int{-1, 2}, "\xff", []string{"ab", "c"},
        //     []any{[]int{1}, map[string]bool{"t": true}}, [][]string{{"a"}, nil})
        let anys = fx.slice_t(EMPTY_INTERFACE);
        let msb = fx.map_t(STRING, BOOL);
        let m = fx.map(vec![(vs("t"), Value::Bool(true))]);
        let one = one_slice(&mut fx);
        let mixed = fx.slice(vec![iface(si, one), iface(msb, m)]);
        let ss = fx.slice_t(STRING);
        let sss = fx.slice_t(ss);
        let a_only = strs(&mut fx, &["a"]).value;
        let strs_nested = fx.slice(vec![a_only, Value::Nil]);
        let args = [
            ints(&mut fx, &[-1, 2]),
            a(Value::Str(Rc::from(&b"\xff"[..])), STRING),
            strs(&mut fx, &["ab", "c"]),
            a(mixed, anys),
            a(strs_nested, sss),
        ];
        assert_eq!(
            fx.sprintf("%x|%X|% x|%#v|%v", &args),
            "[-1 2]|FF|[61 62 63]|[]interface {}{[]int{1}, map[string]bool{\"t\":true}}|[[a] []]"
        );
    }

    fn one_slice(fx: &mut Fx) -> Value {
        ints(fx, &[1]).value
    }

    #[test]
    fn interfaces_inside_slices() {
        let mut fx = fx();
        // fmt.Sprintf("%v|%#v|%d", []any{1, "a", nil, 2.5}, []any{1, "a", nil, 2.5}, []any{1, "a"})
        let anys = fx.slice_t(EMPTY_INTERFACE);
        let items =
            vec![iface(INT, vi(1)), iface(STRING, vs("a")), Value::Nil, iface(FLOAT64, vf(2.5))];
        let four = fx.slice(items);
        let two = fx.slice(vec![iface(INT, vi(1)), iface(STRING, vs("a"))]);
        let args = [a(four.clone(), anys), a(four, anys), a(two, anys)];
        assert_eq!(
            fx.sprintf("%v|%#v|%d", &args),
            "[1 a <nil> 2.5]|[]interface {}{1, \"a\", interface {}(nil), 2.5}|[1 %!d(string=a)]"
        );
        // fmt.Sprintf("%d|%s", []string{"a"}, []int{1})
        let args = [strs(&mut fx, &["a"]), ints(&mut fx, &[1])];
        assert_eq!(fx.sprintf("%d|%s", &args), "[%!d(string=a)]|[%!s(int=1)]");
    }

    #[test]
    fn maps_print_sorted_keys() {
        let mut fx = fx();
        // fmt.Sprintf("%v|%v|%#v|%#v|%v|%v|%v", map[string]int{"b": 2, "a": 1},
        //     map[int]string{10: "x", 2: "y", -1: "z"}, map[string]int{"b": 2, "a": 1},
        //     map[string]int(nil), map[string]int(nil), map[bool]int{true: 1, false: 0},
        //     map[float64]string{2.5: "a", -1: "b", math.NaN(): "n"})
        let msi = fx.map_t(STRING, INT);
        let mis = fx.map_t(INT, STRING);
        let mbi = fx.map_t(BOOL, INT);
        let mfs = fx.map_t(FLOAT64, STRING);
        let ba = fx.map(vec![(vs("b"), vi(2)), (vs("a"), vi(1))]);
        let ints = fx.map(vec![(vi(10), vs("x")), (vi(2), vs("y")), (vi(-1), vs("z"))]);
        let bools = fx.map(vec![(Value::Bool(true), vi(1)), (Value::Bool(false), vi(0))]);
        let floats = fx.map(vec![(vf(2.5), vs("a")), (vf(-1.0), vs("b")), (vf(f64::NAN), vs("n"))]);
        let args = [
            a(ba.clone(), msi),
            a(ints, mis),
            a(ba, msi),
            a(Value::Nil, msi),
            a(Value::Nil, msi),
            a(bools, mbi),
            a(floats, mfs),
        ];
        assert_eq!(
            fx.sprintf("%v|%v|%#v|%#v|%v|%v|%v", &args),
            "map[a:1 b:2]|map[-1:z 2:y 10:x]|map[string]int{\"a\":1, \"b\":2}|map[string]int(nil)|map[]|map[false:0 true:1]|map[NaN:n -1:b 2.5:a]"
        );
    }

    #[test]
    fn map_keys_of_other_kinds() {
        let mut fx = fx();
        // fmt.Sprintf("%v|%v|%x|%v", map[uint64]int{math.MaxUint64: 1, 1: 2},
        //     map[[2]int]bool{{2, 1}: true, {1, 9}: false}, map[string]int{"a": 255},
        //     map[MyStr][]int{"k": {1}})
        let u64t = fx.basic(Basic::Uint64);
        let mui = fx.map_t(u64t, INT);
        let arr = fx.array_t(2, INT);
        let mab = fx.map_t(arr, BOOL);
        let msi = fx.map_t(STRING, INT);
        let si = fx.slice_t(INT);
        let mss = fx.map_t(fx.ty.my_str, si);
        let big = fx.map(vec![(vi(-1), vi(1)), (vi(1), vi(2))]);
        let arrs = fx.map(vec![
            (tup(vec![vi(2), vi(1)]), Value::Bool(true)),
            (tup(vec![vi(1), vi(9)]), Value::Bool(false)),
        ]);
        let hex = fx.map(vec![(vs("a"), vi(255))]);
        let one = one_slice(&mut fx);
        let named_keys = fx.map(vec![(vs("k"), one)]);
        let args = [a(big, mui), a(arrs, mab), a(hex, msi), a(named_keys, mss)];
        assert_eq!(
            fx.sprintf("%v|%v|%x|%v", &args),
            "map[1:2 18446744073709551615:1]|map[[1 9]:false [2 1]:true]|map[61:ff]|map[k:[1]]"
        );
        // fmt.Sprintf("%v|%v|%v|%v", map[any]int{"b": 1, "a": 3}, map[any]int{2: 2, 1: 4},
        //     map[any]int{nil: 1}, map[*int]int{nil: 1})
        let mai = fx.map_t(EMPTY_INTERFACE, INT);
        let pi = fx.ptr_t(INT);
        let mpi = fx.map_t(pi, INT);
        let s = fx.map(vec![(iface(STRING, vs("b")), vi(1)), (iface(STRING, vs("a")), vi(3))]);
        let i = fx.map(vec![(iface(INT, vi(2)), vi(2)), (iface(INT, vi(1)), vi(4))]);
        let n = fx.map(vec![(Value::Nil, vi(1))]);
        let np = fx.map(vec![(Value::Nil, vi(1))]);
        let args = [a(s, mai), a(i, mai), a(n, mai), a(np, mpi)];
        assert_eq!(
            fx.sprintf("%v|%v|%v|%v", &args),
            "map[a:3 b:1]|map[1:4 2:2]|map[<nil>:1]|map[<nil>:1]"
        );
    }

    #[test]
    fn errors_and_stringers() {
        let mut fx = fx();
        // fmt.Sprintln(errors.New("err"), &E{"x"}, nilErr, Color(1))
        let err = fx.error_new("err");
        let pe = fx.ptr_t(fx.ty.e);
        let ex = fx.new_ptr(tup(vec![vs("x")]));
        let args = [err, a(ex, pe), a(Value::Nil, fx.ty.error), fx.color(1)];
        assert_eq!(fx.sprintln(&args), "err E: x <nil> green\n");
        // fmt.Sprintf("%v|%d|%s|%q|%x|%-8v|%5s|%X", Color(1), Color(1), Color(1), Color(1),
        //     Color(1), Color(1), Color(2), Color(0))
        let args = [1, 1, 1, 1, 1, 1, 2, 0].map(|n| fx.color(n));
        assert_eq!(
            fx.sprintf("%v|%d|%s|%q|%x|%-8v|%5s|%X", &args),
            "green|1|green|\"green\"|677265656e|green   | blue|726564"
        );
        // fmt.Sprint(Color(1), 5, errors.New("e"), 6)
        let args = [fx.color(1), int(5), fx.error_new("e"), int(6)];
        assert_eq!(fx.sprint(&args), "green 5 e 6");
    }

    #[test]
    fn stringers_nested_in_containers() {
        let mut fx = fx();
        let color = fx.ty.color;
        // fmt.Sprintf("%v|%v|%v|%+v|%v|%d", []Color{0, 1}, struct{ C Color }{1},
        //     struct{ c Color }{1}, struct{ C Color }{2}, map[Color]int{1: 5, 0: 6}, []Color{0, 1})
        let sc = fx.slice_t(color);
        let colors = fx.slice(vec![vi(0), vi(1)]);
        let exported = fx.struct_t(vec![field("C", color)]);
        let unexported = fx.struct_t(vec![field("c", color)]);
        let mci = fx.map_t(color, INT);
        let m = fx.map(vec![(vi(1), vi(5)), (vi(0), vi(6))]);
        let args = [
            a(colors.clone(), sc),
            a(tup(vec![vi(1)]), exported),
            a(tup(vec![vi(1)]), unexported),
            a(tup(vec![vi(2)]), exported),
            a(m, mci),
            a(colors, sc),
        ];
        assert_eq!(
            fx.sprintf("%v|%v|%v|%+v|%v|%d", &args),
            "[red green]|{green}|{1}|{C:blue}|map[red:6 green:5]|[0 1]"
        );
        // fmt.Sprintf("%v|%s|%v|%d|%#v", &E{"y"}, []error{errors.New("a"), nil}, E{"z"},
        //     Color(2), Color(1))
        let pe = fx.ptr_t(fx.ty.e);
        let ey = fx.new_ptr(tup(vec![vs("y")]));
        let errs_t = fx.slice_t(fx.ty.error);
        let ea = fx.error_new("a");
        let errs = fx.slice(vec![iface(ea.ty, ea.value), Value::Nil]);
        let args =
            [a(ey, pe), a(errs, errs_t), a(tup(vec![vs("z")]), fx.ty.e), fx.color(2), fx.color(1)];
        assert_eq!(fx.sprintf("%v|%s|%v|%d|%#v", &args), "E: y|[a <nil>]|{z}|2|1");
    }

    #[test]
    fn nil_interfaces_and_errors() {
        let mut fx = fx();
        // fmt.Sprintf("%v|%d|%s|%v|%#v", nilErr, nilErr, nilErr, nil, nil)
        let ne = a(Value::Nil, fx.ty.error);
        let args = [ne.clone(), ne.clone(), ne, nil(), nil()];
        assert_eq!(fx.sprintf("%v|%d|%s|%v|%#v", &args), "<nil>|%!d(<nil>)|%!s(<nil>)|<nil>|<nil>");
    }

    #[test]
    fn nil_pointers_chans_funcs_and_maps() {
        let mut fx = fx();
        let pp = fx.ptr_t(fx.ty.p);
        let ch = fx.chan_t(ChanDir::Both, INT);
        let func = fx.types.func(vec![], vec![], false);
        // fmt.Sprintf("%v|%p|%#v|%d|%v|%v|%#v|%#v|%+v|%s|%x|%T", np, np, np, np, ch, fn, ch, fn,
        //     np, np, np, np)
        let np = a(Value::Nil, pp);
        let (nc, nf) = (a(Value::Nil, ch), a(Value::Nil, func));
        let args = [
            np.clone(),
            np.clone(),
            np.clone(),
            np.clone(),
            nc.clone(),
            nf.clone(),
            nc,
            nf,
            np.clone(),
            np.clone(),
            np.clone(),
            np,
        ];
        assert_eq!(
            fx.sprintf("%v|%p|%#v|%d|%v|%v|%#v|%#v|%+v|%s|%x|%T", &args),
            "<nil>|0x0|(*main.P)(nil)|0|<nil>|<nil>|(chan int)(nil)|(func())(nil)|<nil>|%!s(*main.P=<nil>)|0|*main.P"
        );
        // fmt.Sprintf("%#v|%p|%v", (*int)(nil), m, []*int{nil})
        let pi = fx.ptr_t(INT);
        let msi = fx.map_t(STRING, INT);
        let spi = fx.slice_t(pi);
        let nils = fx.slice(vec![Value::Nil]);
        let args = [a(Value::Nil, pi), a(Value::Nil, msi), a(nils, spi)];
        assert_eq!(fx.sprintf("%#v|%p|%v", &args), "(*int)(nil)|0x0|[<nil>]");
        // var np *[2]int; fmt.Sprintf("%v|%#v|%v", np, np, []*[2]int{nil})
        let arr = fx.array_t(2, INT);
        let parr = fx.ptr_t(arr);
        let sparr = fx.slice_t(parr);
        let nils = fx.slice(vec![Value::Nil]);
        let args = [a(Value::Nil, parr), a(Value::Nil, parr), a(nils, sparr)];
        assert_eq!(fx.sprintf("%v|%#v|%v", &args), "<nil>|(*[2]int)(nil)|[<nil>]");
    }

    #[test]
    fn top_level_pointers_to_composites() {
        let mut fx = fx();
        let arr_t = fx.array_t(2, INT);
        let si = fx.slice_t(INT);
        let msi = fx.map_t(STRING, INT);
        let (parr, psl, pm) = (fx.ptr_t(arr_t), fx.ptr_t(si), fx.ptr_t(msi));
        let arr = fx.new_ptr(tup(vec![vi(1), vi(2)]));
        let one = one_slice(&mut fx);
        let sl = fx.new_ptr(one);
        let m = fx.map(vec![(vs("a"), vi(1))]);
        let m = fx.new_ptr(m);
        // fmt.Println(&arr, &sl, &m)
        let args = [a(arr.clone(), parr), a(sl.clone(), psl), a(m.clone(), pm)];
        assert_eq!(fx.sprintln(&args), "&[1 2] &[1] &map[a:1]\n");
        // fmt.Printf("%v|%+v|%#v|%d", &arr, &sl, &m, &arr)
        let args = [a(arr.clone(), parr), a(sl, psl), a(m, pm), a(arr, parr)];
        assert_eq!(
            fx.sprintf("%v|%+v|%#v|%d", &args),
            "&[1 2]|&[1]|&map[string]int{\"a\":1}|&[1 2]"
        );
        // fmt.Printf("%s|%x", &[]byte{65}, &[]byte{65})
        let bs = bytes(&mut fx, b"A");
        let pb_t = fx.ptr_t(bs.ty);
        let pb = fx.new_ptr(bs.value);
        let args = [a(pb.clone(), pb_t), a(pb, pb_t)];
        assert_eq!(fx.sprintf("%s|%x", &args), "&A|&41");
    }

    #[test]
    fn fake_addresses_are_deterministic() {
        // Our own scheme (Go's addresses differ from run to run): heap object o is at
        // 0xc000010000 + 0x1000*o, and a pointer path adds 8 per index.
        let mut fx = fx();
        fx.heap.alloc(HeapObj::Cell(vi(0)));
        let pi = fx.ptr_t(INT);
        let x = fx.new_ptr(vi(5));
        let elem =
            Value::Ptr(Ptr { obj: crate::runtime::value::HeapId(1), path: Rc::from(vec![2u32]) });
        let args = [a(x.clone(), pi), a(x.clone(), pi), a(elem, pi)];
        assert_eq!(fx.sprintf("%p|%v|%v", &args), "0xc000011000|0xc000011000|0xc000011010");
        // A pointer inside a struct prints as an address, like Go's `{0xc000012345}`.
        let s = fx.struct_t(vec![field("P", pi)]);
        assert_eq!(fx.sprintf("%v", &[a(tup(vec![x]), s)]), "{0xc000011000}");
        let ch = fx.chan_t(ChanDir::Both, INT);
        let f = fx.types.func(vec![], vec![], false);
        let clo = Value::Func(Rc::new(Closure { func: FuncId(1), free: Box::new([]), recv: None }));
        let args = [a(Value::Chan(ChanId(2)), ch), a(clo, f)];
        assert_eq!(fx.sprintf("%v|%v", &args), "0xc00f000200|0x47e020");
    }

    #[test]
    fn type_verb_spells_types_like_reflect() {
        let mut fx = fx();
        // fmt.Sprintf("%T|%T|%T|%T|%T|%T|%T|%T|%T|%T|%T|%T|%T", P{}, []int{}, map[string]int{},
        //     &P{}, nil, struct{ A int }{}, []any{}, func(int) string {...}, ch, errors.New("x"),
        //     float32(1), 'a', struct{}{})
        let p = fx.ty.p;
        let si = fx.slice_t(INT);
        let msi = fx.map_t(STRING, INT);
        let pp = fx.ptr_t(p);
        let sa = fx.struct_t(vec![field("A", INT)]);
        let anys = fx.slice_t(EMPTY_INTERFACE);
        let f = fx.types.func(vec![INT], vec![STRING], false);
        let ch = fx.chan_t(ChanDir::Both, INT);
        let empty = fx.struct_t(vec![]);
        let args = [
            a(p_val(0, 0, ""), p),
            a(Value::Nil, si),
            a(Value::Nil, msi),
            a(Value::Nil, pp),
            nil(),
            a(tup(vec![vi(0)]), sa),
            a(Value::Nil, anys),
            a(Value::Nil, f),
            a(Value::Nil, ch),
            fx.error_new("x"),
            f32_arg(&mut fx, 1.0),
            rune('a'),
            a(tup(vec![]), empty),
        ];
        assert_eq!(
            fx.sprintf("%T|%T|%T|%T|%T|%T|%T|%T|%T|%T|%T|%T|%T", &args),
            "main.P|[]int|map[string]int|*main.P|<nil>|struct { A int }|[]interface {}|func(int) string|chan int|*errors.errorString|float32|int32|struct {}"
        );
        // fmt.Sprintf("%T|%T|%T|%T|%T|%T|%10T|%T", Emb{}, struct{ T; b int }{}, []error{},
        //     [3]int{}, map[string][]*P{}, make(<-chan int), 5, struct{ E error }{})
        let sb = fx.struct_t(vec![embedded("T", fx.ty.t), field("b", INT)]);
        let se = fx.slice_t(fx.ty.error);
        let a3 = fx.array_t(3, INT);
        let spp = fx.slice_t(pp);
        let m = fx.map_t(STRING, spp);
        let rc = fx.chan_t(ChanDir::Recv, INT);
        let ste = fx.struct_t(vec![field("E", fx.ty.error)]);
        let args = [
            a(Value::Nil, fx.ty.emb),
            a(Value::Nil, sb),
            a(Value::Nil, se),
            a(Value::Nil, a3),
            a(Value::Nil, m),
            a(Value::Chan(ChanId(0)), rc),
            int(5),
            a(Value::Nil, ste),
        ];
        assert_eq!(
            fx.sprintf("%T|%T|%T|%T|%T|%T|%10T|%T", &args),
            "main.Emb|struct { main.T; b int }|[]error|[3]int|map[string][]*main.P|<-chan int|       int|struct { E error }"
        );
    }

    #[test]
    fn type_verb_on_funcs_chans_and_interfaces() {
        let mut fx = fx();
        // fmt.Printf("%T|%T|%T|%T|%T|%T|%T|%T", f, g, c, c2, i, j, s, ps) with
        // f func() func(), g func(int, ...string) (int, error), c chan (<-chan int),
        // c2 chan<- (chan int), i []interface{ Error() string; M(int) }, j []I,
        // s struct{ A int; B []string }, ps *[]*struct{}
        let unit = fx.types.func(vec![], vec![], false);
        let f = fx.types.func(vec![], vec![unit], false);
        let ss = fx.slice_t(STRING);
        let g = fx.types.func(vec![INT, ss], vec![INT, fx.ty.error], true);
        let rc = fx.chan_t(ChanDir::Recv, INT);
        let c = fx.chan_t(ChanDir::Both, rc);
        let bc = fx.chan_t(ChanDir::Both, INT);
        let c2 = fx.chan_t(ChanDir::Send, bc);
        let returns_string = fx.types.func(vec![], vec![STRING], false);
        let takes_int = fx.types.func(vec![INT], vec![], false);
        let methods = vec![
            Method { name: "Error".into(), sig: returns_string },
            Method { name: "M".into(), sig: takes_int },
        ];
        let it = fx.types.intern(Type::Interface(methods));
        let i = fx.slice_t(it);
        let named_i = named(&mut fx.types, Some("main"), "I", it);
        let j = fx.slice_t(named_i);
        let s = fx.struct_t(vec![field("A", INT), field("B", ss)]);
        let empty = fx.struct_t(vec![]);
        let pe = fx.ptr_t(empty);
        let spe = fx.slice_t(pe);
        let ps = fx.ptr_t(spe);
        let args = [f, g, c, c2, i, j, s, ps].map(|t| a(Value::Nil, t));
        assert_eq!(
            fx.sprintf("%T|%T|%T|%T|%T|%T|%T|%T", &args),
            "func() func()|func(int, ...string) (int, error)|chan (<-chan int)|chan<- chan int|[]interface { Error() string; M(int) }|[]main.I|struct { A int; B []string }|*[]*struct {}"
        );
    }

    #[test]
    fn bad_verbs_missing_and_extra_operands() {
        let mut fx = fx();
        // fmt.Sprintf("%d|%d %d|%z|%", "hi", 1, 1, 1)
        let args = [st("hi"), int(1), int(1), int(1)];
        assert_eq!(fx.sprintf("%d|%d %d|%z|%", &args), "%!d(string=hi)|1 1|%!z(int=1)|%!(NOVERB)");
        // fmt.Sprintf("%d", 1, 2, "a")
        assert_eq!(fx.sprintf("%d", &[int(1), int(2), st("a")]), "1%!(EXTRA int=2, string=a)");
        // fmt.Sprintf("%!|%5%|%-5v|%!d", 1)
        assert_eq!(
            fx.sprintf("%!|%5%|%-5v|%!d", &[int(1)]),
            "%!!(int=1)|%|%!v(MISSING)|%!!(MISSING)d"
        );
        // fmt.Sprintf("%s|%v|%x", 5, true, true)
        assert_eq!(
            fx.sprintf("%s|%v|%x", &[int(5), bo(true), bo(true)]),
            "%!s(int=5)|true|%!x(bool=true)"
        );
        // fmt.Sprintf("%t|%s|%e|%c|%p", 1, 2.5, "x", 3.5, 1)
        let args = [int(1), fl(2.5), st("x"), fl(3.5), int(1)];
        assert_eq!(
            fx.sprintf("%t|%s|%e|%c|%p", &args),
            "%!t(int=1)|%!s(float64=2.5)|%!e(string=x)|%!c(float64=3.5)|%!p(int=1)"
        );
        // fmt.Sprintf("%v %v", 1)
        assert_eq!(fx.sprintf("%v %v", &[int(1)]), "1 %!v(MISSING)");
    }

    #[test]
    fn argument_indexes_and_star_widths() {
        let mut fx = fx();
        // fmt.Sprintf("%[2]d %[1]d|%[3]d|%*d|%-*d|%.*f|%*d|%[2]*[1]d|%d %d %[1]d",
        //     1, 2, 5, 42, 4, 7, 2, 3.14159, "x", 9)
        let args =
            [int(1), int(2), int(5), int(42), int(4), int(7), int(2), fl(3.14159), st("x"), int(9)];
        assert_eq!(
            fx.sprintf("%[2]d %[1]d|%[3]d|%*d|%-*d|%.*f|%*d|%[2]*[1]d|%d %d %[1]d", &args),
            "2 1|5|                                         4|2      |%!(BADPREC)%!f(string=x)|%!d(MISSING)| 1|2 5 1"
        );
    }

    #[test]
    fn sprint_spaces_only_between_non_strings() {
        let mut fx = fx();
        // fmt.Sprint("a", 1, 2, "b", 3.5, "c", MyStr("s"), 4, nil, nil, true)
        let args = [
            st("a"),
            int(1),
            int(2),
            st("b"),
            fl(3.5),
            st("c"),
            a(vs("s"), fx.ty.my_str),
            int(4),
            nil(),
            nil(),
            bo(true),
        ];
        assert_eq!(fx.sprint(&args), "a1 2b3.5cs4 <nil> <nil> true");
        // fmt.Sprintln("a", 1, true, nil, MyStr("x"))
        let args = [st("a"), int(1), bo(true), nil(), a(vs("x"), fx.ty.my_str)];
        assert_eq!(fx.sprintln(&args), "a 1 true <nil> x\n");
        // fmt.Sprint(), fmt.Sprintln()
        assert_eq!(fx.sprint(&[]), "");
        assert_eq!(fx.sprintln(&[]), "\n");
    }

    #[test]
    fn errorf_accepts_w_for_errors() {
        // fmt.Errorf("wrap: %w", errors.New("inner")).Error(), fmt.Sprintf("%w", errors.New("inner"))
        let mut fx = fx();
        let inner = fx.error_new("inner");
        let (text, wrapped) = errorf(&mut fx, b"wrap: %w", std::slice::from_ref(&inner));
        assert_eq!(String::from_utf8_lossy(&text), "wrap: inner");
        assert_eq!(wrapped, [0]);
        assert_eq!(
            fx.sprintf("%w", std::slice::from_ref(&inner)),
            "%!w(*errors.errorString=&{inner})"
        );
        // fmt.Errorf("%w", 5).Error()
        let (text, _) = errorf(&mut fx, b"%w", &[int(5)]);
        assert_eq!(String::from_utf8_lossy(&text), "%!w(int=5)");
        // fmt.Errorf("%[2]w %[1]v %[2]w %[1]w", inner, inner): operands by index, once each
        let (_, wrapped) = errorf(&mut fx, b"%[2]w %[1]v %[2]w %[1]w", &[inner.clone(), inner]);
        assert_eq!(wrapped, [0, 1]);
    }

    #[test]
    fn panic_values_print_like_the_runtime() {
        let mut fx = fx();
        let t = fx.ty.t;
        // panic("boom"), panic(42), panic(3.5), panic(errors.New("something failed")),
        // panic(&E{"x"}), panic(Color(1)), panic(MyInt(5)), panic(MyStr("x\ny"))
        assert_eq!(fx.panic_text(st("boom")), "boom");
        assert_eq!(fx.panic_text(int(42)), "42");
        assert_eq!(fx.panic_text(fl(3.5)), "3.5");
        let err = fx.error_new("something failed");
        assert_eq!(fx.panic_text(err), "something failed");
        let pe = fx.ptr_t(fx.ty.e);
        let ex = fx.new_ptr(tup(vec![vs("x")]));
        assert_eq!(fx.panic_text(a(ex, pe)), "E: x");
        let green = fx.color(1);
        assert_eq!(fx.panic_text(green), "green");
        assert_eq!(fx.panic_text(a(vi(5), fx.ty.my_int)), "main.MyInt(5)");
        assert_eq!(fx.panic_text(a(vs("x\ny"), fx.ty.my_str)), "main.MyStr(\"x\n\ty\")");
        // panic(T{1, "x"}) prints `(main.T) 0x4a3d68` in Go; the address is our fake one.
        let text = fx.panic_text(a(tup(vec![vi(1), vs("x")]), t));
        assert!(text.starts_with("(main.T) 0x"), "{text}");
        // panic(nil), panic("a\nb"), panic(fmt.Sprintf("value %d", 3.5))
        assert_eq!(fx.panic_text(nil()), "nil");
        assert_eq!(fx.panic_text(st("a\nb")), "a\n\tb");
        let msg = fx.sprintf("value %d", &[fl(3.5)]);
        assert_eq!(fx.panic_text(st(&msg)), "value %!d(float64=3.5)");
    }

    #[test]
    fn panic_values_of_basic_and_named_types() {
        let mut fx = fx();
        let u8t = fx.basic(Basic::Uint8);
        let (i64t, u64t) = (fx.basic(Basic::Int64), fx.basic(Basic::Uint64));
        // panic(uint8(200)), panic(float32(0.1)), panic(true), panic(1e21), panic(MyF(2.5)),
        // panic(MyB(true)), panic(MyU(7)), panic(int64(-3)), panic('x'),
        // panic(uint64(18446744073709551615)), panic(1e-7), panic(float32(16777216))
        assert_eq!(fx.panic_text(a(vi(200), u8t)), "200");
        let f = f32_arg(&mut fx, 0.1);
        assert_eq!(fx.panic_text(f), "0.1");
        assert_eq!(fx.panic_text(bo(true)), "true");
        assert_eq!(fx.panic_text(fl(1e21)), "1e+21");
        assert_eq!(fx.panic_text(a(vf(2.5), fx.ty.my_f)), "main.MyF(2.5)");
        assert_eq!(fx.panic_text(a(Value::Bool(true), fx.ty.my_b)), "main.MyB(true)");
        assert_eq!(fx.panic_text(a(vi(7), fx.ty.my_u)), "main.MyU(7)");
        assert_eq!(fx.panic_text(a(vi(-3), i64t)), "-3");
        assert_eq!(fx.panic_text(rune('x')), "120");
        assert_eq!(fx.panic_text(a(vi(-1), u64t)), "18446744073709551615");
        assert_eq!(fx.panic_text(fl(1e-7)), "1e-07");
        let f = f32_arg(&mut fx, 16777216.0);
        assert_eq!(fx.panic_text(f), "1.6777216e+07");
        // panic(errors.New("line1\nline2")), var np *T; panic(np)
        let err = fx.error_new("line1\nline2");
        assert_eq!(fx.panic_text(err), "line1\n\tline2");
        let pt = fx.ptr_t(fx.ty.t);
        assert_eq!(fx.panic_text(a(Value::Nil, pt)), "(*main.T) 0x0");
        // panic([]int{1}) prints `([]int) 0x1ea0c7c1e030`; the address is our fake one.
        let s = ints(&mut fx, &[1]);
        assert!(fx.panic_text(s).starts_with("([]int) 0x"));
    }

    #[test]
    fn builtin_print_uses_runtime_formats() {
        let mut fx = fx();
        // println(2.5, 1e21, 3.0, 1e-7, float32(0.1), 100000000.0, -0.0)
        let mut args = [2.5, 1e21, 3.0, 1e-7].map(fl).to_vec();
        args.push(f32_arg(&mut fx, 0.1));
        args.extend([fl(100000000.0), fl(0.0)]);
        assert_eq!(fx.print_text(&args), "2.5 1e+21 3 1e-07 0.1 1e+08 0");
        // println(42, -7, uint64(18446744073709551615), uint8(200), MyInt(3), 'a', true, false)
        let (u64t, u8t) = (fx.basic(Basic::Uint64), fx.basic(Basic::Uint8));
        let args = [
            int(42),
            int(-7),
            a(vi(-1), u64t),
            a(vi(200), u8t),
            a(vi(3), fx.ty.my_int),
            rune('a'),
            bo(true),
            bo(false),
        ];
        assert_eq!(fx.print_text(&args), "42 -7 18446744073709551615 200 3 97 true false");
        // println("hi", "a\nb")
        assert_eq!(fx.print_text(&[st("hi"), st("a\nb")]), "hi a\nb");
        // println(np, ns, ne, nerr, nm, nc, nf) with every one nil
        let pi = fx.ptr_t(INT);
        let si = fx.slice_t(INT);
        let msi = fx.map_t(STRING, INT);
        let ch = fx.chan_t(ChanDir::Both, INT);
        let f = fx.types.func(vec![], vec![], false);
        let args = [pi, si, EMPTY_INTERFACE, fx.ty.error, msi, ch, f].map(|t| a(Value::Nil, t));
        assert_eq!(fx.print_text(&args), "0x0 [0/0]0x0 (0x0,0x0) (0x0,0x0) 0x0 0x0 0x0");
        // var f32 float32 = 16777216; println(f32, 1e100, 123456789.0, 0.000001)
        let mut args = vec![f32_arg(&mut fx, 16777216.0)];
        args.extend([1e100, 123456789.0, 0.000001].map(fl));
        assert_eq!(fx.print_text(&args), "1.6777216e+07 1e+100 1.23456789e+08 1e-06");
    }
}
