package uk.apassure.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.apassure.provider.ProviderFixtures.contact;
import static uk.apassure.provider.ProviderFixtures.farm;
import static uk.apassure.provider.ProviderFixtures.site;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import uk.apassure.IntegrationTest;
import uk.apassure.security.AccessGuard.AccessDeniedException;

class ProviderServiceTest extends IntegrationTest {

    @Autowired
    ProviderService providers;

    private long newFarm(String username) {
        String name = "Farm " + UUID.randomUUID();
        return as(username, () -> providers.create(farm(name), site("Alpha", "ab1 2cd")));
    }

    @Test
    void a_new_provider_is_prospective_with_its_main_site_and_a_first_history_entry() {
        long id = newFarm("a1.aplead");
        ProviderPage page = as("a1.aplead", () -> providers.get(id));

        assertThat(page.status()).isEqualTo(ProviderStatus.PROSPECTIVE);
        assertThat(page.sites()).singleElement().satisfies(site -> {
            assertThat(site.kind()).isEqualTo(SiteKind.MAIN);
            assertThat(site.details().getPostcode()).isEqualTo("AB1 2CD");
        });
        assertThat(page.history()).singleElement().satisfies(change -> {
            assertThat(change.to()).isEqualTo(ProviderStatus.PROSPECTIVE);
            assertThat(change.by()).isEqualTo("A1 AP Lead");
        });
    }

    @Test
    void provider_facts_are_shared_across_the_trust_but_invisible_to_another_trust() {
        long id = newFarm("a1.aplead");
        assertThat(as("a2.dsl", () -> providers.get(id)).id()).isEqualTo(id);
        assertThatThrownBy(() -> as("b1.slt", () -> providers.get(id))).isInstanceOf(ProviderService.NotFound.class);
        assertThatThrownBy(() -> as("b.trustlead", () -> providers.changeStatus(id, 0, ProviderStatus.APPROVED, "x")))
                .isInstanceOf(ProviderService.NotFound.class);
        String name = as("a1.aplead", () -> providers.get(id)).name();
        assertThat(as("b1.slt", () -> providers.count(ProviderFilter.ANY.withName(name)))).isZero();
        assertThat(as("a2.dsl", () -> providers.list(ProviderFilter.ANY.withName(name), PageRequest.of(0, 10))))
                .extracting(ProviderRow::id).containsExactly(id);
    }

    @Test
    void another_trust_cannot_change_a_provider_even_by_site_or_contact_id() {
        long id = newFarm("a1.aplead");
        long contactId = as("a1.aplead", () -> providers.addContact(id, contact("Jo Marsh")));
        long siteId = as("a1.aplead", () -> providers.get(id)).sites().get(0).id();
        assertThatThrownBy(() -> as("b1.slt", () -> providers.removeContact(contactId)))
                .isInstanceOf(ProviderService.NotFound.class);
        assertThatThrownBy(() -> as("b1.slt", () -> providers.updateSite(siteId, site("Beta", "BE1 1AA"))))
                .isInstanceOf(ProviderService.NotFound.class);
        assertThat(as("a1.aplead", () -> providers.get(id)).contacts()).hasSize(1);
    }

    @Test
    void read_only_roles_cannot_add_or_edit_providers() {
        assertThatThrownBy(() -> as("a1.visitor", () -> providers.create(farm("Visitor farm"), site("A", "AB1 2CD"))))
                .isInstanceOf(AccessDeniedException.class);
        long id = newFarm("a1.aplead");
        ProviderDetails details = as("a1.governor", () -> providers.get(id)).details();
        assertThatThrownBy(() -> as("a1.governor", () -> providers.update(id, details)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void status_changes_are_for_slt_headteacher_and_trust_lead_only() {
        long id = newFarm("a1.aplead");
        assertThatThrownBy(() -> as("a1.aplead", () -> providers.changeStatus(id, 0, ProviderStatus.APPROVED, "ok")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a1.dsl", () -> providers.changeStatus(id, 0, ProviderStatus.APPROVED, "ok")))
                .isInstanceOf(AccessDeniedException.class);

        as("a1.slt", () -> providers.changeStatus(id, 0, ProviderStatus.APPROVED, "Checks complete"));
        long version = as("a.trustlead", () -> providers.get(id)).details().getVersion();
        as("a.trustlead", () -> providers.changeStatus(id, version, ProviderStatus.SUSPENDED, "Insurance lapsed"));

        ProviderPage page = as("a1.dsl", () -> providers.get(id));
        assertThat(page.status()).isEqualTo(ProviderStatus.SUSPENDED);
        assertThat(page.history()).extracting(ProviderPage.StatusChange::to)
                .containsExactly(ProviderStatus.SUSPENDED, ProviderStatus.APPROVED, ProviderStatus.PROSPECTIVE);
        assertThat(page.history().get(0).reason()).isEqualTo("Insurance lapsed");
        assertThat(page.history().get(0).by()).isEqualTo("A Trust Lead");
        assertThat(page.history().get(0).from()).isEqualTo(ProviderStatus.APPROVED);
    }

    @Test
    void a_status_change_needs_a_reason_and_an_allowed_transition() {
        long id = newFarm("a1.aplead");
        assertThatThrownBy(() -> as("a1.slt", () -> providers.changeStatus(id, 0, ProviderStatus.APPROVED, "  ")))
                .isInstanceOf(ProviderService.InvalidChange.class);
        // prospective -> suspended is not a transition: only an approved provider can be suspended
        assertThatThrownBy(() -> as("a1.slt", () -> providers.changeStatus(id, 0, ProviderStatus.SUSPENDED, "x")))
                .isInstanceOf(ProviderService.InvalidChange.class)
                .hasMessageContaining("cannot become suspended");
        assertThat(as("a1.slt", () -> providers.get(id)).status()).isEqualTo(ProviderStatus.PROSPECTIVE);
    }

    @Test
    void the_second_of_two_concurrent_edits_is_refused_and_the_first_is_kept() {
        long id = newFarm("a1.aplead");
        ProviderDetails first = as("a1.aplead", () -> providers.get(id)).details();
        ProviderDetails second = as("a2.dsl", () -> providers.get(id)).details();

        first.setOffer("Animal care and horticulture");
        as("a1.aplead", () -> providers.update(id, first));
        second.setOffer("Something else entirely");

        assertThatThrownBy(() -> as("a2.dsl", () -> providers.update(id, second)))
                .isInstanceOf(ProviderService.ConcurrentEdit.class)
                .hasMessageContaining("theirs are kept");
        assertThat(as("a1.aplead", () -> providers.get(id)).details().getOffer())
                .isEqualTo("Animal care and horticulture");
    }

    @Test
    void a_status_change_based_on_a_stale_page_is_refused() {
        long id = newFarm("a1.aplead");
        ProviderDetails details = as("a1.aplead", () -> providers.get(id)).details();
        details.setOffer("Changed");
        as("a1.aplead", () -> providers.update(id, details));
        assertThatThrownBy(() -> as("a1.slt", () -> providers.changeStatus(id, 0, ProviderStatus.APPROVED, "ok")))
                .isInstanceOf(ProviderService.ConcurrentEdit.class);
    }

    @Test
    void the_server_validates_input_whatever_the_form_did() {
        ProviderDetails bad = farm("Bad URN farm");
        bad.setUrn("12345");
        assertThatThrownBy(() -> as("a1.aplead", () -> providers.create(bad, site("A", "AB1 2CD"))))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("A URN is 6 digits");
        assertThatThrownBy(() -> as("a1.aplead", () -> providers.create(farm("Bad postcode"), site("A", "12345"))))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Enter a UK postcode");
    }

    @Test
    void an_ofsted_inspection_date_before_2000_is_refused_on_create_and_edit() {
        ProviderDetails slip = farm("Farm " + UUID.randomUUID());
        slip.setOfstedDate(java.time.LocalDate.of(1, 1, 1));
        assertThatThrownBy(() -> as("a1.aplead", () -> providers.create(slip, site("Alpha", "ab1 2cd"))))
                .isInstanceOf(ProviderService.InvalidChange.class)
                .hasMessage("The Ofsted inspection date must be between 01/01/2000 and today");

        long id = newFarm("a1.aplead");
        ProviderDetails details = as("a1.aplead", () -> providers.get(id)).details();
        details.setOfstedDate(java.time.LocalDate.of(1999, 12, 31));
        assertThatThrownBy(() -> as("a1.aplead", () -> providers.update(id, details)))
                .isInstanceOf(ProviderService.InvalidChange.class);
        details.setOfstedDate(java.time.LocalDate.of(2024, 5, 14));
        as("a1.aplead", () -> providers.update(id, details));
        assertThat(as("a1.aplead", () -> providers.get(id)).details().getOfstedDate())
                .isEqualTo(java.time.LocalDate.of(2024, 5, 14));
    }

    @Test
    void a_urn_is_unique_within_the_trust() {
        ProviderDetails school = farm("School one " + UUID.randomUUID());
        school.setType(ProviderType.REGISTERED_INDEPENDENT_SCHOOL);
        school.setRegistration(Registration.REGISTERED);
        school.setUrn("654321");
        as("a1.aplead", () -> providers.create(school, site("A", "AB1 2CD")));
        school.setName("School two");
        assertThatThrownBy(() -> as("a1.aplead", () -> providers.create(school, site("A", "AB1 2CD"))))
                .isInstanceOf(ProviderService.InvalidChange.class)
                .hasMessageContaining("654321");
        // the same URN in another trust's register is that trust's business
        school.setName("School three");
        assertThat(as("b1.slt", () -> providers.create(school, site("B", "BE1 1AA")))).isPositive();
    }

    @Test
    void sites_and_contacts_can_be_added_edited_and_removed_but_not_the_main_site() {
        long id = newFarm("a1.aplead");
        long satellite = as("a1.aplead", () -> providers.addSite(id, SiteKind.SATELLITE, site("Beta", "BE1 1AA")));
        long contactId = as("a1.aplead", () -> providers.addContact(id, contact("Sam Holt")));
        long mainSite = as("a1.aplead", () -> providers.get(id)).sites().stream()
                .filter(s -> s.kind() == SiteKind.MAIN).findFirst().orElseThrow().id();

        assertThatThrownBy(() -> as("a1.aplead", () -> providers.removeSite(mainSite)))
                .isInstanceOf(ProviderService.InvalidChange.class);
        assertThatThrownBy(() -> as("a1.aplead", () -> providers.addSite(id, SiteKind.MAIN, site("C", "CE1 1AA"))))
                .isInstanceOf(ProviderService.InvalidChange.class);
        as("a1.aplead", () -> providers.removeSite(satellite));
        as("a1.aplead", () -> providers.removeContact(contactId));

        ProviderPage page = as("a1.aplead", () -> providers.get(id));
        assertThat(page.sites()).extracting(ProviderPage.Site::kind).containsExactly(SiteKind.MAIN);
        assertThat(page.contacts()).isEmpty();
    }

    @Test
    void the_register_shows_and_sorts_by_the_main_sites_town_as_it_is_edited() {
        String prefix = "Town " + UUID.randomUUID();
        long first = as("a1.aplead", () -> providers.create(farm(prefix + " first"), site("Middleton", "AB1 2CD")));
        long second = as("a1.aplead", () -> providers.create(farm(prefix + " second"), site("Lowbridge", "AB1 2CD")));
        ProviderDetails staleDetails = as("a1.aplead", () -> providers.get(first)).details();
        as("a1.aplead", () -> providers.addSite(first, SiteKind.SATELLITE, site("Aardale", "BE1 1AA")));
        ProviderFilter mine = ProviderFilter.ANY.withName(prefix);
        assertThat(townsSorted(mine, Sort.Direction.ASC)).containsExactly("Lowbridge", "Middleton");

        ProviderPage.Site mainSite = as("a1.aplead", () -> providers.get(first)).sites().stream()
                .filter(s -> s.kind() == SiteKind.MAIN).findFirst().orElseThrow();
        SiteDetails moved = mainSite.details();
        moved.setTown("  Ashby  ");
        as("a1.aplead", () -> providers.updateSite(mainSite.id(), moved));

        assertThat(townsSorted(mine, Sort.Direction.ASC)).containsExactly("Ashby", "Lowbridge");
        assertThat(townsSorted(mine, Sort.Direction.DESC)).containsExactly("Lowbridge", "Ashby");
        assertThat(as("a1.aplead", () -> providers.list(mine, PageRequest.of(0, 10, Sort.by("town")))))
                .extracting(ProviderRow::id).containsExactly(first, second);
        // the kept town is not an edit of the provider's details: a form opened before the move still saves
        staleDetails.setOffer("Moved to a new main site");
        as("a1.aplead", () -> providers.update(first, staleDetails));
        assertThat(as("a1.aplead", () -> providers.get(first)).details().getOffer()).isEqualTo("Moved to a new main site");
    }

    private List<String> townsSorted(ProviderFilter filter, Sort.Direction direction) {
        return as("a1.aplead", () -> providers.list(filter, PageRequest.of(0, 10, Sort.by(direction, "town"))))
                .stream().map(ProviderRow::town).toList();
    }
}
