//! Every export as one kind: its file extension, the name to suggest, whether it draws its own
//! text, and the code that makes its bytes. The window and the command line both export
//! through [`ExportKind::make`], so they can never write different files for the same choice.

use crate::locale::Lang;
use crate::model::{Catalogue, Workshop};

use super::{CsvCells, PictureSize};

/// What to export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    /// The matrix as PNG, 1920x1080.
    Png,
    /// The matrix as PNG, A4 at 300 dpi.
    PngPrint,
    /// The matrix as SVG.
    Svg,
    /// The portfolio workbook.
    Xlsx,
    /// The portfolio table as CSV, text cells guarded against formulas (or `raw`: as they are).
    Csv {
        /// Every text exactly as it is.
        raw: bool,
    },
    /// The strategy report.
    Report,
    /// The tender calendar as PNG, 1920x1080.
    GanttPng,
    /// The tender calendar as PNG, A4 at 300 dpi.
    GanttPngPrint,
    /// The tender calendar as SVG.
    GanttSvg,
    /// The tender calendar as an agenda file (iCalendar).
    Ics,
}

/// Why an export could not be made.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct MakeError(pub String);

impl ExportKind {
    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            ExportKind::Png
            | ExportKind::PngPrint
            | ExportKind::GanttPng
            | ExportKind::GanttPngPrint => "png",
            ExportKind::Svg | ExportKind::GanttSvg => "svg",
            ExportKind::Ics => "ics",
            ExportKind::Xlsx => "xlsx",
            ExportKind::Csv { .. } => "csv",
            ExportKind::Report => "pdf",
        }
    }

    /// Whether the bytes are text a terminal may show (CSV, SVG, the agenda file).
    pub fn is_text(self) -> bool {
        matches!(
            self,
            ExportKind::Csv { .. } | ExportKind::Svg | ExportKind::GanttSvg | ExportKind::Ics
        )
    }

    /// Whether the export draws its text itself (and may lack a font for some letters), rather
    /// than leaving the fonts to the program that opens it.
    pub fn draws_text(self) -> bool {
        matches!(
            self,
            ExportKind::Png
                | ExportKind::PngPrint
                | ExportKind::Report
                | ExportKind::GanttPng
                | ExportKind::GanttPngPrint
        )
    }

    /// A file name to suggest, from the workshop's title.
    pub fn suggested_name(self, workshop: &Workshop, lang: Lang) -> String {
        let x = lang.exchange();
        let base: String = if workshop.title.trim().is_empty() {
            x.report_title.to_string()
        } else {
            workshop.title.trim().to_string()
        };
        let base: String = base
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '-' {
                    c
                } else {
                    ' '
                }
            })
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join("-");
        let suffix = match self {
            ExportKind::Png | ExportKind::Svg => "-matrix",
            ExportKind::GanttPng | ExportKind::GanttSvg | ExportKind::Ics => "-kalender",
            ExportKind::GanttPngPrint => "-kalender-a4",
            ExportKind::PngPrint => "-matrix-a4",
            ExportKind::Xlsx | ExportKind::Csv { .. } => "-portfolio",
            ExportKind::Report => "",
        };
        format!("{base}{suffix}.{}", self.extension())
    }

    /// Makes the file's bytes; `progress(done, total)` as it goes.
    pub fn make(
        self,
        workshop: &Workshop,
        catalogue: &Catalogue,
        lang: Lang,
        progress: &dyn Fn(usize, usize),
    ) -> Result<Vec<u8>, MakeError> {
        let failed = |e: &dyn std::fmt::Display| MakeError(e.to_string());
        match self {
            ExportKind::Png => {
                super::matrix_png(workshop, lang, PictureSize::Screen).map_err(|e| failed(&e))
            }
            ExportKind::PngPrint => {
                super::matrix_png(workshop, lang, PictureSize::Print).map_err(|e| failed(&e))
            }
            ExportKind::Svg => Ok(super::matrix_svg(workshop, lang).into_bytes()),
            ExportKind::GanttPng => {
                super::gantt_png(workshop, lang, PictureSize::Screen).map_err(|e| failed(&e))
            }
            ExportKind::GanttPngPrint => {
                super::gantt_png(workshop, lang, PictureSize::Print).map_err(|e| failed(&e))
            }
            ExportKind::GanttSvg => Ok(super::gantt_svg(workshop, lang).into_bytes()),
            ExportKind::Ics => {
                let stamp = super::ics::UtcStamp::now();
                Ok(super::ics::to_ics(workshop, lang, stamp).into_bytes())
            }
            ExportKind::Xlsx => {
                super::workbook::to_xlsx(workshop, catalogue, lang).map_err(|e| failed(&e))
            }
            ExportKind::Csv { raw } => {
                let cells = if raw {
                    CsvCells::Raw
                } else {
                    CsvCells::Guarded
                };
                let mut bytes = Vec::new();
                super::export_csv(workshop, cells, &mut bytes)
                    .map(|()| bytes)
                    .map_err(|e| failed(&e))
            }
            ExportKind::Report => {
                super::pdf::to_pdf(workshop, catalogue, lang, progress).map_err(|e| failed(&e))
            }
        }
    }
}
