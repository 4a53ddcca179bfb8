package uk.apassure.placement.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import uk.apassure.placement.PlacementPage;

/**
 * A section that a feature built on placements adds to the placement page (reviews add theirs),
 * so the placement feature does not depend on the features that depend on it. Spring beans; the
 * page shows them in {@link #order()} before the history.
 */
public interface PlacementPageSection {

    int order();

    /** The section for this placement, or empty when the signed-in user may not see it. */
    Optional<Component> create(PlacementPage placement);
}
