//! A value axis with "nice" ticks: steps of 1, 2, 2.5 or 5 times a power of ten, about five of
//! them, covering the data (and zero, for bars that stand on it).

/// The ticks at both ends bound the axis; values outside it are never asked for.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Axis {
    /// From the lowest to the highest, evenly spaced, at least two.
    pub(super) ticks: Vec<f64>,
    /// How many decimal places the tick labels need to tell the ticks apart.
    pub(super) decimals: usize,
}

impl Axis {
    pub(super) fn min(&self) -> f64 {
        self.ticks.first().copied().unwrap_or(0.0)
    }

    pub(super) fn max(&self) -> f64 {
        self.ticks.last().copied().unwrap_or(1.0)
    }

    /// Where `value` stands between the ends, 0 at the lowest tick and 1 at the highest.
    pub(super) fn share(&self, value: f64) -> f64 {
        let span = self.max() - self.min();
        if span > 0.0 { ((value - self.min()) / span).clamp(0.0, 1.0) } else { 0.5 }
    }
}

/// About this many intervals between ticks (five ticks).
const INTERVALS: f64 = 4.0;

/// The axis for values from `low` to `high` (finite), with zero on it if `include_zero`.
/// Equal ends get room around them (0 to 1 for zeros); unusable ends get the axis 0 to 1.
pub(super) fn nice_axis(low: f64, high: f64, include_zero: bool) -> Axis {
    let fallback = Axis { ticks: vec![0.0, 1.0], decimals: 0 };
    if !low.is_finite() || !high.is_finite() || low > high {
        return fallback;
    }
    let (mut low, mut high) = if include_zero { (low.min(0.0), high.max(0.0)) } else { (low, high) };
    if high - low <= f64::EPSILON * high.abs().max(low.abs()).max(1.0) {
        if low == 0.0 {
            (low, high) = (0.0, 1.0);
        } else {
            let pad = low.abs() * 0.5;
            (low, high) = if include_zero && low > 0.0 {
                (0.0, high)
            } else if include_zero {
                (low, 0.0)
            } else {
                (low - pad, high + pad)
            };
        }
    }
    let raw = (high - low) / INTERVALS;
    let power = raw.log10().floor();
    let magnitude = 10f64.powf(power);
    let Some(mantissa) = [1.0, 2.0, 2.5, 5.0, 10.0].into_iter().find(|m| m * magnitude >= raw * (1.0 - 1e-9)) else {
        return fallback;
    };
    let step = mantissa * magnitude;
    if !step.is_finite() || step <= 0.0 {
        return fallback;
    }
    let first = (low / step + 1e-9).floor();
    let last = (high / step - 1e-9).ceil();
    let count = (last - first).round().clamp(1.0, 20.0) as usize;
    let ticks = (0..=count).map(|index| (first + index as f64) * step).map(|tick| if tick == 0.0 { 0.0 } else { tick });
    // 2.5 × 10^p needs one place more than 10^p; 10 × 10^p one fewer.
    let places = -power
        + if mantissa == 2.5 {
            1.0
        } else if mantissa == 10.0 {
            -1.0
        } else {
            0.0
        };
    Axis { ticks: ticks.collect(), decimals: places.clamp(0.0, 12.0) as usize }
}
