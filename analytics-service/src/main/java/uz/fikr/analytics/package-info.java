/** analytics-service: consumes responses and feedback from Kafka, stores them in ClickHouse, answers statistics. */
@NullMarked
package uz.fikr.analytics;

import org.jspecify.annotations.NullMarked;
