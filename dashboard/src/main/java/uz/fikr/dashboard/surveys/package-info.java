/**
 * Surveys: the list with response counts, creating from templates, editing drafts, previewing, publishing and
 * closing, through survey-service's management API; counts from analytics-service.
 */
@NullMarked
package uz.fikr.dashboard.surveys;

import org.jspecify.annotations.NullMarked;
