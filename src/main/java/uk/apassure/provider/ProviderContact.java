package uk.apassure.provider;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.domain.AbstractEntity;

/** A named person at the provider, e.g. the manager or the person pupils report to. */
@Audited
@Entity
@Table(name = "provider_contact")
public class ProviderContact extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id")
    private Provider provider;

    private String name = "";
    private @Nullable String jobTitle;
    private @Nullable String email;
    private @Nullable String phone;
    private boolean pupilsReportTo;

    protected ProviderContact() {
        this.provider = null;
    }

    ProviderContact(Provider provider, ContactDetails details) {
        this.provider = provider;
        apply(details);
    }

    void apply(ContactDetails details) {
        this.name = details.getName().trim();
        this.jobTitle = Provider.blankToNull(details.getJobTitle());
        this.email = Provider.blankToNull(details.getEmail());
        this.phone = Provider.blankToNull(details.getPhone());
        if (email == null && phone == null) {
            throw new IllegalArgumentException("A contact needs an e-mail address or a phone number");
        }
        this.pupilsReportTo = details.isPupilsReportTo();
    }

    ContactDetails toDetails() {
        ContactDetails details = new ContactDetails();
        details.setName(name);
        details.setJobTitle(jobTitle == null ? "" : jobTitle);
        details.setEmail(email == null ? "" : email);
        details.setPhone(phone == null ? "" : phone);
        details.setPupilsReportTo(pupilsReportTo);
        details.setVersion(getVersion());
        return details;
    }

    Provider getProvider() {
        return provider;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getJobTitle() {
        return jobTitle;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public boolean isPupilsReportTo() {
        return pupilsReportTo;
    }
}
