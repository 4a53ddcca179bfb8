package uk.apassure.pupilrisk;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * One risk of the pupil in one area, the controls agreed with the provider, who at the provider
 * agreed them, and the rating left once they are in place. A draft may leave parts empty; an
 * approved version has every part (the service checks before approval).
 */
@Embeddable
public record RiskLine(
        @Enumerated(EnumType.STRING) @Column(name = "area") @Nullable RiskArea area,
        @Column(name = "risk") String risk,
        @Column(name = "controls", columnDefinition = "text") String controls,
        @Column(name = "agreed_with") String agreedWith,
        @Enumerated(EnumType.STRING) @Column(name = "residual") @Nullable ResidualRating residual) {

    public RiskLine {
        risk = risk == null ? "" : risk.strip();
        controls = controls == null ? "" : controls.strip();
        agreedWith = agreedWith == null ? "" : agreedWith.strip();
    }

    boolean isBlank() {
        return area == null && risk.isEmpty() && controls.isEmpty() && agreedWith.isEmpty() && residual == null;
    }
}
