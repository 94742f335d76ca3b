/** Every generated report kept in ClickHouse with who asked, when and for which period, served again byte for byte; on-demand runs with their progress. */
@NullMarked
package uz.fikr.analytics.report.archive;

import org.jspecify.annotations.NullMarked;
