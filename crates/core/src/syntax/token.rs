//! Go's tokens: operators, delimiters, keywords, literals and the (possibly automatic)
//! semicolon. A token holds only its kind and span; its text is read back from the source.

use super::span::Span;

/// How a semicolon token came to be. Go's parser words its errors after this
/// (`unexpected newline` versus `unexpected semicolon`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SemiKind {
    /// A `;` written in the source.
    Explicit,
    /// Inserted at a newline (or at a general comment that spans lines).
    Newline,
    /// Inserted at the end of the file.
    Eof,
}

/// Every token of Go, plus [`TokenKind::Illegal`] for characters Go rejects.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TokenKind {
    // Names and literals.
    Ident,
    Int,
    Float,
    Imag,
    Rune,
    String,
    RawString,

    // Arithmetic and bitwise operators.
    Add,
    Sub,
    Mul,
    Quo,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,

    // Assignment operators.
    AddAssign,
    SubAssign,
    MulAssign,
    QuoAssign,
    RemAssign,
    AndAssign,
    OrAssign,
    XorAssign,
    ShlAssign,
    ShrAssign,
    AndNotAssign,

    // Logical, comparison and other operators.
    LAnd,
    LOr,
    Arrow,
    Inc,
    Dec,
    Eql,
    Lss,
    Gtr,
    Assign,
    Not,
    Neq,
    Leq,
    Geq,
    Define,
    Ellipsis,
    Tilde,

    // Delimiters.
    LParen,
    LBrack,
    LBrace,
    Comma,
    Period,
    RParen,
    RBrack,
    RBrace,
    Semicolon(SemiKind),
    Colon,

    // Keywords.
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,

    /// The end of the input.
    Eof,
    /// A character that is not part of any Go token; the lexer reports it.
    Illegal,
}

/// One token: its kind and the bytes of source it covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
}

impl Token {
    /// The token's source text.
    pub fn text(self, src: &str) -> &str {
        src.get(self.span.range()).unwrap_or("")
    }
}

const KEYWORDS: [(&str, TokenKind); 25] = [
    ("break", TokenKind::Break),
    ("case", TokenKind::Case),
    ("chan", TokenKind::Chan),
    ("const", TokenKind::Const),
    ("continue", TokenKind::Continue),
    ("default", TokenKind::Default),
    ("defer", TokenKind::Defer),
    ("else", TokenKind::Else),
    ("fallthrough", TokenKind::Fallthrough),
    ("for", TokenKind::For),
    ("func", TokenKind::Func),
    ("go", TokenKind::Go),
    ("goto", TokenKind::Goto),
    ("if", TokenKind::If),
    ("import", TokenKind::Import),
    ("interface", TokenKind::Interface),
    ("map", TokenKind::Map),
    ("package", TokenKind::Package),
    ("range", TokenKind::Range),
    ("return", TokenKind::Return),
    ("select", TokenKind::Select),
    ("struct", TokenKind::Struct),
    ("switch", TokenKind::Switch),
    ("type", TokenKind::Type),
    ("var", TokenKind::Var),
];

impl TokenKind {
    /// The keyword spelled `word`, if it is one.
    pub fn keyword(word: &str) -> Option<TokenKind> {
        KEYWORDS.iter().find(|(w, _)| *w == word).map(|&(_, k)| k)
    }

    pub fn is_keyword(self) -> bool {
        KEYWORDS.iter().any(|&(_, k)| k == self)
    }

    pub fn is_literal(self) -> bool {
        use TokenKind::*;
        matches!(self, Int | Float | Imag | Rune | String | RawString)
    }

    pub fn is_semicolon(self) -> bool {
        matches!(self, TokenKind::Semicolon(_))
    }

    /// The fixed spelling of operators, delimiters and keywords; `None` for tokens whose
    /// text varies (names, literals) and for the synthetic ones.
    pub fn as_str(self) -> Option<&'static str> {
        use TokenKind::*;
        let s = match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Quo => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            AddAssign => "+=",
            SubAssign => "-=",
            MulAssign => "*=",
            QuoAssign => "/=",
            RemAssign => "%=",
            AndAssign => "&=",
            OrAssign => "|=",
            XorAssign => "^=",
            ShlAssign => "<<=",
            ShrAssign => ">>=",
            AndNotAssign => "&^=",
            LAnd => "&&",
            LOr => "||",
            Arrow => "<-",
            Inc => "++",
            Dec => "--",
            Eql => "==",
            Lss => "<",
            Gtr => ">",
            Assign => "=",
            Not => "!",
            Neq => "!=",
            Leq => "<=",
            Geq => ">=",
            Define => ":=",
            Ellipsis => "...",
            Tilde => "~",
            LParen => "(",
            LBrack => "[",
            LBrace => "{",
            Comma => ",",
            Period => ".",
            RParen => ")",
            RBrack => "]",
            RBrace => "}",
            Semicolon(_) => ";",
            Colon => ":",
            _ => return KEYWORDS.iter().find(|&&(_, k)| k == self).map(|&(w, _)| w),
        };
        Some(s)
    }

    /// The binary operator precedence Go gives this token (5 binds tightest), or 0.
    pub fn precedence(self) -> u8 {
        use TokenKind::*;
        match self {
            LOr => 1,
            LAnd => 2,
            Eql | Neq | Lss | Leq | Gtr | Geq => 3,
            Add | Sub | Or | Xor => 4,
            Mul | Quo | Rem | Shl | Shr | And | AndNot => 5,
            _ => 0,
        }
    }

    /// For `op=` tokens, the plain operator `op`.
    pub fn assign_op_base(self) -> Option<TokenKind> {
        use TokenKind::*;
        let base = match self {
            AddAssign => Add,
            SubAssign => Sub,
            MulAssign => Mul,
            QuoAssign => Quo,
            RemAssign => Rem,
            AndAssign => And,
            OrAssign => Or,
            XorAssign => Xor,
            ShlAssign => Shl,
            ShrAssign => Shr,
            AndNotAssign => AndNot,
            _ => return None,
        };
        Some(base)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_round_trip_through_their_spelling() {
        for (word, kind) in KEYWORDS {
            assert_eq!(TokenKind::keyword(word), Some(kind));
            assert_eq!(kind.as_str(), Some(word));
            assert!(kind.is_keyword());
        }
        assert_eq!(TokenKind::keyword("main"), None);
    }
}
