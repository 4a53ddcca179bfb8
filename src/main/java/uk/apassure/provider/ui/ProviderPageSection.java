package uk.apassure.provider.ui;

import com.vaadin.flow.component.Component;

/**
 * A section that another feature adds to the provider page (e.g. its audits), so the provider
 * feature does not depend on the features built on it. Implementations are Spring beans.
 */
public interface ProviderPageSection {

    /** The section for one provider; called each time the page renders. */
    Component create(long providerId);
}
