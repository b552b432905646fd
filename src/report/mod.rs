//! The debrief: the journal made readable, many summers at once, every policy side by side.
pub mod batch;
pub mod charts;
pub mod compare;
pub(crate) mod csv;
mod document;
pub mod explain;
mod html;
mod markdown;
mod model;
pub mod render;
mod sections;
pub mod words;
