package uk.apassure.provider;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import uk.apassure.IntegrationTest;
import uk.apassure.demo.BulkProviders;
import uk.apassure.organisation.SystemSetup;
import uk.apassure.security.Role;

/** The register grid pages, sorts and filters 10,000 providers in MariaDB, reading only one page. */
class ProviderGridPagingTest extends IntegrationTest {

    private static final int PROVIDERS = 10_000;
    private static final String TRUST = "Paging Trust";

    @Autowired
    ProviderService providers;

    @Autowired
    SystemSetup setup;

    @Autowired
    BulkProviders bulk;

    @Autowired
    EntityManagerFactory emf;

    @BeforeEach
    void generateTenThousandProviders() {
        synchronized (ProviderGridPagingTest.class) {
            if (!setup.trustExists(TRUST)) {
                long trust = setup.createTrust(TRUST);
                setup.createTrustUser(trust, "paging.lead", "Paging Lead", Set.of(Role.TRUST_LEAD), "x-password-1");
                bulk.generate(trust, PROVIDERS);
            }
        }
    }

    @Test
    void counts_every_provider_of_the_trust() {
        assertThat(as("paging.lead", () -> providers.count(ProviderFilter.ANY))).isEqualTo(PROVIDERS);
    }

    @Test
    void reads_one_page_with_a_single_query_and_no_entities() {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        List<ProviderRow> page = as("paging.lead", () -> {
            statistics.clear();
            return providers.list(ProviderFilter.ANY, PageRequest.of(3, 50, Sort.by("name")));
        });

        assertThat(page).hasSize(50);
        assertThat(statistics.getQueryExecutionCount()).isEqualTo(1);
        assertThat(statistics.getEntityLoadCount()).isZero();
        assertThat(page).extracting(ProviderRow::town).doesNotContainNull();
    }

    @Test
    void pages_follow_each_other_without_gaps_or_repeats() {
        List<ProviderRow> first = as("paging.lead",
                () -> providers.list(ProviderFilter.ANY, PageRequest.of(0, 100, Sort.by("name"))));
        List<ProviderRow> firstHalf = as("paging.lead",
                () -> providers.list(ProviderFilter.ANY, PageRequest.of(0, 50, Sort.by("name"))));
        List<ProviderRow> secondHalf = as("paging.lead",
                () -> providers.list(ProviderFilter.ANY, PageRequest.of(1, 50, Sort.by("name"))));

        assertThat(first.subList(0, 50)).isEqualTo(firstHalf);
        assertThat(first.subList(50, 100)).isEqualTo(secondHalf);
        assertThat(first).extracting(ProviderRow::name).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void the_last_page_holds_the_remainder() {
        List<ProviderRow> last = as("paging.lead",
                () -> providers.list(ProviderFilter.ANY, PageRequest.of(PROVIDERS / 300, 300)));
        assertThat(last).hasSize(PROVIDERS % 300);
    }

    @Test
    void sorts_by_town_descending() {
        List<ProviderRow> page = as("paging.lead", () -> providers.list(ProviderFilter.ANY,
                PageRequest.of(0, 20, Sort.by(Sort.Order.desc("town")))));
        assertThat(page).extracting(ProviderRow::town).containsOnly("Harrowfield");
    }

    @Test
    void filters_combine_and_the_count_matches_the_rows() {
        ProviderFilter filter = ProviderFilter.ANY.withType(ProviderType.FE_COLLEGE)
                .withStatus(ProviderStatus.APPROVED).withLaApproved(Boolean.TRUE);
        long count = as("paging.lead", () -> providers.count(filter));
        List<ProviderRow> rows = as("paging.lead", () -> providers.list(filter, PageRequest.of(0, PROVIDERS)));

        assertThat(count).isPositive().isLessThan(PROVIDERS);
        assertThat(rows).hasSize((int) count).allSatisfy(row -> {
            assertThat(row.type()).isEqualTo(ProviderType.FE_COLLEGE);
            assertThat(row.status()).isEqualTo(ProviderStatus.APPROVED);
            assertThat(row.laApproved()).isTrue();
        });
    }

    @Test
    void the_name_filter_matches_part_of_a_name_and_treats_wildcards_as_text() {
        assertThat(as("paging.lead", () -> providers.count(ProviderFilter.ANY.withName("Forge Farm 1")))).isPositive();
        assertThat(as("paging.lead", () -> providers.count(ProviderFilter.ANY.withName("%")))).isZero();
        assertThat(as("paging.lead", () -> providers.count(ProviderFilter.ANY.withName("_")))).isZero();
    }

    @Test
    void registration_filter_splits_the_register() {
        long registered = as("paging.lead", () -> providers.count(ProviderFilter.ANY.withRegistration(Registration.REGISTERED)));
        long notRegistered = as("paging.lead",
                () -> providers.count(ProviderFilter.ANY.withRegistration(Registration.NOT_REGISTERED)));
        assertThat(registered + notRegistered).isEqualTo(PROVIDERS);
        assertThat(registered).isPositive();
        assertThat(notRegistered).isPositive();
    }
}
