//! Function bodies and statements: scopes, local declarations, assignments, control flow,
//! labels, `go`/`defer`, `select`, the terminating-statement rule behind `missing return`,
//! and `declared and not used`.

use super::assign::plural;
use super::scope::ObjKind;
use super::types::{ChanDir, Type, TypeId, well_known as wk};
use super::typexpr::ParamDecl;
use super::{Checker, ExprInfo, FuncCtx, Mode, ObjId};
use crate::syntax::ast::{self, AssignOp, Decl, ExprKind, Stmt, StmtKind};
use crate::syntax::span::Span;

/// A statement that `break` (and, for loops, `continue`) can leave.
#[derive(Clone, Debug)]
pub(super) struct Breakable {
    pub is_loop: bool,
    pub label: Option<String>,
}

impl<'a> Checker<'a> {
    pub(super) fn current_scope(&self) -> usize {
        self.cur_scope
    }

    fn open_scope(&mut self) -> usize {
        let saved = self.cur_scope;
        self.cur_scope = self.scopes.push(Some(saved));
        saved
    }

    fn close_scope(&mut self, saved: usize) {
        self.cur_scope = saved;
    }

    /// Records that the current function uses a variable of an enclosing function.
    pub(super) fn note_capture(&mut self, id: ObjId) {
        let Some(&owner) = self.var_owner.get(&id) else { return };
        let mut f = self.func.as_mut();
        while let Some(ctx) = f {
            if ctx.key == owner {
                break;
            }
            if !ctx.captured.contains(&id) {
                ctx.captured.push(id);
            }
            f = ctx.parent.as_deref_mut();
        }
    }

    /// Declares a local variable in the current scope.
    pub(super) fn declare_var(&mut self, name: &ast::Ident, ty: TypeId) -> ObjId {
        let id = self.new_object(&name.name, ObjKind::Var { global: false }, ty, name.span);
        self.info.defs.insert(name.span.start, id);
        if name.name == "_" {
            self.obj_mut(id).used = true;
            return id;
        }
        if self.scopes.lookup_local(self.cur_scope, &name.name).is_some() {
            self.redeclared(name, Span::default());
            self.obj_mut(id).used = true;
            return id;
        }
        self.scopes.insert(self.cur_scope, &name.name, id);
        if let Some(f) = self.func.as_mut() {
            f.locals.push(id);
            self.var_owner.insert(id, f.key);
        }
        id
    }

    pub(super) fn func_body(&mut self, f: &'a ast::FuncDecl) {
        let Some(body) = &f.body else { return };
        let Some(&id) = self.info.defs.get(&f.name.span.start) else { return };
        let sig = self.obj(id).ty;
        let results = self.types.signature(sig).map(|s| s.results.clone()).unwrap_or_default();
        // Re-derive the parameter names (the signature type only has types).
        let (_, mut params) = self.signature(&f.ty, None);
        let mut recv = None;
        if let Some(r) = &f.recv {
            let rt = self.resolve_type(&r.ty);
            if let Some(n) = r.names.first() {
                recv =
                    Some(ParamDecl { name: n.name.clone(), span: n.span, ty: rt, result: false });
            }
        }
        if let Some(r) = recv {
            params.insert(0, r);
        }
        self.func_body_common(f.name.span.start, results, params, Some(f), body);
    }

    /// Checks a function body (of a declaration or a literal) in a fresh function context.
    pub(super) fn func_body_common(
        &mut self,
        key: u32,
        results: Vec<TypeId>,
        params: Vec<ParamDecl>,
        decl: Option<&ast::FuncDecl>,
        body: &'a ast::Block,
    ) {
        let parent_scope = if self.func.is_some() {
            self.cur_scope
        } else {
            self.body_parent.unwrap_or(self.pkg_scope)
        };
        let saved_scope = self.cur_scope;
        let scope = self.scopes.push(Some(parent_scope));
        self.cur_scope = scope;
        let parent = self.func.take().map(Box::new);
        self.func = Some(FuncCtx {
            results: results.clone(),
            key,
            captured: Vec::new(),
            locals: Vec::new(),
            labels: Default::default(),
            named_results: params.iter().any(|p| p.result),
            range_body: false,
            parent,
        });
        let saved_breakables = std::mem::take(&mut self.breakables);
        for p in &params {
            let id = self.declare_var(&ast::Ident { name: p.name.clone(), span: p.span }, p.ty);
            self.obj_mut(id).used = true; // parameters may go unused
        }
        self.collect_labels(&body.stmts);
        self.diags.extend(super::goto::check(&body.stmts));
        self.stmts(&body.stmts);
        if !results.is_empty() && !self.is_terminating_list(&body.stmts) {
            let end = Span::at((body.span.end as usize).saturating_sub(1));
            self.error(end, "missing return");
        }
        let _ = decl;
        let ctx = self.func.take().expect("function context");
        for id in &ctx.locals {
            let o = self.obj(*id);
            if !o.used {
                let (span, name) = (o.span, o.name.clone());
                self.error(span, format!("declared and not used: {name}"));
            }
        }
        for (name, (span, used)) in &ctx.labels {
            if !used {
                self.error(*span, format!("label {name} defined and not used"));
            }
        }
        self.info.captures.insert(key, ctx.captured.clone());
        // Variables captured from further out are captured by the enclosing function too.
        self.func = ctx.parent.map(|b| *b);
        for id in ctx.captured {
            self.note_capture(id);
        }
        self.breakables = saved_breakables;
        self.cur_scope = saved_scope;
    }

    fn collect_labels(&mut self, stmts: &'a [Stmt]) {
        for s in stmts {
            let mut s = s;
            while let StmtKind::Labeled { label, stmt } = &s.kind {
                if let Some(f) = self.func.as_mut() {
                    if f.labels.contains_key(&label.name) {
                        let name = label.name.clone();
                        self.error(label.span, format!("label {name} already defined"));
                    } else {
                        f.labels.insert(label.name.clone(), (label.span, false));
                    }
                }
                s = stmt;
            }
            match &s.kind {
                StmtKind::Block(b) => self.collect_labels(&b.stmts),
                StmtKind::If(i) => {
                    self.collect_labels(&i.then.stmts);
                    if let Some(e) = &i.els {
                        self.collect_labels(std::slice::from_ref(e));
                    }
                }
                StmtKind::For(f) => self.collect_labels(&f.body.stmts),
                StmtKind::Range(r) => self.collect_labels(&r.body.stmts),
                StmtKind::Switch(sw) => {
                    sw.clauses.iter().for_each(|c| self.collect_labels(&c.body))
                }
                StmtKind::TypeSwitch(sw) => {
                    sw.clauses.iter().for_each(|c| self.collect_labels(&c.body))
                }
                StmtKind::Select(sel) => {
                    sel.clauses.iter().for_each(|c| self.collect_labels(&c.body))
                }
                _ => {}
            }
        }
    }

    pub(super) fn stmts(&mut self, stmts: &'a [Stmt]) {
        for (i, s) in stmts.iter().enumerate() {
            if let StmtKind::Fallthrough = s.kind {
                // Valid only as the last statement of a switch case, which `switch_clauses` checks.
                let _ = i;
                self.error(s.span, "fallthrough statement out of place");
                continue;
            }
            self.stmt(s);
        }
    }

    fn block(&mut self, b: &'a ast::Block) {
        let saved = self.open_scope();
        self.stmts(&b.stmts);
        self.close_scope(saved);
    }

    fn stmt(&mut self, s: &'a Stmt) {
        match &s.kind {
            StmtKind::Bad | StmtKind::Empty => {}
            StmtKind::Expr(e) => self.expr_stmt(s, e),
            StmtKind::Send { ch, value, .. } => self.send(s, ch, value),
            StmtKind::IncDec { x, inc, .. } => {
                let xi = self.lhs(x);
                if xi.mode == Mode::Invalid {
                    return;
                }
                if !self.types.basic_of(xi.ty).is_some_and(|b| b.is_numeric()) {
                    let text = self.expr_text(x);
                    let d = self.describe(x, &xi);
                    let op = if *inc { "++" } else { "--" };
                    self.error(
                        s.span,
                        format!(
                            "invalid operation: {text}{op} (non-numeric type {})",
                            self.types.display(xi.ty)
                        ),
                    );
                    let _ = d;
                }
            }
            StmtKind::Assign { lhs, op, rhs, .. } => match op {
                AssignOp::Define => self.short_var_decl(s, lhs, rhs),
                AssignOp::Assign => self.assign(s, lhs, rhs),
                AssignOp::Op(bop) => {
                    if lhs.len() != 1 || rhs.len() != 1 {
                        self.error(
                            s.span,
                            format!(
                                "assignment operation {}= requires single-valued expressions",
                                bop.as_str()
                            ),
                        );
                        return;
                    }
                    let xi = self.lhs(&lhs[0]);
                    // Check `x op y` as an expression for its operator rules.
                    let fake = ExprInfo { mode: Mode::Value, ty: xi.ty };
                    let yi = self.value(&rhs[0], None);
                    if xi.mode == Mode::Invalid || yi.mode == Mode::Invalid {
                        return;
                    }
                    self.op_assign_check(s, *bop, &lhs[0], &fake, &rhs[0], &yi);
                }
            },
            StmtKind::Go(e) => self.go_defer(e, "go"),
            StmtKind::Defer(e) => {
                if self.func.as_ref().is_some_and(|f| f.range_body) {
                    self.unsupported(s.span, "defer in the body of a range over a function");
                }
                self.go_defer(e, "defer")
            }
            StmtKind::Return(results) => self.return_stmt(s, results),
            StmtKind::Break(label) => self.branch(s, label.as_ref(), false),
            StmtKind::Continue(label) => self.branch(s, label.as_ref(), true),
            StmtKind::Goto(label) => {
                if let Some(entry) = self.func.as_mut().and_then(|f| f.labels.get_mut(&label.name))
                {
                    entry.1 = true;
                }
                // Where it may jump is checked per function body (`goto.rs`).
                if self.func.as_ref().is_some_and(|f| f.range_body) {
                    self.unsupported(s.span, "goto in the body of a range over a function");
                }
            }
            StmtKind::Fallthrough => self.error(s.span, "fallthrough statement out of place"),
            StmtKind::Block(b) => self.block(b),
            StmtKind::If(i) => self.if_stmt(i),
            StmtKind::Switch(sw) => self.switch_stmt(sw, None),
            StmtKind::TypeSwitch(sw) => self.type_switch(sw, None),
            StmtKind::Select(sel) => self.select_stmt(sel, None),
            StmtKind::For(f) => self.for_stmt(f, None),
            StmtKind::Range(r) => self.range_stmt(r, None),
            StmtKind::Labeled { label, stmt } => self.labeled(label, stmt),
            StmtKind::Decl(d) => self.local_decl(d),
        }
    }

    fn labeled(&mut self, label: &ast::Ident, stmt: &'a Stmt) {
        let name = Some(label.name.clone());
        match &stmt.kind {
            StmtKind::For(f) => self.for_stmt(f, name),
            StmtKind::Range(r) => self.range_stmt(r, name),
            StmtKind::Switch(sw) => self.switch_stmt(sw, name),
            StmtKind::TypeSwitch(sw) => self.type_switch(sw, name),
            StmtKind::Select(sel) => self.select_stmt(sel, name),
            _ => self.stmt(stmt),
        }
    }

    fn expr_stmt(&mut self, s: &Stmt, e: &'a ast::Expr) {
        let x = self.expr(e);
        if x.mode == Mode::Invalid {
            return;
        }
        let inner = e.unparen();
        let is_call = matches!(inner.kind, ExprKind::Call { .. });
        let is_recv = matches!(inner.kind, ExprKind::Unary { op: ast::UnaryOp::Recv, .. });
        if is_recv {
            return;
        }
        if is_call {
            // Calls of some builtins and conversions must not stand alone.
            if let ExprKind::Call { fun, .. } = &inner.kind {
                let fi = self.info.expr(fun.id).cloned();
                let discards = match fi.map(|i| i.mode) {
                    Some(Mode::Type) => true,
                    Some(Mode::Builtin(b)) => !matches!(
                        b,
                        super::Builtin::Close
                            | super::Builtin::Copy
                            | super::Builtin::Delete
                            | super::Builtin::Panic
                            | super::Builtin::Print
                            | super::Builtin::Println
                            | super::Builtin::Recover
                            | super::Builtin::Clear
                    ),
                    _ => false,
                };
                if !discards {
                    return;
                }
            } else {
                return;
            }
        }
        let text = self.expr_text(e);
        let d = self.describe(e, &x);
        self.error(s.span, format!("{text} ({d}) is not used"));
    }

    fn send(&mut self, s: &Stmt, ch: &'a ast::Expr, value: &'a ast::Expr) {
        let c = self.value(ch, None);
        let elem = match self.types.under(c.ty).clone() {
            Type::Chan(ChanDir::Recv, _) => {
                let text = self.expr_text(ch);
                let d = self.describe(ch, &c);
                let shown = self.types.display(c.ty);
                self.error(s.span, format!("invalid operation: cannot send to receive-only channel {shown} {text} ({d})"));
                None
            }
            Type::Chan(_, elem) => Some(elem),
            _ if c.mode == Mode::Invalid => None,
            _ => {
                let text = self.expr_text(ch);
                let d = self.describe(ch, &c);
                let shown = self.types.display(c.ty);
                self.error(
                    s.span,
                    format!("invalid operation: cannot send to non-channel {shown} {text} ({d})"),
                );
                None
            }
        };
        let v = self.value(value, elem);
        if let Some(elem) = elem {
            self.assign_check(value, &v, elem, "send");
        }
    }

    fn go_defer(&mut self, e: &'a ast::Expr, what: &str) {
        let ExprKind::Call { fun, .. } = &e.unparen().kind else {
            self.error(e.span, format!("expression in {what} must be function call"));
            self.expr(e);
            return;
        };
        let x = self.expr(e);
        let fi = self.info.expr(fun.id).cloned();
        match fi.map(|i| i.mode) {
            Some(Mode::Type) => {
                let text = self.expr_text(e);
                self.error(e.span, format!("{what} requires function call, not conversion"));
                let _ = text;
            }
            Some(Mode::Builtin(b))
                if !matches!(
                    b,
                    super::Builtin::Close
                        | super::Builtin::Copy
                        | super::Builtin::Delete
                        | super::Builtin::Panic
                        | super::Builtin::Print
                        | super::Builtin::Println
                        | super::Builtin::Recover
                        | super::Builtin::Clear
                ) =>
            {
                let text = self.expr_text(e);
                let d = self.describe(e, &x);
                self.error(e.span, format!("{what} discards result of {text} ({d})"));
            }
            _ => {}
        }
    }

    fn return_stmt(&mut self, s: &Stmt, results: &'a [ast::Expr]) {
        let want = self.func.as_ref().map(|f| f.results.clone()).unwrap_or_default();
        if results.is_empty() {
            if !want.is_empty() && !self.has_named_results() {
                let w = self.tuple_text(&want);
                self.error(s.span, format!("not enough return values\n\thave ()\n\twant {w}"));
            }
            return;
        }
        // return f() where f returns several values.
        if results.len() == 1 && want.len() > 1 {
            let x = self.expr(&results[0]);
            if let Type::Tuple(items) = self.types.get(x.ty).clone() {
                if items.len() != want.len() {
                    let (h, w) = (self.tuple_text(&items), self.tuple_text(&want));
                    let which = if items.len() < want.len() { "not enough" } else { "too many" };
                    self.error(
                        results[0].span,
                        format!("{which} return values\n\thave {h}\n\twant {w}"),
                    );
                }
                return;
            }
            if x.mode != Mode::Invalid {
                let h = format!("({})", self.type_or_number(&x));
                let w = self.tuple_text(&want);
                self.error(
                    results[0].span,
                    format!("not enough return values\n\thave {h}\n\twant {w}"),
                );
            }
            return;
        }
        let xs: Vec<ExprInfo> =
            results.iter().enumerate().map(|(i, r)| self.value(r, want.get(i).copied())).collect();
        if xs.len() != want.len() {
            if xs.iter().any(|x| x.mode == Mode::Invalid) {
                return;
            }
            let have: Vec<String> = xs.iter().map(|x| self.type_or_number(x)).collect();
            let w = self.tuple_text(&want);
            if want.is_empty() {
                self.error(
                    results[0].span,
                    format!("too many return values\n\thave ({})\n\twant ()", have.join(", ")),
                );
            } else if xs.len() > want.len() {
                self.error(
                    results[want.len()].span,
                    format!("too many return values\n\thave ({})\n\twant {w}", have.join(", ")),
                );
            } else {
                self.error(
                    results[0].span,
                    format!("not enough return values\n\thave ({})\n\twant {w}", have.join(", ")),
                );
            }
            return;
        }
        for ((r, x), t) in results.iter().zip(&xs).zip(&want) {
            self.assign_check(r, x, *t, "return statement");
        }
    }

    /// An operand's type in a `have (…)` list (`summary_type`).
    fn type_or_number(&self, x: &ExprInfo) -> String {
        self.summary_type(x.ty, matches!(x.mode, Mode::Const(_)))
    }

    /// A type in a `have (…)` list, as Go's `typesSummary` writes it: `number` for an untyped
    /// numeric constant (which implies no type), and other untyped kinds without `untyped `
    /// (`string`, `bool`, `nil`).
    pub(super) fn summary_type(&self, ty: TypeId, constant: bool) -> String {
        match self.types.basic_of(ty) {
            Some(b) if b.is_untyped() && b.is_numeric() && constant => "number".into(),
            Some(b) if b.is_untyped() => {
                self.types.display(ty).trim_start_matches("untyped ").to_string()
            }
            _ => self.types.display(ty),
        }
    }

    fn tuple_text(&mut self, tys: &[TypeId]) -> String {
        let t = self.types.tuple(tys.to_vec());
        self.types.display(t)
    }

    fn has_named_results(&self) -> bool {
        self.func.as_ref().is_some_and(|f| f.named_results)
    }

    fn branch(&mut self, s: &Stmt, label: Option<&ast::Ident>, is_continue: bool) {
        if let Some(l) = label {
            let known = self.func.as_mut().and_then(|f| f.labels.get_mut(&l.name)).map(|e| {
                e.1 = true;
            });
            if known.is_none() {
                let kw = if is_continue { "continue" } else { "break" };
                self.error(l.span, format!("{kw} label not defined: {}", l.name));
                return;
            }
            let target = self
                .breakables
                .iter()
                .rev()
                .find(|b| b.label.as_deref() == Some(l.name.as_str()))
                .cloned();
            match target {
                None => {
                    let kw = if is_continue { "continue" } else { "break" };
                    self.error(l.span, format!("invalid {kw} label {}", l.name));
                }
                Some(b) if is_continue && !b.is_loop => {
                    self.error(l.span, format!("invalid continue label {}", l.name));
                }
                _ => {}
            }
            return;
        }
        if is_continue {
            if !self.breakables.iter().any(|b| b.is_loop) {
                self.error(s.span, "continue is not in a loop");
            }
        } else if self.breakables.is_empty() {
            self.error(s.span, "break is not in a loop, switch, or select");
        }
    }

    fn condition(&mut self, e: &'a ast::Expr, what: &str) {
        let x = self.value(e, None);
        if x.mode == Mode::Invalid {
            return;
        }
        if !self.types.basic_of(x.ty).is_some_and(|b| b.is_boolean()) {
            let text = self.expr_text(e);
            let d = self.describe(e, &x);
            self.error(e.span, format!("non-boolean condition in {what} statement"));
            let _ = (text, d);
        } else if self.types.is_untyped(x.ty) {
            self.record(e, x.mode.clone(), wk::BOOL);
        }
    }

    fn if_stmt(&mut self, i: &'a ast::IfStmt) {
        let saved = self.open_scope();
        if let Some(init) = &i.init {
            self.stmt(init);
        }
        self.condition(&i.cond, "if");
        self.block(&i.then);
        if let Some(e) = &i.els {
            self.stmt(e);
        }
        self.close_scope(saved);
    }

    fn for_stmt(&mut self, f: &'a ast::ForStmt, label: Option<String>) {
        let saved = self.open_scope();
        if let Some(init) = &f.init {
            self.stmt(init);
        }
        if let Some(c) = &f.cond {
            self.condition(c, "for");
        }
        if let Some(post) = &f.post {
            if let StmtKind::Assign { op: AssignOp::Define, .. } = post.kind {
                self.error(post.span, "cannot declare in post statement of for loop");
            } else {
                self.stmt(post);
            }
        }
        self.breakables.push(Breakable { is_loop: true, label });
        self.block(&f.body);
        self.breakables.pop();
        self.close_scope(saved);
    }

    fn range_stmt(&mut self, r: &'a ast::RangeStmt, label: Option<String>) {
        let saved = self.open_scope();
        let x = self.value(&r.x, None);
        let (kt, vt) = self.range_types(&r.x, &x);
        let over_func = x.mode != Mode::Invalid
            && matches!(self.types.get(self.types.underlying(x.ty)), Type::Func(_));
        if over_func
            && kt.is_none()
            && let Some(k) = &r.key
        {
            let text = self.expr_text(&r.x);
            let d = self.describe(&r.x, &x);
            self.error(k.span, format!("range over {text} ({d}) permits no iteration variables"));
        }
        if over_func {
            self.open_range_body(r.body.span.start);
        }
        let n_vars = usize::from(r.key.is_some()) + usize::from(r.value.is_some());
        if let (Some(_), Some(v)) = (&r.key, &r.value)
            && vt.is_none()
            && kt.is_some()
        {
            let text = self.expr_text(&r.x);
            let d = self.describe(&r.x, &x);
            self.error(
                v.span,
                format!("range over {text} ({d}) permits only one iteration variable"),
            );
        }
        let _ = n_vars;
        let pairs = [(r.key.as_ref(), kt), (r.value.as_ref(), vt)];
        if r.define {
            let mut any_new = false;
            for (e, t) in pairs {
                let Some(e) = e else { continue };
                let ExprKind::Name(n) = &e.kind else {
                    let text = self.expr_text(e);
                    self.error(e.span, format!("non-name {text} on left side of :="));
                    continue;
                };
                let ty = t.unwrap_or(wk::INVALID);
                let id = self.declare_var(&ast::Ident { name: n.clone(), span: e.span }, ty);
                self.info.uses.insert(e.id, id);
                self.record(e, Mode::Variable, ty);
                any_new = true;
            }
            let _ = any_new;
        } else {
            for (e, t) in pairs {
                let (Some(e), Some(t)) = (e, t) else { continue };
                let xi = self.lhs(e);
                let src = ExprInfo { mode: Mode::Value, ty: t };
                if xi.mode != Mode::Invalid {
                    self.assign_check(e, &src, xi.ty, "range");
                }
            }
        }
        self.breakables.push(Breakable { is_loop: true, label });
        self.block(&r.body);
        self.breakables.pop();
        if over_func {
            self.close_range_body();
        }
        self.close_scope(saved);
    }

    /// Starts the body of a range over a function: its variables belong to it and what it
    /// uses of the enclosing function is captured, as for a function literal; `return`,
    /// labels and unused variables are the enclosing function's.
    fn open_range_body(&mut self, key: u32) {
        let mut parent = self.func.take().map(Box::new);
        let (results, named_results, labels) = match parent.as_mut() {
            Some(p) => (p.results.clone(), p.named_results, std::mem::take(&mut p.labels)),
            None => Default::default(),
        };
        self.func = Some(FuncCtx {
            results,
            key,
            captured: Vec::new(),
            locals: Vec::new(),
            labels,
            named_results,
            range_body: true,
            parent,
        });
    }

    fn close_range_body(&mut self) {
        let ctx = self.func.take().expect("range body context");
        self.info.captures.insert(ctx.key, ctx.captured.clone());
        let mut parent = ctx.parent.map(|b| *b);
        if let Some(p) = parent.as_mut() {
            p.labels = ctx.labels;
            p.locals.extend(ctx.locals);
        }
        self.func = parent;
        for id in ctx.captured {
            self.note_capture(id);
        }
    }

    /// The key and value types of ranging over `x`.
    fn range_types(&mut self, xe: &ast::Expr, x: &ExprInfo) -> (Option<TypeId>, Option<TypeId>) {
        if x.mode == Mode::Invalid {
            return (Some(wk::INVALID), Some(wk::INVALID));
        }
        let t = match self.types.get(x.ty) {
            Type::Pointer(p) if matches!(self.types.under(*p), Type::Array(..)) => {
                self.types.underlying(*p)
            }
            _ => self.types.underlying(x.ty),
        };
        match self.types.get(t).clone() {
            Type::Basic(b) if b.is_string() => (Some(wk::INT), Some(wk::INT32)),
            Type::Basic(b) if b.is_integer() => {
                let kt = if b.is_untyped() { wk::INT } else { x.ty };
                if self.types.is_untyped(x.ty) {
                    self.record(xe, x.mode.clone(), wk::INT);
                }
                (Some(kt), None)
            }
            Type::Array(_, e) | Type::Slice(e) => (Some(wk::INT), Some(e)),
            Type::Map(k, v) => (Some(k), Some(v)),
            Type::Chan(ChanDir::Send, _) => {
                let text = self.expr_text(xe);
                let d = self.describe(xe, x);
                let shown = self.types.display(x.ty);
                self.error(
                    xe.span,
                    format!(
                        "cannot range over {text} ({d}): receive from send-only channel {shown}"
                    ),
                );
                (Some(wk::INVALID), None)
            }
            Type::Chan(_, e) => (Some(e), None),
            Type::Func(sig) => {
                let yield_params = self.iterator_yield(&sig);
                match yield_params {
                    Ok(params) => (params.first().copied(), params.get(1).copied()),
                    Err(why) => {
                        let text = self.expr_text(xe);
                        let d = self.describe(xe, x);
                        self.error(xe.span, format!("cannot range over {text} ({d}){why}"));
                        (Some(wk::INVALID), Some(wk::INVALID))
                    }
                }
            }
            _ => {
                let text = self.expr_text(xe);
                let d = self.describe(xe, x);
                self.error(xe.span, format!("cannot range over {text} ({d})"));
                (Some(wk::INVALID), Some(wk::INVALID))
            }
        }
    }

    /// The parameter types of the `yield` function of an iterator's signature
    /// (`func(yield func(K, V) bool)`), or what Go says is wrong with it.
    fn iterator_yield(&self, sig: &crate::check::types::Signature) -> Result<Vec<TypeId>, String> {
        let must = |why: &str| format!(": func must be func(yield func(...) bool): {why}");
        if sig.params.len() != 1 {
            return Err(must("wrong argument count"));
        }
        if !sig.results.is_empty() {
            return Err(must("unexpected results"));
        }
        let Type::Func(y) = self.types.get(self.types.underlying(sig.params[0])).clone() else {
            return Err(must("argument is not func"));
        };
        if y.params.len() > 2 {
            return Err(must("yield func has too many parameters"));
        }
        match y.results[..] {
            [r] if r == wk::BOOL => {}
            [r] if self.types.underlying(r) == wk::BOOL => {
                return Err(must("yield func returns user-defined boolean, not bool"));
            }
            _ => return Err(must("yield func does not return bool")),
        }
        if y.variadic {
            let shown = self.types.display(sig.params[0]);
            return Err(format!(": yield func of type {shown} cannot be variadic"));
        }
        Ok(y.params)
    }

    fn switch_stmt(&mut self, sw: &'a ast::SwitchStmt, label: Option<String>) {
        let saved = self.open_scope();
        if let Some(init) = &sw.init {
            self.stmt(init);
        }
        let tag = match &sw.tag {
            Some(t) => {
                let x = self.value(t, None);
                let ty = self.default_type(t, &x, "switch expression");
                Some((t, ExprInfo { mode: x.mode, ty }))
            }
            None => None,
        };
        self.breakables.push(Breakable { is_loop: false, label });
        let mut defaults = 0;
        for (ci, clause) in sw.clauses.iter().enumerate() {
            match &clause.cases {
                None => {
                    defaults += 1;
                    if defaults > 1 {
                        self.error(clause.span, "multiple defaults in switch");
                    }
                }
                Some(cases) => {
                    for c in cases {
                        match &tag {
                            Some((te, ti)) => {
                                let ci_ = self.value(c, None);
                                if ci_.mode == Mode::Invalid || ti.mode == Mode::Invalid {
                                    continue;
                                }
                                let cmp = ast::BinaryOp::Eql;
                                self.case_compare(c, &ci_, te, ti, cmp);
                            }
                            None => self.condition_case(c),
                        }
                    }
                }
            }
            let saved_clause = self.open_scope();
            let (last_fallthrough, body) = match clause.body.last() {
                Some(Stmt { kind: StmtKind::Fallthrough, span }) => {
                    (Some(*span), &clause.body[..clause.body.len() - 1])
                }
                _ => (None, &clause.body[..]),
            };
            self.stmts(body);
            if let Some(span) = last_fallthrough
                && ci + 1 == sw.clauses.len()
            {
                self.error(span, "cannot fallthrough final case in switch");
            }
            self.close_scope(saved_clause);
        }
        self.breakables.pop();
        self.close_scope(saved);
    }

    fn condition_case(&mut self, c: &'a ast::Expr) {
        let x = self.value(c, None);
        if x.mode == Mode::Invalid {
            return;
        }
        if !self.types.basic_of(x.ty).is_some_and(|b| b.is_boolean()) {
            let text = self.expr_text(c);
            let d = self.describe(c, &x);
            self.error(
                c.span,
                format!(
                    "invalid case {text} in switch (mismatched types {} and bool)",
                    self.types.display(x.ty)
                ),
            );
            let _ = d;
        }
    }

    fn case_compare(
        &mut self,
        c: &ast::Expr,
        cx: &ExprInfo,
        tag: &ast::Expr,
        tx: &ExprInfo,
        _op: ast::BinaryOp,
    ) {
        let ok = if self.types.is_untyped(cx.ty) {
            match &cx.mode {
                Mode::Const(v) => {
                    let saved = self.diags.len();
                    let r = self.convert_untyped_const(c, v, cx.ty, tx.ty, "switch case").is_some();
                    self.diags.truncate(saved);
                    r
                }
                _ => self.assignable_type(cx.ty, tx.ty),
            }
        } else {
            self.assignable_type(cx.ty, tx.ty) || self.assignable_type(tx.ty, cx.ty)
        };
        if !ok {
            let text = self.expr_text(c);
            let tt = self.expr_text(tag);
            let (a, b) = (self.types.display(cx.ty), self.types.display(tx.ty));
            self.error(
                c.span,
                format!("invalid case {text} in switch on {tt} (mismatched types {a} and {b})"),
            );
        }
    }

    fn type_switch(&mut self, sw: &'a ast::TypeSwitchStmt, label: Option<String>) {
        let saved = self.open_scope();
        if let Some(init) = &sw.init {
            self.stmt(init);
        }
        let ExprKind::TypeAssert { x, .. } = &sw.guard.kind else {
            self.close_scope(saved);
            return;
        };
        let xi = self.value(x, None);
        if xi.mode != Mode::Invalid && !self.types.is_interface(xi.ty) {
            let text = self.expr_text(x);
            let d = self.describe(x, &xi);
            self.error(x.span, format!("{text} ({d}) is not an interface"));
        }
        self.breakables.push(Breakable { is_loop: false, label });
        let mut bindings: Vec<ObjId> = Vec::new();
        for clause in &sw.clauses {
            let mut single: Option<TypeId> = None;
            if let Some(cases) = &clause.cases {
                for c in cases {
                    let ci = self.expr_or_type(c);
                    let t = match ci.mode {
                        Mode::Type => ci.ty,
                        Mode::Value if ci.ty == wk::UNTYPED_NIL => ci.ty,
                        Mode::Invalid => wk::INVALID,
                        _ => {
                            let text = self.expr_text(c);
                            self.error(c.span, format!("{text} is not a type"));
                            wk::INVALID
                        }
                    };
                    if cases.len() == 1 && t != wk::UNTYPED_NIL {
                        single = Some(t);
                    }
                }
            }
            let saved_clause = self.open_scope();
            if let Some(b) = &sw.binding {
                let ty = single.unwrap_or(xi.ty);
                let id = self.declare_var(b, ty);
                // The compiler finds each clause's variable by the clause.
                self.info.defs.insert(clause.span.start, id);
                // Each clause has its own variable; "declared and not used" is decided over all.
                if let Some(f) = self.func.as_mut() {
                    f.locals.retain(|x| *x != id);
                }
                bindings.push(id);
            }
            self.stmts(&clause.body);
            self.close_scope(saved_clause);
        }
        if let Some(b) = &sw.binding {
            let used = bindings.iter().any(|id| self.obj(*id).used);
            if !used {
                self.error(b.span, format!("declared and not used: {}", b.name));
            }
        }
        self.breakables.pop();
        self.close_scope(saved);
    }

    fn select_stmt(&mut self, sel: &'a ast::SelectStmt, label: Option<String>) {
        self.breakables.push(Breakable { is_loop: false, label });
        let mut defaults = 0;
        for clause in &sel.clauses {
            let saved = self.open_scope();
            match &clause.comm {
                None => {
                    defaults += 1;
                    if defaults > 1 {
                        self.error(clause.span, "multiple defaults in select");
                    }
                }
                Some(comm) => self.comm(comm),
            }
            self.stmts(&clause.body);
            self.close_scope(saved);
        }
        self.breakables.pop();
    }

    /// A select case: a send, a receive, or an assignment or definition from a receive.
    fn comm(&mut self, s: &'a Stmt) {
        let is_recv = |e: &ast::Expr| {
            matches!(e.unparen().kind, ExprKind::Unary { op: ast::UnaryOp::Recv, .. })
        };
        match &s.kind {
            StmtKind::Send { .. } => self.stmt(s),
            StmtKind::Expr(e) if is_recv(e) => self.stmt(s),
            StmtKind::Assign { rhs, op: AssignOp::Assign | AssignOp::Define, lhs, .. }
                if rhs.len() == 1 && is_recv(&rhs[0]) && lhs.len() <= 2 =>
            {
                self.stmt(s)
            }
            // The parser reports other statements.
            _ => {}
        }
    }

    fn local_decl(&mut self, d: &'a Decl) {
        match d {
            Decl::Var(group) => {
                for spec in &group.specs {
                    let declared = spec.ty.as_ref().map(|t| self.resolve_type(t));
                    let tys = if spec.values.is_empty() {
                        vec![declared.unwrap_or(wk::INVALID); spec.names.len()]
                    } else {
                        self.init_values_ctx(&spec.names, &spec.values, declared, spec.span)
                    };
                    for (n, t) in spec.names.iter().zip(tys) {
                        self.declare_var(n, t);
                    }
                }
            }
            Decl::Const(group) => {
                let mut last: (Option<&'a ast::Expr>, &'a [ast::Expr]) = (None, &[]);
                for spec in &group.specs {
                    if !spec.values.is_empty() || spec.ty.is_some() {
                        last = (spec.ty.as_ref(), &spec.values);
                    }
                    for (index, name) in spec.names.iter().enumerate() {
                        let (v, t) = self.const_value(spec, index, last.0, last.1, spec.iota);
                        let id = self.new_object(&name.name, ObjKind::Const(v), t, name.span);
                        self.info.defs.insert(name.span.start, id);
                        if name.name != "_" {
                            if self.scopes.lookup_local(self.cur_scope, &name.name).is_some() {
                                self.redeclared(name, Span::default());
                            } else {
                                self.scopes.insert(self.cur_scope, &name.name, id);
                            }
                        }
                        self.obj_mut(id).used = true;
                    }
                }
            }
            Decl::Type(group) => {
                for spec in &group.specs {
                    let ty = if spec.alias {
                        wk::INVALID
                    } else {
                        self.types.declare_named(Some(&self.pkg_path.clone()), &spec.name.name)
                    };
                    let id =
                        self.new_object(&spec.name.name, ObjKind::TypeName, ty, spec.name.span);
                    self.info.defs.insert(spec.name.span.start, id);
                    self.scopes.insert(self.cur_scope, &spec.name.name, id);
                    let rhs = self.resolve_type(&spec.ty);
                    if spec.alias {
                        self.obj_mut(id).ty = rhs;
                    } else if let Some(n) = self.types.named_id(ty) {
                        let under = self.types.underlying(rhs);
                        self.types.named_mut(n).underlying = under;
                    }
                }
            }
            Decl::Import(_) | Decl::Func(_) => {}
        }
    }

    fn init_values_ctx(
        &mut self,
        names: &[ast::Ident],
        values: &'a [ast::Expr],
        declared: Option<TypeId>,
        span: Span,
    ) -> Vec<TypeId> {
        if values.len() == names.len() {
            return values
                .iter()
                .map(|e| self.init_value(e, declared, "variable declaration"))
                .collect();
        }
        self.init_values(names, values, declared, span)
    }

    /// The left side of an assignment: must be addressable, a map index, or `_`.
    pub(super) fn lhs(&mut self, e: &'a ast::Expr) -> ExprInfo {
        if let ExprKind::Name(n) = &e.kind {
            if n == "_" {
                self.record(e, Mode::Variable, wk::INVALID);
                return ExprInfo { mode: Mode::Variable, ty: wk::INVALID };
            }
            // Assigning to a variable does not use it.
            let x = self.name(e, n, false);
            self.record(e, x.mode.clone(), x.ty);
            return self.assignable_target(e, x);
        }
        let x = self.expr(e);
        self.assignable_target(e, x)
    }

    fn assignable_target(&mut self, e: &ast::Expr, x: ExprInfo) -> ExprInfo {
        match x.mode {
            Mode::Variable | Mode::MapIndex | Mode::Invalid => x,
            _ => {
                let text = self.expr_text(e);
                if let ExprKind::Selector { x: base, .. } = &e.unparen().kind
                    && matches!(
                        self.info.expr(base.id).map(|i| &i.ty).map(|t| self.types.under(*t)),
                        Some(Type::Map(..))
                    )
                {
                    self.error(e.span, format!("cannot assign to struct field {text} in map"));
                    return super::expr::invalid();
                }
                let d = self.describe(e, &x);
                let _ = d;
                self.error(
                    e.span,
                    format!(
                        "cannot assign to {text} (neither addressable nor a map index expression)"
                    ),
                );
                super::expr::invalid()
            }
        }
    }

    fn assign(&mut self, s: &Stmt, lhs: &'a [ast::Expr], rhs: &'a [ast::Expr]) {
        let targets: Vec<ExprInfo> = lhs.iter().map(|l| self.lhs(l)).collect();
        if lhs.len() == rhs.len() {
            for ((l, t), r) in lhs.iter().zip(&targets).zip(rhs) {
                let hint =
                    (t.mode != Mode::Invalid && !self.types.is_invalid(t.ty)).then_some(t.ty);
                let x = self.value(r, hint);
                if t.mode == Mode::Invalid {
                    continue;
                }
                if is_blank(l) {
                    self.default_type(r, &x, "assignment");
                } else {
                    self.assign_check(r, &x, t.ty, "assignment");
                }
            }
            return;
        }
        if rhs.len() == 1 {
            let x = self.expr(&rhs[0]);
            if let Some(tys) = self.multi_value(&rhs[0], &x, lhs.len()) {
                for ((l, t), ty) in lhs.iter().zip(&targets).zip(tys) {
                    if t.mode == Mode::Invalid || is_blank(l) {
                        continue;
                    }
                    let src = ExprInfo { mode: Mode::Value, ty };
                    self.assign_check(&rhs[0], &src, t.ty, "assignment");
                }
                return;
            }
            if x.mode != Mode::Invalid {
                self.assign_mismatch(&rhs[0], lhs.len(), &x, 1);
            }
            return;
        }
        for r in rhs {
            self.expr(r);
        }
        let n = lhs.len();
        self.error(
            rhs[0].span,
            format!(
                "assignment mismatch: {n} variable{} but {} value{}",
                plural(n),
                rhs.len(),
                plural(rhs.len())
            ),
        );
        let _ = s;
    }

    fn short_var_decl(&mut self, s: &Stmt, lhs: &'a [ast::Expr], rhs: &'a [ast::Expr]) {
        // Which names are new in this scope?
        let mut new_names = Vec::new();
        let mut any_new = false;
        for l in lhs {
            match &l.kind {
                ExprKind::Name(n) => {
                    let existing =
                        if n == "_" { None } else { self.scopes.lookup_local(self.cur_scope, n) };
                    if existing.is_none() && n != "_" {
                        any_new = true;
                    }
                    new_names.push(existing.is_none());
                }
                _ => {
                    let text = self.expr_text(l);
                    self.error(l.span, format!("non-name {text} on left side of :="));
                    new_names.push(false);
                }
            }
        }
        if !any_new && lhs.iter().all(|l| matches!(l.kind, ExprKind::Name(_))) {
            let at = lhs.first().map(|l| l.span).unwrap_or(s.span);
            let op = Span::new(at.start as usize, at.start as usize);
            let _ = op;
            self.error(self.define_op_span(s), "no new variables on left side of :=");
        }
        // Types of the right-hand side.
        let idents: Vec<ast::Ident> = lhs
            .iter()
            .map(|l| match &l.kind {
                ExprKind::Name(n) => ast::Ident { name: n.clone(), span: l.span },
                _ => ast::Ident { name: "_".into(), span: l.span },
            })
            .collect();
        let existing_types: Vec<Option<TypeId>> = lhs
            .iter()
            .zip(&new_names)
            .map(|(l, new)| {
                if *new {
                    return None;
                }
                match &l.kind {
                    ExprKind::Name(n) if n != "_" => {
                        self.scopes.lookup_local(self.cur_scope, n).map(|id| self.obj(id).ty)
                    }
                    _ => None,
                }
            })
            .collect();
        let tys = if rhs.len() == lhs.len() {
            rhs.iter()
                .zip(&existing_types)
                .map(|(r, et)| match et {
                    Some(t) => {
                        let x = self.value(r, Some(*t));
                        self.assign_check(r, &x, *t, "assignment");
                        *t
                    }
                    None => self.init_value(r, None, "assignment"),
                })
                .collect()
        } else {
            self.init_values(&idents, rhs, None, s.span)
        };
        for (i, ((l, new), ty)) in lhs.iter().zip(new_names).zip(tys).enumerate() {
            let ExprKind::Name(n) = &l.kind else { continue };
            if new || n == "_" {
                let id = self.declare_var(&ast::Ident { name: n.clone(), span: l.span }, ty);
                self.info.uses.insert(l.id, id);
                self.record(l, Mode::Variable, ty);
                // `f := func(n int) bool {…}`: Go shows f's type with the literal's names.
                if rhs.len() == lhs.len()
                    && let Some(shown) = self.signature_shown(&rhs[i])
                {
                    self.named_sigs.insert(id, shown);
                }
            } else {
                let x = self.name(l, n, false);
                self.record(l, x.mode, x.ty);
            }
        }
    }

    /// The span of `:=` in a short variable declaration.
    fn define_op_span(&self, s: &Stmt) -> Span {
        match &s.kind {
            StmtKind::Assign { op_span, .. } => *op_span,
            _ => s.span,
        }
    }

    fn op_assign_check(
        &mut self,
        s: &Stmt,
        op: ast::BinaryOp,
        l: &ast::Expr,
        lx: &ExprInfo,
        r: &ast::Expr,
        rx: &ExprInfo,
    ) {
        let lb = self.types.basic_of(lx.ty);
        if matches!(op, ast::BinaryOp::Shl | ast::BinaryOp::Shr) {
            if !lb.is_some_and(|b| b.is_integer()) {
                let text = self.expr_text(l);
                self.error(
                    s.span,
                    format!("invalid operation: shifted operand {text} must be integer"),
                );
            }
            return;
        }
        let ok_op = match op {
            ast::BinaryOp::Add => lb.is_some_and(|b| b.is_numeric() || b.is_string()),
            ast::BinaryOp::Sub | ast::BinaryOp::Mul | ast::BinaryOp::Quo => {
                lb.is_some_and(|b| b.is_numeric())
            }
            _ => lb.is_some_and(|b| b.is_integer()),
        };
        if !ok_op && !self.types.is_invalid(lx.ty) {
            let text = self.expr_text(l);
            let d = self.describe(l, &ExprInfo { mode: Mode::Variable, ty: lx.ty });
            self.error(
                s.span,
                format!("invalid operation: operator {} not defined on {text} ({d})", op.as_str()),
            );
            return;
        }
        if self.types.is_untyped(rx.ty) {
            self.assign_check(r, rx, lx.ty, "assignment");
        } else if !self.identical(lx.ty, rx.ty) {
            let text = crate::syntax::print::simple_stmt_string(s);
            let (a, b) = (self.types.display(lx.ty), self.types.display(rx.ty));
            self.error(s.span, format!("invalid operation: {text} (mismatched types {a} and {b})"));
        }
    }

    /// Go's terminating statements (spec "Terminating statements").
    fn is_terminating_list(&self, stmts: &[Stmt]) -> bool {
        stmts
            .iter()
            .rev()
            .find(|s| !matches!(s.kind, StmtKind::Empty))
            .is_some_and(|s| self.is_terminating(s))
    }

    fn is_terminating(&self, s: &Stmt) -> bool {
        match &s.kind {
            StmtKind::Return(_) | StmtKind::Goto(_) => true,
            StmtKind::Expr(e) => {
                if let ExprKind::Call { fun, .. } = &e.unparen().kind {
                    if let ExprKind::Name(n) = &fun.unparen().kind
                        && n == "panic"
                        && self
                            .info
                            .uses
                            .get(&fun.id)
                            .is_some_and(|id| matches!(self.obj(*id).kind, ObjKind::Builtin(_)))
                    {
                        return true;
                    }
                    if let ExprKind::Selector { x, sel } = &fun.unparen().kind
                        && let ExprKind::Name(p) = &x.kind
                        && self.imports.get(p).is_some_and(|(path, _, _)| path == "os")
                        && sel.name == "Exit"
                    {
                        return false;
                    }
                }
                false
            }
            StmtKind::Block(b) => self.is_terminating_list(&b.stmts),
            StmtKind::If(i) => {
                let Some(els) = &i.els else { return false };
                self.is_terminating_list(&i.then.stmts) && self.is_terminating(els)
            }
            StmtKind::For(f) => f.cond.is_none() && !has_break(&f.body.stmts, None, true),
            StmtKind::Labeled { label, stmt } => match &stmt.kind {
                StmtKind::For(f) => {
                    f.cond.is_none() && !has_break(&f.body.stmts, Some(&label.name), true)
                }
                StmtKind::Switch(sw) => self.switch_terminates(&sw.clauses, Some(&label.name)),
                StmtKind::TypeSwitch(sw) => self.switch_terminates(&sw.clauses, Some(&label.name)),
                StmtKind::Select(sel) => self.select_terminates(sel, Some(&label.name)),
                _ => self.is_terminating(stmt),
            },
            StmtKind::Switch(sw) => self.switch_terminates(&sw.clauses, None),
            StmtKind::TypeSwitch(sw) => self.switch_terminates(&sw.clauses, None),
            StmtKind::Select(sel) => self.select_terminates(sel, None),
            _ => false,
        }
    }

    fn switch_terminates(&self, clauses: &[ast::CaseClause], label: Option<&str>) -> bool {
        clauses.iter().any(|c| c.cases.is_none())
            && clauses.iter().all(|c| {
                !has_break(&c.body, label, false)
                    && (self.is_terminating_list(&c.body)
                        || matches!(c.body.last().map(|s| &s.kind), Some(StmtKind::Fallthrough)))
            })
    }

    fn select_terminates(&self, sel: &ast::SelectStmt, label: Option<&str>) -> bool {
        sel.clauses
            .iter()
            .all(|c| !has_break(&c.body, label, false) && self.is_terminating_list(&c.body))
    }
}

fn is_blank(e: &ast::Expr) -> bool {
    matches!(&e.kind, ExprKind::Name(n) if n == "_")
}

/// Whether `stmts` contain a `break` that leaves the enclosing statement: an unlabeled one
/// not nested in another breakable statement, or one with `label`.
fn has_break(stmts: &[Stmt], label: Option<&str>, _is_loop: bool) -> bool {
    stmts.iter().any(|s| stmt_breaks(s, label, true))
}

fn stmt_breaks(s: &Stmt, label: Option<&str>, top: bool) -> bool {
    match &s.kind {
        StmtKind::Break(None) => top,
        StmtKind::Break(Some(l)) => label == Some(l.name.as_str()),
        StmtKind::Block(b) => b.stmts.iter().any(|s| stmt_breaks(s, label, top)),
        StmtKind::If(i) => {
            i.then.stmts.iter().any(|s| stmt_breaks(s, label, top))
                || i.els.as_ref().is_some_and(|e| stmt_breaks(e, label, top))
        }
        StmtKind::Labeled { stmt, .. } => stmt_breaks(stmt, label, top),
        StmtKind::For(f) => f.body.stmts.iter().any(|s| stmt_breaks(s, label, false)),
        StmtKind::Range(r) => r.body.stmts.iter().any(|s| stmt_breaks(s, label, false)),
        StmtKind::Switch(sw) => {
            sw.clauses.iter().any(|c| c.body.iter().any(|s| stmt_breaks(s, label, false)))
        }
        StmtKind::TypeSwitch(sw) => {
            sw.clauses.iter().any(|c| c.body.iter().any(|s| stmt_breaks(s, label, false)))
        }
        StmtKind::Select(sel) => {
            sel.clauses.iter().any(|c| c.body.iter().any(|s| stmt_breaks(s, label, false)))
        }
        _ => false,
    }
}
