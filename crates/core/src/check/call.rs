//! Calls, conversions and builtins; composite and function literals; indexing, slicing and
//! type assertions.

use super::assign::plural;
use super::constant::ConstValue;
use super::expr::invalid;
use super::scope::Builtin;
use super::types::{Basic, ChanDir, Signature, Type, TypeId, well_known as wk};
use super::{Checker, ExprInfo, Mode};
use crate::syntax::ast::{self, ExprKind};

fn info(mode: Mode, ty: TypeId) -> ExprInfo {
    ExprInfo { mode, ty }
}

impl<'a> Checker<'a> {
    pub(super) fn call(
        &mut self,
        e: &'a ast::Expr,
        fun: &'a ast::Expr,
        args: &'a [ast::Expr],
        dots: bool,
    ) -> ExprInfo {
        if let Some((g, explicit)) = self.generic_callee(fun) {
            return self.generic_call(e, fun, g, explicit, args, dots);
        }
        let f = self.expr_or_type(fun);
        match f.mode {
            Mode::Invalid => {
                for a in args {
                    self.expr(a);
                }
                invalid()
            }
            Mode::Type => self.conversion(e, f.ty, args),
            Mode::Builtin(b) => self.builtin(e, b, args, dots),
            Mode::Package => {
                let text = self.expr_text(fun);
                self.error(fun.span, format!("use of package {text} without selector"));
                invalid()
            }
            _ => {
                let f = self.single_value(fun, f);
                if f.mode == Mode::Invalid {
                    return invalid();
                }
                let Some(sig) = self.types.signature(f.ty).cloned() else {
                    let text = self.expr_text(fun);
                    let d = self.describe(fun, &f);
                    let shown = self.types.display(f.ty);
                    self.error(
                        e.span,
                        format!(
                            "invalid operation: cannot call {text} ({d}): {shown} is not a function"
                        ),
                    );
                    for a in args {
                        self.expr(a);
                    }
                    return invalid();
                };
                self.arguments(e, fun, &sig, args, dots);
                self.call_result(&sig)
            }
        }
    }

    pub(super) fn call_result(&mut self, sig: &Signature) -> ExprInfo {
        match sig.results.as_slice() {
            [] => info(Mode::NoValue, wk::EMPTY_TUPLE),
            [one] => info(Mode::Value, *one),
            many => {
                let t = self.types.tuple(many.to_vec());
                info(Mode::Value, t)
            }
        }
    }

    /// Checks call arguments against a signature, in Go's words.
    fn arguments(
        &mut self,
        call: &ast::Expr,
        fun: &ast::Expr,
        sig: &Signature,
        args: &'a [ast::Expr],
        dots: bool,
    ) {
        let fname = self.expr_text(fun);
        let context = format!("argument to {fname}");
        // f(g()) where g returns several values.
        if args.len() == 1 && (sig.params.len() > 1 || sig.variadic) && !dots {
            let x = self.expr(&args[0]);
            if let Type::Tuple(items) = self.types.get(x.ty).clone() {
                let have: Vec<TypeId> = items.clone();
                if !self.params_accept(sig, &have) {
                    let msg = self.count_message(sig, &have, &[]);
                    self.error(args[0].span, msg.replace("%CALL%", &fname));
                }
                return;
            }
            return self.arguments_checked(call, sig, args, vec![x], dots, &fname, &context);
        }
        let mut xs = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let hint = param_type(&self.types, sig, i, dots);
            let x = self.value(a, hint);
            xs.push(x);
        }
        self.arguments_checked(call, sig, args, xs, dots, &fname, &context)
    }

    #[allow(clippy::too_many_arguments)] // reason: one call site; the pieces are all needed
    pub(super) fn arguments_checked(
        &mut self,
        call: &ast::Expr,
        sig: &Signature,
        args: &'a [ast::Expr],
        xs: Vec<ExprInfo>,
        dots: bool,
        fname: &str,
        context: &str,
    ) {
        if dots && !sig.variadic {
            let text = self.expr_text(call);
            let _ = text;
            self.error(
                args.last().map(|a| a.span).unwrap_or(call.span),
                format!("have (...) but function is not variadic: {fname}"),
            );
            return;
        }
        let n_fixed = if sig.variadic { sig.params.len() - 1 } else { sig.params.len() };
        let too_few =
            if sig.variadic && !dots { xs.len() < n_fixed } else { xs.len() < sig.params.len() };
        let too_many =
            !sig.variadic && xs.len() > sig.params.len() || (dots && xs.len() > sig.params.len());
        if too_few || too_many {
            if xs.iter().any(|x| x.mode == Mode::Invalid) {
                return;
            }
            let have: Vec<TypeId> = xs.iter().map(|x| x.ty).collect();
            let consts: Vec<bool> = xs.iter().map(|x| matches!(x.mode, Mode::Const(_))).collect();
            let msg = self.count_message(sig, &have, &consts).replace("%CALL%", fname);
            let at = if too_many {
                args[sig.params.len()].span
            } else {
                args.last().map(|a| a.span).unwrap_or(call.span)
            };
            self.error(at, msg);
            return;
        }
        for (i, (a, x)) in args.iter().zip(&xs).enumerate() {
            let Some(t) = param_type(&self.types, sig, i, dots) else { continue };
            self.assign_check(a, x, t, context);
        }
    }

    fn params_accept(&self, sig: &Signature, have: &[TypeId]) -> bool {
        if sig.variadic {
            have.len() >= sig.params.len() - 1
        } else {
            have.len() == sig.params.len()
        }
    }

    /// `not enough arguments in call to f\n\thave (…)\n\twant (…)`, with `%CALL%` for `f`.
    fn count_message(&mut self, sig: &Signature, have: &[TypeId], consts: &[bool]) -> String {
        let too_many = !sig.variadic && have.len() > sig.params.len();
        let which = if too_many { "too many" } else { "not enough" };
        let have_list: Vec<String> = have
            .iter()
            .enumerate()
            .map(|(i, t)| self.summary_type(*t, consts.get(i).copied().unwrap_or(true)))
            .collect();
        let want = self.types.func(sig.params.clone(), vec![], sig.variadic);
        let want = self.types.display(want);
        format!(
            "{which} arguments in call to %CALL%\n\thave ({})\n\twant {}",
            have_list.join(", "),
            want.trim_start_matches("func")
        )
    }

    /// `T(x)`.
    fn conversion(&mut self, e: &'a ast::Expr, to: TypeId, args: &'a [ast::Expr]) -> ExprInfo {
        let shown = self.types.display(to);
        let [arg] = args else {
            for a in args {
                self.expr(a);
            }
            let text = self.expr_text(e);
            if args.is_empty() {
                self.error(e.span, format!("missing argument in conversion to {shown}"));
            } else {
                self.error(args[1].span, format!("too many arguments in conversion to {shown}"));
            }
            let _ = text;
            return invalid();
        };
        let x = self.value(arg, Some(to));
        if x.mode == Mode::Invalid || self.types.is_invalid(to) {
            return info(Mode::Value, to);
        }
        if let Mode::Const(v) = &x.mode
            && let Some(tb) = self.types.basic_of(to)
        {
            let fb = self.types.basic_of(x.ty).unwrap_or(Basic::Invalid);
            if tb.is_string() && fb.is_integer() {
                let s = v
                    .as_int()
                    .and_then(|i| u32::try_from(i).ok())
                    .and_then(char::from_u32)
                    .unwrap_or('\u{FFFD}');
                return info(Mode::Const(ConstValue::String(s.to_string())), to);
            }
            let numeric = tb.is_numeric() && fb.is_numeric();
            let same = (tb.is_string() && fb.is_string()) || (tb.is_boolean() && fb.is_boolean());
            if numeric || same {
                if numeric && super::constant::representable(v, tb).is_err() {
                    // Go words a failed integer-to-integer conversion as an overflow, any
                    // other as a failed conversion, showing a whole float as the integer it
                    // was converted to.
                    if fb.is_integer() && tb.is_integer() {
                        let vs = v.display();
                        self.error(arg.span, format!("constant {vs} overflows {shown}"));
                        return invalid();
                    }
                    let text = self.expr_text(arg);
                    let value = tb.is_integer().then(|| v.display_as_integer());
                    let d = self.describe_with(arg, &x, value);
                    self.error(arg.span, format!("cannot convert {text} ({d}) to type {shown}"));
                    return invalid();
                }
                return self.typed_const(e, v.clone(), to);
            }
        }
        if !self.convertible(x.ty, to) {
            let text = self.expr_text(arg);
            let d = self.describe(arg, &x);
            self.error(arg.span, format!("cannot convert {text} ({d}) to type {shown}"));
            return invalid();
        }
        if self.types.is_untyped(x.ty) && x.ty != wk::UNTYPED_NIL {
            // A non-constant untyped value (a shift of a constant) takes a basic target type,
            // as `T(1 << n)` shifts a T; anything else takes its default type.
            let t = match self.types.basic_of(to) {
                Some(b) if x.mode == Mode::Value && !b.is_untyped() && !b.is_string() => to,
                _ => {
                    let b = self.types.basic_of(x.ty).map(Basic::default_type);
                    self.types.basic(b.unwrap_or(Basic::Invalid))
                }
            };
            self.settle(arg, x.mode.clone(), t);
        }
        info(Mode::Value, to)
    }

    fn convertible(&self, from: TypeId, to: TypeId) -> bool {
        if self.assignable_type(from, to) {
            return true;
        }
        let (fu, tu) = (self.types.underlying(from), self.types.underlying(to));
        if fu == tu {
            return true;
        }
        let fb = self.types.basic_of(from);
        let tb = self.types.basic_of(to);
        if let (Some(f), Some(t)) = (fb, tb) {
            if f.is_numeric() && t.is_numeric() {
                return true;
            }
            if t.is_string() && f.is_integer() {
                return true;
            }
            if f.is_string() && t.is_string() {
                return true;
            }
        }
        let byte_or_rune_slice = |t: &Type| match t {
            Type::Slice(e) => matches!(self.types.basic_of(*e), Some(Basic::Uint8 | Basic::Int32)),
            _ => false,
        };
        if tb.is_some_and(|t| t.is_string()) && byte_or_rune_slice(self.types.get(fu)) {
            return true;
        }
        if fb.is_some_and(|f| f.is_string()) && byte_or_rune_slice(self.types.get(tu)) {
            return true;
        }
        if let (Type::Pointer(a), Type::Pointer(b)) = (self.types.get(fu), self.types.get(tu)) {
            return self.types.underlying(*a) == self.types.underlying(*b);
        }
        // A slice converts to an array, or a pointer to an array, of its element type.
        if let Type::Slice(fe) = self.types.get(fu) {
            let array = match self.types.get(tu) {
                Type::Pointer(p) => self.types.underlying(*p),
                _ => tu,
            };
            if let Type::Array(_, te) = self.types.get(array) {
                return self.identical(*fe, *te);
            }
        }
        false
    }

    fn builtin(
        &mut self,
        e: &'a ast::Expr,
        b: Builtin,
        args: &'a [ast::Expr],
        dots: bool,
    ) -> ExprInfo {
        let name = b.name();
        let n = args.len();
        let arity: (usize, Option<usize>) = match b {
            Builtin::Len
            | Builtin::Cap
            | Builtin::Close
            | Builtin::Panic
            | Builtin::New
            | Builtin::Clear
            | Builtin::Real
            | Builtin::Imag => (1, Some(1)),
            Builtin::Copy | Builtin::Delete | Builtin::Complex => (2, Some(2)),
            Builtin::Make => (1, Some(3)),
            Builtin::Append | Builtin::Min | Builtin::Max => (1, None),
            Builtin::Print | Builtin::Println => (0, None),
            Builtin::Recover => (0, Some(0)),
        };
        if n < arity.0 || arity.1.is_some_and(|m| n > m) {
            for a in args {
                if b != Builtin::Make && b != Builtin::New {
                    self.expr(a);
                }
            }
            let text = self.expr_text(e);
            let which = if n < arity.0 { "not enough" } else { "too many" };
            let at = if n < arity.0 { e.span } else { args[arity.1.unwrap_or(0)].span };
            self.error(
                at,
                format!(
                    "{which} arguments for {text} (expected {}, found {n})",
                    arity.0.max(arity.1.unwrap_or(0)).min(if n < arity.0 {
                        arity.0
                    } else {
                        arity.1.unwrap_or(0)
                    })
                ),
            );
            return invalid();
        }
        if dots && b != Builtin::Append {
            let text = self.expr_text(e);
            self.error(
                e.span,
                format!("invalid operation: invalid use of ... with built-in {name}: {text}"),
            );
            return invalid();
        }
        match b {
            Builtin::Len | Builtin::Cap => {
                let x = self.value(&args[0], None);
                if x.mode == Mode::Invalid {
                    return invalid();
                }
                let t = match self.types.get(x.ty) {
                    Type::Pointer(p) => self.types.underlying(*p),
                    _ => self.types.underlying(x.ty),
                };
                let ok = match self.types.get(t) {
                    Type::Basic(bk) => bk.is_string() && b == Builtin::Len,
                    Type::Array(..) | Type::Slice(_) | Type::Chan(..) => true,
                    Type::Map(..) => b == Builtin::Len,
                    _ => false,
                };
                if !ok {
                    let text = self.expr_text(&args[0]);
                    let d = self.describe(&args[0], &x);
                    self.error(
                        args[0].span,
                        format!("invalid argument: {text} ({d}) for built-in {name}"),
                    );
                    return invalid();
                }
                if let (Mode::Const(ConstValue::String(s)), Builtin::Len) = (&x.mode, b) {
                    return info(Mode::Const(ConstValue::Int(s.len() as i128)), wk::INT);
                }
                if let Type::Array(len, _) = self.types.get(t)
                    && !contains_call_or_recv(&args[0])
                {
                    return info(Mode::Const(ConstValue::Int(i128::from(*len))), wk::INT);
                }
                info(Mode::Value, wk::INT)
            }
            Builtin::Close => {
                let x = self.value(&args[0], None);
                if x.mode == Mode::Invalid {
                    return info(Mode::NoValue, wk::EMPTY_TUPLE);
                }
                let text = self.expr_text(&args[0]);
                let d = self.describe(&args[0], &x);
                match self.types.under(x.ty) {
                    Type::Chan(ChanDir::Recv, _) => {
                        self.error(
                            args[0].span,
                            format!(
                                "invalid operation: cannot close receive-only channel {text} ({d})"
                            ),
                        );
                    }
                    Type::Chan(..) => {}
                    _ => self.error(
                        args[0].span,
                        format!("invalid operation: cannot close non-channel {text} ({d})"),
                    ),
                }
                info(Mode::NoValue, wk::EMPTY_TUPLE)
            }
            Builtin::Panic => {
                let x = self.value(&args[0], None);
                self.assign_check(&args[0], &x, wk::EMPTY_INTERFACE, "argument to panic");
                info(Mode::NoValue, wk::EMPTY_TUPLE)
            }
            Builtin::Print | Builtin::Println => {
                for a in args {
                    let x = self.value(a, None);
                    if x.ty == wk::UNTYPED_NIL {
                        self.error(a.span, "use of untyped nil in argument to built-in print");
                    } else {
                        self.default_type(a, &x, "argument to built-in print");
                    }
                }
                info(Mode::NoValue, wk::EMPTY_TUPLE)
            }
            Builtin::Recover => info(Mode::Value, wk::EMPTY_INTERFACE),
            Builtin::New => {
                let t = self.resolve_type(&args[0]);
                let p = self.types.pointer_to(t);
                info(Mode::Value, p)
            }
            Builtin::Make => self.make(e, args),
            Builtin::Append => {
                let s = self.value(&args[0], None);
                if s.mode == Mode::Invalid {
                    for a in &args[1..] {
                        self.expr(a);
                    }
                    return invalid();
                }
                let elem = match self.types.under(s.ty) {
                    Type::Slice(el) => *el,
                    _ => {
                        let text = self.expr_text(&args[0]);
                        let d = self.describe(&args[0], &s);
                        self.error(
                            args[0].span,
                            format!("invalid argument: {text} ({d}) is not a slice"),
                        );
                        return invalid();
                    }
                };
                if dots {
                    if args.len() != 2 {
                        self.error(e.span, "can only use ... with final argument in list");
                        return invalid();
                    }
                    let x = self.value(&args[1], None);
                    let is_string = self.types.basic_of(x.ty).is_some_and(Basic::is_string);
                    let byte_slice = self.types.basic_of(elem) == Some(Basic::Uint8);
                    if !(is_string && byte_slice) {
                        self.assign_check(&args[1], &x, s.ty, "append");
                    }
                } else {
                    for a in &args[1..] {
                        let x = self.value(a, Some(elem));
                        self.assign_check(a, &x, elem, "argument to append");
                    }
                }
                info(Mode::Value, s.ty)
            }
            Builtin::Copy => {
                let d = self.value(&args[0], None);
                let s = self.value(&args[1], None);
                let _ = (d, s);
                info(Mode::Value, wk::INT)
            }
            Builtin::Delete => {
                let m = self.value(&args[0], None);
                let k = self.value(&args[1], None);
                match self.types.under(m.ty).clone() {
                    Type::Map(kt, _) => {
                        self.assign_check(&args[1], &k, kt, "argument to delete");
                    }
                    _ if m.mode == Mode::Invalid => {}
                    _ => {
                        let text = self.expr_text(&args[0]);
                        let d = self.describe(&args[0], &m);
                        self.error(
                            args[0].span,
                            format!("invalid argument: {text} ({d}) is not a map"),
                        );
                    }
                }
                info(Mode::NoValue, wk::EMPTY_TUPLE)
            }
            Builtin::Clear => {
                self.value(&args[0], None);
                info(Mode::NoValue, wk::EMPTY_TUPLE)
            }
            Builtin::Min | Builtin::Max => {
                let mut xs: Vec<ExprInfo> = args.iter().map(|a| self.value(a, None)).collect();
                if xs.iter().any(|x| x.mode == Mode::Invalid) {
                    return invalid();
                }
                let typed = xs.iter().find(|x| !self.types.is_untyped(x.ty)).map(|x| x.ty);
                let ty = typed.unwrap_or(xs[0].ty);
                for (a, x) in args.iter().zip(xs.iter_mut()) {
                    if typed.is_some() {
                        self.assign_check(a, x, ty, &format!("argument to {name}"));
                    }
                }
                let all_const: Option<Vec<ConstValue>> = xs
                    .iter()
                    .map(|x| if let Mode::Const(v) = &x.mode { Some(v.clone()) } else { None })
                    .collect();
                if let Some(vs) = all_const {
                    let mut best = vs[0].clone();
                    for v in &vs[1..] {
                        let ord = super::constant::compare(v, &best);
                        let better = match b {
                            Builtin::Min => ord == Some(std::cmp::Ordering::Less),
                            _ => ord == Some(std::cmp::Ordering::Greater),
                        };
                        if better {
                            best = v.clone();
                        }
                    }
                    return info(Mode::Const(best), ty);
                }
                info(Mode::Value, ty)
            }
            Builtin::Complex | Builtin::Real | Builtin::Imag => {
                self.unsupported(e.span, "complex numbers");
                invalid()
            }
        }
    }

    fn make(&mut self, e: &'a ast::Expr, args: &'a [ast::Expr]) -> ExprInfo {
        let t = self.resolve_type(&args[0]);
        if self.types.is_invalid(t) {
            return invalid();
        }
        let max = match self.types.under(t) {
            Type::Slice(_) => 3,
            Type::Map(..) | Type::Chan(..) => 2,
            _ => {
                let text = self.expr_text(&args[0]);
                self.error(
                    args[0].span,
                    format!(
                        "invalid argument: cannot make {text}; type must be slice, map, or channel"
                    ),
                );
                return invalid();
            }
        };
        let is_slice = max == 3;
        if is_slice && args.len() < 2 {
            let text = self.expr_text(e);
            self.error(
                e.span,
                format!("invalid operation: {text} expects 2 or 3 arguments; found 1"),
            );
            return invalid();
        }
        if args.len() > max {
            let text = self.expr_text(e);
            self.error(
                e.span,
                format!(
                    "invalid operation: {text} expects {} or {max} arguments; found {}",
                    max - 1,
                    args.len()
                ),
            );
            return invalid();
        }
        let mut sizes = Vec::new();
        for a in &args[1..] {
            let x = self.value(a, None);
            if x.mode == Mode::Invalid {
                continue;
            }
            let int_ok = self.types.basic_of(x.ty).is_some_and(Basic::is_integer)
                || matches!(&x.mode, Mode::Const(v) if v.as_int().is_some());
            if !int_ok {
                let text = self.expr_text(a);
                let d = self.describe(a, &x);
                self.error(a.span, format!("cannot convert {text} ({d}) to type int"));
                continue;
            }
            if let Mode::Const(v) = &x.mode {
                if v.as_int().is_some_and(|n| n < 0) {
                    let text = self.expr_text(a);
                    self.error(a.span, format!("invalid argument: index {text} (constant of type int) must not be negative"));
                    continue;
                }
                sizes.push(v.as_int());
                if self.types.is_untyped(x.ty) {
                    self.record(a, x.mode.clone(), wk::INT);
                }
            }
        }
        if let [Some(len), Some(cap)] = sizes.as_slice()
            && len > cap
        {
            self.error(args[1].span, "invalid argument: length and capacity swapped".to_string());
        }
        info(Mode::Value, t)
    }

    pub(super) fn composite_lit(
        &mut self,
        e: &'a ast::Expr,
        ty: Option<&'a ast::Expr>,
        elems: &'a [ast::Element],
        hint: Option<TypeId>,
    ) -> ExprInfo {
        let (lit_ty, open_array) = match ty {
            Some(t) => match &t.kind {
                ExprKind::ArrayType { len: None, elem } => {
                    let el = self.resolve_type(elem);
                    (el, true)
                }
                _ => (self.resolve_type(t), false),
            },
            None => match hint {
                Some(h) => (h, false),
                None => {
                    self.error(e.span, "invalid composite literal type: missing type");
                    return invalid();
                }
            },
        };
        if open_array {
            let elem = lit_ty;
            let n = self.indexed_elems(elems, elem, None);
            let t = self.types.intern(Type::Array(n, elem));
            if let Some(t_expr) = ty {
                self.record(t_expr, Mode::Type, t);
            }
            return info(Mode::Value, t);
        }
        // `&T{}` elided inside a literal of `[]*T`.
        let (lit_ty, via_pointer) = match (ty, self.types.get(lit_ty).clone()) {
            (None, Type::Pointer(inner)) => (inner, true),
            _ => (lit_ty, false),
        };
        match self.types.under(lit_ty).clone() {
            Type::Struct(fields) => self.struct_lit(e, lit_ty, &fields, elems),
            Type::Array(n, elem) => {
                self.indexed_elems(elems, elem, Some(n));
            }
            Type::Slice(elem) => {
                self.indexed_elems(elems, elem, None);
            }
            Type::Map(k, v) => {
                for el in elems {
                    match &el.key {
                        Some(key) => {
                            let kx = self.value(key, Some(k));
                            self.assign_check(key, &kx, k, "map literal");
                        }
                        None => self.error(el.value.span, "missing key in map literal"),
                    }
                    let vx = self.value(&el.value, Some(v));
                    self.assign_check(&el.value, &vx, v, "map literal");
                }
            }
            _ if self.types.is_invalid(lit_ty) => return invalid(),
            _ => {
                let shown = self.types.display(lit_ty);
                self.error(e.span, format!("invalid composite literal type {shown}"));
                return invalid();
            }
        }
        if via_pointer {
            let p = self.types.pointer_to(lit_ty);
            return info(Mode::Value, p);
        }
        info(Mode::Value, lit_ty)
    }

    fn struct_lit(
        &mut self,
        e: &ast::Expr,
        ty: TypeId,
        fields: &[super::types::Field],
        elems: &'a [ast::Element],
    ) {
        let shown = self.types.display(ty);
        let keyed = elems.first().is_some_and(|el| el.key.is_some());
        if keyed {
            let mut seen: Vec<String> = Vec::new();
            for el in elems {
                let Some(key) = &el.key else {
                    self.error(
                        el.value.span,
                        "mixture of field:value and value elements in struct literal",
                    );
                    self.expr(&el.value);
                    continue;
                };
                let ExprKind::Name(fname) = &key.kind else {
                    let text = self.expr_text(key);
                    self.error(key.span, format!("invalid field name {text} in struct literal"));
                    continue;
                };
                let Some(f) = fields.iter().find(|f| &f.name == fname) else {
                    self.error(
                        key.span,
                        format!("unknown field {fname} in struct literal of type {shown}"),
                    );
                    self.expr(&el.value);
                    continue;
                };
                if seen.contains(fname) {
                    self.error(key.span, format!("duplicate field name {fname} in struct literal"));
                }
                seen.push(fname.clone());
                let x = self.value(&el.value, Some(f.ty));
                self.assign_check(&el.value, &x, f.ty, "struct literal");
            }
        } else {
            for (i, el) in elems.iter().enumerate() {
                if el.key.is_some() {
                    self.error(
                        el.span,
                        "mixture of field:value and value elements in struct literal",
                    );
                    continue;
                }
                let Some(f) = fields.get(i) else {
                    self.error(
                        el.value.span,
                        format!("too many values in struct literal of type {shown}"),
                    );
                    break;
                };
                let x = self.value(&el.value, Some(f.ty));
                self.assign_check(&el.value, &x, f.ty, "struct literal");
            }
            if !elems.is_empty() && elems.len() < fields.len() {
                let end = crate::syntax::span::Span::at(e.span.end as usize - 1);
                self.error(end, format!("too few values in struct literal of type {shown}"));
            }
        }
    }

    /// Checks array or slice literal elements; returns the literal's length.
    fn indexed_elems(&mut self, elems: &'a [ast::Element], elem: TypeId, max: Option<u64>) -> u64 {
        let mut index: u64 = 0;
        let mut len: u64 = 0;
        for el in elems {
            if let Some(k) = &el.key {
                let kx = self.value(k, None);
                match &kx.mode {
                    Mode::Const(v) if v.as_int().is_some_and(|n| n >= 0) => {
                        index = v.as_int().unwrap_or(0) as u64
                    }
                    Mode::Invalid => {}
                    _ => {
                        let text = self.expr_text(k);
                        self.error(k.span, format!("index {text} must be integer constant"));
                    }
                }
            }
            if let Some(m) = max
                && index >= m
            {
                self.error(el.value.span, format!("index {index} is out of bounds (>= {m})"));
            }
            let x = self.value(&el.value, Some(elem));
            self.assign_check(&el.value, &x, elem, "array or slice literal");
            index += 1;
            len = len.max(index);
        }
        len
    }

    pub(super) fn func_lit(
        &mut self,
        e: &'a ast::Expr,
        ft: &'a ast::FuncType,
        body: &'a ast::Block,
    ) -> ExprInfo {
        let (sig, params) = self.signature(ft, None);
        let results = self.types.signature(sig).map(|s| s.results.clone()).unwrap_or_default();
        self.func_body_common(e.span.start, results, params, None, body);
        info(Mode::Value, sig)
    }

    pub(super) fn index(
        &mut self,
        e: &'a ast::Expr,
        x: &'a ast::Expr,
        indices: &'a [ast::Expr],
    ) -> ExprInfo {
        if let Some((g, _)) = self.generic_callee(e) {
            return self.explicit_instance(e, g, indices);
        }
        if let Some(t) = self.generic_type_index(e, x, indices) {
            return if self.types.is_invalid(t) { invalid() } else { info(Mode::Type, t) };
        }
        let xi = self.expr_or_type(x);
        if xi.mode == Mode::Invalid {
            for i in indices {
                self.expr(i);
            }
            return invalid();
        }
        if xi.mode == Mode::Type
            || self.types.signature(xi.ty).is_some() && matches!(xi.mode, Mode::Value)
        {
            self.unsupported(e.span, "generic instantiation");
            return invalid();
        }
        let xi = self.single_value(x, xi);
        let [index] = indices else {
            self.error(e.span, "unexpected comma; expecting ]");
            return invalid();
        };
        let t = match self.types.get(xi.ty) {
            Type::Pointer(p) if matches!(self.types.under(*p), Type::Array(..)) => {
                self.types.underlying(*p)
            }
            _ => self.types.underlying(xi.ty),
        };
        let through_ptr = matches!(self.types.get(xi.ty), Type::Pointer(_));
        match self.types.get(t).clone() {
            Type::Map(k, v) => {
                let kx = self.value(index, Some(k));
                self.assign_check(index, &kx, k, "map index");
                info(Mode::MapIndex, v)
            }
            Type::Slice(elem) => {
                self.index_value(index, None);
                info(Mode::Variable, elem)
            }
            Type::Array(n, elem) => {
                self.index_value(index, Some(n));
                let mode = if xi.mode == Mode::Variable || through_ptr {
                    Mode::Variable
                } else {
                    Mode::Value
                };
                info(mode, elem)
            }
            Type::Basic(b) if b.is_string() => {
                let len = match &xi.mode {
                    Mode::Const(ConstValue::String(s)) => Some(s.len() as u64),
                    _ => None,
                };
                self.index_value(index, len);
                info(Mode::Value, wk::UINT8)
            }
            _ => {
                self.expr(index);
                let text = self.expr_text(x);
                let d = self.describe(x, &xi);
                self.error(x.span, format!("invalid operation: cannot index {text} ({d})"));
                invalid()
            }
        }
    }

    /// Checks an index: an integer, non-negative, and within `len` when that is known.
    fn index_value(&mut self, index: &'a ast::Expr, len: Option<u64>) {
        let x = self.value(index, None);
        if x.mode == Mode::Invalid {
            return;
        }
        let int_ok = self.types.basic_of(x.ty).is_some_and(Basic::is_integer)
            || matches!(&x.mode, Mode::Const(v) if v.as_int().is_some());
        if !int_ok {
            let text = self.expr_text(index);
            let d = self.describe(index, &x);
            self.error(index.span, format!("invalid argument: index {text} ({d}) must be integer"));
            return;
        }
        if let Mode::Const(v) = &x.mode {
            let n = v.as_int().unwrap_or(0);
            let text = self.expr_text(index);
            if n < 0 {
                let d = self.describe(index, &x);
                self.error(
                    index.span,
                    format!("invalid argument: index {text} ({d}) must not be negative"),
                );
            } else if let Some(len) = len
                && n as u64 >= len
            {
                self.error(
                    index.span,
                    format!("invalid argument: index {text} out of bounds [0:{len}]"),
                );
            }
            if self.types.is_untyped(x.ty) {
                self.record(index, x.mode.clone(), wk::INT);
            }
        }
    }

    pub(super) fn slice_expr(
        &mut self,
        e: &'a ast::Expr,
        x: &'a ast::Expr,
        lo: Option<&'a ast::Expr>,
        hi: Option<&'a ast::Expr>,
        max: Option<&'a ast::Expr>,
        _full: bool,
    ) -> ExprInfo {
        let xi = self.value(x, None);
        for part in [lo, hi, max].into_iter().flatten() {
            self.index_value(part, None);
        }
        if xi.mode == Mode::Invalid {
            return invalid();
        }
        let ty = match self.types.under(xi.ty).clone() {
            Type::Basic(b) if b.is_string() => {
                if b == Basic::UntypedString {
                    wk::STRING
                } else {
                    xi.ty
                }
            }
            Type::Slice(_) => xi.ty,
            Type::Array(_, elem) => {
                if xi.mode != Mode::Variable {
                    let text = self.expr_text(x);
                    self.error(
                        e.span,
                        format!("invalid operation: {text} (slice of unaddressable value)"),
                    );
                }
                self.types.slice_of(elem)
            }
            Type::Pointer(p) => match self.types.under(p).clone() {
                Type::Array(_, elem) => self.types.slice_of(elem),
                _ => {
                    let text = self.expr_text(x);
                    let d = self.describe(x, &xi);
                    self.error(x.span, format!("cannot slice {text} ({d})"));
                    return invalid();
                }
            },
            _ => {
                let text = self.expr_text(x);
                let d = self.describe(x, &xi);
                self.error(x.span, format!("cannot slice {text} ({d})"));
                return invalid();
            }
        };
        info(Mode::Value, ty)
    }

    pub(super) fn type_assert(
        &mut self,
        e: &'a ast::Expr,
        x: &'a ast::Expr,
        ty: Option<&'a ast::Expr>,
    ) -> ExprInfo {
        let xi = self.value(x, None);
        let Some(ty) = ty else {
            self.error(e.span, "invalid syntax tree: use of .(type) outside type switch");
            return invalid();
        };
        let t = self.resolve_type(ty);
        if xi.mode == Mode::Invalid {
            return invalid();
        }
        if !self.types.is_interface(xi.ty) {
            let text = self.expr_text(x);
            let d = self.describe(x, &xi);
            self.error(x.span, format!("invalid operation: {text} ({d}) is not an interface"));
            return invalid();
        }
        if !self.types.is_interface(t)
            && !self.types.is_invalid(t)
            && let Err(reason) = self.implements(t, xi.ty)
        {
            let shown = self.types.display(t);
            let text = self.expr_text(e);
            let iface = self.types.display(xi.ty);
            self.error(ty.span, format!("impossible type assertion: {text}\n\t{shown} does not implement {iface} {reason}"));
        }
        info(Mode::CommaOk, t)
    }
}

/// The parameter type for argument `i` (the element type for variadic extras).
pub(super) fn param_type(
    types: &super::types::TypeTable,
    sig: &Signature,
    i: usize,
    dots: bool,
) -> Option<TypeId> {
    let n = sig.params.len();
    if sig.variadic && i + 1 >= n {
        let last = *sig.params.last()?;
        if dots {
            return Some(last);
        }
        return match types.get(last) {
            Type::Slice(e) => Some(*e),
            _ => Some(last),
        };
    }
    sig.params.get(i).copied()
}

/// Whether evaluating the expression may call a function or receive (so `len` of an array
/// is not a constant).
fn contains_call_or_recv(e: &ast::Expr) -> bool {
    match &e.kind {
        ExprKind::Call { .. } | ExprKind::Unary { op: ast::UnaryOp::Recv, .. } => true,
        ExprKind::Paren(x) | ExprKind::Selector { x, .. } | ExprKind::Unary { x, .. } => {
            contains_call_or_recv(x)
        }
        ExprKind::Index { x, indices } => {
            contains_call_or_recv(x) || indices.iter().any(contains_call_or_recv)
        }
        _ => false,
    }
}

#[allow(dead_code)] // reason: shared wording helper kept beside its users
fn values(n: usize) -> String {
    format!("{n} value{}", plural(n))
}
