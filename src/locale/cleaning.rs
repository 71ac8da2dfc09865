//! What the one rule for texts changed, in words: the remark under a field, and the part of a
//! remark of an import or a loaded file.

use super::Lang;
use crate::model::text::{NAME_MAX, TextChanges};

/// The changes, as a list of short clauses ("line breaks became spaces, …").
pub fn changes(changes: TextChanges, lang: Lang) -> String {
    let dutch = lang == Lang::Dutch;
    let mut parts: Vec<String> = Vec::new();
    if changes.breaks {
        parts.push(if dutch {
            "regeleinden en tabs zijn spaties geworden".into()
        } else {
            "line breaks and tabs became spaces".into()
        });
    }
    if changes.hidden {
        parts.push(if dutch {
            "onzichtbare tekens en stuurtekens zijn weggelaten".into()
        } else {
            "invisible and control characters were removed".into()
        });
    }
    if changes.shortened {
        parts.push(if dutch {
            format!("ingekort tot {NAME_MAX} tekens")
        } else {
            format!("shortened to {NAME_MAX} characters")
        });
    }
    if changes.spaces && parts.is_empty() {
        parts.push(if dutch {
            "overtollige spaties zijn weggelaten".into()
        } else {
            "extra spaces were removed".into()
        });
    }
    parts.join(", ")
}

/// The remark under a field whose typed or pasted text was cleaned.
pub fn remark(changes: TextChanges, lang: Lang) -> String {
    let mut sentences = Vec::new();
    let others = TextChanges {
        shortened: false,
        ..changes
    };
    if others.breaks || others.hidden {
        let said = self::changes(others, lang);
        let mut chars = said.chars();
        let first: String = chars
            .next()
            .map(char::to_uppercase)
            .into_iter()
            .flatten()
            .collect();
        sentences.push(format!("{first}{}.", chars.as_str()));
    }
    if changes.shortened {
        sentences.push(match lang {
            Lang::Dutch => {
                format!("Een naam heeft hoogstens {NAME_MAX} tekens; de rest is weggelaten.")
            }
            Lang::English => {
                format!("A name has at most {NAME_MAX} characters; the rest was left out.")
            }
        });
    }
    sentences.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_change_is_said_in_both_languages() {
        let all = TextChanges {
            breaks: true,
            hidden: true,
            spaces: true,
            shortened: true,
        };
        let nl = remark(all, Lang::Dutch);
        assert_eq!(
            nl,
            "Regeleinden en tabs zijn spaties geworden, onzichtbare tekens en stuurtekens zijn weggelaten. Een naam heeft hoogstens 200 tekens; de rest is weggelaten."
        );
        assert!(remark(all, Lang::English).starts_with("Line breaks and tabs became spaces"));
        let spaces = TextChanges {
            spaces: true,
            ..TextChanges::default()
        };
        assert_eq!(
            changes(spaces, Lang::Dutch),
            "overtollige spaties zijn weggelaten"
        );
    }
}
