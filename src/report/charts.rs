//! Inline SVG charts for the HTML report: a line chart over the weeks, horizontal bars per
//! cooperant and stacked bars per sphere. Each chart has a title, axes with their titles, and a
//! legend; colours come from the Okabe–Ito palette (safe for colour-blind readers) and lines also
//! differ by dash and marker, so the charts read in black and white too. All text is escaped.

use std::fmt::Write;

/// The Okabe–Ito palette.
pub mod palette {
    pub const BLACK: &str = "#000000";
    pub const ORANGE: &str = "#E69F00";
    pub const SKY: &str = "#56B4E9";
    pub const GREEN: &str = "#009E73";
    pub const YELLOW: &str = "#F0E442";
    pub const BLUE: &str = "#0072B2";
    pub const VERMILLION: &str = "#D55E00";
    pub const PURPLE: &str = "#CC79A7";
}

/// Escapes text for HTML and SVG (element content and quoted attributes).
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    Circle,
    Square,
    Triangle,
    Diamond,
}

/// A line of a line chart.
pub struct Series {
    pub name: String,
    pub color: &'static str,
    /// SVG `stroke-dasharray`, empty for a solid line.
    pub dash: &'static str,
    pub marker: Marker,
    pub values: Vec<f64>,
}

/// A vertical axis: its title, range and how to write a tick.
pub struct YAxis<'a> {
    pub title: String,
    pub min: f64,
    pub max: f64,
    pub fmt: &'a dyn Fn(f64) -> String,
}

/// Round steps for an axis from `min` to `max`: (low, high, step).
pub fn nice(min: f64, max: f64, ticks: usize) -> (f64, f64, f64) {
    let (min, max) = if (max - min).abs() < 1e-9 { (min, min + 1.0) } else { (min, max) };
    let raw = (max - min) / ticks.max(1) as f64;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0].iter().map(|m| m * mag).find(|s| *s >= raw).unwrap_or(10.0 * mag);
    ((min / step).floor() * step, (max / step).ceil() * step, step)
}

const W: f64 = 640.0;
const FONT: &str = "font-family=\"system-ui, 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif\"";

fn open(out: &mut String, id: &str, title: &str, h: f64, desc: &str) {
    let _ = write!(
        out,
        "<svg class=\"chart\" id=\"{id}\" viewBox=\"0 0 {W} {h}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" \
         {FONT} font-size=\"12\">\
         <title id=\"{id}-t\">{t}</title><desc id=\"{id}-d\">{d}</desc>\
         <rect width=\"{W}\" height=\"{h}\" fill=\"#fff\"/>\
         <text x=\"{x}\" y=\"20\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\">{t}</text>",
        t = esc(title),
        d = esc(desc),
        x = W / 2.0
    );
}

fn marker(out: &mut String, m: Marker, x: f64, y: f64, color: &str) {
    let _ = match m {
        Marker::Circle => write!(out, "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"3.5\" fill=\"{color}\"/>"),
        Marker::Square => {
            write!(out, "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"7\" height=\"7\" fill=\"{color}\"/>", x - 3.5, y - 3.5)
        }
        Marker::Triangle => write!(
            out,
            "<path d=\"M{:.1} {:.1}L{:.1} {:.1}L{:.1} {:.1}Z\" fill=\"{color}\"/>",
            x,
            y - 4.5,
            x + 4.5,
            y + 3.5,
            x - 4.5,
            y + 3.5
        ),
        Marker::Diamond => write!(
            out,
            "<path d=\"M{:.1} {:.1}L{:.1} {:.1}L{:.1} {:.1}L{:.1} {:.1}Z\" fill=\"{color}\"/>",
            x,
            y - 5.0,
            x + 5.0,
            y,
            x,
            y + 5.0,
            x - 5.0,
            y
        ),
    };
}

/// One legend entry per (name, colour, dash, marker or box) laid out in a row from `x`.
fn legend(out: &mut String, y: f64, entries: &[(String, &str, &str, Option<Marker>)]) {
    // A generous text width (7.3 px per character at 12 px), so that entries never overlap.
    let widths: Vec<f64> = entries.iter().map(|e| 44.0 + 7.3 * e.0.chars().count() as f64).collect();
    let total: f64 = widths.iter().sum();
    let mut x = ((W - total) / 2.0).max(8.0);
    for (e, wdt) in entries.iter().zip(&widths) {
        match e.3 {
            Some(m) => {
                let _ = write!(
                    out,
                    "<line x1=\"{x:.1}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"{}\" stroke-width=\"2.5\" stroke-dasharray=\"{}\"/>",
                    x + 24.0,
                    e.1,
                    e.2
                );
                marker(out, m, x + 12.0, y, e.1);
            }
            None => {
                let _ = write!(
                    out,
                    "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"18\" height=\"12\" fill=\"{}\" stroke=\"#555\" stroke-width=\"0.5\"/>",
                    x + 3.0,
                    y - 6.0,
                    e.1
                );
            }
        }
        let _ = write!(out, "<text x=\"{:.1}\" y=\"{:.1}\">{}</text>", x + 30.0, y + 4.0, esc(&e.0));
        x += wdt;
    }
}

/// A line chart over `x_labels` (one column per label), with optional shaded columns (weeks in
/// crisis, say) named in the legend by `shade_label`.
#[allow(clippy::too_many_arguments)]
pub fn line(
    id: &str,
    title: &str,
    x_title: &str,
    x_labels: &[String],
    y: &YAxis,
    series: &[Series],
    shade: &[bool],
    shade_label: &str,
) -> String {
    let h = 330.0;
    let (left, right, top, bottom) = (70.0, W - 20.0, 56.0, h - 58.0);
    let mut out = String::new();
    let desc = series.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join(", ");
    open(&mut out, id, title, h, &desc);
    let (lo, hi, step) = nice(y.min, y.max, 5);
    let n = x_labels.len().max(1);
    let xs = |i: usize| left + (right - left) * (i as f64 + 0.5) / n as f64;
    let ys = |v: f64| bottom - (bottom - top) * (v - lo) / (hi - lo);
    let col = (right - left) / n as f64;
    // Shaded columns first, under everything.
    for (i, s) in shade.iter().enumerate().take(n) {
        if *s {
            let _ = write!(
                out,
                "<rect x=\"{:.1}\" y=\"{top}\" width=\"{col:.1}\" height=\"{:.1}\" fill=\"#e8e8e8\"/>",
                xs(i) - col / 2.0,
                bottom - top
            );
        }
    }
    // Grid and y ticks.
    let mut v = lo;
    while v <= hi + step / 2.0 {
        let yy = ys(v);
        let _ = write!(
            out,
            "<line x1=\"{left}\" y1=\"{yy:.1}\" x2=\"{right}\" y2=\"{yy:.1}\" stroke=\"#ccc\" stroke-width=\"{}\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            if v.abs() < 1e-9 { 1.2 } else { 0.6 },
            left - 6.0,
            yy + 4.0,
            esc(&(y.fmt)(v))
        );
        v += step;
    }
    // Axes.
    let _ = write!(
        out,
        "<line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{bottom}\" stroke=\"#333\"/>\
         <line x1=\"{left}\" y1=\"{bottom}\" x2=\"{right}\" y2=\"{bottom}\" stroke=\"#333\"/>"
    );
    for (i, l) in x_labels.iter().enumerate() {
        let _ =
            write!(out, "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>", xs(i), bottom + 16.0, esc(l));
    }
    let _ = write!(
        out,
        "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-style=\"italic\">{}</text>\
         <text transform=\"translate(16 {:.1}) rotate(-90)\" text-anchor=\"middle\" font-style=\"italic\">{}</text>",
        (left + right) / 2.0,
        bottom + 32.0,
        esc(x_title),
        (top + bottom) / 2.0,
        esc(&y.title)
    );
    // Lines.
    for s in series {
        let pts: Vec<String> = s
            .values
            .iter()
            .enumerate()
            .take(n)
            .map(|(i, v)| format!("{:.1},{:.1}", xs(i), ys(v.clamp(lo, hi))))
            .collect();
        let _ = write!(
            out,
            "<polyline fill=\"none\" stroke=\"{}\" stroke-width=\"2.5\" stroke-dasharray=\"{}\" points=\"{}\"/>",
            s.color,
            s.dash,
            pts.join(" ")
        );
        for (i, v) in s.values.iter().enumerate().take(n) {
            marker(&mut out, s.marker, xs(i), ys(v.clamp(lo, hi)), s.color);
        }
    }
    let mut entries: Vec<(String, &str, &str, Option<Marker>)> =
        series.iter().map(|s| (s.name.clone(), s.color, s.dash, Some(s.marker))).collect();
    if shade.iter().any(|s| *s) {
        entries.push((shade_label.to_string(), "#e8e8e8", "", None));
    }
    legend(&mut out, 40.0, &entries);
    out.push_str("</svg>");
    out
}

/// One panel of horizontal bars: a value per name, written at the end of its bar.
pub struct Panel<'a> {
    pub title: String,
    pub color: &'static str,
    pub values: Vec<f64>,
    pub labels: Vec<String>,
    /// Largest value of the scale (shared across compared reports).
    pub max: f64,
    pub fmt: &'a dyn Fn(f64) -> String,
}

/// Horizontal bars per name, one panel per measure side by side (hours | pay).
pub fn hbars(id: &str, title: &str, names: &[String], panels: &[Panel], struck: &[bool], struck_label: &str) -> String {
    let row = 20.0;
    let top = 64.0;
    let h = top + row * names.len() as f64 + 40.0;
    let mut out = String::new();
    let desc = panels.iter().map(|p| p.title.as_str()).collect::<Vec<_>>().join(", ");
    open(&mut out, id, title, h, &desc);
    let name_w = 100.0;
    let gap = 70.0;
    let pw = (W - name_w - 10.0 - gap * panels.len() as f64) / panels.len().max(1) as f64;
    for (i, n) in names.iter().enumerate() {
        let yy = top + row * i as f64 + row / 2.0 + 4.0;
        let label = if struck.get(i).copied().unwrap_or(false) { format!("{n} †") } else { n.clone() };
        let _ = write!(out, "<text x=\"{:.1}\" y=\"{yy:.1}\" text-anchor=\"end\">{}</text>", name_w, esc(&label));
    }
    for (k, p) in panels.iter().enumerate() {
        let x0 = name_w + 8.0 + k as f64 * (pw + gap);
        let (_, hi, step) = nice(0.0, p.max.max(1e-9), 3);
        let _ = write!(
            out,
            "<text x=\"{:.1}\" y=\"46\" text-anchor=\"middle\" font-weight=\"bold\">{}</text>",
            x0 + pw / 2.0,
            esc(&p.title)
        );
        let mut v = 0.0;
        while v <= hi + step / 2.0 {
            let xx = x0 + pw * v / hi;
            let _ = write!(
                out,
                "<line x1=\"{xx:.1}\" y1=\"{top}\" x2=\"{xx:.1}\" y2=\"{:.1}\" stroke=\"#ccc\" stroke-width=\"0.6\"/>\
                 <text x=\"{xx:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"11\">{}</text>",
                top + row * names.len() as f64,
                top + row * names.len() as f64 + 14.0,
                esc(&(p.fmt)(v))
            );
            v += step;
        }
        for (i, val) in p.values.iter().enumerate() {
            let yy = top + row * i as f64 + 3.0;
            let bw = (pw * val / hi).max(0.0);
            let _ = write!(
                out,
                "<rect x=\"{x0:.1}\" y=\"{yy:.1}\" width=\"{bw:.1}\" height=\"{:.1}\" fill=\"{}\"/>\
                 <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\">{}</text>",
                row - 6.0,
                p.color,
                x0 + bw + 3.0,
                yy + row / 2.0 + 1.0,
                esc(p.labels.get(i).map(String::as_str).unwrap_or(""))
            );
        }
        let _ = write!(
            out,
            "<line x1=\"{x0:.1}\" y1=\"{top}\" x2=\"{x0:.1}\" y2=\"{:.1}\" stroke=\"#333\"/>",
            top + row * names.len() as f64
        );
    }
    if struck.iter().any(|s| *s) {
        let _ = write!(out, "<text x=\"8\" y=\"{:.1}\" font-size=\"11\">† {}</text>", h - 8.0, esc(struck_label));
    }
    out.push_str("</svg>");
    out
}

/// Stacked vertical bars: one bar per category, one segment per part, with counts inside.
pub fn stacked(
    id: &str,
    title: &str,
    y_title: &str,
    categories: &[String],
    parts: &[(String, &'static str)],
    values: &[Vec<u32>],
    max: u32,
) -> String {
    let h = 300.0;
    let (left, right, top, bottom) = (70.0, W - 20.0, 56.0, h - 40.0);
    let mut out = String::new();
    open(&mut out, id, title, h, &parts.iter().map(|p| p.0.as_str()).collect::<Vec<_>>().join(", "));
    let (_, hi, step) = nice(0.0, max.max(1) as f64, 4);
    let step = step.max(1.0).round();
    let hi = (hi / step).ceil() * step;
    let ys = |v: f64| bottom - (bottom - top) * v / hi;
    let mut v = 0.0;
    while v <= hi + step / 2.0 {
        let yy = ys(v);
        let _ = write!(
            out,
            "<line x1=\"{left}\" y1=\"{yy:.1}\" x2=\"{right}\" y2=\"{yy:.1}\" stroke=\"#ccc\" stroke-width=\"0.6\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            left - 6.0,
            yy + 4.0,
            v as u32
        );
        v += step;
    }
    let _ = write!(
        out,
        "<line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{bottom}\" stroke=\"#333\"/>\
         <line x1=\"{left}\" y1=\"{bottom}\" x2=\"{right}\" y2=\"{bottom}\" stroke=\"#333\"/>\
         <text transform=\"translate(20 {:.1}) rotate(-90)\" text-anchor=\"middle\" font-style=\"italic\">{}</text>",
        (top + bottom) / 2.0,
        esc(y_title)
    );
    let n = categories.len().max(1);
    let col = (right - left) / n as f64;
    let bw = (col * 0.5).min(110.0);
    for (i, c) in categories.iter().enumerate() {
        let cx = left + col * (i as f64 + 0.5);
        let mut acc = 0.0;
        for (k, part) in parts.iter().enumerate() {
            let val = values.get(i).and_then(|v| v.get(k)).copied().unwrap_or(0) as f64;
            if val > 0.0 {
                let (y1, y0) = (ys(acc + val), ys(acc));
                let text_fill = if part.1 == palette::VERMILLION || part.1 == palette::BLUE || part.1 == palette::GREEN
                {
                    "#fff"
                } else {
                    "#000"
                };
                let _ = write!(
                    out,
                    "<rect x=\"{:.1}\" y=\"{y1:.1}\" width=\"{bw:.1}\" height=\"{:.1}\" fill=\"{}\" stroke=\"#fff\" stroke-width=\"1\"/>",
                    cx - bw / 2.0,
                    y0 - y1,
                    part.1
                );
                if y0 - y1 >= 13.0 {
                    let _ = write!(
                        out,
                        "<text x=\"{cx:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"{text_fill}\" font-weight=\"bold\">{}</text>",
                        (y0 + y1) / 2.0 + 4.0,
                        val as u32
                    );
                }
            }
            acc += val;
        }
        let _ = write!(out, "<text x=\"{cx:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>", bottom + 16.0, esc(c));
    }
    let entries: Vec<(String, &str, &str, Option<Marker>)> =
        parts.iter().map(|p| (p.0.clone(), p.1, "", None)).collect();
    legend(&mut out, 40.0, &entries);
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_round() {
        assert_eq!(nice(0.0, 100.0, 5), (0.0, 100.0, 20.0));
        let (lo, hi, step) = nice(-35.0, 4056.8, 5);
        assert!(lo <= -35.0 && hi >= 4056.8 && step == 1000.0, "{lo} {hi} {step}");
    }

    #[test]
    fn text_is_escaped() {
        let s = line(
            "c",
            "<script>alert(1)</script>",
            "x",
            &["a\"b".into()],
            &YAxis { title: "y".into(), min: 0.0, max: 1.0, fmt: &|v| format!("{v}") },
            &[Series { name: "<b>".into(), color: palette::BLUE, dash: "", marker: Marker::Circle, values: vec![0.5] }],
            &[],
            "",
        );
        assert!(!s.contains("<script>") && !s.contains("<b>") && !s.contains("a\"b"));
    }
}
