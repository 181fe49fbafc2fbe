//! A hand-written recursive-descent parser for Go that never fails.
//!
//! It mirrors `cmd/compile/internal/syntax/parser.go`: the same grammar decisions, the same
//! recovery (skipping to a follow set) and the same error wording and positions, so that
//! diagnostics read exactly like `go build`'s. Like the Go compiler, it keeps at most one
//! `syntax error` per line. Two guards keep it total on any input: every loop makes
//! progress, and nesting deeper than [`MAX_DEPTH`] stops the parse with a `Limit` diagnostic
//! instead of overflowing the stack.
//!
//! Grammar areas live in submodules: declarations, types, expressions and statements.

mod decl;
mod expr;
mod params;
mod simple;
mod stmt;
mod types;

use super::ast::{Expr, ExprId, ExprKind, File, Ident};
use super::lexer::lex;
use super::span::{LineIndex, Span};
use super::token::{SemiKind, Token, TokenKind};
use crate::diag::{Diagnostic, DiagnosticKind};

/// The result of parsing: a tree (possibly partial) and every problem found.
#[derive(Clone, Debug)]
pub struct Parsed {
    pub file: File,
    pub diagnostics: Vec<Diagnostic>,
}

/// Sources larger than this are rejected with one `Limit` diagnostic.
pub const MAX_SOURCE_LEN: usize = 4 << 20;

/// How deeply expressions, types and statements may nest.
pub const MAX_DEPTH: u32 = 300;

/// Parses one Go source file.
pub fn parse(src: &str) -> Parsed {
    if src.len() > MAX_SOURCE_LEN {
        let diag = Diagnostic::new(
            DiagnosticKind::Limit,
            Span::at(0),
            "limit: source is larger than 4 MiB",
        );
        return Parsed { file: empty_file(Span::at(0)), diagnostics: vec![diag] };
    }
    let mut p = Parser::new(src);
    let file = p.file();
    p.finish(file)
}

fn empty_file(span: Span) -> File {
    File { package: Ident { name: "_".to_owned(), span }, decls: Vec::new(), span, n_exprs: 0 }
}

/// Statement keywords: good places to stop skipping after an error inside a function.
const STOPSET: [TokenKind; 14] = [
    TokenKind::Break,
    TokenKind::Const,
    TokenKind::Continue,
    TokenKind::Defer,
    TokenKind::Fallthrough,
    TokenKind::For,
    TokenKind::Go,
    TokenKind::Goto,
    TokenKind::If,
    TokenKind::Return,
    TokenKind::Select,
    TokenKind::Switch,
    TokenKind::Type,
    TokenKind::Var,
];

/// The semicolon class, whatever its origin, for follow sets and `want`.
const SEMI: TokenKind = TokenKind::Semicolon(SemiKind::Explicit);

pub(crate) struct Parser<'a> {
    src: &'a str,
    /// The tokens without [`TokenKind::Illegal`] ones; the last is always `Eof`.
    tokens: Vec<Token>,
    /// The index of the current token.
    pos: usize,
    /// The end of the last consumed token, for node spans.
    prev_end: u32,
    lines: LineIndex,
    lex_diags: Vec<Diagnostic>,
    diags: Vec<Diagnostic>,
    /// Errors Go's type checker (not its parser) reports, kept only if no syntax error is.
    deferred: Vec<Diagnostic>,
    /// The line of the last `syntax error`, to keep one per line as Go does.
    last_syntax_line: Option<u32>,
    /// The line and text of the last other error, to drop exact repeats on a line.
    last_other: Option<(u32, String)>,
    /// Whether the parser itself has reported an error (Go's `p.first != nil`).
    has_error: bool,
    /// Function nesting, for recovery (the statement stopset applies inside functions).
    fnest: u32,
    /// Expression nesting for the composite literal ambiguity: negative in a statement
    /// header, where `T{` cannot start a composite literal.
    xnest: i32,
    depth: u32,
    /// Set once the nesting limit is hit: the rest of the input is skipped, silently.
    gave_up: bool,
    next_id: u32,
    /// `x.(type)` guards not (yet) used by a type switch.
    guards: Vec<(ExprId, Span)>,
    /// An error in the package clause or imports: `go build` reports only that.
    header_failed: bool,
}

impl<'a> Parser<'a> {
    fn new(src: &'a str) -> Parser<'a> {
        let (tokens, lex_diags) = lex(src);
        let tokens: Vec<Token> =
            tokens.into_iter().filter(|t| t.kind != TokenKind::Illegal).collect();
        let lines = LineIndex::new(src);
        let mut lex_diags = dedup_lexer_errors(lex_diags, &lines);
        // Sorted, so the errors inside a token can be found by binary search.
        crate::diag::sort_by_position(&mut lex_diags);
        Parser {
            src,
            tokens,
            pos: 0,
            prev_end: 0,
            lines,
            lex_diags,
            diags: Vec::new(),
            deferred: Vec::new(),
            last_syntax_line: None,
            last_other: None,
            has_error: false,
            fnest: 0,
            xnest: 0,
            depth: 0,
            gave_up: false,
            next_id: 0,
            guards: Vec::new(),
            header_failed: false,
        }
    }

    fn finish(mut self, mut file: File) -> Parsed {
        file.n_exprs = self.next_id;
        let any_syntax_error = self.gave_up
            || self
                .diags
                .iter()
                .chain(&self.lex_diags)
                .any(|d| d.message.starts_with("syntax error"));
        if !any_syntax_error {
            for (_, span) in std::mem::take(&mut self.guards) {
                let message = "invalid syntax tree: use of .(type) outside type switch";
                self.deferred.push(Diagnostic::new(DiagnosticKind::Type, span, message));
            }
            self.diags.append(&mut self.deferred);
        }
        let mut diagnostics = self.lex_diags;
        if self.header_failed {
            // Only the header error, and lexical errors before it, reach the user.
            let at = self.diags.first().map_or(0, |d| d.span.start);
            diagnostics.retain(|d| d.span.start < at);
            self.diags.truncate(1);
        }
        diagnostics.append(&mut self.diags);
        crate::diag::sort_by_position(&mut diagnostics);
        Parsed { file, diagnostics }
    }

    // Token access.

    fn token(&self) -> Token {
        let last = self.tokens.len() - 1;
        self.tokens[self.pos.min(last)]
    }

    fn tok(&self) -> TokenKind {
        self.token().kind
    }

    fn span(&self) -> Span {
        self.token().span
    }

    fn start(&self) -> u32 {
        self.span().start
    }

    fn text(&self) -> &'a str {
        self.src.get(self.span().range()).unwrap_or("")
    }

    /// Whether the current token is `kind`; semicolons match whatever their origin.
    fn at(&self, kind: TokenKind) -> bool {
        same_class(self.tok(), kind)
    }

    fn at_eof(&self) -> bool {
        self.tok() == TokenKind::Eof
    }

    fn next(&mut self) {
        if !self.at_eof() {
            self.prev_end = self.span().end;
            self.pos += 1;
        }
    }

    fn got(&mut self, kind: TokenKind) -> bool {
        let yes = self.at(kind);
        if yes {
            self.next();
        }
        yes
    }

    fn want(&mut self, kind: TokenKind) {
        if !self.got(kind) {
            self.syntax_error(&format!("expected {}", expected_str(kind)));
            self.advance(&[]);
        }
    }

    /// The span from `start` to the end of the last consumed token.
    fn span_from(&self, start: u32) -> Span {
        Span { start, end: self.prev_end.max(start) }
    }

    // Nodes.

    fn new_expr(&mut self, span: Span, kind: ExprKind) -> Expr {
        self.new_expr_at(span, span.start, kind)
    }

    /// A new expression whose Go position (see [`Expr::pos`]) is `pos`.
    fn new_expr_at(&mut self, span: Span, pos: u32, kind: ExprKind) -> Expr {
        let id = ExprId(self.next_id);
        self.next_id += 1;
        Expr { id, span, pos, kind }
    }

    fn bad_expr(&mut self) -> Expr {
        let span = Span::at(self.start() as usize);
        self.new_expr(span, ExprKind::Bad)
    }

    fn name_expr(&mut self, ident: Ident) -> Expr {
        self.new_expr(ident.span, ExprKind::Name(ident.name))
    }

    /// `name`, or `_` after reporting `expected name`.
    fn name(&mut self) -> Ident {
        if self.tok() == TokenKind::Ident {
            let ident = Ident { name: self.text().to_owned(), span: self.span() };
            self.next();
            return ident;
        }
        let ident = Ident { name: "_".to_owned(), span: Span::at(self.start() as usize) };
        self.syntax_error("expected name");
        self.advance(&[]);
        ident
    }

    /// `name { "," name }`, the first name given.
    fn name_list(&mut self, first: Ident) -> Vec<Ident> {
        let mut names = vec![first];
        while self.got(TokenKind::Comma) {
            names.push(self.name());
        }
        names
    }

    // Nesting and progress guards.

    /// Enters one level of nesting. Returns false (and gives up on the rest of the input)
    /// past [`MAX_DEPTH`]. Every call must be paired with [`Parser::leave`].
    fn enter(&mut self, what: &str) -> bool {
        self.depth += 1;
        if self.depth <= MAX_DEPTH {
            return !self.gave_up;
        }
        if !self.gave_up {
            self.give_up(what);
        }
        false
    }

    #[cold]
    fn give_up(&mut self, what: &str) {
        let message = format!("limit: {what} nested too deeply (more than {MAX_DEPTH} levels)");
        self.diags.push(Diagnostic::new(DiagnosticKind::Limit, self.span(), message));
        self.gave_up = true;
        self.has_error = true;
        self.pos = self.tokens.len() - 1;
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    /// Forces progress in a loop: if the loop is back at the token where its previous
    /// iteration started, one token is skipped.
    fn progress(&mut self, last: &mut Option<usize>) {
        if *last == Some(self.pos) {
            self.next();
        }
        *last = Some(self.pos);
    }

    // Errors.

    /// Whether any error has been reported so far, by the parser or by the lexer for the
    /// tokens read so far.
    fn any_error_so_far(&self) -> bool {
        let end = self.span().end;
        self.has_error || self.lex_diags.first().is_some_and(|d| d.span.start <= end)
    }

    /// Reports `message` at `span` as Go's error handler would: at most one `syntax error`
    /// per line, and no exact repeat of another error on its line.
    fn error_at(&mut self, span: Span, message: String) {
        self.has_error = true;
        if self.gave_up {
            return;
        }
        let line = self.lines.line(span.start);
        if message.starts_with("syntax error") {
            if self.last_syntax_line == Some(line) {
                return;
            }
            self.last_syntax_line = Some(line);
        } else {
            let key = (line, message.clone());
            if self.last_other.as_ref() == Some(&key) {
                return;
            }
            self.last_other = Some(key);
        }
        self.diags.push(Diagnostic::syntax(span, message));
    }

    /// A plain (not `syntax error`) error at the current token.
    fn error(&mut self, message: &str) {
        self.error_at(self.span(), message.to_owned());
    }

    fn syntax_error(&mut self, message: &str) {
        self.syntax_error_at(self.span(), message);
    }

    /// Go's `syntaxErrorAt`: messages starting with `in`, `at`, `after` or `expected` are
    /// prefixed with `unexpected <current token>`; others are reported as they are.
    fn syntax_error_at(&mut self, span: Span, message: &str) {
        if self.at_eof() && self.any_error_so_far() {
            return; // Avoid meaningless follow-up errors.
        }
        let suffix = if message.is_empty() {
            String::new()
        } else if ["in ", "at ", "after "].iter().any(|p| message.starts_with(p)) {
            format!(" {message}")
        } else if message.starts_with("expected ") {
            format!(", {message}")
        } else {
            return self.error_at(span, format!("syntax error: {message}"));
        };
        let tok = self.token_desc();
        self.error_at(span, format!("syntax error: unexpected {tok}{suffix}"));
    }

    /// Whether the lexer reported an error inside `span`.
    fn lex_error_in(&self, span: Span) -> bool {
        let i = self.lex_diags.partition_point(|d| d.span.start < span.start);
        self.lex_diags.get(i).is_some_and(|d| d.span.start < span.end)
    }

    /// Records an error that Go's type checker would report.
    fn defer_error(&mut self, span: Span, message: &str) {
        self.deferred.push(Diagnostic::new(DiagnosticKind::Type, span, message));
    }

    /// The current token as Go's messages name it: `name x`, `literal 42`, `newline`, ….
    fn token_desc(&self) -> String {
        match self.tok() {
            TokenKind::Ident => format!("name {}", self.text()),
            kind if kind.is_literal() => format!("literal {}", self.text()),
            TokenKind::Semicolon(kind) => semi_lit(kind).to_owned(),
            kind => expected_str(kind),
        }
    }

    /// Skips tokens until one in `follow` (or, inside a function, a statement keyword). With
    /// an empty follow list exactly one token is skipped. `Eof` is never skipped.
    fn advance(&mut self, follow: &[TokenKind]) {
        if follow.is_empty() {
            self.next();
            return;
        }
        while !self.at_eof() {
            let tok = self.tok();
            if follow.iter().any(|&f| same_class(tok, f)) {
                return;
            }
            if self.fnest > 0 && STOPSET.contains(&tok) {
                return;
            }
            self.next();
        }
    }

    // Generic lists.

    /// Go's `list`: `[ f { sep f } [sep] ] close`. `f` returns true to end the list early.
    /// Returns the span of the closing token.
    fn list(
        &mut self,
        context: &str,
        sep: TokenKind,
        close: TokenKind,
        mut f: impl FnMut(&mut Self) -> bool,
    ) -> Span {
        let mut done = false;
        let mut last = None;
        while !self.at_eof() && !self.at(close) && !done {
            self.progress(&mut last);
            if self.at_eof() || self.at(close) {
                break;
            }
            done = f(self);
            if !self.got(sep) && !self.at(close) && !self.list_recover(context, sep, close) {
                return self.span();
            }
        }
        let end = self.span();
        self.want(close);
        end
    }
}

impl Parser<'_> {
    /// After a list element not followed by `sep` or `close`: reports it and skips to a
    /// closing token. Returns whether the list can go on (it reached `close`).
    fn list_recover(&mut self, context: &str, sep: TokenKind, close: TokenKind) -> bool {
        let message = format!(
            "in {context}; possibly missing {} or {}",
            expected_str(sep),
            expected_str(close)
        );
        self.syntax_error(&message);
        self.advance(&[TokenKind::RParen, TokenKind::RBrack, TokenKind::RBrace]);
        self.at(close)
    }
}

fn same_class(a: TokenKind, b: TokenKind) -> bool {
    a == b || (a.is_semicolon() && b.is_semicolon())
}

fn semi_lit(kind: SemiKind) -> &'static str {
    match kind {
        SemiKind::Explicit => "semicolon",
        SemiKind::Newline => "newline",
        SemiKind::Eof => "EOF",
    }
}

/// Go's `tokstring`: how a token kind is named after `expected`.
fn expected_str(kind: TokenKind) -> String {
    match kind {
        TokenKind::Comma => "comma".to_owned(),
        TokenKind::Semicolon(_) => "semicolon or newline".to_owned(),
        TokenKind::Ident => "name".to_owned(),
        TokenKind::Eof => "EOF".to_owned(),
        k if k.is_literal() => "literal".to_owned(),
        k if k.is_keyword() => format!("keyword {}", k.as_str().unwrap_or("")),
        k => k.as_str().unwrap_or("?").to_owned(),
    }
}

/// Keeps Go's rule for non-syntax errors: an error identical to the previous one on the
/// same line is dropped.
fn dedup_lexer_errors(diags: Vec<Diagnostic>, lines: &LineIndex) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = Vec::with_capacity(diags.len());
    for d in diags {
        let repeat = out.last().is_some_and(|last| {
            last.message == d.message && lines.line(last.span.start) == lines.line(d.span.start)
        });
        if !repeat {
            out.push(d);
        }
    }
    out
}
