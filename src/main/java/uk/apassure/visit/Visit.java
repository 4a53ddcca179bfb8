package uk.apassure.visit;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.domain.AbstractEntity;
import uk.apassure.provider.Provider;
import uk.apassure.provider.ProviderSite;

/**
 * A QA visit (or meeting) by a school to a provider. A draft changes freely; a submitted visit is
 * complete ({@link SubmissionRules}) and changes only through {@link VisitService#amend}, which
 * keeps a trail.
 */
@Audited
@Entity
@Table(name = "visit")
public class Visit extends AbstractEntity {

    @Column(updatable = false)
    private long trustId;

    @Column(updatable = false)
    private long schoolId;

    @NotAudited
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", updatable = false)
    private Provider provider;

    /**
     * The provider's and school's names when the visit started, for the grid's rows and sorts (V44);
     * triggers on provider and school rename them, so they are never updated here.
     */
    @NotAudited
    @Column(updatable = false)
    private String providerName = "";

    @NotAudited
    @Column(updatable = false)
    private String schoolName = "";

    /** Whether any area was judged a concern, computed by the database (V44) for the grid's filter. */
    @NotAudited
    @Column(insertable = false, updatable = false)
    private boolean anyConcern;

    @NotAudited
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "site_id")
    private @Nullable ProviderSite site;

    @Enumerated(EnumType.STRING)
    private VisitStatus status = VisitStatus.DRAFT;

    private @Nullable LocalDateTime visitedAt;

    @Enumerated(EnumType.STRING)
    private @Nullable VisitType type;

    private String visitors = "";
    private boolean spokeToStaff;
    private boolean spokeToPupils;
    private boolean spokeToParents;

    @Column(columnDefinition = "text")
    private String pupilWork = "";

    private boolean observedLessons;
    private boolean observedUnstructured;

    @Column(columnDefinition = "text")
    private String activities = "";

    @Enumerated(EnumType.STRING)
    private @Nullable Judgement judgementSafeguarding;
    @Enumerated(EnumType.STRING)
    private @Nullable Judgement judgementTeaching;
    @Enumerated(EnumType.STRING)
    private @Nullable Judgement judgementBehaviour;
    @Enumerated(EnumType.STRING)
    private @Nullable Judgement judgementAttendance;
    @Enumerated(EnumType.STRING)
    private @Nullable Judgement judgementSiteSafety;

    @Column(columnDefinition = "text")
    private String notes = "";

    @Column(updatable = false)
    private long recordedById;

    @Column(updatable = false)
    private String recordedByName = "";

    private Instant createdAt = Instant.EPOCH;
    private Instant updatedAt = Instant.EPOCH;
    private @Nullable Instant submittedAt;

    @NotAudited
    @OneToMany(mappedBy = "visit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueOn, id")
    private List<VisitAction> actions = new ArrayList<>();

    protected Visit() {
        this.provider = null;
    }

    Visit(long schoolId, String schoolName, Provider provider, long recordedById, String recordedByName,
            LocalDateTime visitedAt, Instant now) {
        this.trustId = provider.getTrustId();
        this.schoolId = schoolId;
        this.schoolName = schoolName;
        this.provider = provider;
        this.providerName = provider.getName();
        this.recordedById = recordedById;
        this.recordedByName = recordedByName;
        this.visitedAt = visitedAt;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Copies the form's values; the service has checked the site belongs to the provider. */
    void apply(VisitDraft draft, @Nullable ProviderSite site, Instant now) {
        this.site = site;
        this.visitedAt = draft.getVisitedAt();
        this.type = draft.getType();
        this.visitors = draft.getVisitors().trim();
        this.spokeToStaff = draft.isSpokeToStaff();
        this.spokeToPupils = draft.isSpokeToPupils();
        this.spokeToParents = draft.isSpokeToParents();
        this.pupilWork = draft.getPupilWork();
        this.observedLessons = draft.isObservedLessons();
        this.observedUnstructured = draft.isObservedUnstructured();
        this.activities = draft.getActivities();
        for (JudgedArea area : JudgedArea.values()) {
            setJudgement(area, draft.judgement(area));
        }
        this.notes = draft.getNotes();
        this.updatedAt = now;
    }

    void submit(Instant now) {
        if (status != VisitStatus.DRAFT) {
            throw new IllegalStateException("This visit has already been submitted");
        }
        status = VisitStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
    }

    VisitDraft toDraft() {
        VisitDraft draft = new VisitDraft();
        draft.setSiteId(site == null ? null : site.getId());
        draft.setVisitedAt(visitedAt);
        draft.setType(type);
        draft.setVisitors(visitors);
        draft.setSpokeToStaff(spokeToStaff);
        draft.setSpokeToPupils(spokeToPupils);
        draft.setSpokeToParents(spokeToParents);
        draft.setPupilWork(pupilWork);
        draft.setObservedLessons(observedLessons);
        draft.setObservedUnstructured(observedUnstructured);
        draft.setActivities(activities);
        for (JudgedArea area : JudgedArea.values()) {
            draft.setJudgement(area, judgement(area));
        }
        draft.setNotes(notes);
        draft.setVersion(getVersion());
        return draft;
    }

    @Nullable Judgement judgement(JudgedArea area) {
        return switch (area) {
            case SAFEGUARDING -> judgementSafeguarding;
            case TEACHING -> judgementTeaching;
            case BEHAVIOUR -> judgementBehaviour;
            case ATTENDANCE -> judgementAttendance;
            case SITE_SAFETY -> judgementSiteSafety;
        };
    }

    private void setJudgement(JudgedArea area, @Nullable Judgement judgement) {
        switch (area) {
            case SAFEGUARDING -> judgementSafeguarding = judgement;
            case TEACHING -> judgementTeaching = judgement;
            case BEHAVIOUR -> judgementBehaviour = judgement;
            case ATTENDANCE -> judgementAttendance = judgement;
            case SITE_SAFETY -> judgementSiteSafety = judgement;
        }
    }

    VisitAction addAction(String description, String owner, java.time.LocalDate dueOn) {
        VisitAction action = new VisitAction(this, description, owner, dueOn);
        actions.add(action);
        return action;
    }

    long getTrustId() {
        return trustId;
    }

    long getSchoolId() {
        return schoolId;
    }

    Provider getProvider() {
        return provider;
    }

    @Nullable ProviderSite getSite() {
        return site;
    }

    VisitStatus getStatus() {
        return status;
    }

    long getRecordedById() {
        return recordedById;
    }

    String getRecordedByName() {
        return recordedByName;
    }

    @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    List<VisitAction> getActions() {
        return actions;
    }
}
