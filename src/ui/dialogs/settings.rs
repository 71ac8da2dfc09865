//! The workshop settings window: title, organisation, date, municipalities and the two
//! thresholds of the matrix.

use egui::RichText;
use rust_decimal::Decimal;

use crate::locale::number::{date_text, format_decimal, optional, optional_date, parse_amount};
use crate::model::limits;
use crate::ui::{Edit, Output, Shared, View, widgets};

/// Shows the settings window while it is open.
pub fn show(ctx: &egui::Context, shared: &Shared<'_>, view: &mut View, out: &mut Output) {
    let t = shared.t();
    let mut open = view.windows.is_open(crate::ui::ToolWindow::Settings);
    crate::ui::ToolWindow::Settings
        .window(ctx, t.settings.label)
        .open(&mut open)
        .collapsible(false)
        .default_width(560.0)
        // As tall as the screen allows: the weights and the plan are further down.
        .default_height(ctx.content_rect().height() * 0.8)
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
            SettingField {
                label: t.date,
                hint: t.date_hint,
                salt: "date",
                invalid: t.invalid_date,
            }
            .show(ui, shared, view, out, &date, |text| {
                optional_date(text).map(Edit::Date)
            });
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
            SettingField {
                label: t.value_threshold,
                hint: t.value_threshold_hint,
                salt: "value-threshold",
                invalid: t.invalid_threshold,
            }
            .show(ui, shared, view, out, &value, |text| {
                parse_amount(text)
                    .ok()
                    .filter(|v| limits::value_threshold_allowed(*v))
                    .map(Edit::ValueThreshold)
            });
            let risk = format_decimal(w.settings.risk_threshold, places(w.settings.risk_threshold));
            SettingField {
                label: t.risk_threshold,
                hint: t.risk_threshold_hint,
                salt: "risk-threshold",
                invalid: t.invalid_threshold,
            }
            .show(ui, shared, view, out, &risk, |text| {
                parse_amount(text)
                    .ok()
                    .filter(|v| limits::risk_threshold_allowed(*v))
                    .map(Edit::RiskThreshold)
            });
            margin_field(ui, shared, view, out);
            weight_fields(ui, shared, view, out);
            let minutes = w
                .settings
                .time_box_minutes
                .map(|m| m.to_string())
                .unwrap_or_default();
            SettingField {
                label: t.time_box,
                hint: t.time_box_hint,
                salt: "time-box",
                invalid: t.invalid_threshold,
            }
            .show(ui, shared, view, out, &minutes, |text| {
                let text = text.trim();
                if text.is_empty() {
                    return Some(Edit::TimeBox(None));
                }
                text.parse::<u32>()
                    .ok()
                    .filter(|m| limits::TIME_BOX_MINUTES.contains(m))
                    .map(|m| Edit::TimeBox(Some(m)))
            });
            ui.separator();
            plan_settings(ui, shared, view, out);
            ui.separator();
            crate::ui::room::participants::settings_section(ui, shared, out);
            ui.separator();
            file_chooser_choice(ui, shared, out);
        });
    view.windows.set(crate::ui::ToolWindow::Settings, open);
}

/// The margin around the value split within which a lot counts as close to it.
fn margin_field(ui: &mut egui::Ui, shared: &Shared<'_>, view: &mut View, out: &mut Output) {
    let settings = shared.workshop.settings;
    let margin = settings.split_margin_pct;
    let shown = format_decimal(margin, places(margin));
    let texts = crate::locale::sensitivity::texts(shared.lang);
    let hint = texts
        .margin_hint
        .replace(
            "{default}",
            &format_decimal(crate::model::Settings::DEFAULT_SPLIT_MARGIN_PCT, 0),
        )
        .replace("{max}", &limits::SPLIT_MARGIN_MAX.to_string());
    SettingField {
        label: texts.margin,
        hint: &hint,
        salt: "split-margin",
        invalid: shared.t().invalid_threshold,
    }
    .show(ui, shared, view, out, &shown, |text| {
        let margin_pct = parse_amount(text).ok()?;
        limits::split_margin_allowed(margin_pct).then_some(Edit::Thresholds {
            risk: settings.risk_threshold,
            value_pct: settings.value_threshold_pct,
            margin_pct,
        })
    });
}

/// Each criterion's weight in the risk mean (equal: the seeds' plain mean).
fn weight_fields(ui: &mut egui::Ui, shared: &Shared<'_>, view: &mut View, out: &mut Output) {
    let s = crate::locale::scale::texts(shared.lang);
    let weights = shared.workshop.settings.weights;
    for (at, criterion) in crate::model::Criterion::ALL.into_iter().enumerate() {
        let label = s.weight.replace(
            "{criterion}",
            &shared.lang.texts().criterion(criterion).to_lowercase(),
        );
        let value = weights.0[at];
        let shown = format_decimal(value, places(value));
        SettingField {
            label: &label,
            hint: s.weights_hint,
            salt: ["weight-impact", "weight-scarcity", "weight-switching"][at],
            invalid: s.invalid_weight,
        }
        .show(ui, shared, view, out, &shown, |text| {
            let mut changed = weights;
            changed.0[at] = parse_amount(text).ok()?;
            limits::weights_allowed(&changed.0).then_some(Edit::Weights(changed))
        });
    }
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
    SettingField {
        label,
        hint,
        salt: "reference-date",
        invalid: x.invalid,
    }
    .show(ui, shared, view, out, &stored, |text| {
        optional_date(text).map(|d| with(d, max, months))
    });
    let stored = max.map(|m| m.to_string()).unwrap_or_default();
    let (label, hint) = x.max_parallel;
    SettingField {
        label,
        hint,
        salt: "max-parallel",
        invalid: x.invalid,
    }
    .show(ui, shared, view, out, &stored, |text| {
        let read = |t: &str| t.trim().parse::<u32>().ok();
        let max = optional(text, |t| {
            read(t).filter(|m| limits::MAX_PARALLEL.contains(m))
        })?;
        Some(with(reference, max, months))
    });
    let stored = months.to_string();
    let (label, hint) = x.phase_months;
    SettingField {
        label,
        hint,
        salt: "phase-months",
        invalid: x.invalid,
    }
    .show(ui, shared, view, out, &stored, |text| {
        PhaseMonths::parse(text).map(|months| with(reference, max, months))
    });
}

/// The system's file dialog or the built-in chooser (a preference of this computer, not of the
/// workshop).
fn file_chooser_choice(ui: &mut egui::Ui, shared: &Shared<'_>, out: &mut Output) {
    use crate::ui::session::file_dialog::ChooserPreference;
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

/// A labelled field of the settings read from text: its label, the hint under it, a salt
/// for its id, and what to say when the text cannot be read.
struct SettingField<'a> {
    label: &'a str,
    hint: &'a str,
    salt: &'a str,
    invalid: &'a str,
}

impl SettingField<'_> {
    /// Shows the field with `stored`, and under it the hint or why the text cannot be read.
    fn show(
        &self,
        ui: &mut egui::Ui,
        shared: &Shared<'_>,
        view: &mut View,
        out: &mut Output,
        stored: &str,
        parse: impl Fn(&str) -> Option<Edit>,
    ) {
        let label = ui.label(RichText::new(self.label).strong());
        let field = ui.make_persistent_id(("settings", self.salt));
        let invalid = widgets::DraftField::new(field, label.id, shared.dark)
            .show(ui, view, out, stored, parse);
        if invalid {
            widgets::invalid_note(ui, self.invalid, shared.dark);
        } else {
            ui.label(RichText::new(self.hint).small());
        }
    }
}
