//! Go-like one-line rendering of expressions and simple statements, as Go's `syntax.String`
//! prints them inside error messages (`cannot use x := 1 as value`): function and
//! composite literal bodies shrink to `{…}`.

use super::ast::{ChanDir, Expr, ExprKind, Field, FuncType, InterfaceElem, Stmt, StmtKind};
use std::fmt::Write;

/// Renders an expression or type.
pub fn expr_string(x: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, x);
    out
}

/// Renders a comma-separated expression list.
pub fn exprs_string(xs: &[Expr]) -> String {
    let mut out = String::new();
    list(&mut out, xs);
    out
}

/// Renders a simple statement (expression, send, inc/dec or assignment); other statements
/// render as their keyword.
pub fn simple_stmt_string(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::Expr(x) => expr_string(x),
        StmtKind::Send { ch, value, .. } => {
            format!("{} <- {}", expr_string(ch), expr_string(value))
        }
        StmtKind::IncDec { x, inc, .. } => {
            format!("{}{}", expr_string(x), if *inc { "++" } else { "--" })
        }
        StmtKind::Assign { lhs, op, rhs, .. } => {
            let op = match op {
                super::ast::AssignOp::Assign => "=".to_owned(),
                super::ast::AssignOp::Define => ":=".to_owned(),
                super::ast::AssignOp::Op(op) => format!("{}=", op.as_str()),
            };
            format!("{} {op} {}", exprs_string(lhs), exprs_string(rhs))
        }
        _ => "statement".to_owned(),
    }
}

fn list(out: &mut String, xs: &[Expr]) {
    for (i, x) in xs.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, x);
    }
}

fn expr(out: &mut String, x: &Expr) {
    match &x.kind {
        ExprKind::Bad => out.push_str("<bad expr>"),
        ExprKind::Name(name) => out.push_str(name),
        ExprKind::Lit(lit) => out.push_str(&lit.text),
        ExprKind::CompositeLit { ty, elems } => {
            if let Some(ty) = ty {
                expr(out, ty);
            }
            out.push_str(if elems.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::FuncLit { ty, body } => {
            func_type(out, ty);
            out.push_str(if body.stmts.is_empty() { " {}" } else { " {…}" });
        }
        ExprKind::Paren(inner) => {
            out.push('(');
            expr(out, inner);
            out.push(')');
        }
        ExprKind::Selector { x, sel } => {
            expr(out, x);
            let _ = write!(out, ".{}", sel.name);
        }
        ExprKind::Index { x, indices } => {
            expr(out, x);
            out.push('[');
            list(out, indices);
            out.push(']');
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            expr(out, x);
            out.push('[');
            opt(out, lo.as_deref());
            out.push(':');
            opt(out, hi.as_deref());
            if let Some(max) = max {
                out.push(':');
                expr(out, max);
            }
            out.push(']');
        }
        ExprKind::TypeAssert { x, ty } => {
            expr(out, x);
            out.push_str(".(");
            match ty {
                Some(ty) => expr(out, ty),
                None => out.push_str("type"),
            }
            out.push(')');
        }
        ExprKind::Call { fun, args, dots } => {
            expr(out, fun);
            out.push('(');
            list(out, args);
            if *dots {
                out.push_str("...");
            }
            out.push(')');
        }
        ExprKind::Unary { op, x } => {
            out.push_str(op.as_str());
            expr(out, x);
        }
        ExprKind::Binary { op, x, y } => {
            expr(out, x);
            let _ = write!(out, " {} ", op.as_str());
            expr(out, y);
        }
        _ => type_expr(out, x),
    }
}

fn opt(out: &mut String, x: Option<&Expr>) {
    if let Some(x) = x {
        expr(out, x);
    }
}

fn type_expr(out: &mut String, x: &Expr) {
    match &x.kind {
        ExprKind::ArrayType { len, elem } => {
            out.push('[');
            match len {
                Some(len) => expr(out, len),
                None => out.push_str("..."),
            }
            out.push(']');
            expr(out, elem);
        }
        ExprKind::SliceType { elem } => {
            out.push_str("[]");
            expr(out, elem);
        }
        ExprKind::MapType { key, value } => {
            out.push_str("map[");
            expr(out, key);
            out.push(']');
            expr(out, value);
        }
        ExprKind::ChanType { dir, elem } => {
            out.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            let recv_elem = matches!(elem.kind, ExprKind::ChanType { dir: ChanDir::Recv, .. });
            if *dir == ChanDir::Both && recv_elem {
                out.push('(');
                expr(out, elem);
                out.push(')');
            } else {
                expr(out, elem);
            }
        }
        ExprKind::FuncType(ty) => func_type(out, ty),
        ExprKind::StructType { fields } => {
            out.push_str("struct{");
            field_list(out, fields, "; ");
            out.push('}');
        }
        ExprKind::InterfaceType { elems } => {
            out.push_str("interface{");
            for (i, elem) in elems.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                match elem {
                    InterfaceElem::Method { name, ty } => {
                        out.push_str(&name.name);
                        signature(out, ty);
                    }
                    InterfaceElem::Embedded(x) => expr(out, x),
                }
            }
            out.push('}');
        }
        _ => expr(out, x),
    }
}

fn func_type(out: &mut String, ty: &FuncType) {
    out.push_str("func");
    signature(out, ty);
}

fn signature(out: &mut String, ty: &FuncType) {
    out.push('(');
    field_list(out, &ty.params, ", ");
    out.push(')');
    match ty.results.as_slice() {
        [] => {}
        [single] if single.names.is_empty() => {
            out.push(' ');
            expr(out, &single.ty);
        }
        results => {
            out.push_str(" (");
            field_list(out, results, ", ");
            out.push(')');
        }
    }
}

fn field_list(out: &mut String, fields: &[Field], sep: &str) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        let names: Vec<&str> = field.names.iter().map(|n| n.name.as_str()).collect();
        if !names.is_empty() {
            let _ = write!(out, "{} ", names.join(", "));
        }
        if field.variadic {
            out.push_str("...");
        }
        expr(out, &field.ty);
        if let Some(tag) = &field.tag {
            let _ = write!(out, " {}", tag.text);
        }
    }
}
