//! The scenarios shipped with the software, built into the binary so that `cjs scenarios` and
//! `cjs run <id>` work from any folder.

use super::{Diagnostic, Loaded, load_str};

/// (file name, source) of each shipped scenario.
pub const SHIPPED: &[(&str, &str)] = &[
    ("quintin-2013.ron", include_str!("../../scenarios/quintin-2013.ron")),
    ("tutorial.ron", include_str!("../../scenarios/tutorial.ron")),
    ("quebec-hull-1988.ron", include_str!("../../scenarios/quebec-hull-1988.ron")),
    ("rennes-maurepas-2013.ron", include_str!("../../scenarios/rennes-maurepas-2013.ron")),
    ("quimper-2013.ron", include_str!("../../scenarios/quimper-2013.ron")),
    ("cjm-hauts-de-france.ron", include_str!("../../scenarios/cjm-hauts-de-france.ron")),
];

/// All shipped scenarios, loaded (they are tested valid).
pub fn all() -> Vec<Loaded> {
    SHIPPED.iter().filter_map(|(name, src)| load_str(name, src).ok()).collect()
}

/// A shipped scenario by id.
pub fn by_id(id: &str) -> Option<Result<Loaded, Vec<Diagnostic>>> {
    SHIPPED
        .iter()
        .map(|(name, src)| (name, src))
        .find(|(name, _)| name.trim_end_matches(".ron") == id)
        .map(|(name, src)| load_str(name, src))
}
