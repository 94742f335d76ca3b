package uz.fikr.analytics.report.content;

import java.util.List;
import uz.fikr.analytics.report.ReportPeriod;

/** The report's period and the two it is compared with, with their names in the report's words. */
record ReportPeriods(List<Named> all) {

    /** A period and how a reader names it: "November 2026". */
    record Named(ReportPeriod period, String name, boolean current) {}

    static ReportPeriods of(SurveyScope scope) {
        ReportPeriod period = scope.period();
        return new ReportPeriods(List.of(
                new Named(period, scope.words().period(period), true),
                new Named(period.previous(), scope.words().period(period.previous()), false),
                new Named(period.sameLastYear(), scope.words().period(period.sameLastYear()), false)));
    }

    Named current() {
        return all.getFirst();
    }

    List<Named> earlier() {
        return all.subList(1, all.size());
    }
}
