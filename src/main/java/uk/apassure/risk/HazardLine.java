package uk.apassure.risk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A hazard of one activity at one site, who is at risk, the controls and the risk that remains: one
 * line of a risk assessment, as typed (validated again by the service) and as shown.
 */
public record HazardLine(
        @NotBlank(message = "Name the site of every hazard (or \"All sites\")")
        @Size(max = 200, message = "Site: at most 200 characters") String site,
        @NotBlank(message = "Name the activity of every hazard")
        @Size(max = 200, message = "Activity: at most 200 characters") String activity,
        @NotNull(message = "Choose the kind of every hazard") HazardKind hazard,
        @Size(max = 1000, message = "Hazard: at most 1000 characters") String description,
        @NotBlank(message = "Say who is at risk for every hazard")
        @Size(max = 500, message = "Who is at risk: at most 500 characters") String whoAtRisk,
        @NotBlank(message = "Describe the controls for every hazard")
        @Size(max = 2000, message = "Controls: at most 2000 characters") String controls,
        @NotNull(message = "Rate the residual risk of every hazard") Residual residual) {

    public static final String ALL_SITES = "All sites";
}
