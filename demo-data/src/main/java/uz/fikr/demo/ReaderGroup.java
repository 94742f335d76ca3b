package uz.fikr.demo;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;

/** A reader group of the demo: its age bands, the services it uses and the languages it writes comments in. */
record ReaderGroup(
        String id,
        double satisfactionShift,
        Weighted<String> ageBands,
        Weighted<String> services,
        Weighted<Language> languages) {

    enum Language { UZBEK_LATIN, UZBEK_CYRILLIC, RUSSIAN, ENGLISH }

    static final Map<String, ReaderGroup> BY_ID = Map.of(
            "pupil", new ReaderGroup("pupil", 0.2,
                    Weighted.of(entry("under_14", 60), entry("14_17", 40)),
                    services(40, 20, 5, 10, 25),
                    languages(70, 5, 20, 5)),
            "student", new ReaderGroup("student", -0.1,
                    Weighted.of(entry("18_24", 85), entry("25_34", 15)),
                    services(15, 45, 10, 25, 5),
                    languages(50, 2, 25, 23)),
            "teacher", new ReaderGroup("teacher", 0.1,
                    Weighted.of(entry("25_34", 30), entry("35_54", 55), entry("55_64", 15)),
                    services(35, 15, 25, 10, 15),
                    languages(50, 20, 25, 5)),
            "researcher", new ReaderGroup("researcher", -0.1,
                    Weighted.of(entry("25_34", 35), entry("35_54", 45), entry("55_64", 15), entry("65_plus", 5)),
                    services(10, 20, 40, 28, 2),
                    languages(35, 10, 30, 25)),
            "young_adult", new ReaderGroup("young_adult", 0.0,
                    Weighted.of(entry("18_24", 50), entry("25_34", 50)),
                    services(30, 20, 5, 25, 20),
                    languages(55, 3, 25, 17)),
            "working_adult", new ReaderGroup("working_adult", 0.0,
                    Weighted.of(entry("25_34", 40), entry("35_54", 50), entry("55_64", 10)),
                    services(45, 15, 10, 20, 10),
                    languages(50, 10, 32, 8)),
            "elderly", new ReaderGroup("elderly", 0.3,
                    Weighted.of(entry("55_64", 25), entry("65_plus", 75)),
                    services(50, 15, 5, 5, 25),
                    languages(30, 35, 33, 2)),
            "disability", new ReaderGroup("disability", -0.2,
                    Weighted.of(entry("14_17", 5), entry("18_24", 15), entry("25_34", 20), entry("35_54", 30),
                            entry("55_64", 15), entry("65_plus", 15)),
                    services(30, 15, 15, 30, 10),
                    languages(50, 15, 28, 7)));

    static final List<String> SERVICES = List.of("lending", "reading_room", "reference", "digital", "events");
    static final List<String> AGE_BANDS = List.of("under_14", "14_17", "18_24", "25_34", "35_54", "55_64", "65_plus");

    static ReaderGroup byId(String id) {
        ReaderGroup group = BY_ID.get(id);
        if (group == null) {
            throw new IllegalArgumentException("Unknown reader group " + id);
        }
        return group;
    }

    private static Weighted<String> services(int lending, int readingRoom, int reference, int digital, int events) {
        return Weighted.of(entry("lending", lending), entry("reading_room", readingRoom), entry("reference", reference),
                entry("digital", digital), entry("events", events));
    }

    private static Weighted<Language> languages(int uzbekLatin, int uzbekCyrillic, int russian, int english) {
        return Weighted.of(entry(Language.UZBEK_LATIN, uzbekLatin), entry(Language.UZBEK_CYRILLIC, uzbekCyrillic),
                entry(Language.RUSSIAN, russian), entry(Language.ENGLISH, english));
    }
}
