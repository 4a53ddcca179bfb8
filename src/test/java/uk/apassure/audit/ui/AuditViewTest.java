package uk.apassure.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
import uk.apassure.audit.EvidenceFiles;
import uk.apassure.audit.ItemAnswer;
import uk.apassure.audit.Outcome;
import uk.apassure.base.time.SchoolTime;
import uk.apassure.provider.ui.ProviderView;
import uk.apassure.security.SubjectRunner;

/** An AP lead fills an audit on its page, every answer saved as it is given, and submits it. */
class AuditViewTest extends ViewTest {

    @Autowired
    AuditService audits;

    @Autowired
    AuditFixtures fixtures;

    @Autowired
    SubjectRunner subjects;

    private static LocalDate today() {
        return LocalDate.now(SchoolTime.ZONE);
    }

    private AuditSheet sheet(long id) {
        return subjects.callAs("a1.aplead", () -> audits.get(id));
    }

    @Test
    void an_ap_lead_starts_an_audit_from_the_provider_page_and_every_answer_saves_without_a_save_button() {
        long provider = fixtures.provider("View walk-through farm");
        signInAs("a1.aplead");
        navigate(ProviderView.class, provider);
        assertThat($(com.vaadin.flow.component.html.Span.class).withClassName("audit-glance").single().getText())
                .isEqualTo("Latest decided audit: No audit");
        test($(Button.class).withClassName("start-audit").single()).click();
        assertThat(getCurrentView()).isInstanceOf(AuditView.class);
        long auditId = subjects.callAs("a1.aplead", () -> audits.forProvider(provider)).getFirst().id();

        List<AuditItemCard> cards = $(AuditItemCard.class).all();
        assertThat(cards).hasSizeGreaterThan(30);
        assertThat($(Button.class).withText("Save item").all()).as("no per-card Save buttons").isEmpty();
        for (int i = 0; i < cards.size(); i++) {
            AuditItemCard card = cards.get(i);
            if (card.expiresOn.getParent().isPresent()) {
                test(card.expiresOn).setValue(today().plusMonths(6));
            }
            if (card.seenNotKept.isAttached()) {
                test(card.seenNotKept).click();
                test(card.seenReason).setValue("Seen with the manager " + i);
            }
            test(card.outcome).selectItem(i == 0 ? "Partly met" : "Met");
            test(card.note).setValue("Checked on site visit " + i);
            assertThat(card.status.getText()).as("item %s", i).startsWith("Saved ");
            assertThat(card.hasUnsaved()).isFalse();
        }
        // the same item changed a second time: the card keeps the item's new version
        AuditItemCard first = cards.getFirst();
        test(first.outcome).selectItem("Not applicable");
        assertThat(first.status.getText()).startsWith("Saved ");

        AuditSheet filled = sheet(auditId);
        assertThat(filled.items()).allMatch(item -> item.outcome() != null);
        assertThat(filled.items().getFirst().outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(filled.items().get(1).outcome()).isEqualTo(Outcome.MET);
        assertThat(filled.items().get(3).note()).isEqualTo("Checked on site visit 3");
        assertThat(filled.items()).extracting(item -> item.checked().by()).containsOnly("A1 AP Lead");

        // the sign-off step sits after the items it is about
        List<Component> children = $(AuditView.class).single().getChildren().toList();
        SignOffPanel panel = $(SignOffPanel.class).single();
        assertThat(children.indexOf(panel)).isGreaterThan(children.indexOf(cards.getLast()));
        test($(Button.class).withText("Submit for sign-off").single()).click();
        assertThat(sheet(auditId).state()).isEqualTo(AuditState.SUBMITTED);
        // submitted: the AP lead can no longer change the items and has no submit button
        assertThat($(Button.class).withText("Submit for sign-off").all()).isEmpty();
        assertThat($(AuditItemCard.class).all()).allMatch(card -> card.outcome.isReadOnly());
    }

    @Test
    void a_national_standards_item_shows_the_standard_it_checks_and_the_school_s_own_checks_show_none() {
        long id = fixtures.draft(fixtures.provider("View standards farm"));
        AuditSheet.Item drills = sheet(id).items().stream().filter(i -> i.prompt().equals("Fire drills held and logged"))
                .findFirst().orElseThrow();
        AuditSheet.Item insurance = sheet(id).items().stream()
                .filter(i -> i.prompt().equals("Employer's liability insurance")).findFirst().orElseThrow();
        signInAs("a1.aplead");
        navigate(AuditView.class, id);

        assertThat($(com.vaadin.flow.component.html.Span.class, cardOf(drills.id())).withClassName("tag-standard")
                .single().getText()).isEqualTo("National standard: DfE AP 2 Health and safety");
        assertThat($(com.vaadin.flow.component.html.Span.class, cardOf(insurance.id())).withClassName("tag-standard")
                .all()).isEmpty();
    }

    @Test
    void an_item_that_requires_evidence_cannot_be_met_until_a_file_or_seen_on_site_with_a_reason() {
        long id = fixtures.draft(fixtures.provider("View evidence farm"));
        AuditSheet.Item policy = sheet(id).items().stream().filter(AuditSheet.Item::evidenceRequired)
                .filter(i -> !i.needsExpiry()).findFirst().orElseThrow();
        signInAs("a1.aplead");
        navigate(AuditView.class, id);
        AuditItemCard card = cardOf(policy.id());
        assertThat(card.outcome.getItemEnabledProvider().test(Outcome.MET)).isFalse();
        assertThat(card.outcome.getHelperText()).isEqualTo(AuditItemCard.MET_NEEDS_EVIDENCE);
        // a refused file never counts: the reason is shown and Met stays closed
        test(card.upload.upload).upload("policy.pdf", "application/pdf", EvidenceFiles.png());
        assertThat(card.upload.problem.getText()).contains("named as a PDF, but its content is an image (PNG)");
        assertThat(sheet(id).items().stream().filter(i -> i.id() == policy.id()).findFirst().orElseThrow().evidence())
                .isEmpty();
        assertThat(card.outcome.getItemEnabledProvider().test(Outcome.MET)).isFalse();
        // a real file opens it
        test(card.upload.upload).upload("policy.pdf", "application/pdf", EvidenceFiles.pdf("policy"));
        assertThat(card.upload.problem.getText()).isEmpty();
        assertThat(card.outcome.getItemEnabledProvider().test(Outcome.MET)).isTrue();
        test(card.outcome).selectItem("Met");
        assertThat(card.status.getText()).startsWith("Saved ");
        assertThat(sheet(id).items().stream().filter(i -> i.id() == policy.id()).findFirst().orElseThrow().outcome())
                .isEqualTo(Outcome.MET);
    }

    @Test
    void a_concurrent_edit_is_refused_with_a_clear_message_and_what_was_typed_stays_on_screen() {
        long id = fixtures.draft(fixtures.provider("View race farm"));
        AuditSheet.Item first = sheet(id).items().getFirst();
        signInAs("a1.aplead");
        navigate(AuditView.class, id);
        subjects.runAs("a1.dsl", () -> audits.recordItem(id, first.id(), first.version(),
                new ItemAnswer(null, "DSL's note", null)));
        AuditItemCard card = cardOf(first.id());
        test(card.note).setValue("My note");
        assertThat(card.status.getText()).startsWith("Not saved: Someone else saved this audit");
        assertThat(card.note.getValue()).isEqualTo("My note");
        assertThat(card.hasUnsaved()).isTrue();
        assertThat(sheet(id).items().getFirst().note()).isEqualTo("DSL's note");
    }

    @Test
    void leaving_with_an_answer_that_is_not_saved_asks_first() {
        long provider = fixtures.provider("View leave farm");
        long id = fixtures.draft(provider);
        AuditSheet.Item insurance = sheet(id).items().stream()
                .filter(i -> i.prompt().equals("Public liability insurance")).findFirst().orElseThrow();
        signInAs("a1.aplead");
        navigate(AuditView.class, id);
        AuditItemCard card = cardOf(insurance.id());
        // partly met needs the expiry date: refused, and said so next to the item
        test(card.outcome).selectItem("Partly met");
        assertThat(card.status.getText()).startsWith("Not saved: Give the expiry or review date");
        com.vaadin.flow.component.UI.getCurrent().navigate(ProviderView.class, provider);
        assertThat(getCurrentView()).as("still on the audit").isInstanceOf(AuditView.class);
        ConfirmDialog ask = $(ConfirmDialog.class).withClassName("leave-guard").single();
        assertThat(test(ask).getText()).contains("Public liability insurance");
        test(ask).cancel();
        // given the date, it saves, and leaving no longer asks
        test(card.expiresOn).setValue(today().plusYears(1));
        assertThat(card.status.getText()).startsWith("Saved ");
        navigate(ProviderView.class, provider);
        assertThat(getCurrentView()).isInstanceOf(ProviderView.class);
        assertThat(sheet(id).items().stream().filter(i -> i.id() == insurance.id()).findFirst().orElseThrow())
                .satisfies(i -> {
                    assertThat(i.outcome()).isEqualTo(Outcome.PARTLY_MET);
                    assertThat(i.expiresOn()).isEqualTo(today().plusYears(1));
                });
    }

    @Test
    void audit_dates_are_uk_fields_and_expired_evidence_shows_as_overdue() {
        long id = fixtures.draft(fixtures.provider("View date farm"));
        AuditSheet.Item insurance = sheet(id).items().stream()
                .filter(i -> i.prompt().equals("Public liability insurance")).findFirst().orElseThrow();
        signInAs("a1.aplead");
        navigate(AuditView.class, id);
        AuditItemCard card = cardOf(insurance.id());
        assertThat(card.expiresOn.getI18n().getDateFormats()).first().isEqualTo("dd/MM/yyyy");
        assertThat(card.expiresOn.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(card.expiresOn.getMax()).isEqualTo(today().plusYears(10));
        test(card.expiresOn).setValue(LocalDate.of(2020, 6, 1));
        assertThat(card.status.getText()).startsWith("Saved ");
        assertThat(card.hasClassName("overdue")).isTrue();
        assertThat(card.getElement().getTextRecursively()).contains("Expired on Mon 1 Jun 2020: overdue");
    }

    @Test
    void the_audit_list_shows_the_trusts_audits_and_a_dsl_confirms_after_seeing_the_safeguarding_items() {
        long provider = fixtures.provider("View list farm");
        long id = fixtures.submitted(provider);
        signInAs("a1.dsl");
        navigate(AuditListView.class);
        @SuppressWarnings("unchecked")
        Grid<AuditRow> grid = $(Grid.class).withClassName("audit-grid").single();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(1);
        navigate(AuditView.class, id);
        assertThat($(Button.class).withText("Submit for sign-off").all()).isEmpty();
        // only the safeguarding items are open to the DSL once submitted
        List<AuditItemCard> cards = $(AuditItemCard.class).all();
        assertThat(cards).anyMatch(card -> !card.outcome.isReadOnly()).anyMatch(card -> card.outcome.isReadOnly());
        test($(Button.class).withText("Confirm safeguarding…").single()).click();
        ConfirmSafeguardingDialog dialog = $(ConfirmSafeguardingDialog.class).single();
        AuditSheet sheet = sheet(id);
        assertThat(dialog.getElement().getTextRecursively()).contains("Overall: Green")
                .contains(sheet.dslItems().stream().map(AuditSheet.Item::prompt).toList().toArray(String[]::new));
        assertThat(sheet(id).state()).as("not yet: asked once more").isEqualTo(AuditState.SUBMITTED);
        test(dialog.confirm).click();
        assertThat(sheet(id).state()).isEqualTo(AuditState.SAFEGUARDING_CONFIRMED);
    }

    @Test
    void the_dsl_sends_an_audit_back_and_the_ap_lead_sees_why_at_the_top() {
        long id = fixtures.submitted(fixtures.provider("View send back farm"));
        signInAs("a1.dsl");
        navigate(AuditView.class, id);
        test($(Button.class).withClassName("send-back").single()).click();
        SendBackDialog.Form form = $(SendBackDialog.Form.class).single();
        test($(Button.class).withText("Send back").single()).click();
        assertThat(form.reason.isInvalid()).isTrue();
        test(form.reason).setValue("Upload the current safeguarding policy, not the 2021 one");
        test($(Button.class).withText("Send back").single()).click();
        assertThat(sheet(id).state()).isEqualTo(AuditState.DRAFT);

        signInAs("a1.aplead");
        navigate(AuditView.class, id);
        assertThat($(com.vaadin.flow.component.html.Div.class).withClassName("sent-back-notice").single().getElement()
                .getTextRecursively()).contains("Sent back by A1 DSL").contains("not the 2021 one");
    }

    @Test
    void start_a_correction_asks_first_and_then_opens_the_one_correction() {
        long provider = fixtures.provider("View correction farm");
        long id = fixtures.decided(provider);
        signInAs("a1.aplead");
        navigate(AuditView.class, id);
        test($(Button.class).withClassName("start-correction").single()).click();
        ConfirmDialog ask = $(ConfirmDialog.class).withClassName("correction-confirm").single();
        test(ask).cancel();
        assertThat(subjects.callAs("a1.aplead", () -> audits.forProvider(provider))).hasSize(1);
        test($(Button.class).withClassName("start-correction").single()).click();
        test($(ConfirmDialog.class).withClassName("correction-confirm").single()).confirm();
        List<AuditRow> rows = subjects.callAs("a1.aplead", () -> audits.forProvider(provider));
        assertThat(rows).hasSize(2);
        long correction = rows.stream().filter(row -> row.id() != id).findFirst().orElseThrow().id();
        assertThat(getCurrentView()).isInstanceOf(AuditView.class);
        assertThat(sheet(correction).correctsAuditId()).isEqualTo(id);
        // back on the decided audit there is no second start, only the way to the correction
        navigate(AuditView.class, id);
        assertThat($(Button.class).withClassName("start-correction").all()).isEmpty();
        assertThat($(com.vaadin.flow.router.RouterLink.class).withText("Corrected by audit #" + correction).all())
                .hasSize(1);
    }

    @Test
    void a_governor_sees_counts_and_never_an_audit() {
        long provider = fixtures.provider("View governor farm");
        long id = fixtures.draft(provider);
        signInAs("a1.governor");
        navigate(AuditListView.class);
        assertThat($(Grid.class).all()).isEmpty();
        assertThat($(AuditCountsPanel.class).single().getElement().getTextRecursively()).contains("Draft");
        navigate(ProviderView.class, provider);
        assertThat($(AuditCountsPanel.class).all()).hasSize(1);
        assertThat($(com.vaadin.flow.router.RouterLink.class).withText("Audit #" + id + " · School A1").all()).isEmpty();
        com.vaadin.flow.component.UI.getCurrent().navigate(AuditView.class, id);
        assertThat(getCurrentView()).isNotInstanceOf(AuditView.class);
        assertThat($(AuditItemCard.class).all()).isEmpty();
    }

    @Test
    void the_provider_page_and_the_register_show_the_latest_decided_audit_to_another_school() {
        long provider = fixtures.provider("View glance farm");
        long id = fixtures.decided(provider);
        String today = uk.apassure.base.time.UkDates.date(today());
        signInAs("a2.dsl");
        navigate(ProviderView.class, provider);
        assertThat($(com.vaadin.flow.component.html.Span.class).withClassName("audit-glance").single().getText())
                .isEqualTo("Latest decided audit: Green, " + today);
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
        assertThat(test(grid).getRow(0).auditGlance(LocalDate.now())).isEqualTo("Green, " + today);
        assertThat(test(grid).getRow(0).auditGlance(LocalDate.now().plusMonths(13)))
                .isEqualTo("Green, " + today + " · older than 12 months");
    }

    private AuditItemCard cardOf(long itemId) {
        return $(AuditItemCard.class).all().stream()
                .filter(card -> String.valueOf(itemId).equals(card.getElement().getAttribute("data-item")))
                .findFirst().orElseThrow();
    }
}
