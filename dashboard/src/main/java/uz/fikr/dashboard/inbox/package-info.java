/**
 * The feedback inbox: every reader comment and piece of online feedback, filtered and listed from analytics-service,
 * moved through the staff's workflow (new, in progress, resolved) by admins via survey-service, and the public
 * "you said, we did" entries written from resolved items.
 */
@NullMarked
package uz.fikr.dashboard.inbox;

import org.jspecify.annotations.NullMarked;
