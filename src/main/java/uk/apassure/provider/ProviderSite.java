package uk.apassure.provider;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.domain.AbstractEntity;

/** A place where pupils are taught: the main site, a satellite, or a subcontractor's site. */
@Audited
@Entity
@Table(name = "provider_site")
public class ProviderSite extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id")
    private Provider provider;

    @Enumerated(EnumType.STRING)
    private SiteKind kind = SiteKind.MAIN;

    private String name = "";
    private String addressLine1 = "";
    private @Nullable String addressLine2;
    private String town = "";
    private String postcode = "";

    protected ProviderSite() {
        this.provider = null;
    }

    ProviderSite(Provider provider, SiteKind kind, SiteDetails details) {
        this.provider = provider;
        this.kind = kind;
        apply(details);
    }

    void apply(SiteDetails details) {
        this.name = details.getName().trim();
        this.addressLine1 = details.getAddressLine1().trim();
        this.addressLine2 = Provider.blankToNull(details.getAddressLine2());
        this.town = details.getTown().trim();
        this.postcode = Postcodes.normalise(details.getPostcode());
        if (kind == SiteKind.MAIN) {
            provider.mainSiteIn(town);
        }
    }

    SiteDetails toDetails() {
        SiteDetails details = new SiteDetails();
        details.setName(name);
        details.setAddressLine1(addressLine1);
        details.setAddressLine2(addressLine2 == null ? "" : addressLine2);
        details.setTown(town);
        details.setPostcode(postcode);
        details.setVersion(getVersion());
        return details;
    }

    Provider getProvider() {
        return provider;
    }

    public SiteKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public @Nullable String getAddressLine2() {
        return addressLine2;
    }

    public String getTown() {
        return town;
    }

    public String getPostcode() {
        return postcode;
    }
}
