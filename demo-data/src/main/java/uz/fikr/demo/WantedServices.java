package uz.fikr.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Which services a reader wishes the library offered or improved: pupils want events for children, elderly
 * readers large print and audiobooks, readers with disabilities Braille and large print, students quiet places
 * and Wi-Fi, researchers help with sources and e-books, working adults longer opening hours.
 */
final class WantedServices {

    private static final double BASE = 0.07;

    private static final Map<String, Map<String, Double>> WISHES = Map.of(
            "pupil", Map.of("children_events", 0.6, "audiobooks", 0.15),
            "student", Map.of("quiet_study_space", 0.55, "wifi_and_sockets", 0.5, "more_e_books", 0.25),
            "teacher", Map.of("more_e_books", 0.35, "children_events", 0.25, "research_help", 0.15),
            "researcher", Map.of("research_help", 0.55, "more_e_books", 0.45, "quiet_study_space", 0.15),
            "young_adult", Map.of("wifi_and_sockets", 0.35, "more_e_books", 0.3, "longer_opening_hours", 0.3),
            "working_adult", Map.of("longer_opening_hours", 0.5, "audiobooks", 0.2, "more_e_books", 0.15),
            "elderly", Map.of("braille_and_large_print", 0.4, "audiobooks", 0.45),
            "disability", Map.of("braille_and_large_print", 0.6, "audiobooks", 0.45));

    private WantedServices() {}

    /** The options a reader ticks, in the survey's order; empty when the reader skips the question. */
    static List<String> draw(RandomGenerator random, Branch branch, ReaderGroup group) {
        Map<String, Double> wishes = WISHES.getOrDefault(group.id(), Map.of());
        List<String> ticked = new ArrayList<>();
        for (String option : QualitySurvey.WANTED_SERVICE_OPTIONS) {
            double chance = wishes.getOrDefault(option, BASE)
                    + (option.equals("wifi_and_sockets") && branch.id().equals("yunusobod") ? 0.2 : 0);
            if (random.nextDouble() < chance) {
                ticked.add(option);
            }
        }
        return ticked;
    }
}
