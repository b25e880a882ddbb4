//! End to end: the real binary in a real window under Xvfb (Mesa's software Vulkan) plays two
//! years through the UI commands and writes a screenshot of each main screen; none is blank.
//!
//! The screenshots stay in `target/tmp/ui-screenshots/` for people to look at.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

const SCREENS: [&str; 14] = [
    "01-title",
    "02-decide-year1",
    "03-statements-year1",
    "04-dashboard-year1",
    "05-market-year1",
    "06-decide-year2",
    "07-statements-year2",
    "08-dashboard-year2",
    "09-leaderboard-year2",
    "10-projector-mode",
    "11-driver-tree",
    "12-journal-rebates",
    "13-glossary",
    "14-statements-after-glossary",
];

/// Width, height and the number of distinct colours of a PNG.
fn inspect(path: &Path) -> (u32, u32, usize) {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let decoder = png::Decoder::new(std::io::BufReader::new(file));
    let mut reader = decoder.read_info().unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut pixels = vec![0; reader.output_buffer_size().unwrap_or(0)];
    let info = reader.next_frame(&mut pixels).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let channels = info.color_type.samples();
    let colours: BTreeSet<&[u8]> = pixels[..info.buffer_size()].chunks(channels).collect();
    (info.width, info.height, colours.len())
}

#[test]
fn two_years_through_the_ui_in_a_real_window() {
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join("ui-screenshots");
    let _ = std::fs::remove_dir_all(&shots);
    let data = tempfile::tempdir().expect("temp dir");
    let output = Command::new("xvfb-run")
        .args(["-a", "-s", "-screen 0 1600x1000x24", env!("CARGO_BIN_EXE_mehrwert"), "play", "--autoplay-screenshots"])
        .arg(&shots)
        .env("MEHRWERT_DATA_DIR", data.path())
        .output()
        .unwrap_or_else(|e| {
            panic!("cannot start xvfb-run ({e}); install it: apt-get install -y xvfb mesa-vulkan-drivers")
        });
    let log = format!("{}\n{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "the scripted game failed:\n{log}");
    for name in SCREENS {
        let (width, height, colours) = inspect(&shots.join(format!("{name}.png")));
        assert_eq!((width, height), (1440, 900), "{name}");
        // A blank or black window has one or two colours; a drawn screen has text and lines.
        assert!(colours > 40, "{name} looks blank ({colours} colours)");
    }
    assert!(data.path().join("autosave.ron").exists(), "the game autosaved after each year");
}

#[test]
fn without_a_display_the_game_says_so_in_one_line() {
    let data = tempfile::tempdir().expect("temp dir");
    let output = Command::new(env!("CARGO_BIN_EXE_mehrwert"))
        .arg("play")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env("MEHRWERT_DATA_DIR", data.path())
        .output()
        .expect("mehrwert starts");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "one line, no backtrace: {stderr}");
    assert!(stderr.contains("no display") && stderr.contains("mehrwert run"), "{stderr}");
}
