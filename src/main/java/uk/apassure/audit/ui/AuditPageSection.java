package uk.apassure.audit.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section that a feature built on audits adds to the end of the audit page (the change history
 * adds its panel), so the audit feature does not depend on the features that depend on it.
 */
public interface AuditPageSection {

    /** The section for this audit, or empty when the signed-in user may not see it. */
    Optional<Component> forAudit(long auditId);
}
