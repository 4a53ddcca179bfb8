package uk.apassure.visit;

import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * What the visit form edits: every field may still be empty in a draft (the form autosaves as
 * the visitor types); {@link SubmissionRules} says what a submitted visit needs. Lengths are
 * checked on every save.
 */
public class VisitDraft {

    private @Nullable Long siteId;
    private @Nullable LocalDateTime visitedAt;
    private @Nullable VisitType type;

    @Size(max = 500, message = "Visitors: at most 500 characters")
    private String visitors = "";

    private boolean spokeToStaff;
    private boolean spokeToPupils;
    private boolean spokeToParents;

    @Size(max = 4000, message = "Pupil work reviewed: at most 4000 characters")
    private String pupilWork = "";

    private boolean observedLessons;
    private boolean observedUnstructured;

    @Size(max = 4000, message = "Activities observed: at most 4000 characters")
    private String activities = "";

    private @Nullable Judgement safeguarding;
    private @Nullable Judgement teaching;
    private @Nullable Judgement behaviour;
    private @Nullable Judgement attendance;
    private @Nullable Judgement siteSafety;

    @Size(max = 20000, message = "Notes: at most 20000 characters")
    private String notes = "";

    /** The version this draft was read at: a save from an older one is refused. */
    private long version;

    public @Nullable Judgement judgement(JudgedArea area) {
        return switch (area) {
            case SAFEGUARDING -> safeguarding;
            case TEACHING -> teaching;
            case BEHAVIOUR -> behaviour;
            case ATTENDANCE -> attendance;
            case SITE_SAFETY -> siteSafety;
        };
    }

    public void setJudgement(JudgedArea area, @Nullable Judgement judgement) {
        switch (area) {
            case SAFEGUARDING -> safeguarding = judgement;
            case TEACHING -> teaching = judgement;
            case BEHAVIOUR -> behaviour = judgement;
            case ATTENDANCE -> attendance = judgement;
            case SITE_SAFETY -> siteSafety = judgement;
        }
    }

    public @Nullable Long getSiteId() {
        return siteId;
    }

    public void setSiteId(@Nullable Long siteId) {
        this.siteId = siteId;
    }

    public @Nullable LocalDateTime getVisitedAt() {
        return visitedAt;
    }

    public void setVisitedAt(@Nullable LocalDateTime visitedAt) {
        this.visitedAt = visitedAt;
    }

    public @Nullable VisitType getType() {
        return type;
    }

    public void setType(@Nullable VisitType type) {
        this.type = type;
    }

    public String getVisitors() {
        return visitors;
    }

    public void setVisitors(@Nullable String visitors) {
        this.visitors = visitors == null ? "" : visitors;
    }

    public boolean isSpokeToStaff() {
        return spokeToStaff;
    }

    public void setSpokeToStaff(boolean spokeToStaff) {
        this.spokeToStaff = spokeToStaff;
    }

    public boolean isSpokeToPupils() {
        return spokeToPupils;
    }

    public void setSpokeToPupils(boolean spokeToPupils) {
        this.spokeToPupils = spokeToPupils;
    }

    public boolean isSpokeToParents() {
        return spokeToParents;
    }

    public void setSpokeToParents(boolean spokeToParents) {
        this.spokeToParents = spokeToParents;
    }

    public String getPupilWork() {
        return pupilWork;
    }

    public void setPupilWork(@Nullable String pupilWork) {
        this.pupilWork = pupilWork == null ? "" : pupilWork;
    }

    public boolean isObservedLessons() {
        return observedLessons;
    }

    public void setObservedLessons(boolean observedLessons) {
        this.observedLessons = observedLessons;
    }

    public boolean isObservedUnstructured() {
        return observedUnstructured;
    }

    public void setObservedUnstructured(boolean observedUnstructured) {
        this.observedUnstructured = observedUnstructured;
    }

    public String getActivities() {
        return activities;
    }

    public void setActivities(@Nullable String activities) {
        this.activities = activities == null ? "" : activities;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(@Nullable String notes) {
        this.notes = notes == null ? "" : notes;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
