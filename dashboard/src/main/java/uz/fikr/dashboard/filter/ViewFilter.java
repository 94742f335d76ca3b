package uz.fikr.dashboard.filter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.vaadin.flow.router.QueryParameters;

import org.jspecify.annotations.Nullable;

import uz.fikr.events.ReaderProfiles;

/**
 * What every page looks at: a survey (and optionally one of its versions), a period, and optionally one branch and
 * one reader group. It lives in the page's URL ({@code ?survey=demo&from=2026-09-01&to=2026-11-30&branch=central}),
 * so a link opens the same view. Values that do not parse are dropped, never shown as an error page.
 *
 * @param survey the survey id, empty until one is chosen
 * @param version a survey version, or null for all versions
 * @param branch a branch code, or null for all branches
 * @param readerGroup a reader group, or null for everyone
 */
public record ViewFilter(String survey, @Nullable Integer version, LocalDate from, LocalDate to,
        @Nullable String branch, @Nullable String readerGroup) {

    /** The default period: the last 90 days including today. */
    public static final int DEFAULT_DAYS = 90;

    private static final Pattern SURVEY_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public ViewFilter {
        if (to.isBefore(from)) {
            LocalDate earlier = to;
            to = from;
            from = earlier;
        }
    }

    /** The filter a URL describes; missing or invalid values fall back to the defaults. */
    public static ViewFilter of(QueryParameters query, LocalDate today) {
        Map<String, List<String>> parameters = query.getParameters();
        String survey = first(parameters, "survey").filter(id -> SURVEY_ID.matcher(id).matches()).orElse("");
        Integer version = first(parameters, "version").flatMap(ViewFilter::positive).orElse(null);
        LocalDate to = first(parameters, "to").flatMap(ViewFilter::date).orElse(today);
        LocalDate from = first(parameters, "from").flatMap(ViewFilter::date).orElse(to.minusDays(DEFAULT_DAYS - 1));
        String branch = first(parameters, "branch").filter(b -> ReaderProfiles.BRANCH.matcher(b).matches()).orElse(null);
        String group = first(parameters, "group").filter(ReaderProfiles.READER_GROUPS::contains).orElse(null);
        return new ViewFilter(survey, version, from, to, branch, group);
    }

    /** The URL form of this filter. */
    public QueryParameters toQueryParameters() {
        var parameters = new LinkedHashMap<String, String>();
        if (!survey.isEmpty()) {
            parameters.put("survey", survey);
        }
        if (version != null) {
            parameters.put("version", version.toString());
        }
        parameters.put("from", from.toString());
        parameters.put("to", to.toString());
        if (branch != null) {
            parameters.put("branch", branch);
        }
        if (readerGroup != null) {
            parameters.put("group", readerGroup);
        }
        return QueryParameters.simple(parameters);
    }

    /**
     * The filter as analytics-service's query parameters ({@code from}, {@code to}, {@code version}, {@code branch},
     * {@code readerGroup}); the survey goes into the path.
     */
    public Map<String, String> analyticsParameters() {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("from", from.toString());
        parameters.put("to", to.toString());
        if (version != null) {
            parameters.put("version", version.toString());
        }
        if (branch != null) {
            parameters.put("branch", branch);
        }
        if (readerGroup != null) {
            parameters.put("readerGroup", readerGroup);
        }
        return parameters;
    }

    /** The period of the same length just before this one, for "change since last period". */
    public ViewFilter previousPeriod() {
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        return new ViewFilter(survey, version, from.minusDays(days), from.minusDays(1), branch, readerGroup);
    }

    public ViewFilter withSurvey(String survey, @Nullable Integer version) {
        return new ViewFilter(survey, version, from, to, branch, readerGroup);
    }

    public ViewFilter withPeriod(LocalDate from, LocalDate to) {
        return new ViewFilter(survey, version, from, to, branch, readerGroup);
    }

    public ViewFilter withBranch(@Nullable String branch) {
        return new ViewFilter(survey, version, from, to, branch, readerGroup);
    }

    public ViewFilter withReaderGroup(@Nullable String readerGroup) {
        return new ViewFilter(survey, version, from, to, branch, readerGroup);
    }

    public boolean hasSurvey() {
        return !survey.isEmpty();
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return Optional.ofNullable(parameters.get(name)).filter(values -> !values.isEmpty())
                .map(List::getFirst).map(String::trim).filter(value -> !value.isEmpty());
    }

    private static Optional<LocalDate> date(String value) {
        try {
            LocalDate date = LocalDate.parse(value);
            return date.getYear() >= 2000 && date.getYear() <= 2100 ? Optional.of(date) : Optional.empty();
        }
        catch (DateTimeParseException ex) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> positive(String value) {
        return value.matches("[1-9][0-9]{0,5}") ? Optional.of(Integer.valueOf(value)) : Optional.empty();
    }
}
