package uk.apassure.placement;

import java.time.LocalDate;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import uk.apassure.placement.SuspensionRule.ProvisionState;
import uk.apassure.placement.SuspensionRule.Run;

/**
 * One run of consecutive suspensions and its duty: no duty, met, or not met.
 *
 * @param provisionStartsOn the start of the provision placement that meets the duty, when one does
 */
public record RunDuty(Run run, ProvisionState state, @Nullable LocalDate provisionStartsOn) {

    static RunDuty of(Run run, Collection<LocalDate> provisionStarts) {
        return new RunDuty(run, SuspensionRule.state(run, provisionStarts),
                SuspensionRule.provisionStart(run, provisionStarts).orElse(null));
    }
}
