package uk.apassure.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Who changed a placement's status, when and why: never edited, never deleted. */
@Entity
@Table(name = "placement_status_change")
class PlacementStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "placement_id")
    private long placementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private @Nullable PlacementStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private PlacementStatus to = PlacementStatus.PROPOSED;

    private String reason = "";

    @Column(name = "changed_by")
    private String by = "";

    @Column(name = "changed_at")
    private Instant at = Instant.EPOCH;

    protected PlacementStatusChange() {}

    PlacementStatusChange(long placementId, @Nullable PlacementStatus from, PlacementStatus to, String reason,
            String by, Instant at) {
        this.placementId = placementId;
        this.from = from;
        this.to = to;
        this.reason = reason;
        this.by = by;
        this.at = at;
    }

    PlacementPage.StatusChange view() {
        return new PlacementPage.StatusChange(from, to, reason, by, at);
    }
}
