package uk.apassure.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.base.time.DateBounds;
import uk.apassure.base.time.UkDates;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.SignedInUser;

/** Follow-up actions of visits (DESIGN.md "Action"): what, who owns it, by when, done or not. */
@Service
@Transactional
public class FollowUpService {

    private final VisitService visits;
    private final VisitRepository repository;
    private final AccessGuard access;
    private final Clock clock;

    FollowUpService(VisitService visits, VisitRepository repository, AccessGuard access, Clock clock) {
        this.visits = visits;
        this.repository = repository;
        this.access = access;
        this.clock = clock;
    }

    /** Adds an action while the visit is a draft, by its author; returns its id. */
    public long add(long visitId, String description, String owner, @Nullable LocalDate dueOn) {
        SignedInUser user = access.require(Permission.VISIT_RECORD);
        Visit visit = visits.load(visitId, user);
        if (visit.getStatus() != VisitStatus.DRAFT || !VisitService.isAuthor(visit, user)) {
            throw new VisitService.InvalidVisit(List.of("Actions are added while the visit is a draft, by its author"));
        }
        List<String> problems = new ArrayList<>();
        if (description == null || description.isBlank() || description.length() > 1000) {
            problems.add("Describe the action (at most 1000 characters)");
        }
        if (owner == null || owner.isBlank() || owner.length() > 200) {
            problems.add("Say who owns the action");
        }
        LocalDate today = LocalDate.now(clock);
        if (dueOn == null) {
            problems.add("Choose the date it is due");
        } else if (!DateBounds.sensible(dueOn, today)) {
            problems.add("The due date must be between " + UkDates.typed(DateBounds.EARLIEST) + " and "
                    + UkDates.typed(DateBounds.latest(today)));
        }
        if (!problems.isEmpty()) {
            throw new VisitService.InvalidVisit(problems);
        }
        VisitAction action = visit.addAction(description, owner, dueOn);
        repository.flush();
        return action.requireId();
    }

    /** Marks an action done or open again, at any time: the follow-up goes on after submission. */
    public void setStatus(long actionId, ActionStatus status) {
        SignedInUser user = access.require(Permission.VISIT_RECORD);
        VisitAction action = repository.findAction(actionId, user.trustId()).orElseThrow(VisitService.NotFound::new);
        if (!VisitService.inSchool(action.getVisit(), user)) {
            throw new VisitService.NotFound();
        }
        action.setStatus(status);
    }
}
