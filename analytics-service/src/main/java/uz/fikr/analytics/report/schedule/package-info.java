/** Report definitions with their schedules and recipients, and the delivery that sends each scheduled report by e-mail once. */
@NullMarked
package uz.fikr.analytics.report.schedule;

import org.jspecify.annotations.NullMarked;
