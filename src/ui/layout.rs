//! How the window is shared between the lot list, the matrix and the card, from its size in
//! points (after zoom and the screen's scale factor). Every rule of the window's proportions
//! lives here: the matrix always gets the largest share.

/// The widths of the side panels at the desk.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DeskPanels {
    /// The lot list: first width and the range it may be resized in.
    pub list: PanelWidth,
    /// The card: first width and range.
    pub card: PanelWidth,
}

/// A side panel's first width and the range the user may drag it in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PanelWidth {
    /// The width it starts with.
    pub default: f32,
    /// The narrowest it may be dragged.
    pub min: f32,
    /// The widest it may be dragged.
    pub max: f32,
}

impl PanelWidth {
    fn new(width: f32, share: f32, max_share: f32, range: (f32, f32)) -> PanelWidth {
        let max = (width * max_share).max(range.0);
        PanelWidth {
            default: (width * share).clamp(range.0, range.1).min(max),
            min: range.0,
            max,
        }
    }
}

/// Below this width the lot list starts as a narrow strip (unless the user opened it).
pub const LIST_OPEN_FROM: f32 = 1440.0;

/// The width of a collapsed side panel (a strip with a button to open it).
pub const STRIP_WIDTH: f32 = 64.0;

/// The side panels at the desk in a window `width` points wide. Both at their widest still
/// leave the matrix half of the window.
pub fn desk(width: f32) -> DeskPanels {
    DeskPanels {
        list: PanelWidth::new(width, 0.18, 0.19, (220.0, 360.0)),
        card: PanelWidth::new(width, 0.3, 0.31, (396.0, 480.0)),
    }
}

/// Whether the lot list is open when the user has not chosen.
pub fn list_open_by_default(width: f32) -> bool {
    width >= LIST_OPEN_FROM
}

/// In presentation mode the scoring panel takes this share of the width; the matrix the rest
/// (more than 60 %).
pub const ROOM_CARD_SHARE: f32 = 0.36;

/// Presentation mode's sizes grow and shrink with the window's height: they were set for 1080
/// points, and text must keep its share of the screen on a 720-line projector as on a large one.
pub fn room_scale(height: f32) -> f32 {
    // In steps of 5 %, so a window resized by a few points keeps its sizes.
    ((height / 1080.0).clamp(0.65, 1.6) * 20.0).round() / 20.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_matrix_keeps_the_largest_share_and_half_of_a_laptop_width() {
        for width in [1024.0, 1280.0, 1366.0, 1536.0, 1920.0, 2560.0, 3840.0] {
            let panels = desk(width);
            let list = if list_open_by_default(width) {
                panels.list.default
            } else {
                STRIP_WIDTH
            };
            for (a, b) in [
                (list, panels.card.default),
                (panels.list.max, panels.card.max),
            ] {
                let matrix = width - a - b;
                assert!(matrix > a && matrix > b, "{width}: {a} + {b}");
                if width >= 1280.0 {
                    assert!(matrix >= width * 0.5 - 1.0, "{width}: {a} + {b}");
                }
            }
            assert!(panels.list.min <= panels.list.default);
            assert!(panels.card.min <= panels.card.default);
        }
    }

    #[test]
    fn presentation_sizes_follow_the_height_in_steps() {
        assert_eq!(room_scale(1080.0), 1.0);
        assert_eq!(room_scale(720.0), 0.65);
        assert_eq!(room_scale(1440.0), 1.35);
        assert_eq!(room_scale(1082.0), 1.0);
    }
}
