//! Placeholder for model::format, replaced by its implementation.
