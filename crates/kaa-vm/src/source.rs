//! Reading Python source files as CPython does (PEP 263): UTF-8 unless the first or
//! second line declares another encoding (`# -*- coding: latin-1 -*-`), a UTF-8 BOM,
//! and CPython's errors for undecodable files and unknown encodings.

/// Why a source file could not be decoded; `message` is CPython's SyntaxError text.
#[derive(Debug)]
pub struct SourceError {
    pub message: String,
}

/// The encodings Kaa can decode source in.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum Encoding {
    Utf8,
    Latin1,
    Ascii,
}

/// Decodes the bytes of the source file `filename`.
pub fn decode_source(bytes: &[u8], filename: &str) -> Result<String, SourceError> {
    let (bom, body) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let declared = declared_encoding(body);
    let encoding = match &declared {
        None => Encoding::Utf8,
        Some(name) => match lookup(name) {
            Some(e) => e,
            None => return Err(SourceError { message: format!("encoding problem: {name}") }),
        },
    };
    if bom && encoding != Encoding::Utf8 {
        let name = declared.as_deref().map(normal_name).unwrap_or_default();
        return Err(SourceError { message: format!("encoding problem: {name} with BOM") });
    }
    match encoding {
        Encoding::Latin1 => Ok(body.iter().map(|&b| b as char).collect()),
        Encoding::Utf8 | Encoding::Ascii => match std::str::from_utf8(body) {
            Ok(s) => Ok(s.to_string()),
            Err(e) if declared.is_none() => {
                let at = e.valid_up_to();
                let line = body[..at].iter().filter(|&&b| b == b'\n').count() + 1;
                Err(SourceError {
                    message: format!(
                        "Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                        body[at]
                    ),
                })
            }
            Err(_) => Ok(String::from_utf8_lossy(body).into_owned()),
        },
    }
}

/// Decodes source given as bytes to `compile()`/`exec()`: a declared encoding is honoured,
/// anything else is read as UTF-8.
pub fn decode_source_bytes(bytes: &[u8]) -> String {
    match declared_encoding(bytes).and_then(|n| lookup(&n)) {
        Some(Encoding::Latin1) => bytes.iter().map(|&b| b as char).collect(),
        _ => String::from_utf8_lossy(bytes).into_owned(),
    }
}

/// The encoding named by a coding declaration in the first line, or in the second when
/// the first holds only a comment or whitespace.
fn declared_encoding(source: &[u8]) -> Option<String> {
    let mut lines = source.split(|&b| b == b'\n');
    let first = lines.next()?;
    if let Some(name) = coding_spec(first) {
        return Some(name);
    }
    let trimmed: Vec<u8> = first.iter().copied().skip_while(|b| matches!(b, b' ' | b'\t' | b'\x0c' | b'\r')).collect();
    if !trimmed.is_empty() && trimmed[0] != b'#' {
        return None;
    }
    coding_spec(lines.next()?)
}

/// `coding[:=]\s*([-\w.]+)` in a comment line.
fn coding_spec(line: &[u8]) -> Option<String> {
    let start = line.iter().position(|b| !matches!(b, b' ' | b'\t' | b'\x0c'))?;
    if line[start] != b'#' {
        return None;
    }
    let text = &line[start..];
    let mut i = 0;
    while let Some(pos) = find(&text[i..], b"coding") {
        let after = i + pos + 6;
        if matches!(text.get(after), Some(b':' | b'=')) {
            let mut j = after + 1;
            while matches!(text.get(j), Some(b' ' | b'\t')) {
                j += 1;
            }
            let name: Vec<u8> = text[j..]
                .iter()
                .copied()
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
                .collect();
            if !name.is_empty() {
                return Some(String::from_utf8_lossy(&name).into_owned());
            }
        }
        i = after;
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// CPython's `get_normal_name`: the spellings of UTF-8 and Latin-1 it recognises itself.
fn normal_name(name: &str) -> String {
    let buf: String = name.chars().take(12).map(|c| if c == '_' { '-' } else { c.to_ascii_lowercase() }).collect();
    if buf == "utf-8" || buf.starts_with("utf-8-") {
        "utf-8".into()
    } else if ["latin-1", "iso-8859-1", "iso-latin-1"].contains(&buf.as_str())
        || buf.starts_with("latin-1-")
        || buf.starts_with("iso-8859-1-")
        || buf.starts_with("iso-latin-1-")
    {
        "iso-8859-1".into()
    } else {
        name.to_string()
    }
}

/// The codec for an encoding name (Python's normalisation and aliases for the codecs Kaa
/// has).
fn lookup(name: &str) -> Option<Encoding> {
    let normal = normal_name(name);
    let key: String = normal
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '.' { c } else { '_' })
        .collect();
    match key.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Some(Encoding::Utf8),
        "iso_8859_1" | "latin_1" | "latin1" | "l1" | "latin" | "8859" | "cp819" | "csisolatin1" | "ibm819"
        | "iso8859" | "iso8859_1" | "iso_8859_1_1987" | "iso_ir_100" => Some(Encoding::Latin1),
        "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367"
        | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us" | "us_ascii" => Some(Encoding::Ascii),
        _ => None,
    }
}
