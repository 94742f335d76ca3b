package uz.fikr.analytics.query;

import java.util.Arrays;
import java.util.Optional;

/** What answers can be grouped by, and the only column names a grouping can put into SQL. */
public enum Grouping {
    BRANCH("branch", "branch"),
    READER_GROUP("readerGroup", "reader_group"),
    AGE_BAND("ageBand", "age_band"),
    CHANNEL("channel", "channel");

    private final String parameter;
    private final String column;

    Grouping(String parameter, String column) {
        this.parameter = parameter;
        this.column = column;
    }

    /** The name used in the API, e.g. {@code by=readerGroup}. */
    public String parameter() {
        return parameter;
    }

    /** The ClickHouse column: a constant of this enum, never input. */
    public String column() {
        return column;
    }

    public static Optional<Grouping> fromParameter(String parameter) {
        return Arrays.stream(values()).filter(grouping -> grouping.parameter.equals(parameter)).findFirst();
    }
}
