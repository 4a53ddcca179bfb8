package uk.apassure.security;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.DictionaryUtil;
import me.gosimple.nbvcxz.scoring.Result;
import org.springframework.stereotype.Component;

/**
 * What a new password must be (ASVS 5.0 §6.2, NCSC): at least {@value #MIN_LENGTH} characters, up
 * to {@value #MAX_LENGTH} so that pass phrases fit, not one of the 100,000 most common and breached
 * passwords shipped as data in nbvcxz (its {@code dictionaries/passwords.txt}, MIT licence), not
 * the user's own name, and not guessable by nbvcxz's estimate (dictionary words, keyboard runs,
 * dates, repeats and their combinations). No composition rules and no forced rotation.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final Nbvcxz estimator;
    private final Map<String, Integer> common;

    public PasswordPolicy() {
        this.estimator = new Nbvcxz(new ConfigurationBuilder().setLocale(Locale.UK).createConfiguration());
        this.common = DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords);
        if (common.size() < 10_000) {
            throw new IllegalStateException("nbvcxz's list of common passwords is missing");
        }
    }

    /**
     * Why {@code password} may not be used by {@code username}, in words for the form; empty when
     * it may.
     */
    public Optional<String> problem(String password, String username) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters: three or four unrelated words make a"
                    + " password that is long and easy to remember.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.containsKey(lower)) {
            return Optional.of("This password is on a list of common or breached passwords: choose another.");
        }
        String name = username.toLowerCase(Locale.ROOT).strip();
        if (name.length() >= 3 && lower.contains(name)) {
            return Optional.of("Do not use your username in your password.");
        }
        Result result = estimator.estimate(password);
        if (!result.isMinimumEntropyMet()) {
            String warning = result.getFeedback().getWarning();
            return Optional.of("This password would be easy to guess"
                    + (warning == null || warning.isBlank() ? "" : " (" + warning.strip() + ")")
                    + ": add another unrelated word.");
        }
        return Optional.empty();
    }
}
