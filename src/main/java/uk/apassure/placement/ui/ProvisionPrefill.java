package uk.apassure.placement.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.Optional;
import uk.apassure.base.ui.Attempt;
import uk.apassure.placement.PlacementType;
import uk.apassure.placement.ProvisionDraft;
import uk.apassure.placement.SuspensionService;

/**
 * Provision for a suspension proposed from its to-do: {@code /placements/new?suspended=<pupil id>}
 * opens the placement form with the pupil, the type and the run's sixth and last school days
 * filled in. Only the pupil's id travels in the address, never a name or UPN.
 */
final class ProvisionPrefill {

    static final String PARAMETER = "suspended";

    private ProvisionPrefill() {}

    static String href(long pupilId) {
        return "placements/new?" + PARAMETER + "=" + pupilId;
    }

    static void apply(PlacementForm form, SuspensionService suspensions, QueryParameters parameters) {
        Optional<Long> pupilId = parameters.getSingleParameter(PARAMETER).flatMap(ProvisionPrefill::number);
        if (pupilId.isEmpty()) {
            return;
        }
        ProvisionDraft[] draft = new ProvisionDraft[1];
        if (!Attempt.run("", () -> draft[0] = suspensions.provisionDraft(pupilId.get()))) {
            return;
        }
        form.readPupil(draft[0].pupil());
        form.type.setValue(PlacementType.SUSPENSION_PROVISION);
        if (draft[0].startsOn() != null) {
            form.startsOn.setValue(draft[0].startsOn());
        }
        if (draft[0].endsOn() != null) {
            form.endsOn.setValue(draft[0].endsOn());
        }
    }

    private static Optional<Long> number(String value) {
        return value.matches("\\d{1,18}") ? Optional.of(Long.valueOf(value)) : Optional.empty();
    }
}
