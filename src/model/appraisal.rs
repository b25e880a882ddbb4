//! Placeholder for model::appraisal, replaced by its implementation.
