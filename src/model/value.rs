//! Placeholder for model::value, replaced by its implementation.
