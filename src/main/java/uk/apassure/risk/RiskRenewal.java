package uk.apassure.risk;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The renewal rule (001 §7.9): an approved assessment is renewed a year after approval, and is "due
 * soon" from {@code dueSoonDays} before that anniversary up to and including it, and overdue from the
 * day after, as every other dated thing on {@code /renewals} (certificates, policies). A
 * material change since approval makes it "review needed" whatever the date, which is shown before the
 * date-driven states because it asks for action at once.
 */
public record RiskRenewal(int dueSoonDays) {

    public RiskRenewal {
        if (dueSoonDays < 0 || dueSoonDays > 180) {
            throw new IllegalArgumentException("Due-soon days must be between 0 and 180, not " + dueSoonDays);
        }
    }

    /** The anniversary of approval: renewed by then. */
    public static LocalDate dueOn(LocalDate approvedOn) {
        return approvedOn.plusYears(1);
    }

    public RiskState state(@Nullable LocalDate approvedOn, boolean reviewNeeded, LocalDate today) {
        if (approvedOn == null) {
            return RiskState.NONE;
        }
        if (reviewNeeded) {
            return RiskState.REVIEW_NEEDED;
        }
        LocalDate due = dueOn(approvedOn);
        if (today.isAfter(due)) {
            return RiskState.OVERDUE;
        }
        return today.isBefore(due.minusDays(dueSoonDays)) ? RiskState.OK : RiskState.DUE_SOON;
    }
}
