package uk.apassure.provider.ui;

import uk.apassure.base.ui.EditDialog;
import uk.apassure.base.ui.Notices;
import uk.apassure.provider.ContactDetails;
import uk.apassure.provider.ProviderPage;
import uk.apassure.provider.ProviderService;

/** Adds or edits a named contact. */
final class ContactDialog {

    private ContactDialog() {}

    static EditDialog add(ProviderService providers, long providerId, Runnable onSaved) {
        ContactForm form = new ContactForm();
        form.read(new ContactDetails());
        return new EditDialog("Add a contact", form, "Add contact", () -> {
            ContactDetails details = new ContactDetails();
            if (form.writeInto(details) && Attempt.run(() -> providers.addContact(providerId, details))) {
                Notices.saved("Contact added");
                onSaved.run();
                return true;
            }
            return false;
        });
    }

    static EditDialog edit(ProviderService providers, ProviderPage.Contact contact, Runnable onSaved) {
        ContactForm form = new ContactForm();
        form.read(contact.details());
        return new EditDialog("Edit contact", form, "Save", () -> {
            if (form.writeInto(contact.details())
                    && Attempt.run(() -> providers.updateContact(contact.id(), contact.details()))) {
                Notices.saved("Contact saved");
                onSaved.run();
                return true;
            }
            return false;
        });
    }
}
