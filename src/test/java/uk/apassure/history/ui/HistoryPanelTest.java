package uk.apassure.history.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.ViewTest;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.audit.ui.AuditView;
import uk.apassure.provider.ProviderDetails;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.ui.ProviderView;
import uk.apassure.security.SubjectRunner;

/** The provider page's "History": collapsed, then who changed which field from what to what, as text. */
class HistoryPanelTest extends ViewTest {

    private static final String TYPED = "<b>Animal care</b> & more";

    @Autowired
    ProviderService providers;

    @Autowired
    AuditFixtures audits;

    @Autowired
    SubjectRunner subjects;

    @Test
    void the_provider_page_shows_who_changed_what_from_what_to_what_as_text() {
        long provider = audits.provider("History panel farm " + UUID.randomUUID());
        subjects.runAs("a1.aplead", () -> {
            ProviderDetails details = providers.get(provider).details();
            details.setOffer(TYPED);
            providers.update(provider, details);
        });

        signInAs("a2.dsl");
        navigate(ProviderView.class, provider);
        HistoryPanel panel = $(HistoryPanel.class).single();
        assertThat(panel.isOpened()).isFalse();
        assertThat($(Div.class).withClassName("change-history-entry").all()).isEmpty();

        panel.setOpened(true);
        panel.load();

        var entries = $(Div.class).withClassName("change-history-entry").all();
        assertThat(entries).hasSizeGreaterThanOrEqualTo(2);
        String newest = entries.getFirst().getElement().getTextRecursively();
        assertThat(newest).contains("Changed by " + subjects.signedIn("a1.aplead").displayName())
                .contains("Offer: Animal care → " + TYPED);
        assertThat(entries.getLast().getElement().getTextRecursively()).contains("Created by");
        assertThat($(Div.class).withClassName("change-history-line").all())
                .allSatisfy(line -> assertThat(line.getElement().getProperty("innerHTML")).isNull());
    }

    @Test
    void the_audit_page_shows_the_audits_own_history() {
        long provider = audits.provider("History audit farm " + UUID.randomUUID());
        long audit = audits.draft(provider);

        signInAs("a1.aplead");
        navigate(AuditView.class, audit);
        HistoryPanel panel = $(HistoryPanel.class).single();
        assertThat(panel.isOpened()).isFalse();
        panel.setOpened(true);
        panel.load();

        var entries = $(Div.class).withClassName("change-history-entry").all();
        assertThat(entries).isNotEmpty();
        assertThat(entries.getLast().getElement().getTextRecursively()).contains("Created by " + subjects.signedIn("a1.aplead").displayName())
                .contains("State: – → Draft");
    }
}
