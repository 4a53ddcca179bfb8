package uk.apassure.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.IntegrationTest;
import uk.apassure.base.pdf.PdfText;

/** The PDF for the school's records and Ofsted: A4, with the provider, every item, evidence names and the decision. */
class AuditPdfTest extends IntegrationTest {

    @Autowired
    AuditPdf pdf;

    @Autowired
    AuditService audits;

    @Autowired
    EvidenceService evidence;

    @Autowired
    AuditFixtures fixtures;

    @Test
    void the_pdf_text_holds_the_provider_every_item_the_evidence_names_and_the_decision() throws IOException {
        long provider = fixtures.provider("Pdf Meadow Farm");
        long id = fixtures.draft(provider);
        long item = as("a1.aplead", () -> audits.get(id)).items().getFirst().id();
        as("a1.aplead", () -> evidence.upload(id, item, "register-extract.pdf", EvidenceFiles.pdf("x")));
        fixtures.fillAllMet("a1.aplead", id);
        as("a1.aplead", () -> audits.submit(id, fixtures.version(id)));
        as("a1.dsl", () -> audits.confirmSafeguarding(id, fixtures.version(id)));
        as("a1.slt", () -> audits.decide(id, fixtures.version(id), Decision.REJECTED, "Fire exits blocked",
                java.util.List.of()));

        byte[] bytes = as("a2.dsl", () -> pdf.export(id));
        PdfReader reader = new PdfReader(bytes);
        assertThat(reader.getPageSize(1).getWidth()).isEqualTo(PageSize.A4.getWidth());
        assertThat(reader.getPageSize(1).getHeight()).isEqualTo(PageSize.A4.getHeight());
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        String all = text.toString().replaceAll("\\s+", " ");
        assertThat(all).contains("Pdf Meadow Farm", "Reject", "Fire exits blocked", "register-extract.pdf",
                "Seen on site, not kept: " + AuditFixtures.SEEN_ON_SITE,
                "A1 SLT", "A1 DSL", "A1 AP Lead", "School A1");
        for (AuditSheet.Item each : as("a1.aplead", () -> audits.get(id)).items()) {
            String prompt = each.prompt().replaceAll("\\s+", " ");
            assertThat(all).as("item %s", each.prompt()).contains(prompt);
        }
    }

    @Test
    void names_beyond_latin_1_print_as_typed() {
        long id = fixtures.draft(fixtures.provider("Łąka Nguyễn Ayşe Zoë Farm"));

        assertThat(PdfText.of(as("a1.dsl", () -> pdf.export(id))))
                .contains("Pre-placement check audit #" + id + ": Łąka Nguyễn Ayşe Zoë Farm");
    }

    @Test
    void another_trust_cannot_export_the_audit() {
        long id = fixtures.draft(fixtures.provider("Pdf private farm"));
        assertThatThrownBy(() -> as("b1.slt", () -> pdf.export(id))).isInstanceOf(AuditService.NotFound.class);
    }
}
