//! Writing files atomically (a unique temporary file, fsync, a rename, fsync of the folder),
//! so a crash, a power cut or a full disk never leaves a half-written output, save or
//! autosave behind, and every failure reaches the caller.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;

/// Where the game keeps autosave, saves and workshop journals: `MEHRWERT_DATA_DIR`, else the platform's per-user
/// data folder (`$XDG_DATA_HOME/mehrwert`, `~/.local/share/mehrwert`, `%APPDATA%\Mehrwert`).
pub fn data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("MEHRWERT_DATA_DIR") {
        return PathBuf::from(dir);
    }
    if let Some(dir) = std::env::var_os("XDG_DATA_HOME") {
        return PathBuf::from(dir).join("mehrwert");
    }
    if let Some(dir) = std::env::var_os("APPDATA") {
        // Windows: %APPDATA%\Mehrwert, the user's roaming folder, writable without admin rights.
        return PathBuf::from(dir).join("Mehrwert");
    }
    match std::env::var_os("HOME") {
        Some(home) => PathBuf::from(home).join(".local/share/mehrwert"),
        None => PathBuf::from("mehrwert-data"),
    }
}

/// `text` as part of a file name: trimmed, letters, digits, `-` and `_` kept, anything else
/// (spaces, slashes, dots) `_` — never a path.
pub fn name_part(text: &str) -> String {
    text.trim().chars().map(|c| if c.is_alphanumeric() || c == '-' || c == '_' { c } else { '_' }).collect()
}

/// Writes `bytes` to `path` through a uniquely named temporary file in the same folder,
/// flushed to disk before it replaces `path`; the folder is flushed after the rename.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut builder = tempfile::Builder::new();
    builder.prefix(".mehrwert-").suffix(".tmp");
    // A temporary file is private (0600) by default; the file it becomes is an ordinary
    // one, readable as the umask allows (as `File::create` makes it).
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut temp =
        builder.tempfile_in(dir).with_context(|| format!("cannot create a temporary file in {}", dir.display()))?;
    temp.write_all(bytes).with_context(|| format!("cannot write {}", temp.path().display()))?;
    temp.as_file().sync_all().with_context(|| format!("cannot write {}", temp.path().display()))?;
    // On failure the temporary file is removed when the error drops it.
    temp.persist(path).map_err(|e| e.error).with_context(|| format!("cannot replace {}", path.display()))?;
    sync_dir(dir).with_context(|| format!("cannot flush the folder {}", dir.display()))
}

/// Flushes a folder's entries (the rename) to disk; Windows has no such call and needs none.
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    if cfg!(unix) { std::fs::File::open(dir)?.sync_all() } else { Ok(()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_replace_the_file_and_leave_no_temporary_behind() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("save.ron");
        assert!(write_atomically(&path, b"one").is_ok());
        assert!(write_atomically(&path, b"two").is_ok());
        assert_eq!(std::fs::read(&path).ok().as_deref(), Some(&b"two"[..]));
        let names: Vec<_> =
            std::fs::read_dir(dir.path()).into_iter().flatten().flatten().map(|e| e.file_name()).collect();
        assert_eq!(names, vec![std::ffi::OsString::from("save.ron")]);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            // The same permissions as a file made by `File::create` under this umask.
            let reference = dir.path().join("reference");
            assert!(std::fs::File::create(&reference).is_ok());
            let mode = |p: &Path| std::fs::metadata(p).map(|m| m.permissions().mode()).unwrap_or_default();
            assert_eq!(mode(&path), mode(&reference), "not a private temporary file");
        }
    }

    #[test]
    fn a_folder_that_does_not_exist_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("missing").join("save.ron");
        let error = write_atomically(&path, b"x").err().map(|e| format!("{e:#}")).unwrap_or_default();
        assert!(error.contains("cannot create a temporary file"), "{error}");
    }
}
