use crate::components::{PageIntro, Sections};
use crate::content::content;
use leptos::prelude::*;
use site_content::CrisisLine;

/// `/crisis`: who to call right now, the practice's region first.
#[component]
pub fn CrisisPage() -> impl IntoView {
    let page = &content().pages.crisis;
    let home = content().home_crisis_region();
    let regions = std::iter::once(home)
        .chain(content().crisis.regions.iter().filter(|region| region.id != home.id))
        .map(|region| {
            let heading_id = format!("crisis-{}", region.id.as_str());
            let labelled_by = heading_id.clone();
            view! {
                <section class="crisis-region" aria-labelledby=labelled_by>
                    <h2 id=heading_id>{region.name.as_str()}</h2>
                    <ul class="card-list card-list--two">
                        {region.lines.iter().map(|line| view! { <CrisisLineItem line /> }).collect_view()}
                    </ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <article class="page" data-handout>
            <PageIntro meta=&page.page intro=&page.intro />
            {regions}
            <div class="prose">
                <p class="notice">{page.not_emergency.as_str()}</p>
                <Sections sections=std::slice::from_ref(&page.out_of_hours) />
                <div class="browsing-safety">
                    <Sections sections=std::slice::from_ref(&content().site.browsing_safety) />
                </div>
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
    view! {
        <li class="crisis-line">
            <h3 class="crisis-line__name">{line.name.as_str()}</h3>
            <p>{line.description.as_str()}</p>
            <p class="crisis-line__availability">{line.availability.as_str()}</p>
            <p class="crisis-line__actions">{call} {text} {chat}</p>
        </li>
    }
}
