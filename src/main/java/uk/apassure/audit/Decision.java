package uk.apassure.audit;

import uk.apassure.provider.ProviderStatus;

/** What SLT decide on a provider after its checks; each sets the provider's status. */
public enum Decision {
    APPROVED("Approve", ProviderStatus.APPROVED),
    APPROVED_WITH_CONDITIONS("Approve with conditions", ProviderStatus.APPROVED_WITH_CONDITIONS),
    // rejected after checks: the register says "do not use" until fresh checks
    REJECTED("Reject", ProviderStatus.DO_NOT_USE);

    private final String label;
    private final ProviderStatus providerStatus;

    Decision(String label, ProviderStatus providerStatus) {
        this.label = label;
        this.providerStatus = providerStatus;
    }

    public String label() {
        return label;
    }

    public ProviderStatus providerStatus() {
        return providerStatus;
    }
}
