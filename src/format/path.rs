//! Where a value sits in a workshop file: a path like `lots[3].scores.impact`, and a
//! line-and-column position.

use std::fmt;

/// A place in a file, both counted from 1 (columns in characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

impl Position {
    /// The position just after the last character of `text`.
    pub fn end_of(text: &str) -> Position {
        let line = 1 + text.matches('\n').count();
        let column = 1 + text.chars().rev().take_while(|c| *c != '\n').count();
        Position { line, column }
    }

    /// The position of byte `offset` in `bytes` (which need not be valid UTF-8 after it).
    pub fn of_byte(bytes: &[u8], offset: usize) -> Position {
        let before = &bytes[..offset.min(bytes.len())];
        let line = 1 + before.iter().filter(|b| **b == b'\n').count();
        let line_start = before
            .iter()
            .rposition(|b| *b == b'\n')
            .map_or(0, |p| p + 1);
        let column = 1 + String::from_utf8_lossy(&before[line_start..])
            .chars()
            .count();
        Position { line, column }
    }
}

impl From<ron::error::Position> for Position {
    fn from(p: ron::error::Position) -> Position {
        Position {
            line: p.line,
            column: p.col,
        }
    }
}

/// One step of a path: a field name or a list index.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Segment {
    /// A named field.
    Field(String),
    /// An element of a list, from 0.
    Index(usize),
}

/// A path from the top of the file to a value.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct FieldPath(pub Vec<Segment>);

impl FieldPath {
    /// A path of one field.
    pub fn field(name: &str) -> FieldPath {
        FieldPath(vec![Segment::Field(name.to_string())])
    }

    /// This path with a field added.
    pub fn then(&self, name: &str) -> FieldPath {
        let mut segments = self.0.clone();
        segments.push(Segment::Field(name.to_string()));
        FieldPath(segments)
    }

    /// This path with a list index added.
    pub fn at(&self, index: usize) -> FieldPath {
        let mut segments = self.0.clone();
        segments.push(Segment::Index(index));
        FieldPath(segments)
    }

    /// The path of `lots[index]`.
    pub fn lot(index: usize) -> FieldPath {
        FieldPath::field("lots").at(index)
    }

    /// The index of the lot this path is in, if any.
    pub fn lot_index(&self) -> Option<usize> {
        match self.0.as_slice() {
            [Segment::Field(f), Segment::Index(i), ..] if f == "lots" => Some(*i),
            _ => None,
        }
    }

    /// The last field name on the path.
    pub fn last_field(&self) -> Option<&str> {
        self.0.iter().rev().find_map(|s| match s {
            Segment::Field(f) => Some(f.as_str()),
            Segment::Index(_) => None,
        })
    }

    /// Converts a path reported by `serde_ignored`.
    pub(crate) fn from_ignored(path: &serde_ignored::Path<'_>) -> FieldPath {
        let mut segments = Vec::new();
        let mut current = path;
        loop {
            match current {
                serde_ignored::Path::Root => break,
                serde_ignored::Path::Seq { parent, index } => {
                    segments.push(Segment::Index(*index));
                    current = parent;
                }
                serde_ignored::Path::Map { parent, key } => {
                    segments.push(Segment::Field(key.clone()));
                    current = parent;
                }
                serde_ignored::Path::Some { parent }
                | serde_ignored::Path::NewtypeStruct { parent }
                | serde_ignored::Path::NewtypeVariant { parent } => current = parent,
            }
        }
        segments.reverse();
        FieldPath(segments)
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Field(name) if i == 0 => write!(f, "{name}")?,
                Segment::Field(name) => write!(f, ".{name}")?,
                Segment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_print_like_code() {
        let path = FieldPath::lot(3).then("scores").then("impact");
        assert_eq!(path.to_string(), "lots[3].scores.impact");
        assert_eq!(path.lot_index(), Some(3));
        assert_eq!(path.last_field(), Some("impact"));
        assert_eq!(FieldPath::field("title").lot_index(), None);
    }

    #[test]
    fn positions_count_characters() {
        assert_eq!(Position::end_of(""), Position { line: 1, column: 1 });
        assert_eq!(Position::end_of("ab\n€x"), Position { line: 2, column: 3 });
        let bytes = b"a\n\xe2\x82\xacb\xff";
        assert_eq!(Position::of_byte(bytes, 6), Position { line: 2, column: 3 });
    }
}
