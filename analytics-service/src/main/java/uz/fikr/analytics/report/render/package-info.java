/** A {@link uz.fikr.analytics.report.content.ReportContent} laid out as a tagged PDF with embedded fonts and server-drawn charts, as an XLSX workbook (one sheet per section) and as CSV files (one per table). */
@NullMarked
package uz.fikr.analytics.report.render;

import org.jspecify.annotations.NullMarked;
