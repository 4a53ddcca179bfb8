package uk.apassure.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A change to a placement's terms or its pupil's details: what, who, when and why. Never edited, never deleted. */
@Entity
@Table(name = "placement_change")
class PlacementChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "placement_id")
    private long placementId;

    private String what = "";

    private @Nullable String reason;

    @Column(name = "changed_by")
    private String by = "";

    @Column(name = "changed_at")
    private Instant at = Instant.EPOCH;

    protected PlacementChange() {}

    PlacementChange(long placementId, String what, @Nullable String reason, String by, Instant at) {
        this.placementId = placementId;
        this.what = what;
        this.reason = reason;
        this.by = by;
        this.at = at;
    }

    TermsChange view() {
        return new TermsChange(what, reason, by, at);
    }
}
