package uk.apassure.placement;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.apassure.calendar.Session;

/** One weekly session of an active placement, with the placement's pupil and dates (a query row). */
record ActiveSession(long placementId, long schoolId, String firstName, String lastName, LocalDate startsOn,
        @Nullable LocalDate endsOn, long providerId, DayOfWeek day, Session session) {}
