//! Any bytes given to the workshop loader: it may refuse them, never panic; what it accepts
//! saves and loads again to the same workshop.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    kraljic_workshop::fuzzing::check_workshop_bytes(data);
});
