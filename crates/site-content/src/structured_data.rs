//! The practice and its people as schema.org JSON-LD, for search engines:
//! written into the home page and each clinician's page when they are
//! pre-rendered.

use crate::model::{Clinician, Content, Photo, Route};
use serde_json::{json, Value};

/// JSON text that is safe inside a `<script>` element: `<`, `>` and `&`
/// are escaped (they can occur only inside strings), so the text can never
/// close the element.
fn script_safe(value: &Value) -> String {
    value
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// The practice's `@id`, which each person's `worksFor` points to.
fn practice_id(content: &Content) -> String {
    format!("{}/#practice", content.practice.site_url.as_str())
}

/// Where a licence is valid: a state, or a whole country.
fn place(name: &str, country: bool) -> Value {
    let kind = if country { "Country" } else { "State" };
    json!({ "@type": kind, "name": name })
}

/// One clinician, with their licences as credentials and their photo,
/// linked to the practice; `url` is their page's address.
fn person(content: &Content, clinician: &Clinician, url: &str, image: Option<String>) -> Value {
    let credentials: Vec<Value> = clinician
        .licences
        .iter()
        .map(|licence| {
            let board = content.board(licence.board.id());
            let country = content.is_country(licence.state.as_str());
            json!({
                "@type": "EducationalOccupationalCredential",
                "credentialCategory": "license",
                "name": licence.title.as_str(),
                "identifier": licence.number.as_str(),
                "validIn": place(licence.state.as_str(), country),
                "recognizedBy": board.map(|(_, board)| json!({
                    "@type": "Organization",
                    "name": board.name.as_str(),
                    "url": board.lookup_url.as_str(),
                })),
            })
        })
        .collect();
    let mut value = json!({
        "@type": "Person",
        "@id": format!("{url}#person"),
        "name": clinician.name.as_str(),
        "jobTitle": clinician.role.as_str(),
        "url": url,
        "knowsLanguage": clinician.languages.iter().map(|l| l.as_str()).collect::<Vec<_>>(),
        "worksFor": { "@id": practice_id(content) },
        "hasCredential": credentials,
    });
    if let Some(image) = image {
        value["image"] = json!(image);
    }
    value
}

/// The JSON-LD graph of the practice and everyone in it; `url_of` gives a
/// route's full address, `image_of` a photo's (the build names the files).
pub fn practice_json_ld(
    content: &Content,
    url_of: impl Fn(Route) -> String,
    image_of: impl Fn(&Photo) -> Option<String>,
) -> String {
    let practice = &content.practice;
    let people: Vec<Value> = content
        .clinicians
        .iter()
        .enumerate()
        .map(|(index, clinician)| {
            let url = url_of(Route::Clinician(index));
            person(content, clinician, &url, image_of(&clinician.photo))
        })
        .collect();
    let business = json!({
        "@type": ["MedicalBusiness", "MedicalOrganization"],
        "@id": practice_id(content),
        "name": practice.name.as_str(),
        "description": practice.tagline.as_str(),
        "url": format!("{}/", practice.site_url.as_str()),
        "telephone": practice.phone.display(),
        "email": practice.email.as_str(),
        "address": practice.offices.iter().map(|office| office.address.as_str()).collect::<Vec<_>>(),
        "areaServed": content
            .video_states()
            .into_iter()
            .map(|name| place(name, content.is_country(name)))
            .collect::<Vec<_>>(),
        "isAcceptingNewPatients": content.anyone_accepting(),
        "employee": people.iter().map(|person| json!({ "@id": person["@id"] })).collect::<Vec<_>>(),
    });
    let mut graph = vec![business];
    graph.extend(people);
    script_safe(&json!({ "@context": "https://schema.org", "@graph": graph }))
}

/// The JSON-LD of one clinician's page: the person, linked to the practice;
/// `image` is their photo's full address.
pub fn person_json_ld(content: &Content, index: usize, url: &str, image: Option<String>) -> String {
    let mut value = person(content, &content.clinicians[index], url, image);
    value["@context"] = json!("https://schema.org");
    value["worksFor"] = json!({
        "@type": ["MedicalBusiness", "MedicalOrganization"],
        "@id": practice_id(content),
        "name": content.practice.name.as_str(),
        "isAcceptingNewPatients": content.anyone_accepting(),
    });
    script_safe(&value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_in_a_script_is_escaped_and_cannot_close_it() {
        let text = script_safe(&json!({ "a": "</script> & \"b\"" }));
        assert_eq!(text, r#"{"a":"\u003c/script\u003e \u0026 \"b\""}"#);
        let back: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["a"], "</script> & \"b\"");
    }
}
