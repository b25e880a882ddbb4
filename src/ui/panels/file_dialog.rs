//! An in-app file dialog: folders and `.ron` files of one folder, to open a scenario, a save
//! game or a session without leaving the game (no system dialog is needed on any platform).
//! Each file shows what it holds (scenario, year, mode, teams) and when it was saved, the
//! newest first. A row of places leads to the saves, the scenarios shipped beside the
//! program, the user's documents and, on Windows, every drive.

use std::path::{Path, PathBuf};

use bevy_egui::egui;
use egui::RichText;

use crate::model::format::Locale;
use crate::ui::save_summary::{Contents, FileSummary, summarise, written_at};
use crate::ui::text::tr;
use crate::ui::theme;

/// The dialog's folder and what it holds, read when the folder changes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FileDialog {
    /// The folder shown.
    pub dir: PathBuf,
    /// Its sub-folders' names, sorted.
    pub folders: Vec<String>,
    /// Its `.ron` files' names with what each holds, the most recently written first.
    pub files: Vec<(String, FileSummary)>,
    /// Why the folder could not be read, if it could not.
    pub problem: Option<String>,
    /// The places offered as buttons above the folder.
    pub places: Vec<Place>,
    /// Workbooks (`.xlsx`) are listed too (the value lab's dialog).
    pub workbooks: bool,
}

impl FileDialog {
    /// A dialog showing `dir`, with this computer's places (the first is `dir`).
    pub fn at(dir: &Path) -> FileDialog {
        let mut dialog = FileDialog { dir: dir.to_path_buf(), places: system_places(dir), ..FileDialog::default() };
        dialog.refresh();
        dialog
    }

    /// Reads the folder again: sub-folders and `.ron` files, sorted, hidden entries left out.
    pub fn refresh(&mut self) {
        self.folders.clear();
        self.files.clear();
        self.problem = None;
        match std::fs::read_dir(&self.dir) {
            // A folder not made yet (the saves folder before the first save) holds no files.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => self.problem = Some(format!("{}: {e}", self.dir.display())),
            Ok(entries) => {
                for entry in entries.flatten() {
                    let name = entry.file_name().to_string_lossy().into_owned();
                    if name.starts_with('.') {
                        continue;
                    }
                    let path = entry.path();
                    if path.is_dir() {
                        self.folders.push(name);
                    } else if path.extension().is_some_and(|e| e == "ron")
                        || (self.workbooks && crate::scenario::customer::workbook::is_workbook(&path))
                    {
                        self.files.push((name, summarise(&path)));
                    }
                }
            }
        }
        self.folders.sort();
        self.files.sort_by(|a, b| b.1.modified.cmp(&a.1.modified).then_with(|| a.0.cmp(&b.0)));
    }

    /// The names of the files listed, in the order shown.
    pub fn file_names(&self) -> Vec<&str> {
        self.files.iter().map(|(name, _)| name.as_str()).collect()
    }

    /// A dialog at `dir` that lists workbooks beside the RON files.
    pub fn with_workbooks(dir: &Path) -> FileDialog {
        let mut places = system_places(dir);
        if let Some(first) = places.first_mut() {
            first.key = "place_cases";
        }
        let mut dialog = FileDialog { dir: dir.to_path_buf(), places, workbooks: true, ..FileDialog::default() };
        dialog.refresh();
        dialog
    }

    fn enter(&mut self, dir: PathBuf) {
        self.dir = dir;
        self.refresh();
    }
}

/// A place the dialog offers a button for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// Fluent key of its name (`place_saves`), or empty for a drive, which is named by itself.
    pub key: &'static str,
    /// The folder.
    pub dir: PathBuf,
}

/// The places worth a button: the game's saves, its practice files (beside the saves), the
/// scenarios beside the program, the user's documents (`Documents`, or `Dokumente` where a
/// German Linux desktop names it so), downloads (a practice file a trainer sent) and home;
/// on Windows the drives `C:\` … that exist. Only existing folders, except the saves folder,
/// which is made by the first save.
pub fn places(saves: &Path, program_dir: Option<&Path>, home: Option<&Path>, windows: bool) -> Vec<Place> {
    let mut places = vec![Place { key: "place_saves", dir: saves.to_path_buf() }];
    if let Some(practice) = saves.parent().map(|d| d.join(crate::ui::remote::PRACTICE_DIR)).filter(|d| d.is_dir()) {
        places.push(Place { key: "place_practice", dir: practice });
    }
    if let Some(scenarios) = program_dir.map(|d| d.join("scenarios")).filter(|d| d.is_dir()) {
        places.push(Place { key: "place_scenarios", dir: scenarios });
    }
    if let Some(home) = home.filter(|h| h.is_dir()) {
        if let Some(documents) = ["Documents", "Dokumente"].iter().map(|d| home.join(d)).find(|d| d.is_dir()) {
            places.push(Place { key: "place_documents", dir: documents });
        }
        if let Some(downloads) = ["Downloads"].iter().map(|d| home.join(d)).find(|d| d.is_dir()) {
            places.push(Place { key: "place_downloads", dir: downloads });
        }
        places.push(Place { key: "place_home", dir: home.to_path_buf() });
    }
    if windows {
        for letter in 'A'..='Z' {
            let drive = PathBuf::from(format!("{letter}:\\"));
            if drive.is_dir() {
                places.push(Place { key: "", dir: drive });
            }
        }
    }
    places
}

/// The places of this computer (see [`places`]).
pub fn system_places(saves: &Path) -> Vec<Place> {
    let program_dir = std::env::current_exe().ok().and_then(|exe| exe.parent().map(Path::to_path_buf));
    let home = std::env::var_os(if cfg!(windows) { "USERPROFILE" } else { "HOME" }).map(PathBuf::from);
    places(saves, program_dir.as_deref(), home.as_deref(), cfg!(windows))
}

/// Draws the dialog; returns the file the player picked.
pub fn file_dialog_ui(ui: &mut egui::Ui, dialog: &mut FileDialog, lang: Locale) -> Option<PathBuf> {
    let mut picked = None;
    ui.horizontal_wrapped(|ui| {
        let mut go = None;
        for place in &dialog.places {
            let name =
                if place.key.is_empty() { place.dir.display().to_string() } else { tr(place.key, lang).to_string() };
            let here = place.dir == dialog.dir;
            if ui.selectable_label(here, name).on_hover_text(place.dir.display().to_string()).clicked() && !here {
                go = Some(place.dir.clone());
            }
        }
        if let Some(dir) = go {
            dialog.enter(dir);
        }
    });
    ui.horizontal(|ui| {
        if ui.button("⬆").on_hover_text(tr("folder_up", lang)).clicked()
            && let Some(parent) = dialog.dir.parent().map(Path::to_path_buf)
        {
            dialog.enter(parent);
        }
        ui.label(dialog.dir.display().to_string());
    });
    if let Some(problem) = &dialog.problem {
        ui.colored_label(theme::WORSE, problem);
    }
    egui::ScrollArea::vertical().id_salt("file_dialog").max_height(theme::FILE_DIALOG_HEIGHT).show(ui, |ui| {
        let mut enter = None;
        for folder in &dialog.folders {
            if ui.selectable_label(false, format!("📁 {folder}")).clicked() {
                enter = Some(dialog.dir.join(folder));
            }
        }
        for (file, summary) in &dialog.files {
            if file_row_ui(ui, file, summary, lang) {
                picked = Some(dialog.dir.join(file));
            }
        }
        if dialog.folders.is_empty() && dialog.files.is_empty() && dialog.problem.is_none() {
            ui.weak(tr("no_ron_files", lang));
        }
        if let Some(dir) = enter {
            dialog.enter(dir);
        }
    });
    picked
}

/// One file: its name and when it was saved, and under it what it holds (scenario, year,
/// who plays); true when it was clicked.
fn file_row_ui(ui: &mut egui::Ui, file: &str, summary: &FileSummary, lang: Locale) -> bool {
    let c = &summary.contents;
    let mut clicked = false;
    ui.horizontal(|ui| {
        clicked |= ui.selectable_label(false, format!("📄 {file}")).clicked();
        if let Some(time) = summary.modified {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.weak(written_at(time, lang));
            });
        }
    });
    let details: Vec<String> =
        [c.title(lang), c.progress(lang), c.players(lang)].into_iter().filter(|t| !t.is_empty()).collect();
    ui.horizontal(|ui| {
        ui.add_space(theme::SPACE_L);
        let text = RichText::new(details.join(" · ")).small();
        let text = if c == &Contents::Unknown { text.weak() } else { text };
        clicked |= ui.add(egui::Label::new(text).truncate().sense(egui::Sense::click())).clicked();
    });
    ui.add_space(theme::SPACE_XS);
    clicked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_folders_and_ron_files_only() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir(dir.path().join("saves")).expect("mkdir");
        std::fs::write(dir.path().join("b.ron"), "()").expect("write");
        std::fs::write(dir.path().join("a.ron"), "()").expect("write");
        std::fs::write(dir.path().join("notes.txt"), "x").expect("write");
        std::fs::write(dir.path().join(".hidden.ron"), "()").expect("write");
        let dialog = FileDialog::at(dir.path());
        assert_eq!(dialog.folders, vec!["saves"]);
        let mut names = dialog.file_names();
        names.sort();
        assert_eq!(names, vec!["a.ron", "b.ron"]);
        assert!(dialog.files.iter().all(|(_, s)| s.contents == Contents::Unknown), "\"()\" is no Mehrwert file");
        let missing = FileDialog::at(&dir.path().join("gone"));
        assert_eq!((missing.problem, missing.files.len()), (None, 0), "a folder not made yet is empty");
        let not_a_folder = FileDialog::at(&dir.path().join("a.ron"));
        assert!(not_a_folder.problem.is_some(), "a file is no folder");
    }

    #[test]
    fn places_are_the_saves_the_shipped_scenarios_documents_and_home() {
        let root = tempfile::tempdir().expect("temp dir");
        let (program, home) = (root.path().join("Mehrwert"), root.path().join("Jürgen Müller"));
        std::fs::create_dir_all(program.join("scenarios")).expect("mkdir");
        std::fs::create_dir_all(home.join("Dokumente")).expect("mkdir");
        std::fs::create_dir_all(home.join("Downloads")).expect("mkdir");
        std::fs::create_dir_all(root.path().join("data/Übungen")).expect("mkdir");
        let saves = root.path().join("data/saves");
        let found = places(&saves, Some(&program), Some(&home), false);
        let keys: Vec<(&str, PathBuf)> = found.iter().map(|p| (p.key, p.dir.clone())).collect();
        assert_eq!(
            keys,
            vec![
                ("place_saves", saves.clone()),
                ("place_practice", root.path().join("data/Übungen")),
                ("place_scenarios", program.join("scenarios")),
                ("place_documents", home.join("Dokumente")),
                ("place_downloads", home.join("Downloads")),
                ("place_home", home.clone()),
            ]
        );
        // No scenarios beside the program, no home: the saves alone.
        assert_eq!(places(&root.path().join("elsewhere/saves"), Some(&home), None, false).len(), 1);
        // Every place has a name in both languages.
        for place in &found {
            for lang in [Locale::De, Locale::En] {
                assert!(!tr(place.key, lang).is_empty() && tr(place.key, lang) != place.key, "{}", place.key);
            }
        }
    }
}
