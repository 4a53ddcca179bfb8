package uk.apassure.placement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.domain.AbstractEntity;

/** A pupil placed at one or more providers for a period, on a weekly timetable. */
@Audited
@Entity
@Table(name = "placement")
class Placement extends AbstractEntity {

    @Column(name = "school_id")
    private long schoolId;

    @NotAudited
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pupil_id")
    private Pupil pupil;

    // the pupil's name as the grid sorts it, kept with each save of the pupil (PlacementRepository.renamePupil)
    private String pupilSortName = "";

    @Enumerated(EnumType.STRING)
    private PlacementType type = PlacementType.VOCATIONAL;

    @Enumerated(EnumType.STRING)
    private PlacementStatus status = PlacementStatus.PROPOSED;

    private LocalDate startsOn = LocalDate.MIN;
    private @Nullable LocalDate endsOn;
    private String aims = "";
    private String plannedOutcomes = "";
    private @Nullable BigDecimal costPerSession;
    private boolean dualRegistration;
    private @Nullable LocalDate laInformedOn;
    private @Nullable LocalDate noticeSentOn;
    // the last day for the notice on the school calendar (NoticeDeadlines), for the grid's "notice late"
    private @Nullable LocalDate noticeDueBy;

    // worked out by MariaDB from the two dates above (V13): from this day on, the notice is late
    @NotAudited
    @Column(insertable = false, updatable = false)
    private @Nullable LocalDate noticeLateFrom;
    // from this day on a review is overdue unless one is held first (ReviewDeadlines, V25)
    // worked out from the reviews and the calendar (V25), like noticeLateFrom: not part of the history
    @NotAudited
    private @Nullable LocalDate reviewOverdueFrom;
    private @Nullable String destination;
    // what the parental notice letter says besides the terms (NoticeDetails)
    @Column(name = "notice_reason")
    private String noticeReason = "";
    @Column(name = "notice_school_contact")
    private String schoolContact = "";
    @Column(name = "notice_absence_contact")
    private String absenceContact = "";
    @Column(name = "notice_travel")
    private String travel = "";
    @Column(name = "notice_kit")
    private String kit = "";
    private String createdBy = "";
    private Instant createdAt = Instant.EPOCH;

    // sets, not lists: both are fetched together for the placement page
    @NotAudited
    @ElementCollection
    @CollectionTable(name = "placement_session", joinColumns = @JoinColumn(name = "placement_id"))
    private Set<TimetableSession> sessions = new LinkedHashSet<>();

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "placement_agreement", joinColumns = @JoinColumn(name = "placement_id"))
    private Set<AgreementConfirmation> agreement = new LinkedHashSet<>();

    protected Placement() {
        this.pupil = null;
    }

    Placement(Pupil pupil, PlacementTerms terms, String by, Instant at) {
        this.schoolId = pupil.schoolId();
        this.pupil = pupil;
        this.pupilSortName = pupil.sortName();
        this.createdBy = by;
        this.createdAt = at;
        update(terms);
    }

    void update(PlacementTerms terms) {
        this.type = terms.type();
        this.startsOn = terms.startsOn();
        this.endsOn = terms.endsOn();
        this.aims = terms.aims().strip();
        this.plannedOutcomes = terms.plannedOutcomes().strip();
        if (costPerSession == null || terms.costPerSession() == null
                || costPerSession.compareTo(terms.costPerSession()) != 0) {
            this.costPerSession = terms.costPerSession();
        }
        this.dualRegistration = terms.dualRegistration();
        this.laInformedOn = terms.laInformedOn();
        // the same week is left alone: no rows rewritten, no new version for an unchanged timetable
        if (!sessions.equals(Set.copyOf(terms.timetable().sessions()))) {
            this.sessions.clear();
            this.sessions.addAll(terms.timetable().sessions());
        }
        updateNotice(terms.notice());
    }

    void updateNotice(NoticeDetails notice) {
        this.noticeReason = notice.reason();
        this.schoolContact = notice.schoolContact();
        this.absenceContact = notice.absenceContact();
        this.travel = notice.travel();
        this.kit = notice.kit();
    }

    void changeStatus(PlacementStatus target, @Nullable String destination) {
        if (!status.next().contains(target)) {
            throw new IllegalStateException(status + " cannot become " + target);
        }
        this.status = target;
        if (target.isFinal()) {
            this.destination = destination;
        }
    }

    void confirm(AgreementItem item, String by, Instant at) {
        agreement.removeIf(c -> c.item() == item);
        agreement.add(new AgreementConfirmation(item, by, at));
    }

    void noticeSent(LocalDate on) {
        this.noticeSentOn = on;
    }

    void noticeDueBy(@Nullable LocalDate lastDay) {
        this.noticeDueBy = lastDay;
    }

    void reviewOverdueFrom(@Nullable LocalDate day) {
        this.reviewOverdueFrom = day;
    }

    @Nullable LocalDate reviewOverdueFrom() {
        return reviewOverdueFrom;
    }

    /** After the pupil's details were saved: the grid sorts by the name as it is now. */
    void pupilRenamed() {
        this.pupilSortName = pupil.sortName();
    }

    long schoolId() {
        return schoolId;
    }

    Pupil pupil() {
        return pupil;
    }

    PlacementStatus status() {
        return status;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    @Nullable LocalDate noticeSentOn() {
        return noticeSentOn;
    }

    @Nullable String destination() {
        return destination;
    }

    Timetable timetable() {
        return new Timetable(List.copyOf(sessions));
    }

    List<AgreementConfirmation> agreement() {
        return agreement.stream().sorted(java.util.Comparator.comparing(AgreementConfirmation::item)).toList();
    }

    PlacementBrief brief() {
        return new PlacementBrief(requireId(), schoolId, pupil.details().name(), status, startsOn, endsOn,
                plannedOutcomes, timetable().providerIds());
    }

    PlacementWeek week() {
        return new PlacementWeek(requireId(), schoolId, pupil.details().name(), pupil.details().upn(), type, startsOn,
                endsOn, dualRegistration, timetable());
    }

    PlacementTerms terms() {
        return new PlacementTerms(type, startsOn, endsOn, aims, plannedOutcomes, costPerSession, dualRegistration,
                laInformedOn, timetable(), new NoticeDetails(noticeReason, schoolContact, absenceContact, travel, kit));
    }
}
