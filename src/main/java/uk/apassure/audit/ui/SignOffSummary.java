package uk.apassure.audit.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import uk.apassure.audit.AuditSheet;
import uk.apassure.audit.Outcome;
import uk.apassure.base.time.UkDates;

/**
 * What a sign-off confirms, shown before it is given: the overall and section RAG, how the items
 * were answered, and the items themselves (the DSL's safeguarding items, or what SLT should look
 * at before deciding), each with its evidence and date.
 */
class SignOffSummary extends Div {

    SignOffSummary(AuditSheet sheet, String itemsHeading, List<AuditSheet.Item> items, String noItems,
            LocalDate today) {
        addClassName("sign-off-summary");
        Div rags = new Div(new RagBadge(sheet.rag(), "Overall: " + sheet.rag().label()));
        rags.addClassName("summary-rags");
        sheet.sections().forEach(section -> rags.add(new RagBadge(section.rag(), section.title() + ": "
                + section.rag().label())));
        add(rags, new Paragraph(counts(sheet.items())));
        add(new H4(itemsHeading));
        if (items.isEmpty()) {
            add(new Paragraph(noItems));
        }
        items.forEach(item -> add(line(item, today)));
    }

    /** Items SLT should weigh: not met or partly met, without the evidence they need, or overdue. */
    static List<AuditSheet.Item> needingAttention(AuditSheet sheet, LocalDate today) {
        return sheet.items().stream().filter(item -> item.outcome() == null || item.outcome() == Outcome.NOT_MET
                || item.outcome() == Outcome.PARTLY_MET
                || (item.outcome() == Outcome.MET && !item.mayBeMet())
                || (item.expiresOn() != null && item.expiresOn().isBefore(today))).toList();
    }

    static String counts(List<AuditSheet.Item> items) {
        StringBuilder text = new StringBuilder();
        for (Outcome outcome : Outcome.values()) {
            long n = items.stream().filter(item -> item.outcome() == outcome).count();
            if (n > 0) {
                text.append(text.isEmpty() ? "" : " · ").append(n).append(' ').append(outcome.label().toLowerCase());
            }
        }
        long open = items.stream().filter(item -> item.outcome() == null).count();
        return open == 0 ? text.toString() : text + (text.isEmpty() ? "" : " · ") + open + " not answered";
    }

    private static Div line(AuditSheet.Item item, LocalDate today) {
        Span prompt = new Span(item.prompt());
        prompt.addClassName("summary-prompt");
        Span outcome = new Span(item.outcome() == null ? "Not answered" : item.outcome().label());
        outcome.addClassName("summary-outcome");
        Div line = new Div(prompt, outcome, new Span(evidence(item)));
        if (item.expiresOn() != null) {
            boolean overdue = item.expiresOn().isBefore(today);
            Span date = new Span((overdue ? "Expired " : "Expires ") + UkDates.date(item.expiresOn()));
            if (overdue) {
                date.addClassName("overdue-text");
            }
            line.add(date);
        }
        if (!item.note().isBlank()) {
            line.add(new Span("Note: " + item.note()));
        }
        line.addClassName("summary-item");
        return line;
    }

    private static String evidence(AuditSheet.Item item) {
        if (!item.evidence().isEmpty()) {
            return "Evidence: " + String.join(", ", item.evidence().stream().map(AuditSheet.EvidenceFile::fileName)
                    .toList());
        }
        if (item.seenNotKeptReason() != null) {
            return "Seen on site, not kept: " + item.seenNotKeptReason();
        }
        return item.evidenceRequired() ? "No evidence" : "";
    }
}
