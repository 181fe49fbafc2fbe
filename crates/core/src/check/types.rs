//! Go types as interned plain data: a `TypeTable` owns every type of a program and hands out
//! `TypeId`s, so types compare by id and print the way Go's compiler and `%T` print them.

use litemap::LiteMap;

/// An index into the `TypeTable`.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct TypeId(pub u32);

/// Go's predeclared basic types, plus the untyped kinds of constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Basic {
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedString,
    UntypedNil,
    /// The type of an expression that already produced an error; it is compatible with
    /// everything so one mistake yields one message.
    Invalid,
}

impl Basic {
    pub fn name(self) -> &'static str {
        use Basic::*;
        match self {
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UnsafePointer => "unsafe.Pointer",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
            Invalid => "invalid type",
        }
    }

    pub fn is_untyped(self) -> bool {
        use Basic::*;
        matches!(
            self,
            UntypedBool | UntypedInt | UntypedRune | UntypedFloat | UntypedString | UntypedNil
        )
    }

    pub fn is_integer(self) -> bool {
        use Basic::*;
        matches!(
            self,
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | UntypedInt
                | UntypedRune
        )
    }

    pub fn is_unsigned(self) -> bool {
        use Basic::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }

    pub fn is_float(self) -> bool {
        matches!(self, Basic::Float32 | Basic::Float64 | Basic::UntypedFloat)
    }

    pub fn is_complex(self) -> bool {
        matches!(self, Basic::Complex64 | Basic::Complex128)
    }

    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }

    pub fn is_string(self) -> bool {
        matches!(self, Basic::String | Basic::UntypedString)
    }

    pub fn is_boolean(self) -> bool {
        matches!(self, Basic::Bool | Basic::UntypedBool)
    }

    /// Bit size of a sized integer type (int and uint are 64-bit, as on amd64 and wasm Go).
    pub fn int_bits(self) -> Option<u32> {
        use Basic::*;
        Some(match self {
            Int8 | Uint8 => 8,
            Int16 | Uint16 => 16,
            Int32 | Uint32 => 32,
            Int | Int64 | Uint | Uint64 | Uintptr => 64,
            _ => return None,
        })
    }

    /// The default type of an untyped constant kind (`untyped int` → `int`).
    pub fn default_type(self) -> Basic {
        use Basic::*;
        match self {
            UntypedBool => Bool,
            UntypedInt => Int,
            UntypedRune => Int32,
            UntypedFloat => Float64,
            UntypedString => String,
            other => other,
        }
    }
}

/// The direction of a channel type.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum ChanDir {
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

/// A struct field.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Field {
    pub name: String,
    pub ty: TypeId,
    pub embedded: bool,
}

/// A function signature; `variadic` means the last parameter is `...T` (stored as `[]T`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    pub variadic: bool,
}

/// An interface method.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Method {
    pub name: String,
    pub sig: TypeId,
}

/// The structure of a type. Named types are distinct by their `NamedId`, not by structure.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Type {
    Basic(Basic),
    Named(NamedId),
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Struct(Vec<Field>),
    Func(Signature),
    Interface(Vec<Method>),
    /// The result list of a call that returns several values.
    Tuple(Vec<TypeId>),
}

/// An index into the table of named types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NamedId(pub u32);

/// A declared type name: `package.Name`, its underlying type and its methods.
#[derive(Clone, Debug)]
pub struct NamedType {
    /// `None` for predeclared names such as `error`.
    pub package: Option<String>,
    pub name: String,
    pub underlying: TypeId,
    /// The type arguments of an instance of a generic type (`Pair[string,int]`).
    pub args: Vec<TypeId>,
    /// Methods in declaration order: name, signature type, whether the receiver is a pointer.
    pub methods: Vec<NamedMethod>,
}

/// A method declared on a named type.
#[derive(Clone, Debug)]
pub struct NamedMethod {
    pub name: String,
    pub sig: TypeId,
    pub pointer_receiver: bool,
    /// The method's object in the checker's arena (an `ObjId`'s index).
    pub obj: u32,
}

/// The interner for every type of one program.
#[derive(Clone, Debug)]
pub struct TypeTable {
    types: Vec<Type>,
    ids: LiteMap<Type, TypeId>,
    named: Vec<NamedType>,
}

/// Well-known type ids, interned first so they are constants.
pub mod well_known {
    use super::TypeId;
    pub const INVALID: TypeId = TypeId(0);
    pub const BOOL: TypeId = TypeId(1);
    pub const INT: TypeId = TypeId(2);
    pub const STRING: TypeId = TypeId(3);
    pub const FLOAT64: TypeId = TypeId(4);
    pub const UNTYPED_NIL: TypeId = TypeId(5);
    pub const EMPTY_INTERFACE: TypeId = TypeId(6);
    pub const UNTYPED_INT: TypeId = TypeId(7);
    pub const UNTYPED_FLOAT: TypeId = TypeId(8);
    pub const UNTYPED_RUNE: TypeId = TypeId(9);
    pub const UNTYPED_STRING: TypeId = TypeId(10);
    pub const UNTYPED_BOOL: TypeId = TypeId(11);
    pub const INT32: TypeId = TypeId(12);
    pub const UINT8: TypeId = TypeId(13);
    pub const EMPTY_TUPLE: TypeId = TypeId(14);
}

impl Default for TypeTable {
    fn default() -> Self {
        Self::new()
    }
}

impl TypeTable {
    pub fn new() -> TypeTable {
        let mut t = TypeTable { types: Vec::new(), ids: LiteMap::new(), named: Vec::new() };
        for ty in [
            Type::Basic(Basic::Invalid),
            Type::Basic(Basic::Bool),
            Type::Basic(Basic::Int),
            Type::Basic(Basic::String),
            Type::Basic(Basic::Float64),
            Type::Basic(Basic::UntypedNil),
            Type::Interface(Vec::new()),
            Type::Basic(Basic::UntypedInt),
            Type::Basic(Basic::UntypedFloat),
            Type::Basic(Basic::UntypedRune),
            Type::Basic(Basic::UntypedString),
            Type::Basic(Basic::UntypedBool),
            Type::Basic(Basic::Int32),
            Type::Basic(Basic::Uint8),
            Type::Tuple(Vec::new()),
        ] {
            t.intern(ty);
        }
        t
    }

    pub fn intern(&mut self, ty: Type) -> TypeId {
        if let Some(&id) = self.ids.get(&ty) {
            return id;
        }
        let id = TypeId(self.types.len() as u32);
        self.types.push(ty.clone());
        self.ids.insert(ty, id);
        id
    }

    /// The id of an already interned type.
    pub fn lookup(&self, ty: &Type) -> Option<TypeId> {
        self.ids.get(ty).copied()
    }

    /// How many named types there are (`NamedId`s are `0..n_named()`).
    pub fn n_named(&self) -> usize {
        self.named.len()
    }

    pub fn get(&self, id: TypeId) -> &Type {
        self.types.get(id.0 as usize).unwrap_or(&Type::Basic(Basic::Invalid))
    }

    pub fn basic(&mut self, b: Basic) -> TypeId {
        self.intern(Type::Basic(b))
    }

    /// Declares a new named type whose underlying type is filled in later with `set_underlying`.
    pub fn declare_named(&mut self, package: Option<&str>, name: &str) -> TypeId {
        let nid = NamedId(self.named.len() as u32);
        self.named.push(NamedType {
            package: package.map(str::to_string),
            name: name.to_string(),
            underlying: well_known::INVALID,
            args: Vec::new(),
            methods: Vec::new(),
        });
        self.intern(Type::Named(nid))
    }

    pub fn named(&self, nid: NamedId) -> &NamedType {
        &self.named[nid.0 as usize]
    }

    pub fn named_mut(&mut self, nid: NamedId) -> &mut NamedType {
        &mut self.named[nid.0 as usize]
    }

    pub fn named_id(&self, id: TypeId) -> Option<NamedId> {
        match self.get(id) {
            Type::Named(n) => Some(*n),
            _ => None,
        }
    }

    /// The underlying type: named types resolve (transitively) to their definition.
    pub fn underlying(&self, mut id: TypeId) -> TypeId {
        for _ in 0..100 {
            match self.get(id) {
                Type::Named(n) => id = self.named(*n).underlying,
                _ => return id,
            }
        }
        well_known::INVALID
    }

    pub fn under(&self, id: TypeId) -> &Type {
        self.get(self.underlying(id))
    }

    /// The basic kind of a type's underlying type, if it is basic.
    pub fn basic_of(&self, id: TypeId) -> Option<Basic> {
        match self.under(id) {
            Type::Basic(b) => Some(*b),
            _ => None,
        }
    }

    pub fn is_invalid(&self, id: TypeId) -> bool {
        self.basic_of(id) == Some(Basic::Invalid)
    }

    pub fn is_untyped(&self, id: TypeId) -> bool {
        matches!(self.get(id), Type::Basic(b) if b.is_untyped())
    }

    pub fn is_interface(&self, id: TypeId) -> bool {
        matches!(self.under(id), Type::Interface(_))
    }

    pub fn slice_of(&mut self, elem: TypeId) -> TypeId {
        self.intern(Type::Slice(elem))
    }

    pub fn pointer_to(&mut self, elem: TypeId) -> TypeId {
        self.intern(Type::Pointer(elem))
    }

    pub fn tuple(&mut self, items: Vec<TypeId>) -> TypeId {
        self.intern(Type::Tuple(items))
    }

    pub fn func(&mut self, params: Vec<TypeId>, results: Vec<TypeId>, variadic: bool) -> TypeId {
        self.intern(Type::Func(Signature { params, results, variadic }))
    }

    pub fn signature(&self, id: TypeId) -> Option<&Signature> {
        match self.under(id) {
            Type::Func(sig) => Some(sig),
            _ => None,
        }
    }

    /// Go's spelling of a type in compiler messages: local names unqualified (`T`), other
    /// packages qualified (`sync.WaitGroup`).
    pub fn display(&self, id: TypeId) -> String {
        let mut out = String::new();
        self.write(&mut out, id, Qualify::ForeignOnly, 0);
        out
    }

    /// The spelling `%T` uses: every named type qualified with its package (`main.T`).
    pub fn display_qualified(&self, id: TypeId) -> String {
        let mut out = String::new();
        self.write(&mut out, id, Qualify::All, 0);
        out
    }

    fn write(&self, out: &mut String, id: TypeId, q: Qualify, depth: u32) {
        if depth > 32 {
            out.push_str("...");
            return;
        }
        let d = depth + 1;
        match self.get(id) {
            Type::Basic(b) => out.push_str(b.name()),
            Type::Named(n) => {
                let named = self.named(*n);
                match (&named.package, q) {
                    (Some(p), Qualify::All) => {
                        out.push_str(p.rsplit('/').next().unwrap_or(p));
                        out.push('.');
                    }
                    // Go 1.27's compiler quotes `sync` in messages: its types wrap
                    // `internal/sync`, a second package of the same name.
                    (Some(p), Qualify::ForeignOnly) if p == "sync" => out.push_str("\"sync\"."),
                    (Some(p), Qualify::ForeignOnly) if p != "main" => {
                        out.push_str(p.rsplit('/').next().unwrap_or(p));
                        out.push('.');
                    }
                    _ => {}
                }
                out.push_str(&named.name);
                if !named.args.is_empty() {
                    out.push('[');
                    for (i, a) in named.args.iter().enumerate() {
                        if i > 0 {
                            out.push(',');
                        }
                        self.write(out, *a, q, d);
                    }
                    out.push(']');
                }
            }
            Type::Pointer(e) => {
                out.push('*');
                self.write(out, *e, q, d);
            }
            Type::Slice(e) => {
                out.push_str("[]");
                self.write(out, *e, q, d);
            }
            Type::Array(n, e) => {
                out.push_str(&format!("[{n}]"));
                self.write(out, *e, q, d);
            }
            Type::Map(k, v) => {
                out.push_str("map[");
                self.write(out, *k, q, d);
                out.push(']');
                self.write(out, *v, q, d);
            }
            Type::Chan(dir, e) => {
                out.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                // `chan (<-chan int)` needs parentheses to stay unambiguous.
                let paren =
                    *dir != ChanDir::Send && matches!(self.get(*e), Type::Chan(ChanDir::Recv, _));
                if paren {
                    out.push('(');
                }
                self.write(out, *e, q, d);
                if paren {
                    out.push(')');
                }
            }
            Type::Struct(fields) => {
                out.push_str("struct{");
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push_str("; ");
                    }
                    if !f.embedded {
                        out.push_str(&f.name);
                        out.push(' ');
                    }
                    self.write(out, f.ty, q, d);
                }
                out.push('}');
            }
            Type::Func(sig) => {
                out.push_str("func");
                self.write_signature(out, sig, q, d);
            }
            Type::Interface(methods) => {
                if methods.is_empty() {
                    out.push_str(if q == Qualify::All { "interface {}" } else { "any" });
                    return;
                }
                out.push_str("interface{");
                for (i, m) in methods.iter().enumerate() {
                    if i > 0 {
                        out.push_str("; ");
                    }
                    out.push_str(&m.name);
                    if let Type::Func(sig) = self.get(m.sig) {
                        self.write_signature(out, sig, q, d);
                    }
                }
                out.push('}');
            }
            Type::Tuple(items) => {
                out.push('(');
                for (i, t) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write(out, *t, q, d);
                }
                out.push(')');
            }
        }
    }

    fn write_signature(&self, out: &mut String, sig: &Signature, q: Qualify, d: u32) {
        out.push('(');
        for (i, p) in sig.params.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if sig.variadic && i + 1 == sig.params.len() {
                out.push_str("...");
                let elem = match self.get(*p) {
                    Type::Slice(e) => *e,
                    _ => *p,
                };
                self.write(out, elem, q, d);
            } else {
                self.write(out, *p, q, d);
            }
        }
        out.push(')');
        match sig.results.as_slice() {
            [] => {}
            [one] if !matches!(self.get(*one), Type::Func(_)) => {
                out.push(' ');
                self.write(out, *one, q, d);
            }
            many => {
                out.push_str(" (");
                for (i, r) in many.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write(out, *r, q, d);
                }
                out.push(')');
            }
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Qualify {
    ForeignOnly,
    All,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_print_like_go() {
        let mut t = TypeTable::new();
        let int = well_known::INT;
        let s = t.intern(Type::Chan(ChanDir::Send, int));
        assert_eq!(t.display(s), "chan<- int");
        let r = t.intern(Type::Chan(ChanDir::Recv, int));
        let cr = t.intern(Type::Chan(ChanDir::Both, r));
        assert_eq!(t.display(cr), "chan (<-chan int)");
        let m = t.intern(Type::Map(well_known::STRING, int));
        assert_eq!(t.display(m), "map[string]int");
        let strs = t.slice_of(well_known::STRING);
        let f = t.func(vec![int, strs], vec![well_known::BOOL], true);
        assert_eq!(t.display(f), "func(int, ...string) bool");
        let p = t.declare_named(Some("main"), "person");
        let w = t.declare_named(Some("sync"), "WaitGroup");
        assert_eq!(t.display(p), "person");
        assert_eq!(t.display_qualified(p), "main.person");
        let pw = t.pointer_to(w);
        assert_eq!(t.display(pw), "*\"sync\".WaitGroup");
        assert_eq!(t.display_qualified(pw), "*sync.WaitGroup");
    }

    #[test]
    fn interning_dedups_structure_but_not_names() {
        let mut t = TypeTable::new();
        let a = t.slice_of(well_known::INT);
        let b = t.slice_of(well_known::INT);
        assert_eq!(a, b);
        let n1 = t.declare_named(Some("main"), "A");
        let n2 = t.declare_named(Some("main"), "A");
        assert_ne!(n1, n2);
    }
}
