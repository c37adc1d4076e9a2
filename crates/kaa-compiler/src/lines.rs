//! Mapping byte offsets in the source to lines and columns.

/// Start offsets of every line, for offset → (line, column) lookups.
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let mut starts = vec![0u32];
        let bytes = source.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i as u32 + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    starts.push(i as u32 + 1);
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex { starts }
    }

    /// 1-based line number of `offset`.
    pub fn line(&self, offset: u32) -> u32 {
        match self.starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// Byte offset where 1-based `line` starts.
    pub fn line_start(&self, line: u32) -> u32 {
        self.starts[(line.max(1) as usize - 1).min(self.starts.len() - 1)]
    }

    /// (1-based line, 0-based byte column) of `offset`.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = self.line(offset);
        (line, offset - self.line_start(line))
    }

    /// The text of 1-based `line`, including its line ending.
    pub fn line_text<'a>(&self, source: &'a str, line: u32) -> &'a str {
        let idx = line.max(1) as usize - 1;
        if idx >= self.starts.len() {
            return "";
        }
        let start = self.starts[idx] as usize;
        let end = self.starts.get(idx + 1).map(|e| *e as usize).unwrap_or(source.len());
        source.get(start..end).unwrap_or("")
    }

    /// Number of lines.
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }
}
