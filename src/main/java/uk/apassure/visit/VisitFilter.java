package uk.apassure.visit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the visit grid. {@code judgement}: visits with that judgement in any area;
 * {@code openConcern}: only visits with a safeguarding concern not yet closed.
 */
public record VisitFilter(@Nullable Long providerId, @Nullable LocalDate from, @Nullable LocalDate to,
        @Nullable VisitType type, @Nullable Judgement judgement, boolean openConcern) {

    public static final VisitFilter ANY = new VisitFilter(null, null, null, null, null, false);

    public VisitFilter withProvider(@Nullable Long id) {
        return new VisitFilter(id, from, to, type, judgement, openConcern);
    }

    public VisitFilter withFrom(@Nullable LocalDate date) {
        return new VisitFilter(providerId, date, to, type, judgement, openConcern);
    }

    public VisitFilter withTo(@Nullable LocalDate date) {
        return new VisitFilter(providerId, from, date, type, judgement, openConcern);
    }

    public VisitFilter withType(@Nullable VisitType value) {
        return new VisitFilter(providerId, from, to, value, judgement, openConcern);
    }

    public VisitFilter withJudgement(@Nullable Judgement value) {
        return new VisitFilter(providerId, from, to, type, value, openConcern);
    }

    public VisitFilter withOpenConcern(boolean value) {
        return new VisitFilter(providerId, from, to, type, judgement, value);
    }
}
