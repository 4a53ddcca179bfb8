package uk.apassure.visit.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.apassure.base.domain.Text;
import uk.apassure.base.ui.AmendmentsPanel;
import uk.apassure.base.ui.Autosave;
import uk.apassure.base.ui.BrowserDraftCopy;
import uk.apassure.base.ui.Notices;
import uk.apassure.base.ui.SaveState;
import uk.apassure.base.ui.UnsavedChanges;
import uk.apassure.security.Permission;
import uk.apassure.security.RequiresPermission;
import uk.apassure.visit.ConcernService;
import uk.apassure.visit.FollowUpService;
import uk.apassure.visit.VisitPage;
import uk.apassure.visit.VisitService;
import uk.apassure.visit.VisitStatus;

/**
 * One visit: the form, autosaved on the server a moment after each change and copied in the
 * browser (scripts/visit-draft.js) for when the connection drops; submit; amend with a reason;
 * the safeguarding concern; follow-up actions; the amendment trail.
 */
@Route("visits")
@RequiresPermission(Permission.VISIT_READ)
public class VisitView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {


    private final VisitService visits;
    private final ConcernService concerns;
    private final ConcernRelay concernRelay;
    private final FollowUpService actions;
    private final Clock clock;
    private final SaveState saveState = new SaveState();
    private final Div problems = new Div();
    private final Autosave autosave;
    private VisitPage page;
    private final BrowserDraftCopy copy = new BrowserDraftCopy(this, "visit");
    private VisitForm form;
    private ActionsPanel actionsPanel;

    public VisitView(VisitService visits, ConcernService concerns, FollowUpService actions, Clock clock,
            ConcernRelay concernRelay) {
        this.visits = visits;
        this.actions = actions;
        this.concerns = concerns;
        this.concernRelay = concernRelay;
        this.clock = clock;
        addClassName("visit-view");
        problems.addClassName("form-errors");
        autosave = new Autosave(saveState, clock, VisitService.ConcurrentEdit.class,
                VisitService.ConcurrentEdit.MESSAGE);
    }

    @Override
    public void setParameter(BeforeEvent event, Long visitId) {
        try {
            page = visits.get(visitId);
        } catch (VisitService.NotFound e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
            return;
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return page == null ? "Visit" : "Visit: " + page.providerName();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (page != null && page.editable()) {
            copy.watch(event, String.valueOf(page.id()), form.draft().getVersion());
        }
    }

    private void reload() {
        page = visits.get(page.id());
        render();
    }

    private void render() {
        removeAll();
        autosave.reset(page.editable());
        RouterLink back = new RouterLink("← All visits", VisitListView.class);
        back.addClassName("back-link");
        Span status = new Span(page.status().label());
        status.addClassName("visit-status");
        Div header = new Div(new H2(page.providerName()), status, saveState);
        header.addClassName("visit-header");
        saveState.show(page.editable() ? "Draft: changes save as you type" : "Recorded by " + page.recordedByName());

        form = new VisitForm(page.draft(), page.sites(), clock);
        form.setEditable(page.editable());
        form.onChange(this::changed);
        UnsavedChanges.watch(form, () -> !autosave.stored());
        actionsPanel = new ActionsPanel(actions, page, page.editable() || page.amendable(), LocalDate.now(clock),
                this::reload);
        add(back, header, new ConcernPanel(concerns, concernRelay, page, this::reload), form, actionsPanel);
        if (!page.amendments().isEmpty()) {
            add(new AmendmentsPanel(page.amendments()));
        }
        add(problems, buttons());
    }

    private Div buttons() {
        Div buttons = new Div();
        buttons.addClassName("form-buttons");
        if (page.editable()) {
            Button submit = new Button("Submit visit", click -> actionsPanel.settleTypedAction(this::submit));
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.addClassName("submit-visit");
            buttons.add(submit);
        } else if (page.amendable()) {
            Button amend = new Button("Amend", click -> startAmending(buttons));
            amend.addClassName("amend-visit");
            buttons.add(amend);
        }
        return buttons;
    }

    private void changed() {
        autosave.changed(this::save);
    }

    /** Stores the draft; what the form could not take (an impossible date) or a refused save is never silent. */
    private void save() {
        autosave.save(() -> visits.saveDraft(page.id(), form.draft()), version -> {
            form.draft().setVersion(version);
            copy.saved(String.valueOf(page.id()), form.offlineValues(), version);
        }, form::problems, "visit " + page.id());
    }

    private void submit() {
        problems.removeAll();
        List<String> unreadable = form.problems();
        if (!unreadable.isEmpty()) {
            unreadable.forEach(problem -> problems.add(new Div(problem)));
            Notices.problem("Not submitted yet: " + String.join(" ", unreadable));
            return;
        }
        try {
            visits.submit(page.id(), form.draft());
        } catch (VisitService.InvalidVisit e) {
            e.problems().forEach(problem -> problems.add(new Div(problem)));
            Notices.problem("Not submitted yet: " + String.join(" ", e.problems()));
            return;
        } catch (VisitService.ConcurrentEdit | Text.HiddenCharacter e) {
            Notices.problem(e.getMessage());
            return;
        }
        Notices.saved("Visit submitted");
        reload();
    }

    private void startAmending(Div buttons) {
        form.setEditable(true);
        buttons.removeAll();
        buttons.add(new AmendBar(reason -> {
            List<String> unreadable = form.problems();
            if (!unreadable.isEmpty()) {
                Notices.problem("Not saved: " + String.join(" ", unreadable));
            } else if (VisitAttempt.run(() -> visits.amend(page.id(), form.draft(), reason))) {
                Notices.saved("Amendment saved");
                reload();
            }
        }, this::reload));
    }

    /**
     * The browser copy, sent by visit-draft.js after a reload or when the connection returns, with
     * the version of the server's draft it was typed over ({@code base}, null for a copy from before
     * versions were kept). When the server has saved since, the user chooses which to keep.
     */
    @ClientCallable
    String restore(String json, @Nullable String base) {
        if (!page.editable()) {
            return json;
        }
        return copy.restore(String.valueOf(page.id()), json, base, form.draft().getVersion(), form.offlineValues(),
                this::apply);
    }

    /** Puts the browser's values into the form and saves them; answers the values the server now holds. */
    private Map<String, String> apply(Map<String, String> values) {
        autosave.setOn(false);
        try {
            form.restore(values);
        } finally {
            autosave.setOn(true);
        }
        save();
        return page.status() == VisitStatus.DRAFT && autosave.isOn() ? form.offlineValues() : Map.of();
    }
}
