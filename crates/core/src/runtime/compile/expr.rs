//! Compiling expressions: constants, variables, operators, selectors, indexing, literals,
//! conversions, calls (static, method, interface, native, builtin) and addresses.

use super::super::program::{BinOp, Conv, Num, Op, RangeKind, Target};
use super::super::value::{Closure, FuncId, Value};
use super::FuncSource;
use super::stmt::FnCompiler;
use crate::check::types::well_known as wk;
use crate::check::{Basic, Builtin, ConstValue, Mode, ObjKind, SelectionKind, Type, TypeId};
use crate::syntax::ast::{self, BinaryOp, ExprKind, UnaryOp};
use crate::syntax::span::Span;
use std::rc::Rc;

pub(super) fn bin_op(op: BinaryOp) -> BinOp {
    match op {
        BinaryOp::Add => BinOp::Add,
        BinaryOp::Sub => BinOp::Sub,
        BinaryOp::Mul => BinOp::Mul,
        BinaryOp::Quo => BinOp::Div,
        BinaryOp::Rem => BinOp::Rem,
        BinaryOp::And => BinOp::And,
        BinaryOp::Or => BinOp::Or,
        BinaryOp::Xor => BinOp::Xor,
        BinaryOp::AndNot => BinOp::AndNot,
        BinaryOp::Shl => BinOp::Shl,
        BinaryOp::Shr => BinOp::Shr,
        BinaryOp::Eql => BinOp::Eq,
        BinaryOp::Neq => BinOp::Ne,
        BinaryOp::Lss => BinOp::Lt,
        BinaryOp::Leq => BinOp::Le,
        BinaryOp::Gtr => BinOp::Gt,
        BinaryOp::Geq => BinOp::Ge,
        BinaryOp::LAnd | BinaryOp::LOr => BinOp::Eq,
    }
}

/// The runtime value of a constant of type `ty`.
pub(super) fn const_value(v: &ConstValue, ty: TypeId, types: &crate::check::TypeTable) -> Value {
    let b = types.basic_of(ty).map(|b| if b.is_untyped() { b.default_type() } else { b });
    match v {
        ConstValue::Bool(b) => Value::Bool(*b),
        ConstValue::String(s) => Value::str(s),
        ConstValue::Int(_) | ConstValue::Float(_) => match b {
            Some(b) if b.is_integer() => Value::Int(v.as_int().unwrap_or(0) as i64),
            // Rounded once, from the exact value.
            Some(Basic::Float32) => Value::Float(v.as_f32().unwrap_or(0.0).into()),
            Some(b) if b.is_float() => Value::Float(v.as_f64().unwrap_or(0.0)),
            _ => match v {
                ConstValue::Int(i) => Value::Int(*i as i64),
                _ => Value::Float(v.as_f64().unwrap_or(0.0)),
            },
        },
    }
}

impl<'c, 'a> FnCompiler<'c, 'a> {
    /// The arithmetic kind of a type.
    pub fn num(&self, ty: TypeId) -> Num {
        match self.c.prog.types.basic_of(ty) {
            Some(b) => {
                let b = if b.is_untyped() { b.default_type() } else { b };
                if let Some(bits) = b.int_bits() {
                    Num::Int { bits: bits as u8, signed: !b.is_unsigned() }
                } else if b.is_float() {
                    Num::Float { bits: if b == Basic::Float32 { 32 } else { 64 } }
                } else if b.is_string() {
                    Num::Str
                } else if b.is_boolean() {
                    Num::Bool
                } else {
                    Num::Other
                }
            }
            None => Num::Other,
        }
    }

    /// Whether a value of type `from` must be wrapped to be stored as `to`.
    pub fn needs_iface(&self, from: TypeId, to: TypeId) -> bool {
        let t = &self.c.prog.types;
        t.is_interface(to) && !t.is_interface(from) && from != wk::UNTYPED_NIL && !t.is_invalid(to)
    }

    /// Converts the value on top of the stack from type `from` for a destination of type `to`.
    pub fn convert_top(&mut self, from: TypeId, to: TypeId, span: Span) {
        if self.needs_iface(from, to) {
            let dynamic = self.defaulted(from);
            self.emit(Op::ToIface(dynamic), span);
        }
    }

    /// The default type of an untyped type (`untyped int` → `int`), otherwise the type.
    fn defaulted(&mut self, ty: TypeId) -> TypeId {
        match self.c.prog.types.basic_of(ty) {
            Some(b) if b.is_untyped() && b != Basic::UntypedNil => {
                self.c.prog.types.basic(b.default_type())
            }
            _ => ty,
        }
    }

    /// Pushes the value of `e` for a destination of type `to`.
    pub fn expr_to(&mut self, e: &'a ast::Expr, to: TypeId) {
        let from = self.ty(e);
        if let Some(Mode::Const(v)) = self.mode(e)
            && !self.c.prog.types.is_interface(to)
            && !self.c.prog.types.is_invalid(to)
        {
            let v = const_value(v, to, &self.c.prog.types);
            let k = self.c.add_const(v);
            self.emit(Op::Const(k), e.span);
            return;
        }
        self.expr(e);
        self.convert_top(from, to, e.span);
    }

    /// Pushes the single value of `e`.
    pub fn expr(&mut self, e: &'a ast::Expr) {
        if let Some(Mode::Const(v)) = self.mode(e) {
            let v = const_value(v, self.ty(e), &self.c.prog.types);
            let k = self.c.add_const(v);
            self.emit(Op::Const(k), e.span);
            return;
        }
        let span = e.span;
        match &e.kind {
            ExprKind::Bad => {
                self.emit(Op::Unreachable, span);
            }
            ExprKind::Paren(x) => self.expr(x),
            ExprKind::Name(_) => self.name(e),
            ExprKind::Lit(_) => {
                self.emit(Op::Unreachable, span);
            }
            ExprKind::FuncLit { ty, body } => self.func_lit(e, ty, body),
            ExprKind::CompositeLit { elems, .. } => self.composite(e, elems, self.ty(e)),
            ExprKind::Selector { x, sel } => self.selector(e, x, sel),
            // `F[int]`: an instance of a generic function.
            ExprKind::Index { .. } if self.c.info.uses.contains_key(&e.id) => self.name(e),
            ExprKind::Index { x, indices } => self.index(e, x, &indices[0], false),
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.slice_expr(e, x, lo.as_deref(), hi.as_deref(), max.as_deref())
            }
            ExprKind::TypeAssert { x, .. } => {
                self.expr(x);
                let (ty, src) = (self.ty(e), self.ty(x));
                let iface = self.c.prog.types.is_interface(ty);
                self.emit(Op::Assert { ty, comma_ok: false, iface, src }, span);
            }
            ExprKind::Call { fun, args, dots } => {
                let n = self.call(e, fun, args, *dots);
                if n == 0 {
                    // A call used as a value always has one (the checker made sure).
                }
            }
            ExprKind::Unary { op, x } => self.unary(e, *op, x),
            ExprKind::Binary { op, x, y } => self.binary(e, *op, x, y),
            _ => {
                self.emit(Op::Unreachable, span);
            }
        }
    }

    /// Pushes every value of `e` (a call's results, or `v, ok` forms when `want` is 2);
    /// returns how many.
    pub fn expr_multi(&mut self, e: &'a ast::Expr, want: usize) -> usize {
        let inner = e.unparen();
        match &inner.kind {
            ExprKind::Call { fun, args, dots } => self.call(inner, fun, args, *dots),
            ExprKind::Index { x, indices } if want == 2 => {
                self.index(inner, x, &indices[0], true);
                2
            }
            ExprKind::Unary { op: UnaryOp::Recv, x } if want == 2 => {
                self.expr(x);
                self.emit(Op::Recv { comma_ok: true }, inner.span);
                2
            }
            ExprKind::TypeAssert { x, .. } if want == 2 => {
                self.expr(x);
                let (ty, src) = (self.ty(inner), self.ty(x));
                let iface = self.c.prog.types.is_interface(ty);
                self.emit(Op::Assert { ty, comma_ok: true, iface, src }, inner.span);
                2
            }
            _ => {
                self.expr(e);
                1
            }
        }
    }

    /// The types of the values `expr_multi` pushes.
    pub fn multi_types(&self, e: &ast::Expr, n: usize) -> Vec<TypeId> {
        let ty = self.ty(e.unparen());
        match self.c.prog.types.get(ty) {
            Type::Tuple(items) => items.clone(),
            _ if n == 2 => vec![ty, wk::BOOL],
            _ => vec![ty],
        }
    }

    /// Pushes an expression statement's values; returns how many (to be popped).
    pub fn expr_values(&mut self, e: &'a ast::Expr) -> usize {
        let inner = e.unparen();
        match &inner.kind {
            ExprKind::Call { fun, args, dots } => self.call(inner, fun, args, *dots),
            _ => {
                self.expr(e);
                1
            }
        }
    }

    fn name(&mut self, e: &'a ast::Expr) {
        let Some(&obj) = self.c.info.uses.get(&e.id) else {
            self.emit(Op::Unreachable, e.span);
            return;
        };
        let o = self.c.checked.object(obj);
        match &o.kind {
            // The standard library's package variables are natives, named unqualified in its
            // own Go (`ErrShortWrite` in package io).
            ObjKind::Var { .. } if self.c.in_stub && self.c.is_package_var(obj) => {
                self.package_var(obj, e.span)
            }
            ObjKind::Var { .. } => self.load_var(obj, e.span),
            ObjKind::Nil => {
                let k = self.c.add_const(Value::Nil);
                self.emit(Op::Const(k), e.span);
            }
            ObjKind::Func { .. } => self.func_value(obj, None, e.span),
            _ => {
                self.emit(Op::Unreachable, e.span);
            }
        }
    }

    /// A standard-library package variable (`io.EOF`): its native.
    fn package_var(&mut self, obj: crate::check::ObjId, span: Span) {
        let o = self.c.checked.object(obj);
        let name = format!("{}.{}", o.package, o.name);
        match self.c.native_id(&name) {
            Some(n) => {
                self.emit(Op::Native { native: n, argc: 0 }, span);
            }
            None => self.missing_native(&name, span),
        }
    }

    /// The bytecode function of a function object (a wrapper for natives); emits a panic
    /// and returns None for a native the simulator lacks.
    fn func_id(
        &mut self,
        obj: crate::check::ObjId,
        recv: Option<TypeId>,
        span: Span,
    ) -> Option<FuncId> {
        if self.c.is_native_obj(obj) {
            let name = self.c.native_name(obj, recv);
            match self.c.native_id(&name) {
                Some(n) => Some(self.native_wrapper(n, obj)),
                None => {
                    self.missing_native(&name, span);
                    None
                }
            }
        } else {
            let id = self.c.funcs.get(&obj).copied();
            if id.is_none() {
                self.emit(Op::Unreachable, span);
            }
            id
        }
    }

    /// Pushes a function object as a value (natives through a wrapper).
    fn func_value(&mut self, obj: crate::check::ObjId, recv: Option<TypeId>, span: Span) {
        let Some(id) = self.func_id(obj, recv, span) else { return };
        let k = self.c.add_const(Value::Func(Rc::new(Closure {
            func: id,
            free: Box::new([]),
            recv: None,
        })));
        self.emit(Op::Const(k), span);
    }

    fn native_wrapper(&mut self, n: u32, obj: crate::check::ObjId) -> FuncId {
        self.c.wrapper(n, obj)
    }

    fn missing_native(&mut self, name: &str, span: Span) {
        let k = self.c.add_const(Value::str(&format!("unsupported: {name} is not simulated")));
        self.emit(Op::Const(k), span);
        self.emit(Op::ToIface(wk::STRING), span);
        self.emit(Op::Panic, span);
    }

    fn func_lit(&mut self, e: &'a ast::Expr, ty: &'a ast::FuncType, body: &'a ast::Block) {
        let outer = self.func_name();
        let name = self.c.closure_name(&outer, self.id);
        let id = self.c.new_func(&name, e.span);
        let key = e.span.start;
        let captured = self.c.info.captures.get(&key).cloned().unwrap_or_default();
        for obj in &captured {
            match self.var_ref(*obj) {
                super::stmt::VarRef::Cell(s) | super::stmt::VarRef::Local(s) => {
                    self.emit(Op::LocalPtr(s), e.span);
                }
                super::stmt::VarRef::Free(i) => {
                    self.emit(Op::FreePtr(i), e.span);
                }
                super::stmt::VarRef::Global(g) => {
                    self.emit(Op::GlobalPtr(g), e.span);
                }
            }
        }
        self.emit(Op::Closure { func: id, n_free: captured.len() as u32 }, e.span);
        // Compiled right away, so nested closures are numbered in source order as Go does.
        self.c.compile_body(id, FuncSource::Lit { ty, body, key });
    }

    /// A composite literal of type `ty`.
    fn composite(&mut self, e: &'a ast::Expr, elems: &'a [ast::Element], ty: TypeId) {
        let (lit_ty, boxed) = match self.c.prog.types.get(ty).clone() {
            Type::Pointer(inner)
                if !matches!(e.kind, ExprKind::CompositeLit { ty: Some(_), .. }) =>
            {
                (inner, true)
            }
            _ => (ty, false),
        };
        match self.c.prog.types.under(lit_ty).clone() {
            Type::Struct(fields) => {
                let keyed = elems.first().is_some_and(|el| el.key.is_some());
                for (i, f) in fields.iter().enumerate() {
                    let el = if keyed {
                        elems.iter().find(|el| matches!(&el.key, Some(k) if matches!(&k.kind, ExprKind::Name(n) if *n == f.name)))
                    } else {
                        elems.get(i)
                    };
                    match el {
                        Some(el) => self.elem_value(&el.value, f.ty),
                        None => {
                            let z = self.c.zero_const(f.ty);
                            self.emit(Op::Const(z), e.span);
                        }
                    }
                }
                self.emit(Op::MakeTuple(fields.len() as u32), e.span);
            }
            Type::Array(n, elem) => {
                let slots = self.indexed(elems, n as usize);
                for s in slots {
                    match s {
                        Some(v) => self.elem_value(v, elem),
                        None => {
                            let z = self.c.zero_const(elem);
                            self.emit(Op::Const(z), e.span);
                        }
                    }
                }
                self.emit(Op::MakeTuple(n as u32), e.span);
            }
            Type::Slice(elem) => {
                let len = self.literal_len(elems);
                let slots = self.indexed(elems, len);
                for s in slots {
                    match s {
                        Some(v) => self.elem_value(v, elem),
                        None => {
                            let z = self.c.zero_const(elem);
                            self.emit(Op::Const(z), e.span);
                        }
                    }
                }
                self.emit(Op::SliceLit(len as u32), e.span);
            }
            Type::Map(k, v) => {
                for el in elems {
                    if let Some(key) = &el.key {
                        self.elem_value(key, k);
                    }
                    self.elem_value(&el.value, v);
                }
                self.emit(Op::MapLit(elems.len() as u32), e.span);
            }
            _ => {
                self.emit(Op::Unreachable, e.span);
            }
        }
        if boxed {
            self.emit(Op::Box, e.span);
        }
    }

    /// An element of a composite literal, whose type may be elided.
    fn elem_value(&mut self, v: &'a ast::Expr, ty: TypeId) {
        if let ExprKind::CompositeLit { ty: None, elems } = &v.kind {
            self.composite(v, elems, ty);
            self.convert_top(self.ty(v), ty, v.span);
            return;
        }
        self.expr_to(v, ty);
    }

    fn literal_len(&self, elems: &[ast::Element]) -> usize {
        let mut i = 0usize;
        let mut len = 0usize;
        for el in elems {
            if let Some(k) = &el.key
                && let Some(Mode::Const(c)) = self.c.info.expr(k.id).map(|x| &x.mode)
            {
                i = c.as_int().unwrap_or(0) as usize;
            }
            i += 1;
            len = len.max(i);
        }
        len
    }

    /// Places array/slice literal elements at their indices.
    fn indexed(&self, elems: &'a [ast::Element], n: usize) -> Vec<Option<&'a ast::Expr>> {
        let mut out = vec![None; n];
        let mut i = 0usize;
        for el in elems {
            if let Some(k) = &el.key
                && let Some(Mode::Const(c)) = self.c.info.expr(k.id).map(|x| &x.mode)
            {
                i = c.as_int().unwrap_or(0) as usize;
            }
            if i < n {
                out[i] = Some(&el.value);
            }
            i += 1;
        }
        out
    }

    fn selector(&mut self, e: &'a ast::Expr, x: &'a ast::Expr, sel: &'a ast::Ident) {
        // A package member.
        if let Some(&obj) = self.c.info.uses.get(&e.id) {
            let o = self.c.checked.object(obj);
            match &o.kind {
                ObjKind::Var { .. } => self.package_var(obj, e.span),
                ObjKind::Func { .. } => self.func_value(obj, None, e.span),
                _ => {
                    self.emit(Op::Unreachable, e.span);
                }
            }
            return;
        }
        let Some(s) = self.c.info.selections.get(&e.id).cloned() else {
            self.emit(Op::Unreachable, e.span);
            return;
        };
        match s.kind {
            SelectionKind::Field => {
                // Memory others can reach is read field by field, as Go's detector sees it.
                if s.indirect || self.shared_place(x) {
                    self.addr(e);
                    self.load_place(e, e.span);
                    return;
                }
                self.expr(x);
                let xt = self.ty(x);
                self.walk_path(xt, &s.path, e.span, &crate::syntax::print::expr_string(x));
            }
            SelectionKind::Method => {
                // A method expression `T.M` or `(*T).M`: the method itself, receiver first.
                let x_is_type = matches!(self.c.info.expr(x.id).map(|i| &i.mode), Some(Mode::Type));
                if x_is_type
                    && let Some(m) = s.method
                    && s.path.is_empty()
                {
                    let xt = self.ty(x);
                    let x_is_ptr = matches!(self.c.prog.types.get(xt), Type::Pointer(_));
                    if x_is_ptr == s.pointer_receiver {
                        let recv = self.recv_type(&s);
                        self.func_value(m, Some(recv), e.span);
                        return;
                    }
                }
                // A method value: bind the receiver now.
                if s.method.is_none() {
                    self.expr(x);
                    self.walk_to_embedded(x, &s.path, e.span);
                    let name = self.c.name_index(&sel.name);
                    self.emit(Op::BindIface { name }, e.span);
                    return;
                }
                self.receiver(x, &s, e.span);
                let Some(m) = s.method else { return };
                let recv = self.recv_type(&s);
                if let Some(func) = self.func_id(m, Some(recv), e.span) {
                    self.emit(Op::MethodValue { func }, e.span);
                }
            }
        }
    }

    /// Follows a field path from a value of type `ty` on the stack, dereferencing pointers
    /// on the way (reads of the memory `name` points into).
    fn walk_path(&mut self, mut ty: TypeId, path: &[usize], span: Span, name: &str) -> TypeId {
        for &i in path {
            if let Type::Pointer(inner) = self.c.prog.types.under(ty).clone() {
                self.load_through(&format!("*{name}"), span);
                ty = inner;
            }
            let Type::Struct(fields) = self.c.prog.types.under(ty).clone() else { return ty };
            self.emit(Op::Field(i as u32), span);
            ty = fields.get(i).map(|f| f.ty).unwrap_or(wk::INVALID);
        }
        ty
    }

    /// For an interface method reached through embedded fields, walks to the embedded value.
    fn walk_to_embedded(&mut self, x: &ast::Expr, path: &[usize], span: Span) {
        let xt = self.ty(x);
        self.walk_path(xt, path, span, &crate::syntax::print::expr_string(x));
    }

    /// The receiver type a native method was declared with (for its qualified name).
    fn recv_type(&mut self, s: &crate::check::Selection) -> TypeId {
        if s.pointer_receiver { self.c.prog.types.pointer_to(s.recv) } else { s.recv }
    }

    /// Pushes the receiver for calling method `s` on `x`: taking its address or
    /// dereferencing it as the method's receiver kind requires.
    fn receiver(&mut self, x: &'a ast::Expr, s: &crate::check::Selection, span: Span) {
        let xt = self.ty(x);
        let x_is_ptr = matches!(self.c.prog.types.get(xt), Type::Pointer(_));
        if s.path.is_empty() {
            if s.pointer_receiver && !x_is_ptr {
                self.addr(x);
            } else {
                self.expr(x);
                if !s.pointer_receiver && x_is_ptr {
                    // A value receiver copies what the pointer points to.
                    let name = format!("*{}", crate::syntax::print::expr_string(x));
                    self.load_through(&name, span);
                }
            }
            return;
        }
        // Through embedded fields: compute a pointer or value to the embedded field.
        if s.pointer_receiver {
            if x_is_ptr {
                self.expr(x);
            } else {
                self.addr(x);
            }
            let mut ty = if x_is_ptr {
                match self.c.prog.types.get(xt) {
                    Type::Pointer(p) => *p,
                    _ => xt,
                }
            } else {
                xt
            };
            for &i in &s.path {
                let Type::Struct(fields) = self.c.prog.types.under(ty).clone() else { break };
                self.emit(Op::FieldPtr(i as u32), span);
                let ft = fields.get(i).map(|f| f.ty).unwrap_or(wk::INVALID);
                if let Type::Pointer(inner) = self.c.prog.types.get(ft).clone() {
                    self.load_through(&crate::syntax::print::expr_string(x), span);
                    ty = inner;
                } else {
                    ty = ft;
                }
            }
        } else {
            self.expr(x);
            let name = crate::syntax::print::expr_string(x);
            let end = self.walk_path(xt, &s.path, span, &name);
            if matches!(self.c.prog.types.get(end), Type::Pointer(_)) {
                self.load_through(&format!("*{name}"), span);
            }
        }
    }

    fn index(&mut self, e: &'a ast::Expr, x: &'a ast::Expr, i: &'a ast::Expr, comma_ok: bool) {
        let xt = self.ty(x);
        let t = self.c.prog.types.clone_under(xt);
        match t {
            Type::Map(k, _) => {
                self.expr(x);
                self.expr_to(i, k);
                let name = crate::syntax::print::expr_string(x);
                let loc = self.c.location(&name);
                self.emit(Op::Access { loc, write: false, target: Target::Stack(1) }, e.span);
                let zero = self.c.zero_const(self.ty(e));
                self.emit(Op::MapIndex { zero, comma_ok }, e.span);
            }
            Type::Slice(_) => {
                self.expr(x);
                self.expr_to(i, wk::INT);
                let loc = self.c.location(&super::stmt::place_name(e));
                self.emit(Op::Access { loc, write: false, target: Target::Elem(0) }, e.span);
                self.emit(Op::SliceIndex, e.span);
            }
            Type::Array(..) | Type::Pointer(_) if self.shared_place(e) => {
                // One element of memory others can reach (an array variable, or through a
                // pointer): read just that element.
                self.addr(e);
                self.load_place(e, e.span);
            }
            Type::Array(n, _) => {
                self.expr(x);
                self.expr_to(i, wk::INT);
                self.emit(Op::ArrayIndex { len: n as u32 }, e.span);
            }
            _ => {
                self.expr(x);
                self.expr_to(i, wk::INT);
                self.emit(Op::StringIndex, e.span);
            }
        }
    }

    fn slice_expr(
        &mut self,
        e: &'a ast::Expr,
        x: &'a ast::Expr,
        lo: Option<&'a ast::Expr>,
        hi: Option<&'a ast::Expr>,
        max: Option<&'a ast::Expr>,
    ) {
        let xt = self.ty(x);
        let (kind, len) = match self.c.prog.types.clone_under(xt) {
            Type::Basic(_) => (RangeKind::String, 0),
            Type::Array(n, _) => (RangeKind::Array, n as u32),
            Type::Pointer(p) => match self.c.prog.types.under(p) {
                Type::Array(n, _) => (RangeKind::Array, *n as u32),
                _ => (RangeKind::Slice, 0),
            },
            _ => (RangeKind::Slice, 0),
        };
        match (kind, self.c.prog.types.get(xt)) {
            (RangeKind::Array, Type::Pointer(_)) => self.expr(x),
            (RangeKind::Array, _) => self.addr(x),
            _ => self.expr(x),
        }
        for b in [lo, hi, max].into_iter().flatten() {
            self.expr_to(b, wk::INT);
        }
        self.emit(
            Op::SliceExpr { kind, lo: lo.is_some(), hi: hi.is_some(), max: max.is_some(), len },
            e.span,
        );
    }

    fn unary(&mut self, e: &'a ast::Expr, op: UnaryOp, x: &'a ast::Expr) {
        match op {
            UnaryOp::Addr => {
                if let ExprKind::CompositeLit { elems, .. } = &x.unparen().kind {
                    let t = self.ty(x);
                    self.composite(x.unparen(), elems, t);
                    self.emit(Op::Box, e.span);
                } else {
                    self.addr(x);
                }
            }
            UnaryOp::Star => {
                self.expr(x);
                self.load_place(e, e.span);
            }
            UnaryOp::Recv => {
                self.expr(x);
                self.emit(Op::Recv { comma_ok: false }, e.span);
            }
            UnaryOp::Neg => {
                self.expr(x);
                let n = self.num(self.ty(e));
                self.emit(Op::Neg(n), e.span);
            }
            UnaryOp::Not => {
                self.expr(x);
                self.emit(Op::Not, e.span);
            }
            UnaryOp::Xor => {
                self.expr(x);
                let n = self.num(self.ty(e));
                self.emit(Op::Compl(n), e.span);
            }
            UnaryOp::Pos | UnaryOp::Tilde => self.expr(x),
        }
    }

    fn binary(&mut self, e: &'a ast::Expr, op: BinaryOp, x: &'a ast::Expr, y: &'a ast::Expr) {
        match op {
            BinaryOp::LAnd | BinaryOp::LOr => {
                self.expr(x);
                self.emit(Op::Dup, e.span);
                let j = self.emit(
                    if op == BinaryOp::LAnd { Op::JumpIfFalse(0) } else { Op::JumpIfTrue(0) },
                    e.span,
                );
                self.emit(Op::Pop, e.span);
                self.expr(y);
                let end = self.here();
                self.patch(j, end);
                return;
            }
            _ => {}
        }
        let (xt, yt) = (self.ty(x), self.ty(y));
        let is_cmp = matches!(
            op,
            BinaryOp::Eql
                | BinaryOp::Neq
                | BinaryOp::Lss
                | BinaryOp::Leq
                | BinaryOp::Gtr
                | BinaryOp::Geq
        );
        if is_cmp {
            // Compare in the interface type when one side is an interface.
            let t = &self.c.prog.types;
            let (xi, yi) = (t.is_interface(xt), t.is_interface(yt));
            let common = if xi || (!yi && xt != wk::UNTYPED_NIL) { xt } else { yt };
            self.expr_to(x, common);
            self.expr_to(y, common);
            let num = if xi || yi { Num::Other } else { self.num(common) };
            self.emit(Op::Bin(bin_op(op), num), e.span);
            return;
        }
        let rt = self.ty(e);
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            self.expr_to(x, rt);
            self.expr(y);
        } else {
            self.expr_to(x, rt);
            self.expr_to(y, rt);
        }
        let num = self.num(rt);
        self.emit(Op::Bin(bin_op(op), num), e.span);
    }

    /// Pushes a pointer to the addressable expression `e`.
    pub fn addr(&mut self, e: &'a ast::Expr) {
        let e = e.unparen();
        match &e.kind {
            ExprKind::Name(_) => {
                let Some(&obj) = self.c.info.uses.get(&e.id) else {
                    self.emit(Op::Unreachable, e.span);
                    return;
                };
                match self.var_ref(obj) {
                    super::stmt::VarRef::Cell(s) => {
                        self.emit(Op::LocalPtr(s), e.span);
                    }
                    super::stmt::VarRef::Local(s) => {
                        // Not escaped (the analysis missed it): box it now so the address is stable.
                        self.emit(Op::Local(s), e.span);
                        self.emit(Op::Box, e.span);
                    }
                    super::stmt::VarRef::Free(i) => {
                        self.emit(Op::FreePtr(i), e.span);
                    }
                    super::stmt::VarRef::Global(g) => {
                        self.emit(Op::GlobalPtr(g), e.span);
                    }
                }
            }
            ExprKind::Selector { x, .. } => {
                let Some(s) = self.c.info.selections.get(&e.id).cloned() else {
                    self.emit(Op::Unreachable, e.span);
                    return;
                };
                let xt = self.ty(x);
                let mut ty = match self.c.prog.types.get(xt).clone() {
                    Type::Pointer(p) => {
                        self.expr(x);
                        p
                    }
                    _ => {
                        self.addr(x);
                        xt
                    }
                };
                for (n, &i) in s.path.iter().enumerate() {
                    let Type::Struct(fields) = self.c.prog.types.under(ty).clone() else { break };
                    self.emit(Op::FieldPtr(i as u32), e.span);
                    let ft = fields.get(i).map(|f| f.ty).unwrap_or(wk::INVALID);
                    let last = n + 1 == s.path.len();
                    if !last && let Type::Pointer(inner) = self.c.prog.types.get(ft).clone() {
                        // Reading the embedded pointer field on the way.
                        self.load_through(&crate::syntax::print::expr_string(x), e.span);
                        ty = inner;
                        continue;
                    }
                    ty = ft;
                }
            }
            ExprKind::Index { x, indices } => {
                let xt = self.ty(x);
                match self.c.prog.types.clone_under(xt) {
                    Type::Slice(_) => {
                        self.expr(x);
                        self.expr_to(&indices[0], wk::INT);
                        self.emit(Op::SliceElemPtr, e.span);
                    }
                    Type::Array(n, _) => {
                        self.addr(x);
                        self.expr_to(&indices[0], wk::INT);
                        self.emit(Op::ArrayElemPtr { len: n as u32 }, e.span);
                    }
                    Type::Pointer(p) => {
                        let n = match self.c.prog.types.under(p) {
                            Type::Array(n, _) => *n as u32,
                            _ => 0,
                        };
                        self.expr(x);
                        self.expr_to(&indices[0], wk::INT);
                        self.emit(Op::ArrayElemPtr { len: n }, e.span);
                    }
                    _ => {
                        self.emit(Op::Unreachable, e.span);
                    }
                }
            }
            ExprKind::Unary { op: UnaryOp::Star, x } => self.expr(x),
            ExprKind::CompositeLit { elems, .. } => {
                let t = self.ty(e);
                self.composite(e, elems, t);
                self.emit(Op::Box, e.span);
            }
            _ => {
                // Not addressable: take the address of a temporary copy.
                self.expr(e);
                self.emit(Op::Box, e.span);
            }
        }
    }

    /// Compiles a call; pushes its results and returns how many.
    pub fn call(
        &mut self,
        e: &'a ast::Expr,
        fun: &'a ast::Expr,
        args: &'a [ast::Expr],
        dots: bool,
    ) -> usize {
        let fmode = self.mode(fun).cloned();
        match fmode {
            Some(Mode::Type) => {
                self.conversion(e, self.ty(fun), &args[0]);
                return 1;
            }
            Some(Mode::Builtin(b)) => return self.builtin(e, b, args, dots),
            _ => {}
        }
        let sig_ty = self.ty(fun);
        let n_results = self.c.prog.types.signature(sig_ty).map(|s| s.results.len()).unwrap_or(0);
        let f = fun.unparen();
        // Static function or native.
        if let ExprKind::Name(_) | ExprKind::Selector { .. } | ExprKind::Index { .. } = &f.kind
            && let Some(&obj) = self.c.info.uses.get(&f.id)
            && let ObjKind::Func { .. } = self.c.checked.object(obj).kind
        {
            let argc = self.args(sig_ty, args, dots);
            if self.c.is_native_obj(obj) {
                let name = self.c.native_name(obj, None);
                match self.c.native_id(&name) {
                    Some(native) => {
                        self.emit(Op::Native { native, argc }, e.span);
                    }
                    None => self.missing_native(&name, e.span),
                }
            } else {
                let func = self.c.funcs[&obj];
                self.emit(Op::CallStatic { func, argc }, e.span);
            }
            return n_results;
        }
        // Method call.
        if let ExprKind::Selector { x, sel } = &f.kind
            && let Some(s) = self.c.info.selections.get(&f.id).cloned()
            && s.kind == SelectionKind::Method
        {
            match s.method {
                Some(m) => {
                    self.receiver(x, &s, e.span);
                    let argc = self.args(sig_ty, args, dots) + 1;
                    if self.c.is_native_obj(m) {
                        let recv = self.recv_type(&s);
                        let name = self.c.native_name(m, Some(recv));
                        match self.c.native_id(&name) {
                            Some(native) => {
                                self.emit(Op::Native { native, argc }, e.span);
                            }
                            None => self.missing_native(&name, e.span),
                        }
                    } else {
                        let func = self.c.funcs.get(&m).copied().unwrap_or(FuncId(0));
                        self.emit(Op::CallStatic { func, argc }, e.span);
                    }
                }
                None => {
                    self.expr(x);
                    self.walk_to_embedded(x, &s.path, e.span);
                    let argc = self.args(sig_ty, args, dots);
                    let name = self.c.name_index(&sel.name);
                    self.emit(Op::CallIface { name, argc }, e.span);
                }
            }
            return n_results;
        }
        // A function value.
        self.expr(fun);
        let argc = self.args(sig_ty, args, dots);
        self.emit(Op::Call { argc }, e.span);
        n_results
    }

    /// For `go` and `defer`: pushes a callee value and its arguments; returns the count.
    pub fn callee_and_args(
        &mut self,
        e: &'a ast::Expr,
        fun: &'a ast::Expr,
        args: &'a [ast::Expr],
        dots: bool,
    ) -> u32 {
        let sig_ty = self.ty(fun);
        let f = fun.unparen();
        if let Some(Mode::Builtin(b)) = self.mode(fun).cloned() {
            return self.builtin_callee(e, b, args);
        }
        if let ExprKind::Selector { x, .. } = &f.kind
            && let Some(s) = self.c.info.selections.get(&f.id).cloned()
            && s.kind == SelectionKind::Method
        {
            if let Some(m) = s.method {
                // Push the method as a function and its receiver as the first argument.
                let recv_ty = self.recv_type(&s);
                if self.c.is_native_obj(m) {
                    self.func_value(m, Some(recv_ty), e.span);
                } else {
                    let func = self.c.funcs.get(&m).copied().unwrap_or(FuncId(0));
                    let k = self.c.add_const(Value::Func(Rc::new(Closure {
                        func,
                        free: Box::new([]),
                        recv: None,
                    })));
                    self.emit(Op::Const(k), e.span);
                }
                self.receiver(x, &s, e.span);
                return self.args(sig_ty, args, dots) + 1;
            }
            // Interface method: bind it now.
            self.expr(f);
            return self.args(sig_ty, args, dots);
        }
        self.expr(fun);
        self.args(sig_ty, args, dots)
    }

    /// `defer close(ch)` and friends: a wrapper function for the builtin.
    fn builtin_callee(&mut self, e: &'a ast::Expr, b: Builtin, args: &'a [ast::Expr]) -> u32 {
        let argc = args.len();
        let name = format!("builtin.{}#{argc}", b.name());
        let id = self.c.new_func(&name, e.span);
        let mut code: Vec<Op> = (0..argc as u16).map(Op::Local).collect();
        match b {
            Builtin::Close => code.push(Op::Close),
            Builtin::Panic => code.push(Op::Panic),
            Builtin::Print | Builtin::Println => {
                let types: Vec<TypeId> = args.iter().map(|a| self.ty(a)).collect();
                let types: Vec<TypeId> = types.into_iter().map(|t| self.defaulted(t)).collect();
                self.c.prog.print_types.push(types);
                let idx = (self.c.prog.print_types.len() - 1) as u32;
                code.push(Op::Print {
                    argc: argc as u32,
                    newline: b == Builtin::Println,
                    types: idx,
                });
            }
            Builtin::Recover => {
                code.push(Op::Recover);
                code.push(Op::Pop);
            }
            _ => code.push(Op::Unreachable),
        }
        code.push(Op::Ret);
        let f = &mut self.c.prog.funcs[id.0 as usize];
        f.n_params = argc as u16;
        f.n_slots = argc as u16;
        f.spans = vec![e.span; code.len()];
        f.code = code;
        let k = self.c.add_const(Value::Func(Rc::new(Closure {
            func: id,
            free: Box::new([]),
            recv: None,
        })));
        self.emit(Op::Const(k), e.span);
        for a in args {
            if b == Builtin::Panic {
                self.expr_to(a, wk::EMPTY_INTERFACE);
            } else {
                self.expr(a);
            }
        }
        argc as u32
    }

    /// Pushes call arguments for a signature, packing variadic ones; returns the count.
    fn args(&mut self, sig_ty: TypeId, args: &'a [ast::Expr], dots: bool) -> u32 {
        let Some(sig) = self.c.prog.types.signature(sig_ty).cloned() else { return 0 };
        // f(g()) with g returning several values.
        if args.len() == 1
            && (sig.params.len() > 1 || (sig.variadic && !dots))
            && let Type::Tuple(items) = self.c.prog.types.get(self.ty(&args[0])).clone()
        {
            let n = self.expr_multi(&args[0], items.len());
            let temps: Vec<u16> = (0..n).map(|_| self.new_slot()).collect();
            for t in temps.iter().rev() {
                self.emit(Op::SetLocal(*t), args[0].span);
            }
            let n_fixed = if sig.variadic { sig.params.len() - 1 } else { sig.params.len() };
            for (i, (t, src)) in temps.iter().zip(&items).enumerate() {
                self.emit(Op::Local(*t), args[0].span);
                let dst = if i < n_fixed { sig.params[i] } else { self.variadic_elem(&sig) };
                self.convert_top(*src, dst, args[0].span);
            }
            if sig.variadic {
                let extra = n.saturating_sub(n_fixed);
                self.emit(Op::SliceLit(extra as u32), args[0].span);
                return (n_fixed + 1) as u32;
            }
            return n as u32;
        }
        if !sig.variadic || dots {
            for (a, t) in args.iter().zip(&sig.params) {
                self.expr_to(a, *t);
            }
            return args.len() as u32;
        }
        let n_fixed = sig.params.len() - 1;
        for (a, t) in args.iter().zip(&sig.params).take(n_fixed) {
            self.expr_to(a, *t);
        }
        let elem = self.variadic_elem(&sig);
        let extra = &args[n_fixed.min(args.len())..];
        for a in extra {
            self.expr_to(a, elem);
        }
        if extra.is_empty() {
            let k = self.c.add_const(Value::Nil);
            self.emit(Op::Const(k), Span::default());
        } else {
            self.emit(Op::SliceLit(extra.len() as u32), extra[0].span);
        }
        (n_fixed + 1) as u32
    }

    fn variadic_elem(&self, sig: &crate::check::types::Signature) -> TypeId {
        match sig.params.last().map(|t| self.c.prog.types.get(*t)) {
            Some(Type::Slice(e)) => *e,
            _ => wk::INVALID,
        }
    }

    fn conversion(&mut self, e: &'a ast::Expr, to: TypeId, arg: &'a ast::Expr) {
        if let Some(Mode::Const(v)) = self.mode(e) {
            let v = const_value(v, to, &self.c.prog.types);
            let k = self.c.add_const(v);
            self.emit(Op::Const(k), e.span);
            return;
        }
        let from = self.ty(arg);
        self.expr(arg);
        let t = &self.c.prog.types;
        if t.is_interface(to) {
            self.convert_top(from, to, e.span);
            return;
        }
        let (fb, tb) = (t.basic_of(from), t.basic_of(to));
        let byte_or_rune = |ty: TypeId| match t.under(ty) {
            Type::Slice(el) => t.basic_of(*el),
            _ => None,
        };
        let conv = match (fb, tb) {
            (Some(f), Some(tb)) if tb.is_string() && f.is_integer() => Some(Conv::RuneToString),
            (Some(f), Some(tb)) if f.is_numeric() && tb.is_numeric() => {
                let (nf, nt) = (self.num(from), self.num(to));
                (nf != nt).then_some(Conv::Numeric(nf, nt))
            }
            (None, Some(tb)) if tb.is_string() => match byte_or_rune(from) {
                Some(Basic::Uint8) => Some(Conv::BytesToString),
                Some(Basic::Int32) => Some(Conv::RunesToString),
                _ => None,
            },
            (Some(f), None) if f.is_string() => match byte_or_rune(to) {
                Some(Basic::Uint8) => Some(Conv::StringToBytes),
                Some(Basic::Int32) => Some(Conv::StringToRunes),
                _ => None,
            },
            (None, None) => match (t.under(from), t.under(to)) {
                (Type::Slice(_), Type::Array(n, _)) => Some(Conv::SliceToArray(*n as u32)),
                (Type::Slice(_), Type::Pointer(p)) => match t.under(*p) {
                    Type::Array(n, _) => Some(Conv::SliceToArrayPtr(*n as u32)),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        };
        if let Some(c) = conv {
            self.emit(Op::Convert(c), e.span);
        }
    }

    fn builtin(
        &mut self,
        e: &'a ast::Expr,
        b: Builtin,
        args: &'a [ast::Expr],
        dots: bool,
    ) -> usize {
        let span = e.span;
        let kind_of = |f: &Self, ty: TypeId| -> RangeKind {
            let t = &f.c.prog.types;
            match t.get(ty) {
                Type::Pointer(_) => RangeKind::Array,
                _ => match t.under(ty) {
                    Type::Basic(_) => RangeKind::String,
                    Type::Array(..) => RangeKind::Array,
                    Type::Map(..) => RangeKind::Map,
                    Type::Chan(..) => RangeKind::Chan,
                    _ => RangeKind::Slice,
                },
            }
        };
        match b {
            Builtin::Len | Builtin::Cap => {
                let xt = self.ty(&args[0]);
                let k = kind_of(self, xt);
                self.expr(&args[0]);
                if matches!(self.c.prog.types.get(xt), Type::Pointer(_)) {
                    self.emit(Op::Load, span);
                }
                self.emit(if b == Builtin::Len { Op::Len(k) } else { Op::Cap(k) }, span);
                1
            }
            Builtin::Append => {
                let st = self.ty(e);
                let grow = super::layout::slice_elem(&self.c.prog.types, st);
                self.expr_to(&args[0], st);
                if dots {
                    let is_string =
                        self.c.prog.types.basic_of(self.ty(&args[1])).is_some_and(Basic::is_string);
                    self.expr(&args[1]);
                    self.emit(Op::AppendSpread { string: is_string, elem: grow }, span);
                } else {
                    let elem = match self.c.prog.types.under(st) {
                        Type::Slice(el) => *el,
                        _ => wk::INVALID,
                    };
                    for a in &args[1..] {
                        self.expr_to(a, elem);
                    }
                    let buf = self.append_buf(e.unparen().id);
                    let n = (args.len() - 1) as u32;
                    self.emit(Op::Append { n, elem: grow, buf }, span);
                }
                1
            }
            Builtin::Copy => {
                let is_string =
                    self.c.prog.types.basic_of(self.ty(&args[1])).is_some_and(Basic::is_string);
                self.expr(&args[0]);
                self.expr(&args[1]);
                for (arg, write) in [(&args[1], false), (&args[0], true)] {
                    if write || !is_string {
                        let name = format!("{}[]", crate::syntax::print::expr_string(arg));
                        let loc = self.c.location(&name);
                        self.emit(Op::Access { loc, write, target: Target::Copy }, span);
                    }
                }
                self.emit(Op::Copy { string: is_string }, span);
                1
            }
            Builtin::Delete => {
                let mt = self.ty(&args[0]);
                let kt = match self.c.prog.types.under(mt) {
                    Type::Map(k, _) => *k,
                    _ => wk::INVALID,
                };
                self.expr(&args[0]);
                self.expr_to(&args[1], kt);
                let name = crate::syntax::print::expr_string(&args[0]);
                let loc = self.c.location(&name);
                self.emit(Op::Access { loc, write: true, target: Target::Stack(1) }, span);
                self.emit(Op::MapDelete, span);
                0
            }
            Builtin::Make => {
                let t = self.ty(&args[0]);
                match self.c.prog.types.clone_under(t) {
                    Type::Slice(elem) => {
                        let zero = self.c.zero_const(elem);
                        self.expr_to(&args[1], wk::INT);
                        if let Some(c) = args.get(2) {
                            self.expr_to(c, wk::INT);
                        }
                        self.emit(Op::MakeSlice { zero, has_cap: args.len() > 2 }, span);
                    }
                    Type::Map(..) => {
                        self.emit(Op::MakeMap, span);
                    }
                    Type::Chan(_, elem) => {
                        match args.get(1) {
                            Some(c) => self.expr_to(c, wk::INT),
                            None => {
                                let k = self.c.add_const(Value::Int(0));
                                self.emit(Op::Const(k), span);
                            }
                        }
                        let zero = self.c.zero_const(elem);
                        let name = self.chan_var_name(e);
                        self.c.prog.chans.push(super::super::program::ChanSite {
                            elem_type: elem,
                            zero,
                            name,
                        });
                        let chan_info = (self.c.prog.chans.len() - 1) as u32;
                        self.emit(Op::MakeChan { chan_info }, span);
                    }
                    _ => {
                        self.emit(Op::Unreachable, span);
                    }
                }
                1
            }
            Builtin::New => {
                let t = self.ty(e);
                let elem = match self.c.prog.types.get(t) {
                    Type::Pointer(p) => *p,
                    _ => wk::INVALID,
                };
                let z = self.c.zero_const(elem);
                self.emit(Op::Const(z), span);
                self.emit(Op::Box, span);
                1
            }
            Builtin::Panic => {
                self.expr_to(&args[0], wk::EMPTY_INTERFACE);
                self.emit(Op::Panic, span);
                0
            }
            Builtin::Recover => {
                self.emit(Op::Recover, span);
                1
            }
            Builtin::Print | Builtin::Println => {
                let mut types = Vec::new();
                for a in args {
                    let t = self.ty(a);
                    let t = self.defaulted(t);
                    self.expr_to(a, t);
                    types.push(t);
                }
                self.c.prog.print_types.push(types);
                let idx = (self.c.prog.print_types.len() - 1) as u32;
                self.emit(
                    Op::Print {
                        argc: args.len() as u32,
                        newline: b == Builtin::Println,
                        types: idx,
                    },
                    span,
                );
                0
            }
            Builtin::Close => {
                self.expr(&args[0]);
                self.emit(Op::Close, span);
                0
            }
            Builtin::Clear => {
                let k = kind_of(self, self.ty(&args[0]));
                self.expr(&args[0]);
                self.emit(Op::Clear(k), span);
                0
            }
            Builtin::Min | Builtin::Max => {
                let t = self.ty(e);
                for a in args {
                    self.expr_to(a, t);
                }
                let num = self.num(t);
                self.emit(Op::MinMax { n: args.len() as u32, max: b == Builtin::Max, num }, span);
                1
            }
            Builtin::Complex | Builtin::Real | Builtin::Imag => {
                self.emit(Op::Unreachable, span);
                1
            }
        }
    }

    /// The variable a `make(chan …)` is assigned to, found from the enclosing statement's text.
    fn chan_var_name(&self, e: &ast::Expr) -> Option<String> {
        assigned_name(&self.c.prog.source, e.span.start as usize)
    }
}

/// The variable (or field) an expression starting at byte `start` is assigned to, read from
/// its line: `results` in `results := make(chan int)`, `p.ch` in `p.ch = make(...)`.
pub(crate) fn assigned_name(src: &str, start: usize) -> Option<String> {
    let line_start = src.get(..start)?.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let before = src.get(line_start..start)?.trim_end();
    let before =
        before.strip_suffix(":=").or_else(|| before.strip_suffix('=')).map(str::trim_end)?;
    let name = before.rsplit(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.')).next()?;
    (!name.is_empty()).then(|| name.trim_start_matches("var ").to_string())
}

impl crate::check::TypeTable {
    /// The underlying type, cloned (for matching while the table is borrowed elsewhere).
    pub fn clone_under(&self, id: TypeId) -> Type {
        self.under(id).clone()
    }
}
