//! Kraljic Workshop: procurement strategy workshops for Dutch social-domain procurement.
//!
//! The modules are layers, each importing only the ones before it in this list
//! (`docs/architecture.md`, checked by `tests/architecture.rs`):
//!
//! 1. [`model`]: the pure domain model (lots, scores, risk, Pareto analysis, quadrants).
//! 2. [`locale`]: the language, the Dutch and English texts, Dutch numbers and dates.
//! 3. [`format`](mod@format): the workshop file (`.kraljic.ron`): loading with clear errors, atomic saving.
//! 4. [`interchange`]: CSV and spreadsheet imports.
//! 5. [`chart`]: the matrix and the tender calendar as geometry and shapes.
//! 6. [`report`]: the exports (PNG, SVG, PDF, xlsx, CSV, iCalendar).
//! 7. [`ui`]: the window.
//! 8. [`cli`]: the command-line interface.

pub mod chart;
pub mod cli;
pub mod examples;
pub mod format;
pub mod fuzzing;
pub mod interchange;
pub mod locale;
pub mod logging;
pub mod model;
pub mod report;
pub mod ui;
