package uk.apassure.renewal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.apassure.ViewTest;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.audit.EvidenceFiles;
import uk.apassure.dashboard.ui.DashboardView;
import uk.apassure.renewal.RenewalItem;
import uk.apassure.renewal.RenewalKind;
import uk.apassure.renewal.RenewalState;
import uk.apassure.security.SubjectRunner;

/**
 * The renewals grid: an address with filters opens the filtered list, "Renew" refuses a wrong file
 * under the form and then renews with a good one (the row turns ok), and a governor cannot open it.
 */
class RenewalListViewTest extends ViewTest {

    @Autowired
    AuditFixtures audits;

    @Autowired
    SubjectRunner subjects;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private List<RenewalItem> rows(RenewalListView view) {
        var grid = test(view.grid);
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    @Test
    void an_ap_lead_renews_an_expired_certificate_from_the_filtered_grid_and_the_row_turns_ok() {
        long provider = audits.provider("Renewal view farm");
        audits.decided(provider);
        LocalDate today = LocalDate.now(clock);
        jdbc.update("UPDATE audit_item i JOIN audit a ON a.id = i.audit_id JOIN checklist_item c"
                + " ON c.id = i.checklist_item_id SET i.expires_on = ? WHERE a.provider_id = ?"
                + " AND c.prompt = 'Public liability insurance'", today.minusDays(3), provider);

        signInAs("a1.aplead");
        UI.getCurrent().navigate("renewals", QueryParameters.simple(java.util.Map.of("state", "overdue", "kind",
                "certificate", "provider", String.valueOf(provider))));
        RenewalListView view = (RenewalListView) getCurrentView();
        RenewalFilters filters = $(RenewalFilters.class).single();
        assertThat(filters.state.getValue()).isEqualTo(RenewalState.OVERDUE);
        assertThat(filters.kind.getValue()).isEqualTo(RenewalKind.CERTIFICATE);
        assertThat(filters.provider.getValue().id()).isEqualTo(provider);
        List<RenewalItem> overdue = rows(view);
        assertThat(overdue).extracting(RenewalItem::what).containsExactly("Public liability insurance");

        view.renew(overdue);
        RenewForm form = $(RenewForm.class).single();
        test(form.upload).upload("insurance.pdf", "application/pdf", EvidenceFiles.png());
        assertThat(form.problem.getText()).contains("named as a PDF, but its content is an image");
        test(form.upload).upload("insurance.pdf", "application/pdf", EvidenceFiles.pdf("Insurance 2027"));
        assertThat(form.problem.getText()).isEmpty();
        test(form.newDate).setValue(today.plusYears(1));
        test($(Button.class).withClassName("dialog-save").single()).click();
        assertThat($(RenewForm.class).all()).as("the dialog closed").isEmpty();

        assertThat(rows(view)).as("no longer overdue").isEmpty();
        test(filters.state).selectItem(RenewalState.OK.label());
        assertThat(rows(view)).extracting(RenewalItem::what, RenewalItem::dueOn)
                .contains(org.assertj.core.groups.Tuple.tuple("Public liability insurance", today.plusYears(1)));
    }

    @Test
    void a_governor_cannot_open_the_grid() {
        signInAs("a1.governor");
        UI.getCurrent().navigate("renewals");
        assertThat(getCurrentView()).isNotInstanceOf(RenewalListView.class).isInstanceOf(HasErrorParameter.class);
    }

    @Test
    void the_dashboard_counts_open_the_filtered_grid_and_governors_get_the_numbers_without_links() {
        signInAs("a1.aplead");
        navigate(DashboardView.class);
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref)
                .contains("renewals?state=overdue", "renewals?state=due-soon", "renewals?state=ok");

        signInAs("a1.governor");
        UI.getCurrent().navigate("providers");
        navigate(DashboardView.class);
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).noneMatch(href -> href.startsWith("renewals"));
        assertThat($(Span.class).all()).extracting(Span::getText).contains("Due soon", "Review needed");
    }
}
