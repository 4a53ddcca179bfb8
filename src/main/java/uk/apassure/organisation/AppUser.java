package uk.apassure.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.domain.AbstractEntity;
import uk.apassure.security.Role;

/** A person who signs in: member of one school, or of the trust itself, with one or more roles. */
@Audited
@Entity
@Table(name = "app_user")
public class AppUser extends AbstractEntity {

    private String username = "";
    private String displayName = "";
    private @Nullable String email;
    @NotAudited
    private String passwordHash = "";

    @NotAudited
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trust_id")
    private Trust trust;

    /** Null for trust-level users. */
    @NotAudited
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id")
    private @Nullable School school;

    private boolean active = true;

    private java.time.@Nullable Instant passwordChangedAt;
    private boolean mustChangePassword;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected AppUser() {
        this.trust = null;
    }

    private AppUser(String username, String displayName, Trust trust, @Nullable School school, Set<Role> roles,
            String passwordHash) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("A user needs at least one role");
        }
        if (school != null && !school.getTrust().equals(trust)) {
            throw new IllegalArgumentException("The school belongs to another trust");
        }
        this.username = Trust.requireText(username).toLowerCase(java.util.Locale.ROOT);
        this.displayName = Trust.requireText(displayName);
        this.trust = trust;
        this.school = school;
        this.roles = EnumSet.copyOf(roles);
        this.passwordHash = passwordHash;
    }

    public static AppUser ofSchool(String username, String displayName, School school, Set<Role> roles,
            String passwordHash) {
        return new AppUser(username, displayName, school.getTrust(), school, roles, passwordHash);
    }

    public static AppUser ofTrust(String username, String displayName, Trust trust, Set<Role> roles,
            String passwordHash) {
        return new AppUser(username, displayName, trust, null, roles, passwordHash);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Trust getTrust() {
        return trust;
    }

    public @Nullable School getSchool() {
        return school;
    }

    public boolean isActive() {
        return active;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public void changeRoles(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("A user needs at least one role");
        }
        this.roles.clear();
        this.roles.addAll(newRoles);
    }

    public void setDisplayName(String displayName) {
        this.displayName = Trust.requireText(displayName);
    }

    /** A new password hash; {@code oneTime} when an administrator set it and the user must replace it. */
    public void changePassword(String newHash, boolean oneTime, java.time.Instant at) {
        this.passwordHash = newHash;
        this.mustChangePassword = oneTime;
        this.passwordChangedAt = at;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public java.time.@Nullable Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }
}
