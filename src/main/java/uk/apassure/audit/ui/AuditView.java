package uk.apassure.audit.ui;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.apassure.audit.AdoptionService;
import uk.apassure.audit.AuditPdf;
import uk.apassure.audit.AuditService;
import uk.apassure.audit.AuditSheet;
import uk.apassure.audit.AuditState;
import uk.apassure.audit.EvidenceService;
import uk.apassure.base.time.UkDates;
import uk.apassure.provider.ui.ProviderView;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.Role;
import uk.apassure.security.SignedInUser;

/**
 * One audit: its items to fill, section by section, and the workflow step the user may take next.
 * Buttons only appear for those who may use them; the services decide.
 */
@Route("audits")
@PermitAll
public class AuditView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final AuditService audits;
    private final EvidenceService evidence;
    private final AuditPdf pdf;
    private final AdoptionService adoptions;
    private final AccessGuard access;
    private @Nullable AuditSheet audit;
    private final Div overall = new Div();
    private final java.util.List<Div> sectionBadges = new java.util.ArrayList<>();
    private final java.util.Map<Long, AuditItemCard> cards = new java.util.HashMap<>();

    public AuditView(AuditService audits, EvidenceService evidence, AuditPdf pdf, AdoptionService adoptions,
            AccessGuard access) {
        this.audits = audits;
        this.adoptions = adoptions;
        this.evidence = evidence;
        this.pdf = pdf;
        this.access = access;
        addClassName("audit-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long auditId) {
        try {
            audit = audits.get(auditId);
        } catch (AuditService.NotFound e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
            return;
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return audit == null ? "Audit" : "Audit: " + audit.providerName();
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
        RouterLink back = new RouterLink("← " + sheet.providerName(), ProviderView.class, sheet.providerId());
        back.addClassName("back-link");
        H2 title = new H2("Pre-placement check: " + sheet.providerName());
        overall.removeAll();
        overall.add(new RagBadge(sheet.rag(), "Overall: " + sheet.rag().label()));
        Div summary = new Div(overall,
                new Span(sheet.state().label()), new Span(sheet.checklistName() + ", version " + sheet.checklistNumber()),
                new Span("School: " + sheet.schoolName()));
        summary.addClassName("audit-section-title");
        add(back, title, summary, signOffs(sheet), new AuditActions(audits, adoptions, pdf, access, sheet, this::reload));
        cards.clear();
        sectionBadges.clear();
        for (AuditSheet.Section section : sheet.sections()) {
            Div badge = new Div(new RagBadge(section.rag()));
            sectionBadges.add(badge);
            Div heading = new Div(new H3(section.title()), badge);
            heading.addClassName("audit-section-title");
            add(heading);
            for (AuditSheet.Item item : section.items()) {
                AuditItemCard card = new AuditItemCard(item, canEdit(sheet, item), answer -> save(item.id(), answer),
                        evidence, sheet.id(), this::refresh);
                cards.put(item.id(), card);
                add(card);
            }
        }
    }

    private boolean save(long itemId, uk.apassure.audit.ItemAnswer answer) {
        long version = sheet().items().stream().filter(i -> i.id() == itemId).findFirst().orElseThrow().version();
        boolean saved = AuditAttempt.run(() -> audits.recordItem(sheet().id(), itemId, version, answer));
        if (saved) {
            refresh();
        }
        return saved;
    }

    /**
     * After an item is saved or a file uploaded: new versions, RAG badges and evidence lists, while
     * what the user typed in other items stays on screen.
     */
    private void refresh() {
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
    }

    private static Component signOffs(AuditSheet sheet) {
        Div list = new Div();
        list.addClassName("audit-signoffs");
        list.add(new Paragraph("Started: " + AuditFormat.signOff(sheet.started())),
                new Paragraph("Submitted by the AP lead: " + AuditFormat.signOff(sheet.submitted())),
                new Paragraph("Safeguarding confirmed by the DSL: " + AuditFormat.signOff(sheet.safeguardingConfirmed())),
                new Paragraph("Decision: " + (sheet.decision() == null ? "not yet"
                        : sheet.decision().label() + " · " + AuditFormat.signOff(sheet.decided()))));
        if (!sheet.decisionNote().isBlank()) {
            list.add(new Paragraph("Decision note: " + sheet.decisionNote()));
        }
        sheet.conditions().forEach(c -> list.add(new Paragraph("Condition: " + c.description() + " · owner "
                + c.owner() + " · due " + UkDates.date(c.dueOn()))));
        sheet.adoptions().forEach(a -> list.add(new Paragraph("Signed off by " + a.schoolName() + ": "
                + a.decision().label() + " · " + AuditFormat.signOff(a.signed()) + " · re-checked "
                + a.rechecks().size() + " item(s)")));
        if (sheet.correctsAuditId() != null) {
            list.add(new Paragraph("Corrects audit #" + sheet.correctsAuditId()));
        }
        return list;
    }

    private boolean canEdit(AuditSheet sheet, AuditSheet.Item item) {
        SignedInUser user = user().orElse(null);
        if (user == null || !Objects.equals(user.schoolId(), sheet.schoolId())
                || !access.isPermitted(Permission.AUDIT_EDIT)) {
            return false;
        }
        return sheet.state() == AuditState.DRAFT
                || (sheet.state() == AuditState.SUBMITTED && item.dslConfirms() && user.hasRole(Role.DSL));
    }

    private java.util.Optional<SignedInUser> user() {
        return access.findCurrentUser();
    }
}
