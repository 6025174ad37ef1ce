//! The editions the explainer has. Each is built into its own pages (`door`): a reader gets the edition of the page
//! they open, which never changes under them. The site's main link is English; its masthead's first line is the
//! switch to Persian («فارسی»). (An edition chosen from the browser's languages would switch seconds after the
//! reader started reading, or need the server to vary the page by a header that caches and link previews ignore.)

use crate::strings::{Strings, EN};
use crate::strings_fa::FA;

pub const EDITIONS: [&Strings; 2] = [&EN, &FA];

/// The edition whose `lang` is `code` ("en", "fa").
pub fn by_lang(code: &str) -> Option<&'static Strings> {
    EDITIONS.into_iter().find(|s| s.lang == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_edition_is_found_by_its_code_and_switches_to_another() {
        for e in EDITIONS {
            assert_eq!(by_lang(e.lang).map(|s| s.lang), Some(e.lang));
            assert!(by_lang(e.switch_lang).is_some_and(|o| o.lang != e.lang), "{}", e.lang);
        }
        assert!(by_lang("xx").is_none() && by_lang("").is_none());
    }
}
