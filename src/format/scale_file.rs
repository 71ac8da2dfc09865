//! The scale as files hold it: in the built-in `assets/templates/scales/standaard.ron` and as a
//! workshop file's own copy (`scale:`, since format version 8). Four levels per criterion, each
//! with a meaning and an example in Dutch and English, and the suggestion's thresholds.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::decimal_text::DecimalText;
use super::error::ScaleProblem;
use crate::model::scale::{LevelText, Scale, SuggestionRule};
use crate::model::{Bilingual, Criterion};

/// The built-in scale's text.
const STANDARD: &str = include_str!("../../assets/templates/scales/standaard.ron");

#[derive(Debug, Default, Serialize, Deserialize)]
pub(crate) struct TextPair {
    #[serde(default)]
    pub nl: String,
    #[serde(default)]
    pub en: String,
}

#[derive(Debug, Default, Serialize, Deserialize)]
pub(crate) struct LevelTextFile {
    #[serde(default)]
    pub meaning: TextPair,
    #[serde(default)]
    pub example: TextPair,
}

#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct SuggestionFile {
    pub high_max_providers: u32,
    pub high_min_top3_pct: DecimalText,
    pub low_min_providers: u32,
    pub low_max_top3_pct: DecimalText,
}

/// A scale in a file.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct ScaleFile {
    pub impact: Vec<LevelTextFile>,
    pub scarcity: Vec<LevelTextFile>,
    pub switching: Vec<LevelTextFile>,
    pub suggestion: SuggestionFile,
}

fn pair(text: TextPair) -> Bilingual {
    Bilingual {
        nl: text.nl,
        en: text.en,
    }
}

fn text_pair(text: &Bilingual) -> TextPair {
    TextPair {
        nl: text.nl.clone(),
        en: text.en.clone(),
    }
}

impl ScaleFile {
    /// The scale, or what is wrong with it in one sentence (not four levels per criterion, a
    /// level without its meaning, a share outside 0-100).
    pub fn into_model(self) -> Result<Scale, ScaleProblem> {
        let rows = [
            (Criterion::Impact, self.impact),
            (Criterion::Scarcity, self.scarcity),
            (Criterion::Switching, self.switching),
        ];
        let mut levels: [[LevelText; 4]; 3] = Default::default();
        for (row, (criterion, texts)) in levels.iter_mut().zip(rows) {
            let count = texts.len();
            let four: [LevelTextFile; 4] = texts
                .try_into()
                .map_err(|_| ScaleProblem::LevelCount { criterion, count })?;
            for (level, (slot, text)) in row.iter_mut().zip(four).enumerate() {
                if text.meaning.nl.trim().is_empty() || text.meaning.en.trim().is_empty() {
                    return Err(ScaleProblem::NoMeaning { criterion, level });
                }
                *slot = LevelText {
                    meaning: pair(text.meaning),
                    example: pair(text.example),
                };
            }
        }
        let share = |d: DecimalText, field| {
            crate::model::limits::percentage_allowed(d.0)
                .then_some(d.0)
                .ok_or(ScaleProblem::ShareOutOfRange { field })
        };
        let s = self.suggestion;
        let suggestion = SuggestionRule {
            high_max_providers: s.high_max_providers,
            high_min_top3_pct: share(s.high_min_top3_pct, "high_min_top3_pct")?,
            low_min_providers: s.low_min_providers,
            low_max_top3_pct: share(s.low_max_top3_pct, "low_max_top3_pct")?,
        };
        Ok(Scale { levels, suggestion })
    }

    /// The file's form of a scale.
    pub fn from_model(scale: &Scale) -> ScaleFile {
        let row = |i: usize| {
            scale.levels[i]
                .iter()
                .map(|t| LevelTextFile {
                    meaning: text_pair(&t.meaning),
                    example: text_pair(&t.example),
                })
                .collect()
        };
        let s = &scale.suggestion;
        ScaleFile {
            impact: row(0),
            scarcity: row(1),
            switching: row(2),
            suggestion: SuggestionFile {
                high_max_providers: s.high_max_providers,
                high_min_top3_pct: DecimalText(s.high_min_top3_pct),
                low_min_providers: s.low_min_providers,
                low_max_top3_pct: DecimalText(s.low_max_top3_pct),
            },
        }
    }
}

/// Reads a scale file.
pub fn parse_scale(text: &str) -> Result<Scale, String> {
    let file: ScaleFile = ron::from_str(text).map_err(|e| e.to_string())?;
    file.into_model()
        .map_err(|problem| problem.describe(crate::locale::Lang::English))
}

/// The built-in scale (`assets/templates/scales/standaard.ron`), read once. A test proves it
/// reads; should it ever not, the scale is empty rather than the program stopping.
pub fn built_in_scale() -> Scale {
    standard_scale().clone()
}

/// The scale `workshop` shows: its own, or the built-in one for a workshop made without one.
pub fn scale_of(workshop: &crate::model::Workshop) -> &Scale {
    if workshop.scale.is_empty() {
        standard_scale()
    } else {
        &workshop.scale
    }
}

/// [`built_in_scale`] without a copy.
pub fn standard_scale() -> &'static Scale {
    static SCALE: OnceLock<Scale> = OnceLock::new();
    SCALE.get_or_init(|| {
        parse_scale(STANDARD).unwrap_or_else(|e| {
            log::error!("the built-in scale cannot be read: {e}");
            Scale::default()
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Level;

    #[test]
    fn the_built_in_scale_reads_with_every_level_in_both_languages() {
        let scale = parse_scale(STANDARD).expect("the built-in scale reads");
        for criterion in Criterion::ALL {
            for level in Level::ALL {
                let text = scale.text(criterion, level);
                assert!(!text.meaning.nl.is_empty() && !text.meaning.en.is_empty());
                assert!(!text.example.nl.is_empty() && !text.example.en.is_empty());
            }
        }
        assert_eq!(scale.suggestion, SuggestionRule::default());
        assert_eq!(built_in_scale(), scale);
    }

    #[test]
    fn a_scale_round_trips_and_a_short_one_is_refused() {
        let scale = built_in_scale();
        let text = ron::to_string(&ScaleFile::from_model(&scale)).expect("writes");
        assert_eq!(parse_scale(&text), Ok(scale));
        let mut file = ScaleFile::from_model(&built_in_scale());
        file.scarcity.pop();
        let error = file.into_model().expect_err("three levels");
        assert_eq!(
            error,
            ScaleProblem::LevelCount {
                criterion: Criterion::Scarcity,
                count: 3
            }
        );
        assert_eq!(
            error.describe(crate::locale::Lang::Dutch),
            "schaarste heeft 3 niveaus in plaats van 4 (0-3)"
        );
    }
}
