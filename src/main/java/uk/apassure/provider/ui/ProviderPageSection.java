package uk.apassure.provider.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section that a feature built on the register adds to the provider page (visits add their
 * cadence), so the provider feature does not depend on the features that depend on it. Spring
 * beans; the page shows them in {@link #order()} before the "not built yet" section.
 */
public interface ProviderPageSection {

    int order();

    /** The section for this provider, or empty when the signed-in user may not see it. */
    Optional<Component> create(long providerId);
}
