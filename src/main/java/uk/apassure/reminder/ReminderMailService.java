package uk.apassure.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.SignedInUser;

/**
 * The reminder e-mails of the last 90 days and where each stands: an AP lead sees those to people of
 * their school, an administrator those of the trust. No e-mail text: only who, which digest, how
 * many things it listed and its state.
 */
@Service
@Transactional(readOnly = true)
public class ReminderMailService {

    static final Duration SHOWN_FOR = Duration.ofDays(90);

    private final ReminderMailRepository mails;
    private final AccessGuard access;
    private final Clock clock;

    ReminderMailService(ReminderMailRepository mails, AccessGuard access, Clock clock) {
        this.mails = mails;
        this.access = access;
        this.clock = clock;
    }

    public List<ReminderMailRow> recent(Pageable page) {
        SignedInUser user = access.require(Permission.REMINDER_READ);
        Instant since = clock.instant().minus(SHOWN_FOR);
        if (access.isPermitted(Permission.SCHOOL_MANAGE) || access.isPermitted(Permission.TRUST_WIDE)) {
            return mails.recentForTrust(user.trustId(), since, page).map(ReminderMail::row).getContent();
        }
        Long school = user.schoolId();
        return school == null ? List.of() : mails.recentForSchool(school, since, page).map(ReminderMail::row).getContent();
    }
}
