//! Frame statistics for the speed measurements (`scripts/bench-window.sh`): with
//! `KRALJIC_FRAME_STATS=1` in the environment, every frame writes two lines to standard error:
//! `frame N ms=M epoch_ms=E` when the app starts building it, and `painted N ms=M epoch_ms=E`
//! when the renderer draws it (from a paint callback of wgpu or OpenGL, whichever draws the
//! window, so a frame that is built but never painted has no `painted` line). M counts from the start of `main`, E is the wall clock.
//! Off by default; costs nothing then.

use std::time::{SystemTime, UNIX_EPOCH};

use eframe::egui_wgpu;

/// Counts frames and reports each one.
#[derive(Debug, Default)]
pub struct FrameStats {
    frames: u64,
}

impl FrameStats {
    /// Statistics when `KRALJIC_FRAME_STATS` is set.
    pub fn from_env() -> Option<FrameStats> {
        std::env::var_os("KRALJIC_FRAME_STATS").map(|_| FrameStats::default())
    }

    /// Reports one frame being built, and asks the renderer to report when it paints it.
    pub fn frame(&mut self, ui: &egui::Ui) {
        self.frames += 1;
        report("frame", self.frames);
        let corner = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1.0, 1.0));
        let glow = crate::ui::renderer::running()
            .is_some_and(|r| r.renderer == crate::ui::renderer::Renderer::Glow);
        if glow {
            let frame = self.frames;
            let callback = eframe::egui_glow::CallbackFn::new(move |_, _| report("painted", frame));
            ui.painter().add(egui::PaintCallback {
                rect: corner,
                callback: std::sync::Arc::new(callback),
            });
        } else {
            ui.painter().add(egui_wgpu::Callback::new_paint_callback(
                corner,
                Painted(self.frames),
            ));
        }
    }
}

fn report(what: &str, frame: u64) {
    let since_start = crate::logging::started().elapsed().as_secs_f64() * 1000.0;
    let epoch = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis());
    eprintln!("{what} {frame} ms={since_start:.1} epoch_ms={epoch}");
}

/// Draws nothing; reports that frame N reached the renderer.
struct Painted(u64);

impl egui_wgpu::CallbackTrait for Painted {
    fn paint(
        &self,
        _info: egui::PaintCallbackInfo,
        _render_pass: &mut egui_wgpu::wgpu::RenderPass<'static>,
        _resources: &egui_wgpu::CallbackResources,
    ) {
        report("painted", self.0);
    }
}
