//! The compiled program: bytecode functions, constants and the tables the VM needs at run
//! time. Produced by `compile`, executed by `vm`.

use super::value::{FuncId, Value};
use crate::check::{TypeId, TypeTable};
use crate::syntax::span::Span;
use litemap::LiteMap;

/// How arithmetic on a value behaves: which integer size wraps, float size, or strings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Num {
    /// A signed (`true`) or unsigned integer of `bits` bits.
    Int {
        bits: u8,
        signed: bool,
    },
    Float {
        bits: u8,
    },
    Str,
    Bool,
    /// Values compared structurally (structs, arrays, pointers, channels, interfaces).
    Other,
}

/// A binary operator on numbers or strings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
    Xor,
    AndNot,
    Shl,
    Shr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// A value conversion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conv {
    /// Between numeric kinds (wrapping or truncating as Go does).
    Numeric(Num, Num),
    /// `string(rune)`.
    RuneToString,
    BytesToString,
    StringToBytes,
    RunesToString,
    StringToRunes,
    /// `[N]T(s)`: a copy of the slice's first N elements (Go 1.20).
    SliceToArray(u32),
    /// `(*[N]T)(s)`: a pointer to the slice's first N elements (Go 1.17).
    SliceToArrayPtr(u32),
}

/// What a `range` loop iterates over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeKind {
    Int,
    Slice,
    Array,
    String,
    Map,
    Chan,
}

/// Where the memory of an `Access` is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// The cell whose pointer is in a local slot.
    Local(u16),
    /// The running closure's captured cell.
    Free(u16),
    Global(u32),
    /// A map value this deep in the operand stack (0 is the top).
    Stack(u8),
    /// The place a pointer this deep in the operand stack points to.
    Ptr(u8),
    /// A slice element: the index this deep in the operand stack, the slice just below it.
    Elem(u8),
    /// What the `range` loop whose state is in this slot just read: the slice element, or
    /// the map.
    Range(u16),
    /// `copy(dst, src)` with both on the stack: the elements it writes (`write`) or reads.
    Copy,
}

/// One instruction. Operands index the program's tables or the frame's slots.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    Const(u32),
    Pop,
    Dup,
    /// Swaps the two top values.
    Swap,
    /// Duplicates the two top values.
    Dup2,
    Local(u16),
    SetLocal(u16),
    /// Loads/stores through the cell whose pointer is in a local slot (an escaped variable).
    Cell(u16),
    SetCell(u16),
    /// Pops a value and stores a pointer to a new cell holding it into the slot.
    NewCell(u16),
    /// Captured variable `i` of the running closure: load, store, or push its pointer.
    Free(u16),
    SetFree(u16),
    FreePtr(u16),
    Global(u32),
    SetGlobal(u32),
    GlobalPtr(u32),
    /// Pushes the pointer held in a local slot (an escaped variable's cell).
    LocalPtr(u16),
    /// Pops a value and pushes a pointer to a new cell holding it (`&T{…}`, `new(T)`).
    Box,
    /// Pops a pointer, pushes the value it points to (panics on nil).
    Load,
    /// Pops a value, then a pointer, and stores.
    Store,
    /// Pops a pointer to a struct, pushes a pointer to its field.
    FieldPtr(u32),
    /// Pops an index, then a pointer to an array of `len`, pushes a pointer to the element.
    ArrayElemPtr {
        len: u32,
    },
    /// Pops an index, then a slice, pushes a pointer to the element.
    SliceElemPtr,
    Bin(BinOp, Num),
    Neg(Num),
    Not,
    Compl(Num),
    Convert(Conv),
    /// Wraps the top value into an interface with dynamic type `TypeId` (no-op on interfaces).
    ToIface(TypeId),
    /// Pops n values into a struct or array value.
    MakeTuple(u32),
    /// Pops a struct, pushes its field.
    Field(u32),
    /// Pops an index then an array value, pushes the element.
    ArrayIndex {
        len: u32,
    },
    /// Pops an index then a slice, pushes the element.
    SliceIndex,
    /// Pops an index then a string, pushes the byte.
    StringIndex,
    /// Pops optional bounds (lo, hi, max as flagged) then the operand; pushes the slice.
    SliceExpr {
        kind: RangeKind,
        lo: bool,
        hi: bool,
        max: bool,
        len: u32,
    },
    /// Pops n values into a new slice.
    SliceLit(u32),
    /// Pops cap (if flagged) and len; pushes a slice of zero values (constant `zero`).
    MakeSlice {
        zero: u32,
        has_cap: bool,
    },
    /// Pops n key/value pairs into a new map.
    MapLit(u32),
    MakeMap,
    /// Pops a key then a map; pushes the element (or the zero constant), and `ok` if asked.
    MapIndex {
        zero: u32,
        comma_ok: bool,
    },
    /// Pops a value, a key, then a map.
    MapSet,
    MapDelete,
    Len(RangeKind),
    Cap(RangeKind),
    /// Pops n values then a slice; pushes the appended slice. `elem` is the element layout
    /// growth rounds with.
    Append {
        n: u32,
        elem: super::growslice::Elem,
        buf: AppendBuf,
    },
    /// Pops a slice; pushes it with its array copied to the heap if the array is a stack
    /// buffer (Go's `move2heap`). Without `keep_cap` the copy's capacity is the length
    /// rounded up to a size class.
    MoveToHeap {
        elem: super::growslice::Elem,
        keep_cap: bool,
    },
    /// Pops a slice (or string) then a slice; pushes `append(a, b...)`.
    AppendSpread {
        string: bool,
        elem: super::growslice::Elem,
    },
    Copy {
        string: bool,
    },
    Clear(RangeKind),
    /// Pops a capacity; pushes a new channel (`chan_info` indexes `Program::chans`).
    MakeChan {
        chan_info: u32,
    },
    Send,
    Recv {
        comma_ok: bool,
    },
    Close,
    /// A select statement described by `Program::selects[index]`; pops its operands, pushes
    /// the chosen case index (-1 for default) and, for a receive, the value and `ok`.
    Select(u32),
    /// Pops the callee (a function value) below `argc` arguments and calls it.
    Call {
        argc: u32,
    },
    CallStatic {
        func: FuncId,
        argc: u32,
    },
    /// Calls method `name` (an index into `Program::names`) on the interface below the arguments.
    CallIface {
        name: u32,
        argc: u32,
    },
    /// Like the calls above, but starts a goroutine.
    Go {
        argc: u32,
    },
    /// Like `Call`, but registers a deferred call.
    Defer {
        argc: u32,
    },
    /// Builds a closure of `func` capturing the `n_free` pointers on the stack.
    Closure {
        func: FuncId,
        n_free: u32,
    },
    /// Pops a receiver, pushes a method value bound to it.
    MethodValue {
        func: FuncId,
    },
    /// Pops an interface value, pushes its method `name` bound to the dynamic value.
    BindIface {
        name: u32,
    },
    /// Returns the function's results (held in its result slots), running defers first.
    Ret,
    Jump(u32),
    JumpIfFalse(u32),
    JumpIfTrue(u32),
    /// Pops a value; pushes the value converted to `TypeId` and a bool (type assertions
    /// and type switches). Without `comma_ok`, a failed assertion panics.
    Assert {
        ty: TypeId,
        comma_ok: bool,
        iface: bool,
        /// The operand's static type, which a failed assertion's message names.
        src: TypeId,
    },
    /// Pops an interface value; pushes whether its dynamic type is `ty` (nil: `TypeId` of nil).
    TypeIs {
        ty: TypeId,
        iface: bool,
    },
    /// Range over the operand: `RangeInit` pops it into slot `state`; `RangeNext` pushes the
    /// next key and value or jumps to `end`.
    RangeInit {
        kind: RangeKind,
        state: u16,
    },
    RangeNext {
        kind: RangeKind,
        state: u16,
        end: u32,
    },
    Panic,
    Recover,
    /// The builtin print/println of n operands with their static types.
    Print {
        argc: u32,
        newline: bool,
        types: u32,
    },
    /// A function of the simulated standard library.
    Native {
        native: u32,
        argc: u32,
    },
    /// Reports a load or store of memory that other goroutines can reach: `loc` names it
    /// (a name ending in `[]` gets the element's index at run time: `s[3]`), `target` says
    /// where its memory is (for the race detector).
    Access {
        loc: u32,
        write: bool,
        target: Target,
    },
    /// `min`/`max` of n values.
    MinMax {
        n: u32,
        max: bool,
        num: Num,
    },
    /// Aborts with a runtime error that the compiler proved (never happens in checked code).
    Unreachable,
    /// Starts the body of a range over a function: a runtime error if the loop has already
    /// been left (the exit state in captured cell `i` is not 0), as Go checks.
    RangeBodyCheck(u16),
    // Superinstructions (`compile::fuse`). Each stands for the run of plain instructions
    // that starts where it is; those instructions stay in the code after it, so a jump into
    // the run still finds them. The VM's fast loop runs the whole run at once, counted as the
    // instructions it stands for; anywhere else only the run's first instruction runs (see
    // `Op::head`), and the rest follow one by one.
    /// `Local(a) Const(k) Bin(op, num) JumpIfFalse/JumpIfTrue(target)`: jumps when
    /// `a op k` equals `when`.
    CmpLocalConstJump {
        a: u16,
        k: u32,
        op: BinOp,
        num: Num,
        target: u32,
        when: bool,
    },
    /// `Local(a) Local(b) Bin(op, num) JumpIfFalse/JumpIfTrue(target)`.
    CmpLocalsJump {
        a: u16,
        b: u16,
        op: BinOp,
        num: Num,
        target: u32,
        when: bool,
    },
    /// `Local(slot) Const(k) Bin(op, num) SetLocal(slot)`: `slot op= k` (`i++`).
    LocalOpConst {
        slot: u16,
        k: u32,
        op: BinOp,
        num: Num,
    },
    /// `Free(i) Const(k) Bin(op, num) [Access] SetFree(i)`: a captured variable's `v op= k`;
    /// `len` instructions long, its `Access` only skipped where instrumentation is off.
    FreeOpConst {
        i: u16,
        k: u32,
        op: BinOp,
        num: Num,
        len: u8,
    },
}

impl Op {
    /// The first instruction of a superinstruction's run; `None` for other instructions.
    #[inline(always)]
    pub fn head(&self) -> Option<Op> {
        Some(match *self {
            Op::CmpLocalConstJump { a, .. } | Op::CmpLocalsJump { a, .. } => Op::Local(a),
            Op::LocalOpConst { slot, .. } => Op::Local(slot),
            Op::FreeOpConst { i, .. } => Op::Free(i),
            _ => return None,
        })
    }
}

/// A compiled function.
#[derive(Clone, Debug)]
pub struct Func {
    /// As Go's tracebacks name it: `main.main`, `main.worker`, `main.main.func1`.
    pub name: String,
    pub n_params: u16,
    pub n_results: u16,
    /// All slots: parameters, then results, then locals.
    pub n_slots: u16,
    /// Which result slots hold cells (escaped named results).
    pub boxed_results: Vec<bool>,
    pub code: Vec<Op>,
    /// The source span of each instruction.
    pub spans: Vec<Span>,
    pub span: Span,
    /// Compiled from the simulated standard library's Go (`maps.Keys[...].func1`): no
    /// spans of the program, yet a frame of its own in tracebacks.
    pub stdlib: bool,
}

/// A `select` statement's static shape.
#[derive(Clone, Debug, PartialEq)]
pub struct SelectInfo {
    /// For each case, whether it sends (`true`) or receives.
    pub sends: Vec<bool>,
    pub has_default: bool,
}

/// A `make(chan T, n)` site.
#[derive(Clone, Debug, PartialEq)]
pub struct ChanSite {
    pub elem_type: TypeId,
    pub zero: u32,
    pub name: Option<String>,
}

/// A program ready to run.
#[derive(Clone, Debug)]
pub struct Program {
    pub funcs: Vec<Func>,
    pub consts: Vec<Value>,
    /// Global variables: name and zero-value constant.
    pub globals: Vec<(String, u32)>,
    /// Runs package initialisation, then `main.main`.
    pub entry: FuncId,
    pub main: FuncId,
    pub types: TypeTable,
    /// Methods by (receiver type, name): the function and whether it takes a pointer.
    pub methods: LiteMap<(TypeId, String), (FuncId, bool)>,
    pub names: Vec<String>,
    pub selects: Vec<SelectInfo>,
    pub chans: Vec<ChanSite>,
    /// Static types of builtin print operands, by `Op::Print::types`.
    pub print_types: Vec<Vec<TypeId>>,
    /// Bytecode wrappers of natives, by native id (for `go`, `defer` and method tables).
    pub native_funcs: LiteMap<u32, FuncId>,
    /// Native functions by index: their qualified names (`fmt.Println`, `sync.(*Mutex).Lock`).
    pub natives: Vec<String>,
    pub source: String,
    /// Names of shared locations for `Access` events.
    pub locations: Vec<String>,
    /// Whether the file asked for pre-Go 1.22 loop variables (`//go:build go1.21`).
    pub old_loopvar: bool,
    /// The function behind `sync.OnceFunc`'s results: called with (a pointer to a `Once`,
    /// `f`) as its receiver, it runs `once.Do(f)`.
    pub once_func_call: FuncId,
    /// The two functions behind `sync.OnceValue`'s (index 0) and `sync.OnceValues`'s
    /// (index 1) results: the one `Once.Do` runs, storing f's results in cells, and the
    /// one returned, which runs `Do` and returns the cells' values.
    pub once_value_calls: [(FuncId, FuncId); 2],
}

/// Whether an `append` that must grow may use a stack buffer of `k` elements instead of a
/// heap array, as Go 1.25+ does for slices that do not escape (see `compile::stackbuf`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AppendBuf {
    Heap,
    /// From empty, the first time in a call (the local at `slot` remembers).
    Once {
        k: u32,
        slot: u16,
    },
    /// While `k` elements fit, the next size class up.
    Reuse {
        k: u32,
    },
}
