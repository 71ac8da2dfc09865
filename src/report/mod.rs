//! Exports for people: the matrix as PNG and SVG, the portfolio as an Excel workbook and as
//! CSV, and the strategy report as PDF.

pub mod answers;
mod catalogue;
pub mod copy_table;
mod csv_export;
pub mod ics;
mod lot_pages;
pub mod pdf;
mod pdf_scene;
mod pdf_text;
pub mod raster;
pub mod strategy_lines;
pub mod strategy_table;
pub mod svg;
pub mod workbook;
mod workbook_plan;

pub use catalogue::{ExportKind, MakeError};
pub use csv_export::{CSV_HEADER, CsvCells, csv_header, export_csv};

use crate::chart::scene::matrix_scene;
use crate::locale::Lang;
use crate::model::Workshop;

/// The size of an exported picture of the matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum PictureSize {
    /// 1920 by 1080 pixels, for slides and screens.
    #[default]
    Screen,
    /// A4 landscape at 300 dots per inch (3508 by 2480 pixels), for print.
    Print,
}

impl PictureSize {
    /// Width and height in pixels.
    pub fn pixels(self) -> egui::Vec2 {
        match self {
            PictureSize::Screen => egui::vec2(1920.0, 1080.0),
            PictureSize::Print => egui::vec2(3508.0, 2480.0),
        }
    }
}

/// The matrix as a PNG picture.
pub fn matrix_png(
    workshop: &Workshop,
    lang: Lang,
    size: PictureSize,
) -> Result<Vec<u8>, raster::RasterError> {
    raster::to_png(&matrix_scene(workshop, lang, size.pixels()))
}

/// The matrix as pixels for the clipboard, drawn as the PNG export draws it: width, height
/// and straight RGBA bytes.
pub fn matrix_rgba(
    workshop: &Workshop,
    lang: Lang,
    size: PictureSize,
) -> Result<(u32, u32, Vec<u8>), raster::RasterError> {
    raster::to_rgba(&matrix_scene(workshop, lang, size.pixels()))
}

/// Today's date in the Netherlands (Europe/Amsterdam) by the system clock, or on the day
/// `SOURCE_DATE_EPOCH` names, for plans read against today. Timestamps in files stay UTC.
pub fn today() -> crate::model::WorkshopDate {
    let seconds = i64::try_from(ics::unix_seconds_now()).unwrap_or(i64::MAX);
    crate::model::WorkshopDate::dutch_day_at(seconds)
}

/// The tender calendar (Gantt chart) as a PNG picture.
pub fn gantt_png(
    workshop: &Workshop,
    lang: Lang,
    size: PictureSize,
) -> Result<Vec<u8>, raster::RasterError> {
    let scene = crate::chart::gantt::gantt_scene(
        workshop,
        lang,
        size.pixels(),
        today(),
        Default::default(),
    );
    raster::to_png(&scene)
}

/// The tender calendar (Gantt chart) as an SVG drawing (1920 by 1080 units).
pub fn gantt_svg(workshop: &Workshop, lang: Lang) -> String {
    let size = PictureSize::Screen.pixels();
    let scene = crate::chart::gantt::gantt_scene(workshop, lang, size, today(), Default::default());
    svg::to_svg(&scene, crate::locale::planning::texts(lang).heading)
}

/// The lots with letters that no font on this computer has (they are drawn as
/// [`crate::chart::fallback::REPLACEMENT`] in the PNG and the PDF), each as its name with
/// those letters: `Gezin 👪 (👪)`.
pub fn unprintable_lots(workshop: &Workshop) -> Vec<String> {
    use crate::chart::fallback::unprintable;
    workshop
        .lots
        .iter()
        .filter_map(|lot| {
            let mut missing: Vec<&str> = Vec::new();
            let record = workshop.record.iter().filter(|r| r.lot == Some(lot.id));
            let texts = [&lot.name, &lot.notes]
                .into_iter()
                .chain(record.map(|r| &r.text));
            for text in texts {
                for cluster in unprintable(text) {
                    if !missing.contains(&cluster) {
                        missing.push(cluster);
                    }
                }
            }
            (!missing.is_empty()).then(|| format!("{} ({})", lot.name, missing.join(" ")))
        })
        .collect()
}

/// The matrix as an SVG drawing (1920 by 1080 units).
pub fn matrix_svg(workshop: &Workshop, lang: Lang) -> String {
    let title = if workshop.title.is_empty() {
        lang.exchange().report_title
    } else {
        &workshop.title
    };
    svg::to_svg(
        &matrix_scene(workshop, lang, PictureSize::Screen.pixels()),
        title,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> Workshop {
        crate::examples::nmd_workshop()
    }

    #[test]
    fn the_png_has_the_size_asked_for_and_is_not_blank() {
        let bytes = matrix_png(&example(), Lang::Dutch, PictureSize::Screen).expect("png");
        let decoder = png::Decoder::new(std::io::Cursor::new(&bytes));
        let mut reader = decoder.read_info().expect("header");
        let mut buffer = vec![0; reader.output_buffer_size().expect("size")];
        let info = reader.next_frame(&mut buffer).expect("frame");
        assert_eq!((info.width, info.height), (1920, 1080));
        let pixels: Vec<&[u8]> = buffer.chunks(4).collect();
        let white = pixels.iter().filter(|p| p[..3] == [255, 255, 255]).count();
        let dark = pixels
            .iter()
            .filter(|p| p[0] < 80 && p[1] < 80 && p[2] < 80)
            .count();
        assert!(white < pixels.len() * 9 / 10, "mostly white");
        assert!(dark > 5_000, "text and lines are drawn: {dark}");
        if let Ok(dir) = std::env::var("KRALJIC_EXPORT_DIR") {
            std::fs::write(format!("{dir}/matrix.png"), &bytes).expect("write");
        }
    }
}
