package uk.apassure.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the review form edits. In a draft every field may still be empty (the form autosaves as it
 * is filled in); {@link SignOffRules} says what a signed review needs. Lengths and ranges are
 * checked on every save.
 */
public class ReviewDraft {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_SHORT = 1000;

    private @Nullable LocalDate heldOn;
    private @Nullable ReviewKind kind;
    private Set<Attendee> attendees = EnumSet.noneOf(Attendee.class);

    @Size(max = MAX_SHORT, message = "Names of those present: at most 1000 characters")
    private String attendeeNames = "";

    @DecimalMin(value = "0", message = "Attendance is a percentage from 0 to 100")
    @DecimalMax(value = "100", message = "Attendance is a percentage from 0 to 100")
    private @Nullable BigDecimal attendancePercent;

    @Size(max = MAX_SHORT, message = "Where the attendance figure comes from: at most 1000 characters")
    private String attendanceReason = "";

    @Valid
    private List<OutcomeProgress> outcomes = new ArrayList<>();

    @Size(max = MAX_TEXT, message = "Behaviour: at most 4000 characters")
    private String behaviour = "";

    @Size(max = MAX_TEXT, message = "Welfare: at most 4000 characters")
    private String welfare = "";

    @Size(max = MAX_TEXT, message = "The pupil's views: at most 4000 characters")
    private String pupilViews = "";

    @Size(max = MAX_TEXT, message = "The parents' views: at most 4000 characters")
    private String parentViews = "";

    private @Nullable Boolean improved;
    private @Nullable ReviewDecision decision;

    @Size(max = MAX_TEXT, message = "What was agreed: at most 4000 characters")
    private String decisionNote = "";

    private @Nullable LocalDate nextReviewOn;

    /** The version this draft was read at: a save from an older one is refused. */
    private long version;

    /** Progress against one planned outcome: the outcome's words as they were when the review began. */
    public static class OutcomeProgress {

        @Size(max = MAX_SHORT, message = "A planned outcome: at most 1000 characters")
        private String outcome = "";

        private @Nullable Progress progress;

        @Size(max = MAX_TEXT, message = "Progress notes: at most 4000 characters")
        private String note = "";

        public OutcomeProgress() {}

        public OutcomeProgress(String outcome, @Nullable Progress progress, String note) {
            this.outcome = outcome;
            this.progress = progress;
            this.note = note;
        }

        public String getOutcome() {
            return outcome;
        }

        public void setOutcome(@Nullable String outcome) {
            this.outcome = outcome == null ? "" : outcome;
        }

        public @Nullable Progress getProgress() {
            return progress;
        }

        public void setProgress(@Nullable Progress progress) {
            this.progress = progress;
        }

        public String getNote() {
            return note;
        }

        public void setNote(@Nullable String note) {
            this.note = note == null ? "" : note;
        }
    }

    public boolean attended(Attendee attendee) {
        return attendees.contains(attendee);
    }

    public void setAttended(Attendee attendee, boolean present) {
        if (present) {
            attendees.add(attendee);
        } else {
            attendees.remove(attendee);
        }
    }

    public Set<Attendee> getAttendees() {
        return attendees;
    }

    public void setAttendees(Set<Attendee> attendees) {
        this.attendees = attendees.isEmpty() ? EnumSet.noneOf(Attendee.class) : EnumSet.copyOf(attendees);
    }

    public @Nullable LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(@Nullable LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public @Nullable ReviewKind getKind() {
        return kind;
    }

    public void setKind(@Nullable ReviewKind kind) {
        this.kind = kind;
    }

    public String getAttendeeNames() {
        return attendeeNames;
    }

    public void setAttendeeNames(@Nullable String attendeeNames) {
        this.attendeeNames = attendeeNames == null ? "" : attendeeNames;
    }

    public @Nullable BigDecimal getAttendancePercent() {
        return attendancePercent;
    }

    public void setAttendancePercent(@Nullable BigDecimal attendancePercent) {
        this.attendancePercent = attendancePercent;
    }

    public String getAttendanceReason() {
        return attendanceReason;
    }

    public void setAttendanceReason(@Nullable String attendanceReason) {
        this.attendanceReason = attendanceReason == null ? "" : attendanceReason;
    }

    public List<OutcomeProgress> getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(List<OutcomeProgress> outcomes) {
        this.outcomes = new ArrayList<>(outcomes);
    }

    public String getBehaviour() {
        return behaviour;
    }

    public void setBehaviour(@Nullable String behaviour) {
        this.behaviour = behaviour == null ? "" : behaviour;
    }

    public String getWelfare() {
        return welfare;
    }

    public void setWelfare(@Nullable String welfare) {
        this.welfare = welfare == null ? "" : welfare;
    }

    public String getPupilViews() {
        return pupilViews;
    }

    public void setPupilViews(@Nullable String pupilViews) {
        this.pupilViews = pupilViews == null ? "" : pupilViews;
    }

    public String getParentViews() {
        return parentViews;
    }

    public void setParentViews(@Nullable String parentViews) {
        this.parentViews = parentViews == null ? "" : parentViews;
    }

    public @Nullable Boolean getImproved() {
        return improved;
    }

    public void setImproved(@Nullable Boolean improved) {
        this.improved = improved;
    }

    public @Nullable ReviewDecision getDecision() {
        return decision;
    }

    public void setDecision(@Nullable ReviewDecision decision) {
        this.decision = decision;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public void setDecisionNote(@Nullable String decisionNote) {
        this.decisionNote = decisionNote == null ? "" : decisionNote;
    }

    public @Nullable LocalDate getNextReviewOn() {
        return nextReviewOn;
    }

    public void setNextReviewOn(@Nullable LocalDate nextReviewOn) {
        this.nextReviewOn = nextReviewOn;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
