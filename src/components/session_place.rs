use super::select_field::SelectField;
use crate::components::ElsewhereList;
use crate::content::content;
use crate::dom::PageData;
use crate::people::joined;
use crate::template::fill;
use consultation::{Field, ELSEWHERE, WHOEVER_FITS};
use leptos::prelude::*;

/// The class of a sentence for one clinician and one state they cannot see
/// someone in; the island shows the one that fits the answers.
pub(super) const MISMATCH: &str = "consult__mismatch";

/// Whom and where a mismatch sentence is about, as the selects' values.
#[derive(Clone, Copy)]
pub(super) enum Mismatch {
    Clinician,
    State,
}

impl PageData for Mismatch {
    fn attribute(self) -> &'static str {
        match self {
            Mismatch::Clinician => "data-clinician",
            Mismatch::State => "data-state",
        }
    }
}

/// Where the person will be during sessions (the states the practice's
/// licences cover, or somewhere else) and whom they would like to see. The
/// kind answer for somewhere else shows by CSS alone, before anything is
/// sent and without the wasm; each clinician's option names their states,
/// and the island also says when the one chosen cannot see someone where
/// they will be.
#[component]
pub fn SessionPlace() -> impl IntoView {
    let here = content();
    let page = &here.pages.contact;
    let and = here.pages.clinicians.and.as_str();
    let states = here.licensed_states();
    let mut places: Vec<(String, String)> = states
        .iter()
        .map(|state| ((*state).to_owned(), (*state).to_owned()))
        .collect();
    places.push((
        ELSEWHERE.to_owned(),
        page.place_elsewhere.as_str().to_owned(),
    ));
    let mut people = vec![(
        WHOEVER_FITS.to_owned(),
        page.clinician_any.as_str().to_owned(),
    )];
    people.extend(here.clinicians.iter().map(|clinician| {
        let theirs = clinician.licensed_states();
        (
            clinician.slug.clone(),
            fill(
                page.clinician_option.as_str(),
                &[
                    ("name", clinician.name.as_str()),
                    ("states", &joined(&theirs, and)),
                ],
            ),
        )
    }));
    let mismatches = here
        .clinicians
        .iter()
        .flat_map(|clinician| {
            let theirs = clinician.licensed_states();
            states
                .iter()
                .filter(|state| !theirs.contains(state))
                .map(|&state| {
                    let words = fill(
                        page.clinician_not_licensed.as_str(),
                        &[
                            ("name", clinician.name.as_str()),
                            ("states", &joined(&theirs, and)),
                            ("state", state),
                        ],
                    );
                    view! {
                        <p
                            class=format!("notice {MISMATCH}")
                            {..Mismatch::Clinician.carry(clinician.slug.as_str())}
                            {..Mismatch::State.carry(state)}
                            hidden
                        >
                            {words}
                        </p>
                    }
                })
                .collect::<Vec<_>>()
        })
        .collect_view();
    view! {
        <SelectField
            field=Field::Place
            label=page.place_label.as_str()
            hint=page.place_hint.as_str()
            prompt=page.place_choose.as_str()
            options=places
            missing=page.place_missing.as_str()
        />
        <div class="consult__when consult__when--elsewhere" role="note">
            <p class="notice">
                {fill(page.elsewhere_answer.as_str(), &[("states", &joined(&states, and))])}
            </p>
            <ElsewhereList />
        </div>
        <SelectField
            field=Field::Clinician
            label=page.clinician_label.as_str()
            options=people
        />
        <div aria-live="polite">{mismatches}</div>
    }
}
