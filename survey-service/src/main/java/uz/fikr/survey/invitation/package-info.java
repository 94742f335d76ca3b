/** Invitation links for surveys answered by a closed group, one response per link. */
@NullMarked
package uz.fikr.survey.invitation;

import org.jspecify.annotations.NullMarked;
