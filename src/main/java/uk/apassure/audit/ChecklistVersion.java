package uk.apassure.audit;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One published version of a checklist template. Never edited once published: changing a template
 * publishes a new version, and every audit keeps the version it was started from.
 */
@Entity
@Table(name = "checklist_version")
class ChecklistVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String template = "";
    /** The trust whose version this is; null for the shipped defaults every trust starts from. */
    private @Nullable Long trustId;
    private int number;
    private String name = "";
    private boolean onlineOnly;
    private Instant publishedAt = Instant.EPOCH;

    @OneToMany(mappedBy = "checklistVersion", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<ChecklistSection> sections = new ArrayList<>();

    protected ChecklistVersion() {}

    /** The next version, the trust's own, made from {@code previous} (the trust's or the shipped default). */
    ChecklistVersion(ChecklistVersion previous, long trustId, Instant now) {
        this.template = previous.template;
        this.trustId = trustId;
        this.number = previous.number + 1;
        this.name = previous.name;
        this.onlineOnly = previous.onlineOnly;
        this.publishedAt = now;
    }

    ChecklistSection addSection(String title) {
        ChecklistSection section = new ChecklistSection(this, sections.size() + 1, title);
        sections.add(section);
        return section;
    }

    long requireId() {
        if (id == null) {
            throw new IllegalStateException("Checklist version not saved");
        }
        return id;
    }

    String getTemplate() {
        return template;
    }

    int getNumber() {
        return number;
    }

    String getName() {
        return name;
    }

    boolean isTrustsOwn() {
        return trustId != null;
    }

    boolean isOnlineOnly() {
        return onlineOnly;
    }

    List<ChecklistSection> getSections() {
        return sections;
    }

    List<ChecklistItem> items() {
        return sections.stream().flatMap(section -> section.getItems().stream()).toList();
    }
}
