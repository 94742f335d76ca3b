package uz.fikr.survey.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uz.fikr.events.Contact;
import uz.fikr.survey.web.FieldError;

/** Which contact details may travel with a submission, and how a refusal names them without repeating them. */
class ContactRulesTests {

    @Test
    void no_contact_is_fine_and_travels_as_none() {
        List<FieldError> errors = new ArrayList<>();

        assertThat(ContactRules.check(null, errors)).isNull();
        assertThat(errors).isEmpty();
    }

    @Test
    void a_contact_with_consent_travels_trimmed_with_the_phone_as_digits() {
        List<FieldError> errors = new ArrayList<>();

        Contact contact = ContactRules.check(new ContactRequest("  Dilnoza  ", " dilnoza@kutubxona.uz ",
                "+998 (90) 111-22-33", true), errors);

        assertThat(errors).isEmpty();
        assertThat(contact).isEqualTo(new Contact("Dilnoza", "dilnoza@kutubxona.uz", "+998901112233", true));
    }

    @Test
    void an_email_alone_or_a_phone_alone_is_enough_and_blank_fields_count_as_absent() {
        List<FieldError> errors = new ArrayList<>();

        Contact byEmail = ContactRules.check(new ContactRequest("", "a@b.uz", " ", true), errors);
        Contact byPhone = ContactRules.check(new ContactRequest(null, null, "71 234 56 78", true), errors);

        assertThat(errors).isEmpty();
        assertThat(byEmail).isEqualTo(new Contact(null, "a@b.uz", null, true));
        assertThat(byPhone).isEqualTo(new Contact(null, null, "712345678", true));
    }

    @Test
    void without_consent_the_contact_is_refused_naming_contact_consent() {
        assertThat(fields(new ContactRequest("Aziz", "aziz@kutubxona.uz", null, null)))
                .containsExactly("contact.consent");
        assertThat(fields(new ContactRequest("Aziz", "aziz@kutubxona.uz", null, false)))
                .containsExactly("contact.consent");
    }

    @Test
    void a_contact_with_no_way_to_reach_the_reader_is_refused_naming_contact_email() {
        assertThat(fields(new ContactRequest("Aziz", null, null, true))).containsExactly("contact.email");
        assertThat(fields(new ContactRequest(null, null, null, null)))
                .containsExactly("contact.email", "contact.consent");
    }

    @Test
    void email_addresses_of_the_wrong_shape_are_refused() {
        for (String email : List.of("aziz", "aziz@", "@kutubxona.uz", "aziz@kutubxona", "aziz@@kutubxona.uz",
                "aziz kutubxona@mail.uz", "aziz@kutubxona.uz\u0000", "a".repeat(65) + "@kutubxona.uz",
                "aziz@" + "k".repeat(250) + ".uz", "aziz@kutubxona..uz")) {
            assertThat(fields(new ContactRequest(null, email, null, true))).as(email).containsExactly("contact.email");
        }
    }

    @Test
    void phone_numbers_need_7_to_15_digits_and_nothing_but_digits_a_leading_plus_spaces_dashes_and_brackets() {
        for (String phone : List.of("123456", "+1234567890123456", "+998 90 ABC 45 67", "90+1234567", "tel:901234567",
                "90 123\t45 67", "++998901234567")) {
            assertThat(fields(new ContactRequest(null, null, phone, true))).as(phone).containsExactly("contact.phone");
        }
        assertThat(fields(new ContactRequest(null, null, "1234567", true))).isEmpty();
        assertThat(fields(new ContactRequest(null, null, "+123456789012345", true))).isEmpty();
    }

    @Test
    void a_name_is_limited_in_length_and_may_hold_no_control_characters() {
        assertThat(fields(new ContactRequest("A".repeat(101), "a@b.uz", null, true))).containsExactly("contact.name");
        assertThat(fields(new ContactRequest("Aziz\u001b[31m", "a@b.uz", null, true)))
                .containsExactly("contact.name");
        assertThat(fields(new ContactRequest("Ғайрат Тошпўлатов", "a@b.uz", null, true))).isEmpty();
    }

    @Test
    void no_refusal_repeats_what_the_reader_wrote() {
        List<FieldError> errors = new ArrayList<>();

        ContactRules.check(new ContactRequest("Secret Name\u0007", "secret@@mail", "+4242 secret", false), errors);

        assertThat(errors).hasSize(4).allSatisfy(error ->
                assertThat(error.message()).doesNotContain("Secret", "secret", "4242"));
        assertThat(new ContactRequest("Secret Name", "secret@mail.uz", "+998901234567", true).toString())
                .doesNotContain("Secret", "secret", "998");
    }

    private static List<String> fields(ContactRequest request) {
        List<FieldError> errors = new ArrayList<>();
        ContactRules.check(request, errors);
        return errors.stream().map(FieldError::field).toList();
    }
}
