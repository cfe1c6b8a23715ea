//! Reusable widgets. Each renders words from the content; none holds words
//! of its own.

mod choice_group;
mod consultation_form;
mod crisis_strip;
mod faq_item;
mod good_faith_notice;
mod highlighted;
mod page_heading;
mod page_intro;
mod paragraphs;
mod practice_hours;
mod principle_card;
mod roots_explorer;
mod sections;
mod site_footer;
mod site_header;
mod site_nav;
mod skip_link;
mod step_through;
mod term_toggle;
mod text_field;

pub use choice_group::ChoiceGroup;
pub use consultation_form::ConsultationForm;
pub use crisis_strip::CrisisStrip;
pub use faq_item::FaqItem;
pub use good_faith_notice::GoodFaithNotice;
pub use highlighted::Highlighted;
pub use page_heading::{HeadingFocus, PageHeading};
pub use page_intro::PageIntro;
pub use paragraphs::{Paragraphs, Prose};
pub use practice_hours::PracticeHours;
pub use principle_card::PrincipleCard;
pub use roots_explorer::RootsExplorer;
pub use sections::Sections;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use site_nav::SiteNav;
pub use skip_link::SkipLink;
pub use step_through::StepThrough;
pub use term_toggle::{TermIds, TermToggle};
pub use text_field::TextField;
