//! Declared entities (objects) and the lexical scopes that map names to them. Objects live in
//! one arena addressed by `ObjId`, so the checker's results and the compiler share them.

use super::constant::ConstValue;
use super::types::TypeId;
use crate::syntax::span::Span;
use litemap::LiteMap;

/// An index into the object arena.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ObjId(pub u32);

/// The predeclared functions of the universe scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
}

impl Builtin {
    pub const ALL: [(&'static str, Builtin); 18] = [
        ("append", Builtin::Append),
        ("cap", Builtin::Cap),
        ("clear", Builtin::Clear),
        ("close", Builtin::Close),
        ("complex", Builtin::Complex),
        ("copy", Builtin::Copy),
        ("delete", Builtin::Delete),
        ("imag", Builtin::Imag),
        ("len", Builtin::Len),
        ("make", Builtin::Make),
        ("max", Builtin::Max),
        ("min", Builtin::Min),
        ("new", Builtin::New),
        ("panic", Builtin::Panic),
        ("print", Builtin::Print),
        ("println", Builtin::Println),
        ("real", Builtin::Real),
        ("recover", Builtin::Recover),
    ];

    pub fn name(self) -> &'static str {
        Builtin::ALL.iter().find(|(_, b)| *b == self).map(|(n, _)| *n).unwrap_or("?")
    }
}

/// What a name denotes.
#[derive(Clone, Debug, PartialEq)]
pub enum ObjKind {
    /// A variable; `global` for package-level ones.
    Var {
        global: bool,
    },
    Const(ConstValue),
    TypeName,
    /// A function; `has_body` is false for natives of the simulator's standard library.
    Func {
        has_body: bool,
    },
    /// An imported package, by its path.
    Package(String),
    Builtin(Builtin),
    /// The predeclared `nil`.
    Nil,
}

/// A declared entity.
#[derive(Clone, Debug)]
pub struct Object {
    pub name: String,
    pub kind: ObjKind,
    pub ty: TypeId,
    /// Where it was declared (empty for predeclared objects).
    pub span: Span,
    /// The package path it belongs to (`main`, `sync`, … ; empty for the universe).
    pub package: String,
    /// Set when any expression refers to it; drives `declared and not used`.
    pub used: bool,
}

/// One lexical block: the names declared directly in it.
#[derive(Clone, Debug, Default)]
pub struct Scope {
    pub names: LiteMap<String, ObjId>,
    pub parent: Option<usize>,
}

/// All scopes of a check, as a tree stored in a Vec.
#[derive(Clone, Debug, Default)]
pub struct Scopes {
    pub scopes: Vec<Scope>,
}

impl Scopes {
    pub fn push(&mut self, parent: Option<usize>) -> usize {
        self.scopes.push(Scope { names: LiteMap::new(), parent });
        self.scopes.len() - 1
    }

    /// Looks a name up from scope `at` outwards.
    pub fn lookup(&self, mut at: usize, name: &str) -> Option<ObjId> {
        loop {
            let scope = self.scopes.get(at)?;
            if let Some(&id) = scope.names.get(name) {
                return Some(id);
            }
            at = scope.parent?;
        }
    }

    /// The object a name has in exactly scope `at`.
    pub fn lookup_local(&self, at: usize, name: &str) -> Option<ObjId> {
        self.scopes.get(at)?.names.get(name).copied()
    }

    pub fn insert(&mut self, at: usize, name: &str, id: ObjId) {
        if let Some(scope) = self.scopes.get_mut(at) {
            scope.names.insert(name.to_string(), id);
        }
    }
}
