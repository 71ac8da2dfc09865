//! The desk's panels: the lot list, the matrix, the lot card and its tabs, the calendar view,
//! the menu and the status line.

pub mod baseline;
pub mod calendar_view;
pub mod checklist;
pub(crate) mod kader_answers;
pub mod level_guide;
pub mod lot_card;
pub mod lot_list;
pub mod menu;
pub mod plot;
pub mod plot_access;
pub mod plot_lots;
pub mod plot_marks;
pub mod plot_what_if;
pub mod record;
pub(crate) mod scene_painter;
pub mod status_bar;
pub mod strategy_tab;
