//! The texts around the scale: a level's meaning and example, the scarcity suggestion and its
//! reason, the market figures as rows, and the window that shows all four levels (`?`).

use super::Lang;
use super::number::format_percent;
use super::ui::CommandText;
use crate::model::scale::{LevelText, Reason, Suggestion};
use crate::model::{Criterion, Level, MarketFigures};

/// The scale's texts of one language.
#[derive(Debug)]
pub struct ScaleTexts {
    /// Command: the four levels of the criterion being scored.
    pub command: CommandText,
    /// The window's title: "{criterion}".
    pub title: &'static str,
    /// Before an example.
    pub for_example: &'static str,
    /// The suggestion: "{level}" and "{reason}".
    pub suggested: &'static str,
    /// Under the suggestion: it is a hint.
    pub only_a_hint: &'static str,
    /// Reasons: few providers ("{n}").
    pub few: &'static str,
    /// The top 3 hold "{share}".
    pub concentrated: &'static str,
    /// "{n}" providers, the top 3 hold "{share}" (many and spread, or in between).
    pub both: &'static str,
    /// Under the window: how to close it.
    pub close_hint: &'static str,
    /// The "?" after a criterion's name, for a screen reader and on hover: "{criterion}".
    pub button: &'static str,
    /// Settings: a criterion's weight: "{criterion}".
    pub weight: &'static str,
    /// Settings: what the weights do.
    pub weights_hint: &'static str,
    /// A weight that cannot be taken.
    pub invalid_weight: &'static str,
    /// Where the risk is a weighted mean: "{weights}" lists them.
    pub weighted: &'static str,
    /// The same where there is no room for the weights.
    pub weighted_short: &'static str,
}

const DUTCH: ScaleTexts = ScaleTexts {
    command: CommandText {
        label: "Wat betekenen de niveaus?",
        tooltip: "De betekenis van 0 tot 3 voor de vraag die nu gescoord wordt, met een voorbeeld (ook in de presentatie)",
    },
    title: "{criterion}: wat betekenen 0 tot 3?",
    for_example: "Bijvoorbeeld:",
    suggested: "Suggestie uit de marktgegevens: {level} ({reason})",
    only_a_hint: "Een hint, geen score: het team beslist.",
    few: "{n} aanbieders",
    concentrated: "de drie grootste doen {share}",
    both: "{n} aanbieders, de drie grootste doen {share}",
    close_hint: "Esc of ? sluit dit venster.",
    button: "Uitleg van de niveaus van {criterion} (?)",
    weight: "Gewicht van {criterion}",
    weights_hint: "Hoe zwaar elk criterium telt in het risico, 0 tot 10. Gelijke gewichten geven het gewone gemiddelde van de startnotitie.",
    invalid_weight: "Een gewicht is een getal van 0 tot 10, en niet alle drie 0.",
    weighted: "gewogen gemiddelde: {weights}",
    weighted_short: "gewogen",
};

const ENGLISH: ScaleTexts = ScaleTexts {
    command: CommandText {
        label: "What do the levels mean?",
        tooltip: "What 0 to 3 mean for the question being scored, with an example (in presentation too)",
    },
    title: "{criterion}: what do 0 to 3 mean?",
    for_example: "For example:",
    suggested: "Suggested by the market figures: {level} ({reason})",
    only_a_hint: "A hint, not a score: the team decides.",
    few: "{n} providers",
    concentrated: "the three largest do {share}",
    both: "{n} providers, the three largest do {share}",
    close_hint: "Esc or ? closes this window.",
    button: "What the levels of {criterion} mean (?)",
    weight: "Weight of {criterion}",
    weights_hint: "How much each criterion counts in the risk, 0 to 10. Equal weights give the plain mean of the seeds.",
    invalid_weight: "A weight is a number from 0 to 10, and not all three 0.",
    weighted: "weighted mean: {weights}",
    weighted_short: "weighted",
};

/// The scale's texts in a language.
pub fn texts(lang: Lang) -> &'static ScaleTexts {
    match lang {
        Lang::Dutch => &DUTCH,
        Lang::English => &ENGLISH,
    }
}

/// A level's meaning and example in one language: "Meaning. Bijvoorbeeld: example".
pub fn level_line(text: &LevelText, lang: Lang) -> String {
    let meaning = lang.pick(&text.meaning);
    let example = lang.pick(&text.example);
    if example.trim().is_empty() {
        meaning.to_string()
    } else {
        format!("{meaning} {} {example}", texts(lang).for_example)
    }
}

/// The suggestion with its reason: "Suggestie uit de marktgegevens: Hoog (3 aanbieders)".
pub fn suggestion_line(suggestion: &Suggestion, lang: Lang) -> String {
    let t = texts(lang);
    let share = |s| format_percent(s, 1);
    let reason = match suggestion.reason {
        Reason::FewProviders(n) => t.few.replace("{n}", &n.to_string()),
        Reason::Concentrated(s) => t.concentrated.replace("{share}", &share(s)),
        Reason::ManyAndSpread(n, s) | Reason::InBetween(n, s) => t
            .both
            .replace("{n}", &n.to_string())
            .replace("{share}", &share(s)),
    };
    t.suggested
        .replace("{level}", lang.texts().level(suggestion.level))
        .replace("{reason}", &reason)
}

/// The market figures as label and value, "-" for a figure not known.
pub fn market_rows(market: &MarketFigures, lang: Lang) -> [(&'static str, String); 4] {
    let t = lang.ui();
    let known = |v: Option<String>| v.unwrap_or_else(|| "-".into());
    [
        (
            t.registered_providers,
            known(market.registered_providers.map(|n| n.to_string())),
        ),
        (t.clients, known(market.clients.map(|n| n.to_string()))),
        (
            t.top3_share,
            known(market.top3_share_pct.map(|p| format_percent(p, 1))),
        ),
        (
            t.top10_share,
            known(market.top10_share_pct.map(|p| format_percent(p, 1))),
        ),
    ]
}

/// Where the weights differ: "gewogen gemiddelde: impact 2 · schaarste 1 · omschakeling 1";
/// `None` with equal weights (the plain mean says nothing more).
pub fn weighted(weights: &crate::model::Weights, lang: Lang) -> Option<String> {
    if weights.are_equal() {
        return None;
    }
    let list: Vec<String> = (Criterion::ALL.iter())
        .map(|c| {
            format!(
                "{} {}",
                lang.texts().criterion(*c).to_lowercase(),
                super::number::format_decimal(
                    weights.of(*c).normalize(),
                    weights.of(*c).normalize().scale()
                )
            )
        })
        .collect();
    Some(
        texts(lang)
            .weighted
            .replace("{weights}", &list.join(" \u{00B7} ")),
    )
}

/// The window's title for a criterion.
pub fn title(criterion: Criterion, lang: Lang) -> String {
    texts(lang)
        .title
        .replace("{criterion}", lang.texts().criterion(criterion))
}

/// A level's caption as the buttons show it: "2 Middel".
pub fn caption(level: Level, lang: Lang) -> String {
    format!("{} {}", level.number(), lang.texts().level(level))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Bilingual;
    use rust_decimal::dec;

    #[test]
    fn a_level_reads_with_its_example_and_a_suggestion_with_its_reason() {
        let text = LevelText {
            meaning: Bilingual {
                nl: "Weinig aanbieders.".into(),
                en: "Few providers.".into(),
            },
            example: Bilingual {
                nl: "Jeugdzorg plus.".into(),
                en: "Secure youth care.".into(),
            },
        };
        assert_eq!(
            level_line(&text, Lang::Dutch),
            "Weinig aanbieders. Bijvoorbeeld: Jeugdzorg plus."
        );
        let suggestion = Suggestion {
            level: Level::Low,
            reason: Reason::ManyAndSpread(130, dec!(32.46)),
        };
        assert_eq!(
            suggestion_line(&suggestion, Lang::Dutch),
            "Suggestie uit de marktgegevens: Laag (130 aanbieders, de drie grootste doen 32,5%)"
        );
        assert!(suggestion_line(&suggestion, Lang::English).starts_with("Suggested by"));
    }
}
