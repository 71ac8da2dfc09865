//! The layers of `src/` hold: each folder imports only the folders below it
//! (docs/architecture.md). The test reads every `crate::` and `super::` path in the code and
//! the doc comments (rustdoc resolves their links), outside `#[cfg(test)]` items.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Each module at the top of `src/` and its place, lowest first: the eight layers, and the
/// files beside them. `logging` imports no layer and serves all (0); `examples` reads the
/// example workshops through `format` (3); `fuzzing` is an entry point like `main.rs` (9).
const PLACES: [(&str, u8); 11] = [
    ("logging", 0),
    ("model", 1),
    ("locale", 2),
    ("format", 3),
    ("examples", 3),
    ("interchange", 4),
    ("chart", 5),
    ("report", 6),
    ("ui", 7),
    ("cli", 8),
    ("fuzzing", 9),
];

fn place(unit: &str) -> Option<u8> {
    PLACES.iter().find(|(name, _)| *name == unit).map(|p| p.1)
}

/// A path into a module at the top of `src/`, and the line it is on.
#[derive(Debug, PartialEq, Eq)]
struct Import {
    line: usize,
    unit: String,
}

/// What one file holds: its imports, and the files of its `#[cfg(test)] mod name;` items.
#[derive(Debug, Default)]
struct Scan {
    imports: Vec<Import>,
    test_files: Vec<String>,
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn blank(c: char) -> char {
    if c == '\n' { '\n' } else { ' ' }
}

#[derive(Clone, Copy, PartialEq)]
enum Span {
    Comment,
    Doc,
    Literal,
}

/// The comment or literal starting at `i`, if one does, and where it ends.
fn span_at(s: &[char], i: usize) -> Option<(Span, usize)> {
    let at = |k: usize| s.get(k).copied().unwrap_or('\0');
    match (at(i), at(i + 1)) {
        ('/', '/') => {
            let end = (i..s.len()).find(|&k| s[k] == '\n').unwrap_or(s.len());
            let doc = (at(i + 2) == '/' && at(i + 3) != '/') || at(i + 2) == '!';
            Some((if doc { Span::Doc } else { Span::Comment }, end))
        }
        ('/', '*') => {
            let mut depth = 0;
            let mut k = i;
            while k < s.len() {
                match (at(k), at(k + 1)) {
                    ('/', '*') => (depth, k) = (depth + 1, k + 2),
                    ('*', '/') => (depth, k) = (depth - 1, k + 2),
                    _ => k += 1,
                }
                if depth == 0 {
                    break;
                }
            }
            let doc = (at(i + 2) == '*' && !matches!(at(i + 3), '*' | '/')) || at(i + 2) == '!';
            Some((if doc { Span::Doc } else { Span::Comment }, k))
        }
        ('"', _) => Some((Span::Literal, string_end(s, i + 1))),
        ('\'', '\\') => {
            let end = (i + 3..s.len()).find(|&k| s[k] == '\'').unwrap_or(s.len());
            Some((Span::Literal, end + 1))
        }
        ('\'', _) if at(i + 2) == '\'' => Some((Span::Literal, i + 3)),
        ('r' | 'b' | 'c', _) if i == 0 || !is_ident(s[i - 1]) => prefixed_string(s, i),
        _ => None,
    }
}

/// Where a string whose text starts at `i` ends, after its closing quote.
fn string_end(s: &[char], mut i: usize) -> usize {
    while i < s.len() && s[i] != '"' {
        i += if s[i] == '\\' { 2 } else { 1 };
    }
    i + 1
}

/// A byte, C or raw string (`b"…"`, `r#"…"#`, `br"…"`) starting at `i`.
fn prefixed_string(s: &[char], i: usize) -> Option<(Span, usize)> {
    let mut k = i + usize::from(s[i] != 'r');
    if s.get(k) == Some(&'"') {
        return Some((Span::Literal, string_end(s, k + 1)));
    }
    if s.get(k) != Some(&'r') {
        return None;
    }
    k += 1;
    let hashes = s[k..].iter().take_while(|&&c| c == '#').count();
    if s.get(k + hashes) != Some(&'"') {
        return None;
    }
    let close: Vec<char> = std::iter::once('"')
        .chain("#".repeat(hashes).chars())
        .collect();
    let from = k + hashes + 1;
    let end = (from..s.len())
        .find(|&e| s[e..].starts_with(&close))
        .map_or(s.len(), |e| e + close.len());
    Some((Span::Literal, end))
}

/// The source as two texts of its length: the code, with comments and literals blanked, and
/// the doc comments alone. Line breaks stay in both, so positions keep their line.
fn split(source: &str) -> (Vec<char>, Vec<char>) {
    let s: Vec<char> = source.chars().collect();
    let mut code = s.clone();
    let mut docs: Vec<char> = s.iter().map(|&c| blank(c)).collect();
    let mut i = 0;
    while i < s.len() {
        let Some((span, end)) = span_at(&s, i) else {
            i += 1;
            continue;
        };
        let end = end.min(s.len());
        for k in i..end {
            code[k] = blank(s[k]);
            if span == Span::Doc {
                docs[k] = s[k];
            }
        }
        i = end;
    }
    (code, docs)
}

/// The end of `pattern` matched at `i`, whitespace allowed between its characters.
fn matches(code: &[char], mut i: usize, pattern: &str) -> Option<usize> {
    for want in pattern.chars() {
        while code.get(i).is_some_and(|c| c.is_whitespace()) {
            i += 1;
        }
        if code.get(i) != Some(&want) {
            return None;
        }
        i += 1;
    }
    Some(i)
}

/// Where the bracket opened at `i` closes, after it.
fn closing(code: &[char], i: usize) -> usize {
    let mut depth = 0;
    for (k, c) in code.iter().enumerate().skip(i) {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            _ => {}
        }
        if depth == 0 {
            return k + 1;
        }
    }
    code.len()
}

/// The end of the item starting at `i`, after its other attributes: its `;` or its block.
fn item_end(code: &[char], mut i: usize) -> usize {
    loop {
        while code.get(i).is_some_and(|c| c.is_whitespace()) {
            i += 1;
        }
        match matches(code, i, "#[") {
            Some(open) => i = closing(code, open - 1),
            None => break,
        }
    }
    let mut k = i;
    while k < code.len() {
        match code[k] {
            ';' => return k + 1,
            '{' => return closing(code, k),
            '(' | '[' => k = closing(code, k),
            _ => k += 1,
        }
    }
    code.len()
}

/// Blanks the `#[cfg(test)]` items in `code` and `docs`; returns the names of the test
/// modules in files of their own (`#[cfg(test)] mod tests;`).
fn drop_test_items(code: &mut [char], docs: &mut [char]) -> Vec<String> {
    let inner = |i: usize| code[i] == '#' && matches(code, i, "#![cfg(test)]").is_some();
    if (0..code.len()).any(inner) {
        code.iter_mut()
            .chain(docs.iter_mut())
            .for_each(|c| *c = blank(*c));
        return Vec::new();
    }
    let mut files = Vec::new();
    let mut i = 0;
    while i < code.len() {
        let Some(after) = Some(i)
            .filter(|&i| code[i] == '#')
            .and_then(|i| matches(code, i, "#[cfg(test)]"))
        else {
            i += 1;
            continue;
        };
        let end = item_end(code, after);
        let item: String = code[after..end].iter().collect();
        let words: Vec<&str> = item.split_whitespace().collect();
        if let [.., "mod", name] = words.as_slice()
            && let Some(name) = name.strip_suffix(';')
        {
            files.push(name.to_string());
        }
        for k in i..end {
            code[k] = blank(code[k]);
            docs[k] = blank(docs[k]);
        }
        i = end;
    }
    files
}

/// The identifier at `i` and where it ends, if one starts there.
fn word_at(text: &[char], i: usize) -> Option<(String, usize)> {
    let first = *text.get(i)?;
    if !(first.is_alphabetic() || first == '_') || (i > 0 && is_ident(text[i - 1])) {
        return None;
    }
    let end = (i..text.len())
        .find(|&k| !is_ident(text[k]))
        .unwrap_or(text.len());
    Some((text[i..end].iter().collect(), end))
}

/// The first names of the path tree at `i` (one name, or each entry of a `{…}` group).
fn tree_heads(text: &[char], i: usize) -> Vec<(usize, String)> {
    let Some(i) = (i..text.len()).find(|&k| !text[k].is_whitespace()) else {
        return Vec::new();
    };
    if text[i] != '{' {
        return word_at(text, i).map(|(w, _)| (i, w)).into_iter().collect();
    }
    let (mut heads, mut depth, mut entry) = (Vec::new(), 0, true);
    for k in i..text.len() {
        let c = text[k];
        if entry && depth == 1 && !c.is_whitespace() {
            entry = false;
            heads.extend(word_at(text, k).map(|(w, _)| (k, w)));
        }
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 1 => entry = true,
            _ => {}
        }
        if depth == 0 {
            break;
        }
    }
    heads
}

/// The paths in `text` into modules at the top of `src/`, read from the file of `module`
/// (its path of modules, `["report", "pdf", "sections"]` for `src/report/pdf/sections.rs`).
fn imports(text: &[char], module: &[String]) -> Vec<Import> {
    let line = |at: usize| 1 + text[..at].iter().filter(|&&c| c == '\n').count();
    let mut found = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let Some((word, end)) = word_at(text, i) else {
            i += 1;
            continue;
        };
        let start = i;
        i = end;
        let Some(mut rest) = matches(text, end, "::") else {
            continue;
        };
        let mut base = match word.as_str() {
            "crate" => Vec::new(),
            "super" if !module.is_empty() => module[..module.len() - 1].to_vec(),
            _ => continue,
        };
        if word == "super" {
            // Each further `super::` climbs one module more, out of the layer if far enough.
            while let Some(next) = (rest..text.len()).find(|&k| !text[k].is_whitespace())
                && let Some((next, next_end)) = word_at(text, next)
                && next == "super"
                && let Some(after) = matches(text, next_end, "::")
            {
                base.pop();
                rest = after;
            }
        }
        match base.first() {
            Some(unit) => found.push(Import {
                line: line(start),
                unit: unit.clone(),
            }),
            None => found.extend(tree_heads(text, rest).into_iter().map(|(at, unit)| Import {
                line: line(at),
                unit,
            })),
        }
        i = rest;
    }
    found
}

/// Reads one file of `module`.
fn scan(source: &str, module: &[String]) -> Scan {
    let (mut code, mut docs) = split(source);
    let test_files = drop_test_items(&mut code, &mut docs);
    let mut found = imports(&code, module);
    found.extend(imports(&docs, module));
    found.sort_by_key(|import| import.line);
    Scan {
        imports: found,
        test_files,
    }
}

/// The modules of a file under `src/`: `report/pdf/sections.rs` is `report::pdf::sections`,
/// `interchange/sheet/mod.rs` is `interchange::sheet` and `lib.rs` is the crate itself.
fn module_of(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts
}

/// The file a `#[cfg(test)] mod name;` in `relative` reads.
fn test_file_candidates(relative: &Path, name: &str) -> [PathBuf; 2] {
    let own = matches!(
        relative.file_name().and_then(|n| n.to_str()),
        Some("mod.rs" | "lib.rs")
    );
    let folder = if own {
        relative.parent().unwrap_or(Path::new("")).to_path_buf()
    } else {
        relative.with_extension("")
    };
    [
        folder.join(format!("{name}.rs")),
        folder.join(name).join("mod.rs"),
    ]
}

fn rust_files(folder: &Path, found: &mut Vec<PathBuf>) {
    let entries = fs::read_dir(folder).expect("read a folder of src/");
    for entry in entries.map(|e| e.expect("read a folder entry").path()) {
        if entry.is_dir() {
            rust_files(&entry, found);
        } else if entry.extension().is_some_and(|e| e == "rs") {
            found.push(entry);
        }
    }
}

/// Every file of `src/` that belongs to the library, with its scan, test files left out.
/// `main.rs` and `bin/` are programs of their own, which reach the library by its name.
fn library() -> Vec<(PathBuf, Vec<String>, Scan)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut scanned = Vec::new();
    let mut tests = BTreeSet::new();
    for file in files {
        let relative = file.strip_prefix(&src).expect("under src/").to_path_buf();
        if relative == Path::new("main.rs") || relative.starts_with("bin") {
            continue;
        }
        let source = fs::read_to_string(&file).expect("read a source file");
        let module = module_of(&relative);
        let scan = scan(&source, &module);
        for name in &scan.test_files {
            tests.extend(test_file_candidates(&relative, name));
        }
        scanned.push((relative, module, scan));
    }
    scanned.retain(|(relative, _, _)| !tests.contains(relative));
    scanned.sort_by(|a, b| a.0.cmp(&b.0));
    scanned
}

/// What is wrong with the imports of one file of `module`, a sentence for each.
fn violations(file: &str, module: &[String], scan: &Scan) -> Vec<String> {
    let Some(own) = module.first() else {
        return Vec::new();
    };
    let Some(own_place) = place(own) else {
        return vec![format!(
            "src/{file}: `{own}` has no place in the layers (PLACES in tests/architecture.rs)"
        )];
    };
    let mut found = Vec::new();
    for Import { line, unit } in &scan.imports {
        match place(unit) {
            None => found.push(format!(
                "src/{file}:{line}: `{own}` imports `{unit}`, which has no place in the layers"
            )),
            Some(to) if to > own_place => found.push(format!(
                "src/{file}:{line}: `{own}` (layer {own_place}) imports `{unit}` (layer {to}), \
                 a layer above it"
            )),
            Some(_) => {}
        }
    }
    found
}

#[test]
fn each_layer_imports_only_the_layers_below_it() {
    let library = library();
    let mut wrong = Vec::new();
    // How many imports of a lower layer each layer has.
    let mut below = BTreeMap::<&str, usize>::new();
    for (relative, module, scan) in &library {
        let file = relative.to_string_lossy().replace('\\', "/");
        wrong.extend(violations(&file, module, scan));
        let Some(own) = module.first() else { continue };
        let lower = |i: &&Import| place(&i.unit).zip(place(own)).is_some_and(|(to, o)| to < o);
        *below.entry(own).or_default() += scan.imports.iter().filter(lower).count();
    }
    assert!(
        wrong.is_empty(),
        "Imports against the order of the layers (docs/architecture.md):\n{}",
        wrong.join("\n")
    );
    // The reader must see what it checks: hundreds of imports, from every layer above model.
    assert!(library.len() > 100, "{} files read", library.len());
    let total: usize = below.values().sum();
    assert!(total >= 300, "only {total} imports of a lower layer found");
    for (layer, _) in PLACES.iter().filter(|(_, rank)| (2..=8).contains(rank)) {
        assert!(
            below.get(layer) > Some(&0),
            "`{layer}` imports no lower layer"
        );
    }
}

#[test]
fn every_module_at_the_top_of_src_has_a_place() {
    let lib = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs"))
        .expect("read src/lib.rs");
    let (code, _) = split(&lib);
    let code: String = code.iter().collect();
    let words: Vec<&str> = code.split_whitespace().collect();
    let modules: Vec<&str> = (words.windows(2))
        .filter(|w| w[0] == "mod")
        .map(|w| w[1].trim_end_matches(';'))
        .collect();
    assert!(modules.len() >= 8, "{modules:?}");
    for module in modules {
        assert!(place(module).is_some(), "`{module}` has no place in PLACES");
    }
}

// The reader itself, on small texts, so that it cannot pass by finding nothing.

fn units(source: &str, module: &str) -> Vec<(usize, String)> {
    let module: Vec<String> = module.split("::").map(String::from).collect();
    let scan = scan(source, &module);
    scan.imports.into_iter().map(|i| (i.line, i.unit)).collect()
}

fn pairs(expected: &[(usize, &str)]) -> Vec<(usize, String)> {
    expected.iter().map(|(l, u)| (*l, u.to_string())).collect()
}

#[test]
fn the_reader_finds_single_and_grouped_paths() {
    let source = "use crate::model::Lot;\n\
                  use crate::{\n    locale::Lang,\n    report::{self, svg},\n};\n\
                  fn f() -> crate :: chart::Scene { todo!() }\n\
                  pub(crate) fn g() {}\npub(super) struct S;\n";
    assert_eq!(
        units(source, "ui::app"),
        pairs(&[(1, "model"), (3, "locale"), (4, "report"), (6, "chart")])
    );
}

#[test]
fn the_reader_leaves_out_test_items_comments_and_literals_but_reads_doc_links() {
    let source = "use crate::model::Lot;\n\
                  #[cfg(test)]\n#[allow(unused)]\nmod tests {\n    use crate::ui::App;\n    \
                  fn f() { let _ = \"}\"; }\n}\n\
                  #[cfg(test)]\nuse crate::cli;\n\
                  // crate::ui is above\nlet s = \"crate::cli\";\nlet r = r#\"crate::ui\"#;\n\
                  let q = '\"'; fn h<'a>(x: &'a str) {}\n\
                  /* crate::ui */ /// See [`crate::chart::Scene`].\n\
                  use crate::locale::Lang;\n";
    assert_eq!(
        units(source, "report::svg"),
        pairs(&[(1, "model"), (14, "chart"), (15, "locale")])
    );
    let module = vec!["model".to_string(), "planning".to_string()];
    let scan = scan("#[cfg(test)]\nmod tests;\n", &module);
    assert_eq!(scan.test_files, ["tests"]);
    assert!(scan.imports.is_empty());
    let [file, folder] = test_file_candidates(Path::new("model/planning.rs"), "tests");
    assert_eq!(file, Path::new("model/planning/tests.rs"));
    assert_eq!(folder, Path::new("model/planning/tests/mod.rs"));
    assert_eq!(
        module_of(Path::new("interchange/sheet/mod.rs")),
        ["interchange", "sheet"]
    );
    assert!(module_of(Path::new("lib.rs")).is_empty());
}

#[test]
fn the_reader_follows_super_out_of_a_layer() {
    let source = "x(super::super::interchange::sheet::read::MAX_CELLS);\n\
                  use super::number::format_euro;\n";
    assert_eq!(
        units(source, "locale::sheet_messages"),
        pairs(&[(1, "interchange"), (2, "locale")])
    );
    assert_eq!(
        units(
            "plan.flags(super::super::today());",
            "report::pdf::sections"
        ),
        pairs(&[(1, "report")])
    );
    assert_eq!(
        units("use super::{model::Lot, ui};", "locale"),
        pairs(&[(1, "model"), (1, "ui")])
    );
}

#[test]
fn an_import_against_the_order_names_the_file_the_line_and_both_layers() {
    let module = vec!["model".to_string(), "lot".to_string()];
    let source = "use crate::model::Lot;\nuse crate::locale::Lang;\nuse crate::{ui, gadgets};\n";
    assert_eq!(
        violations("model/lot.rs", &module, &scan(source, &module)),
        [
            "src/model/lot.rs:2: `model` (layer 1) imports `locale` (layer 2), a layer above it",
            "src/model/lot.rs:3: `model` (layer 1) imports `ui` (layer 7), a layer above it",
            "src/model/lot.rs:3: `model` imports `gadgets`, which has no place in the layers",
        ]
    );
    let cli = vec!["cli".to_string()];
    assert!(violations("cli/mod.rs", &cli, &scan("use crate::ui::run;", &cli)).is_empty());
}
