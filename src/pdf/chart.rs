//! A chart drawn as vector ops in its box: the title, the unit, gridlines with tick labels on a
//! nice axis, the zero line, grouped bars or lines with markers, the category labels and the
//! legend below the plot, so that nothing lies over the data.
//!
//! Architecture Invariant: every op stays in the box `x .. x + width`, `0 .. height`, whatever
//! the values: missing and non-finite values are left out and the axis covers all the others.

use super::document::{Chart, ChartKind, Series, SeriesStyle};
use super::font::Face;
use super::number::format_number;
use super::ops::{Ink, Op, Type};
use super::ticks::{Axis, nice_axis};

/// How high a chart's piece is, title and legend included.
pub(super) const CHART_HEIGHT_PT: f32 = 230.0;
/// Values beyond this size are treated as missing: no report draws them sensibly.
const LARGEST_VALUE: f64 = 1e15;

const TITLE: Type = Type { size: 10.0, leading: 1.3, ink: Ink::Text, bold: true };
const SMALL: Type = Type { size: 7.0, leading: 1.3, ink: Ink::Muted, bold: false };
const LEGEND: Type = Type { size: 7.5, leading: 1.4, ink: Ink::Text, bold: false };
/// A legend entry's sample line and the space after each entry.
const SWATCH_PT: f32 = 16.0;
const MAX_BAR_PT: f32 = 36.0;
const ENTRY_GAP_PT: f32 = 12.0;

/// The plot's frame in page points.
#[derive(Clone, Copy)]
struct Plot {
    left: f32,
    right: f32,
    top: f32,
    bottom: f32,
}

impl Plot {
    fn y(&self, axis: &Axis, value: f64) -> f32 {
        self.bottom - axis.share(value) as f32 * (self.bottom - self.top)
    }

    fn slot(&self, categories: usize) -> f32 {
        (self.right - self.left) / categories.max(1) as f32
    }

    fn centre(&self, categories: usize, index: usize) -> f32 {
        self.left + self.slot(categories) * (index as f32 + 0.5)
    }
}

/// A value fit to draw.
fn drawable(value: Option<f64>) -> Option<f64> {
    value.filter(|value| value.is_finite() && value.abs() <= LARGEST_VALUE)
}

/// Whether the series is drawn as bars in this chart (reference lines never are).
fn is_bar(kind: ChartKind, series: &Series) -> bool {
    kind == ChartKind::Bars && series.style != SeriesStyle::Dashed
}

/// The chart's ops in the box at `x` of `width` × `height`, y from the box's top.
pub(super) fn chart_ops(chart: &Chart, face: &Face, lang: &str, x: f32, width: f32, height: f32) -> Vec<Op> {
    let mut ops = Vec::new();
    let title = face.ellipsized(&chart.title, TITLE.size, width);
    ops.push(Op::text(face, x, 0.0, TITLE, &title));
    let mut top = TITLE.line_height() + 2.0;
    if !chart.unit.trim().is_empty() {
        let unit = face.ellipsized(&chart.unit, SMALL.size, width);
        ops.push(Op::text(face, x, top, SMALL, &unit));
    }
    top += SMALL.line_height() + 7.0;

    let (legend, legend_height) = legend_ops(chart, face, x, width, height);
    // The categories set the slots; without labels, the longest series does.
    let categories = if chart.categories.is_empty() {
        chart.series.iter().map(|series| series.values.len()).max().unwrap_or(0)
    } else {
        chart.categories.len()
    };
    let bottom = height - legend_height - SMALL.line_height() - 10.0;

    let values =
        chart.series.iter().flat_map(|series| series.values.iter().take(categories).copied().filter_map(drawable));
    let (low, high) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(low, high), v| (low.min(v), high.max(v)));
    let axis =
        if low <= high { nice_axis(low, high, chart.kind == ChartKind::Bars) } else { nice_axis(0.0, 1.0, true) };
    let labels: Vec<String> = axis.ticks.iter().map(|tick| format_number(*tick, axis.decimals, lang)).collect();
    let label_width = labels.iter().map(|label| face.width(label, SMALL.size)).fold(0.0, f32::max).min(width / 4.0);
    // The plot stands in from the right by a marker's width, so that the last marker stays inside.
    let plot = Plot { left: x + label_width + 6.0, right: x + width - 4.0, top, bottom: bottom.max(top + 1.0) };

    for (tick, label) in axis.ticks.iter().zip(&labels) {
        let y = plot.y(&axis, *tick);
        let (ink, line_width) = if *tick == 0.0 { (Ink::Muted, 0.8) } else { (Ink::Grid, 0.5) };
        ops.push(Op::Rule { x0: plot.left, x1: plot.right, y, width: line_width, ink });
        let label = face.ellipsized(label, SMALL.size, label_width);
        let label_x = plot.left - 4.0 - face.width(&label, SMALL.size);
        ops.push(Op::text(face, label_x, y - SMALL.line_height() / 2.0, SMALL, &label));
    }
    ops.extend(category_labels(chart, face, &plot, categories));
    ops.extend(bars(chart, &plot, &axis, categories));
    ops.extend(lines(chart, &plot, &axis, categories));
    ops.extend(legend);
    ops
}

/// The category labels under the plot; every k-th where they would touch.
fn category_labels(chart: &Chart, face: &Face, plot: &Plot, categories: usize) -> Vec<Op> {
    let slot = plot.slot(categories);
    let widest = chart.categories.iter().map(|label| face.width(label, SMALL.size)).fold(0.0, f32::max);
    let every = ((widest + 6.0) / slot).ceil().clamp(1.0, categories.max(1) as f32) as usize;
    let room = (slot * every as f32 - 4.0).max(0.0);
    let mut ops = Vec::new();
    for (index, label) in chart.categories.iter().enumerate().step_by(every) {
        let label = face.ellipsized(label, SMALL.size, room);
        let label_width = face.width(&label, SMALL.size);
        let centre = plot.centre(categories, index);
        // Kept inside the plot's width where a long label would stick out at either end.
        let left = (centre - label_width / 2.0).clamp(plot.left, (plot.right - label_width).max(plot.left));
        ops.push(Op::text(face, left, plot.bottom + 3.0, SMALL, &label));
    }
    ops
}

/// The bar series side by side in each category, from the zero line (or the axis' end nearest
/// it) up or down.
fn bars(chart: &Chart, plot: &Plot, axis: &Axis, categories: usize) -> Vec<Op> {
    let bar_series: Vec<(usize, &Series)> =
        chart.series.iter().enumerate().filter(|(_, series)| is_bar(chart.kind, series)).collect();
    if bar_series.is_empty() {
        return Vec::new();
    }
    // Bars no wider than a thumb, however few categories and series there are.
    let bar_width = (plot.slot(categories) * 0.72 / bar_series.len() as f32).min(MAX_BAR_PT);
    let group = bar_width * bar_series.len() as f32;
    let gap = (bar_width * 0.12).min(1.0);
    let base = plot.y(axis, 0.0);
    let mut ops = Vec::new();
    for (position, (colour, series)) in bar_series.iter().enumerate() {
        for (index, value) in series.values.iter().take(categories).enumerate() {
            let Some(value) = drawable(*value) else { continue };
            let end = plot.y(axis, value);
            let x = plot.centre(categories, index) - group / 2.0 + position as f32 * bar_width + gap / 2.0;
            let (top, height) = (end.min(base), (end - base).abs().max(0.3));
            let width = (bar_width - gap).max(0.3);
            ops.push(Op::Block { x, y: top, width, height, ink: Ink::Series(*colour) });
            if series.style == SeriesStyle::Highlight {
                let (right, bottom) = (x + width, top + height);
                let outline = vec![(x, top), (right, top), (right, bottom), (x, bottom), (x, top)];
                ops.push(Op::Line { points: outline, width: 0.8, ink: Ink::Text, dashed: false });
            }
        }
    }
    ops
}

/// The line series: a polyline through each run of values with a marker on each value (a
/// reference line dashed and without markers).
fn lines(chart: &Chart, plot: &Plot, axis: &Axis, categories: usize) -> Vec<Op> {
    let mut ops = Vec::new();
    let mut line_series: Vec<(usize, &Series)> =
        chart.series.iter().enumerate().filter(|(_, series)| !is_bar(chart.kind, series)).collect();
    // The highlighted series on top of the others.
    line_series.sort_by_key(|(_, series)| series.style == SeriesStyle::Highlight);
    for (colour, series) in line_series {
        let (line_width, radius) = match series.style {
            SeriesStyle::Highlight => (2.4, 2.9),
            SeriesStyle::Solid => (1.4, 2.2),
            SeriesStyle::Dashed => (1.2, 0.0),
        };
        let dashed = series.style == SeriesStyle::Dashed;
        let points: Vec<Option<(f32, f32)>> = series
            .values
            .iter()
            .take(categories)
            .enumerate()
            .map(|(index, value)| drawable(*value).map(|value| (plot.centre(categories, index), plot.y(axis, value))))
            .collect();
        for run in points.split(Option::is_none) {
            let run: Vec<(f32, f32)> = run.iter().flatten().copied().collect();
            if run.len() > 1 {
                ops.push(Op::Line { points: run, width: line_width, ink: Ink::Series(colour), dashed });
            }
        }
        if radius > 0.0 {
            for (x, y) in points.into_iter().flatten() {
                ops.push(Op::Dot { x, y, radius: radius + 0.8, ink: Ink::Paper });
                ops.push(Op::Dot { x, y, radius, ink: Ink::Series(colour) });
            }
        } else if let [Some((x, y))] = points.as_slice() {
            // A reference line of one value is a short dash across its category.
            let half = plot.slot(categories) * 0.36;
            ops.push(Op::Line {
                points: vec![(x - half, *y), (x + half, *y)],
                width: line_width,
                ink: Ink::Series(colour),
                dashed,
            });
        }
    }
    ops
}

/// The legend at the box's bottom, entries flowing in rows, and its height.
fn legend_ops(chart: &Chart, face: &Face, x: f32, width: f32, height: f32) -> (Vec<Op>, f32) {
    let mut rows: Vec<Vec<(usize, &Series, String, f32)>> = Vec::new();
    let mut used = f32::INFINITY;
    for (colour, series) in chart.series.iter().enumerate() {
        let name = face.ellipsized(&series.name, LEGEND.size, width / 2.0 - SWATCH_PT - 4.0);
        let entry = SWATCH_PT + 4.0 + face.width(&name, LEGEND.size);
        if used + ENTRY_GAP_PT + entry > width || rows.is_empty() {
            rows.push(Vec::new());
            used = -ENTRY_GAP_PT;
        }
        used += ENTRY_GAP_PT + entry;
        if let Some(row) = rows.last_mut() {
            row.push((colour, series, name, entry));
        }
    }
    let legend_height = rows.len() as f32 * LEGEND.line_height();
    let mut ops = Vec::new();
    for (row_index, row) in rows.iter().enumerate() {
        let top = height - legend_height + row_index as f32 * LEGEND.line_height();
        let middle = top + LEGEND.line_height() / 2.0;
        let mut left = x;
        for (colour, series, name, entry) in row {
            let ink = Ink::Series(*colour);
            if is_bar(chart.kind, series) {
                ops.push(Op::Block { x: left + 4.0, y: middle - 4.0, width: 8.0, height: 8.0, ink });
            } else {
                let dashed = series.style == SeriesStyle::Dashed;
                let line_width = if series.style == SeriesStyle::Highlight { 2.4 } else { 1.4 };
                ops.push(Op::Line {
                    points: vec![(left + 1.0, middle), (left + SWATCH_PT - 1.0, middle)],
                    width: line_width,
                    ink,
                    dashed,
                });
                if !dashed {
                    ops.push(Op::Dot { x: left + SWATCH_PT / 2.0, y: middle, radius: 2.2, ink });
                }
            }
            ops.push(Op::text(face, left + SWATCH_PT + 4.0, top, LEGEND, name));
            left += entry + ENTRY_GAP_PT;
        }
    }
    (ops, legend_height)
}
