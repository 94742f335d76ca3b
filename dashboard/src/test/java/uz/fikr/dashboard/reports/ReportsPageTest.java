package uz.fikr.dashboard.reports;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import uz.fikr.dashboard.FakeServicesTest;
import uz.fikr.dashboard.FigurePages;
import uz.fikr.dashboard.filter.FilterOptions;

/**
 * The Reports page's tests: survey-service offers the built-in surveys (read afresh for every test) and
 * analytics-service's archive is empty until a test fills it.
 */
abstract class ReportsPageTest extends FakeServicesTest {

    @Autowired
    FilterOptions filterOptions;

    @BeforeEach
    void builtInSurveysAndAnEmptyArchive() {
        filterOptions.refresh();
        FigurePages.builtInSurveys(surveys);
        ReportsJson.archive(analytics);
    }
}
