package uk.apassure.visit;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.SignedInUser;

/**
 * Who reads what of a safeguarding concern (issue 8): its full text (description, outcome) and the
 * state of its alerts are for the school's DSLs and headteacher (concern:read) and its author;
 * anyone else who may see the visit sees only that there is one, when it was raised, and whether it
 * is open. Governors never reach a concern (counts only, {@link VisitService#counts()}).
 */
@Component
class ConcernViews {

    private final ConcernMailRepository mails;
    private final AccessGuard access;

    ConcernViews(ConcernMailRepository mails, AccessGuard access) {
        this.mails = mails;
        this.access = access;
    }

    boolean readable(SafeguardingConcern concern, SignedInUser user) {
        return concern.getRaisedById() == user.id()
                || (access.isPermitted(Permission.CONCERN_READ) && VisitService.inSchool(concern.getVisit(), user));
    }

    /** The concern as {@code user} may see it. Call inside a transaction. */
    VisitPage.Concern view(SafeguardingConcern concern, SignedInUser user) {
        boolean readable = readable(concern, user);
        return new VisitPage.Concern(concern.requireId(), readable, readable ? concern.getDescription() : null,
                concern.getRaisedAt(), concern.getRaisedByName(), readable ? concern.getOutcome() : null,
                concern.getClosedAt(), concern.getClosedByName(), readable ? alerts(concern.requireId()) : List.of());
    }

    /** The alert states of a concern, for a page already allowed to show them. */
    List<VisitPage.Alert> alerts(long concernId) {
        return mails.findByConcernIdOrderByRecipientNameAscIdAsc(concernId).stream().map(ConcernMail::view).toList();
    }
}
