/**
 * The Reports page: the archive of generated reports (downloaded through the dashboard, byte for byte as
 * analytics-service archived them), a report on demand with its progress, and for admins the report definitions
 * with their schedules, recipients and deliveries.
 */
@NullMarked
package uz.fikr.dashboard.reports;

import org.jspecify.annotations.NullMarked;
