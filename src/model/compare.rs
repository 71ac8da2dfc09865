//! Before and after: matching the lots of this round with those of an earlier analysis.

use std::collections::BTreeMap;

use super::lot::LotId;
use super::workshop::Workshop;

/// Which earlier lot each current lot corresponds to.
pub type LotMatches = BTreeMap<LotId, LotId>;

/// A name reduced for matching: trimmed, lower case, single spaces.
pub fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Matches lots by name (ignoring case and extra spaces); each earlier lot is used at most once.
pub fn match_by_name(current: &Workshop, earlier: &Workshop) -> LotMatches {
    let mut by_name: BTreeMap<String, LotId> = BTreeMap::new();
    for lot in &earlier.lots {
        by_name.entry(name_key(&lot.name)).or_insert(lot.id);
    }
    let mut matches = LotMatches::new();
    for lot in &current.lots {
        if let Some(id) = by_name.remove(&name_key(&lot.name)) {
            matches.insert(lot.id, id);
        }
    }
    matches
}

/// Sets (or with `None` removes) the match of one current lot by hand; an earlier lot matched
/// to another current lot is taken away from it.
pub fn set_match(matches: &mut LotMatches, current: LotId, earlier: Option<LotId>) {
    match earlier {
        Some(earlier) => {
            matches.retain(|_, e| *e != earlier);
            matches.insert(current, earlier);
        }
        None => {
            matches.remove(&current);
        }
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal::Decimal;

    use super::*;
    use crate::model::Lot;

    fn workshop(names: &[(u32, &str)]) -> Workshop {
        Workshop {
            lots: names
                .iter()
                .map(|(id, name)| Lot::new(LotId(*id), *name, Decimal::ONE))
                .collect(),
            ..Workshop::default()
        }
    }

    #[test]
    fn lots_match_by_name_ignoring_case_and_spaces() {
        let now = workshop(&[
            (1, "Dagbesteding (Wmo)"),
            (2, "Nieuw perceel"),
            (3, "Pleegzorg"),
        ]);
        let then = workshop(&[
            (7, "dagbesteding  (wmo)"),
            (8, "Pleegzorg"),
            (9, "Oud perceel"),
        ]);
        let matches = match_by_name(&now, &then);
        assert_eq!(matches.get(&LotId(1)), Some(&LotId(7)));
        assert_eq!(matches.get(&LotId(3)), Some(&LotId(8)));
        assert_eq!(matches.get(&LotId(2)), None);
    }

    #[test]
    fn a_manual_match_moves_the_earlier_lot() {
        let mut matches = LotMatches::from([(LotId(1), LotId(7))]);
        set_match(&mut matches, LotId(2), Some(LotId(7)));
        assert_eq!(matches, LotMatches::from([(LotId(2), LotId(7))]));
        set_match(&mut matches, LotId(2), None);
        assert!(matches.is_empty());
    }
}
