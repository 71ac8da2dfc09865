//! The Kraljic matrix as geometry, shared by the window and the exports: the design tokens
//! ([`style`]), the spend scale, the value threshold, where frame, ticks, titles, quadrant names
//! and markers go ([`geometry`]), the label layout ([`layout`]), the legend of rank numbers
//! ([`legend`]) and the drawing as a list of shapes ([`scene`]) that the SVG, PNG and PDF
//! writers paint.

pub mod fallback;
pub mod fonts;
pub mod gantt;
pub mod geometry;
mod grid;
mod label_repair;
pub mod layout;
pub mod legend;
pub mod scene;
pub mod style;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::locale::number::{format_decimal, format_euro};
use crate::model::{Portfolio, Quadrant, ValueClass, Workshop};

/// A lot's label on the matrix: its name, and how many participants are done when not all of
/// them have scored it ("Dagbesteding (2/4)"), so a provisional place is never read as the
/// room's verdict.
pub fn lot_label(workshop: &Workshop, lot: &crate::model::Lot) -> String {
    match workshop.partial(lot) {
        Some(p) => format!("{} ({}/{})", lot.name, p.done, p.total),
        None => lot.name.clone(),
    }
}

/// Smallest spend drawn on the log scale; lower amounts sit at the bottom.
pub const MIN_SPEND: f64 = 1_000.0;

/// The plotted height of a spend: log10 of the amount (at least [`MIN_SPEND`]).
pub fn log_spend(spend: Decimal) -> f64 {
    spend.to_f64().unwrap_or(0.0).max(MIN_SPEND).log10()
}

/// The spend axis (log10 of spend): from a margin below the smallest lot to a margin above the
/// largest (room for the largest marker and its label); a fixed range without lots.
pub fn spend_range(workshop: &Workshop) -> (f64, f64) {
    let spends = workshop.lots.iter().map(|l| log_spend(l.spend));
    let lowest = spends.clone().reduce(f64::min);
    let highest = spends.reduce(f64::max);
    match (lowest, highest) {
        (Some(lo), Some(hi)) => (lo - 0.35, hi + 0.45),
        _ => (4.0, 7.5),
    }
}

/// A quadrant's area in plot coordinates, `((x0, x1), (y0, y1))`, for a plot spanning
/// `risk` by `spend` split at the risk threshold and at `split_y` on the spend axis.
pub fn quadrant_area(
    quadrant: Quadrant,
    risk: (f64, f64),
    spend: (f64, f64),
    risk_threshold: f64,
    split_y: f64,
) -> ((f64, f64), (f64, f64)) {
    let x = match quadrant {
        Quadrant::Leverage | Quadrant::Routine => (risk.0, risk_threshold),
        Quadrant::Strategic | Quadrant::Bottleneck => (risk_threshold, risk.1),
    };
    let y = match quadrant {
        Quadrant::Leverage | Quadrant::Strategic => (split_y, spend.1),
        Quadrant::Routine | Quadrant::Bottleneck => (spend.0, split_y),
    };
    (x, y)
}

/// Where the value threshold line goes (log10 of spend): between the last high-value and the
/// first low-value lot (geometric middle), or `None` when every lot is on one side; in a
/// workshop without lots, the middle of the range, so that all four quadrants show.
pub fn value_threshold(workshop: &Workshop, portfolio: &Portfolio) -> Option<f64> {
    if workshop.lots.is_empty() {
        // No lots yet: the four quadrants still show, split in the middle of the range.
        let (low, high) = spend_range(workshop);
        return Some((low + high) / 2.0);
    }
    let extreme = |class: ValueClass, lowest: bool| {
        portfolio
            .ranked
            .iter()
            .filter(|r| r.value_class == class)
            .filter_map(|r| workshop.lots.get(r.index))
            .map(|l| log_spend(l.spend))
            .reduce(|a, b| if lowest { a.min(b) } else { a.max(b) })
    };
    let last_high = extreme(ValueClass::High, true)?;
    let first_low = extreme(ValueClass::Low, false)?;
    Some((last_high + first_low) / 2.0)
}

/// A tick label for a spend axis value (log10): `€ 1 mln`, `€ 200.000`.
pub fn spend_tick(log_value: f64, million: &str) -> String {
    let value = 10_f64.powf(log_value);
    // Round to two significant digits, as ticks are at 1, 2 and 5 times a power of ten.
    let magnitude = 10_f64.powf(value.log10().floor() - 1.0);
    let rounded = (value / magnitude).round() * magnitude;
    if rounded >= 1_000_000.0 {
        let millions = Decimal::from_f64_retain(rounded / 1_000_000.0).unwrap_or_default();
        let places = if millions.fract().is_zero() { 0 } else { 1 };
        format!("\u{20AC} {} {million}", format_decimal(millions, places))
    } else {
        let euros = Decimal::from_f64_retain(rounded.round()).unwrap_or_default();
        format_euro(euros)
    }
}

/// The spend ticks (log10) at 1, 2 and 5 times a power of ten between `min` and `max`, with
/// whether each is a whole decade.
pub fn spend_ticks(min: f64, max: f64) -> Vec<(f64, bool)> {
    let mut marks = Vec::new();
    for decade in (min.floor() as i32)..=(max.ceil() as i32) {
        let base = f64::from(decade);
        marks.push((base, true));
        for factor in [2.0_f64, 5.0] {
            marks.push((base + factor.log10(), false));
        }
    }
    marks.retain(|(v, _)| *v >= min && *v <= max);
    marks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_workshop_keeps_all_four_quadrants() {
        let empty = Workshop::default();
        let portfolio = crate::model::analyse(&empty);
        let (low, high) = spend_range(&empty);
        let split = value_threshold(&empty, &portfolio).expect("a split");
        assert!(low < split && split < high);
    }

    #[test]
    fn spend_ticks_read_the_dutch_way() {
        assert_eq!(spend_tick(6.0, "mln"), "\u{20AC} 1 mln");
        assert_eq!(spend_tick(7.0, "mln"), "\u{20AC} 10 mln");
        assert_eq!(spend_tick(2_000_000_f64.log10(), "mln"), "\u{20AC} 2 mln");
        assert_eq!(spend_tick(5.0 + 2_f64.log10(), "mln"), "\u{20AC} 200.000");
        assert_eq!(spend_tick(4.0, "mln"), "\u{20AC} 10.000");
    }

    #[test]
    fn ticks_at_one_two_five() {
        let ticks = spend_ticks(5.9, 7.1);
        let labels: Vec<String> = ticks.iter().map(|(v, _)| spend_tick(*v, "mln")).collect();
        assert_eq!(
            labels,
            [
                "\u{20AC} 1 mln",
                "\u{20AC} 2 mln",
                "\u{20AC} 5 mln",
                "\u{20AC} 10 mln"
            ]
        );
        assert_eq!(ticks.iter().filter(|(_, decade)| *decade).count(), 2);
    }
}
