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
    let said = self::changes(changes, lang);
    let mut chars = said.chars();
    let first = chars.next().map(|c| c.to_uppercase().collect::<String>());
    let limit = if changes.shortened {
        match lang {
            Lang::Dutch => format!(" Een naam heeft hoogstens {NAME_MAX} tekens."),
            Lang::English => format!(" A name has at most {NAME_MAX} characters."),
        }
    } else {
        String::new()
    };
    format!("{}{}.{limit}", first.unwrap_or_default(), chars.as_str())
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
            "Regeleinden en tabs zijn spaties geworden, onzichtbare tekens en stuurtekens zijn weggelaten, ingekort tot 200 tekens. Een naam heeft hoogstens 200 tekens."
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
