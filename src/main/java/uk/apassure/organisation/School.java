package uk.apassure.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.domain.AbstractEntity;

/** A school of a trust: the scope of pupil-level facts. */
@Entity
@Table(name = "school")
public class School extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trust_id")
    private Trust trust;

    private String name = "";
    private @Nullable String urn;
    private @Nullable String town;

    protected School() {
        this.trust = null;
    }

    public School(Trust trust, String name, @Nullable String urn, @Nullable String town) {
        this.trust = trust;
        this.name = Trust.requireText(name);
        if (urn != null && !urn.matches("\\d{6}")) {
            throw new IllegalArgumentException("A URN has 6 digits");
        }
        this.urn = urn;
        this.town = town;
    }

    public Trust getTrust() {
        return trust;
    }

    public long trustId() {
        return trust.requireId();
    }

    public String getName() {
        return name;
    }

    public @Nullable String getUrn() {
        return urn;
    }

    public @Nullable String getTown() {
        return town;
    }
}
