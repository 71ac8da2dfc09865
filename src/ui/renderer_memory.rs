//! The renderer that drew the last start, remembered so the next start skips the probe
//! ([`super::renderer`]): the same laptop answers the same way every time, and the probe is most
//! of the start-up time.
//!
//! The memory is a small file of its own beside the preferences (`renderer.ron` in the app's
//! data folder): the preferences are read only after the renderer is chosen. Before the window
//! opens, the start is written down as *started*; after the first painted frame, as *painted*. A
//! start that crashed in between is therefore never trusted: the next one probes again. So do
//! the first run, a new version of the program, and the start after the adapter changed.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::renderer::Renderer;

/// How far the remembered start got.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Reached {
    /// The window was about to open; no frame has been painted (yet).
    Started,
    /// The first frame was painted.
    Painted,
    /// The first frame was painted, on another adapter than the one remembered.
    AdapterChanged,
}

/// What the last start used and how far it got.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Remembered {
    /// The program's version.
    pub version: String,
    /// The renderer, by [`Renderer::code`].
    pub renderer: String,
    /// The adapter it drew on, as the log names it.
    pub adapter: String,
    /// How far the start got.
    pub reached: Reached,
}

/// Why the renderers are probed on this start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProbeReason {
    /// Nothing is remembered: the first run here (or the memory could not be read).
    FirstRun,
    /// The program is another version than the one that remembered.
    NewVersion,
    /// The last start did not reach its first painted frame.
    LastStartUnfinished,
    /// The last start drew on another adapter than the one before it.
    AdapterChanged,
    /// The remembered renderer could not open the window on this start.
    RememberedFailed,
}

/// How this start chooses its renderer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plan {
    /// Try the renderers in order, each proven off screen first.
    Probe(ProbeReason),
    /// Start the remembered renderer directly (falling back to the probe when it fails).
    Use(Renderer),
}

impl ProbeReason {
    /// For the log and *Help > About*.
    pub fn describe(self) -> &'static str {
        match self {
            ProbeReason::FirstRun => "first run",
            ProbeReason::NewVersion => "new version",
            ProbeReason::LastStartUnfinished => "the last start did not paint its first frame",
            ProbeReason::AdapterChanged => "the adapter changed",
            ProbeReason::RememberedFailed => "the remembered renderer failed",
        }
    }

    /// For *Help > About* and the command line, in `lang`.
    pub fn text(self, lang: crate::locale::Lang) -> &'static str {
        let reasons = &lang.ui().probe_reasons;
        reasons[match self {
            ProbeReason::FirstRun => 0,
            ProbeReason::NewVersion => 1,
            ProbeReason::LastStartUnfinished => 2,
            ProbeReason::AdapterChanged => 3,
            ProbeReason::RememberedFailed => 4,
        }]
    }
}

/// The plan for this start of `version`, given what the last start left.
pub fn plan(remembered: Option<&Remembered>, version: &str) -> Plan {
    let Some(last) = remembered else {
        return Plan::Probe(ProbeReason::FirstRun);
    };
    if last.version != version {
        return Plan::Probe(ProbeReason::NewVersion);
    }
    let renderer = Renderer::ORDER
        .into_iter()
        .find(|r| r.code() == last.renderer);
    match (last.reached, renderer) {
        (_, None) => Plan::Probe(ProbeReason::FirstRun),
        (Reached::Started, _) => Plan::Probe(ProbeReason::LastStartUnfinished),
        (Reached::AdapterChanged, _) => Plan::Probe(ProbeReason::AdapterChanged),
        (Reached::Painted, Some(renderer)) => Plan::Use(renderer),
    }
}

/// A start about to open the window with `renderer`, expecting `adapter`.
pub fn started(renderer: Renderer, adapter: &str, version: &str) -> Remembered {
    Remembered {
        version: version.to_string(),
        renderer: renderer.code().to_string(),
        adapter: adapter.to_string(),
        reached: Reached::Started,
    }
}

/// The start painted its first frame on `adapter`. A start that skipped the probe and found
/// another adapter than the remembered one worked, but the next start probes again (a better
/// renderer may work on the new adapter).
pub fn painted(start: &Remembered, probed: bool, adapter: &str) -> Remembered {
    let changed = !probed && start.adapter != adapter;
    Remembered {
        adapter: adapter.to_string(),
        reached: if changed {
            Reached::AdapterChanged
        } else {
            Reached::Painted
        },
        ..start.clone()
    }
}

/// Where the memory is kept.
#[derive(Clone, Debug)]
pub struct Store {
    path: PathBuf,
}

impl Store {
    /// The memory in `folder` (the app's data folder).
    pub fn in_folder(folder: &Path) -> Store {
        Store {
            path: folder.join("renderer.ron"),
        }
    }

    /// The memory beside the preferences, where the platform has a data folder.
    pub fn beside_preferences() -> Option<Store> {
        eframe::storage_dir("kraljic-workshop").map(|folder| Store::in_folder(&folder))
    }

    /// What is remembered; `None` when nothing is, or the file cannot be read (a probe then
    /// finds the renderer again).
    pub fn read(&self) -> Option<Remembered> {
        let text = std::fs::read_to_string(&self.path).ok()?;
        match ron::from_str(&text) {
            Ok(remembered) => Some(remembered),
            Err(error) => {
                log::warn!("{}: not read ({error}); probing", self.path.display());
                None
            }
        }
    }

    /// Writes the memory at once: a new file renamed over the old one, without waiting for the
    /// disk (it is written on every start, before the window opens). A failure is logged and
    /// costs only a probe.
    pub fn write(&self, remembered: &Remembered) {
        let written = ron::to_string(remembered)
            .map_err(|e| e.to_string())
            .and_then(|text| {
                if let Some(folder) = self.path.parent() {
                    std::fs::create_dir_all(folder).map_err(|e| e.to_string())?;
                }
                let new = self.path.with_extension("ron.new");
                std::fs::write(&new, text).map_err(|e| e.to_string())?;
                std::fs::rename(&new, &self.path).map_err(|e| e.to_string())
            });
        if let Err(error) = written {
            log::warn!("{}: not written ({error})", self.path.display());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const VERSION: &str = "0.3.0";

    fn painted_glow() -> Remembered {
        painted(
            &started(Renderer::Glow, "llvmpipe", VERSION),
            true,
            "llvmpipe",
        )
    }

    #[test]
    fn the_first_run_probes() {
        assert_eq!(plan(None, VERSION), Plan::Probe(ProbeReason::FirstRun));
    }

    #[test]
    fn a_start_that_painted_is_used_directly_next_time() {
        assert_eq!(
            plan(Some(&painted_glow()), VERSION),
            Plan::Use(Renderer::Glow)
        );
    }

    #[test]
    fn another_version_probes() {
        assert_eq!(
            plan(Some(&painted_glow()), "0.4.0"),
            Plan::Probe(ProbeReason::NewVersion)
        );
    }

    #[test]
    fn a_start_that_never_painted_is_not_trusted() {
        let crashed = started(Renderer::Wgpu, "Vulkan, Intel", VERSION);
        assert_eq!(
            plan(Some(&crashed), VERSION),
            Plan::Probe(ProbeReason::LastStartUnfinished)
        );
    }

    #[test]
    fn another_adapter_probes_on_the_next_start() {
        let remembered = painted_glow();
        // A start without the probe on the remembered renderer finds another adapter.
        let start = started(Renderer::Glow, &remembered.adapter, VERSION);
        let now = painted(&start, false, "Mesa Intel(R) UHD Graphics");
        assert_eq!(now.reached, Reached::AdapterChanged);
        assert_eq!(
            plan(Some(&now), VERSION),
            Plan::Probe(ProbeReason::AdapterChanged)
        );
        // The probing start after it remembers the new adapter as it is.
        let probed = painted(&start, true, "Mesa Intel(R) UHD Graphics");
        assert_eq!(plan(Some(&probed), VERSION), Plan::Use(Renderer::Glow));
    }

    #[test]
    fn the_memory_is_written_and_read_back_and_a_bad_file_means_a_probe() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::in_folder(&dir.path().join("data"));
        assert_eq!(store.read(), None);
        store.write(&painted_glow());
        assert_eq!(store.read(), Some(painted_glow()));
        std::fs::write(dir.path().join("data").join("renderer.ron"), "not ron").expect("write");
        assert_eq!(store.read(), None);
    }
}
