package uk.apassure.visit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import uk.apassure.base.domain.AbstractEntity;

/** A follow-up action agreed on a visit: what, who owns it, by when, and whether it is done. */
@Audited
@Entity
@Table(name = "visit_action")
public class VisitAction extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "visit_id")
    private Visit visit;

    private String description = "";
    private String owner = "";
    private LocalDate dueOn = LocalDate.EPOCH;

    @Enumerated(EnumType.STRING)
    private ActionStatus status = ActionStatus.OPEN;

    protected VisitAction() {
        this.visit = null;
    }

    VisitAction(Visit visit, String description, String owner, LocalDate dueOn) {
        if (description.isBlank() || owner.isBlank()) {
            throw new IllegalArgumentException("An action needs a description and an owner");
        }
        this.visit = visit;
        this.description = description.trim();
        this.owner = owner.trim();
        this.dueOn = dueOn;
    }

    void setStatus(ActionStatus status) {
        this.status = status;
    }

    Visit getVisit() {
        return visit;
    }

    String getDescription() {
        return description;
    }

    String getOwner() {
        return owner;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    ActionStatus getStatus() {
        return status;
    }
}
