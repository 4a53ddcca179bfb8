package uk.apassure.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.ViewTest;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.audit.AuditRow;
import uk.apassure.audit.AuditService;
import uk.apassure.audit.AuditSheet;
import uk.apassure.audit.AuditState;
import uk.apassure.audit.Outcome;
import uk.apassure.provider.ui.ProviderView;
import uk.apassure.security.SubjectRunner;

/** An AP lead fills an audit item by item on the audit page and submits it. */
class AuditViewTest extends ViewTest {

    @Autowired
    AuditService audits;

    @Autowired
    AuditFixtures fixtures;

    @Autowired
    SubjectRunner subjects;

    @Test
    void an_ap_lead_starts_an_audit_from_the_provider_page_fills_every_item_and_submits_it() {
        long provider = fixtures.provider("View walk-through farm");
        signInAs("a1.aplead");
        navigate(ProviderView.class, provider);
        assertThat($(com.vaadin.flow.component.html.Span.class).withClassName("audit-glance").single().getText())
                .isEqualTo("Latest decided audit: No audit");
        test($(Button.class).withClassName("start-audit").single()).click();
        assertThat(getCurrentView()).isInstanceOf(AuditView.class);

        List<AuditItemCard> cards = $(AuditItemCard.class).all();
        assertThat(cards).hasSizeGreaterThan(30);
        // saving without an outcome is refused next to the field
        test(cards.getFirst().save).click();
        assertThat(cards.getFirst().outcome.isInvalid()).isTrue();

        for (int i = 0; i < cards.size(); i++) {
            AuditItemCard card = $(AuditItemCard.class).all().get(i);
            test(card.outcome).selectItem(i == 0 ? "Partly met" : "Met");
            if (card.expiresOn.getParent().isPresent()) {
                test(card.expiresOn).setValue(LocalDate.now().plusMonths(6));
            }
            test(card.note).setValue("Checked on site visit " + i);
            test(card.save).click();
        }
        // the same item saved a second time: the page keeps the item's new version
        AuditItemCard first = $(AuditItemCard.class).all().getFirst();
        test(first.outcome).selectItem("Not applicable");
        test(first.save).click();
        long auditId = subjects.callAs("a1.aplead", () -> audits.list(org.springframework.data.domain.PageRequest.of(0, 50)))
                .stream().filter(row -> row.providerName().equals("View walk-through farm")).findFirst().orElseThrow().id();
        AuditSheet filled = subjects.callAs("a1.aplead", () -> audits.get(auditId));
        assertThat(filled.items()).allMatch(item -> item.outcome() != null);
        assertThat(filled.items().getFirst().outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(filled.items().get(1).outcome()).isEqualTo(Outcome.MET);
        assertThat(filled.items().get(3).note()).isEqualTo("Checked on site visit 3");
        assertThat(filled.items()).extracting(item -> item.checked().by()).containsOnly("A1 AP Lead");

        test($(Button.class).withText("Submit for sign-off").single()).click();
        assertThat(subjects.callAs("a1.aplead", () -> audits.get(auditId)).state()).isEqualTo(AuditState.SUBMITTED);
        // submitted: the AP lead can no longer change the items and has no submit button
        assertThat($(Button.class).withText("Submit for sign-off").all()).isEmpty();
        assertThat($(AuditItemCard.class).all()).allMatch(card -> card.outcome.isReadOnly());
    }

    @Test
    void the_audit_list_shows_the_trusts_audits_and_a_dsl_sees_the_confirm_step() {
        long provider = fixtures.provider("View list farm");
        long id = fixtures.submitted(provider);
        signInAs("a1.dsl");
        navigate(AuditListView.class);
        @SuppressWarnings("unchecked")
        Grid<AuditRow> grid = $(Grid.class).withClassName("audit-grid").single();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(1);
        navigate(AuditView.class, id);
        assertThat($(Button.class).withText("Confirm safeguarding").all()).hasSize(1);
        assertThat($(Button.class).withText("Submit for sign-off").all()).isEmpty();
        // only the safeguarding items are open to the DSL once submitted
        List<AuditItemCard> cards = $(AuditItemCard.class).all();
        assertThat(cards).anyMatch(card -> !card.outcome.isReadOnly()).anyMatch(card -> card.outcome.isReadOnly());
        test($(Button.class).withText("Confirm safeguarding").single()).click();
        assertThat(subjects.callAs("a1.dsl", () -> audits.get(id)).state()).isEqualTo(AuditState.SAFEGUARDING_CONFIRMED);
    }

    @Test
    void the_provider_page_and_the_register_show_the_latest_decided_audit_to_another_school() {
        long provider = fixtures.provider("View glance farm");
        long id = fixtures.decided(provider);
        String today = uk.apassure.base.time.UkDates.date(LocalDate.now(uk.apassure.base.time.SchoolTime.ZONE));
        signInAs("a2.dsl");
        navigate(ProviderView.class, provider);
        assertThat($(com.vaadin.flow.component.html.Span.class).withClassName("audit-glance").single().getText())
                .isEqualTo("Latest decided audit: Amber, " + today);
        assertThat($(com.vaadin.flow.router.RouterLink.class).withText("Audit #" + id + " · School A1").all()).hasSize(1);
        // another school's DSL may start its own school's audit of the same provider
        assertThat($(Button.class).withClassName("start-audit").all()).hasSize(1);

        navigate(uk.apassure.provider.ui.ProviderListView.class);
        test($(com.vaadin.flow.component.textfield.TextField.class)
                .withPropertyValue(com.vaadin.flow.component.textfield.TextField::getPlaceholder, "Search by name")
                .single()).setValue("View glance farm");
        @SuppressWarnings("unchecked")
        Grid<uk.apassure.provider.ProviderRow> grid = $(Grid.class).withClassName("provider-grid").single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).auditGlance(LocalDate.now())).isEqualTo("Amber, " + today);
        assertThat(test(grid).getRow(0).auditGlance(LocalDate.now().plusMonths(13)))
                .isEqualTo("Amber, " + today + " · older than 12 months");
    }
}
