//! The debrief: the journal made readable, many summers at once, every policy side by side.
pub mod batch;
pub mod charts;
pub mod compare;
pub mod explain;
pub mod render;
pub mod words;
