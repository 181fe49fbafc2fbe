//! Superinstructions: finds the runs of plain instructions that loops repeat most (`i < n`
//! and its jump, `i++`, `counter++` on a captured variable) and puts one instruction that
//! does the whole run in place of the run's first. The run itself stays in the code behind
//! it, so jump targets and spans are unchanged (see `Op::head`).

use crate::runtime::program::{BinOp, Func, Num, Op};

/// Fuses the runs in every function's code.
pub fn fuse(funcs: &mut [Func]) {
    for f in funcs {
        for i in 0..f.code.len() {
            if let Some(op) = fused_at(&f.code[i..]) {
                f.code[i] = op;
            }
        }
    }
}

/// An integer operation that cannot fail (as `ops::int_simple` runs it).
fn simple(op: &Op) -> Option<(BinOp, Num)> {
    match *op {
        Op::Bin(op, num @ Num::Int { .. })
            if !matches!(op, BinOp::Div | BinOp::Rem | BinOp::Shl | BinOp::Shr) =>
        {
            Some((op, num))
        }
        _ => None,
    }
}

fn is_compare(op: BinOp) -> bool {
    matches!(op, BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge)
}

/// A conditional jump: its target and whether it jumps on `true`.
fn cond_jump(op: &Op) -> Option<(u32, bool)> {
    match *op {
        Op::JumpIfFalse(t) => Some((t, false)),
        Op::JumpIfTrue(t) => Some((t, true)),
        _ => None,
    }
}

/// The superinstruction for the run starting at `code[0]`, if there is one.
fn fused_at(code: &[Op]) -> Option<Op> {
    let get = |i: usize| code.get(i);
    match (get(0)?, get(1)?, get(2)?, get(3)?) {
        (&Op::Local(a), &Op::Const(k), bin, jump) => {
            let (op, num) = simple(bin)?;
            if is_compare(op)
                && let Some((target, when)) = cond_jump(jump)
            {
                return Some(Op::CmpLocalConstJump { a, k, op, num, target, when });
            }
            (!is_compare(op) && *jump == Op::SetLocal(a)).then_some(Op::LocalOpConst {
                slot: a,
                k,
                op,
                num,
            })
        }
        (&Op::Local(a), &Op::Local(b), bin, jump) => {
            let (op, num) = simple(bin)?;
            let (target, when) = cond_jump(jump).filter(|_| is_compare(op))?;
            Some(Op::CmpLocalsJump { a, b, op, num, target, when })
        }
        (&Op::Free(i), &Op::Const(k), bin, next) => {
            let (op, num) = simple(bin).filter(|(op, _)| !is_compare(*op))?;
            let len = match (next, get(4)) {
                (&Op::SetFree(j), _) if j == i => 4,
                (Op::Access { .. }, Some(&Op::SetFree(j))) if j == i => 5,
                _ => return None,
            };
            Some(Op::FreeOpConst { i, k, op, num, len })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::program::Target;

    const I64: Num = Num::Int { bits: 64, signed: true };

    #[test]
    fn superinstructions_do_not_make_instructions_larger() {
        assert!(std::mem::size_of::<Op>() <= 32, "{}", std::mem::size_of::<Op>());
    }

    #[test]
    fn loop_header_and_increment_fuse_and_keep_their_runs() {
        let code = vec![
            Op::Local(1),
            Op::Const(6),
            Op::Bin(BinOp::Lt, I64),
            Op::JumpIfFalse(9),
            Op::Local(1),
            Op::Const(4),
            Op::Bin(BinOp::Add, I64),
            Op::SetLocal(1),
            Op::Jump(0),
            Op::Ret,
        ];
        let mut f = vec![Func {
            name: "main.main".into(),
            n_params: 0,
            n_results: 0,
            n_slots: 2,
            boxed_results: vec![],
            code: code.clone(),
            spans: vec![Default::default(); code.len()],
            span: Default::default(),
            stdlib: false,
        }];
        fuse(&mut f);
        let got = &f[0].code;
        assert_eq!(
            got[0],
            Op::CmpLocalConstJump { a: 1, k: 6, op: BinOp::Lt, num: I64, target: 9, when: false }
        );
        assert_eq!(got[4], Op::LocalOpConst { slot: 1, k: 4, op: BinOp::Add, num: I64 });
        assert_eq!(got[1..4], code[1..4]);
        assert_eq!(got[5..], code[5..]);
    }

    #[test]
    fn captured_increment_fuses_across_its_access_but_not_division() {
        let access = Op::Access { loc: 0, write: true, target: Target::Free(2) };
        let inc = [Op::Free(2), Op::Const(4), Op::Bin(BinOp::Add, I64), access, Op::SetFree(2)];
        assert_eq!(
            fused_at(&inc),
            Some(Op::FreeOpConst { i: 2, k: 4, op: BinOp::Add, num: I64, len: 5 })
        );
        let div = [Op::Free(2), Op::Const(4), Op::Bin(BinOp::Div, I64), Op::SetFree(2)];
        assert_eq!(fused_at(&div), None);
        let other = [Op::Free(2), Op::Const(4), Op::Bin(BinOp::Add, I64), Op::SetFree(3)];
        assert_eq!(fused_at(&other), None);
    }
}
