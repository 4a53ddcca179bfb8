package uk.apassure.history;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.jspecify.annotations.Nullable;

/**
 * One Envers revision: a transaction that created, changed or deleted audited records, with who
 * made it (the signed-in user, or "system" for demo data and scheduled jobs) and when (UTC).
 */
@Entity
@Table(name = "history_revision")
@RevisionEntity(RevisionAuthor.class)
public class HistoryRevision {

    static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    /** Epoch milliseconds, UTC. */
    @RevisionTimestamp
    private long revisedAt;

    private @Nullable Long userId;
    private String username = SYSTEM;
    private String displayName = SYSTEM;

    public long getId() {
        return id;
    }

    public long getRevisedAt() {
        return revisedAt;
    }

    public @Nullable Long getUserId() {
        return userId;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    void madeBy(@Nullable Long userId, String username, String displayName) {
        this.userId = userId;
        this.username = username;
        this.displayName = displayName;
    }
}
