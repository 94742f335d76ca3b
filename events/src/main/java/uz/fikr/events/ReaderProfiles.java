package uz.fikr.events;

import java.util.List;
import java.util.regex.Pattern;

/** The vocabulary of the reader profile (self-reported groups and age bands, never an identity) and of branches. */
public final class ReaderProfiles {

    public static final List<String> READER_GROUPS = List.of(
            "pupil", "student", "teacher", "researcher", "young_adult", "working_adult", "elderly", "disability");

    public static final List<String> AGE_BANDS = List.of(
            "under_14", "14_17", "18_24", "25_34", "35_54", "55_64", "65_plus");

    public static final List<String> VISIT_FREQUENCIES = List.of(
            "first_visit", "weekly", "monthly", "few_times_a_year", "rarely");

    /** Self-reported needs the library can meet; never a diagnosis. */
    public static final List<String> ACCESSIBILITY_NEEDS = List.of(
            "large_print", "screen_reader", "audio", "sign_language", "step_free_access", "easy_read", "assistance");

    /** A branch code: lower-case letters, digits and '-', at most 64 characters. */
    public static final Pattern BRANCH = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private ReaderProfiles() {}
}
