//! The lab's screen: the tab bar, the tab, and what the tabs ask for (open a file, save the
//! value case, write the handout or the template), done here with the outcome in the status line.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use super::{Lab, LabTab};
use crate::lab::evaluate::CaseResult;
use crate::lab::handout::document;
use crate::model::format::Locale;
use crate::scenario::customer::case_file::ValueCase;
use crate::ui::PendingCommands;
use crate::ui::frame::{Frame, central_panel};
use crate::ui::panels::{lab_analysis, lab_message, lab_offer, lab_report};
use crate::ui::screens::{Screen, Status, UiCommand, UiState};
use crate::ui::text::{tr, tr_args};
use crate::ui::theme;

/// What a tab of the lab asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum LabAction {
    /// Open this value case, report or workbook.
    Open(std::path::PathBuf),
    /// Save the value case (RON) in the cases folder.
    SaveCase,
    /// Write the handout as PDF.
    ExportPdf,
    /// Write the handout as an HTML page.
    ExportHtml,
    /// Write the empty spreadsheet template.
    WriteTemplate,
    /// Start over with an empty form.
    Clear,
    /// Back to the title screen.
    Back,
}

/// Draws the lab and carries out what its tabs ask for.
pub(in crate::ui) fn lab_screen(
    mut contexts: EguiContexts,
    mut state: ResMut<UiState>,
    lab: Option<ResMut<Lab>>,
    frame: Res<Frame>,
    mut pending: ResMut<PendingCommands>,
    mut commands: Commands,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let Some(mut lab) = lab else {
        commands.insert_resource(Lab::new(&state.data_dir, state.lang));
        return Ok(());
    };
    let lang = state.lang;
    if lab.form.lang != lang {
        // The numbers are rewritten in the new language's style.
        lab.form = lab.form.in_locale(lang);
        lab.recompute();
    }
    let mut actions: Vec<LabAction> = state.lab_open.take().map(LabAction::Open).into_iter().collect();
    central_panel(ctx, &frame, |ui| {
        actions.extend(lab_ui(ui, &mut lab, lang));
        Vec::new()
    });
    for action in actions {
        match act(&mut lab, action, lang) {
            Ok(Some(done)) => state.message = Some(Status::done(done)),
            Ok(None) => pending.0.push(UiCommand::GoTo(Screen::Title)),
            Err(error) => state.message = Some(error),
        }
    }
    Ok(())
}

/// The tab bar and the tab; the actions asked for.
pub fn lab_ui(ui: &mut egui::Ui, lab: &mut Lab, lang: Locale) -> Vec<LabAction> {
    let mut actions = Vec::new();
    ui.horizontal(|ui| {
        ui.heading(tr("lab_title", lang));
        ui.add_space(theme::SPACE_L);
        for (tab, key) in [
            (LabTab::Report, "lab_tab_report"),
            (LabTab::Analysis, "lab_tab_analysis"),
            (LabTab::Offer, "lab_tab_offer"),
            (LabTab::Message, "lab_tab_message"),
        ] {
            if ui.selectable_label(lab.tab == tab, tr(key, lang)).clicked() {
                lab.tab = tab;
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(tr("back", lang)).clicked() {
                actions.push(LabAction::Back);
            }
        });
    });
    ui.separator();
    let changed = match lab.tab {
        LabTab::Report => lab_report::report_ui(ui, lab, lang, &mut actions),
        LabTab::Analysis => {
            lab_analysis::analysis_ui(ui, lab, lang);
            false
        }
        LabTab::Offer => lab_offer::offer_ui(ui, lab, lang, &mut actions),
        LabTab::Message => lab_message::message_ui(ui, lab, lang, &mut actions),
    };
    if changed {
        lab.recompute();
    }
    actions
}

/// Carries out one action: `Ok(Some(text))` to confirm, `Ok(None)` to leave the lab.
fn act(lab: &mut Lab, action: LabAction, lang: Locale) -> Result<Option<String>, Status> {
    let written = |path: &std::path::Path| {
        tr_args("lab_written", lang, &[("path", crate::i18n::Arg::from(path.display().to_string()))])
    };
    match action {
        LabAction::Back => Ok(None),
        LabAction::Clear => {
            let kept = lab.keep_typed().map_err(Status::error)?;
            *lab = Lab::new(&lab.data_dir.clone(), lang);
            Ok(Some(with_draft(tr("lab_cleared", lang).to_string(), kept, lang)))
        }
        LabAction::Open(path) => {
            let kept = lab.keep_typed().map_err(Status::error)?;
            lab.open(&path, lang).map_err(|details| {
                let mut status = Status::error(tr("lab_open_failed", lang));
                status.details = Some(details);
                status
            })?;
            let opened = tr_args("lab_opened", lang, &[("path", crate::i18n::Arg::from(path.display().to_string()))]);
            Ok(Some(with_draft(opened, kept, lang)))
        }
        LabAction::WriteTemplate => {
            let bytes =
                crate::scenario::customer::workbook::template(lang).map_err(|e| Status::error(e.to_string()))?;
            // A template filled in earlier is never overwritten.
            let path = unused(&lab.cases_dir().join(tr("lab_template_file", lang)));
            save(&path, &bytes)?;
            lab.dialog.refresh();
            Ok(Some(written(&path)))
        }
        LabAction::SaveCase => {
            let Some(_) = &lab.case else { return Err(Status::error(tr("lab_not_ready", lang))) };
            let text = ron::ser::to_string_pretty(&lab.raw_case(), crate::sim::save::pretty_ron())
                .map_err(|e| Status::error(e.to_string()))?;
            // Saved back where it was opened from or first saved; a new case gets a name of its own.
            let path = match &lab.file {
                Some(file) => file.clone(),
                None => unused(&lab.cases_dir().join(format!("{}.ron", lab.file_stem()))),
            };
            save(&path, text.as_bytes())?;
            lab.file = Some(path.clone());
            lab.dialog.refresh();
            Ok(Some(written(&path)))
        }
        LabAction::ExportPdf | LabAction::ExportHtml => {
            let (Some(case), Some(result)) = (&lab.case, &lab.result) else {
                return Err(Status::error(tr("lab_not_ready", lang)));
            };
            let (bytes, extension) = handout(case, result, action == LabAction::ExportPdf)?;
            // Beside the case's own file, named like it (a handout belongs to its case).
            let path = match &lab.file {
                Some(file) => file.with_extension(extension),
                None => lab.cases_dir().join(format!("{}.{extension}", lab.file_stem())),
            };
            save(&path, &bytes)?;
            Ok(Some(written(&path)))
        }
    }
}

/// The handout of the case in the message's language: PDF or HTML bytes and the extension.
fn handout(case: &ValueCase, result: &CaseResult, pdf: bool) -> Result<(Vec<u8>, &'static str), Status> {
    let doc = document(case, result, case.language);
    if pdf {
        let bytes = crate::lab::pdf::render(&doc).map_err(|e| Status::error(e.to_string()))?;
        Ok((bytes, "pdf"))
    } else {
        Ok((crate::lab::html::render(&doc).into_bytes(), "html"))
    }
}

/// Writes `bytes` to `path` atomically, making its folder.
fn save(path: &std::path::Path, bytes: &[u8]) -> Result<(), Status> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| Status::error(format!("{}: {e}", dir.display())))?;
    }
    crate::files::write_atomically(path, bytes).map_err(|e| Status::error(format!("{}: {e:#}", path.display())))
}

/// `path`, or with " (2)", " (3)" … before its extension when a file of that name exists.
pub(super) fn unused(path: &std::path::Path) -> std::path::PathBuf {
    if !path.exists() {
        return path.to_path_buf();
    }
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let extension = path.extension().map(|e| format!(".{}", e.to_string_lossy())).unwrap_or_default();
    (2..1000)
        .map(|n| path.with_file_name(format!("{stem} ({n}){extension}")))
        .find(|candidate| !candidate.exists())
        .unwrap_or_else(|| path.to_path_buf())
}

/// A confirmation, and where the earlier typing was kept when a draft was written.
fn with_draft(text: String, draft: Option<std::path::PathBuf>, lang: Locale) -> String {
    match draft {
        Some(path) => {
            let kept = tr_args("lab_draft_kept", lang, &[("path", crate::i18n::Arg::from(path.display().to_string()))]);
            format!("{text} {kept}")
        }
        None => text,
    }
}
