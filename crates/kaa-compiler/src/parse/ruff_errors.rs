//! The fallback for errors the diagnoser (which mirrors CPython's parser) does not find:
//! ruff's own error kinds mapped to CPython's messages. Bracket problems are found first,
//! from the token stream, as CPython's tokenizer does; the rest are mapped by error kind,
//! falling back to CPython's plain "invalid syntax" at the offending token.

use ruff_python_ast::token::{TokenKind, Tokens};
use ruff_python_ast::{Expr, Mod, Stmt};
use ruff_python_parser::{InterpolatedStringErrorType, LexicalErrorType, ParseError, ParseErrorType, Parsed};
use ruff_text_size::{Ranged, TextRange, TextSize};

use crate::codegen::target::describe;
use crate::error::{CompileError, ErrorKind};
use crate::lines::LineIndex;

/// CPython's tokenizer limit on nested brackets (MAXLEVEL).
const MAX_BRACKET_DEPTH: usize = 200;

/// The error to report for a parse ruff rejected, from ruff's own diagnostics.
pub fn ruff_error(source: &str, parsed: &Parsed<Mod>) -> CompileError {
    if let Some(err) = check_brackets(source, parsed.tokens(), !parsed.errors().is_empty()) {
        return err;
    }
    if let Some(first) = parsed.errors().iter().min_by_key(|e| e.location.start()) {
        return map_error(source, first, parsed.syntax());
    }
    let range = parsed.unsupported_syntax_errors().first().map(|u| u.range).unwrap_or_default();
    CompileError::new(ErrorKind::SyntaxError, "invalid syntax", range)
}

/// CPython's tokenizer errors for brackets: too deep, unmatched, mismatched, never closed.
fn check_brackets(source: &str, tokens: &Tokens, has_errors: bool) -> Option<CompileError> {
    let mut stack: Vec<(char, TextRange)> = Vec::new();
    for token in tokens.iter() {
        let (open, close) = match token.kind() {
            TokenKind::Lpar => (Some('('), None),
            TokenKind::Lsqb => (Some('['), None),
            TokenKind::Lbrace => (Some('{'), None),
            TokenKind::Rpar => (None, Some(')')),
            TokenKind::Rsqb => (None, Some(']')),
            TokenKind::Rbrace => (None, Some('}')),
            _ => (None, None),
        };
        if let Some(c) = open {
            stack.push((c, token.range()));
            if stack.len() >= MAX_BRACKET_DEPTH {
                return Some(CompileError::new(ErrorKind::SyntaxError, "too many nested parentheses", token.range()));
            }
        }
        if let Some(c) = close {
            match stack.pop() {
                None => {
                    return Some(CompileError::new(ErrorKind::SyntaxError, format!("unmatched '{c}'"), token.range()))
                }
                Some((o, orange)) => {
                    let expected = match o {
                        '(' => ')',
                        '[' => ']',
                        _ => '}',
                    };
                    if expected != c {
                        let lines = LineIndex::new(source);
                        let open_line = lines.line(orange.start().to_u32());
                        let close_line = lines.line(token.range().start().to_u32());
                        let msg = if open_line == close_line {
                            format!("closing parenthesis '{c}' does not match opening parenthesis '{o}'")
                        } else {
                            format!(
                                "closing parenthesis '{c}' does not match opening parenthesis '{o}' on line {open_line}"
                            )
                        };
                        return Some(CompileError::new(ErrorKind::SyntaxError, msg, token.range()));
                    }
                }
            }
        }
    }
    if has_errors {
        if let Some((c, range)) = stack.first() {
            let mut err = CompileError::new(ErrorKind::SyntaxError, format!("'{c}' was never closed"), *range);
            err.end_offset = usize::MAX; // marker: CPython reports end offset 0 here
            return Some(err);
        }
    }
    None
}

fn err(kind: ErrorKind, msg: impl Into<String>, range: TextRange) -> CompileError {
    CompileError::new(kind, msg, range)
}

fn map_error(source: &str, error: &ParseError, module: &Mod) -> CompileError {
    let range = error.location;
    let syntax = ErrorKind::SyntaxError;
    match &error.error {
        ParseErrorType::Lexical(lex) => map_lexical(source, lex, range),
        ParseErrorType::FStringError(f) => map_fstring(f, range),
        ParseErrorType::UnexpectedIndentation => {
            // CPython points into the indentation, so no caret is printed.
            let lines = LineIndex::new(source);
            let line = lines.line(range.start().to_u32());
            let text = lines.line_text(source, line);
            let indent = (text.len() - text.trim_start().len()).max(1) as u32;
            let at = TextSize::from(lines.line_start(line) + indent - 1);
            let mut e = err(ErrorKind::IndentationError, "unexpected indent", TextRange::empty(at));
            e.end_offset = usize::MAX - 1; // marker: end offset -1
            e
        }
        ParseErrorType::ExpectedToken { expected: TokenKind::Indent, .. } => expected_indent(source, range),
        ParseErrorType::ExpectedToken { expected: TokenKind::Colon, .. } => err(syntax, "expected ':'", range),
        ParseErrorType::InvalidAssignmentTarget => assignment_error(module, range, false),
        ParseErrorType::InvalidNamedAssignmentTarget => {
            let what = find_expr(module, range).map(describe).unwrap_or("expression");
            err(syntax, format!("cannot use assignment expressions with {what}"), range)
        }
        ParseErrorType::InvalidAugmentedAssignmentTarget => {
            let what = find_expr(module, range).map(describe).unwrap_or("expression");
            err(syntax, format!("'{what}' is an illegal expression for augmented assignment"), range)
        }
        ParseErrorType::InvalidDeleteTarget => {
            let what = find_expr(module, range).map(describe).unwrap_or("expression");
            err(syntax, format!("cannot delete {what}"), range)
        }
        ParseErrorType::InvalidAnnotatedAssignmentTarget => {
            let what = find_expr(module, range).map(describe).unwrap_or("expression");
            err(syntax, format!("illegal target for annotation: {what}"), range)
        }
        ParseErrorType::PositionalAfterKeywordArgument => {
            err(syntax, "positional argument follows keyword argument", range)
        }
        ParseErrorType::PositionalAfterKeywordUnpacking => {
            err(syntax, "positional argument follows keyword argument unpacking", range)
        }
        ParseErrorType::InvalidArgumentUnpackingOrder => {
            err(syntax, "iterable argument unpacking follows keyword argument unpacking", range)
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            err(syntax, "non-default argument follows default argument", range)
        }
        ParseErrorType::ParamAfterVarKeywordParam => err(syntax, "arguments cannot follow var-keyword argument", range),
        ParseErrorType::VarParameterWithDefault => {
            err(syntax, "var-positional argument cannot have default value", range)
        }
        ParseErrorType::ExpectedKeywordParam => err(syntax, "named arguments must follow bare *", range),
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            err(syntax, "Generator expression must be parenthesized", range)
        }
        ParseErrorType::IterableUnpackingInComprehension => {
            err(syntax, "iterable unpacking cannot be used in comprehension", range)
        }
        ParseErrorType::EmptyImportNames => err(syntax, "invalid syntax", range),
        ParseErrorType::OtherError(msg) if msg.contains("print") && msg.contains("parenthes") => {
            err(syntax, "Missing parentheses in call to 'print'. Did you mean print(...)?", range)
        }
        _ => invalid_syntax(source, range),
    }
}

/// CPython's generic message; it points at the token where parsing failed.
fn invalid_syntax(source: &str, range: TextRange) -> CompileError {
    let _ = source;
    err(ErrorKind::SyntaxError, "invalid syntax", range)
}

fn map_lexical(source: &str, lex: &LexicalErrorType, range: TextRange) -> CompileError {
    let lines = LineIndex::new(source);
    match lex {
        LexicalErrorType::UnclosedStringError => {
            let start = range.start().to_usize();
            let text = &source[start..];
            let body = text.trim_start_matches(|c: char| c.is_ascii_alphabetic());
            let triple = body.starts_with("'''") || body.starts_with("\"\"\"");
            let detected = if triple { lines.line_count() as u32 } else { lines.line(range.start().to_u32()) };
            let detected = detected.max(1);
            let msg = if triple {
                format!(
                    "unterminated triple-quoted string literal (detected at line {})",
                    last_line(source).max(detected)
                )
            } else {
                format!("unterminated string literal (detected at line {detected})")
            };
            err(ErrorKind::SyntaxError, msg, TextRange::empty(range.start()))
        }
        LexicalErrorType::IndentationError => {
            err(ErrorKind::IndentationError, "unindent does not match any outer indentation level", range)
        }
        LexicalErrorType::FStringError(f) => map_fstring(f, range),
        LexicalErrorType::UnrecognizedToken { tok } => {
            let msg = if *tok == '$' || *tok == '?' || *tok == '`' {
                "invalid syntax".to_string()
            } else if tok.is_whitespace() || !tok.is_ascii() {
                format!("invalid non-printable character U+{:04X}", *tok as u32)
            } else {
                "invalid syntax".to_string()
            };
            err(ErrorKind::SyntaxError, msg, range)
        }
        LexicalErrorType::LineContinuationError => {
            err(ErrorKind::SyntaxError, "unexpected character after line continuation character", range)
        }
        LexicalErrorType::Eof => err(ErrorKind::SyntaxError, "unexpected EOF while parsing", range),
        _ => err(ErrorKind::SyntaxError, "invalid syntax", range),
    }
}

fn last_line(source: &str) -> u32 {
    let lines = LineIndex::new(source);
    let n = lines.line_count() as u32;
    if source.ends_with('\n') && n > 1 {
        n - 1
    } else {
        n
    }
}

fn map_fstring(f: &InterpolatedStringErrorType, range: TextRange) -> CompileError {
    let msg = match f {
        InterpolatedStringErrorType::UnclosedLbrace => "f-string: expecting '}'",
        InterpolatedStringErrorType::SingleRbrace => "f-string: single '}' is not allowed",
        InterpolatedStringErrorType::InvalidConversionFlag => {
            "f-string: invalid conversion character: expected 's', 'r', or 'a'"
        }
        InterpolatedStringErrorType::UnterminatedString => "f-string: unterminated string",
        InterpolatedStringErrorType::UnterminatedTripleQuotedString => "f-string: unterminated triple-quoted string",
        _ => "f-string: invalid syntax",
    };
    err(ErrorKind::SyntaxError, msg, range)
}

/// "expected an indented block after 'if' statement on line N".
fn expected_indent(source: &str, range: TextRange) -> CompileError {
    let lines = LineIndex::new(source);
    let line = lines.line(range.start().to_u32());
    // The header is the closest earlier line ending in ':'.
    let mut header = None;
    let mut l = line;
    while l > 1 {
        l -= 1;
        let text = lines.line_text(source, l).trim();
        if text.ends_with(':') {
            header = Some((l, text.to_string()));
            break;
        }
    }
    let msg = match header {
        Some((hl, text)) => {
            let word = text.split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap_or("");
            let what = match word {
                "def" => "function definition".to_string(),
                "class" => "class definition".to_string(),
                "if" | "elif" | "else" | "for" | "while" | "try" | "except" | "finally" | "with" | "match" | "case" => {
                    format!("'{word}' statement")
                }
                _ => String::new(),
            };
            if what.is_empty() {
                "expected an indented block".to_string()
            } else {
                format!("expected an indented block after {what} on line {hl}")
            }
        }
        None => "expected an indented block".to_string(),
    };
    // CPython points at the first token of the unindented line.
    let start = lines.line_start(line);
    let text = lines.line_text(source, line);
    let indent = text.len() - text.trim_start().len();
    let first = TextSize::from(start + indent as u32);
    let token_end = text.trim_start().find(|c: char| c.is_whitespace()).unwrap_or(text.trim().len());
    err(ErrorKind::IndentationError, msg, TextRange::at(first, TextSize::from(token_end as u32)))
}

/// Messages for an invalid assignment target, as CPython words them.
fn assignment_error(module: &Mod, range: TextRange, _nested: bool) -> CompileError {
    let syntax = ErrorKind::SyntaxError;
    let Some(expr) = find_expr(module, range) else {
        return err(syntax, "invalid syntax", range);
    };
    match expr {
        Expr::NoneLiteral(_) => return err(syntax, "cannot assign to None", range),
        Expr::BooleanLiteral(b) => {
            return err(syntax, format!("cannot assign to {}", if b.value { "True" } else { "False" }), range)
        }
        _ => {}
    }
    let what = describe(expr);
    // A whole `target = value` statement gets the '==' hint; a target inside a tuple or a
    // `for` target does not.
    if let Some(Stmt::Assign(a)) = find_stmt_with_target(module, range) {
        if a.targets.iter().any(|t| t.range() == range) {
            return err(syntax, format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?"), range);
        }
    }
    err(syntax, format!("cannot assign to {what}"), range)
}

fn body_of(module: &Mod) -> &[Stmt] {
    match module {
        Mod::Module(m) => &m.body,
        Mod::Expression(_) => &[],
    }
}

/// The statement (at any depth) one of whose assignment targets is exactly `range`.
fn find_stmt_with_target(module: &Mod, range: TextRange) -> Option<&Stmt> {
    fn walk(body: &[Stmt], range: TextRange) -> Option<&Stmt> {
        for stmt in body {
            if !stmt.range().contains_range(range) {
                continue;
            }
            if let Stmt::Assign(a) = stmt {
                if a.targets.iter().any(|t| t.range() == range) {
                    return Some(stmt);
                }
            }
            let nested: Vec<&[Stmt]> = match stmt {
                Stmt::FunctionDef(f) => vec![&f.body],
                Stmt::ClassDef(c) => vec![&c.body],
                Stmt::For(f) => vec![&f.body, &f.orelse],
                Stmt::While(w) => vec![&w.body, &w.orelse],
                Stmt::If(i) => {
                    let mut v: Vec<&[Stmt]> = vec![&i.body];
                    v.extend(i.elif_else_clauses.iter().map(|c| &c.body[..]));
                    v
                }
                Stmt::With(w) => vec![&w.body],
                Stmt::Try(t) => {
                    let mut v: Vec<&[Stmt]> = vec![&t.body, &t.orelse, &t.finalbody];
                    for h in &t.handlers {
                        let ruff_python_ast::ExceptHandler::ExceptHandler(h) = h;
                        v.push(&h.body);
                    }
                    v
                }
                _ => vec![],
            };
            for b in nested {
                if let Some(s) = walk(b, range) {
                    return Some(s);
                }
            }
        }
        None
    }
    walk(body_of(module), range)
}

/// The expression whose range is exactly `range`, anywhere in the module.
fn find_expr(module: &Mod, range: TextRange) -> Option<&Expr> {
    use ruff_python_ast::visitor::source_order::{walk_expr, walk_stmt, SourceOrderVisitor, TraversalSignal};
    use ruff_python_ast::AnyNodeRef;
    struct Finder<'a> {
        range: TextRange,
        found: Option<&'a Expr>,
    }
    impl<'a> SourceOrderVisitor<'a> for Finder<'a> {
        fn enter_node(&mut self, node: AnyNodeRef<'a>) -> TraversalSignal {
            if self.found.is_some() || !node.range().contains_range(self.range) {
                TraversalSignal::Skip
            } else {
                TraversalSignal::Traverse
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if self.found.is_none() && expr.range() == self.range {
                self.found = Some(expr);
                return;
            }
            walk_expr(self, expr);
        }
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            walk_stmt(self, stmt);
        }
    }
    let mut finder = Finder { range, found: None };
    finder.visit_mod(module);
    finder.found
}
