//! Where a `goto` may jump, as Go's compiler checks it (`cmd/compile/internal/syntax`'s
//! branches): never into a block, never forward over a variable declaration of the block it
//! lands in, and only to a label of its function. Walks one function body's blocks in order,
//! keeping the forward `goto`s not yet resolved; labels are the function's (function
//! literals have their own).

use crate::diag::{Diagnostic, DiagnosticKind};
use crate::syntax::ast::{AssignOp, Decl, Ident, Stmt, StmtKind};
use crate::syntax::print::exprs_string;
use crate::syntax::span::Span;

/// The errors of the `goto` statements in a function body.
pub(super) fn check(body: &[Stmt]) -> Vec<Diagnostic> {
    let mut w = Walker::default();
    let pending = w.block(None, 0, body);
    for g in pending {
        // Never resolved: the label is in a block the goto is not in, or nowhere.
        let label = &w.gotos[g];
        let d = match w.labels.iter().find(|l| l.name == label.name) {
            Some(l) => {
                let start = w.blocks[l.block].start;
                let msg = format!("goto {} jumps into block starting at", label.name);
                at_end(label.span, msg, start)
            }
            None => Diagnostic::new(
                DiagnosticKind::Type,
                label.span,
                format!("label {} not defined", label.name),
            ),
        };
        w.errors.push(d);
    }
    w.errors
}

fn at_end(span: Span, message: String, at: u32) -> Diagnostic {
    let mut d = Diagnostic::new(DiagnosticKind::Type, span, message);
    d.ends_at = Some(at);
    d
}

struct Block {
    parent: Option<usize>,
    /// Where Go says it starts: its `{`, or a case clause's `case`.
    start: u32,
}

struct Label<'a> {
    name: &'a str,
    block: usize,
}

#[derive(Default)]
struct Walker<'a> {
    blocks: Vec<Block>,
    /// Labels in the order they are declared.
    labels: Vec<Label<'a>>,
    /// Every `goto`'s label; pending lists index it.
    gotos: Vec<&'a Ident>,
    errors: Vec<Diagnostic>,
}

/// The last variable declaration of a block so far, and the forward gotos pending when it
/// was made: those jump over it if they land later in the same block.
#[derive(Default)]
struct LastVar {
    at: u32,
    name: String,
    jumped_by: Vec<usize>,
}

impl<'a> Walker<'a> {
    /// Walks a block; returns the forward gotos that leave it unresolved.
    fn block(&mut self, parent: Option<usize>, start: u32, stmts: &'a [Stmt]) -> Vec<usize> {
        let b = self.blocks.len();
        self.blocks.push(Block { parent, start });
        let mut pending = Vec::new();
        let mut var: Option<LastVar> = None;
        for s in stmts {
            self.stmt(b, s, &mut pending, &mut var);
        }
        pending
    }

    fn stmt(&mut self, b: usize, s: &'a Stmt, pending: &mut Vec<usize>, var: &mut Option<LastVar>) {
        match &s.kind {
            StmtKind::Decl(Decl::Var(g)) => {
                if let Some(n) = g.specs.first().and_then(|spec| spec.names.first()) {
                    let jumped_by = pending.clone();
                    *var = Some(LastVar { at: n.span.start, name: n.name.clone(), jumped_by });
                }
            }
            StmtKind::Assign { lhs, op: AssignOp::Define, op_span, .. } => {
                let jumped_by = pending.clone();
                *var = Some(LastVar { at: op_span.start, name: exprs_string(lhs), jumped_by });
            }
            StmtKind::Labeled { label, stmt } => {
                if label.name != "_" {
                    self.labels.push(Label { name: &label.name, block: b });
                    let mut still = Vec::new();
                    for &g in pending.iter() {
                        let goto = self.gotos[g];
                        if goto.name != label.name {
                            still.push(g);
                            continue;
                        }
                        if let Some(v) = var.as_ref().filter(|v| v.jumped_by.contains(&g)) {
                            let msg = format!(
                                "goto {} jumps over declaration of {} at",
                                goto.name, v.name
                            );
                            self.errors.push(at_end(goto.span, msg, v.at));
                        }
                    }
                    *pending = still;
                }
                self.stmt(b, stmt, pending, var);
            }
            StmtKind::Goto(label) => {
                let g = self.gotos.len();
                self.gotos.push(label);
                // A label seen before is a backward jump if its block encloses this one;
                // otherwise (or not seen yet) the goto waits for its label.
                let backward = self.labels.iter().find(|l| l.name == label.name).is_some_and(|l| {
                    let mut at = Some(b);
                    while let Some(x) = at {
                        if x == l.block {
                            return true;
                        }
                        at = self.blocks[x].parent;
                    }
                    false
                });
                if !backward {
                    pending.push(g);
                }
            }
            StmtKind::Block(blk) => self.nested(b, pending, blk.span.start, &blk.stmts),
            StmtKind::If(i) => {
                self.nested(b, pending, i.then.span.start, &i.then.stmts);
                if let Some(els) = &i.els {
                    self.nested(b, pending, els.span.start, std::slice::from_ref(els));
                }
            }
            StmtKind::For(f) => self.nested(b, pending, f.body.span.start, &f.body.stmts),
            StmtKind::Range(r) => self.nested(b, pending, r.body.span.start, &r.body.stmts),
            StmtKind::Switch(sw) => {
                for c in &sw.clauses {
                    self.nested(b, pending, c.span.start, &c.body);
                }
            }
            StmtKind::TypeSwitch(sw) => {
                for c in &sw.clauses {
                    self.nested(b, pending, c.span.start, &c.body);
                }
            }
            StmtKind::Select(sel) => {
                for c in &sel.clauses {
                    self.nested(b, pending, c.span.start, &c.body);
                }
            }
            _ => {}
        }
    }

    /// Walks a block nested in block `b`; the gotos that leave it wait in `b`.
    fn nested(&mut self, b: usize, pending: &mut Vec<usize>, start: u32, stmts: &'a [Stmt]) {
        let out = self.block(Some(b), start, stmts);
        pending.extend(out);
    }
}
