//! Exports from the window: the file is asked for, then made ([`ExportKind::make`], the one
//! catalogue the command line uses too) and written on a named thread, so a long report never
//! freezes the window. The status bar shows the progress; the outcome (the path, or what went
//! wrong) is shown in a message.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

use crate::format::write_atomically;
use crate::locale::Lang;
use crate::model::Workshop;
use crate::report;
pub use crate::report::ExportKind;

/// An export under way on its own thread.
pub struct ExportJob {
    /// What is exported.
    pub kind: ExportKind,
    /// Where it goes.
    pub path: PathBuf,
    done: Arc<AtomicUsize>,
    total: Arc<AtomicUsize>,
    cancelled: Arc<AtomicBool>,
    started: Instant,
    result: Receiver<Result<Option<String>, String>>,
}

impl ExportJob {
    /// Starts making and writing the export of a copy of the workshop; a report takes the lot
    /// pages `pages` chooses.
    pub fn start(
        kind: ExportKind,
        path: PathBuf,
        workshop: Workshop,
        catalogue: crate::model::Catalogue,
        lang: Lang,
        ctx: egui::Context,
        pages: report::pdf::LotPages,
    ) -> std::io::Result<ExportJob> {
        let (sender, result) = channel();
        let done = Arc::new(AtomicUsize::new(0));
        let total = Arc::new(AtomicUsize::new(0));
        let cancelled = Arc::new(AtomicBool::new(false));
        let (d, t, target) = (done.clone(), total.clone(), path.clone());
        let stop = cancelled.clone();
        std::thread::Builder::new()
            .name("export".into())
            .spawn(move || {
                let progress = |n: usize, of: usize| {
                    d.store(n, Ordering::Relaxed);
                    t.store(of, Ordering::Relaxed);
                    !stop.load(Ordering::Relaxed)
                };
                let made = match kind {
                    // Cancelled between two pages: nothing is written, not even a part.
                    ExportKind::Report => {
                        report::pdf::to_pdf_with(&workshop, &catalogue, lang, &pages, &progress)
                            .map_err(|e| report::MakeError(e.to_string()))
                    }
                    _ => kind.make(&workshop, &catalogue, lang, &|n, of| {
                        progress(n, of);
                    }),
                };
                if stop.load(Ordering::Relaxed) {
                    return;
                }
                let made = made.map_err(|error| {
                    let failed = crate::locale::cli::CliMessage::ExportFailed {
                        path: &target,
                        detail: &error.to_string(),
                    };
                    failed.text(lang)
                });
                // Looked at once more just before writing: a cancel never leaves a file.
                if stop.load(Ordering::Relaxed) {
                    return;
                }
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
            cancelled,
            started: Instant::now(),
            result,
        })
    }

    /// Stops the export at the next page; nothing is written.
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }

    /// About how long it still takes, from the pace so far (once a page is done).
    pub fn time_left(&self) -> Option<Duration> {
        let (done, total) = self.progress();
        (done > 0 && total > done).then(|| {
            self.started
                .elapsed()
                .mul_f64((total - done) as f64 / done as f64)
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
