//! Placeholder for model::kpi, replaced by its implementation.
