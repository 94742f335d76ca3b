package uz.fikr.analytics.contacts;

import java.time.Instant;
import java.util.UUID;

/**
 * The answer to an erasure request: it is recorded (for good) and the contact is gone from every read at once.
 *
 * @param contactFound whether a contact was held under the id; false also when it has not arrived yet, and it will
 *     then be dropped on arrival
 */
record Erasure(UUID id, Instant requestedAt, boolean contactFound) {}
