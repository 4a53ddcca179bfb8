package uk.apassure.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.apassure.placement.FullTimeFixtures.hours;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.IntegrationTest;
import uk.apassure.provider.ProviderFixtures;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.ProviderType;
import uk.apassure.provider.Registration;
import uk.apassure.provider.SiteDetails;
import uk.apassure.provider.SiteKind;
import uk.apassure.security.AccessGuard.AccessDeniedException;

/**
 * The Ofsted-call list of school A1: its providers in use with the sites its pupils go to, its own
 * pupils by name (never A2's), the trust-wide trigger as counts; as CSV read back with Commons CSV
 * and as PDF text. SLT and the headteacher only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfstedListServiceTest extends IntegrationTest {

    @Autowired
    FullTimeFixtures fixtures;

    @Autowired
    OfstedListService ofsted;

    @Autowired
    ProviderService providers;

    long farm;
    long gym;

    /** Made once for the class; each test only reads it. */
    @BeforeEach
    void dataSet() {
        if (farm != 0) {
            return;
        }
        farm = fixtures.unregistered("Ofsted Farm");
        gym = fixtures.provider("Ofsted Gym", ProviderType.FE_COLLEGE, Registration.REGISTERED);
        long farmYard = satellite(farm, "Riverside yard", "2 Quay Street");
        long gymHall = satellite(gym, "Town hall annexe", "5 Civic Way");
        long ended = fixtures.unregistered("Ofsted Ended Farm");

        fixtures.pupil("a1.aplead", "Ann Satellite").ehcp().type(PlacementType.OFF_SITE_DIRECTION)
                .at(farm, farmYard, hours(18)).active();
        fixtures.pupil("a1.aplead", "=SUM(A1) Smith").at(farm, hours(18)).active();
        fixtures.pupil("a1.aplead", "Bea Proposed").at(farm, hours(10)).at(gym, gymHall, hours(6)).proposed();
        fixtures.pupil("a1.aplead", "Cy Ended").at(ended, hours(10)).ended();
        fixtures.pupil("a2.aplead", "Zed Otherschool").at(farm, hours(18)).active();
    }

    private long satellite(long provider, String name, String street) {
        SiteDetails site = ProviderFixtures.site("Alpha", "AB1 3EF");
        site.setName(name);
        site.setAddressLine1(street);
        return as("a1.aplead", () -> providers.addSite(provider, SiteKind.SATELLITE, site));
    }

    private OfstedList.AtProvider at(OfstedList list, long provider) {
        return list.providers().stream().filter(p -> p.id() == provider).findFirst().orElseThrow();
    }

    @Test
    void the_list_holds_the_schools_providers_sites_pupils_and_the_trust_wide_trigger() {
        OfstedList list = as("a1.slt", () -> ofsted.list());

        assertThat(list.schoolName()).isEqualTo("School A1");
        assertThat(list.providers()).extracting(OfstedList.AtProvider::name)
                .contains("Ofsted Farm", "Ofsted Gym").doesNotContain("Ofsted Ended Farm");
        OfstedList.AtProvider atFarm = at(list, farm);
        assertThat(atFarm.pupils()).extracting(OfstedList.Pupil::name)
                .containsExactlyInAnyOrder("Ann Satellite", "=SUM(A1) Smith", "Bea Proposed");
        assertThat(atFarm.pupilCount()).isEqualTo(3);
        assertThat(atFarm.reasons()).isEqualTo("1 off-site direction, 2 curriculum / vocational; 1 with an EHCP");
        assertThat(atFarm.siteLines()).containsExactlyInAnyOrder("Main site: Main site, 1 Mill Lane, Alpha, AB1 2CD",
                "Satellite site: Riverside yard, 2 Quay Street, Alpha, AB1 3EF");
        assertThat(atFarm.registration()).isEqualTo("Not registered");
        // counted across the trust: A2's pupil too, as a number only
        assertThat(atFarm.triggerSummary()).isEqualTo("Registration trigger: 3 pupils full-time, 1 with an EHCP");
        assertThat(atFarm.pupils()).filteredOn(p -> p.name().equals("Bea Proposed")).singleElement()
                .satisfies(p -> {
                    assertThat(p.hoursPerWeek()).isEqualTo("10");
                    assertThat(p.status()).isEqualTo(PlacementStatus.PROPOSED);
                });

        OfstedList.AtProvider atGym = at(list, gym);
        assertThat(atGym.siteLines()).containsExactly("Satellite site: Town hall annexe, 5 Civic Way, Alpha, AB1 3EF");
        assertThat(atGym.registrationTrigger()).isNull();
        assertThat(atGym.triggerSummary()).isEqualTo("No");
        assertThat(atGym.pupils()).singleElement().satisfies(p -> assertThat(p.hoursPerWeek()).isEqualTo("6"));
    }

    @Test
    void another_schools_slt_sees_its_own_pupils_only_and_others_are_refused() {
        OfstedList a2 = as("a2.slt", () -> ofsted.list());
        assertThat(at(a2, farm).pupils()).extracting(OfstedList.Pupil::name).containsExactly("Zed Otherschool");
        assertThat(a2.providers()).extracting(OfstedList.AtProvider::id).doesNotContain(gym);
        assertThat(at(as("a1.head", () -> ofsted.list()), farm).pupilCount()).isEqualTo(3);
        for (String refused : List.of("a1.aplead", "a1.dsl", "a1.governor", "a.trustlead", "a.admin")) {
            assertThatThrownBy(() -> as(refused, () -> ofsted.list())).as(refused)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(refused, () -> ofsted.csv())).as(refused)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_csv_reads_back_with_a_line_per_pupil_and_no_formula_cells() throws IOException {
        String text = new String(as("a1.slt", () -> ofsted.csv()), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1)))) {
            assertThat(parser.getHeaderNames()).containsExactly(OfstedListCsv.HEADER);
            records = parser.getRecords();
        }
        List<CSVRecord> farmLines = records.stream().filter(r -> r.get("Provider").equals("Ofsted Farm")).toList();
        assertThat(farmLines).extracting(r -> r.get("Pupil"))
                .containsExactlyInAnyOrder("Ann Satellite", "'=SUM(A1) Smith", "Bea Proposed");
        assertThat(farmLines).allSatisfy(r -> {
            assertThat(r.get("Pupils of the school here")).isEqualTo("3");
            assertThat(r.get("Registration trigger (trust-wide)")).startsWith("Registration trigger: 3 pupils");
            assertThat(r.get("Sites used")).contains("2 Quay Street", "1 Mill Lane");
            assertThat(r.get("Registration")).isEqualTo("Not registered");
        });
        assertThat(farmLines).filteredOn(r -> r.get("Pupil").equals("Ann Satellite")).singleElement()
                .satisfies(r -> {
                    assertThat(r.get("Hours a week here")).isEqualTo("18");
                    assertThat(r.get("Placement type")).isEqualTo("Off-site direction");
                    assertThat(r.get("EHCP / looked after")).isEqualTo("EHCP");
                    assertThat(r.get("Starts")).isEqualTo("Thu 3 Dec 2026");
                });
        assertThat(records).filteredOn(r -> r.get("Provider").equals("Ofsted Gym")).singleElement()
                .satisfies(r -> assertThat(r.get("Registration trigger (trust-wide)")).isEqualTo("No"));
        assertThat(text).doesNotContain("Zed", "Ofsted Ended Farm");
    }

    @Test
    void a_cell_a_spreadsheet_would_run_as_a_formula_is_kept_as_text() {
        assertThat(OfstedListCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(OfstedListCsv.cell("+44 1632 960123")).isEqualTo("'+44 1632 960123");
        assertThat(OfstedListCsv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(OfstedListCsv.cell("@SUM(1)")).isEqualTo("'@SUM(1)");
        assertThat(OfstedListCsv.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(OfstedListCsv.cell("Ann = Bea")).isEqualTo("Ann = Bea");
        assertThat(OfstedListCsv.cell(null)).isEmpty();
    }

    @Test
    void the_pdf_text_holds_each_provider_its_sites_and_the_schools_pupils() throws IOException {
        PdfReader reader = new PdfReader(as("a1.slt", () -> ofsted.pdf()));
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        String all = text.toString().replaceAll("\\s+", " ");
        assertThat(all).contains("School A1", "Ofsted Farm", "Ofsted Gym", "Riverside yard, 2 Quay Street",
                "Town hall annexe, 5 Civic Way", "Registration trigger: 3 pupils full-time, 1 with an EHCP",
                "Ann Satellite", "=SUM(A1) Smith", "Bea Proposed", "URN none", "Thu 3 Dec 2026",
                "Registration trigger: not flagged");
        assertThat(all).doesNotContain("Registration trigger: Registration trigger");
        assertThat(all).doesNotContain("Zed Otherschool", "Ofsted Ended Farm");
    }
}
