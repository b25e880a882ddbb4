//! Build script: for a Windows target, compiles the program's resources (icon and version,
//! from the template assets/icon/mehrwert.rc) into the exe; for every other target it does
//! nothing.

use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-changed=assets/icon/mehrwert.rc");
    println!("cargo::rerun-if-changed=assets/icon/mehrwert.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    if let Err(e) = windows_resources() {
        eprintln!("cannot compile the Windows resources: {e}");
        std::process::exit(1);
    }
}

/// Fills in the template and compiles it. An exe without its icon is a broken package, so a
/// missing resource compiler (mingw's windres) fails the build.
fn windows_resources() -> Result<(), String> {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").map_err(|e| e.to_string())?);
    let out = PathBuf::from(std::env::var("OUT_DIR").map_err(|e| e.to_string())?);
    let version = std::env::var("CARGO_PKG_VERSION").map_err(|e| e.to_string())?;
    let numbers: Vec<&str> = version.split(['.', '-', '+']).take(3).collect();
    let icon = manifest.join("assets/icon/mehrwert.ico");
    let template = std::fs::read_to_string(manifest.join("assets/icon/mehrwert.rc")).map_err(|e| e.to_string())?;
    let rc = template
        .replace("@ICON@", &icon.display().to_string().replace('\\', "/"))
        .replace("@VERSION_COMMAS@", &format!("{},0", numbers.join(",")))
        .replace("@VERSION@", &version);
    let filled = out.join("mehrwert.rc");
    std::fs::write(&filled, rc).map_err(|e| e.to_string())?;
    embed_resource::compile(&filled, embed_resource::NONE).manifest_required().map_err(|e| e.to_string())
}
