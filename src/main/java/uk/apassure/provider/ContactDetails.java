package uk.apassure.provider;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A named contact at the provider, as a form fills it in. */
public class ContactDetails {

    @NotBlank(message = "{contact.name.required}")
    @Size(max = 200, message = "{text.too.long}")
    private String name = "";

    @Size(max = 200, message = "{text.too.long}")
    private String jobTitle = "";

    @Size(max = 254, message = "{text.too.long}")
    @Email(regexp = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{contact.email.format}")
    private String email = "";

    // UK numbers: 10 or 11 digits starting 0, or +44 and 9 or 10 digits; spaces, brackets and dashes allowed
    @Pattern(regexp = "^$|^(?:\\+44\\s?(?:\\(0\\))?|\\(?0)(?:[\\s()-]*\\d){9,10}$", message = "{contact.phone.format}")
    private String phone = "";

    private boolean pupilsReportTo;

    private long version;

    @AssertTrue(message = "{contact.reachable}")
    public boolean isReachable() {
        return !email.isBlank() || !phone.isBlank();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle == null ? "" : jobTitle;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email.trim();
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone == null ? "" : phone.trim();
    }

    public boolean isPupilsReportTo() {
        return pupilsReportTo;
    }

    public void setPupilsReportTo(boolean pupilsReportTo) {
        this.pupilsReportTo = pupilsReportTo;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
