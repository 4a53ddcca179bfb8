package uk.apassure.dataprotection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.apache.shiro.authz.AuthorizationException;
import uk.apassure.dataprotection.SubjectAccessExport;
import uk.apassure.placement.PlacementPage;
import uk.apassure.placement.ui.PlacementPageSection;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;

/**
 * "Subject access" on the placement page: a link that downloads everything held on the pupil (zip of
 * a PDF and CSV files), for the DSL and headteacher. The service checks the school again and logs it.
 */
@org.springframework.stereotype.Component
class SubjectAccessSection implements PlacementPageSection {

    private final SubjectAccessExport exports;
    private final AccessGuard access;

    SubjectAccessSection(SubjectAccessExport exports, AccessGuard access) {
        this.exports = exports;
        this.access = access;
    }

    @Override
    public int order() {
        // last before the history: a rare action
        return 90;
    }

    @Override
    public Optional<Component> create(PlacementPage placement) {
        if (!access.isPermitted(Permission.SUBJECT_ACCESS_EXPORT)) {
            return Optional.empty();
        }
        long id = placement.id();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                SubjectAccessExport.Export export = exports.forPlacement(id);
                return new DownloadResponse(new ByteArrayInputStream(export.zip()), export.fileName(),
                        "application/zip", export.zip().length);
            } catch (SubjectAccessExport.NotFound e) {
                return DownloadResponse.error(com.vaadin.flow.server.HttpStatusCode.NOT_FOUND);
            } catch (AuthorizationException e) {
                return DownloadResponse.error(com.vaadin.flow.server.HttpStatusCode.FORBIDDEN);
            }
        }), "Download everything held on this pupil (zip: PDF and CSV)");
        link.setTarget(AnchorTarget.BLANK);
        link.addClassName("subject-access-export");
        Div section = new Div(new H3("Subject access"), new Paragraph("For a request from the pupil or their"
                + " parents: every record of the pupil in AP Assure. The export is recorded in the security log."), link);
        section.addClassName("subject-access");
        return Optional.of(section);
    }
}
