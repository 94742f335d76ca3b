/** What a report says: {@link uz.fikr.analytics.report.content.ReportContent}, every text in the report's language and every number still a number, assembled from the analytics services. */
@NullMarked
package uz.fikr.analytics.report.content;

import org.jspecify.annotations.NullMarked;
