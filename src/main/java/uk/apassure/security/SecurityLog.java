package uk.apassure.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The security log: sign-ins, failures, refused access and account changes, stored in UTC with the
 * user, their address and what happened (ASVS 5.0 §16). Each event is written in its own
 * transaction, so a refusal is kept although the work it refused rolls back, and a failure to log
 * never fails the work. Administrators read their trust's events at {@code /admin/security-log}.
 */
@Component
public class SecurityLog {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityLog.class);
    private static final int DETAIL_LENGTH = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    SecurityLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** An event done by the signed-in user (or by nobody signed in), from the current request's address. */
    public void record(SecurityEventKind kind, String detail) {
        SignedInUser user = currentUser();
        if (user == null) {
            record(kind, null, null, null, detail);
        } else {
            record(kind, user.username(), user.id(), user.trustId(), detail);
        }
    }

    /** An event with its actor given, e.g. a failed sign-in under {@code username}. */
    public void record(SecurityEventKind kind, @Nullable String username, @Nullable Long userId,
            @Nullable Long trustId, String detail) {
        String address = RequestAddress.current();
        Instant now = clock.instant();
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "INSERT INTO security_event (occurred_at, kind, username, user_id, trust_id, address, detail)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    Timestamp.valueOf(LocalDateTime.ofInstant(now, ZoneOffset.UTC)), kind.name(),
                    username == null ? null : cut(username, 100), userId, trustId,
                    address == null ? null : cut(address, 64), cut(detail, DETAIL_LENGTH)));
        } catch (DataAccessException | org.springframework.transaction.TransactionException e) {
            LOG.warn("Security event {} for {} not stored: {}", kind, username, e.getMessage());
        }
    }

    /**
     * A page of the log for an administrator: their trust's events and sign-ins under names that
     * belong to nobody, newest first.
     */
    public List<Entry> page(Filter filter, int offset, int limit) {
        SignedInUser user = requireReader();
        List<Object> arguments = new ArrayList<>();
        String where = where(filter, user, arguments);
        arguments.add(Math.max(0, limit));
        arguments.add(Math.max(0, offset));
        return jdbc.query("SELECT occurred_at, kind, username, address, detail FROM security_event" + where
                        + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?",
                (rs, row) -> new Entry(rs.getTimestamp(1).toLocalDateTime().toInstant(ZoneOffset.UTC),
                        SecurityEventKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5)),
                arguments.toArray());
    }

    public int count(Filter filter) {
        SignedInUser user = requireReader();
        List<Object> arguments = new ArrayList<>();
        String where = where(filter, user, arguments);
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM security_event" + where, Integer.class,
                arguments.toArray());
        return count == null ? 0 : count;
    }

    private SignedInUser requireReader() {
        SignedInUser user = currentUser();
        Subject subject = SecurityUtils.getSubject();
        if (user == null || !subject.isPermitted(Permission.SECURITY_LOG_READ)) {
            record(SecurityEventKind.ACCESS_REFUSED, "Security log");
            throw new AccessGuard.AccessDeniedException("Only administrators read the security log");
        }
        return user;
    }

    private static String where(Filter filter, SignedInUser user, List<Object> arguments) {
        StringBuilder where = new StringBuilder(" WHERE (trust_id = ? OR trust_id IS NULL)");
        arguments.add(user.trustId());
        if (filter.kind() != null) {
            where.append(" AND kind = ?");
            arguments.add(filter.kind().name());
        }
        if (filter.username() != null && !filter.username().isBlank()) {
            where.append(" AND username LIKE ?");
            arguments.add("%" + filter.username().strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        return where.toString();
    }

    private static @Nullable SignedInUser currentUser() {
        try {
            Subject subject = SecurityUtils.getSubject();
            return subject.isAuthenticated() && subject.getPrincipal() instanceof SignedInUser user ? user : null;
        } catch (org.apache.shiro.UnavailableSecurityManagerException noSubject) {
            return null;
        }
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    /** What an administrator filters the log by; null or blank means any. */
    public record Filter(@Nullable SecurityEventKind kind, @Nullable String username) {
        public static final Filter ALL = new Filter(null, null);
    }

    /** One event as the log page shows it. */
    public record Entry(Instant occurredAt, SecurityEventKind kind, @Nullable String username,
            @Nullable String address, @Nullable String detail) {}
}
