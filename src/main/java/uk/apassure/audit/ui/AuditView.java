package uk.apassure.audit.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.apassure.audit.AdoptionService;
import uk.apassure.audit.AuditPdf;
import uk.apassure.audit.AuditService;
import uk.apassure.audit.AuditSheet;
import uk.apassure.audit.AuditState;
import uk.apassure.audit.EvidenceService;
import uk.apassure.provider.ui.ProviderView;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.Role;
import uk.apassure.security.SignedInUser;

/**
 * One audit: its items to fill, section by section, each saved as it is typed, and after them the
 * sign-off step the user may take. Nothing typed is lost: leaving with an answer that is not saved
 * asks first (in the app and in the browser, scripts/audit-leave-guard.js). Buttons only appear
 * for those who may use them; the services decide.
 */
@Route("audits")
@PermitAll
public class AuditView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle, BeforeLeaveObserver {

    private final AuditService audits;
    private final EvidenceService evidence;
    private final AuditPdf pdf;
    private final AdoptionService adoptions;
    private final AccessGuard access;
    private final Clock clock;
    private @Nullable AuditSheet audit;
    private final Div overall = new Div();
    private final SaveStatus pageStatus = new SaveStatus();
    private final List<Div> sectionBadges = new ArrayList<>();
    private final Map<Long, AuditItemCard> cards = new LinkedHashMap<>();

    private final List<AuditPageSection> pageSections;

    public AuditView(AuditService audits, EvidenceService evidence, AuditPdf pdf, AdoptionService adoptions,
            AccessGuard access, Clock clock, List<AuditPageSection> pageSections) {
        this.pageSections = pageSections;
        this.audits = audits;
        this.adoptions = adoptions;
        this.evidence = evidence;
        this.pdf = pdf;
        this.access = access;
        this.clock = clock;
        addClassName("audit-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long auditId) {
        try {
            audit = audits.get(auditId);
        } catch (AuditService.NotFound | AccessGuard.AccessDeniedException e) {
            // governors see counts only; an audit of another trust does not exist for this user
            event.rerouteToError(NotFoundException.class, e.getMessage());
            return;
        }
        render();
        // a new audit (or a correction) opens at its top, not where the previous page was scrolled to
        getElement().executeJs("window.scrollTo(0, 0); this.scrollIntoView({block: 'start'});");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().addJavaScript("context://scripts/audit-leave-guard.js");
    }

    @Override
    public String getPageTitle() {
        return audit == null ? "Audit" : "Audit: " + audit.providerName();
    }

    /** Answers not saved yet: leaving now asks first, and they are lost only if the user says so. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        List<String> unsaved = cards.values().stream().filter(AuditItemCard::hasUnsaved).map(AuditItemCard::prompt)
                .toList();
        if (unsaved.isEmpty()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog ask = new ConfirmDialog("Leave with answers not saved?", "Not saved yet: "
                + String.join("; ", unsaved) + ". Each says why next to it. If you leave now, these changes are lost.",
                "Leave without them", confirm -> leave.proceed());
        ask.setCancelable(true);
        ask.setCancelText("Stay on the audit");
        ask.setConfirmButtonTheme("error primary");
        ask.addClassName("leave-guard");
        ask.open();
    }

    private void reload() {
        audit = audits.get(sheet().id());
        render();
    }

    private AuditSheet sheet() {
        return Objects.requireNonNull(audit);
    }

    private void render() {
        removeAll();
        AuditSheet sheet = sheet();
        LocalDate today = LocalDate.now(clock);
        RouterLink back = new RouterLink("← " + sheet.providerName(), ProviderView.class, sheet.providerId());
        back.addClassName("back-link");
        H2 title = new H2("Pre-placement check: " + sheet.providerName());
        title.addClassName("audit-title");
        overall.removeAll();
        overall.add(new RagBadge(sheet.rag(), "Overall: " + sheet.rag().label()));
        Span state = new Span(sheet.state().label());
        state.addClassName("audit-state");
        Div summary = new Div(overall, state, new Span(sheet.checklistName() + ", version " + sheet.checklistNumber()),
                new Span("School: " + sheet.schoolName()));
        summary.addClassName("audit-section-title");
        cards.clear();
        sectionBadges.clear();
        SignOffPanel signOff = new SignOffPanel(audits, adoptions, access, sheet, today, this::allSaved, this::reload);
        add(back, title, summary);
        AuditSheet.SentBack sentBack = sheet.openSendBack();
        if (sentBack != null) {
            Div notice = new Div(new Span("Sent back by " + AuditFormat.signOff(sentBack.by()) + ": "),
                    new Span(sentBack.reason()));
            notice.addClassName("sent-back-notice");
            notice.getElement().setAttribute("role", "note");
            add(notice);
        }
        Div bar = new Div(new AuditActions(audits, pdf, access, sheet), pageStatus);
        bar.addClassName("audit-bar");
        if (signOff.canAct()) {
            Button toSignOff = new Button("Go to sign-off ↓", click -> signOff.scrollIntoView());
            toSignOff.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            toSignOff.addClassName("to-sign-off");
            bar.add(toSignOff);
        }
        add(bar, AuditHistory.of(sheet));
        boolean anyEditable = false;
        for (AuditSheet.Section section : sheet.sections()) {
            Div badge = new Div(new RagBadge(section.rag()));
            sectionBadges.add(badge);
            Div heading = new Div(new H3(section.title()), badge);
            heading.addClassName("audit-section-title");
            add(heading);
            for (AuditSheet.Item item : section.items()) {
                boolean editable = canEdit(sheet, item);
                anyEditable |= editable;
                AuditItemCard card = new AuditItemCard(item, editable, this::saveItem, evidence, sheet.id(), clock,
                        this::saved);
                cards.put(item.id(), card);
                add(card);
            }
        }
        if (anyEditable) {
            pageStatus.waiting("Answers save as you go");
        } else {
            pageStatus.clear();
        }
        add(signOff);
        pageSections.forEach(section -> section.forAudit(sheet.id()).ifPresent(this::add));
    }

    private uk.apassure.audit.ItemSaved saveItem(long itemId, long version, uk.apassure.audit.ItemAnswer answer) {
        return audits.recordItem(sheet().id(), itemId, version, answer);
    }

    private boolean allSaved() {
        return cards.values().stream().noneMatch(AuditItemCard::hasUnsaved);
    }

    /**
     * After an item is saved or a file uploaded: RAG badges and evidence lists, while what the user
     * typed in other items stays on screen (each card keeps its own version).
     */
    private void saved() {
        audit = audits.get(sheet().id());
        overall.removeAll();
        overall.add(new RagBadge(sheet().rag(), "Overall: " + sheet().rag().label()));
        for (int i = 0; i < sectionBadges.size() && i < sheet().sections().size(); i++) {
            sectionBadges.get(i).removeAll();
            sectionBadges.get(i).add(new RagBadge(sheet().sections().get(i).rag()));
        }
        sheet().items().forEach(item -> {
            AuditItemCard card = cards.get(item.id());
            if (card != null) {
                card.update(item);
            }
        });
        pageStatus.saved(clock);
    }

    private boolean canEdit(AuditSheet sheet, AuditSheet.Item item) {
        SignedInUser user = access.findCurrentUser().orElse(null);
        if (user == null || !Objects.equals(user.schoolId(), sheet.schoolId())
                || !access.isPermitted(Permission.AUDIT_EDIT)) {
            return false;
        }
        return sheet.state() == AuditState.DRAFT
                || (sheet.state() == AuditState.SUBMITTED && item.dslConfirms() && user.hasRole(Role.DSL));
    }
}
