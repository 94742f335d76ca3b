/**
 * Periodic reports: a {@link uz.fikr.analytics.report.ReportRequest} (surveys, period, language) becomes a
 * {@link uz.fikr.analytics.report.GeneratedReport} (PDF, XLSX, CSV) through {@link
 * uz.fikr.analytics.report.ReportGenerator}. {@code content} gathers the numbers from the same services the API
 * answers with and words them; {@code render} lays them out; {@code archive} keeps every generated report and
 * serves it again byte for byte; {@code schedule} sends reports by e-mail on their schedules, once. Design in
 * {@code docs/REPORTS.md}.
 */
@NullMarked
package uz.fikr.analytics.report;

import org.jspecify.annotations.NullMarked;
