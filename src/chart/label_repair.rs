//! The last step of placing labels: a lot that found room for neither its name nor its number
//! gets its number where a neighbour's label gives way. The neighbour then takes the best label
//! left for it (its name elsewhere, or its number), so both are named on the plot and the legend
//! explains the numbers. Only a plot of workshop size is repaired; on a crowded one the hover
//! text and the list name the lots left out.

use egui::{Pos2, Rect};

use super::grid::Grid;
use super::layout::{BOTH, LabelSpot, LabelText, MarkerIn, place_one, taken_by};

/// Repairs at most this many unlabelled lots: beyond that the plot is crowded, not unlucky.
const MAX_REPAIRS: usize = 20;
/// The neighbours' labels tried for each unlabelled lot, nearest first.
const NEIGHBOURS: usize = 8;

/// Gives each unlabelled lot in `order` its number where a neighbouring label can give way (the
/// labels of the lots in `keep` never do).
pub(super) fn number_the_unlabelled(
    markers: &[MarkerIn],
    centres: &[Pos2],
    marker_grid: &Grid,
    labels: &mut [Option<LabelSpot>],
    (order, keep): (&[usize], &[usize]),
    bounds: Rect,
) {
    let unlabelled: Vec<usize> = order
        .iter()
        .copied()
        .filter(|&i| i < labels.len() && labels[i].is_none())
        .collect();
    if unlabelled.is_empty() || unlabelled.len() > MAX_REPAIRS {
        return;
    }
    for lot in unlabelled {
        let mut names: Vec<(f32, usize)> = labels
            .iter()
            .enumerate()
            .filter(|(i, _)| !keep.contains(i))
            .filter_map(|(i, spot)| Some((spot.as_ref()?.rect.distance_to_pos(centres[lot]), i)))
            .collect();
        names.sort_by(|a, b| a.0.total_cmp(&b.0));
        for &(_, neighbour) in names.iter().take(NEIGHBOURS) {
            let mut taken = taken_by(labels, &[neighbour], bounds);
            let short = &[LabelText::Short];
            let Some(number) = place_one(markers, centres, marker_grid, &taken, lot, bounds, short)
            else {
                continue;
            };
            taken.insert(number.rect.expand(1.0));
            if let Some(moved) = place_one(
                markers,
                centres,
                marker_grid,
                &taken,
                neighbour,
                bounds,
                BOTH,
            ) {
                labels[lot] = Some(number);
                labels[neighbour] = Some(moved);
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use egui::{pos2, vec2};

    use super::super::layout::{SpreadLimit, layout};
    use super::*;

    fn marker(x: f32, y: f32, name_width: f32) -> MarkerIn {
        MarkerIn {
            centre: pos2(x, y),
            radius: 8.0,
            label: vec2(name_width, 20.0),
            short_label: vec2(20.0, 20.0),
        }
    }

    #[test]
    fn a_lot_boxed_in_by_a_neighbours_name_gets_its_number() {
        // A low, narrow plot: the first lot's name takes every spot the second lot's number could
        // have (and the plot's edge the rest).
        let bounds = Rect::from_min_max(pos2(0.0, 0.0), pos2(170.0, 44.0));
        let markers = vec![marker(20.0, 22.0, 100.0), marker(150.0, 22.0, 100.0)];
        let limit = SpreadLimit {
            max_shift: 0.0,
            line_x: None,
        };
        let placed = layout(&markers, &[0, 1], bounds, limit, &[]);
        let labels: Vec<_> = placed.iter().map(|p| p.label).collect();
        assert!(labels.iter().all(Option::is_some), "{labels:?}");
        let a = labels[0].expect("first").rect;
        let b = labels[1].expect("second").rect;
        assert!(!a.intersects(b), "{a:?} {b:?}");
        assert!(bounds.contains_rect(a) && bounds.contains_rect(b));
    }
}
