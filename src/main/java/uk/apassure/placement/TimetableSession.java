package uk.apassure.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import uk.apassure.calendar.Session;
import uk.apassure.calendar.SessionSlot;

/** One weekly session of a placement: a day's morning or afternoon at one provider's site, with its times. */
@Embeddable
public record TimetableSession(
        @Enumerated(EnumType.STRING) @Column(name = "day_of_week") DayOfWeek day,
        @Enumerated(EnumType.STRING) @Column(name = "session") Session session,
        @Column(name = "provider_id") long providerId,
        @Column(name = "site_id") long siteId,
        @Column(name = "starts_at") LocalTime startsAt,
        @Column(name = "ends_at") LocalTime endsAt) {

    public SessionSlot slot() {
        return new SessionSlot(day, session);
    }

    public Duration length() {
        return Duration.between(startsAt, endsAt);
    }
}
