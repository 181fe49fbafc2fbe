//! Which `append`s get Go's 32-byte stack buffer (Go 1.25+), so `cap` reports what Go
//! reports. Go gives a slice that never escapes a fixed buffer at its first growth from
//! empty, and a slice whose backing array escapes only at one known place (`return s`,
//! `t = s`, `range s`) a buffer that grows one size class at a time and is copied to the
//! heap just before that place (`cmd/compile/internal/slice`, `ssagen`'s `append` and
//! `move2heap`). Go's own escape analysis decides the first case; this module approximates
//! it conservatively: a slice passed to any function counts as escaping.

use crate::check::{Builtin, Checked, Info, Mode, ObjId, ObjKind, Type, TypeId};
use crate::syntax::ast::{self, AssignOp, ExprId, ExprKind, StmtKind, UnaryOp};
use crate::syntax::walk::{self, Visit};
use litemap::LiteMap;
use std::collections::BTreeSet;

/// The bytes of Go's stack buffer (`base.Debug.VariableMakeThreshold`).
const BUFFER_BYTES: u64 = 32;

/// How an `s = append(s, …)` grows `s` when it must.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Buf {
    /// From empty, once per call of the function: a buffer of `k` elements.
    Once { k: u32 },
    /// While `k` elements fit: the next size class up (Go's `growsliceBuf`).
    Reuse { k: u32 },
}

/// What the compiler does about stack buffers in one function body.
#[derive(Debug, Default)]
pub(super) struct Plan {
    /// By the call's id: the variable appended to (which the buffer belongs to; none when
    /// the call appends to something else than a variable) and its buffer.
    pub appends: LiteMap<ExprId, (Option<ObjId>, Buf)>,
    /// By a statement's span start: variables whose buffer moves to the heap just before
    /// it, and whether their capacity is kept (else it shrinks to a size class of the
    /// length).
    pub moves: LiteMap<u32, Vec<(ObjId, bool)>>,
}

#[derive(Debug, Default)]
struct Var {
    /// A use Go's slice pass does not understand (no buffer-and-move plan).
    bad_move: bool,
    /// A use through which the backing array may escape (no fixed buffer).
    escapes: bool,
    /// Loop depth where it was declared.
    decl_depth: u32,
    /// The statement (span start) where it stops being the array's only user, and whether
    /// there was more than one (or one inside a deeper loop).
    transition: Option<u32>,
    too_many_transitions: bool,
    /// Its `s = append(s, …)` calls in source order, with whether they append a fixed
    /// number of elements (not `s = append(s, t...)`).
    appends: Vec<(ExprId, bool)>,
    weight: u32,
    cap_used: bool,
}

/// For each function of the file, whether each parameter's slice may leak (be kept, returned
/// or passed on) — Go's escape analysis notes, approximated: a parameter used only by
/// indexing, `len`, `cap`, `range`, `copy` and appends to itself does not leak.
pub(super) type Leaks = LiteMap<ObjId, Vec<bool>>;

/// The parameters of a function, by position, that may leak (see `Leaks`).
pub(super) fn param_leaks(
    checked: &Checked,
    info: &Info,
    escaped: &BTreeSet<ObjId>,
    leaks: &Leaks,
    params: &[ObjId],
    body: &ast::Block,
) -> Vec<bool> {
    let w = walk(checked, info, escaped, leaks, params, &[], body);
    params.iter().map(|p| w.vars.get(p).is_none_or(|v| v.escapes)).collect()
}

fn walk<'a>(
    checked: &'a Checked,
    info: &'a Info,
    escaped: &'a BTreeSet<ObjId>,
    leaks: &'a Leaks,
    params: &[ObjId],
    named_results: &[ObjId],
    body: &ast::Block,
) -> Walker<'a> {
    let mut w = Walker {
        checked,
        info,
        escaped,
        leaks,
        sites: Vec::new(),
        temps: Vec::new(),
        flows: Vec::new(),
        vars: LiteMap::new(),
        depth: 0,
        named_results: named_results.to_vec(),
    };
    for &p in params.iter().chain(named_results) {
        if let Some(v) = w.var(p) {
            v.decl_depth = 0;
        }
    }
    w.block(body);
    w
}

/// Plans the stack buffers of a function with parameters `params`, named results
/// `named_results` and body `body`. `escaped` holds the variables that live in heap cells.
pub(super) fn plan(
    checked: &Checked,
    info: &Info,
    escaped: &BTreeSet<ObjId>,
    leaks: &Leaks,
    params: &[ObjId],
    named_results: &[ObjId],
    body: &ast::Block,
) -> Plan {
    let mut w = walk(checked, info, escaped, leaks, params, named_results, body);
    // `t = append(s, …)` may hand `s`'s array to `t`: if `t` escapes, so does it.
    loop {
        let mut changed = false;
        for &(src, dst) in &w.flows {
            let dst_escapes = w.vars.get(&dst).is_none_or(|v| v.escapes);
            if dst_escapes
                && let Some(v) = w.vars.get_mut(&src)
                && !v.escapes
            {
                v.escapes = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let mut out = Plan::default();
    // Go's slice pass: a slice that stops being its array's only user at one place gets
    // the buffer, and moves to the heap just before that place.
    let mut moved: LiteMap<ObjId, bool> = LiteMap::new();
    for (&obj, v) in &w.vars {
        let Some(k) = buffer_len(checked, obj) else { continue };
        let transition =
            v.transition.filter(|_| !v.bad_move && !v.too_many_transitions && v.weight >= 2);
        let Some(at) = transition else { continue };
        if v.cap_used {
            for &(id, fixed) in &v.appends {
                if fixed {
                    out.appends.insert(id, (Some(obj), Buf::Reuse { k }));
                }
            }
        }
        // A named result keeps its buffer's capacity (as Go 1.27 does).
        let keep_cap = v.cap_used || named_results.contains(&obj);
        out.moves.entry(at).or_default().push((obj, keep_cap));
        moved.insert(obj, v.cap_used);
    }
    // An append whose result does not escape (or escapes only through such a move) may
    // start from the buffer: the first such append of each variable.
    let mut used_keys = BTreeSet::new();
    for site in &w.sites {
        if !site.fixed || out.appends.contains_key(&site.call) {
            continue;
        }
        let Some(k) = buffer_len(checked, site.result) else { continue };
        let Some(v) = w.vars.get(&site.result) else { continue };
        let qualifies = match moved.get(&site.result) {
            Some(&cap_used) => !cap_used,
            None => !v.escapes,
        };
        if !qualifies || site.key.is_some_and(|key| !used_keys.insert(key)) {
            continue;
        }
        out.appends.insert(site.call, (site.key, Buf::Once { k }));
    }
    // A result that never leaves `len(…)` or `cap(…)` escapes nowhere: each such call
    // starts from a buffer of its own.
    for &(call, ty) in &w.temps {
        if let Some(k) = buffer_len_of(checked, ty) {
            out.appends.entry(call).or_insert((None, Buf::Once { k }));
        }
    }
    out
}

/// How many elements of the slice variable `obj` fit Go's buffer, if any.
fn buffer_len(checked: &Checked, obj: ObjId) -> Option<u32> {
    buffer_len_of(checked, checked.object(obj).ty)
}

/// How many elements of a slice of type `ty` fit Go's buffer, if any.
fn buffer_len_of(checked: &Checked, ty: TypeId) -> Option<u32> {
    let Type::Slice(elem) = checked.types.under(ty) else { return None };
    let size = super::layout::size_of(&checked.types, *elem);
    (size > 0 && size <= BUFFER_BYTES).then(|| (BUFFER_BYTES / size) as u32)
}

/// An append whose result is assigned to a variable, in source order.
struct Site {
    call: ExprId,
    /// The variable the result goes to.
    result: ObjId,
    /// The variable appended to, which Go keys its buffer by (else the call itself).
    key: Option<ObjId>,
    fixed: bool,
}

struct Walker<'a> {
    checked: &'a Checked,
    info: &'a Info,
    escaped: &'a BTreeSet<ObjId>,
    leaks: &'a Leaks,
    sites: Vec<Site>,
    /// Appends of a fixed number of elements whose result only `len` or `cap` reads, with
    /// the result's type.
    temps: Vec<(ExprId, TypeId)>,
    /// (s, t) for `t = append(s, …)`: if `t` escapes, so does `s`'s array.
    flows: Vec<(ObjId, ObjId)>,
    vars: LiteMap<ObjId, Var>,
    depth: u32,
    named_results: Vec<ObjId>,
}

impl Walker<'_> {
    /// The tracked state of `obj`, when it is a local slice variable in no heap cell.
    fn var(&mut self, obj: ObjId) -> Option<&mut Var> {
        let o = self.checked.object(obj);
        let local = matches!(o.kind, ObjKind::Var { global: false });
        let slice = matches!(self.checked.types.under(o.ty), Type::Slice(_));
        if !local || !slice || self.escaped.contains(&obj) {
            return None;
        }
        let depth = self.depth;
        Some(self.vars.entry(obj).or_insert_with(|| Var { decl_depth: depth, ..Var::default() }))
    }

    /// The tracked variable a plain name refers to (or declares).
    fn name(&self, e: &ast::Expr) -> Option<ObjId> {
        let e = e.unparen();
        if !matches!(e.kind, ExprKind::Name(_)) {
            return None;
        }
        let info = self.info;
        info.uses.get(&e.id).or_else(|| info.defs.get(&e.span.start)).copied()
    }

    fn builtin(&self, fun: &ast::Expr) -> Option<Builtin> {
        match self.info.expr(fun.unparen().id).map(|i| &i.mode) {
            Some(Mode::Builtin(b)) => Some(*b),
            _ => None,
        }
    }

    /// A use neither analysis understands.
    fn bad(&mut self, obj: ObjId) {
        if let Some(v) = self.var(obj) {
            v.bad_move = true;
            v.escapes = true;
        }
    }

    fn transition(&mut self, obj: ObjId, at: u32) {
        let depth = self.depth;
        if let Some(v) = self.var(obj) {
            v.escapes = true;
            if v.transition.is_some() || depth > v.decl_depth {
                v.too_many_transitions = true;
            }
            v.transition = Some(at);
        }
    }

    /// `s = v` where `v` is not an append to `s` or a slice of it.
    fn initial(&mut self, obj: ObjId, v: &ast::Expr, at: u32) {
        match &v.unparen().kind {
            ExprKind::CompositeLit { .. } => {
                if let Some(var) = self.var(obj) {
                    var.cap_used = true;
                }
                self.expr(v);
            }
            ExprKind::Name(_) if self.is_nil(v) => {}
            ExprKind::Call { fun, args, dots } if self.builtin(fun) == Some(Builtin::Append) => {
                self.append_into(obj, v.id, args, *dots);
            }
            ExprKind::Call { fun, .. } if self.builtin(fun) == Some(Builtin::Make) => {
                // Go's slice pass leaves `make` to the programmer; it escapes nothing.
                if let Some(var) = self.var(obj) {
                    var.bad_move = true;
                }
                self.expr(v);
            }
            _ => {
                self.bad(obj);
                let into_iface = matches!(
                    self.checked.types.under(self.checked.object(obj).ty),
                    Type::Interface(_)
                );
                match self.name(v) {
                    // `t = s`: `t` holds the array too. (Into an interface it escapes.)
                    Some(src) if !into_iface => self.transition(src, at),
                    _ => self.expr(v),
                }
            }
        }
    }

    fn is_iface(&self, e: &ast::Expr) -> bool {
        self.info
            .expr(e.unparen().id)
            .is_some_and(|i| matches!(self.checked.types.under(i.ty), Type::Interface(_)))
    }

    fn is_nil(&self, e: &ast::Expr) -> bool {
        let nil = crate::check::types::well_known::UNTYPED_NIL;
        self.info.expr(e.unparen().id).is_some_and(|i| i.ty == nil)
    }

    /// `s = v` (or `s := v`) for a tracked-kind variable `obj`.
    fn assign(&mut self, obj: ObjId, lhs: &ast::Expr, v: &ast::Expr, op: AssignOp, at: u32) {
        if op == AssignOp::Define && !self.info.uses.contains_key(&lhs.unparen().id) {
            // A new variable starts here.
            let depth = self.depth;
            if let Some(var) = self.var(obj) {
                var.decl_depth = depth;
            }
        }
        let v = v.unparen();
        match &v.kind {
            ExprKind::Call { fun, args, dots } if self.builtin(fun) == Some(Builtin::Append) => {
                let onto_self = args.first().and_then(|a| self.name(a)) == Some(obj);
                if onto_self {
                    let depth = self.depth;
                    if let Some(var) = self.var(obj) {
                        var.appends.push((v.id, !dots));
                        var.weight += 1 + depth.saturating_sub(var.decl_depth);
                    }
                    self.sites.push(Site { call: v.id, result: obj, key: Some(obj), fixed: !dots });
                    for a in &args[1..] {
                        self.spread_or_expr(a, *dots);
                    }
                } else {
                    self.append_into(obj, v.id, args, *dots);
                }
            }
            ExprKind::Slice { x, lo, hi, max, .. } if self.name(x) == Some(obj) => {
                if let Some(var) = self.var(obj) {
                    var.cap_used = true;
                }
                for b in [lo, hi, max].into_iter().flatten() {
                    self.expr(b);
                }
            }
            _ => self.initial(obj, v, at),
        }
    }

    /// `t = append(s, …)` (`s` not `t`): the result, which may share `s`'s array, is `t`'s.
    fn append_into(&mut self, obj: ObjId, call: ExprId, args: &[ast::Expr], dots: bool) {
        if let Some(v) = self.var(obj) {
            v.bad_move = true;
        }
        let key = args.first().and_then(|a| self.name(a));
        match key {
            Some(src) => {
                if let Some(v) = self.var(src) {
                    v.bad_move = true;
                }
                self.flows.push((src, obj));
            }
            None => {
                if let Some(a) = args.first() {
                    self.expr(a);
                }
            }
        }
        self.sites.push(Site { call, result: obj, key, fixed: !dots });
        for a in args.iter().skip(1) {
            self.spread_or_expr(a, dots);
        }
    }

    /// An argument after the first of `append`: `t...` copies `t`'s elements.
    fn spread_or_expr(&mut self, a: &ast::Expr, dots: bool) {
        match self.name(a) {
            Some(obj) if dots => {
                if let Some(v) = self.var(obj) {
                    v.bad_move = true;
                }
            }
            _ => self.expr(a),
        }
    }
}

impl Visit for Walker<'_> {
    fn stmt(&mut self, s: &ast::Stmt) {
        let at = s.span.start;
        match &s.kind {
            StmtKind::Assign { lhs, op, rhs, .. } => {
                let pairs =
                    lhs.len() == rhs.len() && matches!(op, AssignOp::Assign | AssignOp::Define);
                for (i, l) in lhs.iter().enumerate() {
                    match (self.name(l), pairs.then(|| &rhs[i])) {
                        (Some(obj), Some(r)) => self.assign(obj, l, r, *op, at),
                        (Some(obj), None) => self.bad(obj),
                        (None, _) => self.expr(l),
                    }
                }
                for (i, r) in rhs.iter().enumerate() {
                    let handled = pairs && self.name(&lhs[i]).is_some();
                    if !handled {
                        match self.name(r) {
                            // `*p = s`, `m[k] = s`: another place now holds the array.
                            Some(obj) if pairs && !self.is_iface(&lhs[i]) => {
                                self.transition(obj, at)
                            }
                            _ => self.expr(r),
                        }
                    }
                }
            }
            StmtKind::Return(rs) => {
                for r in rs {
                    match self.name(r) {
                        Some(obj) => self.transition(obj, at),
                        None => self.expr(r),
                    }
                }
                if rs.is_empty() {
                    for obj in self.named_results.clone() {
                        self.transition(obj, at);
                    }
                }
            }
            StmtKind::Range(r) => {
                match self.name(&r.x) {
                    Some(obj) => {
                        // Go's slice pass treats the range as the end of exclusive use; it
                        // does not make the array escape.
                        let depth = self.depth;
                        if let Some(v) = self.var(obj) {
                            if v.transition.is_some() || depth > v.decl_depth {
                                v.too_many_transitions = true;
                            }
                            v.transition = Some(at);
                        }
                    }
                    None => self.expr(&r.x),
                }
                for e in [&r.key, &r.value].into_iter().flatten() {
                    match self.name(e) {
                        Some(obj) if !r.define => self.bad(obj),
                        Some(_) => {}
                        None => self.expr(e),
                    }
                }
                self.depth += 1;
                self.block(&r.body);
                self.depth -= 1;
            }
            StmtKind::For(f) => {
                self.depth += 1;
                if let Some(i) = &f.init {
                    self.stmt(i);
                }
                if let Some(c) = &f.cond {
                    self.expr(c);
                }
                if let Some(p) = &f.post {
                    self.stmt(p);
                }
                self.block(&f.body);
                self.depth -= 1;
            }
            StmtKind::Decl(ast::Decl::Var(g)) => {
                for spec in &g.specs {
                    for (i, name) in spec.names.iter().enumerate() {
                        let Some(&obj) = self.info.defs.get(&name.span.start) else {
                            continue;
                        };
                        let depth = self.depth;
                        if let Some(v) = self.var(obj) {
                            v.decl_depth = depth;
                        }
                        if let Some(v) = spec.values.get(i) {
                            self.initial(obj, v, at);
                        }
                    }
                    if spec.values.len() != spec.names.len() {
                        spec.values.iter().for_each(|v| self.expr(v));
                    }
                }
            }
            _ => walk::stmt_children(self, s),
        }
    }

    fn expr(&mut self, e: &ast::Expr) {
        match &e.kind {
            ExprKind::Name(_) => {
                if let Some(obj) = self.name(e) {
                    self.bad(obj);
                }
            }
            ExprKind::Index { x, indices } => {
                if self.name(x).is_none() {
                    self.expr(x);
                }
                indices.iter().for_each(|i| self.expr(i));
            }
            ExprKind::Unary { op: UnaryOp::Addr, x } => {
                // `&s[i]` points into the array: it escapes.
                if let ExprKind::Index { x: inner, .. } = &x.unparen().kind
                    && let Some(obj) = self.name(inner)
                {
                    self.bad(obj);
                }
                self.expr(x);
            }
            ExprKind::Call { fun, args, dots } => match self.builtin(fun) {
                Some(b @ (Builtin::Len | Builtin::Cap)) => {
                    for a in args {
                        match self.name(a) {
                            Some(obj) => {
                                if b == Builtin::Cap
                                    && let Some(v) = self.var(obj)
                                {
                                    v.cap_used = true;
                                }
                            }
                            None => {
                                // `cap(append(…))`: a result that lives only here.
                                let call = a.unparen();
                                if let ExprKind::Call { fun: f, dots: false, .. } = &call.kind
                                    && self.builtin(f) == Some(Builtin::Append)
                                    && let Some(i) = self.info.expr(call.id)
                                {
                                    self.temps.push((call.id, i.ty));
                                }
                                self.expr(a)
                            }
                        }
                    }
                }
                Some(Builtin::Copy) => {
                    // Copying elements in or out lets nothing escape, but Go's slice pass
                    // does not follow `copy`.
                    for a in args {
                        match self.name(a) {
                            Some(obj) => {
                                if let Some(v) = self.var(obj) {
                                    v.bad_move = true;
                                }
                            }
                            None => self.expr(a),
                        }
                    }
                }
                Some(Builtin::Append) => {
                    // An append whose result goes elsewhere: its first operand escapes
                    // with it; a spread operand is only read.
                    for (i, a) in args.iter().enumerate() {
                        if i > 0 {
                            self.spread_or_expr(a, *dots && i == args.len() - 1);
                        } else {
                            self.expr(a);
                        }
                    }
                }
                _ => {
                    // A slice passed to a parameter that does not leak stays put.
                    let callee = self.name(fun).and_then(|f| self.leaks.get(&f));
                    self.expr(fun);
                    for (i, a) in args.iter().enumerate() {
                        let kept = !dots && callee.and_then(|l| l.get(i)).is_some_and(|l| !l);
                        match self.name(a) {
                            Some(obj) if kept => {
                                if let Some(v) = self.var(obj) {
                                    v.cap_used = true;
                                }
                            }
                            _ => self.expr(a),
                        }
                    }
                }
            },
            // Variables a closure uses live in heap cells: not tracked here.
            ExprKind::FuncLit { .. } => {}
            _ => walk::expr_children(self, e),
        }
    }
}
