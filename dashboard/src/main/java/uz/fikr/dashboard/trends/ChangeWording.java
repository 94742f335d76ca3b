package uz.fikr.dashboard.trends;

/**
 * How a change between two periods is put into words: its direction as a word (never colour alone) and whether the
 * test found it significant at the 5% level, naming the test and its p-value.
 */
public final class ChangeWording {

    private ChangeWording() {
    }

    /** "Up 0,25", "Down 0,25" or "No change"; {@code magnitude} is the size of the change, formatted with its unit. */
    public static String direction(Texts texts, double difference, String magnitude) {
        if (difference > 0) {
            return texts.text("trends.change.up", magnitude);
        }
        return difference < 0 ? texts.text("trends.change.down", magnitude)
                : texts.text("trends.change.none");
    }

    /** "a significant change (Welch's t-test, p = 0,007)" or "no significant change (…)". */
    public static String verdict(Texts texts, boolean significant, String test, double pValue) {
        String p = texts.formats().pValue(pValue);
        return texts.text(significant ? "trends.change.significant" : "trends.change.notSignificant", test,
                p);
    }
}
