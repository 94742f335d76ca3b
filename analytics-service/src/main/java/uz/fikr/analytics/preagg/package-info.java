/**
 * Exact pre-aggregation of the hottest counts: per-day aggregates that an ingest batch marks stale before it
 * inserts, a refresher that recomputes stale days from the raw tables, and reads that combine clean days'
 * aggregates with the raw tables for every other day (docs/ANALYTICS.md, "Pre-aggregation").
 */
@NullMarked
package uz.fikr.analytics.preagg;

import org.jspecify.annotations.NullMarked;
