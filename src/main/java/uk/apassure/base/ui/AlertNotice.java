package uk.apassure.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * An {@link InAppAlert} as the user sees it: it stays until dismissed or opened, at the top of the
 * page (clear of the form fields a visitor is typing in), with a link to the record.
 */
final class AlertNotice {

    private AlertNotice() {}

    static Notification show(InAppAlert alert) {
        Notification notification = new Notification();
        notification.setDuration(0);
        notification.setPosition(Notification.Position.TOP_END);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.addClassName("in-app-alert");

        Span title = new Span(alert.title());
        title.addClassName("in-app-alert-title");
        Span text = new Span(alert.text());
        Anchor open = new Anchor(alert.path(), "Open it");
        // handled by the router inside the page (no reload), like a RouterLink
        open.getElement().setAttribute("router-link", true);
        open.getElement().addEventListener("click", event -> notification.close());
        open.addClassName("in-app-alert-open");
        Button dismiss = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> notification.close());
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_CONTRAST);
        dismiss.setAriaLabel("Dismiss");

        Div body = new Div(VaadinIcon.WARNING.create(), new Div(title, text, open), dismiss);
        body.addClassName("in-app-alert-body");
        notification.add(body);
        notification.open();
        return notification;
    }
}
