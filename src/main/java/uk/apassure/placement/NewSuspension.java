package uk.apassure.placement;

import java.time.LocalDate;

/** A suspension as the form records it: first day, length in school days and the reason. */
public record NewSuspension(LocalDate firstDay, int schoolDays, SuspensionReason reason) {

    /** The most a pupil may be suspended in one school year (DfE), so the most one suspension can be. */
    public static final int MAX_DAYS = 45;
}
