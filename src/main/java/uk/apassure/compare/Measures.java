package uk.apassure.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.domain.Rag;
import uk.apassure.provider.ProviderType;

/**
 * One row of the comparison: the measures of a provider (or of a school, or of a school and a type
 * of provider) over a period. Every count comes from MariaDB; the percentages are the counts divided
 * here, so a row with nothing to count shows no percentage rather than 0 %.
 *
 * @param providerId null for a row of a school or of a school and type
 * @param schoolId null for a row of a provider
 * @param latestRag the provider's latest signed-off audit (a provider row only)
 * @param green providers used by the row's school(s) whose latest audit is green (likewise amber, red, unaudited)
 * @param placements placements at the provider active at some time in the period (proposals not counted)
 * @param renewalsOverdue rows of {@code /renewals} overdue today (the renewals feature's query and states)
 * @param attended sessions marked present or late in the period
 * @param counted sessions marked in the period, less those marked "not expected" (the provider was closed)
 * @param reviewsOwed half-terms ended in the period that a placement spanned from start to end
 * @param reviewsHeld of those, the ones with a signed review held inside the half-term
 * @param costPerWeek the average of cost per session × the provider's sessions a week, over costed placements
 * @param triggered providers over the registration trigger (001 §7.2)
 * @param cadencePlacements active placements whose visit cadence is known today
 * @param withinCadence of those, the ones not overdue a visit (003)
 */
public record Measures(
        @Nullable Long providerId, String providerName, @Nullable ProviderType type,
        @Nullable Long schoolId, String schoolName,
        @Nullable Rag latestRag, @Nullable LocalDate latestAuditOn,
        long green, long amber, long red, long unaudited,
        long providers, long schools, long placements, long renewalsOverdue,
        long openConcerns, long concernsLastYear,
        long attended, long counted,
        long reviewsOwed, long reviewsHeld,
        long ended, long reintegrated, long qualifications, long destinations,
        @Nullable BigDecimal costPerWeek, long triggered,
        long cadencePlacements, long withinCadence) {

    /** Sessions attended of those expected, to one decimal place; null when none were marked. */
    public @Nullable BigDecimal attendancePercent() {
        return percent(attended, counted);
    }

    /** Half-termly reviews held on time, of those owed; null when none were owed. */
    public @Nullable BigDecimal reviewsOnTimePercent() {
        return percent(reviewsHeld, reviewsOwed);
    }

    /** Active placements within their visit cadence today; null when there are none. */
    public @Nullable BigDecimal visitCompliancePercent() {
        return percent(withinCadence, cadencePlacements);
    }

    public boolean registrationTriggered() {
        return triggered > 0;
    }

    /** The same row with the visit cadence counts the visit feature worked out. */
    public Measures withCadence(long placementsKnown, long within) {
        return new Measures(providerId, providerName, type, schoolId, schoolName, latestRag, latestAuditOn, green,
                amber, red, unaudited, providers, schools, placements, renewalsOverdue, openConcerns,
                concernsLastYear, attended, counted, reviewsOwed, reviewsHeld, ended, reintegrated, qualifications,
                destinations, costPerWeek, triggered, placementsKnown, within);
    }

    /** The same row with the renewals overdue the renewals feature counted. */
    public Measures withRenewalsOverdue(long overdue) {
        return new Measures(providerId, providerName, type, schoolId, schoolName, latestRag, latestAuditOn, green,
                amber, red, unaudited, providers, schools, placements, overdue, openConcerns,
                concernsLastYear, attended, counted, reviewsOwed, reviewsHeld, ended, reintegrated, qualifications,
                destinations, costPerWeek, triggered, cadencePlacements, withinCadence);
    }

    /** {@code part} of {@code whole} as a percentage to one decimal place; null when the whole is nothing. */
    public static @Nullable BigDecimal percent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
