//! Types: names and instantiations, type literals, function signatures, struct fields and
//! interface elements.

use super::{Parser, SEMI};
use crate::syntax::ast::{
    BinaryOp, ChanDir, Expr, ExprKind, Field, FuncType, Ident, InterfaceElem, Lit, UnaryOp,
};
use crate::syntax::span::Span;
use crate::syntax::token::TokenKind;

/// After `name [`: an array or slice type, or type arguments.
pub(super) enum ArrayOrTArgs {
    Type(Expr),
    /// The arguments and the offset of the `[`.
    TArgs(Vec<Expr>, u32),
}

/// What an interface element starting with a name turned out to be.
enum MethodOrType {
    Method(Ident, FuncType),
    Type(Expr),
}

/// The operators that may follow a type-set term (Go's `_Operator` token class).
const OPERATORS: [TokenKind; 20] = [
    TokenKind::LOr,
    TokenKind::LAnd,
    TokenKind::Eql,
    TokenKind::Neq,
    TokenKind::Lss,
    TokenKind::Leq,
    TokenKind::Gtr,
    TokenKind::Geq,
    TokenKind::Add,
    TokenKind::Sub,
    TokenKind::Or,
    TokenKind::Xor,
    TokenKind::Quo,
    TokenKind::Rem,
    TokenKind::Shl,
    TokenKind::Shr,
    TokenKind::And,
    TokenKind::AndNot,
    TokenKind::Not,
    TokenKind::Tilde,
];

impl Parser<'_> {
    /// A type, or a bad expression after reporting `expected type`.
    pub(super) fn type_(&mut self) -> Expr {
        if let Some(t) = self.type_or_nil() {
            return t;
        }
        let t = self.bad_expr();
        self.syntax_error("expected type");
        self.advance(&[
            TokenKind::Comma,
            TokenKind::Colon,
            SEMI,
            TokenKind::RParen,
            TokenKind::RBrack,
            TokenKind::RBrace,
        ]);
        t
    }

    /// A type if one starts here.
    pub(super) fn type_or_nil(&mut self) -> Option<Expr> {
        if !self.enter("type") {
            self.leave();
            return Some(self.bad_expr());
        }
        let t = self.type_or_nil_inner();
        self.leave();
        t
    }

    fn type_or_nil_inner(&mut self) -> Option<Expr> {
        let start = self.start();
        let kind = match self.tok() {
            TokenKind::Mul => {
                self.next();
                ExprKind::Unary { op: UnaryOp::Star, x: Box::new(self.type_()) }
            }
            TokenKind::Arrow => {
                self.next();
                self.want(TokenKind::Chan);
                ExprKind::ChanType { dir: ChanDir::Recv, elem: Box::new(self.chan_elem()) }
            }
            TokenKind::Func => {
                self.next();
                let (_, ty) = self.func_type(start, "function type");
                ExprKind::FuncType(Box::new(ty))
            }
            TokenKind::LBrack => {
                self.next();
                if self.got(TokenKind::RBrack) {
                    ExprKind::SliceType { elem: Box::new(self.type_()) }
                } else {
                    return Some(self.array_type(start, None));
                }
            }
            TokenKind::Chan => {
                self.next();
                let dir = if self.got(TokenKind::Arrow) { ChanDir::Send } else { ChanDir::Both };
                ExprKind::ChanType { dir, elem: Box::new(self.chan_elem()) }
            }
            TokenKind::Map => {
                self.next();
                self.want(TokenKind::LBrack);
                let key = Box::new(self.type_());
                self.want(TokenKind::RBrack);
                ExprKind::MapType { key, value: Box::new(self.type_()) }
            }
            TokenKind::Struct => ExprKind::StructType { fields: self.struct_type() },
            TokenKind::Interface => ExprKind::InterfaceType { elems: self.interface_type() },
            TokenKind::Ident => return Some(self.qualified_name(None)),
            TokenKind::LParen => {
                self.next();
                let t = self.type_();
                self.want(TokenKind::RParen);
                ExprKind::Paren(Box::new(t))
            }
            _ => return None,
        };
        Some(self.new_expr(self.span_from(start), kind))
    }

    /// `T[A, B]`, at the `[`.
    fn type_instance(&mut self, ty: Expr) -> Expr {
        let start = ty.span.start;
        let pos = self.start();
        self.want(TokenKind::LBrack);
        let indices = if self.tok() == TokenKind::RBrack {
            self.syntax_error("expected type argument list");
            vec![self.bad_expr()]
        } else {
            self.type_list(true).0
        };
        self.want(TokenKind::RBrack);
        self.new_expr_at(self.span_from(start), pos, ExprKind::Index { x: Box::new(ty), indices })
    }

    /// A signature after `func` (which started at `start`), with optional type parameters.
    /// If `context` is not empty, type parameters are reported as not permitted there.
    pub(super) fn func_type(&mut self, start: u32, context: &str) -> (Vec<Field>, FuncType) {
        let mut tparams = Vec::new();
        let lbrack = self.span();
        if self.got(TokenKind::LBrack) {
            if !context.is_empty() {
                self.syntax_error_at(lbrack, &format!("{context} must have no type parameters"));
            }
            if self.tok() == TokenKind::RBrack {
                self.syntax_error("empty type parameter list");
                self.next();
            } else {
                tparams = self.param_list(None, None, TokenKind::RBrack, true, false);
            }
        }
        self.want(TokenKind::LParen);
        let params = self.param_list(None, None, TokenKind::RParen, false, true);
        let results = self.func_result();
        (tparams, FuncType { params, results, span: self.span_from(start) })
    }

    /// `[N]T` or `[...]T` after the `[` at `start`; `len` may be already parsed.
    pub(super) fn array_type(&mut self, start: u32, len: Option<Expr>) -> Expr {
        let len = match len {
            Some(len) => Some(Box::new(len)),
            None if self.got(TokenKind::Ellipsis) => None,
            None => {
                self.xnest += 1;
                let len = self.expr();
                self.xnest -= 1;
                Some(Box::new(len))
            }
        };
        if self.tok() == TokenKind::Comma {
            // Trailing commas are fine in type parameter lists, not in array lengths.
            self.syntax_error("unexpected comma; expected ]");
            self.next();
        }
        self.want(TokenKind::RBrack);
        let elem = Box::new(self.type_());
        self.new_expr(self.span_from(start), ExprKind::ArrayType { len, elem })
    }

    /// `[]T` after the `[]` at `start`.
    pub(super) fn slice_type(&mut self, start: u32) -> Expr {
        let elem = Box::new(self.type_());
        self.new_expr(self.span_from(start), ExprKind::SliceType { elem })
    }

    fn chan_elem(&mut self) -> Expr {
        if let Some(t) = self.type_or_nil() {
            return t;
        }
        let t = self.bad_expr();
        // The element type is taken to be absent: nothing is skipped.
        self.syntax_error("missing channel element type");
        t
    }

    /// `StructType = "struct" "{" { FieldDecl ";" } "}"`.
    fn struct_type(&mut self) -> Vec<Field> {
        let mut fields = Vec::new();
        self.want(TokenKind::Struct);
        self.want(TokenKind::LBrace);
        self.list("struct type", SEMI, TokenKind::RBrace, |p| {
            p.field_decl(&mut fields);
            false
        });
        fields
    }

    /// `InterfaceType = "interface" "{" { ( MethodSpec | EmbeddedElem ) ";" } "}"`.
    fn interface_type(&mut self) -> Vec<InterfaceElem> {
        let mut elems = Vec::new();
        self.want(TokenKind::Interface);
        self.want(TokenKind::LBrace);
        self.list("interface type", SEMI, TokenKind::RBrace, |p| {
            elems.extend(p.interface_elem());
            false
        });
        elems
    }

    /// A method or an embedded element. Each counts as a nesting level: nested interface
    /// types recurse through here.
    fn interface_elem(&mut self) -> Option<InterfaceElem> {
        if !self.enter("type") {
            self.leave();
            return None;
        }
        let elem = match self.tok() {
            TokenKind::Ident => match self.method_decl() {
                MethodOrType::Method(name, ty) => InterfaceElem::Method { name, ty },
                MethodOrType::Type(t) => InterfaceElem::Embedded(self.embedded_elem(Some(t))),
            },
            _ => InterfaceElem::Embedded(self.embedded_elem(None)),
        };
        self.leave();
        Some(elem)
    }

    /// `Result = Parameters | Type`.
    fn func_result(&mut self) -> Vec<Field> {
        if self.got(TokenKind::LParen) {
            return self.param_list(None, None, TokenKind::RParen, false, false);
        }
        match self.type_or_nil() {
            Some(ty) => vec![field(Vec::new(), ty, None)],
            None => Vec::new(),
        }
    }

    /// `FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ]`. Each field counts as a
    /// nesting level: nested struct types recurse through here.
    fn field_decl(&mut self, fields: &mut Vec<Field>) {
        if !self.enter("type") {
            self.leave();
            return;
        }
        let field = match self.tok() {
            TokenKind::Ident => Some(self.named_field()),
            TokenKind::Mul => Some(self.embedded_pointer_field()),
            TokenKind::LParen => Some(self.parenthesized_field()),
            _ => {
                self.syntax_error("expected field name or embedded type");
                self.advance(&[SEMI, TokenKind::RBrace]);
                None
            }
        };
        fields.extend(field);
        self.leave();
    }

    /// `a, b T tag`, or an embedded `T`, `pkg.T` or `T[A]`, at the first name.
    fn named_field(&mut self) -> Field {
        let start = self.start();
        let name = self.name();
        let tok = self.tok();
        if tok == TokenKind::Period
            || tok.is_literal()
            || tok.is_semicolon()
            || tok == TokenKind::RBrace
        {
            let ty = self.qualified_name(Some(name));
            return self.field_tag(start, Vec::new(), ty);
        }
        let names = self.name_list(name);
        if names.len() > 1 || self.tok() != TokenKind::LBrack {
            let ty = self.type_();
            return self.field_tag(start, names, ty);
        }
        // `T[P1, P2]` (embedded, instantiated) and `a [N]E` start alike.
        match self.array_or_targs() {
            ArrayOrTArgs::TArgs(indices, pos) => {
                let Some(name) = names.into_iter().next() else { unreachable!("one name") };
                let x = self.name_expr(name);
                let kind = ExprKind::Index { x: Box::new(x), indices };
                let ty = self.new_expr_at(self.span_from(start), pos, kind);
                self.field_tag(start, Vec::new(), ty)
            }
            ArrayOrTArgs::Type(ty) => self.field_tag(start, names, ty),
        }
    }

    /// `*T` or (with a complaint) `*(T)`, embedded.
    fn embedded_pointer_field(&mut self) -> Field {
        let start = self.start();
        self.next();
        let ty = if self.tok() == TokenKind::LParen {
            self.syntax_error("cannot parenthesize embedded type");
            self.next();
            let ty = self.qualified_name(None);
            self.got(TokenKind::RParen);
            ty
        } else {
            self.qualified_name(None)
        };
        let star = self.new_expr(
            self.span_from(start),
            ExprKind::Unary { op: UnaryOp::Star, x: Box::new(ty) },
        );
        self.field_tag(start, Vec::new(), star)
    }

    /// `(T)` or `(*T)`: accepted with a complaint.
    fn parenthesized_field(&mut self) -> Field {
        let start = self.start();
        self.syntax_error("cannot parenthesize embedded type");
        self.next();
        let ty = if self.tok() == TokenKind::Mul {
            let star_start = self.start();
            self.next();
            let ty = self.qualified_name(None);
            self.new_expr(
                self.span_from(star_start),
                ExprKind::Unary { op: UnaryOp::Star, x: Box::new(ty) },
            )
        } else {
            self.qualified_name(None)
        };
        self.got(TokenKind::RParen);
        self.field_tag(start, Vec::new(), ty)
    }

    /// Finishes a field with its optional tag.
    fn field_tag(&mut self, start: u32, names: Vec<Ident>, ty: Expr) -> Field {
        let tag = self.oliteral();
        field_at(start, self.prev_end, names, ty, tag)
    }

    /// After a name, at `[`: `[]E`, `[N]E`, or type arguments `[A, B]`.
    pub(super) fn array_or_targs(&mut self) -> ArrayOrTArgs {
        let start = self.start();
        self.want(TokenKind::LBrack);
        if self.got(TokenKind::RBrack) {
            return ArrayOrTArgs::Type(self.slice_type(start));
        }
        let (mut list, comma) = self.type_list(false);
        self.want(TokenKind::RBrack);
        if !comma && let Some(elem) = self.type_or_nil() {
            let len = list.pop().map(Box::new);
            let kind = ExprKind::ArrayType { len, elem: Box::new(elem) };
            return ArrayOrTArgs::Type(self.new_expr(self.span_from(start), kind));
        }
        ArrayOrTArgs::TArgs(list, start)
    }

    /// `MethodSpec = MethodName Signature | TypeName`, at a name.
    fn method_decl(&mut self) -> MethodOrType {
        let start = self.start();
        let name = self.name();
        const CONTEXT: &str = "interface method";
        match self.tok() {
            TokenKind::LParen => {
                let (_, ty) = self.func_type(start, CONTEXT);
                MethodOrType::Method(name, ty)
            }
            TokenKind::LBrack => self.method_or_instance(start, name),
            _ => MethodOrType::Type(self.qualified_name(Some(name))),
        }
    }

    /// After `name [` in an interface: a generic method (not permitted, but parsed) or an
    /// embedded instantiated type.
    fn method_or_instance(&mut self, start: u32, name: Ident) -> MethodOrType {
        const CONTEXT: &str = "interface method";
        let lbrack = self.span();
        self.next();
        if self.tok() == TokenKind::RBrack {
            let rbrack = self.span();
            self.next();
            if self.tok() == TokenKind::LParen {
                self.error_at(rbrack, "empty type parameter list".to_owned());
                let (_, ty) = self.func_type(start, CONTEXT);
                return MethodOrType::Method(name, ty);
            }
            self.error_at(rbrack, "empty type argument list".to_owned());
            return MethodOrType::Type(self.name_expr(name));
        }
        let list = self.param_list(None, None, TokenKind::RBrack, false, false);
        if list.is_empty() {
            if self.tok() == TokenKind::LParen {
                let (_, ty) = self.func_type(start, CONTEXT);
                return MethodOrType::Method(name, ty);
            }
            return MethodOrType::Type(self.name_expr(name));
        }
        if !list[0].names.is_empty() {
            let (_, ty) = self.func_type(start, CONTEXT);
            self.error_at(lbrack, "interface method must have no type parameters".to_owned());
            return MethodOrType::Method(name, ty);
        }
        let indices = list.into_iter().map(|f| f.ty).collect();
        let x = self.name_expr(name);
        let kind = ExprKind::Index { x: Box::new(x), indices };
        MethodOrType::Type(self.new_expr_at(self.span_from(start), lbrack.start, kind))
    }

    /// `EmbeddedElem = EmbeddedTerm { "|" EmbeddedTerm }`; `first` is an already parsed term.
    pub(super) fn embedded_elem(&mut self, first: Option<Expr>) -> Expr {
        let mut x = match first {
            Some(x) => x,
            None => self.embedded_term(),
        };
        while self.tok() == TokenKind::Or {
            let pos = self.start();
            self.next();
            let y = self.embedded_term();
            let span = x.span.to(y.span);
            let kind = ExprKind::Binary { op: BinaryOp::Or, x: Box::new(x), y: Box::new(y) };
            x = self.new_expr_at(span, pos, kind);
        }
        x
    }

    /// `EmbeddedTerm = [ "~" ] Type`.
    fn embedded_term(&mut self) -> Expr {
        let start = self.start();
        if self.tok() == TokenKind::Tilde {
            self.next();
            let ty = self.type_();
            return self.new_expr(
                self.span_from(start),
                ExprKind::Unary { op: UnaryOp::Tilde, x: Box::new(ty) },
            );
        }
        if let Some(t) = self.type_or_nil() {
            return t;
        }
        let t = self.bad_expr();
        self.syntax_error("expected ~ term or type");
        let mut follow = OPERATORS.to_vec();
        follow.extend([SEMI, TokenKind::RParen, TokenKind::RBrack, TokenKind::RBrace]);
        self.advance(&follow);
        t
    }

    /// A possibly qualified, possibly instantiated type name: `T`, `pkg.T`, `T[int]`.
    /// `name` is an already parsed first name.
    pub(super) fn qualified_name(&mut self, name: Option<Ident>) -> Expr {
        let mut x = match name {
            Some(name) => self.name_expr(name),
            None if self.tok() == TokenKind::Ident => {
                let name = self.name();
                self.name_expr(name)
            }
            None => {
                let name = Ident { name: "_".to_owned(), span: Span::at(self.start() as usize) };
                self.syntax_error("expected name");
                self.advance(&[TokenKind::Period, SEMI, TokenKind::RBrace]);
                self.name_expr(name)
            }
        };
        if self.tok() == TokenKind::Period {
            let pos = self.start();
            self.next();
            let sel = self.name();
            let span = x.span.to(sel.span);
            x = self.new_expr_at(span, pos, ExprKind::Selector { x: Box::new(x), sel });
        }
        if self.tok() == TokenKind::LBrack {
            x = self.type_instance(x);
        }
        x
    }
}

pub(super) fn field(names: Vec<Ident>, ty: Expr, tag: Option<Lit>) -> Field {
    let start = names.first().map_or(ty.span.start, |n| n.span.start);
    let end = tag.as_ref().map_or(ty.span.end, |t| t.span.end);
    Field { names, ty, variadic: false, tag, span: Span { start, end: end.max(start) } }
}

fn field_at(start: u32, end: u32, names: Vec<Ident>, ty: Expr, tag: Option<Lit>) -> Field {
    Field { names, ty, variadic: false, tag, span: Span { start, end: end.max(start) } }
}
