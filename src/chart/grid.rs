//! A uniform grid of rectangles over an area, so the label layout finds the markers and labels
//! near a place without looking at all of them.

use egui::{Pos2, Rect, Vec2};

/// Rectangles bucketed by a uniform grid over an area, to find the ones near a place without
/// looking at all of them. Places outside the area share the border cells.
#[derive(Debug)]
pub(crate) struct Grid {
    origin: Pos2,
    cell: f32,
    columns: i32,
    rows: i32,
    buckets: Vec<Vec<usize>>,
    rects: Vec<Rect>,
}

impl Grid {
    pub(crate) fn new(area: Rect, cell: f32) -> Grid {
        let columns = ((area.width() / cell).ceil() as i32).clamp(1, 512);
        let rows = ((area.height() / cell).ceil() as i32).clamp(1, 512);
        Grid {
            origin: area.min,
            cell: (area.width() / columns as f32)
                .max(area.height() / rows as f32)
                .max(1.0),
            columns,
            rows,
            buckets: vec![Vec::new(); (columns * rows) as usize],
            rects: Vec::new(),
        }
    }

    /// The range of cells a rectangle touches.
    fn span(&self, rect: Rect) -> (std::ops::RangeInclusive<i32>, std::ops::RangeInclusive<i32>) {
        let at = |v: f32, o: f32, n: i32| (((v - o) / self.cell).floor() as i32).clamp(0, n - 1);
        (
            at(rect.min.x, self.origin.x, self.columns)
                ..=at(rect.max.x, self.origin.x, self.columns),
            at(rect.min.y, self.origin.y, self.rows)..=at(rect.max.y, self.origin.y, self.rows),
        )
    }

    /// Adds a rectangle; returns its index.
    pub(crate) fn insert(&mut self, rect: Rect) -> usize {
        let index = self.rects.len();
        self.rects.push(rect);
        let (xs, ys) = self.span(rect);
        for y in ys {
            for x in xs.clone() {
                self.buckets[(y * self.columns + x) as usize].push(index);
            }
        }
        index
    }

    /// Calls `f` with the index of every rectangle that may touch `rect` (some more than once)
    /// until it returns true; returns whether it did.
    pub(crate) fn any_near(&self, rect: Rect, mut f: impl FnMut(usize) -> bool) -> bool {
        let (xs, ys) = self.span(rect);
        for y in ys {
            for x in xs.clone() {
                if self.buckets[(y * self.columns + x) as usize]
                    .iter()
                    .any(|&i| f(i))
                {
                    return true;
                }
            }
        }
        false
    }

    pub(crate) fn any_intersects(&self, rect: Rect, except: Option<usize>) -> bool {
        self.any_near(rect, |i| {
            Some(i) != except && self.rects[i].intersects(rect)
        })
    }

    pub(crate) fn any_contains(&self, point: Pos2, grow: f32, except: Option<usize>) -> bool {
        let probe = Rect::from_center_size(point, Vec2::splat(grow * 2.0));
        self.any_near(probe, |i| {
            Some(i) != except && self.rects[i].expand(grow).contains(point)
        })
    }
}
