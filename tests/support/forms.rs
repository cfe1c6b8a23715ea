//! Filling in the site's consultation request, as a visitor would.

use super::Browser;

impl Browser {
    /// Fills in a complete consultation request, to be answered by `method`
    /// (`email` or `phone`) and paid by `payment` (`insurance` or `self-pay`).
    pub async fn fill_in_request(&self, method: &str, payment: &str) {
        self.find("#consult-name")
            .await
            .send_keys("Alex Rivera")
            .await
            .unwrap();
        self.click(&format!("#consult-method-{method}")).await;
        let (field, detail) = match method {
            "email" => ("#consult-email", "alex@example.org"),
            _ => ("#consult-phone", "(503) 555-0100"),
        };
        self.find(field).await.send_keys(detail).await.unwrap();
        self.find("#consult-availability")
            .await
            .send_keys("Weekday evenings")
            .await
            .unwrap();
        self.find("#consult-place")
            .await
            .select_by_value("Washington")
            .await
            .unwrap();
        self.click("#consult-format-telehealth").await;
        self.click(&format!("#consult-payment-{payment}")).await;
    }

    /// Presses the consultation request's send button.
    pub async fn send_request(&self) {
        self.click(".consult__form button[type=submit]").await;
    }

    /// The text of the first element `css` finds.
    pub async fn text_of(&self, css: &str) -> String {
        self.find(css).await.text().await.unwrap_or_default()
    }

    /// The current value of the form control `css` finds.
    pub async fn value_of(&self, css: &str) -> String {
        self.find(css)
            .await
            .prop("value")
            .await
            .ok()
            .flatten()
            .unwrap_or_default()
    }

    /// Waits until the request's status line says `words`.
    pub async fn wait_for_status(&self, words: &str) {
        self.wait_until(
            &format!("document.querySelector('.consult__status').textContent === {words:?}"),
            &format!("the status says {words:?}"),
        )
        .await;
    }
}
