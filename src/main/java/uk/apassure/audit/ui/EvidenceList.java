package uk.apassure.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import uk.apassure.audit.AuditSheet;
import uk.apassure.audit.EvidenceService;
import uk.apassure.base.ui.Notices;

/**
 * An item's evidence files as download links (each request checked again by the service), with
 * "Remove" while the item may change. Redrawn only when the files change.
 */
class EvidenceList extends Div {

    private final EvidenceService evidence;
    private final boolean editable;
    private final Runnable onRemoved;
    private List<AuditSheet.EvidenceFile> shown = List.of();
    private boolean drawn;

    EvidenceList(EvidenceService evidence, boolean editable, Runnable onRemoved) {
        this.evidence = evidence;
        this.editable = editable;
        this.onRemoved = onRemoved;
        addClassName("evidence-list");
    }

    void show(AuditSheet.Item item) {
        if (drawn && item.evidence().equals(shown)) {
            return;
        }
        drawn = true;
        shown = item.evidence();
        removeAll();
        item.evidence().forEach(file -> add(line(file)));
        if (!editable && item.evidenceRequired() && !item.hasEvidence()) {
            add(new Span("No evidence file"));
        }
    }

    private Div line(AuditSheet.EvidenceFile file) {
        Anchor link = new Anchor(Downloads.evidence(evidence, file.id()), AttachmentType.DOWNLOAD, file.fileName());
        link.addClassName("evidence-link");
        Div line = new Div(link, new Span(" · " + file.uploadedBy() + ", " + AuditFormat.when(file.uploadedAt())));
        line.addClassName("evidence-line");
        if (editable) {
            Button remove = new Button("Remove", click -> {
                if (AuditAttempt.run(() -> evidence.remove(file.id()))) {
                    Notices.saved("Removed " + file.fileName());
                    onRemoved.run();
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.addClassName("remove-evidence");
            remove.setAriaLabel("Remove " + file.fileName());
            line.add(remove);
        }
        return line;
    }
}
