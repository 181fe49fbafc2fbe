//! The compiler: a checked AST to bytecode. It decides where each variable lives (a frame
//! slot, or a heap cell when it escapes), names functions as Go's tracebacks do, and lowers
//! every statement and expression to `Op`s with the span they came from.

mod escape;
pub(crate) mod expr;
mod fuse;
mod layout;
mod rangefunc;
mod stackbuf;
mod stmt;

use super::natives;
use super::program::{Func, Op, Program};
use super::value::{FuncId, Value};
use crate::check::{Checked, Info, ObjId, ObjKind, Type, TypeId};
use crate::syntax::ast::{self, Decl};
use crate::syntax::span::Span;
use litemap::LiteMap;
use std::collections::BTreeSet;

/// Compiles a program that checked without errors.
pub fn compile(file: &ast::File, checked: &Checked, source: &str) -> Program {
    let mut c = Compiler::new(file, checked, source);
    c.declare();
    c.build_entry();
    c.finish()
}

/// Program-wide compilation state.
struct Compiler<'a> {
    file: &'a ast::File,
    checked: &'a Checked,
    info: &'a Info,
    prog: Program,
    /// Top-level functions and methods.
    funcs: LiteMap<ObjId, FuncId>,
    globals: LiteMap<ObjId, u32>,
    /// Variables that live in heap cells (their accesses are shared-memory accesses).
    escaped: BTreeSet<ObjId>,
    /// Which parameters of the file's functions may leak a slice passed to them.
    arg_leaks: stackbuf::Leaks,
    /// Wrapper functions of natives, for `go`/`defer` and function values.
    native_wrappers: LiteMap<u32, FuncId>,
    /// Number of closures created so far inside each function, for `funcN` names.
    closure_counts: LiteMap<u32, u32>,
    /// Number of range-over-function bodies so far inside each function, for `-rangeN`.
    range_counts: LiteMap<u32, u32>,
    string_consts: LiteMap<Vec<u8>, u32>,
    int_consts: LiteMap<i64, u32>,
    /// Compiled function bodies waiting to be generated: (id, declaration, the checker's
    /// tables for it).
    queue: Vec<(FuncId, FuncSource<'a>, &'a Info)>,
    /// Whether the body being compiled is the standard library's (`maps.Keys`): its code
    /// gets no spans, which would point into the stub's source, not the program's.
    in_stub: bool,
}

/// Whether a function declaration is generic (a function with type parameters or a method
/// of a generic type): only its instances are compiled.
pub(super) fn is_generic_decl(f: &ast::FuncDecl) -> bool {
    let recv_generic = f
        .recv_base()
        .is_some_and(|(base, _)| matches!(base.unparen().kind, ast::ExprKind::Index { .. }));
    !f.type_params.is_empty() || recv_generic
}

/// The standard library's functions that are not generic and have Go bodies, each with its
/// package and the checker's tables for it.
pub(super) fn stub_bodies(
    checked: &Checked,
) -> impl Iterator<Item = (&crate::check::Stub, &ast::FuncDecl, &Info)> {
    checked.stubs.iter().flat_map(move |stub| {
        let info = checked.stub_infos.get(stub.path);
        stub.file.decls.iter().filter_map(move |d| match d {
            Decl::Func(f) if f.body.is_some() && !is_generic_decl(f) => Some((stub, &**f, info?)),
            _ => None,
        })
    })
}

/// The generic declaration an instance was made from: in the program's file, or in the
/// simulated standard library's.
pub(super) fn instance_decl<'a>(
    file: &'a ast::File,
    checked: &'a Checked,
    inst: &crate::check::Instance,
) -> Option<&'a ast::FuncDecl> {
    let file = match inst.pkg.as_str() {
        "main" => file,
        pkg => &checked.stubs.iter().find(|s| s.path == pkg)?.file,
    };
    file.decls.iter().find_map(|d| match d {
        Decl::Func(f) if f.name.span.start == inst.decl => Some(&**f),
        _ => None,
    })
}

/// Where a function body comes from.
#[derive(Clone, Copy)]
enum FuncSource<'a> {
    Decl(&'a ast::FuncDecl),
    Lit { ty: &'a ast::FuncType, body: &'a ast::Block, key: u32 },
}

impl<'a> Compiler<'a> {
    fn new(file: &'a ast::File, checked: &'a Checked, source: &str) -> Compiler<'a> {
        let old_loopvar =
            source.lines().take_while(|l| !l.trim_start().starts_with("package")).any(|l| {
                let l = l.trim();
                l.starts_with("//go:build")
                    && (l.contains("go1.21") || l.contains("go1.20") || l.contains("go1.19"))
            });
        let prog = Program {
            funcs: Vec::new(),
            consts: Vec::new(),
            globals: Vec::new(),
            entry: FuncId(0),
            main: FuncId(0),
            types: checked.types.clone(),
            methods: LiteMap::new(),
            names: Vec::new(),
            selects: Vec::new(),
            chans: Vec::new(),
            print_types: Vec::new(),
            natives: natives::all_names().map(str::to_string).collect(),
            native_funcs: LiteMap::new(),
            source: source.to_string(),
            locations: Vec::new(),
            old_loopvar,
            once_func_call: FuncId(0),
            once_value_calls: [(FuncId(0), FuncId(0)); 2],
        };
        let escaped = escape::analyse(file, checked);
        let arg_leaks = arg_leaks(file, checked, &escaped);
        Compiler {
            file,
            checked,
            info: &checked.info,
            prog,
            funcs: LiteMap::new(),
            globals: LiteMap::new(),
            escaped,
            arg_leaks,
            native_wrappers: LiteMap::new(),
            closure_counts: LiteMap::new(),
            range_counts: LiteMap::new(),
            string_consts: LiteMap::new(),
            int_consts: LiteMap::new(),
            queue: Vec::new(),
            in_stub: false,
        }
    }

    /// Registers the simulated standard library's methods (natives behind wrappers) so
    /// interface calls and `fmt` find them.
    fn declare_stdlib_methods(&mut self) {
        let t = &self.checked.types;
        let mut todo = Vec::new();
        for i in 0..t.n_named() {
            let nid = crate::check::types::NamedId(i as u32);
            let named = t.named(nid);
            if named.package.as_deref().is_none_or(|p| p == "main") {
                continue;
            }
            let Some(ty) = t.lookup(&Type::Named(nid)) else { continue };
            for m in &named.methods {
                todo.push((ty, m.name.clone(), ObjId(m.obj), m.pointer_receiver));
            }
        }
        for (ty, name, obj, ptr) in todo {
            let recv = if ptr { self.prog.types.pointer_to(ty) } else { ty };
            let qname = self.native_name(obj, Some(recv));
            let Some(n) = self.native_id(&qname) else { continue };
            let id = self.wrapper(n, obj);
            self.prog.methods.insert((ty, name), (id, ptr));
        }
        self.once_func_call();
        // Every native gets a wrapper, so the runtime can call any of them as a function.
        let names: Vec<(String, ObjId)> = self
            .checked
            .packages
            .iter()
            .flat_map(|(path, members)| {
                members.iter().map(move |(n, o)| (format!("{path}.{n}"), *o))
            })
            .collect();
        for (qname, obj) in names {
            // Generic natives get wrappers per instance, where they are used as values.
            let o = self.checked.object(obj);
            if let Some(n) = self.native_id(&qname)
                && matches!(o.kind, ObjKind::Func { has_body: false })
                && self.prog.types.signature(o.ty).is_some()
            {
                self.wrapper(n, obj);
            }
        }
    }

    /// A bytecode function that calls native `n` with its parameters.
    pub(super) fn wrapper(&mut self, n: u32, obj: ObjId) -> FuncId {
        if let Some(id) = self.native_wrappers.get(&n) {
            return *id;
        }
        let ty = self.checked.object(obj).ty;
        let (mut n_params, n_results) = self
            .prog
            .types
            .signature(ty)
            .map(|s| (s.params.len(), s.results.len()))
            .unwrap_or((0, 0));
        let name = self.prog.natives[n as usize].clone();
        let last = name.rsplit('/').next().unwrap_or(&name);
        if last.matches('.').count() > 1 {
            n_params += 1; // the receiver
        }
        let mut code: Vec<Op> = (0..n_params).map(|i| Op::Local(i as u16)).collect();
        code.push(Op::Native { native: n, argc: n_params as u32 });
        let id = self.synthetic(&name, n_params, n_results, code);
        self.native_wrappers.insert(n, id);
        self.prog.native_funcs.insert(n, id);
        id
    }

    /// Assigns ids to every function and global before any code refers to them.
    fn declare(&mut self) {
        self.declare_stdlib_methods();
        for decl in &self.file.decls {
            match decl {
                Decl::Func(f) => {
                    if is_generic_decl(f) {
                        continue;
                    }
                    let Some(&obj) = self.info.defs.get(&f.name.span.start) else { continue };
                    let name = self.func_name(f);
                    let id = self.new_func(&name, f.span);
                    self.funcs.insert(obj, id);
                    self.queue.push((id, FuncSource::Decl(f), self.info));
                    self.register_method(f, self.info, id);
                    if f.recv.is_none() && f.name.name == "main" {
                        self.prog.main = id;
                    }
                }
                Decl::Var(group) => {
                    for spec in &group.specs {
                        for n in &spec.names {
                            let Some(&obj) = self.info.defs.get(&n.span.start) else { continue };
                            let ty = self.checked.object(obj).ty;
                            let zero = self.zero_const(ty);
                            let idx = self.prog.globals.len() as u32;
                            self.prog.globals.push((n.name.clone(), zero));
                            self.globals.insert(obj, idx);
                        }
                    }
                }
                _ => {}
            }
        }
        let checked = self.checked;
        // The standard library's plain functions written in Go (`strings.Lines`),
        // and methods (`io.(*multiWriter).Write`), named as Go's tracebacks name them.
        for (stub, f, info) in stub_bodies(checked) {
            let Some(&obj) = info.defs.get(&f.name.span.start) else { continue };
            let short = stub.path.rsplit('/').next().unwrap_or(stub.path);
            let id = self.new_func(&func_name_in(short, f), f.span);
            self.funcs.insert(obj, id);
            self.queue.push((id, FuncSource::Decl(f), info));
            self.register_method(f, info, id);
        }
        for inst in &checked.instances {
            let Some(f) = instance_decl(self.file, checked, inst) else { continue };
            let id = self.new_func(&inst.name, f.span);
            self.funcs.insert(inst.obj, id);
            self.queue.push((id, FuncSource::Decl(f), &inst.info));
            if let Some((ty, ptr)) = inst.recv {
                self.prog.methods.insert((ty, f.name.name.clone()), (id, ptr));
            }
        }
        self.declare_promoted_methods();
    }

    /// The code of the functions `sync.OnceFunc` returns: `recv.0.Do(recv.1)`.
    fn once_func_call(&mut self) {
        let t = &self.prog.types;
        let once = (0..t.n_named())
            .map(|i| crate::check::types::NamedId(i as u32))
            .find(|&n| {
                let named = t.named(n);
                named.name == "Once" && named.package.as_deref() == Some("sync")
            })
            .and_then(|n| t.lookup(&Type::Named(n)));
        let Some(&(do_fn, _)) = once.and_then(|o| self.prog.methods.get(&(o, "Do".to_string())))
        else {
            return;
        };
        let code = vec![
            Op::Local(0),
            Op::Field(0),
            Op::Local(0),
            Op::Field(1),
            Op::CallStatic { func: do_fn, argc: 2 },
        ];
        self.prog.once_func_call = self.synthetic("sync.OnceFunc.func1", 1, 0, code);
        // sync.OnceValue(s): `func1` (receiver: f and k cells) stores f's k results in the
        // cells; `func2` (receiver: a *Once, func1 and the cells) runs once.Do(func1) and
        // returns what the cells hold.
        for k in 1..=2u32 {
            let name = if k == 1 { "sync.OnceValue[...]" } else { "sync.OnceValues[...]" };
            let mut store = vec![Op::Local(0), Op::Field(0), Op::Call { argc: 0 }];
            for i in (0..k).rev() {
                store.extend([Op::Local(0), Op::Field(1 + i), Op::Swap, Op::Store]);
            }
            let store = self.synthetic(&format!("{name}.func1"), 1, 0, store);
            let mut get = vec![
                Op::Local(0),
                Op::Field(0),
                Op::Local(0),
                Op::Field(1),
                Op::CallStatic { func: do_fn, argc: 2 },
            ];
            for i in 0..k {
                get.extend([Op::Local(0), Op::Field(2 + i), Op::Load]);
            }
            let get = self.synthetic(&format!("{name}.func2"), 1, k as usize, get);
            self.prog.once_value_calls[k as usize - 1] = (store, get);
        }
    }

    /// A function the compiler writes itself: `code` leaves the `n_results` results on the
    /// stack; they go to their slots and the function returns.
    fn synthetic(
        &mut self,
        name: &str,
        n_params: usize,
        n_results: usize,
        mut code: Vec<Op>,
    ) -> FuncId {
        let id = self.new_func(name, Span::default());
        for i in (0..n_results).rev() {
            code.push(Op::SetLocal((n_params + i) as u16));
        }
        code.push(Op::Ret);
        let f = &mut self.prog.funcs[id.0 as usize];
        f.n_params = n_params as u16;
        f.n_results = n_results as u16;
        f.n_slots = (n_params + n_results) as u16;
        f.boxed_results = vec![false; n_results];
        f.spans = vec![Span::default(); code.len()];
        f.code = code;
        id
    }

    /// Methods a struct type gets from its embedded fields (Go's promoted methods), as
    /// wrappers that select the embedded field and call its method, so interface calls,
    /// `fmt`'s `String()` and the library's `Less`/`Lock`/… find them. Go's rules: the
    /// shallowest embedding wins; two at the same depth, or a field of the same name,
    /// cancel it.
    fn declare_promoted_methods(&mut self) {
        let n = self.prog.types.n_named();
        for i in 0..n {
            let nid = crate::check::types::NamedId(i as u32);
            let Some(ty) = self.prog.types.lookup(&Type::Named(nid)) else { continue };
            if !matches!(self.prog.types.under(ty), Type::Struct(_)) {
                continue;
            }
            for p in self.promotions(ty) {
                self.promoted_wrapper(ty, p);
            }
        }
    }

    /// The methods `ty` (a struct type) promotes from its embedded fields.
    fn promotions(&self, ty: TypeId) -> Vec<NamedPromotion> {
        let t = &self.prog.types;
        let own = |x: TypeId| -> Vec<String> {
            let methods = t.named_id(x).map(|n| &t.named(n).methods);
            methods.into_iter().flatten().map(|m| m.name.clone()).collect()
        };
        let fields_of = |x: TypeId| -> Vec<crate::check::types::Field> {
            match t.under(x) {
                Type::Struct(fs) => fs.clone(),
                _ => Vec::new(),
            }
        };
        let mut hidden: BTreeSet<String> = own(ty).into_iter().collect();
        hidden.extend(fields_of(ty).into_iter().map(|f| f.name));
        let mut out = Vec::new();
        // (path of (field index, field is a pointer), the embedded type)
        let mut level: Vec<(Vec<(u32, bool)>, TypeId)> = Vec::new();
        let mut seen = BTreeSet::from([ty]);
        for (i, f) in fields_of(ty).into_iter().enumerate() {
            if f.embedded {
                let (base, ptr) = match t.get(f.ty) {
                    Type::Pointer(e) => (*e, true),
                    _ => (f.ty, false),
                };
                level.push((vec![(i as u32, ptr)], base));
            }
        }
        while !level.is_empty() && seen.len() < 64 {
            let mut here: LiteMap<String, Vec<Promotion>> = LiteMap::new();
            let mut names_here: LiteMap<String, u32> = LiteMap::new();
            let mut next = Vec::new();
            for (path, e) in level {
                if !seen.insert(e) {
                    continue;
                }
                let methods: Vec<(String, Target)> = match t.under(e) {
                    Type::Interface(ms) => {
                        ms.iter().map(|m| (m.name.clone(), Target::Iface(m.sig))).collect()
                    }
                    _ => t
                        .named_id(e)
                        .map(|n| t.named(n).methods.clone())
                        .into_iter()
                        .flatten()
                        .map(|m| (m.name.clone(), Target::Method(e, m.sig, m.pointer_receiver)))
                        .collect(),
                };
                for (name, target) in methods {
                    *names_here.entry(name.clone()).or_default() += 1;
                    here.entry(name).or_default().push(Promotion { path: path.clone(), target });
                }
                for (j, f) in fields_of(e).into_iter().enumerate() {
                    *names_here.entry(f.name.clone()).or_default() += 1;
                    if f.embedded {
                        let (base, ptr) = match t.get(f.ty) {
                            Type::Pointer(x) => (*x, true),
                            _ => (f.ty, false),
                        };
                        let mut p = path.clone();
                        p.push((j as u32, ptr));
                        next.push((p, base));
                    }
                }
            }
            for (name, mut ps) in here {
                if !hidden.contains(&name)
                    && names_here.get(&name) == Some(&1)
                    && let Some(p) = ps.pop()
                {
                    out.push((name.clone(), p));
                }
            }
            hidden.extend(names_here.into_iter().map(|(k, _)| k));
            level = next;
        }
        out.into_iter()
            .map(|(name, p)| Promotion { path: p.path, target: p.target }.named(name))
            .collect()
    }

    /// Registers the wrapper for one promoted method of `ty`.
    fn promoted_wrapper(&mut self, ty: TypeId, p: NamedPromotion) {
        let NamedPromotion { name, path, target } = p;
        let sig_ty = match target {
            Target::Iface(s) | Target::Method(_, s, _) => s,
        };
        let Some(sig) = self.prog.types.signature(sig_ty).cloned() else { return };
        // The callee, and whether it takes a pointer receiver.
        let (call, wants_ptr) = match target {
            Target::Iface(_) => (None, false),
            Target::Method(e, _, ptr) => match self.prog.methods.get(&(e, name.clone())) {
                Some(&(f, _)) => (Some(f), ptr),
                None => return,
            },
        };
        let through_ptr = path.iter().any(|&(_, ptr)| ptr);
        // Go's method sets: `T` has the method unless it needs a pointer to a field embedded
        // by value; `*T` always has it.
        let ptr_wrapper = wants_ptr && !through_ptr;
        let tname = self.prog.types.display_qualified(ty);
        let fname = if ptr_wrapper {
            match tname.rsplit_once('.') {
                Some((pkg, t)) => format!("{pkg}.(*{t}).{name}"),
                None => format!("(*{tname}).{name}"),
            }
        } else {
            format!("{tname}.{name}")
        };
        let n_params = 1 + sig.params.len();
        let n_results = sig.results.len();
        let mut code = vec![Op::Local(0)];
        // Walk to the embedded value: `cur_ptr` when what is on the stack is a pointer to it.
        let mut cur_ptr = ptr_wrapper;
        for &(idx, is_ptr) in &path {
            if cur_ptr {
                code.push(Op::FieldPtr(idx));
                if is_ptr {
                    code.push(Op::Load);
                }
            } else {
                code.push(Op::Field(idx));
                cur_ptr = is_ptr;
            }
        }
        if cur_ptr && !wants_ptr {
            code.push(Op::Load);
        }
        for i in 1..n_params {
            code.push(Op::Local(i as u16));
        }
        let argc = sig.params.len() as u32;
        match call {
            Some(func) => code.push(Op::CallStatic { func, argc: argc + 1 }),
            None => {
                let name = self.name_index(&name);
                code.push(Op::CallIface { name, argc });
            }
        }
        let id = self.synthetic(&fname, n_params, n_results, code);
        self.prog.methods.insert((ty, name), (id, ptr_wrapper));
    }

    /// The entry function: global initialisers in order, `init` functions, then `main`.
    fn build_entry(&mut self) {
        let entry = self.new_func("runtime.main", self.file.span);
        self.prog.entry = entry;
        let file = self.file;
        let mut f = stmt::FnCompiler::new(self, entry, 0, Vec::new(), None);
        for decl in &file.decls {
            if let Decl::Var(group) = decl {
                for spec in &group.specs {
                    f.global_var_spec(spec);
                }
            }
        }
        for decl in &file.decls {
            if let Decl::Func(fd) = decl
                && fd.recv.is_none()
                && fd.name.name == "init"
                && let Some(&obj) = f.c.info.defs.get(&fd.name.span.start)
            {
                let id = f.c.funcs[&obj];
                f.emit(Op::CallStatic { func: id, argc: 0 }, fd.name.span);
            }
        }
        let main = f.c.prog.main;
        f.emit(Op::CallStatic { func: main, argc: 0 }, Span::default());
        f.emit(Op::Ret, Span::default());
        f.finish();
        while let Some((id, src, info)) = self.queue.pop() {
            self.info = info;
            // The standard library's functions with bodies: their spans are in its source.
            self.in_stub = !self.prog.funcs[id.0 as usize].name.starts_with("main.");
            self.compile_body(id, src);
        }
        self.in_stub = false;
        self.info = &self.checked.info;
    }

    pub(super) fn compile_body(&mut self, id: FuncId, src: FuncSource<'a>) {
        match src {
            FuncSource::Decl(fd) => {
                let Some(body) = &fd.body else { return };
                let mut params: Vec<(Option<ObjId>, Span)> = Vec::new();
                if let Some(r) = &fd.recv {
                    params.push((
                        r.names.first().and_then(|n| self.info.defs.get(&n.span.start).copied()),
                        r.span,
                    ));
                }
                let results = self.param_objs(&fd.ty, &mut params);
                let bufs = self.stack_buffers(&params, &results, body);
                let key = fd.name.span.start;
                let mut f = stmt::FnCompiler::new(self, id, params.len(), results, Some(key));
                f.bufs = bufs;
                f.prologue(&params);
                f.body(body);
                f.finish();
            }
            FuncSource::Lit { ty, body, key } => {
                let mut params = Vec::new();
                let results = self.param_objs(ty, &mut params);
                let bufs = self.stack_buffers(&params, &results, body);
                let mut f = stmt::FnCompiler::new(self, id, params.len(), results, Some(key));
                f.bufs = bufs;
                f.prologue(&params);
                f.body(body);
                f.finish();
            }
        }
    }

    /// Which appends of a body may use Go's stack buffer.
    fn stack_buffers(
        &self,
        params: &[(Option<ObjId>, Span)],
        results: &[(Option<ObjId>, TypeId)],
        body: &ast::Block,
    ) -> stackbuf::Plan {
        let params: Vec<ObjId> = params.iter().filter_map(|p| p.0).collect();
        let named: Vec<ObjId> = results.iter().filter_map(|r| r.0).collect();
        stackbuf::plan(
            self.checked,
            self.info,
            &self.escaped,
            &self.arg_leaks,
            &params,
            &named,
            body,
        )
    }

    /// Collects parameter objects into `params`; returns result objects (None when unnamed).
    fn param_objs(
        &self,
        ft: &ast::FuncType,
        params: &mut Vec<(Option<ObjId>, Span)>,
    ) -> Vec<(Option<ObjId>, TypeId)> {
        for f in &ft.params {
            if f.names.is_empty() {
                params.push((None, f.span));
            }
            for n in &f.names {
                params.push((self.info.defs.get(&n.span.start).copied(), n.span));
            }
        }
        let mut results = Vec::new();
        for f in &ft.results {
            let ty = self
                .info
                .expr(f.ty.id)
                .map(|i| i.ty)
                .unwrap_or(crate::check::types::well_known::INVALID);
            if f.names.is_empty() {
                results.push((None, ty));
            }
            for n in &f.names {
                results.push((self.info.defs.get(&n.span.start).copied(), ty));
            }
        }
        results
    }

    fn func_name(&self, f: &ast::FuncDecl) -> String {
        func_name_in("main", f)
    }

    /// Makes function `id`, compiled from method declaration `f`, its receiver type's method
    /// (nothing for a plain function).
    fn register_method(&mut self, f: &ast::FuncDecl, info: &Info, id: FuncId) {
        if let Some((base, ptr)) = f.recv_base()
            && let Some(t) = info.expr(base.id).map(|i| i.ty)
        {
            self.prog.methods.insert((t, f.name.name.clone()), (id, ptr));
        }
    }

    fn new_func(&mut self, name: &str, span: Span) -> FuncId {
        self.prog.funcs.push(Func {
            name: name.to_string(),
            n_params: 0,
            n_results: 0,
            n_slots: 0,
            boxed_results: Vec::new(),
            code: Vec::new(),
            spans: Vec::new(),
            span,
            stdlib: false,
        });
        FuncId((self.prog.funcs.len() - 1) as u32)
    }

    /// A closure's Go name: `main.main.func1`, then `main.main.func1.1` for nested ones.
    /// The name of the next closure inside function `outer_id` (named `outer`): numbered per
    /// enclosing function, so each instance of a generic function has its own `func1`.
    fn closure_name(&mut self, outer: &str, outer_id: FuncId) -> String {
        let n = self.closure_counts.entry(outer_id.0).or_insert(0);
        *n += 1;
        if outer.contains(".func") || outer.contains("-range") {
            format!("{outer}.{n}")
        } else {
            format!("{outer}.func{n}")
        }
    }

    /// The Go name of the next range-over-function body inside `outer_id` (named `outer`):
    /// `main.main-range1`, then `main.main-range1-range1` for one nested in it.
    fn range_body_name(&mut self, outer: &str, outer_id: FuncId) -> String {
        let n = self.range_counts.entry(outer_id.0).or_insert(0);
        *n += 1;
        format!("{outer}-range{n}")
    }

    fn add_const(&mut self, v: Value) -> u32 {
        match &v {
            Value::Int(i) => {
                if let Some(&k) = self.int_consts.get(i) {
                    return k;
                }
                let k = self.push_const(v.clone());
                self.int_consts.insert(*i, k);
                k
            }
            Value::Str(s) => {
                if let Some(&k) = self.string_consts.get(s.as_ref()) {
                    return k;
                }
                let key = s.to_vec();
                let k = self.push_const(v);
                self.string_consts.insert(key, k);
                k
            }
            _ => self.push_const(v),
        }
    }

    fn push_const(&mut self, v: Value) -> u32 {
        self.prog.consts.push(v);
        (self.prog.consts.len() - 1) as u32
    }

    fn name_index(&mut self, name: &str) -> u32 {
        if let Some(i) = self.prog.names.iter().position(|n| n == name) {
            return i as u32;
        }
        self.prog.names.push(name.to_string());
        (self.prog.names.len() - 1) as u32
    }

    fn location(&mut self, name: &str) -> u32 {
        if let Some(i) = self.prog.locations.iter().position(|n| n == name) {
            return i as u32;
        }
        self.prog.locations.push(name.to_string());
        (self.prog.locations.len() - 1) as u32
    }

    /// The constant index of the zero value of `ty`.
    fn zero_const(&mut self, ty: TypeId) -> u32 {
        let v = self.zero_value(ty, 0);
        self.add_const(v)
    }

    fn zero_value(&self, ty: TypeId, depth: u32) -> Value {
        if depth > 16 {
            return Value::Nil;
        }
        let t = &self.prog.types;
        match t.under(ty) {
            Type::Basic(b) => {
                if b.is_boolean() {
                    Value::Bool(false)
                } else if b.is_string() {
                    Value::str("")
                } else if b.is_float() {
                    Value::Float(0.0)
                } else if b.is_integer() {
                    Value::Int(0)
                } else {
                    Value::Nil
                }
            }
            Type::Struct(fields) => {
                Value::Tuple(fields.iter().map(|f| self.zero_value(f.ty, depth + 1)).collect())
            }
            Type::Array(n, e) => {
                let z = self.zero_value(*e, depth + 1);
                Value::Tuple(vec![z; *n as usize].into())
            }
            _ => Value::Nil,
        }
    }

    /// The id of a native by its qualified name, or None when the simulator lacks it.
    fn native_id(&self, name: &str) -> Option<u32> {
        natives::id_of(name)
    }

    /// A body-less standard-library function's qualified name (`sync.(*WaitGroup).Add`).
    fn native_name(&self, obj: ObjId, recv: Option<TypeId>) -> String {
        let o = self.checked.object(obj);
        match recv {
            None => format!("{}.{}", o.package, o.name),
            Some(r) => {
                let t = &self.prog.types;
                let (base, ptr) = match t.get(r) {
                    Type::Pointer(e) => (*e, true),
                    _ => (r, false),
                };
                let tn = t.named_id(base).map(|n| t.named(n).name.clone()).unwrap_or_default();
                if ptr {
                    format!("{}.(*{tn}).{}", o.package, o.name)
                } else {
                    format!("{}.{tn}.{}", o.package, o.name)
                }
            }
        }
    }

    fn finish(mut self) -> Program {
        fuse::fuse(&mut self.prog.funcs);
        self.prog
    }

    pub(super) fn is_native_obj(&self, obj: ObjId) -> bool {
        matches!(self.checked.object(obj).kind, ObjKind::Func { has_body: false })
    }

    /// Whether `obj` is a package-level member of a simulated standard-library package.
    pub(super) fn is_package_var(&self, obj: ObjId) -> bool {
        let o = self.checked.object(obj);
        o.package != "main"
            && self.checked.packages.get(o.package.as_str()).and_then(|m| m.get(o.name.as_str()))
                == Some(&obj)
    }
}

/// A declared function's name as Go's tracebacks spell it in package `pkg`: `main.worker`,
/// `main.(*Counter).Inc`, `io.(*multiWriter).Write`.
fn func_name_in(pkg: &str, f: &ast::FuncDecl) -> String {
    match &f.recv {
        None => format!("{pkg}.{}", f.name.name),
        Some(r) => {
            let (base, ptr) = match &r.ty.unparen().kind {
                ast::ExprKind::Unary { op: ast::UnaryOp::Star, x } => {
                    (crate::syntax::print::expr_string(x), true)
                }
                _ => (crate::syntax::print::expr_string(&r.ty), false),
            };
            if ptr {
                format!("{pkg}.(*{base}).{}", f.name.name)
            } else {
                format!("{pkg}.{base}.{}", f.name.name)
            }
        }
    }
}

/// `stackbuf::Leaks` for the file's plain functions (two rounds, so a function that passes a
/// slice on to one declared after it is judged with that one known).
fn arg_leaks(file: &ast::File, checked: &Checked, escaped: &BTreeSet<ObjId>) -> stackbuf::Leaks {
    let mut leaks = stackbuf::Leaks::new();
    let plain = file.decls.iter().filter_map(|d| match d {
        ast::Decl::Func(fd) if !is_generic_decl(fd) => Some((&**fd, &checked.info)),
        _ => None,
    });
    let instances = checked
        .instances
        .iter()
        .filter(|i| i.recv.is_none())
        .filter_map(|i| Some((instance_decl(file, checked, i)?, &i.info)));
    let funcs: Vec<(&ast::FuncDecl, &Info)> = plain.chain(instances).collect();
    for _ in 0..2 {
        for &(fd, info) in &funcs {
            let (Some(body), None) = (&fd.body, &fd.recv) else { continue };
            let Some(&func) = info.defs.get(&fd.name.span.start) else { continue };
            let variadic = fd.ty.params.last().is_some_and(|p| p.variadic);
            let params: Vec<ObjId> = fd
                .ty
                .params
                .iter()
                .flat_map(|p| p.names.iter())
                .filter_map(|n| info.defs.get(&n.span.start).copied())
                .collect();
            if variadic || params.len() != fd.ty.params.iter().map(|p| p.names.len()).sum::<usize>()
            {
                continue;
            }
            let l = stackbuf::param_leaks(checked, info, escaped, &leaks, &params, body);
            leaks.insert(func, l);
        }
    }
    leaks
}

/// What a promoted method calls: a method of a named type (its signature and whether it has
/// a pointer receiver), or a method of an embedded interface.
#[derive(Clone, Copy, Debug)]
enum Target {
    Method(TypeId, TypeId, bool),
    Iface(TypeId),
}

/// A method reached through embedded fields: their indices (and whether each is a pointer).
#[derive(Clone, Debug)]
struct Promotion {
    path: Vec<(u32, bool)>,
    target: Target,
}

struct NamedPromotion {
    name: String,
    path: Vec<(u32, bool)>,
    target: Target,
}

impl Promotion {
    fn named(self, name: String) -> NamedPromotion {
        NamedPromotion { name, path: self.path, target: self.target }
    }
}
