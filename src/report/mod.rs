//! The debrief: the summary of a summer, and the journal made readable.
pub mod batch;
pub mod charts;
pub mod compare;
pub mod explain;
pub mod render;
pub mod summary;
pub mod words;
pub use summary::Summary;
