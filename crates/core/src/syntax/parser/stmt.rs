//! Statements: blocks, `if`, `for` (and `range`), `switch` (and type
//! switches), `select`, branches, `go`/`defer`, labels and declarations.

use super::simple::for_kind;
use super::{Parser, SEMI};
use crate::syntax::ast::{
    Block, CaseClause, CommClause, Decl, Expr, ExprKind, Ident, IfStmt, SelectStmt, Stmt, StmtKind,
    SwitchStmt, TypeSwitchStmt, UnaryOp,
};
use crate::syntax::span::Span;
use crate::syntax::token::TokenKind;

impl Parser<'_> {
    /// `StatementList = { Statement ";" }`, up to `}`, `case` or `default`.
    pub(super) fn stmt_list(&mut self) -> Vec<Stmt> {
        let mut stmts = Vec::new();
        let mut last = None;
        while !self.at_stmt_list_end() {
            self.progress(&mut last);
            if self.at_stmt_list_end() {
                break;
            }
            let Some(s) = self.stmt_or_nil() else { break };
            stmts.push(s);
            // A semicolon is optional before `}`.
            if !self.got(SEMI) && self.tok() != TokenKind::RBrace {
                self.missing_semi();
            }
        }
        stmts
    }

    fn missing_semi(&mut self) {
        self.syntax_error("at end of statement");
        self.advance(&[SEMI, TokenKind::RBrace, TokenKind::Case, TokenKind::Default]);
        self.got(SEMI);
    }

    fn at_stmt_list_end(&self) -> bool {
        matches!(
            self.tok(),
            TokenKind::Eof | TokenKind::RBrace | TokenKind::Case | TokenKind::Default
        )
    }

    /// A statement, or `None` if none starts here.
    pub(super) fn stmt_or_nil(&mut self) -> Option<Stmt> {
        if !self.enter("statement") {
            self.leave();
            return Some(self.bad_stmt());
        }
        let s = self.stmt_inner();
        self.leave();
        s
    }

    fn bad_stmt(&self) -> Stmt {
        Stmt::new(Span::at(self.start() as usize), StmtKind::Bad)
    }

    /// Dispatches on the first token. The parser recurses through this function, so it
    /// (like the other functions on that path) keeps its stack frame small: every arm
    /// is a call writing to the same place.
    fn stmt_inner(&mut self) -> Option<Stmt> {
        use TokenKind as T;
        let s = match self.tok() {
            // Most statements start with a name.
            T::Ident => return self.name_stmt(),
            T::Var | T::Const | T::Type => self.decl_stmt(),
            T::LBrace => self.block_as_stmt(),
            // Unary operators, operands, composite types and the receive operator.
            T::Add | T::Sub | T::Mul | T::And | T::Xor | T::Not => self.simple_as_stmt(),
            T::Func
            | T::LParen
            | T::LBrack
            | T::Struct
            | T::Map
            | T::Chan
            | T::Interface
            | T::Arrow => self.simple_as_stmt(),
            kind if kind.is_literal() => self.simple_as_stmt(),
            T::For => self.for_stmt(),
            T::Switch => self.switch_stmt(),
            T::Select => self.select_stmt(),
            T::If => self.if_stmt(),
            T::Go | T::Defer => self.call_stmt(),
            T::Fallthrough | T::Break | T::Continue | T::Goto | T::Return | T::Semicolon(_) => {
                self.small_stmt()
            }
            _ => return None,
        };
        Some(s)
    }

    /// A statement starting with a name: a labeled statement or a simple statement.
    fn name_stmt(&mut self) -> Option<Stmt> {
        let start = self.start();
        let lhs = self.expr_list();
        if self.tok() == TokenKind::Colon
            && let Some(label) = as_label(&lhs)
        {
            return self.labeled_stmt(start, label);
        }
        Some(self.simple_from(lhs))
    }

    fn simple_from(&mut self, lhs: Vec<Expr>) -> Stmt {
        self.simple_stmt(Some(lhs), None).into_stmt()
    }

    fn simple_as_stmt(&mut self) -> Stmt {
        self.simple_stmt(None, None).into_stmt()
    }

    fn block_as_stmt(&mut self) -> Stmt {
        let block = self.block_stmt("");
        Stmt::new(block.span, StmtKind::Block(block))
    }

    /// `fallthrough`, `break`, `continue`, `goto`, `return` and the empty statement.
    fn small_stmt(&mut self) -> Stmt {
        let start = self.start();
        let tok = self.tok();
        if tok.is_semicolon() {
            return Stmt::new(Span::at(start as usize), StmtKind::Empty);
        }
        self.next();
        let kind = match tok {
            TokenKind::Fallthrough => StmtKind::Fallthrough,
            TokenKind::Break | TokenKind::Continue => {
                let label = (self.tok() == TokenKind::Ident).then(|| self.name());
                if tok == TokenKind::Break {
                    StmtKind::Break(label)
                } else {
                    StmtKind::Continue(label)
                }
            }
            TokenKind::Goto => StmtKind::Goto(self.name()),
            _ => {
                let done = self.at(SEMI) || self.tok() == TokenKind::RBrace;
                StmtKind::Return(if done { Vec::new() } else { self.expr_list() })
            }
        };
        Stmt::new(self.span_from(start), kind)
    }

    /// After a label name: `label: stmt`.
    fn labeled_stmt(&mut self, start: u32, label: Ident) -> Option<Stmt> {
        let colon = self.span();
        self.want(TokenKind::Colon);
        if self.tok() == TokenKind::RBrace {
            // A labeled empty statement: the semicolon before `}` may be omitted.
            let empty = Stmt::new(Span::at(self.start() as usize), StmtKind::Empty);
            return Some(labeled(self.span_from(start), label, empty));
        }
        match self.stmt_or_nil() {
            Some(s) => Some(labeled(self.span_from(start), label, s)),
            None => {
                self.syntax_error_at(colon, "missing statement after label");
                None
            }
        }
    }

    /// `{ stmts }`. If the brace is missing, `expected { after <context>` is reported.
    pub(super) fn block_stmt(&mut self, context: &str) -> Block {
        let start = self.start();
        if !self.got(TokenKind::LBrace) && self.missing_lbrace(context) {
            return Block { stmts: Vec::new(), span: self.span_from(start) };
        }
        let stmts = self.stmt_list();
        self.want(TokenKind::RBrace);
        Block { stmts, span: self.span_from(start) }
    }

    /// Reports a missing `{` and skips ahead; true if that reached the closing `}`.
    fn missing_lbrace(&mut self, context: &str) -> bool {
        self.syntax_error(&format!("expected {{ after {context}"));
        self.advance(&[TokenKind::Ident, TokenKind::RBrace]);
        self.got(TokenKind::RBrace)
    }

    /// `const`, `var` or `type` inside a function.
    fn decl_stmt(&mut self) -> Stmt {
        let start = self.start();
        let tok = self.tok();
        self.next();
        let decl = match tok {
            TokenKind::Var => Decl::Var(self.decl_group(start, Self::var_spec)),
            TokenKind::Const => Decl::Const(self.decl_group(start, Self::const_spec)),
            _ => Decl::Type(self.decl_group(start, Self::type_spec)),
        };
        Stmt::new(self.span_from(start), StmtKind::Decl(decl))
    }

    /// `go f()` or `defer f()`.
    fn call_stmt(&mut self) -> Stmt {
        let start = self.start();
        let is_go = self.tok() == TokenKind::Go;
        self.next();
        let mut x = self.pexpr(None);
        if matches!(x.kind, ExprKind::Paren(_)) {
            let kw = if is_go { "go" } else { "defer" };
            self.error_at(
                Span::at(x.span.start as usize),
                format!("expression in {kw} must not be parenthesized"),
            );
            while let ExprKind::Paren(inner) = x.kind {
                x = *inner;
            }
        }
        let kind = if is_go { StmtKind::Go(x) } else { StmtKind::Defer(x) };
        Stmt::new(self.span_from(start), kind)
    }

    fn if_stmt(&mut self) -> Stmt {
        let start = self.start();
        if !self.enter("statement") {
            self.leave();
            return self.bad_stmt();
        }
        let h = self.header(TokenKind::If);
        let then = self.block_stmt("if clause");
        let els = if self.got(TokenKind::Else) { self.else_branch() } else { None };
        self.leave();
        let cond = h.cond.unwrap_or_else(|| self.new_expr(Span::at(start as usize), ExprKind::Bad));
        let init = h.init.map(Box::new);
        Stmt::new(self.span_from(start), StmtKind::If(Box::new(IfStmt { init, cond, then, els })))
    }

    /// After `else`: another `if` or a block.
    fn else_branch(&mut self) -> Option<Box<Stmt>> {
        match self.tok() {
            TokenKind::If => Some(Box::new(self.if_stmt())),
            TokenKind::LBrace => Some(Box::new(self.block_as_stmt())),
            _ => {
                self.syntax_error("else must be followed by if or statement block");
                self.advance(&[TokenKind::Ident, TokenKind::RBrace]);
                None
            }
        }
    }

    fn for_stmt(&mut self) -> Stmt {
        let start = self.start();
        let h = self.header(TokenKind::For);
        let body = self.block_stmt("for clause");
        Stmt::new(self.span_from(start), for_kind(h, body))
    }

    fn switch_stmt(&mut self) -> Stmt {
        let start = self.start();
        let h = self.header(TokenKind::Switch);
        if !self.got(TokenKind::LBrace) {
            self.syntax_error("missing { after switch clause");
            self.advance(&[TokenKind::Case, TokenKind::Default, TokenKind::RBrace]);
        }
        let mut clauses = Vec::new();
        let mut last = None;
        while !self.at_eof() && self.tok() != TokenKind::RBrace {
            self.progress(&mut last);
            if self.at_eof() || self.tok() == TokenKind::RBrace {
                break;
            }
            clauses.push(self.case_clause());
        }
        self.want(TokenKind::RBrace);
        let init = h.init.map(Box::new);
        let kind = match h.cond {
            Some(guard @ Expr { kind: ExprKind::TypeAssert { ty: None, .. }, .. }) => {
                // The guard is usually the latest one, so search from the end.
                if let Some(i) = self.guards.iter().rposition(|(id, _)| *id == guard.id) {
                    self.guards.remove(i);
                }
                StmtKind::TypeSwitch(Box::new(TypeSwitchStmt {
                    init,
                    binding: h.binding,
                    guard,
                    clauses,
                }))
            }
            tag => StmtKind::Switch(Box::new(SwitchStmt { init, tag, clauses })),
        };
        Stmt::new(self.span_from(start), kind)
    }

    fn select_stmt(&mut self) -> Stmt {
        let start = self.start();
        self.next();
        if !self.got(TokenKind::LBrace) {
            self.syntax_error("missing { after select clause");
            self.advance(&[TokenKind::Case, TokenKind::Default, TokenKind::RBrace]);
        }
        let mut clauses = Vec::new();
        let mut last = None;
        while !self.at_eof() && self.tok() != TokenKind::RBrace {
            self.progress(&mut last);
            if self.at_eof() || self.tok() == TokenKind::RBrace {
                break;
            }
            clauses.push(self.comm_clause());
        }
        self.want(TokenKind::RBrace);
        Stmt::new(self.span_from(start), StmtKind::Select(Box::new(SelectStmt { clauses })))
    }

    /// `case x, y:` or `default:` and the statements after it.
    fn case_clause(&mut self) -> CaseClause {
        let start = self.start();
        let cases = match self.tok() {
            TokenKind::Case => {
                self.next();
                Some(self.expr_list())
            }
            TokenKind::Default => {
                self.next();
                None
            }
            _ => {
                self.syntax_error("expected case or default or }");
                self.advance(&[
                    TokenKind::Colon,
                    TokenKind::Case,
                    TokenKind::Default,
                    TokenKind::RBrace,
                ]);
                Some(Vec::new())
            }
        };
        self.want(TokenKind::Colon);
        let body = self.stmt_list();
        CaseClause { cases, body, span: self.span_from(start) }
    }

    /// `case comm:` or `default:` in a `select`, and the statements after it.
    fn comm_clause(&mut self) -> CommClause {
        let start = self.start();
        let comm = match self.tok() {
            TokenKind::Case => {
                self.next();
                let s = self.simple_stmt(None, None).into_stmt();
                if !is_send_or_receive(&s) {
                    // Go reports an expression statement at the expression's own position.
                    let at = match &s.kind {
                        StmtKind::Expr(x) => Span::at(x.pos as usize),
                        _ => s.span,
                    };
                    self.defer_error(
                        at,
                        "select case must be send or receive (possibly with assignment)",
                    );
                }
                Some(Box::new(s))
            }
            TokenKind::Default => {
                self.next();
                None
            }
            _ => {
                self.syntax_error("expected case or default or }");
                self.advance(&[
                    TokenKind::Colon,
                    TokenKind::Case,
                    TokenKind::Default,
                    TokenKind::RBrace,
                ]);
                None
            }
        };
        self.want(TokenKind::Colon);
        let body = self.stmt_list();
        CommClause { comm, body, span: self.span_from(start) }
    }
}

/// The label of `label:` if `lhs` is a single name.
fn as_label(lhs: &[Expr]) -> Option<Ident> {
    match lhs {
        [Expr { kind: ExprKind::Name(name), span, .. }] => {
            Some(Ident { name: name.clone(), span: *span })
        }
        _ => None,
    }
}

fn labeled(span: Span, label: Ident, stmt: Stmt) -> Stmt {
    Stmt::new(span, StmtKind::Labeled { label, stmt: Box::new(stmt) })
}

/// Go's type checker accepts in a `select` case only a send, a receive, or an assignment
/// of a receive.
fn is_send_or_receive(s: &Stmt) -> bool {
    let is_recv = |x: &Expr| matches!(x.unparen().kind, ExprKind::Unary { op: UnaryOp::Recv, .. });
    match &s.kind {
        StmtKind::Send { .. } => true,
        StmtKind::Assign { rhs, .. } => rhs.len() == 1 && is_recv(&rhs[0]),
        StmtKind::Expr(x) => is_recv(x),
        _ => false,
    }
}
