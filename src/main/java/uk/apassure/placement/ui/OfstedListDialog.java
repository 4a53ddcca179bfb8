package uk.apassure.placement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.FileDownload;
import uk.apassure.placement.OfstedList;
import uk.apassure.placement.OfstedListService;
import uk.apassure.provider.RegistrationTrigger.State;

/**
 * The Ofsted-call list on screen, to read from when the call comes, with the same list to download
 * as PDF and CSV. Each download reads the list again through the service, which checks the user.
 */
class OfstedListDialog extends Dialog {

    OfstedListDialog(OfstedListService service, OfstedList list) {
        setHeaderTitle("Ofsted-call list: " + list.schoolName());
        addClassNames("edit-dialog", "ofsted-list-dialog");
        Anchor pdf = new Anchor(FileDownload.of(service::pdf, "ofsted-list.pdf", "application/pdf"),
                AttachmentType.DOWNLOAD, "Download PDF");
        Anchor csv = new Anchor(FileDownload.of(service::csv, "ofsted-list.csv", "text/csv"), AttachmentType.DOWNLOAD,
                "Download CSV");
        pdf.addClassName("ofsted-pdf");
        csv.addClassName("ofsted-csv");
        Div downloads = new Div(pdf, csv);
        downloads.addClassName("ofsted-downloads");
        Paragraph about = new Paragraph("Providers where the school's pupils are placed or proposed to be, on "
                + UkDates.date(list.producedOn()) + ". The registration trigger counts pupils of every school of"
                + " the trust.");
        about.addClassName("hint");
        add(about, downloads);
        if (list.providers().isEmpty()) {
            add(new Paragraph("No pupil of the school is placed with a provider, or proposed for one."));
        }
        list.providers().forEach(provider -> add(card(provider)));
        getFooter().add(new Button("Close", click -> close()));
    }

    private static Div card(OfstedList.AtProvider provider) {
        Span name = new Span(provider.name());
        name.addClassName("card-title");
        Div card = new Div(name, line(provider.type() + " · " + provider.registration() + " · URN "
                + (provider.urn() == null ? "none" : provider.urn()) + " · Ofsted: " + provider.ofsted()));
        if (provider.registrationTrigger() != null) {
            Span flag = new Span(provider.triggerSummary());
            flag.addClassNames("trigger-badge", provider.registrationTrigger().state() == State.TRIGGERED
                    ? "trigger-over" : "trigger-would");
            card.add(flag);
        }
        provider.siteLines().forEach(site -> card.add(line(site)));
        Span pupils = line(provider.pupilCount() + (provider.pupilCount() == 1 ? " pupil: " : " pupils: ")
                + provider.reasons());
        pupils.addClassName("ofsted-pupils");
        card.add(pupils);
        for (OfstedList.Pupil pupil : provider.pupils()) {
            Span line = line(pupil.name() + " · " + pupil.year() + " · " + pupil.type().label() + " · "
                    + pupil.status().label() + " · starts " + pupil.starts() + " · " + pupil.hoursPerWeek()
                    + " hours a week" + (pupil.needs().isEmpty() ? "" : " · " + pupil.needs()));
            line.addClassName("cell-note");
            card.add(line);
        }
        card.addClassNames("card", "ofsted-provider");
        return card;
    }

    private static Span line(String text) {
        Span line = new Span(text);
        line.addClassName("card-body");
        return line;
    }
}
