package uz.fikr.analytics.preagg;

import java.time.LocalDate;

/** A day (in the library's time zone) of one survey: the unit that is marked, refreshed and read. */
public record SurveyDay(String surveyId, LocalDate day) {}
