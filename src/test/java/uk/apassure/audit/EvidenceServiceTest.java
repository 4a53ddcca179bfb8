package uk.apassure.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.IntegrationTest;
import uk.apassure.security.AccessGuard.AccessDeniedException;

/** Evidence files: kinds checked by content, the 20 MB limit, and who may download them. */
class EvidenceServiceTest extends IntegrationTest {

    @Autowired
    EvidenceService evidence;

    @Autowired
    AuditService audits;

    @Autowired
    AuditFixtures fixtures;

    private long[] draftAndItem(String provider) {
        long id = fixtures.draft(fixtures.provider(provider));
        long item = as("a1.aplead", () -> audits.get(id)).items().getFirst().id();
        return new long[] {id, item};
    }

    @Test
    void a_pdf_an_image_and_an_office_document_are_accepted_and_listed_on_the_item() {
        long[] at = draftAndItem("Evidence kinds farm");
        byte[] pdf = EvidenceFiles.pdf("Insurance certificate");
        long pdfId = as("a1.aplead", () -> evidence.upload(at[0], at[1], "C:\\Users\\me\\insurance.pdf", pdf));
        as("a1.aplead", () -> evidence.upload(at[0], at[1], "site.png", EvidenceFiles.png()));
        long docxId = as("a1.aplead", () -> evidence.upload(at[0], at[1], "policy.docx", EvidenceFiles.docx()));

        AuditSheet.Item item = as("a1.aplead", () -> audits.get(at[0])).items().getFirst();
        assertThat(item.evidence()).extracting(AuditSheet.EvidenceFile::fileName)
                .containsExactly("insurance.pdf", "site.png", "policy.docx");
        assertThat(item.evidence()).extracting(AuditSheet.EvidenceFile::mediaType).containsExactly("application/pdf",
                "image/png", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var download = as("a1.aplead", () -> evidence.download(pdfId));
        assertThat(download.content()).isEqualTo(pdf);
        assertThat(download.mediaType()).isEqualTo("application/pdf");
        assertThat(as("a1.aplead", () -> evidence.download(docxId)).fileName()).isEqualTo("policy.docx");
    }

    @Test
    void disguised_files_are_refused_by_their_content_whatever_their_name() {
        long[] at = draftAndItem("Evidence disguise farm");
        assertThatThrownBy(() -> as("a1.aplead", () -> evidence.upload(at[0], at[1], "certificate.pdf",
                EvidenceFiles.exe()))).isInstanceOf(InvalidStep.class).hasMessageContaining("by its content");
        assertThatThrownBy(() -> as("a1.aplead", () -> evidence.upload(at[0], at[1], "photo.png",
                EvidenceFiles.html()))).isInstanceOf(InvalidStep.class);
        // unknown bytes named like an Office document do not become one
        byte[] noise = new byte[1000];
        Arrays.fill(noise, (byte) 7);
        assertThatThrownBy(() -> as("a1.aplead", () -> evidence.upload(at[0], at[1], "policy.docx", noise)))
                .isInstanceOf(InvalidStep.class);
        assertThat(as("a1.aplead", () -> audits.get(at[0])).items().getFirst().evidence()).isEmpty();
    }

    @Test
    void files_over_20_mb_and_empty_files_are_refused_and_20_mb_exactly_is_accepted() {
        long[] at = draftAndItem("Evidence size farm");
        byte[] pdf = EvidenceFiles.pdf("Big");
        byte[] exactly = Arrays.copyOf(pdf, EvidenceService.MAX_BYTES);
        byte[] over = Arrays.copyOf(pdf, EvidenceService.MAX_BYTES + 1);
        assertThatThrownBy(() -> as("a1.aplead", () -> evidence.upload(at[0], at[1], "big.pdf", over)))
                .isInstanceOf(InvalidStep.class).hasMessageContaining("20 MB");
        assertThatThrownBy(() -> as("a1.aplead", () -> evidence.upload(at[0], at[1], "empty.pdf", new byte[0])))
                .isInstanceOf(InvalidStep.class);
        long id = as("a1.aplead", () -> evidence.upload(at[0], at[1], "big.pdf", exactly));
        assertThat(as("a1.aplead", () -> evidence.download(id)).content()).hasSize(EvidenceService.MAX_BYTES);
    }

    @Test
    void the_trust_may_download_evidence_and_another_trust_may_not() {
        long[] at = draftAndItem("Evidence access farm");
        long id = as("a1.aplead", () -> evidence.upload(at[0], at[1], "insurance.pdf", EvidenceFiles.pdf("x")));
        // provider-level facts are shared across the trust: another school, a governor, the trust lead
        for (String reader : new String[] {"a2.dsl", "a1.governor", "a.trustlead"}) {
            assertThat(as(reader, () -> evidence.download(id)).fileName()).as(reader).isEqualTo("insurance.pdf");
        }
        assertThatThrownBy(() -> as("b1.slt", () -> evidence.download(id))).isInstanceOf(AuditService.NotFound.class);
        assertThatThrownBy(() -> as("b.trustlead", () -> evidence.download(id)))
                .isInstanceOf(AuditService.NotFound.class);
        // no subject at all (no signed-in user): refused before any data is read
        assertThatThrownBy(() -> evidence.download(id)).isInstanceOf(org.apache.shiro.lang.ShiroException.class);
    }

    @Test
    void only_the_auditing_school_uploads_and_only_while_the_item_may_change() {
        long[] at = draftAndItem("Evidence upload rights farm");
        byte[] pdf = EvidenceFiles.pdf("x");
        assertThatThrownBy(() -> as("a2.aplead", () -> evidence.upload(at[0], at[1], "a.pdf", pdf)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a1.visitor", () -> evidence.upload(at[0], at[1], "a.pdf", pdf)))
                .isInstanceOf(AccessDeniedException.class);
        long decided = fixtures.decided(fixtures.provider("Evidence decided farm"));
        long item = as("a1.aplead", () -> audits.get(decided)).items().getFirst().id();
        assertThatThrownBy(() -> as("a1.aplead", () -> evidence.upload(decided, item, "late.pdf", pdf)))
                .isInstanceOf(InvalidStep.class);
    }

    @Test
    void names_keep_only_the_last_part_of_a_path() {
        assertThat(EvidenceService.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(EvidenceService.cleanName("C:\\a\\b.pdf")).isEqualTo("b.pdf");
        assertThat(EvidenceService.cleanName("  ")).isEqualTo("evidence");
    }

    @Test
    void a_file_uploaded_by_mistake_is_removed_from_a_draft_but_not_by_another_school_or_after_submission() {
        long[] at = draftAndItem("Evidence removal farm");
        long keep = as("a1.aplead", () -> evidence.upload(at[0], at[1], "right.pdf", EvidenceFiles.pdf("right")));
        long wrong = as("a1.aplead", () -> evidence.upload(at[0], at[1], "wrong.pdf", EvidenceFiles.pdf("wrong")));
        assertThatThrownBy(() -> as("a2.aplead", () -> evidence.remove(wrong))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a1.governor", () -> evidence.remove(wrong))).isInstanceOf(AccessDeniedException.class);
        as("a1.aplead", () -> evidence.remove(wrong));
        assertThat(as("a1.aplead", () -> audits.get(at[0])).items().getFirst().evidence())
                .extracting(AuditSheet.EvidenceFile::id).containsExactly(keep);
        assertThatThrownBy(() -> as("a1.aplead", () -> evidence.download(wrong))).isInstanceOf(AuditService.NotFound.class);

        fixtures.fillAllMet("a1.aplead", at[0]);
        as("a1.aplead", () -> audits.submit(at[0], fixtures.version(at[0])));
        assertThatThrownBy(() -> as("a1.aplead", () -> evidence.remove(keep))).isInstanceOf(InvalidStep.class);
    }
}
