package uk.apassure.base.ui;

import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.apache.shiro.authz.AuthorizationException;
import uk.apassure.base.domain.Refusal;

/**
 * A file made on each request by a service call (an export): the service checks who asks, and a
 * refusal is a plain 403 (not allowed) or 404 (nothing to export), never the file.
 */
public final class FileDownload {

    private FileDownload() {}

    public static DownloadHandler of(Supplier<byte[]> file, String name, String mediaType) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = file.get();
                return new DownloadResponse(new ByteArrayInputStream(bytes), name, mediaType, bytes.length);
            } catch (AuthorizationException e) {
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
            } catch (Refusal e) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            }
        });
    }
}
