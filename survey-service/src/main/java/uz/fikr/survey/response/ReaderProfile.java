package uz.fikr.survey.response;

import java.util.List;

/** The vocabulary of the reader profile: self-reported groups and age bands, never an identity. */
final class ReaderProfile {

    static final List<String> READER_GROUPS = List.of(
            "pupil", "student", "teacher", "researcher", "young_adult", "working_adult", "elderly", "disability");

    static final List<String> AGE_BANDS = List.of(
            "under_14", "14_17", "18_24", "25_34", "35_54", "55_64", "65_plus");

    private ReaderProfile() {}
}
