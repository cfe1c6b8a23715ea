//! A walk over every leaf of loaded content (each text, paragraph, phone
//! number and reference, in the order the types declare them), so that a
//! check about all words (glossary marks, sample content) needs no list of
//! fields. `content_type!` writes the walk for each content type.

use crate::text::{Paragraph, Phone, Ref, Text};

/// One leaf of the content.
#[derive(Clone, Copy, Debug)]
pub enum Leaf<'a> {
    Text(&'a Text),
    Paragraph(&'a Paragraph),
    Phone(&'a Phone),
    Ref(&'a Ref),
}

/// A value whose leaves can be visited.
pub trait Walk {
    /// Calls `visit` with each leaf, in order.
    fn walk(&self, visit: &mut dyn FnMut(Leaf<'_>));
}

impl Walk for Text {
    fn walk(&self, visit: &mut dyn FnMut(Leaf<'_>)) {
        visit(Leaf::Text(self));
    }
}

impl Walk for Paragraph {
    fn walk(&self, visit: &mut dyn FnMut(Leaf<'_>)) {
        visit(Leaf::Paragraph(self));
    }
}

impl Walk for Phone {
    fn walk(&self, visit: &mut dyn FnMut(Leaf<'_>)) {
        visit(Leaf::Phone(self));
    }
}

impl Walk for Ref {
    fn walk(&self, visit: &mut dyn FnMut(Leaf<'_>)) {
        visit(Leaf::Ref(self));
    }
}

/// Values with no words in them: nothing to visit.
macro_rules! no_leaves {
    ($($ty:ty),*) => {
        $(impl Walk for $ty {
            fn walk(&self, _visit: &mut dyn FnMut(Leaf<'_>)) {}
        })*
    };
}

no_leaves!(String, crate::date::Date);

impl<T: Walk> Walk for Vec<T> {
    fn walk(&self, visit: &mut dyn FnMut(Leaf<'_>)) {
        for item in self {
            item.walk(visit);
        }
    }
}

impl<T: Walk> Walk for Option<T> {
    fn walk(&self, visit: &mut dyn FnMut(Leaf<'_>)) {
        if let Some(value) = self {
            value.walk(visit);
        }
    }
}

impl Leaf<'_> {
    /// The leaf's words as written, and where they stood in their file.
    pub fn written(&self) -> (String, std::ops::Range<usize>) {
        match self {
            Leaf::Text(text) => (text.as_str().to_owned(), text.span()),
            Leaf::Paragraph(paragraph) => (paragraph.plain_text(), paragraph.span()),
            Leaf::Phone(phone) => (phone.display().to_owned(), phone.span()),
            Leaf::Ref(reference) => (reference.id().to_owned(), reference.span()),
        }
    }
}
