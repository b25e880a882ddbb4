//! The desktop game: bevy + egui screens that read the simulation and submit decisions.
//!
//! Architecture invariant: nothing here books anything; every change to a game goes through
//! [`crate::sim`] (submit, play a year, save, load) via [`session::Session`]. Panels are
//! functions of what they show that return [`screens::UiCommand`]s; [`apply::apply`] acts on them.

pub mod apply;
pub mod autosave;
pub mod console_screen;
pub mod debrief;
pub mod decide_screen;
pub mod draft;
pub mod fonts;
pub mod frame;
pub mod hosting;
pub mod idle;
pub mod issue_text;
pub mod lab;
pub mod observe;
pub mod panels;
pub mod plausibility;
pub mod projects;
pub mod quiz;
pub mod remote;
pub mod save_summary;
pub mod screens;
pub mod session;
pub mod shortcuts;
pub mod team_draft;
pub mod team_screen;
pub mod text;
pub mod theme;
pub mod views;
pub mod widgets;
pub mod wordmark;

use std::path::PathBuf;
use std::process::ExitCode;

use bevy::prelude::*;
use bevy::window::{WindowResizeConstraints, WindowResolution};
use bevy::winit::WinitSettings;
use bevy_egui::{EguiPlugin, EguiStartupSet};

use screens::{Screen, UiCommand, UiState};

/// Commands waiting to be applied (from the panels and the shortcuts).
#[derive(Resource, Default, Debug)]
pub struct PendingCommands(pub Vec<UiCommand>);

/// Why no window can open here, if it cannot: on Linux and the BSDs the window system is
/// found through `WAYLAND_DISPLAY` or `DISPLAY`; Windows and macOS always have a desktop.
fn no_display() -> Option<&'static str> {
    if !cfg!(unix) || cfg!(target_os = "macos") {
        return None;
    }
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    (!set("WAYLAND_DISPLAY") && !set("DISPLAY"))
        .then_some("no display to open the game window on (neither DISPLAY nor WAYLAND_DISPLAY is set)")
}

/// How the game starts.
#[derive(Debug, Default, Clone)]
pub struct StartOptions {
    /// A scenario, save game or session file to open at once.
    pub file: Option<PathBuf>,
    /// Window size in logical pixels; 1440×900 when not given.
    pub window_size: Option<(u32, u32)>,
}

/// The game without its window: the screens as bevy states, the settings, the command
/// queue and the one system that applies it, the screens' cached views and the autosave on
/// exit. `run` adds the window and the drawing ([`frame::plugin`]); tests add
/// `MinimalPlugins` and `StatesPlugin` and send commands.
pub fn plugin(app: &mut App) {
    app.init_state::<Screen>()
        .init_resource::<UiState>()
        .init_resource::<PendingCommands>()
        .add_systems(Update, (apply::apply_commands, log_screen))
        .add_plugins((views::plugin, autosave::plugin, remote::plugin, debrief::plugin));
}

/// Gives the window the game's mark as its icon once winit has made it (bevy sets none, and
/// Windows would show a blank program icon in the title bar and the taskbar).
fn set_window_icon(
    mut done: Local<bool>,
    windows: Query<Entity, With<bevy::window::PrimaryWindow>>,
    _main_thread: bevy::ecs::system::NonSendMarker,
) {
    const SIDE: u32 = 64;
    if *done {
        return;
    }
    let Ok(entity) = windows.single() else { return };
    bevy::winit::WINIT_WINDOWS.with_borrow(|winit_windows| {
        if let Some(window) = winit_windows.get_window(entity) {
            if let Ok(icon) = winit::window::Icon::from_rgba(wordmark::icon_rgba(SIDE), SIDE, SIDE) {
                window.set_window_icon(Some(icon));
            }
            *done = true;
        }
    });
}

/// Notes each screen the game shows in its log (stderr, info level): what a support call or
/// the Windows smoke test under Wine reads to know where the game is.
fn log_screen(screen: Res<State<Screen>>) {
    if screen.is_changed() {
        info!("screen: {:?}", screen.get());
    }
}

/// Opens the game window and runs until the player quits. Without a display (a server, an
/// SSH session) it says so in one line and exits with 1 instead of a window-system panic.
pub fn run(options: StartOptions) -> ExitCode {
    if let Some(why) = no_display() {
        eprintln!("mehrwert: {why}; `mehrwert run` plays a game without a window");
        return ExitCode::from(1);
    }
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title: "Mehrwert".into(),
            resolution: {
                let (width, height) = options.window_size.unwrap_or((1440, 900));
                WindowResolution::new(width, height)
            },
            resize_constraints: WindowResizeConstraints { min_width: 1280.0, min_height: 720.0, ..default() },
            ..default()
        }),
        ..default()
    }))
    .add_plugins((EguiPlugin::default(), idle::plugin, plugin, fonts::plugin, frame::plugin))
    .add_systems(PreStartup, spawn_camera.before(EguiStartupSet::InitContexts))
    .add_systems(Update, set_window_icon);
    // Frames only on input: an idle game costs no CPU.
    app.insert_resource(WinitSettings::desktop_app());
    if let Some(file) = options.file {
        app.world_mut().resource_mut::<PendingCommands>().0.push(UiCommand::Open(file));
    }
    match app.run() {
        AppExit::Success => ExitCode::SUCCESS,
        AppExit::Error(code) => ExitCode::from(code.get()),
    }
}

fn spawn_camera(mut commands: Commands) {
    commands.spawn(Camera2d);
}
