//! The syntax tree: plain `Box`/`Vec` nodes, each with the byte span it covers.
//!
//! Expressions (which include types, since Go's grammar cannot always tell them apart)
//! carry an [`ExprId`], numbered from zero in the order the parser creates them, so later
//! stages can keep side tables in a `Vec` indexed by it. Declared names (of variables,
//! functions, fields, labels, selectors) are [`Ident`]s without an id.
//!
//! The tree records what was written and no more: parentheses are kept, a `const` spec that
//! repeats the previous one has an empty value list, and `*T` is the same node whether it is
//! a pointer type or an indirection.

use super::span::Span;

/// The index of an expression in its file, dense from zero.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ExprId(pub u32);

/// A declared name, or a name that is not an expression (a selector, a label).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

/// A source file.
#[derive(Clone, Debug, PartialEq)]
pub struct File {
    /// The name in the package clause (`_` if it is missing).
    pub package: Ident,
    /// Imports and top-level declarations in source order.
    pub decls: Vec<Decl>,
    pub span: Span,
    /// How many expression ids were handed out: every [`ExprId`] in the file is below this.
    pub n_exprs: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Decl {
    Import(DeclGroup<ImportSpec>),
    Const(DeclGroup<ConstSpec>),
    Var(DeclGroup<VarSpec>),
    Type(DeclGroup<TypeSpec>),
    Func(Box<FuncDecl>),
}

/// The specs of one `import`, `const`, `var` or `type` keyword.
#[derive(Clone, Debug, PartialEq)]
pub struct DeclGroup<S> {
    pub specs: Vec<S>,
    /// Whether the specs are in parentheses, as in `var ( … )`.
    pub grouped: bool,
    /// From the keyword to the end of the last spec or the closing parenthesis.
    pub span: Span,
}

/// `import name "path"`; the name is `.` for a dot import and `_` for a blank one.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportSpec {
    pub name: Option<Ident>,
    /// `None` if the path is missing (a syntax error has been reported).
    pub path: Option<Lit>,
    pub span: Span,
}

/// `a, b T = x, y`. An empty `values` list inside a group repeats the previous spec's type
/// and values (the `iota` idiom).
#[derive(Clone, Debug, PartialEq)]
pub struct ConstSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
    /// The value of `iota` in this spec: its index in the group.
    pub iota: u32,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct VarSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
    pub span: Span,
}

/// `Name[P C] T`, or the alias `Name = T`.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeSpec {
    pub name: Ident,
    pub type_params: Vec<Field>,
    pub alias: bool,
    pub ty: Expr,
    pub span: Span,
}

/// `func (recv) Name[T C](params) results { body }`; the body is `None` for a declaration
/// without one.
#[derive(Clone, Debug, PartialEq)]
pub struct FuncDecl {
    pub recv: Option<Field>,
    pub name: Ident,
    pub type_params: Vec<Field>,
    pub ty: FuncType,
    pub body: Option<Block>,
    pub span: Span,
}

/// A parameter, result, receiver, type parameter or struct field: `a, b T`, or just `T`
/// when unnamed or embedded.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub names: Vec<Ident>,
    pub ty: Expr,
    /// The final parameter is written `...T`; `ty` is then `T`.
    pub variadic: bool,
    /// A struct field's tag.
    pub tag: Option<Lit>,
    pub span: Span,
}

/// A function signature; the span starts at `func` when the keyword was written.
#[derive(Clone, Debug, PartialEq)]
pub struct FuncType {
    pub params: Vec<Field>,
    pub results: Vec<Field>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum InterfaceElem {
    /// `Name(params) results`.
    Method { name: Ident, ty: FuncType },
    /// An embedded interface or a type-set term: `fmt.Stringer`, `~int | ~string`.
    Embedded(Expr),
}

/// A basic literal as written; decode strings and runes with [`super::literal`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lit {
    pub kind: LitKind,
    pub text: String,
    /// The lexer reported an error inside this literal.
    pub bad: bool,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Rune,
    String,
    RawString,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub id: ExprId,
    pub span: Span,
    /// The offset Go's compiler uses as this node's position in messages (`n.Pos()`): the
    /// operator of a binary expression, the `(` of a call, the `.` of a selector or type
    /// assertion, the `[` of an index or slice, the `{` of a composite literal; otherwise
    /// `span.start`.
    pub pos: u32,
    pub kind: ExprKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// Stands in for an expression that failed to parse.
    Bad,
    Name(String),
    Lit(Lit),
    /// `T{k: v, w}`; `ty` is `None` for an elided type inside another literal.
    CompositeLit {
        ty: Option<Box<Expr>>,
        elems: Vec<Element>,
    },
    FuncLit {
        ty: Box<FuncType>,
        body: Block,
    },
    Paren(Box<Expr>),
    /// `x.sel`, including qualified names `pkg.Name`.
    Selector {
        x: Box<Expr>,
        sel: Ident,
    },
    /// `x[i]`, or a generic instantiation `x[A, B]`.
    Index {
        x: Box<Expr>,
        indices: Vec<Expr>,
    },
    /// `x[lo:hi]` or `x[lo:hi:max]` (`full`).
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
        full: bool,
    },
    /// `x.(T)`, or `x.(type)` when `ty` is `None` (valid only as a type switch guard).
    TypeAssert {
        x: Box<Expr>,
        ty: Option<Box<Expr>>,
    },
    /// A call or a conversion; `dots` marks `f(xs...)`.
    Call {
        fun: Box<Expr>,
        args: Vec<Expr>,
        dots: bool,
    },
    Unary {
        op: UnaryOp,
        x: Box<Expr>,
    },
    Binary {
        op: BinaryOp,
        x: Box<Expr>,
        y: Box<Expr>,
    },
    /// `[N]T`, or `[...]T` when `len` is `None`.
    ArrayType {
        len: Option<Box<Expr>>,
        elem: Box<Expr>,
    },
    SliceType {
        elem: Box<Expr>,
    },
    MapType {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    ChanType {
        dir: ChanDir,
        elem: Box<Expr>,
    },
    FuncType(Box<FuncType>),
    StructType {
        fields: Vec<Field>,
    },
    InterfaceType {
        elems: Vec<InterfaceElem>,
    },
}

/// An element of a composite literal: `value` or `key: value`.
#[derive(Clone, Debug, PartialEq)]
pub struct Element {
    pub key: Option<Expr>,
    pub value: Expr,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// `+x`
    Pos,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    Xor,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
    /// `*x`: an indirection, or a pointer type; the parser cannot tell which.
    Star,
    /// `~T`, in a constraint's type set.
    Tilde,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    LOr,
    LAnd,
    Eql,
    Neq,
    Lss,
    Leq,
    Gtr,
    Geq,
    Add,
    Sub,
    Or,
    Xor,
    Mul,
    Quo,
    Rem,
    Shl,
    Shr,
    And,
    AndNot,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChanDir {
    /// `chan T`
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

/// Statements and expressions are kept small (large payloads are boxed): the parser's
/// recursion depth, and so its stack use, is proportional to their size in debug builds.
#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// Stands in for a statement that failed to parse.
    Bad,
    /// A lone `;`, or nothing before a `}` after a label.
    Empty,
    Expr(Expr),
    /// `ch <- value`; `arrow` is the span of `<-`.
    Send {
        ch: Expr,
        value: Expr,
        arrow: Span,
    },
    /// `x++` or `x--`.
    IncDec {
        x: Expr,
        inc: bool,
        op_span: Span,
    },
    /// `lhs = rhs`, `lhs := rhs` or `lhs op= rhs`.
    Assign {
        lhs: Vec<Expr>,
        op: AssignOp,
        rhs: Vec<Expr>,
        op_span: Span,
    },
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Break(Option<Ident>),
    Continue(Option<Ident>),
    Goto(Ident),
    Fallthrough,
    Block(Block),
    If(Box<IfStmt>),
    Switch(Box<SwitchStmt>),
    TypeSwitch(Box<TypeSwitchStmt>),
    Select(Box<SelectStmt>),
    For(Box<ForStmt>),
    Range(Box<RangeStmt>),
    Labeled {
        label: Ident,
        stmt: Box<Stmt>,
    },
    /// A `const`, `var` or `type` declaration inside a function.
    Decl(Decl),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `op=`, as in `+=`.
    Op(BinaryOp),
}

/// `{ stmts }`; the span covers both braces.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct IfStmt {
    pub init: Option<Box<Stmt>>,
    pub cond: Expr,
    pub then: Block,
    /// Another `if` statement or a block.
    pub els: Option<Box<Stmt>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SwitchStmt {
    pub init: Option<Box<Stmt>>,
    pub tag: Option<Expr>,
    pub clauses: Vec<CaseClause>,
}

/// `switch init; v := x.(type) { … }`.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeSwitchStmt {
    pub init: Option<Box<Stmt>>,
    pub binding: Option<Ident>,
    /// The guard `x.(type)`: an [`ExprKind::TypeAssert`] without a type.
    pub guard: Expr,
    pub clauses: Vec<CaseClause>,
}

/// `case a, b: body`, or `default: body` when `cases` is `None`. In a type switch the
/// cases are types.
#[derive(Clone, Debug, PartialEq)]
pub struct CaseClause {
    pub cases: Option<Vec<Expr>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SelectStmt {
    pub clauses: Vec<CommClause>,
}

/// `case comm: body`, or `default: body` when `comm` is `None`. The parser accepts any
/// simple statement here and reports those that are not sends or receives.
#[derive(Clone, Debug, PartialEq)]
pub struct CommClause {
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// `for init; cond; post { body }`; all three parts are optional.
#[derive(Clone, Debug, PartialEq)]
pub struct ForStmt {
    pub init: Option<Box<Stmt>>,
    pub cond: Option<Expr>,
    pub post: Option<Box<Stmt>>,
    pub body: Block,
}

/// `for key, value := range x { body }` (`define`), with `=`, or `for range x`.
#[derive(Clone, Debug, PartialEq)]
pub struct RangeStmt {
    pub key: Option<Expr>,
    pub value: Option<Expr>,
    pub define: bool,
    pub x: Expr,
    pub body: Block,
}

impl BinaryOp {
    pub fn as_str(self) -> &'static str {
        use BinaryOp::*;
        match self {
            LOr => "||",
            LAnd => "&&",
            Eql => "==",
            Neq => "!=",
            Lss => "<",
            Leq => "<=",
            Gtr => ">",
            Geq => ">=",
            Add => "+",
            Sub => "-",
            Or => "|",
            Xor => "^",
            Mul => "*",
            Quo => "/",
            Rem => "%",
            Shl => "<<",
            Shr => ">>",
            And => "&",
            AndNot => "&^",
        }
    }
}

impl UnaryOp {
    pub fn as_str(self) -> &'static str {
        use UnaryOp::*;
        match self {
            Pos => "+",
            Neg => "-",
            Not => "!",
            Xor => "^",
            Addr => "&",
            Recv => "<-",
            Star => "*",
            Tilde => "~",
        }
    }
}

impl FuncDecl {
    /// A method's receiver type without its `*`, and whether it had one; None for a
    /// function.
    pub fn recv_base(&self) -> Option<(&Expr, bool)> {
        let r = self.recv.as_ref()?;
        Some(match &r.ty.unparen().kind {
            ExprKind::Unary { op: UnaryOp::Star, x } => (x, true),
            _ => (&r.ty, false),
        })
    }
}

impl Expr {
    /// The expression without any enclosing parentheses.
    pub fn unparen(&self) -> &Expr {
        let mut x = self;
        while let ExprKind::Paren(inner) = &x.kind {
            x = inner;
        }
        x
    }
}

impl Stmt {
    pub fn new(span: Span, kind: StmtKind) -> Stmt {
        Stmt { span, kind }
    }
}
