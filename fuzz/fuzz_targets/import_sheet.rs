//! Any bytes given to the spreadsheet importer, as CSV and as a spreadsheet: it may refuse
//! them, never panic; what it reads merges and builds a workshop that saves and loads again.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    kraljic_workshop::fuzzing::check_sheet_bytes(data);
});
