/**
 * The Trends page: one question of the survey per week, month or quarter, with its interval as a band, a table of
 * the same figures, and the parts the Overview page reuses (the survey's questions, the trend payload, periods).
 */
@NullMarked
package uz.fikr.dashboard.trends;

import org.jspecify.annotations.NullMarked;
