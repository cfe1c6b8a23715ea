use crate::content::content;
use leptos::prelude::*;
use site_content::Board;

/// Licensing boards: where to look up a licence, and where a complaint
/// about a licensee goes.
#[component]
pub fn BoardList(
    /// The boards to list.
    boards: Vec<&'static Board>,
) -> impl IntoView {
    let words = &content().pages.clinicians;
    view! {
        <ul class="board-list">
            {boards
                .into_iter()
                .map(|board| {
                    view! {
                        <li class="board-list__board">
                            <p class="board-list__name">{board.name.as_str()}</p>
                            <p class="board-list__links">
                                <a href=board.lookup_url.as_str()>{words.board_lookup.as_str()}</a>
                                " · "
                                <a href=board.complaints_url.as_str()>
                                    {words.board_complaints.as_str()}
                                </a>
                            </p>
                            <p>
                                {words.board_phone.as_str()} ": "
                                <a href=board.phone.href()>{board.phone.display()}</a>
                            </p>
                            {board.address.as_ref().map(|address| view! {
                                <p>{address.as_str()}</p>
                            })}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
