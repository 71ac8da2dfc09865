//! Limits on what a zipped workbook (`.xlsx`, `.xlsm`, `.ods`) may inflate to, checked before the
//! spreadsheet reader sees it: a "zip bomb" of a megabyte can hold a gigabyte of XML.
//!
//! Every part is inflated here and counted while it inflates, into nothing (so memory stays
//! small), and the count stops as soon as a limit is passed: the sizes a zip's directory states
//! are not trusted, since a bomb may understate them.

use std::io::{Cursor, Read};

use super::read::SheetError;

/// The most one part (a sheet's XML, the shared strings, `content.xml`) may inflate to.
pub const MAX_PART_BYTES: u64 = 48 * 1024 * 1024;
/// The most all parts together may inflate to.
pub const MAX_TOTAL_BYTES: u64 = 64 * 1024 * 1024;
/// The most parts a workbook may have.
pub const MAX_PARTS: usize = 2_000;

/// Refuses a zipped workbook whose parts inflate beyond the limits, or that has too many parts.
/// Bytes that are not a zip pass (the reader that follows says what is wrong with them).
pub fn check_inflated_size(bytes: &[u8]) -> Result<(), SheetError> {
    if !bytes.starts_with(b"PK") {
        return Ok(());
    }
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    if archive.len() > MAX_PARTS {
        return Err(SheetError::TooManyParts {
            parts: archive.len(),
        });
    }
    let mut total = 0u64;
    for index in 0..archive.len() {
        let Ok(part) = archive.by_index(index) else {
            continue;
        };
        let name = part
            .name()
            .map_or_else(|_| format!("#{index}"), |n| n.into_owned());
        let limit = MAX_PART_BYTES.min(MAX_TOTAL_BYTES - total);
        // One byte past the limit is enough to know.
        let inflated = std::io::copy(&mut part.take(limit + 1), &mut std::io::sink()).unwrap_or(0);
        if inflated > limit {
            log::info!("workbook part {name} inflates beyond {limit} bytes");
            return Err(SheetError::InflatesTooFar { part: name });
        }
        total += inflated;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A zip with one part of `size` zero bytes (it compresses to almost nothing).
    fn bomb(size: u64, name: &str) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut out);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(size > u64::from(u32::MAX));
        zip.start_file(name, options).expect("part");
        let block = vec![0u8; 1 << 20];
        let mut left = size;
        while left > 0 {
            let n = left.min(block.len() as u64) as usize;
            zip.write_all(&block[..n]).expect("write");
            left -= n as u64;
        }
        zip.finish().expect("zip");
        out.into_inner()
    }

    #[test]
    fn a_part_that_inflates_too_far_is_refused_and_a_small_one_passes() {
        let refused = check_inflated_size(&bomb(MAX_PART_BYTES + 1024, "xl/worksheets/sheet1.xml"));
        assert!(
            matches!(refused, Err(SheetError::InflatesTooFar { ref part }) if part == "xl/worksheets/sheet1.xml"),
            "{refused:?}"
        );
        assert!(check_inflated_size(&bomb(1024, "xl/worksheets/sheet1.xml")).is_ok());
        assert!(
            check_inflated_size(b"name;spend\nA;1\n").is_ok(),
            "not a zip"
        );
    }
}
