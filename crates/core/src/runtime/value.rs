//! Runtime values and the heap. Go's value types (structs, arrays) are held inline and copied
//! on assignment; everything with identity (variables whose address is taken or that a
//! closure captures, slice backing arrays, maps) lives in the `Heap`, addressed by `HeapId`.

use std::collections::BTreeMap;
use std::rc::Rc;

/// An index into the heap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct HeapId(pub u32);

/// A channel's index in the runtime's channel table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ChanId(pub u32);

/// A compiled function's index in the program.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FuncId(pub u32);

/// A pointer: a heap object, and the path of field/element indices inside it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ptr {
    pub obj: HeapId,
    pub path: Rc<[u32]>,
}

thread_local! {
    /// The path of every pointer to a whole object, shared: an empty `Rc<[u32]>` would
    /// otherwise cost an allocation per variable access.
    static ROOT_PATH: Rc<[u32]> = Rc::from([]);
}

impl Ptr {
    /// A pointer to the whole object `obj`.
    pub fn root(obj: HeapId) -> Ptr {
        Ptr { obj, path: ROOT_PATH.with(Rc::clone) }
    }
}

/// A function value: code plus the cells of the variables it captured, or a method value
/// with its bound receiver.
#[derive(Clone, Debug, PartialEq)]
pub struct Closure {
    pub func: FuncId,
    pub free: Box<[HeapId]>,
    pub recv: Option<Value>,
}

/// A Go value. Integers of every size are `Int` (unsigned ones hold their bits); the static
/// type, known to the compiler, decides how operations wrap and how `fmt` prints them.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum Value {
    /// The zero value of pointers, slices, maps, channels, functions and interfaces.
    #[default]
    Nil,
    Bool(bool),
    Int(i64),
    Float(f64),
    /// Go strings are byte sequences.
    Str(Rc<[u8]>),
    /// A struct or an array, copied on assignment.
    Tuple(Box<[Value]>),
    Ptr(Ptr),
    Slice {
        arr: HeapId,
        off: u32,
        len: u32,
        cap: u32,
    },
    Map(HeapId),
    Chan(ChanId),
    Func(Rc<Closure>),
    /// A non-nil interface value: its dynamic type (a `TypeId` index) and value.
    Iface(Rc<(u32, Value)>),
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::from(s.as_bytes()))
    }

    pub fn as_int(&self) -> i64 {
        match self {
            Value::Int(i) => *i,
            Value::Float(f) => *f as i64,
            Value::Bool(b) => i64::from(*b),
            _ => 0,
        }
    }

    pub fn as_f64(&self) -> f64 {
        match self {
            Value::Float(f) => *f,
            Value::Int(i) => *i as f64,
            _ => 0.0,
        }
    }

    pub fn as_bool(&self) -> bool {
        matches!(self, Value::Bool(true))
    }

    pub fn as_bytes(&self) -> &[u8] {
        match self {
            Value::Str(s) => s,
            _ => &[],
        }
    }

    pub fn is_nil(&self) -> bool {
        matches!(self, Value::Nil)
    }

    /// The fields of a struct or the elements of an array.
    pub fn fields(&self) -> &[Value] {
        match self {
            Value::Tuple(items) => items,
            _ => &[],
        }
    }
}

/// A map key in a totally ordered form, so maps are `BTreeMap`s (deterministic, and `fmt`
/// prints keys sorted as Go does).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Key {
    Nil,
    Bool(bool),
    Int(i64),
    /// The float's bits, ordered as numbers (NaN keys are never equal, as in Go).
    Float(OrdF64),
    Str(Rc<[u8]>),
    Tuple(Box<[Key]>),
    Ptr(Ptr),
    Chan(ChanId),
    Iface(u32, Box<Key>),
    /// Values that cannot be keys (a runtime panic is raised before one is built).
    Invalid,
}

/// An `f64` with a total order, for map keys.
#[derive(Clone, Copy, Debug)]
pub struct OrdF64(pub f64);

impl PartialEq for OrdF64 {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == std::cmp::Ordering::Equal
    }
}
impl Eq for OrdF64 {}
impl PartialOrd for OrdF64 {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for OrdF64 {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}

impl Key {
    pub fn of(v: &Value) -> Key {
        match v {
            Value::Nil => Key::Nil,
            Value::Bool(b) => Key::Bool(*b),
            Value::Int(i) => Key::Int(*i),
            // -0.0 and 0.0 are the same key in Go.
            Value::Float(f) => Key::Float(OrdF64(if *f == 0.0 { 0.0 } else { *f })),
            Value::Str(s) => Key::Str(s.clone()),
            Value::Tuple(items) => Key::Tuple(items.iter().map(Key::of).collect()),
            Value::Ptr(p) => Key::Ptr(p.clone()),
            Value::Chan(c) => Key::Chan(*c),
            Value::Iface(b) => Key::Iface(b.0, Box::new(Key::of(&b.1))),
            Value::Slice { .. } | Value::Map(_) | Value::Func(_) => Key::Invalid,
        }
    }
}

/// A Go map: entries by key, each holding the original key value and the element.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GoMap {
    pub entries: BTreeMap<Key, (Value, Value)>,
}

/// An object with identity.
#[derive(Clone, Debug, PartialEq)]
pub enum HeapObj {
    /// A variable that escaped (its address was taken, or a closure captured it).
    Cell(Value),
    /// A slice's backing array.
    Array(Vec<Value>),
    Map(GoMap),
    /// The backing array of a slice of an array that lies inside another object (a struct
    /// field, an element of an array): the array at `path` in `obj`, shared, not copied.
    Alias {
        obj: HeapId,
        path: Rc<[u32]>,
    },
}

/// Every heap object of a run. Objects are never freed: runs are bounded by a memory budget.
#[derive(Clone, Debug, Default)]
pub struct Heap {
    pub objs: Vec<HeapObj>,
    /// About how many bytes the objects hold (values and map entries), for the budget.
    pub bytes: u64,
}

/// What one value takes in the budget's count (a `Value` on a 64-bit host; the same on every
/// platform so runs stop at the same step everywhere).
pub const VALUE_BYTES: u64 = 32;
/// What one map entry takes in the budget's count: key, value and the tree's share.
pub const ENTRY_BYTES: u64 = 8 * VALUE_BYTES;

impl Heap {
    pub fn alloc(&mut self, obj: HeapObj) -> HeapId {
        self.bytes += match &obj {
            HeapObj::Array(items) => items.len() as u64 * VALUE_BYTES,
            HeapObj::Map(m) => m.entries.len() as u64 * ENTRY_BYTES,
            _ => VALUE_BYTES,
        };
        self.objs.push(obj);
        HeapId((self.objs.len() - 1) as u32)
    }

    pub fn get(&self, id: HeapId) -> &HeapObj {
        &self.objs[id.0 as usize]
    }

    pub fn get_mut(&mut self, id: HeapId) -> &mut HeapObj {
        &mut self.objs[id.0 as usize]
    }

    /// `copy` between two distinct plain arrays: `n` values from `src` at `from` into `dst`
    /// at `to`, in place. Returns `false`, having done nothing, for anything else (the same
    /// array, where the ranges may overlap, or an alias), which the caller copies through a
    /// list.
    pub fn copy_between(&mut self, src: HeapId, from: u32, dst: HeapId, to: u32, n: u32) -> bool {
        let (s, d) = (src.0 as usize, dst.0 as usize);
        let (src, dst) = match s.cmp(&d) {
            std::cmp::Ordering::Less => {
                let (low, high) = self.objs.split_at_mut(d);
                (&low[s], &mut high[0])
            }
            std::cmp::Ordering::Greater => {
                let (low, high) = self.objs.split_at_mut(s);
                (&high[0], &mut low[d])
            }
            std::cmp::Ordering::Equal => return false,
        };
        let (HeapObj::Array(src), HeapObj::Array(dst)) = (src, dst) else { return false };
        let (from, to, n) = (from as usize, to as usize, n as usize);
        dst[to..to + n].clone_from_slice(&src[from..from + n]);
        true
    }

    /// What `path` inside `obj` is when `obj` is an `Alias`: the same place in the object the
    /// alias stands for. `None` for any other object.
    pub fn unalias(&self, obj: HeapId, path: &[u32]) -> Option<Ptr> {
        match self.get(obj) {
            HeapObj::Alias { obj, path: base } => Some(aliased(*obj, base, path)),
            _ => None,
        }
    }

    /// The value a pointer points to. A pointer with an empty path to an `Array` object
    /// points to the whole array (a variable that was sliced, see `backing_array`).
    pub fn load(&self, p: &Ptr) -> Value {
        self.load_at(p.obj, &p.path)
    }

    /// The value at `path` inside `obj` (what a pointer with that object and path points to).
    pub fn load_at(&self, obj: HeapId, path: &[u32]) -> Value {
        let root = match self.get(obj) {
            HeapObj::Cell(v) => v,
            HeapObj::Array(items) => match path.first() {
                Some(&i) => {
                    let v = &items[i as usize];
                    return descend(v, &path[1..]).clone();
                }
                None => return Value::Tuple(items.clone().into()),
            },
            HeapObj::Alias { .. } => {
                return self.unalias(obj, path).map_or(Value::Nil, |q| self.load(&q));
            }
            HeapObj::Map(_) => return Value::Nil,
        };
        descend(root, path).clone()
    }

    /// The value at `path` inside `obj`, borrowed: `None` where `load_at` would have to build
    /// the value (a whole array) or look elsewhere (an alias, a map).
    pub fn peek_at(&self, obj: HeapId, path: &[u32]) -> Option<&Value> {
        match self.get(obj) {
            HeapObj::Cell(v) => Some(descend(v, path)),
            HeapObj::Array(items) => {
                let (&i, rest) = path.split_first()?;
                Some(descend(items.get(i as usize)?, rest))
            }
            HeapObj::Alias { .. } | HeapObj::Map(_) => None,
        }
    }

    /// Stores through a pointer.
    pub fn store(&mut self, p: &Ptr, v: Value) {
        self.store_at(p.obj, &p.path, v);
    }

    /// Stores at `path` inside `obj`.
    pub fn store_at(&mut self, obj: HeapId, path: &[u32], v: Value) {
        let slot = match self.get_mut(obj) {
            HeapObj::Cell(root) => descend_mut(root, path),
            HeapObj::Array(items) => match path.first() {
                Some(&i) => descend_mut(&mut items[i as usize], &path[1..]),
                None => {
                    if let Value::Tuple(new) = v {
                        *items = new.into_vec();
                    }
                    return;
                }
            },
            HeapObj::Alias { obj, path: base } => {
                let q = aliased(*obj, base, path);
                return self.store(&q, v);
            }
            HeapObj::Map(_) => return,
        };
        if let Some(slot) = slot {
            *slot = v;
        }
    }

    /// The object holding the elements of the array `p` points to, for a slice that shares
    /// them. A variable holding an array is a `Cell` until it is first sliced; then it becomes
    /// an `Array` object, which pointers address the same way (paths index its elements).
    /// An array inside another value (a struct field, an array element) gets an `Alias`.
    pub fn backing_array(&mut self, p: &Ptr) -> Option<HeapId> {
        if !p.path.is_empty() {
            let p = self.unalias(p.obj, &p.path).unwrap_or_else(|| p.clone());
            return Some(self.alloc(HeapObj::Alias { obj: p.obj, path: p.path }));
        }
        let obj = self.get_mut(p.obj);
        match obj {
            HeapObj::Array(_) | HeapObj::Alias { .. } => Some(p.obj),
            HeapObj::Cell(Value::Tuple(items)) => {
                let items = std::mem::take(items).into_vec();
                *obj = HeapObj::Array(items);
                Some(p.obj)
            }
            HeapObj::Cell(_) | HeapObj::Map(_) => None,
        }
    }

    /// The array an `Alias` stands for, as a place to read or write elements.
    fn aliased_mut(&mut self, obj: HeapId, path: Rc<[u32]>) -> &mut [Value] {
        let (first, rest) = match path.split_first() {
            Some((&f, rest)) => (Some(f), rest),
            None => (None, &path[..]),
        };
        let root = match (self.get_mut(obj), first) {
            (HeapObj::Cell(Value::Tuple(items)), Some(f)) => items.get_mut(f as usize),
            (HeapObj::Array(items), Some(f)) => items.get_mut(f as usize),
            _ => None,
        };
        match root.and_then(|r| descend_mut(r, rest)) {
            Some(Value::Tuple(items)) => items,
            _ => &mut [],
        }
    }

    pub fn map(&self, id: HeapId) -> Option<&GoMap> {
        match self.get(id) {
            HeapObj::Map(m) => Some(m),
            _ => None,
        }
    }

    pub fn map_mut(&mut self, id: HeapId) -> &mut GoMap {
        match self.get_mut(id) {
            HeapObj::Map(m) => m,
            _ => panic!("heap object {} is not a map", id.0),
        }
    }

    /// The elements of a slice's backing array.
    pub fn array(&self, id: HeapId) -> &[Value] {
        match self.get(id) {
            HeapObj::Array(items) => items,
            HeapObj::Alias { obj, path } => {
                let root = match (self.get(*obj), path.split_first()) {
                    (HeapObj::Cell(v), _) => descend(v, path),
                    (HeapObj::Array(items), Some((&f, rest))) => match items.get(f as usize) {
                        Some(v) => descend(v, rest),
                        None => return &[],
                    },
                    _ => return &[],
                };
                root.fields()
            }
            _ => &[],
        }
    }

    /// The elements of a slice's backing array, to write.
    pub fn array_mut(&mut self, id: HeapId) -> &mut [Value] {
        if let HeapObj::Alias { obj, path } = self.get(id) {
            let (obj, path) = (*obj, Rc::clone(path));
            return self.aliased_mut(obj, path);
        }
        match self.get_mut(id) {
            HeapObj::Array(items) => items,
            _ => panic!("heap object {} is not an array", id.0),
        }
    }

    /// A list the runtime keeps in the heap (a `Cond`'s waiters), to grow or shrink.
    pub fn list_mut(&mut self, id: HeapId) -> &mut Vec<Value> {
        match self.get_mut(id) {
            HeapObj::Array(items) => items,
            _ => panic!("heap object {} is not a list", id.0),
        }
    }
}

/// The place `path` inside an alias of the array at `base` in `obj`.
fn aliased(obj: HeapId, base: &[u32], path: &[u32]) -> Ptr {
    Ptr { obj, path: base.iter().chain(path).copied().collect() }
}

fn descend<'v>(mut v: &'v Value, path: &[u32]) -> &'v Value {
    for &i in path {
        match v {
            Value::Tuple(items) => v = &items[i as usize],
            _ => return v,
        }
    }
    v
}

fn descend_mut<'v>(mut v: &'v mut Value, path: &[u32]) -> Option<&'v mut Value> {
    for &i in path {
        match v {
            Value::Tuple(items) => v = items.get_mut(i as usize)?,
            _ => return None,
        }
    }
    Some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_reach_into_structs_and_arrays() {
        let mut heap = Heap::default();
        let cell = heap.alloc(HeapObj::Cell(Value::Tuple(
            vec![Value::Int(1), Value::Tuple(vec![Value::Int(2)].into())].into(),
        )));
        let p = Ptr { obj: cell, path: Rc::from(vec![1u32, 0]) };
        assert_eq!(heap.load(&p), Value::Int(2));
        heap.store(&p, Value::Int(7));
        assert_eq!(
            heap.load(&Ptr { obj: cell, path: Rc::from(vec![1u32]) }),
            Value::Tuple(vec![Value::Int(7)].into())
        );
        let arr = heap.alloc(HeapObj::Array(vec![Value::Int(0); 3]));
        let e = Ptr { obj: arr, path: Rc::from(vec![2u32]) };
        heap.store(&e, Value::Int(9));
        assert_eq!(heap.array(arr), &[Value::Int(0), Value::Int(0), Value::Int(9)]);
    }

    #[test]
    fn map_keys_order_like_go_prints_them() {
        let mut m = GoMap::default();
        for k in ["b", "a", "c"] {
            m.entries.insert(Key::of(&Value::str(k)), (Value::str(k), Value::Int(1)));
        }
        let keys: Vec<&Value> = m.entries.values().map(|(k, _)| k).collect();
        assert_eq!(keys, [&Value::str("a"), &Value::str("b"), &Value::str("c")]);
        assert_eq!(Key::of(&Value::Float(-0.0)), Key::of(&Value::Float(0.0)));
    }
}
