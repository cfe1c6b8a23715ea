/// Declares a content type once: the plain data the site uses, plus (with the
/// `build` feature) its strict TOML deserializer and its code generator.
macro_rules! content_type {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$field_meta:meta])* pub $field:ident : $ty:ty ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq)]
        #[cfg_attr(feature = "build", derive(serde::Deserialize))]
        #[cfg_attr(feature = "build", serde(deny_unknown_fields))]
        pub struct $name {
            $( $(#[$field_meta])* pub $field: $ty, )*
        }

        #[cfg(feature = "build")]
        impl $crate::bake::Bake for $name {
            fn bake(&self, out: &mut String) {
                out.push_str(concat!("::site_content::", stringify!($name), " { "));
                $(
                    out.push_str(concat!(stringify!($field), ": "));
                    self.$field.bake(out);
                    out.push_str(", ");
                )*
                out.push('}');
            }
        }
    };
}
