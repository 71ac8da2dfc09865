//! Exports from the window: the file is asked for, then made and written on a named thread, so
//! a long report never freezes the window. The status bar shows the progress; the outcome (the
//! path, or what went wrong) is shown in a message.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::format::write_atomically;
use crate::locale::Lang;
use crate::model::Workshop;
use crate::report::{self, PictureSize};

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
    /// The portfolio table as CSV.
    Csv,
    /// The strategy report.
    Report,
    /// The tender calendar as PNG, 1920x1080.
    GanttPng,
    /// The tender calendar as SVG.
    GanttSvg,
    /// The tender calendar as an agenda file (iCalendar).
    Ics,
}

impl ExportKind {
    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            ExportKind::Png | ExportKind::PngPrint | ExportKind::GanttPng => "png",
            ExportKind::Svg | ExportKind::GanttSvg => "svg",
            ExportKind::Ics => "ics",
            ExportKind::Xlsx => "xlsx",
            ExportKind::Csv => "csv",
            ExportKind::Report => "pdf",
        }
    }

    /// Whether the export draws its text itself (and may lack a font for some letters), rather
    /// than leaving the fonts to the program that opens it.
    pub fn draws_text(self) -> bool {
        matches!(
            self,
            ExportKind::Png | ExportKind::PngPrint | ExportKind::Report | ExportKind::GanttPng
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
            ExportKind::PngPrint => "-matrix-a4",
            ExportKind::Xlsx | ExportKind::Csv => "-portfolio",
            ExportKind::Report => "",
        };
        format!("{base}{suffix}.{}", self.extension())
    }

    /// Makes the file's bytes; `progress(done, total)` as it goes.
    pub fn make(
        self,
        workshop: &Workshop,
        catalogue: &crate::model::Catalogue,
        lang: Lang,
        progress: &dyn Fn(usize, usize),
    ) -> Result<Vec<u8>, String> {
        match self {
            ExportKind::Png => {
                report::matrix_png(workshop, lang, PictureSize::Screen).map_err(|e| e.to_string())
            }
            ExportKind::PngPrint => {
                report::matrix_png(workshop, lang, PictureSize::Print).map_err(|e| e.to_string())
            }
            ExportKind::Svg => Ok(report::matrix_svg(workshop, lang).into_bytes()),
            ExportKind::GanttPng => {
                report::gantt_png(workshop, lang, PictureSize::Screen).map_err(|e| e.to_string())
            }
            ExportKind::GanttSvg => Ok(report::gantt_svg(workshop, lang).into_bytes()),
            ExportKind::Ics => {
                let stamp = report::ics::UtcStamp::now();
                Ok(report::ics::to_ics(workshop, lang, stamp).into_bytes())
            }
            ExportKind::Xlsx => {
                report::workbook::to_xlsx(workshop, catalogue, lang).map_err(|e| e.to_string())
            }
            ExportKind::Csv => {
                let mut bytes = Vec::new();
                report::export_csv(workshop, report::CsvCells::Guarded, &mut bytes)
                    .map(|()| bytes)
                    .map_err(|e| e.to_string())
            }
            ExportKind::Report => {
                report::pdf::to_pdf(workshop, catalogue, lang, progress).map_err(|e| e.to_string())
            }
        }
    }
}

/// An export under way on its own thread.
pub struct ExportJob {
    /// What is exported.
    pub kind: ExportKind,
    /// Where it goes.
    pub path: PathBuf,
    done: Arc<AtomicUsize>,
    total: Arc<AtomicUsize>,
    result: Receiver<Result<Option<String>, String>>,
}

impl ExportJob {
    /// Starts making and writing the export of a copy of the workshop.
    pub fn start(
        kind: ExportKind,
        path: PathBuf,
        workshop: Workshop,
        catalogue: crate::model::Catalogue,
        lang: Lang,
        ctx: egui::Context,
    ) -> std::io::Result<ExportJob> {
        let (sender, result) = channel();
        let done = Arc::new(AtomicUsize::new(0));
        let total = Arc::new(AtomicUsize::new(0));
        let (d, t, target) = (done.clone(), total.clone(), path.clone());
        std::thread::Builder::new()
            .name("export".into())
            .spawn(move || {
                let progress = |n: usize, of: usize| {
                    d.store(n, Ordering::Relaxed);
                    t.store(of, Ordering::Relaxed);
                };
                let made = kind
                    .make(&workshop, &catalogue, lang, &progress)
                    .map_err(|detail| {
                        let failed = crate::locale::cli::CliMessage::ExportFailed {
                            path: &target,
                            detail: &detail,
                        };
                        failed.text(lang)
                    });
                let outcome = made.and_then(|bytes| {
                    write_atomically(&target, &bytes).map_err(|e| {
                        crate::format::SaveError::Write {
                            path: target.clone(),
                            source: e,
                        }
                        .describe(lang)
                    })
                });
                if let Err(error) = &outcome {
                    log::error!("export to {} failed: {error}", target.display());
                }
                // Letters no font has are drawn as a mark; say which lots have them.
                let outcome = outcome.map(|()| {
                    let lots = report::unprintable_lots(&workshop);
                    (kind.draws_text() && !lots.is_empty()).then(|| {
                        crate::locale::cli::CliMessage::Unprintable(&lots.join(", ")).text(lang)
                    })
                });
                // The window may be gone; then nobody needs the answer.
                let _ = sender.send(outcome);
                ctx.request_repaint();
            })?;
        Ok(ExportJob {
            kind,
            path,
            done,
            total,
            result,
        })
    }

    /// Pages done and pages in all (0 of 0 until the count is known).
    pub fn progress(&self) -> (usize, usize) {
        (
            self.done.load(Ordering::Relaxed),
            self.total.load(Ordering::Relaxed),
        )
    }

    /// The outcome, once the thread is done: a remark to show with it, or what went wrong.
    pub fn finished(&self) -> Option<Result<Option<String>, String>> {
        match self.result.try_recv() {
            Ok(outcome) => Some(outcome),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                Some(Err("the export stopped unexpectedly".to_string()))
            }
        }
    }
}
