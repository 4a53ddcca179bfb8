package uk.apassure.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.IntegrationTest;

/** The register keeps when a provider's place on the LA's approved list ends, and only while it is on the list. */
class LaApprovalUntilTest extends IntegrationTest {

    @Autowired
    ProviderService providers;

    @Test
    void the_approval_end_date_is_kept_and_cleared_when_the_provider_leaves_the_list() {
        ProviderDetails details = ProviderFixtures.farm("LA until farm");
        details.setLaApprovedUntil(LocalDate.of(2027, 3, 31));
        long id = as("a1.aplead", () -> providers.create(details, ProviderFixtures.site("Alpha", "AB1 2CD")));
        ProviderDetails saved = as("a1.aplead", () -> providers.get(id).details());
        assertThat(saved.getLaApprovedUntil()).isEqualTo(LocalDate.of(2027, 3, 31));

        saved.setLaApproved(false);
        as("a1.aplead", () -> providers.update(id, saved));
        ProviderDetails off = as("a1.aplead", () -> providers.get(id).details());
        assertThat(off.isLaApproved()).isFalse();
        assertThat(off.getLaApprovedUntil()).as("no end date without a place on the list").isNull();
    }
}
