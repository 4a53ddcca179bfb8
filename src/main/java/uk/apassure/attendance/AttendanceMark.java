package uk.apassure.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import uk.apassure.base.domain.AbstractEntity;
import uk.apassure.calendar.SchoolSession;
import uk.apassure.calendar.Session;

/** The mark of one placement session: one per placement, date and session (a unique key behind it). */
@Entity
@Table(name = "attendance_mark")
class AttendanceMark extends AbstractEntity {

    private long placementId;
    private long schoolId;
    @Column(name = "on_date")
    private LocalDate date = LocalDate.MIN;
    @Enumerated(EnumType.STRING)
    private Session session = Session.AM;
    @Enumerated(EnumType.STRING)
    private Mark mark = Mark.PRESENT;
    @Enumerated(EnumType.STRING)
    private Source source = Source.TAP;
    private long markedById;
    private String markedByName = "";
    private Instant markedAt = Instant.EPOCH;

    protected AttendanceMark() {}

    AttendanceMark(long placementId, long schoolId, LocalDate date, Session session) {
        this.placementId = placementId;
        this.schoolId = schoolId;
        this.date = date;
        this.session = session;
    }

    void record(Mark mark, Source source, long byId, String byName, Instant at) {
        this.mark = mark;
        this.source = source;
        this.markedById = byId;
        this.markedByName = byName;
        this.markedAt = at;
    }

    long placementId() {
        return placementId;
    }

    SchoolSession schoolSession() {
        return new SchoolSession(date, session);
    }

    Mark mark() {
        return mark;
    }

    String markedByName() {
        return markedByName;
    }

    Instant markedAt() {
        return markedAt;
    }
}
