package uk.apassure.provider.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import uk.apassure.provider.ContactDetails;

/** A contact's phone and e-mail as links a tablet or phone acts on: {@code tel:} to call, {@code mailto:} to write. */
final class ContactLinks {

    private ContactLinks() {}

    static Div of(ContactDetails details) {
        Div links = new Div();
        links.addClassName("contact-links");
        if (!details.getPhone().isBlank()) {
            Anchor call = new Anchor("tel:" + dialable(details.getPhone()), details.getPhone());
            call.addComponentAsFirst(VaadinIcon.PHONE.create());
            call.addClassName("contact-phone");
            links.add(call);
        }
        if (!details.getEmail().isBlank()) {
            Anchor write = new Anchor("mailto:" + details.getEmail().trim(), details.getEmail());
            write.addComponentAsFirst(VaadinIcon.ENVELOPE_O.create());
            write.addClassName("contact-email");
            links.add(write);
        }
        return links;
    }

    /** "01632 960 123" → "01632960123"; a leading + stays (international numbers). */
    static String dialable(String phone) {
        String trimmed = phone.trim();
        String digits = trimmed.replaceAll("[^0-9]", "");
        return trimmed.startsWith("+") ? "+" + digits : digits;
    }
}
