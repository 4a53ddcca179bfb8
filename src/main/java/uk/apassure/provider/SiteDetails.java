package uk.apassure.provider;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A site's name and full address, as a form fills it in. */
public class SiteDetails {

    @NotBlank(message = "{site.name.required}")
    @Size(max = 200, message = "{text.too.long}")
    private String name = "";

    @NotBlank(message = "{site.address.required}")
    @Size(max = 200, message = "{text.too.long}")
    private String addressLine1 = "";

    @Size(max = 200, message = "{text.too.long}")
    private String addressLine2 = "";

    @NotBlank(message = "{site.town.required}")
    @Size(max = 100, message = "{text.too.long}")
    private String town = "";

    @NotBlank(message = "{site.postcode.required}")
    @Pattern(regexp = Postcodes.PATTERN, message = "{site.postcode.format}")
    private String postcode = "";

    private long version;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public void setAddressLine1(String addressLine1) {
        this.addressLine1 = addressLine1 == null ? "" : addressLine1;
    }

    public String getAddressLine2() {
        return addressLine2;
    }

    public void setAddressLine2(String addressLine2) {
        this.addressLine2 = addressLine2 == null ? "" : addressLine2;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town == null ? "" : town;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode == null ? "" : postcode.trim();
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
