package uk.apassure.calendar;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import uk.apassure.base.domain.AbstractEntity;

/** One school's academic year: its six half-terms and the closures inside them. */
@Entity
@Table(name = "school_year")
class SchoolYear extends AbstractEntity {

    @Column(name = "school_id")
    private long schoolId;

    @Column(name = "start_year")
    private int startYear;

    @ElementCollection
    @CollectionTable(name = "school_half_term", joinColumns = @JoinColumn(name = "year_id"))
    @OrderBy("position")
    private List<HalfTerm> halfTerms = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "school_closure", joinColumns = @JoinColumn(name = "year_id"))
    @OrderBy("closedOn")
    private List<Closure> closures = new ArrayList<>();

    protected SchoolYear() {}

    SchoolYear(long schoolId, AcademicYear year) {
        this.schoolId = schoolId;
        this.startYear = year.startYear();
    }

    long schoolId() {
        return schoolId;
    }

    AcademicYear year() {
        return new AcademicYear(startYear);
    }

    List<HalfTerm> halfTerms() {
        return List.copyOf(halfTerms);
    }

    List<Closure> closures() {
        return List.copyOf(closures);
    }

    /** Replaces the year's dates with a checked plan (see {@link YearPlan#problems()}). */
    void replaceWith(YearPlan plan) {
        halfTerms.clear();
        halfTerms.addAll(plan.halfTerms());
        closures.clear();
        closures.addAll(plan.closures());
    }
}
