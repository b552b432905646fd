//! Colours, text sizes and small widgets in one place. The chart colours are the Okabe–Ito
//! palette (safe for colour-blind readers); the high-contrast theme is black on white with thick
//! focus rings; the text scale (100–250 %) is egui's zoom factor, for projectors.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::state::Settings;

pub const BACKGROUND: Color = Color::srgb(0.55, 0.75, 0.45);

/// Okabe–Ito: orange, sky blue, bluish green, vermillion, blue, reddish purple, yellow.
pub const OKABE_ITO: [egui::Color32; 7] = [
    egui::Color32::from_rgb(230, 159, 0),
    egui::Color32::from_rgb(86, 180, 233),
    egui::Color32::from_rgb(0, 158, 115),
    egui::Color32::from_rgb(213, 94, 0),
    egui::Color32::from_rgb(0, 114, 178),
    egui::Color32::from_rgb(204, 121, 167),
    egui::Color32::from_rgb(240, 228, 66),
];

/// Warnings: a departure, a crisis, a member at risk of leaving.
pub const WARNING: egui::Color32 = egui::Color32::from_rgb(180, 40, 0);

/// Good news: a reading that matched the group (a dark bluish green, Okabe–Ito's, readable on
/// the light panels).
pub const GOOD: egui::Color32 = egui::Color32::from_rgb(0, 110, 80);

/// Whether the keyboard's letters are free for the game's keys (L, P): no text field is being
/// typed in. A focused button does not take them (egui's `egui_wants_keyboard_input` is true
/// whenever any widget has the focus, and the main button always has it).
pub fn letter_keys_free(ctx: &egui::Context) -> bool {
    !ctx.text_edit_focused()
}

/// The colour of V, S, A and money in every chart and gauge.
pub fn comp_color(i: usize) -> egui::Color32 {
    [OKABE_ITO[4], OKABE_ITO[0], OKABE_ITO[2], OKABE_ITO[5]][i % 4]
}

/// The colour of an option's token in a vote.
pub fn option_color(o: u8) -> egui::Color32 {
    OKABE_ITO[o as usize % OKABE_ITO.len()]
}

pub fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, apply_theme);
}

/// Applies the settings when they change (and on the first frame).
fn apply_theme(mut contexts: EguiContexts, settings: Res<Settings>, mut applied: Local<Option<(f32, bool)>>) -> Result {
    let now = (settings.scale, settings.high_contrast);
    if *applied == Some(now) {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    style(ctx, settings.high_contrast);
    ctx.set_zoom_factor(settings.scale);
    *applied = Some(now);
    Ok(())
}

pub fn style(ctx: &egui::Context, high_contrast: bool) {
    let mut visuals = if high_contrast {
        let mut v = egui::Visuals::light();
        v.override_text_color = Some(egui::Color32::BLACK);
        v.panel_fill = egui::Color32::WHITE;
        v.window_fill = egui::Color32::WHITE;
        v.widgets.inactive.bg_stroke = egui::Stroke::new(2.0, egui::Color32::BLACK);
        v.widgets.inactive.weak_bg_fill = egui::Color32::WHITE;
        v.widgets.hovered.bg_stroke = egui::Stroke::new(3.0, egui::Color32::BLACK);
        v.selection.bg_fill = egui::Color32::from_rgb(255, 230, 0);
        v.selection.stroke = egui::Stroke::new(4.0, egui::Color32::BLACK);
        v
    } else {
        let mut v = egui::Visuals::light();
        v.panel_fill = egui::Color32::from_rgb(250, 246, 236);
        v.window_fill = egui::Color32::from_rgb(250, 246, 236);
        v.selection.bg_fill = egui::Color32::from_rgb(255, 214, 120);
        v.selection.stroke = egui::Stroke::new(3.0, egui::Color32::from_rgb(0, 90, 160));
        v
    };
    // A visible focus ring for keyboard play (egui draws a focused widget with the hovered
    // style).
    let ring = if high_contrast { egui::Color32::BLACK } else { egui::Color32::from_rgb(0, 90, 160) };
    visuals.widgets.hovered.bg_stroke = egui::Stroke::new(3.0, ring);
    visuals.widgets.active.bg_stroke = egui::Stroke::new(3.0, ring);
    ctx.set_theme(egui::Theme::Light);
    ctx.set_visuals(visuals);
    ctx.all_styles_mut(|s| {
        use egui::{FontFamily, FontId, TextStyle};
        s.text_styles = [
            (TextStyle::Heading, FontId::new(26.0, FontFamily::Proportional)),
            (TextStyle::Body, FontId::new(16.0, FontFamily::Proportional)),
            (TextStyle::Monospace, FontId::new(14.0, FontFamily::Monospace)),
            (TextStyle::Button, FontId::new(17.0, FontFamily::Proportional)),
            (TextStyle::Small, FontId::new(13.0, FontFamily::Proportional)),
        ]
        .into();
        s.spacing.button_padding = egui::vec2(10.0, 6.0);
        s.spacing.item_spacing = egui::vec2(8.0, 7.0);
    });
}

/// A labelled gauge 0–100.
pub fn gauge(ui: &mut egui::Ui, label: &str, value: f64, color: egui::Color32, lang: crate::text::Lang) {
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new(label).strong());
        let bar = egui::ProgressBar::new((value / 100.0).clamp(0.0, 1.0) as f32)
            .fill(color)
            .desired_width((ui.available_width() - 50.0).max(60.0));
        ui.add(bar);
        ui.label(egui::RichText::new(crate::words::decimal(value, 1, lang)).strong());
    });
}

/// A big button that is the main way forward on a screen.
pub fn primary(ui: &mut egui::Ui, text: &str) -> egui::Response {
    ui.add(
        egui::Button::new(egui::RichText::new(text).size(19.0).strong())
            .min_size(egui::vec2(200.0, 38.0))
            .fill(egui::Color32::from_rgb(255, 214, 120)),
    )
}
