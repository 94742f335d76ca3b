package uz.fikr.demo;

import static java.util.Map.entry;

import java.util.List;

/**
 * A library branch of the demo: how satisfied its readers are on average, how they answer and who they are.
 * Central is well equipped; Yunusobod is crowded with students and has slow Wi-Fi; Samarqand Darvoza serves an
 * older neighbourhood that still likes paper forms.
 */
record Branch(String id, double meanSatisfaction, Weighted<String> channels, Weighted<String> readerGroups) {

    static final Weighted<Branch> ALL = Weighted.of(
            entry(new Branch("central", 4.0,
                    Weighted.of(entry("web", 25), entry("qr", 20), entry("kiosk", 25), entry("widget", 15),
                            entry("interview", 5), entry("paper", 10)),
                    Weighted.of(entry("pupil", 8), entry("student", 25), entry("teacher", 10), entry("researcher", 15),
                            entry("young_adult", 12), entry("working_adult", 15), entry("elderly", 10),
                            entry("disability", 5))), 35),
            entry(new Branch("chilonzor", 3.8,
                    Weighted.of(entry("web", 20), entry("qr", 30), entry("kiosk", 10), entry("widget", 20),
                            entry("interview", 5), entry("paper", 15)),
                    Weighted.of(entry("pupil", 25), entry("student", 15), entry("teacher", 12), entry("researcher", 3),
                            entry("young_adult", 15), entry("working_adult", 15), entry("elderly", 10),
                            entry("disability", 5))), 25),
            entry(new Branch("yunusobod", 3.5,
                    Weighted.of(entry("web", 25), entry("qr", 35), entry("kiosk", 5), entry("widget", 25),
                            entry("interview", 5), entry("paper", 5)),
                    Weighted.of(entry("pupil", 10), entry("student", 40), entry("teacher", 8), entry("researcher", 7),
                            entry("young_adult", 15), entry("working_adult", 12), entry("elderly", 5),
                            entry("disability", 3))), 20),
            entry(new Branch("samarqand-darvoza", 3.9,
                    Weighted.of(entry("web", 10), entry("qr", 15), entry("kiosk", 10), entry("widget", 5),
                            entry("interview", 20), entry("paper", 40)),
                    Weighted.of(entry("pupil", 12), entry("student", 8), entry("teacher", 12), entry("researcher", 5),
                            entry("young_adult", 8), entry("working_adult", 20), entry("elderly", 30),
                            entry("disability", 5))), 20));

    static List<String> ids() {
        return ALL.values().stream().map(Branch::id).toList();
    }
}
