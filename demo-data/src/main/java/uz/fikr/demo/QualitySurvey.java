package uz.fikr.demo;

import java.util.List;

/**
 * The question ids of the built-in service-quality survey ({@code service-quality.json} in fikr-events), written
 * out here so that the loader runs without a JSON parser on the classpath. {@code QualitySurveyTests} compares
 * them with the file.
 */
final class QualitySurvey {

    static final String ID = "service-quality";
    static final int VERSION = 1;

    static final String OVERALL = "overall";
    static final String RECOMMEND = "recommend";
    static final String WANTED_SERVICES = "wanted_services";
    static final String COMMENT = "comment";

    enum Dimension {
        AFFECT_OF_SERVICE("affect_of_service"),
        INFORMATION_CONTROL("information_control"),
        LIBRARY_AS_PLACE("library_as_place");

        final String code;

        Dimension(String code) {
            this.code = code;
        }
    }

    /** A three-column item: rated 1-9 for the minimum, desired and perceived level, or answered N/A. */
    record Item(String id, Dimension dimension, String serviceArea) {}

    static final List<Item> ITEMS = List.of(
            affect(1, "staff"), affect(2, "staff"), affect(3, "staff"), affect(4, "staff"),
            affect(5, "lending"), affect(6, "reference"), affect(7, "accessibility"),
            info(1, "collections"), info(2, "collections"), info(3, "digital"), info(4, "digital"),
            info(5, "research"), info(6, "collections"), info(7, "digital"),
            place(1, "space"), place(2, "reading_rooms"), place(3, "space"), place(4, "space"),
            place(5, "accessibility"), place(6, "reading_rooms"), place(7, "space"));

    /** Rated by every reader, so that samples of the other items can be linked (item sampling). */
    static final List<String> LINKING_ITEMS = List.of("q_affect_1", "q_info_1", "q_place_1");

    /** The options of {@code wanted_services}, in the survey's order. */
    static final List<String> WANTED_SERVICE_OPTIONS = List.of(
            "audiobooks", "braille_and_large_print", "longer_opening_hours", "more_e_books", "research_help",
            "children_events", "quiet_study_space", "wifi_and_sockets");

    private QualitySurvey() {}

    static Item item(String id) {
        return ITEMS.stream().filter(item -> item.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown item " + id));
    }

    private static Item affect(int number, String serviceArea) {
        return new Item("q_affect_" + number, Dimension.AFFECT_OF_SERVICE, serviceArea);
    }

    private static Item info(int number, String serviceArea) {
        return new Item("q_info_" + number, Dimension.INFORMATION_CONTROL, serviceArea);
    }

    private static Item place(int number, String serviceArea) {
        return new Item("q_place_" + number, Dimension.LIBRARY_AS_PLACE, serviceArea);
    }
}
