package uk.apassure.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.apassure.base.domain.AbstractEntity;

/** A multi-academy trust (or a single school's own organisation): the outer boundary of all data. */
@Entity
@Table(name = "trust")
public class Trust extends AbstractEntity {

    private String name = "";

    protected Trust() {}

    public Trust(String name) {
        this.name = requireText(name);
    }

    public String getName() {
        return name;
    }

    static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A name is required");
        }
        return text.trim();
    }
}
