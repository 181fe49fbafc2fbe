//! Type expressions to types: `[]T`, `map[K]V`, `chan<- T`, `struct{…}`, `func(…) …`,
//! interfaces, and (qualified) type names.

use super::scope::ObjKind;
use super::types::{ChanDir, Field, Method, Type, TypeId, well_known as wk};
use super::{Checker, Mode};
use crate::syntax::ast::{self, ExprKind};

impl<'a> Checker<'a> {
    /// The type an expression denotes, reporting an error if it is not a type.
    pub(super) fn resolve_type(&mut self, e: &'a ast::Expr) -> TypeId {
        let ty = self.type_expr(e);
        self.record(e, Mode::Type, ty);
        ty
    }

    fn type_expr(&mut self, e: &'a ast::Expr) -> TypeId {
        match &e.kind {
            ExprKind::Bad => wk::INVALID,
            ExprKind::Paren(inner) => self.resolve_type(inner),
            ExprKind::Name(_) | ExprKind::Selector { .. } => {
                let info = self.expr_or_type(e);
                match info.mode {
                    Mode::Type => info.ty,
                    Mode::Invalid => wk::INVALID,
                    _ => {
                        let text = self.expr_text(e);
                        self.error(e.span, format!("{text} is not a type"));
                        wk::INVALID
                    }
                }
            }
            ExprKind::Unary { op: ast::UnaryOp::Star, x } => {
                let elem = self.resolve_type(x);
                self.types.pointer_to(elem)
            }
            ExprKind::SliceType { elem } => {
                let elem = self.resolve_type(elem);
                self.types.slice_of(elem)
            }
            ExprKind::ArrayType { len, elem } => {
                let elem_ty = self.resolve_type(elem);
                let n = match len {
                    None => {
                        self.error(
                            e.span,
                            "invalid use of [...] array (outside a composite literal)",
                        );
                        0
                    }
                    Some(len) => self.array_length(len),
                };
                self.types.intern(Type::Array(n, elem_ty))
            }
            ExprKind::MapType { key, value } => {
                let k = self.resolve_type(key);
                let v = self.resolve_type(value);
                if !self.comparable(k) && !self.types.is_invalid(k) {
                    let shown = self.types.display(k);
                    self.error(key.span, format!("invalid map key type {shown}"));
                }
                self.types.intern(Type::Map(k, v))
            }
            ExprKind::ChanType { dir, elem } => {
                let elem = self.resolve_type(elem);
                let dir = match dir {
                    ast::ChanDir::Both => ChanDir::Both,
                    ast::ChanDir::Send => ChanDir::Send,
                    ast::ChanDir::Recv => ChanDir::Recv,
                };
                self.types.intern(Type::Chan(dir, elem))
            }
            ExprKind::FuncType(ft) => self.signature(ft, None).0,
            ExprKind::StructType { fields } => self.struct_type(fields),
            ExprKind::InterfaceType { elems } => self.interface_type(elems),
            ExprKind::Index { x, indices } => match self.generic_type_index(e, x, indices) {
                Some(t) => t,
                None => {
                    let text = self.expr_text(x);
                    self.error(x.span, format!("{text} is not a generic type"));
                    wk::INVALID
                }
            },
            _ => {
                let text = self.expr_text(e);
                self.error(e.span, format!("{text} is not a type"));
                wk::INVALID
            }
        }
    }

    /// The length of an array type: a non-negative integer constant.
    fn array_length(&mut self, len: &'a ast::Expr) -> u64 {
        let info = self.expr(len);
        match &info.mode {
            Mode::Const(v) => match v.as_int().and_then(|n| u64::try_from(n).ok()) {
                Some(n) if n <= 1 << 32 => n,
                Some(_) => {
                    self.unsupported(len.span, "arrays longer than 2³² elements");
                    0
                }
                None => {
                    let text = self.expr_text(len);
                    self.error(len.span, format!("invalid array length {text}"));
                    0
                }
            },
            Mode::Invalid => 0,
            _ => {
                let text = self.expr_text(len);
                self.error(
                    len.span,
                    format!(
                        "array length {text} (variable of type {}) must be constant",
                        self.types.display(info.ty)
                    ),
                );
                0
            }
        }
    }

    fn struct_type(&mut self, fields: &'a [ast::Field]) -> TypeId {
        let mut out: Vec<Field> = Vec::new();
        for f in fields {
            let ty = self.resolve_type(&f.ty);
            if f.tag.is_some() {
                // Tags only matter to reflection, which the simulator does not have.
            }
            if f.names.is_empty() {
                let name = embedded_name(&f.ty);
                out.push(Field { name, ty, embedded: true });
            } else {
                for n in &f.names {
                    if n.name != "_" && out.iter().any(|o| o.name == n.name) {
                        self.error(n.span, format!("{} redeclared", n.name));
                    }
                    out.push(Field { name: n.name.clone(), ty, embedded: false });
                }
            }
        }
        self.types.intern(Type::Struct(out))
    }

    fn interface_type(&mut self, elems: &'a [ast::InterfaceElem]) -> TypeId {
        let mut methods: Vec<Method> = Vec::new();
        for el in elems {
            match el {
                ast::InterfaceElem::Method { name, ty } => {
                    let (sig, _) = self.signature(ty, None);
                    methods.push(Method { name: name.name.clone(), sig });
                }
                ast::InterfaceElem::Embedded(e) => {
                    // Type terms only matter to constraints (see `generic`).
                    if let ExprKind::Binary { .. }
                    | ExprKind::Unary { op: ast::UnaryOp::Tilde, .. } = e.kind
                    {
                        continue;
                    }
                    // An embedded interface adds its methods; a single type term (`int`,
                    // `*T`) is a constraint's too.
                    let ty = self.resolve_type(e);
                    if let Type::Interface(ms) = self.types.under(ty).clone() {
                        for m in ms {
                            if !methods.iter().any(|x| x.name == m.name) {
                                methods.push(m);
                            }
                        }
                    }
                }
            }
        }
        crate::sorting::sort_by(&mut methods, |a, b| a.name.cmp(&b.name));
        self.types.intern(Type::Interface(methods))
    }

    /// The type of a signature, and its named parameters and results (name, type, span) so a
    /// function body can declare them.
    pub(super) fn signature(
        &mut self,
        ft: &'a ast::FuncType,
        _recv: Option<TypeId>,
    ) -> (TypeId, Vec<ParamDecl>) {
        let mut params = Vec::new();
        let mut decls = Vec::new();
        let mut variadic = false;
        for (i, f) in ft.params.iter().enumerate() {
            let mut ty = self.resolve_type(&f.ty);
            if f.variadic {
                if i + 1 != ft.params.len() || f.names.len() > 1 {
                    self.error(f.span, "can only use ... with final parameter in list");
                } else {
                    variadic = true;
                }
                ty = self.types.slice_of(ty);
            }
            self.push_params(f, ty, &mut params, &mut decls, false);
        }
        let mut results = Vec::new();
        for f in &ft.results {
            let ty = self.resolve_type(&f.ty);
            self.push_params(f, ty, &mut results, &mut decls, true);
        }
        (self.types.func(params, results, variadic), decls)
    }

    fn push_params(
        &mut self,
        f: &'a ast::Field,
        ty: TypeId,
        tys: &mut Vec<TypeId>,
        decls: &mut Vec<ParamDecl>,
        result: bool,
    ) {
        if f.names.is_empty() {
            tys.push(ty);
        }
        for n in &f.names {
            tys.push(ty);
            decls.push(ParamDecl { name: n.name.clone(), span: n.span, ty, result });
        }
    }

    /// Whether values of the type can be compared with `==` (and be map keys).
    pub(super) fn comparable(&self, ty: TypeId) -> bool {
        self.comparable_depth(ty, 0)
    }

    fn comparable_depth(&self, ty: TypeId, depth: u32) -> bool {
        if depth > 32 {
            return true;
        }
        match self.types.under(ty) {
            Type::Slice(_) | Type::Map(..) | Type::Func(_) => false,
            Type::Array(_, e) => self.comparable_depth(*e, depth + 1),
            Type::Struct(fields) => fields.iter().all(|f| self.comparable_depth(f.ty, depth + 1)),
            _ => true,
        }
    }

    /// The text of an expression as Go prints it in messages.
    pub(super) fn expr_text(&self, e: &ast::Expr) -> String {
        crate::syntax::print::expr_string(e)
    }
}

/// A parameter or result with a name, declared in the function's scope.
#[derive(Clone, Debug)]
pub(super) struct ParamDecl {
    pub name: String,
    pub span: crate::syntax::span::Span,
    pub ty: TypeId,
    pub result: bool,
}

/// The field name of an embedded field: the type name without package or pointer.
fn embedded_name(e: &ast::Expr) -> String {
    match &e.unparen().kind {
        ExprKind::Name(n) => n.clone(),
        ExprKind::Selector { sel, .. } => sel.name.clone(),
        ExprKind::Unary { op: ast::UnaryOp::Star, x } | ExprKind::Index { x, .. } => {
            embedded_name(x)
        }
        _ => "?".to_string(),
    }
}

impl ObjKind {
    pub fn is_type(&self) -> bool {
        matches!(self, ObjKind::TypeName)
    }
}
