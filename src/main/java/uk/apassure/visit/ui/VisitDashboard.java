package uk.apassure.visit.ui;

import com.vaadin.flow.router.RouteConfiguration;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.apassure.base.time.SchoolTime;
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
import uk.apassure.visit.ActionDue;
import uk.apassure.visit.CadenceRow;
import uk.apassure.visit.CadenceService;
import uk.apassure.visit.ConcernService;
import uk.apassure.visit.DraftVisit;
import uk.apassure.visit.OpenConcern;
import uk.apassure.visit.PlacementCadence;
import uk.apassure.visit.VisitCadence;
import uk.apassure.visit.VisitStatus;
import uk.apassure.visit.VisitWork;
import uk.apassure.visit.VisitWorkCounts;

/**
 * The dashboard's visit tiles: open safeguarding concerns for the school's DSLs and headteacher,
 * the user's follow-up actions (joined with their audit conditions) and draft visits, visits due
 * at the providers of the school's active placements (003) for visiting staff; counts for
 * governors; counts by school for trust leads.
 */
@Component
class VisitDashboard implements DashboardContribution {

    private final VisitWork work;
    private final ConcernService concerns;
    private final CadenceService cadence;
    private final AccessGuard access;
    private final Clock clock;

    VisitDashboard(VisitWork work, ConcernService concerns, CadenceService cadence, AccessGuard access, Clock clock) {
        this.work = work;
        this.concerns = concerns;
        this.cadence = cadence;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public List<DashboardTile> tiles() {
        SignedInUser user = access.currentUser();
        List<DashboardTile> tiles = new ArrayList<>();
        if (access.isPermitted(Permission.TRUST_WIDE)) {
            return access.isPermitted(Permission.VISIT_READ) ? bySchool() : tiles;
        }
        if (user.schoolId() == null) {
            return tiles;
        }
        if (!access.isPermitted(Permission.VISIT_READ)) {
            if (access.isPermitted(Permission.VISIT_COUNT)) {
                tiles.addAll(counts());
            }
            return tiles;
        }
        if (access.isPermitted(Permission.CONCERN_CLOSE) || user.hasRole(Role.HEADTEACHER)) {
            tiles.add(new Work("open-concerns", 10, "Open safeguarding concerns",
                    concerns.open().stream().map(VisitDashboard::concern).toList(),
                    new Link("Visits", open(ListAddress.empty().with(VisitListView.CONCERNS, "open"))),
                    "No open safeguarding concerns"));
        }
        tiles.add(new Work("actions", 30, "Your follow-up actions and conditions",
                work.myActions().stream().map(VisitDashboard::action).toList(), null,
                "No follow-up actions or audit conditions name you as owner"));
        if (access.isPermitted(Permission.VISIT_RECORD)) {
            tiles.add(new Work("visit-drafts", 40, "Your draft visits",
                    work.myDrafts().stream().map(this::draft).toList(),
                    new Link("Visits", open(ListAddress.empty().with(VisitListView.STATUS, VisitStatus.DRAFT)
                            .with(VisitListView.MINE, true))),
                    "No draft visits: every visit you started is submitted"));
        }
        if (user.hasRole(Role.AP_LEAD) || user.hasRole(Role.VISITOR)) {
            tiles.add(new Work("visits-due", 50, "Visits due where your pupils are placed",
                    cadence.all().stream().filter(row -> row.state() != VisitCadence.Due.NOT_YET)
                            .map(VisitDashboard::due).toList(), null,
                    "No visits due within " + VisitCadence.DUE_SOON_DAYS + " days"));
        }
        return tiles;
    }

    private List<DashboardTile> counts() {
        VisitWorkCounts counts = work.mySchoolCounts();
        String visits = open(ListAddress.empty());
        return List.of(
                new Count(AT_A_GLANCE, 100, "Open safeguarding concerns", counts.openConcerns(), visits, true),
                new Count(AT_A_GLANCE, 101, "Providers overdue a visit", counts.visitsOverdue(), null, true),
                new Count(AT_A_GLANCE, 102, "Follow-up actions overdue", counts.overdueActions(), null, true),
                new Count(AT_A_GLANCE, 103, "Visits in the last 12 months", counts.visitsThisYear(), visits, false));
    }

    private List<DashboardTile> bySchool() {
        Map<Long, VisitWorkCounts> counts = work.countsBySchool();
        Map<Long, String> concernLists = new HashMap<>();
        counts.keySet().forEach(school -> concernLists.put(school,
                open(ListAddress.empty().with(VisitListView.SCHOOL, school).with(VisitListView.CONCERNS, "open"))));
        return List.of(
                new PerSchool("concerns", 320, "Open concerns", PerSchool.counts(counts, VisitWorkCounts::openConcerns),
                        concernLists, true),
                new PerSchool("visits-overdue", 330, "Visits overdue", PerSchool.counts(counts, VisitWorkCounts::visitsOverdue),
                        Map.of(), true),
                new PerSchool("overdue-actions", 340, "Actions overdue", PerSchool.counts(counts, VisitWorkCounts::overdueActions),
                        Map.of(), true));
    }

    private static Row concern(OpenConcern concern) {
        return Row.flagged(concern.providerName(), "Raised by " + concern.raisedBy() + ", "
                + UkDates.dateTime(concern.raisedAt()), "Open", visit(concern.visitId()));
    }

    private static Row action(ActionDue action) {
        return Row.due(action.description(), "Visit follow-up · " + action.providerName(), action.dueOn(),
                visit(action.visitId()));
    }

    private Row draft(DraftVisit draft) {
        boolean today = draft.savedAt().atZone(SchoolTime.ZONE).toLocalDate().equals(LocalDate.now(clock));
        return Row.waiting(draft.providerName(), "Visit of " + UkDates.dateTime(draft.visitedAt()) + " · last saved "
                + (today ? "today, " + UkDates.time(draft.savedAt()) : UkDates.dateTime(draft.savedAt())),
                visit(draft.visitId()));
    }

    /** A provider's most urgent placement decides its row (003: a month or ten sessions). */
    private static Row due(CadenceRow row) {
        String href = RouteConfiguration.forSessionScope().getUrl(uk.apassure.provider.ui.ProviderView.class,
                row.providerId());
        PlacementCadence first = row.mostUrgent();
        if (first.next() == null) {
            return Row.flagged(row.providerName(), String.valueOf(first.problem()), first.state().label(), href);
        }
        String who = first.pupilName() == null ? "" : first.pupilName()
                + (row.placements().size() > 1 ? " and " + (row.placements().size() - 1) + " more" : "") + " · ";
        return Row.due(row.providerName(), who + DueBadge.reason(first.next()), first.next().due(), href);
    }

    private static String visit(long visitId) {
        return RouteConfiguration.forSessionScope().getUrl(VisitView.class, visitId);
    }

    private static String open(ListAddress address) {
        return address.href(VisitListView.PATH);
    }

    private static final String AT_A_GLANCE = "At a glance";
}
