//! The strategy report as PDF: a title page, the matrix, the portfolio table, and a page per lot
//! with its scores, quadrant and what it means, checklist answers, notes and recorded decisions. Inter is
//! embedded (subset); every page but the first has a page number.
//!
//! Pages are laid out first (so the number of pages is known for the footers) and then drawn.

use krilla::Document;
use krilla::geom::{PathBuilder, Transform};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;

use super::answers::{lot_answer, record_line};
use super::pdf_scene::{draw_scene, stroke};
use super::pdf_text::{Ink, PdfFonts, draw_text};
use crate::chart::fonts::{text_width, wrap};
use crate::chart::scene::{Outline, Rgba, Scene, matrix_scene_with};
use crate::locale::Lang;
use crate::locale::number::{format_decimal, format_euro, format_percent};
use crate::model::{Catalogue, Criterion, Portfolio, RankedLot, Workshop, analyse};

mod sections;
mod summary;
use sections::{kader_table, portfolio_table, tender_dates};

/// A4 portrait, in points.
const A4: (f32, f32) = (595.28, 841.89);
const MARGIN: f32 = 56.0;
const BODY: f32 = 10.5;
const SMALL: f32 = 9.0;
const H1: f32 = 24.0;
const H2: f32 = 15.0;
const H3: f32 = 11.5;

/// Why the report could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The PDF writer failed.
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
    /// The user stopped it.
    #[error("cancelled")]
    Cancelled,
}

enum Op {
    Text {
        x: f32,
        y: f32,
        size: f32,
        bold: bool,
        grey: bool,
        text: String,
    },
    Rule {
        y: f32,
    },
    Matrix(Box<Scene>),
}

struct Page {
    size: (f32, f32),
    ops: Vec<Op>,
    numbered: bool,
}

/// Lays text out down the pages, starting a new page when one is full.
struct Layout {
    pages: Vec<Page>,
    y: f32,
}

impl Layout {
    fn new() -> Layout {
        Layout {
            pages: Vec::new(),
            y: MARGIN,
        }
    }

    fn new_page(&mut self) {
        self.pages.push(Page {
            size: A4,
            ops: Vec::new(),
            numbered: true,
        });
        self.y = MARGIN;
    }

    fn push(&mut self, op: Op) {
        if self.pages.is_empty() {
            self.new_page();
        }
        if let Some(page) = self.pages.last_mut() {
            page.ops.push(op);
        }
    }

    /// Room for `height` more points on this page, or a new page.
    fn room(&mut self, height: f32) {
        if self.pages.is_empty() || self.y + height > A4.1 - MARGIN {
            self.new_page();
        }
    }

    /// A wrapped paragraph at an indent.
    fn paragraph(&mut self, text: &str, size: f32, bold: bool, indent: f32) {
        let width = A4.0 - 2.0 * MARGIN - indent;
        for line in wrap(text, size, bold, width) {
            self.room(size * 1.4);
            self.y += size * 1.4;
            let y = self.y;
            self.push(Op::Text {
                x: MARGIN + indent,
                y,
                size,
                bold,
                grey: false,
                text: line,
            });
        }
    }

    fn heading(&mut self, text: &str, size: f32) {
        // Keep a heading with at least two lines of what follows.
        self.room(size * 1.6 + BODY * 3.0);
        self.y += size * 0.6;
        self.paragraph(text, size, true, 0.0);
        self.y += size * 0.2;
    }

    fn rule(&mut self) {
        self.room(8.0);
        self.y += 6.0;
        let y = self.y;
        self.push(Op::Rule { y });
    }

    /// A label and a value on one line (the value wrapped under itself).
    fn field(&mut self, label: &str, value: &str, label_width: f32) {
        let width = A4.0 - 2.0 * MARGIN - label_width;
        let lines = wrap(value, BODY, false, width);
        for (i, line) in lines.into_iter().enumerate() {
            self.room(BODY * 1.45);
            self.y += BODY * 1.45;
            let y = self.y;
            if i == 0 {
                self.push(Op::Text {
                    x: MARGIN,
                    y,
                    size: BODY,
                    bold: true,
                    grey: false,
                    text: label.to_string(),
                });
            }
            self.push(Op::Text {
                x: MARGIN + label_width,
                y,
                size: BODY,
                bold: false,
                grey: false,
                text: line,
            });
        }
    }
}

pub use super::lot_pages::{ASK_ABOVE_LOTS, LotPages};

/// Makes the report with every lot's page; `progress(done, total)` is called after each page
/// is drawn.
pub fn to_pdf(
    workshop: &Workshop,
    catalogue: &Catalogue,
    lang: Lang,
    progress: &dyn Fn(usize, usize),
) -> Result<Vec<u8>, ReportError> {
    to_pdf_with(workshop, catalogue, lang, &LotPages::All, &|done, total| {
        progress(done, total);
        true
    })
}

/// Makes the report with the lot pages `pages` chooses; `progress(done, total)` is called
/// after each page is drawn, and stops the report ([`ReportError::Cancelled`]) when it
/// returns false.
pub fn to_pdf_with(
    workshop: &Workshop,
    catalogue: &Catalogue,
    lang: Lang,
    pages: &LotPages,
    progress: &dyn Fn(usize, usize) -> bool,
) -> Result<Vec<u8>, ReportError> {
    let portfolio = analyse(workshop);
    let sensitivity = crate::model::sensitivity::analyse_sensitivity(workshop, &portfolio);
    let analysis = Analysis {
        portfolio: &portfolio,
        sensitivity: &sensitivity,
    };
    let laid_out = lay_out(workshop, catalogue, &analysis, lang, pages);
    draw(workshop, laid_out, lang, progress)
}

fn title_of(workshop: &Workshop, lang: Lang) -> String {
    if workshop.title.trim().is_empty() {
        lang.exchange().report_title.to_string()
    } else {
        workshop.title.trim().to_string()
    }
}

/// What the report is made of besides the workshop.
struct Analysis<'a> {
    portfolio: &'a Portfolio,
    sensitivity: &'a crate::model::sensitivity::Sensitivity,
}

fn lay_out(
    workshop: &Workshop,
    catalogue: &Catalogue,
    analysis: &Analysis<'_>,
    lang: Lang,
    lot_pages: &LotPages,
) -> Vec<Page> {
    let x = lang.exchange();
    let portfolio = analysis.portfolio;
    let mut layout = Layout::new();

    // Title page.
    layout.new_page();
    if let Some(page) = layout.pages.last_mut() {
        page.numbered = false;
    }
    layout.y = 250.0;
    layout.paragraph(x.report_kind, H2, false, 0.0);
    layout.y += 8.0;
    layout.paragraph(&title_of(workshop, lang), H1 + 4.0, true, 0.0);
    layout.y += 24.0;
    let participants: Vec<&str> = workshop
        .participants
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    let fields = [
        (x.organisation, workshop.organisation.clone()),
        (x.date, crate::locale::number::date_text(workshop.date)),
        (x.municipalities, workshop.municipalities.join(", ")),
        (x.participants, participants.join(", ")),
        (
            x.lots,
            format!(
                "{} ({} {})",
                workshop.lots.len(),
                format_euro(portfolio.total),
                x.total.to_lowercase()
            ),
        ),
    ];
    for (label, value) in fields {
        if !value.trim().is_empty() {
            layout.field(label, &value, 120.0);
        }
    }
    layout.y = A4.1 - MARGIN - 20.0;
    layout.paragraph(x.made_with, SMALL, false, 0.0);

    // One page for whoever reads only one.
    layout.new_page();
    summary::summary_page(
        &mut layout,
        workshop,
        portfolio,
        analysis.sensitivity,
        catalogue,
        lang,
    );

    // The matrix, on a landscape page.
    let landscape = (A4.1, A4.0);
    let scene = matrix_scene_with(workshop, portfolio, lang, egui::vec2(1920.0, 1200.0));
    layout.pages.push(Page {
        size: landscape,
        ops: vec![Op::Matrix(Box::new(scene))],
        numbered: true,
    });

    // The portfolio table.
    layout.new_page();
    layout.heading(x.portfolio, H2);
    portfolio_table(&mut layout, workshop, portfolio, lang);

    // How firm the placements are.
    layout.new_page();
    summary::sensitivity_section(&mut layout, workshop, portfolio, analysis.sensitivity, lang);

    // The tender calendar, on a landscape page, and its dates.
    if !workshop.planning.tenders.is_empty() {
        let heading = crate::locale::planning::texts(lang).heading;
        let size = egui::vec2(1920.0, 1200.0);
        let today = super::today();
        let scene = crate::chart::gantt::gantt_scene(
            workshop,
            lang,
            size,
            today,
            crate::chart::gantt::GanttOptions {
                title: Some(heading),
                without_names: false,
                text_size: None,
            },
        );
        layout.pages.push(Page {
            size: landscape,
            ops: vec![Op::Matrix(Box::new(scene))],
            numbered: true,
        });
        layout.new_page();
        tender_dates(&mut layout, workshop, lang);
    }

    // The kaders against the lots.
    if !workshop.kaders.is_empty() {
        layout.new_page();
        kader_table(&mut layout, workshop, portfolio, lang);
    }

    // What the session recorded for no single lot.
    let session: Vec<_> = workshop.record.iter().filter(|r| r.lot.is_none()).collect();
    if !session.is_empty() {
        layout.new_page();
        layout.heading(x.record_session, H2);
        for item in session {
            layout.paragraph(&record_line(item, lang), BODY, false, 0.0);
        }
    }

    // A page per lot, in rank order.
    for ranked in &portfolio.ranked {
        if let Some(lot) =
            (workshop.lots.get(ranked.index)).filter(|l| lot_pages.includes(l, ranked))
        {
            layout.new_page();
            lot_page(
                &mut layout,
                workshop,
                catalogue,
                lot,
                (ranked, analysis),
                lang,
            );
        }
    }
    layout.pages
}

fn lot_page(
    layout: &mut Layout,
    workshop: &Workshop,
    catalogue: &Catalogue,
    lot: &crate::model::Lot,
    (ranked, analysis): (&RankedLot, &Analysis<'_>),
    lang: Lang,
) {
    let x = lang.exchange();
    let texts = lang.texts();
    layout.heading(&format!("{}. {}", ranked.rank, lot.name), H2);
    layout.paragraph(
        &format!(
            "{} \u{2022} {} \u{2022} {} {} \u{2022} ABC {}",
            texts.law(lot.law),
            format_euro(lot.spend),
            format_percent(ranked.share_pct, 1),
            x.columns.share.to_lowercase(),
            ranked.abc_band.letter()
        ),
        BODY,
        false,
        0.0,
    );
    layout.heading(x.scores, H3);
    for criterion in Criterion::ALL {
        let value = lot.scores.get(criterion).map_or_else(
            || x.not_scored.to_string(),
            |l| format!("{} {}", l.number(), texts.level(l)),
        );
        layout.field(texts.criterion(criterion), &value, 110.0);
    }
    match (ranked.risk, ranked.quadrant) {
        (Some(risk), Some(quadrant)) => {
            layout.field(
                x.columns.risk,
                &format!(
                    "{} ({})",
                    format_decimal(risk.mean_for_display(), risk.places),
                    texts.level(risk.class)
                ),
                110.0,
            );
            if let Some(weighted) = crate::locale::scale::weighted(&workshop.settings.weights, lang)
            {
                layout.paragraph(&weighted, SMALL, false, 110.0);
            }
            layout.field(
                x.columns.value,
                texts.value_class(ranked.value_class),
                110.0,
            );
            layout.field(x.columns.quadrant, texts.quadrant(quadrant), 110.0);
            layout.heading(x.meaning, H3);
            layout.paragraph(texts.quadrant_advice(quadrant), BODY, false, 0.0);
        }
        _ => layout.field(x.columns.quadrant, x.not_scored, 110.0),
    }
    let scale = crate::format::scale_file::scale_of(workshop);
    summary::evidence(layout, lot, (analysis.sensitivity, scale), lang);
    let strategy = super::strategy_lines::strategy_lines(workshop, lot, ranked.quadrant, lang);
    if !strategy.is_empty() {
        layout.heading(crate::locale::strategy::texts(lang).tab, H3);
        // Wider labels than the scores': "Leveranciersmanagement", "Geraamde opdrachtwaarde".
        for (label, text) in &strategy {
            layout.field(label, text, 150.0);
        }
    }
    layout.heading(x.checklist, H3);
    for group in &catalogue.groups {
        layout.room(BODY * 4.0);
        layout.y += 4.0;
        layout.paragraph(lang.pick(&group.title), BODY, true, 0.0);
        let mut open = Vec::new();
        for question in &group.questions {
            let Some((text, note)) = lot_answer(lot, question, lang) else {
                open.push(lang.pick(&question.text));
                continue;
            };
            let text = Some(text)
                .filter(|t| !t.is_empty())
                .unwrap_or_else(|| x.not_answered.to_string());
            layout.paragraph(lang.pick(&question.text), SMALL, false, 10.0);
            layout.paragraph(&text, BODY, false, 22.0);
            if !note.is_empty() {
                layout.paragraph(&note, SMALL, false, 22.0);
            }
        }
        // Questions not answered yet: listed briefly, so the report shows what is still open.
        if !open.is_empty() {
            layout.paragraph(
                &format!("{} ({}): {}", x.open, open.len(), open.join(" \u{2022} ")),
                SMALL,
                false,
                10.0,
            );
        }
    }
    if !lot.notes.trim().is_empty() {
        layout.heading(x.notes, H3);
        layout.paragraph(lot.notes.trim(), BODY, false, 0.0);
    }
    let items: Vec<_> = workshop
        .record
        .iter()
        .filter(|r| r.lot == Some(lot.id))
        .collect();
    if !items.is_empty() {
        layout.heading(x.record, H3);
        for item in items {
            layout.paragraph(&record_line(item, lang), BODY, false, 0.0);
        }
    }
}

fn draw(
    workshop: &Workshop,
    pages: Vec<Page>,
    lang: Lang,
    progress: &dyn Fn(usize, usize) -> bool,
) -> Result<Vec<u8>, ReportError> {
    let x = lang.exchange();
    let mut pdf_fonts = PdfFonts::new()?;
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(title_of(workshop, lang))
            .language(lang.code().to_string())
            .creator("Kraljic Workshop".to_string()),
    );
    let total = pages.len();
    for (index, page) in pages.into_iter().enumerate() {
        let settings = PageSettings::from_wh(page.size.0, page.size.1)
            .ok_or_else(|| ReportError::Pdf("page size".into()))?;
        let mut pdf_page = document.start_page_with(settings);
        let mut surface = pdf_page.surface();
        let black = Rgba([0, 0, 0, 255]);
        let grey = Rgba([90, 90, 90, 255]);
        for op in &page.ops {
            match op {
                Op::Text {
                    x,
                    y,
                    size,
                    bold: is_bold,
                    grey: is_grey,
                    text: t,
                } => {
                    let ink = Ink {
                        size: *size,
                        bold: *is_bold,
                        colour: if *is_grey { grey } else { black },
                    };
                    draw_text(&mut surface, &mut pdf_fonts, (*x, *y), ink, t);
                }
                Op::Rule { y } => {
                    let mut pb = PathBuilder::new();
                    pb.move_to(MARGIN, *y);
                    pb.line_to(page.size.0 - MARGIN, *y);
                    if let Some(path) = pb.finish() {
                        surface.set_fill(None);
                        surface.set_stroke(Some(stroke(Outline {
                            width: 0.6,
                            colour: grey,
                        })));
                        surface.draw_path(&path);
                    }
                }
                Op::Matrix(scene) => {
                    let margin = 28.0;
                    let scale = ((page.size.0 - 2.0 * margin) / scene.size.x)
                        .min((page.size.1 - 2.0 * margin - 14.0) / scene.size.y);
                    surface.push_transform(&Transform::from_row(
                        scale, 0.0, 0.0, scale, margin, margin,
                    ));
                    draw_scene(&mut surface, scene, &mut pdf_fonts);
                    surface.pop();
                }
            }
        }
        if page.numbered {
            let footer = format!("{} {} {} {}", x.page, index + 1, x.of, total);
            let width = text_width(&footer, SMALL, false);
            let ink = Ink {
                size: SMALL,
                bold: false,
                colour: grey,
            };
            let y = page.size.1 - 22.0;
            let right = page.size.0 - MARGIN.min(28.0 + 10.0) - width;
            draw_text(&mut surface, &mut pdf_fonts, (right, y), ink, &footer);
            let title = title_of(workshop, lang);
            draw_text(
                &mut surface,
                &mut pdf_fonts,
                (MARGIN.min(38.0), y),
                ink,
                &title,
            );
        }
        surface.finish();
        pdf_page.finish();
        if !progress(index + 1, total) {
            return Err(ReportError::Cancelled);
        }
    }
    document
        .finish()
        .map_err(|e| ReportError::Pdf(e.to_string()))
}
