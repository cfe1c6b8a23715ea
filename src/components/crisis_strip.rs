use crate::components::{PageLink, QuickExit};
use crate::content::content;
use leptos::prelude::*;
use site_content::PageId;

/// The crisis numbers of the practice's country (its first pack with a
/// strip), and the quick exit, in the same place on every page.
#[component]
pub fn CrisisStrip() -> impl IntoView {
    let region = content().crisis_strip();
    view! {
        <aside class="crisis-strip" aria-label=content().site.crisis_strip_label.as_str()>
            <p class="crisis-strip__inner">
                <span class="crisis-strip__lead">{region.strip_lead.as_str()}</span>
                {region
                    .strip
                    .iter()
                    .map(|link| {
                        view! {
                            <a class="crisis-strip__link" href=link.phone.href()>
                                {link.label.as_str()}
                            </a>
                        }
                    })
                    .collect_view()}
                <PageLink page=PageId::Crisis class="crisis-strip__link crisis-strip__more">
                    {content().site.crisis_more.as_str()}
                </PageLink>
                <QuickExit />
            </p>
        </aside>
    }
}
