/**
 * The Overview page: a library director's look at the period the filter names against the one before it:
 * responses, satisfaction and NPS with their intervals, n and the significance of each change, small trends, alerts
 * for service-quality items below readers' minimum, and the newest comments.
 */
@NullMarked
package uz.fikr.dashboard.overview;

import org.jspecify.annotations.NullMarked;
