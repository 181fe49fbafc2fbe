//! Simple statements (expression, send, inc/dec, assignment) and the headers of `if`, `for`
//! and `switch`, where a simple statement may also be a range clause or a type switch guard.

use super::expr::binary_op;
use super::{Parser, SEMI, semi_lit};
use crate::syntax::ast::{
    AssignOp, Block, Expr, ExprKind, ForStmt, Ident, RangeStmt, Stmt, StmtKind,
};
use crate::syntax::print::{exprs_string, simple_stmt_string};
use crate::syntax::span::Span;
use crate::syntax::token::{SemiKind, TokenKind};

/// What a simple statement turned out to be; statement headers need the last two.
pub(super) enum Simple {
    Stmt(Stmt),
    /// `lhs := range x`, only after `for`.
    Range(RangeClause),
    /// `v := x.(type)`, only after `switch`.
    Guard {
        binding: Ident,
        guard: Expr,
    },
}

pub(super) struct RangeClause {
    lhs: Vec<Expr>,
    define: bool,
    x: Expr,
}

/// The parts of an `if`, `for` or `switch` header.
#[derive(Default)]
pub(super) struct Header {
    pub(super) init: Option<Stmt>,
    pub(super) cond: Option<Expr>,
    /// The `v` of `switch v := x.(type)`.
    pub(super) binding: Option<Ident>,
    pub(super) post: Option<Stmt>,
    range: Option<RangeClause>,
}

impl Parser<'_> {
    /// `SimpleStmt = ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl`.
    /// `lhs` is an already parsed expression list; `keyword` is the statement whose header
    /// this is (`for` allows `range`, `switch` allows `v := x.(type)`).
    pub(super) fn simple_stmt(
        &mut self,
        lhs: Option<Vec<Expr>>,
        keyword: Option<TokenKind>,
    ) -> Simple {
        if keyword == Some(TokenKind::For) && self.tok() == TokenKind::Range {
            return self.range_clause(Vec::new(), false);
        }
        let lhs = lhs.unwrap_or_else(|| self.expr_list());
        let start = lhs.first().map_or(self.start(), |x| x.span.start);
        let op_span = self.span();
        if lhs.len() == 1 && !matches!(self.tok(), TokenKind::Assign | TokenKind::Define) {
            let tok = self.tok();
            let kind = if let Some(op) = tok.assign_op_base().and_then(binary_op) {
                self.next();
                let rhs = vec![self.expr()];
                StmtKind::Assign { lhs, op: AssignOp::Op(op), rhs, op_span }
            } else {
                let x = lhs.into_iter().next().expect("one expression");
                match tok {
                    TokenKind::Inc | TokenKind::Dec => {
                        self.next();
                        StmtKind::IncDec { x, inc: tok == TokenKind::Inc, op_span }
                    }
                    TokenKind::Arrow => {
                        self.next();
                        let value = self.expr();
                        StmtKind::Send { ch: x, value, arrow: op_span }
                    }
                    _ => StmtKind::Expr(x),
                }
            };
            return Simple::Stmt(Stmt::new(self.span_from(start), kind));
        }
        match self.tok() {
            TokenKind::Assign | TokenKind::Define => {
                let define = self.tok() == TokenKind::Define;
                self.next();
                if keyword == Some(TokenKind::For) && self.tok() == TokenKind::Range {
                    return self.range_clause(lhs, define);
                }
                let rhs = self.expr_list();
                let is_guard = matches!(
                    rhs.as_slice(),
                    [Expr { kind: ExprKind::TypeAssert { ty: None, .. }, .. }]
                );
                let lhs_name = matches!(lhs.as_slice(), [Expr { kind: ExprKind::Name(_), .. }]);
                if is_guard && keyword == Some(TokenKind::Switch) && define && lhs_name {
                    let Some(Expr { kind: ExprKind::Name(name), span, .. }) =
                        lhs.into_iter().next()
                    else {
                        unreachable!("checked")
                    };
                    let guard = rhs.into_iter().next().expect("checked");
                    return Simple::Guard { binding: Ident { name, span }, guard };
                }
                let op = if define { AssignOp::Define } else { AssignOp::Assign };
                Simple::Stmt(Stmt::new(
                    self.span_from(start),
                    StmtKind::Assign { lhs, op, rhs, op_span },
                ))
            }
            _ => {
                self.syntax_error("expected := or = or comma");
                self.advance(&[SEMI, TokenKind::RBrace]);
                let x = lhs.into_iter().next().expect("non-empty list");
                Simple::Stmt(Stmt::new(x.span, StmtKind::Expr(x)))
            }
        }
    }

    /// `range x`, at `range`.
    fn range_clause(&mut self, lhs: Vec<Expr>, define: bool) -> Simple {
        self.next();
        let x = self.expr();
        if let Some(extra) = lhs.get(2) {
            self.defer_error(extra.span, "range clause permits at most two iteration variables");
        }
        Simple::Range(RangeClause { lhs, define, x })
    }

    /// `keyword [ init ";" ] cond` (for `for`: `[ init ] ";" [ cond ] ";" [ post ]`, or a
    /// range clause), up to the `{`.
    pub(super) fn header(&mut self, keyword: TokenKind) -> Box<Header> {
        self.next();
        let mut h = Box::<Header>::default();
        if self.tok() == TokenKind::LBrace {
            if keyword == TokenKind::If {
                self.syntax_error("missing condition in if statement");
                h.cond = Some(self.bad_expr());
            }
            return h;
        }
        let outer = self.xnest;
        self.xnest = -1;
        let mut init = None;
        if !self.at(SEMI) {
            if self.got(TokenKind::Var) {
                let kw = keyword.as_str().unwrap_or("");
                self.syntax_error(&format!("var declaration not allowed in {kw} initializer"));
            }
            match self.simple_stmt(None, Some(keyword)) {
                Simple::Range(r) => {
                    self.xnest = outer;
                    h.range = Some(r);
                    return h;
                }
                s => init = Some(s),
            }
        }
        let mut cond = None;
        let mut semi: Option<(Span, SemiKind)> = None;
        if self.tok() != TokenKind::LBrace {
            if let TokenKind::Semicolon(kind) = self.tok() {
                semi = Some((self.span(), kind));
                self.next();
            } else {
                // Asking for `{` rather than `;` gives a better message.
                self.want(TokenKind::LBrace);
                if self.tok() != TokenKind::LBrace {
                    self.advance(&[TokenKind::LBrace, TokenKind::RBrace]);
                }
            }
            if keyword == TokenKind::For {
                self.for_header_rest(&mut cond, &mut h);
            } else if self.tok() != TokenKind::LBrace {
                cond = Some(self.simple_stmt(None, Some(keyword)));
            }
        } else {
            // No semicolon: what was parsed is the condition, not an init statement.
            cond = init.take();
        }
        h.init = init.map(Simple::into_stmt);
        self.unpack_cond(keyword, cond, semi, &mut h);
        self.xnest = outer;
        h
    }

    /// The `cond; post` part of a three-clause `for` header, after the first `;`.
    fn for_header_rest(&mut self, cond: &mut Option<Simple>, h: &mut Header) {
        if !self.at(SEMI) {
            if self.tok() == TokenKind::LBrace {
                self.syntax_error("expected for loop condition");
                return;
            }
            *cond = Some(self.simple_stmt(None, None));
        }
        self.want(SEMI);
        if self.tok() != TokenKind::LBrace {
            let post = self.simple_stmt(None, None).into_stmt();
            if let StmtKind::Assign { op: AssignOp::Define, op_span, .. } = post.kind {
                self.syntax_error_at(op_span, "cannot declare in post statement of for loop");
            }
            h.post = Some(post);
        }
    }

    /// Turns the condition's simple statement into an expression, reporting statements that
    /// are not one (`cannot use x = 1 as value`).
    fn unpack_cond(
        &mut self,
        keyword: TokenKind,
        cond: Option<Simple>,
        semi: Option<(Span, SemiKind)>,
        h: &mut Header,
    ) {
        match cond {
            None => {
                if let (TokenKind::If, Some((span, kind))) = (keyword, semi) {
                    if kind == SemiKind::Explicit {
                        self.syntax_error_at(span, "missing condition in if statement");
                    } else {
                        let message =
                            format!("unexpected {}, expected {{ after if clause", semi_lit(kind));
                        self.syntax_error_at(span, &message);
                    }
                    h.cond = Some(self.new_expr(Span::at(span.start as usize), ExprKind::Bad));
                }
            }
            Some(Simple::Stmt(Stmt { kind: StmtKind::Expr(x), .. })) => h.cond = Some(x),
            Some(Simple::Guard { binding, guard }) => {
                h.binding = Some(binding);
                h.cond = Some(guard);
            }
            Some(Simple::Range(r)) => h.cond = Some(r.x),
            Some(Simple::Stmt(s)) => {
                let text = match &s.kind {
                    StmtKind::Assign { lhs, op: AssignOp::Assign, rhs, .. } => {
                        format!("assignment {} = {}", emphasize(lhs), emphasize(rhs))
                    }
                    _ => simple_stmt_string(&s),
                };
                let at = match &s.kind {
                    StmtKind::Assign { op_span, .. } | StmtKind::IncDec { op_span, .. } => *op_span,
                    StmtKind::Send { arrow, .. } => *arrow,
                    _ => s.span,
                };
                self.syntax_error_at(at, &format!("cannot use {text} as value"));
            }
        }
    }
}

/// The `for` or `range` statement for a parsed header and body.
pub(super) fn for_kind(h: Box<Header>, body: Block) -> StmtKind {
    match h.range {
        Some(RangeClause { lhs, define, x }) => {
            let mut vars = lhs.into_iter();
            let (key, value) = (vars.next(), vars.next());
            StmtKind::Range(Box::new(RangeStmt { key, value, define, x, body }))
        }
        None => {
            let (init, post) = (h.init.map(Box::new), h.post.map(Box::new));
            StmtKind::For(Box::new(ForStmt { init, cond: h.cond, post, body }))
        }
    }
}

impl Simple {
    /// The simple statement as a statement: a guard keeps only `x.(type)`, a range clause
    /// only its operand (neither occurs where this is used, outside headers).
    pub(super) fn into_stmt(self) -> Stmt {
        match self {
            Simple::Stmt(s) => s,
            Simple::Guard { guard, .. } => Stmt::new(guard.span, StmtKind::Expr(guard)),
            Simple::Range(r) => Stmt::new(r.x.span, StmtKind::Expr(r.x)),
        }
    }
}

/// Renders one side of an assignment, parenthesising a binary expression for emphasis.
fn emphasize(xs: &[Expr]) -> String {
    let s = exprs_string(xs);
    match xs {
        [Expr { kind: ExprKind::Binary { .. }, .. }] => format!("({s})"),
        _ => s,
    }
}
