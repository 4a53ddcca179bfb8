package uk.apassure.calendar;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.apassure.base.domain.AbstractEntity;

/** One school's academic year: its six half-terms and the closures inside them. */
@Entity
@Table(name = "school_year")
class SchoolYear extends AbstractEntity {

    @Column(name = "school_id")
    private long schoolId;

    @Column(name = "start_year")
    private int startYear;

    // sets, not lists: both are fetched in one query (SchoolYearRepository), where two lists would multiply
    @ElementCollection
    @CollectionTable(name = "school_half_term", joinColumns = @JoinColumn(name = "year_id"))
    @OrderBy("position")
    private Set<HalfTerm> halfTerms = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "school_closure", joinColumns = @JoinColumn(name = "year_id"))
    @OrderBy("closedOn")
    private Set<Closure> closures = new LinkedHashSet<>();

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
        return halfTerms.stream().sorted(Comparator.comparingInt(HalfTerm::position)).toList();
    }

    List<Closure> closures() {
        return closures.stream().sorted(Comparator.comparing(Closure::closedOn)).toList();
    }

    /** Replaces the year's dates with a checked plan (see {@link YearPlan#problems()}). */
    void replaceWith(YearPlan plan) {
        halfTerms.clear();
        halfTerms.addAll(plan.halfTerms());
        closures.clear();
        closures.addAll(plan.closures());
    }
}
