package uk.apassure.admin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.stream.Collectors;
import uk.apassure.organisation.SchoolService;
import uk.apassure.organisation.SchoolService.SchoolSummary;
import uk.apassure.organisation.SchoolService.StaffMember;
import uk.apassure.security.Permission;
import uk.apassure.security.RequiresPermission;
import uk.apassure.security.Role;

/**
 * The trust's schools and their staff with roles, for administrators and trust leads. Accounts are
 * changed on {@link UsersView}; adding a school is not built yet, and the page says so.
 */
@Route("admin/schools")
@PageTitle("Schools and staff")
@Menu(title = "Schools and staff", order = 90, icon = "INSTITUTION")
@RequiresPermission({Permission.SCHOOL_MANAGE, Permission.TRUST_WIDE})
public class SchoolsView extends VerticalLayout {

    public SchoolsView(SchoolService schools) {
        addClassName("schools-view");
        Grid<SchoolSummary> schoolGrid = new Grid<>(SchoolSummary.class, false);
        schoolGrid.addColumn(SchoolSummary::name).setHeader("School").setFlexGrow(3);
        schoolGrid.addColumn(SchoolSummary::urn).setHeader("URN");
        schoolGrid.addColumn(SchoolSummary::town).setHeader("Town");
        schoolGrid.setItems(schools.visibleSchools());
        schoolGrid.setAllRowsVisible(true);

        H3 staffHeading = new H3("Staff");
        Grid<StaffMember> staffGrid = new Grid<>(StaffMember.class, false);
        staffGrid.addColumn(StaffMember::displayName).setHeader("Name").setFlexGrow(2);
        staffGrid.addColumn(member -> member.roles().stream().map(Role::label).sorted()
                .collect(Collectors.joining(", "))).setHeader("Roles").setFlexGrow(3);
        staffGrid.addColumn(member -> member.active() ? "Active" : "Inactive").setHeader("Account");
        staffGrid.setAllRowsVisible(true);
        staffGrid.setEmptyStateText("Choose a school above to see its staff.");
        schoolGrid.asSingleSelect().addValueChangeListener(event -> {
            SchoolSummary school = event.getValue();
            staffHeading.setText(school == null ? "Staff" : "Staff of " + school.name());
            staffGrid.setItems(school == null ? java.util.List.of() : schools.staff(school.id()));
        });

        Paragraph notYet = new Paragraph("Administrators add accounts and change roles under Accounts; adding or"
                + " renaming a school is not built yet.");
        notYet.addClassName("hint");
        add(schoolGrid, staffHeading, staffGrid, notYet);
    }
}
