package uk.apassure.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.apassure.base.domain.Refusal;
import uk.apassure.base.ui.Attempt;
import uk.apassure.base.ui.EditDialog;
import uk.apassure.base.ui.Notices;
import uk.apassure.base.ui.TextLimit;
import uk.apassure.organisation.SchoolService;
import uk.apassure.organisation.SchoolService.SchoolSummary;
import uk.apassure.organisation.UserAdminService;
import uk.apassure.organisation.UserAdminService.Account;
import uk.apassure.organisation.UserAdminService.OneTimePassword;
import uk.apassure.security.Permission;
import uk.apassure.security.RequiresPermission;
import uk.apassure.security.Role;

/**
 * The trust's accounts for its administrators: add someone, change their roles, disable or enable
 * them, give them a one-time password. A row opens the account; every change is made by
 * {@link UserAdminService}, which checks the permission and the trust and writes the security log.
 */
@Route("admin/users")
@PageTitle("Accounts")
@Menu(title = "Accounts", order = 89, icon = "USERS")
@RequiresPermission(Permission.USER_MANAGE)
public class UsersView extends VerticalLayout {

    private final UserAdminService admin;
    private final List<SchoolSummary> schools;
    private final Grid<Account> grid = new Grid<>(Account.class, false);
    private final TextField search = new TextField();
    private List<Account> all = List.of();

    private final uk.apassure.history.HistoryService history;

    public UsersView(UserAdminService admin, SchoolService schoolService, uk.apassure.history.HistoryService history) {
        this.history = history;
        this.admin = admin;
        this.schools = schoolService.trustSchools();
        addClassName("users-view");

        search.setPlaceholder("Find by name, username or school");
        search.setAriaLabel("Find an account");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> show());
        search.setWidthFull();
        search.setMaxWidth("24rem");
        Button add = new Button("New account", VaadinIcon.PLUS.create(), click -> openNew());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("new-account");
        HorizontalLayout bar = new HorizontalLayout(search, add);
        bar.setWidthFull();
        bar.setAlignItems(Alignment.BASELINE);
        bar.addClassName("filter-bar");

        grid.addColumn(Account::displayName).setHeader("Name").setFlexGrow(2).setSortable(true);
        grid.addColumn(Account::username).setHeader("Username").setFlexGrow(1).setSortable(true);
        grid.addColumn(Account::schoolName).setHeader("School").setFlexGrow(2).setSortable(true);
        grid.addColumn(account -> labels(account.roles())).setHeader("Roles").setFlexGrow(3);
        grid.addComponentColumn(UsersView::state).setHeader("Account").setFlexGrow(1);
        grid.addItemClickListener(click -> openAccount(click.getItem()));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No account matches.");
        grid.addClassName("accounts-grid");
        add(bar, grid);
        refresh();
    }

    private void refresh() {
        all = admin.accounts();
        show();
    }

    private void show() {
        String wanted = search.getValue().strip().toLowerCase(Locale.UK);
        grid.setItems(all.stream().filter(account -> wanted.isEmpty()
                || (account.displayName() + " " + account.username() + " " + account.schoolName())
                        .toLowerCase(Locale.UK).contains(wanted)).toList());
    }

    private static Span state(Account account) {
        Span state = new Span(!account.active() ? "Disabled" : account.mustChangePassword() ? "One-time password" : "Active");
        state.getElement().getThemeList().add(!account.active() ? "badge error" : account.mustChangePassword()
                ? "badge contrast" : "badge success");
        return state;
    }

    private void openNew() {
        TextField username = new TextField("Username");
        username.setHelperText("What they type to sign in, e.g. j.smith");
        TextLimit.atMost(100, username);
        TextField name = new TextField("Name");
        TextLimit.atMost(200, name);
        EmailField email = new EmailField("E-mail (for alerts and reminders)");
        TextLimit.atMost(254, email);
        ComboBox<SchoolSummary> school = new ComboBox<>("School");
        school.setItems(schools);
        school.setItemLabelGenerator(SchoolSummary::name);
        school.setClearButtonVisible(true);
        school.setHelperText("Leave empty for the trust's central team (trust lead, administrator)");
        CheckboxGroup<Role> roles = roleChoice(Set.of());
        FormLayout form = new FormLayout(username, name, email, school, roles);
        form.setColspan(roles, 2);
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("username", username,
                "displayName", name, "email", email, "school", school, "roles", roles);
        EditDialog dialog = new EditDialog("New account", form, "Create account", () -> {
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                OneTimePassword created = admin.create(new UserAdminService.NewAccount(username.getValue(),
                        name.getValue(), email.getValue(), school.getValue() == null ? null : school.getValue().id(),
                        roles.getValue()));
                refresh();
                showOneTime(created, "Account created");
                return true;
            } catch (UserAdminService.InvalidAccount refused) {
                com.vaadin.flow.component.HasValidation field = fields.getOrDefault(refused.field(), username);
                field.setErrorMessage(refused.getMessage());
                field.setInvalid(true);
                return false;
            } catch (Refusal refused) {
                // the service-wide text check (base.domain.Text) names no field of this form
                Notices.problem(refused.getMessage());
                return false;
            }
        });
        dialog.open();
    }

    private void openAccount(Account account) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(account.displayName());
        dialog.addClassName("edit-dialog");
        Paragraph facts = new Paragraph(account.username() + " · " + account.schoolName()
                + (account.email() == null ? "" : " · " + account.email()));
        CheckboxGroup<Role> roles = roleChoice(account.roles());
        Button saveRoles = new Button("Save roles", click -> {
            if (Attempt.run("Someone changed this account meanwhile: open it again.",
                    () -> admin.changeRoles(account.id(), roles.getValue()), message -> {
                        roles.setErrorMessage(message);
                        roles.setInvalid(true);
                    })) {
                dialog.close();
                refresh();
                Notices.saved("Roles of " + account.displayName() + " saved; their sessions have ended, so they"
                        + " sign in again to use them.");
            }
        });
        saveRoles.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveRoles.addClassName("save-roles");
        Button reset = new Button("Give a one-time password", VaadinIcon.KEY.create(), click ->
                confirm("Give " + account.displayName() + " a one-time password?",
                        "Their current password stops working and their sessions end. They choose their own at"
                                + " their next sign-in.", "Give one-time password", () -> {
                            dialog.close();
                            OneTimePassword[] given = new OneTimePassword[1];
                            if (Attempt.run("", () -> given[0] = admin.resetPassword(account.id()))) {
                                refresh();
                                showOneTime(given[0], "One-time password");
                            }
                        }));
        reset.addClassName("reset-password");
        Button activeToggle = account.active()
                ? new Button("Disable account", VaadinIcon.BAN.create(), click -> confirm(
                        "Disable " + account.displayName() + "?",
                        "They can no longer sign in and their open sessions end now. Their records stay.",
                        "Disable", () -> {
                            if (Attempt.run("", () -> admin.disable(account.id()))) {
                                dialog.close();
                                refresh();
                                Notices.saved(account.displayName() + " is disabled; their sessions have ended.");
                            }
                        }))
                : new Button("Enable account", VaadinIcon.CHECK.create(), click -> {
                    if (Attempt.run("", () -> admin.enable(account.id()))) {
                        dialog.close();
                        refresh();
                        Notices.saved(account.displayName() + " can sign in again.");
                    }
                });
        activeToggle.addClassName("toggle-active");
        if (account.active()) {
            activeToggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Button resetTwoStep = new Button("Reset two-step sign-in", VaadinIcon.MOBILE.create(), click ->
                confirm("Reset two-step sign-in of " + account.displayName() + "?",
                        "For a lost or replaced phone. Their sessions end; they set it up again at their next sign-in.",
                        "Reset", () -> {
                            if (Attempt.run("", () -> admin.resetSecondFactor(account.id()))) {
                                dialog.close();
                                Notices.saved("Two-step sign-in of " + account.displayName() + " is reset.");
                            }
                        }));
        resetTwoStep.addClassName("reset-two-step");
        resetTwoStep.setVisible(admin.hasSecondFactor(account.id()));
        Div actions = new Div(reset, resetTwoStep, activeToggle);
        actions.addClassName("account-actions");
        dialog.add(new VerticalLayout(facts, roles, saveRoles, actions,
                new uk.apassure.history.ui.HistoryPanel(history, uk.apassure.history.HistoryKind.USER, account.id())));
        Button close = new Button("Close", click -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }

    private static void confirm(String title, String text, String action, Runnable confirmed) {
        ConfirmDialog dialog = new ConfirmDialog(title, text, action, event -> confirmed.run());
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    /** The one-time password, shown once: it is not stored in clear and cannot be shown again. */
    private static void showOneTime(OneTimePassword created, String title) {
        Dialog shown = new Dialog();
        shown.setHeaderTitle(title);
        shown.addClassName("one-time-password");
        Paragraph how = new Paragraph("Give this one-time password to its owner in person or by phone, not by"
                + " e-mail. They sign in as " + created.username() + " with it and choose their own password."
                + " It is shown only now.");
        Span password = new Span(created.password());
        password.addClassName("one-time-value");
        shown.add(how, password);
        shown.getFooter().add(new Button("Done", click -> shown.close()));
        shown.open();
    }

    private static CheckboxGroup<Role> roleChoice(Set<Role> chosen) {
        CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
        roles.setItems(Arrays.asList(Role.values()));
        roles.setItemLabelGenerator(Role::label);
        roles.setValue(chosen);
        roles.addClassName("role-choice");
        return roles;
    }

    private static String labels(Set<Role> roles) {
        return roles.stream().map(Role::label).sorted().collect(Collectors.joining(", "));
    }
}
