//! Which renderer draws the window. Laptops managed by municipal IT, virtual desktops without a
//! GPU and Wine each break a different one: DirectX 12 may find an adapter and then lose its
//! device on the first shader (Wine: "D3DCompile not implemented", "Parent device is lost"),
//! an old driver may have no Vulkan. So the renderers are tried in a fixed order, each wgpu one
//! first proven off screen (an adapter, a device, a shader and a drawn frame, with every error
//! caught), and the next one is taken when that or opening the window fails:
//!
//! 1. wgpu on the platform's own choice of backend (DirectX 12, Metal or Vulkan; `WGPU_BACKEND`
//!    still narrows it),
//! 2. wgpu on Vulkan,
//! 3. eframe's glow (OpenGL), which needs no probe.
//!
//! `KRALJIC_RENDERER_FAIL` (a comma-separated list of [`Renderer::code`]s) makes renderers fail
//! on purpose, so a test proves the fallback. The renderer that runs is logged and shown in
//! *Help > About*.

use std::sync::Mutex;
use std::task::{Context, Poll};

use eframe::egui_wgpu::{WgpuConfiguration, WgpuSetup, WgpuSetupCreateNew, WgpuSetupExisting};
use eframe::wgpu;

/// The environment variable naming renderers that must fail (for tests).
pub const FAIL_VARIABLE: &str = "KRALJIC_RENDERER_FAIL";

/// A way to draw the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Renderer {
    /// wgpu on the platform's own choice of backend.
    Wgpu,
    /// wgpu on Vulkan only.
    WgpuVulkan,
    /// eframe's OpenGL renderer.
    Glow,
}

impl Renderer {
    /// The order they are tried in.
    pub const ORDER: [Renderer; 3] = [Renderer::Wgpu, Renderer::WgpuVulkan, Renderer::Glow];

    /// The name in [`FAIL_VARIABLE`] and in the log.
    pub fn code(self) -> &'static str {
        match self {
            Renderer::Wgpu => "wgpu",
            Renderer::WgpuVulkan => "wgpu-vulkan",
            Renderer::Glow => "glow",
        }
    }

    fn backends(self) -> Option<wgpu::Backends> {
        match self {
            Renderer::Wgpu => Some(default_backends()),
            Renderer::WgpuVulkan => Some(wgpu::Backends::VULKAN),
            Renderer::Glow => None,
        }
    }
}

/// A renderer proven to work here: for wgpu, the very instance, adapter and device that drew
/// the probe frame, handed to the window (so the probe costs no second device).
pub struct Proven {
    /// The renderer.
    pub renderer: Renderer,
    /// The adapter, as the log and *Help > About* name it.
    pub adapter: String,
    wgpu: Option<WgpuSetupExisting>,
}

impl Proven {
    /// The window's options for this renderer.
    pub fn apply(self, options: &mut eframe::NativeOptions) {
        match self.wgpu {
            Some(existing) => {
                options.renderer = eframe::Renderer::Wgpu;
                options.wgpu_options = WgpuConfiguration {
                    wgpu_setup: WgpuSetup::Existing(existing),
                    ..WgpuConfiguration::default()
                };
            }
            None => options.renderer = eframe::Renderer::Glow,
        }
    }
}

/// What eframe asks wgpu for by default (`WGPU_BACKEND` narrows it).
fn default_backends() -> wgpu::Backends {
    WgpuSetupCreateNew::without_display_handle()
        .instance_descriptor
        .backends
}

/// The renderers made to fail by [`FAIL_VARIABLE`].
fn forced_to_fail() -> Vec<Renderer> {
    let wanted = std::env::var(FAIL_VARIABLE).unwrap_or_default();
    Renderer::ORDER
        .into_iter()
        .filter(|r| wanted.split(',').any(|w| w.trim() == r.code()))
        .collect()
}

/// Whether a renderer works here: for wgpu, a frame drawn off screen; glow is taken on trust
/// (it is the last one).
pub fn probe(renderer: Renderer) -> Result<Proven, String> {
    if forced_to_fail().contains(&renderer) {
        return Err(format!("made to fail by {FAIL_VARIABLE}"));
    }
    match renderer.backends() {
        Some(backends) => probe_wgpu(backends).map(|(adapter, existing)| Proven {
            renderer,
            adapter,
            wgpu: Some(existing),
        }),
        None => Ok(Proven {
            renderer,
            adapter: "OpenGL".into(),
            wgpu: None,
        }),
    }
}

/// The renderers to try, in order, each probed only when the ones before it did not open the
/// window (so a working first renderer costs one probe); the log says why one is passed over.
pub fn candidates<T>(probe: impl Fn(Renderer) -> Result<T, String>) -> impl Iterator<Item = T> {
    Renderer::ORDER
        .into_iter()
        .filter_map(move |renderer| match probe(renderer) {
            Ok(proven) => {
                log::info!("renderer {} works here", renderer.code());
                Some(proven)
            }
            Err(reason) => {
                log::warn!("renderer {} passed over: {reason}", renderer.code());
                None
            }
        })
}

static RUNNING: Mutex<Option<String>> = Mutex::new(None);

/// Records the renderer that opened the window, with its adapter.
pub fn set_running(renderer: Renderer, adapter: &str) {
    let text = format!("{} ({adapter})", renderer.code());
    log::info!("the window is drawn with {text}");
    if let Ok(mut running) = RUNNING.lock() {
        *running = Some(text);
    }
}

/// The renderer that draws the window, for *Help > About* (none in tests).
pub fn running() -> Option<String> {
    RUNNING.lock().ok().and_then(|running| running.clone())
}

/// Runs a future that wgpu resolves without waiting on anything else (native wgpu does).
fn resolve<F: Future>(future: F) -> F::Output {
    let mut future = std::pin::pin!(future);
    let mut context = Context::from_waker(std::task::Waker::noop());
    loop {
        if let Poll::Ready(value) = future.as_mut().poll(&mut context) {
            return value;
        }
        std::thread::yield_now();
    }
}

const PROBE_SHADER: &str = "
@vertex fn vs(@builtin(vertex_index) i: u32) -> @builtin(position) vec4<f32> {
    let x = f32(i32(i) - 1);
    let y = f32(i32(i & 1u) * 2 - 1);
    return vec4<f32>(x, y, 0.0, 1.0);
}
@fragment fn fs() -> @location(0) vec4<f32> { return vec4<f32>(0.0, 0.45, 0.7, 1.0); }
";

/// An adapter and a device on these backends, as eframe would ask for them, and one frame drawn
/// with a shader into a small texture, with every error of the device caught.
fn probe_wgpu(backends: wgpu::Backends) -> Result<(String, WgpuSetupExisting), String> {
    let started = std::time::Instant::now();
    let eframe_setup = WgpuSetupCreateNew::without_display_handle();
    let mut descriptor = WgpuSetupCreateNew::without_display_handle().instance_descriptor;
    descriptor.backends = backends;
    let instance = wgpu::Instance::new(descriptor);
    let options = wgpu::RequestAdapterOptions {
        power_preference: eframe_setup.power_preference,
        ..wgpu::RequestAdapterOptions::default()
    };
    let adapter =
        resolve(instance.request_adapter(&options)).map_err(|e| format!("no adapter: {e}"))?;
    let info = adapter.get_info();
    let name = format!("{:?}, {}", info.backend, info.name);
    log::debug!("probe: adapter after {:?}", started.elapsed());
    let device_descriptor = (eframe_setup.device_descriptor)(&adapter);
    let (device, queue) = resolve(adapter.request_device(&device_descriptor))
        .map_err(|e| format!("{name}: no device: {e}"))?;
    let lost = std::sync::Arc::new(Mutex::new(None::<String>));
    let seen = lost.clone();
    device.on_uncaptured_error(std::sync::Arc::new(move |error| {
        if let Ok(mut slot) = seen.lock() {
            slot.get_or_insert(error.to_string());
        }
    }));
    let scopes = [
        device.push_error_scope(wgpu::ErrorFilter::Validation),
        device.push_error_scope(wgpu::ErrorFilter::OutOfMemory),
        device.push_error_scope(wgpu::ErrorFilter::Internal),
    ];
    log::debug!("probe: device after {:?}", started.elapsed());
    draw_probe_frame(&device, &queue);
    device
        .poll(wgpu::PollType::wait_indefinitely())
        .map_err(|e| format!("{name}: the frame did not finish: {e}"))?;
    for scope in scopes.into_iter().rev() {
        if let Some(error) = resolve(scope.pop()) {
            return Err(format!("{name}: {error}"));
        }
    }
    if let Some(error) = lost.lock().ok().and_then(|slot| slot.clone()) {
        return Err(format!("{name}: {error}"));
    }
    log::debug!("probe: frame drawn after {:?}", started.elapsed());
    // From now on a device error is logged, not swallowed (nor, as wgpu would, a crash).
    device.on_uncaptured_error(std::sync::Arc::new(|error| {
        log::error!("the graphics device reported: {error}");
    }));
    let existing = WgpuSetupExisting {
        instance,
        adapter,
        device,
        queue,
    };
    Ok((name, existing))
}

fn draw_probe_frame(device: &wgpu::Device, queue: &wgpu::Queue) {
    let format = wgpu::TextureFormat::Rgba8Unorm;
    let texture = device.create_texture(&wgpu::TextureDescriptor {
        label: Some("renderer probe"),
        size: wgpu::Extent3d {
            width: 16,
            height: 16,
            depth_or_array_layers: 1,
        },
        mip_level_count: 1,
        sample_count: 1,
        dimension: wgpu::TextureDimension::D2,
        format,
        usage: wgpu::TextureUsages::RENDER_ATTACHMENT,
        view_formats: &[],
    });
    let view = texture.create_view(&wgpu::TextureViewDescriptor::default());
    let shader = device.create_shader_module(wgpu::ShaderModuleDescriptor {
        label: Some("renderer probe"),
        source: wgpu::ShaderSource::Wgsl(PROBE_SHADER.into()),
    });
    let pipeline = device.create_render_pipeline(&wgpu::RenderPipelineDescriptor {
        label: Some("renderer probe"),
        layout: None,
        vertex: wgpu::VertexState {
            module: &shader,
            entry_point: Some("vs"),
            compilation_options: wgpu::PipelineCompilationOptions::default(),
            buffers: &[],
        },
        fragment: Some(wgpu::FragmentState {
            module: &shader,
            entry_point: Some("fs"),
            compilation_options: wgpu::PipelineCompilationOptions::default(),
            targets: &[Some(format.into())],
        }),
        primitive: wgpu::PrimitiveState::default(),
        depth_stencil: None,
        multisample: wgpu::MultisampleState::default(),
        multiview_mask: None,
        cache: None,
    });
    let mut encoder = device.create_command_encoder(&wgpu::CommandEncoderDescriptor::default());
    {
        let mut pass = encoder.begin_render_pass(&wgpu::RenderPassDescriptor {
            label: Some("renderer probe"),
            color_attachments: &[Some(wgpu::RenderPassColorAttachment {
                view: &view,
                depth_slice: None,
                resolve_target: None,
                ops: wgpu::Operations::default(),
            })],
            ..wgpu::RenderPassDescriptor::default()
        });
        pass.set_pipeline(&pipeline);
        pass.draw(0..3, 0..1);
    }
    queue.submit([encoder.finish()]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renderers_that_fail_are_passed_over_in_order() {
        let works = |failing: &'static [Renderer]| {
            move |r: Renderer| {
                if failing.contains(&r) {
                    Err("broken".to_string())
                } else {
                    Ok(r)
                }
            }
        };
        let all = |failing| candidates(works(failing)).collect::<Vec<_>>();
        assert_eq!(all(&[]), Renderer::ORDER);
        assert_eq!(
            all(&[Renderer::Wgpu]),
            [Renderer::WgpuVulkan, Renderer::Glow]
        );
        assert_eq!(
            all(&[Renderer::Wgpu, Renderer::WgpuVulkan]),
            [Renderer::Glow]
        );
        // Lazily: a first renderer that works is the only one probed.
        let probed = std::cell::Cell::new(0);
        let first = candidates(|r| {
            probed.set(probed.get() + 1);
            Ok::<_, String>(r)
        })
        .next();
        assert_eq!((first, probed.get()), (Some(Renderer::Wgpu), 1));
    }
}
