//! Before and after: an earlier analysis opened beside the current one. Matched lots show where
//! they were (ghost points with arrows on the plot) and what changed (on the card).

use std::path::PathBuf;

use egui::RichText;

use crate::locale::number::{format_decimal, format_euro};
use crate::model::{
    Criterion, Lot, LotId, LotMatches, Portfolio, RankedLot, Workshop, analyse, match_by_name,
    set_match,
};
use crate::ui::{Shared, theme, widgets};

/// The earlier analysis and how its lots match the current ones.
#[derive(Debug)]
pub struct Baseline {
    /// Where it was read from.
    pub path: PathBuf,
    /// The earlier workshop (never changed).
    pub workshop: Workshop,
    /// Its analysis.
    pub portfolio: Portfolio,
    /// Current lot → earlier lot.
    pub matches: LotMatches,
}

impl Baseline {
    /// A baseline for `current`, with lots matched by name.
    pub fn new(path: PathBuf, workshop: Workshop, current: &Workshop) -> Baseline {
        Baseline {
            path,
            portfolio: analyse(&workshop),
            matches: match_by_name(current, &workshop),
            workshop,
        }
    }

    /// The earlier lot matched to a current lot, with its analysis.
    pub fn earlier(&self, current: LotId) -> Option<(&Lot, &RankedLot)> {
        let id = *self.matches.get(&current)?;
        Some((self.workshop.lot(id)?, self.portfolio.get(id)?))
    }

    /// The file name, for headings.
    pub fn name(&self) -> String {
        crate::ui::shown_name(&self.path)
    }
}

/// The card section: the matched earlier lot, what changed, and a manual match.
pub fn card_section(ui: &mut egui::Ui, shared: &Shared<'_>, baseline: &mut Baseline, lot: &Lot) {
    let t = shared.t();
    let texts = shared.lang.texts();
    ui.label(
        RichText::new(format!("{} ({})", t.baseline_heading, baseline.name()))
            .font(theme::bold(shared.sizes.body + 2.0)),
    );
    ui.horizontal(|ui| {
        let label = ui.label(t.matched_with);
        let ids: Vec<LotId> = baseline.workshop.lots.iter().map(|l| l.id).collect();
        let names: Vec<&str> = baseline
            .workshop
            .lots
            .iter()
            .map(|l| l.name.as_str())
            .collect();
        let current = baseline.matches.get(&lot.id).copied();
        if let Some(choice) = widgets::choose(
            ui,
            ("baseline-match", lot.id.0),
            current,
            &ids,
            &names,
            t.no_match,
            label.id,
        ) {
            set_match(&mut baseline.matches, lot.id, choice);
        }
    });
    let Some((before, ranked_before)) = baseline.earlier(lot.id) else {
        return;
    };
    let Some(ranked_now) = shared.portfolio.get(lot.id) else {
        return;
    };
    let arrow = "\u{2192}";
    let risk = |r: &RankedLot| {
        r.risk.map_or_else(
            || texts.not_scored.to_string(),
            |risk| {
                format!(
                    "{} ({})",
                    format_decimal(risk.mean_for_display(), risk.places),
                    texts.level(risk.class)
                )
            },
        )
    };
    let quadrant = |r: &RankedLot| r.quadrant.map_or("-", |q| texts.quadrant(q));
    let spend = |lot: &Lot, r: &RankedLot| {
        if shared.hide_amounts {
            format!("{} {}", t.band, r.abc_band.letter())
        } else {
            format_euro(lot.spend)
        }
    };
    let mut lines = vec![
        format!(
            "{}: {} {arrow} {}",
            t.risk,
            risk(ranked_before),
            risk(ranked_now)
        ),
        format!(
            "{}: {} {arrow} {}",
            t.quadrant,
            quadrant(ranked_before),
            quadrant(ranked_now)
        ),
        format!(
            "{}: {} {arrow} {}",
            t.spend.trim_end_matches(" (€)"),
            spend(before, ranked_before),
            spend(lot, ranked_now)
        ),
    ];
    for criterion in Criterion::ALL {
        let (a, b) = (before.scores.get(criterion), lot.scores.get(criterion));
        if a != b {
            let show = |l: Option<crate::model::Level>| {
                l.map_or("-".to_string(), |l| l.number().to_string())
            };
            lines.push(format!(
                "{}: {} {arrow} {}",
                texts.criterion(criterion),
                show(a),
                show(b)
            ));
        }
    }
    for line in lines {
        ui.label(line);
    }
}
