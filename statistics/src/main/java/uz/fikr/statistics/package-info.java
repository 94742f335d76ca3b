/**
 * Statistics both the dashboard and analytics-service's reports compute from the figures analytics-service returns,
 * kept in one place so the Overview and a director's report never disagree about whether a change is significant.
 */
@NullMarked
package uz.fikr.statistics;

import org.jspecify.annotations.NullMarked;
