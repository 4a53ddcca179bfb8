package uk.apassure.pupilrisk.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.util.Optional;
import uk.apassure.placement.PlacementPage;
import uk.apassure.placement.ui.PlacementPageSection;
import uk.apassure.pupilrisk.PupilRiskService;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;

/** Adds {@link PupilRiskPanel} to the placement page for those who may read the pupil's risk assessment. */
@org.springframework.stereotype.Component
class PupilRiskSection implements PlacementPageSection {

    private final PupilRiskService risks;
    private final AccessGuard access;
    private final Clock clock;

    PupilRiskSection(PupilRiskService risks, AccessGuard access, Clock clock) {
        this.risks = risks;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public int order() {
        // before the reviews (30): the assessment comes before the start and is looked at in each review
        return 28;
    }

    @Override
    public Optional<Component> create(PlacementPage placement) {
        if (!access.isPermitted(Permission.PUPIL_RISK_READ)) {
            return Optional.empty();
        }
        return Optional.of(new PupilRiskPanel(risks, placement, clock));
    }
}
