//! Package-level declarations: imports, then every type, constant, variable and function of
//! a file collected into the package scope, resolved on demand (so order does not matter),
//! and finally the function bodies.

use super::constant::ConstValue;
use super::scope::ObjKind;
use super::stdlib;
use super::types::{NamedMethod, Type, TypeId, well_known as wk};
use super::{Checker, Info, Mode, ObjId, PackageInfo, Pending};
use crate::syntax::ast::{self, Decl};
use crate::syntax::span::Span;

impl<'a> Checker<'a> {
    pub(super) fn check_package(&mut self, file: &'a ast::File, path: &str, stub: bool) {
        self.pkg_path = path.to_string();
        self.stub = stub;
        self.pkg_scope = self.scopes.push(Some(self.universe));
        self.cur_scope = self.pkg_scope;
        self.imports.clear();
        self.pending.clear();
        self.info = Info::default();
        self.info.exprs.resize(file.n_exprs as usize, None);

        if !stub && file.package.name != "main" && file.package.name != "_" {
            self.unsupported(
                file.package.span,
                format!("package {} (only package main can run)", file.package.name),
            );
        }
        for decl in &file.decls {
            if let Decl::Import(group) = decl {
                for spec in &group.specs {
                    self.import(spec);
                }
            }
        }
        let order = self.collect(file);
        for id in order {
            self.resolve_pending(id);
        }
        for decl in &file.decls {
            if let Decl::Func(f) = decl
                && !self.generic_decl(f)
            {
                self.func_body(f);
            }
        }
        self.check_instances();
        let unused: Vec<(String, Span)> = self
            .imports
            .iter()
            .filter(|(_, (_, _, used))| !used)
            .map(|(_, (p, s, _))| (p.clone(), *s))
            .collect();
        // A stub's generic signatures are resolved per instance, after this point, so its
        // imports may look unused here.
        for (path, span) in unused.into_iter().filter(|_| !stub) {
            self.error(span, format!("{path:?} imported and not used"));
        }
        self.package_imports.insert(path.to_string(), self.imports.clone());
        let has_bodies = file
            .decls
            .iter()
            .any(|d| matches!(d, Decl::Func(f) if f.body.is_some() && !self.generic_decl(f)));
        if stub && has_bodies {
            self.stub_infos.insert(path.to_string(), std::mem::take(&mut self.info));
        }
        let members = self.scopes.scopes[self.pkg_scope].names.clone();
        self.packages
            .insert(path.to_string(), PackageInfo { name: file.package.name.clone(), members });
    }

    fn import(&mut self, spec: &'a ast::ImportSpec) {
        let Some(lit) = &spec.path else { return };
        let path = crate::syntax::literal::decode_string(&lit.text)
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default();
        if path == "unsafe" || path == "C" {
            self.unsupported(lit.span, format!("import of package {path}"));
            return;
        }
        if !stdlib::is_supported(&path) || !self.packages.contains_key(&path) {
            self.unsupported(
                lit.span,
                format!("package {path} (the simulator provides {})", supported_list()),
            );
            return;
        }
        let pkg_name = self.packages[&path].name.clone();
        let local = match &spec.name {
            Some(n) if n.name == "_" => return,
            Some(n) if n.name == "." => {
                self.unsupported(n.span, "dot imports");
                return;
            }
            Some(n) => n.name.clone(),
            None => pkg_name,
        };
        let span = spec.span;
        if self.imports.contains_key(&local) {
            self.error(span, format!("{local} redeclared in this block"));
            return;
        }
        self.imports.insert(local.clone(), (path.clone(), span, false));
        let id = self.new_object(&local, ObjKind::Package(path), wk::INVALID, span);
        self.info.defs.insert(span.start, id);
    }

    /// Declares every package-level name; returns constants, variables and functions in
    /// source order, to be resolved.
    fn collect(&mut self, file: &'a ast::File) -> Vec<ObjId> {
        let mut order = Vec::new();
        let mut type_specs = Vec::new();
        let mut methods = Vec::new();
        for decl in &file.decls {
            match decl {
                Decl::Import(_) => {}
                Decl::Type(group) => {
                    for spec in &group.specs {
                        if !spec.type_params.is_empty() {
                            let id = self.new_object(
                                &spec.name.name,
                                ObjKind::TypeName,
                                wk::INVALID,
                                spec.name.span,
                            );
                            self.declare_pkg(&spec.name, id);
                            self.declare_generic_type(spec, id);
                            continue;
                        }
                        let ty = if spec.alias {
                            wk::INVALID
                        } else {
                            self.types.declare_named(Some(&self.pkg_path.clone()), &spec.name.name)
                        };
                        let id =
                            self.new_object(&spec.name.name, ObjKind::TypeName, ty, spec.name.span);
                        self.declare_pkg(&spec.name, id);
                        type_specs.push((id, spec));
                    }
                }
                Decl::Const(group) => {
                    let mut last: (Option<&'a ast::Expr>, &'a [ast::Expr]) = (None, &[]);
                    for spec in &group.specs {
                        if !spec.values.is_empty() || spec.ty.is_some() {
                            last = (spec.ty.as_ref(), &spec.values);
                        }
                        for (index, name) in spec.names.iter().enumerate() {
                            let id = self.new_object(
                                &name.name,
                                ObjKind::Const(ConstValue::Int(0)),
                                wk::INVALID,
                                name.span,
                            );
                            self.declare_pkg(name, id);
                            let p = Pending::Const {
                                spec,
                                index,
                                ty: last.0,
                                values: last.1,
                                iota: spec.iota,
                            };
                            self.pending.insert(id, p);
                            order.push(id);
                        }
                    }
                }
                Decl::Var(group) => {
                    for spec in &group.specs {
                        for (index, name) in spec.names.iter().enumerate() {
                            let id = self.new_object(
                                &name.name,
                                ObjKind::Var { global: true },
                                wk::INVALID,
                                name.span,
                            );
                            self.obj_mut(id).used = true; // package-level variables may go unused
                            self.declare_pkg(name, id);
                            self.pending.insert(id, Pending::Var { spec, index });
                            order.push(id);
                        }
                    }
                }
                Decl::Func(f) => {
                    if f.body.is_none() && !self.stub {
                        self.error(f.name.span, "missing function body");
                    }
                    if f.recv.is_some() {
                        methods.push(f);
                        continue;
                    }
                    let id = self.new_object(
                        &f.name.name,
                        ObjKind::Func { has_body: f.body.is_some() },
                        wk::INVALID,
                        f.name.span,
                    );
                    if !f.type_params.is_empty() {
                        if f.name.name == "main" || f.name.name == "init" {
                            let name = &f.name.name;
                            self.error(
                                f.name.span,
                                format!("func {name} must have no type parameters"),
                            );
                        }
                        self.declare_pkg(&f.name, id);
                        self.declare_generic_func(f, id);
                        continue;
                    }
                    if f.name.name == "init" {
                        self.info.defs.insert(f.name.span.start, id);
                    } else {
                        if f.name.name == "main"
                            && (!f.ty.params.is_empty() || !f.ty.results.is_empty())
                        {
                            self.error(
                                f.name.span,
                                "func main must have no arguments and no return values",
                            );
                        }
                        self.declare_pkg(&f.name, id);
                    }
                    self.pending.insert(id, Pending::Func(f));
                    order.push(id);
                }
            }
        }
        // Methods of generic types first: every instance gets them, including instances
        // the type declarations below make.
        methods.retain(|f| {
            let Some((base, _)) = f.recv_base() else { return true };
            !self.declare_generic_method(f, base)
        });
        for (id, spec) in type_specs {
            let rhs = self.resolve_type(&spec.ty);
            if spec.alias {
                self.obj_mut(id).ty = rhs;
            } else if let Some(n) = self.types.named_id(self.obj(id).ty) {
                let under = self.types.underlying(rhs);
                self.types.named_mut(n).underlying = under;
                let ty = self.obj(id).ty;
                self.note_constraint_decl(ty, &spec.ty);
            }
        }
        for f in methods {
            self.declare_method(f);
        }
        order
    }

    fn declare_pkg(&mut self, name: &ast::Ident, id: ObjId) {
        self.info.defs.insert(name.span.start, id);
        if name.name == "_" {
            return;
        }
        if let Some(prev) = self.scopes.lookup_local(self.pkg_scope, &name.name) {
            let at = self.obj(prev).span;
            self.redeclared(name, at);
            return;
        }
        if self.imports.contains_key(&name.name) {
            self.error(
                name.span,
                format!("{} already declared through import of package", name.name),
            );
        }
        self.scopes.insert(self.pkg_scope, &name.name, id);
    }

    pub(super) fn redeclared(&mut self, name: &ast::Ident, _previous: Span) {
        self.error(name.span, format!("{} redeclared in this block", name.name));
    }

    fn declare_method(&mut self, f: &'a ast::FuncDecl) {
        let Some((base, pointer)) = f.recv_base() else { return };
        let recv_ty = self.resolve_type(base);
        let id = self.new_object(
            &f.name.name,
            ObjKind::Func { has_body: f.body.is_some() },
            wk::INVALID,
            f.name.span,
        );
        self.info.defs.insert(f.name.span.start, id);
        self.pending.insert(id, Pending::Func(f));
        self.resolve_pending(id);
        let Some(n) = self.types.named_id(recv_ty) else {
            if !self.types.is_invalid(recv_ty) {
                let shown = self.types.display(recv_ty);
                self.error(
                    base.span,
                    format!("cannot define new methods on non-local type {shown}"),
                );
            }
            return;
        };
        if self.types.named(n).package.as_deref() != Some(self.pkg_path.as_str()) {
            let shown = self.types.display(recv_ty);
            self.error(base.span, format!("cannot define new methods on non-local type {shown}"));
            return;
        }
        if matches!(self.types.under(recv_ty), Type::Pointer(_) | Type::Interface(_)) {
            let shown = self.types.display(recv_ty);
            self.error(
                base.span,
                format!("invalid receiver type {shown} (pointer or interface type)"),
            );
            return;
        }
        let dup = self.types.named(n).methods.iter().any(|m| m.name == f.name.name);
        let field_clash = matches!(self.types.under(recv_ty), Type::Struct(fs) if fs.iter().any(|x| x.name == f.name.name));
        if dup {
            let shown = self.types.display(recv_ty);
            self.error(f.name.span, format!("method {shown}.{} already declared", f.name.name));
            return;
        }
        if field_clash {
            let shown = self.types.display(recv_ty);
            self.error(f.name.span, format!("field and method with the same name {}", f.name.name));
            let _ = shown;
            return;
        }
        let sig = self.obj(id).ty;
        self.types.named_mut(n).methods.push(NamedMethod {
            name: f.name.name.clone(),
            sig,
            pointer_receiver: pointer,
            obj: id.0,
        });
    }

    /// Computes the type (and value) of a package-level declaration if that has not happened.
    pub(super) fn resolve_pending(&mut self, id: ObjId) {
        let Some(p) = self.pending.remove(&id) else { return };
        if self.resolving.contains(&id) {
            return;
        }
        self.resolving.push(id);
        // Package-level initializers are checked outside any function.
        let saved_func = self.func.take();
        match p {
            Pending::Const { spec, index, ty, values, iota } => {
                let (value, t) = self.const_value(spec, index, ty, values, iota);
                let o = self.obj_mut(id);
                o.kind = ObjKind::Const(value);
                o.ty = t;
            }
            Pending::Var { spec, index } => {
                let t = self.global_var(spec, index, id);
                self.obj_mut(id).ty = t;
            }
            Pending::Func(f) => {
                let (sig, _) = self.signature(&f.ty, None);
                self.obj_mut(id).ty = sig;
                if let Some(shown) = self.named_signature(&f.ty, sig) {
                    self.named_sigs.insert(id, shown);
                }
            }
        }
        self.func = saved_func;
        self.resolving.pop();
    }

    /// The value and type of the `index`-th name of a constant spec.
    pub(super) fn const_value(
        &mut self,
        spec: &'a ast::ConstSpec,
        index: usize,
        ty: Option<&'a ast::Expr>,
        values: &'a [ast::Expr],
        iota: u32,
    ) -> (ConstValue, TypeId) {
        let declared = ty.map(|t| self.resolve_type(t));
        let Some(e) = values.get(index) else {
            let span = spec.names.get(index).map(|n| n.span).unwrap_or(spec.span);
            self.error(span, "missing init expr for const declaration");
            return (ConstValue::Int(0), wk::INVALID);
        };
        if index == spec.names.len() - 1
            && values.len() > spec.names.len()
            && std::ptr::eq(values, spec.values.as_slice())
        {
            self.error(values[spec.names.len()].span, "extra init expr");
        }
        let saved = self.iota.replace(iota);
        let info = self.expr(e);
        self.iota = saved;
        match info.mode {
            Mode::Const(v) => match declared {
                Some(t) => {
                    let v2 = self.convert_untyped_const(e, &v, info.ty, t, "constant declaration");
                    (v2.unwrap_or(v), t)
                }
                None => (v, info.ty),
            },
            Mode::Invalid => (ConstValue::Int(0), wk::INVALID),
            _ => {
                let text = self.expr_text(e);
                let what = self.describe(e, &info);
                self.error(e.span, format!("{text} ({what}) is not constant"));
                let _ = text;
                (ConstValue::Int(0), wk::INVALID)
            }
        }
    }

    fn global_var(&mut self, spec: &'a ast::VarSpec, index: usize, id: ObjId) -> TypeId {
        let declared = spec.ty.as_ref().map(|t| self.resolve_type(t));
        if spec.values.is_empty() {
            return declared.unwrap_or(wk::INVALID);
        }
        if spec.values.len() == spec.names.len() {
            let e = &spec.values[index];
            return self.init_value(e, declared, "variable declaration");
        }
        // `var a, b = f()`: resolve every name of the spec at once.
        let tys = self.init_values(&spec.names, &spec.values, declared, spec.span);
        let mut mine = wk::INVALID;
        for (i, name) in spec.names.iter().enumerate() {
            let t = tys.get(i).copied().unwrap_or(wk::INVALID);
            if i == index {
                mine = t;
            } else if let Some(&other) = self.info.defs.get(&name.span.start) {
                self.pending.remove(&other);
                self.obj_mut(other).ty = t;
            }
        }
        let _ = id;
        mine
    }
}

fn supported_list() -> &'static str {
    "fmt, sync, sync/atomic, time, context, errors, strings, bytes, strconv, math, math/rand, math/rand/v2, os, log, sort, slices, maps, iter, cmp, runtime, unicode, unicode/utf8, io, bufio and net/http"
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_unsupported_package_message_names_every_provided_package() {
        let list: Vec<&str> =
            super::supported_list().split([',', ' ']).filter(|w| !w.is_empty()).collect();
        for path in super::stdlib::paths() {
            assert!(list.contains(&path), "{path} is missing from the list");
        }
    }
}
