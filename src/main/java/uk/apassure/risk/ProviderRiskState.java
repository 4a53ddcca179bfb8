package uk.apassure.risk;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where one provider's risk assessment stands: its state, when it was approved and is due for
 * renewal (none yet: both null), and why it needs review, oldest reason first.
 */
public record ProviderRiskState(long providerId, RiskState state, @Nullable LocalDate approvedOn,
        @Nullable LocalDate dueOn, List<RiskReason> reasons) {

    static ProviderRiskState none(long providerId) {
        return new ProviderRiskState(providerId, RiskState.NONE, null, null, List.of());
    }
}
