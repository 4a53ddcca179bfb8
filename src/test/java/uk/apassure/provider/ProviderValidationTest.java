package uk.apassure.provider;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The rules and messages of the forms (ValidationMessages.properties), as a user meets them. */
class ProviderValidationTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    private Map<String, String> messages(Object bean) {
        return validator.validate(bean).stream().collect(Collectors.toMap(
                violation -> violation.getPropertyPath().toString(), ConstraintViolation::getMessage, (a, b) -> a));
    }

    @Test
    void a_valid_provider_has_no_messages() {
        assertThat(messages(ProviderFixtures.farm("Willow Farm"))).isEmpty();
    }

    @Test
    void required_fields_say_what_is_missing() {
        ProviderDetails details = new ProviderDetails();
        details.setRegistration(null);
        assertThat(messages(details)).containsEntry("name", "Enter the provider's name")
                .containsEntry("type", "Choose the type of provider")
                .containsEntry("registration", "Say whether the provider is registered");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "1234567", "12a456", "ABCDEF"})
    void a_urn_must_be_six_digits(String urn) {
        ProviderDetails details = ProviderFixtures.farm("Farm");
        details.setUrn(urn);
        assertThat(messages(details)).containsEntry("urn", "A URN is 6 digits, e.g. 123456");
    }

    @Test
    void a_registered_independent_school_needs_registration_and_a_urn() {
        ProviderDetails details = ProviderFixtures.farm("School");
        details.setType(ProviderType.REGISTERED_INDEPENDENT_SCHOOL);
        assertThat(messages(details)).containsValue(
                "A registered independent school must be recorded as registered, with its 6-digit URN");
        details.setRegistration(Registration.REGISTERED);
        details.setUrn("123456");
        assertThat(messages(details)).isEmpty();
    }

    @Test
    void dates_money_and_web_addresses_are_checked() {
        ProviderDetails details = ProviderFixtures.farm("Farm");
        details.setOfstedDate(LocalDate.now().plusDays(1));
        details.setCostPerSession(new BigDecimal("12.345"));
        details.setWebsite("javascript:alert(1)");
        details.setCapacity(-1);
        assertThat(messages(details))
                .containsEntry("ofstedDate", "The inspection date cannot be in the future")
                .containsEntry("costPerSession", "Enter pounds and pence, e.g. 45.50")
                .containsEntry("website", "Enter a web address starting with https://")
                .containsEntry("capacity", "Capacity is a number of pupils from 0 to 10,000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SW1A 1AA", "sw1a1aa", "M1 1AE", "b33 8th", "CR2 6XH", "DN55 1PT"})
    void uk_postcodes_are_accepted_in_any_case_and_spacing(String postcode) {
        assertThat(messages(ProviderFixtures.site("Town", postcode))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "SW1A", "SW1A 1A", "not a postcode", "SW1A 1AAA"})
    void other_postcodes_are_refused_with_an_example(String postcode) {
        assertThat(messages(ProviderFixtures.site("Town", postcode)))
                .containsEntry("postcode", "Enter a UK postcode, e.g. SW1A 1AA");
    }

    @Test
    void postcodes_are_stored_in_one_form() {
        assertThat(Postcodes.normalise(" sw1a1aa ")).isEqualTo("SW1A 1AA");
        assertThat(Postcodes.normalise("m1   1ae")).isEqualTo("M1 1AE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"01632 960123", "01632960123", "+44 7700 900123", "(01632) 960 123", "07700-900-123"})
    void uk_phone_numbers_are_accepted(String phone) {
        ContactDetails contact = ProviderFixtures.contact("Jo Marsh");
        contact.setPhone(phone);
        assertThat(messages(contact)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "phone me", "+1 555 123 4567", "0163296012345"})
    void other_phone_numbers_are_refused(String phone) {
        ContactDetails contact = ProviderFixtures.contact("Jo Marsh");
        contact.setPhone(phone);
        assertThat(messages(contact)).containsEntry("phone",
                "Enter a UK phone number, e.g. 01632 960123 or +44 7700 900123");
    }

    @Test
    void a_contact_needs_a_valid_email_or_a_phone() {
        ContactDetails contact = ProviderFixtures.contact("Jo Marsh");
        contact.setEmail("jo@");
        assertThat(messages(contact)).containsEntry("email", "Enter an e-mail address like name@example.org");
        contact.setEmail("");
        contact.setPhone("");
        assertThat(messages(contact)).containsValue("Give an e-mail address or a phone number");
    }
}
