package uz.fikr.dashboard.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How the schedules form turns what an admin types into a definition: its id and its recipients. */
class ReportFormRulesTests {

    @Test
    void a_new_definitions_id_is_its_name_in_lower_case_latin_letters() {
        assertThat(Slugs.of("Oylik hisobot – Markaziy kutubxona", List.of())).isEqualTo(
                "oylik-hisobot-markaziy-kutubxona");
        assertThat(Slugs.of("Ежемесячный отчёт директору", List.of())).isEqualTo("ezhemesyachnyy-otchyot-direktoru");
        assertThat(Slugs.of("Oʻquv zali, gʻarbiy", List.of())).isEqualTo("oquv-zali-garbiy");
    }

    @Test
    void an_id_already_taken_gets_a_number_and_a_name_without_letters_a_random_id() {
        assertThat(Slugs.of("Monthly", List.of("monthly", "monthly-2"))).isEqualTo("monthly-3");
        assertThat(Slugs.of("★★★", List.of())).matches("report-[0-9a-f]{8}");
    }

    @Test
    void recipients_are_split_at_commas_semicolons_and_lines_and_checked_one_by_one() {
        List<String> recipients = Recipients.parse(" director@library.uz,\r\ndeputy@library.uz ; \n\n");

        assertThat(recipients).containsExactly("director@library.uz", "deputy@library.uz");
        assertThat(Recipients.firstInvalid(recipients)).isEmpty();
        assertThat(Recipients.firstInvalid(Recipients.parse("a@b.uz, director@library, x y@z.uz")))
                .hasValue("director@library");
    }
}
