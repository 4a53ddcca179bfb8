package uk.apassure.risk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.apassure.audit.SignedOffAudits.SignedOff;
import uk.apassure.base.time.UkDates;
import uk.apassure.provider.ProviderPage;
import uk.apassure.provider.SiteKind;

/**
 * The first lines of a provider's risk assessment, suggested by its latest signed-off audit (the items
 * it found applicable) and its sites: the assessor edits them before approving. A later version starts
 * from the current one, with a line for each site it does not cover yet.
 */
final class RiskPrefill {

    static final String PUPILS_AND_STAFF = "Pupils placed at the provider; the provider's staff";

    private RiskPrefill() {}

    static List<String> sites(ProviderPage provider) {
        List<String> sites = new ArrayList<>();
        sites.add(HazardLine.ALL_SITES);
        provider.sites().forEach(site -> sites.add(site.details().getName()));
        return sites;
    }

    /** The activities of the provider's offer ("Animal care, construction; motor vehicles"). */
    static List<String> activities(ProviderPage provider) {
        Set<String> activities = new LinkedHashSet<>();
        for (String part : provider.details().getOffer().split("[,;\\n]")) {
            if (!part.isBlank() && part.trim().length() <= 200) {
                activities.add(part.trim());
            }
        }
        if (activities.isEmpty()) {
            activities.add("All activities");
        }
        return List.copyOf(activities);
    }

    static List<HazardLine> fromAudit(SignedOff audit, ProviderPage provider) {
        List<String> activities = activities(provider);
        String checked = "Checked in the audit signed off on " + UkDates.date(audit.decidedOn()) + ": ";
        String main = provider.sites().stream().filter(site -> site.kind() == SiteKind.MAIN)
                .map(site -> site.details().getName()).findFirst().orElse(HazardLine.ALL_SITES);
        List<HazardLine> lines = new ArrayList<>();
        for (String item : audit.applicableItems()) {
            String lower = item.toLowerCase(Locale.ROOT);
            if (lower.startsWith("machinery")) {
                lines.add(line(main, activity(activities, "construct", "workshop", "mechanic", "motor", "wood"),
                        HazardKind.WORKSHOP_MACHINERY, "Injury from machinery and tools", checked + item
                                + "; pupils supervised and wear protective equipment", Residual.MEDIUM));
            } else if (lower.startsWith("animal")) {
                lines.add(line(main, activity(activities, "animal", "farm", "equine", "horse"), HazardKind.ANIMALS,
                        "Bites, kicks and infection from animal contact", checked + item
                                + "; hand washing after animal contact", Residual.MEDIUM));
            } else if (lower.startsWith("fire safety")) {
                lines.add(line(main, "All activities", HazardKind.FIRE, "Fire on the site", checked + item,
                        Residual.LOW));
            } else if (lower.startsWith("live sessions") || lower.startsWith("platform")) {
                lines.add(line(HazardLine.ALL_SITES, activity(activities, "online"), HazardKind.ONLINE_CONTACT,
                        "Unsafe contact in online sessions", checked + item, Residual.MEDIUM));
            }
        }
        if (audit.onlineOnly() && lines.stream().noneMatch(line -> line.hazard() == HazardKind.ONLINE_CONTACT)) {
            lines.add(line(HazardLine.ALL_SITES, activity(activities, "online"), HazardKind.ONLINE_CONTACT,
                    "Unsafe contact in online sessions", checked + "online delivery section", Residual.MEDIUM));
        }
        for (ProviderPage.Site site : provider.sites()) {
            if (site.kind() != SiteKind.MAIN) {
                lines.add(siteLine(site));
            }
        }
        if (lines.isEmpty()) {
            lines.add(line(main, activities.getFirst(), HazardKind.SITE_SECURITY, "Pupils leaving the site unnoticed",
                    checked + "site security", Residual.LOW));
        }
        return lines;
    }

    /** The current version's lines, and one for each site added since (a material change). */
    static List<HazardLine> fromCurrent(List<HazardLine> current, ProviderPage provider) {
        List<HazardLine> lines = new ArrayList<>(current);
        for (ProviderPage.Site site : provider.sites()) {
            String name = site.details().getName();
            if (site.kind() != SiteKind.MAIN && current.stream().noneMatch(line -> line.site().equals(name))) {
                lines.add(siteLine(site));
            }
        }
        return lines;
    }

    private static HazardLine siteLine(ProviderPage.Site site) {
        return line(site.details().getName(), "Sessions at " + site.details().getName(), HazardKind.TRAVEL,
                "Travel to and between sites; an unfamiliar site (" + site.address() + ")",
                "Pupils escorted between sites; the school told of the " + site.kind().label().toLowerCase()
                        + " and its address; its site checks as at the main site", Residual.MEDIUM);
    }

    private static String activity(List<String> activities, String... words) {
        return activities.stream().filter(activity -> {
            String lower = activity.toLowerCase(Locale.ROOT);
            for (String word : words) {
                if (lower.contains(word)) {
                    return true;
                }
            }
            return false;
        }).findFirst().orElse(activities.getFirst());
    }

    private static HazardLine line(String site, String activity, HazardKind kind, String description, String controls,
            Residual residual) {
        return new HazardLine(clip(site, 200), clip(activity, 200), kind, clip(description, 1000), PUPILS_AND_STAFF,
                clip(controls, 2000), residual);
    }

    private static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
