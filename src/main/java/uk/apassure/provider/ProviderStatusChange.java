package uk.apassure.provider;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a provider's status history: who changed it, when, from what to what, and why. Never edited. */
@Entity
@Table(name = "provider_status_change")
public class ProviderStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id")
    private Provider provider;

    @Enumerated(EnumType.STRING)
    private @Nullable ProviderStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private ProviderStatus toStatus = ProviderStatus.PROSPECTIVE;

    private String reason = "";
    private long changedById;
    private String changedByName = "";
    private Instant changedAt = Instant.EPOCH;

    protected ProviderStatusChange() {
        this.provider = null;
    }

    ProviderStatusChange(Provider provider, @Nullable ProviderStatus from, ProviderStatus to, String reason,
            Changer changedBy, Instant at) {
        this.provider = provider;
        this.fromStatus = from;
        this.toStatus = to;
        this.reason = reason;
        this.changedById = changedBy.userId();
        this.changedByName = changedBy.name();
        this.changedAt = at;
    }

    public @Nullable ProviderStatus getFromStatus() {
        return fromStatus;
    }

    public ProviderStatus getToStatus() {
        return toStatus;
    }

    public String getReason() {
        return reason;
    }

    public String getChangedByName() {
        return changedByName;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
