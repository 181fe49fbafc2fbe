//! Assignability (Go spec "Assignability"), untyped constants taking the type of their
//! destination, and the checks shared by variable declarations, assignments, arguments,
//! returns and sends.

use super::constant::{self, ConstValue};
use super::types::{ChanDir, Type, TypeId, well_known as wk};
use super::{Checker, ExprInfo, Mode};
use crate::syntax::ast;
use crate::syntax::span::Span;

impl<'a> Checker<'a> {
    /// Whether two types are identical. Types are interned, so this is mostly id equality;
    /// `Invalid` is identical to everything so one error does not cascade.
    pub(super) fn identical(&self, a: TypeId, b: TypeId) -> bool {
        a == b || self.types.is_invalid(a) || self.types.is_invalid(b)
    }

    /// Whether a value of type `from` may be assigned to a variable of type `to`, for
    /// typed values (untyped constants are handled by `assign_check`).
    pub(super) fn assignable_type(&self, from: TypeId, to: TypeId) -> bool {
        if self.identical(from, to) {
            return true;
        }
        let (fu, tu) = (self.types.underlying(from), self.types.underlying(to));
        let named = |t: TypeId| matches!(self.types.get(t), Type::Named(_));
        if fu == tu && (!named(from) || !named(to)) && !matches!(self.types.get(fu), Type::Basic(_))
        {
            return true;
        }
        if from == wk::UNTYPED_NIL {
            return self.nil_ok(to);
        }
        if self.types.is_untyped(from) {
            let (Some(fb), Some(tb)) = (self.types.basic_of(from), self.types.basic_of(to)) else {
                return self.types.is_interface(to);
            };
            return (fb.is_numeric() && tb.is_numeric())
                || (fb.is_string() && tb.is_string())
                || (fb.is_boolean() && tb.is_boolean());
        }
        if self.types.is_interface(to) && self.implements(from, to).is_ok() {
            return true;
        }
        if let (Type::Chan(ChanDir::Both, fe), Type::Chan(_, te)) =
            (self.types.get(fu), self.types.get(tu))
        {
            return fe == te && (!named(from) || !named(to));
        }
        false
    }

    /// Whether `nil` can be a value of type `ty`.
    pub(super) fn nil_ok(&self, ty: TypeId) -> bool {
        matches!(
            self.types.under(ty),
            Type::Pointer(_)
                | Type::Func(_)
                | Type::Slice(_)
                | Type::Map(..)
                | Type::Chan(..)
                | Type::Interface(_)
        ) || self.types.is_invalid(ty)
    }

    /// Checks that `x` (the value of `e`) may be assigned to type `to` in `context` (such as
    /// `assignment` or `argument to f`); converts untyped constants and records their type.
    pub(super) fn assign_check(
        &mut self,
        e: &ast::Expr,
        x: &ExprInfo,
        to: TypeId,
        context: &str,
    ) -> bool {
        if x.mode == Mode::Invalid || self.types.is_invalid(to) || self.types.is_invalid(x.ty) {
            return true;
        }
        if let Mode::Const(v) = &x.mode
            && self.types.is_untyped(x.ty)
            && !self.types.is_interface(to)
        {
            return self.convert_untyped_const(e, v, x.ty, to, context).is_some();
        }
        if self.types.is_untyped(x.ty) && self.types.is_interface(to) && x.ty == wk::UNTYPED_NIL {
            return true;
        }
        if self.assignable_type(x.ty, to) {
            if self.types.is_untyped(x.ty) && !self.types.is_interface(to) {
                self.settle(e, x.mode.clone(), to);
            }
            return true;
        }
        let text = self.expr_text(e);
        let d = self.describe(e, x);
        let shown = self.types.display(to);
        let mut msg = format!("cannot use {text} ({d}) as {shown} value in {context}");
        if self.types.is_interface(to)
            && let Err(reason) = self.implements(x.ty, to)
        {
            let from = self.types.display(x.ty);
            msg = format!("{msg}: {from} does not implement {shown} {reason}");
        }
        self.error(e.span, msg);
        false
    }

    /// Converts untyped constant `v` to type `to`, reporting overflow and mismatches in the
    /// words of `assign_check`.
    pub(super) fn convert_untyped_const(
        &mut self,
        e: &ast::Expr,
        v: &ConstValue,
        from: TypeId,
        to: TypeId,
        context: &str,
    ) -> Option<ConstValue> {
        if self.types.is_interface(to) {
            return Some(v.clone());
        }
        let text = self.expr_text(e);
        let d = self.describe(e, &ExprInfo { mode: Mode::Const(v.clone()), ty: from });
        let shown = self.types.display(to);
        let Some(tb) = self.types.basic_of(to) else {
            self.error(e.span, format!("cannot use {text} ({d}) as {shown} value in {context}"));
            return None;
        };
        if !self.assignable_type(from, to) {
            self.error(e.span, format!("cannot use {text} ({d}) as {shown} value in {context}"));
            return None;
        }
        match constant::representable(v, tb) {
            Ok(()) => {
                let v = v.convert(tb).unwrap_or_else(|| v.clone());
                self.record(e, Mode::Const(v.clone()), to);
                Some(v)
            }
            Err(overflow) => {
                let why = if overflow { "overflows" } else { "truncated" };
                self.error(
                    e.span,
                    format!("cannot use {text} ({d}) as {shown} value in {context} ({why})"),
                );
                None
            }
        }
    }

    /// The type a variable declared without a type gets from its initial value: the default
    /// type of an untyped value. Reports `use of untyped nil`.
    pub(super) fn default_type(&mut self, e: &ast::Expr, x: &ExprInfo, context: &str) -> TypeId {
        if x.mode == Mode::Invalid {
            return wk::INVALID;
        }
        if x.ty == wk::UNTYPED_NIL {
            self.error(e.span, format!("use of untyped nil in {context}"));
            return wk::INVALID;
        }
        if let Some(b) = self.types.basic_of(x.ty)
            && b.is_untyped()
        {
            let t = self.types.basic(b.default_type());
            if let Mode::Const(v) = &x.mode {
                return match self.convert_untyped_const(e, v, x.ty, t, context) {
                    Some(_) => t,
                    None => wk::INVALID,
                };
            }
            self.settle(e, x.mode.clone(), t);
            return t;
        }
        x.ty
    }

    /// One initial value for a variable of optional declared type; returns the variable's type.
    pub(super) fn init_value(
        &mut self,
        e: &'a ast::Expr,
        declared: Option<TypeId>,
        context: &str,
    ) -> TypeId {
        let x = self.value(e, declared);
        match declared {
            Some(t) => {
                self.assign_check(e, &x, t, context);
                t
            }
            None => self.default_type(e, &x, context),
        }
    }

    /// The types of `names` initialised from `values` (`var a, b = …`, `a, b := …`),
    /// including the forms with one multi-value right-hand side.
    pub(super) fn init_values(
        &mut self,
        names: &[ast::Ident],
        values: &'a [ast::Expr],
        declared: Option<TypeId>,
        span: Span,
    ) -> Vec<TypeId> {
        let context = "assignment";
        let n = names.len();
        if values.len() == n {
            return values.iter().map(|e| self.init_value(e, declared, context)).collect();
        }
        if values.len() == 1 {
            let e = &values[0];
            let x = self.expr(e);
            if let Some(tys) = self.multi_value(e, &x, n) {
                return tys
                    .into_iter()
                    .map(|t| match declared {
                        Some(d) => {
                            let xi = ExprInfo { mode: Mode::Value, ty: t };
                            self.assign_check(e, &xi, d, context);
                            d
                        }
                        None => {
                            // The second value of a comma-ok form is an untyped bool: give
                            // it its default type without re-recording the expression's own.
                            match self.types.basic_of(t) {
                                Some(b)
                                    if b.is_untyped() && b != crate::check::Basic::UntypedNil =>
                                {
                                    self.types.basic(b.default_type())
                                }
                                _ => t,
                            }
                        }
                    })
                    .collect();
            }
            if x.mode != Mode::Invalid {
                self.assign_mismatch(e, n, &x, values.len());
            }
            return vec![wk::INVALID; n];
        }
        for e in values {
            self.expr(e);
        }
        let at = values.first().map(|v| v.span).unwrap_or(span);
        if values.is_empty() {
            self.error(
                span,
                format!("assignment mismatch: {n} variable{} but 0 values", plural(n)),
            );
        } else {
            self.error(
                at,
                format!(
                    "assignment mismatch: {n} variable{} but {} value{}",
                    plural(n),
                    values.len(),
                    plural(values.len())
                ),
            );
        }
        vec![wk::INVALID; n]
    }

    /// The types of the values of a multi-value expression that should yield `n` values: a
    /// call returning `n` results, or a comma-ok form when `n == 2`.
    pub(super) fn multi_value(
        &mut self,
        e: &ast::Expr,
        x: &ExprInfo,
        n: usize,
    ) -> Option<Vec<TypeId>> {
        if let Type::Tuple(items) = self.types.get(x.ty) {
            return (items.len() == n).then(|| items.clone());
        }
        if n == 2 && matches!(x.mode, Mode::MapIndex | Mode::CommaOk) {
            let _ = e;
            return Some(vec![x.ty, wk::UNTYPED_BOOL]);
        }
        None
    }

    /// `assignment mismatch: 2 variables but f() returns 1 value`.
    pub(super) fn assign_mismatch(
        &mut self,
        e: &ast::Expr,
        n: usize,
        x: &ExprInfo,
        n_values: usize,
    ) {
        let returned = match self.types.get(x.ty) {
            Type::Tuple(items) => Some(items.len()),
            _ if matches!(e.unparen().kind, ast::ExprKind::Call { .. }) => {
                Some(if x.mode == Mode::NoValue { 0 } else { 1 })
            }
            _ => None,
        };
        match (returned, &e.unparen().kind) {
            (Some(r), ast::ExprKind::Call { fun, .. }) => {
                let f = self.expr_text(fun);
                self.error(
                    e.span,
                    format!(
                        "assignment mismatch: {n} variable{} but {f} returns {r} value{}",
                        plural(n),
                        plural(r)
                    ),
                );
            }
            _ => self.error(
                e.span,
                format!(
                    "assignment mismatch: {n} variable{} but {n_values} value{}",
                    plural(n),
                    plural(n_values)
                ),
            ),
        }
    }
}

pub(super) fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
