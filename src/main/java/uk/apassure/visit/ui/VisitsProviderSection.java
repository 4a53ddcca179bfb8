package uk.apassure.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.ListAddress;
import uk.apassure.provider.ui.ProviderPageSection;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.visit.CadenceRow;
import uk.apassure.visit.CadenceService;
import uk.apassure.visit.PlacementCadence;
import uk.apassure.visit.ProviderConcern;
import uk.apassure.visit.ProviderVisitCounts;
import uk.apassure.visit.VisitFilter;
import uk.apassure.visit.VisitRow;
import uk.apassure.visit.VisitService;
import uk.apassure.visit.VisitWork;

/**
 * The provider page's "Visits" section: when the next visit is due for each active placement here
 * (003), the latest visits and the safeguarding concerns raised there (the text only for those who
 * may read it), and "Record a visit" for this provider. Governors see numbers only.
 */
@org.springframework.stereotype.Component
class VisitsProviderSection implements ProviderPageSection {

    /** The provider page lists this many visits; the rest are in the filtered visit list. */
    static final int SHOWN = 5;

    private final CadenceService cadence;
    private final VisitService visits;
    private final VisitWork work;
    private final AccessGuard access;

    VisitsProviderSection(CadenceService cadence, VisitService visits, VisitWork work, AccessGuard access) {
        this.cadence = cadence;
        this.visits = visits;
        this.work = work;
        this.access = access;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<Component> create(long providerId) {
        if (!access.isPermitted(Permission.VISIT_READ)) {
            return access.isPermitted(Permission.VISIT_COUNT) ? Optional.of(counts(providerId)) : Optional.empty();
        }
        Div section = section();
        if (access.isPermitted(Permission.VISIT_RECORD)) {
            RouterLink record = VisitNewView.recordLink(providerId);
            section.getChildren().findFirst().ifPresent(heading -> ((Div) heading).add(record));
        }
        section.add(cadence.of(providerId).map(VisitsProviderSection::due).orElseGet(this::noneDue));
        section.add(concerns(work.concernsAt(providerId)));
        section.add(latest(providerId));
        return Optional.of(section);
    }

    /** 003: each active placement here has its own next visit; the most urgent first. */
    private static Component due(CadenceRow row) {
        Div block = new Div(new H4("Next visits, by placement"));
        block.addClassName("placement-cadence");
        for (PlacementCadence placement : row.placements()) {
            Div line = DueBadge.line(placement);
            if (placement.pupilName() != null) {
                // by address: a link to the placement's view class would make visits depend on placements
                line.addComponentAtIndex(1, new Anchor("placements/" + placement.placementId(), placement.pupilName()));
            }
            block.add(line);
        }
        return block;
    }

    private Component noneDue() {
        Paragraph none = new Paragraph("No pupil of " + (access.isPermitted(Permission.TRUST_WIDE) ? "the trust"
                : "your school") + " has an active placement here, so no visit is due.");
        none.addClassName("hint");
        return none;
    }

    private Component latest(long providerId) {
        VisitFilter atProvider = VisitFilter.ANY.withProvider(providerId);
        List<VisitRow> rows = visits.list(atProvider, PageRequest.of(0, SHOWN));
        Div block = new Div(new H4("Visits"));
        block.addClassName("provider-visits");
        if (rows.isEmpty()) {
            block.add(new Paragraph("No visits recorded yet."));
            return block;
        }
        for (VisitRow row : rows) {
            RouterLink link = new RouterLink("", VisitView.class, row.id());
            Span when = new Span(UkDates.dateTime(row.visitedAt()));
            when.addClassName("card-title");
            Span what = new Span(String.join(" · ", row.type() == null ? "Type not chosen yet" : row.type().label(),
                    row.status().label(), row.visitorNames(), row.schoolName()));
            what.addClassName("card-body");
            link.add(when, what);
            if (row.hasOpenConcern()) {
                Span concern = new Span("Open concern");
                concern.addClassNames("status-badge", "status-do-not-use");
                link.add(concern);
            }
            link.addClassNames("card", "visit-card");
            block.add(link);
        }
        long total = visits.count(atProvider);
        if (total > rows.size()) {
            block.add(new Anchor(ListAddress.empty().with(VisitListView.PROVIDER,
                    providerId).href(VisitListView.PATH), "See all " + total + " visits"));
        }
        return block;
    }

    private static Component concerns(List<ProviderConcern> concerns) {
        Div block = new Div(new H4("Safeguarding concerns"));
        block.addClassName("provider-concerns");
        if (concerns.isEmpty()) {
            block.add(new Paragraph("No safeguarding concerns raised here."));
        }
        for (ProviderConcern concern : concerns) {
            RouterLink link = new RouterLink("", VisitView.class, concern.visitId());
            Span state = new Span(concern.open() ? "Open" : "Closed");
            state.addClassNames("status-badge", concern.open() ? "status-do-not-use" : "status-archived");
            Span when = new Span("Raised " + UkDates.dateTime(concern.raisedAt()) + " · " + concern.schoolName()
                    + (concern.open() ? "" : " · closed " + UkDates.date(concern.closedAt())));
            Div line = new Div(state, when);
            line.addClassName("due-line");
            link.add(line);
            if (concern.description() != null) {
                Span text = new Span(concern.description());
                text.addClassName("card-body");
                link.add(text);
            }
            link.addClassNames("card", "concern-card");
            block.add(link);
        }
        return block;
    }

    private Component counts(long providerId) {
        ProviderVisitCounts counts = work.countsAt(providerId);
        Div section = section();
        Paragraph numbers = new Paragraph(some(counts.visitsThisYear(), "visit") + " in the last 12 months · "
                + some(counts.openConcerns(), "open safeguarding concern") + " · " + counts.closedConcerns()
                + " closed");
        Paragraph why = new Paragraph("As a governor you see counts only.");
        why.addClassName("hint");
        section.add(numbers, why);
        return section;
    }

    private static String some(long count, String thing) {
        return count + " " + thing + (count == 1 ? "" : "s");
    }

    private static Div section() {
        Div section = new Div();
        section.addClassNames("page-section", "visit-cadence");
        Div heading = new Div(new H3("Visits and concerns"));
        heading.addClassName("section-heading");
        section.add(heading);
        return section;
    }
}
