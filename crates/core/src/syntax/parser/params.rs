//! Parameter lists: function parameters and results, receivers and type parameters.
//!
//! Go's grammar cannot tell `(a, b int)` (two named parameters) from `(a, b)` (two unnamed
//! ones of types `a` and `b`) until the list ends, so entries are collected first and types
//! distributed afterwards, right to left, exactly as Go's parser does.

use super::Parser;
use super::types::ArrayOrTArgs;
use crate::syntax::ast::Expr;
use crate::syntax::ast::{ExprKind, Field, Ident};
use crate::syntax::span::Span;
use crate::syntax::token::TokenKind;

/// One entry of a parameter list before types are distributed.
struct Param {
    name: Option<Ident>,
    ty: Option<Expr>,
    /// The span of `...` in `...T`.
    dots: Option<Span>,
    /// Whether the type came from a later entry, as `int` does for `a` in `a, b int`.
    shared: bool,
}

impl Parser<'_> {
    /// `ParameterList [ "," ] close`, after the opening token. `name` and `typ` may be an
    /// already parsed first entry. In a type parameter list (`require_names`) every entry
    /// needs a name; `dddok` permits `...T` on the last entry.
    pub(super) fn param_list(
        &mut self,
        name: Option<Ident>,
        typ: Option<Expr>,
        close: TokenKind,
        require_names: bool,
        dddok: bool,
    ) -> Vec<Field> {
        if let (Some(_), Some(_), true) = (&name, &typ, self.at(close)) {
            self.next();
            let (Some(name), Some(ty)) = (name, typ) else { return Vec::new() };
            let span = name.span.to(ty.span);
            return vec![Field { names: vec![name], ty, variadic: false, tag: None, span }];
        }
        let mut first = (name, typ);
        let mut list: Vec<Param> = Vec::new();
        let (mut named, mut typed) = (0, 0);
        let end = self.list("parameter list", TokenKind::Comma, close, |p| {
            let par = match first.1.take() {
                Some(ty) => {
                    Some(Param { name: first.0.take(), ty: Some(ty), dots: None, shared: false })
                }
                None => p.param_decl_or_nil(first.0.take(), close),
            };
            if let Some(par) = par {
                named += usize::from(par.name.is_some() && par.ty.is_some());
                typed += usize::from(par.ty.is_some());
                list.push(par);
            }
            false
        });
        if list.is_empty() {
            return Vec::new();
        }
        if named == 0 && !require_names {
            // All entries are types: names found are type names.
            for par in &mut list {
                if let Some(name) = par.name.take() {
                    par.ty = Some(self.name_expr(name));
                }
            }
        } else if named != list.len() {
            self.distribute_types(&mut list, end, named, typed, require_names);
        }
        self.check_dots(&mut list, dddok);
        group(list)
    }

    /// Fills in missing types right to left and reports entries left without a name or a
    /// type (`missing parameter name`, `missing type constraint`, …).
    fn distribute_types(
        &mut self,
        list: &mut [Param],
        end: Span,
        named: usize,
        typed: usize,
        require_names: bool,
    ) {
        let mut err_at: Option<Span> = None;
        let mut have_type = false;
        for par in list.iter_mut().rev() {
            if let Some(ty) = &par.ty {
                have_type = true;
                if par.name.is_none() {
                    let at = Span::at(ty.span.start as usize);
                    err_at = Some(at);
                    par.name = Some(Ident { name: "_".to_owned(), span: at });
                }
            } else if have_type {
                par.shared = true;
            } else {
                let at = par.name.as_ref().map_or(end, |n| n.span);
                err_at = Some(at);
                par.ty = Some(self.new_expr(Span::at(at.start as usize), ExprKind::Bad));
            }
        }
        let Some(mut at) = err_at else { return };
        let message = if named == typed {
            // Some entries have no type: they must be at the end of the list.
            at = end;
            if require_names { "missing type constraint" } else { "missing parameter type" }
        } else if require_names {
            if list.len() == 1 {
                "missing type parameter name or invalid array length"
            } else {
                "missing type parameter name"
            }
        } else {
            "missing parameter name"
        };
        self.syntax_error_at(at, message);
    }

    /// Reports `...T` anywhere but on the final parameter of a function (an entry sharing a
    /// later `...T`, as `a` in `a, b ...T`, counts), then treats the invalid ones as `T`.
    fn check_dots(&mut self, list: &mut [Param], dddok: bool) {
        let n = list.len();
        let mut effective = vec![None; n];
        let mut current = None;
        for (i, par) in list.iter().enumerate().rev() {
            if !par.shared {
                current = par.dots;
            }
            effective[i] = current;
        }
        let mut reported = false;
        for (i, dots) in effective.into_iter().enumerate() {
            let Some(dots) = dots else { continue };
            if dddok && i + 1 == n {
                continue;
            }
            if !reported {
                reported = true;
                let message = if dddok {
                    "can only use ... with final parameter"
                } else {
                    "invalid use of ..."
                };
                self.error_at(dots, message.to_owned());
            }
            list[i].dots = None;
        }
    }

    /// `ParameterDecl = [ IdentifierList ] [ "..." ] Type`, one entry; `name` may be an
    /// already parsed name. In a type parameter list (`follow` is `]`) type sets are allowed.
    fn param_decl_or_nil(&mut self, name: Option<Ident>, follow: TokenKind) -> Option<Param> {
        let type_sets_ok = follow == TokenKind::RBrack;
        let mut par = Param { name: None, ty: None, dots: None, shared: false };
        if name.is_none() && type_sets_ok && self.tok() == TokenKind::Tilde {
            par.ty = Some(self.embedded_elem(None));
            return Some(par);
        }
        if self.tok() == TokenKind::Ident || name.is_some() {
            let name = match name {
                Some(name) => name,
                None => self.name(),
            };
            if self.tok() == TokenKind::LBrack {
                let ty = match self.array_or_targs() {
                    ArrayOrTArgs::TArgs(indices, pos) => {
                        let start = name.span.start;
                        let x = self.name_expr(name);
                        let kind = ExprKind::Index { x: Box::new(x), indices };
                        self.new_expr_at(self.span_from(start), pos, kind)
                    }
                    ArrayOrTArgs::Type(ty) => {
                        par.name = Some(name);
                        ty
                    }
                };
                par.ty = Some(self.union_if(type_sets_ok, ty));
                return Some(par);
            }
            if self.tok() == TokenKind::Period {
                let ty = self.qualified_name(Some(name));
                par.ty = Some(self.union_if(type_sets_ok, ty));
                return Some(par);
            }
            if type_sets_ok && self.tok() == TokenKind::Or {
                let ty = self.name_expr(name);
                par.ty = Some(self.embedded_elem(Some(ty)));
                return Some(par);
            }
            par.name = Some(name);
        }
        if self.tok() == TokenKind::Ellipsis {
            let dots = self.span();
            self.next();
            match self.type_or_nil() {
                Some(elem) => {
                    par.ty = Some(elem);
                    par.dots = Some(dots);
                }
                None => {
                    par.ty = Some(self.bad_expr());
                    self.syntax_error("... is missing type");
                }
            }
            return Some(par);
        }
        if type_sets_ok && self.tok() == TokenKind::Tilde {
            par.ty = Some(self.embedded_elem(None));
            return Some(par);
        }
        par.ty = self.type_or_nil();
        if let Some(ty) = par.ty.take() {
            par.ty = Some(self.union_if(type_sets_ok, ty));
        }
        if par.name.is_some() || par.ty.is_some() {
            return Some(par);
        }
        self.syntax_error(&format!("expected {}", super::expected_str(follow)));
        self.advance(&[TokenKind::Comma, follow]);
        None
    }

    /// Continues `ty` into a union `ty | …` if one follows and type sets are allowed.
    fn union_if(&mut self, type_sets_ok: bool, ty: Expr) -> Expr {
        if type_sets_ok && self.tok() == TokenKind::Or { self.embedded_elem(Some(ty)) } else { ty }
    }
}

/// Groups entries into fields: names that share a later entry's type join its field.
fn group(list: Vec<Param>) -> Vec<Field> {
    let mut fields = Vec::new();
    let mut pending: Vec<Ident> = Vec::new();
    for par in list {
        if par.shared {
            pending.extend(par.name);
            continue;
        }
        let mut names = std::mem::take(&mut pending);
        names.extend(par.name);
        let Some(ty) = par.ty else { continue };
        let start = names.first().map_or(ty.span.start, |n| n.span.start);
        let span = Span { start, end: ty.span.end.max(start) };
        fields.push(Field { names, ty, variadic: par.dots.is_some(), tag: None, span });
    }
    fields
}
