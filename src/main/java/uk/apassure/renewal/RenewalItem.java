package uk.apassure.renewal;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code /renewals}: a dated thing as one school sees it.
 *
 * @param schoolId null for a fact no school relies on yet (trust leads see it)
 * @param ownerId the school's AP lead, who keeps it current (null when the school has none)
 * @param dueOn the date that counts: the latest renewal's, or else the record's own
 * @param href the route of the record ({@code audits/12}, {@code providers/3})
 * @param renewedBy who renewed it last, with {@code renewedAt}; null if never renewed
 * @param baseDueOn the record's own date, which a renewal supersedes
 */
public record RenewalItem(RenewalKind kind, long subjectId, long providerId, String providerName,
        @Nullable Long schoolId, @Nullable String schoolName, @Nullable Long ownerId, @Nullable String ownerName,
        String what, @Nullable LocalDate dueOn, RenewalState state, String href, @Nullable String renewedBy,
        @Nullable Instant renewedAt, @Nullable LocalDate baseDueOn) {

    /** The thing itself, whichever school's row it is: what a renewal refers to. */
    public RenewalRef ref() {
        return new RenewalRef(kind, subjectId);
    }

    /** Unique among the grid's rows (one thing may be listed for two schools). */
    public String key() {
        return ref().key() + ":" + (schoolId == null ? "-" : schoolId);
    }
}
