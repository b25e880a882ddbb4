//! The game's fonts: egui's own (Ubuntu Light, Hack, the emoji fonts) with DejaVu Sans behind
//! them, so every character the texts use has a glyph (egui's fonts lack arrows, ✕ and the
//! box-drawing lines of the driver tree, which showed as empty boxes).

use std::sync::Arc;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

/// DejaVu Sans (Bitstream Vera licence, assets/fonts/DejaVuSans-LICENSE.txt), embedded.
const DEJAVU_SANS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

/// egui's default fonts with DejaVu Sans as the last fallback of both families.
pub fn definitions() -> egui::FontDefinitions {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert("DejaVuSans".into(), Arc::new(egui::FontData::from_static(DEJAVU_SANS)));
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts.families.entry(family).or_default().push("DejaVuSans".into());
    }
    fonts
}

/// Installs the fonts once, before the first frame is drawn.
pub fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        install_fonts
            .run_if(|mut done: Local<bool>| !std::mem::replace(&mut *done, true))
            .before(super::frame::FrameSystems::Open),
    );
}

fn install_fonts(mut contexts: EguiContexts) -> Result {
    contexts.ctx_mut()?.set_fonts(definitions());
    Ok(())
}
