package uk.apassure.attendance;

import uk.apassure.placement.PlacementWeek;

/**
 * The DfE attendance code the school's own register carries for a session the pupil spends at the
 * placement (School attendance guidance; 003: "dual registered from the day the provision
 * commences", "code B for any off-site educational activity"). See docs/attendance.md.
 */
public enum RegisterCode {
    B("B", "Off-site educational activity"),
    D("D", "Dual registered at another school"),
    K("K", "Education arranged by the local authority");

    private final String code;
    private final String label;

    RegisterCode(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /**
     * D when the placement records dual registration (the provider is a school that registers the
     * pupil too); otherwise B, approved off-site education the school arranged. K is never chosen:
     * every placement in AP Assure is commissioned by the school itself (the agreement, the
     * pre-placement audit), and a placement the LA arranges is not recorded here.
     */
    public static RegisterCode of(PlacementWeek placement) {
        return of(placement.dualRegistration());
    }

    static RegisterCode of(boolean dualRegistration) {
        return dualRegistration ? D : B;
    }
}
