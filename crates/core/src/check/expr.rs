//! Expressions: names, literals, operators, selectors, indexing, composite and function
//! literals. Each checked expression gets a `Mode` and a type recorded in `Info`.

use super::constant::{self, ConstError, ConstOp, ConstValue};
use super::rational::{MAX_BITS, Rat};
use super::scope::ObjKind;
use super::types::{Basic, ChanDir, Type, TypeId, well_known as wk};
use super::{Checker, ExprInfo, Mode};
use crate::syntax::ast::{self, BinaryOp, ExprKind, LitKind, UnaryOp};
use crate::syntax::literal;

/// What the simulator cannot hold exactly: a float constant whose fraction needs more than
/// `MAX_BITS` (Go holds such a value as a 512-bit float).
fn float_too_large() -> String {
    format!("float constants beyond {MAX_BITS} bits")
}

fn info(mode: Mode, ty: TypeId) -> ExprInfo {
    ExprInfo { mode, ty }
}

pub(super) fn invalid() -> ExprInfo {
    info(Mode::Invalid, wk::INVALID)
}

impl<'a> Checker<'a> {
    /// Checks an expression that must denote a value (or a call without results, which the
    /// caller rejects where a value is needed).
    pub(super) fn expr(&mut self, e: &'a ast::Expr) -> ExprInfo {
        self.expr_hint(e, None)
    }

    /// Like `expr`, with the type a composite literal with elided type should have.
    pub(super) fn expr_hint(&mut self, e: &'a ast::Expr, hint: Option<TypeId>) -> ExprInfo {
        let x = self.expr_inner(e, hint);
        match x.mode {
            Mode::Type => {
                let text = self.expr_text(e);
                self.error(e.span, format!("{text} (type) is not an expression"));
                invalid()
            }
            Mode::Package => {
                let text = self.expr_text(e);
                self.error(e.span, format!("use of package {text} without selector"));
                invalid()
            }
            Mode::Builtin(b) => {
                self.error(
                    e.span,
                    format!("{} (built-in function {}) must be called", b.name(), b.name()),
                );
                invalid()
            }
            _ => x,
        }
    }

    /// Checks an expression that must produce exactly one value.
    pub(super) fn value(&mut self, e: &'a ast::Expr, hint: Option<TypeId>) -> ExprInfo {
        let x = self.expr_hint(e, hint);
        self.single_value(e, x)
    }

    pub(super) fn single_value(&mut self, e: &ast::Expr, x: ExprInfo) -> ExprInfo {
        match &x.mode {
            Mode::NoValue => {
                let text = self.expr_text(e);
                self.error(e.span, format!("{text} (no value) used as value"));
                invalid()
            }
            _ => {
                if let Type::Tuple(items) = self.types.get(x.ty) {
                    let n = items.len();
                    let text = self.expr_text(e);
                    self.error(
                        e.span,
                        format!(
                            "multiple-value {text} (value of type {}) in single-value context",
                            self.types.display(x.ty)
                        ),
                    );
                    let _ = n;
                    return invalid();
                }
                x
            }
        }
    }

    /// Checks an expression that may also be a type, a package name or a builtin.
    pub(super) fn expr_or_type(&mut self, e: &'a ast::Expr) -> ExprInfo {
        self.expr_inner(e, None)
    }

    fn expr_inner(&mut self, e: &'a ast::Expr, hint: Option<TypeId>) -> ExprInfo {
        let x = self.expr_kind(e, hint);
        self.record(e, x.mode.clone(), x.ty);
        x
    }

    fn expr_kind(&mut self, e: &'a ast::Expr, hint: Option<TypeId>) -> ExprInfo {
        match &e.kind {
            ExprKind::Bad => invalid(),
            ExprKind::Name(n) => match hint.zip(self.generic_func_named(e)) {
                Some((h, g)) if self.types.signature(h).is_some() => {
                    self.generic_value_for(e, g, h)
                }
                _ => self.name(e, n, true),
            },
            ExprKind::Lit(lit) => self.basic_lit(lit),
            ExprKind::Paren(inner) => {
                let x = self.expr_inner(inner, hint);
                self.record(inner, x.mode.clone(), x.ty);
                x
            }
            ExprKind::CompositeLit { ty, elems } => {
                self.composite_lit(e, ty.as_deref(), elems, hint)
            }
            ExprKind::FuncLit { ty, body } => self.func_lit(e, ty, body),
            ExprKind::Selector { x, sel } => self.selector(e, x, sel),
            ExprKind::Index { x, indices } => self.index(e, x, indices),
            ExprKind::Slice { x, lo, hi, max, full } => {
                self.slice_expr(e, x, lo.as_deref(), hi.as_deref(), max.as_deref(), *full)
            }
            ExprKind::TypeAssert { x, ty } => self.type_assert(e, x, ty.as_deref()),
            ExprKind::Call { fun, args, dots } => self.call(e, fun, args, *dots),
            ExprKind::Unary { op: UnaryOp::Star, x } => self.star(e, x),
            ExprKind::Unary { op, x } => self.unary(e, *op, x),
            ExprKind::Binary { op, x, y } => self.binary(e, *op, x, y),
            ExprKind::ArrayType { .. }
            | ExprKind::SliceType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::StructType { .. }
            | ExprKind::InterfaceType { .. } => {
                let ty = self.resolve_type(e);
                info(Mode::Type, ty)
            }
        }
    }

    /// Resolves a name; `mark_used` is false on the left of an assignment.
    pub(super) fn name(&mut self, e: &ast::Expr, n: &str, mark_used: bool) -> ExprInfo {
        if n == "_" {
            self.error(e.span, "cannot use _ as value");
            return invalid();
        }
        let scope = self.current_scope();
        let Some(id) = self.scopes.lookup(scope, n) else {
            if let Some((path, _, used)) = self.imports.get_mut(n) {
                *used = true;
                let id = self.packages.get(path.as_str()).map(|_| ());
                let _ = id;
                // The package object is in `defs`; uses record the mode only.
                return info(Mode::Package, wk::INVALID);
            }
            self.error(e.span, format!("undefined: {n}"));
            return invalid();
        };
        self.resolve_pending(id);
        if self.is_generic(id) {
            self.obj_mut(id).used = true;
            self.generic_without_instantiation(e, id);
            return invalid();
        }
        self.info.uses.insert(e.id, id);
        if mark_used {
            self.obj_mut(id).used = true;
        }
        self.note_capture(id);
        let o = self.obj(id);
        let ty = o.ty;
        match &o.kind {
            ObjKind::Var { .. } => info(Mode::Variable, ty),
            ObjKind::Const(v) => {
                if n == "iota" && o.package.is_empty() {
                    return match self.iota {
                        Some(i) => info(Mode::Const(ConstValue::Int(i.into())), wk::UNTYPED_INT),
                        None => {
                            self.error(e.span, "cannot use iota outside constant declaration");
                            invalid()
                        }
                    };
                }
                if self.types.is_invalid(ty) && self.resolving.contains(&id) {
                    self.error(
                        e.span,
                        format!("initialization cycle or invalid recursive reference to {n}"),
                    );
                    return invalid();
                }
                info(Mode::Const(v.clone()), ty)
            }
            ObjKind::TypeName => {
                if self.types.basic_of(ty).is_some_and(Basic::is_complex) {
                    self.unsupported(e.span, "complex numbers");
                    return invalid();
                }
                info(Mode::Type, ty)
            }
            ObjKind::Func { .. } => info(Mode::Value, ty),
            ObjKind::Package(_) => info(Mode::Package, wk::INVALID),
            ObjKind::Builtin(b) => info(Mode::Builtin(*b), wk::INVALID),
            ObjKind::Nil => info(Mode::Value, wk::UNTYPED_NIL),
        }
    }

    fn basic_lit(&mut self, lit: &ast::Lit) -> ExprInfo {
        if lit.bad {
            return invalid();
        }
        let text = lit.text.replace('_', "");
        match lit.kind {
            LitKind::Int => match parse_int(&text) {
                Some(v) => info(Mode::Const(ConstValue::Int(v)), wk::UNTYPED_INT),
                None => {
                    self.unsupported(lit.span, "integer constants beyond 128 bits");
                    invalid()
                }
            },
            LitKind::Float => match Rat::parse(&text) {
                Some(v) => info(Mode::Const(ConstValue::Float(v)), wk::UNTYPED_FLOAT),
                None => {
                    self.unsupported(lit.span, float_too_large());
                    invalid()
                }
            },
            LitKind::Imag => {
                self.unsupported(lit.span, "complex numbers");
                invalid()
            }
            LitKind::Rune => match literal::decode_rune(&lit.text) {
                Some(c) => info(Mode::Const(ConstValue::Int(c as i128)), wk::UNTYPED_RUNE),
                None => invalid(),
            },
            LitKind::String | LitKind::RawString => match literal::decode_string(&lit.text) {
                Some(bytes) => match String::from_utf8(bytes) {
                    Ok(text) => info(Mode::Const(ConstValue::String(text)), wk::UNTYPED_STRING),
                    // Strings are UTF-8 text in the simulator: bytes that are not (`"\xff"`)
                    // would silently change, so they are named instead.
                    Err(e) => {
                        self.unsupported(lit.span, "string literals that are not valid UTF-8");
                        let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
                        info(Mode::Const(ConstValue::String(text)), wk::UNTYPED_STRING)
                    }
                },
                None => invalid(),
            },
        }
    }

    /// `*x`: an indirection, or a pointer type when `x` is a type.
    fn star(&mut self, e: &'a ast::Expr, x: &'a ast::Expr) -> ExprInfo {
        let xi = self.expr_or_type(x);
        match xi.mode {
            Mode::Invalid => invalid(),
            Mode::Type => {
                let ty = self.types.pointer_to(xi.ty);
                info(Mode::Type, ty)
            }
            _ => {
                let xi = self.single_value(x, xi);
                if xi.mode == Mode::Invalid {
                    return invalid();
                }
                if xi.ty == wk::UNTYPED_NIL {
                    self.error(e.span, "invalid operation: cannot indirect nil");
                    return invalid();
                }
                match self.types.under(xi.ty).clone() {
                    Type::Pointer(elem) => info(Mode::Variable, elem),
                    _ => {
                        let d = self.describe(x, &xi);
                        let text = self.expr_text(x);
                        self.error(
                            e.span,
                            format!("invalid operation: cannot indirect {text} ({d})"),
                        );
                        invalid()
                    }
                }
            }
        }
    }

    fn unary(&mut self, e: &'a ast::Expr, op: UnaryOp, x: &'a ast::Expr) -> ExprInfo {
        if op == UnaryOp::Addr {
            return self.address_of(e, x);
        }
        let xi = self.value(x, None);
        if xi.mode == Mode::Invalid {
            return invalid();
        }
        match op {
            UnaryOp::Recv => self.receive(e, x, &xi),
            UnaryOp::Tilde => {
                self.error(e.span, "cannot use ~ outside of interface or type constraint");
                invalid()
            }
            _ => {
                let b = self.types.basic_of(xi.ty);
                let ok = match op {
                    UnaryOp::Pos | UnaryOp::Neg => b.is_some_and(|b| b.is_numeric()),
                    UnaryOp::Not => b.is_some_and(|b| b.is_boolean()),
                    UnaryOp::Xor => b.is_some_and(|b| b.is_integer()),
                    _ => false,
                };
                if !ok {
                    let d = self.describe(x, &xi);
                    let text = self.expr_text(x);
                    self.error(
                        e.span,
                        format!(
                            "invalid operation: operator {} not defined on {text} ({d})",
                            op.as_str()
                        ),
                    );
                    return invalid();
                }
                if let Mode::Const(v) = &xi.mode {
                    let r = match (op, v) {
                        (UnaryOp::Pos, v) => Some(v.clone()),
                        (UnaryOp::Neg, ConstValue::Int(i)) => Some(ConstValue::Int(-i)),
                        (UnaryOp::Neg, ConstValue::Float(r)) => Some(ConstValue::Float(r.neg())),
                        (UnaryOp::Not, ConstValue::Bool(b)) => Some(ConstValue::Bool(!b)),
                        (UnaryOp::Xor, ConstValue::Int(i)) => {
                            Some(ConstValue::Int(self.complement(*i, xi.ty)))
                        }
                        _ => None,
                    };
                    if let Some(r) = r {
                        return self.typed_const(e, r, xi.ty);
                    }
                }
                info(Mode::Value, xi.ty)
            }
        }
    }

    /// `^x` on a constant: for unsigned types, within the type's size.
    fn complement(&self, i: i128, ty: TypeId) -> i128 {
        match self.types.basic_of(ty) {
            Some(b) if b.is_unsigned() => {
                let bits = b.int_bits().unwrap_or(64);
                let mask: i128 = (1i128 << bits) - 1;
                !i & mask
            }
            _ => !i,
        }
    }

    /// A constant result of type `ty`, checked to be representable when typed.
    pub(super) fn typed_const(&mut self, e: &ast::Expr, v: ConstValue, ty: TypeId) -> ExprInfo {
        if let Some(b) = self.types.basic_of(ty)
            && !b.is_untyped()
        {
            if let Err(overflow) = constant::representable(&v, b) {
                let shown = self.types.display(ty);
                let text = self.expr_text(e);
                let what = if overflow { "overflows" } else { "truncated" };
                let vs = v.display();
                if vs == text {
                    self.error(e.span, format!("constant {vs} {what} {shown}"));
                } else {
                    self.error(
                        e.span,
                        format!("{text} (constant {vs} of type {shown}) {what} {shown}"),
                    );
                }
                return invalid();
            }
            let v = v.convert(b).unwrap_or(v);
            return info(Mode::Const(v), ty);
        }
        info(Mode::Const(v), ty)
    }

    fn address_of(&mut self, e: &'a ast::Expr, x: &'a ast::Expr) -> ExprInfo {
        let inner = x.unparen();
        if let ExprKind::CompositeLit { .. } = inner.kind {
            let xi = self.value(x, None);
            if xi.mode == Mode::Invalid {
                return invalid();
            }
            let ty = self.types.pointer_to(xi.ty);
            return info(Mode::Value, ty);
        }
        let xi = self.value(x, None);
        match xi.mode {
            Mode::Invalid => invalid(),
            Mode::Variable => {
                let ty = self.types.pointer_to(xi.ty);
                info(Mode::Value, ty)
            }
            _ => {
                let d = self.describe(x, &xi);
                let text = self.expr_text(x);
                self.error(
                    e.span,
                    format!("invalid operation: cannot take address of {text} ({d})"),
                );
                invalid()
            }
        }
    }

    fn receive(&mut self, _e: &ast::Expr, x: &ast::Expr, xi: &ExprInfo) -> ExprInfo {
        let d = self.describe(x, xi);
        let text = self.expr_text(x);
        match self.types.under(xi.ty).clone() {
            Type::Chan(ChanDir::Send, _) => {
                let shown = self.types.display(xi.ty);
                self.error(x.span, format!("invalid operation: cannot receive from send-only channel {shown} {text} ({d})"));
                invalid()
            }
            Type::Chan(_, elem) => info(Mode::CommaOk, elem),
            _ => {
                let shown = self.types.display(xi.ty);
                self.error(
                    x.span,
                    format!(
                        "invalid operation: cannot receive from non-channel {shown} {text} ({d})"
                    ),
                );
                invalid()
            }
        }
    }

    fn binary(
        &mut self,
        e: &'a ast::Expr,
        op: BinaryOp,
        x: &'a ast::Expr,
        y: &'a ast::Expr,
    ) -> ExprInfo {
        let xi = self.value(x, None);
        let yi = self.value(y, None);
        if xi.mode == Mode::Invalid || yi.mode == Mode::Invalid {
            return invalid();
        }
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            return self.shift(e, op, x, &xi, y, &yi);
        }
        let nil_operand = xi.ty == wk::UNTYPED_NIL || yi.ty == wk::UNTYPED_NIL;
        // Untyped operands take the type of the other side.
        let (xi, yi) = match self.match_types(e, op, x, xi, y, yi) {
            Some(pair) => pair,
            None => return invalid(),
        };
        if is_comparison(op) {
            return self.comparison(e, op, x, &xi, y, &yi, nil_operand);
        }
        if !self.identical(xi.ty, yi.ty) {
            let (a, b) = (self.types.display(xi.ty), self.types.display(yi.ty));
            let text = self.expr_text(e);
            self.error(e.span, format!("invalid operation: {text} (mismatched types {a} and {b})"));
            return invalid();
        }
        let b = self.types.basic_of(xi.ty);
        let ok = match op {
            BinaryOp::Add => b.is_some_and(|b| b.is_numeric() || b.is_string()),
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Quo => b.is_some_and(|b| b.is_numeric()),
            BinaryOp::Rem | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::AndNot => {
                b.is_some_and(|b| b.is_integer())
            }
            BinaryOp::LAnd | BinaryOp::LOr => b.is_some_and(|b| b.is_boolean()),
            _ => false,
        };
        if !ok {
            let d = self.describe(x, &xi);
            let text = self.expr_text(x);
            self.error(
                e.span,
                format!("invalid operation: operator {} not defined on {text} ({d})", op.as_str()),
            );
            return invalid();
        }
        if matches!(op, BinaryOp::Quo | BinaryOp::Rem)
            && let Mode::Const(v) = &yi.mode
            && v.is_zero()
            && b.is_some_and(|b| b.is_integer() || matches!(xi.mode, Mode::Const(_)))
        {
            self.error(y.span, "invalid operation: division by zero");
            return invalid();
        }
        if let (Mode::Const(a), Mode::Const(bv)) = (&xi.mode, &yi.mode) {
            let integer = b.is_some_and(|b| b.is_integer());
            let cop = const_op(op);
            return match constant::binary(a, cop, bv, integer) {
                Ok(v) => self.typed_const(e, v, xi.ty),
                Err(ConstError::DivisionByZero) => {
                    self.error(y.span, "invalid operation: division by zero");
                    invalid()
                }
                Err(ConstError::TooLarge) => {
                    self.unsupported(e.span, "constant arithmetic beyond 128 bits");
                    invalid()
                }
                Err(ConstError::FloatTooLarge) => {
                    self.unsupported(e.span, float_too_large());
                    invalid()
                }
                Err(ConstError::Mismatch) => info(Mode::Value, xi.ty),
            };
        }
        info(Mode::Value, xi.ty)
    }

    /// Converts untyped operands of a binary operation to the other operand's type.
    fn match_types(
        &mut self,
        e: &ast::Expr,
        op: BinaryOp,
        x: &ast::Expr,
        mut xi: ExprInfo,
        y: &ast::Expr,
        mut yi: ExprInfo,
    ) -> Option<(ExprInfo, ExprInfo)> {
        let xu = self.types.is_untyped(xi.ty);
        let yu = self.types.is_untyped(yi.ty);
        if xu && yu {
            // Both untyped: the "larger" kind wins (int < rune < float).
            let (a, b) = (self.types.basic_of(xi.ty)?, self.types.basic_of(yi.ty)?);
            if a.is_numeric() && b.is_numeric() {
                let rank = |k: Basic| match k {
                    Basic::UntypedInt => 0,
                    Basic::UntypedRune => 1,
                    _ => 2,
                };
                let t = if rank(a) >= rank(b) { xi.ty } else { yi.ty };
                xi.ty = t;
                yi.ty = t;
            } else if a != b && a != Basic::UntypedNil && b != Basic::UntypedNil {
                let text = self.expr_text(e);
                self.error(
                    e.span,
                    format!(
                        "invalid operation: {text} (mismatched types {} and {})",
                        a.name(),
                        b.name()
                    ),
                );
                return None;
            }
            return Some((xi, yi));
        }
        if xu {
            xi = self.implicit_convert(e, op, x, xi, yi.ty)?;
        } else if yu {
            yi = self.implicit_convert(e, op, y, yi, xi.ty)?;
        }
        Some((xi, yi))
    }

    /// Converts an untyped operand to `target` for a binary operation.
    fn implicit_convert(
        &mut self,
        e: &ast::Expr,
        _op: BinaryOp,
        x: &ast::Expr,
        xi: ExprInfo,
        target: TypeId,
    ) -> Option<ExprInfo> {
        if xi.ty == wk::UNTYPED_NIL {
            if self.nil_ok(target) {
                return Some(info(Mode::Value, target));
            }
            let shown = self.types.display(target);
            let text = self.expr_text(e);
            self.error(
                e.span,
                format!("invalid operation: {text} (mismatched types {shown} and untyped nil)"),
            );
            return None;
        }
        if self.types.is_interface(target) {
            return Some(xi);
        }
        let tb = self.types.basic_of(target);
        let xb = self.types.basic_of(xi.ty)?;
        let compatible = match tb {
            Some(tb) => {
                (tb.is_numeric() && xb.is_numeric())
                    || (tb.is_string() && xb.is_string())
                    || (tb.is_boolean() && xb.is_boolean())
            }
            None => false,
        };
        if !compatible {
            let text = self.expr_text(e);
            let a = self.types.display(xi.ty);
            let b = self.types.display(target);
            let (l, r) = if std::ptr::eq(x, e) { (a, b) } else { (b, a) };
            let _ = (l, r);
            let (xs, ys) = self.operand_types_in_order(e, x, xi.ty, target);
            self.error(
                e.span,
                format!("invalid operation: {text} (mismatched types {xs} and {ys})"),
            );
            return None;
        }
        if let Mode::Const(v) = &xi.mode {
            let tb = tb.unwrap_or(Basic::Invalid);
            if let Err(overflow) = constant::representable(v, tb) {
                let text = self.expr_text(x);
                let shown = self.types.display(target);
                let d = self.describe(x, &xi);
                if overflow {
                    self.error(x.span, format!("{text} ({d}) overflows {shown}"));
                } else {
                    self.error(x.span, format!("{text} ({d}) truncated to {shown}"));
                }
                return None;
            }
            let v = v.convert(tb).unwrap_or_else(|| v.clone());
            self.record(x, Mode::Const(v.clone()), target);
            return Some(info(Mode::Const(v), target));
        }
        self.settle(x, xi.mode.clone(), target);
        Some(info(xi.mode, target))
    }

    /// The two operand types of binary expression `e` in source order, given one operand.
    fn operand_types_in_order(
        &self,
        e: &ast::Expr,
        x: &ast::Expr,
        xt: TypeId,
        other: TypeId,
    ) -> (String, String) {
        let first_is_x = match &e.kind {
            ExprKind::Binary { x: left, .. } => left.span == x.span,
            _ => true,
        };
        let (a, b) = (self.types.display(xt), self.types.display(other));
        if first_is_x { (a, b) } else { (b, a) }
    }

    fn shift(
        &mut self,
        e: &ast::Expr,
        op: BinaryOp,
        x: &ast::Expr,
        xi: &ExprInfo,
        y: &ast::Expr,
        yi: &ExprInfo,
    ) -> ExprInfo {
        let yb = self.types.basic_of(yi.ty);
        let y_ok = yb.is_some_and(|b| b.is_integer())
            || matches!(&yi.mode, Mode::Const(v) if v.as_int().is_some());
        if !y_ok {
            let d = self.describe(y, yi);
            let text = self.expr_text(y);
            self.error(
                y.span,
                format!("invalid operation: shift count {text} ({d}) must be integer"),
            );
            return invalid();
        }
        if let Mode::Const(v) = &yi.mode
            && v.as_int().is_some_and(|n| n < 0)
        {
            let text = self.expr_text(y);
            self.error(y.span, format!("invalid operation: negative shift count {text}"));
            return invalid();
        }
        let xb = self.types.basic_of(xi.ty);
        let x_int = xb.is_some_and(|b| b.is_integer())
            || matches!(&xi.mode, Mode::Const(v) if v.is_whole());
        if !x_int {
            let d = self.describe(x, xi);
            let text = self.expr_text(x);
            self.error(
                e.span,
                format!("invalid operation: shifted operand {text} ({d}) must be integer"),
            );
            return invalid();
        }
        let ty = if xi.ty == wk::UNTYPED_FLOAT { wk::UNTYPED_INT } else { xi.ty };
        if let (Mode::Const(a), Mode::Const(b)) = (&xi.mode, &yi.mode) {
            return match constant::binary(a, const_op(op), b, true) {
                Ok(v) => self.typed_const(e, v, ty),
                Err(_) => {
                    self.unsupported(e.span, "constant shifts beyond 128 bits");
                    invalid()
                }
            };
        }
        // A non-constant shift of an untyped constant stays untyped: it takes the type its
        // shifted operand would take where the shift is used (`var b uint8 = 1 << n`), as
        // `settle` records.
        info(Mode::Value, ty)
    }

    /// Records `to` as the type of the untyped value `e` and of the untyped operands it is
    /// computed from (go/types' `updateExprType`): the shifted constant of `1 << n`, and the
    /// operands of arithmetic on such shifts. A shift that ends up a float is an error.
    pub(super) fn settle(&mut self, e: &ast::Expr, mode: Mode, to: TypeId) {
        self.record(e, mode, to);
        if self.types.is_interface(to) || self.types.is_invalid(to) {
            return;
        }
        match &e.kind {
            ExprKind::Paren(inner) => self.settle_operand(inner, to),
            ExprKind::Unary { x, .. } => self.settle_operand(x, to),
            ExprKind::Binary { op: BinaryOp::Shl | BinaryOp::Shr, x, .. } => {
                if !self.types.basic_of(to).is_some_and(|b| b.is_integer()) {
                    let text = self.expr_text(x);
                    let shown = self.types.display(to);
                    self.error(
                        e.span,
                        format!("invalid operation: shifted operand {text} (type {shown}) must be integer"),
                    );
                    return;
                }
                self.settle_operand(x, to);
            }
            ExprKind::Binary { op, x, y } if !is_comparison(*op) => {
                self.settle_operand(x, to);
                self.settle_operand(y, to);
            }
            _ => {}
        }
    }

    /// `settle` for an operand: a non-constant untyped one settles in turn; an untyped constant
    /// takes the type too.
    fn settle_operand(&mut self, e: &ast::Expr, to: TypeId) {
        let Some(Some(x)) = self.info.exprs.get(e.id.0 as usize).cloned() else { return };
        if !self.types.is_untyped(x.ty) {
            return;
        }
        match &x.mode {
            Mode::Const(v) => {
                let Some(tb) = self.types.basic_of(to) else { return };
                if constant::representable(v, tb).is_ok() {
                    let v = v.convert(tb).unwrap_or_else(|| v.clone());
                    self.record(e, Mode::Const(v), to);
                }
            }
            Mode::Value => self.settle(e, Mode::Value, to),
            _ => {}
        }
    }

    #[allow(clippy::too_many_arguments)] // reason: both operands with their infos are needed
    fn comparison(
        &mut self,
        e: &ast::Expr,
        op: BinaryOp,
        x: &ast::Expr,
        xi: &ExprInfo,
        y: &ast::Expr,
        yi: &ExprInfo,
        nil_operand: bool,
    ) -> ExprInfo {
        let text = self.expr_text(e);
        let assignable = self.assignable_type(xi.ty, yi.ty) || self.assignable_type(yi.ty, xi.ty);
        if !assignable {
            // Go reports a mismatch at the second operand: only then is it known.
            let (a, b) = (self.types.display(xi.ty), self.types.display(yi.ty));
            self.error(y.span, format!("invalid operation: {text} (mismatched types {a} and {b})"));
            return invalid();
        }
        let ordered = matches!(op, BinaryOp::Lss | BinaryOp::Leq | BinaryOp::Gtr | BinaryOp::Geq);
        if ordered {
            let b = self.types.basic_of(xi.ty);
            if !b.is_some_and(|b| b.is_integer() || b.is_float() || b.is_string()) {
                let d = self.describe(x, xi);
                let xt = self.expr_text(x);
                self.error(
                    x.span,
                    format!(
                        "invalid operation: {text} (operator {} not defined on {xt} ({d}))",
                        op.as_str()
                    ),
                );
                return invalid();
            }
        } else {
            for (z, zi) in [(x, xi), (y, yi)] {
                if nil_operand {
                    // Slices, maps and functions may be compared to nil.
                    continue;
                }
                if !self.comparable(zi.ty) {
                    let kind = match self.types.under(zi.ty) {
                        Type::Slice(_) => "slice",
                        Type::Map(..) => "map",
                        Type::Func(_) => "func",
                        _ => "",
                    };
                    let _ = z;
                    if kind.is_empty() {
                        let shown = self.types.display(zi.ty);
                        self.error(
                            e.span,
                            format!("invalid operation: {text} ({shown} cannot be compared)"),
                        );
                    } else {
                        self.error(
                            e.span,
                            format!(
                                "invalid operation: {text} ({kind} can only be compared to nil)"
                            ),
                        );
                    }
                    return invalid();
                }
            }
        }
        if let (Mode::Const(a), Mode::Const(b)) = (&xi.mode, &yi.mode)
            && let Some(ord) = constant::compare(a, b)
        {
            use std::cmp::Ordering::*;
            let r = match op {
                BinaryOp::Eql => ord == Equal,
                BinaryOp::Neq => ord != Equal,
                BinaryOp::Lss => ord == Less,
                BinaryOp::Leq => ord != Greater,
                BinaryOp::Gtr => ord == Greater,
                _ => ord != Less,
            };
            return info(Mode::Const(ConstValue::Bool(r)), wk::UNTYPED_BOOL);
        }
        info(Mode::Value, wk::UNTYPED_BOOL)
    }

    /// How Go describes an operand in messages: `variable of type int`, `untyped int
    /// constant`, `value of struct type T`, `untyped int constant 1024`.
    pub(super) fn describe(&self, e: &ast::Expr, x: &ExprInfo) -> String {
        self.describe_with(e, x, None)
    }

    /// [`Self::describe`], with a constant's value shown as `value` when given.
    pub(super) fn describe_with(
        &self,
        e: &ast::Expr,
        x: &ExprInfo,
        value: Option<String>,
    ) -> String {
        let mut out = String::new();
        let untyped = self.types.is_untyped(x.ty);
        if untyped {
            out.push_str(self.types.basic_of(x.ty).map(Basic::name).unwrap_or("untyped"));
            out.push(' ');
        }
        if x.ty == wk::UNTYPED_NIL {
            return "untyped nil".into();
        }
        out.push_str(match &x.mode {
            Mode::Invalid => "invalid operand",
            Mode::NoValue => "no value",
            Mode::Builtin(_) => "built-in",
            Mode::Type => "type",
            Mode::Const(_) => "constant",
            Mode::Variable => "variable",
            Mode::MapIndex => "map index expression",
            Mode::Value | Mode::Package => "value",
            Mode::CommaOk => "comma, ok expression",
        });
        if let Mode::Const(v) = &x.mode {
            let vs = value.unwrap_or_else(|| v.display());
            if vs != self.expr_text(e) {
                out.push(' ');
                out.push_str(&vs);
            }
        }
        if !untyped
            && !matches!(x.mode, Mode::Invalid | Mode::NoValue | Mode::Builtin(_) | Mode::Type)
        {
            out.push_str(" of ");
            if let Type::Named(_) = self.types.get(x.ty) {
                let kind = match self.types.under(x.ty) {
                    Type::Basic(b) => b.name(),
                    Type::Array(..) => "array",
                    Type::Slice(_) => "slice",
                    Type::Struct(_) => "struct",
                    Type::Pointer(_) => "pointer",
                    Type::Func(_) => "func",
                    Type::Interface(_) => "interface",
                    Type::Map(..) => "map",
                    Type::Chan(..) => "chan",
                    Type::Tuple(_) => "tuple",
                    Type::Named(_) => "",
                };
                out.push_str(kind);
                out.push(' ');
            }
            out.push_str("type ");
            match self.signature_shown(e) {
                Some(shown) => out.push_str(&shown),
                None => out.push_str(&self.types.display(x.ty)),
            }
        }
        out
    }

    /// The signature of `e` with its parameter names, as Go shows the type of a declared
    /// function, a function literal and a variable holding one.
    pub(super) fn signature_shown(&self, e: &ast::Expr) -> Option<String> {
        match &e.unparen().kind {
            ExprKind::Name(_) => {
                let id = self.info.uses.get(&e.unparen().id)?;
                self.named_sigs.get(id).cloned()
            }
            ExprKind::FuncLit { ty, .. } => {
                self.named_signature(ty, self.info.expr(e.unparen().id)?.ty)
            }
            _ => None,
        }
    }

    /// `func(a int, b int) (n int, err error)` for a signature declared with names; None
    /// when it names none (the type's own display says the same).
    pub(super) fn named_signature(&self, ft: &ast::FuncType, sig: TypeId) -> Option<String> {
        if ft.params.iter().chain(&ft.results).all(|f| f.names.is_empty()) {
            return None;
        }
        let s = self.types.signature(sig)?.clone();
        let list = |fields: &[ast::Field], tys: &[TypeId], variadic: bool| -> Option<Vec<String>> {
            let mut out = Vec::new();
            let mut i = 0;
            for f in fields {
                for k in 0..f.names.len().max(1) {
                    let ty = *tys.get(i)?;
                    i += 1;
                    let shown = match self.types.get(ty) {
                        Type::Slice(e) if variadic && i == tys.len() => {
                            format!("...{}", self.types.display(*e))
                        }
                        _ => self.types.display(ty),
                    };
                    out.push(match f.names.get(k) {
                        Some(n) => format!("{} {shown}", n.name),
                        None => shown,
                    });
                }
            }
            (i == tys.len()).then_some(out)
        };
        let params = list(&ft.params, &s.params, s.variadic)?;
        let results = list(&ft.results, &s.results, false)?;
        let mut out = format!("func({})", params.join(", "));
        match results.as_slice() {
            [] => {}
            [one] if ft.results.iter().all(|f| f.names.is_empty()) => {
                out.push(' ');
                out.push_str(one);
            }
            more => out.push_str(&format!(" ({})", more.join(", "))),
        }
        Some(out)
    }
}

fn is_comparison(op: BinaryOp) -> bool {
    matches!(
        op,
        BinaryOp::Eql
            | BinaryOp::Neq
            | BinaryOp::Lss
            | BinaryOp::Leq
            | BinaryOp::Gtr
            | BinaryOp::Geq
    )
}

fn const_op(op: BinaryOp) -> ConstOp {
    match op {
        BinaryOp::Add => ConstOp::Add,
        BinaryOp::Sub => ConstOp::Sub,
        BinaryOp::Mul => ConstOp::Mul,
        BinaryOp::Quo => ConstOp::Div,
        BinaryOp::Rem => ConstOp::Rem,
        BinaryOp::And => ConstOp::And,
        BinaryOp::Or => ConstOp::Or,
        BinaryOp::Xor => ConstOp::Xor,
        BinaryOp::AndNot => ConstOp::AndNot,
        BinaryOp::Shl => ConstOp::Shl,
        BinaryOp::Shr => ConstOp::Shr,
        BinaryOp::LAnd => ConstOp::LAnd,
        _ => ConstOp::LOr,
    }
}

/// Parses a Go integer literal (without `_`): decimal, `0x`, `0o`, `0b` or legacy octal.
pub(super) fn parse_int(text: &str) -> Option<i128> {
    let lower = text.to_ascii_lowercase();
    let (digits, radix) = if let Some(h) = lower.strip_prefix("0x") {
        (h, 16)
    } else if let Some(o) = lower.strip_prefix("0o") {
        (o, 8)
    } else if let Some(b) = lower.strip_prefix("0b") {
        (b, 2)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (&lower[1..], 8)
    } else {
        (lower.as_str(), 10)
    };
    i128::from_str_radix(digits, radix).ok()
}
