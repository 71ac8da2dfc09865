//! The one place where UI tests build the app: size, scale, theme, accessibility check and
//! scripted file dialogs.

use std::path::PathBuf;

use egui_kittest::Harness;
use kraljic_workshop::model::{LotId, Workshop};
use kraljic_workshop::ui::clipboard::MemoryClipboard;
use kraljic_workshop::ui::file_dialog::{FileDialogs, NoSystemDialog, ScriptedDialogs};
use kraljic_workshop::ui::{KraljicApp, StartOptions};

/// The NMD example in the repository.
pub const NMD: &str = "workshops/nmd-2022.kraljic.ron";

/// The window size of UI tests, in points.
pub const SIZE: egui::Vec2 = egui::vec2(1600.0, 1000.0);

/// The app on `file` (or the built-in example), with scripted file dialogs and the
/// accessibility check on.
pub fn app(file: Option<PathBuf>, dialogs: ScriptedDialogs) -> Harness<'static, KraljicApp> {
    app_with_recovery(file, dialogs, None)
}

/// [`app`] with autosave to a recovery folder.
pub fn app_with_recovery(
    file: Option<PathBuf>,
    dialogs: ScriptedDialogs,
    recovery_dir: Option<PathBuf>,
) -> Harness<'static, KraljicApp> {
    let file = file.map(private_copy_of_example);
    build(SIZE, 1.0, file, Box::new(dialogs), recovery_dir, false)
}

/// [`app`] drawing a box for a letter no font has, as the real window does (the other
/// harnesses fail the test instead, so no text of the app itself lacks a glyph).
pub fn app_drawing_tofu(file: PathBuf, dialogs: ScriptedDialogs) -> Harness<'static, KraljicApp> {
    build(SIZE, 1.0, Some(file), Box::new(dialogs), None, true)
}

/// The app on the built-in example, on a desktop where no system file dialog can appear.
pub fn app_without_system_dialog(file: Option<PathBuf>) -> Harness<'static, KraljicApp> {
    let file = file.map(private_copy_of_example);
    build(SIZE, 1.0, file, Box::new(NoSystemDialog), None, false)
}

/// The app with these file dialogs.
pub fn app_with_dialogs(dialogs: Box<dyn FileDialogs>) -> Harness<'static, KraljicApp> {
    build(SIZE, 1.0, None, dialogs, None, false)
}

/// The one builder of every app harness.
fn build(
    size: egui::Vec2,
    zoom: f32,
    file: Option<PathBuf>,
    dialogs: Box<dyn FileDialogs>,
    recovery_dir: Option<PathBuf>,
    tofu: bool,
) -> Harness<'static, KraljicApp> {
    let mut builder = Harness::builder();
    if tofu {
        builder = builder.allow_missing_glyphs();
    }
    // The app sets its theme (light by default) when it is made; the harness sets its own
    // after that, which the real window does not do, so it is told the app's.
    let mut harness = builder
        .with_theme(egui::Theme::Light)
        .with_size(size)
        .with_pixels_per_point(zoom)
        .with_max_steps(8)
        .with_accessibility_check(true)
        .build_eframe(move |cc| {
            KraljicApp::new(
                cc,
                StartOptions {
                    file,
                    reopen_last: false,
                    dialogs,
                    recovery_dir,
                    on_first_frame: None,
                    clipboard: Box::new(MemoryClipboard::default()),
                },
            )
        });
    harness.run();
    harness
}

/// An example from `workshops/` is opened as a private copy, so no lock or save of one test
/// (or of an app a developer left running on the example) meets another.
fn private_copy_of_example(file: PathBuf) -> PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    if !file.starts_with("workshops") {
        return file;
    }
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "window-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).expect("test folder");
    let copy = dir.join(file.file_name().expect("file name"));
    std::fs::copy(&file, &copy).expect("copy of the example");
    copy
}

/// The app on (a private copy of) the NMD example file.
pub fn nmd() -> Harness<'static, KraljicApp> {
    app(Some(PathBuf::from(NMD)), ScriptedDialogs::default())
}

/// The id of the lot with this name.
pub fn lot_id(workshop: &Workshop, name: &str) -> LotId {
    workshop
        .lots
        .iter()
        .find(|lot| lot.name == name)
        .unwrap_or_else(|| panic!("no lot named {name}"))
        .id
}

/// Presses Ctrl (Cmd on macOS) with a key and runs the frame (and, when that started reading a
/// spreadsheet on a worker, the frames until the read is done).
pub fn ctrl(harness: &mut Harness<'static, KraljicApp>, key: egui::Key) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND, key);
    harness.run();
    wait_for_read(harness);
}

/// Runs frames, as the real window does, until the spreadsheet read on a worker is done.
pub fn wait_for_read(harness: &mut Harness<'static, KraljicApp>) {
    let start = std::time::Instant::now();
    while harness.state().sheet_read().is_some() {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(60),
            "the read did not finish"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
        harness.step();
    }
    harness.run();
}

/// Presses Ctrl+Shift with a key and runs the frame.
pub fn ctrl_shift(harness: &mut Harness<'static, KraljicApp>, key: egui::Key) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, key);
    harness.run();
}

/// The lots in the list, in the order shown (sort, filters and search applied).
pub fn list_order(harness: &Harness<'static, KraljicApp>) -> Vec<LotId> {
    let app = harness.state();
    kraljic_workshop::ui::lot_list::visible_order(
        app.workshop(),
        app.document().portfolio(),
        &kraljic_workshop::format::built_in_catalogue(),
        &app.view.list,
        app.lang(),
    )
}

/// Delivers these key presses in **one** frame, as a quick typist or a slow laptop does (kittest
/// itself gives every queued event a frame of its own): for each key its press, the text a plain
/// letter or digit types, and its release. Then runs until the window settles.
pub fn keys_in_one_frame(
    harness: &mut Harness<'static, KraljicApp>,
    keys: &[(egui::Modifiers, egui::Key)],
) {
    let events = &mut harness.input_mut().events;
    for &(modifiers, key) in keys {
        events.push(egui::Event::Key {
            key,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers,
        });
        let symbol = key.symbol_or_name();
        if modifiers.is_none() && symbol.chars().count() == 1 {
            events.push(egui::Event::Text(symbol.to_lowercase()));
        }
        events.push(egui::Event::Key {
            key,
            physical_key: None,
            pressed: false,
            repeat: false,
            modifiers,
        });
    }
    harness.run();
}

/// [`keys_in_one_frame`] for keys without modifiers.
pub fn plain_keys_in_one_frame(harness: &mut Harness<'static, KraljicApp>, keys: &[egui::Key]) {
    let keys: Vec<_> = keys.iter().map(|&k| (egui::Modifiers::NONE, k)).collect();
    keys_in_one_frame(harness, &keys);
}

/// The app on (a private copy of) `file` in a window of `size` points at `zoom` pixels per
/// point (a 150 % laptop is 1280x720 points at 1,5), with the accessibility check on.
pub fn app_at(file: &str, size: egui::Vec2, zoom: f32) -> Harness<'static, KraljicApp> {
    let file = private_copy_of_example(PathBuf::from(file));
    build(
        size,
        zoom,
        Some(file),
        Box::new(ScriptedDialogs::default()),
        None,
        false,
    )
}

/// The first widget whose label starts with `start`.
fn first_starting<'h>(
    harness: &'h Harness<'static, KraljicApp>,
    start: &'h str,
) -> egui_kittest::Node<'h> {
    use egui_kittest::kittest::{NodeT, Queryable};
    harness
        .get_all_by_label_contains(start)
        .find(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with(start))
        })
        .expect(start)
}

/// Scrolls to the first widget whose label starts with `start` and clicks it.
pub fn click_first_starting(harness: &mut Harness<'static, KraljicApp>, start: &str) {
    first_starting(harness, start).scroll_to_me();
    harness.run();
    first_starting(harness, start).click();
    harness.run();
}

/// Scrolls to the first widget with this label and clicks it.
pub fn click_first(harness: &mut Harness<'static, KraljicApp>, label: &str) {
    use egui_kittest::kittest::Queryable;
    harness
        .get_all_by_label(label)
        .next()
        .expect(label)
        .scroll_to_me();
    harness.run();
    harness.get_all_by_label(label).next().expect(label).click();
    harness.run();
}

/// Brings the field labelled `field` into view, gives it the keyboard and replaces its text
/// with `text` (Ctrl+A, then typing), as a user does.
pub fn replace_text(harness: &mut Harness<'static, KraljicApp>, field: &str, text: &str) {
    use egui_kittest::kittest::Queryable;
    harness.get_by_label(field).scroll_to_me();
    harness.run();
    harness.get_by_label(field).focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label(field).type_text(text);
    harness.run();
}
