//! The form's own page, shown again to a visitor without the wasm whose
//! request could not go: every answer filled back in, and the problems
//! listed as the island would list them, or the failure said. The page is
//! the site's (fetched in the visitor's language), rewritten by lol_html;
//! nothing of it is kept.

use consultation::{Field, Problem, Request, ERRORS_ID, FAILED_WORDS, STATUS_CLASS};
use lol_html::html_content::{ContentType, Element};
use lol_html::{element, rewrite_str, RewriteStrSettings};
use url::Url;

/// Why the form is shown again.
pub enum Again<'a> {
    /// These answers need the visitor's attention.
    Problems(&'a [(Field, Problem)]),
    /// It could not be delivered (or the visitor sent too many): try again.
    Failed,
}

/// The site's form page `html` (at `site`) with the request's answers
/// filled in and `again` shown.
pub fn refill(html: &str, site: &Url, request: &Request, again: &Again) -> Option<String> {
    // No script runs here, so what the page gives browsers without one
    // applies: its stylesheet for them comes out of `<noscript>` (which a
    // browser that could run scripts skips) before the page is read again.
    let html = &rewrite_str(
        html,
        RewriteStrSettings::new().append_element_content_handler(element!("noscript", |el| {
            el.remove_and_keep_content();
            Ok(())
        })),
    )
    .ok()?;
    let origin = site.origin().ascii_serialization();
    let problems: &[(Field, Problem)] = match again {
        Again::Problems(problems) => problems,
        Again::Failed => &[],
    };
    let problem = |field: Field| {
        problems
            .iter()
            .find_map(|&(wrong, problem)| (wrong == field).then_some(problem))
    };
    let mut settings = RewriteStrSettings::new()
        // The page is served from the relay: its scripts would not run
        // (the relay's policy allows none) and it works without them.
        // The page's own policy names the site as 'self', which here is
        // the relay: the relay's policy (in its header) replaces it.
        .append_element_content_handler(element!(
            "script, link[rel=modulepreload], meta[http-equiv=Content-Security-Policy]",
            |el| {
                el.remove();
                Ok(())
            }
        ))
        // A cross-origin stylesheet cannot be checked by its integrity
        // (the relay serves the site's own file, fetched over HTTPS).
        .append_element_content_handler(element!("link[integrity]", |el| {
            el.remove_attribute("integrity");
            Ok(())
        }))
        .append_element_content_handler(element!("[href], [src], [srcset]", |el| {
            absolute(el, &origin);
            Ok(())
        }))
        .append_element_content_handler(element!("input[name], select[name]", |el| {
            let Some(field) = el
                .get_attribute("name")
                .and_then(|name| Field::from_key(&name))
            else {
                return Ok(());
            };
            let answer = request.answer(field);
            if el.get_attribute("type").as_deref() == Some("radio") {
                flag(el, "checked", attribute(el, "value") == answer);
            } else if el.tag_name() == "input" {
                el.set_attribute("value", &attribute_text(answer))?;
            }
            el.set_attribute(
                "aria-invalid",
                if problem(field).is_some() {
                    "true"
                } else {
                    "false"
                },
            )?;
            if problem(field).is_some() {
                let described = el.get_attribute("aria-describedby").unwrap_or_default();
                let joined = format!("{described} {}", field.error_id());
                el.set_attribute("aria-describedby", joined.trim())?;
            }
            Ok(())
        }));
    for field in [Field::Language, Field::Place, Field::Clinician] {
        let answer = request.answer(field);
        settings = settings.append_element_content_handler(element!(
            format!("select[name={}] option", field.key()),
            move |el| {
                flag(el, "selected", attribute(el, "value") == answer);
                Ok(())
            }
        ));
    }
    for &(field, wrong) in problems {
        settings = settings.append_element_content_handler(element!(
            format!("#{}", field.error_id()),
            move |el| {
                let words = attribute(el, wrong.words_attribute());
                el.set_inner_content(&words, ContentType::Text);
                el.remove_attribute("hidden");
                Ok(())
            }
        ));
    }
    match again {
        Again::Problems(_) => {
            settings = settings
                .append_element_content_handler(element!(format!("#{ERRORS_ID}"), |el| {
                    el.remove_attribute("hidden");
                    // Without a script, the summary takes the focus (and the
                    // view) as the page opens.
                    el.set_attribute("tabindex", "-1")?;
                    el.set_attribute("autofocus", "")?;
                    Ok(())
                }))
                .append_element_content_handler(element!(format!("#{ERRORS_ID} ul"), |el| {
                    el.set_inner_content("", ContentType::Html);
                    for &(field, wrong) in problems {
                        el.append(
                            &format!("<li><a href=\"#{}\">", field.input_id()),
                            ContentType::Html,
                        );
                        el.append(&words_of(html, field, wrong), ContentType::Text);
                        el.append("</a></li>", ContentType::Html);
                    }
                    Ok(())
                }));
        }
        Again::Failed => {
            settings = settings.append_element_content_handler(element!(
                format!(".{STATUS_CLASS}"),
                |el| {
                    let words = attribute(el, FAILED_WORDS);
                    el.set_inner_content(&words, ContentType::Text);
                    el.set_attribute("tabindex", "-1")?;
                    el.set_attribute("autofocus", "")?;
                    Ok(())
                }
            ));
        }
    }
    rewrite_str(html, settings).ok()
}

/// Sets or removes a boolean attribute.
fn flag(el: &mut Element, name: &str, on: bool) {
    if on {
        let _ = el.set_attribute(name, "");
    } else {
        el.remove_attribute(name);
    }
}

/// Makes the element's paths on the site (`/style.css`, `/es/faq`)
/// absolute, so that they still reach the site from the relay's origin.
fn absolute(el: &mut Element, origin: &str) {
    for name in ["href", "src", "srcset"] {
        let Some(value) = el.get_attribute(name) else {
            continue;
        };
        let rewritten = value
            .split(", ")
            .map(|candidate| match candidate.strip_prefix('/') {
                Some(rest) if !rest.starts_with('/') => format!("{origin}/{rest}"),
                _ => candidate.to_owned(),
            })
            .collect::<Vec<_>>()
            .join(", ");
        if rewritten != value {
            let _ = el.set_attribute(name, &rewritten);
        }
    }
}

/// An attribute's value as text (lol_html gives it as written, with its
/// character references).
fn attribute(el: &Element, name: &str) -> String {
    el.get_attribute(name)
        .map(|value| html_escape::decode_html_entities(&value).into_owned())
        .unwrap_or_default()
}

/// Text as an attribute's value: lol_html escapes its quotes, not `&`.
fn attribute_text(text: &str) -> String {
    html_escape::encode_safe(text).into_owned()
}

/// The words of one field's problem, as its error element carries them.
fn words_of(html: &str, field: Field, problem: Problem) -> String {
    let mut words = String::new();
    let _ = rewrite_str(
        html,
        RewriteStrSettings::new().append_element_content_handler(element!(
            format!("#{}", field.error_id()),
            |el| {
                words = attribute(el, problem.words_attribute());
                Ok(())
            }
        )),
    );
    words
}

#[cfg(test)]
mod tests;
