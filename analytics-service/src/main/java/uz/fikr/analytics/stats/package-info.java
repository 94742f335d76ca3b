/**
 * Inference on sufficient statistics: ClickHouse computes counts, sums, sums of squares and cross-products per
 * group; these classes turn them into intervals and tests with Apache Commons Math, without raw answers.
 */
@NullMarked
package uz.fikr.analytics.stats;

import org.jspecify.annotations.NullMarked;
