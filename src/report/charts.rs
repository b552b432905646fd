//! Inline SVG charts for the HTML report: a line chart over the weeks, horizontal bars per
//! cooperant and stacked bars per sphere. Each chart has a title, axes with their titles, and a
//! legend; colours come from the Okabe–Ito palette (safe for colour-blind readers) and lines also
//! differ by dash and marker, so the charts read in black and white too. They are written with
//! maud templates, so every text in them is escaped.

use maud::{Markup, html};

use super::html::Txt;

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
const FONT: &str = "system-ui, 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

/// A coordinate, to a tenth of a pixel.
fn d1(v: f64) -> String {
    format!("{v:.1}")
}

/// The chart's frame around `body`: its title and description for screen readers, a white
/// background and the title written on top.
fn frame(id: &str, title: &str, h: f64, desc: &str, body: Markup) -> Markup {
    html! {
        svg.chart id=(id) viewBox={ "0 0 " (W) " " (h) } role="img" aria-labelledby={ (id) "-t " (id) "-d" }
            font-family=(FONT) font-size="12" {
            title id={ (id) "-t" } { (Txt(title)) }
            desc id={ (id) "-d" } { (Txt(desc)) }
            rect width=(W) height=(h) fill="#fff" {}
            text x=(W / 2.0) y="20" text-anchor="middle" font-size="15" font-weight="bold" { (Txt(title)) }
            (body)
        }
    }
}

fn marker(m: Marker, x: f64, y: f64, color: &str) -> Markup {
    let path = |pts: &[(f64, f64)]| {
        let mut d = String::new();
        for (k, (px, py)) in pts.iter().enumerate() {
            d.push_str(if k == 0 { "M" } else { "L" });
            d.push_str(&format!("{} {}", d1(*px), d1(*py)));
        }
        d + "Z"
    };
    html! {
        @match m {
            Marker::Circle => circle cx=(d1(x)) cy=(d1(y)) r="3.5" fill=(color) {},
            Marker::Square => rect x=(d1(x - 3.5)) y=(d1(y - 3.5)) width="7" height="7" fill=(color) {},
            Marker::Triangle => path d=(path(&[(x, y - 4.5), (x + 4.5, y + 3.5), (x - 4.5, y + 3.5)])) fill=(color) {},
            Marker::Diamond => path d=(path(&[(x, y - 5.0), (x + 5.0, y), (x, y + 5.0), (x - 5.0, y)])) fill=(color) {},
        }
    }
}

/// One legend entry per (name, colour, dash, marker or box) laid out in a row, centred.
fn legend(y: f64, entries: &[(String, &str, &str, Option<Marker>)]) -> Markup {
    // A generous text width (7.3 px per character at 12 px), so that entries never overlap.
    let widths: Vec<f64> = entries.iter().map(|e| 44.0 + 7.3 * e.0.chars().count() as f64).collect();
    let total: f64 = widths.iter().sum();
    let mut xs = Vec::with_capacity(entries.len());
    let mut x = ((W - total) / 2.0).max(8.0);
    for w in &widths {
        xs.push(x);
        x += w;
    }
    html! {
        @for (e, x) in entries.iter().zip(xs) {
            @match e.3 {
                Some(m) => {
                    line x1=(d1(x)) y1=(d1(y)) x2=(d1(x + 24.0)) y2=(d1(y)) stroke=(e.1) stroke-width="2.5"
                        stroke-dasharray=(e.2) {}
                    (marker(m, x + 12.0, y, e.1))
                }
                None => {
                    rect x=(d1(x + 3.0)) y=(d1(y - 6.0)) width="18" height="12" fill=(e.1) stroke="#555"
                        stroke-width="0.5" {}
                }
            }
            text x=(d1(x + 30.0)) y=(d1(y + 4.0)) { (Txt(&e.0)) }
        }
    }
}

/// Values from `lo` to `hi` by `step` (the ticks of an axis).
fn ticks(lo: f64, hi: f64, step: f64) -> Vec<f64> {
    let mut out = Vec::new();
    let mut v = lo;
    while v <= hi + step / 2.0 {
        out.push(v);
        v += step;
    }
    out
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
) -> Markup {
    let h = 330.0;
    let (left, right, top, bottom) = (70.0, W - 20.0, 56.0, h - 58.0);
    let desc = series.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join(", ");
    let (lo, hi, step) = nice(y.min, y.max, 5);
    let n = x_labels.len().max(1);
    let xs = |i: usize| left + (right - left) * (i as f64 + 0.5) / n as f64;
    let ys = |v: f64| bottom - (bottom - top) * (v - lo) / (hi - lo);
    let col = (right - left) / n as f64;
    let points = |s: &Series| -> Vec<(f64, f64)> {
        s.values.iter().enumerate().take(n).map(|(i, v)| (xs(i), ys(v.clamp(lo, hi)))).collect()
    };
    let mut entries: Vec<(String, &str, &str, Option<Marker>)> =
        series.iter().map(|s| (s.name.clone(), s.color, s.dash, Some(s.marker))).collect();
    if shade.iter().any(|s| *s) {
        entries.push((shade_label.to_string(), "#e8e8e8", "", None));
    }
    let body = html! {
        // Shaded columns first, under everything.
        @for (i, s) in shade.iter().enumerate().take(n) {
            @if *s {
                rect x=(d1(xs(i) - col / 2.0)) y=(top) width=(d1(col)) height=(d1(bottom - top)) fill="#e8e8e8" {}
            }
        }
        // Grid and y ticks.
        @for v in ticks(lo, hi, step) {
            line x1=(left) y1=(d1(ys(v))) x2=(right) y2=(d1(ys(v))) stroke="#ccc"
                stroke-width=(if v.abs() < 1e-9 { 1.2 } else { 0.6 }) {}
            text x=(d1(left - 6.0)) y=(d1(ys(v) + 4.0)) text-anchor="end" { (Txt(&(y.fmt)(v))) }
        }
        // Axes.
        line x1=(left) y1=(top) x2=(left) y2=(bottom) stroke="#333" {}
        line x1=(left) y1=(bottom) x2=(right) y2=(bottom) stroke="#333" {}
        @for (i, l) in x_labels.iter().enumerate() {
            text x=(d1(xs(i))) y=(d1(bottom + 16.0)) text-anchor="middle" { (Txt(l)) }
        }
        text x=(d1((left + right) / 2.0)) y=(d1(bottom + 32.0)) text-anchor="middle" font-style="italic" {
            (Txt(x_title))
        }
        text transform={ "translate(16 " (d1((top + bottom) / 2.0)) ") rotate(-90)" } text-anchor="middle"
            font-style="italic" { (Txt(&y.title)) }
        // Lines.
        @for s in series {
            @let pts = points(s);
            polyline fill="none" stroke=(s.color) stroke-width="2.5" stroke-dasharray=(s.dash)
                points=(pts.iter().map(|(x, y)| format!("{},{}", d1(*x), d1(*y))).collect::<Vec<_>>().join(" ")) {}
            @for (x, y) in pts { (marker(s.marker, x, y, s.color)) }
        }
        (legend(40.0, &entries))
    };
    frame(id, title, h, &desc, body)
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
pub fn hbars(id: &str, title: &str, names: &[String], panels: &[Panel], struck: &[bool], struck_label: &str) -> Markup {
    let row = 20.0;
    let top = 64.0;
    let h = top + row * names.len() as f64 + 40.0;
    let bottom = top + row * names.len() as f64;
    let desc = panels.iter().map(|p| p.title.as_str()).collect::<Vec<_>>().join(", ");
    let name_w = 100.0;
    let gap = 70.0;
    let pw = (W - name_w - 10.0 - gap * panels.len() as f64) / panels.len().max(1) as f64;
    let body = html! {
        @for (i, n) in names.iter().enumerate() {
            text x=(d1(name_w)) y=(d1(top + row * i as f64 + row / 2.0 + 4.0)) text-anchor="end" {
                (Txt(n)) @if struck.get(i).copied().unwrap_or(false) { " †" }
            }
        }
        @for (k, p) in panels.iter().enumerate() {
            @let x0 = name_w + 8.0 + k as f64 * (pw + gap);
            @let (_, hi, step) = nice(0.0, p.max.max(1e-9), 3);
            text x=(d1(x0 + pw / 2.0)) y="46" text-anchor="middle" font-weight="bold" { (Txt(&p.title)) }
            @for v in ticks(0.0, hi, step) {
                @let xx = x0 + pw * v / hi;
                line x1=(d1(xx)) y1=(top) x2=(d1(xx)) y2=(d1(bottom)) stroke="#ccc" stroke-width="0.6" {}
                text x=(d1(xx)) y=(d1(bottom + 14.0)) text-anchor="middle" font-size="11" { (Txt(&(p.fmt)(v))) }
            }
            @for (i, val) in p.values.iter().enumerate() {
                @let yy = top + row * i as f64 + 3.0;
                @let bw = (pw * val / hi).max(0.0);
                rect x=(d1(x0)) y=(d1(yy)) width=(d1(bw)) height=(d1(row - 6.0)) fill=(p.color) {}
                text x=(d1(x0 + bw + 3.0)) y=(d1(yy + row / 2.0 + 1.0)) font-size="11" {
                    (Txt(p.labels.get(i).map(String::as_str).unwrap_or("")))
                }
            }
            line x1=(d1(x0)) y1=(top) x2=(d1(x0)) y2=(d1(bottom)) stroke="#333" {}
        }
        @if struck.iter().any(|s| *s) {
            text x="8" y=(d1(h - 8.0)) font-size="11" { "† " (Txt(struck_label)) }
        }
    };
    frame(id, title, h, &desc, body)
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
) -> Markup {
    let h = 300.0;
    let (left, right, top, bottom) = (70.0, W - 20.0, 56.0, h - 40.0);
    let desc = parts.iter().map(|p| p.0.as_str()).collect::<Vec<_>>().join(", ");
    let (_, hi, step) = nice(0.0, max.max(1) as f64, 4);
    let step = step.max(1.0).round();
    let hi = (hi / step).ceil() * step;
    let ys = |v: f64| bottom - (bottom - top) * v / hi;
    let n = categories.len().max(1);
    let col = (right - left) / n as f64;
    let bw = (col * 0.5).min(110.0);
    // Each category's segments: (part, value, top, bottom).
    let segments = |i: usize| {
        let mut acc = 0.0;
        let mut out = Vec::new();
        for (k, part) in parts.iter().enumerate() {
            let val = values.get(i).and_then(|v| v.get(k)).copied().unwrap_or(0) as f64;
            if val > 0.0 {
                out.push((part.1, val, ys(acc + val), ys(acc)));
            }
            acc += val;
        }
        out
    };
    let on = |color: &str| {
        if color == palette::VERMILLION || color == palette::BLUE || color == palette::GREEN { "#fff" } else { "#000" }
    };
    let entries: Vec<(String, &str, &str, Option<Marker>)> =
        parts.iter().map(|p| (p.0.clone(), p.1, "", None)).collect();
    let body = html! {
        @for v in ticks(0.0, hi, step) {
            line x1=(left) y1=(d1(ys(v))) x2=(right) y2=(d1(ys(v))) stroke="#ccc" stroke-width="0.6" {}
            text x=(d1(left - 6.0)) y=(d1(ys(v) + 4.0)) text-anchor="end" { (v as u32) }
        }
        line x1=(left) y1=(top) x2=(left) y2=(bottom) stroke="#333" {}
        line x1=(left) y1=(bottom) x2=(right) y2=(bottom) stroke="#333" {}
        text transform={ "translate(20 " (d1((top + bottom) / 2.0)) ") rotate(-90)" } text-anchor="middle"
            font-style="italic" { (Txt(y_title)) }
        @for (i, c) in categories.iter().enumerate() {
            @let cx = left + col * (i as f64 + 0.5);
            @for (color, val, y1, y0) in segments(i) {
                rect x=(d1(cx - bw / 2.0)) y=(d1(y1)) width=(d1(bw)) height=(d1(y0 - y1)) fill=(color) stroke="#fff"
                    stroke-width="1" {}
                @if y0 - y1 >= 13.0 {
                    text x=(d1(cx)) y=(d1((y0 + y1) / 2.0 + 4.0)) text-anchor="middle" fill=(on(color))
                        font-weight="bold" { (val as u32) }
                }
            }
            text x=(d1(cx)) y=(d1(bottom + 16.0)) text-anchor="middle" { (Txt(c)) }
        }
        (legend(40.0, &entries))
    };
    frame(id, title, h, &desc, body)
}

/// One measure of a strip chart: a dot per summer on its own scale, over its box (quartiles)
/// and whiskers (the lowest and highest).
pub struct Strip<'a> {
    pub name: String,
    /// One value per summer (`None`: the summer has none, drawn nowhere).
    pub values: Vec<Option<f64>>,
    pub min: f64,
    pub max: f64,
    pub fmt: &'a dyn Fn(f64) -> String,
}

/// The values a strip's box and whiskers are drawn from: the summers played to their end. An
/// unfinished summer's figures stop in mid-summer: its dot is drawn (hollow), apart from the box.
fn boxed(values: &[Option<f64>], hollow: &[bool]) -> Vec<f64> {
    values
        .iter()
        .enumerate()
        .filter(|(i, _)| !hollow.get(*i).copied().unwrap_or(false))
        .filter_map(|(_, v)| *v)
        .collect()
}

/// Strips, one per measure, each summer a dot labelled by its letter, in no order of merit: the
/// spread of a class. Dots that would overlap are stacked upwards (a dot plot), so every summer
/// stays visible; under them, the box of the middle half and the whiskers to the extremes.
/// `hollow` marks the summers drawn hollow (unfinished), named in the legend by `hollow_label`.
pub fn strips(id: &str, title: &str, labels: &[String], rows: &[Strip], hollow: &[bool], hollow_label: &str) -> Markup {
    let r = 8.5;
    let lane = 2.0 * r + 1.0;
    let (left, right) = (140.0, W - 24.0);
    // Each row: its scale, its dots (x, lane, summer), its height.
    let laid: Vec<_> = rows
        .iter()
        .map(|row| {
            let (lo, hi, step) = nice(row.min, row.max, 4);
            let xs = move |v: f64| left + (right - left) * (v.clamp(lo, hi) - lo) / (hi - lo);
            let mut dots: Vec<(f64, usize, usize)> = Vec::new();
            for (i, v) in row.values.iter().enumerate() {
                let Some(v) = v else { continue };
                let x = xs(*v);
                let k =
                    (0..).find(|k| !dots.iter().any(|(px, pk, _)| pk == k && (px - x).abs() < 2.0 * r)).unwrap_or(0);
                dots.push((x, k, i));
            }
            let lanes = dots.iter().map(|d| d.1 + 1).max().unwrap_or(1);
            (lo, hi, step, dots, 8.0 + lane * lanes as f64 + 50.0)
        })
        .collect();
    let top = 40.0;
    let any_hollow = hollow.iter().any(|h| *h);
    let h = top + laid.iter().map(|l| l.4).sum::<f64>() + if any_hollow { 26.0 } else { 6.0 };
    let desc = rows.iter().map(|r| r.name.as_str()).collect::<Vec<_>>().join(", ");
    let mut y0 = top;
    let mut tops = Vec::new();
    for l in &laid {
        tops.push(y0);
        y0 += l.4;
    }
    let body = html! {
        @for (k, (row, (lo, hi, step, dots, rh))) in rows.iter().zip(&laid).enumerate() {
            @let y0 = tops[k];
            // The first lane of dots, the box under it, the axis under the box.
            @let base = y0 + rh - 50.0 + r - lane / 2.0;
            @let band = base + r + 9.0;
            @let axis = band + 12.0;
            @let xs = |v: f64| left + (right - left) * (v.clamp(*lo, *hi) - lo) / (hi - lo);
            @let vals = boxed(&row.values, hollow);
            @if k > 0 {
                line x1="8" y1=(d1(y0 - 2.0)) x2=(d1(W - 8.0)) y2=(d1(y0 - 2.0)) stroke="#ddd" {}
            }
            text x=(d1(left - 14.0)) y=(d1(band + 4.0)) text-anchor="end" font-weight="bold" font-size="12.5" {
                (Txt(&row.name))
            }
            @if let Some([mn, q1, med, q3, mx]) = super::class::quartiles(&vals) {
                line x1=(d1(xs(mn))) y1=(d1(band)) x2=(d1(xs(mx))) y2=(d1(band)) stroke="#888" stroke-width="1.5" {}
                rect x=(d1(xs(q1))) y=(d1(band - 6.0)) width=(d1((xs(q3) - xs(q1)).max(1.0))) height="12" fill="#eef3f8"
                    stroke="#888" {}
                line x1=(d1(xs(med))) y1=(d1(band - 7.0)) x2=(d1(xs(med))) y2=(d1(band + 7.0)) stroke="#333"
                    stroke-width="2.5" {}
            }
            line x1=(d1(left)) y1=(d1(axis)) x2=(d1(right)) y2=(d1(axis)) stroke="#333" {}
            @for v in ticks(*lo, *hi, *step) {
                line x1=(d1(xs(v))) y1=(d1(axis)) x2=(d1(xs(v))) y2=(d1(axis + 4.0)) stroke="#333" {}
                text x=(d1(xs(v))) y=(d1(axis + 15.0)) text-anchor="middle" font-size="10" { (Txt(&(row.fmt)(v))) }
            }
            @for (x, lane_k, i) in dots {
                @let y = base - lane * *lane_k as f64;
                @let empty = hollow.get(*i).copied().unwrap_or(false);
                circle cx=(d1(*x)) cy=(d1(y)) r=(r) fill=(if empty { "#fff" } else { palette::BLUE }) stroke=(palette::BLUE)
                    stroke-width="1.5" {}
                text x=(d1(*x)) y=(d1(y + 3.5)) text-anchor="middle" font-size="9.5" font-weight="bold"
                    fill=(if empty { palette::BLUE } else { "#fff" }) {
                    (Txt(labels.get(*i).map(String::as_str).unwrap_or("")))
                }
            }
        }
        @if any_hollow {
            circle cx="20" cy=(d1(h - 12.0)) r=(r) fill="#fff" stroke=(palette::BLUE) stroke-width="1.5" {}
            text x="34" y=(d1(h - 8.0)) font-size="11" { (Txt(hollow_label)) }
        }
    };
    frame(id, title, h, &desc, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unfinished_summer_stays_out_of_the_class_s_box() {
        // Three summers played through, one stopped in week 3 with nothing earned yet: the box
        // and whiskers are of the three (a stopped summer's 0 would stretch the whisker).
        let values = [Some(3900.0), Some(4100.0), Some(0.0), Some(4300.0), None];
        let hollow = [false, false, true, false, false];
        assert_eq!(boxed(&values, &hollow), vec![3900.0, 4100.0, 4300.0]);
        assert_eq!(super::super::class::quartiles(&boxed(&values, &hollow)).map(|q| q[0]), Some(3900.0));
    }

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
        )
        .into_string();
        assert!(!s.contains("<script>") && !s.contains("<b>") && !s.contains("a\"b"));
        assert!(s.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && s.contains("a&quot;b"));
    }
}
