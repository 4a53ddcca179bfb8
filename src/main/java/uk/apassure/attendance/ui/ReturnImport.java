package uk.apassure.attendance.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import uk.apassure.attendance.AttendanceService;
import uk.apassure.attendance.ImportPreview;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.Attempt;
import uk.apassure.base.ui.Notices;

/**
 * A provider's daily return: upload the CSV, read the preview (every row it would mark, every
 * refused row with its number), then import all of it or nothing. Columns: docs/attendance.md.
 */
class ReturnImport extends Div {

    final Upload upload = new Upload();
    final Div preview = new Div();
    final Button confirm = new Button("Import these marks");
    private final AttendanceService attendance;
    private final Runnable onImported;
    private @Nullable String csv;

    ReturnImport(AttendanceService attendance, Runnable onImported) {
        this.attendance = attendance;
        this.onImported = onImported;
        addClassName("attendance-import");
        add(new H3("Import a provider's daily return"), new Paragraph("A CSV file with the columns upn, date"
                + " (dd/mm/yyyy), session (AM or PM) and mark (P present, L late, A authorised absence, U"
                + " unauthorised absence, X not expected). Nothing is written until you confirm, and then all"
                + " rows or none."));
        UI ui = UI.getCurrent();
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFileSize(200_000);
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (ui != null) {
                ui.access(() -> show(text));
            }
        }));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setVisible(false);
        confirm.addClickListener(e -> confirm());
        preview.addClassName("attendance-preview");
        add(upload, preview, confirm);
    }

    /** Shows what the file would do; writes nothing. */
    void show(String text) {
        csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        preview.removeAll();
        confirm.setVisible(false);
        Attempt.run("Try again.", () -> {
            ImportPreview checked = attendance.preview(csv);
            if (!checked.errors().isEmpty()) {
                preview.add(new Paragraph("Nothing can be imported until these rows are put right:"));
                UnorderedList errors = new UnorderedList();
                checked.errors().forEach(error -> errors.add(new ListItem(
                        (error.row() == 0 ? "File" : "Row " + error.row()) + ": " + error.reason())));
                errors.addClassName("attendance-import-errors");
                preview.add(errors);
            }
            UnorderedList lines = new UnorderedList();
            checked.lines().forEach(line -> lines.add(new ListItem("Row " + line.row() + ": " + line.pupilName()
                    + ", " + UkDates.date(line.date()) + " " + line.session().label().toLowerCase() + ": "
                    + line.mark().label() + (line.replaces() == null ? "" : " (replaces "
                            + line.replaces().label().toLowerCase() + ")"))));
            if (!checked.lines().isEmpty()) {
                preview.add(new Paragraph(checked.lines().size() + " session(s) to mark:"), lines);
            }
            confirm.setVisible(checked.importable());
        });
    }

    private void confirm() {
        String text = csv;
        if (text == null) {
            return;
        }
        int[] count = new int[1];
        if (Attempt.run("Someone marked these sessions meanwhile; upload the file again.",
                () -> count[0] = attendance.importReturn(text))) {
            Notices.saved(count[0] + " session(s) imported.");
            preview.removeAll();
            confirm.setVisible(false);
            upload.clearFileList();
            csv = null;
            onImported.run();
        }
    }
}
