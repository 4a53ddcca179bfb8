package uk.apassure.audit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.Predicate;
import uk.apassure.audit.AuditSheet;
import uk.apassure.audit.EvidenceService;
import uk.apassure.audit.ItemAnswer;
import uk.apassure.audit.Outcome;
import uk.apassure.base.ui.Notices;

/**
 * One checklist item to fill: outcome as large radio buttons, note, expiry/review date where the
 * item needs one, evidence files to upload and download. Read-only when the user may not change it.
 */
class AuditItemCard extends Div {

    final RadioButtonGroup<Outcome> outcome = new RadioButtonGroup<>("Outcome");
    final TextArea note = new TextArea("Note");
    final DatePicker expiresOn = new DatePicker("Expiry or review date");
    final Button save = new Button("Save item");

    private final Div evidenceList = new Div();
    private final Span checked = new Span();
    private final EvidenceService evidence;
    private final boolean editable;
    private final Runnable onChanged;

    AuditItemCard(AuditSheet.Item item, boolean editable, Predicate<ItemAnswer> onSave, EvidenceService evidence,
            long auditId, Runnable onUploaded) {
        this.evidence = evidence;
        this.editable = editable;
        this.onChanged = onUploaded;
        addClassName("audit-item");
        getElement().setAttribute("data-item", String.valueOf(item.id()));
        Span prompt = new Span(item.prompt());
        prompt.addClassName("item-prompt");
        Span guidance = new Span(item.guidance());
        guidance.addClassName("item-guidance");
        add(prompt, tags(item), guidance);

        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(Outcome::label);
        note.setMaxLength(2000);
        note.setWidthFull();
        Binder<ItemForm> binder = new Binder<>(ItemForm.class);
        binder.forField(outcome).asRequired("Choose an outcome").bind(ItemForm::getOutcome, ItemForm::setOutcome);
        binder.forField(note).bind(ItemForm::getNote, ItemForm::setNote);
        binder.forField(expiresOn)
                .withValidator(date -> !item.needsExpiry() || date != null
                        || (outcome.getValue() != Outcome.MET && outcome.getValue() != Outcome.PARTLY_MET),
                        "Give the expiry or review date")
                .bind(ItemForm::getExpiresOn, ItemForm::setExpiresOn);
        binder.readBean(ItemForm.of(item));
        add(outcome, note);
        if (item.needsExpiry()) {
            add(expiresOn);
        }
        evidenceList.addClassName("evidence-list");
        checked.addClassName("item-guidance");
        add(evidenceList, checked);
        update(item);
        if (editable) {
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClassName("save-item");
            save.addClickListener(click -> {
                ItemForm form = new ItemForm();
                if (binder.writeBeanIfValid(form) && onSave.test(form.toAnswer())) {
                    Notices.saved("Saved: " + item.prompt());
                }
            });
            add(upload(evidence, auditId, item.id(), onUploaded), save);
        } else {
            binder.setReadOnly(true);
        }
    }

    /** Shows what was saved since the page opened (evidence, who checked it) without touching unsaved input. */
    void update(AuditSheet.Item item) {
        evidenceList.removeAll();
        for (AuditSheet.EvidenceFile file : item.evidence()) {
            Anchor link = new Anchor(Downloads.evidence(evidence, file.id()), AttachmentType.DOWNLOAD, file.fileName());
            link.addClassName("evidence-link");
            Div line = new Div(link, new Span(" · " + file.uploadedBy() + ", " + AuditFormat.when(file.uploadedAt())));
            if (editable) {
                Button remove = new Button("Remove", click -> {
                    if (AuditAttempt.run(() -> evidence.remove(file.id()))) {
                        Notices.saved("Removed " + file.fileName());
                        onChanged.run();
                    }
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                remove.addClassName("remove-evidence");
                remove.setAriaLabel("Remove " + file.fileName());
                line.add(remove);
            }
            evidenceList.add(line);
        }
        checked.setText(item.checked() == null ? "" : "Checked by " + AuditFormat.signOff(item.checked())
                + (item.confirmedBy() == null ? "" : " · confirmed by " + item.confirmedBy()));
    }

    private static Div tags(AuditSheet.Item item) {
        Div tags = new Div();
        tags.addClassName("item-tags");
        if (item.critical()) {
            tags.add(tag("Critical"));
        }
        if (item.dslConfirms()) {
            tags.add(tag("DSL confirms"));
        }
        if (item.evidenceRequired()) {
            tags.add(tag("Evidence required"));
        }
        return tags;
    }

    private static Span tag(String text) {
        Span tag = new Span(text);
        tag.addClassName("tag");
        return tag;
    }

    private static Upload upload(EvidenceService evidence, long auditId, long itemId, Runnable onUploaded) {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            // the service checks type by content and size again; the browser's limits are only a convenience
            boolean stored = AuditAttempt.run(() -> evidence.upload(auditId, itemId, metadata.fileName(), bytes));
            if (stored && ui != null) {
                ui.access(onUploaded::run);
            }
        }));
        upload.setMaxFileSize(EvidenceService.MAX_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/*", ".doc", ".docx", ".xls", ".xlsx", ".ppt",
                ".pptx", ".odt", ".ods");
        upload.addFileRejectedListener(event -> Notices.problem(event.getErrorMessage()));
        upload.addClassName("evidence-upload");
        return upload;
    }
}
