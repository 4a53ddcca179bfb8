package uk.apassure.provider;

/** Valid form input for provider tests; each test changes what it is about. */
public final class ProviderFixtures {

    private ProviderFixtures() {}

    public static ProviderDetails farm(String name) {
        ProviderDetails details = new ProviderDetails();
        details.setName(name);
        details.setType(ProviderType.UNREGISTERED_PROVIDER);
        details.setRegistration(Registration.NOT_REGISTERED);
        details.setLaApproved(true);
        details.setOffer("Animal care");
        return details;
    }

    public static SiteDetails site(String town, String postcode) {
        SiteDetails site = new SiteDetails();
        site.setName("Main site");
        site.setAddressLine1("1 Mill Lane");
        site.setTown(town);
        site.setPostcode(postcode);
        return site;
    }

    public static ContactDetails contact(String name) {
        ContactDetails contact = new ContactDetails();
        contact.setName(name);
        contact.setEmail(name.toLowerCase().replace(' ', '.') + "@example.org");
        contact.setPhone("01632 960123");
        return contact;
    }
}
