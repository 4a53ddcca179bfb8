package uk.apassure.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.audit.EvidenceDue;
import uk.apassure.audit.SignedOffAudits;
import uk.apassure.base.time.UkDates;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.SignedInUser;

/**
 * The renewal state of providers' risk assessments, for the provider page and for later views (a
 * renewals grid, the trust-wide comparison). Read by everyone who may read the register, within
 * their trust. The state follows from the current version's columns (approved_on,
 * review_needed_since) and one date-driven check against the clock: evidence of the provider's latest
 * signed-off audit that has lapsed since approval.
 */
@Service
@Transactional(readOnly = true)
public class ProviderRiskStates {

    private final RiskAssessmentRepository assessments;
    private final SignedOffAudits audits;
    private final AccessGuard access;
    private final Clock clock;
    private final RiskRenewal renewal;

    ProviderRiskStates(RiskAssessmentRepository assessments, SignedOffAudits audits, AccessGuard access, Clock clock,
            @Value("${apassure.risk.due-soon-days:28}") int dueSoonDays) {
        this.assessments = assessments;
        this.audits = audits;
        this.access = access;
        this.clock = clock;
        this.renewal = new RiskRenewal(dueSoonDays);
    }

    public ProviderRiskState of(long providerId) {
        return of(List.of(providerId)).get(providerId);
    }

    /** Every given provider of the user's trust, in the given order; those with no assessment are NONE. */
    public Map<Long, ProviderRiskState> of(Collection<Long> providerIds) {
        SignedInUser user = access.require(Permission.PROVIDER_READ);
        Map<Long, ProviderRiskState> states = new LinkedHashMap<>();
        providerIds.forEach(id -> states.put(id, ProviderRiskState.none(id)));
        if (!providerIds.isEmpty()) {
            states.putAll(states(assessments.findCurrent(user.trustId(), providerIds)));
        }
        return states;
    }

    /** The state of every provider of the user's trust that has an approved assessment, soonest due first. */
    public List<ProviderRiskState> assessed() {
        SignedInUser user = access.require(Permission.PROVIDER_READ);
        return states(assessments.findAllCurrent(user.trustId())).values().stream()
                .sorted(Comparator.comparing(ProviderRiskState::dueOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    public RiskRenewal renewal() {
        return renewal;
    }

    private Map<Long, ProviderRiskState> states(List<CurrentApproval> current) {
        if (current.isEmpty()) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<RiskReason>> reasons = new HashMap<>();
        Map<Long, Long> providerOf = current.stream()
                .collect(Collectors.toMap(CurrentApproval::assessmentId, CurrentApproval::providerId));
        for (ChangeRow change : assessments.findChanges(providerOf.keySet())) {
            reasons.computeIfAbsent(providerOf.get(change.assessmentId()), any -> new ArrayList<>())
                    .add(change.toReason());
        }
        Map<Long, LocalDate> approvedOn = current.stream()
                .collect(Collectors.toMap(CurrentApproval::providerId, CurrentApproval::approvedOn));
        for (EvidenceDue lapsed : audits.lapsed(approvedOn.keySet(), today)) {
            // lapsed since approval: what the approver saw was still in date on the day they approved
            if (!lapsed.expiresOn().isBefore(approvedOn.get(lapsed.providerId()))) {
                reasons.computeIfAbsent(lapsed.providerId(), any -> new ArrayList<>()).add(new RiskReason(
                        "Certificate or policy lapsed: " + lapsed.prompt() + " expired "
                                + UkDates.date(lapsed.expiresOn()), lapsed.expiresOn().plusDays(1),
                        "the audit's evidence dates"));
            }
        }
        Map<Long, ProviderRiskState> states = new HashMap<>();
        for (CurrentApproval approval : current) {
            List<RiskReason> why = reasons.getOrDefault(approval.providerId(), List.of()).stream()
                    .sorted(Comparator.comparing(RiskReason::on)).toList();
            boolean reviewNeeded = approval.reviewNeededSince() != null || !why.isEmpty();
            states.put(approval.providerId(), new ProviderRiskState(approval.providerId(),
                    renewal.state(approval.approvedOn(), reviewNeeded, today), approval.approvedOn(),
                    RiskRenewal.dueOn(approval.approvedOn()), why));
        }
        return states;
    }
}
