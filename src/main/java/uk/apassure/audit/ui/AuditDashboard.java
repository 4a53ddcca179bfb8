package uk.apassure.audit.ui;

import com.vaadin.flow.router.RouteConfiguration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.springframework.stereotype.Component;
import uk.apassure.audit.SchoolAuditCounts;
import uk.apassure.audit.AuditState;
import uk.apassure.audit.AuditWaiting;
import uk.apassure.audit.AuditWork;
import uk.apassure.audit.ConditionRow;
import uk.apassure.audit.EvidenceDue;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.DashboardContribution;
import uk.apassure.base.ui.DashboardTile;
import uk.apassure.base.ui.DashboardTile.Count;
import uk.apassure.base.ui.DashboardTile.Link;
import uk.apassure.base.ui.DashboardTile.PerSchool;
import uk.apassure.base.ui.DashboardTile.Row;
import uk.apassure.base.ui.DashboardTile.Work;
import uk.apassure.base.ui.ListAddress;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.Role;
import uk.apassure.security.SignedInUser;

/**
 * The dashboard's audit tiles: audits waiting for the DSL's confirmation or the SLT's decision,
 * drafts for the AP lead, the user's conditions (joined with their visit actions), evidence that
 * expires within four weeks; counts for governors; counts by school for trust leads.
 */
@Component
class AuditDashboard implements DashboardContribution {

    static final String ACTIONS = "actions";
    static final String AT_A_GLANCE = "At a glance";

    private final AuditWork work;
    private final AccessGuard access;

    AuditDashboard(AuditWork work, AccessGuard access) {
        this.work = work;
        this.access = access;
    }

    @Override
    public List<DashboardTile> tiles() {
        SignedInUser user = access.currentUser();
        List<DashboardTile> tiles = new ArrayList<>();
        if (access.isPermitted(Permission.TRUST_WIDE)) {
            tiles.addAll(bySchool());
            return tiles;
        }
        if (user.schoolId() == null) {
            return tiles;
        }
        if (user.hasRole(Role.GOVERNOR) && !access.isPermitted(Permission.AUDIT_EDIT)) {
            SchoolAuditCounts counts = work.mySchoolCounts();
            tiles.add(new Count(AT_A_GLANCE, 110, "Audits waiting for sign-off",
                    counts.awaitingConfirmation() + counts.awaitingDecision(), null, false));
            tiles.add(new Count(AT_A_GLANCE, 111, "Audit conditions overdue", counts.overdueConditions(), null, true));
            tiles.add(new Count(AT_A_GLANCE, 112, "Evidence expiring within " + AuditWork.EXPIRY_DAYS + " days",
                    counts.evidenceExpiring(), null, true));
            return tiles;
        }
        long school = user.schoolId();
        if (access.isPermitted(Permission.AUDIT_SAFEGUARDING)) {
            tiles.add(new Work("audits-confirm", 20, "Audits waiting for your safeguarding confirmation",
                    work.awaitingConfirmation().stream().map(a -> waiting(a, "Submitted by ")).toList(),
                    list("Audits", AuditState.SUBMITTED, school), "No audits wait for your safeguarding confirmation"));
        }
        if (access.isPermitted(Permission.AUDIT_DECIDE)) {
            tiles.add(new Work("audits-decide", 21, "Audits waiting for your decision",
                    work.awaitingDecision().stream().map(a -> waiting(a, "Safeguarding confirmed by ")).toList(),
                    list("Audits", AuditState.SAFEGUARDING_CONFIRMED, school), "No audits wait for your decision"));
        }
        if (access.isPermitted(Permission.AUDIT_EDIT) || access.isPermitted(Permission.VISIT_READ)) {
            tiles.add(new Work(ACTIONS, 30, "Your follow-up actions and conditions",
                    work.myConditions().stream().map(AuditDashboard::condition).toList(), null,
                    "No follow-up actions or audit conditions name you as owner"));
        }
        if (access.isPermitted(Permission.AUDIT_SUBMIT)) {
            tiles.add(new Work("audits-draft", 41, "Audits in draft at your school",
                    work.drafts().stream().map(a -> waiting(a, "Started by ")).toList(),
                    list("Audits", AuditState.DRAFT, school), "No audits in draft"));
        }
        // the AP lead renews evidence, SLT decide whether the provider stays suitable
        if (access.isPermitted(Permission.AUDIT_SUBMIT) || access.isPermitted(Permission.AUDIT_DECIDE)) {
            tiles.add(new Work("evidence", 60, "Evidence expiring within " + AuditWork.EXPIRY_DAYS + " days",
                    work.expiringEvidence().stream().map(AuditDashboard::evidence).toList(), null,
                    "No evidence of your school's providers expires within " + AuditWork.EXPIRY_DAYS + " days"));
        }
        return tiles;
    }

    private List<DashboardTile> bySchool() {
        Map<Long, SchoolAuditCounts> counts = work.countsBySchool();
        return List.of(
                column("audits-confirm", 310, "Waiting for DSL", counts, SchoolAuditCounts::awaitingConfirmation,
                        AuditState.SUBMITTED),
                column("audits-decide", 311, "Waiting for decision", counts, SchoolAuditCounts::awaitingDecision,
                        AuditState.SAFEGUARDING_CONFIRMED),
                new PerSchool("overdue-actions", 340, "Actions overdue", PerSchool.counts(counts, SchoolAuditCounts::overdueConditions),
                        Map.of(), true));
    }

    private static PerSchool column(String key, int order, String title, Map<Long, SchoolAuditCounts> counts,
            ToLongFunction<SchoolAuditCounts> count, AuditState state) {
        Map<Long, String> hrefs = new HashMap<>();
        counts.keySet().forEach(school -> hrefs.put(school, list("", state, school).href()));
        return new PerSchool(key, order, title, PerSchool.counts(counts, count), hrefs, true);
    }

    private static Link list(String label, AuditState state, long school) {
        return new Link(label, ListAddress.empty().with(AuditListView.STATE, state).with(AuditListView.SCHOOL, school)
                .href(AuditListView.PATH));
    }

    private static Row waiting(AuditWaiting audit, String step) {
        return Row.waiting(audit.providerName(), step + audit.by() + ", " + UkDates.date(audit.since()),
                audit(audit.auditId()));
    }

    private static Row condition(ConditionRow condition) {
        return Row.due(condition.description(), "Audit condition · " + condition.providerName(), condition.dueOn(),
                audit(condition.auditId()));
    }

    private static Row evidence(EvidenceDue due) {
        return Row.expires(due.prompt(), due.providerName() + " · " + UkDates.date(due.expiresOn()), due.expiresOn(),
                audit(due.auditId()));
    }

    private static String audit(long auditId) {
        return RouteConfiguration.forSessionScope().getUrl(AuditView.class, auditId);
    }
}
