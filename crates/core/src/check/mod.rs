//! The type checker: resolves names, computes the type (and constant value) of every
//! expression of the program and reports Go's compile errors in Go's words.
//!
//! The simulator's standard library is written as Go declarations without bodies
//! (`stdlib/*.go`); they are parsed and checked by the same code as the user's program, and
//! the runtime implements each body-less function natively.

mod assign;
mod call;
mod constant;
mod decl;
mod expr;
mod generic;
mod goto;
mod lookup;
mod rational;
mod scope;
mod stdlib;
mod stmt;
pub mod types;
mod typexpr;

pub use constant::{ConstOp, ConstValue};
pub use generic::Instance;
pub use lookup::{Selection, SelectionKind};
pub use scope::{Builtin, ObjId, ObjKind, Object};
pub use stdlib::Stub;
pub use types::{Basic, ChanDir, Type, TypeId, TypeTable};

use crate::diag::{Diagnostic, DiagnosticKind};
use crate::syntax::ast;
use crate::syntax::span::Span;
use litemap::LiteMap;
use scope::Scopes;
use std::sync::OnceLock;

/// What kind of thing an expression denotes, as far as the rest of the program cares.
#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    /// The expression had an error; it was reported already.
    Invalid,
    /// A call of a function without results.
    NoValue,
    /// A computed value (not addressable).
    Value,
    /// An addressable variable (or a pointer indirection, field or element of one).
    Variable,
    /// `m[k]`: assignable, and may yield a second `ok` value.
    MapIndex,
    /// `<-ch` or `x.(T)`: may yield a second `ok` value.
    CommaOk,
    /// A constant with its value.
    Const(ConstValue),
    /// A type.
    Type,
    Builtin(Builtin),
    /// An imported package name, only valid before a `.`.
    Package,
}

/// The checker's result for one expression.
#[derive(Clone, Debug, PartialEq)]
pub struct ExprInfo {
    pub mode: Mode,
    pub ty: TypeId,
}

/// Everything the checker learned about one file, in tables indexed by the file's ids.
#[derive(Clone, Debug, Default)]
pub struct Info {
    /// By `ExprId`: the mode and type of every checked expression.
    pub exprs: Vec<Option<ExprInfo>>,
    /// Names (and qualified identifiers `pkg.Name`) to the objects they refer to.
    pub uses: LiteMap<ast::ExprId, ObjId>,
    /// Declared identifiers, by the start of their span, to the objects they declare.
    pub defs: LiteMap<u32, ObjId>,
    /// Field and method selectors.
    pub selections: LiteMap<ast::ExprId, Selection>,
    /// Function declarations and literals to the variables they capture from outer functions.
    pub captures: LiteMap<u32, Vec<ObjId>>,
}

impl Info {
    pub fn expr(&self, id: ast::ExprId) -> Option<&ExprInfo> {
        self.exprs.get(id.0 as usize).and_then(Option::as_ref)
    }
}

/// A checked program: the user's file with its tables, the packages it may use, and all
/// diagnostics (empty when the program may run).
#[derive(Debug)]
pub struct Checked {
    pub types: TypeTable,
    pub objects: Vec<Object>,
    pub info: Info,
    /// Package path to the objects it exports by name, for the runtime's natives.
    pub packages: LiteMap<String, LiteMap<String, ObjId>>,
    /// The instantiated bodies of generic functions and methods, each with its own tables.
    pub instances: Vec<Instance>,
    pub diagnostics: Vec<Diagnostic>,
    /// The simulated standard library's declarations, where its functions with bodies (the
    /// iterator functions of `maps`, `slices` and `strings`) are compiled from.
    pub stubs: &'static [Stub],
    /// The checker's tables for each stub's own (non-generic) function bodies, by path.
    pub stub_infos: LiteMap<String, Info>,
}

impl Checked {
    pub fn object(&self, id: ObjId) -> &Object {
        &self.objects[id.0 as usize]
    }
}

/// The simulated standard library, parsed once per process.
fn stubs() -> &'static [Stub] {
    static STUBS: OnceLock<Vec<Stub>> = OnceLock::new();
    STUBS.get_or_init(stdlib::parse_all)
}

/// A checker that has checked the standard library.
fn stdlib_checker() -> Checker<'static> {
    let mut c = Checker::new();
    for stub in stubs() {
        c.check_package(&stub.file, stub.path, true);
    }
    // The standard library must check clean; a failure here is a bug in a stub.
    debug_assert!(c.diags.is_empty(), "stdlib stubs do not check: {:?}", c.diags);
    c.diags.clear();
    c
}

/// Checks a parsed `main` package file. The checker's state once the standard library is
/// checked is made once per process; each check starts from a copy of it.
pub fn check(file: &ast::File) -> Checked {
    static WITH_STDLIB: OnceLock<Checker<'static>> = OnceLock::new();
    check_with(WITH_STDLIB.get_or_init(stdlib_checker).clone(), file)
}

/// `check`, checking the standard library again first, as the first check in a process
/// does (for benchmarks).
pub fn check_from_scratch(file: &ast::File) -> Checked {
    check_with(stdlib_checker(), file)
}

fn check_with<'a>(mut c: Checker<'a>, file: &'a ast::File) -> Checked {
    c.check_package(file, "main", false);
    let Checker { types, objects, info, packages, mut diags, mut generics, stub_infos, .. } = c;
    let instances = std::mem::take(&mut generics.done);
    drop(generics);
    // An error in a generic body is found once per instance; Go reports it once.
    let mut i = 0;
    while i < diags.len() {
        let d = &diags[i];
        if diags[..i].iter().any(|o| o.span == d.span && o.message == d.message) {
            diags.remove(i);
        } else {
            i += 1;
        }
    }
    let mut members = LiteMap::new();
    for (path, p) in packages {
        members.insert(path, p.members);
    }
    Checked {
        types,
        objects,
        info,
        packages: members,
        instances,
        diagnostics: diags,
        stubs: stubs(),
        stub_infos,
    }
}

/// An imported package as the checker sees it.
#[derive(Clone, Debug, Default)]
struct PackageInfo {
    name: String,
    members: LiteMap<String, ObjId>,
}

/// A package-level declaration whose type or value is computed on first use.
#[derive(Clone, Copy)]
enum Pending<'a> {
    Const {
        spec: &'a ast::ConstSpec,
        index: usize,
        ty: Option<&'a ast::Expr>,
        values: &'a [ast::Expr],
        iota: u32,
    },
    Var {
        spec: &'a ast::VarSpec,
        index: usize,
    },
    Func(&'a ast::FuncDecl),
}

/// The state of a check: the program-wide tables plus the package and function being
/// checked.
#[derive(Clone)]
struct Checker<'a> {
    types: TypeTable,
    objects: Vec<Object>,
    scopes: Scopes,
    universe: usize,
    packages: LiteMap<String, PackageInfo>,
    diags: Vec<Diagnostic>,
    info: Info,
    /// The package being checked.
    pkg_path: String,
    pkg_scope: usize,
    /// Imports of the current file: local name → (path, import spec span, used).
    imports: LiteMap<String, (String, Span, bool)>,
    /// Functions, and variables holding function literals, whose signatures name their
    /// parameters: the type as Go's messages show it (`func(id int, jobs <-chan int)`).
    named_sigs: LiteMap<ObjId, String>,
    /// The tables of each stub package whose functions have bodies, kept for the compiler.
    stub_infos: LiteMap<String, Info>,
    /// The imports of each package checked so far, for checking a generic body at home.
    package_imports: LiteMap<String, LiteMap<String, (String, Span, bool)>>,
    pending: LiteMap<ObjId, Pending<'a>>,
    resolving: Vec<ObjId>,
    /// The innermost function being checked.
    func: Option<FuncCtx>,
    /// The value of `iota` where a constant expression is being checked.
    iota: Option<u32>,
    /// Whether a standard-library stub is being checked (its functions may lack bodies).
    stub: bool,
    /// The innermost scope of the statement being checked.
    cur_scope: usize,
    /// Local variables to the key of the function declaring them, to detect captures.
    var_owner: LiteMap<ObjId, u32>,
    /// The statements `break` and `continue` may leave, innermost last.
    breakables: Vec<stmt::Breakable>,
    generics: generic::Generics<'a>,
    /// The scope a top-level function body opens in: the package scope, or the scope of an
    /// instance's type parameters.
    body_parent: Option<usize>,
}

/// The function whose body is being checked.
#[derive(Clone, Debug)]
struct FuncCtx {
    results: Vec<TypeId>,
    /// The key of this function in `Info::captures`.
    key: u32,
    captured: Vec<ObjId>,
    /// Variables declared in this function, checked for use when it ends.
    locals: Vec<ObjId>,
    labels: LiteMap<String, (Span, bool)>,
    /// Whether the results are named, so a bare `return` is allowed.
    named_results: bool,
    /// The body of a range over a function iterator: compiled as a function of its own
    /// (the `yield` the iterator calls), checked as part of the enclosing one.
    range_body: bool,
    parent: Option<Box<FuncCtx>>,
}

impl<'a> Checker<'a> {
    fn new() -> Checker<'a> {
        let mut c = Checker {
            types: TypeTable::new(),
            objects: Vec::new(),
            scopes: Scopes::default(),
            universe: 0,
            packages: LiteMap::new(),
            diags: Vec::new(),
            info: Info::default(),
            pkg_path: String::new(),
            pkg_scope: 0,
            imports: LiteMap::new(),
            package_imports: LiteMap::new(),
            named_sigs: LiteMap::new(),
            stub_infos: LiteMap::new(),
            pending: LiteMap::new(),
            resolving: Vec::new(),
            func: None,
            iota: None,
            stub: false,
            cur_scope: 0,
            var_owner: LiteMap::new(),
            breakables: Vec::new(),
            generics: generic::Generics::default(),
            body_parent: None,
        };
        c.universe = c.scopes.push(None);
        c.declare_universe();
        c
    }

    fn error(&mut self, span: Span, message: impl Into<String>) {
        self.report(Diagnostic::new(DiagnosticKind::Type, span, message));
    }

    /// An error naming something declared at `declared` (Go appends where).
    fn error_declared(&mut self, span: Span, message: impl Into<String>, declared: Span) {
        let mut d = Diagnostic::new(DiagnosticKind::Type, span, message);
        d.declared_at = Some(declared.start);
        self.report(d);
    }

    /// Records a type error, unless Go would leave it out: after a first error, one that
    /// mentions `invalid operand` or `invalid type` past its first word is a follow-on of an
    /// earlier one (Go's types2 drops these the same way); and an error inside the body of
    /// a standard-library generic instantiated for the program is no error of the program's
    /// (its place is in the library's source), as the library itself checks clean.
    fn report(&mut self, d: Diagnostic) {
        let follow_on = |m: &str| {
            m.find("invalid operand").is_some_and(|i| i > 0)
                || m.find("invalid type").is_some_and(|i| i > 0)
        };
        if !self.diags.is_empty() && follow_on(&d.message) {
            return;
        }
        if !self.stub && self.pkg_path != "main" {
            return;
        }
        self.diags.push(d);
    }

    fn unsupported(&mut self, span: Span, what: impl std::fmt::Display) {
        self.diags.push(Diagnostic::unsupported(span, what));
    }

    fn new_object(&mut self, name: &str, kind: scope::ObjKind, ty: TypeId, span: Span) -> ObjId {
        let id = ObjId(self.objects.len() as u32);
        self.objects.push(Object {
            name: name.to_string(),
            kind,
            ty,
            span,
            package: self.pkg_path.clone(),
            used: false,
        });
        id
    }

    fn obj(&self, id: ObjId) -> &Object {
        &self.objects[id.0 as usize]
    }

    fn obj_mut(&mut self, id: ObjId) -> &mut Object {
        &mut self.objects[id.0 as usize]
    }

    fn record(&mut self, e: &ast::Expr, mode: Mode, ty: TypeId) {
        let i = e.id.0 as usize;
        if self.info.exprs.len() <= i {
            self.info.exprs.resize(i + 1, None);
        }
        self.info.exprs[i] = Some(ExprInfo { mode, ty });
    }

    fn declare_universe(&mut self) {
        use types::well_known as wk;
        let u = self.universe;
        for b in [
            Basic::Bool,
            Basic::Int,
            Basic::Int8,
            Basic::Int16,
            Basic::Int32,
            Basic::Int64,
            Basic::Uint,
            Basic::Uint8,
            Basic::Uint16,
            Basic::Uint32,
            Basic::Uint64,
            Basic::Uintptr,
            Basic::Float32,
            Basic::Float64,
            Basic::Complex64,
            Basic::Complex128,
            Basic::String,
        ] {
            let ty = self.types.basic(b);
            let id = self.new_object(b.name(), ObjKind::TypeName, ty, Span::default());
            self.scopes.insert(u, b.name(), id);
        }
        for (alias, b) in [("byte", Basic::Uint8), ("rune", Basic::Int32)] {
            let ty = self.types.basic(b);
            let id = self.new_object(alias, ObjKind::TypeName, ty, Span::default());
            self.scopes.insert(u, alias, id);
        }
        let any = self.new_object("any", ObjKind::TypeName, wk::EMPTY_INTERFACE, Span::default());
        self.scopes.insert(u, "any", any);
        // type error interface { Error() string }
        let error = self.types.declare_named(None, "error");
        let sig = self.types.func(vec![], vec![wk::STRING], false);
        let iface =
            self.types.intern(Type::Interface(vec![types::Method { name: "Error".into(), sig }]));
        if let Some(n) = self.types.named_id(error) {
            self.types.named_mut(n).underlying = iface;
        }
        let id = self.new_object("error", ObjKind::TypeName, error, Span::default());
        self.scopes.insert(u, "error", id);
        let comparable =
            self.new_object("comparable", ObjKind::TypeName, wk::EMPTY_INTERFACE, Span::default());
        self.scopes.insert(u, "comparable", comparable);
        for (name, value) in [("true", true), ("false", false)] {
            let id = self.new_object(
                name,
                ObjKind::Const(ConstValue::Bool(value)),
                wk::UNTYPED_BOOL,
                Span::default(),
            );
            self.scopes.insert(u, name, id);
        }
        let iota = self.new_object(
            "iota",
            ObjKind::Const(ConstValue::Int(0)),
            wk::UNTYPED_INT,
            Span::default(),
        );
        self.scopes.insert(u, "iota", iota);
        let nil = self.new_object("nil", ObjKind::Nil, wk::UNTYPED_NIL, Span::default());
        self.scopes.insert(u, "nil", nil);
        for (name, b) in Builtin::ALL {
            let id = self.new_object(name, ObjKind::Builtin(b), wk::INVALID, Span::default());
            self.scopes.insert(u, name, id);
        }
    }
}
