use crate::content::content;
use crate::dom;
use crate::{current_slug, page_href};
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The sections in their groups: one dropdown per group on wide screens,
/// one "Menu" panel on phones (the layout switch is CSS only). Rendered
/// closed; `NavMenus` opens and closes it.
#[component]
pub fn SiteNav() -> impl IntoView {
    let content = content();
    let current = current_slug();
    let groups = content
        .site
        .navigation
        .iter()
        .enumerate()
        .map(|(index, group)| {
            let links = group
                .pages
                .iter()
                .filter_map(|page| {
                    let label = content.page(page.id())?.nav_label.as_ref()?.as_str();
                    let is_current = page.id() == current;
                    Some(view! {
                        <li>
                            <a
                                href=page_href(page.id())
                                class="site-nav__link"
                                aria-current=is_current.then_some("page")
                            >
                                {label}
                            </a>
                        </li>
                    })
                })
                .collect_view();
            view! {
                <li class="site-nav__group">
                    <button
                        type="button"
                        class="pill-toggle site-nav__group-toggle"
                        id=format!("site-nav-group-{index}-button")
                        aria-expanded="false"
                        aria-controls=format!("site-nav-group-{index}")
                    >
                        {group.label.as_str()}
                    </button>
                    <span class="site-nav__group-label" aria-hidden="true">
                        {group.label.as_str()}
                    </span>
                    <ul
                        id=format!("site-nav-group-{index}")
                        class="site-nav__links"
                        aria-label=group.label.as_str()
                    >
                        {links}
                    </ul>
                </li>
            }
        })
        .collect_view();

    view! {
        <NavMenus>
            <nav class="site-nav" aria-label=content.site.nav_label.as_str()>
                <button
                    type="button"
                    class="pill-toggle site-nav__menu-toggle"
                    aria-expanded="false"
                    aria-controls="site-nav-panel"
                >
                    <span class="site-nav__menu-icon" aria-hidden="true"></span>
                    {content.site.menu_button.as_str()}
                </button>
                <ul id="site-nav-panel" class="site-nav__panel">
                    {groups}
                </ul>
            </nav>
        </NavMenus>
    }
}

const MENU: &str = ".site-nav__menu-toggle";
const GROUP: &str = ".site-nav__group-toggle";

/// Opens and closes the navigation's Menu and groups (their CSS follows
/// `aria-expanded`): one group open at a time; a click outside closes all;
/// Escape closes the innermost and returns focus to its button; tabbing out
/// of a group closes it, so it never covers the page.
#[island]
pub fn NavMenus(
    /// The navigation, rendered at build time.
    children: Children,
) -> impl IntoView {
    let root = NodeRef::<html::Div>::new();
    let buttons = move |selector: &str| {
        root.get_untracked()
            .map(|root| dom::all(&root, selector))
            .unwrap_or_default()
    };
    let is_open = |button: &web_sys::HtmlElement| {
        button.get_attribute("aria-expanded").as_deref() == Some("true")
    };
    let close = move |selector: &str| {
        for button in buttons(selector) {
            dom::set_flag(&button, "aria-expanded", false);
        }
    };

    // Registered in an effect, which runs only in the browser.
    Effect::new(move |_| {
        let outside_click = window_event_listener(ev::click, move |event| {
            let inside = root.get_untracked().is_some_and(|root| {
                event
                    .target()
                    .and_then(|target| target.dyn_into::<web_sys::Node>().ok())
                    .is_some_and(|target| root.contains(Some(&target)))
            });
            if !inside {
                close(MENU);
                close(GROUP);
            }
        });
        on_cleanup(move || outside_click.remove());
    });

    let on_click = move |event: ev::MouseEvent| {
        if let Some(menu) = dom::target(&event, MENU) {
            dom::set_flag(&menu, "aria-expanded", !is_open(&menu));
        } else if let Some(group) = dom::target(&event, GROUP) {
            let open = !is_open(&group);
            close(GROUP);
            dom::set_flag(&group, "aria-expanded", open);
        }
    };
    let on_keydown = move |event: ev::KeyboardEvent| {
        if event.key() != "Escape" {
            return;
        }
        let innermost = buttons(GROUP)
            .into_iter()
            .chain(buttons(MENU))
            .find(|button| is_open(button));
        if let Some(button) = innermost {
            dom::set_flag(&button, "aria-expanded", false);
            let _ = button.focus();
        }
    };
    let on_focusout = move |event: ev::FocusEvent| {
        let Some(group) = dom::target(&event, ".site-nav__group") else {
            return;
        };
        let stays_inside = event
            .related_target()
            .and_then(|next| next.dyn_into::<web_sys::Node>().ok())
            .is_some_and(|next| group.contains(Some(&next)));
        if !stays_inside {
            for button in dom::all(&group, GROUP) {
                dom::set_flag(&button, "aria-expanded", false);
            }
        }
    };
    view! {
        <div
            class="site-nav-menus"
            node_ref=root
            on:click=on_click
            on:keydown=on_keydown
            on:focusout=on_focusout
        >
            {children()}
        </div>
    }
}
