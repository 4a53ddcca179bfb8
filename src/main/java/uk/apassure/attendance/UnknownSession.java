package uk.apassure.attendance;

import java.time.LocalDate;
import uk.apassure.calendar.Session;

/** An expected session still without a mark after its cut-off: "not yet known". */
public record UnknownSession(long placementId, String pupilName, String providerName, LocalDate date, Session session) {}
