package uk.apassure.audit;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/** A titled group of checklist items, e.g. "Policies". */
@Entity
@Table(name = "checklist_section")
@BatchSize(size = 50)
class ChecklistSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "checklist_version_id")
    private @Nullable ChecklistVersion checklistVersion;

    private int position;
    private String title = "";

    @OneToMany(mappedBy = "section", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    @BatchSize(size = 50)
    private List<ChecklistItem> items = new ArrayList<>();

    protected ChecklistSection() {}

    ChecklistSection(ChecklistVersion version, int position, String title) {
        this.checklistVersion = version;
        this.position = position;
        this.title = title;
    }

    void addItem(ChecklistItem.Spec spec) {
        items.add(new ChecklistItem(this, items.size() + 1, spec));
    }

    @Nullable Long getId() {
        return id;
    }

    String getTitle() {
        return title;
    }

    List<ChecklistItem> getItems() {
        return items;
    }
}
