//! The workshop settings window: title, organisation, date, municipalities and the two
//! thresholds of the matrix.

use egui::RichText;
use rust_decimal::Decimal;

use super::{Edit, Output, Shared, View, widgets};
use crate::locale::number::{date_text, format_decimal, optional, optional_date, parse_amount};
use crate::model::limits;

/// Shows the settings window while it is open.
pub fn show(ctx: &egui::Context, shared: &Shared<'_>, view: &mut View, out: &mut Output) {
    let t = shared.t();
    let mut open = view.windows.is_open(super::ToolWindow::Settings);
    super::ToolWindow::Settings
        .window(ctx, t.settings.label)
        .open(&mut open)
        .collapsible(false)
        .default_width(560.0)
        .vscroll(true)
        .show(ctx, |ui| {
            let w = shared.workshop;
            widgets::text_field(ui, shared, t.title, &w.title, false, out, Edit::Title);
            widgets::text_field(
                ui,
                shared,
                t.organisation,
                &w.organisation,
                false,
                out,
                Edit::Organisation,
            );
            let date = date_text(w.date);
            draft_field(
                ui,
                shared,
                view,
                out,
                t.date,
                t.date_hint,
                "date",
                &date,
                t.invalid_date,
                |text| optional_date(text).map(Edit::Date),
            );
            let municipalities = w.municipalities.join("\n");
            widgets::text_field(
                ui,
                shared,
                t.municipalities,
                &municipalities,
                true,
                out,
                |text| {
                    Edit::Municipalities(
                        text.lines()
                            .map(str::trim)
                            .filter(|l| !l.is_empty())
                            .map(String::from)
                            .collect(),
                    )
                },
            )
            .on_hover_text(t.municipalities_hint);
            ui.label(RichText::new(t.municipalities_hint).small());
            ui.separator();
            let value = format_decimal(
                w.settings.value_threshold_pct,
                places(w.settings.value_threshold_pct),
            );
            draft_field(
                ui,
                shared,
                view,
                out,
                t.value_threshold,
                t.value_threshold_hint,
                "value-threshold",
                &value,
                t.invalid_threshold,
                |text| {
                    parse_amount(text)
                        .ok()
                        .filter(|v| limits::value_threshold_allowed(*v))
                        .map(Edit::ValueThreshold)
                },
            );
            let risk = format_decimal(w.settings.risk_threshold, places(w.settings.risk_threshold));
            draft_field(
                ui,
                shared,
                view,
                out,
                t.risk_threshold,
                t.risk_threshold_hint,
                "risk-threshold",
                &risk,
                t.invalid_threshold,
                |text| {
                    parse_amount(text)
                        .ok()
                        .filter(|v| limits::risk_threshold_allowed(*v))
                        .map(Edit::RiskThreshold)
                },
            );
            let minutes = w
                .settings
                .time_box_minutes
                .map(|m| m.to_string())
                .unwrap_or_default();
            draft_field(
                ui,
                shared,
                view,
                out,
                t.time_box,
                t.time_box_hint,
                "time-box",
                &minutes,
                t.invalid_threshold,
                |text| {
                    let text = text.trim();
                    if text.is_empty() {
                        return Some(Edit::TimeBox(None));
                    }
                    text.parse::<u32>()
                        .ok()
                        .filter(|m| limits::TIME_BOX_MINUTES.contains(m))
                        .map(|m| Edit::TimeBox(Some(m)))
                },
            );
            ui.separator();
            plan_settings(ui, shared, view, out);
            ui.separator();
            super::participants::settings_section(ui, shared, out);
            ui.separator();
            file_chooser_choice(ui, shared, out);
        });
    view.windows.set(super::ToolWindow::Settings, open);
}

/// The tender calendar's settings: reference date, the most tenders at once, phase durations.
fn plan_settings(ui: &mut egui::Ui, shared: &Shared<'_>, view: &mut View, out: &mut Output) {
    use crate::model::planning::PhaseMonths;
    let x = crate::locale::planning::texts(shared.lang);
    let plan = &shared.workshop.planning;
    let (reference, max, months) = (plan.reference_date, plan.max_parallel, plan.months);
    let with = |reference_date, max_parallel, months| Edit::PlanSettings {
        reference_date,
        max_parallel,
        months,
    };
    let stored = date_text(reference);
    let (label, hint) = x.reference_date;
    draft_field(
        ui,
        shared,
        view,
        out,
        label,
        hint,
        "reference-date",
        &stored,
        x.invalid,
        |text| optional_date(text).map(|d| with(d, max, months)),
    );
    let stored = max.map(|m| m.to_string()).unwrap_or_default();
    let (label, hint) = x.max_parallel;
    draft_field(
        ui,
        shared,
        view,
        out,
        label,
        hint,
        "max-parallel",
        &stored,
        x.invalid,
        |text| {
            let read = |t: &str| t.trim().parse::<u32>().ok();
            let max = optional(text, |t| {
                read(t).filter(|m| limits::MAX_PARALLEL.contains(m))
            })?;
            Some(with(reference, max, months))
        },
    );
    let stored = months.to_string();
    let (label, hint) = x.phase_months;
    draft_field(
        ui,
        shared,
        view,
        out,
        label,
        hint,
        "phase-months",
        &stored,
        x.invalid,
        |text| PhaseMonths::parse(text).map(|months| with(reference, max, months)),
    );
}

/// The system's file dialog or the built-in chooser (a preference of this computer, not of the
/// workshop).
fn file_chooser_choice(ui: &mut egui::Ui, shared: &Shared<'_>, out: &mut Output) {
    use super::file_dialog::ChooserPreference;
    let t = shared.lang.files();
    ui.horizontal(|ui| {
        ui.label(RichText::new(t.chooser_setting).strong());
        for (choice, name) in ChooserPreference::ALL.into_iter().zip(t.chooser_choices) {
            let response = ui.radio(shared.file_chooser == choice, name);
            let accessible = format!("{}: {name}", t.chooser_setting);
            response.widget_info(|| {
                egui::WidgetInfo::selected(
                    egui::Role::RadioButton,
                    true,
                    shared.file_chooser == choice,
                    &accessible,
                )
            });
            if response.clicked() {
                out.file_chooser = Some(choice);
            }
        }
    });
    ui.label(RichText::new(t.chooser_hint).small());
}

fn places(value: Decimal) -> u32 {
    value.normalize().scale()
}

/// A labelled field read from text, with its hint, or why the text cannot be read.
#[allow(clippy::too_many_arguments)]
fn draft_field(
    ui: &mut egui::Ui,
    shared: &Shared<'_>,
    view: &mut View,
    out: &mut Output,
    label: &str,
    hint: &str,
    salt: &str,
    stored: &str,
    invalid_text: &str,
    parse: impl Fn(&str) -> Option<Edit>,
) {
    let label = ui.label(RichText::new(label).strong());
    let field = ui.make_persistent_id(("settings", salt));
    let invalid = widgets::draft_field(
        ui,
        view,
        out,
        field,
        label.id,
        stored,
        f32::INFINITY,
        shared.dark,
        parse,
    );
    if invalid {
        widgets::invalid_note(ui, invalid_text, shared.dark);
    } else {
        ui.label(RichText::new(hint).small());
    }
}
