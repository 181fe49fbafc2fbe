//! The rest of the simulated standard library: `strings`, `strconv`, `math`, `math/rand`,
//! `sort`, `errors`, `os`, the `fmt.Fprint` family, `time` dates and layouts, `sync.Cond`,
//! `sync.Map`, the remaining `sync/atomic` operations, `unicode`, `unicode/utf8` and
//! `io.ReadAll`.
//!
//! Results follow Go 1.27 exactly where Go is deterministic: the `strconv` grammars and error
//! texts, `strings` on invalid UTF-8, `math` functions ported from Go's own implementations
//! (amd64 flavour: `Exp`, `Log` and `Hypot` follow its assembly), Go's pdqsort and
//! insertion-merge stable sort (so `sort.Slice` orders equal elements as Go does), and Go's
//! seeded `rand.NewSource` generator. The top-level `math/rand` functions draw from the run's
//! seeded generator instead of the system, so runs stay reproducible.

use super::fmt::{self as gofmt};
use super::value::{Closure, GoMap, HeapId, HeapObj, Key, Ptr, Value};
use super::vm::{Flow, GState, Machine, Res};
use crate::check::types::well_known as wk;
use crate::check::{Type, TypeId};
use crate::syntax::span::Span;
use crate::trace::{EventKind, WaitReason};
use std::rc::Rc;

/// The natives this module implements, sorted (so `handles` can binary-search). Their ids
/// follow `natives::OWN`'s (see `natives::all_names`).
pub(super) const NAMES: &[&str] = &[
    "bytes.(*Buffer).Bytes",
    "bytes.(*Buffer).Cap",
    "bytes.(*Buffer).Grow",
    "bytes.(*Buffer).Len",
    "bytes.(*Buffer).Reset",
    "bytes.(*Buffer).String",
    "bytes.(*Buffer).Truncate",
    "bytes.(*Buffer).Write",
    "bytes.(*Buffer).WriteByte",
    "bytes.(*Buffer).WriteRune",
    "bytes.(*Buffer).WriteString",
    "bytes.Compare",
    "bytes.Contains",
    "bytes.ContainsAny",
    "bytes.ContainsRune",
    "bytes.Count",
    "bytes.Equal",
    "bytes.EqualFold",
    "bytes.HasPrefix",
    "bytes.HasSuffix",
    "bytes.Index",
    "bytes.IndexByte",
    "bytes.LastIndex",
    "bytes.NewBuffer",
    "bytes.NewBufferString",
    "bytes.Repeat",
    "bytes.ToLower",
    "bytes.ToTitle",
    "bytes.ToUpper",
    "bytes.TrimSpace",
    "cmp.Compare",
    "cmp.Less",
    "errors.(*joinError).Error",
    "errors.(*joinError).Unwrap",
    "errors.As",
    "errors.ErrUnsupported",
    "errors.Is",
    "errors.Join",
    "fmt.Fprint",
    "fmt.Fprintf",
    "fmt.Fprintln",
    "io.Copy",
    "io.ReadAll",
    "io.WriteString",
    "log.(*Logger).Fatal",
    "log.(*Logger).Fatalf",
    "log.(*Logger).Fatalln",
    "log.(*Logger).Flags",
    "log.(*Logger).Panic",
    "log.(*Logger).Panicf",
    "log.(*Logger).Panicln",
    "log.(*Logger).Prefix",
    "log.(*Logger).Print",
    "log.(*Logger).Printf",
    "log.(*Logger).Println",
    "log.(*Logger).SetFlags",
    "log.(*Logger).SetOutput",
    "log.(*Logger).SetPrefix",
    "log.(*Logger).Writer",
    "log.Default",
    "log.Fatal",
    "log.Fatalf",
    "log.Fatalln",
    "log.Flags",
    "log.New",
    "log.Panic",
    "log.Panicf",
    "log.Panicln",
    "log.Prefix",
    "log.Print",
    "log.Printf",
    "log.Println",
    "log.SetFlags",
    "log.SetOutput",
    "log.SetPrefix",
    "log.Writer",
    "maps.Clone",
    "maps.Copy",
    "maps.DeleteFunc",
    "maps.Equal",
    "maps.EqualFunc",
    "math.Abs",
    "math.Acos",
    "math.Acosh",
    "math.Asin",
    "math.Asinh",
    "math.Atan",
    "math.Atan2",
    "math.Atanh",
    "math.Cbrt",
    "math.Ceil",
    "math.Copysign",
    "math.Cos",
    "math.Cosh",
    "math.Dim",
    "math.Exp",
    "math.Exp2",
    "math.Expm1",
    "math.FMA",
    "math.Float32bits",
    "math.Float32frombits",
    "math.Float64bits",
    "math.Float64frombits",
    "math.Floor",
    "math.Frexp",
    "math.Hypot",
    "math.Inf",
    "math.IsInf",
    "math.IsNaN",
    "math.Ldexp",
    "math.Log",
    "math.Log10",
    "math.Log1p",
    "math.Log2",
    "math.Max",
    "math.Min",
    "math.Mod",
    "math.Modf",
    "math.NaN",
    "math.Pow",
    "math.Pow10",
    "math.Remainder",
    "math.Round",
    "math.RoundToEven",
    "math.Signbit",
    "math.Sin",
    "math.Sincos",
    "math.Sinh",
    "math.Sqrt",
    "math.Tan",
    "math.Tanh",
    "math.Trunc",
    "math/rand.(*Rand).Float32",
    "math/rand.(*Rand).Float64",
    "math/rand.(*Rand).Int",
    "math/rand.(*Rand).Int31",
    "math/rand.(*Rand).Int31n",
    "math/rand.(*Rand).Int63",
    "math/rand.(*Rand).Int63n",
    "math/rand.(*Rand).Intn",
    "math/rand.(*Rand).Perm",
    "math/rand.(*Rand).Seed",
    "math/rand.(*Rand).Shuffle",
    "math/rand.(*Rand).Uint32",
    "math/rand.(*Rand).Uint64",
    "math/rand.(*rngSource).Int63",
    "math/rand.(*rngSource).Seed",
    "math/rand.(*rngSource).Uint64",
    "math/rand.ExpFloat64",
    "math/rand.Float32",
    "math/rand.Float64",
    "math/rand.Int",
    "math/rand.Int31",
    "math/rand.Int31n",
    "math/rand.Int63",
    "math/rand.Int63n",
    "math/rand.Intn",
    "math/rand.New",
    "math/rand.NewSource",
    "math/rand.NormFloat64",
    "math/rand.Perm",
    "math/rand.Seed",
    "math/rand.Shuffle",
    "math/rand.Uint32",
    "math/rand.Uint64",
    "math/rand/v2.Float32",
    "math/rand/v2.Float64",
    "math/rand/v2.Int",
    "math/rand/v2.Int32",
    "math/rand/v2.Int32N",
    "math/rand/v2.Int64",
    "math/rand/v2.Int64N",
    "math/rand/v2.IntN",
    "math/rand/v2.N",
    "math/rand/v2.Perm",
    "math/rand/v2.Shuffle",
    "math/rand/v2.Uint32",
    "math/rand/v2.Uint32N",
    "math/rand/v2.Uint64",
    "math/rand/v2.Uint64N",
    "math/rand/v2.UintN",
    "os.(*File).Name",
    "os.(*File).Write",
    "os.(*File).WriteString",
    "os.Getenv",
    "os.LookupEnv",
    "os.Stderr",
    "os.Stdin",
    "os.Stdout",
    "slices.BinarySearch",
    "slices.Contains",
    "slices.ContainsFunc",
    "slices.Equal",
    "slices.Index",
    "slices.IndexFunc",
    "slices.IsSorted",
    "slices.Max",
    "slices.Min",
    "slices.Reverse",
    "slices.Sort",
    "slices.SortFunc",
    "slices.SortStableFunc",
    "sort.(*reverse).Len",
    "sort.(*reverse).Less",
    "sort.(*reverse).Swap",
    "sort.Find",
    "sort.Float64Slice.Len",
    "sort.Float64Slice.Less",
    "sort.Float64Slice.Search",
    "sort.Float64Slice.Sort",
    "sort.Float64Slice.Swap",
    "sort.Float64s",
    "sort.Float64sAreSorted",
    "sort.IntSlice.Len",
    "sort.IntSlice.Less",
    "sort.IntSlice.Search",
    "sort.IntSlice.Sort",
    "sort.IntSlice.Swap",
    "sort.Ints",
    "sort.IntsAreSorted",
    "sort.IsSorted",
    "sort.Reverse",
    "sort.Search",
    "sort.SearchFloat64s",
    "sort.SearchInts",
    "sort.SearchStrings",
    "sort.Slice",
    "sort.SliceIsSorted",
    "sort.SliceStable",
    "sort.Sort",
    "sort.Stable",
    "sort.StringSlice.Len",
    "sort.StringSlice.Less",
    "sort.StringSlice.Search",
    "sort.StringSlice.Sort",
    "sort.StringSlice.Swap",
    "sort.Strings",
    "sort.StringsAreSorted",
    "strconv.(*NumError).Error",
    "strconv.(*NumError).Unwrap",
    "strconv.AppendInt",
    "strconv.AppendQuote",
    "strconv.Atoi",
    "strconv.CanBackquote",
    "strconv.ErrRange",
    "strconv.ErrSyntax",
    "strconv.FormatBool",
    "strconv.FormatFloat",
    "strconv.FormatInt",
    "strconv.FormatUint",
    "strconv.IsPrint",
    "strconv.Itoa",
    "strconv.ParseBool",
    "strconv.ParseFloat",
    "strconv.ParseInt",
    "strconv.ParseUint",
    "strconv.Quote",
    "strconv.QuoteRune",
    "strconv.QuoteRuneToASCII",
    "strconv.QuoteToASCII",
    "strconv.Unquote",
    "strings.(*Builder).Cap",
    "strings.(*Builder).Grow",
    "strings.(*Builder).Len",
    "strings.(*Builder).Reset",
    "strings.(*Builder).String",
    "strings.(*Builder).Write",
    "strings.(*Builder).WriteByte",
    "strings.(*Builder).WriteRune",
    "strings.(*Builder).WriteString",
    "strings.(*Reader).Len",
    "strings.(*Reader).Read",
    "strings.(*Reader).ReadByte",
    "strings.(*Reader).ReadRune",
    "strings.(*Reader).Reset",
    "strings.(*Reader).Size",
    "strings.(*Reader).UnreadByte",
    "strings.(*Reader).UnreadRune",
    "strings.(*Replacer).Replace",
    "strings.Clone",
    "strings.Compare",
    "strings.Contains",
    "strings.ContainsAny",
    "strings.ContainsFunc",
    "strings.ContainsRune",
    "strings.Count",
    "strings.Cut",
    "strings.CutPrefix",
    "strings.CutSuffix",
    "strings.EqualFold",
    "strings.Fields",
    "strings.FieldsFunc",
    "strings.HasPrefix",
    "strings.HasSuffix",
    "strings.Index",
    "strings.IndexAny",
    "strings.IndexByte",
    "strings.IndexFunc",
    "strings.IndexRune",
    "strings.Join",
    "strings.LastIndex",
    "strings.LastIndexAny",
    "strings.LastIndexByte",
    "strings.LastIndexFunc",
    "strings.Map",
    "strings.NewReader",
    "strings.NewReplacer",
    "strings.Repeat",
    "strings.Replace",
    "strings.ReplaceAll",
    "strings.Split",
    "strings.SplitAfter",
    "strings.SplitAfterN",
    "strings.SplitN",
    "strings.Title",
    "strings.ToLower",
    "strings.ToTitle",
    "strings.ToUpper",
    "strings.ToValidUTF8",
    "strings.Trim",
    "strings.TrimFunc",
    "strings.TrimLeft",
    "strings.TrimLeftFunc",
    "strings.TrimPrefix",
    "strings.TrimRight",
    "strings.TrimRightFunc",
    "strings.TrimSpace",
    "strings.TrimSuffix",
    "sync.(*Cond).Broadcast",
    "sync.(*Cond).Signal",
    "sync.(*Cond).Wait",
    "sync.(*Map).Clear",
    "sync.(*Map).CompareAndDelete",
    "sync.(*Map).CompareAndSwap",
    "sync.(*Map).Delete",
    "sync.(*Map).Load",
    "sync.(*Map).LoadAndDelete",
    "sync.(*Map).LoadOrStore",
    "sync.(*Map).Range",
    "sync.(*Map).Store",
    "sync.(*Map).Swap",
    "sync.(*Pool).Get",
    "sync.(*Pool).Put",
    "sync.(*RWMutex).RLocker",
    "sync.(*RWMutex).TryLock",
    "sync.(*RWMutex).TryRLock",
    "sync.(*rlocker).Lock",
    "sync.(*rlocker).Unlock",
    "sync.NewCond",
    "sync/atomic.(*Bool).CompareAndSwap",
    "sync/atomic.(*Bool).Swap",
    "sync/atomic.(*Int32).And",
    "sync/atomic.(*Int32).CompareAndSwap",
    "sync/atomic.(*Int32).Or",
    "sync/atomic.(*Int32).Swap",
    "sync/atomic.(*Int64).And",
    "sync/atomic.(*Int64).CompareAndSwap",
    "sync/atomic.(*Int64).Or",
    "sync/atomic.(*Int64).Swap",
    "sync/atomic.(*Pointer).CompareAndSwap",
    "sync/atomic.(*Pointer).Load",
    "sync/atomic.(*Pointer).Store",
    "sync/atomic.(*Pointer).Swap",
    "sync/atomic.(*Uint32).Add",
    "sync/atomic.(*Uint32).And",
    "sync/atomic.(*Uint32).CompareAndSwap",
    "sync/atomic.(*Uint32).Load",
    "sync/atomic.(*Uint32).Or",
    "sync/atomic.(*Uint32).Store",
    "sync/atomic.(*Uint32).Swap",
    "sync/atomic.(*Uint64).Add",
    "sync/atomic.(*Uint64).And",
    "sync/atomic.(*Uint64).CompareAndSwap",
    "sync/atomic.(*Uint64).Load",
    "sync/atomic.(*Uint64).Or",
    "sync/atomic.(*Uint64).Store",
    "sync/atomic.(*Uint64).Swap",
    "sync/atomic.(*Value).CompareAndSwap",
    "sync/atomic.(*Value).Load",
    "sync/atomic.(*Value).Store",
    "sync/atomic.(*Value).Swap",
    "sync/atomic.AddUint32",
    "sync/atomic.AddUint64",
    "sync/atomic.AndInt32",
    "sync/atomic.AndInt64",
    "sync/atomic.AndUint32",
    "sync/atomic.AndUint64",
    "sync/atomic.CompareAndSwapUint32",
    "sync/atomic.CompareAndSwapUint64",
    "sync/atomic.LoadUint32",
    "sync/atomic.LoadUint64",
    "sync/atomic.OrInt32",
    "sync/atomic.OrInt64",
    "sync/atomic.OrUint32",
    "sync/atomic.OrUint64",
    "sync/atomic.StoreUint32",
    "sync/atomic.StoreUint64",
    "sync/atomic.SwapInt32",
    "sync/atomic.SwapInt64",
    "sync/atomic.SwapUint32",
    "sync/atomic.SwapUint64",
    "time.(*Location).String",
    "time.Date",
    "time.Duration.Abs",
    "time.Duration.Hours",
    "time.Duration.Microseconds",
    "time.Duration.Minutes",
    "time.Duration.Nanoseconds",
    "time.Duration.Round",
    "time.Duration.Truncate",
    "time.Local",
    "time.Month.String",
    "time.ParseDuration",
    "time.Time.Add",
    "time.Time.AddDate",
    "time.Time.After",
    "time.Time.Before",
    "time.Time.Clock",
    "time.Time.Compare",
    "time.Time.Date",
    "time.Time.Day",
    "time.Time.Equal",
    "time.Time.Format",
    "time.Time.Hour",
    "time.Time.In",
    "time.Time.IsZero",
    "time.Time.Local",
    "time.Time.Location",
    "time.Time.Minute",
    "time.Time.Month",
    "time.Time.Nanosecond",
    "time.Time.Round",
    "time.Time.Second",
    "time.Time.String",
    "time.Time.Truncate",
    "time.Time.UTC",
    "time.Time.Unix",
    "time.Time.UnixMicro",
    "time.Time.UnixMilli",
    "time.Time.UnixNano",
    "time.Time.Weekday",
    "time.Time.Year",
    "time.Time.YearDay",
    "time.UTC",
    "time.Unix",
    "time.UnixMicro",
    "time.UnixMilli",
    "time.Until",
    "time.Weekday.String",
    "unicode.IsControl",
    "unicode.IsDigit",
    "unicode.IsGraphic",
    "unicode.IsLetter",
    "unicode.IsLower",
    "unicode.IsNumber",
    "unicode.IsPrint",
    "unicode.IsPunct",
    "unicode.IsSpace",
    "unicode.IsTitle",
    "unicode.IsUpper",
    "unicode.ToLower",
    "unicode.ToTitle",
    "unicode.ToUpper",
    "unicode/utf8.AppendRune",
    "unicode/utf8.DecodeLastRune",
    "unicode/utf8.DecodeLastRuneInString",
    "unicode/utf8.DecodeRune",
    "unicode/utf8.DecodeRuneInString",
    "unicode/utf8.EncodeRune",
    "unicode/utf8.FullRune",
    "unicode/utf8.FullRuneInString",
    "unicode/utf8.RuneCount",
    "unicode/utf8.RuneCountInString",
    "unicode/utf8.RuneLen",
    "unicode/utf8.RuneStart",
    "unicode/utf8.Valid",
    "unicode/utf8.ValidRune",
    "unicode/utf8.ValidString",
];

/// Whether `lib_native` implements `name`.
pub(super) fn handles(name: &str) -> bool {
    NAMES.binary_search(&name).is_ok()
}

/// Runs native `name` for goroutine `gid`, or returns None when this module does not know it.
pub(super) fn lib_native(
    m: &mut Machine,
    gid: u32,
    name: &str,
    args: &[Value],
    span: Span,
) -> Option<Res<Flow>> {
    if !handles(name) {
        return None;
    }
    let (pkg, member) = split_name(name);
    let results = match pkg {
        "strings" => m.strings_native(member, args),
        "bytes" => m.bytes_native(member, args),
        "strconv" => m.strconv_native(member, args),
        "math" => math_native(member, args).map(Ok),
        "math/rand" => m.rand_native(member, args),
        "math/rand/v2" => m.rand_v2_native(member, args),
        "sort" => m.sort_native(member, args),
        "slices" | "cmp" => m.slices_native(member, args),
        "maps" => m.maps_native(member, args),
        "errors" => m.errors_native(member, args),
        "time" => m.time_native(member, args),
        "unicode" => unicode_native(member, args).map(Ok),
        "unicode/utf8" => m.utf8_native(member, args),
        "io" if member == "WriteString" => {
            return Some(m.write_to(gid, span, &args[0], args[1].as_bytes().to_vec()));
        }
        "io" if member == "Copy" => {
            // Read everything, then write it: (bytes written, the writer's error).
            return Some(m.io_read_native("ReadAll", &args[1..])?.and_then(|r| {
                let data = m.byte_items(&r[0]);
                m.write_to(gid, span, &args[0], data)
            }));
        }
        "io" => m.io_read_native(member, args),
        "os" | "fmt" => return m.io_native(gid, member, args, span),
        "log" => return Some(m.log_native(gid, member, args, span)),
        "sync" => return m.sync_native(gid, member, args, span),
        "sync/atomic" => return m.atomic_native(gid, member, args, span),
        _ => None,
    }?;
    Some(results.map(|vals| {
        for v in vals {
            m.push_value(gid, v);
        }
        Flow::Continue
    }))
}

/// `math/rand.(*Rand).Intn` → (`math/rand`, `(*Rand).Intn`).
fn split_name(name: &str) -> (&str, &str) {
    let from = name.rfind('/').map(|i| i + 1).unwrap_or(0);
    match name[from..].find('.') {
        Some(i) => (&name[..from + i], &name[from + i + 1..]),
        None => (name, ""),
    }
}

type Vals = Res<Vec<Value>>;

fn one(v: Value) -> Option<Vals> {
    Some(Ok(vec![v]))
}

fn bytes_value(b: impl AsRef<[u8]>) -> Value {
    Value::Str(Rc::from(b.as_ref()))
}

fn int(i: impl Into<i64>) -> Value {
    Value::Int(i.into())
}

fn index_value(i: Option<usize>) -> Value {
    Value::Int(i.map(|i| i as i64).unwrap_or(-1))
}

fn nil_deref() -> String {
    super::vm::nil_deref()
}

/// A pointer to field `i` of the struct `p` points to.
fn field_ptr(p: &Value, i: u32) -> Res<Ptr> {
    let Value::Ptr(p) = p else { return Err(nil_deref()) };
    let mut path = p.path.to_vec();
    path.push(i);
    Ok(Ptr { obj: p.obj, path: Rc::from(path) })
}

/// The id of a native.
fn native_id(name: &str) -> u32 {
    super::natives::id_of(name).unwrap_or(u32::MAX)
}

/// The dynamic type and value of an interface value.
fn iface_parts(v: &Value) -> Option<(TypeId, &Value)> {
    match v {
        Value::Iface(b) => Some((TypeId(b.0), &b.1)),
        _ => None,
    }
}

impl Machine {
    /// A new slice holding `items`.
    pub(super) fn new_slice(&mut self, items: Vec<Value>) -> Value {
        let len = items.len() as u32;
        let arr = self.heap.alloc(HeapObj::Array(items));
        Value::Slice { arr, off: 0, len, cap: len }
    }

    fn string_slice<B: AsRef<[u8]>>(&mut self, parts: impl IntoIterator<Item = B>) -> Value {
        let items = parts.into_iter().map(bytes_value).collect();
        self.new_slice(items)
    }

    /// The bytes of a `[]byte`.
    fn byte_items(&self, s: &Value) -> Vec<u8> {
        self.slice_items(s).iter().map(|v| v.as_int() as u8).collect()
    }

    /// `append(s, bytes...)` for a `[]byte`, growing the backing array as `append` does.
    fn append_bytes(&mut self, s: &Value, bytes: &[u8]) -> Value {
        let items: Vec<Value> = bytes.iter().map(|&b| Value::Int(i64::from(b))).collect();
        self.append_values(s, items, Value::Int(0))
    }

    fn append_values(&mut self, s: &Value, items: Vec<Value>, zero: Value) -> Value {
        let (arr, off, len, cap) = match s {
            Value::Slice { arr, off, len, cap } => (Some(*arr), *off, *len, *cap),
            _ => (None, 0, 0, 0),
        };
        if items.is_empty() {
            return s.clone();
        }
        let new_len = len + items.len() as u32;
        if let Some(arr) = arr.filter(|_| new_len <= cap) {
            let a = self.heap.array_mut(arr);
            for (i, v) in items.into_iter().enumerate() {
                a[(off + len) as usize + i] = v;
            }
            return Value::Slice { arr, off, len: new_len, cap };
        }
        let mut new_cap = if cap == 0 { new_len } else { cap };
        while new_cap < new_len {
            new_cap = if new_cap < 256 { new_cap * 2 } else { new_cap + (new_cap + 768) / 4 };
        }
        let mut data: Vec<Value> = match arr {
            Some(a) => self.heap.array(a)[off as usize..(off + len) as usize].to_vec(),
            None => Vec::new(),
        };
        data.extend(items);
        data.resize(new_cap as usize, zero);
        let arr = self.heap.alloc(HeapObj::Array(data));
        Value::Slice { arr, off: 0, len: new_len, cap: new_cap }
    }

    /// The `TypeId` of the named type `pkg.name`.
    fn lib_named(&self, pkg: &str, name: &str) -> TypeId {
        let t = &self.prog.types;
        for i in 0..t.n_named() {
            let nid = crate::check::types::NamedId(i as u32);
            let n = t.named(nid);
            if n.name == name
                && n.package.as_deref() == Some(pkg)
                && let Some(id) = t.lookup(&Type::Named(nid))
            {
                return id;
            }
        }
        wk::INVALID
    }

    /// Whether `ty` is `pkg.name` (or `*pkg.name` when `ptr`).
    fn type_is(&self, ty: TypeId, pkg: &str, name: &str, ptr: bool) -> bool {
        let t = &self.prog.types;
        let base = match (ptr, t.get(ty)) {
            (true, Type::Pointer(e)) => *e,
            (true, _) => return false,
            (false, _) => ty,
        };
        t.named_id(base).is_some_and(|n| {
            let n = t.named(n);
            n.name == name && n.package.as_deref() == Some(pkg)
        })
    }

    /// A `*pkg.name` value boxing a struct with `fields`, as an interface value.
    fn boxed_iface(&mut self, pkg: &str, name: &str, fields: Vec<Value>) -> Value {
        let named = self.lib_named(pkg, name);
        let ptr_ty = self.prog.types.lookup(&Type::Pointer(named)).unwrap_or(wk::INVALID);
        let p = self.box_value(Value::Tuple(fields.into()));
        Value::Iface(Rc::new((ptr_ty.0, p)))
    }

    fn box_value(&mut self, v: Value) -> Value {
        let obj = self.heap.alloc(HeapObj::Cell(v));
        Value::Ptr(Ptr::root(obj))
    }

    /// `errors.New(text)`.
    fn new_error_value(&mut self, text: &[u8]) -> Value {
        self.boxed_iface("errors", "errorString", vec![bytes_value(text)])
    }

    /// A package-level value made once, so that it keeps its identity (`err == ErrSyntax`).
    fn lib_sentinel(
        &mut self,
        key: &'static str,
        make: impl FnOnce(&mut Machine) -> Value,
    ) -> Value {
        if let Some(v) = self.natives_state.sentinels.get(key) {
            return v.clone();
        }
        let v = make(self);
        self.natives_state.sentinels.insert(key, v.clone());
        v
    }

    fn error_sentinel(&mut self, key: &'static str, text: &str) -> Value {
        self.lib_sentinel(key, |m| m.new_error_value(text.as_bytes()))
    }

    /// Runs a Go function value to completion, as `call_sync` does for a function; the callee
    /// must not block.
    fn call_value_sync(&mut self, f: &Value, args: Vec<Value>) -> Res<Vec<Value>> {
        let Value::Func(c) = f else { return Err(nil_deref()) };
        self.call_sync_closure(c.func, Some(Rc::clone(c)), args)
    }

    /// The function and receiver of method `name` of interface value `recv`.
    fn method_target(&self, recv: &Value, name: &str) -> Res<(super::value::FuncId, Value)> {
        let Some((ty, v)) = iface_parts(recv) else { return Err(nil_deref()) };
        let Some((f, ptr_recv)) = self.method_of(ty, name) else {
            return Err(format!(
                "!method {name} not found for {}",
                self.prog.types.display_qualified(ty)
            ));
        };
        let is_ptr = matches!(self.prog.types.get(ty), Type::Pointer(_));
        let r = if is_ptr && !ptr_recv {
            match v {
                Value::Ptr(p) => self.heap.load(p),
                _ => return Err(nil_deref()),
            }
        } else {
            v.clone()
        };
        Ok((f, r))
    }

    /// Calls method `name` of interface value `recv` to completion.
    pub(super) fn call_method_sync(&mut self, recv: &Value, name: &str, args: Vec<Value>) -> Vals {
        let (f, r) = self.method_target(recv, name)?;
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(r);
        all.extend(args);
        self.call_sync(f, all)
    }

    /// The text of an error value (its `Error` method's result).
    fn error_text(&mut self, e: &Value) -> Res<Vec<u8>> {
        let r = self.call_method_sync(e, "Error", Vec::new())?;
        Ok(r.first().map(|v| v.as_bytes().to_vec()).unwrap_or_default())
    }

    /// The source text a method was called through (`mu` in `mu.Lock()`), for trace names.
    fn receiver_text(&self, span: Span) -> String {
        let text = self.prog.source.get(span.range()).unwrap_or("");
        let recv = match text.find('(') {
            Some(i) => &text[..i],
            None => text,
        };
        recv.rsplit_once('.')
            .map(|(r, _)| r.trim_start_matches('&').to_string())
            .unwrap_or_else(|| recv.to_string())
    }

    /// A trace event for an access to a shared object through `span`'s receiver.
    fn access_event(&mut self, gid: u32, span: Span, write: bool) {
        let name = self.receiver_text(span);
        let loc = self.tracer.intern(&name);
        self.event(gid, span, EventKind::Access { loc, write });
    }
}

// ---------------------------------------------------------------------------------------------
// UTF-8 (`unicode/utf8`) and case mapping (`unicode`).

const RUNE_ERROR: u32 = 0xFFFD;

/// `utf8.DecodeRune`: (RUNE_ERROR, 1) for an invalid encoding, (RUNE_ERROR, 0) when empty.
fn decode_rune(b: &[u8]) -> (u32, usize) {
    let Some(&b0) = b.first() else { return (RUNE_ERROR, 0) };
    if b0 < 0x80 {
        return (u32::from(b0), 1);
    }
    let (n, lo, hi, init) = match b0 {
        0xC2..=0xDF => (2, 0x80, 0xBF, b0 & 0x1F),
        0xE0 => (3, 0xA0, 0xBF, b0 & 0x0F),
        0xE1..=0xEC | 0xEE..=0xEF => (3, 0x80, 0xBF, b0 & 0x0F),
        0xED => (3, 0x80, 0x9F, b0 & 0x0F),
        0xF0 => (4, 0x90, 0xBF, b0 & 0x07),
        0xF1..=0xF3 => (4, 0x80, 0xBF, b0 & 0x07),
        0xF4 => (4, 0x80, 0x8F, b0 & 0x07),
        _ => return (RUNE_ERROR, 1),
    };
    if b.len() < 2 || !(lo..=hi).contains(&b[1]) {
        return (RUNE_ERROR, 1);
    }
    let mut r = (u32::from(init) << 6) | u32::from(b[1] & 0x3F);
    for i in 2..n {
        match b.get(i) {
            Some(&c) if c & 0xC0 == 0x80 => r = (r << 6) | u32::from(c & 0x3F),
            _ => return (RUNE_ERROR, 1),
        }
    }
    (r, n)
}

/// `utf8.FullRune`: whether `b` begins with a whole encoding (or an invalid one).
fn full_rune(b: &[u8]) -> bool {
    let Some(&b0) = b.first() else { return false };
    let (size, lo, hi) = match b0 {
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xE1..=0xEC | 0xEE..=0xEF => (3, 0x80, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xF0 => (4, 0x90, 0xBF),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        _ => (1, 0, 0),
    };
    b.len() >= size
        || (b.len() > 1 && !(lo..=hi).contains(&b[1]))
        || (b.len() > 2 && !(0x80..=0xBF).contains(&b[2]))
}

/// `utf8.DecodeLastRune`.
fn decode_last_rune(b: &[u8]) -> (u32, usize) {
    let end = b.len();
    if end == 0 {
        return (RUNE_ERROR, 0);
    }
    if b[end - 1] < 0x80 {
        return (u32::from(b[end - 1]), 1);
    }
    let lim = end.saturating_sub(4);
    let mut start = end - 1;
    while start > lim {
        if b[start] & 0xC0 != 0x80 {
            break;
        }
        start -= 1;
    }
    let (r, size) = decode_rune(&b[start..end]);
    if start + size != end {
        return (RUNE_ERROR, 1);
    }
    (r, size)
}

/// The runes of `s` with their byte offsets and widths, as `for i, r := range s` sees them.
fn runes(s: &[u8]) -> impl Iterator<Item = (usize, u32, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        if i >= s.len() {
            return None;
        }
        let (r, w) = decode_rune(&s[i..]);
        let at = i;
        i += w;
        Some((at, r, w))
    })
}

fn valid_rune(r: i64) -> bool {
    (0..0xD800).contains(&r) || (0xE000..=0x10FFFF).contains(&r)
}

/// `utf8.AppendRune`: invalid runes become U+FFFD.
fn push_rune(out: &mut Vec<u8>, r: i64) {
    let c = u32::try_from(r).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}');
    let mut tmp = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
}

fn rune_count(s: &[u8]) -> usize {
    runes(s).count()
}

/// `unicode.IsSpace`.
fn is_space(r: u32) -> bool {
    char::from_u32(r).is_some_and(char::is_whitespace)
}

/// Go's `unicode.To(case, r)` over `unicode.CaseRanges`: 0 upper, 1 lower, 2 title.
fn to_case(case: usize, r: u32) -> u32 {
    use super::case_ranges::{CASE_RANGES, UL};
    let i = CASE_RANGES.partition_point(|&(_, hi, _)| hi < r);
    match CASE_RANGES.get(i) {
        Some(&(lo, _, delta)) if lo <= r => {
            if delta[case] == UL {
                // Alternating pairs start with an uppercase letter: even offsets are upper
                // (and title), odd ones lower.
                lo + (((r - lo) & !1) | (case as u32 & 1))
            } else {
                r.wrapping_add_signed(delta[case])
            }
        }
        _ => r,
    }
}

/// `unicode.ToUpper`.
fn to_upper(r: u32) -> u32 {
    if r < 0x80 {
        return u32::from((r as u8).to_ascii_uppercase());
    }
    to_case(0, r)
}

/// `unicode.ToLower`.
fn to_lower(r: u32) -> u32 {
    if r < 0x80 {
        return u32::from((r as u8).to_ascii_lowercase());
    }
    to_case(1, r)
}

/// `unicode.ToTitle`.
fn to_title(r: u32) -> u32 {
    if r < 0x80 {
        return u32::from((r as u8).to_ascii_uppercase());
    }
    to_case(2, r)
}

/// `strings.EqualFold`'s rune comparison (simple case folding).
fn fold_eq(a: u32, b: u32) -> bool {
    a == b
        || to_lower(a) == to_lower(b)
        || to_upper(a) == to_upper(b)
        || (to_lower(to_upper(a)) == to_lower(to_upper(b)))
}

// ---------------------------------------------------------------------------------------------
// strings

fn index(s: &[u8], sep: &[u8]) -> Option<usize> {
    if sep.is_empty() {
        return Some(0);
    }
    if sep.len() > s.len() {
        return None;
    }
    s.windows(sep.len()).position(|w| w == sep)
}

fn last_index(s: &[u8], sep: &[u8]) -> Option<usize> {
    if sep.is_empty() {
        return Some(s.len());
    }
    if sep.len() > s.len() {
        return None;
    }
    s.windows(sep.len()).rposition(|w| w == sep)
}

/// `strings.IndexRune`.
fn index_rune(s: &[u8], r: i64) -> Option<usize> {
    if (0..0x80).contains(&r) {
        return s.iter().position(|&b| i64::from(b) == r);
    }
    if r == i64::from(RUNE_ERROR) {
        return runes(s).find(|&(_, c, _)| c == RUNE_ERROR).map(|(i, _, _)| i);
    }
    if !valid_rune(r) {
        return None;
    }
    let mut enc = Vec::new();
    push_rune(&mut enc, r);
    index(s, &enc)
}

fn count(s: &[u8], sep: &[u8]) -> usize {
    if sep.is_empty() {
        return rune_count(s) + 1;
    }
    let mut n = 0;
    let mut rest = s;
    while let Some(i) = index(rest, sep) {
        n += 1;
        rest = &rest[i + sep.len()..];
    }
    n
}

/// `strings.genSplit`: at most `n` pieces (all when negative), keeping `sep_save` bytes of the
/// separator.
fn gen_split<'s>(s: &'s [u8], sep: &[u8], sep_save: usize, n: i64) -> Vec<&'s [u8]> {
    if n == 0 {
        return Vec::new();
    }
    if sep.is_empty() {
        // explode: one piece per UTF-8 sequence, the last holding the rest.
        let l = rune_count(s) as i64;
        let n = if n < 0 || n > l { l } else { n } as usize;
        let mut out = Vec::with_capacity(n);
        let mut rest = s;
        for _ in 0..n.saturating_sub(1) {
            let (_, w) = decode_rune(rest);
            out.push(&rest[..w]);
            rest = &rest[w..];
        }
        if n > 0 {
            out.push(rest);
        }
        return out;
    }
    let mut n = if n < 0 { count(s, sep) as i64 + 1 } else { n };
    n = n.min(s.len() as i64 + 1);
    let mut out = Vec::new();
    let mut rest = s;
    while (out.len() as i64) < n - 1 {
        let Some(m) = index(rest, sep) else { break };
        out.push(&rest[..m + sep_save]);
        rest = &rest[m + sep.len()..];
    }
    out.push(rest);
    out
}

/// `strings.Fields`.
fn fields(s: &[u8]) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, r, _) in runes(s) {
        let sep = r != RUNE_ERROR && is_space(r);
        match (sep, start) {
            (true, Some(st)) => {
                out.push(&s[st..i]);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push(&s[st..]);
    }
    out
}

/// `strings.Replace`.
fn replace(s: &[u8], old: &[u8], new: &[u8], n: i64) -> Vec<u8> {
    if old == new || n == 0 {
        return s.to_vec();
    }
    let m = count(s, old) as i64;
    if m == 0 {
        return s.to_vec();
    }
    let n = if n < 0 || m < n { m } else { n };
    let mut out = Vec::with_capacity(s.len());
    let mut start = 0;
    for i in 0..n {
        let mut j = start;
        if old.is_empty() {
            if i > 0 {
                j += decode_rune(&s[start..]).1;
            }
        } else {
            j += index(&s[start..], old).unwrap_or(0);
        }
        out.extend_from_slice(&s[start..j]);
        out.extend_from_slice(new);
        start = j + old.len();
    }
    out.extend_from_slice(&s[start.min(s.len())..]);
    out
}

/// Maps every rune of `s` (invalid bytes as U+FFFD), as `strings.Map` does; a negative result
/// drops the rune.
fn map_runes(s: &[u8], mut f: impl FnMut(u32) -> i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for (_, r, _) in runes(s) {
        let m = f(r);
        if m >= 0 {
            push_rune(&mut out, m);
        }
    }
    out
}

/// `strings.Title`'s word boundaries.
fn is_separator(r: u32) -> bool {
    if r <= 0x7F {
        let c = r as u8;
        return !(c.is_ascii_alphanumeric() || c == b'_');
    }
    let Some(c) = char::from_u32(r) else { return false };
    if c.is_alphabetic() || c.is_numeric() {
        return false;
    }
    is_space(r)
}

fn title(s: &[u8]) -> Vec<u8> {
    let mut prev = u32::from(b' ');
    map_runes(s, |r| {
        let out = if is_separator(prev) { to_title(r) } else { r };
        prev = r;
        i64::from(out)
    })
}

fn trim_left_set<'s>(s: &'s [u8], set: &[u8]) -> &'s [u8] {
    let mut s = s;
    while !s.is_empty() {
        let (r, n) = decode_rune(s);
        if index_rune(set, i64::from(r)).is_none() {
            break;
        }
        s = &s[n..];
    }
    s
}

fn trim_right_set<'s>(s: &'s [u8], set: &[u8]) -> &'s [u8] {
    let mut s = s;
    while !s.is_empty() {
        let (r, n) = decode_last_rune(s);
        if index_rune(set, i64::from(r)).is_none() {
            break;
        }
        s = &s[..s.len() - n];
    }
    s
}

fn trim_space(s: &[u8]) -> &[u8] {
    let mut s = s;
    while !s.is_empty() {
        let (r, n) = decode_rune(s);
        if r == RUNE_ERROR || !is_space(r) {
            break;
        }
        s = &s[n..];
    }
    while !s.is_empty() {
        let (r, n) = decode_last_rune(s);
        if r == RUNE_ERROR || !is_space(r) {
            break;
        }
        s = &s[..s.len() - n];
    }
    s
}

/// `strings.EqualFold`.
fn equal_fold(s: &[u8], t: &[u8]) -> bool {
    let a: Vec<u32> = runes(s).map(|(_, r, _)| r).collect();
    let b: Vec<u32> = runes(t).map(|(_, r, _)| r).collect();
    a.len() == b.len() && a.iter().zip(&b).all(|(&x, &y)| fold_eq(x, y))
}

/// `strings.ToValidUTF8`.
fn to_valid_utf8(s: &[u8], replacement: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut invalid = false;
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode_rune(&s[i..]);
        if r == RUNE_ERROR && w == 1 {
            if !invalid {
                out.extend_from_slice(replacement);
                invalid = true;
            }
        } else {
            out.extend_from_slice(&s[i..i + w]);
            invalid = false;
        }
        i += w;
    }
    out
}

/// `strings.Replacer.Replace`: at each position the first pair (in argument order) whose old
/// string matches wins; an empty old string matches once between other matches.
fn replacer_replace(pairs: &[(Vec<u8>, Vec<u8>)], s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut last = 0;
    let mut prev_empty = false;
    let mut i = 0;
    while i <= s.len() {
        let found = pairs
            .iter()
            .find(|(old, _)| s[i..].starts_with(old) && !(old.is_empty() && prev_empty));
        match found {
            Some((old, new)) => {
                out.extend_from_slice(&s[last..i]);
                out.extend_from_slice(new);
                i += old.len();
                last = i;
                prev_empty = old.is_empty();
            }
            None => {
                prev_empty = false;
                i += 1;
            }
        }
    }
    out.extend_from_slice(&s[last.min(s.len())..]);
    out
}

impl Machine {
    /// Calls a `func(rune) bool` callback.
    fn rune_pred(&mut self, f: &Value, r: u32) -> Res<bool> {
        let out = self.call_value_sync(f, vec![Value::Int(i64::from(r))])?;
        Ok(out.first().is_some_and(Value::as_bool))
    }

    /// The first rune offset where `f(r) == want`, as `strings.indexFunc`.
    fn index_func(&mut self, s: &[u8], f: &Value, want: bool) -> Res<Option<usize>> {
        for (i, r, _) in runes(s) {
            if self.rune_pred(f, r)? == want {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    /// The last rune offset where `f(r) == want`, as `strings.lastIndexFunc`.
    fn last_index_func(&mut self, s: &[u8], f: &Value, want: bool) -> Res<Option<usize>> {
        let mut i = s.len();
        while i > 0 {
            let (r, size) = decode_last_rune(&s[..i]);
            i -= size;
            if self.rune_pred(f, r)? == want {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    fn trim_right_func<'s>(&mut self, s: &'s [u8], f: &Value) -> Res<&'s [u8]> {
        Ok(match self.last_index_func(s, f, false)? {
            Some(i) => &s[..i + decode_rune(&s[i..]).1],
            None => &s[..0],
        })
    }

    fn trim_left_func<'s>(&mut self, s: &'s [u8], f: &Value) -> Res<&'s [u8]> {
        Ok(match self.index_func(s, f, false)? {
            Some(i) => &s[i..],
            None => &s[s.len()..],
        })
    }

    fn strings_native(&mut self, f: &str, a: &[Value]) -> Option<Vals> {
        let s = |i: usize| a[i].as_bytes();
        let b = Value::Bool;
        match f {
            "Clone" => one(a[0].clone()),
            "Compare" => one(int(match s(0).cmp(s(1)) {
                std::cmp::Ordering::Less => -1,
                std::cmp::Ordering::Equal => 0,
                std::cmp::Ordering::Greater => 1,
            })),
            "Contains" => one(b(index(s(0), s(1)).is_some())),
            "ContainsAny" => {
                one(b(runes(s(0)).any(|(_, r, _)| index_rune(s(1), i64::from(r)).is_some())))
            }
            "ContainsRune" => one(b(index_rune(s(0), a[1].as_int()).is_some())),
            "ContainsFunc" => {
                Some(self.index_func(s(0), &a[1], true).map(|i| vec![b(i.is_some())]))
            }
            "Count" => one(int(count(s(0), s(1)) as i64)),
            "Cut" => Some(Ok(match index(s(0), s(1)) {
                Some(i) => {
                    vec![bytes_value(&s(0)[..i]), bytes_value(&s(0)[i + s(1).len()..]), b(true)]
                }
                None => vec![a[0].clone(), Value::str(""), b(false)],
            })),
            "CutPrefix" => Some(Ok(match s(0).strip_prefix(s(1)) {
                Some(rest) => vec![bytes_value(rest), b(true)],
                None => vec![a[0].clone(), b(false)],
            })),
            "CutSuffix" => Some(Ok(match s(0).strip_suffix(s(1)) {
                Some(rest) => vec![bytes_value(rest), b(true)],
                None => vec![a[0].clone(), b(false)],
            })),
            "EqualFold" => one(b(equal_fold(s(0), s(1)))),
            "Fields" => {
                let parts = fields(s(0));
                one(self.string_slice(parts))
            }
            "FieldsFunc" => Some(self.fields_func(s(0), &a[1])),
            "HasPrefix" => one(b(s(0).starts_with(s(1)))),
            "HasSuffix" => one(b(s(0).ends_with(s(1)))),
            "Index" => one(index_value(index(s(0), s(1)))),
            "IndexAny" => one(index_value(
                runes(s(0))
                    .find(|&(_, r, _)| index_rune(s(1), i64::from(r)).is_some())
                    .map(|(i, _, _)| i),
            )),
            "IndexByte" => {
                let c = a[1].as_int() as u8;
                one(index_value(s(0).iter().position(|&x| x == c)))
            }
            "IndexFunc" => Some(self.index_func(s(0), &a[1], true).map(|i| vec![index_value(i)])),
            "IndexRune" => one(index_value(index_rune(s(0), a[1].as_int()))),
            "Join" => {
                let items = self.slice_items(&a[0]);
                let mut out = Vec::new();
                for (i, e) in items.iter().enumerate() {
                    if i > 0 {
                        out.extend_from_slice(s(1));
                    }
                    out.extend_from_slice(e.as_bytes());
                }
                one(bytes_value(out))
            }
            "LastIndex" => one(index_value(last_index(s(0), s(1)))),
            "LastIndexAny" => {
                let mut i = s(0).len();
                let mut found = None;
                while i > 0 {
                    let (r, size) = decode_last_rune(&s(0)[..i]);
                    i -= size;
                    if index_rune(s(1), i64::from(r)).is_some() {
                        found = Some(i);
                        break;
                    }
                }
                one(index_value(found))
            }
            "LastIndexByte" => {
                let c = a[1].as_int() as u8;
                one(index_value(s(0).iter().rposition(|&x| x == c)))
            }
            "LastIndexFunc" => {
                Some(self.last_index_func(s(0), &a[1], true).map(|i| vec![index_value(i)]))
            }
            "Map" => {
                let mut err = None;
                let mapping = a[0].clone();
                let out = map_runes(s(1), |r| {
                    if err.is_some() {
                        return -1;
                    }
                    match self.call_value_sync(&mapping, vec![Value::Int(i64::from(r))]) {
                        Ok(v) => v.first().map(Value::as_int).unwrap_or(-1),
                        Err(e) => {
                            err = Some(e);
                            -1
                        }
                    }
                });
                Some(match err {
                    Some(e) => Err(e),
                    None => Ok(vec![bytes_value(out)]),
                })
            }
            "Repeat" => {
                let n = a[1].as_int();
                if n < 0 {
                    return Some(Err("!strings: negative Repeat count".into()));
                }
                let len = s(0).len() as u128 * n as u128;
                if len > i64::MAX as u128 {
                    return Some(Err("!strings: Repeat output length overflow".into()));
                }
                if len > u128::from(super::ops::MAX_STRING) {
                    return Some(Err(super::vm::OUT_OF_MEMORY.into()));
                }
                one(bytes_value(s(0).repeat(n as usize)))
            }
            "Replace" => one(bytes_value(replace(s(0), s(1), s(2), a[3].as_int()))),
            "ReplaceAll" => one(bytes_value(replace(s(0), s(1), s(2), -1))),
            "Split" | "SplitN" | "SplitAfter" | "SplitAfterN" => {
                let n = if f.ends_with('N') { a[2].as_int() } else { -1 };
                let save = if f.starts_with("SplitAfter") { s(1).len() } else { 0 };
                if n == 0 {
                    return one(Value::Nil);
                }
                let parts = gen_split(s(0), s(1), save, n);
                one(self.string_slice(parts))
            }
            "Title" => one(bytes_value(title(s(0)))),
            "ToLower" => one(bytes_value(map_runes(s(0), |r| i64::from(to_lower(r))))),
            "ToUpper" => one(bytes_value(map_runes(s(0), |r| i64::from(to_upper(r))))),
            "ToTitle" => one(bytes_value(map_runes(s(0), |r| i64::from(to_title(r))))),
            "ToValidUTF8" => one(bytes_value(to_valid_utf8(s(0), s(1)))),
            "Trim" => {
                if s(0).is_empty() || s(1).is_empty() {
                    return one(a[0].clone());
                }
                one(bytes_value(trim_right_set(trim_left_set(s(0), s(1)), s(1))))
            }
            "TrimLeft" => one(bytes_value(trim_left_set(s(0), s(1)))),
            "TrimRight" => one(bytes_value(trim_right_set(s(0), s(1)))),
            "TrimFunc" => Some((|| {
                let left = self.trim_left_func(s(0), &a[1])?;
                let both = self.trim_right_func(left, &a[1])?;
                Ok(vec![bytes_value(both)])
            })()),
            "TrimLeftFunc" => Some(self.trim_left_func(s(0), &a[1]).map(|r| vec![bytes_value(r)])),
            "TrimRightFunc" => {
                Some(self.trim_right_func(s(0), &a[1]).map(|r| vec![bytes_value(r)]))
            }
            "TrimSpace" => one(bytes_value(trim_space(s(0)))),
            "TrimPrefix" => one(bytes_value(s(0).strip_prefix(s(1)).unwrap_or(s(0)))),
            "TrimSuffix" => one(bytes_value(s(0).strip_suffix(s(1)).unwrap_or(s(0)))),
            "NewReplacer" => {
                let items = self.slice_items(&a[0]);
                if items.len() % 2 == 1 {
                    return Some(Err("!strings.NewReplacer: odd argument count".into()));
                }
                let copy = self.new_slice(items);
                one(self.box_value(Value::Tuple(vec![copy].into())))
            }
            "(*Replacer).Replace" => {
                let Value::Ptr(p) = &a[0] else { return Some(Err(nil_deref())) };
                let list = self.heap.load(p).fields().first().cloned().unwrap_or_default();
                let items = self.slice_items(&list);
                let pairs: Vec<(Vec<u8>, Vec<u8>)> = items
                    .chunks(2)
                    .map(|c| (c[0].as_bytes().to_vec(), c[1].as_bytes().to_vec()))
                    .collect();
                one(bytes_value(replacer_replace(&pairs, s(1))))
            }
            _ if f.starts_with("(*Builder).") => Some(self.builder_native(&f[11..], a, true)),
            "NewReader" => one(self
                .box_value(Value::Tuple(vec![a[0].clone(), Value::Int(0), Value::Int(-1)].into()))),
            _ if f.starts_with("(*Reader).") => Some(self.reader_native(&f[10..], a)),
            _ => None,
        }
    }

    fn fields_func(&mut self, s: &[u8], f: &Value) -> Vals {
        let mut parts: Vec<&[u8]> = Vec::new();
        let mut start = None;
        for (i, r, _) in runes(s) {
            let sep = self.rune_pred(f, r)?;
            match (sep, start) {
                (true, Some(st)) => {
                    parts.push(&s[st..i]);
                    start = None;
                }
                (false, None) => start = Some(i),
                _ => {}
            }
        }
        if let Some(st) = start {
            parts.push(&s[st..]);
        }
        Ok(vec![self.string_slice(parts)])
    }

    /// `strings.Builder`: its `buf` field is a `[]byte` the methods append to.
    /// `bytes`: a Buffer is a Builder that may be copied (and has `Bytes` and `Truncate`);
    /// the functions are `strings`' on the bytes, with byte-slice results.
    fn bytes_native(&mut self, f: &str, a: &[Value]) -> Option<Vals> {
        if let Some(method) = f.strip_prefix("(*Buffer).") {
            if matches!(a[0], Value::Nil) && method == "String" {
                return one(Value::str("<nil>"));
            }
            return Some(self.buffer_native(method, a));
        }
        let as_str = |m: &Machine, v: &Value| match v {
            Value::Slice { .. } | Value::Nil => bytes_value(m.byte_items(v)),
            _ => v.clone(),
        };
        let new_buffer = |m: &mut Machine, bytes: Vec<u8>| {
            let buf = if bytes.is_empty() { Value::Nil } else { m.byte_slice(&bytes) };
            m.box_value(Value::Tuple(vec![Value::Nil, buf].into()))
        };
        match f {
            "NewBuffer" => {
                let buf = self.box_value(Value::Tuple(vec![Value::Nil, a[0].clone()].into()));
                one(buf)
            }
            "NewBufferString" => {
                let bytes = a[0].as_bytes().to_vec();
                one(new_buffer(self, bytes))
            }
            "Equal" => one(Value::Bool(self.byte_items(&a[0]) == self.byte_items(&a[1]))),
            _ => {
                let args: Vec<Value> = a.iter().map(|v| as_str(self, v)).collect();
                let out = self.strings_native(f, &args)?;
                Some(out.map(|vals| {
                    vals.into_iter()
                        .map(|v| match (&v, f) {
                            (
                                Value::Str(b),
                                "Repeat" | "ToLower" | "ToTitle" | "ToUpper" | "TrimSpace",
                            ) => self.byte_slice(&b.clone()),
                            _ => v,
                        })
                        .collect()
                }))
            }
        }
    }

    /// A `[]byte` holding `bytes`.
    fn byte_slice(&mut self, bytes: &[u8]) -> Value {
        self.new_slice(bytes.iter().map(|&b| Value::Int(i64::from(b))).collect())
    }

    fn buffer_native(&mut self, method: &str, a: &[Value]) -> Vals {
        let field = field_ptr(&a[0], 1)?;
        let buf = self.heap.load(&field);
        match method {
            "Bytes" => Ok(vec![buf]),
            "Truncate" => {
                let n = a[1].as_int();
                let Value::Slice { arr, off, len, cap } = buf else {
                    if n == 0 {
                        return Ok(vec![]);
                    }
                    return Err("!bytes.Buffer: truncation out of range".into());
                };
                if n < 0 || n > i64::from(len) {
                    return Err("!bytes.Buffer: truncation out of range".into());
                }
                self.heap.store(&field, Value::Slice { arr, off, len: n as u32, cap });
                Ok(vec![])
            }
            "Reset" => {
                // Go keeps the storage: the length goes to zero.
                if let Value::Slice { arr, off, cap, .. } = buf {
                    self.heap.store(&field, Value::Slice { arr, off, len: 0, cap });
                }
                Ok(vec![])
            }
            _ => self.builder_native(method, a, false),
        }
    }

    fn builder_native(&mut self, method: &str, a: &[Value], check_copy: bool) -> Vals {
        let (addr, field) = (field_ptr(&a[0], 0)?, field_ptr(&a[0], 1)?);
        if check_copy
            && matches!(method, "Grow" | "Write" | "WriteByte" | "WriteRune" | "WriteString")
        {
            // Go's copyCheck: the first write remembers the Builder's address.
            match self.heap.load(&addr) {
                Value::Nil => self.heap.store(&addr, a[0].clone()),
                own if super::ops::equal(&own, &a[0]).unwrap_or(false) => {}
                _ => return Err("!strings: illegal use of non-zero Builder copied by value".into()),
            }
        }
        let buf = self.heap.load(&field);
        let (len, cap) = match &buf {
            Value::Slice { len, cap, .. } => (i64::from(*len), i64::from(*cap)),
            _ => (0, 0),
        };
        let write = |m: &mut Machine, bytes: &[u8]| {
            let nb = m.append_bytes(&buf, bytes);
            m.heap.store(&field, nb);
        };
        Ok(match method {
            "String" => vec![bytes_value(self.byte_items(&buf))],
            "Len" => vec![int(len)],
            "Cap" => vec![int(cap)],
            "Reset" => {
                self.heap.store(&addr, Value::Nil);
                self.heap.store(&field, Value::Nil);
                vec![]
            }
            "Grow" => {
                let n = a[1].as_int();
                if n < 0 {
                    return Err("!strings.Builder.Grow: negative count".into());
                }
                if cap - len < n {
                    let items = self.slice_items(&buf);
                    let mut data = items;
                    data.resize((2 * cap + n) as usize, Value::Int(0));
                    let arr = self.heap.alloc(HeapObj::Array(data));
                    let nb =
                        Value::Slice { arr, off: 0, len: len as u32, cap: (2 * cap + n) as u32 };
                    self.heap.store(&field, nb);
                }
                vec![]
            }
            "WriteString" => {
                write(self, a[1].as_bytes());
                vec![int(a[1].as_bytes().len() as i64), Value::Nil]
            }
            "Write" => {
                let bytes = self.byte_items(&a[1]);
                write(self, &bytes);
                vec![int(bytes.len() as i64), Value::Nil]
            }
            "WriteByte" => {
                write(self, &[a[1].as_int() as u8]);
                vec![Value::Nil]
            }
            "WriteRune" => {
                let mut enc = Vec::new();
                push_rune(&mut enc, a[1].as_int());
                write(self, &enc);
                vec![int(enc.len() as i64), Value::Nil]
            }
            _ => return Err(format!("!unsupported: strings.(*Builder).{method} is not simulated")),
        })
    }
}

// ---------------------------------------------------------------------------------------------
// strconv

/// Why a `strconv` parse failed.
#[derive(Clone, Copy, Debug, PartialEq)]
enum NumErr {
    Syntax,
    Range,
    Base(i64),
    BitSize(i64),
}

const DIGITS36: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// `strconv.FormatUint` of `u`, negated when `neg`.
fn format_bits(u: u64, base: u32, neg: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let mut u = u;
    loop {
        out.push(DIGITS36[(u % u64::from(base)) as usize]);
        u /= u64::from(base);
        if u == 0 {
            break;
        }
    }
    if neg {
        out.push(b'-');
    }
    out.reverse();
    out
}

fn check_base(base: i64) -> Res<u32> {
    if (2..=36).contains(&base) {
        Ok(base as u32)
    } else {
        Err("!strconv: illegal AppendInt/FormatInt base".into())
    }
}

fn format_int(i: i64, base: i64) -> Res<Vec<u8>> {
    Ok(format_bits(i.unsigned_abs(), check_base(base)?, i < 0))
}

fn lower(c: u8) -> u8 {
    c | 0x20
}

/// `strconv.underscoreOK`.
fn underscore_ok(s: &[u8]) -> bool {
    let mut saw = b'^';
    let mut s = s;
    if let Some(&c) = s.first()
        && (c == b'-' || c == b'+')
    {
        s = &s[1..];
    }
    let mut i = 0;
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' && matches!(lower(s[1]), b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = lower(s[1]) == b'x';
    }
    while i < s.len() {
        let c = s[i];
        if c.is_ascii_digit() || (hex && (b'a'..=b'f').contains(&lower(c))) {
            saw = b'0';
        } else if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
        } else {
            if saw == b'_' {
                return false;
            }
            saw = b'!';
        }
        i += 1;
    }
    saw != b'_'
}

/// `strconv.ParseUint`.
fn parse_uint(s0: &[u8], base: i64, bit_size: i64) -> (u64, Option<NumErr>) {
    if s0.is_empty() {
        return (0, Some(NumErr::Syntax));
    }
    let base0 = base == 0;
    let mut s = s0;
    let base = match base {
        2..=36 => base as u64,
        0 => {
            if s[0] == b'0' {
                if s.len() >= 3 && matches!(lower(s[1]), b'b' | b'o' | b'x') {
                    let b = match lower(s[1]) {
                        b'b' => 2,
                        b'o' => 8,
                        _ => 16,
                    };
                    s = &s[2..];
                    b
                } else {
                    s = &s[1..];
                    8
                }
            } else {
                10
            }
        }
        _ => return (0, Some(NumErr::Base(base))),
    };
    let bits = match bit_size {
        0 => 64,
        1..=64 => bit_size as u32,
        _ => return (0, Some(NumErr::BitSize(bit_size))),
    };
    let cutoff = u64::MAX / base + 1;
    let max_val = if bits == 64 { u64::MAX } else { (1u64 << bits) - 1 };
    let mut underscores = false;
    let mut n: u64 = 0;
    for &c in s {
        let d = match c {
            b'_' if base0 => {
                underscores = true;
                continue;
            }
            b'0'..=b'9' => u64::from(c - b'0'),
            _ if lower(c).is_ascii_lowercase() => u64::from(lower(c) - b'a' + 10),
            _ => return (0, Some(NumErr::Syntax)),
        };
        if d >= base {
            return (0, Some(NumErr::Syntax));
        }
        if n >= cutoff {
            return (max_val, Some(NumErr::Range));
        }
        n *= base;
        let n1 = n.wrapping_add(d);
        if n1 < n || n1 > max_val {
            return (max_val, Some(NumErr::Range));
        }
        n = n1;
    }
    if underscores && !underscore_ok(s0) {
        return (0, Some(NumErr::Syntax));
    }
    (n, None)
}

/// `strconv.ParseInt`.
fn parse_int(s0: &[u8], base: i64, bit_size: i64) -> (i64, Option<NumErr>) {
    if s0.is_empty() {
        return (0, Some(NumErr::Syntax));
    }
    let (neg, s) = match s0[0] {
        b'+' => (false, &s0[1..]),
        b'-' => (true, &s0[1..]),
        _ => (false, s0),
    };
    let (un, err) = parse_uint(s, base, bit_size);
    if let Some(e) = err
        && e != NumErr::Range
    {
        return (0, Some(e));
    }
    let bits = if bit_size == 0 { 64 } else { bit_size as u32 };
    let cutoff = 1u64 << (bits - 1);
    if !neg && un >= cutoff {
        return ((cutoff - 1) as i64, Some(NumErr::Range));
    }
    if neg && un > cutoff {
        return ((cutoff as i64).wrapping_neg(), Some(NumErr::Range));
    }
    let n = un as i64;
    (if neg { n.wrapping_neg() } else { n }, None)
}

/// `strconv.ParseBool`.
fn parse_bool(s: &[u8]) -> Option<bool> {
    match s {
        b"1" | b"t" | b"T" | b"TRUE" | b"true" | b"True" => Some(true),
        b"0" | b"f" | b"F" | b"FALSE" | b"false" | b"False" => Some(false),
        _ => None,
    }
}

/// `strconv.special`: a signed `inf`/`infinity` or `nan` prefix, ignoring case.
fn parse_special(s: &[u8]) -> Option<(f64, usize)> {
    let common = |s: &[u8], word: &[u8]| {
        s.iter().zip(word).take_while(|(a, b)| a.to_ascii_lowercase() == **b).count()
    };
    let (sign, nsign, rest) = match s.first()? {
        b'+' => (1.0, 1, &s[1..]),
        b'-' => (-1.0, 1, &s[1..]),
        _ => (1.0, 0, s),
    };
    match rest.first().map(u8::to_ascii_lowercase) {
        Some(b'i') => {
            let mut n = common(rest, b"infinity");
            if 3 < n && n < 8 {
                n = 3;
            }
            (n == 3 || n == 8).then_some((sign * f64::INFINITY, nsign + n))
        }
        Some(b'n') if nsign == 0 && common(rest, b"nan") == 3 => Some((f64::NAN, 3)),
        _ => None,
    }
}

/// The parts `strconv.readFloat` reads from a number.
struct FloatText {
    neg: bool,
    hex: bool,
    /// Hex: the mantissa (up to 16 digits), its binary exponent, and whether digits were
    /// dropped. Decimal numbers are re-parsed from `clean`.
    mantissa: u64,
    exp: i64,
    trunc: bool,
    /// The number without sign and underscores, for the decimal parser.
    clean: String,
    len: usize,
}

/// `strconv.readFloat`: the longest prefix of `s` that is a number, or None.
fn read_float(s: &[u8]) -> Option<FloatText> {
    let mut i = 0;
    let mut underscores = false;
    let mut neg = false;
    match s.first() {
        Some(b'+') => i += 1,
        Some(b'-') => {
            i += 1;
            neg = true;
        }
        _ => {}
    }
    let mut base = 10u64;
    let mut max_mant_digits = 19;
    let mut exp_char = b'e';
    let mut hex = false;
    if i + 2 < s.len() && s[i] == b'0' && lower(s[i + 1]) == b'x' {
        base = 16;
        max_mant_digits = 16;
        i += 2;
        exp_char = b'p';
        hex = true;
    }
    let body_start = i;
    let (mut sawdot, mut sawdigits) = (false, false);
    let (mut nd, mut nd_mant, mut dp) = (0i64, 0i64, 0i64);
    let mut mantissa = 0u64;
    let mut trunc = false;
    while i < s.len() {
        let c = s[i];
        if c == b'_' {
            underscores = true;
        } else if c == b'.' {
            if sawdot {
                break;
            }
            sawdot = true;
            dp = nd;
        } else if c.is_ascii_digit() || (base == 16 && (b'a'..=b'f').contains(&lower(c))) {
            sawdigits = true;
            let d = if c.is_ascii_digit() { c - b'0' } else { lower(c) - b'a' + 10 };
            if d == 0 && nd == 0 {
                dp -= 1;
            } else {
                nd += 1;
                if nd_mant < max_mant_digits {
                    mantissa = mantissa * base + u64::from(d);
                    nd_mant += 1;
                } else if d != 0 {
                    trunc = true;
                }
            }
        } else {
            break;
        }
        i += 1;
    }
    if !sawdigits {
        return None;
    }
    if !sawdot {
        dp = nd;
    }
    if base == 16 {
        dp *= 4;
        nd_mant *= 4;
    }
    let body_end = i;
    if i < s.len() && lower(s[i]) == exp_char {
        i += 1;
        if i >= s.len() {
            return None;
        }
        let mut esign = 1;
        if s[i] == b'+' {
            i += 1;
        } else if s[i] == b'-' {
            i += 1;
            esign = -1;
        }
        if i >= s.len() || !s[i].is_ascii_digit() {
            return None;
        }
        let mut e = 0i64;
        while i < s.len() && (s[i].is_ascii_digit() || s[i] == b'_') {
            if s[i] == b'_' {
                underscores = true;
            } else if e < 10000 {
                e = e * 10 + i64::from(s[i] - b'0');
            }
            i += 1;
        }
        dp += e * esign;
    } else if base == 16 {
        return None;
    }
    let exp = if mantissa != 0 { dp - nd_mant } else { 0 };
    if underscores && !underscore_ok(&s[..i]) {
        return None;
    }
    let mut clean: String =
        s[body_start..body_end].iter().filter(|&&c| c != b'_').map(|&c| c as char).collect();
    if !hex && body_end < i {
        let e: String =
            s[body_end + 1..i].iter().filter(|&&c| c != b'_').map(|&c| c as char).collect();
        clean.push('e');
        clean.push_str(&e);
    }
    Some(FloatText { neg, hex, mantissa, exp, trunc, clean, len: i })
}

/// `strconv.atofHex`: `mantissa × 2^exp`, rounded to `bits` (32 or 64) bits as Go does.
fn atof_hex(mut mantissa: u64, mut exp: i64, neg: bool, trunc: bool, bits: u32) -> (f64, bool) {
    let (mantbits, expbits, bias) = if bits == 32 { (23i64, 8, -127i64) } else { (52, 11, -1023) };
    let max_exp = (1i64 << expbits) + bias - 2;
    let min_exp = bias + 1;
    exp += mantbits;
    while mantissa != 0 && mantissa >> (mantbits + 2) == 0 {
        mantissa <<= 1;
        exp -= 1;
    }
    if trunc {
        mantissa |= 1;
    }
    while mantissa >> (1 + mantbits + 2) != 0 {
        mantissa = (mantissa >> 1) | (mantissa & 1);
        exp += 1;
    }
    while mantissa > 1 && exp < min_exp - 2 {
        mantissa = (mantissa >> 1) | (mantissa & 1);
        exp += 1;
    }
    let mut round = mantissa & 3;
    mantissa >>= 2;
    round |= mantissa & 1;
    exp += 2;
    if round == 3 {
        mantissa += 1;
        if mantissa == 1 << (1 + mantbits) {
            mantissa >>= 1;
            exp += 1;
        }
    }
    if mantissa >> mantbits == 0 {
        exp = bias;
    }
    let mut range_err = false;
    if exp > max_exp {
        mantissa = 1 << mantbits;
        exp = max_exp + 1;
        range_err = true;
    }
    let mut b = mantissa & ((1u64 << mantbits) - 1);
    b |= (((exp - bias) as u64) & ((1 << expbits) - 1)) << mantbits;
    if neg {
        b |= 1 << (mantbits + expbits);
    }
    let f = if bits == 32 { f64::from(f32::from_bits(b as u32)) } else { f64::from_bits(b) };
    (f, range_err)
}

/// `strconv.ParseFloat`.
fn parse_float(s: &[u8], bit_size: i64) -> (f64, Option<NumErr>) {
    if let Some((f, n)) = parse_special(s)
        && n == s.len()
    {
        return (f, None);
    }
    let Some(t) = read_float(s).filter(|t| t.len == s.len()) else {
        return (0.0, Some(NumErr::Syntax));
    };
    let bits = if bit_size == 32 { 32 } else { 64 };
    if t.hex {
        let (f, range) = atof_hex(t.mantissa, t.exp, t.neg, t.trunc, bits);
        return (f, range.then_some(NumErr::Range));
    }
    let f = if bits == 32 {
        t.clean.parse::<f32>().map(f64::from).unwrap_or(0.0)
    } else {
        t.clean.parse::<f64>().unwrap_or(0.0)
    };
    let f = if t.neg { -f } else { f };
    (f, f.is_infinite().then_some(NumErr::Range))
}

/// `strconv.Quote` (or `QuoteToASCII`) of a string, with `quote` as the delimiter.
fn quote_with(s: &[u8], quote: u8, ascii: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() + 2);
    gofmt::quote(&mut out, s, quote, ascii);
    out
}

/// `strconv.QuoteRune`.
fn quote_rune(r: i64, ascii: bool) -> Vec<u8> {
    let r = if valid_rune(r) { r } else { i64::from(RUNE_ERROR) };
    let mut enc = Vec::new();
    push_rune(&mut enc, r);
    quote_with(&enc, b'\'', ascii)
}

fn unhex(c: u8) -> Option<u32> {
    (c as char).to_digit(16)
}

/// `strconv.UnquoteChar`: the rune, whether it must be written as UTF-8, and the rest.
fn unquote_char(s: &[u8], quote: u8) -> Option<(u32, bool, &[u8])> {
    let c = *s.first()?;
    if c == quote && (quote == b'\'' || quote == b'"') {
        return None;
    }
    if c >= 0x80 {
        let (r, size) = decode_rune(s);
        return Some((r, true, &s[size..]));
    }
    if c != b'\\' {
        return Some((u32::from(c), false, &s[1..]));
    }
    let c = *s.get(1)?;
    let s = &s[2..];
    let simple = |v: u8| Some((u32::from(v), false, s));
    match c {
        b'a' => simple(7),
        b'b' => simple(8),
        b'f' => simple(12),
        b'n' => simple(b'\n'),
        b'r' => simple(b'\r'),
        b't' => simple(b'\t'),
        b'v' => simple(11),
        b'x' | b'u' | b'U' => {
            let n = match c {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            if s.len() < n {
                return None;
            }
            let mut v = 0u32;
            for &d in &s[..n] {
                v = (v << 4) | unhex(d)?;
            }
            if c == b'x' {
                return Some((v, false, &s[n..]));
            }
            if !valid_rune(i64::from(v)) {
                return None;
            }
            Some((v, true, &s[n..]))
        }
        b'0'..=b'7' => {
            let mut v = u32::from(c - b'0');
            if s.len() < 2 {
                return None;
            }
            for &d in &s[..2] {
                if !(b'0'..=b'7').contains(&d) {
                    return None;
                }
                v = (v << 3) | u32::from(d - b'0');
            }
            if v > 255 {
                return None;
            }
            Some((v, false, &s[2..]))
        }
        b'\\' => simple(b'\\'),
        b'\'' | b'"' => {
            if c != quote {
                return None;
            }
            simple(c)
        }
        _ => None,
    }
}

/// `strconv.Unquote`.
fn unquote(s: &[u8]) -> Option<Vec<u8>> {
    if s.len() < 2 {
        return None;
    }
    let quote = s[0];
    let end = index(&s[1..], &[quote])? + 2;
    match quote {
        b'`' => {
            if end != s.len() {
                return None;
            }
            Some(s[1..end - 1].iter().copied().filter(|&c| c != b'\r').collect())
        }
        b'"' | b'\'' => {
            let body = &s[1..end - 1];
            if !body.contains(&b'\\') && !body.contains(&b'\n') {
                let valid = if quote == b'"' {
                    std::str::from_utf8(body).is_ok()
                } else {
                    let (r, n) = decode_rune(body);
                    n + 2 == end && (r != RUNE_ERROR || n != 1)
                };
                if valid {
                    return (end == s.len()).then(|| body.to_vec());
                }
            }
            let mut buf = Vec::new();
            let mut rest = &s[1..];
            while let Some(&c) = rest.first() {
                if c == quote {
                    break;
                }
                if c == b'\n' {
                    return None;
                }
                let (r, multibyte, tail) = unquote_char(rest, quote)?;
                rest = tail;
                if r < 0x80 || !multibyte {
                    buf.push(r as u8);
                } else {
                    push_rune(&mut buf, i64::from(r));
                }
                if quote == b'\'' {
                    break;
                }
            }
            if rest.first() != Some(&quote) {
                return None;
            }
            (rest.len() == 1).then_some(buf)
        }
        _ => None,
    }
}

impl Machine {
    /// A `*strconv.NumError` for function `func` parsing `num`.
    fn num_error(&mut self, func: &str, num: &[u8], e: NumErr) -> Value {
        let err = match e {
            NumErr::Syntax => self.error_sentinel("strconv.ErrSyntax", "invalid syntax"),
            NumErr::Range => self.error_sentinel("strconv.ErrRange", "value out of range"),
            NumErr::Base(b) => self.new_error_value(format!("invalid base {b}").as_bytes()),
            NumErr::BitSize(b) => self.new_error_value(format!("invalid bit size {b}").as_bytes()),
        };
        self.boxed_iface("strconv", "NumError", vec![Value::str(func), bytes_value(num), err])
    }

    fn num_result(&mut self, v: Value, func: &str, num: &[u8], e: Option<NumErr>) -> Vals {
        let err = match e {
            Some(e) => self.num_error(func, num, e),
            None => Value::Nil,
        };
        Ok(vec![v, err])
    }

    fn strconv_native(&mut self, f: &str, a: &[Value]) -> Option<Vals> {
        let s = |i: usize| a[i].as_bytes();
        match f {
            "Itoa" => one(bytes_value(a[0].as_int().to_string())),
            "FormatInt" => {
                Some(format_int(a[0].as_int(), a[1].as_int()).map(|b| vec![bytes_value(b)]))
            }
            "FormatUint" => Some(
                check_base(a[1].as_int())
                    .map(|base| vec![bytes_value(format_bits(a[0].as_int() as u64, base, false))]),
            ),
            "AppendInt" => Some(
                format_int(a[1].as_int(), a[2].as_int())
                    .map(|digits| vec![self.append_bytes(&a[0], &digits)]),
            ),
            "AppendQuote" => {
                let q = quote_with(s(1), b'"', false);
                one(self.append_bytes(&a[0], &q))
            }
            "FormatBool" => one(Value::str(if a[0].as_bool() { "true" } else { "false" })),
            "FormatFloat" => {
                let fmt = a[1].as_int() as u8;
                let bits = if a[3].as_int() == 32 { 32 } else { 64 };
                let v = a[0].as_f64();
                let out = if b"beEfgGxX".contains(&fmt) || v.is_nan() || v.is_infinite() {
                    gofmt::format_float(v, fmt, a[2].as_int(), bits)
                } else {
                    vec![b'%', fmt]
                };
                one(bytes_value(out))
            }
            "Atoi" => {
                let (v, e) = parse_int(s(0), 10, 0);
                Some(self.num_result(int(v), "Atoi", s(0), e))
            }
            "ParseInt" => {
                let (v, e) = parse_int(s(0), a[1].as_int(), a[2].as_int());
                Some(self.num_result(int(v), "ParseInt", s(0), e))
            }
            "ParseUint" => {
                let (v, e) = parse_uint(s(0), a[1].as_int(), a[2].as_int());
                Some(self.num_result(int(v as i64), "ParseUint", s(0), e))
            }
            "ParseFloat" => {
                let (v, e) = parse_float(s(0), a[1].as_int());
                Some(self.num_result(Value::Float(v), "ParseFloat", s(0), e))
            }
            "ParseBool" => {
                let r = parse_bool(s(0));
                let e = r.is_none().then_some(NumErr::Syntax);
                Some(self.num_result(Value::Bool(r.unwrap_or(false)), "ParseBool", s(0), e))
            }
            "Quote" => one(bytes_value(quote_with(s(0), b'"', false))),
            "QuoteToASCII" => one(bytes_value(quote_with(s(0), b'"', true))),
            "QuoteRune" => one(bytes_value(quote_rune(a[0].as_int(), false))),
            "QuoteRuneToASCII" => one(bytes_value(quote_rune(a[0].as_int(), true))),
            "Unquote" => Some(Ok(match unquote(s(0)) {
                Some(out) => vec![bytes_value(out), Value::Nil],
                None => {
                    let e = self.error_sentinel("strconv.ErrSyntax", "invalid syntax");
                    vec![Value::str(""), e]
                }
            })),
            "CanBackquote" => one(Value::Bool(gofmt::can_backquote(s(0)))),
            "IsPrint" => {
                let r = a[0].as_int();
                one(Value::Bool(u32::try_from(r).is_ok_and(gofmt::is_print)))
            }
            "ErrSyntax" => one(self.error_sentinel("strconv.ErrSyntax", "invalid syntax")),
            "ErrRange" => one(self.error_sentinel("strconv.ErrRange", "value out of range")),
            "(*NumError).Error" => Some((|| {
                let Value::Ptr(p) = &a[0] else { return Err(nil_deref()) };
                let v = self.heap.load(p);
                let fs = v.fields();
                let (func, num, err) = (fs[0].clone(), fs[1].clone(), fs[2].clone());
                let mut out = b"strconv.".to_vec();
                out.extend_from_slice(func.as_bytes());
                out.extend_from_slice(b": parsing ");
                out.extend(quote_with(num.as_bytes(), b'"', false));
                out.extend_from_slice(b": ");
                out.extend(self.error_text(&err)?);
                Ok(vec![bytes_value(out)])
            })()),
            "(*NumError).Unwrap" => {
                let Value::Ptr(p) = &a[0] else { return Some(Err(nil_deref())) };
                one(self.heap.load(p).fields().get(2).cloned().unwrap_or_default())
            }
            _ => None,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// math: ports of Go's implementations, so results match Go bit for bit. Constant expressions
// that Go evaluates exactly (`4/Pi`, `1/Ln10`) are written as their rounded bits.

// reason: the constants are Go's, digit for digit, so they can be checked against its source.
#[allow(clippy::excessive_precision, clippy::approx_constant)]
mod gomath {
    use std::f64::consts::{FRAC_PI_2, FRAC_PI_4, PI};

    const FOUR_OVER_PI: f64 = 1.2732395447351628; // 4/Pi, 0x3ff45f306dc9c883
    const THREE_PI_4: f64 = 2.356194490192345; // 3*Pi/4, 0x4002d97c7f3321d2
    const INV_LN10: f64 = 0.4342944819032518; // 1/Ln10, 0x3fdbcb7b1526e50e
    const INV_LN2: f64 = 1.4426950408889634; // 1/Ln2, 0x3ff71547652b82fe
    const LN2: f64 = 0.6931471805599453;

    /// `math.Frexp`.
    pub fn frexp(f: f64) -> (f64, i64) {
        if f == 0.0 || f.is_infinite() || f.is_nan() {
            return (f, 0);
        }
        let (f, mut exp) = normalize(f);
        let mut x = f.to_bits();
        exp += ((x >> 52) & 0x7FF) as i64 - 1023 + 1;
        x &= !(0x7FF << 52);
        x |= 1022 << 52;
        (f64::from_bits(x), exp)
    }

    fn normalize(x: f64) -> (f64, i64) {
        if x.abs() < f64::MIN_POSITIVE { (x * (1u64 << 52) as f64, -52) } else { (x, 0) }
    }

    /// `math.Ldexp`.
    pub fn ldexp(frac: f64, exp: i64) -> f64 {
        if frac == 0.0 || frac.is_infinite() || frac.is_nan() {
            return frac;
        }
        let (frac, e) = normalize(frac);
        let mut exp = exp.saturating_add(e);
        let mut x = frac.to_bits();
        exp = exp.saturating_add(((x >> 52) & 0x7FF) as i64 - 1023);
        if exp < -1075 {
            return 0f64.copysign(frac);
        }
        if exp > 1023 {
            return if frac < 0.0 { f64::NEG_INFINITY } else { f64::INFINITY };
        }
        let mut m = 1.0;
        if exp < -1022 {
            exp += 53;
            m = 1.0 / (1u64 << 53) as f64;
        }
        x &= !(0x7FF << 52);
        x |= ((exp + 1023) as u64) << 52;
        m * f64::from_bits(x)
    }

    /// `math.Modf`.
    pub fn modf(f: f64) -> (f64, f64) {
        let i = f.trunc();
        (i, (f - i).copysign(f))
    }

    /// `math.Exp` as amd64 computes it (the assembly's FMA path).
    pub fn exp(x: f64) -> f64 {
        const LOG2E: f64 = 1.4426950408889634073599246810018920;
        const LN2U: f64 = 0.69314718055966295651160180568695068359375;
        const LN2L: f64 = 0.28235290563031577122588448175013436025525412068e-12;
        const OVERFLOW: f64 = 7.09782712893384e+02;
        const C: [f64; 7] = [
            2.4801587301587301587e-5,
            1.9841269841269841270e-4,
            1.3888888888888888889e-3,
            8.3333333333333333333e-3,
            4.1666666666666666667e-2,
            1.6666666666666666667e-1,
            0.5,
        ];
        if x.is_nan() || x == f64::INFINITY {
            return x;
        }
        if x == f64::NEG_INFINITY {
            return 0.0;
        }
        if x > OVERFLOW {
            return f64::INFINITY;
        }
        let k = (LOG2E * x).round_ties_even();
        // CVTSD2SL gives i32::MIN for out-of-range values.
        let bx = if (-2147483648.0..2147483648.0).contains(&k) { k as i32 } else { i32::MIN };
        let kf = f64::from(bx);
        let mut x0 = (-kf).mul_add(LN2U, x);
        x0 = (-kf).mul_add(LN2L, x0);
        x0 *= 0.0625;
        let mut x1 = C[0];
        for c in &C[1..] {
            x1 = x1.mul_add(x0, *c);
        }
        x1 = x1.mul_add(x0, 1.0);
        x0 *= x1;
        for _ in 0..3 {
            x1 = x0 + 2.0;
            x0 *= x1;
        }
        x1 = x0 + 2.0;
        x0 = x0.mul_add(x1, 1.0);
        let mut e = i64::from(bx) + 0x3FF;
        if e <= 0 {
            if e < -52 {
                return 0.0;
            }
            e += 0x3FE;
            x0 *= f64::from_bits((e as u64) << 52);
            e = 1;
        } else if e >= 0x7FF {
            return f64::INFINITY;
        }
        x0 * f64::from_bits((e as u64) << 52)
    }

    /// `math.Log` as amd64 computes it (the assembly).
    pub fn log(x: f64) -> f64 {
        const HSQRT2: f64 = 7.07106781186547524401e-01;
        const LN2HI: f64 = 6.93147180369123816490e-01;
        const LN2LO: f64 = 1.90821492927058770002e-10;
        const L: [f64; 7] = [
            6.666666666666735130e-01,
            3.999999999940941908e-01,
            2.857142874366239149e-01,
            2.222219843214978396e-01,
            1.818357216161805012e-01,
            1.531383769920937332e-01,
            1.479819860511658591e-01,
        ];
        let bits = x.to_bits();
        if bits & !(1 << 63) == 0 {
            return f64::NEG_INFINITY;
        }
        if (bits as i64) < 0 {
            return f64::NAN;
        }
        if bits >= 0x7FF0_0000_0000_0000 {
            return x;
        }
        let mut f1 = f64::from_bits((bits & 0x000F_FFFF_FFFF_FFFF) | 0x3FE0_0000_0000_0000);
        let mut k = (((bits >> 52) & 0x7FF) as i64 - 0x3FE) as f64;
        if f1 <= HSQRT2 {
            k -= 1.0;
            f1 *= 2.0;
        }
        let f = f1 - 1.0;
        let s = f / (2.0 + f);
        let s2 = s * s;
        let s4 = s2 * s2;
        let t1 = s2 * (((L[6] * s4 + L[4]) * s4 + L[2]) * s4 + L[0]);
        let t2 = s4 * ((L[5] * s4 + L[3]) * s4 + L[1]);
        let r = t1 + t2;
        let hfsq = 0.5 * f * f;
        k * LN2HI - ((hfsq - (s * (hfsq + r) + k * LN2LO)) - f)
    }

    pub fn log10(x: f64) -> f64 {
        log(x) * INV_LN10
    }

    pub fn log2(x: f64) -> f64 {
        let (frac, exp) = frexp(x);
        if frac == 0.5 {
            return (exp - 1) as f64;
        }
        log(frac) * INV_LN2 + exp as f64
    }

    /// `math.Hypot` as amd64 computes it.
    pub fn hypot(p: f64, q: f64) -> f64 {
        let (p, q) = (p.abs(), q.abs());
        if p.is_infinite() || q.is_infinite() {
            return f64::INFINITY;
        }
        if p.is_nan() || q.is_nan() {
            return f64::NAN;
        }
        if p == 0.0 && q == 0.0 {
            return 0.0;
        }
        let (big, small) = if p > q { (p, q) } else { (q, p) };
        let r = small / big;
        big * (r * r + 1.0).sqrt()
    }

    fn expmulti(hi: f64, lo: f64, k: i64) -> f64 {
        const P1: f64 = 1.66666666666666657415e-01;
        const P2: f64 = -2.77777777770155933842e-03;
        const P3: f64 = 6.61375632143793436117e-05;
        const P4: f64 = -1.65339022054652515390e-06;
        const P5: f64 = 4.13813679705723846039e-08;
        let r = hi - lo;
        let t = r * r;
        let c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        let y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi);
        ldexp(y, k)
    }

    pub fn exp2(x: f64) -> f64 {
        const LN2HI: f64 = 6.93147180369123816490e-01;
        const LN2LO: f64 = 1.90821492927058770002e-10;
        if x.is_nan() {
            return x;
        }
        if x > 1.0239999999999999e+03 {
            return f64::INFINITY;
        }
        if x < -1.0740e+03 {
            return 0.0;
        }
        let k = if x > 0.0 {
            (x + 0.5) as i64
        } else if x < 0.0 {
            (x - 0.5) as i64
        } else {
            0
        };
        let t = x - k as f64;
        expmulti(t * LN2HI, -t * LN2LO, k)
    }

    pub fn expm1(x: f64) -> f64 {
        const OTHRESHOLD: f64 = 7.09782712893383973096e+02;
        const LN2X56: f64 = 3.88162421113569373274e+01;
        const LN2HALFX3: f64 = 1.03972077083991796413e+00;
        const LN2HALF: f64 = 3.46573590279972654709e-01;
        const LN2HI: f64 = 6.93147180369123816490e-01;
        const LN2LO: f64 = 1.90821492927058770002e-10;
        const INVLN2: f64 = 1.44269504088896338700e+00;
        const TINY: f64 = 1.0 / (1u64 << 54) as f64;
        const Q: [f64; 5] = [
            -3.33333333333331316428e-02,
            1.58730158725481460165e-03,
            -7.93650757867487942473e-05,
            4.00821782732936239552e-06,
            -2.01099218183624371326e-07,
        ];
        if x == f64::INFINITY || x.is_nan() {
            return x;
        }
        if x == f64::NEG_INFINITY {
            return -1.0;
        }
        let mut x = x;
        let sign = x < 0.0;
        let absx = x.abs();
        if absx >= LN2X56 {
            if sign {
                return -1.0;
            }
            if absx >= OTHRESHOLD {
                return f64::INFINITY;
            }
        }
        let mut c = 0.0;
        let k: i64;
        if absx > LN2HALF {
            let (hi, lo);
            if absx < LN2HALFX3 {
                if !sign {
                    hi = x - LN2HI;
                    lo = LN2LO;
                    k = 1;
                } else {
                    hi = x + LN2HI;
                    lo = -LN2LO;
                    k = -1;
                }
            } else {
                k = if !sign { (INVLN2 * x + 0.5) as i64 } else { (INVLN2 * x - 0.5) as i64 };
                let t = k as f64;
                hi = x - t * LN2HI;
                lo = t * LN2LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if absx < TINY {
            return x;
        } else {
            k = 0;
        }
        let hfx = 0.5 * x;
        let hxs = x * hfx;
        let r1 = 1.0 + hxs * (Q[0] + hxs * (Q[1] + hxs * (Q[2] + hxs * (Q[3] + hxs * Q[4]))));
        let t = 3.0 - r1 * hfx;
        let mut e = hxs * ((r1 - t) / (6.0 - x * t));
        if k == 0 {
            return x - (x * e - hxs);
        }
        e = x * (e - c) - c;
        e -= hxs;
        if k == -1 {
            return 0.5 * (x - e) - 0.5;
        }
        if k == 1 {
            if x < -0.25 {
                return -2.0 * (e - (x + 0.5));
            }
            return 1.0 + 2.0 * (x - e);
        }
        if k <= -2 || k > 56 {
            let y = 1.0 - (e - x);
            let y = f64::from_bits(y.to_bits().wrapping_add((k as u64) << 52));
            return y - 1.0;
        }
        if k < 20 {
            let t = f64::from_bits(0x3ff0000000000000 - (0x20000000000000 >> k));
            let y = t - (e - x);
            return f64::from_bits(y.to_bits().wrapping_add((k as u64) << 52));
        }
        let t = f64::from_bits(((0x3ff - k) as u64) << 52);
        let mut y = x - (e + t);
        y += 1.0;
        f64::from_bits(y.to_bits().wrapping_add((k as u64) << 52))
    }

    pub fn log1p(x: f64) -> f64 {
        const SQRT2M1: f64 = 4.142135623730950488017e-01;
        const SQRT2HALFM1: f64 = -2.928932188134524755992e-01;
        const SMALL: f64 = 1.0 / (1u64 << 29) as f64;
        const TINY: f64 = 1.0 / (1u64 << 54) as f64;
        const TWO53: f64 = (1u64 << 53) as f64;
        const LN2HI: f64 = 6.93147180369123816490e-01;
        const LN2LO: f64 = 1.90821492927058770002e-10;
        const LP: [f64; 7] = [
            6.666666666666735130e-01,
            3.999999999940941908e-01,
            2.857142874366239149e-01,
            2.222219843214978396e-01,
            1.818357216161805012e-01,
            1.531383769920937332e-01,
            1.479819860511658591e-01,
        ];
        if x < -1.0 || x.is_nan() {
            return f64::NAN;
        }
        if x == -1.0 {
            return f64::NEG_INFINITY;
        }
        if x == f64::INFINITY {
            return f64::INFINITY;
        }
        let absx = x.abs();
        let mut f = 0.0;
        let mut iu: u64 = 0;
        let mut k: i64 = 1;
        if absx < SQRT2M1 {
            if absx < SMALL {
                if absx < TINY {
                    return x;
                }
                return x - x * x * 0.5;
            }
            if x > SQRT2HALFM1 {
                k = 0;
                f = x;
                iu = 1;
            }
        }
        let mut c = 0.0;
        if k != 0 {
            let mut u;
            if absx < TWO53 {
                u = 1.0 + x;
                iu = u.to_bits();
                k = (iu >> 52) as i64 - 1023;
                c = if k > 0 { 1.0 - (u - x) } else { x - (u - 1.0) };
                c /= u;
            } else {
                u = x;
                iu = u.to_bits();
                k = (iu >> 52) as i64 - 1023;
                c = 0.0;
            }
            iu &= 0x000fffffffffffff;
            if iu < 0x0006a09e667f3bcd {
                u = f64::from_bits(iu | 0x3ff0000000000000);
            } else {
                k += 1;
                u = f64::from_bits(iu | 0x3fe0000000000000);
                iu = (0x0010000000000000 - iu) >> 2;
            }
            f = u - 1.0;
        }
        let hfsq = 0.5 * f * f;
        let kf = k as f64;
        if iu == 0 {
            if f == 0.0 {
                if k == 0 {
                    return 0.0;
                }
                c += kf * LN2LO;
                return kf * LN2HI + c;
            }
            let r = hfsq * (1.0 - 0.66666666666666666 * f);
            if k == 0 {
                return f - r;
            }
            return kf * LN2HI - ((r - (kf * LN2LO + c)) - f);
        }
        let s = f / (2.0 + f);
        let z = s * s;
        let r = z
            * (LP[0]
                + z * (LP[1] + z * (LP[2] + z * (LP[3] + z * (LP[4] + z * (LP[5] + z * LP[6]))))));
        if k == 0 {
            return f - (hfsq - s * (hfsq + r));
        }
        kf * LN2HI - ((hfsq - (s * (hfsq + r) + (kf * LN2LO + c))) - f)
    }

    fn is_odd_int(x: f64) -> bool {
        if x.abs() >= (1u64 << 53) as f64 {
            return false;
        }
        let (xi, xf) = modf(x);
        xf == 0.0 && (xi as i64) & 1 == 1
    }

    pub fn pow(x: f64, y: f64) -> f64 {
        if y == 0.0 || x == 1.0 {
            return 1.0;
        }
        if y == 1.0 {
            return x;
        }
        if x.is_nan() || y.is_nan() {
            return f64::NAN;
        }
        if x == 0.0 {
            if y < 0.0 {
                if x.is_sign_negative() && is_odd_int(y) {
                    return f64::NEG_INFINITY;
                }
                return f64::INFINITY;
            }
            if x.is_sign_negative() && is_odd_int(y) {
                return x;
            }
            return 0.0;
        }
        if y.is_infinite() {
            if x == -1.0 {
                return 1.0;
            }
            if (x.abs() < 1.0) == (y == f64::INFINITY) {
                return 0.0;
            }
            return f64::INFINITY;
        }
        if x.is_infinite() {
            if x == f64::NEG_INFINITY {
                return pow(1.0 / x, -y);
            }
            return if y < 0.0 { 0.0 } else { f64::INFINITY };
        }
        if y == 0.5 {
            return x.sqrt();
        }
        if y == -0.5 {
            return 1.0 / x.sqrt();
        }
        let (mut yi, mut yf) = modf(y.abs());
        if yf != 0.0 && x < 0.0 {
            return f64::NAN;
        }
        if yi >= 9.223372036854775808e18 {
            if x == -1.0 {
                return 1.0;
            }
            if (x.abs() < 1.0) == (y > 0.0) {
                return 0.0;
            }
            return f64::INFINITY;
        }
        let mut a1 = 1.0;
        let mut ae: i64 = 0;
        if yf != 0.0 {
            if yf > 0.5 {
                yf -= 1.0;
                yi += 1.0;
            }
            a1 = exp(yf * log(x));
        }
        let (mut x1, mut xe) = frexp(x);
        let mut i = yi as i64;
        while i != 0 {
            if !(-(1 << 12)..=(1 << 12)).contains(&xe) {
                ae += xe;
                break;
            }
            if i & 1 == 1 {
                a1 *= x1;
                ae += xe;
            }
            x1 *= x1;
            xe <<= 1;
            if x1 < 0.5 {
                x1 += x1;
                xe -= 1;
            }
            i >>= 1;
        }
        if y < 0.0 {
            a1 = 1.0 / a1;
            ae = -ae;
        }
        ldexp(a1, ae)
    }

    const SIN: [f64; 6] = [
        1.58962301576546568060e-10,
        -2.50507477628578072866e-8,
        2.75573136213857245213e-6,
        -1.98412698295895385996e-4,
        8.33333333332211858878e-3,
        -1.66666666666666307295e-1,
    ];
    const COS: [f64; 6] = [
        -1.13585365213876817300e-11,
        2.08757008419747316778e-9,
        -2.75573141792967388112e-7,
        2.48015872888517045348e-5,
        -1.38888888888730564116e-3,
        4.16666666666665929218e-2,
    ];
    const PI4A: f64 = 7.85398125648498535156e-1;
    const PI4B: f64 = 3.77489470793079817668e-8;
    const PI4C: f64 = 2.69515142907905952645e-15;
    const REDUCE_THRESHOLD: f64 = (1u64 << 29) as f64;
    const M_PI4: [u64; 20] = [
        0x0000000000000001,
        0x45f306dc9c882a53,
        0xf84eafa3ea69bb81,
        0xb6c52b3278872083,
        0xfca2c757bd778ac3,
        0x6e48dc74849ba5c0,
        0x0c925dd413a32439,
        0xfc3bd63962534e7d,
        0xd1046bea5d768909,
        0xd338e04d68befc82,
        0x7323ac7306a673e9,
        0x3908bf177bf25076,
        0x3ff12fffbc0b301f,
        0xde5e2316b414da3e,
        0xda6cfd9e4f96136e,
        0x9e8c7ecd3cbfd45a,
        0xea4f758fd7cbe2f6,
        0x7a0e73ef14a525d4,
        0xd7f6bf623f1aba10,
        0xac06608df8f6d757,
    ];

    /// `math.trigReduce`: Payne–Hanek reduction for huge arguments.
    fn trig_reduce(x: f64) -> (u64, f64) {
        if x < FRAC_PI_4 {
            return (0, x);
        }
        let mut ix = x.to_bits();
        let exp = ((ix >> 52) & 0x7FF) as i64 - 1023 - 52;
        ix &= !(0x7FF << 52);
        ix |= 1 << 52;
        let (digit, bitshift) = (((exp + 61) / 64) as usize, ((exp + 61) % 64) as u32);
        let shl = |a: u64, b: u64| {
            if bitshift == 0 { a } else { (a << bitshift) | (b >> (64 - bitshift)) }
        };
        let z0 = shl(M_PI4[digit], M_PI4[digit + 1]);
        let z1 = shl(M_PI4[digit + 1], M_PI4[digit + 2]);
        let z2 = shl(M_PI4[digit + 2], M_PI4[digit + 3]);
        let z2hi = ((u128::from(z2) * u128::from(ix)) >> 64) as u64;
        let p1 = u128::from(z1) * u128::from(ix);
        let (z1hi, z1lo) = ((p1 >> 64) as u64, p1 as u64);
        let z0lo = z0.wrapping_mul(ix);
        let (lo, c) = z1lo.overflowing_add(z2hi);
        let hi = z0lo.wrapping_add(z1hi).wrapping_add(u64::from(c));
        let mut j = hi >> 61;
        let mut hi = (hi << 3) | (lo >> 61);
        let lz = hi.leading_zeros();
        let e = 1023 - (u64::from(lz) + 1);
        hi = hi.checked_shl(lz + 1).unwrap_or(0) | lo.checked_shr(64 - (lz + 1)).unwrap_or(0);
        hi >>= 64 - 52;
        hi |= e << 52;
        let mut z = f64::from_bits(hi);
        if j & 1 == 1 {
            j += 1;
            j &= 7;
            z -= 1.0;
        }
        (j, z * FRAC_PI_4)
    }

    /// The octant and reduced argument of a non-negative finite `x`.
    fn reduce(x: f64, fold: bool) -> (u64, f64) {
        if x >= REDUCE_THRESHOLD {
            return trig_reduce(x);
        }
        let mut j = (x * FOUR_OVER_PI) as u64;
        let mut y = j as f64;
        if j & 1 == 1 {
            j += 1;
            y += 1.0;
        }
        if fold {
            j &= 7;
        }
        (j, ((x - y * PI4A) - y * PI4B) - y * PI4C)
    }

    fn sin_poly(z: f64, zz: f64) -> f64 {
        z + z
            * zz
            * (((((SIN[0] * zz + SIN[1]) * zz + SIN[2]) * zz + SIN[3]) * zz + SIN[4]) * zz + SIN[5])
    }

    fn cos_poly(zz: f64) -> f64 {
        1.0 - 0.5 * zz
            + zz * zz
                * (((((COS[0] * zz + COS[1]) * zz + COS[2]) * zz + COS[3]) * zz + COS[4]) * zz
                    + COS[5])
    }

    pub fn sin(x: f64) -> f64 {
        if x == 0.0 || x.is_nan() {
            return x;
        }
        if x.is_infinite() {
            return f64::NAN;
        }
        let mut sign = x < 0.0;
        let (mut j, z) = reduce(x.abs(), true);
        if j > 3 {
            sign = !sign;
            j -= 4;
        }
        let zz = z * z;
        let y = if j == 1 || j == 2 { cos_poly(zz) } else { sin_poly(z, zz) };
        if sign { -y } else { y }
    }

    pub fn cos(x: f64) -> f64 {
        if x.is_nan() || x.is_infinite() {
            return f64::NAN;
        }
        let mut sign = false;
        let (mut j, z) = reduce(x.abs(), true);
        if j > 3 {
            j -= 4;
            sign = !sign;
        }
        if j > 1 {
            sign = !sign;
        }
        let zz = z * z;
        let y = if j == 1 || j == 2 { sin_poly(z, zz) } else { cos_poly(zz) };
        if sign { -y } else { y }
    }

    pub fn tan(x: f64) -> f64 {
        const P: [f64; 3] =
            [-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7];
        const Q: [f64; 5] = [
            1.0,
            1.36812963470692954678e4,
            -1.32089234440210967447e6,
            2.50083801823357915839e7,
            -5.38695755929454629881e7,
        ];
        if x == 0.0 || x.is_nan() {
            return x;
        }
        if x.is_infinite() {
            return f64::NAN;
        }
        let sign = x < 0.0;
        let (j, z) = reduce(x.abs(), false);
        let zz = z * z;
        let mut y = if zz > 1e-14 {
            z + z
                * (zz * ((P[0] * zz + P[1]) * zz + P[2])
                    / ((((zz + Q[1]) * zz + Q[2]) * zz + Q[3]) * zz + Q[4]))
        } else {
            z
        };
        if j & 2 == 2 {
            y = -1.0 / y;
        }
        if sign { -y } else { y }
    }

    fn xatan(x: f64) -> f64 {
        const P: [f64; 5] = [
            -8.750608600031904122785e-01,
            -1.615753718733365076637e+01,
            -7.500855792314704667340e+01,
            -1.228866684490136173410e+02,
            -6.485021904942025371773e+01,
        ];
        const Q: [f64; 5] = [
            2.485846490142306297962e+01,
            1.650270098316988542046e+02,
            4.328810604912902668951e+02,
            4.853903996359136964868e+02,
            1.945506571482613964425e+02,
        ];
        let mut z = x * x;
        z = z * ((((P[0] * z + P[1]) * z + P[2]) * z + P[3]) * z + P[4])
            / (((((z + Q[0]) * z + Q[1]) * z + Q[2]) * z + Q[3]) * z + Q[4]);
        x * z + x
    }

    fn satan(x: f64) -> f64 {
        const MOREBITS: f64 = 6.123233995736765886130e-17;
        const TAN3PIO8: f64 = 2.41421356237309504880;
        if x <= 0.66 {
            return xatan(x);
        }
        if x > TAN3PIO8 {
            return FRAC_PI_2 - xatan(1.0 / x) + MOREBITS;
        }
        FRAC_PI_4 + xatan((x - 1.0) / (x + 1.0)) + 0.5 * MOREBITS
    }

    pub fn atan(x: f64) -> f64 {
        if x == 0.0 {
            return x;
        }
        if x > 0.0 { satan(x) } else { -satan(-x) }
    }

    pub fn atan2(y: f64, x: f64) -> f64 {
        if y.is_nan() || x.is_nan() {
            return f64::NAN;
        }
        if y == 0.0 {
            if x >= 0.0 && !x.is_sign_negative() {
                return 0f64.copysign(y);
            }
            return PI.copysign(y);
        }
        if x == 0.0 {
            return FRAC_PI_2.copysign(y);
        }
        if x.is_infinite() {
            if x == f64::INFINITY {
                return if y.is_infinite() { FRAC_PI_4.copysign(y) } else { 0f64.copysign(y) };
            }
            return if y.is_infinite() { THREE_PI_4.copysign(y) } else { PI.copysign(y) };
        }
        if y.is_infinite() {
            return FRAC_PI_2.copysign(y);
        }
        let q = atan(y / x);
        if x < 0.0 {
            if q <= 0.0 {
                return q + PI;
            }
            return q - PI;
        }
        q
    }

    pub fn asin(x: f64) -> f64 {
        if x == 0.0 {
            return x;
        }
        let sign = x < 0.0;
        let x = if sign { -x } else { x };
        if x > 1.0 {
            return f64::NAN;
        }
        let mut temp = (1.0 - x * x).sqrt();
        if x > 0.7 {
            temp = FRAC_PI_2 - satan(temp / x);
        } else {
            temp = satan(x / temp);
        }
        if sign { -temp } else { temp }
    }

    pub fn acos(x: f64) -> f64 {
        FRAC_PI_2 - asin(x)
    }

    pub fn acosh(x: f64) -> f64 {
        const LARGE: f64 = (1u64 << 28) as f64;
        if x < 1.0 || x.is_nan() {
            return f64::NAN;
        }
        if x == 1.0 {
            return 0.0;
        }
        if x >= LARGE {
            return log(x) + LN2;
        }
        if x > 2.0 {
            return log(2.0 * x - 1.0 / (x + (x * x - 1.0).sqrt()));
        }
        let t = x - 1.0;
        log1p(t + (2.0 * t + t * t).sqrt())
    }

    pub fn asinh(x: f64) -> f64 {
        const LN2_: f64 = 6.93147180559945286227e-01;
        const NEAR_ZERO: f64 = 1.0 / (1u64 << 28) as f64;
        const LARGE: f64 = (1u64 << 28) as f64;
        if x.is_nan() || x.is_infinite() {
            return x;
        }
        let sign = x < 0.0;
        let x = if sign { -x } else { x };
        let temp = if x > LARGE {
            log(x) + LN2_
        } else if x > 2.0 {
            log(2.0 * x + 1.0 / ((x * x + 1.0).sqrt() + x))
        } else if x < NEAR_ZERO {
            x
        } else {
            log1p(x + x * x / (1.0 + (1.0 + x * x).sqrt()))
        };
        if sign { -temp } else { temp }
    }

    pub fn atanh(x: f64) -> f64 {
        const NEAR_ZERO: f64 = 1.0 / (1u64 << 28) as f64;
        if !(-1.0..=1.0).contains(&x) || x.is_nan() {
            return f64::NAN;
        }
        if x == 1.0 {
            return f64::INFINITY;
        }
        if x == -1.0 {
            return f64::NEG_INFINITY;
        }
        let sign = x < 0.0;
        let x = if sign { -x } else { x };
        let temp = if x < NEAR_ZERO {
            x
        } else if x < 0.5 {
            let t = x + x;
            0.5 * log1p(t + t * x / (1.0 - x))
        } else {
            0.5 * log1p((x + x) / (1.0 - x))
        };
        if sign { -temp } else { temp }
    }

    pub fn cbrt(x: f64) -> f64 {
        const B1: u64 = 715094163;
        const B2: u64 = 696219795;
        const C: f64 = 5.42857142857142815906e-01;
        const D: f64 = -7.05306122448979611050e-01;
        const E: f64 = 1.41428571428571436819e+00;
        const F: f64 = 1.60714285714285720630e+00;
        const G: f64 = 3.57142857142857150787e-01;
        if x == 0.0 || x.is_nan() || x.is_infinite() {
            return x;
        }
        let sign = x < 0.0;
        let x = if sign { -x } else { x };
        let mut t = f64::from_bits(x.to_bits() / 3 + (B1 << 32));
        if x < f64::MIN_POSITIVE {
            t = (1u64 << 54) as f64;
            t *= x;
            t = f64::from_bits(t.to_bits() / 3 + (B2 << 32));
        }
        let mut r = t * t / x;
        let mut s = C + r * t;
        t *= G + F / (s + E + D / s);
        t = f64::from_bits((t.to_bits() & (0xFFFFFFFFC << 28)) + (1 << 30));
        s = t * t;
        r = x / s;
        let w = t + t;
        r = (r - t) / (w + r);
        t += t * r;
        if sign { -t } else { t }
    }

    pub fn sinh(x: f64) -> f64 {
        const P: [f64; 4] = [
            -0.6307673640497716991184787251e+6,
            -0.8991272022039509355398013511e+5,
            -0.2894211355989563807284660366e+4,
            -0.2630563213397497062819489e+2,
        ];
        const Q: [f64; 3] = [
            -0.6307673640497716991212077277e+6,
            0.1521517378790019070696485176e+5,
            -0.173678953558233699533450911e+3,
        ];
        let sign = x < 0.0;
        let x = if sign { -x } else { x };
        let temp = if x > 21.0 {
            exp(x) * 0.5
        } else if x > 0.5 {
            let ex = exp(x);
            (ex - 1.0 / ex) * 0.5
        } else {
            let sq = x * x;
            let t = (((P[3] * sq + P[2]) * sq + P[1]) * sq + P[0]) * x;
            t / (((sq + Q[2]) * sq + Q[1]) * sq + Q[0])
        };
        if sign { -temp } else { temp }
    }

    pub fn cosh(x: f64) -> f64 {
        let x = x.abs();
        if x > 21.0 {
            return exp(x) * 0.5;
        }
        let ex = exp(x);
        (ex + 1.0 / ex) * 0.5
    }

    pub fn tanh(x: f64) -> f64 {
        const P: [f64; 3] =
            [-9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3];
        const Q: [f64; 3] =
            [1.12811678491632931402e2, 2.23548839060100448583e3, 4.84406305325125486048e3];
        const MAXLOG: f64 = 8.8029691931113054295988e+01;
        let z = x.abs();
        if z > 0.5 * MAXLOG {
            return if x < 0.0 { -1.0 } else { 1.0 };
        }
        if z >= 0.625 {
            let s = exp(2.0 * z);
            let z = 1.0 - 2.0 / (s + 1.0);
            return if x < 0.0 { -z } else { z };
        }
        if x == 0.0 {
            return x;
        }
        let s = x * x;
        x + x * s * ((P[0] * s + P[1]) * s + P[2]) / (((s + Q[0]) * s + Q[1]) * s + Q[2])
    }

    pub fn remainder(x: f64, y: f64) -> f64 {
        const TINY: f64 = 4.45014771701440276618e-308;
        const HALF_MAX: f64 = f64::MAX / 2.0;
        if x.is_nan() || y.is_nan() || x.is_infinite() || y == 0.0 {
            return f64::NAN;
        }
        if y.is_infinite() {
            return x;
        }
        let sign = x < 0.0;
        let mut x = if sign { -x } else { x };
        let y = y.abs();
        if x == y {
            return if sign { -0.0 } else { 0.0 };
        }
        if y <= HALF_MAX {
            x %= y + y;
        }
        if y < TINY {
            if x + x > y {
                x -= y;
                if x + x >= y {
                    x -= y;
                }
            }
        } else {
            let y_half = 0.5 * y;
            if x > y_half {
                x -= y;
                if x >= y_half {
                    x -= y;
                }
            }
        }
        if sign { -x } else { x }
    }

    /// `math.Max` (+0 beats -0; NaN and +Inf win).
    pub fn max(x: f64, y: f64) -> f64 {
        if x == f64::INFINITY || y == f64::INFINITY {
            return f64::INFINITY;
        }
        if x.is_nan() || y.is_nan() {
            return f64::NAN;
        }
        if x == 0.0 && x == y {
            return if x.is_sign_negative() { y } else { x };
        }
        if x > y { x } else { y }
    }

    /// `math.Min` (-0 beats +0; NaN and -Inf win).
    pub fn min(x: f64, y: f64) -> f64 {
        if x == f64::NEG_INFINITY || y == f64::NEG_INFINITY {
            return f64::NEG_INFINITY;
        }
        if x.is_nan() || y.is_nan() {
            return f64::NAN;
        }
        if x == 0.0 && x == y {
            return if x.is_sign_negative() { x } else { y };
        }
        if x < y { x } else { y }
    }

    /// `math.Pow10`.
    pub fn pow10(n: i64) -> f64 {
        let p = |k: i64| format!("1e{k}").parse::<f64>().unwrap_or(0.0);
        if (0..=308).contains(&n) {
            return p(n / 32 * 32) * p(n % 32);
        }
        if (-323..=0).contains(&n) {
            let m = -n;
            return p(-(m / 32 * 32)) / p(m % 32);
        }
        if n > 0 { f64::INFINITY } else { 0.0 }
    }
}

/// `math` natives: pure functions of their arguments.
fn math_native(f: &str, a: &[Value]) -> Option<Vec<Value>> {
    use gomath as g;
    let x = || a[0].as_f64();
    let y = || a[1].as_f64();
    let fl = |v: f64| Some(vec![Value::Float(v)]);
    match f {
        "Abs" => fl(x().abs()),
        "Acos" => fl(g::acos(x())),
        "Acosh" => fl(g::acosh(x())),
        "Asin" => fl(g::asin(x())),
        "Asinh" => fl(g::asinh(x())),
        "Atan" => fl(g::atan(x())),
        "Atan2" => fl(g::atan2(x(), y())),
        "Atanh" => fl(g::atanh(x())),
        "Cbrt" => fl(g::cbrt(x())),
        "Ceil" => fl(x().ceil()),
        "Copysign" => fl(x().copysign(y())),
        "Cos" => fl(g::cos(x())),
        "Cosh" => fl(g::cosh(x())),
        "Dim" => {
            let v = x() - y();
            fl(if v <= 0.0 { 0.0 } else { v })
        }
        "Exp" => fl(g::exp(x())),
        "Exp2" => fl(g::exp2(x())),
        "Expm1" => fl(g::expm1(x())),
        "FMA" => fl(x().mul_add(y(), a[2].as_f64())),
        "Float32bits" => Some(vec![Value::Int(i64::from((x() as f32).to_bits()))]),
        "Float32frombits" => {
            Some(vec![Value::Float(f64::from(f32::from_bits(a[0].as_int() as u32)))])
        }
        "Float64bits" => Some(vec![Value::Int(x().to_bits() as i64)]),
        "Float64frombits" => fl(f64::from_bits(a[0].as_int() as u64)),
        "Floor" => fl(x().floor()),
        "Frexp" => {
            let (fr, e) = g::frexp(x());
            Some(vec![Value::Float(fr), Value::Int(e)])
        }
        "Hypot" => fl(g::hypot(x(), y())),
        "Inf" => fl(if a[0].as_int() >= 0 { f64::INFINITY } else { f64::NEG_INFINITY }),
        "IsInf" => {
            let (v, sign) = (x(), a[1].as_int());
            let is = (sign >= 0 && v == f64::INFINITY) || (sign <= 0 && v == f64::NEG_INFINITY);
            Some(vec![Value::Bool(is)])
        }
        "IsNaN" => Some(vec![Value::Bool(x().is_nan())]),
        "Ldexp" => fl(g::ldexp(x(), a[1].as_int())),
        "Log" => fl(g::log(x())),
        "Log10" => fl(g::log10(x())),
        "Log1p" => fl(g::log1p(x())),
        "Log2" => fl(g::log2(x())),
        "Max" => fl(g::max(x(), y())),
        "Min" => fl(g::min(x(), y())),
        "Mod" => fl(if y() == 0.0 || x().is_infinite() || x().is_nan() || y().is_nan() {
            f64::NAN
        } else {
            x() % y()
        }),
        "Modf" => {
            let (i, fr) = g::modf(x());
            Some(vec![Value::Float(i), Value::Float(fr)])
        }
        "NaN" => fl(f64::NAN),
        "Pow" => fl(g::pow(x(), y())),
        "Pow10" => fl(g::pow10(a[0].as_int())),
        "Remainder" => fl(g::remainder(x(), y())),
        "Round" => fl(x().round()),
        "RoundToEven" => fl(x().round_ties_even()),
        "Signbit" => Some(vec![Value::Bool(x().is_sign_negative())]),
        "Sin" => fl(g::sin(x())),
        "Sincos" => Some(vec![Value::Float(g::sin(x())), Value::Float(g::cos(x()))]),
        "Sinh" => fl(g::sinh(x())),
        "Sqrt" => fl(x().sqrt()),
        "Tan" => fl(g::tan(x())),
        "Tanh" => fl(g::tanh(x())),
        "Trunc" => fl(x().trunc()),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------------
// math/rand

/// Go's `rngCooked` table (`math/rand/rng.go`, BSD licence): the state of the reference
/// generator after 780e10 steps, mixed into every seeded source.
#[rustfmt::skip]
const RNG_COOKED: [i64; 607] = [
    -4181792142133755926, -4576982950128230565, 1395769623340756751, 5333664234075297259,
    -6347679516498800754, 9033628115061424579, 7143218595135194537, 4812947590706362721,
    7937252194349799378, 5307299880338848416, 8209348851763925077, -7107630437535961764,
    4593015457530856296, 8140875735541888011, -5903942795589686782, -603556388664454774,
    -7496297993371156308, 113108499721038619, 4569519971459345583, -4160538177779461077,
    -6835753265595711384, -6507240692498089696, 6559392774825876886, 7650093201692370310,
    7684323884043752161, -8965504200858744418, -2629915517445760644, 271327514973697897,
    -6433985589514657524, 1065192797246149621, 3344507881999356393, -4763574095074709175,
    7465081662728599889, 1014950805555097187, -4773931307508785033, -5742262670416273165,
    2418672789110888383, 5796562887576294778, 4484266064449540171, 3738982361971787048,
    -4699774852342421385, 10530508058128498, -589538253572429690, -6598062107225984180,
    8660405965245884302, 10162832508971942, -2682657355892958417, 7031802312784620857,
    6240911277345944669, 831864355460801054, -1218937899312622917, 2116287251661052151,
    2202309800992166967, 9161020366945053561, 4069299552407763864, 4936383537992622449,
    457351505131524928, -8881176990926596454, -6375600354038175299, -7155351920868399290,
    4368649989588021065, 887231587095185257, -3659780529968199312, -2407146836602825512,
    5616972787034086048, -751562733459939242, 1686575021641186857, -5177887698780513806,
    -4979215821652996885, -1375154703071198421, 5632136521049761902, -8390088894796940536,
    -193645528485698615, -5979788902190688516, -4907000935050298721, -285522056888777828,
    -2776431630044341707, 1679342092332374735, 6050638460742422078, -2229851317345194226,
    -1582494184340482199, 5881353426285907985, 812786550756860885, 4541845584483343330,
    -6497901820577766722, 4980675660146853729, -4012602956251539747, -329088717864244987,
    -2896929232104691526, 1495812843684243920, -2153620458055647789, 7370257291860230865,
    -2466442761497833547, 4706794511633873654, -1398851569026877145, 8549875090542453214,
    -9189721207376179652, -7894453601103453165, 7297902601803624459, 1011190183918857495,
    -6985347000036920864, 5147159997473910359, -8326859945294252826, 2659470849286379941,
    6097729358393448602, -7491646050550022124, -5117116194870963097, -896216826133240300,
    -745860416168701406, 5803876044675762232, -787954255994554146, -3234519180203704564,
    -4507534739750823898, -1657200065590290694, 505808562678895611, -4153273856159712438,
    -8381261370078904295, 572156825025677802, 1791881013492340891, 3393267094866038768,
    -5444650186382539299, 2352769483186201278, -7930912453007408350, -325464993179687389,
    -3441562999710612272, -6489413242825283295, 5092019688680754699, -227247482082248967,
    4234737173186232084, 5027558287275472836, 4635198586344772304, -536033143587636457,
    5907508150730407386, -8438615781380831356, 972392927514829904, -3801314342046600696,
    -4064951393885491917, -174840358296132583, 2407211146698877100, -1640089820333676239,
    3940796514530962282, -5882197405809569433, 3095313889586102949, -1818050141166537098,
    5832080132947175283, 7890064875145919662, 8184139210799583195, -8073512175445549678,
    -7758774793014564506, -4581724029666783935, 3516491885471466898, -8267083515063118116,
    6657089965014657519, 5220884358887979358, 1796677326474620641, 5340761970648932916,
    1147977171614181568, 5066037465548252321, 2574765911837859848, 1085848279845204775,
    -5873264506986385449, 6116438694366558490, 2107701075971293812, -7420077970933506541,
    2469478054175558874, -1855128755834809824, -5431463669011098282, -9038325065738319171,
    -6966276280341336160, 7217693971077460129, -8314322083775271549, 7196649268545224266,
    -3585711691453906209, -5267827091426810625, 8057528650917418961, -5084103596553648165,
    -2601445448341207749, -7850010900052094367, 6527366231383600011, 3507654575162700890,
    9202058512774729859, 1954818376891585542, -2582991129724600103, 8299563319178235687,
    -5321504681635821435, 7046310742295574065, -2376176645520785576, -7650733936335907755,
    8850422670118399721, 3631909142291992901, 5158881091950831288, -6340413719511654215,
    4763258931815816403, 6280052734341785344, -4979582628649810958, 2043464728020827976,
    -2678071570832690343, 4562580375758598164, 5495451168795427352, -7485059175264624713,
    553004618757816492, 6895160632757959823, -989748114590090637, 7139506338801360852,
    -672480814466784139, 5535668688139305547, 2430933853350256242, -3821430778991574732,
    -1063731997747047009, -3065878205254005442, 7632066283658143750, 6308328381617103346,
    3681878764086140361, 3289686137190109749, 6587997200611086848, 244714774258135476,
    -5143583659437639708, 8090302575944624335, 2945117363431356361, -8359047641006034763,
    3009039260312620700, -793344576772241777, 401084700045993341, -1968749590416080887,
    4707864159563588614, -3583123505891281857, -3240864324164777915, -5908273794572565703,
    -3719524458082857382, -5281400669679581926, 8118566580304798074, 3839261274019871296,
    7062410411742090847, -8481991033874568140, 6027994129690250817, -6725542042704711878,
    -2971981702428546974, -7854441788951256975, 8809096399316380241, 6492004350391900708,
    2462145737463489636, -8818543617934476634, -5070345602623085213, -8961586321599299868,
    -3758656652254704451, -8630661632476012791, 6764129236657751224, -709716318315418359,
    -3403028373052861600, -8838073512170985897, -3999237033416576341, -2920240395515973663,
    -2073249475545404416, 368107899140673753, -6108185202296464250, -6307735683270494757,
    4782583894627718279, 6718292300699989587, 8387085186914375220, 3387513132024756289,
    4654329375432538231, -292704475491394206, -3848998599978456535, 7623042350483453954,
    7725442901813263321, 9186225467561587250, -5132344747257272453, -6865740430362196008,
    2530936820058611833, 1636551876240043639, -3658707362519810009, 1452244145334316253,
    -7161729655835084979, -7943791770359481772, 9108481583171221009, -3200093350120725999,
    5007630032676973346, 2153168792952589781, 6720334534964750538, -3181825545719981703,
    3433922409283786309, 2285479922797300912, 3110614940896576130, -2856812446131932915,
    -3804580617188639299, 7163298419643543757, 4891138053923696990, 580618510277907015,
    1684034065251686769, 4429514767357295841, -8893025458299325803, -8103734041042601133,
    7177515271653460134, 4589042248470800257, -1530083407795771245, 143607045258444228,
    246994305896273627, -8356954712051676521, 6473547110565816071, 3092379936208876896,
    2058427839513754051, -4089587328327907870, 8785882556301281247, -3074039370013608197,
    -637529855400303673, 6137678347805511274, -7152924852417805802, 5708223427705576541,
    -3223714144396531304, 4358391411789012426, 325123008708389849, 6837621693887290924,
    4843721905315627004, -3212720814705499393, -3825019837890901156, 4602025990114250980,
    1044646352569048800, 9106614159853161675, -8394115921626182539, -4304087667751778808,
    2681532557646850893, 3681559472488511871, -3915372517896561773, -2889241648411946534,
    -6564663803938238204, -8060058171802589521, 581945337509520675, 3648778920718647903,
    -4799698790548231394, -7602572252857820065, 220828013409515943, -1072987336855386047,
    4287360518296753003, -4633371852008891965, 5513660857261085186, -2258542936462001533,
    -8744380348503999773, 8746140185685648781, 228500091334420247, 1356187007457302238,
    3019253992034194581, 3152601605678500003, -8793219284148773595, 5559581553696971176,
    4916432985369275664, -8559797105120221417, -5802598197927043732, 2868348622579915573,
    -7224052902810357288, -5894682518218493085, 2587672709781371173, -7706116723325376475,
    3092343956317362483, -5561119517847711700, 972445599196498113, -1558506600978816441,
    1708913533482282562, -2305554874185907314, -6005743014309462908, -6653329009633068701,
    -483583197311151195, 2488075924621352812, -4529369641467339140, -4663743555056261452,
    2997203966153298104, 1282559373026354493, 240113143146674385, 8665713329246516443,
    628141331766346752, -4651421219668005332, -7750560848702540400, 7596648026010355826,
    -3132152619100351065, 7834161864828164065, 7103445518877254909, 4390861237357459201,
    -4780718172614204074, -319889632007444440, 622261699494173647, -3186110786557562560,
    -8718967088789066690, -1948156510637662747, -8212195255998774408, -7028621931231314745,
    2623071828615234808, -4066058308780939700, -5484966924888173764, -6683604512778046238,
    -6756087640505506466, 5256026990536851868, 7841086888628396109, 6640857538655893162,
    -8021284697816458310, -7109857044414059830, -1689021141511844405, -4298087301956291063,
    -4077748265377282003, -998231156719803476, 2719520354384050532, 9132346697815513771,
    4332154495710163773, -2085582442760428892, 6994721091344268833, -2556143461985726874,
    -8567931991128098309, 59934747298466858, -3098398008776739403, -265597256199410390,
    2332206071942466437, -7522315324568406181, 3154897383618636503, -7585605855467168281,
    -6762850759087199275, 197309393502684135, -8579694182469508493, 2543179307861934850,
    4350769010207485119, -4468719947444108136, -7207776534213261296, -1224312577878317200,
    4287946071480840813, 8362686366770308971, 6486469209321732151, -5605644191012979782,
    -1669018511020473564, 4450022655153542367, -7618176296641240059, -3896357471549267421,
    -4596796223304447488, -6531150016257070659, -8982326463137525940, -4125325062227681798,
    -1306489741394045544, -8338554946557245229, 5329160409530630596, 7790979528857726136,
    4955070238059373407, -4304834761432101506, -6215295852904371179, 3007769226071157901,
    -6753025801236972788, 8928702772696731736, 7856187920214445904, -4748497451462800923,
    7900176660600710914, -7082800908938549136, -6797926979589575837, -6737316883512927978,
    4186670094382025798, 1883939007446035042, -414705992779907823, 3734134241178479257,
    4065968871360089196, 6953124200385847784, -7917685222115876751, -7585632937840318161,
    -5567246375906782599, -5256612402221608788, 3106378204088556331, -2894472214076325998,
    4565385105440252958, 1979884289539493806, -6891578849933910383, 3783206694208922581,
    8464961209802336085, 2843963751609577687, 3030678195484896323, -4429654462759003204,
    4459239494808162889, 402587895800087237, 8057891408711167515, 4541888170938985079,
    1042662272908816815, -3666068979732206850, 2647678726283249984, 2144477441549833761,
    -3417019821499388721, -2105601033380872185, 5916597177708541638, -8760774321402454447,
    8833658097025758785, 5970273481425315300, 563813119381731307, -6455022486202078793,
    1598828206250873866, -4016978389451217698, -2988328551145513985, -6071154634840136312,
    8469693267274066490, 125672920241807416, -3912292412830714870, -2559617104544284221,
    -486523741806024092, -4735332261862713930, 5923302823487327109, -9082480245771672572,
    -1808429243461201518, 7990420780896957397, 4317817392807076702, 3625184369705367340,
    -6482649271566653105, -3480272027152017464, -3225473396345736649, -368878695502291645,
    -3981164001421868007, -8522033136963788610, 7609280429197514109, 3020985755112334161,
    -2572049329799262942, 2635195723621160615, 5144520864246028816, -8188285521126945980,
    1567242097116389047, 8172389260191636581, -2885551685425483535, -7060359469858316883,
    -6480181133964513127, -7317004403633452381, 6011544915663598137, 5932255307352610768,
    2241128460406315459, -8327867140638080220, 3094483003111372717, 4583857460292963101,
    9079887171656594975, -384082854924064405, -3460631649611717935, 4225072055348026230,
    -7385151438465742745, 3801620336801580414, -399845416774701952, -7446754431269675473,
    7899055018877642622, 5421679761463003041, 5521102963086275121, -4975092593295409910,
    8735487530905098534, -7462844945281082830, -2080886987197029914, -1000715163927557685,
    -4253840471931071485, -5828896094657903328, 6424174453260338141, 359248545074932887,
    -5949720754023045210, -2426265837057637212, 3030918217665093212, -9077771202237461772,
    -3186796180789149575, 740416251634527158, -2142944401404840226, 6951781370868335478,
    399922722363687927, -8928469722407522623, -1378421100515597285, -8343051178220066766,
    -3030716356046100229, -8811767350470065420, 9026808440365124461, 6440783557497587732,
    4615674634722404292, 539897290441580544, 2096238225866883852, 8751955639408182687,
    -7316147128802486205, 7381039757301768559, 6157238513393239656, -1473377804940618233,
    8629571604380892756, 5280433031239081479, 7101611890139813254, 2479018537985767835,
    7169176924412769570, -1281305539061572506, -7865612307799218120, 2278447439451174845,
    3625338785743880657, 6477479539006708521, 8976185375579272206, -3712000482142939688,
    1326024180520890843, 7537449876596048829, 5464680203499696154, 3189671183162196045,
    6346751753565857109, -8982212049534145501, -6127578587196093755, -245039190118465649,
    -6320577374581628592, 7208698530190629697, 7276901792339343736, -7490986807540332668,
    4133292154170828382, 2918308698224194548, -7703910638917631350, -3929437324238184044,
    -4300543082831323144, -6344160503358350167, 5896236396443472108, -758328221503023383,
    -1894351639983151068, -307900319840287220, -6278469401177312761, -2171292963361310674,
    8382142935188824023, 9103922860780351547, 4152330101494654406,
];

const RNG_LEN: i64 = 607;
const RNG_TAP: i64 = 273;
const INT32_MAX: i64 = (1 << 31) - 1;

/// `seedrand`: x[n+1] = 48271 * x[n] mod (2**31 - 1).
fn seedrand(x: i32) -> i32 {
    const A: i32 = 48271;
    const Q: i32 = 44488;
    const R: i32 = 3399;
    let hi = x / Q;
    let lo = x % Q;
    let mut x = A.wrapping_mul(lo).wrapping_sub(R.wrapping_mul(hi));
    if x < 0 {
        x = x.wrapping_add(INT32_MAX as i32);
    }
    x
}

/// `(*rngSource).Seed`: the feedback register for `seed`.
fn rng_seed_vec(seed: i64) -> Vec<i64> {
    let mut seed = seed % INT32_MAX;
    if seed < 0 {
        seed += INT32_MAX;
    }
    if seed == 0 {
        seed = 89482311;
    }
    let mut x = seed as i32;
    let mut vec = vec![0i64; RNG_LEN as usize];
    for i in -20..RNG_LEN {
        x = seedrand(x);
        if i >= 0 {
            let mut u = i64::from(x) << 40;
            x = seedrand(x);
            u ^= i64::from(x) << 20;
            x = seedrand(x);
            u ^= i64::from(x);
            u ^= RNG_COOKED[i as usize];
            vec[i as usize] = u;
        }
    }
    vec
}

/// Where a `Rand` draws from.
enum Src {
    /// The run's seeded generator (the top-level functions).
    Run,
    /// Go's generator: a `*rngSource` pointer.
    Go(Value),
    /// Any other `Source`, through its `Int63` method.
    User(Value),
}

impl Machine {
    /// The source of a `*rand.Rand`.
    fn rand_src(&self, r: &Value) -> Res<Src> {
        let Value::Ptr(p) = r else { return Err(nil_deref()) };
        let src = self.heap.load(p).fields().first().cloned().unwrap_or_default();
        match iface_parts(&src) {
            Some((ty, v)) if self.type_is(ty, "math/rand", "rngSource", true) => {
                Ok(Src::Go(v.clone()))
            }
            Some(_) => Ok(Src::User(src)),
            None => Err(nil_deref()),
        }
    }

    /// `(*rngSource).Uint64`.
    fn rng_uint64(&mut self, p: &Value) -> Res<u64> {
        let Value::Ptr(p) = p else { return Err(nil_deref()) };
        let st = self.heap.load(p);
        let f = st.fields();
        let (mut tap, mut feed) = (f[0].as_int(), f[1].as_int());
        let Value::Slice { arr, off, .. } = f[2] else { return Err(nil_deref()) };
        tap -= 1;
        if tap < 0 {
            tap += RNG_LEN;
        }
        feed -= 1;
        if feed < 0 {
            feed += RNG_LEN;
        }
        let v = self.heap.array_mut(arr);
        let x = v[off as usize + feed as usize]
            .as_int()
            .wrapping_add(v[off as usize + tap as usize].as_int());
        v[off as usize + feed as usize] = Value::Int(x);
        let st = Value::Tuple(vec![Value::Int(tap), Value::Int(feed), f[2].clone()].into());
        self.heap.store(p, st);
        Ok(x as u64)
    }

    fn rng_seed(&mut self, p: &Value, seed: i64) -> Res<()> {
        let Value::Ptr(p) = p else { return Err(nil_deref()) };
        let vec = self.new_slice(rng_seed_vec(seed).into_iter().map(Value::Int).collect());
        let st = Value::Tuple(vec![Value::Int(0), Value::Int(RNG_LEN - RNG_TAP), vec].into());
        self.heap.store(p, st);
        Ok(())
    }

    fn int63(&mut self, src: &Src) -> Res<i64> {
        match src {
            Src::Run => Ok((self.rng.next_u64() >> 1) as i64),
            Src::Go(p) => Ok((self.rng_uint64(p)? & (u64::MAX >> 1)) as i64),
            Src::User(s) => {
                let r = self.call_method_sync(s, "Int63", Vec::new())?;
                Ok(r.first().map(Value::as_int).unwrap_or(0))
            }
        }
    }

    fn rand_uint64(&mut self, src: &Src) -> Res<u64> {
        match src {
            Src::Run => Ok(self.rng.next_u64()),
            Src::Go(p) => self.rng_uint64(p),
            Src::User(s) => {
                if let Some((ty, _)) = iface_parts(s)
                    && self.method_of(ty, "Uint64").is_some()
                {
                    let r = self.call_method_sync(s, "Uint64", Vec::new())?;
                    return Ok(r.first().map(Value::as_int).unwrap_or(0) as u64);
                }
                let a = self.int63(src)? as u64;
                let b = self.int63(src)? as u64;
                Ok((a >> 31) | (b << 32))
            }
        }
    }

    fn int31(&mut self, src: &Src) -> Res<i32> {
        Ok((self.int63(src)? >> 32) as i32)
    }

    fn int63n(&mut self, src: &Src, n: i64) -> Res<i64> {
        if n <= 0 {
            return Err("!invalid argument to Int63n".into());
        }
        if n & (n - 1) == 0 {
            return Ok(self.int63(src)? & (n - 1));
        }
        let max = ((1u64 << 63) - 1 - (1u64 << 63) % n as u64) as i64;
        let mut v = self.int63(src)?;
        while v > max {
            v = self.int63(src)?;
        }
        Ok(v % n)
    }

    fn int31n(&mut self, src: &Src, n: i32) -> Res<i32> {
        if n <= 0 {
            return Err("!invalid argument to Int31n".into());
        }
        if n & (n - 1) == 0 {
            return Ok(self.int31(src)? & (n - 1));
        }
        let max = ((1u32 << 31) - 1 - (1u32 << 31) % n as u32) as i32;
        let mut v = self.int31(src)?;
        while v > max {
            v = self.int31(src)?;
        }
        Ok(v % n)
    }

    /// `(*Rand).int31n`: Lemire's method, used by `Shuffle`.
    fn int31n_fast(&mut self, src: &Src, n: i32) -> Res<i32> {
        let uint32 = |m: &mut Machine| m.int63(src).map(|v| (v >> 31) as u32);
        let mut v = uint32(self)?;
        let mut prod = u64::from(v) * n as u64;
        let mut low = prod as u32;
        if low < n as u32 {
            let thresh = (n as u32).wrapping_neg() % n as u32;
            while low < thresh {
                v = uint32(self)?;
                prod = u64::from(v) * n as u64;
                low = prod as u32;
            }
        }
        Ok((prod >> 32) as i32)
    }

    fn intn(&mut self, src: &Src, n: i64) -> Res<i64> {
        if n <= 0 {
            return Err("!invalid argument to Intn".into());
        }
        if n <= i64::from(i32::MAX) {
            return Ok(i64::from(self.int31n(src, n as i32)?));
        }
        self.int63n(src, n)
    }

    fn float64(&mut self, src: &Src) -> Res<f64> {
        loop {
            let f = self.int63(src)? as f64 / (1u64 << 63) as f64;
            if f != 1.0 {
                return Ok(f);
            }
        }
    }

    fn rand_call(&mut self, src: &Src, f: &str, a: &[Value]) -> Vals {
        let v = match f {
            "Int63" => int(self.int63(src)?),
            "Uint32" => int((self.int63(src)? >> 31) as u32),
            "Uint64" => int(self.rand_uint64(src)? as i64),
            "Int31" => int(self.int31(src)?),
            "Int" => int(self.int63(src)?),
            "Int63n" => int(self.int63n(src, a[0].as_int())?),
            "Int31n" => int(self.int31n(src, a[0].as_int() as i32)?),
            "Intn" => int(self.intn(src, a[0].as_int())?),
            "Float64" => Value::Float(self.float64(src)?),
            "Float32" => loop {
                let f = self.float64(src)? as f32;
                if f != 1.0 {
                    break Value::Float(f64::from(f));
                }
            },
            "Perm" => {
                let n = a[0].as_int();
                if n < 0 {
                    return Err("makeslice: len out of range".into());
                }
                let mut m = vec![0i64; n as usize];
                for i in 0..n as usize {
                    let j = self.intn(src, i as i64 + 1)? as usize;
                    m[i] = m[j];
                    m[j] = i as i64;
                }
                self.new_slice(m.into_iter().map(Value::Int).collect())
            }
            "Shuffle" => {
                let n = a[0].as_int();
                if n < 0 {
                    return Err("!invalid argument to Shuffle".into());
                }
                let mut i = n - 1;
                while i > (1 << 31) - 1 - 1 {
                    let j = self.int63n(src, i + 1)?;
                    self.call_value_sync(&a[1], vec![int(i), int(j)])?;
                    i -= 1;
                }
                while i > 0 {
                    let j = self.int31n_fast(src, (i + 1) as i32)?;
                    self.call_value_sync(&a[1], vec![int(i), int(j)])?;
                    i -= 1;
                }
                return Ok(vec![]);
            }
            // Not Go's ziggurat: only the top-level functions, whose draws are random anyway.
            "NormFloat64" => {
                let u1 = 1.0 - self.float64(src)?;
                let u2 = self.float64(src)?;
                Value::Float((-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos())
            }
            "ExpFloat64" => Value::Float(-(1.0 - self.float64(src)?).ln()),
            "Seed" => {
                match src {
                    Src::Run => {}
                    Src::Go(p) => self.rng_seed(p, a[0].as_int())?,
                    Src::User(s) => {
                        self.call_method_sync(s, "Seed", vec![a[0].clone()])?;
                    }
                }
                return Ok(vec![]);
            }
            _ => return Err(format!("!unsupported: math/rand.{f} is not simulated")),
        };
        Ok(vec![v])
    }

    /// `math/rand/v2`'s top-level functions, from the run's generator. The bounded ones
    /// panic on a bound that is not positive, as Go's do.
    fn rand_v2_native(&mut self, f: &str, a: &[Value]) -> Option<Vals> {
        let src = Src::Run;
        let bounded = |m: &mut Machine, n: i64| -> Res<i64> {
            if n <= 0 {
                return Err(format!("!invalid argument to {f}"));
            }
            m.int63n(&src, n)
        };
        Some((|| {
            Ok(vec![match f {
                "IntN" | "Int64N" | "N" | "UintN" => int(bounded(self, a[0].as_int())?),
                "Int32N" => int(bounded(self, a[0].as_int())?),
                "Uint32N" => int(bounded(self, i64::from(a[0].as_int() as u32))?),
                "Uint64N" => {
                    // Bounds past 2^63 draw from the whole range.
                    let n = a[0].as_int() as u64;
                    if n == 0 {
                        return Err("!invalid argument to Uint64N".into());
                    }
                    match i64::try_from(n) {
                        Ok(n) => int(self.int63n(&src, n)?),
                        Err(_) => int((self.rand_uint64(&src)? % n) as i64),
                    }
                }
                "Int" | "Int64" => int(self.int63(&src)?),
                "Int32" => int(self.int31(&src)?),
                _ => return self.rand_call(&src, f, a),
            }])
        })())
    }

    fn rand_native(&mut self, f: &str, a: &[Value]) -> Option<Vals> {
        match f {
            "NewSource" => Some((|| {
                let p = self.box_value(Value::Tuple(Box::new([])));
                self.rng_seed(&p, a[0].as_int())?;
                let ty = self.lib_named("math/rand", "rngSource");
                let ptr_ty = self.prog.types.lookup(&Type::Pointer(ty)).unwrap_or(wk::INVALID);
                Ok(vec![Value::Iface(Rc::new((ptr_ty.0, p)))])
            })()),
            "New" => one(self.box_value(Value::Tuple(vec![a[0].clone()].into()))),
            "(*rngSource).Int63" => {
                Some(self.rng_uint64(&a[0]).map(|u| vec![int((u & (u64::MAX >> 1)) as i64)]))
            }
            "(*rngSource).Uint64" => Some(self.rng_uint64(&a[0]).map(|u| vec![int(u as i64)])),
            "(*rngSource).Seed" => Some(self.rng_seed(&a[0], a[1].as_int()).map(|()| vec![])),
            _ if f.starts_with("(*Rand).") => Some((|| {
                let src = self.rand_src(&a[0])?;
                self.rand_call(&src, &f[8..], &a[1..])
            })()),
            "Seed" => Some(Ok(vec![])),
            _ => Some(self.rand_call(&Src::Run, f, a)),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// sort: Go's pdqsort (`sort.Sort`, `sort.Slice`) and insertion-merge stable sort, call for call.

/// What a sort orders: a slice compared by a Go `less` func, or a `sort.Interface`.
enum SortData {
    Slice {
        arr: HeapId,
        off: usize,
        less: Value,
    },
    /// `slices.SortFunc`: `cmp(a, b) < 0` on the elements themselves.
    Cmp {
        arr: HeapId,
        off: usize,
        cmp: Value,
    },
    Iface {
        less: (super::value::FuncId, Value),
        swap: (super::value::FuncId, Value),
    },
}

struct Sorter<'m> {
    m: &'m mut Machine,
    data: SortData,
}

#[derive(PartialEq, Clone, Copy)]
enum Hint {
    Unknown,
    Increasing,
    Decreasing,
}

fn bits_len(n: usize) -> usize {
    (usize::BITS - n.leading_zeros()) as usize
}

impl Sorter<'_> {
    fn less(&mut self, i: usize, j: usize) -> Res<bool> {
        let out = match &self.data {
            SortData::Slice { less, .. } => {
                let less = less.clone();
                self.m.call_value_sync(&less, vec![int(i as i64), int(j as i64)])?
            }
            SortData::Iface { less: (f, r), .. } => {
                let (f, r) = (*f, r.clone());
                self.m.call_sync(f, vec![r, int(i as i64), int(j as i64)])?
            }
            SortData::Cmp { arr, off, cmp } => {
                let (cmp, items) = (cmp.clone(), self.m.heap.array_mut(*arr));
                let (a, b) = (items[off + i].clone(), items[off + j].clone());
                let r = self.m.call_value_sync(&cmp, vec![a, b])?;
                return Ok(r.first().is_some_and(|v| v.as_int() < 0));
            }
        };
        Ok(out.first().is_some_and(Value::as_bool))
    }

    fn swap(&mut self, i: usize, j: usize) -> Res<()> {
        match &self.data {
            SortData::Slice { arr, off, .. } | SortData::Cmp { arr, off, .. } => {
                self.m.heap.array_mut(*arr).swap(off + i, off + j);
            }
            SortData::Iface { swap: (f, r), .. } => {
                let (f, r) = (*f, r.clone());
                self.m.call_sync(f, vec![r, int(i as i64), int(j as i64)])?;
            }
        }
        Ok(())
    }

    fn insertion_sort(&mut self, a: usize, b: usize) -> Res<()> {
        for i in a + 1..b {
            let mut j = i;
            while j > a && self.less(j, j - 1)? {
                self.swap(j, j - 1)?;
                j -= 1;
            }
        }
        Ok(())
    }

    fn sift_down(&mut self, lo: usize, hi: usize, first: usize) -> Res<()> {
        let mut root = lo;
        loop {
            let mut child = 2 * root + 1;
            if child >= hi {
                return Ok(());
            }
            if child + 1 < hi && self.less(first + child, first + child + 1)? {
                child += 1;
            }
            if !self.less(first + root, first + child)? {
                return Ok(());
            }
            self.swap(first + root, first + child)?;
            root = child;
        }
    }

    fn heap_sort(&mut self, a: usize, b: usize) -> Res<()> {
        let first = a;
        let hi = b - a;
        let mut i = (hi as isize - 1) / 2;
        while i >= 0 {
            self.sift_down(i as usize, hi, first)?;
            i -= 1;
        }
        let mut i = hi as isize - 1;
        while i >= 0 {
            self.swap(first, first + i as usize)?;
            self.sift_down(0, i as usize, first)?;
            i -= 1;
        }
        Ok(())
    }

    fn pdqsort(&mut self, mut a: usize, mut b: usize, mut limit: usize) -> Res<()> {
        const MAX_INSERTION: usize = 12;
        let mut was_balanced = true;
        let mut was_partitioned = true;
        loop {
            let length = b - a;
            if length <= MAX_INSERTION {
                return self.insertion_sort(a, b);
            }
            if limit == 0 {
                return self.heap_sort(a, b);
            }
            if !was_balanced {
                self.break_patterns(a, b)?;
                limit -= 1;
            }
            let (mut pivot, mut hint) = self.choose_pivot(a, b)?;
            if hint == Hint::Decreasing {
                self.reverse_range(a, b)?;
                pivot = (b - 1) - (pivot - a);
                hint = Hint::Increasing;
            }
            if was_balanced
                && was_partitioned
                && hint == Hint::Increasing
                && self.partial_insertion_sort(a, b)?
            {
                return Ok(());
            }
            if a > 0 && !self.less(a - 1, pivot)? {
                a = self.partition_equal(a, b, pivot)?;
                continue;
            }
            let (mid, already) = self.partition(a, b, pivot)?;
            was_partitioned = already;
            let (left_len, right_len) = (mid - a, b - mid);
            let balance_threshold = length / 8;
            if left_len < right_len {
                was_balanced = left_len >= balance_threshold;
                self.pdqsort(a, mid, limit)?;
                a = mid + 1;
            } else {
                was_balanced = right_len >= balance_threshold;
                self.pdqsort(mid + 1, b, limit)?;
                b = mid;
            }
        }
    }

    fn partition(&mut self, a: usize, b: usize, pivot: usize) -> Res<(usize, bool)> {
        self.swap(a, pivot)?;
        let (mut i, mut j) = (a as isize + 1, b as isize - 1);
        while i <= j && self.less(i as usize, a)? {
            i += 1;
        }
        while i <= j && !self.less(j as usize, a)? {
            j -= 1;
        }
        if i > j {
            self.swap(j as usize, a)?;
            return Ok((j as usize, true));
        }
        self.swap(i as usize, j as usize)?;
        i += 1;
        j -= 1;
        loop {
            while i <= j && self.less(i as usize, a)? {
                i += 1;
            }
            while i <= j && !self.less(j as usize, a)? {
                j -= 1;
            }
            if i > j {
                break;
            }
            self.swap(i as usize, j as usize)?;
            i += 1;
            j -= 1;
        }
        self.swap(j as usize, a)?;
        Ok((j as usize, false))
    }

    fn partition_equal(&mut self, a: usize, b: usize, pivot: usize) -> Res<usize> {
        self.swap(a, pivot)?;
        let (mut i, mut j) = (a as isize + 1, b as isize - 1);
        loop {
            while i <= j && !self.less(a, i as usize)? {
                i += 1;
            }
            while i <= j && self.less(a, j as usize)? {
                j -= 1;
            }
            if i > j {
                break;
            }
            self.swap(i as usize, j as usize)?;
            i += 1;
            j -= 1;
        }
        Ok(i as usize)
    }

    fn partial_insertion_sort(&mut self, a: usize, b: usize) -> Res<bool> {
        const MAX_STEPS: usize = 5;
        const SHORTEST_SHIFTING: usize = 50;
        let mut i = a + 1;
        for _ in 0..MAX_STEPS {
            while i < b && !self.less(i, i - 1)? {
                i += 1;
            }
            if i == b {
                return Ok(true);
            }
            if b - a < SHORTEST_SHIFTING {
                return Ok(false);
            }
            self.swap(i, i - 1)?;
            if i - a >= 2 {
                let mut j = i - 1;
                while j >= 1 {
                    if !self.less(j, j - 1)? {
                        break;
                    }
                    self.swap(j, j - 1)?;
                    j -= 1;
                }
            }
            if b - i >= 2 {
                let mut j = i + 1;
                while j < b {
                    if !self.less(j, j - 1)? {
                        break;
                    }
                    self.swap(j, j - 1)?;
                    j += 1;
                }
            }
        }
        Ok(false)
    }

    fn break_patterns(&mut self, a: usize, b: usize) -> Res<()> {
        let length = b - a;
        if length >= 8 {
            let mut random = length as u64;
            let modulus = 1u64 << bits_len(length);
            let mut idx = a + (length / 4) * 2 - 1;
            while idx <= a + (length / 4) * 2 + 1 {
                random ^= random << 13;
                random ^= random >> 7;
                random ^= random << 17;
                let mut other = (random & (modulus - 1)) as usize;
                if other >= length {
                    other -= length;
                }
                self.swap(idx, a + other)?;
                idx += 1;
            }
        }
        Ok(())
    }

    fn choose_pivot(&mut self, a: usize, b: usize) -> Res<(usize, Hint)> {
        const SHORTEST_NINTHER: usize = 50;
        const MAX_SWAPS: usize = 4 * 3;
        let l = b - a;
        let mut swaps = 0;
        let mut i = a + l / 4;
        let mut j = a + l / 4 * 2;
        let mut k = a + l / 4 * 3;
        if l >= 8 {
            if l >= SHORTEST_NINTHER {
                i = self.median(i - 1, i, i + 1, &mut swaps)?;
                j = self.median(j - 1, j, j + 1, &mut swaps)?;
                k = self.median(k - 1, k, k + 1, &mut swaps)?;
            }
            j = self.median(i, j, k, &mut swaps)?;
        }
        Ok(match swaps {
            0 => (j, Hint::Increasing),
            MAX_SWAPS => (j, Hint::Decreasing),
            _ => (j, Hint::Unknown),
        })
    }

    fn order2(&mut self, a: usize, b: usize, swaps: &mut usize) -> Res<(usize, usize)> {
        if self.less(b, a)? {
            *swaps += 1;
            return Ok((b, a));
        }
        Ok((a, b))
    }

    fn median(&mut self, a: usize, b: usize, c: usize, swaps: &mut usize) -> Res<usize> {
        let (a, b) = self.order2(a, b, swaps)?;
        let (b, c) = self.order2(b, c, swaps)?;
        let _ = c;
        let (_, b) = self.order2(a, b, swaps)?;
        Ok(b)
    }

    fn reverse_range(&mut self, a: usize, b: usize) -> Res<()> {
        let (mut i, mut j) = (a, b - 1);
        while i < j {
            self.swap(i, j)?;
            i += 1;
            j -= 1;
        }
        Ok(())
    }

    fn swap_range(&mut self, a: usize, b: usize, n: usize) -> Res<()> {
        for i in 0..n {
            self.swap(a + i, b + i)?;
        }
        Ok(())
    }

    /// Sorts `n` elements as Go's pdqsort does, or with its stable insertion-merge sort.
    fn sort(&mut self, n: usize, stable: bool) -> Res<()> {
        match stable {
            true => self.stable(n),
            false if n > 1 => self.pdqsort(0, n, bits_len(n)),
            false => Ok(()),
        }
    }

    fn stable(&mut self, n: usize) -> Res<()> {
        let mut block = 20;
        let (mut a, mut b) = (0, block);
        while b <= n {
            self.insertion_sort(a, b)?;
            a = b;
            b += block;
        }
        self.insertion_sort(a, n)?;
        while block < n {
            a = 0;
            b = 2 * block;
            while b <= n {
                self.sym_merge(a, a + block, b)?;
                a = b;
                b += 2 * block;
            }
            let m = a + block;
            if m < n {
                self.sym_merge(a, m, n)?;
            }
            block *= 2;
        }
        Ok(())
    }

    fn sym_merge(&mut self, a: usize, m: usize, b: usize) -> Res<()> {
        if m - a == 1 {
            let (mut i, mut j) = (m, b);
            while i < j {
                let h = (i + j) >> 1;
                if self.less(h, a)? {
                    i = h + 1;
                } else {
                    j = h;
                }
            }
            let mut k = a;
            while k + 1 < i {
                self.swap(k, k + 1)?;
                k += 1;
            }
            return Ok(());
        }
        if b - m == 1 {
            let (mut i, mut j) = (a, m);
            while i < j {
                let h = (i + j) >> 1;
                if !self.less(m, h)? {
                    i = h + 1;
                } else {
                    j = h;
                }
            }
            let mut k = m;
            while k > i {
                self.swap(k, k - 1)?;
                k -= 1;
            }
            return Ok(());
        }
        let mid = (a + b) >> 1;
        let n = mid + m;
        let (mut start, mut r) = if m > mid { (n - b, mid) } else { (a, m) };
        let p = n - 1;
        while start < r {
            let c = (start + r) >> 1;
            if !self.less(p - c, c)? {
                start = c + 1;
            } else {
                r = c;
            }
        }
        let end = n - start;
        if start < m && m < end {
            self.rotate(start, m, end)?;
        }
        if a < start && start < mid {
            self.sym_merge(a, start, mid)?;
        }
        if mid < end && end < b {
            self.sym_merge(mid, end, b)?;
        }
        Ok(())
    }

    fn rotate(&mut self, a: usize, m: usize, b: usize) -> Res<()> {
        let mut i = m - a;
        let mut j = b - m;
        while i != j {
            if i > j {
                self.swap_range(m - i, m, j)?;
                i -= j;
            } else {
                self.swap_range(m - i, m + j - i, i)?;
                j -= i;
            }
        }
        self.swap_range(m - i, m, i)
    }
}

/// `cmpLess` of `slices.Sort` for floats: NaNs first.
fn float_less(x: f64, y: f64) -> bool {
    x < y || (x.is_nan() && !y.is_nan())
}

/// Go's `<` on the elements of `[]int`, `[]float64` or `[]string`.
/// Go's `cmp.Compare` on two values of one ordered type.
fn value_cmp(x: &Value, y: &Value) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    match (x, y) {
        (Value::Int(a), Value::Int(b)) => a.cmp(b),
        (Value::Float(a), Value::Float(b)) => match (a.is_nan(), b.is_nan()) {
            (true, true) => Ordering::Equal,
            (true, false) => Ordering::Less,
            (false, true) => Ordering::Greater,
            _ => a.partial_cmp(b).unwrap_or(Ordering::Equal),
        },
        _ => x.as_bytes().cmp(y.as_bytes()),
    }
}

fn elem_less(kind: u8, x: &Value, y: &Value) -> bool {
    match kind {
        b'i' => x.as_int() < y.as_int(),
        b'f' => float_less(x.as_f64(), y.as_f64()),
        _ => x.as_bytes() < y.as_bytes(),
    }
}

impl Machine {
    /// Sorts a `[]int`, `[]float64` or `[]string` in place (`slices.Sort`).
    fn sort_basic(&mut self, s: &Value, kind: u8) {
        let Value::Slice { arr, off, len, .. } = *s else { return };
        let (off, len) = (off as usize, len as usize);
        let items = &mut self.heap.array_mut(arr)[off..off + len];
        crate::sorting::sort_by(items, |x, y| {
            if elem_less(kind, x, y) {
                std::cmp::Ordering::Less
            } else if elem_less(kind, y, x) {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        });
    }

    fn basic_sorted(&self, s: &Value, kind: u8) -> bool {
        let items = self.slice_items(s);
        items.windows(2).all(|w| !elem_less(kind, &w[1], &w[0]))
    }

    /// `sort.SearchInts` and friends: the first index whose element is not less than `x`.
    fn basic_search(&self, s: &Value, x: &Value, kind: u8) -> usize {
        let items = self.slice_items(s);
        items.partition_point(|e| elem_less(kind, e, x))
    }

    /// The slice kind of `sort.IntSlice` (`i`), `Float64Slice` (`f`) or `StringSlice` (`s`).
    fn basic_slice_kind(&self, ty: TypeId) -> Option<u8> {
        [("IntSlice", b'i'), ("Float64Slice", b'f'), ("StringSlice", b's')]
            .iter()
            .find(|(n, _)| self.type_is(ty, "sort", n, false))
            .map(|&(_, k)| k)
    }

    fn iface_sorter(&mut self, data: &Value) -> Res<(SortData, usize)> {
        let n = self.call_method_sync(data, "Len", Vec::new())?;
        let n = n.first().map(Value::as_int).unwrap_or(0).max(0) as usize;
        let less = self.method_target(data, "Less")?;
        let swap = self.method_target(data, "Swap")?;
        Ok((SortData::Iface { less, swap }, n))
    }

    fn slice_sorter(&mut self, x: &Value, less: &Value) -> Res<(SortData, usize)> {
        let v = iface_parts(x).map(|(_, v)| v.clone()).unwrap_or_else(|| x.clone());
        match v {
            Value::Slice { arr, off, len, .. } => {
                Ok((SortData::Slice { arr, off: off as usize, less: less.clone() }, len as usize))
            }
            Value::Nil => Ok((SortData::Slice { arr: HeapId(0), off: 0, less: less.clone() }, 0)),
            _ => Err("!reflect: call of Swapper on non-slice Value".into()),
        }
    }

    /// `maps`, on the entries in key order (Go's order is random; only `DeleteFunc`'s and
    /// `EqualFunc`'s callbacks could tell).
    fn maps_native(&mut self, f: &str, a: &[Value]) -> Option<Vals> {
        let entries = |m: &Machine, v: &Value| -> Vec<(Key, Value, Value)> {
            let Value::Map(id) = v else { return Vec::new() };
            m.heap.map(*id).map_or_else(Vec::new, |g| {
                g.entries.iter().map(|(k, (kv, vv))| (k.clone(), kv.clone(), vv.clone())).collect()
            })
        };
        let r: Vals = (|| {
            Ok(match f {
                "Clone" => {
                    let Value::Map(_) = a[0] else { return Ok(vec![Value::Nil]) };
                    let mut m = GoMap::default();
                    for (k, kv, vv) in entries(self, &a[0]) {
                        m.entries.insert(k, (kv, vv));
                    }
                    vec![Value::Map(self.heap.alloc(HeapObj::Map(m)))]
                }
                "Copy" => {
                    let src = entries(self, &a[1]);
                    let Value::Map(dst) = a[0] else {
                        if src.is_empty() {
                            return Ok(vec![]);
                        }
                        return Err("!assignment to entry in nil map".into());
                    };
                    for (k, kv, vv) in src {
                        self.heap.map_mut(dst).entries.insert(k, (kv, vv));
                    }
                    vec![]
                }
                "DeleteFunc" => {
                    let Value::Map(id) = a[0] else { return Ok(vec![]) };
                    for (k, kv, vv) in entries(self, &a[0]) {
                        let r = self.call_value_sync(&a[1], vec![kv, vv])?;
                        if r.first().is_some_and(Value::as_bool) {
                            self.heap.map_mut(id).entries.remove(&k);
                        }
                    }
                    vec![]
                }
                "Equal" | "EqualFunc" => {
                    let (x, y) = (entries(self, &a[0]), entries(self, &a[1]));
                    let mut same = x.len() == y.len();
                    for (k, _, v1) in &x {
                        if !same {
                            break;
                        }
                        let Some((_, _, v2)) = y.iter().find(|e| &e.0 == k) else {
                            same = false;
                            break;
                        };
                        same = if f == "Equal" {
                            super::ops::equal(v1, v2)?
                        } else {
                            let r = self.call_value_sync(&a[2], vec![v1.clone(), v2.clone()])?;
                            r.first().is_some_and(Value::as_bool)
                        };
                    }
                    vec![Value::Bool(same)]
                }
                _ => return Err(format!("!unsupported: maps.{f} is not simulated")),
            })
        })();
        Some(r)
    }

    /// `slices` and `cmp`. Elements are ordered by their kind of value: integers as signed
    /// 64-bit numbers, floats with NaN first (as Go's `cmp.Less`), strings bytewise.
    fn slices_native(&mut self, f: &str, a: &[Value]) -> Option<Vals> {
        let r: Vals = (|| {
            Ok(match f {
                "Compare" => vec![int(match value_cmp(&a[0], &a[1]) {
                    std::cmp::Ordering::Less => -1,
                    std::cmp::Ordering::Equal => 0,
                    std::cmp::Ordering::Greater => 1,
                })],
                "Less" => vec![Value::Bool(value_cmp(&a[0], &a[1]).is_lt())],
                "Sort" => {
                    if let Value::Slice { arr, off, len, .. } = a[0] {
                        let (off, len) = (off as usize, len as usize);
                        let items = &mut self.heap.array_mut(arr)[off..off + len];
                        crate::sorting::sort_by(items, value_cmp);
                    }
                    vec![]
                }
                "IsSorted" => {
                    let items = self.slice_items(&a[0]);
                    vec![Value::Bool(items.windows(2).all(|w| !value_cmp(&w[1], &w[0]).is_lt()))]
                }
                "SortFunc" | "SortStableFunc" => {
                    let Value::Slice { arr, off, len, .. } = a[0] else { return Ok(vec![]) };
                    let data = SortData::Cmp { arr, off: off as usize, cmp: a[1].clone() };
                    Sorter { m: self, data }.sort(len as usize, f == "SortStableFunc")?;
                    vec![]
                }
                "Contains" | "Index" => {
                    let mut at = -1;
                    for (i, x) in self.slice_items(&a[0]).iter().enumerate() {
                        if super::ops::equal(x, &a[1])? {
                            at = i as i64;
                            break;
                        }
                    }
                    if f == "Index" { vec![int(at)] } else { vec![Value::Bool(at >= 0)] }
                }
                "ContainsFunc" | "IndexFunc" => {
                    let mut at = -1;
                    for (i, x) in self.slice_items(&a[0]).into_iter().enumerate() {
                        let r = self.call_value_sync(&a[1], vec![x])?;
                        if r.first().is_some_and(Value::as_bool) {
                            at = i as i64;
                            break;
                        }
                    }
                    if f == "IndexFunc" { vec![int(at)] } else { vec![Value::Bool(at >= 0)] }
                }
                "Equal" => {
                    let (x, y) = (self.slice_items(&a[0]), self.slice_items(&a[1]));
                    let mut same = x.len() == y.len();
                    for (p, q) in x.iter().zip(&y) {
                        if !same {
                            break;
                        }
                        same = super::ops::equal(p, q)?;
                    }
                    vec![Value::Bool(same)]
                }
                "Reverse" => {
                    if let Value::Slice { arr, off, len, .. } = a[0] {
                        let (off, len) = (off as usize, len as usize);
                        self.heap.array_mut(arr)[off..off + len].reverse();
                    }
                    vec![]
                }
                "Max" | "Min" => {
                    let items = self.slice_items(&a[0]);
                    let Some(first) = items.first().cloned() else {
                        return Err(format!("!slices.{f}: empty list"));
                    };
                    // As Go: a NaN anywhere makes the result NaN.
                    let best = items.into_iter().fold(first, |b, x| {
                        let better = match value_cmp(&x, &b) {
                            _ if matches!(b, Value::Float(v) if v.is_nan()) => false,
                            _ if matches!(x, Value::Float(v) if v.is_nan()) => true,
                            o if f == "Max" => o.is_gt(),
                            o => o.is_lt(),
                        };
                        if better { x } else { b }
                    });
                    vec![best]
                }
                "BinarySearch" => {
                    let items = self.slice_items(&a[0]);
                    let i = items.partition_point(|e| value_cmp(e, &a[1]).is_lt());
                    let found = items.get(i).is_some_and(|e| value_cmp(e, &a[1]).is_eq());
                    vec![int(i as i64), Value::Bool(found)]
                }
                _ => return Err(format!("unsupported: slices.{f} is not simulated")),
            })
        })();
        Some(r)
    }

    fn sort_native(&mut self, f: &str, a: &[Value]) -> Option<Vals> {
        let r: Vals = (|| {
            Ok(match f {
                "Ints" | "IntSlice.Sort" => {
                    self.sort_basic(&a[0], b'i');
                    vec![]
                }
                "Float64s" | "Float64Slice.Sort" => {
                    self.sort_basic(&a[0], b'f');
                    vec![]
                }
                "Strings" | "StringSlice.Sort" => {
                    self.sort_basic(&a[0], b's');
                    vec![]
                }
                "IntsAreSorted" => vec![Value::Bool(self.basic_sorted(&a[0], b'i'))],
                "Float64sAreSorted" => vec![Value::Bool(self.basic_sorted(&a[0], b'f'))],
                "StringsAreSorted" => vec![Value::Bool(self.basic_sorted(&a[0], b's'))],
                "SearchInts" | "IntSlice.Search" => {
                    vec![int(self.basic_search(&a[0], &a[1], b'i') as i64)]
                }
                "SearchFloat64s" | "Float64Slice.Search" => {
                    vec![int(self.basic_search(&a[0], &a[1], b'f') as i64)]
                }
                "SearchStrings" | "StringSlice.Search" => {
                    vec![int(self.basic_search(&a[0], &a[1], b's') as i64)]
                }
                "IntSlice.Len" | "Float64Slice.Len" | "StringSlice.Len" => {
                    vec![int(super::vm::slice_parts(&a[0]).2)]
                }
                "IntSlice.Less" | "Float64Slice.Less" | "StringSlice.Less" => {
                    let items = self.slice_items(&a[0]);
                    let (i, j) = (a[1].as_int(), a[2].as_int());
                    let n = items.len() as i64;
                    for k in [i, j] {
                        if k < 0 || k >= n {
                            return Err(format!("index out of range [{k}] with length {n}"));
                        }
                    }
                    let kind = f.as_bytes()[0].to_ascii_lowercase();
                    let kind = if kind == b's' { b's' } else { kind };
                    vec![Value::Bool(elem_less(kind, &items[i as usize], &items[j as usize]))]
                }
                "IntSlice.Swap" | "Float64Slice.Swap" | "StringSlice.Swap" => {
                    let Value::Slice { arr, off, len, .. } = a[0] else {
                        return Err("index out of range [0] with length 0".into());
                    };
                    let (i, j) = (a[1].as_int(), a[2].as_int());
                    for k in [i, j] {
                        if k < 0 || k >= i64::from(len) {
                            return Err(format!("index out of range [{k}] with length {len}"));
                        }
                    }
                    self.heap
                        .array_mut(arr)
                        .swap(off as usize + i as usize, off as usize + j as usize);
                    vec![]
                }
                "Sort" | "Stable" => {
                    if let Some((ty, v)) = iface_parts(&a[0])
                        && let Some(kind) = self.basic_slice_kind(ty)
                    {
                        let v = v.clone();
                        self.sort_basic(&v, kind);
                        return Ok(vec![]);
                    }
                    let (data, n) = self.iface_sorter(&a[0])?;
                    Sorter { m: self, data }.sort(n, f == "Stable")?;
                    vec![]
                }
                "Slice" | "SliceStable" => {
                    let (data, n) = self.slice_sorter(&a[0], &a[1])?;
                    Sorter { m: self, data }.sort(n, f == "SliceStable")?;
                    vec![]
                }
                "IsSorted" | "SliceIsSorted" => {
                    let (data, n) = if f == "IsSorted" {
                        self.iface_sorter(&a[0])?
                    } else {
                        self.slice_sorter(&a[0], &a[1])?
                    };
                    let mut s = Sorter { m: self, data };
                    let mut sorted = true;
                    for i in (1..n).rev() {
                        if s.less(i, i - 1)? {
                            sorted = false;
                            break;
                        }
                    }
                    vec![Value::Bool(sorted)]
                }
                "Search" => {
                    let (mut i, mut j) = (0i64, a[0].as_int());
                    while i < j {
                        let h = ((i + j) as u64 >> 1) as i64;
                        let r = self.call_value_sync(&a[1], vec![int(h)])?;
                        if !r.first().is_some_and(Value::as_bool) {
                            i = h + 1;
                        } else {
                            j = h;
                        }
                    }
                    vec![int(i)]
                }
                "Find" => {
                    let n = a[0].as_int();
                    let (mut i, mut j) = (0i64, n);
                    while i < j {
                        let h = ((i + j) as u64 >> 1) as i64;
                        let r = self.call_value_sync(&a[1], vec![int(h)])?;
                        if r.first().map(Value::as_int).unwrap_or(0) > 0 {
                            i = h + 1;
                        } else {
                            j = h;
                        }
                    }
                    let found = if i < n {
                        let r = self.call_value_sync(&a[1], vec![int(i)])?;
                        r.first().map(Value::as_int).unwrap_or(0) == 0
                    } else {
                        false
                    };
                    vec![int(i), Value::Bool(found)]
                }
                "Reverse" => vec![self.boxed_iface("sort", "reverse", vec![a[0].clone()])],
                "(*reverse).Len" | "(*reverse).Less" | "(*reverse).Swap" => {
                    let Value::Ptr(p) = &a[0] else { return Err(nil_deref()) };
                    let inner = self.heap.load(p).fields().first().cloned().unwrap_or_default();
                    let method = &f[11..];
                    let args = if method == "Less" {
                        vec![a[2].clone(), a[1].clone()]
                    } else {
                        a[1..].to_vec()
                    };
                    self.call_method_sync(&inner, method, args)?
                }
                _ => return Err(format!("!unsupported: sort.{f} is not simulated")),
            })
        })();
        Some(r)
    }
}

// ---------------------------------------------------------------------------------------------
// errors

impl Machine {
    /// `errors.As`.
    fn errors_as(&mut self, err: &Value, target: &Value) -> Vals {
        if err.is_nil() {
            return Ok(vec![Value::Bool(false)]);
        }
        let Some((tty, tv)) = iface_parts(target) else {
            return Err("!errors: target cannot be nil".into());
        };
        let (Type::Pointer(elem), Value::Ptr(tp)) = (self.prog.types.get(tty).clone(), tv.clone())
        else {
            return Err("!errors: target must be a non-nil pointer".into());
        };
        let is_iface = matches!(self.prog.types.under(elem), Type::Interface(_));
        if !is_iface && self.method_of(elem, "Error").is_none() {
            return Err("!errors: *target must be interface or implement error".into());
        }
        let found = self.as_walk(err.clone(), target, elem, is_iface, &tp, 0)?;
        Ok(vec![Value::Bool(found)])
    }

    fn as_walk(
        &mut self,
        mut err: Value,
        target: &Value,
        elem: TypeId,
        is_iface: bool,
        tp: &Ptr,
        depth: u32,
    ) -> Res<bool> {
        for _ in 0..100 {
            let Some((ety, ev)) = iface_parts(&err) else { return Ok(false) };
            let ev = ev.clone();
            let assignable = if is_iface { self.implements(ety, elem) } else { ety == elem };
            if assignable {
                let v = if is_iface { err.clone() } else { ev };
                self.heap.store(tp, v);
                return Ok(true);
            }
            if self.method_of(ety, "As").is_some() {
                let r = self.call_method_sync(&err, "As", vec![target.clone()])?;
                if r.first().is_some_and(Value::as_bool) {
                    return Ok(true);
                }
            }
            if self.method_of(ety, "Unwrap").is_none() {
                return Ok(false);
            }
            let r = self.call_method_sync(&err, "Unwrap", Vec::new())?;
            match r.into_iter().next().unwrap_or_default() {
                Value::Nil => return Ok(false),
                s @ Value::Slice { .. } => {
                    if depth > 100 {
                        return Ok(false);
                    }
                    for e in self.slice_items(&s) {
                        if !e.is_nil() && self.as_walk(e, target, elem, is_iface, tp, depth + 1)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                next => err = next,
            }
        }
        Ok(false)
    }

    /// `errors.Is`: through `Unwrap() error` chains, `Unwrap() []error` trees and `Is`
    /// methods.
    fn errors_is(&mut self, err: &Value, target: &Value, depth: u32) -> Res<bool> {
        if err.is_nil() || target.is_nil() {
            return Ok(err.is_nil() && target.is_nil());
        }
        let mut err = err.clone();
        for _ in 0..100 {
            if super::ops::equal(&err, target).unwrap_or(false) {
                return Ok(true);
            }
            let Some((ety, _)) = iface_parts(&err) else { return Ok(false) };
            if self.method_of(ety, "Is").is_some() {
                let r = self.call_method_sync(&err, "Is", vec![target.clone()])?;
                if r.first().is_some_and(Value::as_bool) {
                    return Ok(true);
                }
            }
            if self.method_of(ety, "Unwrap").is_none() {
                return Ok(false);
            }
            let r = self.call_method_sync(&err, "Unwrap", Vec::new())?;
            match r.into_iter().next().unwrap_or_default() {
                Value::Nil => return Ok(false),
                s @ Value::Slice { .. } => {
                    if depth > 100 {
                        return Ok(false);
                    }
                    for e in self.slice_items(&s) {
                        if !e.is_nil() && self.errors_is(&e, target, depth + 1)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                next => err = next,
            }
        }
        Ok(false)
    }

    fn errors_native(&mut self, f: &str, a: &[Value]) -> Option<Vals> {
        match f {
            "As" => Some(self.errors_as(&a[0], &a[1])),
            "Is" => Some(self.errors_is(&a[0], &a[1], 0).map(|b| vec![Value::Bool(b)])),
            "Join" => {
                let errs: Vec<Value> =
                    self.slice_items(&a[0]).into_iter().filter(|e| !e.is_nil()).collect();
                if errs.is_empty() {
                    return one(Value::Nil);
                }
                let s = self.new_slice(errs);
                one(self.boxed_iface("errors", "joinError", vec![s]))
            }
            "ErrUnsupported" => {
                one(self.error_sentinel("errors.ErrUnsupported", "unsupported operation"))
            }
            "(*joinError).Error" | "(*joinError).Unwrap" => Some((|| {
                let Value::Ptr(p) = &a[0] else { return Err(nil_deref()) };
                let list = self.heap.load(p).fields().first().cloned().unwrap_or_default();
                if f.ends_with("Unwrap") {
                    return Ok(vec![list]);
                }
                let mut out = Vec::new();
                for (i, e) in self.slice_items(&list).iter().enumerate() {
                    if i > 0 {
                        out.push(b'\n');
                    }
                    out.extend(self.error_text(e)?);
                }
                Ok(vec![bytes_value(out)])
            })()),
            _ => None,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// time: a Time is nanoseconds since the playground epoch, 2009-11-10 23:00:00 UTC, in UTC.

const EPOCH_UNIX: i64 = 1_257_894_000;
const NANOS: i64 = 1_000_000_000;
/// Seconds from 0001-01-01 (Go's zero time) to the Unix epoch.
const UNIX_TO_ABSOLUTE: i128 = 62_135_596_800;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const DAYS: [&str; 7] =
    ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/// `Time.String` of the virtual time `ns`.
/// `Time.String`: the layout Go uses, then the monotonic reading if there is one.
pub(super) fn time_string(t: &Value) -> String {
    let layout = b"2006-01-02 15:04:05.999999999 -0700 MST";
    let mut s = String::from_utf8_lossy(&format_time(time_ns(t), layout)).into_owned();
    if let Some(mono) = time_mono(t) {
        let sign = if mono < 0 { '-' } else { '+' };
        let m = mono.unsigned_abs();
        s.push_str(&format!(" m={sign}{}.{:09}", m / 1_000_000_000, m % 1_000_000_000));
    }
    s
}

/// Go's `hasMonotonic` bit of `wall`.
const HAS_MONO: u64 = 1 << 63;
/// Seconds from 0001-01-01 to 1885-01-01, where the seconds of a time with a reading count
/// from (Go's `wallToInternal`).
const WALL_TO_INTERNAL: i64 = (1884 * 365 + 1884 / 4 - 1884 / 100 + 1884 / 400) * 86_400;

/// A `time.Time`'s monotonic clock reading, if it has one.
pub(super) fn time_mono(t: &Value) -> Option<i64> {
    let f = t.fields();
    let wall = f.first().map_or(0, Value::as_int) as u64;
    (wall & HAS_MONO != 0).then(|| f.get(1).map_or(0, Value::as_int))
}

/// `t` with monotonic reading `mono`, or without any, as Go's `Add` keeps it and
/// `Round(0)`, `UTC`, `Local` and `In` strip it. A time outside 1885..2157 keeps none, as in
/// Go.
pub(super) fn with_mono(t: &Value, mono: Option<i64>) -> Value {
    let abs = time_ns(t) + ZERO_TO_EPOCH;
    let (sec, nsec) = (abs.div_euclid(i128::from(NANOS)), abs.rem_euclid(i128::from(NANOS)));
    let loc = t.fields().get(2).cloned().unwrap_or_default();
    let since_1885 = sec - i128::from(WALL_TO_INTERNAL);
    let (wall, ext) = match mono {
        Some(m) if (0..1 << 33).contains(&since_1885) => {
            (HAS_MONO | (since_1885 as u64) << 30 | nsec as u64, m)
        }
        _ => (nsec as u64, sec as i64),
    };
    Value::Tuple(vec![Value::Int(wall as i64), Value::Int(ext), loc].into())
}

/// A Duration from nanoseconds, held to its range as Go's `Sub` and `Until` do.
pub(super) fn saturate(ns: i128) -> i64 {
    ns.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64
}

/// Nanoseconds from Go's zero time to the playground epoch.
const ZERO_TO_EPOCH: i128 = (UNIX_TO_ABSOLUTE + EPOCH_UNIX as i128) * NANOS as i128;

/// Go's zero Time, 0001-01-01 UTC, in nanoseconds since the playground epoch.
pub(super) const ZERO_TIME: i128 = -ZERO_TO_EPOCH;

/// A `time.Time`'s nanoseconds since the playground epoch (the zero Time is 0001-01-01).
pub(super) fn time_ns(v: &Value) -> i128 {
    let f = v.fields();
    let part = |i: usize| f.get(i).map(Value::as_int).unwrap_or(0);
    let wall = part(0) as u64;
    let (sec, nsec) = if wall & HAS_MONO != 0 {
        (WALL_TO_INTERNAL + ((wall << 1) >> 31) as i64, wall & ((1 << 30) - 1))
    } else {
        (part(1), wall)
    };
    i128::from(sec) * i128::from(NANOS) + i128::from(nsec) - ZERO_TO_EPOCH
}

/// The `time.Time` `ns` nanoseconds after the playground epoch.
pub(super) fn time_from_ns(ns: i128) -> Value {
    let abs = ns + ZERO_TO_EPOCH;
    let (sec, nsec) = (abs.div_euclid(i128::from(NANOS)), abs.rem_euclid(i128::from(NANOS)));
    Value::Tuple(vec![Value::Int(nsec as i64), Value::Int(sec as i64), Value::Nil].into())
}

/// Unix seconds and nanoseconds of a time.
fn unix_parts(ns: i128) -> (i64, i64) {
    let n = i128::from(NANOS);
    ((i128::from(EPOCH_UNIX) + ns.div_euclid(n)) as i64, ns.rem_euclid(n) as i64)
}

/// A time from Unix seconds and nanoseconds.
fn from_unix(sec: i128, nsec: i128) -> i128 {
    (sec - i128::from(EPOCH_UNIX)) * i128::from(NANOS) + nsec
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(y: i128, m: i128, d: i128) -> i128 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// The date of a day count since 1970-01-01.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z.rem_euclid(146097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// The calendar fields of a time.
struct Civil {
    year: i64,
    month: i64,
    day: i64,
    hour: i64,
    min: i64,
    sec: i64,
    nsec: i64,
    /// Day of the year, 1-based.
    yday: i64,
    /// 0 is Sunday.
    wday: i64,
}

fn civil(ns: i128) -> Civil {
    let (sec, nsec) = unix_parts(ns);
    let days = sec.div_euclid(86400);
    let secs = sec.rem_euclid(86400);
    let (year, month, day) = civil_from_days(days);
    let yday = (i128::from(days) - days_from_civil(i128::from(year), 1, 1)) as i64 + 1;
    Civil {
        year,
        month,
        day,
        hour: secs / 3600,
        min: secs / 60 % 60,
        sec: secs % 60,
        nsec,
        yday,
        wday: (days + 4).rem_euclid(7),
    }
}

/// `time.Date`, normalizing out-of-range fields as Go does.
fn date(year: i64, month: i64, day: i64, hour: i64, min: i64, sec: i64, nsec: i64) -> i128 {
    let m0 = i128::from(month) - 1;
    let year = i128::from(year) + m0.div_euclid(12);
    let month = m0.rem_euclid(12) + 1;
    let days = days_from_civil(year, month, 1) + i128::from(day) - 1;
    let secs = ((days * 24 + i128::from(hour)) * 60 + i128::from(min)) * 60 + i128::from(sec);
    from_unix(secs, i128::from(nsec))
}

fn month_name(m: i64) -> String {
    match usize::try_from(m - 1).ok().and_then(|i| MONTHS.get(i)) {
        Some(n) => n.to_string(),
        None => format!("%!Month({m})"),
    }
}

fn weekday_name(d: i64) -> String {
    match usize::try_from(d).ok().and_then(|i| DAYS.get(i)) {
        Some(n) => n.to_string(),
        None => format!("%!Weekday({d})"),
    }
}

/// A layout element of `time.Format`.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Std {
    LongMonth,
    Month,
    NumMonth,
    ZeroMonth,
    LongWeekDay,
    WeekDay,
    Day,
    UnderDay,
    ZeroDay,
    UnderYearDay,
    ZeroYearDay,
    Hour,
    Hour12,
    ZeroHour12,
    Minute,
    ZeroMinute,
    Second,
    ZeroSecond,
    LongYear,
    Year,
    PM,
    Pm,
    TZ,
    /// The numeric zones: (Z for UTC, colons, seconds, hours only).
    Zone {
        iso: bool,
        colon: bool,
        seconds: bool,
        short: bool,
    },
    /// Fractional seconds: digits, trailing zeros kept, separator.
    Frac {
        digits: usize,
        zeros: bool,
        sep: u8,
    },
}

/// `time.nextStdChunk`: the text before the first layout element, the element, the rest.
fn next_std_chunk(layout: &[u8]) -> (&[u8], Option<Std>, &[u8]) {
    let at = |i: usize, s: &[u8]| layout.len() >= i + s.len() && &layout[i..i + s.len()] == s;
    let lower_after = |j: usize| layout.get(j).is_some_and(u8::is_ascii_lowercase);
    for i in 0..layout.len() {
        let hit = |std: Std, n: usize| Some((&layout[..i], Some(std), &layout[i + n..]));
        let found = match layout[i] {
            b'J' if at(i, b"Jan") => {
                if at(i, b"January") {
                    hit(Std::LongMonth, 7)
                } else if !lower_after(i + 3) {
                    hit(Std::Month, 3)
                } else {
                    None
                }
            }
            b'M' if at(i, b"Mon") => {
                if at(i, b"Monday") {
                    hit(Std::LongWeekDay, 6)
                } else if !lower_after(i + 3) {
                    hit(Std::WeekDay, 3)
                } else {
                    None
                }
            }
            b'M' if at(i, b"MST") => hit(Std::TZ, 3),
            b'0' if layout.get(i + 1).is_some_and(|c| (b'1'..=b'6').contains(c)) => {
                let std = [
                    Std::ZeroMonth,
                    Std::ZeroDay,
                    Std::ZeroHour12,
                    Std::ZeroMinute,
                    Std::ZeroSecond,
                    Std::Year,
                ][usize::from(layout[i + 1] - b'1')];
                hit(std, 2)
            }
            b'0' if at(i, b"002") => hit(Std::ZeroYearDay, 3),
            b'1' => {
                if at(i, b"15") {
                    hit(Std::Hour, 2)
                } else {
                    hit(Std::NumMonth, 1)
                }
            }
            b'2' => {
                if at(i, b"2006") {
                    hit(Std::LongYear, 4)
                } else {
                    hit(Std::Day, 1)
                }
            }
            b'_' if at(i, b"_2") => {
                if at(i, b"_2006") {
                    Some((&layout[..i + 1], Some(Std::LongYear), &layout[i + 5..]))
                } else {
                    hit(Std::UnderDay, 2)
                }
            }
            b'_' if at(i, b"__2") => hit(Std::UnderYearDay, 3),
            b'3' => hit(Std::Hour12, 1),
            b'4' => hit(Std::Minute, 1),
            b'5' => hit(Std::Second, 1),
            b'P' if at(i, b"PM") => hit(Std::PM, 2),
            b'p' if at(i, b"pm") => hit(Std::Pm, 2),
            b'-' | b'Z' => {
                let iso = layout[i] == b'Z';
                let zone = |colon, seconds, short| Std::Zone { iso, colon, seconds, short };
                let rest = &layout[i + 1..];
                if rest.starts_with(b"070000") {
                    hit(zone(false, true, false), 7)
                } else if rest.starts_with(b"07:00:00") {
                    hit(zone(true, true, false), 9)
                } else if rest.starts_with(b"0700") {
                    hit(zone(false, false, false), 5)
                } else if rest.starts_with(b"07:00") {
                    hit(zone(true, false, false), 6)
                } else if rest.starts_with(b"07") {
                    hit(zone(false, false, true), 3)
                } else {
                    None
                }
            }
            c @ (b'.' | b',') if matches!(layout.get(i + 1), Some(b'0' | b'9')) => {
                let ch = layout[i + 1];
                let mut j = i + 1;
                while j < layout.len() && layout[j] == ch {
                    j += 1;
                }
                if layout.get(j).is_some_and(u8::is_ascii_digit) {
                    None
                } else {
                    let std = Std::Frac { digits: j - (i + 1), zeros: ch == b'0', sep: c };
                    Some((&layout[..i], Some(std), &layout[j..]))
                }
            }
            _ => None,
        };
        if let Some(f) = found {
            return f;
        }
    }
    (layout, None, &[])
}

/// `time.appendInt`: `x` zero-padded to `width` digits.
fn append_int(out: &mut Vec<u8>, x: i64, width: usize) {
    if x < 0 {
        out.push(b'-');
    }
    let digits = x.unsigned_abs().to_string();
    for _ in digits.len()..width {
        out.push(b'0');
    }
    out.extend_from_slice(digits.as_bytes());
}

/// `Time.Format` in UTC.
// The flags of package log.
const LOG_DATE: i64 = 1;
const LOG_TIME: i64 = 2;
const LOG_MICROSECONDS: i64 = 4;
const LOG_LONG_FILE: i64 = 8;
const LOG_SHORT_FILE: i64 = 16;
const LOG_MSG_PREFIX: i64 = 64;
const LOG_STD_FLAGS: i64 = LOG_DATE | LOG_TIME;

fn format_time(ns: i128, layout: &[u8]) -> Vec<u8> {
    let c = civil(ns);
    let mut out = Vec::new();
    let mut layout = layout;
    loop {
        let (prefix, std, rest) = next_std_chunk(layout);
        out.extend_from_slice(prefix);
        let Some(std) = std else { break };
        layout = rest;
        let hr12 = if c.hour % 12 == 0 { 12 } else { c.hour % 12 };
        match std {
            Std::Year => append_int(&mut out, c.year.abs() % 100, 2),
            Std::LongYear => append_int(&mut out, c.year, 4),
            Std::Month => out.extend_from_slice(&month_name(c.month).as_bytes()[..3]),
            Std::LongMonth => out.extend_from_slice(month_name(c.month).as_bytes()),
            Std::NumMonth => append_int(&mut out, c.month, 0),
            Std::ZeroMonth => append_int(&mut out, c.month, 2),
            Std::WeekDay => out.extend_from_slice(&weekday_name(c.wday).as_bytes()[..3]),
            Std::LongWeekDay => out.extend_from_slice(weekday_name(c.wday).as_bytes()),
            Std::Day => append_int(&mut out, c.day, 0),
            Std::UnderDay => {
                if c.day < 10 {
                    out.push(b' ');
                }
                append_int(&mut out, c.day, 0);
            }
            Std::ZeroDay => append_int(&mut out, c.day, 2),
            Std::UnderYearDay => {
                if c.yday < 100 {
                    out.push(b' ');
                    if c.yday < 10 {
                        out.push(b' ');
                    }
                }
                append_int(&mut out, c.yday, 0);
            }
            Std::ZeroYearDay => append_int(&mut out, c.yday, 3),
            Std::Hour => append_int(&mut out, c.hour, 2),
            Std::Hour12 => append_int(&mut out, hr12, 0),
            Std::ZeroHour12 => append_int(&mut out, hr12, 2),
            Std::Minute => append_int(&mut out, c.min, 0),
            Std::ZeroMinute => append_int(&mut out, c.min, 2),
            Std::Second => append_int(&mut out, c.sec, 0),
            Std::ZeroSecond => append_int(&mut out, c.sec, 2),
            Std::PM => out.extend_from_slice(if c.hour >= 12 { b"PM" } else { b"AM" }),
            Std::Pm => out.extend_from_slice(if c.hour >= 12 { b"pm" } else { b"am" }),
            Std::TZ => out.extend_from_slice(b"UTC"),
            Std::Zone { iso, colon, seconds, short } => {
                if iso {
                    out.push(b'Z');
                    continue;
                }
                out.extend_from_slice(b"+00");
                if colon {
                    out.push(b':');
                }
                if !short {
                    out.extend_from_slice(b"00");
                }
                if seconds {
                    if colon {
                        out.push(b':');
                    }
                    out.extend_from_slice(b"00");
                }
            }
            Std::Frac { digits, zeros, sep } => {
                if !zeros && (digits == 0 || c.nsec == 0) {
                    continue;
                }
                let start = out.len();
                out.push(sep);
                let mut nano = Vec::new();
                append_int(&mut nano, c.nsec, 9);
                out.extend_from_slice(&nano[..digits.min(9)]);
                if !zeros {
                    while out.len() > start && out.last() == Some(&b'0') {
                        out.pop();
                    }
                    if out.len() == start + 1 {
                        out.pop();
                    }
                }
            }
        }
    }
    out
}

/// `time.quote`: like `strconv.Quote`, but every non-ASCII or control byte as `\x..`.
fn time_quote(s: &[u8]) -> String {
    let mut out = String::from("\"");
    for &c in s {
        if !(b' '..0x80).contains(&c) {
            out.push_str(&format!("\\x{c:02x}"));
        } else {
            if c == b'"' || c == b'\\' {
                out.push('\\');
            }
            out.push(c as char);
        }
    }
    out.push('"');
    out
}

/// `time.ParseDuration`.
fn parse_duration(orig: &[u8]) -> Result<i64, String> {
    let quoted = time_quote(orig);
    let invalid = || format!("time: invalid duration {quoted}");
    let mut s = orig;
    let mut neg = false;
    if let Some(&c) = s.first()
        && (c == b'-' || c == b'+')
    {
        neg = c == b'-';
        s = &s[1..];
    }
    if s == b"0" {
        return Ok(0);
    }
    if s.is_empty() {
        return Err(invalid());
    }
    let mut d: u64 = 0;
    while !s.is_empty() {
        if !(s[0] == b'.' || s[0].is_ascii_digit()) {
            return Err(invalid());
        }
        let pl = s.len();
        let mut v: u64 = 0;
        let mut i = 0;
        while i < s.len() && s[i].is_ascii_digit() {
            if v > (1 << 63) / 10 {
                return Err(invalid());
            }
            v = v * 10 + u64::from(s[i] - b'0');
            if v > 1 << 63 {
                return Err(invalid());
            }
            i += 1;
        }
        s = &s[i..];
        let pre = pl != s.len();
        let mut post = false;
        let (mut f, mut scale) = (0u64, 1f64);
        if s.first() == Some(&b'.') {
            s = &s[1..];
            let pl = s.len();
            let mut i = 0;
            let mut overflow = false;
            while i < s.len() && s[i].is_ascii_digit() {
                if !overflow {
                    if f > ((1u64 << 63) - 1) / 10 {
                        overflow = true;
                    } else {
                        let y = f * 10 + u64::from(s[i] - b'0');
                        if y > 1 << 63 {
                            overflow = true;
                        } else {
                            f = y;
                            scale *= 10.0;
                        }
                    }
                }
                i += 1;
            }
            s = &s[i..];
            post = pl != s.len();
        }
        if !pre && !post {
            return Err(invalid());
        }
        let i = s.iter().position(|&c| c == b'.' || c.is_ascii_digit()).unwrap_or(s.len());
        if i == 0 {
            return Err(format!("time: missing unit in duration {quoted}"));
        }
        let u = &s[..i];
        s = &s[i..];
        let unit: u64 = match u {
            b"ns" => 1,
            b"us" | b"\xc2\xb5s" | b"\xce\xbcs" => 1_000,
            b"ms" => 1_000_000,
            b"s" => 1_000_000_000,
            b"m" => 60_000_000_000,
            b"h" => 3_600_000_000_000,
            _ => {
                let uq = time_quote(u);
                return Err(format!("time: unknown unit {uq} in duration {quoted}"));
            }
        };
        if v > (1 << 63) / unit {
            return Err(invalid());
        }
        v *= unit;
        if f > 0 {
            v += (f as f64 * (unit as f64 / scale)) as u64;
            if v > 1 << 63 {
                return Err(invalid());
            }
        }
        d += v;
        if d > 1 << 63 {
            return Err(invalid());
        }
    }
    if neg {
        return Ok((d as i64).wrapping_neg());
    }
    if d > (1 << 63) - 1 {
        return Err(invalid());
    }
    Ok(d as i64)
}

/// `Duration.Round`.
fn duration_round(d: i64, m: i64) -> i64 {
    if m <= 0 {
        return d;
    }
    let less_than_half = |x: i64, y: i64| (x as u64).wrapping_add(x as u64) < y as u64;
    let mut r = d % m;
    if d < 0 {
        r = -r;
        if less_than_half(r, m) {
            return d + r;
        }
        let d1 = d.wrapping_sub(m).wrapping_add(r);
        return if d1 < d { d1 } else { i64::MIN };
    }
    if less_than_half(r, m) {
        return d - r;
    }
    let d1 = d.wrapping_add(m).wrapping_sub(r);
    if d1 > d { d1 } else { i64::MAX }
}

/// The remainder of a time divided by `d`, counted from Go's zero time.
fn time_rem(ns: i128, d: i64) -> i128 {
    (ns + ZERO_TO_EPOCH).rem_euclid(i128::from(d))
}

impl Machine {
    fn location(&mut self, utc: bool) -> Value {
        if utc {
            self.lib_sentinel("time.UTC", |m| {
                m.box_value(Value::Tuple(vec![Value::str("UTC")].into()))
            })
        } else {
            self.lib_sentinel("time.Local", |m| {
                m.box_value(Value::Tuple(vec![Value::str("Local")].into()))
            })
        }
    }

    fn time_native(&mut self, f: &str, a: &[Value]) -> Option<Vals> {
        let t = || time_ns(&a[0]);
        let c = || civil(time_ns(&a[0]));
        let i = |v: i64| Some(Ok(vec![Value::Int(v)]));
        match f {
            "Duration.Microseconds" => i(a[0].as_int() / 1_000),
            "Duration.Nanoseconds" => i(a[0].as_int()),
            "Duration.Minutes" => {
                let d = a[0].as_int();
                let v = (d / 60_000_000_000) as f64 + (d % 60_000_000_000) as f64 / 60e9;
                one(Value::Float(v))
            }
            "Duration.Hours" => {
                let d = a[0].as_int();
                let v = (d / 3_600_000_000_000) as f64 + (d % 3_600_000_000_000) as f64 / 3600e9;
                one(Value::Float(v))
            }
            "Duration.Round" => i(duration_round(a[0].as_int(), a[1].as_int())),
            "Duration.Truncate" => {
                let (d, m) = (a[0].as_int(), a[1].as_int());
                i(if m <= 0 { d } else { d - d % m })
            }
            "Duration.Abs" => {
                let d = a[0].as_int();
                i(if d >= 0 {
                    d
                } else if d == i64::MIN {
                    i64::MAX
                } else {
                    -d
                })
            }
            "ParseDuration" => Some(Ok(match parse_duration(a[0].as_bytes()) {
                Ok(d) => vec![Value::Int(d), Value::Nil],
                Err(msg) => vec![Value::Int(0), self.new_error_value(msg.as_bytes())],
            })),
            "Month.String" => one(Value::str(&month_name(a[0].as_int()))),
            "Weekday.String" => one(Value::str(&weekday_name(a[0].as_int()))),
            "UTC" => one(self.location(true)),
            "Local" => one(self.location(false)),
            "(*Location).String" => {
                let Value::Ptr(p) = &a[0] else { return one(Value::str("UTC")) };
                one(self.heap.load(p).fields().first().cloned().unwrap_or_default())
            }
            "Date" => {
                if a[7].is_nil() {
                    return Some(Err("!time: missing Location in call to Date".into()));
                }
                let n: Vec<i64> = a[..7].iter().map(Value::as_int).collect();
                one(time_from_ns(date(n[0], n[1], n[2], n[3], n[4], n[5], n[6])))
            }
            "Unix" => {
                one(time_from_ns(from_unix(i128::from(a[0].as_int()), i128::from(a[1].as_int()))))
            }
            "UnixMilli" => one(time_from_ns(from_unix(0, i128::from(a[0].as_int()) * 1_000_000))),
            "UnixMicro" => one(time_from_ns(from_unix(0, i128::from(a[0].as_int()) * 1_000))),
            "Until" => i(saturate(t() - i128::from(self.now))),
            "Time.Add" => {
                let d = a[1].as_int();
                // Go drops a reading the sum would overflow.
                let mono = time_mono(&a[0]).and_then(|m| m.checked_add(d));
                one(with_mono(&time_from_ns(t() + i128::from(d)), mono))
            }
            "Time.After" => one(Value::Bool(t() > time_ns(&a[1]))),
            "Time.Before" => one(Value::Bool(t() < time_ns(&a[1]))),
            "Time.Equal" => one(Value::Bool(t() == time_ns(&a[1]))),
            "Time.Compare" => i(match t().cmp(&time_ns(&a[1])) {
                std::cmp::Ordering::Less => -1,
                std::cmp::Ordering::Equal => 0,
                std::cmp::Ordering::Greater => 1,
            }),
            "Time.IsZero" => one(Value::Bool(t() == -ZERO_TO_EPOCH)),
            "Time.Unix" => i(unix_parts(t()).0),
            // Go's int64 arithmetic wraps outside 1678..2262.
            "Time.UnixNano" => i((t() + i128::from(EPOCH_UNIX * NANOS)) as i64),
            "Time.UnixMilli" => {
                let (s, n) = unix_parts(t());
                i(s * 1_000 + n / 1_000_000)
            }
            "Time.UnixMicro" => {
                let (s, n) = unix_parts(t());
                i(s * 1_000_000 + n / 1_000)
            }
            "Time.Format" => one(bytes_value(format_time(t(), a[1].as_bytes()))),
            "Time.String" => one(Value::str(&time_string(&a[0]))),
            "Time.Year" => i(c().year),
            "Time.Month" => i(c().month),
            "Time.Day" => i(c().day),
            "Time.Hour" => i(c().hour),
            "Time.Minute" => i(c().min),
            "Time.Second" => i(c().sec),
            "Time.Nanosecond" => i(c().nsec),
            "Time.Weekday" => i(c().wday),
            "Time.YearDay" => i(c().yday),
            "Time.Date" => {
                let c = c();
                Some(Ok(vec![int(c.year), int(c.month), int(c.day)]))
            }
            "Time.Clock" => {
                let c = c();
                Some(Ok(vec![int(c.hour), int(c.min), int(c.sec)]))
            }
            "Time.AddDate" => {
                let c = c();
                let (y, m, d) = (a[1].as_int(), a[2].as_int(), a[3].as_int());
                one(time_from_ns(date(
                    c.year + y,
                    c.month + m,
                    c.day + d,
                    c.hour,
                    c.min,
                    c.sec,
                    c.nsec,
                )))
            }
            "Time.Truncate" | "Time.Round" => {
                let d = a[1].as_int();
                if d <= 0 {
                    return one(with_mono(&a[0], None));
                }
                let r = time_rem(t(), d);
                let d = i128::from(d);
                let ns = if f == "Time.Truncate" || r + r < d { t() - r } else { t() + (d - r) };
                one(time_from_ns(ns))
            }
            "Time.UTC" | "Time.Local" => one(with_mono(&a[0], None)),
            "Time.In" => {
                if a[1].is_nil() {
                    return Some(Err("!time: missing Location in call to Time.In".into()));
                }
                one(with_mono(&a[0], None))
            }
            "Time.Location" => one(self.location(true)),
            _ => None,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// os and the fmt.Fprint family

impl Machine {
    fn std_file(&mut self, fd: i64) -> Value {
        let key = match fd {
            0 => "os.Stdin",
            1 => "os.Stdout",
            _ => "os.Stderr",
        };
        self.lib_sentinel(key, |m| m.box_value(Value::Tuple(vec![Value::Int(fd)].into())))
    }

    /// Writes to an `*os.File`: pushes (n, err).
    fn file_write(&mut self, gid: u32, span: Span, f: &Value, text: &[u8]) -> Res<Flow> {
        let fd = match f {
            Value::Ptr(p) => self.heap.load(p).fields().first().map(Value::as_int).unwrap_or(0),
            _ => 0,
        };
        if fd != 1 && fd != 2 {
            let e = self.error_sentinel("os.ErrInvalid", "invalid argument");
            self.push_value(gid, Value::Int(0));
            self.push_value(gid, e);
            return Ok(Flow::Continue);
        }
        self.print(gid, span, text, fd == 2);
        self.push_value(gid, Value::Int(text.len() as i64));
        self.push_value(gid, Value::Nil);
        Ok(Flow::Point)
    }

    /// Writes `text` to an `io.Writer`: directly for `*os.File`, else by calling its `Write`
    /// method, whose results become the caller's.
    fn write_to(&mut self, gid: u32, span: Span, w: &Value, text: Vec<u8>) -> Res<Flow> {
        let Some((ty, v)) = iface_parts(w) else { return Err(nil_deref()) };
        if self.type_is(ty, "os", "File", true) {
            let v = v.clone();
            return self.file_write(gid, span, &v, &text);
        }
        let (func, recv) = self.method_target(w, "Write")?;
        let buf = self.new_slice(text.iter().map(|&b| Value::Int(i64::from(b))).collect());
        let callee = Rc::new(Closure { func, free: Box::new([]), recv: None });
        self.call_closure(gid, callee, vec![recv, buf], false);
        Ok(Flow::Continue)
    }

    /// The standard logger: writes to os.Stderr, dated and timed, without prefix.
    fn std_logger(&mut self) -> Value {
        let stderr = self.std_file(2);
        let file = self.lib_named("os", "File");
        let ptr_file = self.prog.types.lookup(&Type::Pointer(file)).unwrap_or(wk::INVALID);
        let out = Value::Iface(Rc::new((ptr_file.0, stderr)));
        let fields = vec![out, Value::str(""), Value::Int(LOG_STD_FLAGS)];
        self.lib_sentinel("log.std", |m| m.box_value(Value::Tuple(fields.into())))
    }

    /// `log`: the package's functions act on the standard logger, a `*Logger`'s methods on
    /// it (fields: out, prefix, flag).
    fn log_native(&mut self, gid: u32, member: &str, a: &[Value], span: Span) -> Res<Flow> {
        let (logger, f, args) = match member.strip_prefix("(*Logger).") {
            Some(f) => (a[0].clone(), f, &a[1..]),
            None if member == "New" => {
                let l = self.box_value(Value::Tuple(a[..3].to_vec().into()));
                self.push_value(gid, l);
                return Ok(Flow::Continue);
            }
            None => (self.std_logger(), member, a),
        };
        let Value::Ptr(p) = &logger else { return Err(nil_deref()) };
        let fields = self.heap.load(p).fields().to_vec();
        let field = |i: usize| fields.get(i).cloned().unwrap_or_default();
        let set = |m: &mut Machine, i: usize, v: Value| {
            let mut f = fields.clone();
            f[i] = v;
            m.heap.store(p, Value::Tuple(f.into()));
            Ok(Flow::Continue)
        };
        match f {
            "Default" => {
                self.push_value(gid, logger.clone());
                return Ok(Flow::Continue);
            }
            "Writer" | "Prefix" | "Flags" => {
                let i = ["Writer", "Prefix", "Flags"].iter().position(|&n| n == f).unwrap_or(0);
                self.push_value(gid, field(i));
                return Ok(Flow::Continue);
            }
            "SetOutput" => return set(self, 0, args[0].clone()),
            "SetPrefix" => return set(self, 1, args[0].clone()),
            "SetFlags" => return set(self, 2, args[0].clone()),
            _ => {}
        }
        // Print, Fatal and Panic, each in the Sprint, Sprintf and Sprintln forms.
        let msg = self.fmt_text(f, args);
        let mut line = self.log_header(field(1).as_bytes(), field(2).as_int(), span);
        line.extend_from_slice(&msg);
        if line.last() != Some(&b'\n') {
            line.push(b'\n');
        }
        let out = field(0);
        let Some((ty, w)) = iface_parts(&out) else { return Err(nil_deref()) };
        let flow = if self.type_is(ty, "os", "File", true) {
            let w = w.clone();
            let flow = self.file_write(gid, span, &w, &line)?;
            // Not the caller's results: the logger drops them.
            let stack = &mut self.g(gid).stack;
            stack.truncate(stack.len().saturating_sub(2));
            flow
        } else {
            let (func, recv) = self.method_target(&out, "Write")?;
            let buf = self.new_slice(line.iter().map(|&b| Value::Int(i64::from(b))).collect());
            self.call_sync(func, vec![recv, buf])?;
            Flow::Continue
        };
        if f.starts_with("Fatal") {
            self.event(gid, span, EventKind::Exit);
            self.outcome = Some(crate::trace::Outcome::Exited { code: 1 });
            return Ok(Flow::End);
        }
        if f.starts_with("Panic") {
            let v = Value::Iface(Rc::new((wk::STRING.0, Value::Str(Rc::from(msg)))));
            return self.start_panic(gid, v, span);
        }
        Ok(flow)
    }

    /// What a logger writes before the message, by its flags (Go's `formatHeader`).
    fn log_header(&self, prefix: &[u8], flag: i64, span: Span) -> Vec<u8> {
        let mut out = Vec::new();
        if flag & LOG_MSG_PREFIX == 0 {
            out.extend_from_slice(prefix);
        }
        let now = i128::from(self.now);
        if flag & LOG_DATE != 0 {
            out.extend(format_time(now, b"2006/01/02 "));
        }
        if flag & (LOG_TIME | LOG_MICROSECONDS) != 0 {
            out.extend(format_time(now, b"15:04:05"));
            if flag & LOG_MICROSECONDS != 0 {
                out.extend(format_time(now, b".000000"));
            }
            out.push(b' ');
        }
        if flag & (LOG_SHORT_FILE | LOG_LONG_FILE) != 0 {
            let file = &self.config.file_name;
            let file = match flag & LOG_SHORT_FILE {
                0 => file.as_str(),
                _ => file.rsplit('/').next().unwrap_or(file),
            };
            out.extend(format!("{file}:{}: ", self.tracer.line(span)).bytes());
        }
        if flag & LOG_MSG_PREFIX != 0 {
            out.extend_from_slice(prefix);
        }
        out
    }

    fn io_native(&mut self, gid: u32, f: &str, a: &[Value], span: Span) -> Option<Res<Flow>> {
        let push = |m: &mut Machine, vals: Vec<Value>| {
            for v in vals {
                m.push_value(gid, v);
            }
            Ok(Flow::Continue)
        };
        Some(match f {
            "Fprint" | "Fprintln" | "Fprintf" => {
                let text = self.fmt_text(f, &a[1..]);
                self.write_to(gid, span, &a[0], text)
            }
            "Getenv" => push(self, vec![Value::str("")]),
            "LookupEnv" => push(self, vec![Value::str(""), Value::Bool(false)]),
            "Stdin" => {
                let v = self.std_file(0);
                push(self, vec![v])
            }
            "Stdout" => {
                let v = self.std_file(1);
                push(self, vec![v])
            }
            "Stderr" => {
                let v = self.std_file(2);
                push(self, vec![v])
            }
            "(*File).Write" => {
                let text = self.byte_items(&a[1]);
                self.file_write(gid, span, &a[0], &text)
            }
            "(*File).WriteString" => self.file_write(gid, span, &a[0], a[1].as_bytes()),
            "(*File).Name" => {
                let fd = match &a[0] {
                    Value::Ptr(p) => {
                        self.heap.load(p).fields().first().map(Value::as_int).unwrap_or(0)
                    }
                    _ => return Some(Err(nil_deref())),
                };
                let name = match fd {
                    0 => "/dev/stdin",
                    1 => "/dev/stdout",
                    2 => "/dev/stderr",
                    _ => "",
                };
                push(self, vec![Value::str(name)])
            }
            _ => return None,
        })
    }
}

// ---------------------------------------------------------------------------------------------
// sync: Cond, Map, the RWMutex extras

impl Machine {
    /// A heap object kept in the `int32` state field `field` of the sync value `p` points to
    /// (stored as its id + 1), made by `make` on first use.
    fn state_object(&mut self, p: &Value, field: u32, make: fn() -> HeapObj) -> Res<HeapId> {
        let f = field_ptr(p, field)?;
        let v = self.heap.load(&f).as_int();
        if v > 0 {
            return Ok(HeapId(v as u32 - 1));
        }
        let id = self.heap.alloc(make());
        self.heap.store(&f, Value::Int(i64::from(id.0) + 1));
        Ok(id)
    }

    /// Locks (or unlocks) a `sync.Locker`: natively for the sync types, else through its
    /// methods (a `Lock` call runs as a pushed frame, so it may block).
    fn locker_op(&mut self, gid: u32, l: &Value, lock: bool, span: Span) -> Res<Flow> {
        let Some((ty, v)) = iface_parts(l) else { return Err(nil_deref()) };
        let v = v.clone();
        let native = if self.type_is(ty, "sync", "Mutex", true) {
            Some((if lock { "sync.(*Mutex).Lock" } else { "sync.(*Mutex).Unlock" }, v))
        } else if self.type_is(ty, "sync", "RWMutex", true) {
            Some((if lock { "sync.(*RWMutex).Lock" } else { "sync.(*RWMutex).Unlock" }, v))
        } else if self.type_is(ty, "sync", "rlocker", true) {
            let Value::Ptr(p) = &v else { return Err(nil_deref()) };
            let rw = self.heap.load(p).fields().first().cloned().unwrap_or_default();
            Some((if lock { "sync.(*RWMutex).RLock" } else { "sync.(*RWMutex).RUnlock" }, rw))
        } else {
            None
        };
        if let Some((name, recv)) = native {
            return self.native(gid, native_id(name), vec![recv], span);
        }
        if !lock {
            self.call_method_sync(l, "Unlock", Vec::new())?;
            return Ok(Flow::Continue);
        }
        let (func, recv) = self.method_target(l, "Lock")?;
        let callee = Rc::new(Closure { func, free: Box::new([]), recv: None });
        self.call_closure(gid, callee, vec![recv], false);
        if let Some(fr) = self.g(gid).frames.last_mut() {
            fr.discard = true;
        }
        Ok(Flow::Continue)
    }

    /// Re-executes the current native when the goroutine next runs: its arguments go back on
    /// the stack and the program counter steps back onto the call.
    fn rewind_native(&mut self, gid: u32, args: &[Value]) {
        let g = self.g(gid);
        g.stack.extend(args.iter().cloned());
        if let Some(f) = g.frames.last_mut() {
            f.pc = f.pc.saturating_sub(1);
        }
    }

    /// `Cond.Wait` runs twice: first it joins the waiters, unlocks `c.L` and blocks; once
    /// signalled, the call runs again and relocks `c.L`.
    fn cond_wait(&mut self, gid: u32, a: &[Value], span: Span) -> Res<Flow> {
        let list = self.state_object(&a[0], 1, || HeapObj::Array(Vec::new()))?;
        let l = self.heap.load(&field_ptr(&a[0], 0)?);
        let me = Value::Int(i64::from(gid));
        let pos = self.heap.array(list).iter().position(|e| e.fields().first() == Some(&me));
        if let Some(i) = pos {
            if self.heap.array(list)[i].fields()[1].as_bool() {
                self.heap.list_mut(list).remove(i);
                return self.locker_op(gid, &l, true, span);
            }
        } else {
            self.heap.list_mut(list).push(Value::Tuple(vec![me, Value::Bool(false)].into()));
            let flow = self.locker_op(gid, &l, false, span)?;
            if flow == Flow::End {
                return Ok(flow);
            }
        }
        self.rewind_native(gid, a);
        Ok(self.block(gid, WaitReason::CondWait, None, span))
    }

    /// `Cond.Signal` (one waiter, the longest waiting) and `Cond.Broadcast` (all).
    fn cond_signal(&mut self, gid: u32, cond: &Value, all: bool) -> Res<Flow> {
        let list = self.state_object(cond, 1, || HeapObj::Array(Vec::new()))?;
        let mut woken = Vec::new();
        for e in self.heap.array_mut(list).iter_mut() {
            let Value::Tuple(f) = e else { continue };
            if !f[1].as_bool() {
                f[1] = Value::Bool(true);
                woken.push(f[0].as_int() as u32);
                if !all {
                    break;
                }
            }
        }
        for w in woken {
            if self.gs[w as usize - 1].state == GState::Blocked(WaitReason::CondWait) {
                self.wake(w, gid);
            }
        }
        Ok(Flow::Point)
    }

    /// A map key, or the runtime error Go raises for an unhashable one.
    fn hash_key(&self, k: &Value) -> Res<Key> {
        fn invalid(k: &Key) -> bool {
            match k {
                Key::Invalid => true,
                Key::Tuple(items) => items.iter().any(invalid),
                Key::Iface(_, inner) => invalid(inner),
                _ => false,
            }
        }
        let key = Key::of(k);
        if invalid(&key) {
            let ty = iface_parts(k).map(|(t, _)| t).unwrap_or(wk::INVALID);
            return Err(format!(
                "hash of unhashable type {}",
                self.prog.types.display_qualified(ty)
            ));
        }
        Ok(key)
    }

    fn sync_map_native(&mut self, gid: u32, op: &str, a: &[Value], span: Span) -> Res<Flow> {
        let id = self.state_object(&a[0], 0, || HeapObj::Map(GoMap::default()))?;
        // Every operation synchronizes with the earlier ones, as Go's sync.Map does.
        if let Some(r) = self.race.as_mut() {
            r.atomic(gid, super::race::Loc::Heap(id.0));
        }
        let mut out = Vec::new();
        let mut write = true;
        match op {
            "Load" => {
                let k = self.hash_key(&a[1])?;
                let e = self.heap.map(id).and_then(|m| m.entries.get(&k)).map(|(_, v)| v.clone());
                out = vec![e.clone().unwrap_or_default(), Value::Bool(e.is_some())];
                write = false;
            }
            "Store" => {
                let k = self.hash_key(&a[1])?;
                self.heap.map_mut(id).entries.insert(k, (a[1].clone(), a[2].clone()));
            }
            "LoadOrStore" => {
                let k = self.hash_key(&a[1])?;
                let m = self.heap.map_mut(id);
                out = match m.entries.get(&k) {
                    Some((_, v)) => vec![v.clone(), Value::Bool(true)],
                    None => {
                        m.entries.insert(k, (a[1].clone(), a[2].clone()));
                        vec![a[2].clone(), Value::Bool(false)]
                    }
                };
            }
            "LoadAndDelete" => {
                let k = self.hash_key(&a[1])?;
                let e = self.heap.map_mut(id).entries.remove(&k).map(|(_, v)| v);
                out = vec![e.clone().unwrap_or_default(), Value::Bool(e.is_some())];
            }
            "Delete" => {
                let k = self.hash_key(&a[1])?;
                self.heap.map_mut(id).entries.remove(&k);
            }
            "Swap" => {
                let k = self.hash_key(&a[1])?;
                let prev = self.heap.map_mut(id).entries.insert(k, (a[1].clone(), a[2].clone()));
                let prev = prev.map(|(_, v)| v);
                out = vec![prev.clone().unwrap_or_default(), Value::Bool(prev.is_some())];
            }
            "CompareAndSwap" | "CompareAndDelete" => {
                let k = self.hash_key(&a[1])?;
                let cur = self.heap.map(id).and_then(|m| m.entries.get(&k)).map(|(_, v)| v.clone());
                let ok = match cur {
                    Some(v) => super::ops::equal(&v, &a[2])?,
                    None => false,
                };
                if ok {
                    let m = self.heap.map_mut(id);
                    if op == "CompareAndSwap" {
                        m.entries.insert(k, (a[1].clone(), a[3].clone()));
                    } else {
                        m.entries.remove(&k);
                    }
                }
                out = vec![Value::Bool(ok)];
            }
            "Clear" => self.heap.map_mut(id).entries.clear(),
            "Range" => {
                // Go's order is unspecified: shuffle with the run's generator, as map ranges do.
                let mut entries: Vec<(Value, Value)> = self
                    .heap
                    .map(id)
                    .map(|m| m.entries.values().cloned().collect())
                    .unwrap_or_default();
                for i in (1..entries.len()).rev() {
                    let j = self.rng.below(i as u64 + 1) as usize;
                    entries.swap(i, j);
                }
                self.access_event(gid, span, false);
                for (k, v) in entries {
                    let r = self.call_value_sync(&a[1], vec![k, v])?;
                    if !r.first().is_some_and(Value::as_bool) {
                        break;
                    }
                }
                return Ok(Flow::Point);
            }
            _ => return Err(format!("!unsupported: sync.(*Map).{op} is not simulated")),
        }
        for v in out {
            self.push_value(gid, v);
        }
        self.access_event(gid, span, write);
        Ok(Flow::Point)
    }

    /// The state of the mutex `p` points to, if it has been used.
    fn mutex_state(&self, p: &Value) -> Res<Option<&super::conc::MutexState>> {
        let v = self.heap.load(&field_ptr(p, 0)?).as_int();
        Ok(if v > 0 { self.sync.mutexes.get(v as usize - 1) } else { None })
    }

    /// `sync.Pool` on one processor (Go's `poolLocal` of the only P, never cleared by a GC):
    /// Put fills the private slot, else pushes on the shared stack; Get takes the private
    /// object, else pops the stack, else calls New (its result is Get's), else returns nil.
    fn pool(&mut self, gid: u32, f: &str, a: &[Value]) -> Res<Flow> {
        let (private, shared) = (field_ptr(&a[0], 0)?, field_ptr(&a[0], 1)?);
        let stack = self.heap.load(&shared);
        if f == "(*Pool).Put" {
            if !a[1].is_nil() && self.heap.load(&private).is_nil() {
                self.heap.store(&private, a[1].clone());
            } else if !a[1].is_nil() {
                let s = self.append_values(&stack, vec![a[1].clone()], Value::Nil);
                self.heap.store(&shared, s);
            }
            return Ok(Flow::Continue);
        }
        let mut x = self.heap.load(&private);
        self.heap.store(&private, Value::Nil);
        if x.is_nil()
            && let Value::Slice { arr, off, len: len @ 1.., cap } = stack
        {
            x = self.heap.load(&Ptr { obj: arr, path: Rc::from([off + len - 1]) });
            self.heap.store(&shared, Value::Slice { arr, off, len: len - 1, cap });
        }
        match (x.is_nil(), self.heap.load(&field_ptr(&a[0], 2)?)) {
            (true, Value::Func(new)) => self.call_closure(gid, new, Vec::new(), false),
            _ => self.push_value(gid, x),
        }
        Ok(Flow::Continue)
    }

    fn sync_native(&mut self, gid: u32, f: &str, a: &[Value], span: Span) -> Option<Res<Flow>> {
        Some(match f {
            "NewCond" => {
                let c = self.box_value(Value::Tuple(vec![a[0].clone(), Value::Int(0)].into()));
                self.push_value(gid, c);
                Ok(Flow::Continue)
            }
            "(*Pool).Get" | "(*Pool).Put" => self.pool(gid, f, a),
            "(*Cond).Wait" => self.cond_wait(gid, a, span),
            "(*Cond).Signal" => self.cond_signal(gid, &a[0], false),
            "(*Cond).Broadcast" => self.cond_signal(gid, &a[0], true),
            "(*RWMutex).TryLock" | "(*RWMutex).TryRLock" => (|| {
                let read = f.ends_with("TryRLock");
                let free = match self.mutex_state(&a[0])? {
                    None => true,
                    Some(st) if read => st.owner.is_none() && !st.waiters.iter().any(|(_, r)| !r),
                    Some(st) => st.owner.is_none() && st.readers == 0,
                };
                if free {
                    let name = if read { "sync.(*RWMutex).RLock" } else { "sync.(*RWMutex).Lock" };
                    self.native(gid, native_id(name), vec![a[0].clone()], span)?;
                }
                self.push_value(gid, Value::Bool(free));
                Ok(Flow::Point)
            })(),
            "(*RWMutex).RLocker" => {
                let l = self.boxed_iface("sync", "rlocker", vec![a[0].clone()]);
                self.push_value(gid, l);
                Ok(Flow::Continue)
            }
            "(*rlocker).Lock" | "(*rlocker).Unlock" => {
                let Value::Ptr(p) = &a[0] else { return Some(Err(nil_deref())) };
                let rw = self.heap.load(p).fields().first().cloned().unwrap_or_default();
                let name = if f.ends_with("Unlock") {
                    "sync.(*RWMutex).RUnlock"
                } else {
                    "sync.(*RWMutex).RLock"
                };
                self.native(gid, native_id(name), vec![rw], span)
            }
            _ if f.starts_with("(*Map).") => self.sync_map_native(gid, &f[7..], a, span),
            _ => return None,
        })
    }
}

// ---------------------------------------------------------------------------------------------
// sync/atomic: the operations `natives.rs` does not cover.

impl Machine {
    fn atomic_native(&mut self, gid: u32, f: &str, a: &[Value], span: Span) -> Option<Res<Flow>> {
        let (ty, op, ptr) = if let Some(rest) = f.strip_prefix("(*") {
            let (ty, op) = rest.split_once(").")?;
            (ty, op, field_ptr(&a[0], 0))
        } else {
            let ty = ["Int32", "Int64", "Uint32", "Uint64"].into_iter().find(|t| f.ends_with(t))?;
            let Value::Ptr(p) = &a[0] else { return Some(Err(nil_deref())) };
            (ty, &f[..f.len() - ty.len()], Ok(p.clone()))
        };
        Some((|| {
            let p = ptr?;
            let out = if ty == "Value" {
                self.atomic_value(&p, op, &a[1..])?
            } else if ty == "Pointer" {
                self.atomic_pointer(&p, op, &a[1..])?
            } else {
                self.atomic_int(&p, ty, op, &a[1..])?
            };
            if let Some(v) = out {
                self.push_value(gid, v);
            }
            // Atomics order the goroutines that use them (for the race detector).
            if let Some(r) = self.race.as_mut() {
                r.atomic(gid, super::race::Loc::Heap(p.obj.0));
            }
            self.access_event(gid, span, op != "Load");
            Ok(Flow::Point)
        })())
    }

    fn atomic_int(&mut self, p: &Ptr, ty: &str, op: &str, a: &[Value]) -> Res<Option<Value>> {
        let wrap = |x: i64| match ty {
            "Int32" => x as i32 as i64,
            "Uint32" => x as u32 as i64,
            "Bool" => i64::from(x != 0),
            _ => x,
        };
        let arg = |v: &Value| if ty == "Bool" { i64::from(v.as_bool()) } else { wrap(v.as_int()) };
        let out = |x: i64| if ty == "Bool" { Value::Bool(x != 0) } else { Value::Int(x) };
        let cur = self.heap.load(p);
        let cur =
            if ty == "Bool" { i64::from(cur.as_bool() || cur.as_int() != 0) } else { cur.as_int() };
        Ok(match op {
            "Add" => {
                let v = wrap(cur.wrapping_add(a[0].as_int()));
                self.heap.store(p, Value::Int(v));
                Some(Value::Int(v))
            }
            "Load" => Some(out(cur)),
            "Store" => {
                self.heap.store(p, Value::Int(arg(&a[0])));
                None
            }
            "Swap" => {
                self.heap.store(p, Value::Int(arg(&a[0])));
                Some(out(cur))
            }
            // Go 1.23: the bitwise operations return the old value.
            "And" | "Or" => {
                let v = if op == "And" { cur & arg(&a[0]) } else { cur | arg(&a[0]) };
                self.heap.store(p, Value::Int(v));
                Some(out(cur))
            }
            "CompareAndSwap" => {
                let ok = cur == arg(&a[0]);
                if ok {
                    self.heap.store(p, Value::Int(arg(&a[1])));
                }
                Some(Value::Bool(ok))
            }
            _ => return Err(format!("!unsupported: sync/atomic {op} is not simulated")),
        })
    }

    /// `atomic.Value`: its one field holds the stored interface value.
    /// `atomic.Pointer[T]`: a `*T` loaded, stored, swapped and compared by identity.
    fn atomic_pointer(&mut self, p: &Ptr, op: &str, a: &[Value]) -> Res<Option<Value>> {
        let cur = self.heap.load(p);
        Ok(match op {
            "Load" => Some(cur),
            "Store" => {
                self.heap.store(p, a[0].clone());
                None
            }
            "Swap" => {
                self.heap.store(p, a[0].clone());
                Some(cur)
            }
            _ => {
                let swapped = super::ops::equal(&cur, &a[0])?;
                if swapped {
                    self.heap.store(p, a[1].clone());
                }
                Some(Value::Bool(swapped))
            }
        })
    }

    fn atomic_value(&mut self, p: &Ptr, op: &str, a: &[Value]) -> Res<Option<Value>> {
        let cur = self.heap.load(p);
        let ty_of = |v: &Value| iface_parts(v).map(|(t, _)| t);
        Ok(match op {
            "Load" => Some(cur),
            "Store" | "Swap" => {
                let new = &a[0];
                if new.is_nil() {
                    return Err(format!(
                        "!sync/atomic: {} of nil value into Value",
                        op.to_ascii_lowercase()
                    ));
                }
                if !cur.is_nil() && ty_of(&cur) != ty_of(new) {
                    return Err(format!(
                        "!sync/atomic: {} of inconsistently typed value into Value",
                        op.to_ascii_lowercase()
                    ));
                }
                self.heap.store(p, new.clone());
                (op == "Swap").then_some(cur)
            }
            "CompareAndSwap" => {
                let (old, new) = (&a[0], &a[1]);
                if new.is_nil() {
                    return Err("!sync/atomic: compare and swap of nil value into Value".into());
                }
                if !old.is_nil() && ty_of(old) != ty_of(new) {
                    return Err(
                        "!sync/atomic: compare and swap of inconsistently typed values".into()
                    );
                }
                if cur.is_nil() {
                    if !old.is_nil() {
                        return Ok(Some(Value::Bool(false)));
                    }
                    self.heap.store(p, new.clone());
                    return Ok(Some(Value::Bool(true)));
                }
                if ty_of(&cur) != ty_of(new) {
                    return Err(
                        "!sync/atomic: compare and swap of inconsistently typed value into Value"
                            .into(),
                    );
                }
                let ok = super::ops::equal(&cur, old)?;
                if ok {
                    self.heap.store(p, new.clone());
                }
                Some(Value::Bool(ok))
            }
            _ => return Err(format!("!unsupported: sync/atomic.(*Value).{op} is not simulated")),
        })
    }
}

// ---------------------------------------------------------------------------------------------
// strings.Reader and io.ReadAll

impl Machine {
    /// The io.EOF error value (shared with `natives.rs`, which makes it the same way).
    fn io_eof(&mut self) -> Value {
        self.error_sentinel("io.EOF", "EOF")
    }

    /// `strings.Reader`: fields (s, i, prevRune).
    fn reader_native(&mut self, method: &str, a: &[Value]) -> Vals {
        let Value::Ptr(p) = &a[0] else { return Err(nil_deref()) };
        let st = self.heap.load(p);
        let f = st.fields();
        let (s, i, prev) = (f[0].as_bytes().to_vec(), f[1].as_int(), f[2].as_int());
        let len = s.len() as i64;
        let save = |m: &mut Machine, i: i64, prev: i64| {
            let v = Value::Tuple(vec![bytes_value(&s), Value::Int(i), Value::Int(prev)].into());
            m.heap.store(p, v);
        };
        Ok(match method {
            "Len" => vec![int((len - i).max(0))],
            "Size" => vec![int(len)],
            "Reset" => {
                let v = Value::Tuple(vec![a[1].clone(), Value::Int(0), Value::Int(-1)].into());
                self.heap.store(p, v);
                vec![]
            }
            "Read" => {
                if i >= len {
                    return Ok(vec![int(0), self.io_eof()]);
                }
                let Value::Slice { arr, off, len: blen, .. } = a[1] else {
                    return Ok(vec![int(0), Value::Nil]);
                };
                let n = (blen as usize).min((len - i) as usize);
                let dst = self.heap.array_mut(arr);
                for k in 0..n {
                    dst[off as usize + k] = Value::Int(i64::from(s[i as usize + k]));
                }
                save(self, i + n as i64, -1);
                vec![int(n as i64), Value::Nil]
            }
            "ReadByte" => {
                if i >= len {
                    save(self, i, -1);
                    return Ok(vec![int(0), self.io_eof()]);
                }
                save(self, i + 1, -1);
                vec![int(s[i as usize]), Value::Nil]
            }
            "UnreadByte" => {
                if i <= 0 {
                    let e = b"strings.Reader.UnreadByte: at beginning of string";
                    return Ok(vec![self.new_error_value(e)]);
                }
                save(self, i - 1, -1);
                vec![Value::Nil]
            }
            "ReadRune" => {
                if i >= len {
                    save(self, i, -1);
                    return Ok(vec![int(0), int(0), self.io_eof()]);
                }
                let (r, size) = decode_rune(&s[i as usize..]);
                save(self, i + size as i64, i);
                vec![int(r), int(size as i64), Value::Nil]
            }
            "UnreadRune" => {
                if i <= 0 {
                    let e = b"strings.Reader.UnreadRune: at beginning of string";
                    return Ok(vec![self.new_error_value(e)]);
                }
                if prev < 0 {
                    let e = b"strings.Reader.UnreadRune: previous operation was not ReadRune";
                    return Ok(vec![self.new_error_value(e)]);
                }
                save(self, prev, -1);
                vec![Value::Nil]
            }
            _ => return Err(format!("!unsupported: strings.(*Reader).{method} is not simulated")),
        })
    }

    /// `io.ReadAll`: calls `Read` until it returns an error; io.EOF ends the data.
    fn io_read_native(&mut self, f: &str, a: &[Value]) -> Option<Vals> {
        if f != "ReadAll" {
            return None;
        }
        Some((|| {
            let eof = self.io_eof();
            let mut data = Vec::new();
            for _ in 0..1_000_000 {
                let buf = self.new_slice(vec![Value::Int(0); 512]);
                let r = self.call_method_sync(&a[0], "Read", vec![buf.clone()])?;
                let n = r.first().map(Value::as_int).unwrap_or(0).clamp(0, 512) as usize;
                data.extend(self.byte_items(&buf).into_iter().take(n));
                let err = r.get(1).cloned().unwrap_or_default();
                if !err.is_nil() {
                    let err = if super::ops::equal(&err, &eof).unwrap_or(false) {
                        Value::Nil
                    } else {
                        err
                    };
                    let out = self.append_bytes(&Value::Nil, &data);
                    return Ok(vec![out, err]);
                }
            }
            Err("!unsupported: io.ReadAll of a reader that never ends".into())
        })())
    }
}

// ---------------------------------------------------------------------------------------------
// unicode/utf8 and unicode

impl Machine {
    fn utf8_native(&mut self, f: &str, a: &[Value]) -> Option<Vals> {
        let bytes = |m: &Machine, v: &Value| match v {
            Value::Str(s) => s.to_vec(),
            other => m.byte_items(other),
        };
        let pair = |(r, n): (u32, usize)| Some(Ok(vec![int(r), int(n as i64)]));
        match f {
            "DecodeRune" | "DecodeRuneInString" => pair(decode_rune(&bytes(self, &a[0]))),
            "DecodeLastRune" | "DecodeLastRuneInString" => {
                pair(decode_last_rune(&bytes(self, &a[0])))
            }
            "RuneCount" | "RuneCountInString" => one(int(rune_count(&bytes(self, &a[0])) as i64)),
            "Valid" | "ValidString" => {
                one(Value::Bool(std::str::from_utf8(&bytes(self, &a[0])).is_ok()))
            }
            "FullRune" | "FullRuneInString" => one(Value::Bool(full_rune(&bytes(self, &a[0])))),
            "RuneLen" => {
                let r = a[0].as_int();
                one(int(match r {
                    _ if !valid_rune(r) => -1,
                    0..0x80 => 1,
                    0x80..0x800 => 2,
                    0x800..0x10000 => 3,
                    _ => 4,
                }))
            }
            "RuneStart" => one(Value::Bool(a[0].as_int() as u8 & 0xC0 != 0x80)),
            "ValidRune" => one(Value::Bool(valid_rune(a[0].as_int()))),
            "AppendRune" => {
                let mut enc = Vec::new();
                push_rune(&mut enc, a[1].as_int());
                one(self.append_bytes(&a[0], &enc))
            }
            "EncodeRune" => {
                let mut enc = Vec::new();
                push_rune(&mut enc, a[1].as_int());
                let Value::Slice { arr, off, len, .. } = a[0] else {
                    return Some(Err("index out of range [0] with length 0".into()));
                };
                if (len as usize) < enc.len() {
                    return Some(Err(format!(
                        "index out of range [{}] with length {len}",
                        enc.len() - 1
                    )));
                }
                let dst = self.heap.array_mut(arr);
                for (k, b) in enc.iter().enumerate() {
                    dst[off as usize + k] = Value::Int(i64::from(*b));
                }
                one(int(enc.len() as i64))
            }
            _ => None,
        }
    }
}

/// Go's `unicode` properties of Latin-1 (`unicode/tables.go`): control, punctuation, number,
/// symbol, space, upper, lower (upper|lower: other letter), printable.
#[rustfmt::skip]
const LATIN1: [u8; 256] = [
    0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
    0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
    0x90, 0x82, 0x82, 0x82, 0x88, 0x82, 0x82, 0x82, 0x82, 0x82, 0x82, 0x88, 0x82, 0x82, 0x82, 0x82,
    0x84, 0x84, 0x84, 0x84, 0x84, 0x84, 0x84, 0x84, 0x84, 0x84, 0x82, 0x82, 0x88, 0x88, 0x88, 0x82,
    0x82, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0,
    0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0x82, 0x82, 0x82, 0x88, 0x82,
    0x88, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0,
    0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0x82, 0x88, 0x82, 0x88, 0x01,
    0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
    0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
    0x10, 0x82, 0x88, 0x88, 0x88, 0x88, 0x88, 0x82, 0x88, 0x88, 0xe0, 0x82, 0x88, 0x00, 0x88, 0x88,
    0x88, 0x88, 0x84, 0x84, 0x88, 0xc0, 0x82, 0x82, 0x88, 0x84, 0xe0, 0x82, 0x84, 0x84, 0x84, 0x82,
    0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0,
    0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0x88, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xc0,
    0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0,
    0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0x88, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0,
];

const P_C: u8 = 1;
const P_P: u8 = 2;
const P_N: u8 = 4;
const P_Z: u8 = 16;
const P_LU: u8 = 32;
const P_LL: u8 = 64;
const P_PRINT: u8 = 128;

fn latin1(r: i64) -> Option<u8> {
    usize::try_from(r).ok().and_then(|i| LATIN1.get(i).copied())
}

/// `unicode.IsPunct` beyond Latin-1: the common punctuation blocks.
fn is_punct_wide(r: u32) -> bool {
    const RANGES: &[(u32, u32)] = &[
        (0x037E, 0x037E),
        (0x0387, 0x0387),
        (0x055A, 0x055F),
        (0x0589, 0x058A),
        (0x05BE, 0x05BE),
        (0x05C0, 0x05C0),
        (0x05C3, 0x05C3),
        (0x05C6, 0x05C6),
        (0x05F3, 0x05F4),
        (0x0609, 0x060A),
        (0x060C, 0x060D),
        (0x061B, 0x061B),
        (0x061D, 0x061F),
        (0x066A, 0x066D),
        (0x06D4, 0x06D4),
        (0x0964, 0x0965),
        (0x0970, 0x0970),
        (0x0E4F, 0x0E4F),
        (0x0E5A, 0x0E5B),
        (0x2010, 0x2027),
        (0x2030, 0x2043),
        (0x2045, 0x2051),
        (0x2053, 0x205E),
        (0x207D, 0x207E),
        (0x208D, 0x208E),
        (0x2308, 0x230B),
        (0x2329, 0x232A),
        (0x2768, 0x2775),
        (0x27C5, 0x27C6),
        (0x27E6, 0x27EF),
        (0x2983, 0x2998),
        (0x29D8, 0x29DB),
        (0x29FC, 0x29FD),
        (0x2E00, 0x2E2E),
        (0x2E30, 0x2E4F),
        (0x3001, 0x3003),
        (0x3008, 0x3011),
        (0x3014, 0x301F),
        (0x3030, 0x3030),
        (0x303D, 0x303D),
        (0x30A0, 0x30A0),
        (0x30FB, 0x30FB),
        (0xFE10, 0xFE19),
        (0xFE30, 0xFE52),
        (0xFE54, 0xFE61),
        (0xFE63, 0xFE63),
        (0xFE68, 0xFE68),
        (0xFE6A, 0xFE6B),
        (0xFF01, 0xFF03),
        (0xFF05, 0xFF0A),
        (0xFF0C, 0xFF0F),
        (0xFF1A, 0xFF1B),
        (0xFF1F, 0xFF20),
        (0xFF3B, 0xFF3D),
        (0xFF3F, 0xFF3F),
        (0xFF5B, 0xFF5B),
        (0xFF5D, 0xFF5D),
        (0xFF5F, 0xFF65),
    ];
    RANGES.iter().any(|&(lo, hi)| (lo..=hi).contains(&r))
}

/// Numbers that are not decimal digits (Go's `No` and `Nl`), for `unicode.IsDigit`.
fn is_non_digit_number(r: u32) -> bool {
    const RANGES: &[(u32, u32)] = &[
        (0x0BF0, 0x0BF2),
        (0x0F2A, 0x0F33),
        (0x1369, 0x137C),
        (0x16EE, 0x16F0),
        (0x17F0, 0x17F9),
        (0x2070, 0x209F),
        (0x2150, 0x218F),
        (0x2460, 0x24FF),
        (0x2776, 0x2793),
        (0x2CFD, 0x2CFD),
        (0x3007, 0x3007),
        (0x3021, 0x3029),
        (0x3038, 0x303A),
        (0x3192, 0x3195),
        (0x3220, 0x3229),
        (0x3248, 0x324F),
        (0x3251, 0x325F),
        (0x3280, 0x3289),
        (0x32B1, 0x32BF),
        (0x10107, 0x10133),
        (0x10140, 0x10178),
        (0x1F100, 0x1F10C),
    ];
    RANGES.iter().any(|&(lo, hi)| (lo..=hi).contains(&r))
}

/// Titlecase letters (Go's `Lt`).
fn is_title(r: u32) -> bool {
    matches!(r, 0x01C5 | 0x01C8 | 0x01CB | 0x01F2 | 0x1FBC | 0x1FCC | 0x1FFC)
        || (0x1F88..=0x1F8F).contains(&r)
        || (0x1F98..=0x1F9F).contains(&r)
        || (0x1FA8..=0x1FAF).contains(&r)
}

/// Characters Rust calls upper- or lowercase that Go does not (letter-like symbols and
/// modifier letters).
fn is_case_other(r: u32) -> bool {
    (0x02B0..=0x02FF).contains(&r)
        || (0x1D2C..=0x1D6A).contains(&r)
        || r == 0x1D78
        || (0x1D9B..=0x1DBF).contains(&r)
        || (0x2070..=0x209F).contains(&r)
        || (0x2160..=0x217F).contains(&r)
        || (0x24B6..=0x24E9).contains(&r)
        || (0x1F130..=0x1F189).contains(&r)
}

fn unicode_native(f: &str, a: &[Value]) -> Option<Vec<Value>> {
    let r = a[0].as_int();
    let c = u32::try_from(r).ok().and_then(char::from_u32);
    let prop = latin1(r);
    let has = |bits: u8| prop.map(|p| p & bits != 0);
    let b = |v: bool| Some(vec![Value::Bool(v)]);
    let rune = |v: u32| Some(vec![Value::Int(i64::from(v))]);
    let wide = |test: fn(char) -> bool| c.is_some_and(test);
    match f {
        "IsControl" => b(has(P_C).unwrap_or(false)),
        "IsDigit" => b(match prop {
            Some(_) => (0x30..=0x39).contains(&r),
            None => {
                wide(|c| c.is_numeric() && !c.is_alphabetic() && !is_non_digit_number(c as u32))
            }
        }),
        "IsNumber" => b(has(P_N).unwrap_or_else(|| wide(char::is_numeric))),
        "IsLetter" => {
            b(has(P_LU | P_LL).unwrap_or_else(|| wide(|c| c.is_alphabetic() && !c.is_numeric())))
        }
        "IsUpper" => b(match prop {
            Some(p) => p & (P_LU | P_LL) == P_LU,
            None => wide(|c| c.is_uppercase() && !is_case_other(c as u32)),
        }),
        "IsLower" => b(match prop {
            Some(p) => p & (P_LU | P_LL) == P_LL,
            None => wide(|c| c.is_lowercase() && !is_case_other(c as u32)),
        }),
        "IsTitle" => b(u32::try_from(r).is_ok_and(is_title)),
        "IsSpace" => b(u32::try_from(r).is_ok_and(is_space)),
        "IsPunct" => b(has(P_P).unwrap_or_else(|| u32::try_from(r).is_ok_and(is_punct_wide))),
        "IsPrint" => b(has(P_PRINT).unwrap_or_else(|| u32::try_from(r).is_ok_and(gofmt::is_print))),
        "IsGraphic" => {
            b(has(P_PRINT | P_Z).unwrap_or_else(|| u32::try_from(r).is_ok_and(gofmt::is_graphic)))
        }
        "ToUpper" | "ToLower" | "ToTitle" => {
            let Ok(u) = u32::try_from(r) else { return Some(vec![Value::Int(r)]) };
            if !valid_rune(r) {
                return Some(vec![Value::Int(r)]);
            }
            rune(match f {
                "ToUpper" => to_upper(u),
                "ToLower" => to_lower(u),
                _ => to_title(u),
            })
        }
        _ => None,
    }
}

#[cfg(test)]
// reason: the expected values are Go's outputs, some of which look like std constants.
#[allow(clippy::approx_constant)]
mod tests {
    use super::*;

    #[test]
    fn names_are_sorted_and_registered() {
        assert!(NAMES.windows(2).all(|w| w[0] < w[1]), "NAMES must stay sorted");
        for n in NAMES {
            assert!(super::super::natives::id_of(n).is_some(), "{n} has no id");
        }
    }

    /// Every body-less declaration of the stubs this module serves has a native (or is
    /// knowingly left out).
    #[test]
    fn every_stub_declaration_is_simulated() {
        let stubs = [
            ("strings", include_str!("../check/stdlib/strings.go")),
            ("strconv", include_str!("../check/stdlib/strconv.go")),
            ("math", include_str!("../check/stdlib/math.go")),
            ("math/rand", include_str!("../check/stdlib/rand.go")),
            ("math/rand/v2", include_str!("../check/stdlib/randv2.go")),
            ("log", include_str!("../check/stdlib/log.go")),
            ("sort", include_str!("../check/stdlib/sort.go")),
            ("os", include_str!("../check/stdlib/os.go")),
            ("errors", include_str!("../check/stdlib/errors.go")),
            ("fmt", include_str!("../check/stdlib/fmt.go")),
            ("time", include_str!("../check/stdlib/time.go")),
            ("sync", include_str!("../check/stdlib/sync.go")),
            ("sync/atomic", include_str!("../check/stdlib/atomic.go")),
            ("unicode", include_str!("../check/stdlib/unicode.go")),
            ("unicode/utf8", include_str!("../check/stdlib/utf8.go")),
            ("bytes", include_str!("../check/stdlib/bytes.go")),
            ("slices", include_str!("../check/stdlib/slices.go")),
            ("maps", include_str!("../check/stdlib/maps.go")),
            ("cmp", include_str!("../check/stdlib/cmp.go")),
            ("io", include_str!("../check/stdlib/io.go")),
            ("bufio", include_str!("../check/stdlib/bufio.go")),
            ("runtime", include_str!("../check/stdlib/runtime.go")),
        ];
        let unsupported = ["math/rand.(*Rand).NormFloat64", "math/rand.(*Rand).ExpFloat64"];
        let mut missing = Vec::new();
        for (pkg, src) in stubs {
            for line in src.lines() {
                let Some(rest) = line.strip_prefix("func ") else { continue };
                let rest = rest.trim_end();
                if rest.ends_with('{') || rest.ends_with(" {}") || rest.contains(" { ") {
                    // Go with a body, compiled like the program's own.
                    continue;
                }
                let name = if let Some(r) = rest.strip_prefix('(') {
                    let (recv, after) = r.split_once(") ").expect("receiver");
                    let ty = recv.split_whitespace().last().expect("receiver type");
                    // A generic type's methods are one native for every instance.
                    let ty = ty.split('[').next().expect("receiver type");
                    let method = after.split('(').next().expect("method name");
                    match ty.strip_prefix('*') {
                        Some(t) => format!("{pkg}.(*{t}).{method}"),
                        None => format!("{pkg}.{ty}.{method}"),
                    }
                } else {
                    format!("{pkg}.{}", rest.split(['(', '[']).next().expect("func name"))
                };
                if super::super::natives::id_of(&name).is_none()
                    && !unsupported.contains(&name.as_str())
                {
                    missing.push(name);
                }
            }
        }
        assert!(missing.is_empty(), "no native for {missing:?}");
    }

    #[test]
    fn split_names_into_package_and_member() {
        assert_eq!(split_name("math/rand.(*Rand).Intn"), ("math/rand", "(*Rand).Intn"));
        assert_eq!(split_name("strings.ToUpper"), ("strings", "ToUpper"));
        assert_eq!(split_name("time.Duration.Minutes"), ("time", "Duration.Minutes"));
    }

    #[test]
    fn float_formatting_matches_strconv() {
        let f = |v: f64, fmt: u8, prec: i64, bits: u32| {
            String::from_utf8(gofmt::format_float(v, fmt, prec, bits)).expect("utf8")
        };
        assert_eq!(f(1.0 / 3.0, b'g', -1, 64), "0.3333333333333333");
        assert_eq!(f(1e21, b'f', -1, 64), "1000000000000000000000");
        assert_eq!(f(1e21, b'g', -1, 64), "1e+21");
        assert_eq!(f(0.1, b'e', -1, 32), "1e-01");
        assert_eq!(f(2.5, b'f', 0, 64), "2");
        assert_eq!(f(123456789.0, b'g', 4, 64), "1.235e+08");
        assert_eq!(f(-1.5, b'b', -1, 64), "-6755399441055744p-52");
    }

    #[test]
    fn quoting_and_unquoting_like_strconv() {
        let q = |s: &[u8]| String::from_utf8(quote_with(s, b'"', false)).expect("utf8");
        assert_eq!(q("Hello, 世界\n\t\"x\"\x01".as_bytes()), r#""Hello, 世界\n\t\"x\"\x01""#);
        assert_eq!(q(b"a\xffb"), r#""a\xffb""#);
        let ascii = String::from_utf8(quote_with("世界".as_bytes(), b'"', true)).expect("utf8");
        assert_eq!(ascii, r#""\u4e16\u754c""#);
        assert_eq!(quote_rune(i64::from(b'\''), false), br"'\''");
        assert_eq!(quote_rune(0x110000, false), "'\u{FFFD}'".as_bytes());
        assert_eq!(quote_rune(0x263A, true), br"'\u263a'");
        assert_eq!(unquote(br#""hello\nworld""#).as_deref(), Some(&b"hello\nworld"[..]));
        assert_eq!(unquote(b"`raw\\n`").as_deref(), Some(&b"raw\\n"[..]));
        assert_eq!(unquote(b"'a'").as_deref(), Some(&b"a"[..]));
        assert_eq!(unquote(br#""\x41\101\u263a""#).as_deref(), Some("AA☺".as_bytes()));
        assert_eq!(unquote(b"'ab'"), None);
        assert_eq!(unquote(br#""\'""#), None);
        assert_eq!(unquote(br#""a"b""#), None);
        assert_eq!(unquote(b"hello"), None);
    }

    #[test]
    fn integer_parsing_follows_strconv() {
        assert_eq!(parse_int(b"-17", 10, 0), (-17, None));
        assert_eq!(parse_int(b"0x1F", 0, 64), (31, None));
        assert_eq!(parse_int(b"0x1F", 10, 64), (0, Some(NumErr::Syntax)));
        assert_eq!(parse_int(b"1_000", 0, 64), (1000, None));
        assert_eq!(parse_int(b"1__0", 0, 64), (0, Some(NumErr::Syntax)));
        assert_eq!(parse_int(b"017", 0, 64), (15, None));
        assert_eq!(parse_int(b"300", 10, 8), (127, Some(NumErr::Range)));
        assert_eq!(parse_int(b"-129", 10, 8), (-128, Some(NumErr::Range)));
        assert_eq!(parse_int(b"-9223372036854775808", 10, 64), (i64::MIN, None));
        assert_eq!(parse_int(b"99999999999999999999", 10, 0), (i64::MAX, Some(NumErr::Range)));
        assert_eq!(parse_int(b"12", 1, 64), (0, Some(NumErr::Base(1))));
        assert_eq!(parse_int(b"12", 10, 65), (0, Some(NumErr::BitSize(65))));
        assert_eq!(parse_int(b"", 10, 64), (0, Some(NumErr::Syntax)));
        assert_eq!(parse_uint(b"18446744073709551615", 10, 64), (u64::MAX, None));
        assert_eq!(parse_uint(b"18446744073709551616", 10, 64), (u64::MAX, Some(NumErr::Range)));
        assert_eq!(parse_uint(b"-1", 10, 64), (0, Some(NumErr::Syntax)));
        assert_eq!(format_bits(255, 16, true), b"-ff");
        assert_eq!(format_bits(35, 36, false), b"z");
        assert_eq!(parse_bool(b"True"), Some(true));
        assert_eq!(parse_bool(b"yes"), None);
    }

    #[test]
    fn float_parsing_follows_strconv() {
        let ok = |s: &str, bits: i64| {
            let (f, e) = parse_float(s.as_bytes(), bits);
            assert_eq!(e, None, "{s}");
            f
        };
        assert_eq!(ok("3.14159", 64), 3.14159);
        assert_eq!(ok("1_000.5", 64), 1000.5);
        assert_eq!(ok(".5", 64), 0.5);
        assert_eq!(ok("5.", 64), 5.0);
        assert_eq!(ok("-Infinity", 64), f64::NEG_INFINITY);
        assert!(ok("nan", 64).is_nan());
        assert_eq!(ok("0x1.8p1", 64), 3.0);
        assert_eq!(ok("0X1P+3", 64), 8.0);
        assert_eq!(ok("0x1.fffffffffffffp1023", 64), f64::MAX);
        assert_eq!(ok("0x1p-1075", 64), 0.0);
        assert_eq!(ok("0x1.8p-1074", 64), 1e-323);
        assert_eq!(ok("1.00000017881393432617187499", 32), 1.0000001192092896);
        assert_eq!(ok("1e-400", 64), 0.0);
        for bad in ["+nan", "1e", "abc", " 1", "0x1", "1__0", "infin", "1.2.3", ""] {
            assert_eq!(parse_float(bad.as_bytes(), 64).1, Some(NumErr::Syntax), "{bad}");
        }
        assert_eq!(parse_float(b"1e400", 64), (f64::INFINITY, Some(NumErr::Range)));
        assert_eq!(parse_float(b"-4e38", 32), (f64::NEG_INFINITY, Some(NumErr::Range)));
    }

    #[test]
    fn string_helpers_follow_the_strings_package() {
        let strs = |v: Vec<&[u8]>| {
            v.iter().map(|s| String::from_utf8_lossy(s).into_owned()).collect::<Vec<_>>()
        };
        assert_eq!(strs(gen_split(b"a,b,,c", b",", 0, -1)), ["a", "b", "", "c"]);
        assert_eq!(strs(gen_split(b"a,b,c,d", b",", 0, 2)), ["a", "b,c,d"]);
        assert_eq!(strs(gen_split(b"a,b,c", b",", 1, -1)), ["a,", "b,", "c"]);
        assert_eq!(strs(gen_split("héy".as_bytes(), b"", 0, -1)), ["h", "é", "y"]);
        assert_eq!(strs(gen_split(b"", b",", 0, -1)), [""]);
        assert_eq!(strs(fields(" a\u{a0}b\t\n c  ".as_bytes())), ["a", "b", "c"]);
        assert_eq!(replace(b"aaa", b"", b"-", -1), b"-a-a-a-");
        assert_eq!(replace(b"oink oink oink", b"k", b"ky", 2), b"oinky oinky oink");
        assert_eq!(
            title("hello wide world_x o'neil ǆemal".as_bytes()),
            "Hello Wide World_x O'Neil ǅemal".as_bytes()
        );
        assert_eq!(
            map_runes("ß straße ǳ".as_bytes(), |r| i64::from(to_upper(r))),
            "ß STRAßE Ǳ".as_bytes()
        );
        assert_eq!(map_runes("İΣ".as_bytes(), |r| i64::from(to_lower(r))), "iσ".as_bytes());
        assert_eq!(map_runes(b"a\xffb", |r| i64::from(to_upper(r))), "A\u{FFFD}B".as_bytes());
        assert_eq!(trim_left_set("¡¡¡Hello!!!".as_bytes(), "!¡".as_bytes()), b"Hello!!!");
        assert_eq!(
            trim_right_set("¡¡¡Hello!!!".as_bytes(), "!¡".as_bytes()),
            "¡¡¡Hello".as_bytes()
        );
        assert_eq!(trim_space("\u{2003} x \n".as_bytes()), b"x");
        assert!(equal_fold("Go".as_bytes(), b"GO"));
        assert!(equal_fold(b"K", "\u{212a}".as_bytes()));
        assert!(!equal_fold("Straße".as_bytes(), b"STRASSE"));
        assert_eq!(index_rune("chicken".as_bytes(), i64::from(b'k')), Some(4));
        assert_eq!(index_rune(b"a\xffb", 0xFFFD), Some(1));
        assert_eq!(count("five".as_bytes(), b""), 5);
        assert_eq!(to_valid_utf8(b"a\xffb\xfe\xfdc", b"?"), b"a?b?c");
        let pairs = |p: &[(&str, &str)]| {
            p.iter()
                .map(|(a, b)| (a.as_bytes().to_vec(), b.as_bytes().to_vec()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            replacer_replace(&pairs(&[("<", "&lt;"), ("a", "1"), ("aa", "2")]), b"<aaa"),
            b"&lt;111"
        );
        assert_eq!(replacer_replace(&pairs(&[("", "X"), ("b", "Y")]), b"abc"), b"XaXYXcX");
        assert_eq!(decode_last_rune("aé".as_bytes()), (0xE9, 2));
        assert_eq!(decode_rune(b"\xed\xa0\x80"), (RUNE_ERROR, 1));
    }

    #[test]
    fn math_matches_go_bit_for_bit() {
        use gomath as g;
        assert_eq!(g::exp(1.0), 2.718281828459045);
        assert_eq!(g::exp(-745.1), 5e-324);
        assert_eq!(g::exp(0.5), 1.6487212707001282);
        assert_eq!(g::log(10.0), 2.302585092994046);
        assert_eq!(g::log(0.7071067811865476), -0.3465735902799726);
        assert_eq!(g::log10(1000.0), 3.0);
        assert_eq!(g::log2(10.0), 3.321928094887362);
        assert_eq!(g::sin(1e22), -0.8522008497671889);
        assert_eq!(g::cos(3.0), -0.9899924966004454);
        assert_eq!(g::tan(1.5), 14.101419947171719);
        assert_eq!(g::atan2(1.0, -1.0), 2.356194490192345);
        assert_eq!(g::pow(2.0, 0.5), std::f64::consts::SQRT_2);
        assert_eq!(g::pow(1.0000001, 1e9), 2.688103843211962e+43);
        assert_eq!(g::cbrt(27.0), 3.0);
        assert_eq!(g::hypot(3.0, 4.0), 5.0);
        assert_eq!(g::expm1(1e-5), 1.0000050000166668e-05);
        assert_eq!(g::log1p(1e-5), 9.999950000333332e-06);
        assert_eq!(g::sinh(1.0), 1.1752011936438014);
        assert_eq!(g::tanh(0.3), 0.2913126124515909);
        assert_eq!(g::asinh(2.0), 1.4436354751788103);
        assert_eq!(g::acosh(2.0), 1.3169578969248166);
        assert_eq!(g::atanh(0.5), 0.5493061443340548);
        assert_eq!(g::remainder(7.0, 3.0), 1.0);
        assert_eq!(g::exp2(10.5), 1448.1546878700492);
        assert!(g::sinh(-0.0).is_sign_negative());
        assert_eq!(g::max(0.0, -0.0).to_bits(), 0);
        assert!(g::min(0.0, -0.0).is_sign_negative());
        assert_eq!(g::frexp(8.0), (0.5, 4));
        assert_eq!(g::ldexp(0.5, -1073), 5e-324);
        assert_eq!(g::pow10(-324), 0.0);
        assert_eq!(g::pow10(22), 1e22);
    }

    #[test]
    fn seeded_source_is_gos_generator() {
        // rand.New(rand.NewSource(1)).Int63() twice.
        let mut vec = rng_seed_vec(1);
        let (mut tap, mut feed) = (0usize, (RNG_LEN - RNG_TAP) as usize);
        let mut next = || {
            tap = (tap + RNG_LEN as usize - 1) % RNG_LEN as usize;
            feed = (feed + RNG_LEN as usize - 1) % RNG_LEN as usize;
            let x = vec[feed].wrapping_add(vec[tap]);
            vec[feed] = x;
            x & i64::MAX
        };
        assert_eq!(next(), 5577006791947779410);
        assert_eq!(next(), 8674665223082153551);
    }

    #[test]
    fn dates_and_layouts_follow_the_time_package() {
        assert_eq!(date(2009, 11, 10, 23, 0, 0, 0), 0);
        assert_eq!(unix_parts(0), (1257894000, 0));
        let t = date(2024, 2, 29, 13, 4, 5, 123456789);
        let f = |layout: &str| String::from_utf8(format_time(t, layout.as_bytes())).expect("utf8");
        assert_eq!(
            f("2006-01-02 15:04:05.999999999 -0700 MST"),
            "2024-02-29 13:04:05.123456789 +0000 UTC"
        );
        assert_eq!(f("2006-01-02T15:04:05Z07:00"), "2024-02-29T13:04:05Z");
        assert_eq!(f("Mon Jan _2 3:04PM '06"), "Thu Feb 29 1:04PM '24");
        assert_eq!(f("__2 002 .000 ,99 Janet"), " 60 060 .123 ,12 Janet");
        assert_eq!(f("Monday, January 2 -07:00:00"), "Thursday, February 29 +00:00:00");
        let c = civil(date(1969, 12, 31, 23, 59, 59, 0));
        assert_eq!((c.year, c.month, c.day, c.wday), (1969, 12, 31, 3));
        let next = civil(date(2100, 2, 28 + 1, 0, 0, 0, 0));
        assert_eq!((next.month, next.day), (3, 1));
        let norm = civil(date(2023, 14, 35, 25, 61, 61, 0));
        assert_eq!(
            (norm.year, norm.month, norm.day, norm.hour, norm.min, norm.sec),
            (2024, 3, 7, 2, 2, 1)
        );
        assert_eq!(month_name(13), "%!Month(13)");
        assert_eq!(weekday_name(9), "%!Weekday(9)");
    }

    #[test]
    fn durations_parse_and_round_like_go() {
        assert_eq!(parse_duration(b"1h30m"), Ok(5_400_000_000_000));
        assert_eq!(parse_duration(b"-2m3.5s"), Ok(-123_500_000_000));
        assert_eq!(parse_duration("1µs".as_bytes()), Ok(1_000));
        assert_eq!(parse_duration(b"0"), Ok(0));
        assert_eq!(parse_duration(b""), Err("time: invalid duration \"\"".into()));
        assert_eq!(parse_duration(b"1"), Err("time: missing unit in duration \"1\"".into()));
        assert_eq!(
            parse_duration(b"1x"),
            Err("time: unknown unit \"x\" in duration \"1x\"".into())
        );
        assert_eq!(
            parse_duration(b"9223372036854775808ns"),
            Err("time: invalid duration \"9223372036854775808ns\"".into())
        );
        assert_eq!(parse_duration(b"-9223372036854775808ns"), Ok(i64::MIN));
        assert_eq!(duration_round(1_500_000_000, 1_000_000_000), 2_000_000_000);
        assert_eq!(duration_round(-1_500_000_000, 1_000_000_000), -2_000_000_000);
        assert_eq!(duration_round(i64::MAX, 1_000_000_000), i64::MAX);
    }

    /// The standard logger stamps lines with the virtual clock, which starts where the Go
    /// Playground's does and moves with sleeps.
    #[test]
    fn log_lines_carry_the_virtual_time() {
        let src = r#"package main

import (
	"log"
	"time"
)

func main() {
	log.Println("hello")
	time.Sleep(90 * time.Minute)
	log.SetFlags(log.LstdFlags | log.Lmicroseconds)
	log.SetPrefix("app: ")
	log.Print("later")
}
"#;
        let run = crate::runtime::run(src, crate::runtime::Config::default()).expect("compiles");
        assert_eq!(
            run.stderr,
            "2009/11/10 23:00:00 hello\napp: 2009/11/11 00:30:00.000000 later\n"
        );
        assert_eq!(run.exit_code, 0);
    }
}
