package uk.apassure.attendance.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import uk.apassure.attendance.AttendanceService;
import uk.apassure.placement.PlacementPage;
import uk.apassure.placement.PlacementStatus;
import uk.apassure.placement.ui.PlacementPageSection;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;

/** Adds {@link AttendancePanel} to the page of an active placement for those who read attendance. */
@org.springframework.stereotype.Component
class AttendanceSection implements PlacementPageSection {

    private final AttendanceService attendance;
    private final AccessGuard access;

    AttendanceSection(AttendanceService attendance, AccessGuard access) {
        this.attendance = attendance;
        this.access = access;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public Optional<Component> create(PlacementPage placement) {
        if (!access.isPermitted(Permission.ATTENDANCE_READ) || placement.status() != PlacementStatus.ACTIVE) {
            return Optional.empty();
        }
        return Optional.of(new AttendancePanel(attendance.forPlacement(placement.id())));
    }
}
