/**
 * A reader's contact details, given with consent: what a client may send as {@code contact} with a response or a
 * piece of feedback, and the rules it must meet before it travels on. The details are never logged and never
 * echoed in a refusal.
 */
@NullMarked
package uz.fikr.survey.contact;

import org.jspecify.annotations.NullMarked;
