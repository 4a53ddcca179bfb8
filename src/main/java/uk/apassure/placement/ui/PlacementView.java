package uk.apassure.placement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.Attempt;
import uk.apassure.base.ui.DateFields;
import uk.apassure.base.ui.FieldChecks;
import uk.apassure.base.ui.Notices;
import uk.apassure.placement.AgreementConfirmation;
import uk.apassure.placement.AgreementItem;
import uk.apassure.placement.NoticeService;
import uk.apassure.placement.PlacementPage;
import uk.apassure.placement.PlacementService;
import uk.apassure.placement.PupilDetails;
import uk.apassure.placement.SuspensionService;
import uk.apassure.placement.TimetableSession;
import uk.apassure.security.Permission;
import uk.apassure.security.RequiresPermission;

/** One placement: the pupil, the terms, the week, the parental notice, the agreement and the status. */
@Route("placements")
@PageTitle("Placement")
@RequiresPermission(Permission.PLACEMENT_READ)
public class PlacementView extends VerticalLayout implements HasUrlParameter<Long> {

    private final PlacementService placements;
    private final VisitDuePanel visitDue;
    private final SuspensionService suspensions;
    private final NoticeService notices;
    private final PlacementEditing editing;
    private final LocalDate today;
    private final java.util.List<PlacementPageSection> sections;
    private long id;

    public PlacementView(PlacementService placements, PlacementEditing editing, VisitDuePanel visitDue,
            SuspensionService suspensions, NoticeService notices, Clock clock,
            java.util.List<PlacementPageSection> sections) {
        this.placements = placements;
        this.editing = editing;
        this.visitDue = visitDue;
        this.suspensions = suspensions;
        this.notices = notices;
        this.sections = sections.stream().sorted(java.util.Comparator.comparingInt(PlacementPageSection::order)).toList();
        this.today = LocalDate.now(clock);
        addClassName("provider-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long placementId) {
        id = placementId;
        try {
            show(placements.get(id));
        } catch (PlacementService.NotFound e) {
            throw new NotFoundException();
        }
    }

    private void reload() {
        show(placements.get(id));
    }

    private void show(PlacementPage page) {
        removeAll();
        PupilDetails pupil = page.pupil();
        Span status = new Span(page.status().label());
        status.addClassName("tag");
        Div header = new Div(new H2(pupil.name()), status);
        header.addClassName("provider-header");
        editing.button(page, this::reload).ifPresent(header::add);
        add(new RouterLink("← Placements", PlacementListView.class), header);
        add(facts("UPN", pupil.upn(), "Date of birth", UkDates.date(pupil.dateOfBirth()),
                "Year group", PupilDetails.yearGroupLabel(pupil.yearGroup()), "SEND", pupil.sen().label(),
                "Looked after", pupil.lookedAfter() ? "Yes" : "No", "Social worker",
                pupil.socialWorker() == null ? "–" : pupil.socialWorker(), "Free school meals",
                pupil.freeSchoolMeals() ? "Yes" : "No"));

        add(new H3("Placement"));
        add(facts("Type", page.terms().type().label(), "Dates", UkDates.date(page.terms().startsOn())
                + " to " + (page.terms().endsOn() == null ? "open-ended" : UkDates.date(page.terms().endsOn())),
                "Hours a week", String.format("%.2f", page.terms().timetable().hoursPerWeek()),
                "Cost per session", page.terms().costPerSession() == null ? "–" : "£" + page.terms().costPerSession(),
                "Dual registered", page.terms().dualRegistration() ? "Yes" : "No",
                "Local authority informed", UkDates.date(page.terms().laInformedOn()),
                "Aims", page.terms().aims(), "Planned outcomes", page.terms().plannedOutcomes()));
        if (page.destination() != null) {
            add(new Paragraph("Destination: " + page.destination()));
        }

        add(new H3("Week"));
        Map<Long, String> names = page.providers().stream()
                .collect(Collectors.toMap(PlacementPage.ProviderAtPlacement::id, PlacementPage.ProviderAtPlacement::name));
        for (TimetableSession s : page.terms().timetable().sessions()) {
            Div line = new Div(new Span(s.day().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
                    + " " + s.session().label().toLowerCase() + " · " + UkDates.time(s.startsAt()) + "–"
                    + UkDates.time(s.endsAt()) + " · " + names.getOrDefault(s.providerId(), "")));
            line.addClassName("closure-row");
            add(line);
        }

        visitDue.create(page).ifPresent(this::add);
        add(new H3("Parental notice"));
        add(notice(page), new NoticePanel(notices, page, this::reload));
        add(new SuspensionsPanel(suspensions, id, today));
        add(new H3("Commissioning agreement (001 §7.11)"));
        add(agreement(page));
        if (page.canChangeStatus()) {
            add(new StatusActions(placements, page, this::reload));
        }
        sections.forEach(section -> section.create(page).ifPresent(this::add));
        add(new H3("History"));
        for (PlacementPage.StatusChange change : page.history()) {
            Paragraph line = new Paragraph(change.to().label() + " · " + change.reason() + " · " + change.by() + ", "
                    + UkDates.dateTime(change.at()));
            line.addClassName("history-who");
            add(line);
        }
        add(editing.changes(page.id()));
    }

    private Div notice(PlacementPage page) {
        Div box = new Div();
        box.setWidthFull();
        if (page.calendarProblem() != null) {
            box.add(new Paragraph(page.calendarProblem()));
        } else {
            box.add(new Paragraph((page.notice() == null ? "" : page.notice().label()) + " · it must go by "
                    + UkDates.date(page.latestNotice()) + ", two school days before the start"
                    + (page.noticeSentOn() == null ? "." : "; sent " + UkDates.date(page.noticeSentOn()) + ".")));
        }
        if (page.canEdit()) {
            DatePicker sent = DateFields.pastDate("Notice sent on", today);
            Button record = new Button("Record notice sent", click -> {
                if (!FieldChecks.refused(sent).isEmpty()) {
                    Notices.problem("Nothing was recorded: " + sent.getErrorMessage());
                } else if (sent.getValue() == null) {
                    Notices.problem("Enter the date the notice was sent.");
                } else if (Attempt.run("Someone else changed this placement; reload.",
                        () -> placements.recordNoticeSent(id, sent.getValue()))) {
                    Notices.saved("Notice recorded");
                    reload();
                }
            });
            Div row = new Div(sent, record);
            row.addClassName("filter-bar");
            box.add(row);
        }
        return box;
    }

    private Div agreement(PlacementPage page) {
        Div list = new Div();
        list.setWidthFull();
        Map<AgreementItem, AgreementConfirmation> confirmed = page.agreement().stream()
                .collect(Collectors.toMap(AgreementConfirmation::item, c -> c));
        for (AgreementItem item : AgreementItem.values()) {
            AgreementConfirmation done = confirmed.get(item);
            Div row = new Div(new Span(item.label()));
            row.addClassName("closure-row");
            if (done != null) {
                Span who = new Span("✓ " + done.confirmedBy() + ", " + UkDates.date(done.confirmedAt()));
                who.addClassName("history-who");
                row.add(who);
            } else if (page.canEdit()) {
                Button confirm = new Button("Confirm", click -> {
                    if (Attempt.run("Someone else changed this placement; reload.", () -> placements.confirm(id, item))) {
                        reload();
                    }
                });
                confirm.addThemeVariants(ButtonVariant.LUMO_SMALL);
                row.add(confirm);
            } else {
                row.add(new Span("not confirmed"));
            }
            list.add(row);
        }
        return list;
    }

    private static Div facts(String... pairs) {
        Div facts = new Div();
        facts.addClassName("facts");
        for (int i = 0; i < pairs.length; i += 2) {
            Span term = new Span(pairs[i]);
            term.getElement().setAttribute("role", "term");
            Span value = new Span(pairs[i + 1]);
            facts.add(term, value);
        }
        return facts;
    }
}
