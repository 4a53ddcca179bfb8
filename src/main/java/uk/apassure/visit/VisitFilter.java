package uk.apassure.visit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the visit grid. {@code judgement}: visits with that judgement in any area;
 * {@code openConcern}: only visits with a safeguarding concern not yet closed; {@code schoolId}: one
 * school's visits (for trust-wide users); {@code mine}: only the visits the user recorded.
 */
public record VisitFilter(@Nullable Long providerId, @Nullable LocalDate from, @Nullable LocalDate to,
        @Nullable VisitType type, @Nullable Judgement judgement, boolean openConcern, @Nullable VisitStatus status,
        @Nullable Long schoolId, boolean mine) {

    public static final VisitFilter ANY = new VisitFilter(null, null, null, null, null, false, null, null, false);

    public VisitFilter withProvider(@Nullable Long id) {
        return new VisitFilter(id, from, to, type, judgement, openConcern, status, schoolId, mine);
    }

    public VisitFilter withFrom(@Nullable LocalDate date) {
        return new VisitFilter(providerId, date, to, type, judgement, openConcern, status, schoolId, mine);
    }

    public VisitFilter withTo(@Nullable LocalDate date) {
        return new VisitFilter(providerId, from, date, type, judgement, openConcern, status, schoolId, mine);
    }

    public VisitFilter withType(@Nullable VisitType value) {
        return new VisitFilter(providerId, from, to, value, judgement, openConcern, status, schoolId, mine);
    }

    public VisitFilter withJudgement(@Nullable Judgement value) {
        return new VisitFilter(providerId, from, to, type, value, openConcern, status, schoolId, mine);
    }

    public VisitFilter withOpenConcern(boolean value) {
        return new VisitFilter(providerId, from, to, type, judgement, value, status, schoolId, mine);
    }

    public VisitFilter withStatus(@Nullable VisitStatus value) {
        return new VisitFilter(providerId, from, to, type, judgement, openConcern, value, schoolId, mine);
    }

    public VisitFilter withSchool(@Nullable Long value) {
        return new VisitFilter(providerId, from, to, type, judgement, openConcern, status, value, mine);
    }

    public VisitFilter withMine(boolean value) {
        return new VisitFilter(providerId, from, to, type, judgement, openConcern, status, schoolId, value);
    }
}
