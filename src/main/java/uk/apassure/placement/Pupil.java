package uk.apassure.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.domain.AbstractEntity;

/** A pupil of one school: only what a placement needs (minimal by design). */
@Entity
@Table(name = "pupil")
class Pupil extends AbstractEntity {

    @Column(name = "school_id")
    private long schoolId;

    private String firstName = "";
    private String lastName = "";
    private String upn = "";
    private LocalDate dateOfBirth = LocalDate.MIN;
    private int yearGroup;

    @Enumerated(EnumType.STRING)
    private SenStatus sen = SenStatus.NONE;

    private boolean lookedAfter;
    private @Nullable String socialWorker;
    private boolean freeSchoolMeals;

    protected Pupil() {}

    Pupil(long schoolId, PupilDetails details) {
        this.schoolId = schoolId;
        update(details);
    }

    void update(PupilDetails details) {
        this.firstName = details.firstName().strip();
        this.lastName = details.lastName().strip();
        this.upn = Upn.normalise(details.upn());
        this.dateOfBirth = details.dateOfBirth();
        this.yearGroup = details.yearGroup();
        this.sen = details.sen();
        this.lookedAfter = details.lookedAfter();
        this.socialWorker = details.socialWorker() == null || details.socialWorker().isBlank() ? null
                : details.socialWorker().strip();
        this.freeSchoolMeals = details.freeSchoolMeals();
    }

    long schoolId() {
        return schoolId;
    }

    /** How the placements grid sorts pupils: last name, then first name. */
    String sortName() {
        return lastName + " " + firstName;
    }

    PupilDetails details() {
        return new PupilDetails(firstName, lastName, upn, dateOfBirth, yearGroup, sen, lookedAfter, socialWorker,
                freeSchoolMeals);
    }
}
