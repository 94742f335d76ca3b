package uz.fikr.dashboard.compare;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import uz.fikr.events.Channel;
import uz.fikr.events.ReaderProfiles;

/** What the groups of a comparison are: analytics-service's {@code by} values, with how each group is named. */
enum GroupBy {
    READER_GROUP("readerGroup"),
    BRANCH("branch"),
    AGE_BAND("ageBand"),
    CHANNEL("channel");

    static final GroupBy DEFAULT = READER_GROUP;

    private final String parameter;

    GroupBy(String parameter) {
        this.parameter = parameter;
    }

    /** The value of the {@code by} query parameter, in the page's address and towards analytics-service. */
    String parameter() {
        return parameter;
    }

    /** The translation key of this grouping's name. */
    String labelKey() {
        return "compare.by." + parameter;
    }

    static Optional<GroupBy> fromParameter(String parameter) {
        return Arrays.stream(values()).filter(by -> by.parameter.equals(parameter)).findFirst();
    }

    /**
     * A group's name in the user's language: reader groups, age bands and channels from the shared labels, branch
     * codes as they are, and "not stated" for answers without the profile value.
     */
    String label(String group, Function<String, String> translation) {
        if (group.isEmpty()) {
            return translation.apply("compare.group.none");
        }
        return switch (this) {
            case READER_GROUP -> known(group, ReaderProfiles.READER_GROUPS, "readerGroup.", translation);
            case AGE_BAND -> known(group, ReaderProfiles.AGE_BANDS, "ageBand.", translation);
            case CHANNEL -> Channel.fromCode(group).map(channel -> translation.apply("channel." + channel.name()))
                    .orElse(group);
            case BRANCH -> group;
        };
    }

    private static String known(String group, List<String> known, String prefix, Function<String, String> translation) {
        return known.contains(group) ? translation.apply(prefix + group) : group;
    }
}
