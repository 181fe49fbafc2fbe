//! A compact, stable text dump of the syntax tree, for tests and debugging: declarations and
//! statements one per line (blocks indented), expressions as S-expressions such as
//! `(+ a (* b c))`, so precedence and structure are visible at a glance.

use super::ast::*;
use std::fmt::Write;

/// Dumps a whole file.
pub fn dump_file(file: &File) -> String {
    let mut d = Dumper::default();
    let _ = writeln!(d.out, "package {}", file.package.name);
    for decl in &file.decls {
        d.decl(decl);
    }
    d.out
}

/// Dumps one statement (with nested blocks on their own lines).
pub fn dump_stmt(stmt: &Stmt) -> String {
    let mut d = Dumper::default();
    d.stmt(stmt);
    d.out
}

/// Dumps one expression as an S-expression.
pub fn dump_expr(x: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, x);
    out
}

#[derive(Default)]
struct Dumper {
    out: String,
    indent: usize,
}

impl Dumper {
    fn line(&mut self, text: &str) {
        let _ = writeln!(self.out, "{:width$}{text}", "", width = self.indent * 2);
    }

    fn decl(&mut self, decl: &Decl) {
        match decl {
            Decl::Import(g) => self.group("import", g, |s| {
                let name = s.name.as_ref().map_or(String::new(), |n| format!("{} ", n.name));
                let path = s.path.as_ref().map_or("<missing>", |p| p.text.as_str());
                format!("{name}{path}")
            }),
            Decl::Const(g) => self.group("const", g, |s| {
                let mut text = names(&s.names).to_string();
                if let Some(ty) = &s.ty {
                    text.push(' ');
                    expr(&mut text, ty);
                }
                if !s.values.is_empty() {
                    let _ = write!(text, " = {}", list(&s.values));
                }
                let _ = write!(text, " (iota {})", s.iota);
                text
            }),
            Decl::Var(g) => self.group("var", g, |s| {
                let mut text = names(&s.names);
                if let Some(ty) = &s.ty {
                    text.push(' ');
                    expr(&mut text, ty);
                }
                if !s.values.is_empty() {
                    let _ = write!(text, " = {}", list(&s.values));
                }
                text
            }),
            Decl::Type(g) => self.group("type", g, |s| {
                let mut text = s.name.name.clone();
                if !s.type_params.is_empty() {
                    let _ = write!(text, "[{}]", fields(&s.type_params));
                }
                text.push_str(if s.alias { " = " } else { " " });
                expr(&mut text, &s.ty);
                text
            }),
            Decl::Func(f) => self.func_decl(f),
        }
    }

    fn group<S>(&mut self, keyword: &str, g: &DeclGroup<S>, spec: impl Fn(&S) -> String) {
        if !g.grouped {
            for s in &g.specs {
                self.line(&format!("{keyword} {}", spec(s)));
            }
            return;
        }
        self.line(&format!("{keyword} ("));
        self.indent += 1;
        for s in &g.specs {
            self.line(&spec(s));
        }
        self.indent -= 1;
        self.line(")");
    }

    fn func_decl(&mut self, f: &FuncDecl) {
        let mut head = "func ".to_owned();
        if let Some(recv) = &f.recv {
            let _ = write!(head, "({}) ", fields(std::slice::from_ref(recv)));
        }
        head.push_str(&f.name.name);
        if !f.type_params.is_empty() {
            let _ = write!(head, "[{}]", fields(&f.type_params));
        }
        head.push_str(&signature(&f.ty));
        match &f.body {
            Some(body) => self.block_after(&head, body, ""),
            None => self.line(&head),
        }
    }

    /// `head {`, the block's statements indented, then `}tail`.
    fn block_after(&mut self, head: &str, block: &Block, tail: &str) {
        if block.stmts.is_empty() {
            self.line(&format!("{head} {{}}{tail}"));
            return;
        }
        self.line(&format!("{head} {{"));
        self.stmts(&block.stmts);
        self.line(&format!("}}{tail}"));
    }

    fn stmts(&mut self, stmts: &[Stmt]) {
        self.indent += 1;
        for s in stmts {
            self.stmt(s);
        }
        self.indent -= 1;
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Block(b) => self.block_after("block", b, ""),
            StmtKind::If(i) => self.if_stmt("if", i),
            StmtKind::For(f) => {
                let mut head = "for".to_owned();
                if f.init.is_some() || f.post.is_some() {
                    let _ = write!(
                        head,
                        " {}; {}; {}",
                        opt_simple(&f.init),
                        opt_expr(f.cond.as_ref()),
                        opt_simple(&f.post)
                    );
                } else if let Some(cond) = &f.cond {
                    head.push(' ');
                    expr(&mut head, cond);
                }
                self.block_after(&head, &f.body, "");
            }
            StmtKind::Range(r) => {
                let mut head = "for ".to_owned();
                let vars: Vec<&Expr> = r.key.iter().chain(r.value.iter()).collect();
                if !vars.is_empty() {
                    let vars: Vec<String> = vars.into_iter().map(dump_expr).collect();
                    let _ =
                        write!(head, "{} {} ", vars.join(", "), if r.define { ":=" } else { "=" });
                }
                head.push_str("range ");
                expr(&mut head, &r.x);
                self.block_after(&head, &r.body, "");
            }
            StmtKind::Switch(sw) => {
                let mut head = "switch".to_owned();
                if let Some(init) = &sw.init {
                    let _ = write!(head, " {};", simple(init));
                }
                if let Some(tag) = &sw.tag {
                    head.push(' ');
                    expr(&mut head, tag);
                }
                self.clauses(&head, &sw.clauses);
            }
            StmtKind::TypeSwitch(ts) => {
                let mut head = "typeswitch".to_owned();
                if let Some(init) = &ts.init {
                    let _ = write!(head, " {};", simple(init));
                }
                if let Some(b) = &ts.binding {
                    let _ = write!(head, " {} :=", b.name);
                }
                head.push(' ');
                expr(&mut head, &ts.guard);
                self.clauses(&head, &ts.clauses);
            }
            StmtKind::Select(sel) => {
                self.line("select {");
                self.indent += 1;
                for c in &sel.clauses {
                    match &c.comm {
                        Some(comm) => self.line(&format!("case {}:", simple(comm))),
                        None => self.line("default:"),
                    }
                    self.stmts(&c.body);
                }
                self.indent -= 1;
                self.line("}");
            }
            StmtKind::Labeled { label, stmt } => {
                self.line(&format!("{}:", label.name));
                self.stmt(stmt);
            }
            StmtKind::Decl(d) => self.decl(d),
            _ => self.line(&simple(s)),
        }
    }

    fn if_stmt(&mut self, keyword: &str, i: &IfStmt) {
        let mut head = keyword.to_owned();
        if let Some(init) = &i.init {
            let _ = write!(head, " {};", simple(init));
        }
        head.push(' ');
        expr(&mut head, &i.cond);
        let Some(els) = &i.els else { return self.block_after(&head, &i.then, "") };
        self.block_after(&head, &i.then, "");
        match &els.kind {
            StmtKind::If(inner) => self.if_stmt("else if", inner),
            StmtKind::Block(b) => self.block_after("else", b, ""),
            _ => self.line("else <bad>"),
        }
    }

    fn clauses(&mut self, head: &str, clauses: &[CaseClause]) {
        self.line(&format!("{head} {{"));
        self.indent += 1;
        for c in clauses {
            match &c.cases {
                Some(cases) => self.line(&format!("case {}:", list(cases))),
                None => self.line("default:"),
            }
            self.stmts(&c.body);
        }
        self.indent -= 1;
        self.line("}");
    }
}

/// A statement without nested blocks, on one line.
fn simple(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::Bad => "<bad>".to_owned(),
        StmtKind::Empty => "empty".to_owned(),
        StmtKind::Expr(x) => dump_expr(x),
        StmtKind::Send { ch, value, .. } => format!("send {} {}", dump_expr(ch), dump_expr(value)),
        StmtKind::IncDec { x, inc, .. } => {
            format!("{} {}", if *inc { "inc" } else { "dec" }, dump_expr(x))
        }
        StmtKind::Assign { lhs, op, rhs, .. } => {
            let op = match op {
                AssignOp::Assign => "=".to_owned(),
                AssignOp::Define => ":=".to_owned(),
                AssignOp::Op(op) => format!("{}=", op.as_str()),
            };
            format!("{} {op} {}", list(lhs), list(rhs))
        }
        StmtKind::Go(x) => format!("go {}", dump_expr(x)),
        StmtKind::Defer(x) => format!("defer {}", dump_expr(x)),
        StmtKind::Return(xs) if xs.is_empty() => "return".to_owned(),
        StmtKind::Return(xs) => format!("return {}", list(xs)),
        StmtKind::Break(l) => with_label("break", l.as_ref()),
        StmtKind::Continue(l) => with_label("continue", l.as_ref()),
        StmtKind::Goto(l) => with_label("goto", Some(l)),
        StmtKind::Fallthrough => "fallthrough".to_owned(),
        _ => {
            let mut d = Dumper::default();
            d.stmt(s);
            d.out.trim_end().replace('\n', " ")
        }
    }
}

fn with_label(keyword: &str, label: Option<&Ident>) -> String {
    match label {
        Some(l) => format!("{keyword} {}", l.name),
        None => keyword.to_owned(),
    }
}

fn opt_simple(s: &Option<Box<Stmt>>) -> String {
    s.as_deref().map_or("_".to_owned(), simple)
}

fn opt_expr(x: Option<&Expr>) -> String {
    x.map_or("_".to_owned(), dump_expr)
}

fn names(names: &[Ident]) -> String {
    names.iter().map(|n| n.name.as_str()).collect::<Vec<_>>().join(", ")
}

fn list(xs: &[Expr]) -> String {
    xs.iter().map(dump_expr).collect::<Vec<_>>().join(", ")
}

fn fields(fields: &[Field]) -> String {
    let parts: Vec<String> = fields
        .iter()
        .map(|f| {
            let mut text = String::new();
            if !f.names.is_empty() {
                let _ = write!(text, "{} ", names(&f.names));
            }
            if f.variadic {
                text.push_str("...");
            }
            expr(&mut text, &f.ty);
            if let Some(tag) = &f.tag {
                let _ = write!(text, " {}", tag.text);
            }
            text
        })
        .collect();
    parts.join(", ")
}

fn signature(ty: &FuncType) -> String {
    let mut text = format!("({})", fields(&ty.params));
    if !ty.results.is_empty() {
        let _ = write!(text, " ({})", fields(&ty.results));
    }
    text
}

fn expr(out: &mut String, x: &Expr) {
    let mut sexp = |head: &str, parts: &[&Expr]| {
        out.push('(');
        out.push_str(head);
        for p in parts {
            out.push(' ');
            expr(out, p);
        }
        out.push(')');
    };
    match &x.kind {
        ExprKind::Bad => out.push_str("<bad>"),
        ExprKind::Name(n) => out.push_str(n),
        ExprKind::Lit(l) => out.push_str(&l.text),
        ExprKind::Paren(inner) => sexp("paren", &[inner]),
        ExprKind::Selector { x, sel } => {
            out.push_str("(. ");
            expr(out, x);
            let _ = write!(out, " {})", sel.name);
        }
        ExprKind::Index { x, indices } => {
            let parts: Vec<&Expr> = std::iter::once(&**x).chain(indices).collect();
            sexp("index", &parts);
        }
        ExprKind::Slice { x, lo, hi, max, full } => {
            out.push_str(if *full { "(slice3 " } else { "(slice " });
            expr(out, x);
            for part in [lo, hi].into_iter().chain(full.then_some(max)) {
                out.push(' ');
                match part {
                    Some(p) => expr(out, p),
                    None => out.push('_'),
                }
            }
            out.push(')');
        }
        ExprKind::TypeAssert { x, ty: Some(ty) } => sexp("assert", &[x, ty]),
        ExprKind::TypeAssert { x, ty: None } => {
            out.push_str("(assert ");
            expr(out, x);
            out.push_str(" type)");
        }
        ExprKind::Call { fun, args, dots } => {
            let parts: Vec<&Expr> = std::iter::once(&**fun).chain(args).collect();
            sexp(if *dots { "call..." } else { "call" }, &parts);
        }
        ExprKind::Unary { op, x } => sexp(op.as_str(), &[x]),
        ExprKind::Binary { op, x, y } => sexp(op.as_str(), &[x, y]),
        ExprKind::CompositeLit { ty, elems } => {
            out.push_str("(lit ");
            match ty {
                Some(ty) => expr(out, ty),
                None => out.push('_'),
            }
            for e in elems {
                out.push(' ');
                match &e.key {
                    Some(k) => {
                        out.push_str("(: ");
                        expr(out, k);
                        out.push(' ');
                        expr(out, &e.value);
                        out.push(')');
                    }
                    None => expr(out, &e.value),
                }
            }
            out.push(')');
        }
        ExprKind::FuncLit { ty, body } => {
            let mut d = Dumper::default();
            d.block_after(&format!("(func-lit {}", signature(ty)), body, ")");
            out.push_str(
                &d.out
                    .trim_end()
                    .replace('\n', " ")
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
            );
        }
        ExprKind::ArrayType { len: Some(len), elem } => sexp("array", &[len, elem]),
        ExprKind::ArrayType { len: None, elem } => {
            out.push_str("(array ... ");
            expr(out, elem);
            out.push(')');
        }
        ExprKind::SliceType { elem } => sexp("slice-type", &[elem]),
        ExprKind::MapType { key, value } => sexp("map", &[key, value]),
        ExprKind::ChanType { dir, elem } => {
            let head = match dir {
                ChanDir::Both => "chan",
                ChanDir::Send => "chan<-",
                ChanDir::Recv => "<-chan",
            };
            sexp(head, &[elem]);
        }
        ExprKind::FuncType(ty) => {
            let _ = write!(out, "(func {})", signature(ty));
        }
        ExprKind::StructType { fields: fs } => {
            out.push_str("(struct");
            for f in fs {
                let _ = write!(out, " [{}]", fields(std::slice::from_ref(f)));
            }
            out.push(')');
        }
        ExprKind::InterfaceType { elems } => {
            out.push_str("(interface");
            for e in elems {
                let _ = match e {
                    InterfaceElem::Method { name, ty } => {
                        write!(out, " [{}{}]", name.name, signature(ty))
                    }
                    InterfaceElem::Embedded(t) => write!(out, " [{}]", dump_expr(t)),
                };
            }
            out.push(')');
        }
    }
}
