package uk.apassure.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.apassure.base.ui.InAppAlert;
import uk.apassure.base.ui.InAppAlerts;
import uk.apassure.base.ui.UiFeed;
import uk.apassure.security.Role;
import uk.apassure.visit.ConcernAlertsChanged;
import uk.apassure.visit.ConcernRaised;
import uk.apassure.visit.VisitPage;

/**
 * Brings safeguarding-concern events to open pages: a new concern, once committed, alerts every
 * DSL of the school in whatever page they have open (base.ui.InAppAlerts); a change in the state of
 * a concern's e-mails updates the pages showing those states ({@link AlertStates}).
 */
@org.springframework.stereotype.Component
class ConcernRelay {

    private final InAppAlerts alerts;
    private final UiFeed<Long, List<VisitPage.Alert>> alertStates = new UiFeed<>();
    /**
     * The latest alert states published per concern (the most recent 500 concerns): a page that
     * read the states just before a change and subscribed just after it would otherwise never hear of it.
     */
    private final java.util.Map<Long, List<VisitPage.Alert>> latest = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<Long, List<VisitPage.Alert>> eldest) {
                    return size() > 500;
                }
            });

    ConcernRelay(InAppAlerts alerts) {
        this.alerts = alerts;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onRaised(ConcernRaised event) {
        // no description: only that there is one, where, and the link (DSLs read it on the visit)
        alerts.publish(event.schoolId(), Role.DSL, new InAppAlert("Safeguarding concern raised",
                "On a visit to " + event.providerName() + ". Read it and record the outcome.",
                "visits/" + event.visitId()));
    }

    @EventListener
    void onAlertsChanged(ConcernAlertsChanged event) {
        latest.put(event.concernId(), event.alerts());
        alertStates.publish(event.concernId(), event.alerts());
    }

    /** Only for a page the service has already shown these alert states to. */
    void followAlerts(Component owner, long concernId, SerializableConsumer<List<VisitPage.Alert>> update) {
        // once subscribed (the owner may attach only after this returns), the latest known states: a
        // change between the page's read and the subscription is shown then, every later one arrives
        // through the feed
        alertStates.subscribe(owner, concernId, update, () -> {
            List<VisitPage.Alert> known = latest.get(concernId);
            if (known != null && !known.isEmpty()) {
                update.accept(known);
            }
        });
    }
}
