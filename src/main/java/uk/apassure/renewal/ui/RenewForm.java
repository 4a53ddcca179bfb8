package uk.apassure.renewal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.apassure.audit.EvidenceService;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.Attempt;
import uk.apassure.base.ui.DateFields;
import uk.apassure.base.ui.EditDialog;
import uk.apassure.base.ui.Notices;
import uk.apassure.renewal.RenewalItem;
import uk.apassure.renewal.RenewalService;

/**
 * Renews one row, or several rows of one provider, in one step: the new evidence (one file for all
 * of them, checked as audit evidence is: type by content, 20 MB) and the date it runs to. A refused
 * file or date says why under the form and nothing is saved; the dialog closes only once renewed.
 */
class RenewForm extends Div {

    final DatePicker newDate;
    final Upload upload = new Upload();
    final Div problem = new Div();
    private final RenewalService renewals;
    private final List<RenewalItem> rows;
    private @Nullable String fileName;
    private byte @Nullable [] content;

    RenewForm(RenewalService renewals, List<RenewalItem> rows, LocalDate today) {
        this.renewals = renewals;
        this.rows = List.copyOf(rows);
        addClassName("renew-form");
        UnorderedList what = new UnorderedList();
        rows.forEach(row -> what.add(new ListItem(row.what() + " · " + row.providerName() + " · due "
                + UkDates.date(row.dueOn()))));
        newDate = DateFields.date("New expiry or review date", today.plusDays(1), today.plusYears(10));
        newDate.setRequiredIndicatorVisible(true);
        newDate.addClassName("renew-date");
        UI ui = UI.getCurrent();
        upload.setMaxFileSize(EvidenceService.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/*", ".doc", ".docx", ".xls", ".xlsx", ".odt");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne("Upload the new document…"))
                .setError(new UploadI18N.Error().setFileIsTooBig("The file is larger than 20 MB, the limit for one file.")
                        .setIncorrectFileType("Only PDFs, photos and scans, and Office documents are accepted.")));
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            if (ui != null) {
                ui.access(() -> received(metadata.fileName(), bytes));
            }
        }));
        upload.addFileRejectedListener(e -> problem.setText("\"" + e.getFileName() + "\" was not uploaded: "
                + e.getErrorMessage()));
        upload.addFileRemovedListener(e -> forgetFile());
        upload.addClassName("renew-upload");
        problem.addClassName("upload-problem");
        problem.getElement().setAttribute("role", "alert");
        add(what, new Paragraph(rows.size() == 1 ? "Upload the new document and the date it runs to."
                : "One file for all of them (for example the provider's insurance schedule) and one new date."),
                newDate, upload, problem);
    }

    static EditDialog dialog(RenewalService renewals, List<RenewalItem> rows, LocalDate today, Runnable onRenewed) {
        RenewForm form = new RenewForm(renewals, rows, today);
        String title = rows.size() == 1 ? "Renew: " + rows.getFirst().what()
                : "Renew " + rows.size() + " documents of " + rows.getFirst().providerName();
        EditDialog dialog = new EditDialog(title, form, "Renew", () -> {
            if (form.renew()) {
                onRenewed.run();
                return true;
            }
            return false;
        });
        dialog.addClassName("renew-dialog");
        return dialog;
    }

    /** Checks the file at once, so a wrong one is refused before the date is even typed. */
    void received(String name, byte[] bytes) {
        if (Attempt.run("Try again.", () -> EvidenceService.check(name, bytes), problem::setText)) {
            problem.setText("");
            fileName = name;
            content = bytes;
        } else {
            upload.clearFileList();
            forgetFile();
        }
    }

    private void forgetFile() {
        fileName = null;
        content = null;
    }

    /** True once renewed; otherwise the reason is shown and nothing was saved. */
    boolean renew() {
        if (content == null || fileName == null) {
            problem.setText("Upload the new document first: a renewal keeps its evidence.");
            return false;
        }
        LocalDate until = newDate.getValue();
        if (until == null) {
            problem.setText("Enter the new expiry or review date: the date the new document runs to.");
            return false;
        }
        String name = fileName;
        byte[] bytes = content;
        int[] renewed = new int[1];
        if (!Attempt.run("Try again.", () -> renewed[0] = renewals.renew(rows.stream().map(RenewalItem::ref)
                .distinct().toList(), until, name, bytes), problem::setText)) {
            return false;
        }
        Notices.saved(renewed[0] == 1 ? "Renewed until " + UkDates.date(until)
                : renewed[0] + " documents renewed until " + UkDates.date(until));
        return true;
    }
}
