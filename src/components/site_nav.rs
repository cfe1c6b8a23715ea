use crate::components::PageLink;
use crate::content::content;
use crate::dom;
use crate::referred_page;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The id of the phone Menu's panel.
const PANEL_ID: &str = "site-nav-panel";
/// The id of the popover list of the navigation group at `index`.
fn group_id(index: usize) -> String {
    format!("site-nav-group-{index}")
}

/// The sections in their groups: one dropdown per group on wide screens,
/// one "Menu" panel on phones (the layout switch is CSS only). Both are
/// popovers, so they open, close on Escape or a click elsewhere, and keep one
/// group open at a time from the first paint, with or without the wasm;
/// `NavMenus` adds closing a group that focus has left.
#[component]
pub fn SiteNav() -> impl IntoView {
    let content = content();
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
                    let page = referred_page(page);
                    let label = content.pages.meta(page).nav_label.as_ref()?.as_str();
                    Some(view! {
                        <li>
                            <PageLink page=page class="site-nav__link">
                                {label}
                            </PageLink>
                        </li>
                    })
                })
                .collect_view();
            view! {
                <li class="site-nav__group">
                    <button
                        type="button"
                        class="pill-toggle site-nav__group-toggle"
                        id=format!("{}-button", group_id(index))
                        popovertarget=group_id(index)
                    >
                        {group.label.as_str()}
                    </button>
                    <span class="site-nav__group-label" aria-hidden="true">
                        {group.label.as_str()}
                    </span>
                    <ul
                        id=group_id(index)
                        class="site-nav__links"
                        aria-label=group.label.as_str()
                        popover
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
                    popovertarget=PANEL_ID
                >
                    <span class="site-nav__menu-icon" aria-hidden="true"></span>
                    {content.site.menu_button.as_str()}
                </button>
                <ul id=PANEL_ID class="site-nav__panel" popover>
                    {groups}
                </ul>
            </nav>
        </NavMenus>
    }
}

/// Closes a navigation group, or the phone Menu, once keyboard focus has
/// moved on beyond it, so an open dropdown never covers what focus lands on.
/// Everything else the menus do is the platform's (`popover`).
#[island]
pub fn NavMenus(
    /// The navigation, rendered at build time.
    children: Children,
) -> impl IntoView {
    let root = NodeRef::<html::Div>::new();
    let on_focusout = move |event: ev::FocusEvent| {
        // Focus that goes nowhere (a click on plain text) is the platform's
        // light dismiss to handle.
        let (Some(root), Some(next)) = (
            root.get_untracked(),
            event
                .related_target()
                .and_then(|next| next.dyn_into::<web_sys::Node>().ok()),
        ) else {
            return;
        };
        for popover in dom::all(&root, "[popover]") {
            // A group's list stays open while focus is on its button or in it.
            let home = popover.parent_element();
            let open = popover.matches(":popover-open").unwrap_or(false);
            if open && !home.is_some_and(|home| home.contains(Some(&next))) {
                let _ = popover.hide_popover();
            }
        }
    };
    view! {
        <div class="site-nav-menus" node_ref=root on:focusout=on_focusout>
            {children()}
        </div>
    }
}
