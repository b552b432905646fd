//! The debrief: the summary of a summer, and the journal made readable.
pub mod batch;
pub mod charts;
pub mod compare;
mod csv;
mod document;
pub mod explain;
mod html;
mod markdown;
mod model;
pub mod render;
mod sections;
pub mod summary;
pub mod words;
pub use summary::Summary;
