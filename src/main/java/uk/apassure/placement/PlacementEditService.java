package uk.apassure.placement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.placement.PlacementService.InvalidPlacement;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.SignedInUser;

/**
 * Changing a placement's terms and its pupil's details while it is proposed or active, so that a
 * slip (a wrong start date, a missed session) can be put right: the same rules as a proposal, the
 * versions read by the form (a second concurrent save is refused), and each change kept with who,
 * when and, for an active placement's dates and week, why.
 */
@Service
@Transactional(readOnly = true)
public class PlacementEditService {

    static final int MAX_REASON = 2000;

    private final PlacementRepository placements;
    private final PupilRepository pupils;
    private final PlacementChangeRepository changes;
    private final PlacementRules rules;
    private final PlacementScope scope;
    private final ProviderChecks checks;
    private final NoticeDeadlines deadlines;
    private final ReviewDeadlines reviewDeadlines;
    private final AccessGuard access;
    private final Clock clock;

    PlacementEditService(PlacementRepository placements, PupilRepository pupils, PlacementChangeRepository changes,
            PlacementRules rules, PlacementScope scope, ProviderChecks checks, NoticeDeadlines deadlines,
            ReviewDeadlines reviewDeadlines, AccessGuard access, Clock clock) {
        this.placements = placements;
        this.pupils = pupils;
        this.changes = changes;
        this.rules = rules;
        this.scope = scope;
        this.checks = checks;
        this.deadlines = deadlines;
        this.reviewDeadlines = reviewDeadlines;
        this.access = access;
        this.clock = clock;
    }

    /** What the edit form starts from; refused for an ended placement or another school's. */
    public PlacementEdit open(long placementId) {
        SignedInUser user = access.require(Permission.PLACEMENT_EDIT);
        Placement placement = scope.editable(placementId, user);
        return new PlacementEdit(placement.requireId(), placement.getVersion(), placement.pupil().getVersion(),
                placement.status(), placement.pupil().details(), placement.terms());
    }

    /**
     * Saves the form over {@code base} (what it opened with). Every problem is refused at once, each
     * with its field; nothing is saved when someone else changed the placement or the pupil since.
     * A save that changes nothing records nothing.
     */
    @Transactional
    public void save(PlacementEdit base, PupilDetails pupil, PlacementTerms terms, String reason) {
        SignedInUser user = access.require(Permission.PLACEMENT_EDIT);
        Placement placement = scope.editable(base.id(), user);
        if (placement.getVersion() != base.version() || placement.pupil().getVersion() != base.pupilVersion()) {
            throw new InvalidPlacement(PlacementService.CONCURRENT);
        }
        PupilDetails pupilBefore = placement.pupil().details();
        PlacementTerms termsBefore = placement.terms();
        String why = reason == null ? "" : reason.strip();
        List<Problem> problems = problems(placement, pupil, terms, why);
        if (!problems.isEmpty()) {
            throw new InvalidPlacement(problems);
        }
        placement.pupil().update(pupil);
        placement.update(terms);
        List<String> what = TermsDifference.of(pupilBefore, placement.pupil().details(), termsBefore,
                placement.terms());
        if (what.isEmpty()) {
            return;
        }
        if (!termsBefore.startsOn().equals(placement.startsOn())) {
            deadlines.update(placement);
        }
        reviewDeadlines.update(placement);
        placement.pupilRenamed();
        pupils.saveAndFlush(placement.pupil());
        placements.saveAndFlush(placement);
        if (!pupilBefore.name().equals(placement.pupil().details().name())) {
            // the pupil's other placements sort by the new name too
            placements.renamePupil(placement.pupil().requireId(), placement.pupil().sortName());
        }
        changes.save(new PlacementChange(placement.requireId(), String.join("; ", what), why.isEmpty() ? null : why,
                user.displayName(), Instant.now(clock)));
    }

    /** The changes to a placement's terms and pupil, oldest first. */
    public List<TermsChange> changes(long placementId) {
        SignedInUser user = access.require(Permission.PLACEMENT_READ);
        scope.load(placementId, user);
        return changes.findByPlacementIdOrderByAtAsc(placementId).stream().map(PlacementChange::view).toList();
    }

    private List<Problem> problems(Placement placement, PupilDetails pupil, PlacementTerms terms, String reason) {
        LocalDate today = LocalDate.now(clock);
        List<Problem> problems = new ArrayList<>(rules.pupilProblems(pupil, today));
        problems.addAll(rules.termsProblems(terms, today));
        if (problems.stream().noneMatch(p -> p.field() == PlacementField.UPN)) {
            String upn = Upn.normalise(pupil.upn());
            pupils.findBySchoolIdAndUpn(placement.schoolId(), upn)
                    .filter(other -> other.requireId() != placement.pupil().requireId())
                    .ifPresent(other -> problems.add(new Problem(PlacementField.UPN, "Another pupil of the school"
                            + " has UPN " + upn + ": check the UPN against the school's records.")));
        }
        Timetable before = placement.timetable();
        problems.addAll(checks.forTimetable(terms.timetable(), before));
        if (placement.status() == PlacementStatus.ACTIVE) {
            Set<Long> added = new HashSet<>(terms.timetable().providerIds());
            added.removeAll(before.providerIds());
            problems.addAll(checks.forActivePlacement(added));
            if (terms.startsOn() != null && TermsDifference.datesOrWeek(placement.terms(), terms)
                    && reason.isEmpty()) {
                problems.add(new Problem(PlacementField.REASON, "Say why the dates or the timetable of an active"
                        + " placement change: the reason is kept with the change."));
            }
        }
        if (reason.length() > MAX_REASON) {
            problems.add(new Problem(PlacementField.REASON, "A reason has at most " + MAX_REASON + " characters."));
        }
        return problems;
    }
}
