//! The pages the room serves, built into the binary: plain HTML and ES5 JavaScript, no CDN,
//! no build step, so that they work offline on a five-year-old phone browser. Their words are
//! in French and English in the pages themselves; what the engine says (items, options) comes
//! in the phone's language from `/api/state`.

/// The phone's page: join, follow the summer, vote.
pub const PHONE: &str = include_str!("phone.html");
/// The projector's page: address, join code, QR code, seats, who is connected, who voted.
pub const PROJECTOR: &str = include_str!("projector.html");

/// The QR code of `url` as an SVG image (black on white, with its quiet zone). A URL too long
/// for a QR code gives an empty image: the address is printed beside it anyway.
pub fn qr_svg(url: &str) -> String {
    match qrcode::QrCode::new(url.as_bytes()) {
        Ok(code) => code
            .render::<qrcode::render::svg::Color>()
            .min_dimensions(256, 256)
            .dark_color(qrcode::render::svg::Color("#000"))
            .light_color(qrcode::render::svg::Color("#fff"))
            .build(),
        Err(_) => String::from(r#"<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>"#),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_small_and_self_contained() {
        assert!(PHONE.len() + PROJECTOR.len() < 100 * 1024, "under 100 KB together");
        for p in [PHONE, PROJECTOR] {
            assert!(!p.contains("http://") && !p.contains("https://"), "nothing fetched from elsewhere");
            // ES5: no arrow functions, no let/const, no template strings.
            assert!(!p.contains("=>") && !p.contains("let ") && !p.contains("const ") && !p.contains('`'));
        }
    }

    #[test]
    fn qr_code_is_an_svg() {
        let svg = qr_svg("http://192.168.1.20:8080/?code=ABCDEF");
        assert!(svg.contains("<svg") && svg.contains("</svg>") && svg.len() > 1000);
    }
}
