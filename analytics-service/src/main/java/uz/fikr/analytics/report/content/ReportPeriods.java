package uz.fikr.analytics.report.content;

import java.util.ArrayList;
import java.util.List;
import uz.fikr.analytics.report.ReportPeriod;

/** The report's period and the two it is compared with, with their names in the report's words. */
record ReportPeriods(List<Named> all) {

    /** A period and how a reader names it: "November 2026". */
    record Named(ReportPeriod period, String name, boolean current) {}

    /** For a year, the previous period is the same period last year: it is listed once. */
    static ReportPeriods of(SurveyScope scope) {
        ReportPeriod period = scope.period();
        List<Named> all = new ArrayList<>(List.of(new Named(period, scope.words().period(period), true),
                new Named(period.previous(), scope.words().period(period.previous()), false)));
        if (!period.sameLastYear().equals(period.previous())) {
            all.add(new Named(period.sameLastYear(), scope.words().period(period.sameLastYear()), false));
        }
        return new ReportPeriods(List.copyOf(all));
    }
}
