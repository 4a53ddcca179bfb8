package uk.apassure.visit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.organisation.SchoolService;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.SignedInUser;

/**
 * Safeguarding concerns raised on visits (DESIGN.md, 001 §8): raising one needs a description and
 * alerts every DSL of the school at once (dashboard, the "open concerns" filter, an e-mail); a DSL
 * of the school records the outcome and closes it.
 */
@Service
@Transactional(readOnly = true)
public class ConcernService {

    private final ConcernRepository concerns;
    private final ConcernMailRepository mails;
    private final VisitService visits;
    private final SchoolService schools;
    private final AccessGuard access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConcernService(ConcernRepository concerns, ConcernMailRepository mails, VisitService visits,
            SchoolService schools, AccessGuard access, ApplicationEventPublisher events, Clock clock) {
        this.concerns = concerns;
        this.mails = mails;
        this.visits = visits;
        this.schools = schools;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Raises a concern on a visit (draft or submitted). In the same transaction it queues one alert
     * e-mail per DSL of the school (a DSL without an address gets an alert that has failed for that
     * reason); they are sent once the concern is committed, off the caller's thread.
     */
    @Transactional
    public long raise(long visitId, String description) {
        SignedInUser user = access.require(Permission.VISIT_RECORD);
        if (description == null || description.isBlank()) {
            throw new VisitService.InvalidVisit(List.of("Describe the safeguarding concern"));
        }
        if (description.length() > 4000) {
            throw new VisitService.InvalidVisit(List.of("The description is too long (at most 4000 characters)"));
        }
        Visit visit = visits.load(visitId, user);
        if (concerns.findByVisitId(visitId).isPresent()) {
            throw new AlreadyRaised();
        }
        Instant now = clock.instant();
        SafeguardingConcern concern = concerns.saveAndFlush(
                new SafeguardingConcern(visit, description, user.id(), user.displayName(), now));
        for (SchoolService.StaffContact dsl : schools.safeguardingLeads(visit.getSchoolId())) {
            mails.save(new ConcernMail(concern.requireId(), dsl.id(), dsl.displayName(), dsl.email(), now));
        }
        events.publishEvent(new ConcernRaised(concern.requireId(), visitId, visit.getSchoolId(),
                visit.getProvider().getName(), visit.getProvider().requireId()));
        return concern.requireId();
    }

    /** A DSL of the visit's school records the outcome and closes the concern. */
    @Transactional
    public void close(long concernId, long expectedVersion, String outcome) {
        SignedInUser user = access.require(Permission.CONCERN_CLOSE);
        SafeguardingConcern concern = concerns.findInTrust(concernId, user.trustId())
                .orElseThrow(VisitService.NotFound::new);
        if (user.schoolId() == null || user.schoolId() != concern.getVisit().getSchoolId()) {
            throw new VisitService.NotFound();
        }
        if (outcome == null || outcome.isBlank()) {
            throw new VisitService.InvalidVisit(List.of("Record the outcome before closing the concern"));
        }
        if (outcome.length() > 4000) {
            throw new VisitService.InvalidVisit(List.of("The outcome is too long (at most 4000 characters)"));
        }
        if (!concern.isOpen()) {
            throw new VisitService.InvalidVisit(List.of("This concern has already been closed"));
        }
        if (concern.getVersion() != expectedVersion) {
            throw new VisitService.ConcurrentEdit();
        }
        concern.close(outcome, user.displayName(), clock.instant());
        concerns.flush();
    }

    /** Open concerns the user's role watches: their school's, or the trust's for trust-wide roles. */
    public List<OpenConcern> open() {
        SignedInUser user = access.require(Permission.VISIT_READ);
        Long school = access.isPermitted(Permission.TRUST_WIDE) ? null : user.schoolId();
        if (school == null && !access.isPermitted(Permission.TRUST_WIDE)) {
            return List.of();
        }
        return concerns.findOpen(user.trustId(), school).stream()
                .map(c -> new OpenConcern(c.requireId(), c.getVisit().requireId(), c.getVisit().getProvider().getName(),
                        c.getRaisedByName(), c.getRaisedAt()))
                .toList();
    }

    /**
     * When concerns were raised at these providers since {@code since}, by any school of the trust:
     * a concern about a setting matters to every school placing pupils there (003: a placement is
     * reviewed at once). Only provider and time, so anyone who reads the register may ask.
     */
    public List<ConcernAtProvider> raisedAt(java.util.Collection<Long> providerIds, Instant since) {
        SignedInUser user = access.require(Permission.PROVIDER_READ);
        return providerIds.isEmpty() ? List.of() : concerns.findRaisedAt(user.trustId(), providerIds, since);
    }

    /** The concern's version, for closing it (the visit page keeps it). */
    public long version(long concernId) {
        SignedInUser user = access.require(Permission.VISIT_READ);
        SafeguardingConcern concern = concerns.findInTrust(concernId, user.trustId())
                .orElseThrow(VisitService.NotFound::new);
        visits.load(concern.getVisit().requireId(), user);
        return concern.getVersion();
    }

    /** One concern per visit: this visit has one already. */
    public static class AlreadyRaised extends VisitService.InvalidVisit {
        AlreadyRaised() {
            super(List.of("A concern has already been raised on this visit"));
        }
    }
}
