/** survey-service: serves surveys, validates answers, publishes accepted responses and feedback to Kafka. */
@NullMarked
package uz.fikr.survey;

import org.jspecify.annotations.NullMarked;
