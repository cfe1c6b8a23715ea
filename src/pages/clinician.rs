use crate::components::{
    AvailabilityBadge, BoardList, PageHeading, PageLink, Paragraphs, Photo, PhotoSlot,
};
use crate::content::{content, route_url};
use crate::people::{clinician_head, joined, licence_line, where_lines};
use crate::photos::photo_address;
use leptos::prelude::*;
use site_content::structured_data::person_json_ld;
use site_content::{Licence, PageId, Route};

/// `/clinicians/<slug>`: one clinician, with everything a visitor checks
/// before choosing: licences (and how to verify them), languages, whom they
/// see, where, and whether they are taking new clients.
#[component]
pub fn ClinicianPage(
    /// Their place in `practice.toml`'s list.
    index: usize,
) -> impl IntoView {
    let here = content();
    let clinician = &here.clinicians[index];
    let words = &here.pages.clinicians;
    let (title, description) = clinician_head(here, clinician);
    let heading_words = (title, description, clinician.name.as_str().to_owned());
    let list = |items: &'static [site_content::Text]| {
        items
            .iter()
            .map(|item| view! { <li>{item.as_str()}</li> })
            .collect_view()
    };
    let languages: Vec<&str> = clinician.languages.iter().map(|l| l.as_str()).collect();
    let licence = |licence: &'static Licence| {
        let board = here.board(licence.board.id()).map(|(_, board)| board);
        view! {
            <li>
                <span class="clinician-page__licence">{licence_line(words, licence)}</span>
                {board.map(|board| view! {
                    <span class="clinician-page__board">
                        {board.name.as_str()} " · "
                        <a href=board.lookup_url.as_str()>{words.lookup_link.as_str()}</a>
                    </span>
                })}
            </li>
        }
    };
    let boards = here.boards_of(
        clinician.licences.iter().chain(
            clinician
                .supervisor
                .iter()
                .map(|supervisor| &supervisor.licence),
        ),
    );
    let url = route_url(here, Route::Clinician(index));
    view! {
        <article class="page clinician-page">
            <script type="application/ld+json" inner_html=person_json_ld(here, index, &url, photo_address(here, &clinician.photo))></script>
            <div class="clinician-page__top">
                <div class="clinician-page__intro">
                    <PageHeading words=heading_words />
                    <p class="clinician-page__role">
                        {clinician.role.as_str()}
                        {clinician.pronouns.as_ref().map(|p| view! { " · " {p.as_str()} })}
                    </p>
                </div>
                <Photo photo=&clinician.photo place=PhotoSlot::Portrait />
                <div class="clinician-page__standing">
                    <ul class="clinician-page__licences">
                        {clinician.licences.iter().map(licence).collect_view()}
                    </ul>
                    {clinician.supervisor.as_ref().map(|supervisor| view! {
                        <p class="clinician-page__supervisor">
                            {words.supervisor_label.as_str()} " " {supervisor.name.as_str()} ", "
                            {licence_line(words, &supervisor.licence)}
                        </p>
                    })}
                    <AvailabilityBadge clinician />
                </div>
            </div>
            <div class="clinician-page__body">
            <div class="prose">
                <Paragraphs paragraphs=&clinician.bio />
            </div>
            <dl class="clinician-page__facts">
                <dt>{words.languages_label.as_str()}</dt>
                <dd>{joined(&languages, words.and.as_str())}</dd>
                <dt>{words.sees_label.as_str()}</dt>
                <dd><ul>{list(&clinician.sees)}</ul></dd>
                <dt>{words.where_label.as_str()}</dt>
                <dd>
                    <ul>
                        {where_lines(here, clinician)
                            .into_iter()
                            .map(|line| view! { <li>{line}</li> })
                            .collect_view()}
                    </ul>
                </dd>
                <dt>{words.training_label.as_str()}</dt>
                <dd><ul>{list(&clinician.training)}</ul></dd>
            </dl>
            </div>
            <section class="clinician-page__boards" aria-labelledby="boards-heading">
                <h2 id="boards-heading">{words.boards_heading.as_str()}</h2>
                <p>{words.boards_intro.as_str()}</p>
                <BoardList boards />
            </section>
            <p>
                <PageLink page=PageId::Clinicians class="more-link">{words.all_link.as_str()}</PageLink>
            </p>
        </article>
    }
}
