package uk.apassure.provider;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything the provider page shows, read in one transaction. */
public record ProviderPage(
        long id,
        ProviderStatus status,
        ProviderDetails details,
        List<Site> sites,
        List<Contact> contacts,
        List<StatusChange> history) {

    public String name() {
        return details.getName();
    }

    public record Site(long id, SiteKind kind, SiteDetails details) {
        public String address() {
            return String.join(", ", java.util.stream.Stream.of(details.getAddressLine1(), details.getAddressLine2(),
                    details.getTown(), details.getPostcode()).filter(part -> !part.isBlank()).toList());
        }
    }

    public record Contact(long id, ContactDetails details) {}

    public record StatusChange(@Nullable ProviderStatus from, ProviderStatus to, String reason, String by,
            Instant at) {}

    static ProviderPage of(Provider provider) {
        return new ProviderPage(provider.requireId(), provider.getStatus(), provider.toDetails(),
                provider.getSites().stream()
                        .map(site -> new Site(site.requireId(), site.getKind(), site.toDetails()))
                        .toList(),
                provider.getContacts().stream()
                        .map(contact -> new Contact(contact.requireId(), contact.toDetails()))
                        .toList(),
                provider.getStatusHistory().stream()
                        .map(change -> new StatusChange(change.getFromStatus(), change.getToStatus(),
                                change.getReason(), change.getChangedByName(), change.getChangedAt()))
                        .toList());
    }
}
