/**
 * Readers' contact details, given with consent: stored in {@code contacts} apart from the answers (never read by the
 * statistics or the inbox), exported and erased at a reader's request by the id they received
 * ({@code /api/v1/privacy/{id}}, the privacy officer's login only), an erasure recorded for good so that it wins
 * over a contact arriving later, and contacts past their retention deleted by a periodic sweep.
 */
@NullMarked
package uz.fikr.analytics.contacts;

import org.jspecify.annotations.NullMarked;
