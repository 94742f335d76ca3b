/** Surveys: the list, creating from templates, editing drafts, previewing, publishing and closing, via survey-service. */
@NullMarked
package uz.fikr.dashboard.surveys;

import org.jspecify.annotations.NullMarked;
