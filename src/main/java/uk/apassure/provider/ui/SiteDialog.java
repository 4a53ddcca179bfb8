package uk.apassure.provider.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import uk.apassure.base.ui.EditDialog;
import uk.apassure.base.ui.Notices;
import uk.apassure.provider.ProviderPage;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.SiteDetails;
import uk.apassure.provider.SiteKind;

/** Adds a satellite or subcontracted site, or edits any site's address. */
final class SiteDialog {

    private SiteDialog() {}

    static EditDialog add(ProviderService providers, long providerId, Runnable onSaved) {
        SiteForm form = new SiteForm();
        form.read(new SiteDetails());
        RadioButtonGroup<SiteKind> kind = new RadioButtonGroup<>("Kind of site");
        kind.setItems(SiteKind.SATELLITE, SiteKind.SUBCONTRACTED);
        kind.setItemLabelGenerator(SiteKind::label);
        kind.setValue(SiteKind.SATELLITE);
        VerticalLayout content = new VerticalLayout(kind, form);
        content.setPadding(false);
        return new EditDialog("Add a site", content, "Add site", () -> {
            SiteDetails details = new SiteDetails();
            if (form.writeInto(details)
                    && Attempt.run(() -> providers.addSite(providerId, kind.getValue(), details))) {
                Notices.saved("Site added");
                onSaved.run();
                return true;
            }
            return false;
        });
    }

    static EditDialog edit(ProviderService providers, ProviderPage.Site site, Runnable onSaved) {
        SiteForm form = new SiteForm();
        form.read(site.details());
        return new EditDialog("Edit " + site.kind().label().toLowerCase(), form, "Save", () -> {
            if (form.writeInto(site.details()) && Attempt.run(() -> providers.updateSite(site.id(), site.details()))) {
                Notices.saved("Site saved");
                onSaved.run();
                return true;
            }
            return false;
        });
    }
}
