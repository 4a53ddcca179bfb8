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
                EvidenceFiles.exe()))).isInstanceOf(InvalidStep.class).hasMessageContaining("a program")
                .hasMessageContaining("content, not its name");
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
        // provider-level facts are shared across the trust: another school, the trust lead
        for (String reader : new String[] {"a2.dsl", "a.trustlead"}) {
            assertThat(as(reader, () -> evidence.download(id)).fileName()).as(reader).isEqualTo("insurance.pdf");
        }
        // governors see audits as counts only, never their files
        assertThatThrownBy(() -> as("a1.governor", () -> evidence.download(id))).isInstanceOf(AccessDeniedException.class);
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
    void names_lose_control_and_right_to_left_override_characters() {
        // "evil" + RIGHT-TO-LEFT OVERRIDE + "fdp.exe" shows as "evilexe.pdf" in a browser
        assertThat(EvidenceService.cleanName("evil" + (char) 0x202E + "fdp.exe")).isEqualTo("evilfdp.exe");
        assertThat(EvidenceService.cleanName("in" + (char) 0x2066 + "sur" + (char) 0x200F + "ance" + (char) 0x0085
                + (char) 7 + ".pdf")).isEqualTo("insurance.pdf");
        long[] at = draftAndItem("Evidence rtl farm");
        // cleaned, the name says .exe while the content is a PDF: refused, never stored under a disguised name
        assertThatThrownBy(() -> as("a1.aplead", () -> evidence.upload(at[0], at[1], "policy" + (char) 0x202E + "fdp.exe",
                EvidenceFiles.pdf("x")))).isInstanceOf(InvalidStep.class).hasMessageContaining("policyfdp.exe");
        as("a1.aplead", () -> evidence.upload(at[0], at[1], "fire" + (char) 0x202E + "-check.pdf", EvidenceFiles.pdf("x")));
        assertThat(as("a1.aplead", () -> audits.get(at[0])).items().getFirst().evidence())
                .extracting(AuditSheet.EvidenceFile::fileName).containsExactly("fire-check.pdf");
    }

    @Test
    void the_name_must_agree_with_the_content() {
        long[] at = draftAndItem("Evidence extension farm");
        assertThatThrownBy(() -> as("a1.aplead", () -> evidence.upload(at[0], at[1], "certificate.pdf",
                EvidenceFiles.png()))).isInstanceOf(InvalidStep.class)
                .hasMessageContaining("named as a PDF, but its content is an image (PNG)");
        assertThatThrownBy(() -> as("a1.aplead", () -> evidence.upload(at[0], at[1], "policy.doc",
                EvidenceFiles.docx()))).isInstanceOf(InvalidStep.class).hasMessageContaining("Word, Excel or PowerPoint");
        assertThatThrownBy(() -> as("a1.aplead", () -> evidence.upload(at[0], at[1], "policy.zip",
                EvidenceFiles.docx()))).isInstanceOf(InvalidStep.class);
        assertThatThrownBy(() -> as("a1.aplead", () -> evidence.upload(at[0], at[1], "scan", EvidenceFiles.pdf("x"))))
                .isInstanceOf(InvalidStep.class).hasMessageContaining("no file extension");
        as("a1.aplead", () -> evidence.upload(at[0], at[1], "SCAN.PDF", EvidenceFiles.pdf("x")));
        as("a1.aplead", () -> evidence.upload(at[0], at[1], "photo.png", EvidenceFiles.png()));
        assertThat(as("a1.aplead", () -> audits.get(at[0])).items().getFirst().evidence()).hasSize(2);
    }

    @Test
    void web_pages_svg_drawings_scripts_programs_and_macros_are_refused_whatever_their_name() {
        long[] at = draftAndItem("Evidence unsafe farm");
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
        java.util.Map<String, byte[]> unsafe = java.util.Map.of(
                "page.html", EvidenceFiles.html(),
                "drawing.svg", svg.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "install.sh", "#!/bin/sh\nrm -rf /\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "setup.exe", EvidenceFiles.exe(),
                "budget.xlsm", EvidenceFiles.ooxml("xl/vbaProject.bin", 10));
        unsafe.forEach((name, bytes) -> assertThatThrownBy(() -> as("a1.aplead", () -> evidence.upload(at[0], at[1],
                name, bytes))).as(name).isInstanceOf(InvalidStep.class).hasMessageContaining(name));
        assertThatThrownBy(() -> as("a1.aplead", () -> evidence.upload(at[0], at[1], "drawing.svg",
                svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).hasMessageContaining("SVG");
        assertThatThrownBy(() -> as("a1.aplead", () -> evidence.upload(at[0], at[1], "page.html",
                EvidenceFiles.html()))).hasMessageContaining("web page");
        assertThatThrownBy(() -> as("a1.aplead", () -> evidence.upload(at[0], at[1], "budget.docx",
                EvidenceFiles.ooxml("word/vbaProject.bin", 10)))).hasMessageContaining("macros");
        assertThat(as("a1.aplead", () -> audits.get(at[0])).items().getFirst().evidence()).isEmpty();
    }

    @Test
    void an_office_document_that_unpacks_past_the_limit_is_refused_as_a_zip_bomb() {
        long[] at = draftAndItem("Evidence zip bomb farm");
        byte[] bomb = EvidenceFiles.ooxml("word/document.xml", EvidenceTypes.MAX_EXPANDED_BYTES + 1);
        assertThat(bomb.length).as("small on the wire").isLessThan(EvidenceService.MAX_BYTES);
        assertThatThrownBy(() -> as("a1.aplead", () -> evidence.upload(at[0], at[1], "policy.docx", bomb)))
                .isInstanceOf(InvalidStep.class).hasMessageContaining("unpacks to more than 100 MB");
        // a document of a realistic size inside is fine
        as("a1.aplead", () -> evidence.upload(at[0], at[1], "policy.docx",
                EvidenceFiles.ooxml("word/document.xml", 5L * 1024 * 1024)));
    }

    @Test
    void the_file_an_item_is_met_on_cannot_be_removed_until_the_answer_changes() {
        long id = fixtures.draft(fixtures.provider("Evidence met removal farm"));
        AuditSheet.Item policy = as("a1.aplead", () -> audits.get(id)).items().stream()
                .filter(AuditSheet.Item::evidenceRequired).filter(i -> !i.needsExpiry()).findFirst().orElseThrow();
        long file = as("a1.aplead", () -> evidence.upload(id, policy.id(), "policy.pdf", EvidenceFiles.pdf("x")));
        as("a1.aplead", () -> audits.recordItem(id, policy.id(), policy.version(), new ItemAnswer(Outcome.MET, "", null)));
        assertThatThrownBy(() -> as("a1.aplead", () -> evidence.remove(file))).isInstanceOf(InvalidStep.class)
                .hasMessageContaining("met on the strength of this file");
        long version = as("a1.aplead", () -> audits.get(id)).items().stream().filter(i -> i.id() == policy.id())
                .findFirst().orElseThrow().version();
        as("a1.aplead", () -> audits.recordItem(id, policy.id(), version, new ItemAnswer(Outcome.PARTLY_MET, "", null)));
        as("a1.aplead", () -> evidence.remove(file));
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
