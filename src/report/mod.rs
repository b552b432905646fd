//! The debrief: the journal made readable, many summers at once, a class's summers together,
//! every policy side by side.
pub mod batch;
pub mod charts;
mod class;
mod class_page;
pub mod compare;
pub(crate) mod csv;
mod document;
mod html;
mod markdown;
mod model;
pub mod render;
mod sections;
pub mod words;
