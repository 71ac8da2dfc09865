//! What a file on disk looked like when we last read or wrote it, to notice that someone else
//! saved it since (a colleague on the shared drive).

use std::fs;
use std::io;
use std::path::Path;

/// The size and a digest of a file's content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DiskStamp {
    /// Length in bytes.
    pub len: u64,
    /// FNV-1a digest of the content.
    pub digest: u64,
}

impl DiskStamp {
    /// The stamp of these bytes.
    pub fn of(bytes: &[u8]) -> DiskStamp {
        let mut digest: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in bytes {
            digest ^= u64::from(*byte);
            digest = digest.wrapping_mul(0x0100_0000_01b3);
        }
        DiskStamp {
            len: bytes.len() as u64,
            digest,
        }
    }

    /// The stamp of the file now, or `None` when it does not exist.
    pub fn read(path: &Path) -> io::Result<Option<DiskStamp>> {
        match fs::read(path) {
            Ok(bytes) => Ok(Some(DiskStamp::of(&bytes))),
            Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(error) => Err(error),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_byte_changes_the_stamp() {
        assert_eq!(DiskStamp::of(b"abc"), DiskStamp::of(b"abc"));
        assert_ne!(DiskStamp::of(b"abc"), DiskStamp::of(b"abd"));
        assert_ne!(DiskStamp::of(b"abc"), DiskStamp::of(b"abc "));
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("x");
        assert_eq!(DiskStamp::read(&path).expect("reads"), None);
        std::fs::write(&path, b"abc").expect("write");
        assert_eq!(
            DiskStamp::read(&path).expect("reads"),
            Some(DiskStamp::of(b"abc"))
        );
    }
}
