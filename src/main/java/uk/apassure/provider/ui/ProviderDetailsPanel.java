package uk.apassure.provider.ui;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import uk.apassure.base.time.UkDates;
import uk.apassure.provider.ProviderDetails;

/** The register details as a calm list of labelled facts. All user text is set as text, never as HTML. */
class ProviderDetailsPanel extends ProviderView.Section {

    ProviderDetailsPanel(ProviderDetails details) {
        super("Details", null);
        DescriptionList list = new DescriptionList();
        list.addClassName("facts");
        fact(list, "Type", details.getType() == null ? "–" : details.getType().label());
        fact(list, "Registration", details.getRegistration() == null ? "–" : details.getRegistration().label());
        fact(list, "DfE URN", details.getUrn());
        fact(list, "Ofsted", details.getOfstedJudgement() == null ? "–"
                : details.getOfstedJudgement().label() + (details.getOfstedDate() == null ? ""
                        : " (" + UkDates.date(details.getOfstedDate()) + ")"));
        fact(list, "LA-approved list", !details.isLaApproved() ? "No" : details.getLaApprovedUntil() == null ? "Yes"
                : "Yes, until " + UkDates.date(details.getLaApprovedUntil()));
        fact(list, "Key stages", details.getKeyStages());
        fact(list, "Capacity", details.getCapacity() == null ? "" : details.getCapacity() + " pupils");
        fact(list, "Cost per session", details.getCostPerSession() == null ? "" : "£" + details.getCostPerSession());
        fact(list, "Offer", details.getOffer());
        if (!details.getWebsite().isBlank()) {
            // only http(s) addresses pass validation, so the link cannot run script
            Anchor link = new Anchor(details.getWebsite(), details.getWebsite());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            list.add(new DescriptionList.Term("Website"), new DescriptionList.Description(link));
        }
        add(list);
    }

    private static void fact(DescriptionList list, String label, String value) {
        list.add(new DescriptionList.Term(label),
                new DescriptionList.Description(new Span(value == null || value.isBlank() ? "–" : value)));
    }
}
