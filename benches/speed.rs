//! Speed figures of the real app, on release builds (`cargo bench --bench speed`):
//!
//! 1. CPU time of one full frame of the window, headless (no GPU): layout of menu, list, plot
//!    and card, and tessellation, at 29 lots (the NMD example), 1 000, 5 000 and 10 000
//!    generated lots;
//! 2. load and save of a workshop with 10 000 lots, and the memory the loaded workshop takes.
//!
//! Each figure is the median of several runs, printed next to its budget. Whole-process figures
//! (idle frames, start-up) come from `scripts/bench-window.sh`.
//!
//! For profiling: `KRALJIC_BENCH_FRAME_ONLY=1000` times only the frame at that many lots, and
//! `KRALJIC_BENCH_RESELECT=1` selects another lot each frame there, `KRALJIC_BENCH_BORDERLINE=1`
//! rings the borderline lots, and
//! `KRALJIC_BENCH_DETAIL=1` splits every hundredth frame into UI and tessellation time and
//! counts the shapes and vertices.

use std::time::{Duration, Instant};

use kraljic_workshop::examples::generated;
use kraljic_workshop::format::{load_path, save_path};
use kraljic_workshop::ui::file_dialog::ScriptedDialogs;
use kraljic_workshop::ui::{KraljicApp, StartOptions};

/// The resident memory of this process, in bytes (Linux; 0 elsewhere).
fn resident_bytes() -> usize {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|l| l.strip_prefix("VmRSS:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<usize>().ok())
        })
        .map_or(0, |kb| kb * 1024)
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

/// What a frame shows.
#[derive(Clone, Copy, PartialEq)]
enum Scene {
    /// The matrix, the pointer moving over the plot.
    Matrix,
    /// The matrix, another lot selected every frame, so nothing the plot keeps can be reused
    /// (the frame after a click or an edit).
    MatrixReselect,
    /// The tender calendar, the pointer moving over the chart.
    Calendar,
    /// The matrix with the borderline lots ringed (the sensitivity's marks).
    MatrixBorderline,
}

/// The median CPU time of one frame of the app on a workshop file, at 1920x1080.
fn frame_time(file: std::path::PathBuf, frames: usize, scene: Scene) -> Duration {
    let reselect = scene == Scene::MatrixReselect;
    let ctx = egui::Context::default();
    let cc = eframe::CreationContext::_new_kittest(ctx.clone());
    let mut app = KraljicApp::new(
        &cc,
        StartOptions {
            file: Some(file),
            reopen_last: false,
            dialogs: Box::new(ScriptedDialogs::default()),
            recovery_dir: None,
            on_first_frame: None,
            clipboard: Box::new(kraljic_workshop::ui::clipboard::MemoryClipboard::default()),
        },
    );
    app.view.calendar_shown = scene == Scene::Calendar;
    app.view.borderline = scene == Scene::MatrixBorderline;
    let mut frame = eframe::Frame::_new_kittest();
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1920.0, 1080.0));
    let mut samples = Vec::with_capacity(frames);
    for i in 0..frames + 10 {
        // The pointer moves over the plot, as during a discussion.
        let pointer = egui::pos2(700.0 + (i % 200) as f32, 400.0 + (i % 50) as f32);
        let input = egui::RawInput {
            screen_rect: Some(screen),
            events: vec![egui::Event::PointerMoved(pointer)],
            ..egui::RawInput::default()
        };
        if reselect && !app.view.drawn.plotted.is_empty() {
            app.view.selected = Some(app.view.drawn.plotted[i % app.view.drawn.plotted.len()].id);
        }
        let start = Instant::now();
        let output = ctx.run_ui(input, |ui| eframe::App::ui(&mut app, ui, &mut frame));
        let ran = start.elapsed();
        let shapes = output.shapes.len();
        let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
        let took = start.elapsed();
        if std::env::var_os("KRALJIC_BENCH_DETAIL").is_some() && i % 100 == 0 {
            let vertices: usize = primitives
                .iter()
                .map(|p| match &p.primitive {
                    egui::epaint::Primitive::Mesh(m) => m.vertices.len(),
                    egui::epaint::Primitive::Callback(_) => 0,
                })
                .sum();
            eprintln!(
                "ui {} tessellate {} shapes {shapes} primitives {} vertices {vertices}",
                ms(ran),
                ms(took - ran),
                primitives.len()
            );
        }
        std::hint::black_box(primitives);
        if i >= 10 {
            samples.push(took);
        }
    }
    median(samples)
}

/// A lot table of `rows` rows and 20 columns, as an Excel file in `dir`.
fn large_workbook(dir: &std::path::Path, rows: u32) -> std::path::PathBuf {
    let path = dir.join("groot.xlsx");
    std::fs::write(&path, kraljic_workshop::examples::large_lot_workbook(rows)).expect("save");
    path
}

/// The frames of the window (NMD example, 1920x1080) while Ctrl+I reads `workbook` on the
/// worker: the longest and the median CPU time of a frame, and how many there were. A frame
/// is run every 5 ms, as often as a window would paint progress.
fn frames_while_reading(workbook: std::path::PathBuf) -> (Duration, Duration, usize) {
    let ctx = egui::Context::default();
    let cc = eframe::CreationContext::_new_kittest(ctx.clone());
    let mut app = KraljicApp::new(
        &cc,
        StartOptions {
            file: Some("workshops/nmd-2022.kraljic.ron".into()),
            reopen_last: false,
            dialogs: Box::new(ScriptedDialogs {
                open: vec![Some(workbook)],
                save: vec![],
            }),
            recovery_dir: None,
            on_first_frame: None,
            clipboard: Box::new(kraljic_workshop::ui::clipboard::MemoryClipboard::default()),
        },
    );
    let mut frame = eframe::Frame::_new_kittest();
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1920.0, 1080.0));
    let mut run = |app: &mut KraljicApp, events: Vec<egui::Event>| {
        let input = egui::RawInput {
            screen_rect: Some(screen),
            events,
            ..egui::RawInput::default()
        };
        let start = Instant::now();
        let output = ctx.run_ui(input, |ui| eframe::App::ui(app, ui, &mut frame));
        std::hint::black_box(ctx.tessellate(output.shapes, output.pixels_per_point));
        start.elapsed()
    };
    for _ in 0..3 {
        run(&mut app, vec![]);
    }
    let press = |pressed| egui::Event::Key {
        key: egui::Key::I,
        physical_key: None,
        pressed,
        repeat: false,
        modifiers: egui::Modifiers::COMMAND,
    };
    run(&mut app, vec![press(true), press(false)]);
    let mut samples = Vec::new();
    let started = Instant::now();
    while app.sheet_read().is_some() {
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the read ends"
        );
        samples.push(run(&mut app, vec![]));
        std::thread::sleep(Duration::from_millis(5));
    }
    let longest = samples.iter().copied().max().unwrap_or_default();
    let frames = samples.len();
    (longest, median(samples), frames)
}

/// The median time of the sensitivity analysis of `workshop` and of one what-if, as text.
fn sensitivity_time(workshop: &kraljic_workshop::model::Workshop) -> String {
    use kraljic_workshop::model::analyse;
    use kraljic_workshop::model::sensitivity::{analyse_sensitivity, what_if};
    let portfolio = analyse(workshop);
    let (mut whole, mut tried) = (Vec::new(), Vec::new());
    for i in 0..21u32 {
        let start = Instant::now();
        std::hint::black_box(analyse_sensitivity(workshop, &portfolio));
        whole.push(start.elapsed());
        let risk = rust_decimal::Decimal::new(10 + i64::from(i % 10), 1);
        let start = Instant::now();
        std::hint::black_box(what_if(
            workshop,
            &portfolio,
            risk,
            rust_decimal::Decimal::from(70),
        ));
        tried.push(start.elapsed());
    }
    format!("{} and {}", ms(median(whole)), ms(median(tried)))
}

/// In this process: the resident memory that 120 score edits add to the app with a workshop
/// file open (each edit applied as the window applies a click, with its undo step, and a
/// frame drawn after it).
fn memory_of_edits(path: &std::path::Path) -> usize {
    let ctx = egui::Context::default();
    let cc = eframe::CreationContext::_new_kittest(ctx.clone());
    let mut app = KraljicApp::new(
        &cc,
        StartOptions {
            file: Some(path.to_path_buf()),
            reopen_last: false,
            dialogs: Box::new(ScriptedDialogs::default()),
            recovery_dir: None,
            on_first_frame: None,
            clipboard: Box::new(kraljic_workshop::ui::clipboard::MemoryClipboard::default()),
        },
    );
    let mut frame = eframe::Frame::_new_kittest();
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1920.0, 1080.0));
    let mut draw = |app: &mut KraljicApp| {
        let input = egui::RawInput {
            screen_rect: Some(screen),
            ..egui::RawInput::default()
        };
        let output = ctx.run_ui(input, |ui| eframe::App::ui(app, ui, &mut frame));
        std::hint::black_box(ctx.tessellate(output.shapes, output.pixels_per_point));
    };
    draw(&mut app);
    draw(&mut app);
    let ids: Vec<_> = app.workshop().lots.iter().map(|l| l.id).collect();
    let before = resident_bytes();
    let levels = kraljic_workshop::model::Level::ALL;
    for i in 0..120 {
        app.apply_edit(
            kraljic_workshop::ui::Edit::Score {
                lot: ids[(i * 37) % ids.len()],
                criterion: kraljic_workshop::model::Criterion::ALL[i % 3],
                level: Some(levels[i % 4]),
            },
            None,
        );
        draw(&mut app);
    }
    resident_bytes().saturating_sub(before)
}

/// In a fresh process (this program run again), the resident memory a loaded workshop adds.
fn memory_of_loading(path: &std::path::Path) -> usize {
    child_figure("KRALJIC_BENCH_MEMORY_OF", path)
}

/// This program run again with `variable` set to `path`: the number it prints.
fn child_figure(variable: &str, path: &std::path::Path) -> usize {
    let output = std::process::Command::new(std::env::current_exe().expect("bench binary"))
        .env(variable, path)
        .output()
        .expect("runs");
    String::from_utf8_lossy(&output.stdout)
        .trim()
        .parse()
        .unwrap_or(0)
}

/// The child processes' figures and the one-figure modes (for a profiler); true when one ran.
fn only_one(dir: &std::path::Path) -> bool {
    if let Some(path) = std::env::var_os("KRALJIC_BENCH_EDITS_OF") {
        println!("{}", memory_of_edits(std::path::Path::new(&path)));
        return true;
    }
    if let Some(path) = std::env::var_os("KRALJIC_BENCH_MEMORY_OF") {
        let before = resident_bytes();
        let loaded = load_path(std::path::Path::new(&path)).expect("loads");
        println!("{}", resident_bytes().saturating_sub(before));
        drop(loaded);
        return true;
    }
    // `KRALJIC_BENCH_FRAME_ONLY=1000` times only that frame, many times (for a profiler).
    if let Some(lots) = std::env::var("KRALJIC_BENCH_FRAME_ONLY")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
    {
        let path = dir.join("only.kraljic.ron");
        save_path(&generated(lots), &path).expect("save");
        let scene = if std::env::var_os("KRALJIC_BENCH_RESELECT").is_some() {
            Scene::MatrixReselect
        } else if std::env::var_os("KRALJIC_BENCH_BORDERLINE").is_some() {
            Scene::MatrixBorderline
        } else {
            Scene::Matrix
        };
        println!("frame, {lots} lots: {}", ms(frame_time(path, 500, scene)));
        return true;
    }
    // `KRALJIC_BENCH_SENSITIVITY_ONLY=1` times only the sensitivity and a what-if of 10 000 lots.
    if std::env::var_os("KRALJIC_BENCH_SENSITIVITY_ONLY").is_some() {
        println!(
            "sensitivity, 10 000 lots: {}",
            sensitivity_time(&generated(10_000))
        );
        return true;
    }
    false
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    if only_one(dir.path()) {
        return;
    }
    let reading = || {
        let (longest, middle, frames) = frames_while_reading(large_workbook(dir.path(), 20_000));
        format!("{} (median {}, {frames} frames)", ms(longest), ms(middle))
    };
    // `KRALJIC_BENCH_READING_ONLY=1` times only the frames while a large workbook is read.
    if std::env::var_os("KRALJIC_BENCH_READING_ONLY").is_some() {
        println!(
            "longest frame while 20 000 x 20 cells are read: {}",
            reading()
        );
        return;
    }
    let nmd = std::path::PathBuf::from("workshops/nmd-2022.kraljic.ron");
    let calendar = || ms(frame_time(nmd.clone(), 200, Scene::Calendar));
    // `KRALJIC_BENCH_CALENDAR_ONLY=1` times only the calendar's frame.
    if std::env::var_os("KRALJIC_BENCH_CALENDAR_ONLY").is_some() {
        println!("frame, calendar, NMD example: {}", calendar());
        return;
    }
    println!("| what | median | budget |");
    println!("| --- | --- | --- |");
    println!(
        "| frame, 29 lots (NMD example) | {} | 1 ms |",
        ms(frame_time(nmd.clone(), 200, Scene::Matrix))
    );
    println!(
        "| frame, 29 lots, another lot selected each frame | {} | 1 ms |",
        ms(frame_time(nmd.clone(), 200, Scene::MatrixReselect))
    );
    println!(
        "| frame, the Calendar view of the NMD example (16 tenders, 54 months) | {} | 2 ms |",
        calendar()
    );
    println!(
        "| the longest frame while a workbook of 20 000 rows x 20 columns is read | {} | 16 ms |",
        reading()
    );
    // 10 000 lots: recorded, no budget yet.
    let sizes = [(1_000, "4 ms", 60), (5_000, "16 ms", 20), (10_000, "-", 10)];
    for (lots, budget, frames) in sizes {
        let path = dir.path().join(format!("gen-{lots}.kraljic.ron"));
        save_path(&generated(lots), &path).expect("save");
        println!(
            "| frame, {lots} lots | {} | {budget} |",
            ms(frame_time(path.clone(), frames, Scene::Matrix))
        );
        println!(
            "| frame, {lots} lots, another lot selected each frame | {} | {budget} |",
            ms(frame_time(path, frames, Scene::MatrixReselect))
        );
    }

    let path = dir.path().join("gen-10000.kraljic.ron");
    println!(
        "| frame, 10 000 lots, the borderline lots ringed | {} | 16 ms |",
        ms(frame_time(path.clone(), 10, Scene::MatrixBorderline))
    );
    let workshop = generated(10_000);
    println!(
        "| the sensitivity of 10 000 lots (once per change), and one what-if (once per slider step) | {} | 16 ms |",
        sensitivity_time(&workshop)
    );
    save_path(&workshop, &path).expect("save");
    drop(workshop);
    let size = std::fs::metadata(&path).map_or(0, |m| m.len());
    let mut loads = Vec::new();
    let mut saves = Vec::new();
    let memory = memory_of_loading(&path);
    for _ in 0..7 {
        let start = Instant::now();
        let loaded = load_path(&path).expect("loads").workshop;
        loads.push(start.elapsed());
        let out = dir.path().join("saved.kraljic.ron");
        let start = Instant::now();
        save_path(&loaded, &out).expect("saves");
        saves.push(start.elapsed());
    }
    let (load, save) = (median(loads), median(saves));
    println!(
        "| load + save, 10 000 lots ({:.1} MB file) | {} + {} = {} | 300 ms |",
        size as f64 / 1e6,
        ms(load),
        ms(save),
        ms(load + save)
    );
    println!(
        "| memory of a loaded 10 000-lot workshop (resident growth) | {:.1} MB | - |",
        memory as f64 / 1e6
    );
    let edits = child_figure("KRALJIC_BENCH_EDITS_OF", &path);
    println!(
        "| memory of 120 score edits on 10 000 lots, with undo (resident growth) | {:.1} MB | 20 MB |",
        edits as f64 / 1e6
    );
}
