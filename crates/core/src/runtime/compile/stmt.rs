//! Compiling one function: slots for its variables, statements, loops and jumps.

use super::super::program::{Func, Op, RangeKind, SelectInfo, Target};
use super::super::value::FuncId;
use super::Compiler;
use crate::check::types::well_known as wk;
use crate::check::{Mode, ObjId, Type, TypeId};
use crate::syntax::ast::{self, AssignOp, Decl, ExprKind, Stmt, StmtKind};
use crate::syntax::span::Span;
use litemap::LiteMap;

/// Where a variable lives, seen from the function being compiled.
#[derive(Clone, Copy, Debug)]
pub(super) enum VarRef {
    Local(u16),
    Cell(u16),
    Free(u16),
    Global(u32),
}

/// An assignment target whose address (if any) has been pushed.
#[derive(Clone, Copy, Debug)]
pub(super) enum LValue {
    Blank,
    Var(VarRef),
    /// A pointer is on the stack.
    Ptr,
    /// A map and a key are on the stack.
    Map,
}

/// A loop or other breakable statement being compiled.
struct Breakable {
    label: Option<String>,
    is_loop: bool,
    breaks: Vec<usize>,
    continues: Vec<usize>,
}

pub(super) struct FnCompiler<'c, 'a> {
    pub c: &'c mut Compiler<'a>,
    pub(super) id: FuncId,
    pub code: Vec<Op>,
    pub spans: Vec<Span>,
    slots: LiteMap<ObjId, u16>,
    n_slots: u16,
    n_params: u16,
    /// Captured variables of this closure, in the order its `Closure` op pushes them.
    free: Vec<ObjId>,
    pub(super) results: Vec<(Option<ObjId>, TypeId)>,
    pub(super) result_base: u16,
    breakables: Vec<Breakable>,
    /// Set while compiling the body of a range over a function.
    pub(super) range_body: Option<Box<super::rangefunc::RangeBody>>,
    pending_label: Option<String>,
    /// Where each label of the function is, and the `goto` jumps to patch to them.
    label_at: Vec<(&'a str, u32)>,
    gotos: Vec<(&'a str, usize)>,
    /// Appends that may use a stack buffer, and where buffers move to the heap.
    pub bufs: super::stackbuf::Plan,
    /// The local remembering, per call, that a variable's buffer was used.
    buf_slots: LiteMap<ObjId, u16>,
}

impl<'c, 'a> FnCompiler<'c, 'a> {
    pub fn new(
        c: &'c mut Compiler<'a>,
        id: FuncId,
        n_params: usize,
        results: Vec<(Option<ObjId>, TypeId)>,
        key: Option<u32>,
    ) -> Self {
        let free = key.and_then(|k| c.info.captures.get(&k)).cloned().unwrap_or_default();
        let n_params = n_params as u16;
        let result_base = n_params;
        let n_slots = n_params + results.len() as u16;
        FnCompiler {
            c,
            id,
            code: Vec::new(),
            spans: Vec::new(),
            slots: LiteMap::new(),
            n_slots,
            n_params,
            free,
            results,
            result_base,
            breakables: Vec::new(),
            range_body: None,
            pending_label: None,
            label_at: Vec::new(),
            gotos: Vec::new(),
            bufs: super::stackbuf::Plan::default(),
            buf_slots: LiteMap::new(),
        }
    }

    pub fn func_name(&self) -> String {
        self.c.prog.funcs[self.id.0 as usize].name.clone()
    }

    pub fn emit(&mut self, op: Op, span: Span) -> usize {
        self.code.push(op);
        self.spans.push(span);
        self.code.len() - 1
    }

    pub fn here(&self) -> u32 {
        self.code.len() as u32
    }

    /// Points the jump at `at` to `target`.
    pub fn patch(&mut self, at: usize, target: u32) {
        match &mut self.code[at] {
            Op::Jump(t) | Op::JumpIfFalse(t) | Op::JumpIfTrue(t) => *t = target,
            Op::RangeNext { end, .. } => *end = target,
            _ => {}
        }
    }

    pub fn new_slot(&mut self) -> u16 {
        let s = self.n_slots;
        self.n_slots += 1;
        s
    }

    /// Declares parameters (re-boxing escaped ones) and zeroes the results.
    pub fn prologue(&mut self, params: &[(Option<ObjId>, Span)]) {
        for (i, (obj, span)) in params.iter().enumerate() {
            if let Some(obj) = obj {
                self.slots.insert(*obj, i as u16);
                if self.c.escaped.contains(obj) {
                    self.emit(Op::Local(i as u16), *span);
                    self.emit(Op::NewCell(i as u16), *span);
                }
            }
        }
        let results = self.results.clone();
        for (i, (obj, ty)) in results.iter().enumerate() {
            let slot = self.result_base + i as u16;
            let zero = self.c.zero_const(*ty);
            self.emit(Op::Const(zero), Span::default());
            let boxed = obj.is_some_and(|o| self.c.escaped.contains(&o));
            self.emit(if boxed { Op::NewCell(slot) } else { Op::SetLocal(slot) }, Span::default());
            if let Some(o) = obj {
                self.slots.insert(*o, slot);
            }
        }
    }

    pub fn body(&mut self, b: &'a ast::Block) {
        self.stmts(&b.stmts);
        // The closing brace, as Go reports a function's end.
        let end = b.span.end as usize;
        self.emit(Op::Ret, Span::new(end.saturating_sub(1), end));
    }

    pub fn finish(mut self) {
        for (name, at) in std::mem::take(&mut self.gotos) {
            if let Some(&(_, to)) = self.label_at.iter().find(|(l, _)| *l == name) {
                self.patch(at, to);
            }
        }
        if self.c.in_stub {
            self.spans.fill(Span::default());
        }
        let boxed_results = self
            .results
            .iter()
            .map(|(o, _)| o.is_some_and(|o| self.c.escaped.contains(&o)))
            .collect();
        let f = &mut self.c.prog.funcs[self.id.0 as usize];
        f.n_params = self.n_params;
        f.n_results = self.results.len() as u16;
        f.n_slots = self.n_slots;
        f.boxed_results = boxed_results;
        f.code = self.code;
        f.spans = self.spans;
        f.stdlib = self.c.in_stub;
        let _: &Func = f;
    }

    /// How the function reaches variable `obj`.
    pub fn var_ref(&self, obj: ObjId) -> VarRef {
        if let Some(&slot) = self.slots.get(&obj) {
            return if self.c.escaped.contains(&obj) {
                VarRef::Cell(slot)
            } else {
                VarRef::Local(slot)
            };
        }
        if let Some(i) = self.free.iter().position(|o| *o == obj) {
            return VarRef::Free(i as u16);
        }
        VarRef::Global(self.c.globals.get(&obj).copied().unwrap_or(0))
    }

    /// Whether accesses to `obj` touch memory other goroutines can reach: a global, or a
    /// variable that escaped to the heap (a closure captured it or its address was taken).
    fn shared(&self, obj: ObjId) -> bool {
        self.c.escaped.contains(&obj) || self.c.globals.contains_key(&obj)
    }

    /// Whether `e` is memory other goroutines can reach and `addr` can point at: a part of a
    /// shared variable, or anything reached through a pointer or a slice.
    pub fn shared_place(&self, e: &ast::Expr) -> bool {
        let e = e.unparen();
        match &e.kind {
            ExprKind::Name(_) => self.c.info.uses.get(&e.id).is_some_and(|&o| {
                matches!(self.c.checked.object(o).kind, crate::check::ObjKind::Var { .. })
                    && self.shared(o)
            }),
            ExprKind::Selector { x, .. } => match self.c.info.selections.get(&e.id) {
                Some(s) if s.kind == crate::check::SelectionKind::Field => {
                    s.indirect || self.shared_place(x)
                }
                _ => false,
            },
            ExprKind::Index { x, .. } => match self.c.prog.types.under(self.ty(x)) {
                Type::Slice(_) | Type::Pointer(_) => true,
                Type::Array(..) => self.shared_place(x),
                _ => false,
            },
            ExprKind::Unary { op: ast::UnaryOp::Star, .. } => true,
            _ => false,
        }
    }

    /// Whether `e` is a field of a standard-library type its Go keeps to itself (an unexported
    /// struct such as fmt's scan state, made and used within one call): not memory the
    /// program can share, so reading or writing it is no access to report, no race to check
    /// and no scheduling point, as for the state natives keep.
    fn library_private(&self, e: &ast::Expr) -> bool {
        let e = e.unparen();
        let ExprKind::Selector { x, .. } = &e.kind else { return false };
        if !self.c.in_stub {
            return false;
        }
        let types = &self.c.prog.types;
        let base = match types.get(self.ty(x)) {
            Type::Pointer(p) => *p,
            _ => self.ty(x),
        };
        types.named_id(base).is_some_and(|n| {
            let named = types.named(n);
            named.package.is_some() && named.name.starts_with(|c: char| c.is_ascii_lowercase())
        })
    }

    /// Loads place `e` through the pointer on top of the stack, reporting the read unless the
    /// place is the library's private state.
    pub fn load_place(&mut self, e: &ast::Expr, span: Span) {
        if self.library_private(e) {
            self.emit(Op::Load, span);
        } else {
            self.load_through(&place_name(e), span);
        }
    }

    /// Stores into place `e` through the pointer below the top of the stack, reporting the
    /// write unless the place is the library's private state.
    pub fn store_place(&mut self, e: &ast::Expr, span: Span) {
        if self.library_private(e) {
            self.emit(Op::Store, span);
        } else {
            self.store_through(&place_name(e), span);
        }
    }

    /// Loads through the pointer on top of the stack, reporting a read of `name`.
    pub fn load_through(&mut self, name: &str, span: Span) {
        let loc = self.c.location(name);
        self.emit(Op::Access { loc, write: false, target: Target::Ptr(0) }, span);
        self.emit(Op::Load, span);
    }

    /// Stores the top of the stack through the pointer below it, reporting a write of `name`.
    pub fn store_through(&mut self, name: &str, span: Span) {
        let loc = self.c.location(name);
        self.emit(Op::Access { loc, write: true, target: Target::Ptr(1) }, span);
        self.emit(Op::Store, span);
    }

    /// Where a variable's memory is, for `Access`.
    fn target(&self, r: VarRef) -> Target {
        match r {
            VarRef::Local(s) | VarRef::Cell(s) => Target::Local(s),
            VarRef::Free(i) => Target::Free(i),
            VarRef::Global(g) => Target::Global(g),
        }
    }

    pub fn load_var(&mut self, obj: ObjId, span: Span) {
        if self.shared(obj) {
            let loc = self.c.location(&self.c.checked.object(obj).name.clone());
            let target = self.target(self.var_ref(obj));
            self.emit(Op::Access { loc, write: false, target }, span);
        }
        let op = match self.var_ref(obj) {
            VarRef::Local(s) => Op::Local(s),
            VarRef::Cell(s) => Op::Cell(s),
            VarRef::Free(i) => Op::Free(i),
            VarRef::Global(g) => Op::Global(g),
        };
        self.emit(op, span);
    }

    /// Stores the top of the stack into a variable reference.
    pub fn store_var(&mut self, r: VarRef, obj: Option<ObjId>, span: Span) {
        if let Some(obj) = obj.filter(|o| self.shared(*o)) {
            let loc = self.c.location(&self.c.checked.object(obj).name.clone());
            let target = self.target(r);
            self.emit(Op::Access { loc, write: true, target }, span);
        }
        let op = match r {
            VarRef::Local(s) => Op::SetLocal(s),
            VarRef::Cell(s) => Op::SetCell(s),
            VarRef::Free(i) => Op::SetFree(i),
            VarRef::Global(g) => Op::SetGlobal(g),
        };
        self.emit(op, span);
    }

    /// Declares a new local variable initialised from the top of the stack.
    pub fn declare_local(&mut self, obj: ObjId, span: Span) -> u16 {
        let slot = self.new_slot();
        self.slots.insert(obj, slot);
        if self.c.escaped.contains(&obj) {
            self.emit(Op::NewCell(slot), span);
        } else {
            self.emit(Op::SetLocal(slot), span);
        }
        slot
    }

    fn def(&self, ident_start: u32) -> Option<ObjId> {
        self.c.info.defs.get(&ident_start).copied()
    }

    pub fn stmts(&mut self, stmts: &'a [Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn block(&mut self, b: &'a ast::Block) {
        self.stmts(&b.stmts);
    }

    /// The `AppendBuf` of the append call `call`.
    pub fn append_buf(&mut self, call: ast::ExprId) -> super::super::program::AppendBuf {
        use super::super::program::AppendBuf;
        use super::stackbuf::Buf;
        match self.bufs.appends.get(&call).copied() {
            None => AppendBuf::Heap,
            Some((_, Buf::Reuse { k })) => AppendBuf::Reuse { k },
            Some((key, Buf::Once { k })) => {
                let slot = match key.and_then(|o| self.buf_slots.get(&o)) {
                    Some(&s) => s,
                    None => {
                        let s = self.new_slot();
                        if let Some(o) = key {
                            self.buf_slots.insert(o, s);
                        }
                        s
                    }
                };
                AppendBuf::Once { k, slot }
            }
        }
    }

    /// Before a statement where a slice stops being its array's only user: Go's `move2heap`.
    fn move_buffers(&mut self, s: &Stmt) {
        let Some(moves) = self.bufs.moves.get(&s.span.start).cloned() else { return };
        for (obj, keep_cap) in moves {
            let Some(&slot) = self.slots.get(&obj) else { continue };
            let ty = self.c.checked.object(obj).ty;
            let elem = super::layout::slice_elem(&self.c.prog.types, ty);
            self.emit(Op::Local(slot), s.span);
            self.emit(Op::MoveToHeap { elem, keep_cap }, s.span);
            self.emit(Op::SetLocal(slot), s.span);
        }
    }

    fn stmt(&mut self, s: &'a Stmt) {
        self.move_buffers(s);
        let label = self.pending_label.take();
        match &s.kind {
            StmtKind::Bad | StmtKind::Empty | StmtKind::Fallthrough => {}
            StmtKind::Goto(l) => {
                // Out of blocks only (the checker sees to it), so nothing is on the stack.
                let at = self.emit(Op::Jump(0), s.span);
                self.gotos.push((&l.name, at));
            }
            StmtKind::Expr(e) => {
                let n = self.expr_values(e);
                for _ in 0..n {
                    self.emit(Op::Pop, s.span);
                }
            }
            StmtKind::Send { ch, value, .. } => {
                self.expr(ch);
                let elem = match self.c.prog.types.under(self.ty(ch)) {
                    Type::Chan(_, e) => *e,
                    _ => wk::INVALID,
                };
                self.expr_to(value, elem);
                self.emit(Op::Send, s.span);
            }
            StmtKind::IncDec { x, inc, .. } => {
                let ty = self.ty(x);
                let num = self.num(ty);
                let one =
                    self.c.add_const(if matches!(num, super::super::program::Num::Float { .. }) {
                        super::super::value::Value::Float(1.0)
                    } else {
                        super::super::value::Value::Int(1)
                    });
                let op = if *inc {
                    super::super::program::BinOp::Add
                } else {
                    super::super::program::BinOp::Sub
                };
                self.op_assign(x, s.span, |f| {
                    f.emit(Op::Const(one), s.span);
                    f.emit(Op::Bin(op, num), s.span);
                });
            }
            StmtKind::Assign { lhs, op, rhs, .. } => match op {
                AssignOp::Define => self.define(lhs, rhs, s.span),
                AssignOp::Assign => self.assign(lhs, rhs, s.span),
                AssignOp::Op(bop) => {
                    let ty = self.ty(&lhs[0]);
                    let y = &rhs[0];
                    let bop = *bop;
                    self.op_assign(&lhs[0], s.span, |f| {
                        if matches!(bop, ast::BinaryOp::Shl | ast::BinaryOp::Shr) {
                            f.expr(y);
                        } else {
                            f.expr_to(y, ty);
                        }
                        let num = f.num(ty);
                        f.emit(Op::Bin(super::expr::bin_op(bop), num), s.span);
                    });
                }
            },
            StmtKind::Go(e) => self.go_defer(e, true, s.span),
            StmtKind::Defer(e) => self.go_defer(e, false, s.span),
            StmtKind::Return(results) => self.return_stmt(results, s.span),
            StmtKind::Break(l) => self.branch(l.as_ref().map(|l| l.name.as_str()), false, s.span),
            StmtKind::Continue(l) => self.branch(l.as_ref().map(|l| l.name.as_str()), true, s.span),
            StmtKind::Block(b) => self.block(b),
            StmtKind::If(i) => self.if_stmt(i),
            StmtKind::Switch(sw) => self.switch_stmt(sw, label),
            StmtKind::TypeSwitch(sw) => self.type_switch(sw, label),
            StmtKind::Select(sel) => self.select_stmt(sel, label, s.span),
            StmtKind::For(f) => self.for_stmt(f, label),
            StmtKind::Range(r) => self.range_stmt(r, label, s.span),
            StmtKind::Labeled { label, stmt } => {
                let here = self.here();
                self.label_at.push((&label.name, here));
                self.pending_label = Some(label.name.clone());
                self.stmt(stmt);
            }
            StmtKind::Decl(d) => self.local_decl(d),
        }
    }

    fn local_decl(&mut self, d: &'a Decl) {
        let Decl::Var(group) = d else { return };
        for spec in &group.specs {
            let objs: Vec<Option<ObjId>> =
                spec.names.iter().map(|n| self.def(n.span.start)).collect();
            let tys: Vec<TypeId> = objs
                .iter()
                .map(|o| o.map(|o| self.c.checked.object(o).ty).unwrap_or(wk::INVALID))
                .collect();
            if spec.values.is_empty() {
                for (o, (ty, n)) in objs.iter().zip(tys.iter().zip(&spec.names)) {
                    let zero = self.c.zero_const(*ty);
                    self.emit(Op::Const(zero), n.span);
                    match o {
                        Some(o) => {
                            self.declare_local(*o, n.span);
                        }
                        None => {
                            self.emit(Op::Pop, n.span);
                        }
                    }
                }
                continue;
            }
            self.push_values(&spec.values, &tys, spec.span);
            for (o, n) in objs.iter().zip(&spec.names).rev() {
                match o {
                    Some(o) if n.name != "_" => {
                        self.declare_local(*o, n.span);
                    }
                    _ => {
                        self.emit(Op::Pop, n.span);
                    }
                }
            }
        }
    }

    /// A package-level `var` spec, compiled into the entry function.
    pub fn global_var_spec(&mut self, spec: &'a ast::VarSpec) {
        if spec.values.is_empty() {
            return;
        }
        let objs: Vec<Option<ObjId>> = spec.names.iter().map(|n| self.def(n.span.start)).collect();
        let tys: Vec<TypeId> = objs
            .iter()
            .map(|o| o.map(|o| self.c.checked.object(o).ty).unwrap_or(wk::INVALID))
            .collect();
        self.push_values(&spec.values, &tys, spec.span);
        for (o, n) in objs.iter().zip(&spec.names).rev() {
            match o {
                Some(o) if n.name != "_" => {
                    let g = self.c.globals[o];
                    self.emit(Op::SetGlobal(g), n.span);
                }
                _ => {
                    self.emit(Op::Pop, n.span);
                }
            }
        }
    }

    /// Pushes the values of `values` for targets of types `tys`: one per target, from a
    /// list of single values or from one multi-value expression.
    pub fn push_values(&mut self, values: &'a [ast::Expr], tys: &[TypeId], span: Span) {
        if values.len() == tys.len() {
            for (v, t) in values.iter().zip(tys) {
                self.expr_to(v, *t);
            }
            return;
        }
        // One expression yielding several values: call results or a comma-ok form.
        let e = &values[0];
        let n = self.expr_multi(e, tys.len());
        debug_assert_eq!(n, tys.len());
        let src_tys = self.multi_types(e, tys.len());
        let needs_conversion = tys.iter().zip(&src_tys).any(|(t, s)| self.needs_iface(*s, *t));
        if needs_conversion {
            let temps: Vec<u16> = (0..tys.len()).map(|_| self.new_slot()).collect();
            for t in temps.iter().rev() {
                self.emit(Op::SetLocal(*t), span);
            }
            for ((t, dst), src) in temps.iter().zip(tys).zip(&src_tys) {
                self.emit(Op::Local(*t), span);
                self.convert_top(*src, *dst, span);
            }
        }
    }

    fn assign(&mut self, lhs: &'a [ast::Expr], rhs: &'a [ast::Expr], span: Span) {
        let tys: Vec<TypeId> =
            lhs.iter().map(|l| if is_blank(l) { wk::INVALID } else { self.ty(l) }).collect();
        if lhs.len() == 1 {
            let lv = self.lvalue(&lhs[0]);
            if is_blank(&lhs[0]) {
                self.expr(&rhs[0]);
            } else {
                self.expr_to(&rhs[0], tys[0]);
            }
            self.store(lv, &lhs[0], span);
            return;
        }
        // Evaluate every value first, then assign left to right.
        let blanks_as_is: Vec<TypeId> = tys
            .iter()
            .zip(rhs.iter().map(Some).chain(std::iter::repeat(None)))
            .map(|(t, _)| *t)
            .collect();
        self.push_values(rhs, &blanks_as_is, span);
        let temps: Vec<u16> = (0..lhs.len()).map(|_| self.new_slot()).collect();
        for t in temps.iter().rev() {
            self.emit(Op::SetLocal(*t), span);
        }
        for (l, t) in lhs.iter().zip(&temps) {
            let lv = self.lvalue(l);
            self.emit(Op::Local(*t), span);
            self.store(lv, l, span);
        }
    }

    fn define(&mut self, lhs: &'a [ast::Expr], rhs: &'a [ast::Expr], span: Span) {
        // Each name is either new (declared here) or an existing variable (assigned).
        let objs: Vec<Option<ObjId>> = lhs
            .iter()
            .map(|l| if is_blank(l) { None } else { self.c.info.uses.get(&l.id).copied() })
            .collect();
        let tys: Vec<TypeId> =
            lhs.iter().map(|l| if is_blank(l) { wk::INVALID } else { self.ty(l) }).collect();
        self.push_values(rhs, &tys, span);
        let mut stores = Vec::new();
        for (l, o) in lhs.iter().zip(&objs).rev() {
            match o {
                None => {
                    self.emit(Op::Pop, l.span);
                }
                Some(o) => {
                    let is_new = !self.slots.contains_key(o)
                        && !self.free.contains(o)
                        && !self.c.globals.contains_key(o)
                        || self.c.info.defs.get(&l.span.start) == Some(o);
                    if is_new {
                        // Declare after all values are popped, so order is kept.
                        let t = self.new_slot();
                        self.emit(Op::SetLocal(t), l.span);
                        stores.push((*o, t, l.span, true));
                    } else {
                        let t = self.new_slot();
                        self.emit(Op::SetLocal(t), l.span);
                        stores.push((*o, t, l.span, false));
                    }
                }
            }
        }
        for (o, t, sp, is_new) in stores.into_iter().rev() {
            self.emit(Op::Local(t), sp);
            if is_new {
                self.declare_local(o, sp);
            } else {
                let r = self.var_ref(o);
                self.store_var(r, Some(o), sp);
            }
        }
    }

    /// `x op= y` and `x++`: loads x, runs `rhs` (which combines), stores back.
    fn op_assign(&mut self, x: &'a ast::Expr, span: Span, rhs: impl FnOnce(&mut Self)) {
        let lv = self.lvalue(x);
        match lv {
            LValue::Blank => {}
            LValue::Var(r) => {
                let obj = self.c.info.uses.get(&x.unparen().id).copied();
                match obj {
                    Some(o) => self.load_var(o, span),
                    None => {
                        self.emit(Op::Const(0), span);
                    }
                }
                rhs(self);
                self.store_var(r, obj, span);
            }
            LValue::Ptr => {
                self.emit(Op::Dup, span);
                self.load_place(x, span);
                rhs(self);
                self.store_place(x, span);
            }
            LValue::Map => {
                let zero = self.c.zero_const(self.ty(x));
                self.emit(Op::Dup2, span);
                self.emit(Op::MapIndex { zero, comma_ok: false }, span);
                rhs(self);
                self.emit(Op::MapSet, span);
            }
        }
    }

    /// Prepares an assignment target: pushes its address parts.
    pub fn lvalue(&mut self, e: &'a ast::Expr) -> LValue {
        if is_blank(e) {
            return LValue::Blank;
        }
        let inner = e.unparen();
        match &inner.kind {
            ExprKind::Name(_) => {
                let Some(&obj) = self.c.info.uses.get(&inner.id) else { return LValue::Blank };
                LValue::Var(self.var_ref(obj))
            }
            ExprKind::Index { x, indices }
                if matches!(self.c.prog.types.under(self.ty(x)), Type::Map(..)) =>
            {
                self.expr(x);
                let kt = match self.c.prog.types.under(self.ty(x)) {
                    Type::Map(k, _) => *k,
                    _ => wk::INVALID,
                };
                self.expr_to(&indices[0], kt);
                LValue::Map
            }
            _ => {
                self.addr(inner);
                LValue::Ptr
            }
        }
    }

    /// Stores the value on top of the stack into a prepared target.
    pub fn store(&mut self, lv: LValue, e: &ast::Expr, span: Span) {
        match lv {
            LValue::Blank => {
                self.emit(Op::Pop, span);
            }
            LValue::Var(r) => {
                let obj = self.c.info.uses.get(&e.unparen().id).copied();
                self.store_var(r, obj, span);
            }
            LValue::Ptr => self.store_place(e, span),
            LValue::Map => {
                if let ExprKind::Index { x, .. } = &e.unparen().kind {
                    let name = crate::syntax::print::expr_string(x);
                    let loc = self.c.location(&name);
                    self.emit(Op::Access { loc, write: true, target: Target::Stack(2) }, span);
                }
                self.emit(Op::MapSet, span);
            }
        }
    }

    fn go_defer(&mut self, e: &'a ast::Expr, is_go: bool, span: Span) {
        let ExprKind::Call { fun, args, dots } = &e.unparen().kind else { return };
        let argc = self.callee_and_args(e, fun, args, *dots);
        self.emit(if is_go { Op::Go { argc } } else { Op::Defer { argc } }, span);
    }

    fn return_stmt(&mut self, results: &'a [ast::Expr], span: Span) {
        if results.is_empty() {
            return self.return_bare(span);
        }
        let outer = self.range_body.as_ref().map(|b| &b.outer_results).unwrap_or(&self.results);
        let tys: Vec<TypeId> = outer.iter().map(|(_, t)| *t).collect();
        self.push_values(results, &tys, span);
        self.return_pushed(span);
    }

    /// Returns the values on the stack, one per result.
    pub(super) fn return_pushed(&mut self, span: Span) {
        if self.range_return(false, span) {
            return;
        }
        let res = self.results.clone();
        for (i, (obj, _)) in res.iter().enumerate().rev() {
            let slot = self.result_base + i as u16;
            let boxed = obj.is_some_and(|o| self.c.escaped.contains(&o));
            self.emit(if boxed { Op::SetCell(slot) } else { Op::SetLocal(slot) }, span);
        }
        self.emit(Op::Ret, span);
    }

    /// `return` without values.
    pub(super) fn return_bare(&mut self, span: Span) {
        if !self.range_return(true, span) {
            self.emit(Op::Ret, span);
        }
    }

    pub(super) fn branch(&mut self, label: Option<&str>, is_continue: bool, span: Span) {
        let target = match label {
            Some(l) => self.breakables.iter().rposition(|b| b.label.as_deref() == Some(l)),
            None => self.breakables.iter().rposition(|b| b.is_loop || !is_continue),
        };
        let Some(i) = target else {
            // A loop around the body of a range over a function.
            self.range_branch(label, is_continue, span);
            return;
        };
        let at = self.emit(Op::Jump(0), span);
        let b = &mut self.breakables[i];
        if is_continue { b.continues.push(at) } else { b.breaks.push(at) }
    }

    fn push_breakable(&mut self, label: Option<String>, is_loop: bool) {
        self.breakables.push(Breakable {
            label,
            is_loop,
            breaks: Vec::new(),
            continues: Vec::new(),
        });
    }

    fn pop_breakable(&mut self, continue_to: u32) {
        let b = self.breakables.pop().expect("breakable");
        let end = self.here();
        for at in b.breaks {
            self.patch(at, end);
        }
        for at in b.continues {
            self.patch(at, continue_to);
        }
    }

    fn if_stmt(&mut self, i: &'a ast::IfStmt) {
        if let Some(init) = &i.init {
            self.stmt(init);
        }
        self.cond(&i.cond);
        let jf = self.emit(Op::JumpIfFalse(0), i.cond.span);
        self.block(&i.then);
        match &i.els {
            None => {
                let end = self.here();
                self.patch(jf, end);
            }
            Some(els) => {
                let jend = self.emit(Op::Jump(0), i.then.span);
                let here = self.here();
                self.patch(jf, here);
                self.stmt(els);
                let end = self.here();
                self.patch(jend, end);
            }
        }
    }

    fn cond(&mut self, e: &'a ast::Expr) {
        self.expr(e);
    }

    fn for_stmt(&mut self, f: &'a ast::ForStmt, label: Option<String>) {
        if let Some(init) = &f.init {
            self.stmt(init);
        }
        // Go 1.22: variables declared by the init statement are per iteration.
        let per_iter: Vec<u16> = if self.c.prog.old_loopvar {
            Vec::new()
        } else {
            match f.init.as_deref().map(|s| &s.kind) {
                Some(StmtKind::Assign { lhs, op: AssignOp::Define, .. }) => lhs
                    .iter()
                    .filter_map(|l| self.c.info.uses.get(&l.id))
                    .filter(|o| self.c.escaped.contains(o))
                    .filter_map(|o| self.slots.get(o).copied())
                    .collect(),
                _ => Vec::new(),
            }
        };
        let top = self.here();
        let exit = f.cond.as_ref().map(|c| {
            self.cond(c);
            self.emit(Op::JumpIfFalse(0), c.span)
        });
        self.push_breakable(label, true);
        self.block(&f.body);
        let cont = self.here();
        for slot in &per_iter {
            self.emit(Op::Cell(*slot), f.body.span);
            self.emit(Op::NewCell(*slot), f.body.span);
        }
        if let Some(post) = &f.post {
            self.stmt(post);
        }
        self.emit(Op::Jump(top), f.body.span);
        self.pop_breakable(cont);
        if let Some(x) = exit {
            let end = self.here();
            self.patch(x, end);
        }
    }

    fn range_stmt(&mut self, r: &'a ast::RangeStmt, label: Option<String>, span: Span) {
        let xt = self.ty(&r.x);
        if matches!(self.c.prog.types.under(xt), Type::Func(_)) {
            return self.range_func(r, label);
        }
        let t = &self.c.prog.types;
        let kind = match t.get(xt) {
            Type::Pointer(p) if matches!(t.under(*p), Type::Array(..)) => RangeKind::Array,
            _ => match t.under(xt) {
                Type::Basic(b) if b.is_string() => RangeKind::String,
                Type::Basic(_) => RangeKind::Int,
                Type::Array(..) => RangeKind::Array,
                Type::Slice(_) => RangeKind::Slice,
                Type::Map(..) => RangeKind::Map,
                Type::Chan(..) => RangeKind::Chan,
                _ => RangeKind::Slice,
            },
        };
        let deref = matches!(t.get(xt), Type::Pointer(_));
        self.expr(&r.x);
        if deref {
            self.emit(Op::Load, r.x.span);
        }
        let state = self.new_slot();
        self.emit(Op::RangeInit { kind, state }, r.x.span);
        let old = self.c.prog.old_loopvar;
        // Under old semantics the iteration variables are declared once, before the loop.
        let targets: Vec<Option<&'a ast::Expr>> = vec![r.key.as_ref(), r.value.as_ref()];
        let mut old_slots: Vec<Option<u16>> = vec![None, None];
        if r.define && old {
            for (i, e) in targets.iter().enumerate() {
                let Some(e) = e else { continue };
                let Some(&o) = self.c.info.uses.get(&e.id) else { continue };
                let zero = self.c.zero_const(self.c.checked.object(o).ty);
                self.emit(Op::Const(zero), e.span);
                old_slots[i] = Some(self.declare_local(o, e.span));
            }
        }
        let top = self.here();
        let next = self.emit(Op::RangeNext { kind, state, end: 0 }, span);
        // Reading the next element (when the loop uses it) or iterating the map is a read.
        let reads_value = r.value.as_ref().is_some_and(|v| !is_blank(v));
        if kind == RangeKind::Map || (kind == RangeKind::Slice && reads_value) {
            let name = crate::syntax::print::expr_string(&r.x);
            let name = if kind == RangeKind::Slice { format!("{name}[]") } else { name };
            let loc = self.c.location(&name);
            self.emit(Op::Access { loc, write: false, target: Target::Range(state) }, span);
        }
        // RangeNext pushes key then value; assign value first (it is on top).
        for (i, e) in targets.iter().enumerate().rev() {
            let has_value = i == 0 || !matches!(kind, RangeKind::Int | RangeKind::Chan);
            if !has_value {
                continue;
            }
            match e {
                None => {
                    self.emit(Op::Pop, span);
                }
                Some(e) if is_blank(e) => {
                    self.emit(Op::Pop, span);
                }
                Some(e) => {
                    if r.define {
                        let Some(&o) = self.c.info.uses.get(&e.id) else {
                            self.emit(Op::Pop, span);
                            continue;
                        };
                        match old_slots[i] {
                            Some(_) => {
                                let rf = self.var_ref(o);
                                self.store_var(rf, Some(o), e.span);
                            }
                            None => {
                                self.declare_local(o, e.span);
                            }
                        }
                    } else {
                        let tmp = self.new_slot();
                        self.emit(Op::SetLocal(tmp), e.span);
                        let lv = self.lvalue(e);
                        self.emit(Op::Local(tmp), e.span);
                        self.store(lv, e, e.span);
                    }
                }
            }
        }
        self.push_breakable(label, true);
        self.block(&r.body);
        self.emit(Op::Jump(top), r.body.span);
        self.pop_breakable(top);
        let end = self.here();
        self.patch(next, end);
    }

    fn switch_stmt(&mut self, sw: &'a ast::SwitchStmt, label: Option<String>) {
        if let Some(init) = &sw.init {
            self.stmt(init);
        }
        let tag_slot = sw.tag.as_ref().map(|t| {
            self.expr(t);
            let s = self.new_slot();
            self.emit(Op::SetLocal(s), t.span);
            (s, self.ty(t))
        });
        self.push_breakable(label, false);
        // Tests first, jumping to bodies; then the bodies in order (so fallthrough works).
        let mut body_jumps: Vec<Vec<usize>> = Vec::new();
        let mut default_idx = None;
        for (ci, clause) in sw.clauses.iter().enumerate() {
            let mut jumps = Vec::new();
            match &clause.cases {
                None => default_idx = Some(ci),
                Some(cases) => {
                    for c in cases {
                        match tag_slot {
                            Some((s, tt)) => {
                                self.emit(Op::Local(s), c.span);
                                let ct = self.ty(c);
                                if self.c.prog.types.is_interface(tt)
                                    && !self.c.prog.types.is_interface(ct)
                                {
                                    self.expr(c);
                                    self.convert_top(ct, tt, c.span);
                                } else {
                                    self.expr_to(c, tt);
                                }
                                let num = self.num(tt);
                                self.emit(Op::Bin(super::super::program::BinOp::Eq, num), c.span);
                            }
                            None => self.expr(c),
                        }
                        jumps.push(self.emit(Op::JumpIfTrue(0), c.span));
                    }
                }
            }
            body_jumps.push(jumps);
        }
        let to_default = self.emit(Op::Jump(0), Span::default());
        let mut ends = Vec::new();
        let mut fall_from: Option<usize> = None;
        for (ci, clause) in sw.clauses.iter().enumerate() {
            let start = self.here();
            for j in &body_jumps[ci] {
                self.patch(*j, start);
            }
            if default_idx == Some(ci) {
                self.patch(to_default, start);
            }
            if let Some(f) = fall_from.take() {
                self.patch(f, start);
            }
            self.stmts(&clause.body);
            if matches!(clause.body.last().map(|s| &s.kind), Some(StmtKind::Fallthrough)) {
                fall_from = Some(self.emit(Op::Jump(0), clause.span));
            } else {
                ends.push(self.emit(Op::Jump(0), clause.span));
            }
        }
        let end = self.here();
        if default_idx.is_none() {
            self.patch(to_default, end);
        }
        for e in ends {
            self.patch(e, end);
        }
        self.pop_breakable(end);
    }

    fn type_switch(&mut self, sw: &'a ast::TypeSwitchStmt, label: Option<String>) {
        if let Some(init) = &sw.init {
            self.stmt(init);
        }
        let ExprKind::TypeAssert { x, .. } = &sw.guard.kind else { return };
        self.expr(x);
        let xslot = self.new_slot();
        self.emit(Op::SetLocal(xslot), x.span);
        let xt = self.ty(x);
        self.push_breakable(label, false);
        let mut ends = Vec::new();
        let mut default_clause = None;
        for clause in &sw.clauses {
            let Some(cases) = &clause.cases else {
                default_clause = Some(clause);
                continue;
            };
            let mut hits = Vec::new();
            for c in cases {
                let ct = self.c.info.expr(c.id).map(|i| i.ty).unwrap_or(wk::INVALID);
                self.emit(Op::Local(xslot), c.span);
                let iface = self.c.prog.types.is_interface(ct);
                self.emit(Op::TypeIs { ty: ct, iface }, c.span);
                hits.push(self.emit(Op::JumpIfTrue(0), c.span));
            }
            let skip = self.emit(Op::Jump(0), clause.span);
            let body = self.here();
            for h in hits {
                self.patch(h, body);
            }
            self.bind_case(sw, clause, cases, xslot, xt);
            self.stmts(&clause.body);
            ends.push(self.emit(Op::Jump(0), clause.span));
            let next = self.here();
            self.patch(skip, next);
        }
        if let Some(clause) = default_clause {
            self.bind_case(sw, clause, &[], xslot, xt);
            self.stmts(&clause.body);
        }
        let end = self.here();
        for e in ends {
            self.patch(e, end);
        }
        self.pop_breakable(end);
    }

    /// Declares the type switch's bound variable for one clause.
    fn bind_case(
        &mut self,
        sw: &ast::TypeSwitchStmt,
        clause: &ast::CaseClause,
        cases: &[ast::Expr],
        xslot: u16,
        xt: TypeId,
    ) {
        let Some(b) = &sw.binding else { return };
        // The checker declared one object per clause, recorded at the clause.
        let Some(&obj) = self.c.info.defs.get(&clause.span.start) else { return };
        let ty = self.c.checked.object(obj).ty;
        self.emit(Op::Local(xslot), b.span);
        if cases.len() == 1 && !self.c.prog.types.is_interface(ty) && ty != xt {
            self.emit(Op::Assert { ty, comma_ok: false, iface: false, src: xt }, b.span);
        }
        self.declare_local(obj, b.span);
    }

    fn select_stmt(&mut self, sel: &'a ast::SelectStmt, label: Option<String>, span: Span) {
        let mut sends = Vec::new();
        let mut has_default = false;
        // Operands in case order: the channel, and the value for sends.
        for clause in &sel.clauses {
            let Some(comm) = &clause.comm else {
                has_default = true;
                continue;
            };
            match &comm.kind {
                StmtKind::Send { ch, value, .. } => {
                    self.expr(ch);
                    let elem = match self.c.prog.types.under(self.ty(ch)) {
                        Type::Chan(_, e) => *e,
                        _ => wk::INVALID,
                    };
                    self.expr_to(value, elem);
                    sends.push(true);
                }
                StmtKind::Expr(e) => {
                    self.recv_operand(e);
                    sends.push(false);
                }
                StmtKind::Assign { rhs, .. } => {
                    self.recv_operand(&rhs[0]);
                    sends.push(false);
                }
                _ => {}
            }
        }
        let idx = self.c.prog.selects.len() as u32;
        self.c.prog.selects.push(SelectInfo { sends, has_default });
        self.emit(Op::Select(idx), span);
        // Stack: value, ok, case index (-1 = default).
        let case_slot = self.new_slot();
        self.emit(Op::SetLocal(case_slot), span);
        let ok_slot = self.new_slot();
        self.emit(Op::SetLocal(ok_slot), span);
        let val_slot = self.new_slot();
        self.emit(Op::SetLocal(val_slot), span);
        self.push_breakable(label, false);
        let mut ends = Vec::new();
        let mut case_no: i64 = 0;
        for clause in &sel.clauses {
            let n = match clause.comm {
                None => -1,
                Some(_) => {
                    case_no += 1;
                    case_no - 1
                }
            };
            let k = self.c.add_const(super::super::value::Value::Int(n));
            self.emit(Op::Local(case_slot), clause.span);
            self.emit(Op::Const(k), clause.span);
            self.emit(
                Op::Bin(
                    super::super::program::BinOp::Eq,
                    super::super::program::Num::Int { bits: 64, signed: true },
                ),
                clause.span,
            );
            let skip = self.emit(Op::JumpIfFalse(0), clause.span);
            if let Some(comm) = &clause.comm
                && let StmtKind::Assign { lhs, op, .. } = &comm.kind
            {
                self.select_assign(lhs, *op == AssignOp::Define, val_slot, ok_slot, comm.span);
            }
            self.stmts(&clause.body);
            ends.push(self.emit(Op::Jump(0), clause.span));
            let next = self.here();
            self.patch(skip, next);
        }
        let end = self.here();
        for e in ends {
            self.patch(e, end);
        }
        self.pop_breakable(end);
    }

    fn recv_operand(&mut self, e: &'a ast::Expr) {
        if let ExprKind::Unary { op: ast::UnaryOp::Recv, x } = &e.unparen().kind {
            self.expr(x);
        }
    }

    fn select_assign(
        &mut self,
        lhs: &'a [ast::Expr],
        define: bool,
        val_slot: u16,
        ok_slot: u16,
        span: Span,
    ) {
        for (l, slot) in lhs.iter().zip([val_slot, ok_slot]) {
            if is_blank(l) {
                continue;
            }
            if define {
                let Some(&o) = self.c.info.uses.get(&l.id) else { continue };
                self.emit(Op::Local(slot), span);
                self.declare_local(o, l.span);
            } else {
                let lv = self.lvalue(l);
                self.emit(Op::Local(slot), span);
                let t = self.ty(l);
                if slot == val_slot {
                    let _ = t;
                }
                self.store(lv, l, span);
            }
        }
    }

    /// The static type the checker recorded for an expression.
    pub fn ty(&self, e: &ast::Expr) -> TypeId {
        self.c.info.expr(e.id).map(|i| i.ty).unwrap_or(wk::INVALID)
    }

    pub fn mode(&self, e: &ast::Expr) -> Option<&'a Mode> {
        self.c.info.expr(e.id).map(|i| &i.mode)
    }
}

pub(super) fn is_blank(e: &ast::Expr) -> bool {
    matches!(&e.unparen().kind, ExprKind::Name(n) if n == "_")
}

/// The name of the memory `e` denotes, as the trace shows it: `p.n`, `*p`, or `s[]` for an
/// element (the runtime fills in the index: `s[3]`).
pub(super) fn place_name(e: &ast::Expr) -> String {
    match &e.unparen().kind {
        ExprKind::Index { x, .. } => format!("{}[]", crate::syntax::print::expr_string(x)),
        _ => crate::syntax::print::expr_string(e.unparen()),
    }
}
