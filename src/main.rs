//! The browser entry point: the page arrives complete as HTML, and this only
//! gets its islands ready for the start-up script to hydrate.

fn main() {
    practice_site::hydrate();
}
