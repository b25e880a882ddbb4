//! The game's mark: three rising bars, the last one green — value added on top of what the
//! capital costs — beside the word "Mehrwert", drawn with egui's painter so it is sharp at
//! any size and needs no image file.

use bevy_egui::egui;
use egui::{Color32, Pos2, Rect, RichText, Vec2};

use super::theme;

/// The bars' heights as shares of the mark's height, left to right.
const BAR_HEIGHTS: [f32; 3] = [0.38, 0.62, 0.92];

/// Draws the mark alone in a square of side `size` (points).
fn logo_ui(ui: &mut egui::Ui, size: f32) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(Vec2::splat(size), egui::Sense::hover());
    paint_logo(ui.painter(), rect);
    response
}

/// The bars in `rect`: three of a fifth of its side with a tenth between them, centred,
/// standing on a base line a twenty-fifth above the bottom.
fn bars(rect: Rect) -> [Rect; 3] {
    let side = rect.height().min(rect.width());
    let (bar, gap) = (side / 5.0, side / 10.0);
    let left = rect.center().x - (3.0 * bar + 2.0 * gap) / 2.0;
    let base = rect.bottom() - side / 25.0;
    let mut i = 0.0;
    BAR_HEIGHTS.map(|share| {
        let x = left + i * (bar + gap);
        i += 1.0;
        Rect::from_min_max(Pos2::new(x, base - side * share), Pos2::new(x + bar, base))
    })
}

/// The bars on their base line; the first two in the accent colour, the last in the colour
/// of a better figure.
fn paint_logo(painter: &egui::Painter, rect: Rect) {
    let bars = bars(rect);
    for (i, bar) in bars.iter().enumerate() {
        let colour = if i + 1 == bars.len() { theme::BETTER } else { theme::ACCENT };
        painter.rect_filled(*bar, theme::CORNER_RADIUS_SMALL, colour);
    }
    let base = bars[0].bottom();
    let line = egui::Stroke::new(theme::STROKE_STRONG, Color32::from_gray(90));
    painter.line_segment([Pos2::new(rect.left(), base), Pos2::new(rect.right(), base)], line);
}

/// The mark as the window's icon (title bar, taskbar, Alt+Tab): `side` × `side` RGBA pixels
/// of the same bars on white, with the grey base line, painted without a file to decode.
pub fn icon_rgba(side: u32) -> Vec<u8> {
    let full = side as f32;
    let bars = bars(Rect::from_min_size(Pos2::ZERO, Vec2::splat(full)));
    let base = bars[0].bottom();
    let line = (full / 40.0).max(1.0);
    let mut rgba = Vec::with_capacity((side * side * 4) as usize);
    for y in 0..side {
        for x in 0..side {
            let centre = Pos2::new(x as f32 + 0.5, y as f32 + 0.5);
            let colour = match bars.iter().position(|bar| bar.contains(centre)) {
                Some(i) if i + 1 == bars.len() => theme::BETTER,
                Some(_) => theme::ACCENT,
                None if (centre.y - base).abs() <= line / 2.0 => Color32::from_gray(90),
                None => Color32::WHITE,
            };
            rgba.extend_from_slice(&colour.to_array());
        }
    }
    rgba
}

/// The mark and the word at text height `size`, with the tagline under them.
pub fn wordmark_ui(ui: &mut egui::Ui, size: f32, tagline: &str) {
    ui.vertical_centered(|ui| {
        let word = RichText::new("Mehrwert").size(size).color(theme::ACCENT).strong();
        let galley = egui::WidgetText::from(word).into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Heading,
        );
        let logo = galley.size().y * 1.1;
        let width = logo + ui.spacing().item_spacing.x + galley.size().x;
        ui.allocate_ui_with_layout(Vec2::new(width, logo), egui::Layout::left_to_right(egui::Align::Center), |ui| {
            logo_ui(ui, logo);
            ui.label(galley);
        });
        ui.label(RichText::new(tagline).weak());
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_icon_paints_the_bars_on_white() {
        // Side 64: bars of 12,8 with gaps of 6,4, the first from x = 6,4; base 64 − 2,56 =
        // 61,44; the first bar 0,38 × 64 = 24,32 high (top 37,12), the last 0,92 × 64 = 58,88
        // (top 2,56, from x = 44,8 to 57,6).
        let icon = icon_rgba(64);
        assert_eq!(icon.len(), 64 * 64 * 4);
        let pixel = |x: usize, y: usize| {
            Color32::from_rgba_premultiplied(
                icon[(y * 64 + x) * 4],
                icon[(y * 64 + x) * 4 + 1],
                icon[(y * 64 + x) * 4 + 2],
                icon[(y * 64 + x) * 4 + 3],
            )
        };
        assert_eq!(pixel(10, 50), theme::ACCENT, "inside the first bar");
        assert_eq!(pixel(10, 20), Color32::WHITE, "above the first bar");
        assert_eq!(pixel(50, 5), theme::BETTER, "top of the last bar");
        assert_eq!(pixel(2, 61), Color32::from_gray(90), "the base line left of the bars");
    }

    #[test]
    fn three_rising_bars_stand_centred_in_their_square() {
        // A 50-point square at (10, 10): bars of 10 with gaps of 5 take 40, so the first starts
        // at 10 + (50 − 40)/2 = 15; the base is 60 − 50/25 = 58; heights 0.38, 0.62 and 0.92
        // of 50 are 19, 31 and 46.
        let rect = Rect::from_min_size(Pos2::new(10.0, 10.0), Vec2::splat(50.0));
        let expected = [(15.0, 39.0, 25.0), (30.0, 27.0, 40.0), (45.0, 12.0, 55.0)];
        for (bar, (left, top, right)) in bars(rect).iter().zip(expected) {
            let close = |a: f32, b: f32| (a - b).abs() < 1e-3;
            assert!(close(bar.left(), left) && close(bar.top(), top) && close(bar.right(), right), "{bar:?}");
            assert!(close(bar.bottom(), 58.0) && rect.contains_rect(*bar), "{bar:?}");
        }
    }
}
