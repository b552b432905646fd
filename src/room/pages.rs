//! The pages the room serves, built into the binary: plain HTML and ES5 JavaScript, no CDN,
//! no build step, so that they work offline on a five-year-old phone browser. Their words are
//! the catalogue's messages `phone-*` and `projector-*` (`assets/i18n/{fr,en}/room.ftl`), put
//! into the page once as the script's table `T`; what the engine says (items, options) comes in
//! the phone's language from `/api/state`.

use std::sync::OnceLock;

use crate::i18n::{self, FluentValue};
use crate::text::Lang;

const PHONE_HTML: &str = include_str!("phone.html");
const PROJECTOR_HTML: &str = include_str!("projector.html");

/// The phone's page: join, follow the summer, vote.
pub fn phone() -> &'static str {
    static PAGE: OnceLock<String> = OnceLock::new();
    PAGE.get_or_init(|| with_words(PHONE_HTML, "phone-"))
}

/// The projector's page: address, join code, QR code, seats, who is connected, who voted.
pub fn projector() -> &'static str {
    static PAGE: OnceLock<String> = OnceLock::new();
    PAGE.get_or_init(|| with_words(PROJECTOR_HTML, "projector-"))
}

/// The page with its script's table of words, `{"fr": {"join": …}, "en": {…}}`, in place of
/// `/*TEXTS*/null`: every message whose key starts with `prefix`, named without it. A message's
/// variables stay as the script's own placeholders (`{ $a }` becomes `{a}`).
fn with_words(html: &str, prefix: &str) -> String {
    let mut langs = serde_json::Map::new();
    for lang in [Lang::Fr, Lang::En] {
        let mut words = serde_json::Map::new();
        for key in i18n::keys(lang) {
            let Some(name) = key.strip_prefix(prefix) else { continue };
            let vars: Vec<(String, String)> = i18n::placeholders(lang, key)
                .unwrap_or_default()
                .into_iter()
                .map(|v| (v.clone(), format!("{{{v}}}")))
                .collect();
            let args: Vec<(&str, FluentValue<'_>)> =
                vars.iter().map(|(k, v)| (k.as_str(), FluentValue::from(v.as_str()))).collect();
            words.insert(name.to_string(), i18n::tr_args(lang, key, &args).into());
        }
        langs.insert(lang.code().to_string(), words.into());
    }
    // `</` inside a script would end it.
    let table = serde_json::Value::Object(langs).to_string().replace("</", "<\\/");
    html.replacen("/*TEXTS*/null", &table, 1)
}

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
        assert!(phone().len() + projector().len() < 100 * 1024, "under 100 KB together");
        for p in [phone(), projector()] {
            assert!(!p.contains("http://") && !p.contains("https://"), "nothing fetched from elsewhere");
            // ES5: no arrow functions, no let/const, no template strings.
            assert!(!p.contains("=>") && !p.contains("let ") && !p.contains("const ") && !p.contains('`'));
        }
    }

    #[test]
    fn pages_carry_their_words_from_the_catalogue() {
        for (page, html) in [("phone", phone()), ("projector", projector())] {
            assert!(!html.contains("/*TEXTS*/"), "{page} has its words");
            assert!(html.contains(r#""dec":"Décision n° {n}""#), "{page}: {html}");
            assert!(html.contains(r#""count":"{a} of {b} seat(s) have voted""#), "{page}");
            assert!(html.contains(r#""secs":" — {s} s left""#), "{page} keeps outer spaces");
        }
        assert!(phone().contains(r#""seat":"Votre siège : ""#));
    }

    #[test]
    fn qr_code_is_an_svg() {
        let svg = qr_svg("http://192.168.1.20:8080/?code=ABCDEF");
        assert!(svg.contains("<svg") && svg.contains("</svg>") && svg.len() > 1000);
    }
}
