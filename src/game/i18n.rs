//! The game's texts: messages of `assets/i18n/{fr,en}/game.ftl`, looked up through the crate's
//! one catalogue (`crate::i18n`). Texts from scenarios come with both languages already (`Text`).
//! Amounts are written the reader's way (`money`, `option_words`).

use crate::i18n::{FluentValue, tr, tr_args};
use crate::text::Lang;

/// The text of `key`.
pub fn t(lang: Lang, key: &str) -> String {
    tr(lang, key)
}

/// The text of `key` with its `{ $name }` placeholders filled with text.
pub fn ta(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
    let args: Vec<(&str, FluentValue<'_>)> = args.iter().map(|(k, v)| (*k, FluentValue::from(*v))).collect();
    tr_args(lang, key, &args)
}

/// An amount as the reader reads it: in the scenario's currency, written the way of the
/// language on screen (« 200,00 $ » in French, « $200.00 » in English).
pub fn money(amount: rust_decimal::Decimal, w: &crate::sim::World, lang: Lang) -> String {
    crate::text::money(amount, w.scenario.currency, crate::text::reader_locale(w.scenario.locale, lang))
}

/// What an option says, with its amounts written the reader's way.
pub fn option_words(item: &crate::decision::Item, o: u8, w: &crate::sim::World, lang: Lang) -> String {
    use crate::decision::Choice;
    let p = &w.scenario.promotion;
    match item.options.get(o as usize).map(|x| x.choice) {
        Some(Choice::Promotion(1)) => {
            ta(lang, "option-promotion-flyers", &[("cost", &money(p.flyers_cost.0, w, lang))])
        }
        Some(Choice::Promotion(l)) if l >= 2 => {
            ta(lang, "option-promotion-press", &[("cost", &money(p.press_cost.0, w, lang))])
        }
        _ => crate::words::explain::option(item, o, w, lang),
    }
}
