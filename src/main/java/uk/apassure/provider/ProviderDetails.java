package uk.apassure.provider;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The editable details of a register entry, as a form fills them in. Bean Validation carries the
 * rules (messages in ValidationMessages.properties); the service validates again on the server and
 * the database constraints back both.
 */
public class ProviderDetails {

    @NotBlank(message = "{provider.name.required}")
    @Size(max = 200, message = "{text.too.long}")
    private String name = "";

    @NotNull(message = "{provider.type.required}")
    private @Nullable ProviderType type;

    @Pattern(regexp = "^$|^\\d{6}$", message = "{provider.urn.format}")
    private String urn = "";

    @NotNull(message = "{provider.registration.required}")
    private @Nullable Registration registration = Registration.NOT_REGISTERED;

    private @Nullable OfstedJudgement ofstedJudgement;

    @PastOrPresent(message = "{provider.ofstedDate.future}")
    private @Nullable LocalDate ofstedDate;

    private boolean laApproved;

    /** When the local authority's approval ends; the renewals grid shows it (null: not known). */
    private @Nullable LocalDate laApprovedUntil;

    @Size(max = 300, message = "{text.too.long}")
    @Pattern(regexp = "^$|^https?://[^\\s]+\\.[^\\s]+$", message = "{provider.website.format}")
    private String website = "";

    @Size(max = 2000, message = "{text.too.long}")
    private String offer = "";

    @Size(max = 100, message = "{text.too.long}")
    private String keyStages = "";

    @Min(value = 0, message = "{provider.capacity.range}")
    @Max(value = 10000, message = "{provider.capacity.range}")
    private @Nullable Integer capacity;

    @DecimalMin(value = "0.00", message = "{provider.cost.range}")
    @DecimalMax(value = "999999.99", message = "{provider.cost.range}")
    @Digits(integer = 6, fraction = 2, message = "{provider.cost.format}")
    private @Nullable BigDecimal costPerSession;

    private long version;

    /** 001 §7.2: an independent school must be registered, and a registered school has a URN. */
    @AssertTrue(message = "{provider.registeredSchool.urn}")
    public boolean isRegisteredSchoolHasUrn() {
        return type != ProviderType.REGISTERED_INDEPENDENT_SCHOOL
                || (registration == Registration.REGISTERED && !urn.isBlank());
    }

    @AssertTrue(message = "{provider.unregistered.registration}")
    public boolean isUnregisteredProviderNotRegistered() {
        return type != ProviderType.UNREGISTERED_PROVIDER || registration == Registration.NOT_REGISTERED;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public @Nullable ProviderType getType() {
        return type;
    }

    public void setType(@Nullable ProviderType type) {
        this.type = type;
    }

    public String getUrn() {
        return urn;
    }

    public void setUrn(String urn) {
        this.urn = urn == null ? "" : urn.trim();
    }

    public @Nullable Registration getRegistration() {
        return registration;
    }

    public void setRegistration(@Nullable Registration registration) {
        this.registration = registration;
    }

    public @Nullable OfstedJudgement getOfstedJudgement() {
        return ofstedJudgement;
    }

    public void setOfstedJudgement(@Nullable OfstedJudgement ofstedJudgement) {
        this.ofstedJudgement = ofstedJudgement;
    }

    public @Nullable LocalDate getOfstedDate() {
        return ofstedDate;
    }

    public void setOfstedDate(@Nullable LocalDate ofstedDate) {
        this.ofstedDate = ofstedDate;
    }

    public boolean isLaApproved() {
        return laApproved;
    }

    public void setLaApproved(boolean laApproved) {
        this.laApproved = laApproved;
    }

    public @Nullable LocalDate getLaApprovedUntil() {
        return laApprovedUntil;
    }

    public void setLaApprovedUntil(@Nullable LocalDate laApprovedUntil) {
        this.laApprovedUntil = laApprovedUntil;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website == null ? "" : website.trim();
    }

    public String getOffer() {
        return offer;
    }

    public void setOffer(String offer) {
        this.offer = offer == null ? "" : offer;
    }

    public String getKeyStages() {
        return keyStages;
    }

    public void setKeyStages(String keyStages) {
        this.keyStages = keyStages == null ? "" : keyStages;
    }

    public @Nullable Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(@Nullable Integer capacity) {
        this.capacity = capacity;
    }

    public @Nullable BigDecimal getCostPerSession() {
        return costPerSession;
    }

    public void setCostPerSession(@Nullable BigDecimal costPerSession) {
        this.costPerSession = costPerSession;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
