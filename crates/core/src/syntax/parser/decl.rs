//! Declarations: the package clause, imports, `const`, `var`, `type` and `func`.

use super::{Parser, SEMI, empty_file};
use crate::syntax::ast::{
    BinaryOp, Block, ConstSpec, Decl, DeclGroup, Expr, ExprKind, File, FuncDecl, FuncType, Ident,
    ImportSpec, LitKind, TypeSpec, UnaryOp, VarSpec,
};
use crate::syntax::span::Span;
use crate::syntax::token::{SemiKind, TokenKind};

/// The keywords that start a top-level declaration: where recovery resumes.
const DECL_START: [TokenKind; 5] =
    [TokenKind::Import, TokenKind::Const, TokenKind::Type, TokenKind::Var, TokenKind::Func];

impl Parser<'_> {
    /// `SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" }`.
    pub(super) fn file(&mut self) -> File {
        let file_span = Span::new(0, self.src.len());
        // `go build` reads the package clause and imports with `go/parser` before compiling,
        // so errors there are worded (and stop the build) the way that parser does it.
        if !self.got(TokenKind::Package) {
            self.header_error(&format!("expected 'package', found {}", self.go_parser_found()));
            return empty_file(file_span);
        }
        if self.tok() != TokenKind::Ident {
            self.header_error(&format!("expected 'IDENT', found {}", self.go_parser_found()));
            return empty_file(file_span);
        }
        let package = self.name();
        self.want(SEMI);
        let mut file = empty_file(file_span);
        file.package = package;
        // Like Go, don't go on if the package clause has errors.
        if self.any_error_so_far() {
            return file;
        }

        // Imports are accepted anywhere, with a complaint, for better recovery.
        let mut prev = TokenKind::Import;
        let mut last = None;
        while !self.at_eof() {
            self.progress(&mut last);
            if self.at_eof() {
                break;
            }
            if self.tok() == TokenKind::Import && prev != TokenKind::Import {
                self.syntax_error("imports must appear before other declarations");
            }
            prev = self.tok();
            let Some(decl) = self.top_level_decl(&file.decls) else { continue };
            file.decls.push(decl);
            if self.header_failed {
                return file;
            }
            if !self.at_eof() && !self.got(SEMI) {
                self.syntax_error("after top level declaration");
                self.advance(&DECL_START);
            }
        }
        file
    }

    /// One top-level declaration; `None` (after recovering) if there is none here.
    fn top_level_decl(&mut self, decls: &[Decl]) -> Option<Decl> {
        let start = self.start();
        let decl = match self.tok() {
            TokenKind::Import => {
                self.next();
                Decl::Import(self.decl_group(start, Self::import_spec))
            }
            TokenKind::Const => {
                self.next();
                Decl::Const(self.decl_group(start, Self::const_spec))
            }
            TokenKind::Type => {
                self.next();
                Decl::Type(self.decl_group(start, Self::type_spec))
            }
            TokenKind::Var => {
                self.next();
                Decl::Var(self.decl_group(start, Self::var_spec))
            }
            TokenKind::Func => {
                self.next();
                Decl::Func(Box::new(self.func_decl(start)))
            }
            _ => {
                let bodiless_func = matches!(decls.last(), Some(Decl::Func(f)) if f.body.is_none());
                if self.tok() == TokenKind::LBrace && bodiless_func {
                    // The opening brace of a function body on the next line.
                    self.syntax_error("unexpected semicolon or newline before {");
                } else {
                    self.syntax_error("non-declaration statement outside function body");
                }
                self.advance(&DECL_START);
                return None;
            }
        };
        Some(decl)
    }

    /// `spec | "(" { spec ";" } ")"` after the keyword at `start`. The spec parser gets the
    /// spec's index in the group (for `iota`).
    pub(super) fn decl_group<S>(
        &mut self,
        start: u32,
        mut spec: impl FnMut(&mut Self, u32) -> Option<S>,
    ) -> DeclGroup<S> {
        let mut specs = Vec::new();
        let grouped = self.got(TokenKind::LParen);
        if grouped {
            let mut index = 0;
            self.list("grouped declaration", SEMI, TokenKind::RParen, |p| {
                specs.extend(spec(p, index));
                index += 1;
                false
            });
        } else {
            specs.extend(spec(self, 0));
        }
        DeclGroup { specs, grouped, span: self.span_from(start) }
    }

    /// `ImportSpec = [ "." | PackageName ] ImportPath`.
    fn import_spec(&mut self, _index: u32) -> Option<ImportSpec> {
        let start = self.start();
        let name = match self.tok() {
            TokenKind::Ident => Some(self.name()),
            TokenKind::Period => {
                let dot = Ident { name: ".".to_owned(), span: self.span() };
                self.next();
                Some(dot)
            }
            _ => None,
        };
        let path = self.oliteral();
        match &path {
            None => {
                self.header_error("missing import path");
                self.advance(&[SEMI, TokenKind::RParen]);
            }
            Some(lit) if !lit.bad && !matches!(lit.kind, LitKind::String | LitKind::RawString) => {
                let span = lit.span;
                self.error_at(span, "import path must be a string".to_owned());
                self.header_failed = true;
            }
            Some(_) => {}
        }
        Some(ImportSpec { name, path, span: self.span_from(start) })
    }

    /// Reports an error in the package clause or imports, worded as `go/parser` words it,
    /// at the current token; nothing after it is reported, as with `go build`.
    fn header_error(&mut self, message: &str) {
        if !self.header_failed {
            self.error_at(self.span(), message.to_owned());
        }
        self.header_failed = true;
    }

    /// The current token as `go/parser` names it after `found`.
    fn go_parser_found(&self) -> String {
        match self.tok() {
            TokenKind::Semicolon(SemiKind::Explicit) => "';'".to_owned(),
            TokenKind::Semicolon(_) => "newline".to_owned(),
            TokenKind::Eof => "'EOF'".to_owned(),
            kind if kind == TokenKind::Ident || kind.is_literal() => self.text().to_owned(),
            kind => format!("'{}'", kind.as_str().unwrap_or("?")),
        }
    }

    /// `ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ]`.
    pub(super) fn const_spec(&mut self, iota: u32) -> Option<ConstSpec> {
        let start = self.start();
        let first = self.name();
        let names = self.name_list(first);
        let mut ty = None;
        let mut values = Vec::new();
        if !self.at_eof() && !self.at(SEMI) && !self.at(TokenKind::RParen) {
            ty = self.type_or_nil();
            if self.got_assign() {
                values = self.expr_list();
            }
        }
        Some(ConstSpec { names, ty, values, iota, span: self.span_from(start) })
    }

    /// `VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList )`.
    pub(super) fn var_spec(&mut self, _index: u32) -> Option<VarSpec> {
        let start = self.start();
        let first = self.name();
        let names = self.name_list(first);
        let mut ty = None;
        let mut values = Vec::new();
        if self.got_assign() {
            values = self.expr_list();
        } else {
            ty = Some(self.type_());
            if self.got_assign() {
                values = self.expr_list();
            }
        }
        Some(VarSpec { names, ty, values, span: self.span_from(start) })
    }

    /// `=`, or `:=` with a complaint (for better recovery).
    pub(super) fn got_assign(&mut self) -> bool {
        match self.tok() {
            TokenKind::Define => {
                self.syntax_error("expected =");
                self.next();
                true
            }
            TokenKind::Assign => {
                self.next();
                true
            }
            _ => false,
        }
    }

    /// `TypeSpec = identifier [ TypeParams ] [ "=" ] Type`.
    pub(super) fn type_spec(&mut self, _index: u32) -> Option<TypeSpec> {
        let start = self.start();
        let name = self.name();
        let mut type_params = Vec::new();
        let mut alias = false;
        let ty = if self.tok() == TokenKind::LBrack {
            // An array or slice type, or a type parameter list.
            let lbrack = self.start();
            self.next();
            match self.tok() {
                TokenKind::Ident => match self.array_len_or_type_param(lbrack) {
                    Ok(ty) => Some(ty),
                    Err((pname, ptype)) => {
                        type_params =
                            self.param_list(Some(pname), ptype, TokenKind::RBrack, true, false);
                        alias = self.got_assign();
                        self.type_or_nil()
                    }
                },
                TokenKind::RBrack => {
                    self.next();
                    Some(self.slice_type(lbrack))
                }
                _ => Some(self.array_type(lbrack, None)),
            }
        } else {
            alias = self.got_assign();
            self.type_or_nil()
        };
        let ty = match ty {
            Some(ty) => ty,
            None => {
                let bad = self.bad_expr();
                self.syntax_error("in type declaration");
                self.advance(&[SEMI, TokenKind::RParen]);
                bad
            }
        };
        Some(TypeSpec { name, type_params, alias, ty, span: self.span_from(start) })
    }

    /// After `type T [` at a name: either an array type `[N]E` (returned) or the start of a
    /// type parameter list, returned as its first name and (maybe) constraint.
    fn array_len_or_type_param(&mut self, lbrack: u32) -> Result<Expr, (Ident, Option<Expr>)> {
        let name = self.name();
        let mut x = self.name_expr(name);
        if self.tok() != TokenKind::LBrack {
            // `P []E` is a type parameter with a slice constraint; otherwise parse the
            // expression that starts with the name and look at its shape.
            self.xnest += 1;
            let px = self.pexpr(Some(x));
            x = self.binary_expr(Some(px), 0);
            self.xnest -= 1;
        }
        let force = self.tok() == TokenKind::Comma;
        if can_extract_name(&x, force) {
            let is_name = matches!(x.kind, ExprKind::Name(_));
            if !is_name || self.tok() != TokenKind::RBrack {
                return Err(self.extract_name(x, force));
            }
        }
        Ok(self.array_type(lbrack, Some(x)))
    }

    /// Splits `x`, for which [`can_extract_name`] holds, into a name and the rest:
    /// `P *C` into `P` and `*C`, `P C|D` into `P` and `C|D`, `P(C)` into `P` and `C`.
    fn extract_name(&mut self, x: Expr, force: bool) -> (Ident, Option<Expr>) {
        match x.kind {
            ExprKind::Name(name) => (Ident { name, span: x.span }, None),
            ExprKind::Binary { op: BinaryOp::Mul, x: lhs, y } => {
                let ExprKind::Name(name) = lhs.kind else { unreachable!("checked") };
                let star = self.src[lhs.span.end as usize..y.span.start as usize]
                    .find('*')
                    .map_or(lhs.span.end, |i| lhs.span.end + i as u32);
                let span = Span { start: star, end: y.span.end };
                let ty = self.new_expr(span, ExprKind::Unary { op: UnaryOp::Star, x: y });
                (Ident { name, span: lhs.span }, Some(ty))
            }
            ExprKind::Binary { op: BinaryOp::Or, x: lhs, y } => {
                let force = force || is_type_elem(&y);
                let (name, rest) = self.extract_name(*lhs, force);
                let rest = rest.expect("checked");
                let span = rest.span.to(y.span);
                let kind = ExprKind::Binary { op: BinaryOp::Or, x: Box::new(rest), y };
                let union = self.new_expr_at(span, x.pos, kind);
                (name, Some(union))
            }
            ExprKind::Call { fun, args, .. } => {
                let ExprKind::Name(name) = fun.kind else { unreachable!("checked") };
                let mut arg = args.into_iter().next().expect("checked");
                while let ExprKind::Paren(inner) = arg.kind {
                    arg = *inner;
                }
                (Ident { name, span: fun.span }, Some(arg))
            }
            _ => unreachable!("checked by can_extract_name"),
        }
    }

    /// `FunctionDecl = "func" [ Receiver ] FunctionName [ TypeParams ] Signature [ Body ]`,
    /// after the `func` at `start`.
    fn func_decl(&mut self, start: u32) -> FuncDecl {
        let mut recv = None;
        let has_recv = self.got(TokenKind::LParen);
        if has_recv {
            let rcvr = self.param_list(None, None, TokenKind::RParen, false, false);
            let n: usize = rcvr.iter().map(|f| f.names.len().max(1)).sum();
            match n {
                0 => self.error("method has no receiver"),
                1 => {}
                _ => self.error("method has multiple receivers"),
            }
            recv = rcvr.into_iter().next();
        }
        let (name, type_params, ty) = if self.tok() == TokenKind::Ident {
            let name = self.name();
            let sig_start = self.start();
            let (type_params, ty) = self.func_type(sig_start, "");
            (name, type_params, ty)
        } else {
            let at = Span::at(self.start() as usize);
            let name = Ident { name: "_".to_owned(), span: at };
            let ty = FuncType { params: Vec::new(), results: Vec::new(), span: at };
            self.syntax_error(if has_recv { "expected name" } else { "expected name or (" });
            self.advance(&[TokenKind::LBrace, SEMI]);
            (name, Vec::new(), ty)
        };
        let body = (self.tok() == TokenKind::LBrace).then(|| self.func_body());
        FuncDecl { recv, name, type_params, ty, body, span: self.span_from(start) }
    }

    pub(super) fn func_body(&mut self) -> Block {
        self.fnest += 1;
        let body = self.block_stmt("");
        self.fnest -= 1;
        body
    }
}

/// Whether `x` can be split into a type parameter name and a constraint (see
/// [`Parser::extract_name`]). A constraint that could also be a value (`P*E`, `P(E)`) only
/// splits when `force` is set, that is when a comma follows.
fn can_extract_name(x: &Expr, force: bool) -> bool {
    match &x.kind {
        ExprKind::Name(_) => true,
        ExprKind::Binary { op: BinaryOp::Mul, x: lhs, y } => {
            matches!(lhs.kind, ExprKind::Name(_)) && (force || is_type_elem(y))
        }
        ExprKind::Binary { op: BinaryOp::Or, x: lhs, y } => {
            let force = force || is_type_elem(y);
            can_extract_name(lhs, force) && !matches!(lhs.kind, ExprKind::Name(_))
        }
        ExprKind::Call { fun, args, dots } => {
            matches!(fun.kind, ExprKind::Name(_))
                && args.len() == 1
                && !dots
                && (force || is_type_elem(&args[0]))
        }
        _ => false,
    }
}

/// Whether `x` is certainly a type element, not possibly a value.
fn is_type_elem(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::ArrayType { .. }
        | ExprKind::StructType { .. }
        | ExprKind::FuncType(_)
        | ExprKind::InterfaceType { .. }
        | ExprKind::SliceType { .. }
        | ExprKind::MapType { .. }
        | ExprKind::ChanType { .. } => true,
        ExprKind::Unary { op, x } => *op == UnaryOp::Tilde || is_type_elem(x),
        ExprKind::Binary { x, y, .. } => is_type_elem(x) || is_type_elem(y),
        ExprKind::Paren(inner) => is_type_elem(inner),
        _ => false,
    }
}
