/**
 * The statistics a manager reads: per-question figures with intervals, NPS, and honest comparisons between groups,
 * computed from the counts ClickHouse aggregates, with small groups suppressed.
 */
@NullMarked
package uz.fikr.analytics.insights;

import org.jspecify.annotations.NullMarked;
