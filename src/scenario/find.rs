//! Finding the scenario a person names: a file, else the id of a shipped scenario. The command
//! line and the game both ask here.

use std::ffi::OsStr;
use std::path::Path;

use super::{Diagnostic, Loaded, load_file, shipped};
use crate::tr;

/// A scenario by path, or by the id of a shipped one.
pub fn resolve(arg: &str) -> Result<Loaded, Vec<Diagnostic>> {
    resolve_os(OsStr::new(arg))
}

/// A scenario by path (as the system names it), or by the id of a shipped one.
pub fn resolve_os(arg: &OsStr) -> Result<Loaded, Vec<Diagnostic>> {
    let path = Path::new(arg);
    // Anything of that name in the folder is the file meant, even a link that cannot be
    // followed: it gets the same message as in `cjs check` (a loop, a dangling link).
    // A folder is never a scenario: one named like a shipped scenario (`mkdir tutorial`) does not
    // hide it.
    if std::fs::symlink_metadata(path).is_ok() {
        let folder = std::fs::metadata(path).is_ok_and(|m| m.is_dir());
        let shipped = arg.to_str().filter(|_| folder).and_then(shipped::by_id);
        return shipped.unwrap_or_else(|| load_file(path));
    }
    if let Some(r) = arg.to_str().and_then(shipped::by_id) {
        return r;
    }
    Err(vec![Diagnostic::new(&arg.to_string_lossy(), tr!("scenario-no-such-scenario"))])
}
