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

/// A renderer to open the window with: one proven to work here (for wgpu, the very instance,
/// adapter and device that drew the probe frame, handed to the window, so the probe costs no
/// second device), or the one the last start drew with, taken without a probe.
pub struct Proven {
    /// The renderer.
    pub renderer: Renderer,
    /// The adapter, as the log and *Help > About* name it (for a start without a probe, the
    /// remembered one).
    pub adapter: String,
    /// Whether it was proven off screen on this start.
    pub probed: bool,
    setup: Setup,
}

/// How the window gets its renderer.
enum Setup {
    /// The device of the probe.
    Existing(WgpuSetupExisting),
    /// A new wgpu device on these backends, as eframe makes one.
    CreateNew(wgpu::Backends),
    /// OpenGL.
    Glow,
}

impl Proven {
    /// The window's options for this renderer.
    pub fn apply(self, options: &mut eframe::NativeOptions) {
        let wgpu_setup = match self.setup {
            Setup::Existing(existing) => WgpuSetup::Existing(existing),
            Setup::CreateNew(backends) => {
                let mut create = WgpuSetupCreateNew::without_display_handle();
                create.instance_descriptor.backends = backends;
                WgpuSetup::CreateNew(create)
            }
            Setup::Glow => {
                options.renderer = eframe::Renderer::Glow;
                return;
            }
        };
        options.renderer = eframe::Renderer::Wgpu;
        options.wgpu_options = WgpuConfiguration {
            wgpu_setup,
            ..WgpuConfiguration::default()
        };
    }
}

/// The remembered renderer, to open the window with no probe (a failure falls back to the
/// usual order); [`FAIL_VARIABLE`] still makes it fail.
pub fn unprobed(renderer: Renderer, adapter: &str) -> Result<Proven, String> {
    if forced_to_fail().contains(&renderer) {
        return Err(format!("made to fail by {FAIL_VARIABLE}"));
    }
    Ok(Proven {
        renderer,
        adapter: adapter.to_string(),
        probed: false,
        setup: remembered_backends(renderer, adapter).map_or(Setup::Glow, Setup::CreateNew),
    })
}

/// The backends a start without the probe opens: only the one the remembered adapter was on,
/// when the renderer allows it. eframe would otherwise start every backend it knows (on Linux
/// Vulkan and OpenGL, on Windows DirectX 12, Vulkan and OpenGL) and list their adapters, which
/// costs a few milliseconds each; an adapter that is gone fails the start, which then probes.
/// OpenGL, the backend of last resort, is not narrowed: a driver installed since (Vulkan, say)
/// then shows as another adapter, and the next start probes.
fn remembered_backends(renderer: Renderer, adapter: &str) -> Option<wgpu::Backends> {
    let allowed = renderer.backends()?;
    let narrowed = backend_of(adapter)
        .filter(|backend| *backend != wgpu::Backend::Gl)
        .map(wgpu::Backends::from)
        .filter(|backend| allowed.contains(*backend));
    Some(narrowed.unwrap_or(allowed))
}

/// An adapter as the log, *Help > About* and the memory name it: "Vulkan, llvmpipe …".
fn adapter_name(info: &wgpu::AdapterInfo) -> String {
    format!("{:?}, {}", info.backend, info.name)
}

/// The backend of an adapter named by [`adapter_name`].
fn backend_of(adapter: &str) -> Option<wgpu::Backend> {
    let (name, _) = adapter.split_once(", ")?;
    wgpu::Backend::ALL
        .into_iter()
        .find(|backend| format!("{backend:?}") == name)
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
            probed: true,
            setup: Setup::Existing(existing),
        }),
        None => Ok(Proven {
            renderer,
            adapter: "OpenGL".into(),
            probed: true,
            setup: Setup::Glow,
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

/// The renderer that draws the window, with its adapter and why it was or was not probed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Running {
    /// The renderer.
    pub renderer: Renderer,
    /// The adapter it draws on.
    pub adapter: String,
    /// Why the renderers were probed on this start; `None`: the last start's was taken as it is.
    pub probed: Option<super::renderer_memory::ProbeReason>,
}

static RUNNING: Mutex<Option<Running>> = Mutex::new(None);

/// Records the renderer that opened the window.
pub fn set_running(running: Running) {
    match running.probed {
        Some(reason) => log::info!(
            "the window is drawn with {} ({}), probed ({})",
            running.renderer.code(),
            running.adapter,
            reason.describe()
        ),
        None => log::info!(
            "the window is drawn with {} ({}), remembered from the last start (no probe)",
            running.renderer.code(),
            running.adapter
        ),
    }
    if let Ok(mut slot) = RUNNING.lock() {
        *slot = Some(running);
    }
}

/// The renderer that draws the window, for *Help > About* (none in tests).
pub fn running() -> Option<Running> {
    RUNNING.lock().ok().and_then(|running| running.clone())
}

/// From now on a device error is logged, not (as wgpu would) a crash: for the probe's device,
/// and for the one eframe makes on a start without the probe.
pub fn log_device_errors(device: &wgpu::Device) {
    device.on_uncaptured_error(std::sync::Arc::new(|error| {
        log::error!("the graphics device reported: {error}");
    }));
}

/// The adapter the window really draws on: wgpu's, or OpenGL's version and driver.
pub fn adapter_of(cc: &eframe::CreationContext<'_>) -> Option<String> {
    if let Some(state) = &cc.wgpu_render_state {
        let info = state.adapter.get_info();
        return Some(adapter_name(&info));
    }
    cc.gl.as_ref().map(|gl| {
        use eframe::glow::HasContext;
        let version = gl.version();
        format!(
            "OpenGL {}.{} ({})",
            version.major, version.minor, version.vendor_info
        )
    })
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
    let name = adapter_name(&info);
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
    log_device_errors(&device);
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
    fn a_start_without_the_probe_opens_only_the_remembered_backend() {
        let vulkan = "Vulkan, llvmpipe (LLVM 15.0.6, 256 bits)";
        assert_eq!(backend_of(vulkan), Some(wgpu::Backend::Vulkan));
        assert_eq!(
            backend_of("Dx12, NVIDIA GeForce"),
            Some(wgpu::Backend::Dx12)
        );
        assert_eq!(
            backend_of("Gl, Mesa, with a comma"),
            Some(wgpu::Backend::Gl)
        );
        assert_eq!(backend_of("OpenGL 4.5 (Mesa)"), None);
        assert_eq!(backend_of(""), None);
        let only = |b: wgpu::Backend| Some(wgpu::Backends::from(b));
        assert_eq!(
            remembered_backends(Renderer::WgpuVulkan, vulkan),
            only(wgpu::Backend::Vulkan)
        );
        assert_eq!(remembered_backends(Renderer::Glow, vulkan), None);
        // OpenGL is not narrowed: a better backend installed since must be seen.
        assert_eq!(
            remembered_backends(Renderer::Wgpu, "Gl, llvmpipe"),
            Some(default_backends())
        );
        // An adapter the renderer does not allow, or none named: the renderer's own backends.
        assert_eq!(
            remembered_backends(Renderer::WgpuVulkan, "Dx12, NVIDIA GeForce"),
            Some(wgpu::Backends::VULKAN)
        );
        assert_eq!(
            remembered_backends(Renderer::WgpuVulkan, ""),
            Some(wgpu::Backends::VULKAN)
        );
        if default_backends().contains(wgpu::Backends::VULKAN) {
            assert_eq!(
                remembered_backends(Renderer::Wgpu, vulkan),
                only(wgpu::Backend::Vulkan)
            );
        }
    }

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
