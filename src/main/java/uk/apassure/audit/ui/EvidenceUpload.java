package uk.apassure.audit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import uk.apassure.audit.EvidenceService;

/**
 * Uploads one evidence file for one item. The service checks the file (type by content, the name
 * agreeing with it, size, unsafe contents); a refusal is marked as failed in the upload list and
 * its reason is written under it, so a refused file never shows a green tick.
 */
class EvidenceUpload extends Div {

    private static final String TOO_BIG = "The file is larger than 20 MB, the limit for one file.";

    final Upload upload = new Upload();
    final Div problem = new Div();

    EvidenceUpload(EvidenceService evidence, long auditId, long itemId, Runnable onStored) {
        addClassName("evidence-upload-box");
        problem.addClassName("upload-problem");
        problem.getElement().setAttribute("role", "alert");
        UI ui = UI.getCurrent();
        upload.setUploadHandler(event -> {
            String refusal = store(evidence, auditId, itemId, event);
            if (ui != null) {
                ui.access(() -> {
                    if (refusal == null) {
                        problem.setText("");
                        // the file now shows as a download link above; the list entry would only repeat it
                        upload.clearFileList();
                        onStored.run();
                    } else {
                        refused(refusal);
                    }
                });
            }
        });
        upload.setMaxFileSize(EvidenceService.MAX_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/*", ".doc", ".docx", ".xls", ".xlsx", ".ppt",
                ".pptx", ".odt", ".ods");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne("Upload evidence…").setMany("Upload evidence…"))
                .setError(new UploadI18N.Error().setFileIsTooBig(TOO_BIG)
                        .setIncorrectFileType("Only PDFs, photos and scans, and Office documents are accepted."))
                .setUploading(new UploadI18N.Uploading().setError(new UploadI18N.Uploading.Error()
                        .setForbidden("Not accepted: the reason is below")
                        .setUnexpectedServerError("Not accepted: the reason is below")
                        .setServerUnavailable("Not sent: the connection dropped. Try again.")
                        .setFileTooLarge(TOO_BIG))));
        upload.addFileRejectedListener(event -> refused("\"" + event.getFileName() + "\" was not uploaded: "
                + event.getErrorMessage()));
        upload.addClassName("evidence-upload");
        add(upload, problem);
    }

    /** Null when stored; otherwise why not. Runs on the upload request, outside the UI lock. */
    private static @Nullable String store(EvidenceService evidence, long auditId, long itemId, UploadEvent event) {
        String[] refusal = new String[1];
        try {
            // one byte more than allowed is enough to know it is too big, without reading all of it
            byte[] bytes = event.getInputStream().readNBytes(EvidenceService.MAX_BYTES + 1);
            AuditAttempt.run(() -> evidence.upload(auditId, itemId, event.getFileName(), bytes),
                    message -> refusal[0] = message);
        } catch (IOException e) {
            refusal[0] = "The upload of \"" + event.getFileName() + "\" broke off. Try again.";
        }
        if (refusal[0] != null) {
            event.reject(refusal[0]);
        }
        return refusal[0];
    }

    /** Said under the upload, next to the file it is about (a notification would cover the form). */
    private void refused(String reason) {
        problem.setText(reason);
    }
}
