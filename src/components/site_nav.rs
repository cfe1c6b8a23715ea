use crate::content::CONTENT;
use crate::page_href;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

/// The sections in their groups: one dropdown per group on wide screens,
/// one "Menu" panel on phones (the layout switch is CSS only).
#[component]
pub fn SiteNav() -> impl IntoView {
    let menu_open = RwSignal::new(false);
    let open_group = RwSignal::new(None::<usize>);
    let nav_ref = NodeRef::<html::Nav>::new();
    let menu_button = NodeRef::<html::Button>::new();
    let close_all = move || {
        menu_open.set(false);
        open_group.set(None);
    };

    // A new page closes whatever was open.
    let pathname = use_location().pathname;
    Effect::watch(move || pathname.get(), move |_, _, _| close_all(), false);

    // A click anywhere outside the navigation closes it. Registered in an
    // effect, which runs only in the browser, never while pre-rendering.
    Effect::new(move |_| {
        let outside_click = window_event_listener(ev::click, move |event| {
            let inside = nav_ref.get_untracked().is_some_and(|nav| {
                event
                    .target()
                    .and_then(|target| target.dyn_into::<web_sys::Node>().ok())
                    .is_some_and(|target| nav.contains(Some(&target)))
            });
            if !inside {
                close_all();
            }
        });
        on_cleanup(move || outside_click.remove());
    });

    // Escape closes the innermost open part and returns focus to its button.
    let on_keydown = move |event: ev::KeyboardEvent| {
        if event.key() != "Escape" {
            return;
        }
        if let Some(group) = open_group.get_untracked() {
            open_group.set(None);
            focus_by_id(&group_button_id(group));
        } else if menu_open.get_untracked() {
            menu_open.set(false);
            if let Some(button) = menu_button.get_untracked() {
                let _ = button.focus();
            }
        }
    };

    let groups = CONTENT
        .site
        .navigation
        .iter()
        .enumerate()
        .map(|(index, group)| {
            let is_open = move || open_group.get() == Some(index);
            let links = group
                .pages
                .iter()
                .filter_map(|page| {
                    let meta = CONTENT.page(page.id())?;
                    let label = meta.nav_label.as_ref()?.as_str();
                    Some(view! {
                        <li>
                            <A href=page_href(page.id()) attr:class="site-nav__link">
                                {label}
                            </A>
                        </li>
                    })
                })
                .collect_view();
            // Tabbing out of an open group closes it, so it never covers the page.
            let on_focusout = move |event: ev::FocusEvent| {
                let stays_inside = event
                    .related_target()
                    .and_then(|next| next.dyn_into::<web_sys::Node>().ok())
                    .zip(
                        event
                            .current_target()
                            .and_then(|group| group.dyn_into::<web_sys::Node>().ok()),
                    )
                    .is_some_and(|(next, group)| group.contains(Some(&next)));
                if !stays_inside && open_group.get_untracked() == Some(index) {
                    open_group.set(None);
                }
            };
            view! {
                <li class="site-nav__group" on:focusout=on_focusout>
                    <button
                        type="button"
                        class="site-nav__group-toggle"
                        id=group_button_id(index)
                        aria-expanded=move || is_open().to_string()
                        aria-controls=group_list_id(index)
                        on:click=move |_| {
                            open_group.update(|open| {
                                *open = if *open == Some(index) { None } else { Some(index) };
                            })
                        }
                    >
                        {group.label.as_str()}
                    </button>
                    <span class="site-nav__group-label" aria-hidden="true">
                        {group.label.as_str()}
                    </span>
                    <ul
                        id=group_list_id(index)
                        class="site-nav__links"
                        class:site-nav__links--open=is_open
                        aria-label=group.label.as_str()
                    >
                        {links}
                    </ul>
                </li>
            }
        })
        .collect_view();

    view! {
        <nav
            class="site-nav"
            aria-label=CONTENT.site.nav_label.as_str()
            node_ref=nav_ref
            on:keydown=on_keydown
        >
            <button
                type="button"
                class="site-nav__menu-toggle"
                node_ref=menu_button
                aria-expanded=move || menu_open.get().to_string()
                aria-controls="site-nav-panel"
                on:click=move |_| menu_open.update(|open| *open = !*open)
            >
                <span class="site-nav__menu-icon" aria-hidden="true"></span>
                {CONTENT.site.menu_button.as_str()}
            </button>
            <ul id="site-nav-panel" class="site-nav__panel" class:site-nav__panel--open=menu_open>
                {groups}
            </ul>
        </nav>
    }
}

fn group_button_id(index: usize) -> String {
    format!("site-nav-group-{index}-button")
}

fn group_list_id(index: usize) -> String {
    format!("site-nav-group-{index}")
}

fn focus_by_id(id: &str) {
    if let Some(element) = document()
        .get_element_by_id(id)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}
