/**
 * The dynamic parts of analytics SQL: filters and groupings. Identifiers come only from the {@link Grouping}
 * whitelist; every value becomes a literal through {@link uz.fikr.analytics.clickhouse.SqlLiterals}.
 */
@NullMarked
package uz.fikr.analytics.query;

import org.jspecify.annotations.NullMarked;
