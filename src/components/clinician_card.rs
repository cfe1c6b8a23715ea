use crate::components::{AvailabilityBadge, Photo, PhotoSlot};
use crate::content::content;
use crate::people::{joined, licence_line};
use crate::route_href;
use crate::template::fill;
use leptos::prelude::*;
use site_content::Route;

/// A clinician in brief: name with licences beside it, availability,
/// languages, and the way to their own page.
#[component]
pub fn ClinicianCard(
    /// Their place in `practice.toml`'s list.
    index: usize,
    /// Their name's heading level: 2 where the cards are the page's main
    /// list, 3 inside a section.
    #[prop(default = 3)]
    level: u8,
) -> impl IntoView {
    let clinician = &content().clinicians[index];
    let words = &content().pages.clinicians;
    let name = view! {
        {clinician.name.as_str()}
        {clinician.pronouns.as_ref().map(|pronouns| {
            view! { " " <span class="clinician-card__pronouns">"(" {pronouns.as_str()} ")"</span> }
        })}
    };
    let heading = if level == 2 {
        view! { <h2 class="clinician-card__name">{name}</h2> }.into_any()
    } else {
        view! { <h3 class="clinician-card__name">{name}</h3> }.into_any()
    };
    let languages: Vec<&str> = clinician.languages.iter().map(|l| l.as_str()).collect();
    view! {
        <li class="clinician-card">
            <div class="clinician-card__top">
                <div class="clinician-card__who">
                    {heading}
                    <p class="clinician-card__role">{clinician.role.as_str()}</p>
                    <ul class="clinician-card__licences">
                        {clinician
                            .licences
                            .iter()
                            .map(|licence| view! { <li>{licence_line(words, licence)}</li> })
                            .collect_view()}
                    </ul>
                </div>
                <Photo photo=&clinician.photo place=PhotoSlot::Card />
            </div>
            <AvailabilityBadge clinician />
            <p class="clinician-card__summary">{clinician.summary.as_str()}</p>
            <p class="clinician-card__languages">
                {words.languages_label.as_str()} ": " {joined(&languages, words.and.as_str())}
            </p>
            <a class="clinician-card__link" href=route_href(Route::Clinician(index))>
                {fill(words.profile_link.as_str(), &[("name", clinician.name.as_str())])}
            </a>
        </li>
    }
}
