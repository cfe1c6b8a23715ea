use crate::components::{BrowsingSafety, PageIntro, Sections};
use crate::content::content;
use crate::people::written_date;
use crate::template::fill;
use leptos::prelude::*;
use site_content::{CrisisLine, Date};

/// `/crisis`: who to call right now: the lines of each of the practice's
/// places that has some (the country's first), then those near its office,
/// and the day they were last checked.
#[component]
pub fn CrisisPage() -> impl IntoView {
    let here = content();
    let page = &here.pages.crisis;
    let places = here
        .jurisdictions
        .iter()
        .filter_map(|pack| {
            let lines = &pack.crisis.as_ref()?.lines;
            Some((format!("crisis-{}", pack.id), pack.name.as_str(), lines))
        })
        .chain((!here.crisis.local_lines.is_empty()).then(|| {
            (
                "crisis-local".to_owned(),
                here.crisis.local_heading.as_str(),
                &here.crisis.local_lines,
            )
        }));
    let mut checked: Vec<&Date> = Vec::new();
    let sections = places
        .map(|(heading_id, name, lines)| {
            checked.extend(lines.iter().map(|line| &line.reviewed));
            let labelled_by = heading_id.clone();
            view! {
                <section class="crisis-region" aria-labelledby=labelled_by>
                    <h2 id=heading_id>{name}</h2>
                    <ul class="card-list card-list--two">
                        {lines.iter().map(|line| view! { <CrisisLineItem line /> }).collect_view()}
                    </ul>
                </section>
            }
        })
        .collect_view();
    let oldest = checked
        .into_iter()
        .min_by_key(|date| date.days_since_epoch());
    let reviewed = oldest.map(|date| {
        let date = written_date(&here.pages.clinicians, date);
        view! { <p class="crisis-region__reviewed">{fill(page.reviewed.as_str(), &[("date", &date)])}</p> }
    });
    view! {
        <article class="page" data-handout>
            <PageIntro meta=&page.page intro=&page.intro />
            {sections}
            {reviewed}
            <div class="prose">
                <p class="notice">{page.not_emergency.as_str()}</p>
                <Sections sections=std::slice::from_ref(&page.out_of_hours) />
                <BrowsingSafety />
            </div>
        </article>
    }
}

/// One crisis service with its ways to reach it.
#[component]
fn CrisisLineItem(
    /// The service.
    line: &'static CrisisLine,
) -> impl IntoView {
    let page = &content().pages.crisis;
    let call = line.call.as_ref().map(|phone| {
        view! {
            <a class="button" href=phone.href()>
                {page.call_label.as_str()} " " {phone.display()}
            </a>
        }
    });
    let text = line.text.as_ref().map(|phone| {
        view! {
            <a class="button button--secondary" href=phone.sms_href()>
                {page.text_label.as_str()} " " {phone.display()}
            </a>
        }
    });
    let chat = line.chat.as_ref().map(|url| {
        view! {
            <a class="button button--secondary" href=url.as_str() rel="noreferrer">
                {page.chat_label.as_str()}
            </a>
        }
    });
    let list = line.list.as_ref().map(|url| {
        view! {
            <a class="button button--secondary" href=url.as_str() rel="noreferrer">
                {page.list_label.as_str()}
            </a>
        }
    });
    view! {
        <li class="crisis-line">
            <h3 class="crisis-line__name">{line.name.as_str()}</h3>
            <p>{line.description.as_str()}</p>
            <p class="crisis-line__availability">{line.availability.as_str()}</p>
            <p class="crisis-line__actions">{call} {text} {chat} {list}</p>
        </li>
    }
}
