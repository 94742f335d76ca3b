-- Deletes the day rows of superseded generations, after their counts (delete_generations.sql).
ALTER TABLE ${database}.preagg_days DELETE WHERE (survey_id, day, generation) IN (${generations})
