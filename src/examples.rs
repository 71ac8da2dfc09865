//! The example workshops that ship inside the binary.

use crate::format::{LoadError, Loaded, load_str};

/// The NMD 2022 analysis (29 lots, 25 scored): the default workshop.
pub const NMD_2022: &str = include_str!("../workshops/nmd-2022.kraljic.ron");

/// The Rivierenland 2019 segments with market figures, not yet scored.
pub const RIVIERENLAND_2019: &str = include_str!("../workshops/rivierenland-2019.kraljic.ron");

/// The workshop that opens when no file is given.
pub fn default_workshop() -> Result<Loaded, LoadError> {
    load_str(NMD_2022)
}
