package uz.fikr.dashboard.reports;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * How far a report on demand is: a progress bar with the step and "3 of 9 steps done" beside it in words, which
 * screen readers announce (a status region); when done, the new report's title and downloads, and when it failed,
 * why, as an alert. The state is always said in words, never by colour alone.
 */
class RunProgress extends Div {

    private final ProgressBar bar = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final Div result = new Div();

    RunProgress() {
        addClassName("report-run");
        bar.addClassName("report-run-bar");
        status.addClassName("report-run-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        result.addClassName("report-run-result");
        add(bar, status, result);
        setVisible(false);
    }

    void show(ReportRun run) {
        setVisible(true);
        result.removeAll();
        result.getElement().removeAttribute("role");
        bar.setVisible(true);
        bar.setIndeterminate(run.total() <= 0);
        if (run.total() > 0) {
            bar.setMax(run.total());
            bar.setValue(Math.min(run.done(), run.total()));
        }
        String step = ReportTexts.step(this, run.step());
        String text = run.total() > 0 ? getTranslation("reports.run.progress", step, run.done(), run.total())
                : getTranslation("reports.run.waiting", step);
        status.setText(text);
        bar.getElement().setAttribute("aria-label", getTranslation("reports.run.label"));
        bar.getElement().setAttribute("aria-valuetext", text);
    }

    void done(ArchivedReport report, ReportsApi api) {
        bar.setIndeterminate(false);
        bar.setMax(1);
        bar.setValue(1);
        bar.getElement().setAttribute("aria-valuetext", getTranslation("reports.run.done"));
        status.setText(getTranslation("reports.run.done"));
        result.removeAll();
        var title = new Span(report.title());
        title.addClassName("report-run-title");
        result.add(title, ReportDownloads.links(this, api, report));
    }

    /** The run failed or cannot be followed: why, in the user's language, with analytics-service's reason. */
    void failed(String reason) {
        bar.setVisible(false);
        status.setText(getTranslation("reports.run.failed"));
        result.removeAll();
        result.getElement().setAttribute("role", "alert");
        var why = new Paragraph(reason);
        why.addClassName("report-run-error");
        result.add(why);
    }
}
