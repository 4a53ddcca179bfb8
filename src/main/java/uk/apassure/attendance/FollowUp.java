package uk.apassure.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import uk.apassure.base.domain.AbstractEntity;
import uk.apassure.calendar.Session;

/** A call made about an unknown or absent session (000 §15.3: the school contacts the parents): who, and what came of it. */
@Entity
@Table(name = "attendance_follow_up")
class FollowUp extends AbstractEntity {

    static final int CALLED_MAX = 200;
    static final int OUTCOME_MAX = 1000;

    private long placementId;
    private long schoolId;
    @Column(name = "on_date")
    private LocalDate date = LocalDate.MIN;
    @Enumerated(EnumType.STRING)
    private Session session = Session.AM;
    private String called = "";
    private String outcome = "";
    private long recordedById;
    private String recordedByName = "";
    private Instant recordedAt = Instant.EPOCH;

    protected FollowUp() {}

    FollowUp(long placementId, long schoolId, LocalDate date, Session session, String called, String outcome,
            long byId, String byName, Instant at) {
        this.placementId = placementId;
        this.schoolId = schoolId;
        this.date = date;
        this.session = session;
        this.called = called;
        this.outcome = outcome;
        this.recordedById = byId;
        this.recordedByName = byName;
        this.recordedAt = at;
    }

    long placementId() {
        return placementId;
    }

    Session session() {
        return session;
    }

    FollowUpView view() {
        return new FollowUpView(called, outcome, recordedByName, recordedAt);
    }
}
