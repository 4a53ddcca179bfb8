package uk.apassure.risk;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.apassure.provider.ProviderChanged;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.SignedInUser;
import uk.apassure.visit.ConcernRaised;

/**
 * Material changes published by the register and by visits make the provider's current risk assessment
 * "review needed" at once (001 §7.9), in the same transaction as the change itself, so neither is
 * kept without the other. A provider without an approved assessment has nothing to review.
 */
@Component
class MaterialChanges {

    private final RiskAssessmentRepository assessments;
    private final AccessGuard access;
    private final Clock clock;

    MaterialChanges(RiskAssessmentRepository assessments, AccessGuard access, Clock clock) {
        this.assessments = assessments;
        this.access = access;
        this.clock = clock;
    }

    @EventListener
    void onProviderChanged(ProviderChanged change) {
        switch (change) {
            case ProviderChanged.SiteAdded added -> record(added.providerId(), added.trustId(), ChangeKind.SITE_ADDED,
                    added.kind().label().toLowerCase() + " " + added.siteName(), added.on());
            case ProviderChanged.SiteClosed closed -> record(closed.providerId(), closed.trustId(),
                    ChangeKind.SITE_CLOSED, closed.kind().label().toLowerCase() + " " + closed.siteName(), closed.on());
            case ProviderChanged.StatusChanged status -> record(status.providerId(), status.trustId(),
                    ChangeKind.STATUS_CHANGED, "from " + status.from().label().toLowerCase() + " to "
                            + status.to().label().toLowerCase(), status.on());
        }
    }

    /** No description of the concern: the reason is shown to everyone who reads the register. */
    @EventListener
    void onConcernRaised(ConcernRaised concern) {
        access.findCurrentUser().ifPresent(user -> record(concern.providerId(), user.trustId(),
                ChangeKind.SAFEGUARDING_CONCERN, "raised on a visit on " + uk.apassure.base.time.UkDates.date(
                        LocalDate.now(clock)), LocalDate.now(clock)));
    }

    private void record(long providerId, long trustId, ChangeKind kind, String reason, LocalDate on) {
        assessments.findByCurrentForProvider(providerId).filter(current -> current.getTrustId() == trustId)
                .ifPresent(current -> {
                    String by = access.findCurrentUser().map(SignedInUser::displayName).orElse("AP Assure");
                    current.changed(kind, reason.length() > 1000 ? reason.substring(0, 1000) : reason, on, by,
                            clock.instant());
                    assessments.flush();
                });
    }
}
