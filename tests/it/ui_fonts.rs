//! Every character the game can show has a glyph in its fonts: the Fluent texts of both
//! languages, the glossary, the shipped scenarios' names and headlines, and the symbols the
//! screens write themselves (✖, ⓘ, →, ✕ …) — none shows as an empty box.

use std::collections::BTreeSet;
use std::path::Path;

use bevy_egui::egui;
use mehrwert::ui::fonts;

/// The characters of `text` outside plain ASCII, from lines that are not `//` comments.
fn shown_characters(text: &str, into: &mut BTreeSet<char>) {
    for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
        into.extend(line.chars().filter(|c| !c.is_ascii() && !c.is_whitespace()));
    }
}

fn files(dir: &Path, extension: &str, into: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("folder").map(|e| e.expect("entry").path()) {
        if entry.is_dir() {
            files(&entry, extension, into);
        } else if entry.extension().is_some_and(|e| e == extension) {
            into.push(entry);
        }
    }
}

/// The characters without a glyph in any font of `definitions`' proportional family (read
/// from the fonts' character maps: egui's own `has_glyph` answers "no" for every character
/// of the face that also holds its replacement glyph).
fn missing(definitions: &egui::FontDefinitions, characters: &BTreeSet<char>) -> Vec<char> {
    use skrifa::MetadataProvider;
    let family = &definitions.families[&egui::FontFamily::Proportional];
    let fonts: Vec<skrifa::FontRef<'_>> = family
        .iter()
        .map(|name| skrifa::FontRef::from_index(&definitions.font_data[name].font, 0).expect("a font file"))
        .collect();
    characters.iter().copied().filter(|c| !fonts.iter().any(|f| f.charmap().map(*c).is_some())).collect()
}

#[test]
fn every_character_of_every_text_has_a_glyph() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources = Vec::new();
    files(&root.join("assets/locales"), "ftl", &mut sources);
    files(&root.join("scenarios"), "ron", &mut sources);
    files(&root.join("src/ui"), "rs", &mut sources);
    sources.push(root.join("src/glossary.rs"));
    let mut characters = BTreeSet::new();
    for path in &sources {
        shown_characters(&std::fs::read_to_string(path).expect("readable"), &mut characters);
    }
    for expected in ['ä', 'ß', '€', '–', '→', '✕'] {
        assert!(characters.contains(&expected), "the texts use {expected:?}: the gathering works");
    }
    let without = missing(&egui::FontDefinitions::default(), &characters);
    assert!(without.contains(&'→'), "egui's own fonts alone lack the arrow (the bug this guards)");
    assert_eq!(missing(&fonts::definitions(), &characters), Vec::<char>::new(), "characters without a glyph");
}
