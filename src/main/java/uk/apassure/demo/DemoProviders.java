package uk.apassure.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.apassure.provider.ContactDetails;
import uk.apassure.provider.OfstedJudgement;
import uk.apassure.provider.ProviderDetails;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.ProviderStatus;
import uk.apassure.provider.ProviderType;
import uk.apassure.provider.Registration;
import uk.apassure.provider.SiteDetails;
import uk.apassure.provider.SiteKind;

/**
 * About forty fictional providers of every type and status, entered through the provider service
 * as the demo trust lead would, so their history reads like real use. Names, people, e-mail
 * addresses (example.org) and phone numbers (Ofcom's drama range) are invented.
 */
@Component
class DemoProviders {

    private static final String[] TOWNS = {"Ashworth", "Brackley Vale", "Corrington", "Dunmore", "Easterby"};
    private static final String[] POSTCODES = {"AS1 4QT", "BV2 7LP", "CR3 9HD", "DN4 2WF", "EB5 6JN"};
    private static final String[] FIRST = {"Alex", "Jo", "Sam", "Chris", "Pat", "Morgan", "Jamie", "Robin"};
    private static final String[] LAST = {"Fletcher", "Marsh", "Thorne", "Greaves", "Holt", "Pryce", "Wade"};

    private record Seed(String name, ProviderType type, ProviderStatus status, String offer) {}

    private static final List<Seed> SEEDS = List.of(
            new Seed("Willow Bank Farm", ProviderType.UNREGISTERED_PROVIDER, ProviderStatus.APPROVED,
                    "Animal care, land-based skills, AQA unit awards"),
            new Seed("Hilltop Motor Skills", ProviderType.UNREGISTERED_PROVIDER, ProviderStatus.APPROVED_WITH_CONDITIONS,
                    "Vehicle maintenance, entry level 3 motor vehicle"),
            new Seed("The Forge Construction Centre", ProviderType.UNREGISTERED_PROVIDER, ProviderStatus.APPROVED,
                    "Bricklaying, carpentry, CSCS preparation"),
            new Seed("Brightpath Independent School", ProviderType.REGISTERED_INDEPENDENT_SCHOOL,
                    ProviderStatus.APPROVED, "Full-time KS3-KS4 curriculum for pupils with SEMH needs"),
            new Seed("Kestrel House School", ProviderType.REGISTERED_INDEPENDENT_SCHOOL, ProviderStatus.SUSPENDED,
                    "GCSE English, maths, science; therapeutic support"),
            new Seed("Ashworth Pupil Referral Unit", ProviderType.PRU_OR_AP_ACADEMY, ProviderStatus.APPROVED,
                    "Short-stay provision, reintegration programme"),
            new Seed("Corrington AP Academy", ProviderType.PRU_OR_AP_ACADEMY, ProviderStatus.APPROVED,
                    "KS4 alternative curriculum, functional skills"),
            new Seed("Easterby College", ProviderType.FE_COLLEGE, ProviderStatus.APPROVED,
                    "14-16 engineering, hair and beauty, catering"),
            new Seed("Dunmore Further Education College", ProviderType.FE_COLLEGE, ProviderStatus.PROSPECTIVE,
                    "Construction and digital pathways"),
            new Seed("Open Lantern Online School", ProviderType.ONLINE_PROVIDER, ProviderStatus.APPROVED_WITH_CONDITIONS,
                    "Live online GCSE lessons, small groups"),
            new Seed("Brightwire Tutoring Online", ProviderType.ONLINE_PROVIDER, ProviderStatus.PROSPECTIVE,
                    "One-to-one online tuition in English and maths"),
            new Seed("Greenacre High School", ProviderType.MAINSTREAM_SCHOOL, ProviderStatus.APPROVED,
                    "Managed move and off-site direction places"),
            new Seed("Saltmarsh Boxing Academy", ProviderType.UNREGISTERED_PROVIDER, ProviderStatus.DO_NOT_USE,
                    "Boxing fitness, mentoring"),
            new Seed("Riverbend Equine Centre", ProviderType.UNREGISTERED_PROVIDER, ProviderStatus.PROSPECTIVE,
                    "Horse care, BHS stage 1"),
            new Seed("Old Mill Art Studio", ProviderType.UNREGISTERED_PROVIDER, ProviderStatus.ARCHIVED,
                    "Art therapy, Arts Award bronze"),
            new Seed("Northgate Kitchen Project", ProviderType.UNREGISTERED_PROVIDER, ProviderStatus.APPROVED,
                    "Food hygiene level 1, catering skills"),
            new Seed("Harbour Outdoor Learning", ProviderType.UNREGISTERED_PROVIDER, ProviderStatus.APPROVED,
                    "Bushcraft, Duke of Edinburgh bronze"),
            new Seed("Fenwick Garden Works", ProviderType.UNREGISTERED_PROVIDER, ProviderStatus.SUSPENDED,
                    "Horticulture, RHS level 1"),
            new Seed("Clearview Independent College", ProviderType.REGISTERED_INDEPENDENT_SCHOOL,
                    ProviderStatus.PROSPECTIVE, "Full-time education for pupils with EHCPs"),
            new Seed("Larkspur Learning Centre", ProviderType.REGISTERED_INDEPENDENT_SCHOOL,
                    ProviderStatus.APPROVED_WITH_CONDITIONS, "KS3 nurture curriculum"),
            new Seed("Brackley Vale Short Stay School", ProviderType.PRU_OR_AP_ACADEMY, ProviderStatus.ARCHIVED,
                    "Short-stay provision"),
            new Seed("Summit Climbing Wall", ProviderType.UNREGISTERED_PROVIDER, ProviderStatus.PROSPECTIVE,
                    "Climbing, team building"),
            new Seed("Tidewater Sailing Trust", ProviderType.UNREGISTERED_PROVIDER, ProviderStatus.APPROVED,
                    "RYA dinghy sailing, marine skills"),
            new Seed("Copperfield Mechanics", ProviderType.UNREGISTERED_PROVIDER, ProviderStatus.APPROVED,
                    "Bicycle and small engine repair"),
            new Seed("Wildwood Forest School", ProviderType.UNREGISTERED_PROVIDER, ProviderStatus.APPROVED,
                    "Forest school, wellbeing"),
            new Seed("Beacon Online Academy", ProviderType.ONLINE_PROVIDER, ProviderStatus.DO_NOT_USE,
                    "Online KS3 curriculum"),
            new Seed("Millbrook Community School", ProviderType.MAINSTREAM_SCHOOL, ProviderStatus.PROSPECTIVE,
                    "Shared placements in design and technology"),
            new Seed("Eastgate Hair and Beauty", ProviderType.UNREGISTERED_PROVIDER, ProviderStatus.APPROVED,
                    "VTCT level 1 hair and beauty"),
            new Seed("Thornbury Music Studio", ProviderType.UNREGISTERED_PROVIDER, ProviderStatus.APPROVED_WITH_CONDITIONS,
                    "Music production, Rockschool grades"),
            new Seed("Pinecrest School", ProviderType.REGISTERED_INDEPENDENT_SCHOOL, ProviderStatus.APPROVED,
                    "Full-time KS2-KS4 for autistic pupils"),
            new Seed("Hollybrook Care Farm", ProviderType.UNREGISTERED_PROVIDER, ProviderStatus.APPROVED,
                    "Care farming, animal husbandry"),
            new Seed("Stonecross Digital Skills", ProviderType.UNREGISTERED_PROVIDER, ProviderStatus.PROSPECTIVE,
                    "Coding, game design, iMedia"),
            new Seed("Westfield Sports Coaching", ProviderType.UNREGISTERED_PROVIDER, ProviderStatus.SUSPENDED,
                    "Sports leadership level 1"),
            new Seed("Aldergrove Tuition Centre", ProviderType.UNREGISTERED_PROVIDER, ProviderStatus.APPROVED,
                    "Small-group English and maths tuition"),
            new Seed("Riverside Vocational Centre", ProviderType.FE_COLLEGE, ProviderStatus.APPROVED_WITH_CONDITIONS,
                    "Plumbing and electrical taster courses"),
            new Seed("Marlowe Independent School", ProviderType.REGISTERED_INDEPENDENT_SCHOOL, ProviderStatus.DO_NOT_USE,
                    "Full-time KS3-KS4"),
            new Seed("Cedar Lodge PRU", ProviderType.PRU_OR_AP_ACADEMY, ProviderStatus.PROSPECTIVE,
                    "Medical and SEMH provision"),
            new Seed("Quayside Boatbuilding", ProviderType.UNREGISTERED_PROVIDER, ProviderStatus.ARCHIVED,
                    "Woodwork, boat restoration"),
            new Seed("Horizon Learning Online", ProviderType.ONLINE_PROVIDER, ProviderStatus.APPROVED,
                    "Live online lessons with mentoring"),
            new Seed("Elmstead Secondary School", ProviderType.MAINSTREAM_SCHOOL, ProviderStatus.APPROVED_WITH_CONDITIONS,
                    "Off-site direction places"));

    private final ProviderService providers;

    DemoProviders(ProviderService providers) {
        this.providers = providers;
    }

    void create() {
        for (int i = 0; i < SEEDS.size(); i++) {
            Seed seed = SEEDS.get(i);
            long id = providers.create(details(seed, i), site("Main site", i));
            if (i % 4 == 0) {
                providers.addSite(id, i % 8 == 0 ? SiteKind.SUBCONTRACTED : SiteKind.SATELLITE,
                        site(i % 8 == 0 ? "Partner workshop" : "Town centre base", i + 2));
            }
            providers.addContact(id, contact(i, "Centre manager", true));
            if (i % 3 == 0) {
                providers.addContact(id, contact(i + 3, "Safeguarding lead", false));
            }
            moveTo(id, seed.status());
        }
    }

    private void moveTo(long id, ProviderStatus target) {
        switch (target) {
            case PROSPECTIVE -> { }
            case APPROVED -> change(id, ProviderStatus.APPROVED, "Pre-placement checks complete; approved by SLT");
            case APPROVED_WITH_CONDITIONS -> change(id, ProviderStatus.APPROVED_WITH_CONDITIONS,
                    "Approved on condition that the fire risk assessment is renewed");
            case SUSPENDED -> {
                change(id, ProviderStatus.APPROVED, "Pre-placement checks complete; approved by SLT");
                change(id, ProviderStatus.SUSPENDED, "Public liability insurance lapsed; suspended until renewed");
            }
            case DO_NOT_USE -> change(id, ProviderStatus.DO_NOT_USE,
                    "Could not give written confirmation of staff checks");
            case ARCHIVED -> {
                change(id, ProviderStatus.APPROVED, "Pre-placement checks complete; approved by SLT");
                change(id, ProviderStatus.ARCHIVED, "Provider has closed");
            }
        }
    }

    private void change(long id, ProviderStatus target, String reason) {
        providers.changeStatus(id, providers.get(id).details().getVersion(), target, reason);
    }

    private static ProviderDetails details(Seed seed, int i) {
        ProviderDetails details = new ProviderDetails();
        details.setName(seed.name());
        details.setType(seed.type());
        boolean registered = seed.type() != ProviderType.UNREGISTERED_PROVIDER
                && seed.type() != ProviderType.ONLINE_PROVIDER;
        details.setRegistration(registered ? Registration.REGISTERED : Registration.NOT_REGISTERED);
        if (registered) {
            details.setUrn(String.valueOf(900100 + i));
            details.setOfstedJudgement(OfstedJudgement.values()[i % 4]);
            details.setOfstedDate(LocalDate.of(2022 + i % 4, 1 + i % 12, 1 + i % 27));
        }
        details.setLaApproved(i % 3 != 1);
        details.setWebsite("https://" + seed.name().toLowerCase().replaceAll("[^a-z]+", "-") + ".example.org");
        details.setOffer(seed.offer());
        details.setKeyStages(i % 5 == 0 ? "KS2, KS3" : "KS3, KS4");
        details.setCapacity(6 + i % 20);
        details.setCostPerSession(BigDecimal.valueOf(40 + (i % 9) * 5).setScale(2));
        return details;
    }

    private static SiteDetails site(String name, int i) {
        SiteDetails site = new SiteDetails();
        site.setName(name);
        site.setAddressLine1((10 + i) + " " + new String[] {"Mill Lane", "Church Street", "Station Road",
                "Quarry Road", "Brook Way"}[i % 5]);
        site.setTown(TOWNS[i % TOWNS.length]);
        site.setPostcode(POSTCODES[i % POSTCODES.length]);
        return site;
    }

    private static ContactDetails contact(int i, String role, boolean pupilsReportTo) {
        ContactDetails contact = new ContactDetails();
        String name = FIRST[i % FIRST.length] + " " + LAST[(i / 2) % LAST.length];
        contact.setName(name);
        contact.setJobTitle(role);
        contact.setEmail(name.toLowerCase().replace(' ', '.') + "@example.org");
        contact.setPhone(String.format("01632 960%03d", (i * 7) % 1000));
        contact.setPupilsReportTo(pupilsReportTo);
        return contact;
    }
}
