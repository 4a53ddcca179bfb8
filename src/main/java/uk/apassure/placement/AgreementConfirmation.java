package uk.apassure.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One item of the commissioning agreement confirmed: who, when. */
@Embeddable
public record AgreementConfirmation(
        @Enumerated(EnumType.STRING) @Column(name = "item") AgreementItem item,
        @Column(name = "confirmed_by") String confirmedBy,
        @Column(name = "confirmed_at") Instant confirmedAt) {}
