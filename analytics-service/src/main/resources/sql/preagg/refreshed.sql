-- Makes a refresh visible: one row per refreshed day, written after the day's counts. ${rows} is a VALUES list
-- built from SqlLiterals by uz.fikr.analytics.preagg.Refresher: (survey_id, day, generation, toDateTime(covers)).
INSERT INTO ${database}.preagg_days (survey_id, day, generation, covers) VALUES ${rows}
