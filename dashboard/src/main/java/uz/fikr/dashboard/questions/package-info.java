/** The question and option texts of a survey, read from survey-service, for labelling figures in the user's language. */
@NullMarked
package uz.fikr.dashboard.questions;

import org.jspecify.annotations.NullMarked;
