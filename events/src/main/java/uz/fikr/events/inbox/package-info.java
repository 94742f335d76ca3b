/** The feedback inbox's workflow events, shared by survey-service (which publishes them) and analytics-service. */
@NullMarked
package uz.fikr.events.inbox;

import org.jspecify.annotations.NullMarked;
