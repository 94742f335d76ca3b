/**
 * The event contract between survey-service and analytics-service: the records that travel on Kafka and their
 * JSON form. Every event carries a schema version; a consumer refuses versions it does not know.
 */
@NullMarked
package uz.fikr.events;

import org.jspecify.annotations.NullMarked;
