/**
 * Limits that stop abuse without slowing honest readers: request bodies larger than {@code fikr.limits.max-body}
 * are refused with 413 before they are read, and one client address may send at most
 * {@code fikr.limits.submissions-per-minute} submissions a minute (429 with {@code Retry-After} beyond that).
 */
@NullMarked
package uz.fikr.survey.web.limits;

import org.jspecify.annotations.NullMarked;
