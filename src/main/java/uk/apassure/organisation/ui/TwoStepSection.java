package uk.apassure.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import uk.apassure.base.time.UkDates;
import uk.apassure.security.SecondFactor;

/**
 * Two-step sign-in on the account page: its state, and setting it up by scanning a QR code (or
 * typing the key) and confirming with a code, after which the ten recovery codes are shown once.
 */
class TwoStepSection extends VerticalLayout {

    private final SecondFactor secondFactor;

    TwoStepSection(SecondFactor secondFactor) {
        this.secondFactor = secondFactor;
        addClassName("two-step-section");
        setPadding(false);
        show();
    }

    private void show() {
        removeAll();
        add(new H2("Two-step sign-in"));
        secondFactor.enrolledSince().ifPresentOrElse(since -> {
            Paragraph state = new Paragraph("On since " + UkDates.date(since) + ". You have "
                    + secondFactor.unusedRecoveryCodes() + " unused recovery codes. If you lose your phone, sign in"
                    + " with a recovery code, or ask an administrator to reset it.");
            state.addClassName("two-step-on");
            add(state);
        }, () -> {
            if (SecondFactor.enrolRequired()) {
                Paragraph required = new Paragraph("Your role requires two-step sign-in. Set it up to go on.");
                required.addClassName("notice-warning");
                add(required);
            }
            Paragraph what = new Paragraph("After your password you also enter a code from an authenticator app"
                    + " on your phone (for example Microsoft Authenticator, Google Authenticator or FreeOTP).");
            Button setUp = new Button("Set up two-step sign-in", click -> setUp());
            setUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            setUp.addClassName("set-up-two-step");
            add(what, setUp);
        });
    }

    private void setUp() {
        removeAll();
        SecondFactor.Setup setup = secondFactor.start();
        Image qr = new Image("data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(setup.qrSvg().getBytes(StandardCharsets.UTF_8)),
                "QR code to scan with your authenticator app");
        qr.addClassName("two-step-qr");
        Span key = new Span(setup.secret().replaceAll("(.{4})(?!$)", "$1 "));
        key.addClassName("two-step-key");
        TextField code = new TextField("Code the app shows");
        code.setMaxLength(6);
        code.setAllowedCharPattern("[0-9]");
        code.addClassName("two-step-code");
        Button confirm = new Button("Turn on", click -> secondFactor.confirm(setup.secret(), code.getValue())
                .ifPresentOrElse(this::showRecoveryCodes, () -> {
                    code.setErrorMessage("That code does not match. Check the app shows AP Assure and enter its current code.");
                    code.setInvalid(true);
                }));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("turn-on-two-step");
        add(new H2("Two-step sign-in"),
                new Paragraph("1. In your authenticator app, add an account and scan this code."), qr,
                new Paragraph("Cannot scan? Type this key instead:"), key,
                new Paragraph("2. Enter the 6-digit code the app now shows."), code, confirm);
    }

    private void showRecoveryCodes(List<String> codes) {
        removeAll();
        UnorderedList list = new UnorderedList();
        codes.forEach(code -> list.add(new ListItem(code)));
        list.addClassName("recovery-codes");
        Paragraph keep = new Paragraph("Two-step sign-in is on. Keep these recovery codes somewhere safe, away"
                + " from your phone: each signs you in once if you lose it. They are shown only now.");
        keep.addClassName("notice-warning");
        Button done = new Button("I have kept them", click -> show());
        add(new H2("Two-step sign-in"), keep, new Div(list), done);
    }
}
