use crate::components::{Paragraphs, Tabs};
use leptos::prelude::*;
use site_content::{RootsPage, Tradition};

/// The traditions as tabs, the first one open: in-page links to each
/// tradition's panel, which `Tabs` turns into ARIA tabs.
#[component]
pub fn RootsExplorer(
    /// The roots page's content: labels and traditions.
    roots: &'static RootsPage,
) -> impl IntoView {
    let traditions: &'static [Tradition] = &roots.traditions;

    let tabs = traditions
        .iter()
        .map(|tradition| {
            view! {
                <a
                    class="pill-toggle roots-explorer__tab"
                    id=tab_id(tradition)
                    href=format!("#{}", panel_id(tradition))
                >
                    {tradition.name.as_str()}
                </a>
            }
        })
        .collect_view();

    let panels = traditions
        .iter()
        .map(|tradition| {
            view! {
                <section class="roots-explorer__panel target-panel" id=panel_id(tradition)>
                    <h2 class="roots-explorer__name">{tradition.name.as_str()}</h2>
                    <Paragraphs paragraphs=&tradition.explanation />
                    <h3>{roots.thinkers_heading.as_str()}</h3>
                    <ul class="roots-explorer__thinkers">
                        {tradition
                            .thinkers
                            .iter()
                            .map(|thinker| {
                                view! {
                                    <li>
                                        <span class="roots-explorer__thinker">
                                            {thinker.name.as_str()}
                                        </span>
                                        <ul class="roots-explorer__works">
                                            {thinker
                                                .works
                                                .iter()
                                                .map(|work| view! { <li><cite>{work.as_str()}</cite></li> })
                                                .collect_view()}
                                        </ul>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    <h3>{roots.in_the_room_heading.as_str()}</h3>
                    <Paragraphs paragraphs=&tradition.in_the_room />
                </section>
            }
        })
        .collect_view();

    view! {
        <Tabs>
            <div class="roots-explorer">
                <nav class="roots-explorer__tabs" aria-label=roots.explorer_label.as_str()>
                    {tabs}
                </nav>
                {panels}
            </div>
        </Tabs>
    }
}

fn tab_id(tradition: &Tradition) -> String {
    format!("tab-{}", tradition.id.as_str())
}

fn panel_id(tradition: &Tradition) -> String {
    tradition.id.as_str().to_owned()
}
