//! The practice as schema.org JSON-LD, for search engines, written into the
//! home page when it is pre-rendered.

use crate::model::Content;

/// A JSON string literal, safe inside a `<script>` element (`<` is escaped,
/// so the text can never close the element).
fn json_string(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The JSON-LD object describing the practice.
pub fn practice_json_ld(content: &Content) -> String {
    let practice = &content.practice;
    let fields = [
        ("@context", "https://schema.org".to_owned()),
        ("@type", "MedicalBusiness".to_owned()),
        ("name", practice.name.as_str().to_owned()),
        ("description", practice.tagline.as_str().to_owned()),
        ("url", format!("{}/", practice.site_url.as_str())),
        ("telephone", practice.phone.display().to_owned()),
        ("email", practice.email.as_str().to_owned()),
        ("address", practice.location.as_str().to_owned()),
        ("areaServed", practice.area_served.as_str().to_owned()),
    ];
    let body: Vec<String> = fields
        .iter()
        .map(|(key, value)| format!("{}:{}", json_string(key), json_string(value)))
        .collect();
    format!("{{{}}}", body.join(","))
}

#[cfg(test)]
mod tests {
    use super::json_string;

    #[test]
    fn json_strings_are_escaped_and_cannot_close_a_script() {
        assert_eq!(json_string("a \"b\" \\ c"), r#""a \"b\" \\ c""#);
        assert_eq!(json_string("</script>"), r#""\u003c/script\u003e""#);
        assert_eq!(json_string("line\nbreak"), r#""line\u000abreak""#);
    }
}
