//! The answers the form offers as radio buttons.

use serde::{Deserialize, Serialize};

/// A choice the form offers as radio buttons, each option named by a key:
/// its radio button's value, the end of its id, and its value on the wire.
pub trait Choice: Copy + Sized + 'static {
    /// Every option, in the order of the form.
    const ALL: &'static [Self];
    /// The option's key.
    fn key(self) -> &'static str;
    /// The option with this key.
    fn from_key(key: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|option| option.key() == key)
    }
}

/// Declares a choice once: its options and their keys, which serde uses too.
macro_rules! choice {
    ($(#[$meta:meta])* $name:ident { $($option:ident = $key:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
        pub enum $name {
            $( #[serde(rename = $key)] $option, )+
        }

        impl Choice for $name {
            const ALL: &'static [Self] = &[$($name::$option),+];
            fn key(self) -> &'static str {
                match self {
                    $( $name::$option => $key, )+
                }
            }
        }
    };
}

choice! {
    /// How the visitor would like to be contacted.
    ContactMethod { Email = "email", Phone = "phone" }
}

choice! {
    /// Where the visitor would like to meet.
    SessionFormat { InPerson = "in-person", Telehealth = "telehealth", Either = "either" }
}

choice! {
    /// How the visitor expects to pay.
    Payment { SelfPay = "self-pay", Insurance = "insurance" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_are_found_by_key_and_serde_uses_the_same_keys() {
        assert_eq!(
            SessionFormat::from_key("in-person"),
            Some(SessionFormat::InPerson)
        );
        assert_eq!(Payment::from_key("cash"), None);
        for &option in SessionFormat::ALL {
            let json = serde_json::to_string(&option).unwrap();
            assert_eq!(json, format!("\"{}\"", option.key()));
        }
    }
}
