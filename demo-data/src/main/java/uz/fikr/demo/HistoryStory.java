package uz.fikr.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import uz.fikr.demo.QualitySurvey.Dimension;
import uz.fikr.demo.QualitySurvey.Item;

/**
 * What the demo's year of history has to tell, so that trends and period comparisons find something true:
 * <ul>
 *   <li>Yunusobod was even more crowded until its extended reading room with faster Wi-Fi opened half-way through
 *       the history: within four weeks its satisfaction rises by {@value #CROWDING}, its space and reading-room
 *       items by {@value #CROWDED_PLACE} and its digital items by {@value #SLOW_WIFI};</li>
 *   <li>the digital services catch up all year (the e-library opened to readers at home, then a mobile app): their
 *       shortfall shrinks steadily from {@value #DIGITAL_LAG} (satisfaction) and {@value #DIGITAL_LAG_PERCEIVED}
 *       (perceived level) to nothing today, so their adequacy gap narrows;</li>
 *   <li>repairs closed half of Central's reading rooms in the quarter before last: its satisfaction dips by
 *       {@value #REPAIRS} for that calendar quarter, its library-as-place items by {@value #REPAIRS_PLACE} and, with
 *       the staff stretched, its affect-of-service items by {@value #REPAIRS_STAFF}; then it recovers.</li>
 * </ul>
 * Each story ends today in the state the live demo draws ({@link Drift#PRESENT}), so history and live data meet.
 */
final class HistoryStory {

    static final double CROWDING = 0.6;
    static final double CROWDED_PLACE = 1.0;
    static final double SLOW_WIFI = 0.5;
    static final double DIGITAL_LAG = 0.8;
    static final double DIGITAL_LAG_PERCEIVED = 1.2;
    static final double REPAIRS = 0.7;
    static final double REPAIRS_PLACE = 1.2;
    static final double REPAIRS_STAFF = 0.4;
    /** How long readers take to notice the extension. */
    static final Duration SETTLING = Duration.ofDays(28);

    private final HistoryWindow window;

    HistoryStory(HistoryWindow window) {
        this.window = window;
    }

    /** The day Yunusobod's extended reading room opened: half-way through the history. */
    LocalDate extensionOpens() {
        return window.first().plusDays(ChronoUnit.DAYS.between(window.first(), window.today()) / 2);
    }

    /** The first day of the repairs at Central: the start of the calendar quarter before last. */
    LocalDate repairsStart() {
        LocalDate thisQuarter = window.today().with(IsoFields.DAY_OF_QUARTER, 1);
        return thisQuarter.minusMonths(6);
    }

    /** The day after the repairs: the start of the last calendar quarter. */
    LocalDate repairsEnd() {
        return repairsStart().plusMonths(3);
    }

    /** What the moment {@code at} adds to the ratings. */
    Moment at(Instant at) {
        Instant opens = extensionOpens().atStartOfDay(window.zone()).toInstant();
        double crowding = Math.clamp(
                (double) Duration.between(at, opens.plus(SETTLING)).toMillis() / SETTLING.toMillis(), 0, 1);
        LocalDate day = window.date(at);
        boolean repairs = !day.isBefore(repairsStart()) && day.isBefore(repairsEnd());
        return new Moment(crowding, 1 - window.progress(at), repairs);
    }

    /**
     * @param crowding 1 while Yunusobod is crowded, 0 once readers have settled into its extension
     * @param digitalLag how far the digital services are still behind, 1 at the start of the history, 0 today
     * @param repairs whether Central is under repair
     */
    record Moment(double crowding, double digitalLag, boolean repairs) implements Drift {

        @Override
        public double satisfaction(Branch branch, String service) {
            double drift = service.equals("digital") ? -DIGITAL_LAG * digitalLag : 0;
            if (branch.id().equals("yunusobod")) {
                drift -= CROWDING * crowding;
            }
            if (branch.id().equals("central") && repairs) {
                drift -= REPAIRS;
            }
            return drift;
        }

        @Override
        public double perceived(Branch branch, Item item) {
            String area = item.serviceArea();
            double drift = area.equals("digital") ? -DIGITAL_LAG_PERCEIVED * digitalLag : 0;
            if (branch.id().equals("yunusobod")) {
                drift -= crowding * switch (area) {
                    case "space", "reading_rooms" -> CROWDED_PLACE;
                    case "digital" -> SLOW_WIFI;
                    default -> 0;
                };
            }
            if (branch.id().equals("central") && repairs) {
                drift -= item.dimension() == Dimension.LIBRARY_AS_PLACE ? REPAIRS_PLACE
                        : item.dimension() == Dimension.AFFECT_OF_SERVICE ? REPAIRS_STAFF : 0;
            }
            return drift;
        }
    }
}
