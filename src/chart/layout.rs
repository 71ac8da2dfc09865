//! Where markers and labels go on the plot, in screen points: no egui drawing here, so the rules
//! are unit-tested.
//!
//! Markers that would sit on top of each other are spread sideways by a deterministic offset,
//! never farther than [`SpreadLimit`] allows (so a marker never seems to have another score or
//! to sit in another quadrant; a crowd beyond that overlaps). Labels are placed greedily,
//! largest lot first, in the first free spot around their
//! marker; when no spot is free the rank number is tried instead. When even that does not fit,
//! a neighbour's label gives way and is placed again (see `label_repair`); only on a crowded plot
//! is a label left out (the hover text and the list still name the lot).

use egui::{Pos2, Rect, Vec2, pos2};

use super::grid::Grid;

/// One marker to place.
#[derive(Clone, Debug, PartialEq)]
pub struct MarkerIn {
    /// Where the data puts it.
    pub centre: Pos2,
    /// Its radius.
    pub radius: f32,
    /// Size of its full label.
    pub label: Vec2,
    /// Size of its short label (the rank number).
    pub short_label: Vec2,
}

/// Which label text was placed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelText {
    /// The lot's name.
    Full,
    /// The rank number only.
    Short,
}

/// Where a label goes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelSpot {
    /// The label's rectangle.
    pub rect: Rect,
    /// Full name or number.
    pub text: LabelText,
    /// Draw a line from the marker to the label (it sits further away).
    pub leader: bool,
}

/// The result for one marker.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    /// Where the marker is drawn (after spreading).
    pub centre: Pos2,
    /// Its label, if one fits.
    pub label: Option<LabelSpot>,
}

/// A marker moved aside stays within this distance (on the risk axis) of its risk mean: less
/// than half of the 1/3 between two neighbouring means, so it never looks like a neighbour's.
pub const MAX_SPREAD_RISK: f32 = 0.15;

/// How far markers may be moved aside, in screen points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SpreadLimit {
    /// The farthest a marker moves from where its data puts it.
    pub max_shift: f32,
    /// The risk threshold line's x: no marker is moved across it.
    pub line_x: Option<f32>,
}

impl SpreadLimit {
    /// The limit on a plot where one risk unit (a score level) is `per_risk_unit` points wide
    /// and the risk threshold line is at `line_x`.
    pub fn for_plot(per_risk_unit: f32, line_x: f32) -> SpreadLimit {
        SpreadLimit {
            max_shift: per_risk_unit.abs() * MAX_SPREAD_RISK,
            line_x: Some(line_x),
        }
    }
}

/// Gap between a marker and its label.
const GAP: f32 = 4.0;
/// Extra distances of the outer rings of label spots (with a leader line): a name a little
/// farther away, in the open, reads better than a bare number next to the marker.
const RINGS: [f32; 5] = [0.0, 22.0, 46.0, 76.0, 110.0];

/// At most this many labels are tried: a plot holds no more, and the rest are named by hover
/// and the list. Keeps the layout fast with thousands of lots.
pub const MAX_LABELS: usize = 300;

/// When this many lots in a row found no free spot, the plot is full: the rest are not tried
/// (with a thousand lots, failed tries are most of the work, and they fail anyway).
const FULL_AFTER_MISSES: usize = 60;

/// Lays out markers and labels inside `bounds`. `order` lists marker indices by priority
/// (e.g. the selected lot, then by spend); markers not in it, and those after the first
/// [`MAX_LABELS`], get no label.
pub fn layout(
    markers: &[MarkerIn],
    order: &[usize],
    bounds: Rect,
    limit: SpreadLimit,
    reserved: &[Rect],
) -> Vec<Placed> {
    let centres = spread(markers, limit);
    let index = MarkerIndex::new(markers, &centres, bounds, reserved);
    let labels = place_labels(markers, &centres, &index, order, bounds);
    centres
        .into_iter()
        .zip(labels)
        .map(|(centre, label)| Placed { centre, label })
        .collect()
}

/// Markers spread to their centres, indexed for [`place_labels`] (kept with the markers, so
/// placing the labels again does not index them again).
#[derive(Debug)]
pub struct MarkerIndex(Grid);

impl MarkerIndex {
    /// Indexes markers drawn at `centres` for labels inside `bounds`; labels also keep clear of
    /// the `reserved` boxes (e.g. the quadrant names).
    pub fn new(
        markers: &[MarkerIn],
        centres: &[Pos2],
        bounds: Rect,
        reserved: &[Rect],
    ) -> MarkerIndex {
        let mut grid = Grid::new(bounds.expand(64.0), 32.0);
        for (c, m) in centres.iter().zip(markers) {
            grid.insert(Rect::from_center_size(*c, Vec2::splat(m.radius * 2.0)));
        }
        // After the markers, so their numbers are the markers' own.
        for rect in reserved {
            grid.insert(*rect);
        }
        MarkerIndex(grid)
    }
}

/// The labels of [`layout`] for markers already spread to `centres` and indexed in `index`
/// (so a window can keep the markers and their labels, see [`with_selected`]).
pub fn place_labels(
    markers: &[MarkerIn],
    centres: &[Pos2],
    index: &MarkerIndex,
    order: &[usize],
    bounds: Rect,
) -> Vec<Option<LabelSpot>> {
    let area = bounds.expand(64.0);
    let marker_grid = &index.0;
    let mut taken = Grid::new(area, 64.0);
    let mut labels = vec![None; markers.len()];
    let mut misses = 0;
    for &i in order.iter().take(MAX_LABELS) {
        if misses >= FULL_AFTER_MISSES {
            break;
        }
        // A marker listed twice keeps its first label.
        if markers.get(i).is_none() || labels[i].is_some() {
            continue;
        }
        if let Some(spot) = place_one(markers, centres, marker_grid, &taken, i, bounds, BOTH) {
            taken.insert(spot.rect.expand(1.0));
            labels[i] = Some(spot);
            misses = 0;
        } else {
            misses += 1;
        }
    }
    super::label_repair::number_the_unlabelled(
        markers,
        centres,
        marker_grid,
        &mut labels,
        (order, &[]),
        bounds,
    );
    labels
}

/// The texts [`place_one`] tries, in order: the name, then the rank number.
pub(super) const BOTH: &[LabelText] = &[LabelText::Full, LabelText::Short];

/// The labels placed so far as a grid of taken room, leaving out marker `except`'s.
pub(super) fn taken_by(labels: &[Option<LabelSpot>], except: &[usize], bounds: Rect) -> Grid {
    let mut taken = Grid::new(bounds.expand(64.0), 64.0);
    for (i, spot) in labels.iter().enumerate() {
        if let Some(spot) = spot.filter(|_| !except.contains(&i)) {
            taken.insert(spot.rect.expand(1.0));
        }
    }
    taken
}

/// The first free spot for marker `i`'s label, trying `texts` in order (with [`BOTH`]: its
/// name close by, then farther away with a leader line, then the same for its rank number).
pub(super) fn place_one(
    markers: &[MarkerIn],
    centres: &[Pos2],
    marker_grid: &Grid,
    taken: &Grid,
    i: usize,
    bounds: Rect,
    texts: &[LabelText],
) -> Option<LabelSpot> {
    let marker = &markers[i];
    let centre = centres[i];
    let fits = |rect: &Rect| {
        bounds.contains_rect(*rect)
            && !taken.any_intersects(*rect, None)
            && !marker_grid.any_intersects(*rect, Some(i))
    };
    texts.iter().find_map(|&text| {
        let size = match text {
            LabelText::Full => marker.label,
            LabelText::Short => marker.short_label,
        };
        RINGS.into_iter().find_map(|extra| {
            candidates(centre, marker.radius + GAP + extra, size)
                .into_iter()
                .find(|rect| {
                    fits(rect)
                        && (extra == 0.0 || leader_is_clear(centre, rect, i, marker_grid, taken))
                })
                .map(|rect| LabelSpot {
                    rect,
                    text,
                    leader: extra > 0.0,
                })
        })
    })
}

/// `base` (labels placed without a selection) with marker `selected` labelled first, as
/// [`place_labels`] would with it first in the order: it gets the spot it would get on an empty
/// plot, and the labels in its way move elsewhere (or become numbers). The other labels stay where they were, so
/// clicking through the lots does not move every name on the screen.
pub fn with_selected(
    base: &[Option<LabelSpot>],
    markers: &[MarkerIn],
    centres: &[Pos2],
    index: &MarkerIndex,
    selected: usize,
    bounds: Rect,
) -> Vec<Option<LabelSpot>> {
    let mut labels = base.to_vec();
    if selected >= markers.len()
        || matches!(base.get(selected), Some(Some(spot)) if spot.text == LabelText::Full)
    {
        return labels;
    }
    let nothing = Grid::new(bounds.expand(64.0), 64.0);
    let spot = place_one(markers, centres, &index.0, &nothing, selected, bounds, BOTH);
    labels[selected] = spot;
    let mut gave_way = Vec::new();
    if let Some(spot) = spot {
        let own = spot.rect.expand(1.0);
        for (i, label) in labels.iter_mut().enumerate() {
            let Some(other) = label else { continue };
            let in_the_way = other.rect.intersects(own)
                || (other.leader && segment_meets(centres[i], other.rect.center(), &own))
                || (spot.leader
                    && segment_meets(centres[selected], spot.rect.center(), &other.rect));
            if i != selected && in_the_way {
                *label = None;
                gave_way.push(i);
            }
        }
    }
    // The labels that gave way find room elsewhere, or their number does.
    for &i in &gave_way {
        let taken = taken_by(&labels, &[], bounds);
        labels[i] = place_one(markers, centres, &index.0, &taken, i, bounds, BOTH);
    }
    super::label_repair::number_the_unlabelled(
        markers,
        centres,
        &index.0,
        &mut labels,
        (&gave_way, &[selected]),
        bounds,
    );
    labels
}

/// Whether the segment from `a` to `b` passes through `rect` (sampled like leader lines).
fn segment_meets(a: Pos2, b: Pos2, rect: &Rect) -> bool {
    (1..=16).any(|k| rect.contains(a.lerp(b, k as f32 / 16.0)))
}

/// A leader line from a marker to a far label must not cross another marker or a label already
/// placed (a line hidden under another label would point at the wrong name).
fn leader_is_clear(from: Pos2, label: &Rect, own: usize, markers: &Grid, labels: &Grid) -> bool {
    let to = label.center();
    (1..=16).all(|k| {
        let p = from.lerp(to, k as f32 / 16.0);
        let on_marker = markers.any_contains(p, 2.0, Some(own));
        let on_label = !label.contains(p) && labels.any_contains(p, 0.0, None);
        !on_marker && !on_label
    })
}

/// Label rectangles around a marker, in order of preference: right, left, above, below, then
/// the four diagonals.
fn candidates(c: Pos2, d: f32, size: Vec2) -> [Rect; 8] {
    let (w, h) = (size.x, size.y);
    let at = |min: Pos2| Rect::from_min_size(min, size);
    [
        at(pos2(c.x + d, c.y - h / 2.0)),
        at(pos2(c.x - d - w, c.y - h / 2.0)),
        at(pos2(c.x - w / 2.0, c.y - d - h)),
        at(pos2(c.x - w / 2.0, c.y + d)),
        at(pos2(c.x + d * 0.7, c.y - d * 0.7 - h)),
        at(pos2(c.x + d * 0.7, c.y + d * 0.7)),
        at(pos2(c.x - d * 0.7 - w, c.y - d * 0.7 - h)),
        at(pos2(c.x - d * 0.7 - w, c.y + d * 0.7)),
    ]
}

/// Spreads markers that overlap most of each other sideways, keeping each group centred on
/// where its members belong; a group wider than `limit` allows is squeezed (its markers then
/// overlap), and no marker crosses the risk line. Deterministic: the same input always gives
/// the same offsets.
pub fn spread(markers: &[MarkerIn], limit: SpreadLimit) -> Vec<Pos2> {
    let n = markers.len();
    // Group markers transitively by heavy overlap (union-find).
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    // Only markers closer than the largest radius can overlap that much: look in a grid.
    let reach = markers.iter().map(|m| m.radius).fold(1.0_f32, f32::max);
    let area = markers
        .iter()
        .fold(Rect::NOTHING, |r, m| {
            r.union(Rect::from_center_size(m.centre, Vec2::ZERO))
        })
        .expand(reach);
    let mut grid = Grid::new(area, reach.max(8.0) * 2.0);
    for m in markers {
        grid.insert(Rect::from_center_size(m.centre, Vec2::ZERO));
    }
    let mut close = Vec::new();
    for a in 0..n {
        let ma = &markers[a];
        close.clear();
        grid.any_near(
            Rect::from_center_size(ma.centre, Vec2::splat(reach * 2.0)),
            |b| {
                if b > a {
                    let mb = &markers[b];
                    if ma.centre.distance(mb.centre) < (ma.radius + mb.radius) * 0.5 {
                        close.push(b);
                    }
                }
                false
            },
        );
        for &b in &close {
            let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
            parent[ra.max(rb)] = ra.min(rb);
        }
    }
    let mut centres: Vec<Pos2> = markers.iter().map(|m| m.centre).collect();
    let mut groups: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for i in 0..n {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    for members in groups.values().filter(|g| g.len() > 1) {
        let step = members
            .iter()
            .map(|&i| markers[i].radius)
            .fold(0.0_f32, f32::max)
            * 1.6;
        let middle = (members.len() - 1) as f32 / 2.0;
        let step = step.min(limit.max_shift.max(0.0) / middle);
        for (k, &i) in members.iter().enumerate() {
            let from = markers[i].centre.x;
            let mut x = from + (k as f32 - middle) * step;
            // The risk line: a marker stays on the side its data puts it (on the line counts
            // as the right side, as in the classification).
            if let Some(line) = limit.line_x {
                x = if from < line {
                    x.min(line - 0.5)
                } else {
                    x.max(line)
                };
            }
            centres[i].x = x;
        }
    }
    centres
}

#[cfg(test)]
mod tests {
    use egui::vec2;

    use super::*;

    fn marker(x: f32, y: f32) -> MarkerIn {
        MarkerIn {
            centre: pos2(x, y),
            radius: 8.0,
            label: vec2(120.0, 20.0),
            short_label: vec2(24.0, 20.0),
        }
    }

    const NO_LIMIT: SpreadLimit = SpreadLimit {
        max_shift: f32::INFINITY,
        line_x: None,
    };

    fn bounds() -> Rect {
        Rect::from_min_max(pos2(0.0, 0.0), pos2(1000.0, 800.0))
    }

    #[test]
    fn markers_at_the_same_place_are_spread_apart() {
        let markers = vec![
            marker(500.0, 400.0),
            marker(500.0, 400.0),
            marker(500.0, 400.0),
        ];
        let centres = spread(&markers, NO_LIMIT);
        for a in 0..3 {
            for b in a + 1..3 {
                assert!(centres[a].distance(centres[b]) >= 12.0, "{centres:?}");
            }
        }
        let mean_x: f32 = centres.iter().map(|c| c.x).sum::<f32>() / 3.0;
        assert!((mean_x - 500.0).abs() < 0.01, "the group stays centred");
        assert_eq!(spread(&markers, NO_LIMIT), centres, "deterministic");
    }

    #[test]
    fn a_crowd_is_squeezed_within_the_limit_and_stays_on_its_side_of_the_line() {
        // Two hundred markers overlapping in a chain at nearly one place, just left of the line.
        let markers: Vec<_> = (0..200)
            .map(|i| marker(480.0 + (i % 3) as f32, 400.0 + (i % 5) as f32))
            .collect();
        let limit = SpreadLimit {
            max_shift: 30.0,
            line_x: Some(490.0),
        };
        let centres = spread(&markers, limit);
        for (c, m) in centres.iter().zip(&markers) {
            assert!(
                (c.x - m.centre.x).abs() <= 30.0 + 1e-3,
                "{c:?} from {:?}",
                m.centre
            );
            assert!(c.x < 490.0, "crossed the line: {c:?}");
            assert_eq!(c.y, m.centre.y, "only sideways");
        }
        // Right of (or on) the line they stay right.
        let right: Vec<_> = (0..50).map(|_| marker(490.0, 300.0)).collect();
        assert!(spread(&right, limit).iter().all(|c| c.x >= 490.0));
        // A small group still spreads fully.
        let pair = vec![marker(200.0, 200.0), marker(200.0, 200.0)];
        let apart = spread(&pair, limit);
        assert!(apart[0].distance(apart[1]) >= 12.0, "{apart:?}");
    }

    #[test]
    fn once_the_plot_is_full_the_smaller_lots_are_not_tried() {
        // A crowd at one place takes the few spots around it; after FULL_AFTER_MISSES lots in
        // a row found none, even a lone lot far away (last by spend) is not tried.
        let mut markers: Vec<_> = (0..200).map(|_| marker(500.0, 400.0)).collect();
        markers.push(marker(100.0, 100.0));
        let stacked = SpreadLimit {
            max_shift: 0.0,
            line_x: None,
        };
        let order: Vec<usize> = (0..markers.len()).collect();
        let placed = layout(&markers, &order, bounds(), stacked, &[]);
        assert!(placed[0].label.is_some());
        assert!(placed[200].label.is_none());
        // Before the plot is full, it is tried and placed.
        let early: Vec<usize> = std::iter::once(200).chain(0..200).collect();
        let placed = layout(&markers, &early, bounds(), stacked, &[]);
        assert!(placed[200].label.is_some());
    }

    #[test]
    fn a_selected_lot_gets_its_label_and_the_others_stay_put() {
        // A crowded column: the last lots get no label by spend.
        let markers: Vec<_> = (0..80)
            .map(|i| marker(400.0 + (i % 2) as f32 * 30.0, 200.0 + (i / 2) as f32 * 9.0))
            .collect();
        let centres = spread(&markers, NO_LIMIT);
        let index = MarkerIndex::new(&markers, &centres, bounds(), &[]);
        let order: Vec<usize> = (0..markers.len()).collect();
        let base = place_labels(&markers, &centres, &index, &order, bounds());
        let unlabelled = (0..30)
            .rev()
            .find(|&i| base[i].is_none())
            .expect("a lot without label");

        // A lot that has its name already: nothing changes.
        let named = (0..80).find(|&i| matches!(base[i], Some(s) if s.text == LabelText::Full));
        let named = named.expect("a named lot");
        assert_eq!(
            with_selected(&base, &markers, &centres, &index, named, bounds()),
            base
        );

        // The unlabelled one: labelled as if it came first, the rest kept or left out.
        let labels = with_selected(&base, &markers, &centres, &index, unlabelled, bounds());
        let first: Vec<usize> = std::iter::once(unlabelled).chain(0..80).collect();
        let alone = place_labels(&markers, &centres, &index, &first, bounds());
        assert_eq!(labels[unlabelled], alone[unlabelled]);
        assert!(labels[unlabelled].is_some());
        // Only the few labels in its way changed (moved, became a number, or gave way).
        let changed = (0..80)
            .filter(|&i| i != unlabelled && labels[i] != base[i])
            .count();
        assert!(changed > 0, "the crowd had a label in its way");
        assert!(changed <= 8, "{changed} labels changed");
        let rects: Vec<Rect> = labels.iter().flatten().map(|l| l.rect).collect();
        for (a, ra) in rects.iter().enumerate() {
            for rb in &rects[a + 1..] {
                assert!(!ra.intersects(*rb), "{ra:?} overlaps {rb:?}");
            }
        }
    }

    #[test]
    fn markers_apart_are_left_alone() {
        let markers = vec![marker(100.0, 100.0), marker(300.0, 100.0)];
        assert_eq!(
            spread(&markers, NO_LIMIT),
            vec![pos2(100.0, 100.0), pos2(300.0, 100.0)]
        );
    }

    #[test]
    fn labels_never_overlap_each_other_or_other_markers() {
        // A crowded column, as when many lots share a risk mean.
        let markers: Vec<_> = (0..12)
            .map(|i| marker(400.0, 300.0 + i as f32 * 14.0))
            .collect();
        let order: Vec<usize> = (0..markers.len()).collect();
        let placed = layout(&markers, &order, bounds(), NO_LIMIT, &[]);
        let labels: Vec<Rect> = placed
            .iter()
            .filter_map(|p| p.label.map(|l| l.rect))
            .collect();
        assert!(labels.len() >= 6, "most lots get a label: {}", labels.len());
        for (a, ra) in labels.iter().enumerate() {
            assert!(bounds().contains_rect(*ra));
            for rb in &labels[a + 1..] {
                assert!(!ra.intersects(*rb), "{ra:?} overlaps {rb:?}");
            }
        }
        for (i, p) in placed.iter().enumerate() {
            let Some(label) = p.label else { continue };
            for (j, q) in placed.iter().enumerate() {
                if i != j {
                    let r = Rect::from_center_size(q.centre, Vec2::splat(16.0));
                    assert!(!label.rect.intersects(r), "label {i} covers marker {j}");
                }
            }
        }
    }

    #[test]
    fn the_first_in_order_gets_the_preferred_spot() {
        let markers = vec![marker(400.0, 300.0), marker(400.0, 300.0)];
        let placed = layout(&markers, &[1, 0], bounds(), NO_LIMIT, &[]);
        let label = placed[1].label.expect("label");
        assert_eq!(label.text, LabelText::Full);
        assert!(!label.leader);
    }

    #[test]
    fn leader_lines_do_not_cross_other_markers() {
        let markers = [marker(100.0, 100.0), marker(130.0, 100.0)];
        let right_of_second = Rect::from_min_size(pos2(150.0, 90.0), vec2(60.0, 20.0));
        let mut rects = Grid::new(bounds(), 64.0);
        for m in &markers {
            rects.insert(Rect::from_center_size(
                m.centre,
                Vec2::splat(m.radius * 2.0),
            ));
        }
        let none = Grid::new(bounds(), 64.0);
        assert!(!leader_is_clear(
            pos2(100.0, 100.0),
            &right_of_second,
            0,
            &rects,
            &none
        ));
        assert!(leader_is_clear(
            pos2(130.0, 100.0),
            &right_of_second,
            1,
            &rects,
            &none
        ));
    }

    #[test]
    fn thousands_of_markers_lay_out_with_a_bounded_number_of_labels() {
        let markers: Vec<MarkerIn> = (0..5_000)
            .map(|i| marker((i * 37 % 1000) as f32, (i * 53 % 800) as f32))
            .collect();
        let order: Vec<usize> = (0..markers.len()).collect();
        let placed = layout(&markers, &order, bounds(), NO_LIMIT, &[]);
        let labelled = placed.iter().filter(|p| p.label.is_some()).count();
        assert!(labelled <= MAX_LABELS);
        let rects: Vec<Rect> = placed
            .iter()
            .filter_map(|p| p.label.map(|l| l.rect))
            .collect();
        for (a, ra) in rects.iter().enumerate() {
            for rb in &rects[a + 1..] {
                assert!(!ra.intersects(*rb), "labels overlap");
            }
        }
    }

    #[test]
    fn labels_stay_inside_the_plot() {
        let markers = vec![marker(995.0, 5.0)];
        let placed = layout(&markers, &[0], bounds(), NO_LIMIT, &[]);
        let label = placed[0].label.expect("label");
        assert!(bounds().contains_rect(label.rect));
        assert!(
            label.rect.max.x <= 995.0,
            "placed to the left at the right edge"
        );
    }
}
