//! Turns loaded content into Rust source: a `static` the site compiles in.

use std::borrow::Cow;

/// A value that can write itself as a Rust constant expression.
pub trait Bake {
    /// Appends the expression that rebuilds `self` to `out`.
    fn bake(&self, out: &mut String);
}

/// Writes a string literal; Rust's debug form escapes it correctly.
pub fn bake_str(value: &str, out: &mut String) {
    out.push_str(&format!("{value:?}"));
}

impl<T: Bake + Clone> Bake for Cow<'static, [T]> {
    fn bake(&self, out: &mut String) {
        out.push_str("::std::borrow::Cow::Borrowed(&[");
        for item in self.iter() {
            item.bake(out);
            out.push_str(", ");
        }
        out.push_str("])");
    }
}

impl<T: Bake> Bake for Option<T> {
    fn bake(&self, out: &mut String) {
        match self {
            Some(value) => {
                out.push_str("Some(");
                value.bake(out);
                out.push(')');
            }
            None => out.push_str("None"),
        }
    }
}

impl Bake for bool {
    fn bake(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

/// The source of `pub static NAME: Type = ...;`.
pub fn bake_static(name: &str, type_name: &str, value: &dyn Bake) -> String {
    let mut out = format!("pub static {name}: ::site_content::{type_name} = ");
    value.bake(&mut out);
    out.push_str(";\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Text;

    #[test]
    fn strings_are_escaped_as_rust_literals() {
        let mut out = String::new();
        bake_str("She said \"hello\"\\ — ok", &mut out);
        assert_eq!(out, r#""She said \"hello\"\\ — ok""#);
    }

    #[test]
    fn lists_and_options_bake_to_constant_expressions() {
        let list: Cow<'static, [Text]> = Cow::Owned(vec![Text::new("a")]);
        let mut out = String::new();
        Some(list).bake(&mut out);
        assert_eq!(
            out,
            "Some(::std::borrow::Cow::Borrowed(&[::site_content::Text::new(\"a\"), ]))"
        );
    }
}
