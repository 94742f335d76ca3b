-- Deletes superseded generations (superseded.sql) from the counts. ${generations} is a list of (survey_id, day,
-- generation) tuples built from SqlLiterals by uz.fikr.analytics.preagg.Cleanup. A mutation: ClickHouse applies it in
-- the background.
ALTER TABLE ${database}.answer_day_counts DELETE WHERE (survey_id, day, generation) IN (${generations})
