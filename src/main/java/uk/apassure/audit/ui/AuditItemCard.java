package uk.apassure.audit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.apassure.audit.AuditSheet;
import uk.apassure.audit.EvidenceService;
import uk.apassure.audit.ItemAnswer;
import uk.apassure.audit.ItemSaved;
import uk.apassure.audit.Outcome;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.DateFields;
import uk.apassure.base.ui.TextLimit;

/**
 * One checklist item to fill: outcome as large radio buttons, note, expiry/review date where the
 * item needs one, evidence files (or "seen on site, not kept" with a reason). Every change is saved
 * on its own a moment later, with the item's version (optimistic locking); the card says "Saved
 * 10:42" or why it is not saved, and keeps what was typed either way. Read-only when the user may
 * not change it.
 */
class AuditItemCard extends Div {

    /** Saves one item's answer; throws the service's refusal. */
    interface Saver {
        ItemSaved save(long itemId, long version, ItemAnswer answer);
    }

    static final String MET_NEEDS_EVIDENCE = "To mark it met, upload the evidence, or tick \"Seen on site, not"
            + " kept\" and say why.";

    final RadioButtonGroup<Outcome> outcome = new RadioButtonGroup<>("Outcome");
    final TextArea note = new TextArea("Note");
    final DatePicker expiresOn;
    final Checkbox seenNotKept = new Checkbox("Seen on site, not kept");
    final TextField seenReason = new TextField("Why was it not kept?");
    final SaveStatus status = new SaveStatus();
    final @Nullable EvidenceUpload upload;

    private final EvidenceList evidenceList;
    private final Span checked = new Span();
    private final Span expiry = new Span();
    private final Span overdueTag = tag("Overdue");
    private final boolean editable;
    private final Saver saver;
    private final Clock clock;
    private final Runnable onSaved;
    private AuditSheet.Item item;
    private @Nullable Boolean metAllowed;
    private boolean dateDemanded;
    private long version;
    private ItemAnswer saved;

    AuditItemCard(AuditSheet.Item item, boolean editable, Saver saver, EvidenceService evidence, long auditId,
            Clock clock, Runnable onSaved) {
        this.item = item;
        this.version = item.version();
        this.editable = editable;
        this.saver = saver;
        this.clock = clock;
        this.onSaved = onSaved;
        this.saved = new ItemAnswer(item.outcome(), item.note(), item.expiresOn(), item.seenNotKeptReason());
        this.expiresOn = DateFields.date("Expiry or review date", LocalDate.now(clock));
        this.evidenceList = new EvidenceList(evidence, editable, this::evidenceChanged);
        addClassName("audit-item");
        getElement().setAttribute("data-item", String.valueOf(item.id()));
        Span prompt = new Span(item.prompt());
        prompt.addClassName("item-prompt");
        Span guidance = new Span(item.guidance());
        guidance.addClassName("item-guidance");
        Div tags = tags(item);
        overdueTag.addClassName("tag-overdue");
        tags.add(overdueTag);
        Div head = new Div(prompt, status);
        head.addClassName("item-head");
        add(head, tags, guidance);

        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(Outcome::label);
        outcome.setValue(item.outcome());
        TextLimit.atMost(2000, note);
        note.setWidthFull();
        note.addClassName("item-note");
        note.setValue(item.note());
        sendWhenPausedOrLeft(note);
        expiresOn.setValue(item.expiresOn());
        expiresOn.addClassName("item-expiry");
        expiry.addClassName("item-expiry-state");
        seenNotKept.setValue(item.seenNotKeptReason() != null);
        seenReason.setValue(item.seenNotKeptReason() == null ? "" : item.seenNotKeptReason());
        TextLimit.atMost(500, seenReason);
        seenReason.setWidthFull();
        seenReason.setPlaceholder("e.g. the single central record holds staff personal data");
        sendWhenPausedOrLeft(seenReason);
        add(outcome, note);
        if (item.needsExpiry()) {
            add(expiresOn, expiry);
        }
        checked.addClassName("item-guidance");
        add(evidenceList);
        Div seen = new Div(seenNotKept, seenReason);
        seen.addClassName("seen-not-kept");
        if (editable) {
            upload = new EvidenceUpload(evidence, auditId, item.id(), this::evidenceChanged);
            add(upload);
            getElement().setAttribute("data-saved-note", item.note());
            outcome.addValueChangeListener(e -> autosave());
            note.addValueChangeListener(e -> autosave());
            expiresOn.addValueChangeListener(e -> {
                showExpiry();
                UI ui = UI.getCurrent();
                if (e.getValue() == null && ui != null) {
                    // emptied, or typed as a date the browser cannot read: the field learns which later in
                    // this round trip ("unparsable-change"), and an unreadable date must never be saved as none
                    ui.beforeClientResponse(expiresOn, context -> autosave());
                } else {
                    autosave();
                }
            });
            seenNotKept.addValueChangeListener(e -> {
                seenReason.setVisible(e.getValue());
                allowMet();
                autosave();
            });
            seenReason.addValueChangeListener(e -> autosave());
        } else {
            upload = null;
            outcome.setReadOnly(true);
            note.setReadOnly(true);
            note.setVisible(!item.note().isBlank());
            expiresOn.setReadOnly(true);
            seenNotKept.setReadOnly(true);
            seenReason.setReadOnly(true);
        }
        seenReason.setVisible(seenNotKept.getValue());
        if (item.evidenceRequired()) {
            // the alternative to a file, under the upload
            add(seen);
        }
        add(checked);
        update(item);
        showExpiry();
    }

    /**
     * Text is sent (and saved) when the user pauses typing, and also the moment they leave the
     * field: leaving fires "change" before the click that follows it, so a link or button pressed
     * straight after typing reaches the server after the text, never before.
     */
    private static void sendWhenPausedOrLeft(TextFieldBase<?, String> field) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(700);
        field.getElement().addEventListener("change", event -> {
            String typed = event.getEventData().path("element.value").asString("");
            if (!typed.equals(field.getValue())) {
                field.setValue(typed);
            }
        }).addEventData("element.value");
    }

    /** The answer as it stands on screen. */
    ItemAnswer answer() {
        return new ItemAnswer(outcome.getValue(), note.getValue(), expiresOn.getValue(),
                seenNotKept.getValue() ? seenReason.getValue() : null);
    }

    /** Something typed or chosen here is not (yet) saved. */
    boolean hasUnsaved() {
        return editable && !answer().equals(saved);
    }

    String prompt() {
        return item.prompt();
    }

    /** Saves what is on screen, unless it is already saved or obviously still being typed. */
    void autosave() {
        if (!editable) {
            return;
        }
        ItemAnswer answer = answer();
        if (answer.equals(saved)) {
            unsaved(false);
            status.clear();
            return;
        }
        unsaved(true);
        if (dateDemanded) {
            // back to the field's own messages (format, earliest, latest)
            expiresOn.setErrorMessage(null);
            expiresOn.setInvalid(false);
            dateDemanded = false;
        }
        if (expiresOn.isInvalid()) {
            status.problem("Not saved: check the date (dd/mm/yyyy)");
            return;
        }
        if (seenNotKept.getValue() && seenReason.getValue().isBlank()) {
            status.waiting("Say why it was not kept, and it saves");
            return;
        }
        boolean found = answer.outcome() == Outcome.MET || answer.outcome() == Outcome.PARTLY_MET;
        if (item.needsExpiry() && found && answer.expiresOn() == null) {
            // the service refuses it too; said here next to the field, before a round trip
            expiresOn.setErrorMessage("Give the expiry or review date");
            expiresOn.setInvalid(true);
            dateDemanded = true;
            status.problem("Not saved: Give the expiry or review date below");
            return;
        }
        ItemSaved[] result = new ItemSaved[1];
        if (AuditAttempt.run(() -> result[0] = saver.save(item.id(), version, answer),
                message -> status.problem("Not saved: " + message))) {
            version = result[0].version();
            saved = answer;
            unsaved(false);
            getElement().setAttribute("data-saved-note", answer.note());
            status.saved(clock);
            onSaved.run();
        }
    }

    /** The browser's leave guard reads this; the server's knows it from {@link #hasUnsaved()}. */
    private void unsaved(boolean unsaved) {
        if (unsaved) {
            getElement().setAttribute("data-unsaved", "");
        } else {
            getElement().removeAttribute("data-unsaved");
        }
    }

    /** After a file was stored or removed: the page reloads the item; an answer waiting for it saves now. */
    private void evidenceChanged() {
        onSaved.run();
        if (hasUnsaved()) {
            autosave();
        }
    }

    /** Shows what was saved since the page opened (evidence, who checked it) without touching unsaved input. */
    void update(AuditSheet.Item latest) {
        this.item = latest;
        checked.setText(latest.checked() == null ? "" : "Checked by " + AuditFormat.signOff(latest.checked())
                + (latest.confirmedBy() == null ? "" : " · confirmed by " + latest.confirmedBy()));
        allowMet();
        evidenceList.show(latest);
    }

    /** 001 §7.8: the check stands on its evidence; "met" needs a file or "seen on site, not kept". */
    private void allowMet() {
        boolean may = !editable || !item.evidenceRequired() || !item.evidence().isEmpty() || seenNotKept.getValue();
        if (metAllowed != null && metAllowed == may) {
            // setting the provider again redraws every radio button: only when it changes
            return;
        }
        metAllowed = may;
        outcome.setItemEnabledProvider(choice -> choice != Outcome.MET || may);
        outcome.setHelperText(may ? null : MET_NEEDS_EVIDENCE);
    }

    /** Evidence that has already expired is kept, and shown as overdue until it is renewed. */
    private void showExpiry() {
        LocalDate date = expiresOn.getValue();
        boolean overdue = date != null && date.isBefore(LocalDate.now(clock));
        expiry.setText(overdue ? "Expired on " + UkDates.date(date) + ": overdue until it is renewed" : "");
        setClassName("overdue", overdue);
        overdueTag.setVisible(overdue);
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
        if (item.standardRef() != null) {
            Span standard = tag(AuditSheet.STANDARD_LABEL + item.standardRef());
            standard.addClassName("tag-standard");
            tags.add(standard);
        }
        return tags;
    }

    private static Span tag(String text) {
        Span tag = new Span(text);
        tag.addClassName("tag");
        return tag;
    }
}
