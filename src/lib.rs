//! Kraljic Workshop: procurement strategy workshops for Dutch social-domain procurement.
//!
//! - [`model`]: the pure domain model (lots, scores, risk, Pareto analysis, quadrants).
//! - [`format`]: the workshop file (`.kraljic.ron`): loading with clear errors, atomic saving.
//! - [`interchange`]: CSV import and export.
//! - [`locale`]: Dutch and English texts and Dutch number formatting.
//! - [`cli`]: the command-line interface.

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
