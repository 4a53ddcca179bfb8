package uk.apassure.provider.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import uk.apassure.base.ui.EditDialog;
import uk.apassure.base.ui.Notices;
import uk.apassure.provider.ProviderDetails;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.SiteDetails;

/** Adds a provider to the register, always with its main site's address. It starts as prospective. */
class ProviderCreateDialog extends EditDialog {

    ProviderCreateDialog(ProviderService providers, LocalDate today, LongConsumer onCreated) {
        this(new ProviderDetailsForm(today), new SiteForm(), providers, onCreated);
    }

    private ProviderCreateDialog(ProviderDetailsForm detailsForm, SiteForm siteForm, ProviderService providers,
            LongConsumer onCreated) {
        super("Add a provider", content(detailsForm, siteForm), "Add provider", () -> {
            ProviderDetails details = new ProviderDetails();
            SiteDetails mainSite = new SiteDetails();
            boolean valid = detailsForm.writeInto(details) & siteForm.writeInto(mainSite);
            AtomicLong id = new AtomicLong();
            if (valid && Attempt.run(() -> id.set(providers.create(details, mainSite)))) {
                Notices.saved(details.getName() + " was added as a prospective provider");
                onCreated.accept(id.get());
                return true;
            }
            return false;
        });
        ProviderDetails blank = new ProviderDetails();
        detailsForm.read(blank);
        siteForm.read(new SiteDetails());
        siteForm.name.setValue("Main site");
    }

    private static VerticalLayout content(ProviderDetailsForm detailsForm, SiteForm siteForm) {
        Paragraph note = new Paragraph("A new provider starts as prospective. Its status changes later, with a"
                + " reason, once the checks are done.");
        note.addClassName("hint");
        VerticalLayout content = new VerticalLayout(note, detailsForm, new H3("Main site"), siteForm);
        content.setPadding(false);
        return content;
    }
}
