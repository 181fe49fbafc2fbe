//! Escape analysis, simplified: which variables must live in heap cells. A variable escapes
//! when a closure captures it, when its address is taken (explicitly, or implicitly by a
//! pointer-receiver method call), or when part of it (a field, an array element) is
//! assigned, since stores go through pointers. Every access to an escaped variable is
//! instrumented for the race detector: other goroutines can reach its cell.

use crate::check::{Checked, Info, Mode, ObjId, ObjKind, SelectionKind};
use crate::syntax::ast::{self, ExprKind, StmtKind, UnaryOp};
use crate::syntax::walk::{self, Visit};
use std::collections::BTreeSet;

/// Returns the escaped variables (captured ones included).
pub(super) fn analyse(file: &ast::File, checked: &Checked) -> BTreeSet<ObjId> {
    let mut w = Walker { checked, info: &checked.info, escaped: BTreeSet::new() };
    for d in &file.decls {
        if !matches!(d, ast::Decl::Func(f) if super::is_generic_decl(f)) {
            w.decl(d);
        }
    }
    // Each instance of a generic function, with its own tables.
    for inst in &checked.instances {
        let Some(f) = super::instance_decl(file, checked, inst) else { continue };
        w.info = &inst.info;
        w.decl_func(f);
        w.escaped.extend(inst.info.captures.values().flatten().copied());
    }
    // The standard library's plain functions written in Go.
    for (_, f, info) in super::stub_bodies(checked) {
        w.info = info;
        w.decl_func(f);
        w.escaped.extend(info.captures.values().flatten().copied());
    }
    let mut escaped = w.escaped;
    escaped.extend(checked.info.captures.values().flatten().copied());
    escaped
}

struct Walker<'a> {
    checked: &'a Checked,
    info: &'a Info,
    escaped: BTreeSet<ObjId>,
}

impl Walker<'_> {
    fn decl_func(&mut self, f: &ast::FuncDecl) {
        if let Some(b) = &f.body {
            self.block(b);
        }
    }

    fn decl(&mut self, d: &ast::Decl) {
        match d {
            ast::Decl::Func(f) => self.decl_func(f),
            ast::Decl::Var(g) => {
                for s in &g.specs {
                    s.values.iter().for_each(|e| self.expr(e));
                }
            }
            ast::Decl::Const(_) | ast::Decl::Type(_) | ast::Decl::Import(_) => {}
        }
    }

    /// Marks the variable at the root of an addressable path (`x`, `x.f`, `x[i]` on arrays).
    fn escape_root(&mut self, e: &ast::Expr) {
        let e = e.unparen();
        match &e.kind {
            ExprKind::Name(_) => {
                if let Some(&id) = self.info.uses.get(&e.id)
                    && matches!(self.checked.object(id).kind, ObjKind::Var { global: false })
                {
                    self.escaped.insert(id);
                }
            }
            ExprKind::Selector { x, .. } => {
                // Through a pointer the root does not move.
                let through_ptr = self.info.selections.get(&e.id).is_some_and(|s| s.indirect);
                if !through_ptr {
                    self.escape_root(x);
                }
            }
            ExprKind::Index { x, .. } => {
                let is_array = self.info.expr(x.id).is_some_and(|i| {
                    matches!(self.checked.types.under(i.ty), crate::check::Type::Array(..))
                });
                if is_array {
                    self.escape_root(x);
                }
            }
            _ => {}
        }
    }

    /// An assignment target: storing into part of a variable needs its address.
    fn lhs(&mut self, e: &ast::Expr) {
        if !matches!(e.unparen().kind, ExprKind::Name(_)) {
            self.escape_root(e);
        }
    }
}

impl Visit for Walker<'_> {
    fn stmt(&mut self, s: &ast::Stmt) {
        match &s.kind {
            StmtKind::IncDec { x, .. } => self.lhs(x),
            StmtKind::Assign { lhs, .. } => lhs.iter().for_each(|l| self.lhs(l)),
            StmtKind::Range(r) if !r.define => {
                [&r.key, &r.value].into_iter().flatten().for_each(|e| self.lhs(e));
            }
            _ => {}
        }
        walk::stmt_children(self, s);
    }

    fn expr(&mut self, e: &ast::Expr) {
        match &e.kind {
            ExprKind::Unary { op: UnaryOp::Addr, x } => self.escape_root(x),
            ExprKind::Call { fun, .. } => {
                // x.M() with a pointer receiver takes &x.
                if let ExprKind::Selector { x, .. } = &fun.unparen().kind
                    && let Some(sel) = self.info.selections.get(&fun.unparen().id)
                {
                    let x_is_ptr = self.info.expr(x.id).is_some_and(|i| {
                        matches!(self.checked.types.get(i.ty), crate::check::Type::Pointer(_))
                    });
                    if sel.kind == SelectionKind::Method
                        && sel.pointer_receiver
                        && !x_is_ptr
                        && !sel.indirect
                    {
                        self.escape_root(x);
                    }
                }
            }
            ExprKind::Selector { x, .. } => {
                // A method value `x.M` with a pointer receiver also takes &x.
                if let Some(sel) = self.info.selections.get(&e.id) {
                    let is_value =
                        matches!(self.info.expr(e.id).map(|i| &i.mode), Some(Mode::Value));
                    if sel.kind == SelectionKind::Method
                        && sel.pointer_receiver
                        && is_value
                        && !sel.indirect
                    {
                        self.escape_root(x);
                    }
                }
            }
            ExprKind::Slice { x, .. } => {
                // Slicing an array takes its address.
                let is_array = self.info.expr(x.id).is_some_and(|i| {
                    matches!(self.checked.types.under(i.ty), crate::check::Type::Array(..))
                });
                if is_array {
                    self.escape_root(x);
                }
            }
            _ => {}
        }
        walk::expr_children(self, e);
    }
}
