//! Caret anchors for traceback lines: where the operator of a binary operation, or the
//! `[...]` of a subscript, sits inside a source segment (CPython 3.11's
//! `_extract_caret_anchors_from_line_segment`). Tracebacks underline the rest with `~`
//! and the anchor range with `^`.

use ruff_python_ast::{Expr, Mod, Stmt};
use ruff_text_size::Ranged;

/// The (start, end) byte offsets of the highlighted part of `segment`, if the segment
/// is a single binary operation or subscript expression.
pub fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    let parsed = ruff_python_parser::parse_module(segment).ok()?;
    let module = Mod::Module(parsed.into_syntax());
    let Mod::Module(m) = &module else { return None };
    let [Stmt::Expr(stmt)] = &m.body[..] else { return None };
    let bytes = segment.as_bytes();
    let is_space = |b: u8| b == b' ' || b == b'\t' || b == b'\x0c' || b == b'\n' || b == b'\r';
    match stmt.value.as_ref() {
        Expr::BinOp(b) => {
            let left_end = b.left.range().end().to_usize();
            let right_start = b.right.range().start().to_usize();
            let op = segment.get(left_end..right_start)?;
            let offset = op.len() - op.trim_start().len();
            let mut left = left_end + offset;
            let mut right = left + 1;
            if offset + 1 < op.len() && !is_space(op.as_bytes()[offset + 1]) {
                right += 1;
            }
            while left < bytes.len() && (is_space(bytes[left]) || bytes[left] == b')' || bytes[left] == b'#') {
                left += 1;
                right += 1;
            }
            Some((left, right))
        }
        Expr::Subscript(s) => {
            let mut left = s.value.range().end().to_usize();
            let mut right = s.slice.range().end().to_usize() + 1;
            while left < bytes.len() && bytes[left] != b'[' {
                left += 1;
            }
            while right < bytes.len() && bytes[right] != b']' {
                right += 1;
            }
            if right < bytes.len() {
                right += 1;
            }
            Some((left, right))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors() {
        assert_eq!(caret_anchors("(a + b) * c"), Some((8, 9)));
        assert_eq!(caret_anchors("a // b"), Some((2, 4)));
        assert_eq!(caret_anchors("x[1]"), Some((1, 4)));
        assert_eq!(caret_anchors("f(x)"), None);
    }
}
