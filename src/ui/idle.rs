//! Idle costs nothing: drops the `ModifiersChanged` event bevy_egui 0.42 pushes every frame.
//!
//! bevy_egui 0.42 (input.rs) sends the current modifier keys as an event on every frame; egui
//! treats any event as a reason to repaint, so with reactive winit updates the app never goes
//! idle (100 % CPU). Fixed upstream in bevy_egui 0.43, which needs bevy 0.20. Dropping the
//! event when it repeats the modifiers egui already knows brings idle CPU to 0 %.

use bevy::prelude::*;
use bevy_egui::{EguiContext, EguiInput, EguiPreUpdateSet, egui};

/// Registers the filter between bevy_egui's input processing and the start of the pass.
pub fn plugin(app: &mut App) {
    app.add_systems(
        PreUpdate,
        drop_repeated_modifiers.after(EguiPreUpdateSet::ProcessInput).before(EguiPreUpdateSet::BeginPass),
    );
}

fn drop_repeated_modifiers(mut contexts: Query<(&mut EguiContext, &mut EguiInput)>) {
    for (mut context, mut input) in &mut contexts {
        let current = context.get_mut().input(|i| i.modifiers);
        input.events.retain(|event| !matches!(event, egui::Event::ModifiersChanged(m) if *m == current));
    }
}
