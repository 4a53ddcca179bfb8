package uk.apassure.compare;

import java.math.BigDecimal;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.time.UkDates;

/**
 * The comparison's columns, in the order the grid, the side-by-side table, the CSV and the PDF show
 * them: one heading and one way to read each measure, so the four never disagree.
 */
public enum Measure {
    SCHOOLS("Schools using", "Schools", m -> m.schools(), false),
    PLACEMENTS("Placements in period", "Placements", m -> m.placements(), false),
    LATEST_AUDIT("Latest audit", "Latest audit", m -> m.latestRag() == null ? null : m.latestRag().ordinal(), true),
    RENEWALS_OVERDUE("Renewals overdue", "Renewals overdue", m -> m.renewalsOverdue(), false),
    VISIT_COMPLIANCE("Visits within cadence today %", "Visits in cadence %", Measures::visitCompliancePercent, false),
    OPEN_CONCERNS("Open concerns", "Open concerns", m -> m.openConcerns(), false),
    CONCERNS_LAST_YEAR("Concerns, last 12 months", "Concerns 12 months", m -> m.concernsLastYear(), false),
    ATTENDANCE("Attendance %", "Attendance %", Measures::attendancePercent, false),
    REVIEWS_ON_TIME("Reviews on time %", "Reviews on time %", Measures::reviewsOnTimePercent, false),
    REINTEGRATED("Reintegrated", "Reintegrated", m -> m.reintegrated(), false),
    QUALIFICATIONS("Qualifications gained", "Qualifications", m -> m.qualifications(), false),
    DESTINATIONS("Destinations recorded", "Destinations", m -> m.destinations(), false),
    COST_PER_WEEK("Cost per placement-week £", "£ a week", Measures::costPerWeek, false),
    REGISTRATION_TRIGGER("Registration trigger", "Registration trigger", m -> m.triggered(), false);

    private final String heading;
    private final String shortHeading;
    private final Function<Measures, @Nullable Object> value;
    private final boolean providerOnly;

    Measure(String heading, String shortHeading, Function<Measures, @Nullable Object> value, boolean providerOnly) {
        this.heading = heading;
        this.shortHeading = shortHeading;
        this.value = value;
        this.providerOnly = providerOnly;
    }

    public String heading() {
        return heading;
    }

    /** The heading of a narrow grid column (the full {@link #heading()} is its tooltip). */
    public String shortHeading() {
        return shortHeading;
    }

    /** Whether the measure belongs to one provider (its audit), so a row of a school or a type has none. */
    public boolean providerOnly() {
        return providerOnly;
    }

    /** The number to sort and filter by; null when there is nothing to measure. */
    public @Nullable BigDecimal number(Measures row) {
        Object v = value.apply(row);
        return switch (v) {
            case null -> null;
            case BigDecimal d -> d;
            case Long l -> BigDecimal.valueOf(l);
            case Integer i -> BigDecimal.valueOf(i);
            default -> null;
        };
    }

    /** How the measure reads in a cell: a dash when there is nothing to measure. */
    public String text(Measures row) {
        if (this == LATEST_AUDIT) {
            return row.latestRag() == null ? "Not audited"
                    : row.latestRag().label() + (row.latestAuditOn() == null ? ""
                            : ", " + UkDates.date(row.latestAuditOn()));
        }
        if (this == REGISTRATION_TRIGGER) {
            return row.providerId() != null ? (row.registrationTriggered() ? "Over the trigger" : "No")
                    : String.valueOf(row.triggered());
        }
        BigDecimal n = number(row);
        return n == null ? UkDates.NONE : n.toPlainString();
    }
}
