package uk.apassure.security;

import com.bastiaanjansen.otp.SecretGenerator;
import com.bastiaanjansen.otp.TOTPGenerator;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.session.Session;
import org.apache.shiro.subject.Subject;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Two-step sign-in (ASVS 5.0 §6.5): a 6-digit code from an authenticator app (TOTP, RFC 6238, 30 s
 * steps, one step of clock drift either way, never the same step twice) or a single-use recovery
 * code. Required for the roles in {@code apassure.mfa.required-roles} (administrators, trust leads,
 * DSLs and headteachers by default), optional for everyone else.
 *
 * <p>After the password, a session of an enrolled user is only half signed in ({@link #PENDING}):
 * {@link AccessGuard} and {@link RouteAccessControl} refuse everything but the code step. A user
 * whose role requires it and who has not enrolled is taken to {@code /account} to enrol first.
 */
@Service
public class SecondFactor {

    static final String PENDING = SecondFactor.class.getName() + ".pending";
    static final String ENROL_REQUIRED = SecondFactor.class.getName() + ".enrolRequired";
    private static final String ISSUER = "AP Assure";
    private static final Duration STEP = Duration.ofSeconds(30);
    private static final char[] CODE_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int RECOVERY_CODES = 10;
    /** Wrong codes a half-signed-in session may give before it is signed out (back to the throttled password). */
    static final int WRONG_CODES_ALLOWED = 5;
    private static final String WRONG_CODES = SecondFactor.class.getName() + ".wrongCodes";

    private final SecondFactorStore store;
    private final SecurityLog log;
    private final Clock clock;
    private volatile EnumSet<Role> requiredRoles;

    SecondFactor(SecondFactorStore store, SecurityLog log, Clock clock,
            @Value("${apassure.mfa.required-roles:ADMIN,TRUST_LEAD,DSL,HEADTEACHER}") String requiredRoles) {
        this.store = store;
        this.log = log;
        this.clock = clock;
        this.requiredRoles = EnumSet.noneOf(Role.class);
        for (String role : requiredRoles.split(",")) {
            if (!role.isBlank()) {
                this.requiredRoles.add(Role.valueOf(role.strip()));
            }
        }
    }

    /** Whether {@code user}'s roles require two-step sign-in. */
    public boolean requiredFor(SignedInUser user) {
        return user.roles().stream().anyMatch(requiredRoles::contains);
    }

    public Set<Role> requiredRoles() {
        return Set.copyOf(requiredRoles);
    }

    /** Changes which roles must use it (configuration; tests). */
    public void requireFor(Set<Role> roles) {
        this.requiredRoles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** Called by sign-in once the password is right: what the session still needs. */
    SignInService.SignInResult.Outcome afterPassword(Subject subject, SignedInUser user) {
        if (store.enrolment(user.id()).isPresent()) {
            subject.getSession().setAttribute(PENDING, Boolean.TRUE);
            return SignInService.SignInResult.Outcome.CODE_NEEDED;
        }
        if (requiredFor(user)) {
            subject.getSession().setAttribute(ENROL_REQUIRED, Boolean.TRUE);
        }
        return SignInService.SignInResult.Outcome.SIGNED_IN;
    }

    /** Whether the current session has passed the password but not yet the code. */
    public static boolean pending() {
        Session session = SecurityUtils.getSubject().getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(PENDING));
    }

    public static boolean enrolRequired() {
        Session session = SecurityUtils.getSubject().getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(ENROL_REQUIRED));
    }

    /**
     * The second step of sign-in: a current authenticator code or an unused recovery code. True when
     * it completes the sign-in.
     */
    public boolean completeSignIn(String typed) {
        Subject subject = SecurityUtils.getSubject();
        if (!subject.isAuthenticated() || !(subject.getPrincipal() instanceof SignedInUser user) || !pending()) {
            return false;
        }
        String code = typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        boolean accepted;
        if (code.matches("\\d{6}")) {
            accepted = store.enrolment(user.id()).filter(enrolment -> enrolment.secret() != null)
                    .map(enrolment -> matchingStep(enrolment.secret(), code))
                    .filter(step -> step.isPresent()).map(step -> store.acceptStep(user.id(), step.get()))
                    .orElse(false);
            log.record(accepted ? SecurityEventKind.MFA_PASSED : SecurityEventKind.MFA_FAILED, "Authenticator code");
        } else {
            accepted = code.length() == 10 && store.useRecoveryCode(user.id(), hash(code), clock.instant());
            log.record(accepted ? SecurityEventKind.MFA_RECOVERY_USED : SecurityEventKind.MFA_FAILED,
                    accepted ? store.unusedRecoveryCodes(user.id()) + " recovery codes left" : "Recovery code");
        }
        Session session = subject.getSession();
        if (accepted) {
            session.removeAttribute(PENDING);
            session.removeAttribute(WRONG_CODES);
        } else {
            int wrong = (session.getAttribute(WRONG_CODES) instanceof Integer count ? count : 0) + 1;
            session.setAttribute(WRONG_CODES, wrong);
            if (wrong >= WRONG_CODES_ALLOWED) {
                log.record(SecurityEventKind.MFA_FAILED, wrong + " wrong codes: signed out");
                subject.logout();
            }
        }
        return accepted;
    }

    /** Whether the signed-in user has enrolled, and since when. */
    public Optional<Instant> enrolledSince() {
        SignedInUser user = signedIn();
        return store.enrolment(user.id()).map(SecondFactorStore.Enrolment::enrolledAt);
    }

    public int unusedRecoveryCodes() {
        return store.unusedRecoveryCodes(signedIn().id());
    }

    /** A new secret for the signed-in user to scan; nothing is stored until {@link #confirm} succeeds. */
    public Setup start() {
        SignedInUser user = signedIn();
        String secret = new String(SecretGenerator.generate(160), StandardCharsets.US_ASCII);
        String uri = uri(secret, user.username());
        return new Setup(secret, uri, qrSvg(uri));
    }

    /**
     * Confirms an enrolment with a code the app shows for {@code secret}; returns the recovery codes,
     * shown once. Refused (empty) when the code does not match.
     */
    public Optional<List<String>> confirm(String secret, String typed) {
        SignedInUser user = signedIn();
        String code = typed == null ? "" : typed.replaceAll("\\s", "");
        if (!secret.matches("[A-Z2-7]{16,64}") || !code.matches("\\d{6}")) {
            return Optional.empty();
        }
        Optional<Long> step = matchingStep(secret, code);
        if (step.isEmpty()) {
            log.record(SecurityEventKind.MFA_FAILED, "Enrolment code");
            return Optional.empty();
        }
        List<String> codes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder recovery = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                recovery.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
            }
            codes.add(recovery.substring(0, 5) + "-" + recovery.substring(5));
            hashes.add(hash(recovery.toString()));
        }
        store.enrol(user.id(), secret, step.get(), hashes, clock.instant());
        Session session = SecurityUtils.getSubject().getSession(false);
        if (session != null) {
            session.removeAttribute(ENROL_REQUIRED);
        }
        log.record(SecurityEventKind.MFA_ENROLLED, "");
        return Optional.of(List.copyOf(codes));
    }

    /** The code an authenticator app shows for {@code secret} now (tests, and nothing else). */
    String codeAt(String secret, Instant at) {
        return generator(secret).at(at);
    }

    private Optional<Long> matchingStep(String secret, String code) {
        TOTPGenerator generator = generator(secret);
        long now = clock.instant().getEpochSecond() / STEP.toSeconds();
        for (long step = now - 1; step <= now + 1; step++) {
            String expected = generator.at(Instant.ofEpochSecond(step * STEP.toSeconds()));
            if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII))) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    private static TOTPGenerator generator(String secret) {
        return new TOTPGenerator.Builder(secret.getBytes(StandardCharsets.US_ASCII)).withPeriod(STEP).build();
    }

    private SignedInUser signedIn() {
        Subject subject = SecurityUtils.getSubject();
        if (!subject.isAuthenticated() || !(subject.getPrincipal() instanceof SignedInUser user)) {
            throw new org.apache.shiro.authz.UnauthenticatedException("Sign in first");
        }
        return user;
    }

    private static String uri(String secret, String username) {
        return "otpauth://totp/" + encode(ISSUER) + ":" + encode(username) + "?secret=" + secret + "&issuer="
                + encode(ISSUER) + "&algorithm=SHA1&digits=6&period=30";
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String hash(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(code.replace("-", "").toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The QR code of {@code uri} as an SVG document: black modules on white, with a quiet zone. */
    static String qrSvg(String uri) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(uri, BarcodeFormat.QR_CODE, 0, 0);
            int size = matrix.getWidth();
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < size; x++) {
                    if (matrix.get(x, y)) {
                        path.append('M').append(x + 4).append(' ').append(y + 4).append("h1v1h-1z");
                    }
                }
            }
            int total = size + 8;
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + total + " " + total
                    + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\""
                    + path + "\" fill=\"#000\"/></svg>";
        } catch (WriterException e) {
            throw new IllegalStateException("QR code", e);
        }
    }

    /** A secret to scan: as text for typing in, as an otpauth URI, and as a QR code (SVG). */
    public record Setup(String secret, String uri, String qrSvg) {
        @Override
        public String toString() {
            return "Setup[secret hidden]";
        }
    }
}
