package uz.fikr.dashboard.reports;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Component;

/**
 * A schedule in words for the default schedules: on the first of every month, of every quarter's first month, or
 * of January, at a time of day, e.g. "1st of every month at 08:00, Asia/Tashkent". Any other cron is shown as it
 * is written, with its time zone.
 */
final class CronWords {

    static final String DEFAULT_ZONE = "Asia/Tashkent";
    static final Map<String, String> DEFAULTS = Map.of(
            Period.MONTH, "0 0 8 1 * *",
            Period.QUARTER, "0 0 8 1 1,4,7,10 *",
            Period.YEAR, "0 0 8 1 1 *");

    /** second 0, minute, hour, the 1st, months, any weekday. */
    private static final Pattern FIRST_OF = Pattern.compile("0 (\\d{1,2}) (\\d{1,2}) 1 (\\*|1,4,7,10|1) [*?]");
    private static final Map<String, String> KEYS = Map.of("*", "month", "1,4,7,10", "quarter", "1", "year");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private CronWords() {
    }

    static String defaultCron(String kind) {
        return DEFAULTS.getOrDefault(kind, DEFAULTS.get(Period.MONTH));
    }

    static String words(Component c, String cron, String zone) {
        Matcher first = FIRST_OF.matcher(cron.strip().replaceAll("\\s+", " "));
        if (first.matches()) {
            int minute = Integer.parseInt(first.group(1));
            int hour = Integer.parseInt(first.group(2));
            if (minute < 60 && hour < 24) {
                return c.getTranslation("reports.schedule.every." + KEYS.get(first.group(3)),
                        TIME.format(LocalTime.of(hour, minute)), zone);
            }
        }
        return c.getTranslation("reports.schedule.cron", cron, zone);
    }
}
