package uk.apassure.audit;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.Role;
import uk.apassure.security.SignedInUser;

/**
 * Checklist templates. A published version is never edited: publishing makes the next version,
 * and audits already started keep theirs.
 */
@Service
@Transactional(readOnly = true)
public class ChecklistService {

    /** The shipped templates (V2__audits.sql). */
    public static final String PRE_PLACEMENT = "PRE_PLACEMENT";
    public static final String PRE_PLACEMENT_ONLINE = "PRE_PLACEMENT_ONLINE";

    private final ChecklistRepository checklists;
    private final AccessGuard access;
    private final Clock clock;

    ChecklistService(ChecklistRepository checklists, AccessGuard access, Clock clock) {
        this.checklists = checklists;
        this.access = access;
        this.clock = clock;
    }

    /**
     * A template's current version for the user's trust, as a list to choose from when starting an
     * audit; {@code trustsOwn} when the trust has published its own version (else the shipped default).
     */
    public record TemplateChoice(String template, String name, int number, boolean onlineOnly, boolean trustsOwn) {}

    /** One section of a new version, with its items. */
    public record SectionSpec(String title, List<ItemSpec> items) {}

    /** One item; {@code standardRef} names the national standard it checks, or is null for the school's own checks. */
    public record ItemSpec(String prompt, String guidance, boolean evidenceRequired, boolean needsExpiry,
            @Nullable Role confirmRole, boolean critical, @Nullable String standardRef) {}

    /** The longest standard reference (checklist_item.standard_ref). */
    public static final int STANDARD_REF_MAX = 80;

    public List<TemplateChoice> current() {
        SignedInUser user = access.require(Permission.PROVIDER_READ);
        return checklists.findCurrent(user.trustId()).stream()
                .map(c -> new TemplateChoice(c.getTemplate(), c.getName(), c.getNumber(), c.isOnlineOnly(),
                        c.isTrustsOwn()))
                .toList();
    }

    /** The current version of a template as editable sections: the starting point of the next version. */
    public List<SectionSpec> currentSections(String template) {
        SignedInUser user = access.require(Permission.TEMPLATE_MANAGE);
        ChecklistVersion current = checklists.findCurrent(template, user.trustId())
                .orElseThrow(() -> new InvalidStep("There is no checklist template " + template));
        return current.getSections().stream().map(section -> new SectionSpec(section.getTitle(),
                section.getItems().stream().map(item -> {
                    ChecklistItem.Spec spec = item.spec();
                    return new ItemSpec(spec.prompt(), spec.guidance(), spec.evidenceRequired(), spec.needsExpiry(),
                            spec.confirmRole(), spec.critical(), spec.standardRef());
                }).toList())).toList();
    }

    /**
     * Publishes the next version of a template for the administrator's own trust, with these sections;
     * returns its number. Other trusts keep theirs (or the shipped default).
     */
    @Transactional
    public int publish(String template, List<SectionSpec> sections) {
        SignedInUser user = access.require(Permission.TEMPLATE_MANAGE);
        ChecklistVersion previous = checklists.findCurrent(template, user.trustId())
                .orElseThrow(() -> new InvalidStep("There is no checklist template " + template));
        if (sections.isEmpty() || sections.stream().anyMatch(s -> s.title().isBlank() || s.items().isEmpty())) {
            throw new InvalidStep("Every section needs a title and at least one item");
        }
        ChecklistVersion next = new ChecklistVersion(previous, user.trustId(), clock.instant());
        for (SectionSpec spec : sections) {
            ChecklistSection section = next.addSection(spec.title().trim());
            for (ItemSpec item : spec.items()) {
                if (item.prompt().isBlank() || item.prompt().length() > 500 || item.guidance().length() > 2000) {
                    throw new InvalidStep("Every item needs a prompt (at most 500 characters)");
                }
                String standard = item.standardRef() == null || item.standardRef().isBlank() ? null
                        : item.standardRef().trim();
                if (standard != null && standard.length() > STANDARD_REF_MAX) {
                    throw new InvalidStep("A national standard reference has at most " + STANDARD_REF_MAX
                            + " characters: " + item.prompt().trim());
                }
                // always new rows: the previous version's items are read, never changed
                section.addItem(new ChecklistItem.Spec(item.prompt().trim(), item.guidance().trim(),
                        item.evidenceRequired(), item.needsExpiry(), item.confirmRole(), item.critical(), standard));
            }
        }
        return checklists.saveAndFlush(next).getNumber();
    }
}
