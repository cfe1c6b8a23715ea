//! The fields of the form: their keys on the wire, their ids in the page.

use crate::choice::{Choice, ContactMethod, Payment, SessionFormat};
use serde::{Deserialize, Serialize};

/// Declares the fields once, in the order of the form: each one's key (its
/// input's `name`, its key on the wire and in [`crate::Request`]) and the
/// id its input has in the page.
macro_rules! fields {
    ($($field:ident = $key:literal, $id:literal;)+) => {
        /// A field of the form, in the order it appears.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum Field {
            $( #[serde(rename = $key)] $field, )+
        }

        impl Field {
            /// Every field, in the order of the form.
            pub const ALL: &'static [Field] = &[$(Field::$field),+];

            /// Its key: its input's `name`, and its key on the wire.
            pub const fn key(self) -> &'static str {
                match self {
                    $( Field::$field => $key, )+
                }
            }

            /// The field with this key.
            pub fn from_key(key: &str) -> Option<Self> {
                Field::ALL.iter().copied().find(|field| field.key() == key)
            }

            /// The id of a text field's input, or of a choice's group; the
            /// field's other ids derive from it.
            pub const fn name(self) -> &'static str {
                match self {
                    $( Field::$field => $id, )+
                }
            }
        }
    };
}

fields! {
    Name = "name", "consult-name";
    Method = "method", "consult-method";
    Email = "email", "consult-email";
    Phone = "phone", "consult-phone";
    Language = "language", "consult-language";
    Availability = "availability", "consult-availability";
    Place = "place", "consult-place";
    Clinician = "clinician", "consult-clinician";
    Format = "format", "consult-format";
    Payment = "payment", "consult-payment";
}

impl Field {
    /// Whether every request needs it (the contact details depend on the
    /// method chosen; the clinician has "whoever fits", and the language of
    /// replies the page's own, chosen from the start).
    pub fn always_required(self) -> bool {
        !matches!(
            self,
            Field::Email | Field::Phone | Field::Language | Field::Clinician
        )
    }

    /// Whether the field is a choice of radio buttons.
    pub fn is_choice(self) -> bool {
        self.option_keys().is_some()
    }

    /// A choice's option keys, in the order of the form.
    pub fn option_keys(self) -> Option<Vec<&'static str>> {
        fn keys<T: Choice>() -> Vec<&'static str> {
            T::ALL.iter().map(|option| option.key()).collect()
        }
        match self {
            Field::Method => Some(keys::<ContactMethod>()),
            Field::Format => Some(keys::<SessionFormat>()),
            Field::Payment => Some(keys::<Payment>()),
            _ => None,
        }
    }

    /// The most characters an answer may have: the inputs' `maxlength`,
    /// and the relay's bound (a choice's keys are short).
    pub fn max_chars(self) -> usize {
        match self {
            Field::Availability => 500,
            Field::Email => 254,
            Field::Phone => 40,
            _ => 200,
        }
    }

    /// The id of one option's radio button.
    pub fn option_id(self, key: &str) -> String {
        format!("{}-{key}", self.name())
    }

    /// The id of the element to focus for this field: its input, or its
    /// first radio button.
    pub fn input_id(self) -> String {
        match self.option_keys() {
            Some(keys) => self.option_id(keys[0]),
            None => self.name().to_owned(),
        }
    }

    /// The id of the field's error message.
    pub fn error_id(self) -> String {
        format!("{}-error", self.name())
    }

    /// The id of the field's hint.
    pub fn hint_id(self) -> String {
        format!("{}-hint", self.name())
    }

    /// The id of a choice's legend.
    pub fn legend_id(self) -> String {
        format!("{}-legend", self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_derive_from_the_field() {
        assert_eq!(Field::Method.input_id(), "consult-method-email");
        assert_eq!(Field::Method.error_id(), "consult-method-error");
        assert_eq!(Field::Name.input_id(), "consult-name");
        assert_eq!(Field::Place.hint_id(), "consult-place-hint");
        assert!(Field::Payment.is_choice() && !Field::Email.is_choice());
    }

    #[test]
    fn a_field_is_named_on_the_wire_by_its_key() {
        for &field in Field::ALL {
            assert_eq!(
                serde_json::to_string(&field).unwrap(),
                format!("\"{}\"", field.key())
            );
        }
    }
}
