package uk.apassure.audit.ui;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.apassure.audit.AuditSheet;
import uk.apassure.audit.ItemAnswer;
import uk.apassure.audit.Outcome;

/** The editable part of one audit item, as the item card's binder holds it. */
public class ItemForm {

    private @Nullable Outcome outcome;
    private String note = "";
    private @Nullable LocalDate expiresOn;

    static ItemForm of(AuditSheet.Item item) {
        ItemForm form = new ItemForm();
        form.outcome = item.outcome();
        form.note = item.note();
        form.expiresOn = item.expiresOn();
        return form;
    }

    ItemAnswer toAnswer() {
        if (outcome == null) {
            throw new IllegalStateException("Validated before: an outcome is chosen");
        }
        return new ItemAnswer(outcome, note, expiresOn);
    }

    public @Nullable Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(@Nullable Outcome outcome) {
        this.outcome = outcome;
    }

    public String getNote() {
        return note;
    }

    public void setNote(@Nullable String note) {
        this.note = note == null ? "" : note;
    }

    public @Nullable LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(@Nullable LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
