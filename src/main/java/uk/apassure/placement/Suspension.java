package uk.apassure.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.domain.AbstractEntity;

/** One suspension of a pupil: its first day and length in school days; the last day comes from the calendar. */
@Entity
@Table(name = "suspension")
class Suspension extends AbstractEntity {

    @Column(name = "school_id")
    private long schoolId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pupil_id")
    private Pupil pupil;

    @Column(name = "pupil_id", insertable = false, updatable = false)
    private long pupilId;

    private LocalDate firstDay = LocalDate.MIN;
    private int schoolDays;

    @Enumerated(EnumType.STRING)
    private SuspensionReason reason = SuspensionReason.OTHER;

    private String recordedBy = "";
    private Instant recordedAt = Instant.EPOCH;

    protected Suspension() {
        this.pupil = null;
    }

    Suspension(Pupil pupil, NewSuspension suspension, String by, Instant at) {
        if (suspension.schoolDays() < 1 || suspension.schoolDays() > NewSuspension.MAX_DAYS) {
            throw new IllegalArgumentException("A suspension lasts 1 to " + NewSuspension.MAX_DAYS + " school days");
        }
        this.schoolId = pupil.schoolId();
        this.pupil = pupil;
        this.firstDay = suspension.firstDay();
        this.schoolDays = suspension.schoolDays();
        this.reason = suspension.reason();
        this.recordedBy = by;
        this.recordedAt = at;
    }

    long schoolId() {
        return schoolId;
    }

    long pupilId() {
        return pupilId;
    }

    SuspensionReason reason() {
        return reason;
    }

    SuspensionRule.Days days() {
        return new SuspensionRule.Days(firstDay, schoolDays);
    }

    SuspensionLine line(@Nullable LocalDate lastDay) {
        return new SuspensionLine(requireId(), firstDay, schoolDays, lastDay, reason, recordedBy, recordedAt);
    }
}
