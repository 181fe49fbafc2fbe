//! Range over a function iterator (`for x := range seq`), compiled as Go's compiler rewrites
//! it: the loop body becomes a function of its own (`main.main-range1`), the `yield` the
//! iterator is called with. It returns true to ask for more, false to stop; how the body
//! left (`break`, `return`, a `break`/`continue` to a statement around the loop) is kept in
//! a cell shared with the enclosing function, which acts on it once the iterator returns.

use super::stmt::{FnCompiler, VarRef};
use crate::check::types::well_known as wk;
use crate::check::{ObjId, Type, TypeId};
use crate::runtime::program::{BinOp, Num, Op};
use crate::runtime::value::Value;
use crate::syntax::ast;
use crate::syntax::span::Span;

/// The exit state: 0 while the loop runs; `LOOP_DONE` once the iterator has returned (a
/// later call of the body is Go's "continued iteration after whole loop exit"); any other
/// value once the body has returned false, saying why.
const LOOP_DONE: i64 = -1;
const EXIT_BREAK: i64 = 1;
/// A `return` whose values wait in the result cells.
const EXIT_RETURN: i64 = 2;
/// A `return` without values (the enclosing function's named results hold them).
const EXIT_RETURN_BARE: i64 = 3;
/// `EXIT_OUTER + i`: the `i`th labeled `break` or `continue` to a statement around the loop.
const EXIT_OUTER: i64 = 4;

/// What the compiler of a range-over-function body needs to know.
pub(super) struct RangeBody {
    /// The loop's own label.
    label: Option<String>,
    /// The captured cells shared with the enclosing function: the exit state, and one per
    /// result of the enclosing function for a `return` with values.
    state: u16,
    rets: Vec<u16>,
    /// The results of the function the body's `return` returns from.
    pub(super) outer_results: Vec<(Option<ObjId>, TypeId)>,
    /// The labeled `break`s (false) and `continue`s (true) that leave the loop outwards.
    exits: Vec<(String, bool)>,
    returns: bool,
    bare_returns: bool,
}

impl<'a> FnCompiler<'_, 'a> {
    /// `for k, v := range f { body }` where `f` is a function.
    pub(super) fn range_func(&mut self, r: &'a ast::RangeStmt, label: Option<String>) {
        let name = {
            let outer = self.func_name();
            self.c.range_body_name(&outer, self.id)
        };
        let id = self.c.new_func(&name, r.body.span);
        let key = r.body.span.start;
        let captured = self.c.info.captures.get(&key).cloned().unwrap_or_default();
        let outer_results = match &self.range_body {
            Some(rb) => rb.outer_results.clone(),
            None => self.results.clone(),
        };
        // The cells the body shares with this function beyond what it captures.
        let int = |v: i64| Value::Int(v);
        let zero = self.c.add_const(int(0));
        let state = self.new_slot();
        self.emit(Op::Const(zero), r.x.span);
        self.emit(Op::Box, r.x.span);
        self.emit(Op::SetLocal(state), r.x.span);
        let mut rets = Vec::new();
        for (_, ty) in &outer_results {
            let slot = self.new_slot();
            let z = self.c.zero_const(*ty);
            self.emit(Op::Const(z), r.x.span);
            self.emit(Op::Box, r.x.span);
            self.emit(Op::SetLocal(slot), r.x.span);
            rets.push(slot);
        }
        // The iterator, then the body as a closure: the call `f(body)`.
        self.expr(&r.x);
        for obj in &captured {
            let op = match self.var_ref(*obj) {
                VarRef::Cell(s) | VarRef::Local(s) => Op::LocalPtr(s),
                VarRef::Free(i) => Op::FreePtr(i),
                VarRef::Global(g) => Op::GlobalPtr(g),
            };
            self.emit(op, r.x.span);
        }
        for &slot in std::iter::once(&state).chain(&rets) {
            self.emit(Op::Local(slot), r.x.span);
        }
        let n_free = (captured.len() + 1 + rets.len()) as u32;
        self.emit(Op::Closure { func: id, n_free }, r.x.span);
        let body = RangeBody {
            label,
            state: captured.len() as u16,
            rets: (0..rets.len()).map(|i| (captured.len() + 1 + i) as u16).collect(),
            outer_results,
            exits: Vec::new(),
            returns: false,
            bare_returns: false,
        };
        let done = self.range_body_func(id, r, key, body);
        self.emit(Op::Call { argc: 1 }, r.x.span);
        // The iterator has returned: the loop is over, for whatever reason the state says.
        let span = r.x.span;
        let code = self.new_slot();
        self.emit(Op::Local(state), span);
        self.emit(Op::Load, span);
        self.emit(Op::SetLocal(code), span);
        self.emit(Op::Local(state), span);
        let done_k = self.c.add_const(int(LOOP_DONE));
        self.emit(Op::Const(done_k), span);
        self.emit(Op::Store, span);
        let on = |f: &mut Self, exit: i64, then: &mut dyn FnMut(&mut Self)| {
            let k = f.c.add_const(int(exit));
            f.emit(Op::Local(code), span);
            f.emit(Op::Const(k), span);
            f.emit(Op::Bin(BinOp::Eq, Num::Int { bits: 64, signed: true }), span);
            let skip = f.emit(Op::JumpIfFalse(0), span);
            then(f);
            let end = f.here();
            f.patch(skip, end);
        };
        if done.returns {
            on(self, EXIT_RETURN, &mut |f| {
                for &slot in &rets {
                    f.emit(Op::Local(slot), span);
                    f.emit(Op::Load, span);
                }
                f.return_pushed(span);
            });
        }
        if done.bare_returns {
            on(self, EXIT_RETURN_BARE, &mut |f| f.return_bare(span));
        }
        for (i, (label, is_continue)) in done.exits.iter().enumerate() {
            on(self, EXIT_OUTER + i as i64, &mut |f| f.branch(Some(label), *is_continue, span));
        }
    }

    /// Compiles the body of `r` as function `id`; returns how it may leave the loop.
    fn range_body_func(
        &mut self,
        id: crate::runtime::value::FuncId,
        r: &'a ast::RangeStmt,
        key: u32,
        body: RangeBody,
    ) -> RangeBody {
        let n = match self.c.prog.types.under(self.ty(&r.x)) {
            Type::Func(sig) => match sig.params.first().map(|&y| self.c.prog.types.under(y)) {
                Some(Type::Func(y)) => y.params.len(),
                _ => 0,
            },
            _ => 0,
        };
        let targets = [r.key.as_ref(), r.value.as_ref()];
        let mut params: Vec<(Option<ObjId>, Span)> = vec![(None, r.body.span); n];
        if r.define {
            for (p, e) in params.iter_mut().zip(targets) {
                if let Some(e) = e.filter(|e| !super::stmt::is_blank(e)) {
                    *p = (self.c.info.uses.get(&e.id).copied(), e.span);
                }
            }
        }
        let results = vec![(None, wk::BOOL)];
        let bufs = self.c.stack_buffers(&params, &results, &r.body);
        let mut f = FnCompiler::new(&mut *self.c, id, n, results, Some(key));
        f.bufs = bufs;
        f.range_body = Some(Box::new(body));
        f.prologue(&params);
        let state = f.range_body.as_ref().map_or(0, |b| b.state);
        f.emit(Op::RangeBodyCheck(state), r.body.span);
        if !r.define {
            for (i, e) in targets.into_iter().enumerate().take(n) {
                let Some(e) = e.filter(|e| !super::stmt::is_blank(e)) else { continue };
                let lv = f.lvalue(e);
                f.emit(Op::Local(i as u16), e.span);
                f.store(lv, e, e.span);
            }
        }
        f.stmts(&r.body.stmts);
        // The closing brace: ask for the next iteration.
        let end = r.body.span.end as usize;
        f.yield_result(true, Span::new(end.saturating_sub(1), end));
        let done = f.range_body.take();
        f.finish();
        *done.expect("range body")
    }

    /// Returns `more` from the body to the iterator (true: go on).
    pub(super) fn yield_result(&mut self, more: bool, span: Span) {
        let k = self.c.add_const(Value::Bool(more));
        self.emit(Op::Const(k), span);
        let slot = self.result_base;
        self.emit(Op::SetLocal(slot), span);
        self.emit(Op::Ret, span);
    }

    /// Leaves the loop from its body: records why, and returns false to the iterator.
    fn range_exit(&mut self, code: i64, span: Span) {
        let Some(state) = self.range_body.as_ref().map(|b| b.state) else { return };
        let k = self.c.add_const(Value::Int(code));
        self.emit(Op::Const(k), span);
        self.emit(Op::SetFree(state), span);
        self.yield_result(false, span);
    }

    /// In a range body, `break` or `continue` that no statement inside the body takes:
    /// the loop's own, or one to a statement around it. False outside range bodies.
    pub(super) fn range_branch(
        &mut self,
        label: Option<&str>,
        is_continue: bool,
        span: Span,
    ) -> bool {
        let Some(rb) = self.range_body.as_mut() else { return false };
        if label.is_none() || label == rb.label.as_deref() {
            if is_continue {
                self.yield_result(true, span);
            } else {
                self.range_exit(EXIT_BREAK, span);
            }
            return true;
        }
        let exit = (label.unwrap_or_default().to_string(), is_continue);
        let i = match rb.exits.iter().position(|e| *e == exit) {
            Some(i) => i,
            None => {
                rb.exits.push(exit);
                rb.exits.len() - 1
            }
        };
        self.range_exit(EXIT_OUTER + i as i64, span);
        true
    }

    /// `return` with its values on the stack, in a range body: they go to the result cells
    /// and the enclosing function returns them. False outside range bodies.
    pub(super) fn range_return(&mut self, bare: bool, span: Span) -> bool {
        let Some(rb) = self.range_body.as_mut() else { return false };
        if bare {
            rb.bare_returns = true;
            self.range_exit(EXIT_RETURN_BARE, span);
            return true;
        }
        rb.returns = true;
        let rets = rb.rets.clone();
        for &r in rets.iter().rev() {
            self.emit(Op::SetFree(r), span);
        }
        self.range_exit(EXIT_RETURN, span);
        true
    }
}
