//! Generics by instantiation: each generic function, and each method of a generic type, is
//! checked (and later compiled) once per list of type arguments it is used with, with its
//! type parameters bound to those types in a scope of their own. Type arguments a call
//! leaves out are inferred from the arguments, as Go's function argument type inference
//! does: typed arguments are unified with the parameter types, then untyped constants give
//! the remaining parameters their default types.
//!
//! A generic body is checked only as instances of it; Go checks it once against the type
//! parameters' constraints. Valid programs behave the same; an invalid generic body is
//! reported for the type arguments it is used with (and not at all when it is never used).
//!
//! Generics of the simulated standard library (`slices.Sort`, `atomic.Pointer[T]`) are
//! declared without bodies: every instance is served by the runtime's native of that name.

use super::scope::ObjKind;
use super::types::{Basic, NamedMethod, Type, TypeId, well_known as wk};
use super::{Checker, ExprInfo, Info, Mode, ObjId};
use crate::syntax::ast::{self, ExprKind};
use crate::syntax::span::Span;

/// More instances than this end the check: a generic function that instantiates itself
/// with ever larger type arguments would otherwise never stop.
const MAX_INSTANCES: usize = 2_000;

/// One instantiated function or method body with the checker's tables for it.
#[derive(Clone, Debug)]
pub struct Instance {
    /// The instance's function object; its type is the instantiated signature.
    pub obj: ObjId,
    /// The span start of the generic declaration's name, which finds its AST.
    pub decl: u32,
    /// The name Go's tracebacks give it: `main.Map[...]`, `main.(*Stack[...]).Push`.
    pub name: String,
    /// The path of the package declaring the generic: `main`, or one of the simulated
    /// standard library's (whose declarations are in `Checked::stubs`).
    pub pkg: String,
    /// For a method: the instantiated receiver's named type and whether the receiver is a
    /// pointer.
    pub recv: Option<(TypeId, bool)>,
    pub info: Info,
}

/// What a type argument must satisfy.
#[derive(Clone, Debug, Default)]
struct Constraint {
    /// An interface whose methods the type argument must have.
    methods: Option<TypeId>,
    /// The union's terms (`~` or exact, type); `None` allows every type.
    terms: Option<Vec<(bool, TypeId)>>,
    comparable: bool,
}

/// A generic type: its declaration and the methods declared on it.
#[derive(Clone)]
pub(super) struct GenericType<'a> {
    spec: &'a ast::TypeSpec,
    methods: Vec<&'a ast::FuncDecl>,
}

/// An instance whose body still has to be checked.
#[derive(Clone)]
pub(super) struct PendingBody<'a> {
    obj: ObjId,
    decl: &'a ast::FuncDecl,
    scope: usize,
    name: String,
    pkg: String,
    recv: Option<(TypeId, bool)>,
}

/// The generic declarations of the program's packages and their instances so far.
#[derive(Clone, Default)]
pub(super) struct Generics<'a> {
    funcs: litemap::LiteMap<ObjId, &'a ast::FuncDecl>,
    /// The package scope and path each generic was declared in.
    homes: litemap::LiteMap<ObjId, (usize, String)>,
    types: litemap::LiteMap<ObjId, GenericType<'a>>,
    /// (generic object, type arguments) → the instance's function object or named type.
    func_instances: litemap::LiteMap<(ObjId, Vec<TypeId>), ObjId>,
    type_instances: litemap::LiteMap<(ObjId, Vec<TypeId>), TypeId>,
    /// Instantiated named types to their generic type and type arguments.
    origins: litemap::LiteMap<TypeId, (ObjId, Vec<TypeId>)>,
    /// The stand-ins for type parameters while inferring type arguments (a few per
    /// generic function).
    placeholders: Vec<TypeId>,
    /// A generic function's signature over its placeholders.
    signatures: litemap::LiteMap<ObjId, (TypeId, Vec<TypeId>)>,
    /// Named constraint interfaces (with type terms) to their declarations and the scope
    /// they are resolved in (an instance's, for a generic constraint like `PtrTo[T]`).
    constraint_decls: litemap::LiteMap<TypeId, (&'a ast::Expr, usize)>,
    pending: Vec<PendingBody<'a>>,
    pub(super) done: Vec<Instance>,
}

/// The names of a type parameter list, in order, with their constraints.
fn tparams(list: &[ast::Field]) -> Vec<(&ast::Ident, &ast::Expr)> {
    list.iter().flat_map(|f| f.names.iter().map(move |n| (n, &f.ty))).collect()
}

/// The names (and spans) a type parameter list declares.
fn names_of(list: &[ast::Field]) -> Vec<(&str, Span)> {
    list.iter().flat_map(|f| f.names.iter().map(|n| (n.name.as_str(), n.span))).collect()
}

/// Whether an interface element is a type term (`~int`, `int | string`, `int`) rather than
/// a method or an embedded interface name.
fn is_term(e: &ast::Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Binary { op: ast::BinaryOp::Or, .. }
            | ExprKind::Unary { op: ast::UnaryOp::Tilde, .. }
            | ExprKind::SliceType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::ArrayType { .. }
            | ExprKind::ChanType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::StructType { .. }
            | ExprKind::Unary { op: ast::UnaryOp::Star, .. }
    )
}

impl<'a> Checker<'a> {
    /// Registers a generic function declaration (collected, not resolved).
    pub(super) fn declare_generic_func(&mut self, f: &'a ast::FuncDecl, id: ObjId) {
        self.generics.funcs.insert(id, f);
        self.generics.homes.insert(id, (self.pkg_scope, self.pkg_path.clone()));
    }

    /// Registers a generic type declaration.
    pub(super) fn declare_generic_type(&mut self, spec: &'a ast::TypeSpec, id: ObjId) {
        self.generics.types.insert(id, GenericType { spec, methods: Vec::new() });
        self.generics.homes.insert(id, (self.pkg_scope, self.pkg_path.clone()));
    }

    /// The package scope a generic was declared in.
    fn home_scope(&self, g: ObjId) -> usize {
        self.generics.homes.get(&g).map_or(self.pkg_scope, |h| h.0)
    }

    /// Whether a function declaration is generic: a function with type parameters or a
    /// method of a generic type (checked only as instances).
    pub(super) fn generic_decl(&self, f: &ast::FuncDecl) -> bool {
        if !f.type_params.is_empty() {
            return true;
        }
        let Some((base, _)) = f.recv_base() else { return false };
        let x = match &base.unparen().kind {
            ExprKind::Index { x, .. } => x,
            _ => base,
        };
        let ExprKind::Name(n) = &x.unparen().kind else { return false };
        self.scopes
            .lookup(self.pkg_scope, n)
            .is_some_and(|id| self.generics.types.contains_key(&id))
    }

    /// Whether `id` is a generic function or type (usable only instantiated).
    pub(super) fn is_generic(&self, id: ObjId) -> bool {
        self.generics.funcs.contains_key(&id) || self.generics.types.contains_key(&id)
    }

    /// Remembers a named interface whose declaration has type terms, for constraints.
    pub(super) fn note_constraint_decl(&mut self, ty: TypeId, e: &'a ast::Expr) {
        self.note_constraint_in(ty, e, self.pkg_scope);
    }

    fn note_constraint_in(&mut self, ty: TypeId, e: &'a ast::Expr, scope: usize) {
        if let ExprKind::InterfaceType { elems } = &e.kind
            && elems.iter().any(|el| matches!(el, ast::InterfaceElem::Embedded(x) if is_term(x)))
        {
            self.generics.constraint_decls.insert(ty, (e, scope));
        }
    }

    /// The generic object a name or `pkg.Name` refers to, if any.
    fn generic_named(&self, e: &ast::Expr) -> Option<ObjId> {
        let id = match &e.unparen().kind {
            ExprKind::Name(n) => self.scopes.lookup(self.current_scope(), n)?,
            ExprKind::Selector { x, sel } => {
                let ExprKind::Name(pkg) = &x.kind else { return None };
                if self.scopes.lookup(self.current_scope(), pkg).is_some() {
                    return None;
                }
                let (path, _, _) = self.imports.get(pkg.as_str())?;
                *self.packages.get(path.as_str())?.members.get(&sel.name)?
            }
            _ => return None,
        };
        self.is_generic(id).then_some(id)
    }

    /// A method declared on a generic type (`func (s *Stack[T]) Push(v T)`): kept for
    /// every instance of the type. Returns false when the receiver is not a generic type.
    pub(super) fn declare_generic_method(
        &mut self,
        f: &'a ast::FuncDecl,
        base: &ast::Expr,
    ) -> bool {
        let x = match &base.unparen().kind {
            ExprKind::Index { x, .. } => x,
            ExprKind::Name(_) => base,
            _ => return false,
        };
        let Some(g) = self.generic_named(x) else { return false };
        let Some(gt) = self.generics.types.get_mut(&g) else { return false };
        if let ExprKind::Index { indices, .. } = &base.unparen().kind
            && indices.len() == tparams(&gt.spec.type_params).len()
        {
            gt.methods.push(f);
        } else {
            let spec = gt.spec;
            let text = self.generic_text(spec);
            self.error(base.span, format!("cannot use generic type {text} without instantiation"));
        }
        true
    }

    /// `Stack[T any]`, as Go names a generic type in messages.
    fn generic_text(&self, spec: &ast::TypeSpec) -> String {
        let params: Vec<String> = spec
            .type_params
            .iter()
            .map(|f| {
                let names: Vec<&str> = f.names.iter().map(|n| n.name.as_str()).collect();
                format!("{} {}", names.join(", "), self.expr_text(&f.ty))
            })
            .collect();
        format!("{}[{}]", spec.name.name, params.join(", "))
    }

    /// The error for a generic name used without type arguments.
    pub(super) fn generic_without_instantiation(&mut self, e: &ast::Expr, id: ObjId) {
        if let Some(gt) = self.generics.types.get(&id) {
            let text = self.generic_text(gt.spec);
            self.error(e.span, format!("cannot use generic type {text} without instantiation"));
        } else {
            let name = self.obj(id).name.clone();
            self.error(e.span, format!("cannot use generic function {name} without instantiation"));
        }
    }

    /// A scope (inside the package scope) binding type parameter names to types.
    fn tparam_scope(&mut self, g: ObjId, names: &[(&str, Span)], targs: &[TypeId]) -> usize {
        let home = self.home_scope(g);
        let scope = self.scopes.push(Some(home));
        for (&(n, span), &t) in names.iter().zip(targs) {
            let id = self.new_object(n, ObjKind::TypeName, t, span);
            self.obj_mut(id).used = true;
            if n != "_" {
                self.scopes.insert(scope, n, id);
            }
        }
        scope
    }

    /// Runs `f`, which resolves parts of generic `g`'s declaration: when `g` is another
    /// package's, the tables it records go to scratch tables (that file's expression ids are
    /// not this file's).
    fn at_home<T>(&mut self, g: ObjId, f: impl FnOnce(&mut Self) -> T) -> T {
        let Some(home) = self.generics.homes.get(&g).map(|h| h.1.clone()) else { return f(self) };
        if home == self.pkg_path {
            return f(self);
        }
        let saved = std::mem::take(&mut self.info);
        let out = self.in_package(&home, f);
        self.info = saved;
        out
    }

    /// Runs `f` as part of package `path` (its imports resolve qualified names).
    fn in_package<T>(&mut self, path: &str, f: impl FnOnce(&mut Self) -> T) -> T {
        if path == self.pkg_path {
            return f(self);
        }
        let imports = self.package_imports.get(path).cloned().unwrap_or_default();
        let saved_imports = std::mem::replace(&mut self.imports, imports);
        let saved_path = std::mem::replace(&mut self.pkg_path, path.to_string());
        let out = f(self);
        self.pkg_path = saved_path;
        self.imports = saved_imports;
        out
    }

    /// Runs `f` with `scope` as the current scope.
    fn in_scope<T>(&mut self, scope: usize, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = std::mem::replace(&mut self.cur_scope, scope);
        let out = f(self);
        self.cur_scope = saved;
        out
    }

    // ----- calls and explicit instantiation of functions -----

    /// The generic function a call's callee names (`F` or `F[A, …]`), with the explicit
    /// type arguments.
    pub(super) fn generic_callee(&self, fun: &'a ast::Expr) -> Option<(ObjId, &'a [ast::Expr])> {
        match &fun.unparen().kind {
            ExprKind::Name(_) | ExprKind::Selector { .. } => {
                let g = self.generic_named(fun)?;
                self.generics.funcs.contains_key(&g).then_some((g, &[][..]))
            }
            ExprKind::Index { x, indices } => {
                let g = self.generic_named(x)?;
                self.generics.funcs.contains_key(&g).then_some((g, indices.as_slice()))
            }
            _ => None,
        }
    }

    /// Records that `fun` (a name, or `F[A]` and its name) denotes instance `inst`.
    fn record_instance_use(&mut self, fun: &'a ast::Expr, g: ObjId, inst: ObjId) {
        self.obj_mut(g).used = true;
        let ty = self.obj(inst).ty;
        let f = fun.unparen();
        let named = match &f.kind {
            ExprKind::Index { x, .. } => {
                self.info.uses.insert(x.unparen().id, inst);
                self.record(x, Mode::Value, ty);
                x.unparen()
            }
            _ => f,
        };
        // `pkg.F`: the package name counts as used.
        if let ExprKind::Selector { x, .. } = &named.kind
            && let ExprKind::Name(pkg) = &x.kind
            && let Some((_, _, used)) = self.imports.get_mut(pkg.as_str())
        {
            *used = true;
            self.record(x, Mode::Package, wk::INVALID);
        }
        self.info.uses.insert(f.id, inst);
        self.record(f, Mode::Value, ty);
        if !std::ptr::eq(f, fun) {
            self.record(fun, Mode::Value, ty);
        }
    }

    /// The types of explicit type arguments; None when one is not a valid type (reported).
    fn type_args(&mut self, indices: &'a [ast::Expr]) -> Option<Vec<TypeId>> {
        let targs: Vec<TypeId> = indices.iter().map(|t| self.resolve_type(t)).collect();
        (!targs.iter().any(|&t| self.types.is_invalid(t))).then_some(targs)
    }

    /// `F[A, B]` as a value: every type argument given.
    pub(super) fn explicit_instance(
        &mut self,
        e: &'a ast::Expr,
        g: ObjId,
        indices: &'a [ast::Expr],
    ) -> ExprInfo {
        let decl = self.generics.funcs[&g];
        let names = names_of(&decl.type_params);
        let Some(mut targs) = self.type_args(indices) else { return super::expr::invalid() };
        if targs.len() > names.len() {
            self.type_arg_count(e, indices, names.len(), &self.obj(g).name.clone(), "func");
            return super::expr::invalid();
        }
        if targs.len() < names.len() {
            // The rest from the given ones' constraints (`slices.Sort[[]int]` binds E).
            let (_, ph) = self.generic_signature(g);
            let mut bound: Vec<Option<TypeId>> =
                (0..names.len()).map(|i| targs.get(i).copied()).collect();
            self.infer_from_constraints(g, &ph, &mut bound);
            if let Some(k) = bound.iter().position(Option::is_none) {
                let at = match &e.kind {
                    ExprKind::Index { x, .. } => Span::at(x.span.end as usize),
                    _ => e.span,
                };
                self.error_declared(at, format!("cannot infer {}", names[k].0), names[k].1);
                return super::expr::invalid();
            }
            targs = bound.into_iter().flatten().collect();
        }
        let spans: Vec<Span> = indices.iter().map(|t| t.span).collect();
        let Some(inst) = self.instantiate_func(g, &targs, &spans) else {
            return super::expr::invalid();
        };
        self.record_instance_use(e, g, inst);
        ExprInfo { mode: Mode::Value, ty: self.obj(inst).ty }
    }

    fn type_arg_count(
        &mut self,
        e: &ast::Expr,
        given: &[ast::Expr],
        want: usize,
        name: &str,
        what: &str,
    ) {
        if given.len() > want {
            self.error(
                given[want].span,
                format!("got {} type arguments but want {want}", given.len()),
            );
        } else {
            self.error(
                e.span,
                format!(
                    "not enough type arguments for {what} {name}: have {}, want {want}",
                    given.len()
                ),
            );
        }
    }

    /// A call of a generic function: infers the type arguments the call leaves out, then
    /// checks the call against the instance.
    pub(super) fn generic_call(
        &mut self,
        e: &'a ast::Expr,
        fun: &'a ast::Expr,
        g: ObjId,
        explicit: &'a [ast::Expr],
        args: &'a [ast::Expr],
        dots: bool,
    ) -> ExprInfo {
        let decl = self.generics.funcs[&g];
        let params = tparams(&decl.type_params);
        let n = params.len();
        let name = self.obj(g).name.clone();
        let mut bound: Vec<Option<TypeId>> = vec![None; n];
        let mut bad = false;
        for (i, t) in explicit.iter().enumerate() {
            let ty = self.resolve_type(t);
            bad |= self.types.is_invalid(ty);
            if i < n {
                bound[i] = Some(ty);
            }
        }
        if explicit.len() > n {
            self.type_arg_count(e, explicit, n, &name, "func");
            bad = true;
        }
        let (psig, ph) = self.generic_signature(g);
        let sig = self.types.signature(psig).cloned().unwrap_or(super::types::Signature {
            params: vec![],
            results: vec![],
            variadic: false,
        });
        let mut xs = Vec::new();
        // Generic functions passed as arguments are instantiated once the callee is.
        let mut deferred = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let pt = super::call::param_type(&self.types, &sig, i, dots);
            if let Some(ag) = self.generic_func_named(a) {
                deferred.push((i, ag));
                xs.push(ExprInfo { mode: Mode::Value, ty: pt.unwrap_or(wk::INVALID) });
                continue;
            }
            let hint = pt.filter(|&t| !self.mentions(t));
            xs.push(self.value(a, hint));
        }
        if bad || xs.iter().any(|x| x.mode == Mode::Invalid) {
            return super::expr::invalid();
        }
        // Typed arguments first.
        for (i, (a, x)) in args.iter().zip(&xs).enumerate() {
            let Some(pt) = super::call::param_type(&self.types, &sig, i, dots) else { continue };
            if self.types.is_untyped(x.ty)
                || !self.mentions(pt)
                || deferred.iter().any(|d| d.0 == i)
            {
                continue;
            }
            if !self.unify(pt, x.ty, &ph, &mut bound) {
                let (have, text) = (self.types.display(x.ty), self.expr_text(a));
                let want = self.types.display(pt);
                self.error(
                    a.span,
                    format!("in call to {name}, type {have} of {text} does not match {want}"),
                );
                return super::expr::invalid();
            }
        }
        // Then untyped constants, for parameters still unknown: the default type of the
        // "largest" kind among them (int < rune < float).
        for (k, slot) in bound.iter_mut().enumerate() {
            if slot.is_some() {
                continue;
            }
            let mut best: Option<Basic> = None;
            for (i, x) in xs.iter().enumerate() {
                let Some(pt) = super::call::param_type(&self.types, &sig, i, dots) else {
                    continue;
                };
                let Some(b) = self.types.basic_of(x.ty).filter(|b| b.is_untyped()) else {
                    continue;
                };
                if pt != ph[k] || b == Basic::UntypedNil {
                    continue;
                }
                let rank = |b: Basic| match b {
                    Basic::UntypedInt => 1,
                    Basic::UntypedRune => 2,
                    Basic::UntypedFloat => 3,
                    _ => 0,
                };
                if best.is_none_or(|c| rank(b) > rank(c)) {
                    best = Some(b);
                }
            }
            *slot = best.map(|b| self.types.basic(b.default_type()));
        }
        // Core types of constraints (`S ~[]E`): a bound parameter binds those in its term.
        self.infer_from_constraints(g, &ph, &mut bound);
        if let Some(k) = bound.iter().position(Option::is_none) {
            // As Go: at the call's `(`, naming the callee as written (`G[int]`).
            let tp = params[k].0.name.clone();
            let callee = self.expr_text(fun);
            self.error_declared(
                Span::at(fun.span.end as usize),
                format!("in call to {callee}, cannot infer {tp}"),
                params[k].0.span,
            );
            return super::expr::invalid();
        }
        let targs: Vec<TypeId> = bound.into_iter().flatten().collect();
        // An inferred type argument's error points at the call's `(`, as Go's does.
        let paren = Span::at(fun.span.end as usize);
        let spans: Vec<Span> = (0..n).map(|i| explicit.get(i).map_or(paren, |t| t.span)).collect();
        let Some(inst) = self.instantiate_func(g, &targs, &spans) else {
            return super::expr::invalid();
        };
        self.record_instance_use(fun, g, inst);
        let Some(sig) = self.types.signature(self.obj(inst).ty).cloned() else {
            return super::expr::invalid();
        };
        for (i, ag) in deferred {
            let Some(pt) = super::call::param_type(&self.types, &sig, i, dots) else { continue };
            xs[i] = self.generic_value_for(&args[i], ag, pt);
            if xs[i].mode == Mode::Invalid {
                return super::expr::invalid();
            }
        }
        let fname = self.expr_text(fun);
        let context = format!("argument to {fname}");
        self.arguments_checked(e, &sig, args, xs, dots, &fname, &context);
        self.call_result(&sig)
    }

    /// A generic function's signature over stand-ins for its type parameters, for
    /// inference (errors in it are reported by the instances).
    fn generic_signature(&mut self, g: ObjId) -> (TypeId, Vec<TypeId>) {
        if let Some(s) = self.generics.signatures.get(&g) {
            return s.clone();
        }
        let decl = self.generics.funcs[&g];
        let names = names_of(&decl.type_params);
        let ph: Vec<TypeId> = names
            .iter()
            .map(|&(n, _)| {
                let t = self.types.declare_named(None, n);
                if let Some(nid) = self.types.named_id(t) {
                    self.types.named_mut(nid).underlying = wk::EMPTY_INTERFACE;
                }
                self.generics.placeholders.push(t);
                t
            })
            .collect();
        let scope = self.tparam_scope(g, &names, &ph);
        let n_diags = self.diags.len();
        let saved_func = self.func.take();
        let sig = self.at_home(g, |c| c.in_scope(scope, |c| c.signature(&decl.ty, None).0));
        self.func = saved_func;
        self.diags.truncate(n_diags);
        self.generics.signatures.insert(g, (sig, ph.clone()));
        (sig, ph)
    }

    /// Whether a type mentions a type-parameter stand-in.
    fn mentions(&self, t: TypeId) -> bool {
        self.mentions_depth(t, 0)
    }

    fn mentions_depth(&self, t: TypeId, depth: u32) -> bool {
        if depth > 16 {
            return false;
        }
        if self.generics.placeholders.contains(&t) {
            return true;
        }
        let m = |x: &TypeId| self.mentions_depth(*x, depth + 1);
        match self.types.get(t) {
            Type::Named(_) => {
                self.generics.origins.get(&t).is_some_and(|(_, args)| args.iter().any(m))
            }
            Type::Pointer(x) | Type::Slice(x) | Type::Array(_, x) | Type::Chan(_, x) => m(x),
            Type::Map(k, v) => m(k) || m(v),
            Type::Func(s) => s.params.iter().chain(&s.results).any(m),
            Type::Struct(fs) => fs.iter().any(|f| m(&f.ty)),
            Type::Tuple(xs) => xs.iter().any(m),
            Type::Basic(_) | Type::Interface(_) => false,
        }
    }

    /// Unifies parameter type `p` (over the stand-ins `ph`) with argument type `a`,
    /// binding stand-ins in `bound`; false on a mismatch.
    fn unify(&self, p: TypeId, a: TypeId, ph: &[TypeId], bound: &mut [Option<TypeId>]) -> bool {
        self.unify_depth(p, a, ph, bound, 0)
    }

    fn unify_depth(
        &self,
        p: TypeId,
        a: TypeId,
        ph: &[TypeId],
        bound: &mut [Option<TypeId>],
        depth: u32,
    ) -> bool {
        if depth > 16 {
            return true;
        }
        if let Some(k) = ph.iter().position(|&x| x == p) {
            return match bound[k] {
                None => {
                    bound[k] = Some(a);
                    true
                }
                // Inexact unification: a named type and its underlying type literal match,
                // and the named type wins.
                Some(b) if b == a => true,
                Some(b) if self.types.underlying(b) == a => true,
                Some(b) if self.types.underlying(a) == b && self.types.named_id(b).is_none() => {
                    bound[k] = Some(a);
                    true
                }
                Some(_) => false,
            };
        }
        if !self.mentions(p) {
            return true;
        }
        let pt = self.types.get(p).clone();
        let at = match pt {
            Type::Named(_) => self.types.get(a).clone(),
            _ => self.types.under(a).clone(),
        };
        let u = |x: TypeId, y: TypeId, bound: &mut [Option<TypeId>]| {
            self.unify_depth(x, y, ph, bound, depth + 1)
        };
        match (pt, at) {
            (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => {
                u(x, y, bound)
            }
            (Type::Chan(_, x), Type::Chan(_, y)) => u(x, y, bound),
            (Type::Array(n, x), Type::Array(m, y)) => n == m && u(x, y, bound),
            (Type::Map(k1, v1), Type::Map(k2, v2)) => u(k1, k2, bound) && u(v1, v2, bound),
            (Type::Func(s1), Type::Func(s2)) => {
                s1.params.len() == s2.params.len()
                    && s1.results.len() == s2.results.len()
                    && s1.variadic == s2.variadic
                    && s1.params.iter().zip(&s2.params).all(|(x, y)| u(*x, *y, bound))
                    && s1.results.iter().zip(&s2.results).all(|(x, y)| u(*x, *y, bound))
            }
            (Type::Struct(f1), Type::Struct(f2)) => {
                f1.len() == f2.len()
                    && f1.iter().zip(&f2).all(|(x, y)| x.name == y.name && u(x.ty, y.ty, bound))
            }
            (Type::Named(_), Type::Named(_)) => {
                let (Some((g1, args1)), Some((g2, args2))) = (
                    self.generics.origins.get(&p).cloned(),
                    self.generics.origins.get(&a).cloned(),
                ) else {
                    return false;
                };
                g1 == g2 && args1.iter().zip(&args2).all(|(x, y)| u(*x, *y, bound))
            }
            _ => false,
        }
    }

    /// Binds type parameters through constraints with a single term that mentions other
    /// parameters (`S ~[]E` binds `E` once `S` is known).
    fn infer_from_constraints(&mut self, g: ObjId, ph: &[TypeId], bound: &mut [Option<TypeId>]) {
        let decl = self.generics.funcs[&g];
        let params = tparams(&decl.type_params);
        let names = names_of(&decl.type_params);
        let relevant = |c: &ast::Expr| is_term(c) || matches!(c.kind, ExprKind::Index { .. });
        if !params.iter().any(|(_, c)| relevant(c.unparen())) {
            return;
        }
        let scope = self.tparam_scope(g, &names, ph);
        let n_diags = self.diags.len();
        let constraints: Vec<Constraint> = params
            .iter()
            .map(|(_, c)| self.at_home(g, |s| s.in_scope(scope, |s| s.constraint_of(c))))
            .collect();
        self.diags.truncate(n_diags);
        for _ in 0..2 {
            for (k, c) in constraints.iter().enumerate() {
                let Some(&[(tilde, term)]) = c.terms.as_deref() else { continue };
                match bound[k] {
                    Some(b) if self.mentions(term) => {
                        let b = if tilde { self.types.underlying(b) } else { b };
                        self.unify(term, b, ph, bound);
                    }
                    // `PT interface{ *T }` with `T` known: `PT` is `*T`.
                    None => bound[k] = self.subst(term, ph, bound),
                    Some(_) => {}
                }
            }
        }
    }

    /// `t` with the stand-ins `ph` replaced by their bound types; None while one it
    /// mentions is unbound.
    fn subst(&mut self, t: TypeId, ph: &[TypeId], bound: &[Option<TypeId>]) -> Option<TypeId> {
        if let Some(k) = ph.iter().position(|&x| x == t) {
            return bound[k];
        }
        if !self.mentions(t) {
            return Some(t);
        }
        let ty = match self.types.get(t).clone() {
            Type::Pointer(x) => Type::Pointer(self.subst(x, ph, bound)?),
            Type::Slice(x) => Type::Slice(self.subst(x, ph, bound)?),
            Type::Array(n, x) => Type::Array(n, self.subst(x, ph, bound)?),
            Type::Chan(d, x) => Type::Chan(d, self.subst(x, ph, bound)?),
            Type::Map(k, v) => Type::Map(self.subst(k, ph, bound)?, self.subst(v, ph, bound)?),
            Type::Func(sig) => {
                let mut out = sig.clone();
                for p in out.params.iter_mut().chain(out.results.iter_mut()) {
                    *p = self.subst(*p, ph, bound)?;
                }
                Type::Func(out)
            }
            Type::Tuple(xs) => {
                let xs: Option<Vec<TypeId>> =
                    xs.iter().map(|&x| self.subst(x, ph, bound)).collect();
                Type::Tuple(xs?)
            }
            Type::Struct(mut fs) => {
                for f in fs.iter_mut() {
                    f.ty = self.subst(f.ty, ph, bound)?;
                }
                Type::Struct(fs)
            }
            Type::Named(_) => {
                let (g, args) = self.generics.origins.get(&t).cloned()?;
                let args: Option<Vec<TypeId>> =
                    args.iter().map(|&x| self.subst(x, ph, bound)).collect();
                return Some(self.instantiate_type_args(g, args?, &[], Span::default()));
            }
            Type::Basic(_) | Type::Interface(_) => return Some(t),
        };
        Some(self.types.intern(ty))
    }

    /// The generic function a bare name refers to.
    pub(super) fn generic_func_named(&self, e: &ast::Expr) -> Option<ObjId> {
        let g = self.generic_named(e)?;
        self.generics.funcs.contains_key(&g).then_some(g)
    }

    /// A generic function used as a value of type `target` (`var f func(int) int = Id`):
    /// the instance whose signature `target` is.
    pub(super) fn generic_value_for(
        &mut self,
        e: &'a ast::Expr,
        g: ObjId,
        target: TypeId,
    ) -> ExprInfo {
        let (psig, ph) = self.generic_signature(g);
        let mut bound = vec![None; ph.len()];
        let name = self.obj(g).name.clone();
        if !self.unify(psig, target, &ph, &mut bound) || bound.iter().any(Option::is_none) {
            let k = bound.iter().position(Option::is_none).unwrap_or(0);
            let decl = self.generics.funcs[&g];
            let Some(&(tp, at)) = names_of(&decl.type_params).get(k) else {
                return super::expr::invalid();
            };
            self.error_declared(e.span, format!("in call to {name}, cannot infer {tp}"), at);
            return super::expr::invalid();
        }
        let targs: Vec<TypeId> = bound.into_iter().flatten().collect();
        let spans = vec![e.span; targs.len()];
        let Some(inst) = self.instantiate_func(g, &targs, &spans) else {
            return super::expr::invalid();
        };
        self.record_instance_use(e, g, inst);
        ExprInfo { mode: Mode::Value, ty: self.obj(inst).ty }
    }

    /// The instance of generic function `g` for `targs` (made and queued on first use);
    /// None when a type argument does not satisfy its constraint (reported at `spans`).
    fn instantiate_func(&mut self, g: ObjId, targs: &[TypeId], spans: &[Span]) -> Option<ObjId> {
        let key = (g, targs.to_vec());
        if let Some(&id) = self.generics.func_instances.get(&key) {
            return Some(id);
        }
        let decl = self.generics.funcs[&g];
        let params = tparams(&decl.type_params);
        let names = names_of(&decl.type_params);
        let scope = self.tparam_scope(g, &names, targs);
        if !self.satisfied(g, scope, &params, targs, spans) {
            return None;
        }
        if self.too_many_instances(decl.name.span) {
            return None;
        }
        let saved_func = self.func.take();
        let sig = self.at_home(g, |c| c.in_scope(scope, |c| c.signature(&decl.ty, None).0));
        self.func = saved_func;
        let name = self.obj(g).name.clone();
        let has_body = decl.body.is_some();
        let id = self.new_object(&name, ObjKind::Func { has_body }, sig, decl.name.span);
        self.obj_mut(id).used = true;
        self.obj_mut(id).package = self.obj(g).package.clone();
        self.generics.func_instances.insert(key, id);
        if !has_body {
            // A generic function of the simulated standard library: the runtime's native
            // of the same name serves every instance.
            return Some(id);
        }
        let pkg = self.obj(g).package.clone();
        let short = pkg.rsplit('/').next().unwrap_or("main");
        self.generics.pending.push(PendingBody {
            obj: id,
            decl,
            scope,
            name: format!("{short}.{name}[...]"),
            pkg,
            recv: None,
        });
        Some(id)
    }

    fn too_many_instances(&mut self, at: Span) -> bool {
        let n = self.generics.func_instances.len() + self.generics.type_instances.len();
        if n >= MAX_INSTANCES {
            if n == MAX_INSTANCES {
                self.unsupported(
                    at,
                    format!("more than {MAX_INSTANCES} instantiations of generics"),
                );
            }
            return true;
        }
        false
    }

    /// Whether each type argument satisfies its parameter's constraint (resolved in
    /// `scope`, where the parameters are bound); reports the first that does not.
    fn satisfied(
        &mut self,
        g: ObjId,
        scope: usize,
        params: &[(&'a ast::Ident, &'a ast::Expr)],
        targs: &[TypeId],
        spans: &[Span],
    ) -> bool {
        for (i, ((_, c), &t)) in params.iter().zip(targs).enumerate() {
            let constraint = self.at_home(g, |s| s.in_scope(scope, |s| s.constraint_of(c)));
            if let Err(why) = self.satisfies(t, &constraint, c) {
                let at = spans.get(i).copied().unwrap_or_default();
                self.error(at, why);
                return false;
            }
        }
        true
    }

    /// The constraint a type parameter's constraint expression denotes.
    fn constraint_of(&mut self, e: &'a ast::Expr) -> Constraint {
        let e = e.unparen();
        match &e.kind {
            ExprKind::Binary { op: ast::BinaryOp::Or, x, y } => {
                let (a, b) = (self.constraint_of(x), self.constraint_of(y));
                let mut terms = a.terms.unwrap_or_default();
                terms.extend(b.terms.unwrap_or_default());
                Constraint { terms: Some(terms), ..Constraint::default() }
            }
            ExprKind::Unary { op: ast::UnaryOp::Tilde, x } => {
                let t = self.resolve_type(x);
                Constraint { terms: Some(vec![(true, t)]), ..Constraint::default() }
            }
            ExprKind::Name(n)
                if n == "comparable"
                    && self
                        .scopes
                        .lookup(self.current_scope(), n)
                        .is_some_and(|id| self.obj(id).package.is_empty()) =>
            {
                self.record(e, Mode::Type, wk::EMPTY_INTERFACE);
                Constraint { comparable: true, ..Constraint::default() }
            }
            ExprKind::InterfaceType { elems } => {
                let mut out = Constraint::default();
                let mut has_methods = false;
                for el in elems {
                    match el {
                        ast::InterfaceElem::Method { .. } => has_methods = true,
                        ast::InterfaceElem::Embedded(x) => {
                            let c = self.constraint_of(x);
                            out = self.intersect(out, c);
                        }
                    }
                }
                if has_methods {
                    let t = self.resolve_type(e);
                    let c = Constraint { methods: Some(t), ..Constraint::default() };
                    out = self.intersect(out, c);
                }
                out
            }
            _ => {
                let t = self.resolve_type(e);
                if let Some(&(decl, scope)) = self.generics.constraint_decls.get(&t) {
                    // The declaration may be another file's: its tables are scratch.
                    let saved = std::mem::take(&mut self.info);
                    let c = self.in_scope(scope, |c| c.constraint_of(decl));
                    self.info = saved;
                    return c;
                }
                match self.types.under(t) {
                    Type::Interface(ms) if ms.is_empty() => Constraint::default(),
                    Type::Interface(_) => Constraint { methods: Some(t), ..Constraint::default() },
                    _ if self.types.is_invalid(t) => Constraint::default(),
                    _ => Constraint { terms: Some(vec![(false, t)]), ..Constraint::default() },
                }
            }
        }
    }

    /// Both constraints at once.
    fn intersect(&mut self, a: Constraint, b: Constraint) -> Constraint {
        let terms = match (a.terms, b.terms) {
            (Some(x), Some(y)) => {
                Some(x.into_iter().filter(|t| y.iter().any(|u| self.term_covers(*u, *t))).collect())
            }
            (x, y) => x.or(y),
        };
        let methods = match (a.methods, b.methods) {
            (Some(x), Some(y)) => {
                let (Type::Interface(mx), Type::Interface(my)) =
                    (self.types.under(x).clone(), self.types.under(y).clone())
                else {
                    return Constraint {
                        terms,
                        methods: Some(x),
                        comparable: a.comparable || b.comparable,
                    };
                };
                let mut all = mx;
                for m in my {
                    if !all.iter().any(|o| o.name == m.name) {
                        all.push(m);
                    }
                }
                crate::sorting::sort_by(&mut all, |p, q| p.name.cmp(&q.name));
                Some(self.types.intern(Type::Interface(all)))
            }
            (x, y) => x.or(y),
        };
        Constraint { terms, methods, comparable: a.comparable || b.comparable }
    }

    /// Whether term `u` admits every type term `t` admits.
    fn term_covers(&self, u: (bool, TypeId), t: (bool, TypeId)) -> bool {
        match (u.0, t.0) {
            (true, _) => self.types.underlying(u.1) == self.types.underlying(t.1),
            (false, false) => u.1 == t.1,
            (false, true) => false,
        }
    }

    /// Whether type argument `t` satisfies `c`; otherwise Go's message.
    fn satisfies(&self, t: TypeId, c: &Constraint, ce: &ast::Expr) -> Result<(), String> {
        if self.types.is_invalid(t) {
            return Ok(());
        }
        let shown = self.types.display(t);
        let cname = self.expr_text(ce);
        if let Some(terms) = &c.terms
            && !terms.iter().any(|&u| self.term_covers(u, (false, t)))
        {
            let list: Vec<String> = terms
                .iter()
                .map(|(tilde, u)| {
                    format!("{}{}", if *tilde { "~" } else { "" }, self.types.display(*u))
                })
                .collect();
            let list = list.join(" | ");
            return Err(format!("{shown} does not satisfy {cname} ({shown} missing in {list})"));
        }
        if c.comparable && !self.comparable(t) {
            return Err(format!("{shown} does not satisfy comparable"));
        }
        if let Some(m) = c.methods
            && let Err(why) = self.implements(t, m)
        {
            return Err(format!("{shown} does not satisfy {cname} {why}"));
        }
        Ok(())
    }

    // ----- generic types -----

    /// The named type `G[A, …]` (made on first use, with its methods queued).
    pub(super) fn instantiate_type(
        &mut self,
        e: &'a ast::Expr,
        g: ObjId,
        indices: &'a [ast::Expr],
    ) -> TypeId {
        let Some(targs) = self.type_args(indices) else { return wk::INVALID };
        let gt = self.generics.types[&g].clone();
        if targs.len() != tparams(&gt.spec.type_params).len() {
            let name = self.obj(g).name.clone();
            self.type_arg_count(e, indices, tparams(&gt.spec.type_params).len(), &name, "type");
            return wk::INVALID;
        }
        let spans: Vec<Span> = indices.iter().map(|t| t.span).collect();
        self.instantiate_type_args(g, targs, &spans, e.span)
    }

    /// The named type `G[targs…]` (made on first use, with its methods queued); `spans`
    /// place constraint errors.
    fn instantiate_type_args(
        &mut self,
        g: ObjId,
        targs: Vec<TypeId>,
        spans: &[Span],
        at: Span,
    ) -> TypeId {
        let gt = self.generics.types[&g].clone();
        let params = tparams(&gt.spec.type_params);
        let key = (g, targs.clone());
        if let Some(&t) = self.generics.type_instances.get(&key) {
            return t;
        }
        let names = names_of(&gt.spec.type_params);
        let scope = self.tparam_scope(g, &names, &targs);
        let stand_in = targs.iter().any(|&t| self.mentions(t));
        if !stand_in
            && (!self.satisfied(g, scope, &params, &targs, spans) || self.too_many_instances(at))
        {
            return wk::INVALID;
        }
        if gt.spec.alias {
            // Go 1.24's generic alias: the right-hand side with the arguments substituted.
            let saved_func = self.func.take();
            let t = self.at_home(g, |c| c.in_scope(scope, |c| c.resolve_type(&gt.spec.ty)));
            self.func = saved_func;
            self.generics.type_instances.insert(key, t);
            return t;
        }
        let pkg = self.obj(g).package.clone();
        let ty = self.types.declare_named(Some(&pkg), &gt.spec.name.name);
        if let Some(nid) = self.types.named_id(ty) {
            self.types.named_mut(nid).args = targs.clone();
        }
        self.generics.type_instances.insert(key, ty);
        self.generics.origins.insert(ty, (g, targs.clone()));
        let saved_func = self.func.take();
        let rhs = self.at_home(g, |c| c.in_scope(scope, |c| c.resolve_type(&gt.spec.ty)));
        self.func = saved_func;
        let under = self.types.underlying(rhs);
        if let Some(nid) = self.types.named_id(ty) {
            self.types.named_mut(nid).underlying = under;
        }
        self.note_constraint_in(ty, &gt.spec.ty, scope);
        if !stand_in {
            for f in gt.methods {
                self.instantiate_method(g, ty, &targs, f);
            }
        }
        ty
    }

    /// Declares method `f` of a generic type on its instance `ty` and queues its body.
    fn instantiate_method(&mut self, g: ObjId, ty: TypeId, targs: &[TypeId], f: &'a ast::FuncDecl) {
        let Some((base, pointer)) = f.recv_base() else { return };
        let ExprKind::Index { indices, .. } = &base.unparen().kind else { return };
        let names: Vec<(&str, Span)> = indices
            .iter()
            .map(|i| match &i.kind {
                ExprKind::Name(n) => (n.as_str(), i.span),
                _ => ("_", i.span),
            })
            .collect();
        let scope = self.tparam_scope(g, &names, targs);
        let saved_func = self.func.take();
        let sig = self.at_home(g, |c| c.in_scope(scope, |c| c.signature(&f.ty, None).0));
        self.func = saved_func;
        let has_body = f.body.is_some();
        let id = self.new_object(&f.name.name, ObjKind::Func { has_body }, sig, f.name.span);
        self.obj_mut(id).used = true;
        self.obj_mut(id).package = self.obj(g).package.clone();
        let Some(nid) = self.types.named_id(ty) else { return };
        if self.types.named(nid).methods.iter().any(|m| m.name == f.name.name) {
            let shown = self.types.display(ty);
            self.error(f.name.span, format!("method {shown}.{} already declared", f.name.name));
            return;
        }
        self.types.named_mut(nid).methods.push(NamedMethod {
            name: f.name.name.clone(),
            sig,
            pointer_receiver: pointer,
            obj: id.0,
        });
        if !has_body {
            // A method of a generic type of the simulated standard library: a native.
            return;
        }
        let base_name = self.types.named(nid).name.clone();
        let pkg = self.obj(g).package.clone();
        let short = pkg.rsplit('/').next().unwrap_or("main");
        let name = if pointer {
            format!("{short}.(*{base_name}[...]).{}", f.name.name)
        } else {
            format!("{short}.{base_name}[...].{}", f.name.name)
        };
        self.generics.pending.push(PendingBody {
            obj: id,
            decl: f,
            scope,
            name,
            pkg,
            recv: Some((ty, pointer)),
        });
    }

    /// `G[A]` where `G` may be a generic type: the instance, if it is one.
    pub(super) fn generic_type_index(
        &mut self,
        e: &'a ast::Expr,
        x: &'a ast::Expr,
        indices: &'a [ast::Expr],
    ) -> Option<TypeId> {
        let g = self.generic_named(x)?;
        if !self.generics.types.contains_key(&g) {
            return None;
        }
        self.obj_mut(g).used = true;
        match &x.unparen().kind {
            ExprKind::Name(_) => {
                self.info.uses.insert(x.unparen().id, g);
            }
            ExprKind::Selector { x: pkg, .. } => {
                if let ExprKind::Name(p) = &pkg.kind
                    && let Some((_, _, used)) = self.imports.get_mut(p.as_str())
                {
                    *used = true;
                }
                self.record(pkg, Mode::Package, wk::INVALID);
            }
            _ => {}
        }
        Some(self.instantiate_type(e, g, indices))
    }

    /// Checks the bodies of every instance made so far (and of those they make).
    pub(super) fn check_instances(&mut self) {
        while let Some(p) = self.generics.pending.pop() {
            let saved_info = std::mem::take(&mut self.info);
            self.info.defs.insert(p.decl.name.span.start, p.obj);
            let saved_parent = self.body_parent.replace(p.scope);
            let saved_func = self.func.take();
            self.in_package(&p.pkg.clone(), |c| c.in_scope(p.scope, |c| c.func_body(p.decl)));
            self.func = saved_func;
            self.body_parent = saved_parent;
            let info = std::mem::replace(&mut self.info, saved_info);
            self.generics.done.push(Instance {
                obj: p.obj,
                decl: p.decl.name.span.start,
                name: p.name,
                pkg: p.pkg,
                recv: p.recv,
                info,
            });
        }
    }
}
