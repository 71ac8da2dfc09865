//! Decimals in files are written as text (`"17163920.50"`), never as floats.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A decimal that is written as a string and read from a string or a whole number.
/// A number with a fraction written without quotes is refused, because it may already
/// have lost precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DecimalText(pub Decimal);

impl Serialize for DecimalText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0.normalize().to_string())
    }
}

impl<'de> Deserialize<'de> for DecimalText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<DecimalText, D::Error> {
        deserializer.deserialize_any(DecimalVisitor)
    }
}

struct DecimalVisitor;

impl Visitor<'_> for DecimalVisitor {
    type Value = DecimalText;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a number in quotes, such as \"1234.50\"")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<DecimalText, E> {
        let trimmed = text.trim();
        // Plain digits with an optional sign and decimal point; no exponents or separators.
        let well_formed = !trimmed.is_empty()
            && trimmed
                .trim_start_matches(['-', '+'])
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'.')
            && trimmed.matches('.').count() <= 1
            && trimmed.bytes().any(|b| b.is_ascii_digit());
        if !well_formed {
            return Err(E::invalid_value(de::Unexpected::Str(text), &self));
        }
        Decimal::from_str(trimmed)
            .map(DecimalText)
            .map_err(|_| E::invalid_value(de::Unexpected::Str(text), &self))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<DecimalText, E> {
        Ok(DecimalText(Decimal::from(v)))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<DecimalText, E> {
        Ok(DecimalText(Decimal::from(v)))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<DecimalText, E> {
        Err(E::invalid_value(de::Unexpected::Float(v), &self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    fn read(text: &str) -> Result<Decimal, ron::error::SpannedError> {
        ron::from_str::<DecimalText>(text).map(|d| d.0)
    }

    #[test]
    fn reads_text_and_whole_numbers() {
        assert_eq!(read("\"17163920.50\"").ok(), Some(dec!(17163920.50)));
        assert_eq!(read("\"-3\"").ok(), Some(dec!(-3)));
        assert_eq!(read("42").ok(), Some(dec!(42)));
    }

    #[test]
    fn refuses_floats_and_odd_text() {
        for text in [
            "1.5",
            "\"1e5\"",
            "\"1.234,5\"",
            "\"\"",
            "\"abc\"",
            "\"1.2.3\"",
            "\".\"",
        ] {
            assert!(read(text).is_err(), "{text} should be refused");
        }
    }

    #[test]
    fn writes_exact_text() {
        let text = ron::to_string(&DecimalText(dec!(17163920.50))).expect("serialize");
        assert_eq!(text, "\"17163920.5\"");
        let text = ron::to_string(&DecimalText(dec!(80.00))).expect("serialize");
        assert_eq!(text, "\"80\"");
    }
}
