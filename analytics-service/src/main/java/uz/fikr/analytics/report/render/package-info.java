/**
 * A {@link uz.fikr.analytics.report.content.ReportContent} laid out for readers and machines: {@link
 * uz.fikr.analytics.report.render.PdfReportRenderer} (a tagged A4 PDF, DejaVu Sans embedded, charts drawn as vector
 * graphics), {@link uz.fikr.analytics.report.render.XlsxReportRenderer} (a summary sheet and one sheet per section)
 * and {@link uz.fikr.analytics.report.render.CsvReportRenderer} (a ZIP of one CSV file per table). The same content
 * and moment give the same bytes in all three.
 */
@NullMarked
package uz.fikr.analytics.report.render;

import org.jspecify.annotations.NullMarked;
