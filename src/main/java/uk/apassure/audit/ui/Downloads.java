package uk.apassure.audit.ui;

import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.apache.shiro.authz.AuthorizationException;
import uk.apassure.audit.AuditPdf;
import uk.apassure.audit.AuditService;
import uk.apassure.audit.EvidenceService;

/**
 * Files served from the audit pages. Each request goes back to the service, which checks the
 * signed-in user may see the audit; a refusal is a plain 404/403, never the file.
 */
final class Downloads {

    private Downloads() {}

    static DownloadHandler evidence(EvidenceService evidence, long evidenceId) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                EvidenceService.EvidenceDownload file = evidence.download(evidenceId);
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        file.mediaType(), file.content().length);
            } catch (AuditService.NotFound e) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            } catch (AuthorizationException e) {
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
            }
        });
    }

    static DownloadHandler pdf(AuditPdf pdf, long auditId) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = pdf.export(auditId);
                return new DownloadResponse(new ByteArrayInputStream(bytes), "audit-" + auditId + ".pdf",
                        "application/pdf", bytes.length);
            } catch (AuditService.NotFound e) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            } catch (AuthorizationException e) {
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
            }
        });
    }
}
