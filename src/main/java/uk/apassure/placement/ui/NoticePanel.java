package uk.apassure.placement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import uk.apassure.base.ui.Attempt;
import uk.apassure.base.ui.EditDialog;
import uk.apassure.base.ui.Notices;
import uk.apassure.placement.NoticeService;
import uk.apassure.placement.PlacementPage;
import uk.apassure.placement.PlacementService;
import uk.apassure.security.AccessGuard;

/**
 * The parental notice letter on the placement's page: the PDF to download, or what it still needs;
 * and, for the pupil's school, the letter's details to fill in. The date it was sent is recorded
 * beside it on the page, as before.
 */
class NoticePanel extends Div {

    final Anchor download;
    final Button details = new Button("Letter details…", VaadinIcon.EDIT.create());

    NoticePanel(NoticeService notices, PlacementPage page, Runnable reload) {
        addClassName("notice-panel");
        setWidthFull();
        download = new Anchor(pdf(notices, page.id()), AttachmentType.DOWNLOAD, "Parental notice (PDF)");
        download.addClassName("notice-pdf");
        List<String> gaps = notices.gaps(page.id());
        if (gaps.isEmpty()) {
            add(download);
        } else {
            UnorderedList missing = new UnorderedList();
            gaps.forEach(gap -> missing.add(new ListItem(gap)));
            missing.addClassName("notice-gaps");
            add(new Paragraph("The parental notice letter needs more before it can be printed:"), missing);
        }
        if (page.canEdit()) {
            details.addClickListener(click -> edit(notices, page, reload).open());
            add(details);
        }
    }

    private static EditDialog edit(NoticeService notices, PlacementPage page, Runnable reload) {
        NoticeFields fields = new NoticeFields();
        fields.read(page.terms().notice());
        return new EditDialog("Parental notice letter", fields, "Save", () -> {
            if (Attempt.run("Someone else changed this placement; reload.",
                    () -> notices.update(page.id(), page.version(), fields.value()))) {
                Notices.saved("Letter details saved");
                reload.run();
                return true;
            }
            return false;
        });
    }

    /** Each download asks the service again, which checks the signed-in user may read the placement. */
    private static DownloadHandler pdf(NoticeService notices, long placementId) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = notices.letter(placementId);
                return new DownloadResponse(new ByteArrayInputStream(bytes), "parental-notice-" + placementId + ".pdf",
                        "application/pdf", bytes.length);
            } catch (PlacementService.NotFound e) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            } catch (PlacementService.InvalidPlacement e) {
                return DownloadResponse.error(HttpStatusCode.CONFLICT);
            } catch (AccessGuard.AccessDeniedException e) {
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
            }
        });
    }
}
