//! Walking the statements and expressions of function bodies: analyses implement `Visit`,
//! handle the kinds they care about, and leave the rest to `stmt_children` and
//! `expr_children`, which visit what a node contains, in source order.

use super::ast::{self, ExprKind, StmtKind};

/// An analysis over function bodies. By default each method visits the node's children.
pub trait Visit {
    fn stmt(&mut self, s: &ast::Stmt) {
        stmt_children(self, s);
    }

    fn expr(&mut self, e: &ast::Expr) {
        expr_children(self, e);
    }

    fn block(&mut self, b: &ast::Block) {
        b.stmts.iter().for_each(|s| self.stmt(s));
    }
}

/// Visits the statements, blocks and expressions directly inside `s` (not the types: a type
/// switch's cases are types). A range's key and value are visited as expressions, whether
/// they are assigned or declared.
pub fn stmt_children<V: Visit + ?Sized>(v: &mut V, s: &ast::Stmt) {
    let stmt = |v: &mut V, s: &Option<Box<ast::Stmt>>| {
        if let Some(s) = s {
            v.stmt(s);
        }
    };
    match &s.kind {
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => v.expr(e),
        StmtKind::IncDec { x, .. } => v.expr(x),
        StmtKind::Send { ch, value, .. } => {
            v.expr(ch);
            v.expr(value);
        }
        StmtKind::Assign { lhs, rhs, .. } => lhs.iter().chain(rhs).for_each(|e| v.expr(e)),
        StmtKind::Return(rs) => rs.iter().for_each(|r| v.expr(r)),
        StmtKind::Block(b) => v.block(b),
        StmtKind::If(i) => {
            stmt(v, &i.init);
            v.expr(&i.cond);
            v.block(&i.then);
            stmt(v, &i.els);
        }
        StmtKind::Switch(sw) => {
            stmt(v, &sw.init);
            if let Some(t) = &sw.tag {
                v.expr(t);
            }
            for c in &sw.clauses {
                c.cases.iter().flatten().for_each(|e| v.expr(e));
                c.body.iter().for_each(|s| v.stmt(s));
            }
        }
        StmtKind::TypeSwitch(sw) => {
            stmt(v, &sw.init);
            v.expr(&sw.guard);
            for c in &sw.clauses {
                c.body.iter().for_each(|s| v.stmt(s));
            }
        }
        StmtKind::Select(sel) => {
            for c in &sel.clauses {
                stmt(v, &c.comm);
                c.body.iter().for_each(|s| v.stmt(s));
            }
        }
        StmtKind::For(f) => {
            stmt(v, &f.init);
            if let Some(c) = &f.cond {
                v.expr(c);
            }
            stmt(v, &f.post);
            v.block(&f.body);
        }
        StmtKind::Range(r) => {
            v.expr(&r.x);
            [&r.key, &r.value].into_iter().flatten().for_each(|e| v.expr(e));
            v.block(&r.body);
        }
        StmtKind::Labeled { stmt, .. } => v.stmt(stmt),
        StmtKind::Decl(ast::Decl::Var(g)) => {
            g.specs.iter().flat_map(|s| &s.values).for_each(|e| v.expr(e));
        }
        StmtKind::Decl(_)
        | StmtKind::Bad
        | StmtKind::Empty
        | StmtKind::Break(_)
        | StmtKind::Continue(_)
        | StmtKind::Goto(_)
        | StmtKind::Fallthrough => {}
    }
}

/// Visits the expressions directly inside `e`, and a function literal's body (not types:
/// a conversion's or composite literal's type, a type assertion's type).
pub fn expr_children<V: Visit + ?Sized>(v: &mut V, e: &ast::Expr) {
    match &e.kind {
        ExprKind::Paren(x)
        | ExprKind::Unary { x, .. }
        | ExprKind::TypeAssert { x, .. }
        | ExprKind::Selector { x, .. } => v.expr(x),
        ExprKind::Binary { x, y, .. } => {
            v.expr(x);
            v.expr(y);
        }
        ExprKind::Index { x, indices } => {
            v.expr(x);
            indices.iter().for_each(|i| v.expr(i));
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            v.expr(x);
            [lo, hi, max].into_iter().flatten().for_each(|b| v.expr(b));
        }
        ExprKind::Call { fun, args, .. } => {
            v.expr(fun);
            args.iter().for_each(|a| v.expr(a));
        }
        ExprKind::CompositeLit { elems, .. } => {
            for el in elems {
                if let Some(k) = &el.key {
                    v.expr(k);
                }
                v.expr(&el.value);
            }
        }
        ExprKind::FuncLit { body, .. } => v.block(body),
        _ => {}
    }
}
