package uk.apassure.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import uk.apassure.base.domain.Text;
import uk.apassure.base.ui.Notices;
import uk.apassure.base.ui.TextLimit;
import uk.apassure.organisation.AccountService;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.PasswordPolicy;
import uk.apassure.security.SecondFactor;
import uk.apassure.security.SignedInUser;

/**
 * The signed-in user's account: who they are and changing their password. Someone signed in with
 * an administrator's one-time password is brought here first, and no other page opens until they
 * have chosen their own.
 */
@Route("account")
@PageTitle("My account")
@Menu(title = "My account", order = 99, icon = "USER")
@PermitAll
public class AccountView extends VerticalLayout {

    private final AccountService accounts;
    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField chosen = new PasswordField("New password");
    private final PasswordField repeated = new PasswordField("New password again");

    public AccountView(AccountService accounts, AccessGuard access, SecondFactor secondFactor) {
        this.accounts = accounts;
        addClassName("account-view");
        SignedInUser user = access.currentUser();
        Paragraph who = new Paragraph(user.displayName() + " (" + user.username() + "), " + user.organisationName());

        H2 heading = new H2("Change your password");
        Paragraph oneTime = new Paragraph("You signed in with a one-time password from an administrator."
                + " Choose your own password to go on.");
        oneTime.addClassName("notice-warning");
        oneTime.setVisible(accounts.mustChangePassword());
        Paragraph advice = new Paragraph("At least " + PasswordPolicy.MIN_LENGTH + " characters; three or four"
                + " unrelated words are long and easy to remember. Common and breached passwords are refused."
                + " You never have to change it on a schedule.");
        advice.addClassName("hint");

        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        chosen.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeated.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        TextLimit.atMost(PasswordPolicy.MAX_LENGTH, chosen);
        TextLimit.atMost(PasswordPolicy.MAX_LENGTH, repeated);
        for (PasswordField field : List.of(current, chosen, repeated)) {
            field.setWidthFull();
            field.setMaxWidth("28rem");
        }
        Button save = new Button("Change password", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("change-password");
        add(who, heading, oneTime, advice, current, chosen, repeated, save, new TwoStepSection(secondFactor));
    }

    private void save() {
        for (PasswordField field : List.of(current, chosen, repeated)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
        try {
            accounts.changePassword(current.getValue(), chosen.getValue(), repeated.getValue());
            current.clear();
            chosen.clear();
            repeated.clear();
            getChildren().filter(child -> child.hasClassName("notice-warning")).forEach(child -> child.setVisible(false));
            Notices.saved("Your password has been changed.");
        } catch (AccountService.InvalidPassword refused) {
            PasswordField field = switch (refused.field()) {
                case "current" -> current;
                case "repeated" -> repeated;
                default -> chosen;
            };
            field.setErrorMessage(refused.getMessage());
            field.setInvalid(true);
            field.focus();
        } catch (Text.HiddenCharacter refused) {
            Notices.problem(refused.getMessage());
        }
    }
}
