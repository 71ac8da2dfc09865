//! Finds where each field of a RON text starts, so problems found after parsing can be
//! reported with a line and column.
//!
//! The scanner is a small loop over tokens with an explicit stack: it never recurses, so no
//! input can overflow the call stack. It only runs on text that already parsed.

use std::collections::HashMap;

use super::path::{FieldPath, Position, Segment};

/// Deeper nesting than this is not mapped (the loader refuses far less deep files anyway).
const MAX_DEPTH: usize = 256;

/// Positions of fields and list elements in a RON text.
#[derive(Debug, Default)]
pub struct SourceMap {
    positions: HashMap<FieldPath, Position>,
}

impl SourceMap {
    /// The position of the value (or of the field name) at `path`, or of the nearest
    /// enclosing value that has one.
    pub fn position(&self, path: &FieldPath) -> Option<Position> {
        let mut segments = path.0.clone();
        loop {
            if let Some(p) = self.positions.get(&FieldPath(segments.clone())) {
                return Some(*p);
            }
            segments.pop()?;
        }
    }

    /// Scans `text`.
    pub fn scan(text: &str) -> SourceMap {
        Scanner::new(text).run()
    }
}

struct Frame {
    /// `(`, `[` or `{`.
    open: char,
    /// How many segments this frame has pushed onto the path (0 or 1).
    pushed: usize,
    /// The next list index, for `[` frames.
    next_index: usize,
    /// True right after the opening bracket or a comma.
    expect_value: bool,
}

struct Scanner<'a> {
    chars: std::iter::Peekable<std::str::CharIndices<'a>>,
    text: &'a str,
    line: usize,
    column: usize,
    path: Vec<Segment>,
    frames: Vec<Frame>,
    map: SourceMap,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Scanner<'a> {
        Scanner {
            chars: text.char_indices().peekable(),
            text,
            line: 1,
            column: 1,
            path: Vec::new(),
            frames: Vec::new(),
            map: SourceMap::default(),
        }
    }

    fn bump(&mut self) -> Option<char> {
        let (_, c) = self.chars.next()?;
        if c == '\n' {
            self.line += 1;
            self.column = 1;
        } else {
            self.column += 1;
        }
        Some(c)
    }

    fn peek(&mut self) -> Option<char> {
        self.chars.peek().map(|(_, c)| *c)
    }

    fn here(&self) -> Position {
        Position {
            line: self.line,
            column: self.column,
        }
    }

    fn record(&mut self, at: Position) {
        self.map
            .positions
            .entry(FieldPath(self.path.clone()))
            .or_insert(at);
    }

    /// Skips whitespace and comments.
    fn skip_trivia(&mut self) {
        loop {
            match self.peek() {
                Some(c) if c.is_whitespace() => {
                    self.bump();
                }
                Some('/') => {
                    let rest = self.rest();
                    if rest.starts_with("//") {
                        while self.peek().is_some_and(|c| c != '\n') {
                            self.bump();
                        }
                    } else if rest.starts_with("/*") {
                        self.bump();
                        self.bump();
                        let mut depth = 1usize;
                        while depth > 0 {
                            let rest = self.rest();
                            if rest.is_empty() {
                                return;
                            } else if rest.starts_with("*/") {
                                depth -= 1;
                                self.bump();
                                self.bump();
                            } else if rest.starts_with("/*") {
                                depth += 1;
                                self.bump();
                                self.bump();
                            } else {
                                self.bump();
                            }
                        }
                    } else {
                        return;
                    }
                }
                _ => return,
            }
        }
    }

    fn rest(&mut self) -> &'a str {
        match self.chars.peek() {
            Some((i, _)) => &self.text[*i..],
            None => "",
        }
    }

    fn skip_string(&mut self, quote: char) {
        while let Some(c) = self.bump() {
            if c == '\\' {
                self.bump();
            } else if c == quote {
                return;
            }
        }
    }

    fn skip_raw_string(&mut self) {
        // At `r`: count the hashes, then find `"` followed by as many hashes.
        self.bump();
        let mut hashes = 0;
        while self.peek() == Some('#') {
            hashes += 1;
            self.bump();
        }
        if self.peek() != Some('"') {
            return;
        }
        self.bump();
        let closing: String = std::iter::once('"')
            .chain(std::iter::repeat_n('#', hashes))
            .collect();
        while !self.rest().is_empty() {
            if self.rest().starts_with(closing.as_str()) {
                for _ in 0..closing.chars().count() {
                    self.bump();
                }
                return;
            }
            self.bump();
        }
    }

    /// Reads a run of identifier or number characters.
    fn word(&mut self) -> String {
        let mut word = String::new();
        while let Some(c) = self.peek() {
            if c.is_alphanumeric() || matches!(c, '_' | '.' | '+' | '-') {
                word.push(c);
                self.bump();
            } else {
                break;
            }
        }
        word
    }

    /// Called at the start of each value: in a list, the value gets the next index.
    fn value_starts(&mut self, at: Position) {
        if let Some(frame) = self.frames.last_mut() {
            if frame.open == '[' && frame.expect_value {
                if frame.pushed == 1 {
                    self.path.pop();
                }
                self.path.push(Segment::Index(frame.next_index));
                frame.next_index += 1;
                frame.pushed = 1;
                frame.expect_value = false;
                self.record(at);
            } else {
                frame.expect_value = false;
            }
        }
    }

    fn run(mut self) -> SourceMap {
        loop {
            self.skip_trivia();
            let at = self.here();
            let Some(c) = self.peek() else { break };
            match c {
                '#' => {
                    // An attribute such as `#![enable(implicit_some)]`: skip to its `]`.
                    while let Some(c) = self.bump() {
                        if c == ']' {
                            break;
                        }
                    }
                }
                '(' | '[' | '{' => {
                    if self.frames.len() >= MAX_DEPTH {
                        break;
                    }
                    self.value_starts(at);
                    self.bump();
                    self.frames.push(Frame {
                        open: c,
                        pushed: 0,
                        next_index: 0,
                        expect_value: true,
                    });
                }
                ')' | ']' | '}' => {
                    self.bump();
                    if let Some(frame) = self.frames.pop() {
                        for _ in 0..frame.pushed {
                            self.path.pop();
                        }
                    }
                }
                ',' => {
                    self.bump();
                    if let Some(frame) = self.frames.last_mut() {
                        frame.expect_value = true;
                    }
                }
                ':' => {
                    self.bump();
                }
                '"' | '\'' => {
                    self.value_starts(at);
                    self.bump();
                    self.skip_string(c);
                }
                'r' if matches!(self.rest().as_bytes().get(1), Some(b'#' | b'"')) => {
                    self.value_starts(at);
                    self.skip_raw_string();
                }
                'b' if matches!(self.rest().as_bytes().get(1), Some(b'"' | b'\'')) => {
                    self.value_starts(at);
                    self.bump();
                    let quote = self.bump().unwrap_or('"');
                    self.skip_string(quote);
                }
                c if c.is_alphanumeric() || matches!(c, '_' | '.' | '+' | '-') => {
                    let word = self.word();
                    self.skip_trivia();
                    let in_struct = self.frames.last().is_some_and(|f| f.open == '(');
                    if in_struct && self.peek() == Some(':') {
                        // A field name: replace this frame's current field.
                        if let Some(frame) = self.frames.last_mut() {
                            if frame.pushed == 1 {
                                self.path.pop();
                            }
                            frame.pushed = 1;
                            frame.expect_value = false;
                        }
                        self.path.push(Segment::Field(word));
                        self.record(at);
                    } else {
                        self.value_starts(at);
                    }
                }
                _ => {
                    self.bump();
                }
            }
        }
        self.map
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_fields_and_list_elements() {
        let text = "// comment (with: brackets]\n#![enable(implicit_some)]\n(\n    title: \"a, (b)\",\n    lots: [\n        (id: 1, name: r#\"x\"#),\n        (\n            id: 2,\n            scores: (impact: Some(7), /* note: ) */ scarcity: None),\n        ),\n    ],\n)\n";
        let map = SourceMap::scan(text);
        let at = |path: FieldPath| map.position(&path).map(|p| (p.line, p.column));
        assert_eq!(at(FieldPath::field("title")), Some((4, 5)));
        assert_eq!(at(FieldPath::field("lots")), Some((5, 5)));
        assert_eq!(at(FieldPath::lot(0)), Some((6, 9)));
        assert_eq!(at(FieldPath::lot(0).then("name")), Some((6, 17)));
        assert_eq!(at(FieldPath::lot(1).then("id")), Some((8, 13)));
        assert_eq!(
            at(FieldPath::lot(1).then("scores").then("impact")),
            Some((9, 22))
        );
        assert_eq!(
            at(FieldPath::lot(1).then("scores").then("scarcity")),
            Some((9, 53))
        );
        // Unknown paths fall back to the nearest known parent.
        assert_eq!(at(FieldPath::lot(1).then("decision")), Some((7, 9)));
    }

    #[test]
    fn survives_deep_and_broken_input() {
        let deep = "[".repeat(200_000);
        let map = SourceMap::scan(&deep);
        assert!(map.position(&FieldPath::field("lots")).is_none());
        SourceMap::scan(")))]]]\"unterminated");
        SourceMap::scan("/* never closed");
    }
}
