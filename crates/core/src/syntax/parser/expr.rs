//! Expressions: precedence climbing over unary and primary expressions, operands,
//! composite literals and argument lists.

use super::{Parser, SEMI};
use crate::syntax::ast::{BinaryOp, ChanDir, Element, Expr, ExprKind, Lit, LitKind, UnaryOp};
use crate::syntax::print::expr_string;
use crate::syntax::token::TokenKind;

impl Parser<'_> {
    pub(super) fn expr(&mut self) -> Expr {
        self.binary_expr(None, 0)
    }

    /// `Expression = UnaryExpr | Expression binary_op Expression`, by precedence climbing.
    /// `x` is an already parsed left operand.
    pub(super) fn binary_expr(&mut self, x: Option<Expr>, prec: u8) -> Expr {
        let x = if self.enter("expression") {
            match x {
                Some(x) => x,
                None => self.unary_expr(),
            }
        } else {
            x.unwrap_or_else(|| self.bad_expr())
        };
        let x = self.binary_tail(x, prec);
        self.leave();
        x
    }

    /// The operators (binding tighter than `prec`) and operands after `x`.
    fn binary_tail(&mut self, mut x: Expr, prec: u8) -> Expr {
        let mut levels = 0;
        while let Some(op) = binary_op(self.tok()).filter(|_| self.tok().precedence() > prec) {
            // Each operator deepens the (left-leaning) tree, so it counts as a level.
            levels += 1;
            if !self.enter("expression") {
                break;
            }
            let tprec = self.tok().precedence();
            let pos = self.start();
            self.next();
            let y = self.binary_expr(None, tprec);
            let span = x.span.to(y.span);
            x = self.new_expr_at(
                span,
                pos,
                ExprKind::Binary { op, x: Box::new(x), y: Box::new(y) },
            );
        }
        for _ in 0..levels {
            self.leave();
        }
        x
    }

    /// `UnaryExpr = PrimaryExpr | unary_op UnaryExpr`.
    pub(super) fn unary_expr(&mut self) -> Expr {
        match unary_op(self.tok()) {
            Some(op) => self.prefix_expr(op),
            None => self.pexpr(None),
        }
    }

    /// `unary_op UnaryExpr`, at the operator.
    fn prefix_expr(&mut self, op: UnaryOp) -> Expr {
        let start = self.start();
        self.next();
        let x = if self.enter("expression") { self.unary_expr() } else { self.bad_expr() };
        self.leave();
        if op == UnaryOp::Recv && matches!(x.kind, ExprKind::ChanType { .. }) {
            return self.recv_chan_type(start, x);
        }
        self.new_expr(self.span_from(start), ExprKind::Unary { op, x: Box::new(x) })
    }

    /// `<-` followed by a channel type is a receive-only channel type: `<-chan E`, or
    /// `<-chan (<-E)` for `<-chan<- E`. The `<-` is re-associated with the channel.
    fn recv_chan_type(&mut self, start: u32, mut x: Expr) -> Expr {
        let mut dir = ChanDir::Send;
        let mut unexpected = None;
        let mut depth = 0;
        let mut t = &mut x;
        while dir == ChanDir::Send {
            let ExprKind::ChanType { dir: d, elem } = &mut t.kind else { break };
            dir = *d;
            if dir == ChanDir::Recv {
                // `<-<-chan E` is not a type.
                unexpected = Some("<-".to_owned());
            }
            *d = ChanDir::Recv;
            t = elem;
            depth += 1;
        }
        if dir == ChanDir::Send {
            // `<-chan<- E` where E is not a channel type.
            let mut t = &x;
            for _ in 0..depth {
                if let ExprKind::ChanType { elem, .. } = &t.kind {
                    t = elem;
                }
            }
            unexpected = Some(expr_string(t));
        }
        if let Some(what) = unexpected {
            self.syntax_error(&format!("unexpected {what}, expected chan"));
        }
        x.span = self.span_from(start);
        x
    }

    /// `Operand = Literal | OperandName | "(" Expression ")" | FunctionLit | type`.
    fn operand(&mut self) -> Expr {
        match self.tok() {
            TokenKind::Ident => {
                let name = self.name();
                self.name_expr(name)
            }
            kind if kind.is_literal() => {
                let lit = self.literal();
                self.new_expr(lit.span, ExprKind::Lit(lit))
            }
            TokenKind::LParen => self.paren_expr(),
            TokenKind::Func => self.func_lit_or_type(),
            TokenKind::LBrack
            | TokenKind::Chan
            | TokenKind::Map
            | TokenKind::Struct
            | TokenKind::Interface => self.type_(),
            _ => self.missing_operand(),
        }
    }

    /// `( x )`. Parentheses are kept in the tree.
    fn paren_expr(&mut self) -> Expr {
        let start = self.start();
        self.next();
        self.xnest += 1;
        let x = self.expr();
        self.xnest -= 1;
        self.want(TokenKind::RParen);
        self.new_expr(self.span_from(start), ExprKind::Paren(Box::new(x)))
    }

    /// `func(…) … { … }`, or just the function type if no body follows.
    fn func_lit_or_type(&mut self) -> Expr {
        let start = self.start();
        self.next();
        let (_, ty) = self.func_type(start, "function type");
        let ty = Box::new(ty);
        if self.tok() != TokenKind::LBrace {
            return self.new_expr(ty.span, ExprKind::FuncType(ty));
        }
        self.xnest += 1;
        let body = self.func_body();
        self.xnest -= 1;
        self.new_expr(self.span_from(start), ExprKind::FuncLit { ty, body })
    }

    fn missing_operand(&mut self) -> Expr {
        let x = self.bad_expr();
        self.syntax_error("expected expression");
        self.advance(&[TokenKind::RParen, TokenKind::RBrack, TokenKind::RBrace]);
        x
    }

    /// The current literal token as a [`Lit`]; the caller has checked it is one.
    pub(super) fn literal(&mut self) -> Lit {
        let kind = match self.tok() {
            TokenKind::Int => LitKind::Int,
            TokenKind::Float => LitKind::Float,
            TokenKind::Imag => LitKind::Imag,
            TokenKind::Rune => LitKind::Rune,
            TokenKind::RawString => LitKind::RawString,
            _ => LitKind::String,
        };
        let span = self.span();
        let bad = self.lex_error_in(span);
        let lit = Lit { kind, text: self.text().to_owned(), bad, span };
        self.next();
        lit
    }

    /// An optional literal (import paths, struct tags).
    pub(super) fn oliteral(&mut self) -> Option<Lit> {
        self.tok().is_literal().then(|| self.literal())
    }

    /// `PrimaryExpr`: an operand followed by selectors, indices, slices, type assertions,
    /// calls and composite literal bodies. `x` is an already parsed operand.
    pub(super) fn pexpr(&mut self, x: Option<Expr>) -> Expr {
        let x = match x {
            Some(x) => x,
            None => self.operand(),
        };
        self.postfix(x)
    }

    /// The selectors, indices, calls, … after the operand `x`.
    fn postfix(&mut self, mut x: Expr) -> Expr {
        let mut levels = 0;
        loop {
            let tok = self.tok();
            if !matches!(
                tok,
                TokenKind::Period | TokenKind::LBrack | TokenKind::LParen | TokenKind::LBrace
            ) {
                break;
            }
            // Each suffix deepens the (left-leaning) tree, so it counts as a level.
            levels += 1;
            if !self.enter("expression") {
                break;
            }
            x = match tok {
                TokenKind::Period => self.selector_or_assert(x),
                TokenKind::LBrack => self.index_or_slice(x),
                TokenKind::LParen => self.call(x),
                _ => match self.complit_after(x) {
                    Ok(lit) => lit,
                    Err(x) => {
                        for _ in 0..levels {
                            self.leave();
                        }
                        return x;
                    }
                },
            };
        }
        for _ in 0..levels {
            self.leave();
        }
        x
    }

    /// `x.name`, `x.(T)` or `x.(type)`, at the `.`.
    fn selector_or_assert(&mut self, x: Expr) -> Expr {
        let start = x.span.start;
        let pos = self.start();
        self.next();
        match self.tok() {
            TokenKind::Ident => {
                let sel = self.name();
                self.new_expr_at(
                    self.span_from(start),
                    pos,
                    ExprKind::Selector { x: Box::new(x), sel },
                )
            }
            TokenKind::LParen => {
                self.next();
                let ty =
                    if self.got(TokenKind::Type) { None } else { Some(Box::new(self.type_())) };
                self.want(TokenKind::RParen);
                let guard = ty.is_none();
                let kind = ExprKind::TypeAssert { x: Box::new(x), ty };
                let e = self.new_expr_at(self.span_from(start), pos, kind);
                if guard {
                    self.guards.push((e.id, e.span));
                }
                e
            }
            _ => {
                self.syntax_error("expected name or (");
                self.advance(&[SEMI, TokenKind::RParen]);
                x
            }
        }
    }

    /// `x[i]`, `x[A, B]`, `x[lo:hi]` or `x[lo:hi:max]`, at the `[`.
    fn index_or_slice(&mut self, x: Expr) -> Expr {
        let start = x.span.start;
        let pos = self.start();
        self.next();
        let mut first = None;
        if self.tok() != TokenKind::Colon {
            let (indices, comma) = if self.tok() == TokenKind::RBrack {
                // An empty index is accepted with a complaint.
                self.syntax_error("expected operand");
                (vec![self.bad_expr()], false)
            } else {
                self.type_list(false)
            };
            if comma || self.tok() == TokenKind::RBrack {
                self.want(TokenKind::RBrack);
                let kind = ExprKind::Index { x: Box::new(x), indices };
                return self.new_expr_at(self.span_from(start), pos, kind);
            }
            first = indices.into_iter().next();
        }
        if !self.got(TokenKind::Colon) {
            self.syntax_error("expected comma, : or ]");
            self.advance(&[TokenKind::Comma, TokenKind::Colon, TokenKind::RBrack]);
        }
        self.xnest += 1;
        let mut hi = None;
        let mut max = None;
        let mut full = false;
        if self.tok() != TokenKind::Colon && self.tok() != TokenKind::RBrack {
            hi = Some(Box::new(self.expr()));
        }
        if self.tok() == TokenKind::Colon {
            full = true;
            if hi.is_none() {
                self.error("middle index required in 3-index slice");
                hi = Some(Box::new(self.bad_expr()));
            }
            self.next();
            if self.tok() != TokenKind::RBrack {
                max = Some(Box::new(self.expr()));
            } else {
                self.error("final index required in 3-index slice");
                max = Some(Box::new(self.bad_expr()));
            }
        }
        self.xnest -= 1;
        self.want(TokenKind::RBrack);
        let kind = ExprKind::Slice { x: Box::new(x), lo: first.map(Box::new), hi, max, full };
        self.new_expr_at(self.span_from(start), pos, kind)
    }

    /// `f(args)`, at the `(`.
    fn call(&mut self, fun: Expr) -> Expr {
        let start = fun.span.start;
        let pos = self.start();
        self.next();
        let mut args = Vec::new();
        let mut dots = false;
        self.xnest += 1;
        self.list("argument list", TokenKind::Comma, TokenKind::RParen, |p| {
            args.push(p.expr());
            dots = p.got(TokenKind::Ellipsis);
            dots
        });
        self.xnest -= 1;
        self.new_expr_at(
            self.span_from(start),
            pos,
            ExprKind::Call { fun: Box::new(fun), args, dots },
        )
    }

    /// At a `{` after `x`: a composite literal if `x` can be its type, or `Err(x)` if the
    /// brace belongs to a block (as after `if x == T` in a statement header).
    fn complit_after(&mut self, x: Expr) -> Result<Expr, Expr> {
        let t = x.unparen();
        let ok = match &t.kind {
            ExprKind::Name(_) | ExprKind::Selector { .. } => self.xnest >= 0,
            ExprKind::Index { .. } => self.xnest >= 0 && !is_value(t),
            ExprKind::ArrayType { .. }
            | ExprKind::SliceType { .. }
            | ExprKind::StructType { .. }
            | ExprKind::MapType { .. } => true,
            _ => false,
        };
        if !ok {
            return Err(x);
        }
        if matches!(x.kind, ExprKind::Paren(_)) {
            self.syntax_error("cannot parenthesize type in composite literal");
        }
        let start = x.span.start;
        let pos = self.start();
        let elems = self.complit_body();
        let kind = ExprKind::CompositeLit { ty: Some(Box::new(x)), elems };
        Ok(self.new_expr_at(self.span_from(start), pos, kind))
    }

    /// `Element = Expression | LiteralValue`.
    fn bare_complitexpr(&mut self) -> Expr {
        if self.tok() == TokenKind::LBrace {
            let start = self.start();
            let elems = self.complit_body();
            return self
                .new_expr(self.span_from(start), ExprKind::CompositeLit { ty: None, elems });
        }
        self.expr()
    }

    /// `LiteralValue = "{" [ ElementList [ "," ] ] "}"`.
    fn complit_body(&mut self) -> Vec<Element> {
        let mut elems = Vec::new();
        if !self.enter("expression") {
            self.leave();
            return elems;
        }
        self.xnest += 1;
        self.want(TokenKind::LBrace);
        self.list("composite literal", TokenKind::Comma, TokenKind::RBrace, |p| {
            let first = p.bare_complitexpr();
            let start = first.span.start;
            let elem = if p.got(TokenKind::Colon) {
                let value = p.bare_complitexpr();
                Element { key: Some(first), value, span: p.span_from(start) }
            } else {
                Element { key: None, span: first.span, value: first }
            };
            elems.push(elem);
            false
        });
        self.xnest -= 1;
        self.leave();
        elems
    }

    /// `ExpressionList = Expression { "," Expression }`.
    pub(super) fn expr_list(&mut self) -> Vec<Expr> {
        let mut list = vec![self.expr()];
        while self.got(TokenKind::Comma) {
            list.push(self.expr());
        }
        list
    }

    /// A non-empty list of types (the first may be any expression unless `strict`),
    /// optionally followed by a comma. Also returns whether a comma was seen.
    pub(super) fn type_list(&mut self, strict: bool) -> (Vec<Expr>, bool) {
        self.xnest += 1;
        let first = if strict { self.type_() } else { self.expr() };
        let mut list = vec![first];
        let mut comma = false;
        if self.got(TokenKind::Comma) {
            comma = true;
            if let Some(t) = self.type_or_nil() {
                list.push(t);
                while self.got(TokenKind::Comma) {
                    let Some(t) = self.type_or_nil() else { break };
                    list.push(t);
                }
            }
        }
        self.xnest -= 1;
        (list, comma)
    }
}

fn unary_op(kind: TokenKind) -> Option<UnaryOp> {
    let op = match kind {
        TokenKind::Mul => UnaryOp::Star,
        TokenKind::Add => UnaryOp::Pos,
        TokenKind::Sub => UnaryOp::Neg,
        TokenKind::Not => UnaryOp::Not,
        TokenKind::Xor => UnaryOp::Xor,
        TokenKind::Tilde => UnaryOp::Tilde,
        TokenKind::And => UnaryOp::Addr,
        TokenKind::Arrow => UnaryOp::Recv,
        _ => return None,
    };
    Some(op)
}

pub(super) fn binary_op(kind: TokenKind) -> Option<BinaryOp> {
    use TokenKind::*;
    let op = match kind {
        LOr => BinaryOp::LOr,
        LAnd => BinaryOp::LAnd,
        Eql => BinaryOp::Eql,
        Neq => BinaryOp::Neq,
        Lss => BinaryOp::Lss,
        Leq => BinaryOp::Leq,
        Gtr => BinaryOp::Gtr,
        Geq => BinaryOp::Geq,
        Add => BinaryOp::Add,
        Sub => BinaryOp::Sub,
        Or => BinaryOp::Or,
        Xor => BinaryOp::Xor,
        Mul => BinaryOp::Mul,
        Quo => BinaryOp::Quo,
        Rem => BinaryOp::Rem,
        Shl => BinaryOp::Shl,
        Shr => BinaryOp::Shr,
        And => BinaryOp::And,
        AndNot => BinaryOp::AndNot,
        _ => return None,
    };
    Some(op)
}

/// Whether `x` must be a value (not a type) syntactically; `T[x]{` is a composite literal
/// only if `T[x]` may be a type.
fn is_value(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::Lit(_)
        | ExprKind::CompositeLit { .. }
        | ExprKind::FuncLit { .. }
        | ExprKind::Slice { .. }
        | ExprKind::TypeAssert { .. }
        | ExprKind::Call { .. } => true,
        ExprKind::Unary { op, .. } => *op != UnaryOp::Star,
        ExprKind::Binary { .. } => true,
        ExprKind::Paren(inner) => is_value(inner),
        // A list of indices is never a value by itself, as in Go.
        ExprKind::Index { x, indices } => {
            is_value(x) || (indices.len() == 1 && is_value(&indices[0]))
        }
        _ => false,
    }
}
