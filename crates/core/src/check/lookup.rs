//! Field and method lookup through embedded fields, method sets, and whether a type
//! implements an interface.

use super::scope::ObjKind;
use super::types::{Type, TypeId, well_known as wk};
use super::{Checker, ExprInfo, Mode, ObjId};
use crate::syntax::ast;

/// What a selector `x.sel` selects.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SelectionKind {
    /// A struct field, reached through `path`.
    Field,
    /// A method of a named type (`obj` is its object), or of an interface (`obj` is `None`).
    Method,
}

/// The result of looking a selector up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selection {
    pub kind: SelectionKind,
    /// Field indices from `x` to the selected field, or to the embedded value whose method it is.
    pub path: Vec<usize>,
    /// The type the selection is found in: the struct type of the field's parent, or the
    /// receiver's named (or interface) type.
    pub recv: TypeId,
    /// The method's object, when it is a method declared on a named type.
    pub method: Option<ObjId>,
    pub pointer_receiver: bool,
    /// The selected field's type, or the method's signature without receiver.
    pub ty: TypeId,
    /// Whether a pointer is dereferenced on the way (so the field is addressable).
    pub indirect: bool,
}

impl<'a> Checker<'a> {
    /// Looks up `name` in type `ty`: fields and methods at the shallowest embedding depth.
    pub(super) fn lookup(&self, ty: TypeId, name: &str) -> Option<Selection> {
        self.lookup_where(ty, &|n| n == name).map(|(s, _)| s)
    }

    /// A field or method of `ty` whose name matches `name` but for case, with that name:
    /// what Go's "but does have field F" points to.
    /// (ASCII case only: Go folds all of Unicode, and the bundle would carry its case tables
    /// for names that differ in the case of a non-ASCII letter.)
    fn lookup_fold_case(&self, ty: TypeId, name: &str) -> Option<(Selection, String)> {
        self.lookup_where(ty, &|n| n.eq_ignore_ascii_case(name))
    }

    /// `lookup` for the first name `matches` accepts, with the name found (one copy of the
    /// search serves both matches).
    fn lookup_where(
        &self,
        ty: TypeId,
        matches: &dyn Fn(&str) -> bool,
    ) -> Option<(Selection, String)> {
        let (base, mut indirect) = match self.types.get(ty) {
            Type::Pointer(elem) => (*elem, true),
            _ => match self.types.under(ty) {
                Type::Pointer(elem) if self.types.named_id(ty).is_some() => (*elem, true),
                _ => (ty, false),
            },
        };
        // Breadth-first over embedded fields: (type, path, indirect).
        let mut level = vec![(base, Vec::new(), indirect)];
        for _depth in 0..8 {
            let mut next = Vec::new();
            let mut found: Option<(Selection, String)> = None;
            for (t, path, ind) in &level {
                indirect = *ind;
                if let Some(n) = self.types.named_id(*t)
                    && let Some(m) = self.types.named(n).methods.iter().find(|m| matches(&m.name))
                {
                    if found.is_none() {
                        let sel = Selection {
                            kind: SelectionKind::Method,
                            path: path.clone(),
                            recv: *t,
                            method: Some(ObjId(m.obj)),
                            pointer_receiver: m.pointer_receiver,
                            ty: m.sig,
                            indirect,
                        };
                        found = Some((sel, m.name.clone()));
                    }
                    continue;
                }
                match self.types.under(*t) {
                    Type::Struct(fields) => {
                        for (i, f) in fields.iter().enumerate() {
                            let mut p = path.clone();
                            p.push(i);
                            if found.is_none() && matches(&f.name) {
                                let sel = Selection {
                                    kind: SelectionKind::Field,
                                    path: p.clone(),
                                    recv: *t,
                                    method: None,
                                    pointer_receiver: false,
                                    ty: f.ty,
                                    indirect,
                                };
                                found = Some((sel, f.name.clone()));
                            }
                            if f.embedded {
                                let (et, eind) = match self.types.get(f.ty) {
                                    Type::Pointer(e) => (*e, true),
                                    _ => (f.ty, indirect),
                                };
                                next.push((et, p, eind));
                            }
                        }
                    }
                    Type::Interface(methods) => {
                        if let Some(m) = methods.iter().find(|m| matches(&m.name))
                            && found.is_none()
                        {
                            let sel = Selection {
                                kind: SelectionKind::Method,
                                path: path.clone(),
                                recv: *t,
                                method: None,
                                pointer_receiver: false,
                                ty: m.sig,
                                indirect,
                            };
                            found = Some((sel, m.name.clone()));
                        }
                    }
                    _ => {}
                }
            }
            if found.is_some() {
                return found;
            }
            if next.is_empty() {
                return None;
            }
            level = next;
        }
        None
    }

    /// `x.sel`: a qualified identifier, a field, or a method value.
    pub(super) fn selector(
        &mut self,
        e: &'a ast::Expr,
        x: &'a ast::Expr,
        sel: &'a ast::Ident,
    ) -> ExprInfo {
        if let ast::ExprKind::Name(pkg) = &x.kind {
            let scope = self.current_scope();
            let shadowed = self.scopes.lookup(scope, pkg).is_some();
            if !shadowed && let Some((path, _, used)) = self.imports.get_mut(pkg.as_str()) {
                *used = true;
                let path = path.clone();
                self.record(x, Mode::Package, wk::INVALID);
                return self.qualified(e, pkg, &path, sel);
            }
        }
        let xi = self.expr_or_type(x);
        match xi.mode {
            Mode::Invalid => return super::expr::invalid(),
            Mode::Type => return self.method_expr(e, xi.ty, sel),
            _ => {}
        }
        let xi = self.single_value(x, xi);
        // A variable whose declaration failed has no type to report against (Go stays silent).
        if xi.mode == Mode::Invalid || self.types.is_invalid(xi.ty) {
            return super::expr::invalid();
        }
        let Some(s) = self.lookup(xi.ty, &sel.name) else {
            let text = self.expr_text(e);
            let shown = self.types.display(xi.ty);
            let what = if matches!(self.types.under(xi.ty), Type::Pointer(p) if self.types.is_interface(*p))
            {
                format!("type {shown} is pointer to interface, not interface")
            } else {
                let mut what = format!("type {shown} has no field or method {}", sel.name);
                if let Some((s, name)) = self.lookup_fold_case(xi.ty, &sel.name) {
                    let kind = if s.kind == SelectionKind::Field { "field" } else { "method" };
                    // Another package's unexported name, spelled otherwise only in case.
                    let home = self
                        .types
                        .named_id(s.recv)
                        .and_then(|n| self.types.named(n).package.clone());
                    let foreign = home.is_some_and(|p| p != self.pkg_path);
                    let unexported = name.starts_with(|c: char| !c.is_uppercase());
                    let which = if foreign && unexported { "unexported " } else { "" };
                    what.push_str(&format!(", but does have {which}{kind} {name}"));
                }
                what
            };
            self.error(sel.span, format!("{text} undefined ({what})"));
            return super::expr::invalid();
        };
        if self.is_foreign_unexported(&s, &sel.name) {
            let text = self.expr_text(e);
            let what = if s.kind == SelectionKind::Field { "field" } else { "method" };
            self.error(
                sel.span,
                format!("{text} undefined (cannot refer to unexported {what} {})", sel.name),
            );
            return super::expr::invalid();
        }
        let mode = match s.kind {
            SelectionKind::Field if xi.mode == Mode::Variable || s.indirect => Mode::Variable,
            _ => Mode::Value,
        };
        let ty = s.ty;
        self.info.selections.insert(e.id, s);
        ExprInfo { mode, ty }
    }

    fn is_foreign_unexported(&self, s: &Selection, name: &str) -> bool {
        let exported = name.chars().next().is_some_and(char::is_uppercase);
        if exported {
            return false;
        }
        let owner = match s.kind {
            SelectionKind::Method => s.method.map(|m| self.obj(m).package.clone()),
            SelectionKind::Field => {
                self.types.named_id(s.recv).and_then(|n| self.types.named(n).package.clone())
            }
        };
        owner.is_some_and(|p| p != self.pkg_path)
    }

    fn qualified(&mut self, e: &ast::Expr, pkg: &str, path: &str, sel: &ast::Ident) -> ExprInfo {
        let member = self.packages.get(path).and_then(|p| p.members.get(&sel.name)).copied();
        let exported = sel.name.chars().next().is_some_and(char::is_uppercase);
        let Some(id) = member.filter(|_| exported) else {
            if exported || member.is_none() {
                self.error(sel.span, format!("undefined: {pkg}.{}", sel.name));
            } else {
                self.error(sel.span, format!("name {} not exported by package {pkg}", sel.name));
            }
            return super::expr::invalid();
        };
        self.info.uses.insert(e.id, id);
        let o = self.obj(id);
        let ty = o.ty;
        let mode = match &o.kind {
            ObjKind::Var { .. } => Mode::Variable,
            ObjKind::Const(v) => Mode::Const(v.clone()),
            ObjKind::TypeName => Mode::Type,
            _ => Mode::Value,
        };
        ExprInfo { mode, ty }
    }

    /// `T.Method` as a function value whose first parameter is the receiver.
    fn method_expr(&mut self, e: &'a ast::Expr, ty: TypeId, sel: &ast::Ident) -> ExprInfo {
        let Some(s) = self.lookup(ty, &sel.name).filter(|s| s.kind == SelectionKind::Method) else {
            let text = self.expr_text(e);
            let shown = self.types.display(ty);
            self.error(
                sel.span,
                format!("{text} undefined (type {shown} has no method {})", sel.name),
            );
            return super::expr::invalid();
        };
        let Some(sig) = self.types.signature(s.ty).cloned() else { return super::expr::invalid() };
        let mut params = vec![ty];
        params.extend(sig.params);
        let fty = self.types.func(params, sig.results, sig.variadic);
        self.info.selections.insert(e.id, s);
        ExprInfo { mode: Mode::Value, ty: fty }
    }

    /// Whether `ty` implements interface `iface`; otherwise the reason, worded as Go does.
    pub(super) fn implements(&self, ty: TypeId, iface: TypeId) -> Result<(), String> {
        let Type::Interface(methods) = self.types.under(iface).clone() else { return Ok(()) };
        let is_ptr = matches!(self.types.get(ty), Type::Pointer(_));
        for m in &methods {
            let Some(s) = self.lookup(ty, &m.name).filter(|s| s.kind == SelectionKind::Method)
            else {
                return Err(format!("(missing method {})", m.name));
            };
            if s.pointer_receiver && !is_ptr && !s.indirect && !self.types.is_interface(ty) {
                return Err(format!("(method {} has pointer receiver)", m.name));
            }
            if !self.identical(s.ty, m.sig) {
                let have = self.types.display(s.ty).replacen("func", &m.name, 1);
                let want = self.types.display(m.sig).replacen("func", &m.name, 1);
                return Err(format!(
                    "(wrong type for method {})\n\t\thave {have}\n\t\twant {want}",
                    m.name
                ));
            }
        }
        Ok(())
    }
}
