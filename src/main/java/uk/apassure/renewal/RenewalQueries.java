package uk.apassure.renewal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The renewals rows for jobs that run without a signed-in user (the weekly reminder digest, the
 * daily overdue e-mail): the same query and states as {@code /renewals}, for one owner or one
 * school, always inside one trust. Views use {@link RenewalService}, which checks the user; a
 * caller of these methods decides who receives the result and must send a person only their own
 * rows (the owner's, or their school's).
 */
@Service
@Transactional(readOnly = true)
public class RenewalQueries {

    private final RenewalItems items;
    private final Clock clock;
    private final int dueSoonDays;

    RenewalQueries(RenewalItems items, Clock clock, @Value("${apassure.renewals.due-soon-days:28}") int dueSoonDays) {
        this.items = items;
        this.clock = clock;
        this.dueSoonDays = dueSoonDays;
    }

    /** Every row the owner (a school's AP lead) keeps, most urgent first; each has its state, due date, kind and link. */
    public List<RenewalItem> forOwner(long trustId, long schoolId, long ownerUserId) {
        return items.find(RenewalScope.school(trustId, schoolId), RenewalFilter.ANY.withOwner(ownerUserId),
                List.of(), today(), dueSoonDays, Pageable.unpaged());
    }

    /** Every row of one school, most urgent first. */
    public List<RenewalItem> forSchool(long trustId, long schoolId) {
        return items.find(RenewalScope.school(trustId, schoolId), RenewalFilter.ANY, List.of(), today(), dueSoonDays,
                Pageable.unpaged());
    }

    /** One school's rows in one state (e.g. {@link RenewalState#OVERDUE} for the daily e-mail). */
    public List<RenewalItem> forSchool(long trustId, long schoolId, RenewalState state) {
        return items.find(RenewalScope.school(trustId, schoolId), RenewalFilter.ANY.withState(state), List.of(),
                today(), dueSoonDays, Pageable.unpaged());
    }

    /** One school's rows that are not "ok" on {@code today}, most urgent first: what the reminders mail. */
    public List<RenewalItem> needingAttention(long trustId, long schoolId, LocalDate today) {
        return items.find(RenewalScope.school(trustId, schoolId), RenewalFilter.ANY, List.of(), today, dueSoonDays,
                Pageable.unpaged()).stream().filter(item -> item.state() != RenewalState.OK).toList();
    }

    /**
     * How many rows {@code /renewals} shows as overdue on {@code today} for each provider of the trust, by the school
     * the rows belong to (null for rows of no school): counts only, for the comparison of providers
     * ({@code /compare}), which checks the user and keeps the schools they may count.
     */
    public List<OverdueCount> overdueByProvider(long trustId, LocalDate today) {
        return items.overdueBySchoolAndProvider(RenewalScope.trust(trustId), today, dueSoonDays);
    }

    /** The warning window before a due date, in days. */
    public int dueSoonDays() {
        return dueSoonDays;
    }

    /** How many rows of one school are in each state. */
    public Map<RenewalState, Long> countsForSchool(long trustId, long schoolId) {
        return items.countByState(RenewalScope.school(trustId, schoolId), today(), dueSoonDays);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
